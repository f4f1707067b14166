package collections

import (
	"bytes"
	"encoding/json"
	"math"
	"sort"
	"strconv"
	"strings"
)

// A JSON tree that keeps object key order, as a JavaScript object does, for
// the v1 conversion: the converter walks objects in JavaScript's enumeration
// order (array indices first, then keys in the order written) and writes the
// converted document with its keys in the order the transformer writes them.
//
// Values are *jsObject, []any, string, json.Number, bool, nil (JSON null) and
// undefined (a missing value; objects drop such keys when written).

type undefinedT struct{}

var undefined = undefinedT{}

type jsObject struct {
	keys []string
	vals map[string]any
}

func newObject() *jsObject { return &jsObject{vals: map[string]any{}} }

// get returns the value of k, or undefined.
func (o *jsObject) get(k string) any {
	if o == nil {
		return undefined
	}
	if v, ok := o.vals[k]; ok {
		return v
	}
	return undefined
}

func (o *jsObject) has(k string) bool {
	if o == nil {
		return false
	}
	_, ok := o.vals[k]
	return ok
}

// set adds or replaces k, keeping the first position of a repeated key as
// JavaScript does. Array-index keys go first, in numeric order.
func (o *jsObject) set(k string, v any) {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
		if _, idx := arrayIndex(k); idx && len(o.keys) > 1 {
			sort.SliceStable(o.keys, func(i, j int) bool {
				a, aok := arrayIndex(o.keys[i])
				b, bok := arrayIndex(o.keys[j])
				if aok && bok {
					return a < b
				}
				return aok && !bok
			})
		}
	}
	o.vals[k] = v
}

func (o *jsObject) del(k string) {
	if _, ok := o.vals[k]; !ok {
		return
	}
	delete(o.vals, k)
	for i, e := range o.keys {
		if e == k {
			o.keys = append(o.keys[:i:i], o.keys[i+1:]...)
			break
		}
	}
}

// clone is a shallow copy.
func (o *jsObject) clone() *jsObject {
	c := &jsObject{keys: append([]string(nil), o.keys...), vals: make(map[string]any, len(o.vals))}
	for k, v := range o.vals {
		c.vals[k] = v
	}
	return c
}

// parseOrdered decodes a JSON document that is known to be valid.
func parseOrdered(data []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	return decodeOrdered(d)
}

func decodeOrdered(d *json.Decoder) (any, error) {
	t, err := d.Token()
	if err != nil {
		return nil, err
	}
	switch t := t.(type) {
	case json.Delim:
		switch t {
		case '{':
			o := newObject()
			for d.More() {
				kt, err := d.Token()
				if err != nil {
					return nil, err
				}
				v, err := decodeOrdered(d)
				if err != nil {
					return nil, err
				}
				o.set(kt.(string), v)
			}
			_, err := d.Token()
			return o, err
		case '[':
			arr := []any{}
			for d.More() {
				v, err := decodeOrdered(d)
				if err != nil {
					return nil, err
				}
				arr = append(arr, v)
			}
			_, err := d.Token()
			return arr, err
		}
	}
	return t, nil
}

// toGeneric converts an ordered tree into the generic form the v2 decoder
// reads (map[string]any); undefined values are dropped as JSON.stringify does.
func toGeneric(v any) any {
	switch t := v.(type) {
	case *jsObject:
		m := make(map[string]any, len(t.keys))
		for _, k := range t.keys {
			if e := t.vals[k]; e != undefined {
				m[k] = toGeneric(e)
			}
		}
		return m
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			if e == undefined {
				out[i] = nil
			} else {
				out[i] = toGeneric(e)
			}
		}
		return out
	}
	return v
}

// marshalOrdered writes an ordered tree as JSON with tab indentation.
func marshalOrdered(v any) []byte {
	var b bytes.Buffer
	writeOrdered(&b, v, 0)
	return b.Bytes()
}

