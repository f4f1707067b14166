package reporters

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/courier-run/courier/events"
)

// The executed request's body, description and headers as Newman 6.2.2's
// json report writes them; the wanted strings are copied from its reports
// of the integ-typed and integ-protocol differential collections
// (testdata/newman), key order included.
func TestJSONReportRequestShape(t *testing.T) {
	id := func(v string) string { return v }
	hide := func(v string) string { return strings.ReplaceAll(v, "s3cret", "********") }
	tests := []struct {
		name string
		req  events.Request
		desc json.RawMessage // the definition's description, as the SDK writes it
		mask func(string) string
		want string
	}{
		{"empty form-data list and empty description",
			events.Request{Method: "POST", Spec: &events.RequestSpec{Body: &events.BodySpec{Mode: "formdata"}}},
			json.RawMessage(`{"content":"","type":"text/plain"}`), id,
			`{"description":{"content":"","type":"text/plain"},"url":{"query":[],"variable":[]},"header":[],"method":"POST","body":{"mode":"formdata","formdata":[]}}`},
		{"empty url-encoded list",
			events.Request{Method: "POST", Spec: &events.RequestSpec{Body: &events.BodySpec{Mode: "urlencoded"}}}, nil, id,
			`{"url":{"query":[],"variable":[]},"header":[],"method":"POST","body":{"mode":"urlencoded","urlencoded":[]}}`},
		{"a body without a mode",
			events.Request{Method: "POST", Spec: &events.RequestSpec{Body: &events.BodySpec{Disabled: true}}}, nil, id,
			`{"url":{"query":[],"variable":[]},"header":[],"method":"POST","body":{}}`},
		{"description resolved, type kept, null content",
			events.Request{Method: "GET", Spec: &events.RequestSpec{Description: "about V"}},
			json.RawMessage(`{"content":"about {{v}}","type":"text/markdown"}`), id,
			`{"description":{"content":"about V","type":"text/markdown"},"url":{"query":[],"variable":[]},"header":[],"method":"GET"}`},
		{"a description without content or type",
			events.Request{Method: "GET", Spec: &events.RequestSpec{}}, json.RawMessage(`{}`), id,
			`{"description":{"type":"text/plain"},"url":{"query":[],"variable":[]},"header":[],"method":"GET"}`},
		{"typed values, masked",
			events.Request{Method: "POST", Headers: []events.Header{{Key: "Obj", Value: "[object Object]", JSON: json.RawMessage(`{"z":"s3cret","a":1}`)},
				{Key: "Nul", Value: "null", JSON: json.RawMessage(`null`)}, {Key: "X", Value: ""}},
				Spec: &events.RequestSpec{Body: &events.BodySpec{Mode: "urlencoded", Fields: []events.SpecField{
					{Key: "n", Value: "5", JSON: json.RawMessage(`5`)}, {Key: "arr", JSON: json.RawMessage(`["x",null]`)},
					{Key: "missing", NoValue: true}, {Key: "empty"},
					{Key: "oauth_nonce", Value: "ik3oT5", System: true}}}}}, nil, hide,
			`{"url":{"query":[],"variable":[]},"header":[{"key":"Obj","value":{"z":"********","a":1}},{"key":"Nul","value":null},{"key":"X","value":""}],"method":"POST","body":{"mode":"urlencoded","urlencoded":[{"key":"n","value":5},{"key":"arr","value":["x",null]},{"key":"missing"},{"key":"empty","value":""},{"key":"oauth_nonce","value":"ik3oT5","system":true}]}}`},
		{"typed raw body; a file field's value dropped",
			events.Request{Method: "POST", Spec: &events.RequestSpec{Body: &events.BodySpec{Mode: "raw", RawJSON: json.RawMessage(`{"b":1,"a":[]}`)}}}, nil, id,
			`{"url":{"query":[],"variable":[]},"header":[],"method":"POST","body":{"mode":"raw","raw":{"b":1,"a":[]}}}`},
		{"form-data values",
			events.Request{Method: "POST", Spec: &events.RequestSpec{Body: &events.BodySpec{Mode: "formdata", Fields: []events.SpecField{
				{Key: "t", Value: "true", JSON: json.RawMessage(`true`)}, {Key: "e"}, {Key: "f", Type: "file", Src: []string{"a.txt"}}}}}}, nil, id,
			`{"url":{"query":[],"variable":[]},"header":[],"method":"POST","body":{"mode":"formdata","formdata":[{"key":"t","value":true},{"key":"e","value":""},{"key":"f","type":"file","src":"a.txt"}]}}`},
		// lenient-bodies
		{"an unknown mode's url-encoded fields; a field without a key",
			events.Request{Method: "POST", Spec: &events.RequestSpec{Body: &events.BodySpec{Mode: "raw",
				URLEncoded: []events.SpecField{{Key: "a", Value: "1"}, {Key: "undefined", NoKey: true, NoValue: true}}}}}, nil, id,
			`{"url":{"query":[],"variable":[]},"header":[],"method":"POST","body":{"mode":"raw","raw":"","urlencoded":[{"key":"a","value":"1"},{}]}}`},
		// misc-graphql, misc-proxy
		{"graphql without an object: {}",
			events.Request{Method: "POST", Spec: &events.RequestSpec{Body: &events.BodySpec{Mode: "graphql", GraphQL: &events.GraphQLSpec{NoQuery: true}}}}, nil, id,
			`{"url":{"query":[],"variable":[]},"header":[],"method":"POST","body":{"mode":"graphql","graphql":{}}}`},
		{"graphql query not a string, empty variables; a falsy proxy and certificate as given",
			events.Request{Method: "POST", Spec: &events.RequestSpec{FalsyProxy: json.RawMessage(`false`), FalsyCertificate: json.RawMessage(`null`),
				Body: &events.BodySpec{Mode: "graphql", GraphQL: &events.GraphQLSpec{NoQuery: true, QueryJSON: json.RawMessage(`5`), HasVariables: true}}}}, nil, id,
			`{"url":{"query":[],"variable":[]},"header":[],"method":"POST","body":{"mode":"graphql","graphql":{"query":5,"variables":""}},"proxy":false,"certificate":null}`},
		// auth-retry, lenient-v1-auth
		{"auth parameters stored by the runtime and without a value",
			events.Request{Method: "GET", Spec: &events.RequestSpec{Auth: &events.AuthSpec{Type: "ntlm", Params: []events.AuthParam{
				{Key: "username", Value: "user", Type: "string"}, {Key: "password", NoValue: true},
				{Key: "state", Value: "INITIALIZED", Type: "any", System: true}, {Key: "ntlmHeader", Type: "any", NoValue: true, System: true}}}}}, nil, id,
			`{"url":{"query":[],"variable":[]},"header":[],"method":"GET","auth":{"type":"ntlm","ntlm":[{"type":"string","value":"user","key":"username"},{"type":"any","key":"password"},{"type":"any","value":"INITIALIZED","key":"state","system":true},{"type":"any","key":"ntlmHeader","system":true}]}}`},
	}
	for _, tt := range tests {
		r := tt.req
		r.Headers = append([]events.Header(nil), r.Headers...)
		r.Parts, r.URL = &events.URL{}, "http://x/" // a URL (one without lists no headers)
		b, err := json.Marshal(toJSONRequest(&r, &defDescriptions{request: tt.desc}, tt.mask, func(_, v string) string { return tt.mask(v) }))
		if err != nil || string(b) != tt.want {
			t.Errorf("%s:\n got %s %v\nwant %s", tt.name, b, err, tt.want)
		}
	}
}

