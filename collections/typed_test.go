package collections

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

// Values that are not strings stay typed in the model, as postman-collection
// keeps them (checked with Newman 6.2.2: pm.request, the json report and the
// raw echo server, testdata/newman/integ-typed).
func TestDecodeTypedValues(t *testing.T) {
	c := mustDecode(t, wrap(`{"name":"r","request":{"method":"POST","url":"x",
		"header":[{"key":"Nul","value":null},{"key":"Obj","value":{"z":1,"a":[1.50,"{{v}}"]}},{"key":"Arr","value":[1,"x",null,[2,3]]},
			{"key":"Num","value":1e3},{"key":"Str","value":"s"},{"key":"Missing"}],
		"body":{"mode":"urlencoded","urlencoded":[{"key":"n","value":5},{"key":"o","value":{"k":"v"}},{"key":"arr","value":["x",2,null,{"o":1},true]},
			{"key":"none","value":[]},{"key":"nul","value":null},{"key":"missing"},{"key":"empty","value":""}]}}}`))
	r := c.Items[0].Request
	wantHeaders := []struct{ key, value, json string }{
		{"Nul", "null", "null"}, {"Obj", "[object Object]", `{"z":1,"a":[1.5,"{{v}}"]}`}, {"Arr", "1,x,,2,3", `[1,"x",null,[2,3]]`},
		{"Num", "1000", "1000"}, {"Str", "s", ""}, {"Missing", "", ""},
	}
	if len(r.Headers) != len(wantHeaders) {
		t.Fatalf("headers %+v", r.Headers)
	}
	for i, w := range wantHeaders {
		if h := r.Headers[i]; h.Key != w.key || h.Value != w.value || string(h.JSON) != w.json {
			t.Errorf("header %d = %q %q %s, want %q %q %s", i, h.Key, h.Value, h.JSON, w.key, w.value, w.json)
		}
	}
	if got := strings.Join(r.Headers[2].HeaderValues(), "|"); got != "1|x|null|2,3" {
		t.Errorf("array header goes out as %q", got)
	}
	wantFields := []struct {
		key, value, json string
		noValue          bool
		wire             string
	}{
		{"n", "5", "5", false, "5"}, {"o", "", `{"k":"v"}`, false, ""}, {"arr", "", `["x",2,null,{"o":1},true]`, false, "x|2|||true"},
		{"none", "", "[]", false, ""}, {"nul", "", "null", false, ""}, {"missing", "", "", true, ""}, {"empty", "", "", false, ""},
	}
	fs := r.Body.URLEncoded
	if len(fs) != len(wantFields) {
		t.Fatalf("fields %+v", fs)
	}
	for i, w := range wantFields {
		f := fs[i]
		if f.Key != w.key || f.Value != w.value || string(f.JSON) != w.json || f.NoValue != w.noValue || strings.Join(f.URLEncodedValues(), "|") != w.wire {
			t.Errorf("field %d = %q %q %s noValue %v wire %q, want %+v", i, f.Key, f.Value, f.JSON, f.NoValue, f.URLEncodedValues(), w)
		}
	}

	// form-data: FormParam makes a falsy value ""; objects and arrays go out as JSON
	c = mustDecode(t, wrap(`{"name":"r","request":{"method":"POST","url":"x","body":{"mode":"formdata","formdata":[
		{"key":"n","value":5},{"key":"zero","value":0},{"key":"f","value":false},{"key":"nul","value":null},{"key":"o","value":{"z":"v","a":1}},{"key":"arr","value":["x","y"]}]}}}`))
	wantForm := []struct{ value, json string }{{"5", "5"}, {"", ""}, {"", ""}, {"", ""}, {`{"z":"v","a":1}`, `{"z":"v","a":1}`}, {`["x","y"]`, `["x","y"]`}}
	for i, w := range wantForm {
		if f := c.Items[0].Request.Body.FormData[i]; f.Value != w.value || string(f.JSON) != w.json {
			t.Errorf("form field %d = %q %s, want %+v", i, f.Value, f.JSON, w)
		}
	}

	// raw: kept typed unless falsy; only a non-empty object or array is sent
	for _, tt := range []struct{ raw, sent, json string }{
		{`{"b":2,"a":[1]}`, `{"b":2,"a":[1]}`, `{"b":2,"a":[1]}`}, {`42`, "", "42"}, {`true`, "", "true"}, {`{}`, "", "{}"},
		{`[]`, "", "[]"}, {`0`, "", ""}, {`false`, "", ""}, {`null`, "", ""}, {`"s"`, "s", ""},
	} {
		c := mustDecode(t, wrap(`{"name":"r","request":{"method":"POST","url":"x","body":{"mode":"raw","raw":`+tt.raw+`}}}`))
		if b := c.Items[0].Request.Body; b.Raw != tt.sent || string(b.RawJSON) != tt.json {
			t.Errorf("raw %s: sent %q typed %s, want %q %s", tt.raw, b.Raw, b.RawJSON, tt.sent, tt.json)
		}
	}
}

