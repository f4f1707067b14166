package collections

import (
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzDecode(f *testing.F) {
	f.Add([]byte(wrap(`{"name":"r","request":{"url":"http://x/{{a}}?b=1","auth":{"type":"basic","basic":{"username":"u"}}}}`)))
	f.Add([]byte(`{"info":{},"item":[{"item":[{"request":"x"}]}]}`))
	f.Add([]byte{0xFF, 0xFE, '{', 0})
	f.Add([]byte(wrap(`{"name":"odd","request":{"method":["put"],"url":{"host":5,"query":{"b":"1","a":2}},"header":"A: 1\r\n b\n//C:3","body":{"mode":"URLENCODED","urlencoded":"a=1&&b"},"auth":{"type":"Basic","Basic":{"u":1}}},"event":{"listen":"test","script":["x",5,null]}},"s",{"item":{"request":5}},{"request":{"body":{"mode":"raw","raw":{"2":1,"a":[{}]}}}}`)))
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
	})
}

func FuzzDecodeCSV(f *testing.F) {
	f.Add([]byte("a,b\n1,\"x,y\"\n"))
	f.Add([]byte("\ufeffa\n\"\"\"\n"))
	f.Add([]byte("\ufeffc1, c2, c3\n\"123\", foo \"bar\" baz\n\n  \n1e3,+4,0x10,x\r\n"))
	f.Add([]byte("\"2\",\"1\",__proto__,a,a\r1\r\"x\"\"\" , y\r"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := DecodeCSV("f.csv", data)
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) || ce.Line == 0 {
				t.Fatalf("error is %T without a line: %v", err, err)
			}
			return
		}
		for _, r := range rows {
			seen := map[string]bool{}
			for _, v := range r {
				if seen[v.Key] || v.Key == "__proto__" {
					t.Fatalf("row %v repeats or has key %q", r, v.Key)
				}
				seen[v.Key] = true
				switch v.Value.(type) {
				case string, float64:
				default:
					t.Fatalf("value %#v", v.Value)
				}
			}
		}
	})
}

func FuzzDecodeV1(f *testing.F) {
	// small seeds: the fuzzer barely moves with the multi-kilobyte testdata/v1 files
	f.Add([]byte(`{"name":"n","order":["a"],"requests":[{"id":"a","url":"x","headers":"K: v\r\n w\n//D: 1"}]}`))
	f.Add([]byte(`{"name":"n","order":[1],"folders_order":"ab","folders":{"a":{"id":"a","folders_order":["a"]}},"requests":{"x":{"id":1}}}`))
	f.Add([]byte(`{"name":"n","order":["r"],"folders":[{"id":"f","order":["r","r"],"folders_order":["g"],"auth":{"type":"bearer","bearer":[{"key":"token","value":"t"}]}},{"id":"g","order":["r"]}],"requests":[{"id":"r","url":"http://h/:id?a=1","pathVariables":{"id":"1"},"pathVariableData":[{"key":"id","value":"2"}],"queryParams":[{"key":"a","value":null,"equals":true}],"dataMode":"urlencoded","data":[{"key":"k","value":"v","enabled":false}],"currentHelper":"digestAuth","helperAttributes":"{\"username\":\"u\"}","events":[{"script":{"exec":"x"}}],"responses":[{"id":"s","request":"r","cookies":[{"expirationDate":1}]}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Decode("f.json", data)
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error is %T, not *Error: %v", err, err)
			}
			return
		}
		if c.FromV1 && !json.Valid(c.Raw) {
			t.Fatalf("converted document is not JSON: %s", c.Raw)
		}
		c.Walk(func(it *Item, _ []*Item) bool { _ = it.Request; return true })
	})
}

func FuzzParseURL(f *testing.F) {
	f.Add("https://{{h}}:{{p}}/a/:b?c=d#e")
	f.Add("http://u:p@{{a.b}}:80/x/{{c/d}}?e&&f=g=h&{{i&j}}=k#l#m")
	f.Add("  file:\\\\\\x\\y?z#")
	f.Add("[::1]:8080/a?")
	f.Fuzz(func(t *testing.T, s string) {
		// writing out and parsing again (Newman does it to every request's
		// URL) settles: each round can only drop what the parser drops
		// (leading white space, an empty protocol, extra slashes)
		cur := ParseURL(s).WithPathVariables().String()
		for round := 0; ; round++ {
			next := ParseURL(cur).String()
			if next == cur {
				return
			}
			if round > strings.Count(s, "/")+strings.Count(s, "\\")+4 || len(next) > len(cur) {
				t.Fatalf("%q does not settle: %q then %q", s, cur, next)
			}
			cur = next
		}
	})
}

func FuzzParseHeaders(f *testing.F) {
	f.Add("A: 1\nB:two\r\n folded\r\nX:a:b\n //C: 3\n")
	f.Add("K\u2028: v\rL: w\u00a0")
	f.Fuzz(func(t *testing.T, s string) {
		for _, h := range ParseHeaders(s) {
			if h.Key == "" || strings.ContainsFunc(h.Key, isJSSpace) {
				t.Fatalf("key %q", h.Key)
			}
			if strings.ContainsAny(h.Value, "\r\n\u2028\u2029") || h.Value != jsTrim(h.Value) {
				t.Fatalf("value %q", h.Value)
			}
		}
	})
}

// A raw body given as JSON goes out as JSON.stringify writes it: valid JSON
// holding the same value, keys in the order written.
func FuzzRawBody(f *testing.F) {
	f.Add(`{"z":1,"a":[1.50,"\u00e9\n<>",null,true],"m":{"1e3":1e3,"neg":-0}}`)
	f.Add(`[{"b":2,"a":1},[],{}]`)
	f.Add(`{"\u2028":"\u0000\"\\","__proto__":1e400}`)
	f.Fuzz(func(t *testing.T, raw string) {
		var want any
		if !utf8.ValidString(raw) || json.Unmarshal([]byte(raw), &want) != nil {
			return // courier refuses text that is not UTF-8
		}
		switch want.(type) {
		case map[string]any:
		default:
			return // strings are sent as they are, arrays stop the run (an input error), other values send nothing
		}
		c, err := Decode("f.json", []byte(wrap(`{"request":{"method":"POST","url":"x","body":{"mode":"raw","raw":`+raw+`}}}`)))
		if err != nil {
			t.Fatalf("Decode: %v", err)
		}
		got := c.Items[0].Request.Body.Raw
		if got == "" {
			return // a value lodash calls empty sends no body
		}
		var back any
		if err := json.Unmarshal([]byte(got), &back); err != nil {
			t.Fatalf("raw %s went out as %q, not JSON: %v", raw, got, err)
		}
		if !reflect.DeepEqual(normalizeNumbers(back), normalizeNumbers(want)) {
			t.Fatalf("raw %s went out as %s", raw, got)
		}
	})
}

// normalizeNumbers maps what JSON.stringify cannot write (a number too big
// for a double) to null, as it does.
func normalizeNumbers(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			t[k] = normalizeNumbers(e)
		}
	case []any:
		for i, e := range t {
			t[i] = normalizeNumbers(e)
		}
	case float64:
		if math.IsInf(t, 0) {
			return nil
		}
	}
	return v
}
