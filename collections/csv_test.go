package collections

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"strings"
	"testing"
)

// csvGolden is one case of testdata/csv/golden.json, written by
// testdata/csv/record.js from Newman 6.2.2's own iteration-data loader.
type csvGolden struct {
	Name  string                 `json:"name"`
	CSV   string                 `json:"csv"`
	Rows  [][][2]json.RawMessage `json:"rows"`
	Error string                 `json:"error"`
	JSON  bool                   `json:"json"`
	// Encoding is set when Newman's chardet guessed an encoding other than
	// UTF-8 and so garbled the text; courier reads UTF-8.
	Encoding string `json:"encoding"`
}

type csvTyped struct {
	S *string `json:"s"`
	N *string `json:"n"`
}

// jsString is JavaScript's String(v) for a CSV value, "-0" for negative zero.
func jsString(v any) (string, bool) {
	switch t := v.(type) {
	case string:
		return t, false
	case float64:
		if t == 0 && math.Signbit(t) {
			return "-0", true
		}
		return FormatNumber(t), true
	}
	return "", false
}

func TestCSVAgainstNewman(t *testing.T) {
	data, err := os.ReadFile("testdata/csv/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []csvGolden
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 100 {
		t.Fatalf("only %d cases in golden.json", len(cases))
	}
	for _, c := range cases {
		if c.JSON || c.Encoding != "" {
			continue // Newman read this one as JSON, or misread its encoding
		}
		rows, err := DecodeCSV("d.csv", []byte(c.CSV))
		if c.Error != "" {
			if err == nil {
				t.Errorf("%s: %q: Newman fails (%s), courier reads %d rows", c.Name, c.CSV, c.Error, len(rows))
				continue
			}
			var ce *Error
			if !errors.As(err, &ce) || ce.Line == 0 {
				t.Errorf("%s: error %v has no line", c.Name, err)
			}
			want := map[string]string{
				"Quote Not Closed":          "not closed",
				"Invalid Closing Quote":     "after a closing quote",
				"Invalid column definition": "column names",
			}
			ok := false
			for k, v := range want {
				if strings.HasPrefix(c.Error, k) && strings.Contains(err.Error(), v) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s: %q: Newman says %q, courier %q", c.Name, c.CSV, c.Error, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %q: courier fails (%v), Newman reads %d rows", c.Name, c.CSV, err, len(c.Rows))
			continue
		}
		got := make([][][2]string, len(rows))
		for i, r := range rows {
			for _, v := range r {
				s, num := jsString(v.Value)
				kind := "s"
				if num {
					kind = "n"
				}
				got[i] = append(got[i], [2]string{v.Key, kind + ":" + s})
			}
		}
		want := make([][][2]string, len(c.Rows))
		for i, r := range c.Rows {
			for _, kv := range r {
				var k string
				var tv csvTyped
				if err := json.Unmarshal(kv[0], &k); err != nil {
					t.Fatal(err)
				}
				if err := json.Unmarshal(kv[1], &tv); err != nil {
					t.Fatal(err)
				}
				switch {
				case tv.S != nil:
					want[i] = append(want[i], [2]string{k, "s:" + *tv.S})
				case tv.N != nil:
					want[i] = append(want[i], [2]string{k, "n:" + *tv.N})
				default:
					t.Fatalf("%s: unexpected value %s", c.Name, kv[1])
				}
			}
		}
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(want)
		if string(gj) != string(wj) {
			t.Errorf("%s: %q:\n newman:  %s\n courier: %s", c.Name, c.CSV, wj, gj)
		}
	}
}
