package collections

import (
	"errors"
	"testing"
)

func FuzzDecode(f *testing.F) {
	f.Add([]byte(wrap(`{"name":"r","request":{"url":"http://x/{{a}}?b=1","auth":{"type":"basic","basic":{"username":"u"}}}}`)))
	f.Add([]byte(`{"info":{},"item":[{"item":[{"request":"x"}]}]}`))
	f.Add([]byte{0xFF, 0xFE, '{', 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Decode("f.json", data)
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error is %T, not *Error: %v", err, err)
			}
			return
		}
		c.Walk(func(it *Item, _ []*Item) bool { _ = it.Request; return true })
		if _, err := ExportCollection(c, c.Variables); err != nil {
			t.Fatalf("export: %v", err)
		}
	})
}

func FuzzDecodeCSV(f *testing.F) {
	f.Add([]byte("a,b\n1,\"x,y\"\n"))
	f.Add([]byte("\ufeffa\n\"\"\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := DecodeCSV("f.csv", data)
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error is %T: %v", err, err)
			}
			return
		}
		for _, r := range rows {
			_ = rowMap(r)
		}
	})
}

func FuzzParseURL(f *testing.F) {
	f.Add("https://{{h}}:{{p}}/a/:b?c=d#e")
	f.Fuzz(func(t *testing.T, s string) {
		u := ParseURL(s)
		_ = u.String()
	})
}
