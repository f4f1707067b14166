package collections

import (
	"reflect"
	"strings"
	"testing"
)

func rowMap(r Row) map[string]any {
	m := map[string]any{}
	for _, v := range r {
		m[v.Key] = v.Value
	}
	return m
}

func TestDecodeCSV(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []map[string]any
	}{
		{"numbers become numbers", "id,name,price\n1,apple,1.50\n-2,pear,x3\n",
			[]map[string]any{{"id": 1.0, "name": "apple", "price": 1.5}, {"id": -2.0, "name": "pear", "price": "x3"}}},
		{"quoted fields keep strings, commas and newlines", "a,b\n\"1\",\"x, y\"\n\"line1\nline2\",\"say \"\"hi\"\"\"\n",
			[]map[string]any{{"a": "1", "b": "x, y"}, {"a": "line1\nline2", "b": `say "hi"`}}},
		{"BOM stripped and CRLF", "\ufeffk,v\r\nA,1\r\n",
			[]map[string]any{{"k": "A", "v": 1.0}}},
		{"a blank line is a row with the first column empty, as in Newman", "a,b\n\n,2\n",
			[]map[string]any{{"a": ""}, {"a": "", "b": 2.0}}},
		{"ragged rows: missing keys absent, extra fields dropped", "a,b\n1\n1,2,3\n",
			[]map[string]any{{"a": 1.0}, {"a": 1.0, "b": 2.0}}},
		{"Newman's cast", "a,b,c,d,e\n1e3,+4,0x10,007,1_000\n",
			[]map[string]any{{"a": 1000.0, "b": 4.0, "c": 0.0, "d": 7.0, "e": "1_000"}}},
		{"relaxed quotes inside unquoted field", "a\nit\"s\n",
			[]map[string]any{{"a": `it"s`}}},
		{"no trailing newline", "a\nz", []map[string]any{{"a": "z"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := DecodeData("d.csv", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var got []map[string]any
			for _, r := range rows {
				got = append(got, rowMap(r))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestDecodeDataErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\n\"open\n", "d.csv:2:1: CSV: quoted field is not closed"},
		{"a,b\nx,\"y\"z\n", "d.csv:2:6: CSV: unexpected character after a closing quote"},
		{"id,1\nx,y\n", "d.csv:1:4: CSV: column 2 of the header is the number 1"},
		{`{"a":1}`, "iteration data must be a JSON array of objects"},
		{`[{"a":1}, 3]`, "d.csv: [1]: iteration data rows must be objects, got number"},
	}
	for _, tt := range tests {
		_, err := DecodeData("d.csv", []byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("DecodeData(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestDecodeJSONData(t *testing.T) {
	rows, err := DecodeData("d.json", []byte(`[{"zeta":1,"alpha":"x","mid":null},{"a":true}]`))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rowMap(rows[0])["zeta"] != 1.0 || rowMap(rows[1])["a"] != true {
		t.Errorf("rows = %+v", rows)
	}
	var keys []string
	for _, v := range rows[0] {
		keys = append(keys, v.Key)
	}
	if strings.Join(keys, ",") != "zeta,alpha,mid" {
		t.Errorf("keys in %v, want the file's order", keys)
	}
}

func TestDecodeDataWarnsAboutRaggedRows(t *testing.T) {
	rows, warnings, err := DecodeDataWarnings("d.csv", []byte("a,b\n1,2\n3\n4,5,6\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("rows = %v", rows)
	}
	want := "d.csv: 2 rows have more or fewer fields than the header (line 3, 4)"
	if len(warnings) != 1 || !strings.HasPrefix(warnings[0], want) {
		t.Errorf("warnings = %q, want one starting %q", warnings, want)
	}
	if _, warnings, _ := DecodeDataWarnings("d.csv", []byte("a,b\n1,2\n")); warnings != nil {
		t.Errorf("warnings for a regular file: %q", warnings)
	}
}
