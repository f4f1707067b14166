// Package diff compares two versions of a Postman collection semantically, and
// two run reports (Newman's or courier's json reporter output).
//
// Collections: items are matched by id, then by parent folder and name, then by
// a name that is unique among the unmatched items (a move), then by method and
// URL (a request whose id and name both changed), then folders by their
// matched children; what is left is paired by similarity (similar.go: the
// endpoint with variables normalised and the content, weighted by rarity),
// requests first and then folders by their contents, unless
// Options.NoRenames. A collection variable renamed with its uses
// (varrename.go) is one change into which the changes that only follow from
// it are folded. Matched items are compared field by field: method, URL
// parts, headers, body (JSON bodies by JSON path), auth (credential values are
// masked), scripts and descriptions (unified line diffs), variables, settings
// (protocolProfileBehavior) and saved examples. The result is a list of Change
// values that render as text (optionally coloured), Markdown or JSON.
//
// The JSON schema (version 1) is documented on Report; the change classes usable
// with --fail-on are the Class constants.
//
// Environments and globals: Environments compares two variable files (name,
// variables added, removed, changed, retyped, enabled, disabled, renamed in
// case), with secrets masked; DocumentType tells the kinds of documents apart.
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