// Environment and globals variables as postman-collection's Variable#toJSON
// writes them (Newman 6.2.2's report of integ-vars).
func TestJSONReportScopeVariables(t *testing.T) {
	var buf strings.Builder
	info := RunInfo{Environment: Scope{ID: "e", Values: []ScopeVariable{{Key: "off", Value: "1", Disabled: true}, {Key: "k", Value: "v", Type: "string"}}},
		Globals: Scope{ID: "g", Values: []ScopeVariable{{Key: "g", Value: "1", Name: "g", System: true, ID: "i",
			Description: &Description{Content: "d", Type: "text/plain"}, Meta: map[string]any{"x": 1}}}}}
	if err := WriteJSON(&buf, &events.Summary{}, info, JSONOptions{}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Environment, Globals struct{ Values json.RawMessage }
	}
	if err := json.Unmarshal([]byte(buf.String()), &doc); err != nil {
		t.Fatal(err)
	}
	compact := func(b json.RawMessage) string {
		var out bytes.Buffer
		_ = json.Compact(&out, b)
		return out.String()
	}
	if got, want := compact(doc.Environment.Values), `[{"disabled":true,"type":"any","value":"1","key":"off"},{"type":"string","value":"v","key":"k"}]`; got != want {
		t.Errorf("environment values\n got %s\nwant %s", got, want)
	}
	if got, want := compact(doc.Globals.Values), `[{"_":{"x":1},"id":"i","name":"g","description":{"content":"d","type":"text/plain"},"type":"any","value":"1","key":"g","system":true}]`; got != want {
		t.Errorf("globals values\n got %s\nwant %s", got, want)
	}
}

