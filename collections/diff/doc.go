// Package diff compares two versions of a Postman collection semantically, and
// two run reports (Newman's or courier's json reporter output).
//
// Collections: items are matched by id, then by parent folder and name, then by
// a name that is unique among the unmatched items (a move), then by method and
// URL (a request whose id and name both changed), then folders by their
// matched children. Matched items are compared field by field: method, URL
// parts, headers, body (JSON bodies by JSON path), auth (credential values are
// masked), scripts and descriptions (unified line diffs), variables, settings
// (protocolProfileBehavior) and saved examples. The result is a list of Change
// values that render as text (optionally coloured), Markdown or JSON.
//
// The JSON schema (version 1) is documented on Report; the change classes usable
// with --fail-on are the Class constants.
//
// Run reports: ParseRun is the one reader of json run reports in courier,
// used by `courier diff --runs` (Runs compares two of them) and by the
// Newman differential tests in cmd/courier, which compare courier's report
// with Newman's recorded one; it reads what either needs (executions,
// assertions, responses, failures, script errors, run.stats, run.error).
//
// The package does no I/O: callers hand it decoded collections and report bytes
// and an io.Writer.
package diff
