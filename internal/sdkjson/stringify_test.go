package sdkjson

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"
)

// Indent writes what Node's JSON.stringify(JSON.parse(doc), null, 2) writes
// (testdata/stringify.json, recorded from Node by testdata/record.sh).
func TestIndentAsJSONStringify(t *testing.T) {
	raw, err := os.ReadFile("testdata/stringify.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases [][2]string
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		got, err := Indent([]byte(c[0]))
		if err != nil {
			t.Errorf("Indent(%s): %v", c[0], err)
			continue
		}
		if string(got) != c[1] {
			t.Errorf("Indent(%s) =\n%s\nwant (Node)\n%s", c[0], got, c[1])
		}
	}
	for _, bad := range []string{"", "{", `{"a" 1}`, "[1,]", "1 2", `"\x"`} {
		if _, err := Indent([]byte(bad)); err == nil {
			t.Errorf("Indent(%q): no error", bad)
		}
	}
}

// FuzzIndent: any JSON document comes out as JSON of the same value (numbers
// as float64), and anything else is an error, never a panic.
func FuzzIndent(f *testing.F) {
	for _, s := range []string{`{"b":1,"a":[true,null,"x\u00e9\ud83d\ude00"],"c":{"z":1,"y":-2.5e3}}`, `[]`, `{}`, `"\u2028"`, `1e400`, `-0`, `{"a":1,"a":2}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		out, err := Indent(b)
		if !json.Valid(b) {
			return // an error or, for some invalid documents (duplicate decoding), output: no panic is the point
		}
		if err != nil {
			t.Fatalf("Indent(%q): %v", b, err)
		}
		var want, got any
		if json.Unmarshal(b, &want) != nil {
			return // numbers out of float64's range
		}
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("Indent(%q) = %q: not JSON: %v", b, out, err)
		}
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("Indent(%q) = %s: another value", b, out)
		}
	})
}
