// Package scripting is courier's JavaScript sandbox: Postman's pm API on goja.
//
// It talks to the run only through Host, which the runner implements, and never
// imports the runner. One Runtime serves one run (or one parallel worker), like
// Newman's single sandbox context. Like Newman's, it has Sugar.js on the
// built-ins, loaded on first use (sugar.go).
package scripting
