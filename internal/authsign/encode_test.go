package authsign

import (
	"encoding/hex"
	"math"
	"net/http"
	"testing"
)

func TestEncodings(t *testing.T) {
	tests := []struct {
		name, in, want string
		fn             func(string) string
	}{
		// postman-url-encoder's query sets (recorded: my%20key%3D=a%20b%26c=d%zz%41%C3%A9)
		{"pm key", "my key=", "my%20key%3D", func(s string) string { return pmEncode(s, true) }},
		{"pm value", "a b&c=d%zz%41é\"#'<>\x01", "a%20b%26c=d%zz%41%C3%A9%22%23%27%3C%3E%01", func(s string) string { return pmEncode(s, false) }},
		{"rfc3986", "a b!*'()~-._/é", "a%20b%21%2A%27%28%29~-._%2F%C3%A9", rfc3986},
		{"encodeURIComponent", "a b!*'()~/?#", "a%20b!*'()~%2F%3F%23", encodeURIComponent},
		{"encodeURI", "/a b/?x=1#f|%", "/a%20b/?x=1#f%7C%25", encodeURI},
		// JavaScript escape(): %XX below 256, %uXXXX above
		{"escape", "a b@*_+-./é€", "a%20b@*_+-./%E9%u20AC", jsEscape},
	}
	for _, tc := range tests {
		if got := tc.fn(tc.in); got != tc.want {
			t.Errorf("%s(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}

	decodes := []struct {
		in, comp, uri string
		err           bool
	}{
		{"a%20b%2Fc%3F%C3%A9", "a b/c?é", "a b%2Fc%3Fé", false},
		{"%E2%82%AC+", "€+", "€+", false},
		{"%zz", "", "", true},
		{"%C3", "", "", true},
		{"%C3%28", "", "", true},
	}
	for _, d := range decodes {
		got, err := decodeURIComponent(d.in)
		if (err != nil) != d.err || got != d.comp {
			t.Errorf("decodeURIComponent(%q) = %q, %v", d.in, got, err)
		}
		got, err = decodeURI(d.in)
		if (err != nil) != d.err || got != d.uri {
			t.Errorf("decodeURI(%q) = %q, %v", d.in, got, err)
		}
	}
	if got := qsUnescape("a%20b%zz%C3"); got != "a b%zz\xc3" {
		t.Errorf("qsUnescape = %q", got)
	}

	b64 := map[string]string{
		"c2VjcmV0":      "736563726574",
		"c2VjcmV0-_w==": "736563726574fbfc", // values checked against Node's Buffer.from(s, "base64")
		"c2Vj\ncmV0!":   "736563726574",
		"YQ":            "61",
		"YWI":           "6162",
		"YQ==YWI=":      "61",
	}
	for in, want := range b64 {
		if got := hex.EncodeToString(nodeBase64Decode(in)); got != want {
			t.Errorf("nodeBase64Decode(%q) = %s, want %s", in, got, want)
		}
	}

	words := map[string]string{
		"X-Api-Key": "x api key", "x_api_key": "x api key", "xApiKey": "x api key",
		"XMLHttpRequest": "xml http request", "key2go": "key 2 go", "": "",
	}
	for in, want := range words {
		if got := lodashLowerCase(in); got != want {
			t.Errorf("lodashLowerCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRequestURI(t *testing.T) {
	req := newReq(t, "GET", "http://h/a%20b?x=1", "")
	if got := requestURI(req); got != "/a%20b?x=1" {
		t.Errorf("requestURI = %q", got)
	}
	req.URL.Opaque = "//h/a|b/%2F"
	if got := requestURI(req); got != "/a|b/%2F?x=1" {
		t.Errorf("requestURI with Opaque = %q", got)
	}
	req.URL.Opaque = "//h"
	req.URL.RawQuery = ""
	if got := requestURI(req); got != "/" {
		t.Errorf("requestURI with a bare Opaque host = %q", got)
	}
}

func TestJSJSON(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"b":1,"2":2,"1":3,"b":"dup","10":0,"01":1}`, `{"1":3,"2":2,"10":0,"b":"dup","01":1}`},
		{`[1.0,1e21,1e-7,0.000001,-0,123456789012345678901234,1.5e300,0.1,-2.5e-8,100,1e400]`,
			`[1,1e+21,1e-7,0.000001,0,1.2345678901234569e+23,1.5e+300,0.1,-2.5e-8,100,null]`},
		{`"<>&\u2028\u00e9\u0001\"\\\/\b\f\n\r\t"`, "\"<>&\u2028é\\u0001\\\"\\\\/\\b\\f\\n\\r\\t\""},
		{` {"a" : [ true , false , null , {} , [] ] } `, `{"a":[true,false,null,{},[]]}`},
	}
	for _, tc := range tests {
		v, err := parseJSON(tc.in)
		if err != nil {
			t.Errorf("parseJSON(%s): %v", tc.in, err)
			continue
		}
		if got := stringifyJSON(v); got != tc.want {
			t.Errorf("stringify(parse(%s))\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
	for _, bad := range []string{`{a:1}`, `{"a":1} x`, `[1,]`, ``, `{"a"}`} {
		if _, err := parseJSON(bad); err == nil {
			t.Errorf("parseJSON(%q) succeeded", bad)
		}
	}
	ints := []struct {
		in   any
		want float64
		ok   bool
	}{
		{"  42abc", 42, true}, {"-7", -7, true}, {"abc", 0, false}, {1700009999.9, 1700009999, true},
		{1e21, 1, true}, {true, 0, false}, {nil, 0, false}, {[]any{"12", "3"}, 12, true},
	}
	for _, tc := range ints {
		got, ok := jsParseInt(tc.in)
		if ok != tc.ok || (ok && got != tc.want) {
			t.Errorf("parseInt(%v) = %v, %v", tc.in, got, ok)
		}
	}
	if jsNumberString(math.Pow(2, 53)) != "9007199254740992" || jsNumberString(-1.5) != "-1.5" || jsNumberString(1e-6) != "0.000001" {
		t.Error("jsNumberString")
	}
	for _, v := range []any{nil, false, 0.0, math.NaN(), ""} {
		if jsTruthy(v) {
			t.Errorf("%v is truthy", v)
		}
	}
	for _, v := range []any{true, 1.0, "0", []any{}, newJSObject()} {
		if !jsTruthy(v) {
			t.Errorf("%v is falsy", v)
		}
	}
}

func TestBodyModeAndEnv(t *testing.T) {
	tests := []struct {
		ct, body, mode, want string
	}{
		{"application/x-www-form-urlencoded; charset=utf-8", "a=1", "", "urlencoded"},
		{"multipart/form-data; boundary=x", "--x", "", "formdata"},
		{"application/json", "{}", "", "raw"},
		{"", "", "", ""},
		{"application/json", "{}", "graphql", "graphql"},
	}
	for _, tc := range tests {
		req := newReq(t, "POST", "http://h/", tc.body, "Content-Type", tc.ct)
		if got := (Env{BodyMode: tc.mode}).bodyMode(req, []byte(tc.body)); got != tc.want {
			t.Errorf("bodyMode(%q, %q, %q) = %q, want %q", tc.ct, tc.body, tc.mode, got, tc.want)
		}
	}
	// no injected clock or randomness: the real ones
	if (Env{}).now().IsZero() {
		t.Error("zero clock")
	}
	if s, err := randomString((Env{}).rand(), "ab", 16); err != nil || len(s) != 16 {
		t.Errorf("randomString = %q, %v", s, err)
	}
	if u, _ := uuidV4(byteReader(0xff)); u != "ffffffff-ffff-4fff-bfff-ffffffffffff" {
		t.Errorf("uuid = %s", u)
	}
	// bad input does not panic
	if err := Sign(nil, nil, "basic", nil, Env{}); err == nil {
		t.Error("nil request accepted")
	}
	if ok, err := Retry(nil, nil, "digest", nil, nil, Env{}); ok || err != nil {
		t.Error("Retry on nil")
	}
	Observe("digest", nil, nil)
	req := &http.Request{Method: "GET", URL: newReq(t, "GET", "http://h/", "").URL}
	for _, typ := range []string{"basic", "bearer", "apikey", "oauth2", "digest", "oauth1", "hawk", "awsv4", "ntlm", "edgegrid", "asap", "jwt"} {
		_ = Sign(req, nil, typ, nil, Env{})
	}
}
