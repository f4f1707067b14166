package collections

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
)

func mustDecode(t *testing.T, doc string) *Collection {
	t.Helper()
	c, err := Decode("c.json", []byte(doc))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	return c
}

func wrap(items string) string {
	return `{"info":{"name":"C","schema":"` + SchemaV210 + `"},"item":[` + items + `]}`
}

func TestDecodePolymorphicForms(t *testing.T) {
	tests := []struct {
		name  string
		item  string
		check func(t *testing.T, it *Item)
	}{
		{"exec as string", `{"name":"r","request":"http://x","event":[{"listen":"test","script":{"exec":"a();\nb();"}}]}`,
			func(t *testing.T, it *Item) {
				if it.Events[0].Script.Exec != "a();\nb();" {
					t.Errorf("exec = %q", it.Events[0].Script.Exec)
				}
			}},
		{"exec as array", `{"name":"r","request":"http://x","event":[{"listen":"test","disabled":true,"script":{"exec":["a();","b();"]}}]}`,
			func(t *testing.T, it *Item) {
				if it.Events[0].Script.Exec != "a();\nb();" || !it.Events[0].Disabled {
					t.Errorf("event = %+v", it.Events[0])
				}
			}},
		{"description object", `{"name":"r","description":{"content":"hello","type":"text/markdown"},"request":"http://x"}`,
			func(t *testing.T, it *Item) {
				if it.Description != "hello" {
					t.Errorf("description = %q", it.Description)
				}
			}},
		{"description null", `{"name":"r","description":null,"request":"http://x"}`,
			func(t *testing.T, it *Item) {
				if it.Description != "" {
					t.Errorf("description = %q", it.Description)
				}
			}},
		{"url string with query and port", `{"name":"r","request":{"method":"post","url":"https://{{host}}:8443/a/:id/b?x=1&flag&y=&z=a=b#frag"}}`,
			func(t *testing.T, it *Item) {
				u := it.Request.URL
				if it.Request.Method != "POST" || u.Protocol != "https" || strings.Join(u.Host, ".") != "{{host}}" || u.Port != "8443" {
					t.Errorf("url = %+v", u)
				}
				if strings.Join(u.Path, "/") != "a/:id/b" || u.Hash != "frag" {
					t.Errorf("path/hash = %v %q", u.Path, u.Hash)
				}
				want := []QueryParam{{Key: "x", Value: "1"}, {Key: "flag", NoValue: true}, {Key: "y"}, {Key: "z", Value: "a=b"}}
				if len(u.Query) != len(want) {
					t.Fatalf("query = %+v", u.Query)
				}
				for i := range want {
					if u.Query[i] != want[i] {
						t.Errorf("query[%d] = %+v, want %+v", i, u.Query[i], want[i])
					}
				}
			}},
		{"url object with string host and path, disabled query", `{"name":"r","request":{"url":{"raw":"ignored","host":"api.example.com","path":"/v1/items","query":[{"key":"a","value":"1"},{"key":"b","value":"2","disabled":true}],"variable":[{"key":"id","value":7}]}}}`,
			func(t *testing.T, it *Item) {
				u := it.Request.URL
				if strings.Join(u.Host, "|") != "api|example|com" || strings.Join(u.Path, "|") != "v1|items" {
					t.Errorf("host/path = %v %v", u.Host, u.Path)
				}
				if !u.Query[1].Disabled || u.Query[0].Disabled {
					t.Errorf("query = %+v", u.Query)
				}
				if u.String() != "api.example.com/v1/items?a=1" {
					t.Errorf("String() = %q", u.String())
				}
				if ValueString(u.Variables[0].Value) != "7" {
					t.Errorf("path variable = %v", u.Variables[0].Value)
				}
			}},
		{"url variable in host keeps dots", `{"name":"r","request":{"url":"{{base.url}}/x"}}`,
			func(t *testing.T, it *Item) {
				if len(it.Request.URL.Host) != 1 || it.Request.URL.Host[0] != "{{base.url}}" {
					t.Errorf("host = %q", it.Request.URL.Host)
				}
			}},
		// as the SDK's Header.parse: no disabled form; a line whose first
		// run of non-space characters has no colon is dropped
		{"headers as string", `{"name":"r","request":{"url":"x","header":"A: 1\n// B: 2\nC:3\n//D: 4\n E: 5\nF:g:h i: j\r\nK:  v  "}}`,
			func(t *testing.T, it *Item) {
				want := []Header{{Key: "A", Value: "1"}, {Key: "C", Value: "3"}, {Key: "//D", Value: "4"}, {Key: "F:g", Value: "h i: j"}, {Key: "K", Value: "v"}}
				if fmt.Sprint(it.Request.Headers) != fmt.Sprint(want) {
					t.Errorf("headers = %+v, want %+v", it.Request.Headers, want)
				}
			}},
		{"header strings in a list", `{"name":"r","request":{"url":"x","header":[" A : 1:2 ","B","C:"]}}`,
			func(t *testing.T, it *Item) {
				want := []Header{{Key: "A", Value: "1:2"}, {Key: "B"}, {Key: "C"}}
				if fmt.Sprint(it.Request.Headers) != fmt.Sprint(want) {
					t.Errorf("headers = %+v, want %+v", it.Request.Headers, want)
				}
			}},
		{"auth v2.0 object form", `{"name":"r","request":{"url":"x","auth":{"type":"basic","basic":{"username":"u","password":"p","saveHelperData":true}}}}`,
			func(t *testing.T, it *Item) {
				a := it.Request.Auth
				if a.Type != "basic" || a.Get("username") != "u" || a.Get("password") != "p" || a.Get("saveHelperData") != "true" {
					t.Errorf("auth = %+v", a)
				}
			}},
		{"auth v2.1 array form", `{"name":"r","request":{"url":"x","auth":{"type":"apikey","apikey":[{"key":"key","value":"X-Key","type":"string"},{"key":"value","value":"{{k}}"},{"key":"in","value":"query"}]}}}`,
			func(t *testing.T, it *Item) {
				a := it.Request.Auth
				if a.Get("key") != "X-Key" || a.Get("value") != "{{k}}" || a.Get("in") != "query" {
					t.Errorf("auth = %+v", a)
				}
			}},
		{"auth parameter without a value", `{"name":"r","request":{"url":"x","auth":{"type":"basic","basic":[{"key":"username","value":null},{"key":"password","type":"string"}]}}}`,
			func(t *testing.T, it *Item) {
				ps := it.Request.Auth.Params
				if len(ps) != 2 || ps[0].NoValue || ps[0].Value != nil || !ps[1].NoValue || ps[1].Value != nil {
					t.Errorf("params = %+v, want username null (a value) and password with none", ps)
				}
			}},
		{"url-encoded fields of another mode; an object without a key", `{"name":"r","request":{"url":"x","body":{"mode":"odd","raw":"x","urlencoded":[{"key":"a","value":"1"},{"value":"2"}]}}}`,
			func(t *testing.T, it *Item) {
				b := it.Request.Body
				want := []FormParam{{Key: "a", Value: "1"}, {Key: "undefined", Value: "2", NoKey: true}}
				if b.Mode != "raw" || b.Raw != "x" || fmt.Sprint(b.URLEncoded) != fmt.Sprint(want) {
					t.Errorf("body = %+v, want raw x and url-encoded %+v", b, want)
				}
			}},
		{"raw body with options", `{"name":"r","request":{"url":"x","body":{"mode":"raw","raw":"{\"a\":1}","options":{"raw":{"language":"json"}}}}}`,
			func(t *testing.T, it *Item) {
				b := it.Request.Body
				if b.Mode != "raw" || b.Raw != `{"a":1}` || b.Language != "json" {
					t.Errorf("body = %+v", b)
				}
			}},
		{"formdata text and file", `{"name":"r","request":{"url":"x","body":{"mode":"formdata","formdata":[{"key":"a","value":"1"},{"key":"f","type":"file","src":["a.txt","b.txt"]},{"key":"g","type":"file","src":"c.bin","disabled":true}]}}}`,
			func(t *testing.T, it *Item) {
				f := it.Request.Body.FormData
				// a field without a type keeps none (it is text), as in the SDK
				if len(f) != 3 || f[0].Type != "" || f[1].Type != "file" || len(f[1].Src) != 2 || f[2].Src[0] != "c.bin" || !f[2].Disabled {
					t.Errorf("formdata = %+v", f)
				}
			}},
		{"graphql with object variables", `{"name":"r","request":{"url":"x","body":{"mode":"graphql","graphql":{"query":"{ a }","variables":{"n":1}}}}}`,
			func(t *testing.T, it *Item) {
				g := it.Request.Body.GraphQL
				if g.Query != "{ a }" || g.Variables != `{"n":1}` {
					t.Errorf("graphql = %+v", g)
				}
			}},
		{"file body", `{"name":"r","request":{"url":"x","body":{"mode":"file","file":{"src":"/tmp/x.bin"}}}}`,
			func(t *testing.T, it *Item) {
				if it.Request.Body.File.Src != "/tmp/x.bin" {
					t.Errorf("file = %+v", it.Request.Body.File)
				}
			}},
		{"saved responses kept", `{"name":"r","request":"http://x","response":[{"name":"ok","code":200,"status":"OK","body":"{}"}]}`,
			func(t *testing.T, it *Item) {
				if len(it.Responses) != 1 || it.Responses[0].Code != 200 || it.Responses[0].Name != "ok" {
					t.Errorf("responses = %+v", it.Responses)
				}
			}},
		{"protocolProfileBehavior", `{"name":"r","request":"http://x","protocolProfileBehavior":{"followRedirects":false,"maxRedirects":3}}`,
			func(t *testing.T, it *Item) {
				p := it.ProtocolProfileBehavior
				if p["followRedirects"] != false || p["maxRedirects"] != float64(3) {
					t.Errorf("ppb = %+v", p)
				}
			}},
		{"folder with auth and nested items", `{"name":"F","auth":{"type":"bearer","bearer":[{"key":"token","value":"t"}]},"item":[{"name":"r","request":"http://x"}]}`,
			func(t *testing.T, it *Item) {
				if !it.Folder || len(it.Items) != 1 || it.Auth.Get("token") != "t" {
					t.Errorf("folder = %+v", it)
				}
			}},
		{"empty folder is a folder", `{"name":"F","item":[]}`,
			func(t *testing.T, it *Item) {
				if !it.Folder {
					t.Error("not a folder")
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustDecode(t, wrap(tt.item))
			tt.check(t, c.Items[0])
		})
	}
}

func TestAllAuthTypesDecode(t *testing.T) {
	for _, typ := range AuthTypes() {
		doc := wrap(`{"name":"r","request":{"url":"x","auth":{"type":"` + typ + `","` + typ + `":[{"key":"k","value":"v"}]}}}`)
		c := mustDecode(t, doc)
		if got := c.Items[0].Request.Auth; got.Type != typ || got.Get("k") != "v" {
			t.Errorf("%s: auth = %+v", typ, got)
		}
	}
	if len(AuthTypes()) != 13 {
		t.Errorf("AuthTypes() has %d entries, want 13", len(AuthTypes()))
	}
}

func TestVariables(t *testing.T) {
	c := mustDecode(t, `{"info":{"name":"C","schema":"`+SchemaV200+`"},"item":[],"variable":[
		{"key":"s","value":"text"},{"key":"n","value":42},{"key":"f","value":1.5},{"key":"b","value":true},
		{"key":"o","value":{"a":[1,2]}},{"key":"sec","value":"pw","type":"secret"},{"key":"d","value":"x","disabled":true},
		{"id":"legacy","value":"by-id"}]}`)
	if c.Info.Version != "2.0.0" {
		t.Errorf("version = %q", c.Info.Version)
	}
	want := map[string]string{"s": "text", "n": "42", "f": "1.5", "b": "true", "o": "[object Object]", "sec": "pw", "d": "x", "legacy": "by-id"}
	for _, v := range c.Variables {
		if got := ValueString(v.Value); got != want[v.Key] {
			t.Errorf("%s = %q, want %q", v.Key, got, want[v.Key])
		}
	}
	if c.Variables[5].Type != "secret" || !c.Variables[6].Disabled {
		t.Errorf("type/disabled lost: %+v", c.Variables)
	}
}

// A variable without a value holds undefined, as its type casts it; one
// disabled by a value other than true keeps that value.
func TestVariablesWithoutValueAndOddDisabled(t *testing.T) {
	c := mustDecode(t, `{"info":{"name":"C","schema":"`+SchemaV210+`"},"item":[],"variable":[
		{"key":"any"},{"key":"str","type":"string"},{"key":"num","type":"number"},{"key":"bool","type":"boolean"},
		{"key":"arr","type":"array"},{"key":"null","value":null},
		{"key":"d1","value":"x","disabled":1},{"key":"d2","value":"x","disabled":"yes"},{"key":"d3","value":"x","disabled":true},
		{"key":"d4","value":"x","disabled":0}]}`)
	want := []struct {
		value         any
		disabled      bool
		disabledValue any
	}{
		{NotJSON(""), false, nil}, {"undefined", false, nil}, {"NaN", false, nil}, {false, false, nil},
		{NotJSON(""), false, nil}, {nil, false, nil},
		{"x", true, 1.0}, {"x", true, "yes"}, {"x", true, nil}, {"x", false, nil},
	}
	if len(c.Variables) != len(want) {
		t.Fatalf("got %d variables", len(c.Variables))
	}
	for i, w := range want {
		v := c.Variables[i]
		if !reflect.DeepEqual(v.Value, w.value) || v.Disabled != w.disabled || !reflect.DeepEqual(v.DisabledValue, w.disabledValue) {
			t.Errorf("%s: got %#v %v %#v, want %#v %v %#v", v.Key, v.Value, v.Disabled, v.DisabledValue, w.value, w.disabled, w.disabledValue)
		}
	}
}

func TestEncodings(t *testing.T) {
	doc := wrap(`{"name":"é","request":"http://x"}`)
	bom := append([]byte{0xEF, 0xBB, 0xBF}, doc...)
	u := utf16.Encode([]rune(doc))
	le := []byte{0xFF, 0xFE}
	be := []byte{0xFE, 0xFF}
	for _, r := range u {
		le = append(le, byte(r), byte(r>>8))
		be = append(be, byte(r>>8), byte(r))
	}
	for name, data := range map[string][]byte{"utf8-bom": bom, "utf16le": le, "utf16be": be} {
		c, err := Decode(name, data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if c.Items[0].Name != "é" {
			t.Errorf("%s: name = %q", name, c.Items[0].Name)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, doc, want string
	}{
		{"syntax error has line:column", "{\n  \"info\": {\n    \"name\": \"x\",,\n", "c.json:3:17: invalid JSON"},
		{"truncated", `{"info":{"name":"x"}`, "c.json:1:21: invalid JSON: unexpected end of file"},
		{"empty object", `{}`, `c.json: not a Postman collection: there is no "info" and no "item"`},
		{"some other JSON object", `{"hello":"world"}`, `c.json: not a Postman collection: there is no "info" and no "item"`},
		{"v1 markers without order", `{"name":"old","requests":[{"id":"a"}]}`, `c.json: not a Postman collection Newman can run: it has "requests" like a v1 collection`},
		{"v1 with an empty name", `{"name":"","order":["a"],"requests":[{"id":"a"}]}`, `like a v1 collection`},
		{"wrapper that is not an object", `{"collection":"x"}`, `c.json: collection: expected an object, got string`},
		{"v1 request url object", `{"name":"n","order":["a"],"requests":[{"id":"a","url":{}}]}`, `c.json: requests[0].url: expected a string, got object`},
		{"v1 header entry", `{"name":"n","order":["a"],"requests":[{"id":"a","url":"x","headerData":[null]}]}`, `c.json: requests[0].headerData[0]: expected an object, got null`},
		{"v1 folder cycle", `{"name":"n","order":[],"folders_order":["f"],"folders":[{"id":"f","folders_order":["g"]},{"id":"g","folders_order":["g"]}],"requests":[{"id":"a"}]}`, `c.json: folders[1]: the folder contains itself`},
		{"not an object", `[1,2]`, "not a Postman collection: the top-level value is array"},
		{"an item Newman stops on", wrap(`{"name":"F","item":[{"name":"a","request":"x"},0]}`), "c.json: item[0].item[1]: expected an object, got number 0 (Newman 6.2.2 stops the run on such an item)"},
		{"a false item", wrap(`false`), "c.json: item[0]: expected an object, got boolean false"},
		{"raw body array", wrap(`{"name":"r","request":{"method":"POST","url":"x","body":{"mode":"raw","raw":[1]}}}`), "c.json: item[0].request.body.raw: expected a string, got array (Newman 6.2.2 stops the run on a raw body that is an array)"},
		{"empty file", "  \n", "c.json: file is empty"},
		{"trailing data", wrap("") + " {}", "unexpected data after the top-level value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("c.json", []byte(tt.doc))
			if err == nil {
				t.Fatal("no error")
			}
			var ce *Error
			if !errors.As(err, &ce) || ce.ExitCode() != 2 {
				t.Errorf("error %T is not a *collections.Error with exit code 2", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %q, want it to contain %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
		})
	}
}

func TestEnvironment(t *testing.T) {
	env, err := DecodeEnvironment("e.json", []byte(`{"id":"e1","name":"Env","values":[{"key":"a","value":"1","enabled":true},{"key":"b","value":"2","enabled":false},{"key":"c","value":3}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if env.Name != "Env" || len(env.Values) != 3 || env.Values[0].Disabled || !env.Values[1].Disabled || env.Values[2].Disabled {
		t.Errorf("env = %+v", env)
	}
	if _, err := DecodeEnvironment("e.json", []byte(wrap(""))); err == nil || !strings.Contains(err.Error(), "this is a collection") {
		t.Errorf("collection as environment: %v", err)
	}
}

// Bodies as the SDK's RequestBody reads them and postman-runtime sends them
// (checked with Newman 6.2.2 against the raw echo server).
func TestDecodeBodies(t *testing.T) {
	tests := []struct {
		name, body string
		mode, raw  string
	}{
		{"string body", `"just text"`, "raw", "just text"},
		{"no mode", `{"raw":"nomode"}`, "", ""},
		{"mode in capitals", `{"mode":"RAW","raw":"x"}`, "raw", "x"},
		{"unknown mode is raw", `{"mode":"weird","raw":"x","weird":"y"}`, "raw", "x"},
		{"raw object in document order", `{"mode":"raw","raw":{"z":1,"a":[1.50,"\u00e9\n<>",null,true],"m":{"1e3":1e3,"neg":-0}}}`, "raw",
			`{"z":1,"a":[1.5,"é\n<>",null,true],"m":{"1e3":1000,"neg":0}}`},
		{"raw number sends nothing", `{"mode":"raw","raw":42}`, "raw", ""},
		{"raw true sends nothing", `{"mode":"raw","raw":true}`, "raw", ""},
		{"raw empty object sends nothing", `{"mode":"raw","raw":{}}`, "raw", ""},
		{"raw empty array sends nothing", `{"mode":"raw","raw":[]}`, "raw", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustDecode(t, wrap(`{"name":"r","request":{"method":"POST","url":"x","body":`+tt.body+`}}`))
			b := c.Items[0].Request.Body
			mode, raw := "", ""
			if b != nil {
				mode, raw = b.Mode, b.Raw
			}
			if mode != tt.mode || raw != tt.raw {
				t.Errorf("mode %q raw %q, want %q %q", mode, raw, tt.mode, tt.raw)
			}
		})
	}
	// the key order comes from the document also inside folders and in an
	// API export
	c := mustDecode(t, `{"collection":{"info":{"name":"C"},"item":[{"name":"f","item":[{"name":"r","request":{"url":"x","body":{"mode":"raw","raw":{"y":1,"x":2}}}}]}]}}`)
	if got := c.Items[0].Items[0].Request.Body.Raw; got != `{"y":1,"x":2}` {
		t.Errorf("raw in a folder of an export = %q", got)
	}
	// a file body given as a bare path
	c = mustDecode(t, wrap(`{"name":"r","request":{"method":"POST","url":"x","body":{"mode":"file","file":"a.txt"}}}`))
	if f := c.Items[0].Request.Body.File; f == nil || f.Src != "a.txt" {
		t.Errorf("file = %+v", f)
	}
}
