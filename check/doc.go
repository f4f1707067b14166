// Package check is `courier check`: a pre-flight check of a collection with
// the environment, globals, data file, variables and folders a run would be
// given, that sends no request and runs no script.
//
// Check reads the collection's model (package collections), the file's text
// with positions (a JSON reader of its own, so each finding has its JSON
// path and the line and column in the file), every script's syntax tree
// (goja's parser, the script compiled as scripting compiles it for its
// syntax errors), and the variable scopes (package vars, for the order in
// which they win). It imports neither the runner nor the reporters. The
// rules are listed by Rules; Explain tells where a variable comes from at
// each of its uses. Results are written as text, JSON, GitHub workflow
// commands or SARIF 2.1.0.
package check
