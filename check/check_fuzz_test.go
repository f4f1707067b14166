package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
)

// FuzzCheck checks any collection courier reads: Check never panics, and
// every finding's JSON path leads to a value of the file, at the line and
// column the finding gives.
func FuzzCheck(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "newman", "lenient-*.postman_collection.json"))
	seeds = append(seeds, filepath.Join("..", brokenFile), filepath.Join("..", "testdata", "newman", "sandbox.postman_collection.json"))
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"collection":{"item":{"name":"x","request":"http://h/{{a}}","event":{"listen":"test","script":"pm.vault.x; }"}}}}`))
	f.Add([]byte(`{"item":[null,{"item":[{"request":{"url":{"host":"{{h}}","query":"a=b&token=c"},"header":"Authorization: Bearer x\nX: {{y}}","auth":{"type":"basic","basic":{"password":"p"}}}}]}],"variable":{"key":"k","value":"{{k}}"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 64<<10 {
			return
		}
		c, err := collections.Decode("c.json", data)
		if err != nil {
			return
		}
		r := Check(Input{Collection: c, CollectionFile: "c.json", CollectionText: data, Folders: []string{"x"}})
		text, _ := collections.Text("c.json", data)
		root, err := parseLocated(text)
		if err != nil || c.FromV1 {
			return
		}
		li := newLineIndex(text)
		for _, fd := range r.Findings {
			l := fd.Location
			if l.File != "c.json" || l.JSONPath == "" {
				continue
			}
			n, err := lookup(root, l.JSONPath)
			if err != nil || n == nil {
				t.Fatalf("%s: path %q leads nowhere (%v)", fd.Rule, l.JSONPath, err)
			}
			if l.FileLine == 0 {
				t.Fatalf("%s at %s: no line", fd.Rule, l.JSONPath)
			}
			startLine, _ := li.position(n.off)
			endLine, _ := li.position(n.end)
			if l.FileLine < startLine || l.FileLine > endLine {
				t.Fatalf("%s: line %d is outside %s (lines %d-%d)", fd.Rule, l.FileLine, l.JSONPath, startLine, endLine)
			}
			if strings.TrimSpace(fd.Message) == "" {
				t.Fatalf("%s: no message", fd.Rule)
			}
		}
	})
}
