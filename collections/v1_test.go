package collections

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sameOrdered compares two ordered JSON trees, key order included; it returns
// the path of the first difference.
func sameOrdered(a, b any, path string) string {
	switch x := a.(type) {
	case *jsObject:
		y, ok := b.(*jsObject)
		if !ok {
			return fmt.Sprintf("%s: object vs %s", path, v1Kind(b))
		}
		var ak, bk []string
		for _, k := range x.keys {
			if x.vals[k] != undefined {
				ak = append(ak, k)
			}
		}
		for _, k := range y.keys {
			if y.vals[k] != undefined {
				bk = append(bk, k)
			}
		}
		if strings.Join(ak, ",") != strings.Join(bk, ",") {
			return fmt.Sprintf("%s: keys %q vs %q", path, ak, bk)
		}
		for _, k := range ak {
			if d := sameOrdered(x.vals[k], y.vals[k], join(path, k)); d != "" {
				return d
			}
		}
		return ""
	case []any:
		y, ok := b.([]any)
		if !ok {
			return fmt.Sprintf("%s: array vs %s", path, v1Kind(b))
		}
		if len(x) != len(y) {
			return fmt.Sprintf("%s: %d elements vs %d", path, len(x), len(y))
		}
		for i := range x {
			if d := sameOrdered(x[i], y[i], index(path, i)); d != "" {
				return d
			}
		}
		return ""
	case json.Number:
		y, ok := b.(json.Number)
		if !ok || numberOf(x) != numberOf(y) {
			return fmt.Sprintf("%s: %v vs %v", path, a, b)
		}
		return ""
	}
	if a != b {
		return fmt.Sprintf("%s: %#v vs %#v", path, a, b)
	}
	return ""
}

// TestV1ConversionAgainstTransformer holds the v1 conversion to what
// postman-collection-transformer 4.1.8 (Newman's converter) wrote for each
// testdata/v1 file (testdata/v1/record.js).
func TestV1ConversionAgainstTransformer(t *testing.T) {
	goldens, err := filepath.Glob("testdata/v1/*.golden.json")
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no goldens: %v", err)
	}
	for _, g := range goldens {
		if filepath.Base(g) == "parts.golden.json" {
			continue
		}
		in := strings.TrimSuffix(g, ".golden.json") + ".json"
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(g)
			if err != nil {
				t.Fatal(err)
			}
			root, err := parseOrdered(src)
			if err != nil {
				t.Fatal(err)
			}
			got, _, err := convertV1(in, root.(*jsObject))
			if err != nil {
				t.Fatal(err)
			}
			w, err := parseOrdered(want)
			if err != nil {
				t.Fatal(err)
			}
			// compare through a JSON round trip, as the transformer's output was written
			back, err := parseOrdered(marshalOrdered(got))
			if err != nil {
				t.Fatalf("converted document is not JSON: %v", err)
			}
			if d := sameOrdered(w, back, ""); d != "" {
				t.Errorf("transformer vs courier differ at %s", d)
			}
		})
	}
}

// TestV1PartsAgainstTransformer checks the header-string parser and the URL
// parser and unparser on the inputs of testdata/v1/parts.golden.json.
func TestV1PartsAgainstTransformer(t *testing.T) {
	data, err := os.ReadFile("testdata/v1/parts.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var parts struct {
		Headers []struct {
			In  string          `json:"in"`
			Out json.RawMessage `json:"out"`
		} `json:"headers"`
		URLs []struct {
			In       string          `json:"in"`
			Parsed   json.RawMessage `json:"parsed"`
			Unparsed string          `json:"unparsed"`
		} `json:"urls"`
	}
	if err := json.Unmarshal(data, &parts); err != nil {
		t.Fatal(err)
	}
	if len(parts.Headers) < 100 || len(parts.URLs) < 100 {
		t.Fatal("too few cases")
	}
	for _, c := range parts.Headers {
		got := []any{}
		for _, h := range parseHeaderLines(c.In) {
			got = append(got, h)
		}
		want, _ := parseOrdered(c.Out)
		back, _ := parseOrdered(marshalOrdered(got))
		if d := sameOrdered(want, back, ""); d != "" {
			t.Errorf("headers %q: %s\n transformer: %s\n courier:     %s", c.In, d, c.Out, marshalOrdered(got))
		}
	}
	for _, c := range parts.URLs {
		got := v1URLParse(c.In)
		want, _ := parseOrdered(c.Parsed)
		back, _ := parseOrdered(marshalOrdered(got))
		if d := sameOrdered(want, back, ""); d != "" {
			t.Errorf("url %q: %s\n transformer: %s\n courier:     %s", c.In, d, c.Parsed, marshalOrdered(got))
		}
		if u := v1URLUnparse(got); u != c.Unparsed {
			t.Errorf("unparse %q: transformer %q, courier %q", c.In, c.Unparsed, u)
		}
	}
}
