package diff

import (
	"bytes"
	"encoding/json"
	"io"
	"math/big"
	"sort"
	"strconv"
	"strings"
)

// varRef is an unquoted {{variable}} reference standing for a value in a JSON
// body (`{"count": {{n}}}`); it is printed without quotes.
type varRef string

// refMarker prefixes the strings that stand in for unquoted references while
// the body is parsed.
const refMarker = "\x00courier-ref\x00"

// parseLooseJSON parses a JSON document in which unquoted {{variable}}
// references may stand for values. Objects become map[string]any, numbers
// json.Number, references varRef.
func parseLooseJSON(s string) (any, bool) {
	t := strings.TrimSpace(s)
	if t == "" || (t[0] != '{' && t[0] != '[') {
		return nil, false
	}
	var buf strings.Builder
	inStr, esc := false, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case inStr:
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			}
		case c == '"':
			inStr = true
		case c == '{' && strings.HasPrefix(t[i:], "{{"):
			if j := strings.Index(t[i:], "}}"); j > 0 {
				ref := t[i : i+j+2]
				q, _ := json.Marshal(refMarker + ref)
				buf.Write(q)
				i += j + 1
				continue
			}
		}
		buf.WriteByte(c)
	}
	d := json.NewDecoder(strings.NewReader(buf.String()))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, false
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, false
	}
	return restoreRefs(v), true
}

func restoreRefs(v any) any {
	switch t := v.(type) {
	case string:
		if strings.HasPrefix(t, refMarker) {
			return varRef(t[len(refMarker):])
		}
	case []any:
		for i := range t {
			t[i] = restoreRefs(t[i])
		}
	case map[string]any:
		for k, e := range t {
			t[k] = restoreRefs(e)
		}
	}
	return v
}

// jsonChange is one difference inside a JSON value.
type jsonChange struct {
	kind     Kind
	path     string // "$.a.b[0]"
	key      string // the last object key on the path ("" at the top or in an array)
	old, new any
}

// jsonPathKey appends an object key to a JSON path.
func jsonPathKey(path, key string) string {
	ident := key != ""
	for i, r := range key {
		if !(r == '_' || r == '$' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (i > 0 && r >= '0' && r <= '9')) {
			ident = false
			break
		}
	}
	if ident {
		return path + "." + key
	}
	return path + "[" + jsonString(key) + "]"
}

