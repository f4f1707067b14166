package sdkjson

import (
	"encoding/json"
	"strings"
	"testing"

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
		c.Walk(func(it *collections.Item, _ []*collections.Item) bool {
			if b, ok := tree.Item(it.ID); ok && !json.Valid(b) {
				t.Fatalf("invalid item JSON %s", b)
			}
			return true
		})
	})
}