// What the SDK keeps of a definition as given: a header key that is not a
// string, "disabled" of any value (headers, fields, the body), and no header
// list at all for a request whose URL is empty (Newman 6.2.2's reports of
// lenient-headers, lenient-bodies and lenient-misc).
func TestJSONReportDefinitionAsGiven(t *testing.T) {
	id := func(v string) string { return v }
	r := events.Request{Method: "POST", Parts: &events.URL{},
		Headers: []events.Header{{Key: "5", Value: "n"}, {Key: "X-D", Value: "1", Disabled: true}, {Key: "X-Z", Value: "2"}},
		Spec: &events.RequestSpec{Headers: []events.SpecField{{Key: "5", Value: "n"}, {Key: "X-D", Value: "1", Disabled: true}, {Key: "X-Z", Value: "2"}},
			Body: &events.BodySpec{Mode: "urlencoded", Disabled: true, Fields: []events.SpecField{{Key: "a", Value: "1"}}}}}
	def := &defDescriptions{headers: make([]json.RawMessage, 3),
		headerKeys:     []json.RawMessage{json.RawMessage(`5`), json.RawMessage(`"X-D"`), json.RawMessage(`"X-Z"`)},
		headerDisabled: []json.RawMessage{nil, json.RawMessage(`"false"`), json.RawMessage(`0`)},
		fields:         make([]json.RawMessage, 1), fieldDisabled: []json.RawMessage{json.RawMessage(`false`)},
		bodyDisabled: json.RawMessage(`"false"`)}
	b, err := json.Marshal(toJSONRequest(&r, def, id, func(_, v string) string { return v }))
	want := `{"url":{"query":[],"variable":[]},"header":[{"key":5,"value":"n"},{"disabled":"false","key":"X-D","value":"1"},{"disabled":0,"key":"X-Z","value":"2"}],"method":"POST","body":{"mode":"urlencoded","urlencoded":[{"disabled":false,"key":"a","value":"1"}],"disabled":"false"}}`
	if err != nil || string(b) != want {
		t.Errorf("got  %s %v\nwant %s", b, err, want)
	}
	empty := events.Request{Method: "GET"}
	b, _ = json.Marshal(toJSONRequest(&empty, nil, id, func(_, v string) string { return v }))
	if want := `{"url":{"query":[],"variable":[]},"method":"GET"}`; string(b) != want {
		t.Errorf("empty URL: got %s, want %s", b, want)
	}
}
