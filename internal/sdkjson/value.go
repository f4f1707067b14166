// Package sdkjson writes a collection the way Newman's json report shows it:
// the shape postman-collection's toJSON() gives a collection built from the
// document (urls as objects, descriptions as {content, type}, generated ids,
// empty lists where the SDK makes them), so tools that read Newman's report
// find every key where they expect it.
package sdkjson

import (
	"bytes"
	"encoding/json"
	"github.com/courier-run/courier/collections"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// field is one member of an ordered object.
type field struct {
	k string
	v any
}

// object is a JSON object that keeps its members in the order the SDK
// assigns them.
type object []field

func (o *object) set(k string, v any) {
	for i := range *o {
		if (*o)[i].k == k {
			(*o)[i].v = v
			return
		}
	}
	*o = append(*o, field{k, v})
}

func (o object) get(k string) (any, bool) {
	for _, f := range o {
		if f.k == k {
			return f.v, true
		}
	}
	return nil, false
}

func (o *object) del(k string) {
	for i, f := range *o {
		if f.k == k {
			*o = append((*o)[:i:i], (*o)[i+1:]...)
			return
		}
	}
}

// undefined marks a value JSON.stringify leaves out.
type undefinedT struct{}

var undefined = undefinedT{}

// encode writes v as compact JSON without HTML escaping.
func encode(buf *bytes.Buffer, v any) {
	switch t := v.(type) {
	case nil:
		buf.WriteString("null")
	case object:
		buf.WriteByte('{')
		n := 0
		for _, f := range t {
			if f.v == undefined {
				continue
			}
			if n > 0 {
				buf.WriteByte(',')
			}
			n++
			encodeString(buf, f.k)
			buf.WriteByte(':')
			encode(buf, f.v)
		}
		buf.WriteByte('}')
	case map[string]any:
		keys := sortedKeys(t)
		buf.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				buf.WriteByte(',')
			}
			encodeString(buf, k)
			buf.WriteByte(':')
			encode(buf, t[k])
		}
		buf.WriteByte('}')
	case []any:
		buf.WriteByte('[')
		for i, e := range t {
			if i > 0 {
				buf.WriteByte(',')
			}
			if e == undefined {
				e = nil // JSON.stringify writes undefined array members as null
			}
			encode(buf, e)
		}
		buf.WriteByte(']')
	case []object:
		buf.WriteByte('[')
		for i, e := range t {
			if i > 0 {
				buf.WriteByte(',')
			}
			encode(buf, e)
		}
		buf.WriteByte(']')
	case []string:
		buf.WriteByte('[')
		for i, e := range t {
			if i > 0 {
				buf.WriteByte(',')
			}
			encodeString(buf, e)
		}
		buf.WriteByte(']')
	case json.RawMessage:
		buf.Write(t)
	case *node:
		t.start = buf.Len()
		encode(buf, t.obj)
		t.end = buf.Len()
	case string:
		encodeString(buf, t)
	case bool:
		buf.WriteString(strconv.FormatBool(t))
	case json.Number:
		buf.WriteString(t.String())
	case float64:
		if math.IsNaN(t) || math.IsInf(t, 0) {
			buf.WriteString("null")
			return
		}
		buf.WriteString(strconv.FormatFloat(t, 'f', -1, 64))
	case int:
		buf.WriteString(strconv.Itoa(t))
	default:
		b, err := json.Marshal(t)
		if err != nil {
			buf.WriteString("null")
			return
		}
		buf.Write(b)
	}
}

// encodeString writes s as a JSON string as encoding/json does without
// HTML escaping (invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped).
func encodeString(buf *bytes.Buffer, s string) {
	const hex = "0123456789abcdef"
	buf.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			buf.WriteString(s[start:i])
			escapeASCII(buf, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			buf.WriteString(s[start:i])
			buf.WriteString(`\ufffd`)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			buf.WriteString(s[start:i])
			buf.WriteString(`\u202`)
			buf.WriteByte(hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	buf.WriteString(s[start:])
	buf.WriteByte('"')
}

// Marshal is v as compact JSON, members in the SDK's order.
func marshal(v any) json.RawMessage { return marshalSized(v, 512) }

// marshalSized is marshal with room for about size bytes reserved.
func marshalSized(v any, size int) json.RawMessage {
	var buf bytes.Buffer
	buf.Grow(size)
	encode(&buf, v)
	b := buf.Bytes()
	if cap(b)-len(b) > 256 {
		b = append([]byte(nil), b...) // kept for the run: no slack
	}
	return b
}

// JavaScript's notions of truth and type, for values decoded from JSON.

func truthy(v any) bool {
	if _, ok := v.(undefinedT); ok {
		return false
	}
	return collections.Truthy(v)
}

func asMap(v any) (map[string]any, bool) {
	m, ok := v.(map[string]any)
	return m, ok
}

// isObject is lodash's isObject: objects and arrays.
func isObject(v any) bool {
	switch v.(type) {
	case map[string]any, []any:
		return true
	}
	return false
}

func has(m map[string]any, k string) bool {
	if m == nil {
		return false
	}
	_, ok := m[k]
	return ok
}

// get is m[k], or undefined when absent.
func get(m map[string]any, k string) any {
	if v, ok := m[k]; ok {
		return v
	}
	return undefined
}

// jsString is String(v).
func jsString(v any) string {
	switch t := v.(type) {
	case nil:
		return "null"
	case undefinedT:
		return "undefined"
	case string:
		return t
	case bool:
		return strconv.FormatBool(t)
	case json.Number:
		if f, err := t.Float64(); err == nil {
			return formatNumber(f)
		}
		return t.String()
	case float64:
		return formatNumber(t)
	case int:
		return strconv.Itoa(t)
	case []any:
		parts := make([]string, len(t))
		for i, e := range t {
			if e != nil {
				parts[i] = jsString(e)
			}
		}
		return strings.Join(parts, ",")
	case map[string]any:
		return "[object Object]"
	}
	return ""
}

// jsNumber is Number(v) (NaN for what does not convert).
func jsNumber(v any) float64 {
	switch t := v.(type) {
	case nil:
		return 0
	case bool:
		if t {
			return 1
		}
		return 0
	case json.Number:
		f, err := t.Float64()
		if err != nil {
			return math.NaN()
		}
		return f
	case float64:
		return t
	case int:
		return float64(t)
	case string:
		s := strings.TrimSpace(t)
		if s == "" {
			return 0
		}
		if len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
			if n, err := strconv.ParseUint(s[2:], 16, 64); err == nil {
				return float64(n)
			}
			return math.NaN()
		}
		switch s {
		case "Infinity", "+Infinity":
			return math.Inf(1)
		case "-Infinity":
			return math.Inf(-1)
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || strings.ContainsAny(s, "_xXpP") || strings.EqualFold(s, "nan") || strings.Contains(strings.ToLower(s), "inf") {
			return math.NaN()
		}
		return f
	case []any:
		if len(t) == 0 {
			return 0
		}
		if len(t) == 1 {
			return jsNumber(jsString(t[0]))
		}
	}
	return math.NaN()
}

func formatNumber(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == math.Trunc(f) && math.Abs(f) < 1e21:
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// number is a float as JSON writes it: NaN and infinities become null.
func number(f float64) any {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil
	}
	return json.Number(formatNumber(f))
}

// stringify is JSON.stringify(v) for decoded JSON values.
func stringify(v any) string {
	return string(marshal(v))
}
