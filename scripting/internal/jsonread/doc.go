// Package jsonread reads JSON text for courier's script sandbox: Value and
// Parse build goja values from strict JSON in Go (pm.response.json()'s fast
// path, with JSON.parse as the fallback and the reference), and ErrorMessage
// words why a text is not JSON as Postman's parser (liquid-json) does.
//
// The package depends on goja only; scripting uses it, never the reverse.
package jsonread
