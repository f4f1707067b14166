package collections

import (
	"errors"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// encodeCSV writes rows that share the keys of rows[0] as CSV that the
// reader gives back unchanged: every name and string quoted (so nothing is
// trimmed or cast), numbers unquoted as JavaScript writes them. ok is false
// when that is impossible (a row with other keys, a number CSV cannot hold).
func encodeCSV(rows []Row) (out string, ok bool) {
	if len(rows) == 0 || len(rows[0]) == 0 {
		return "", false
	}
	quote := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
	var b strings.Builder
	for i, v := range rows[0] {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(quote(v.Key))
	}
	for _, r := range rows {
		if len(r) != len(rows[0]) {
			return "", false
		}
		b.WriteString("\n")
		for i, v := range r {
			if v.Key != rows[0][i].Key {
				return "", false
			}
			if i > 0 {
				b.WriteByte(',')
			}
			switch x := v.Value.(type) {
			case string:
				b.WriteString(quote(x))
			case float64:
				if math.IsInf(x, 0) || math.IsNaN(x) {
					return "", false // a 400-digit integer: no CSV text gives it back
				}
				b.WriteString(FormatNumber(x))
			default:
				return "", false
			}
		}
	}
	return b.String(), true
}

// FuzzCSVRoundTrip: what the CSV reader returns, written out again (quoted
// strings, plain numbers), reads back as the same rows: per row with its own
// header, and as a whole when the rows share their keys. Errors name a line
// and column inside the text; ragged lines are ascending and after the header.
func FuzzCSVRoundTrip(f *testing.F) {
	f.Add([]byte("a,b\n1,\"x,y\"\n"))
	f.Add([]byte("\"1\",b,a,1\n3,\"\"\"\",-0,4e-7\r\n\n"))
	f.Add([]byte("k, v \r\"line\nbreak\" ,\t0x1F \r 12345678901234567890123,.5\r"))
	f.Add([]byte("\ufeffa,a,__proto__,2,\"0\"\n1,2,3,4,5,6\n7\n"))
	f.Add([]byte("h\n\"unterminated\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := DecodeCSVResult("f.csv", data)
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) || ce.Line < 1 || ce.Col < 1 || ce.Line > strings.Count(string(data), "\n")+strings.Count(string(data), "\r")+1 ||
				ce.Col > utf8.RuneCount(data)+1 {
				t.Fatalf("error %v: not a *Error inside the text", err)
			}
			return
		}
		if !slices.IsSorted(res.Ragged) || len(res.Ragged) > 0 && res.Ragged[0] < 2 {
			t.Fatalf("ragged lines %v", res.Ragged)
		}
		for _, r := range res.Rows {
			if len(r) == 0 {
				continue
			}
			text, ok := encodeCSV([]Row{r})
			if !ok {
				continue
			}
			back, err := DecodeCSV("back.csv", []byte(text))
			if err != nil {
				t.Fatalf("row %#v written as %q: %v", r, text, err)
			}
			if len(back) != 1 || !reflect.DeepEqual(back[0], r) {
				t.Fatalf("row %#v written as %q reads back as %#v", r, text, back)
			}
		}
		if text, ok := encodeCSV(res.Rows); ok {
			back, err := DecodeCSV("back.csv", []byte(text))
			if err != nil || !reflect.DeepEqual(back, res.Rows) {
				t.Fatalf("rows %#v written as %q read back as %#v, %v", res.Rows, text, back, err)
			}
		}
	})
}
