package check

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLocatedLookup(t *testing.T) {
	text := []byte("{\n  \"item\": [\n    null,\n    {\"name\": \"a\", \"we.ird\": [1, \"x\\u00e9\\ud83d\\ude00y\"]}\n  ],\n  \"item\": 5,\n  \"k\": {\"a\\\"b\": true}\n}")
	root, err := parseLocated(text)
	if err != nil {
		t.Fatal(err)
	}
	li := newLineIndex(text)
	for _, c := range []struct {
		path      string
		want      string // the value's text
		line, col int
	}{
		{path: "", want: string(text), line: 1, col: 1},
		{path: "item", want: "5", line: 6, col: 11}, // the last "item" wins, as in encoding/json
		{path: `k["a\"b"]`, want: "true", line: 7, col: 17},
		{path: "k", want: `{"a\"b": true}`, line: 7, col: 8},
	} {
		n, err := lookup(root, c.path)
		if err != nil || n == nil {
			t.Fatalf("%q: %v %v", c.path, n, err)
		}
		if got := string(text[n.off:n.end]); got != c.want {
			t.Errorf("%q: %q, want %q", c.path, got, c.want)
		}
		if l, col := li.position(n.off); l != c.line || col != c.col {
			t.Errorf("%q: at %d:%d, want %d:%d", c.path, l, col, c.line, c.col)
		}
	}
	// the shadowed "item" is still reachable through the node tree
	items := root.kids[0]
	s := items.kids[1].get("we.ird").kids[1]
	if s.str != "xé😀y" {
		t.Fatalf("decoded %q", s.str)
	}
	for i, want := range []string{`x`, `\u00e9`, `\ud83d\ude00`, `y`, `"`} {
		off := s.runeOffset(text, i)
		if !bytes.HasPrefix(text[off:], []byte(want)) {
			t.Errorf("character %d at %q, want %q", i, text[off:min(off+6, len(text))], want)
		}
	}
	if got := pathKey(pathIndex(pathKey("", "item"), 1), "we.ird"); got != `item[1]["we.ird"]` {
		t.Errorf("path %s", got)
	}
	for _, bad := range []string{".a", "a..b", "a[", "a[x]", `a["b]`, "a[-1]"} {
		if _, err := lookup(root, bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	for _, bad := range []string{"", "{", `{"a":}`, `[1,]`, `"\x01"`, `01`, `1.`, `tru`, `{"a":1}x`, `"\u12"`, `[` + strings.Repeat("[", maxJSONDepth) + strings.Repeat("]", maxJSONDepth+1)} {
		if _, err := parseLocated([]byte(bad)); err == nil {
			t.Errorf("%q: parsed", bad)
		}
	}
	if _, err := parseLocated([]byte(strings.Repeat("[", maxJSONDepth) + strings.Repeat("]", maxJSONDepth))); err != nil {
		t.Errorf("%d levels: %v", maxJSONDepth, err)
	}
}

// FuzzLocated checks the positioned reader against encoding/json: it reads
// exactly the documents encoding/json reads, to the same values; every
// value's path leads back to it (unless a later duplicate key shadows it);
// the bytes at its offsets decode to it; and every character of a string
// maps to the offset where its encoding starts.
func FuzzLocated(f *testing.F) {
	for _, s := range []string{
		`{"item":[{"name":"a","request":{"url":"{{base}}/x"}}]}`,
		`[1, -2.5e+3, true, false, null, "a\"b\\c\u00e9\ud83d\ude00\ud800x"]`,
		`{"a.b":{"":[{}]},"a.b":0, "c[0]": "\t"}`,
		" \n{\"k\": \"\xff\xfe\"} ",
		`{"a":1,}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		root, err := parseLocated(data)
		if !json.Valid(data) {
			if err == nil {
				t.Fatalf("parsed what encoding/json refuses: %q", data)
			}
			return
		}
		if err != nil {
			t.Fatalf("refused what encoding/json reads: %v", err)
		}
		var want any
		d := json.NewDecoder(bytes.NewReader(data))
		d.UseNumber()
		if err := d.Decode(&want); err != nil {
			t.Fatal(err)
		}
		if got := toValue(root); !reflect.DeepEqual(got, want) {
			t.Fatalf("decoded %#v, want %#v", got, want)
		}
		var visit func(n *jnode, path string, reachable bool)
		visit = func(n *jnode, path string, reachable bool) {
			if reachable {
				got, err := lookup(root, path)
				if err != nil || got != n {
					t.Fatalf("path %q does not lead back to its value (%v)", path, err)
				}
			}
			var v any
			d := json.NewDecoder(bytes.NewReader(data[n.off:n.end]))
			d.UseNumber()
			if err := d.Decode(&v); err != nil || !reflect.DeepEqual(v, toValue(n)) {
				t.Fatalf("%q: bytes %q are not its value (%v)", path, data[n.off:n.end], err)
			}
			if n.kind == jString {
				rs := []rune(n.str)
				for i := 0; i <= len(rs); i++ {
					off := n.runeOffset(data, i)
					var prefix string
					if err := json.Unmarshal(append(append([]byte(nil), data[n.off:off]...), '"'), &prefix); err != nil {
						t.Fatalf("%q: character %d at %d cuts an escape: %v", path, i, off, err)
					}
					if utf8.RuneCountInString(prefix) != i || prefix != string(rs[:i]) {
						t.Fatalf("%q: character %d at %d: prefix %q", path, i, off, prefix)
					}
				}
			}
			for i, k := range n.kids {
				if n.kind == jArray {
					visit(k, pathIndex(path, i), reachable)
					continue
				}
				visit(k, pathKey(path, n.keys[i]), reachable && n.get(n.keys[i]) == k)
			}
		}
		visit(root, "", true)
	})
}

// toValue is the value encoding/json (with UseNumber) decodes.
func toValue(n *jnode) any {
	switch n.kind {
	case jNull:
		return nil
	case jBool:
		return n.str == "true"
	case jNumber:
		return json.Number(n.str)
	case jString:
		return n.str
	case jArray:
		out := make([]any, len(n.kids))
		for i, k := range n.kids {
			out[i] = toValue(k)
		}
		return out
	}
	out := map[string]any{}
	for i, k := range n.keys {
		out[k] = toValue(n.kids[i])
	}
	return out
}
