// Package redact hides secrets in everything courier prints.
//
// A Masker learns secret values as a run goes (variables typed "secret",
// variables whose names look like credentials, and every value a script
// stores into such a variable) and replaces them with a mask in any text.
// It also masks the values of credential-bearing HTTP headers
// (Authorization, Cookie, X-API-Key, …) and the password of URL basic auth.
//
// Reports and logs go through a Masker; exported files (environments,
// globals, cookie jars) keep the real values.
package redact