func writeOrdered(b *bytes.Buffer, v any, depth int) {
	indent := func(d int) {
		b.WriteByte('\n')
		for range d {
			b.WriteByte('\t')
		}
	}
	switch t := v.(type) {
	case *jsObject:
		n := 0
		for _, k := range t.keys {
			if t.vals[k] != undefined {
				n++
			}
		}
		if n == 0 {
			b.WriteString("{}")
			return
		}
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
			indent(depth + 1)
			kb, _ := json.Marshal(k)
			b.Write(kb)
			b.WriteString(": ")
			writeOrdered(b, e, depth+1)
		}
		indent(depth)
		b.WriteByte('}')
	case []any:
		if len(t) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteByte('[')
		for i, e := range t {
			if i > 0 {
				b.WriteByte(',')
			}
			indent(depth + 1)
			if e == undefined {
				e = nil
			}
			writeOrdered(b, e, depth+1)
		}
		indent(depth)
		b.WriteByte(']')
	case undefinedT:
		b.WriteString("null")
	default:
		vb, err := json.Marshal(t)
		if err != nil {
			vb = []byte("null")
		}
		b.Write(vb)
	}
}

// JavaScript semantics on ordered values.

func numberOf(n json.Number) float64 {
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil && !isRangeErr(err) {
		return math.NaN()
	}
	return f
}

// Truthy is JavaScript's Boolean(v) of a value decoded from JSON (or of
// a variable's value): false for null, undefined, false, "", 0, -0 and
// NaN; a number too large for a float64 is ±Infinity, so true.
func Truthy(v any) bool {
	switch t := v.(type) {
	case nil, undefinedT:
		return false
	case bool:
		return t
	case string:
		return t != ""
	case json.Number:
		f := numberOf(t)
		return f != 0 && !math.IsNaN(f)
	case float64:
		return t != 0 && !math.IsNaN(t)
	case int:
		return t != 0
	case int64:
		return t != 0
	}
	return true
}

// truthy is Truthy (the v1 conversion's name for it).
func truthy(v any) bool { return Truthy(v) }

// jsStr is JavaScript's String(v).
func jsStr(v any) string {
	switch t := v.(type) {
	case nil:
		return "null"
	case undefinedT:
		return "undefined"
	case bool:
		return strconv.FormatBool(t)
	case string:
		return t
	case json.Number:
		f := numberOf(t)
		if f == 0 {
			return "0"
		}
		return FormatNumber(f)
	case *jsObject:
		return "[object Object]"
	case []any:
		parts := make([]string, len(t))
		for i, e := range t {
			if e != nil && e != undefined {
				parts[i] = jsStr(e)
			}
		}
		return strings.Join(parts, ",")
	}
	return ""
}

// isEmpty is lodash's _.isEmpty for JSON values.
func isEmpty(v any) bool {
	switch t := v.(type) {
	case string:
		return t == ""
	case []any:
		return len(t) == 0
	case *jsObject:
		return len(t.keys) == 0
	}
	return true
}

// each is lodash's _.forEach over an array (index keys) or an object's
// values (in enumeration order); strings give their characters.
func each(v any, fn func(key string, e any)) {
	switch t := v.(type) {
	case []any:
		for i, e := range t {
			fn(strconv.Itoa(i), e)
		}
	case *jsObject:
		for _, k := range append([]string(nil), t.keys...) {
			fn(k, t.vals[k])
		}
	case string:
		i := 0
		for _, r := range t {
			fn(strconv.Itoa(i), string(r))
			i++
		}
	}
}

// prop is a property read v[k] that yields undefined on non-objects (reading a
// property of null or undefined throws in JavaScript: ok is false then).
func prop(v any, k string) (any, bool) {
	switch t := v.(type) {
	case nil, undefinedT:
		return undefined, false
	case *jsObject:
		return t.get(k), true
	case string:
		if k == "length" {
			return json.Number(strconv.Itoa(len([]rune(t)))), true
		}
	case []any:
		if k == "length" {
			return json.Number(strconv.Itoa(len(t))), true
		}
	}
	return undefined, true
}

// sameValueZero compares two JSON scalars as lodash's uniq and intersection do
// (objects and arrays are never equal to anything else here).
func sameKey(v any) (string, bool) {
	switch t := v.(type) {
	case nil:
		return "l", true
	case undefinedT:
		return "u", true
	case bool:
		return "b" + strconv.FormatBool(t), true
	case string:
		return "s" + t, true
	case json.Number:
		f := numberOf(t)
		if math.IsNaN(f) {
			return "nNaN", true
		}
		if f == 0 {
			return "n0", true
		}
		return "n" + strconv.FormatFloat(f, 'g', -1, 64), true
	}
	return "", false
}
