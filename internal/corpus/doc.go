// Package corpus measures how closely courier follows Newman on real
// collections that nobody on the project wrote (the acceptance
// measure): it runs each collection of a corpus through Newman 6.2.2 and
// through courier against the same local, deterministic stand-in for the
// internet and compares the two json reports assertion by assertion.
//
// The stand-in (Standin) is an HTTP proxy that answers every request itself:
// plain requests in absolute form and CONNECT tunnels, whose TLS it
// terminates with a self-signed certificate made at start (both runners run
// with --insecure). Nothing leaves the machine. An answer is a pure function
// of the request: the collection's own saved example response when one
// matches the method and path (status, headers, body), a status code for the
// httpbin/postman-echo style /status/{code} paths, else a postman-echo style
// JSON echo of the request. No clock, random value or port appears in it.
//
// Reports are reduced to Runs (per execution: item, iteration, assertions
// with status and message, script errors) and compared by Compare, which
// pairs assertions the way cmd/courier's differential test does and counts
// agreeing assertions against the total.
//
// cmd/corpus-compare drives a whole corpus; scripts/corpus-compare builds
// both binaries and calls it.
package corpus
