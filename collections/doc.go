// Package collections is courier's own model of Postman collections (v2.0.0 and
// v2.1.0; v1.0.0 files are converted to v2.1.0 as Newman converts them),
// environments, globals and iteration-data files (JSON, and CSV parsed as
// Newman's csv-parse settings parse it).
//
// The decoder accepts every polymorphic form Postman itself accepts (exec as a
// string or an array, descriptions as strings, objects or null, URLs as strings or
// objects, host and path as strings or arrays, headers as a string or an array,
// auth in the v2.0 object form and the v2.1 array form, variable values of any
// JSON type, UTF-8 BOM and UTF-16 input) and reports bad input as an *Error that
// names the file and the JSON path or line:column. The original document is kept
// so that an export writes back everything that was read, plus new variable values.
//
// The package does no I/O: callers hand it bytes.
package collections
