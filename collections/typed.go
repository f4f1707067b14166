package collections

import (
	"bytes"
	"encoding/json"
)

// Typed values. postman-collection keeps a header's value, a body field's
// value and a raw body as the collection gives them: a number, a boolean,
// null, an object or an array stays one, in pm.request and in the executed
// request Newman reports. Only the wire sees them as text. The model keeps
// such a value as its JSON text (TypedJSON: keys in document order, numbers
// as JavaScript writes them) beside the text that is sent, and the
// functions below derive the one from the other.

// typedAt is the JSON text of the value v found at path, in the document's
// key order when the document is at hand.
func (w walker) typedAt(v any, path string) json.RawMessage {
	if v == nil {
		return json.RawMessage("null")
	}
	return json.RawMessage(w.stringifyAt(v, path))
}

// typedValue parses typed JSON into an ordered value (nil, undefined when
// there is none or it does not parse).
func typedValue(raw json.RawMessage) any {
	if len(raw) == 0 {
		return undefined
	}
	v, err := parseOrdered(raw)
	if err != nil {
		return undefined
	}
	return v
}

// ResolveTyped substitutes variables in the strings of a typed value (not in
// its keys), as postman-collection's replaceSubstitutionsIn does.
func ResolveTyped(raw json.RawMessage, resolve func(string) string) json.RawMessage {
	if !bytes.Contains(raw, []byte("{{")) {
		return raw
	}
	v := typedValue(raw)
	if v == undefined {
		return raw
	}
	var walk func(v any) any
	walk = func(v any) any {
		switch t := v.(type) {
		case string:
			return resolve(t)
		case []any:
			out := make([]any, len(t))
			for i, e := range t {
				out[i] = walk(e)
			}
			return out
		case *jsObject:
			c := t.clone()
			for _, k := range c.keys {
				c.vals[k] = walk(c.vals[k])
			}
			return c
		}
		return v
	}
	return json.RawMessage(jsonStringify(walk(v)))
}

// TypedJSON makes JSON text (as encoding/json or JSON.stringify wrote it)
// the typed form of a value: nil for a string, which needs none.
func TypedJSON(raw json.RawMessage) json.RawMessage {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] == '"' {
		return nil
	}
	v := typedValue(raw)
	if v == undefined {
		return nil
	}
	return json.RawMessage(jsonStringify(v))
}

// TypedString is the value of typed JSON that is a string ("" otherwise).
func TypedString(raw json.RawMessage) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '"' {
		return "", false
	}
	var s string
	return s, json.Unmarshal(raw, &s) == nil
}

// HeaderText is the text of a typed header value: String(v) (null is
// "null", an object "[object Object]", an array its elements joined with
// ",").
func HeaderText(raw json.RawMessage) string {
	return jsStr(typedValue(raw))
}

// HeaderValues are the values a header goes on the wire with: an array
// value is the header repeated per element, each as String(element) (an
// empty one sends nothing); any other value is its text.
func (h Header) HeaderValues() []string {
	if arr, ok := typedValue(h.JSON).([]any); ok {
		out := make([]string, len(arr))
		for i, e := range arr {
			out[i] = jsStr(e)
		}
		return out
	}
	return []string{h.Value}
}

// URLEncodedText is the text of a typed url-encoded value that is not an
// array (querystring's: null and objects are empty).
func URLEncodedText(raw json.RawMessage) string {
	return queryValue(typedValue(raw))
}

// URLEncodedValues are the values a url-encoded field goes on the wire
// with: an array value is the key repeated per element (an empty one sends
// nothing), any other value its text.
func (f FormParam) URLEncodedValues() []string {
	if arr, ok := typedValue(f.JSON).([]any); ok {
		out := make([]string, len(arr))
		for i, e := range arr {
			out[i] = queryValue(e)
		}
		return out
	}
	return []string{f.Value}
}

// FormDataText is the text of a typed form-data value: JSON.stringify of an
// object or array, String() of anything else.
func FormDataText(raw json.RawMessage) string {
	switch v := typedValue(raw).(type) {
	case *jsObject, []any:
		return jsonStringify(v)
	default:
		return jsStr(v)
	}
}

// RawText is the body postman-runtime sends for a typed raw body: an object
// or array that lodash does not call empty as JSON.stringify writes it,
// nothing for anything else (numbers, true, {} and []).
func RawText(raw json.RawMessage) string {
	switch v := typedValue(raw).(type) {
	case *jsObject:
		if len(v.keys) > 0 {
			return jsonStringify(v)
		}
	case []any:
		if len(v) > 0 {
			return jsonStringify(v)
		}
	}
	return ""
}
