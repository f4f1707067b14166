package collections

import (
	"encoding/json"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
)

// What postman-collection 4.x (Newman 6.2.2) makes of the odd but valid
// shapes old exports and hand-written collections use: the SDK's
// constructors take strings, single objects and values of any JSON type
// where the schema asks for one form, and postman-runtime gives each a
// meaning. The decoder follows them, so that a collection Newman runs runs
// the same way here.

// orderedDoc is the document a walker reads, parsed again with key order
// kept (lazily: only the values written out as JSON text need it, as
// JSON.stringify writes keys in the order the document has them).
type orderedDoc struct {
	raw    []byte
	tree   any
	parsed bool
}

// at returns the ordered value at a walker path ("item[2].request.body.raw"),
// or nil when it cannot be found.
func (d *orderedDoc) at(path string) (any, bool) {
	if d == nil || len(d.raw) == 0 {
		return nil, false
	}
	if !d.parsed {
		d.parsed = true
		d.tree, _ = parseOrdered(d.raw)
	}
	cur := d.tree
	for _, part := range strings.Split(path, ".") {
		name, rest, _ := strings.Cut(part, "[")
		if name != "" {
			o, ok := cur.(*jsObject)
			if !ok || !o.has(name) {
				return nil, false
			}
			cur = o.get(name)
		}
		for rest != "" {
			num, after, ok := strings.Cut(rest, "]")
			i, err := strconv.Atoi(num)
			arr, isArr := cur.([]any)
			if !ok || err != nil || !isArr || i < 0 || i >= len(arr) {
				return nil, false
			}
			cur = arr[i]
			rest = strings.TrimPrefix(after, "[")
		}
	}
	return cur, true
}

// stringifyAt is JSON.stringify of the value v found at path, with the key
// order of the document.
func (w walker) stringifyAt(v any, path string) string {
	if o, ok := w.doc.at(path); ok {
		return jsonStringify(o)
	}
	return jsonStringify(toOrdered(v))
}

// toOrdered converts a generic value (keys sorted, having lost their order).
func toOrdered(v any) any {
	switch t := v.(type) {
	case map[string]any:
		o := newObject()
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			o.set(k, toOrdered(t[k]))
		}
		return o
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = toOrdered(e)
		}
		return out
	}
	return v
}

// jsonStringify is JavaScript's JSON.stringify of an ordered value.
func jsonStringify(v any) string {
	var b strings.Builder
	writeJSON(&b, v)
	return b.String()
}

func writeJSON(b *strings.Builder, v any) {
	switch t := v.(type) {
	case *jsObject:
		b.WriteByte('{')
		first := true
		for _, k := range t.keys {
			e := t.vals[k]
			if e == undefined {
				continue
			}
			if !first {
				b.WriteByte(',')
			}
			first = false
			WriteJSONString(b, k)
			b.WriteByte(':')
			writeJSON(b, e)
		}
		b.WriteByte('}')
	case []any:
		b.WriteByte('[')
		for i, e := range t {
			if i > 0 {
				b.WriteByte(',')
			}
			if e == undefined {
				e = nil
			}
			writeJSON(b, e)
		}
		b.WriteByte(']')
	case string:
		WriteJSONString(b, t)
	case json.Number:
		f := numberOf(t)
		switch {
		case math.IsInf(f, 0) || math.IsNaN(f):
			b.WriteString("null")
		case f == 0:
			b.WriteByte('0')
		default:
			b.WriteString(FormatNumber(f))
		}
	case bool:
		b.WriteString(strconv.FormatBool(t))
	default:
		b.WriteString("null")
	}
}

// JSONStringWriter is what WriteJSONString writes to (a strings.Builder,
// a bytes.Buffer).
type JSONStringWriter interface {
	io.ByteWriter
	io.StringWriter
	WriteRune(r rune) (int, error)
}

// WriteJSONString quotes s as JSON.stringify does: only quotes, backslashes
// and control characters are escaped (U+2028 and U+2029 are written as
// they are); an invalid UTF-8 byte is written as U+FFFD.
func WriteJSONString(b JSONStringWriter, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				b.WriteString(`\u00`)
				b.WriteByte("0123456789abcdef"[r>>4])
				b.WriteByte("0123456789abcdef"[r&0xF])
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}

// toJSString is JavaScript's String(v) for a generic JSON value.
func toJSString(v any) string {
	if m, ok := v.(map[string]any); ok && m != nil {
		return "[object Object]"
	}
	if arr, ok := v.([]any); ok {
		parts := make([]string, len(arr))
		for i, e := range arr {
			if e != nil {
				parts[i] = toJSString(e)
			}
		}
		return strings.Join(parts, ",")
	}
	return jsStr(v)
}

// stringOr is v when it is a string, else def (the SDK keeps only strings
// in many places and treats anything else as absent).
func stringOr(v any, def string) string {
	if s, ok := v.(string); ok {
		return s
	}
	return def
}

// ParseHeaders is postman-collection's Header.parse: "Key: value" lines of
// a header block. A line must start with its key (no white space, up to the
// run's last colon); other lines are skipped. As in the SDK, the first line
// is read from the block as given and the others from the block with folded
// lines ("\r\n" + space) joined, so the first line's continuation is lost.
func ParseHeaders(s string) []Header {
	var out []Header
	eachHeaderLine(utf16.Encode([]rune(s)), false, func(key, value string) {
		out = append(out, Header{Key: key, Value: jsTrim(value)})
	})
	return out
}

// sdkHeader is Header.parseSingle: a "Key: value" string split at its first
// colon (no colon: all key), both sides trimmed.
func sdkHeader(s string) Header {
	k, v, _ := strings.Cut(s, ":")
	return Header{Key: jsTrim(k), Value: jsTrim(v)}
}

// queryValue is what Node's querystring writes for a urlencoded field's
// value (postman-request's form option): strings, finite numbers and
// booleans as text, anything else empty.
func queryValue(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case bool:
		return strconv.FormatBool(t)
	case json.Number:
		f := numberOf(t)
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return ""
		}
		return jsStr(t)
	}
	return ""
}

// variableTypes are the types a Variable casts its value to.
var variableTypes = map[string]bool{"string": true, "boolean": true, "number": true, "array": true, "object": true, "any": true}

// castVariable is Variable#set under a declared type (postman-collection's
// Variable.types): strings, booleans and numbers are converted, arrays and
// objects kept as JSON text; any other type keeps the value as it is.
func (w walker) castVariable(typ string, v any, path string) any {
	switch strings.ToLower(typ) {
	case "string":
		if v == nil {
			return "null"
		}
		return toJSString(v)
	case "boolean":
		return truthy(v)
	case "number":
		f := math.NaN()
		switch t := v.(type) {
		case nil:
			f = 0
		case bool:
			f = 0
			if t {
				f = 1
			}
		case json.Number:
			f = numberOf(t)
		case string:
			f = jsToNumber(t)
		case []any:
			switch len(t) {
			case 0:
				f = 0
			case 1:
				f = jsToNumber(toJSString(t[0]))
			}
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			// NaN and Infinity have no JSON form: their text stands in
			return FormatNumber(f)
		}
		return f
	case "array", "object":
		if s, ok := v.(string); ok {
			return s
		}
		if v == nil {
			return "null"
		}
		return w.stringifyAt(v, path)
	}
	return plain(v)
}
