// Package v3 reads and writes Postman's collection format v3 (schema
// 3.0.0): a folder tree of YAML files, one per request, folder definition
// and saved example, made to live in Git beside the code it tests.
//
// A tree is read as the v2.1 collection document it stands for (Load),
// which collections.Decode turns into the same collection a v2.1 export
// gives (Decode); a v2.1 document is written as a tree (FromV2). What v3
// cannot hold is listed (Tree.Notes) and kept, for courier, under the
// x-courier key of the file it belongs to, so that v2.1 → v3 → v2.1
// gives back the document. docs/collection-v3.md describes the format and
// the mapping, with their sources.
//
// The package does no I/O of its own: it reads through an fs.FS and
// returns the files to write.
package v3
