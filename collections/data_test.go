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
		{"blank lines skipped, empty fields kept", "a,b\n\n,2\n",
			[]map[string]any{{"a": "", "b": 2.0}}},
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
		{"a,b\n1\n", "d.csv:2:1: CSV row 1 has 1 fields, the header has 2"},
		{"a\n\"open\n", "d.csv:2:1: CSV quoted field is not closed"},
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