// diffJSON appends the differences between a and b (generic JSON values).
func diffJSON(path, key string, a, b any, out *[]jsonChange) {
	if jsonEqual(a, b) {
		return
	}
	switch at := a.(type) {
	case map[string]any:
		bt, ok := b.(map[string]any)
		if !ok {
			break
		}
		keys := make([]string, 0, len(at)+len(bt))
		for k := range at {
			keys = append(keys, k)
		}
		for k := range bt {
			if _, ok := at[k]; !ok {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			av, inA := at[k]
			bv, inB := bt[k]
			p := jsonPathKey(path, k)
			switch {
			case !inA:
				*out = append(*out, jsonChange{Added, p, k, nil, bv})
			case !inB:
				*out = append(*out, jsonChange{Removed, p, k, av, nil})
			default:
				diffJSON(p, k, av, bv, out)
			}
		}
		return
	case []any:
		bt, ok := b.([]any)
		if !ok {
			break
		}
		diffArrays(path, key, at, bt, out)
		return
	}
	*out = append(*out, jsonChange{Changed, path, key, a, b})
}

// diffArrays aligns two arrays by equal elements; a run of removed elements
// followed by added ones is compared pairwise (element i of the run with
// element i), the rest are reported as removed (old index) or added (new index).
func diffArrays(path, key string, a, b []any, out *[]jsonChange) {
	// Compare canonical texts (numbers normalised) rather than walking the
	// values for every probe of the alignment.
	ca, cb := make([]string, len(a)), make([]string, len(b))
	for i, v := range a {
		ca[i] = canonical(v)
	}
	for j, v := range b {
		cb[j] = canonical(v)
	}
	ops := align(len(a), len(b), func(i, j int) bool { return ca[i] == cb[j] })
	idx := func(i int) string { return path + "[" + strconv.Itoa(i) + "]" }
	for i := 0; i < len(ops); {
		if ops[i].kind == '=' {
			i++
			continue
		}
		var dels, adds []op
		for i < len(ops) && ops[i].kind == '-' {
			dels = append(dels, ops[i])
			i++
		}
		for i < len(ops) && ops[i].kind == '+' {
			adds = append(adds, ops[i])
			i++
		}
		n := min(len(dels), len(adds))
		for k := 0; k < n; k++ {
			diffJSON(idx(adds[k].b), key, a[dels[k].a], b[adds[k].b], out)
		}
		for _, d := range dels[n:] {
			*out = append(*out, jsonChange{Removed, idx(d.a), key, a[d.a], nil})
		}
		for _, ad := range adds[n:] {
			*out = append(*out, jsonChange{Added, idx(ad.b), key, nil, b[ad.b]})
		}
	}
}

// jsonEqual compares generic JSON values; numbers compare by value.
func jsonEqual(a, b any) bool {
	switch at := a.(type) {
	case map[string]any:
		bt, ok := b.(map[string]any)
		if !ok || len(at) != len(bt) {
			return false
		}
		for k, av := range at {
			bv, ok := bt[k]
			if !ok || !jsonEqual(av, bv) {
				return false
			}
		}
		return true
	case []any:
		bt, ok := b.([]any)
		if !ok || len(at) != len(bt) {
			return false
		}
		for i := range at {
			if !jsonEqual(at[i], bt[i]) {
				return false
			}
		}
		return true
	}
	an, aNum := number(a)
	bn, bNum := number(b)
	if aNum || bNum {
		return aNum && bNum && an.Cmp(bn) == 0
	}
	return a == b
}

// number returns a numeric JSON value as an exact big.Float.
func number(v any) (*big.Float, bool) {
	var s string
	switch t := v.(type) {
	case json.Number:
		s = t.String()
	case float64:
		return big.NewFloat(t), true
	case int:
		return new(big.Float).SetInt64(int64(t)), true
	case int64:
		return new(big.Float).SetInt64(t), true
	default:
		return nil, false
	}
	f, _, err := big.ParseFloat(s, 10, 200, big.ToNearestEven)
	if err != nil {
		return nil, false
	}
	return f, true
}

// jsonText renders a JSON value compactly with sorted keys; references are
// written unquoted.
func jsonText(v any) string {
	var b bytes.Buffer
	writeJSON(&b, v)
	return b.String()
}

// canonical renders a JSON value so that values jsonEqual calls equal render
// the same: sorted keys, numbers in shortest form.
func canonical(v any) string {
	var b bytes.Buffer
	writeJSONMode(&b, v, true)
	return b.String()
}

func writeJSON(b *bytes.Buffer, v any) { writeJSONMode(b, v, false) }

func writeJSONMode(b *bytes.Buffer, v any, canon bool) {
	if canon {
		if f, ok := number(v); ok {
			b.WriteString("#" + f.Text('g', -1))
			return
		}
		if r, ok := v.(varRef); ok {
			b.WriteString("@" + string(r))
			return
		}
	}
	switch t := v.(type) {
	case varRef:
		b.WriteString(string(t))
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(jsonString(k))
			b.WriteByte(':')
			writeJSONMode(b, t[k], canon)
		}
		b.WriteByte('}')
	case []any:
		b.WriteByte('[')
		for i, e := range t {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONMode(b, e, canon)
		}
		b.WriteByte(']')
	default:
		var q bytes.Buffer
		enc := json.NewEncoder(&q)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(t); err != nil {
			b.WriteString("null")
			return
		}
		b.Write(bytes.TrimSuffix(q.Bytes(), []byte("\n")))
	}
}

// jsonString quotes a string as JSON without HTML escapes.
func jsonString(s string) string {
	var b bytes.Buffer
	writeJSON(&b, s)
	return b.String()
}