func TestTypedText(t *testing.T) {
	tests := []struct {
		json                     string
		header, urlencoded, form string
		raw                      string
	}{
		{`null`, "null", "", "null", ""},
		{`1.5`, "1.5", "1.5", "1.5", ""},
		{`1e400`, "Infinity", "", "Infinity", ""},
		{`false`, "false", "false", "false", ""},
		{`{"b":"x","a":1}`, "[object Object]", "", `{"b":"x","a":1}`, `{"b":"x","a":1}`},
		{`[1,null,[2,"é"]]`, "1,,2,é", "", `[1,null,[2,"é"]]`, `[1,null,[2,"é"]]`},
		{`[]`, "", "", "[]", ""},
		{`{}`, "[object Object]", "", "{}", ""},
	}
	for _, tt := range tests {
		raw := json.RawMessage(tt.json)
		if got := HeaderText(raw); got != tt.header {
			t.Errorf("HeaderText(%s) = %q, want %q", tt.json, got, tt.header)
		}
		if got := URLEncodedText(raw); got != tt.urlencoded {
			t.Errorf("URLEncodedText(%s) = %q, want %q", tt.json, got, tt.urlencoded)
		}
		if got := FormDataText(raw); got != tt.form {
			t.Errorf("FormDataText(%s) = %q, want %q", tt.json, got, tt.form)
		}
		if got := RawText(raw); got != tt.raw {
			t.Errorf("RawText(%s) = %q, want %q", tt.json, got, tt.raw)
		}
	}
}

func TestResolveTyped(t *testing.T) {
	res := func(s string) string { return strings.ReplaceAll(s, "{{v}}", `a "q" \ b`) }
	tests := []struct{ in, want string }{
		{`{"z":"{{v}}","{{v}}":["{{v}}",1,{"y":null}]}`, `{"z":"a \"q\" \\ b","{{v}}":["a \"q\" \\ b",1,{"y":null}]}`}, // keys stay
		{`[1,2]`, `[1,2]`},
		{`"{{v}}"`, `"a \"q\" \\ b"`},
		{`5`, `5`},
	}
	for _, tt := range tests {
		if got := string(ResolveTyped(json.RawMessage(tt.in), res)); got != tt.want {
			t.Errorf("ResolveTyped(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// TypedJSON reads what sdk.js serialises back: strings need no typed form,
// anything else is written as JSON.stringify writes it, key order kept.
func TestTypedJSON(t *testing.T) {
	for in, want := range map[string]string{`"s"`: "", ` {"b":1.0,"a":[]} `: `{"b":1,"a":[]}`, `null`: "null", ``: "", `{`: ""} {
		if got := string(TypedJSON(json.RawMessage(in))); got != want {
			t.Errorf("TypedJSON(%q) = %q, want %q", in, got, want)
		}
	}
	if s, ok := TypedString(json.RawMessage(`"a\nb"`)); !ok || s != "a\nb" {
		t.Errorf("TypedString = %q %v", s, ok)
	}
	if _, ok := TypedString(json.RawMessage(`5`)); ok {
		t.Error("TypedString(5) is no string")
	}
}

// An array or object variable whose text is not JSON of its type is
// undefined (substituted as ""), and keeps its text for exports; NaN is
// written as null.
func TestCastValueNotJSON(t *testing.T) {
	for _, tt := range []struct {
		typ    string
		in     any
		stored any
	}{
		{"array", "[1,", "[1,"}, {"object", "{x", "{x"}, {"object", "[1]", "[1]"}, {"array", 5.0, "5"}, {"array", nil, "null"},
	} {
		got := CastValue(tt.typ, tt.in)
		if _, ok := got.(NotJSON); !ok {
			t.Errorf("CastValue(%s, %#v) = %#v, want NotJSON", tt.typ, tt.in, got)
			continue
		}
		if ValueString(got) != "" {
			t.Errorf("%#v is substituted as %q", got, ValueString(got))
		}
		if s := StoredValue(tt.typ, got); s != tt.stored {
			t.Errorf("StoredValue(%#v) = %#v, want %#v", got, s, tt.stored)
		}
	}
	if got := StoredValue("array", CastValue("array", "[1,2]")); got != "[1,2]" {
		t.Errorf("a parsed array is stored as %#v", got)
	}
	if got := StoredValue("number", CastValue("number", "abc")); got != nil {
		t.Errorf("NaN is stored as %#v", got)
	}
	if got := StoredValue("any", math.Inf(1)); got != nil {
		t.Errorf("Infinity is stored as %#v", got)
	}
}

func FuzzResolveTyped(f *testing.F) {
	f.Add([]byte(`{"a":["{{v}}",1.5e3,{"b":null}],"{{v}}":true}`), "x\"y")
	f.Add([]byte(`[]`), "")
	f.Fuzz(func(t *testing.T, data []byte, val string) {
		raw := TypedJSON(data)
		if raw == nil {
			return
		}
		if !json.Valid(raw) {
			t.Fatalf("TypedJSON(%q) = %q, not JSON", data, raw)
		}
		out := ResolveTyped(raw, func(s string) string { return strings.ReplaceAll(s, "{{v}}", val) })
		if !json.Valid(out) {
			t.Fatalf("ResolveTyped(%s) = %q, not JSON", raw, out)
		}
		_ = HeaderText(out)
		_ = URLEncodedText(out)
		_ = FormDataText(out)
		_ = RawText(out)
		_ = Header{JSON: out}.HeaderValues()
		_ = FormParam{JSON: out}.URLEncodedValues()
	})
}
