package collections

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Text normalises a file's bytes to UTF-8: a UTF-8 BOM is dropped and UTF-16
// (LE or BE, with BOM) is converted.
func Text(file string, data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return data[3:], nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		le := data[0] == 0xFF
		body := data[2:]
		if len(body)%2 != 0 {
			return nil, &Error{File: file, Msg: "invalid UTF-16 text: odd number of bytes"}
		}
		u := make([]uint16, len(body)/2)
		for i := range u {
			if le {
				u[i] = uint16(body[2*i]) | uint16(body[2*i+1])<<8
			} else {
				u[i] = uint16(body[2*i])<<8 | uint16(body[2*i+1])
			}
		}
		return []byte(string(utf16.Decode(u))), nil
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		l, c := lineCol(data, int64(off))
		return nil, &Error{File: file, Line: l, Col: c, Msg: "invalid UTF-8 text"}
	}
	return data, nil
}

// parseJSON decodes a whole JSON document into generic values (objects as
// map[string]any, numbers as json.Number) and reports syntax errors with
// line:column.
func parseJSON(file string, data []byte) (any, error) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, &Error{File: file, Msg: "file is empty"}
	}
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, JSONError(file, data, err, d.InputOffset())
	}
	if _, err := d.Token(); err != io.EOF {
		l, c := lineCol(data, d.InputOffset())
		return nil, &Error{File: file, Line: l, Col: c, Msg: "invalid JSON: unexpected data after the top-level value"}
	}
	return v, nil
}

// JSONError turns an error of encoding/json's Decoder reading data into an
// *Error at the line and column where the JSON went wrong (a syntax error's
// offending character, the end for a truncated document, else fallback,
// the decoder's InputOffset).
func JSONError(file string, data []byte, err error, fallback int64) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off := se.Offset
		if off > 0 {
			off-- // point at the offending character
		}
		l, c := lineCol(data, off)
		return &Error{File: file, Line: l, Col: c, Msg: "invalid JSON: " + se.Error()}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		l, c := lineCol(data, int64(len(data)))
		return &Error{File: file, Line: l, Col: c, Msg: "invalid JSON: unexpected end of file"}
	}
	l, c := lineCol(data, fallback)
	return &Error{File: file, Line: l, Col: c, Msg: "invalid JSON: " + err.Error()}
}

// walker converts generic JSON values into the model, remembering the file name
// for error messages.
type walker struct {
	file string
	// scripts interns script texts: collections often repeat the same script
	// on many requests, and the run compiles each distinct text once.
	scripts map[string]string
	// doc is the document being read, for the values written out as JSON
	// text in the document's key order
	doc *orderedDoc
}

func (w walker) intern(s string) string {
	if w.scripts == nil {
		return s
	}
	if v, ok := w.scripts[s]; ok {
		return v
	}
	w.scripts[s] = s
	return s
}

func (w walker) errf(path, format string, args ...any) error {
	return &Error{File: w.file, Path: path, Msg: fmt.Sprintf(format, args...)}
}

func kind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "string"
	case json.Number:
		return "number"
	case bool:
		return "boolean"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// str accepts strings, numbers and booleans (Postman coerces them) and null.
func (w walker) str(v any, path string) (string, error) {
	switch t := v.(type) {
	case nil:
		return "", nil
	case string:
		return t, nil
	case json.Number:
		return t.String(), nil
	case bool:
		return strconv.FormatBool(t), nil
	}
	return "", w.errf(path, "expected a string, got %s", kind(v))
}

// plain converts a generic JSON value into plain Go values: json.Number becomes
// float64 (or int64 when integral and exact).
func plain(v any) any {
	switch t := v.(type) {
	case json.Number:
		if i, err := t.Int64(); err == nil {
			return float64(i)
		}
		f, _ := t.Float64()
		return f
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, e := range t {
			out[k] = plain(e)
		}
		return out
	}
	return v
}
