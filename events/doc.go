// Package events is the typed stream a run produces: plain data (no HTTP or
// JavaScript objects), each event carrying a Cursor, delivered in order to
// reporters. Summary folds the stream into the run summary that whole-run
// reporters (json, junit, html) write.
//
// # Why this package is public
//
// courier's rule for what is Go API: a package outside internal/ is API, and
// every type that a public package's exported names use is itself in a public
// package. The library surface is what the CLI is built from: collections
// (load a collection, environment, data file), runner (run it), reporters
// (write what Newman writes) and scripting (the sandbox the runner plugs in).
// runner.Options.Handler is an events.Handler and every reporter is one, so a
// program outside this module can only set a handler, write a reporter of its
// own, or combine the built-in ones (events.Multi) if events is public too:
// while it was internal/events, runner and reporters were importable but not
// usable. The same holds for package vars (runner.Result.Variables,
// scripting.Host.Variables). The alternative, moving runner, reporters,
// scripting and collections under internal/, would have left the CLI as the
// only product and turned every package into a private one.
//
// What is promised is the shape of the stream: the event types, their order
// (see Handler) and the fields they carry. The module is not at v1 yet, so
// fields may still be added; removing or changing one is a breaking change
// to make on purpose. What is helper code rather than API stays in internal/
// (authsign, dynvars, redact, sdkjson, nodeerr, testserver, serve, bench,
// corpus, contiomock).
package events
