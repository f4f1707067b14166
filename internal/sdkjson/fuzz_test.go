package sdkjson

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/courier-run/courier/collections"
)

// FuzzParseURL: any string parses without panicking, and every {{…}}
// reference comes back whole in some part.
func FuzzParseURL(f *testing.F) {
	for _, s := range []string{"", "http://x", "https://u:p@{{h.o}}:{{p}}/a/:id?x=1&y&&#h", "localhost:4041", "file:///a", `a\b?c`, "{{a/b}}/c", "?", "#", "http://[::1]:80/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsFunc(s, func(r rune) bool { return r >= 0xE000 && r < 0xF900 }) {
			return // the private use area holds the parser's placeholders
		}
		b := marshal(url(s))
		if !json.Valid(b) {
			t.Fatalf("invalid JSON %s", b)
		}
		for _, ref := range variablesWithSeparators.FindAllString(s, -1) {
			if enc := strings.Trim(string(marshal(ref)), `"`); !strings.Contains(string(b), enc) {
				t.Fatalf("reference %q split or lost in %s", ref, b)
			}
		}
	})
}

// FuzzBuild: any JSON document that decodes as a collection builds a tree
// whose documents are valid JSON.
func FuzzBuild(f *testing.F) {
	for _, s := range []string{
		`{"info":{"name":"x"},"item":[]}`,
		`{"info":{"name":"x","version":"1.2.3-a.b+c"},"item":[{"name":"a","request":"http://x"},{"name":"f","item":[{"request":{"url":{"host":"a.b"},"body":{"mode":"formdata","formdata":[{"key":"k"}]}}}]}]}`,
		`{"collection":{"info":{"name":"x"},"item":[{"request":{"auth":{"type":"basic","basic":{"username":"u"}}}}]}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		c, err := collections.Decode("f.json", doc)
		if err != nil {
			return
		}
		tree := Build(c)
		if !json.Valid(tree.Document()) {
			t.Fatalf("invalid collection JSON %s", tree.Document())
		}
		exported, err := tree.Export(c.Variables, func(string) bool { return true }, func() string { return "id" }, time.Time{}, "fuzz", nil)
		if err != nil || !json.Valid(exported) {
			t.Fatalf("--export-collection: %v %s", err, exported)
		}
		c.Walk(func(it *collections.Item, _ []*collections.Item) bool {
			if b, ok := tree.Item(it.ID); ok && !json.Valid(b) {
				t.Fatalf("invalid item JSON %s", b)
			}
			return true
		})
	})
}

// FuzzEncodeString: the string writer agrees with encoding/json.
func FuzzEncodeString(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c", "\x00\x1f\n\t<>&", "é\u2028\u2029", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf bytes.Buffer
		encodeString(&buf, s)
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		if got := buf.String(); got != strings.TrimSuffix(want.String(), "\n") {
			t.Fatalf("encodeString(%q) = %s, want %s", s, got, want.String())
		}
	})
}

func stripOrder(v any) any {
	switch t := v.(type) {
	case map[string]any:
		delete(t, orderKey)
		for k, e := range t {
			t[k] = stripOrder(e)
		}
	case []any:
		for i, e := range t {
			t[i] = stripOrder(e)
		}
	}
	return v
}

// FuzzDecodeOrdered: the same values as encoding/json, and the same errors.
func FuzzDecodeOrdered(f *testing.F) {
	for _, s := range []string{`{"b":1,"a":[true,null,"x\u00e9\ud83d\ude00"],"c":{"z":1,"y":-2.5e3}}`, `[]`, `"\ud800"`, `{"a":1,"a":2}`, `1 2`, `{"a" 1}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := decodeOrdered(b)
		var want any
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		dec.Decode(&want)
		if valid := json.Valid(b); (err == nil) != valid {
			t.Fatalf("decodeOrdered(%q) error %v, but json.Valid says %v", b, err, valid)
		}
		if err == nil && !reflect.DeepEqual(stripOrder(got), want) {
			t.Fatalf("decodeOrdered(%q) = %#v, want %#v", b, got, want)
		}
	})
}

// FuzzScopeJSON: any environment file courier reads is written back, as the
// report and --export-environment write it, as JSON.
func FuzzScopeJSON(f *testing.F) {
	for _, s := range []string{
		`{"id":"e","name":"n","values":[{"key":"a","value":"1","enabled":false},{"key":"b","type":"number","value":"7","disabled":"false"}],"_postman_x":1}`,
		`[{"key":"a","value":{"o":[1]}}]`,
		`{"environment":{"values":[{"key":"k","_m":true,"description":{"content":"d"}}]}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		env, err := collections.DecodeEnvironment("e.json", doc)
		if err != nil {
			return
		}
		scope := ScopeJSON("environment", env.Raw, "id", env.Values, nil)
		if !json.Valid(scope) {
			t.Fatalf("invalid scope JSON %s", scope)
		}
		out, err := ExportFields(scope, "environment", time.Time{}, "fuzz")
		if err != nil || !json.Valid(out) {
			t.Fatalf("export: %v %s", err, out)
		}
	})
}
