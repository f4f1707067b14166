package collections

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// The expectations below are what Newman 6.2.2 (postman-collection 4.4.0,
// postman-runtime 7.39.1) sends for each shape, as recorded in
// testdata/newman/lenient-*.expected.json; they are written here by hand.

// request decodes one item's request.
func request(t *testing.T, req string) *Request {
	t.Helper()
	c := mustDecode(t, wrap(`{"name":"r","request":`+req+`}`))
	return c.Items[0].Request
}

func formString(ps []FormParam) string {
	var parts []string
	for _, p := range ps {
		values := []string{p.Value}
		if _, isArr := typedValue(p.JSON).([]any); isArr && p.Type == "" {
			values = p.URLEncodedValues() // a url-encoded list: one field per value on the wire
		}
		for _, v := range values {
			s := p.Key + "=" + v
			if p.Disabled {
				s = "!" + s
			}
			if p.Type != "" {
				s += ":" + p.Type
			}
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "&")
}

func TestLenientBodies(t *testing.T) {
	tests := []struct {
		name, body string
		mode       string
		want       string // raw text, or the fields as k=v&… for urlencoded/formdata
		disabled   bool
		noBody     bool // no RequestBody at all
	}{
		{name: "mode in upper case", body: `{"mode":"URLENCODED","urlencoded":[{"key":"a","value":"1"}]}`, mode: "urlencoded", want: "a=1"},
		{name: "mode in mixed case", body: `{"mode":"Raw","raw":"x"}`, mode: "raw", want: "x"},
		{name: "unknown mode is raw", body: `{"mode":"binary","raw":"text"}`, mode: "raw", want: "text"},
		{name: "unknown mode, urlencoded only", body: `{"mode":"other","urlencoded":[{"key":"a","value":"1"}]}`, mode: "raw", want: ""},
		{name: "number mode", body: `{"mode":5,"raw":"five"}`, mode: "raw", want: "five"},
		{name: "empty mode sends nothing", body: `{"mode":"","raw":"x"}`, mode: ""},
		{name: "no mode sends nothing", body: `{"raw":"x"}`, mode: ""},
		{name: "null body is a body without a mode", body: `null`, mode: ""},
		{name: "no body", body: ``, noBody: true},
		{name: "string body is raw", body: `"hello"`, mode: "raw", want: "hello"},
		{name: "empty string body", body: `""`, mode: ""},
		{name: "number body", body: `5`, mode: ""},
		{name: "array body", body: `["x"]`, mode: ""},
		{name: "disabled by a string", body: `{"mode":"raw","raw":"x","disabled":"false"}`, mode: "raw", want: "x", disabled: true},
		{name: "enabled by 0", body: `{"mode":"raw","raw":"x","disabled":0}`, mode: "raw", want: "x"},
		{name: "raw object as JSON in document order", body: `{"mode":"raw","raw":{"b":1,"a":"<&>","10":null,"2":[1.50,"\u00e9\n"]}}`, mode: "raw",
			want: `{"2":[1.5,"é\n"],"10":null,"b":1,"a":"<&>"}`},
		{name: "empty raw object", body: `{"mode":"raw","raw":{}}`, mode: "raw", want: ""},
		{name: "raw number", body: `{"mode":"raw","raw":42}`, mode: "raw", want: ""},
		{name: "raw true", body: `{"mode":"raw","raw":true}`, mode: "raw", want: ""},
		{name: "raw empty array", body: `{"mode":"raw","raw":[]}`, mode: "raw", want: ""},
		{name: "urlencoded string", body: `{"mode":"urlencoded","urlencoded":"a=1&b=two&c&d=x=y&&"}`, mode: "urlencoded", want: "a=1&b=two&c=&d=x=y&null=&="},
		{name: "urlencoded strings", body: `{"mode":"urlencoded","urlencoded":["a=1","flag",""]}`, mode: "urlencoded", want: "a=1&flag=&="},
		{name: "urlencoded single object", body: `{"mode":"urlencoded","urlencoded":{"key":"solo","value":"one"}}`, mode: "urlencoded", want: "solo=one"},
		{name: "urlencoded object without key", body: `{"mode":"urlencoded","urlencoded":{"a":"1"}}`, mode: "urlencoded", want: "undefined="},
		{name: "urlencoded values", body: `{"mode":"urlencoded","urlencoded":[{"key":"n","value":5},{"key":"t","value":true},{"key":"z","value":null},{"key":"o","value":{"x":1}},{"key":"k"},{"key":null,"value":"v"},{"key":"arr","value":[1,"x",null]}]}`,
			mode: "urlencoded", want: "n=5&t=true&z=&o=&k=&null=v&arr=1&arr=x&arr="},
		{name: "urlencoded disabled", body: `{"mode":"urlencoded","urlencoded":[{"key":"a","value":"1","disabled":"false"},{"key":"b","value":"2","disabled":0}]}`, mode: "urlencoded", want: "!a=1&b=2"},
		{name: "urlencoded number", body: `{"mode":"urlencoded","urlencoded":5}`, mode: "urlencoded", want: "undefined="},
		{name: "formdata single object", body: `{"mode":"formdata","formdata":{"key":"solo","value":"one"}}`, mode: "formdata", want: "solo=one"},
		{name: "formdata string", body: `{"mode":"formdata","formdata":"a=1"}`, mode: "formdata", want: ""},
		{name: "formdata strings", body: `{"mode":"formdata","formdata":["a=1"]}`, mode: "formdata", want: "="},
		{name: "formdata values", body: `{"mode":"formdata","formdata":[{"key":"n","value":5},{"key":"o","value":{"y":1,"x":[2]}},{"key":"z","value":null},{"key":"f","value":0},{"key":0,"value":"v"},{"key":"b","value":false}]}`,
			mode: "formdata", want: `n=5&o={"y":1,"x":[2]}&z=&f=&=v&b=`},
		{name: "formdata file", body: `{"mode":"formdata","formdata":[{"key":"f","type":"file","src":"a.txt","value":{"x":1}}]}`, mode: "formdata", want: "f=:file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := `{"method":"POST","url":"http://x"`
			if tt.body != "" {
				req += `,"body":` + tt.body
			}
			b := request(t, req+`}`).Body
			if tt.noBody {
				if b != nil {
					t.Fatalf("body = %+v, want none", b)
				}
				return
			}
			if b == nil {
				t.Fatal("no body")
			}
			got := b.Raw
			switch b.Mode {
			case "urlencoded":
				got = formString(b.URLEncoded)
			case "formdata":
				got = formString(b.FormData)
			}
			if b.Mode != tt.mode || got != tt.want || b.Disabled != tt.disabled {
				t.Errorf("body = mode %q %q disabled %v, want mode %q %q disabled %v", b.Mode, got, b.Disabled, tt.mode, tt.want, tt.disabled)
			}
		})
	}
}

func TestLenientFileAndGraphQLBodies(t *testing.T) {
	b := request(t, `{"url":"x","body":{"mode":"file","file":"files/a.txt"}}`).Body
	if b.Mode != "file" || b.File == nil || b.File.Src != "files/a.txt" {
		t.Errorf("file string: %+v", b)
	}
	b = request(t, `{"url":"x","body":{"mode":"file","file":5}}`).Body
	if b.File == nil || b.File.Src != "" || b.File.Content != "" {
		t.Errorf("file number: %+v", b.File)
	}
	b = request(t, `{"url":"x","body":{"mode":"GraphQL","graphql":{"query":"q","variables":{"b":1,"a":{"c":true}}}}}`).Body
	if b.Mode != "graphql" || b.GraphQL.Query != "q" || b.GraphQL.Variables != `{"b":1,"a":{"c":true}}` {
		t.Errorf("graphql: %+v", b.GraphQL)
	}
	b = request(t, `{"url":"x","body":{"mode":"graphql","graphql":{"query":"q","variables":null}}}`).Body
	if b.GraphQL.Variables != "null" {
		t.Errorf("graphql null variables = %q", b.GraphQL.Variables)
	}
	b = request(t, `{"url":"x","body":{"mode":"raw","raw":"{}","options":"json"}}`).Body
	if b.Options != nil || b.Language != "" {
		t.Errorf("options string: %+v", b)
	}
}

func headerString(hs []Header) string {
	var parts []string
	for _, h := range hs {
		s := h.Key + ": " + h.Value
		if h.Disabled {
			s = "!" + s
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | ")
}

func TestLenientHeaders(t *testing.T) {
	tests := []struct{ name, header, want string }{
		{"block", `"X-A: 1\nX-B:two\r\nX-C:  three  \nnot a header\nX-Colon: a:b:c\n X-Lead: space"`, "X-A: 1 | X-B: two | X-C: three | X-Colon: a:b:c"},
		{"commented line keeps its slashes", `"X-On: 1\n//X-Off: 2\n// X-Sp: 3"`, "X-On: 1 | //X-Off: 2"},
		{"folded line is lost", `"X-Fold: one\r\n two\r\nX-After: 3"`, "X-Fold: one | X-After: 3"},
		{"key up to the run's last colon", `"X:a:b\nY: 1"`, "X:a: b | Y: 1"},
		{"array of strings", `["X-A: 1","X-B:2","X-NoColon"," X-Sp : v "]`, "X-A: 1 | X-B: 2 | X-NoColon:  | X-Sp: v"},
		{"object of members in document order", `{"X-B":"two","X-A":"1","X-N":5}`, "X-B: two | X-A: 1 | : "},
		{"single header object is two members", `{"key":"X-Solo","value":"one"}`, "key: X-Solo | value: one"},
		{"values as String() writes them", `[{"key":"N","value":5},{"key":"B","value":true},{"key":"Z","value":null},{"key":"O","value":{"a":1}},{"key":"E"}]`,
			"N: 5 | B: true | Z: null | O: [object Object] | E: "},
		{"keys", `[{"key":"","value":"e"},{"value":"none"},{"key":5,"value":"n"}]`, ": e | : none | 5: n"},
		{"disabled", `[{"key":"A","value":"1","disabled":"false"},{"key":"B","value":"2","disabled":1},{"key":"C","value":"3","disabled":0},{"key":"D","value":"4","disabled":null}]`,
			"!A: 1 | !B: 2 | C: 3 | D: 4"},
		{"members that are not headers", `[null,5,{"key":"A","value":"1"}]`, ": " + " | A: 1"},
		{"empty string", `""`, ""},
		{"number", `5`, ": "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headerString(request(t, `{"url":"x","header":`+tt.header+`}`).Headers); got != tt.want {
				t.Errorf("headers = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLenientEvents(t *testing.T) {
	c := mustDecode(t, wrap(`{"name":"r","request":"x","event":[
		{"listen":"test","script":"a();\nb();"},
		{"listen":"test","script":["c();","d();"]},
		{"listen":"test","script":{"exec":["e();",5,null,true,[1,2],"f();"]}},
		{"listen":"test","script":{"src":"http://x/s.js","exec":["never();"]}},
		{"listen":"test","script":{"exec":{"a":1}}},
		{"listen":"test","script":5},
		{"listen":"test","script":null},
		{"listen":"test"},
		null, "x",
		{"listen":5,"script":"g();"},
		{"listen":"test","disabled":"false","script":"h();"}
	]}`))
	var got []string
	for _, ev := range c.Items[0].Events {
		s := fmt.Sprintf("%s:%q", ev.Listen, ev.Script.Exec)
		if ev.Disabled {
			s = "!" + s
		}
		got = append(got, s)
	}
	want := []string{`test:"a();\nb();"`, `test:"c();\nd();"`, `test:"e();\n5\n\ntrue\n1,2\nf();"`, `test:""`, `test:""`, `:"g();"`, `!test:"h();"`}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("events = %v\nwant %v", got, want)
	}
	// a single event object is a list of one
	c = mustDecode(t, wrap(`{"name":"r","request":"x","event":{"listen":"test","script":"x();"}}`))
	if len(c.Items[0].Events) != 1 || c.Items[0].Events[0].Script.Exec != "x();" {
		t.Errorf("single event = %+v", c.Items[0].Events)
	}
}

func TestLenientAuth(t *testing.T) {
	tests := []struct{ name, auth, want string }{
		{"unknown type kept", `{"type":"custom","custom":[{"key":"a","value":"b"}]}`, "custom a=b"},
		{"upper case type is another type", `{"type":"Basic","Basic":[{"key":"username","value":"u"}]}`, "Basic username=u"},
		{"no type inherits", `{"basic":[{"key":"username","value":"u"}]}`, "<nil>"},
		{"null type inherits", `{"type":null}`, "<nil>"},
		{"number type inherits", `{"type":5}`, "<nil>"},
		{`"type" inherits`, `{"type":"type"}`, "<nil>"},
		{"string inherits", `"basic"`, "<nil>"},
		{"odd parameters skipped, later keys replace earlier ones", `{"type":"bearer","bearer":[null,"x",{"value":"nokey"},{"key":"token","value":"t1"},{"key":"token","value":"t2"}]}`, "bearer token=t2"},
		{"parameters as a string", `{"type":"bearer","bearer":"tok"}`, "bearer"},
		{"values cast to their type", `{"type":"basic","basic":[{"key":"username","value":5,"type":"string"},{"key":"password","value":"false","type":"boolean"},{"key":"n","value":"12","type":"Number"},{"key":"x","value":"abc","type":"number"}]}`,
			"basic username=5 password=true n=12 x=NaN"},
		{"v2.0 object in document order", `{"type":"basic","basic":{"username":"u","password":"p"}}`, "basic username=u password=p"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := request(t, `{"url":"x","auth":`+tt.auth+`}`).Auth
			got := "<nil>"
			if a != nil {
				parts := []string{a.Type}
				for _, p := range a.Params {
					parts = append(parts, p.Key+"="+a.Get(p.Key))
				}
				got = strings.Join(parts, " ")
			}
			if got != tt.want {
				t.Errorf("auth = %q, want %q", got, tt.want)
			}
		})
	}
	if !KnownAuthType("digest") || KnownAuthType("Digest") || KnownAuthType("") {
		t.Error("KnownAuthType")
	}
}

func TestLenientVariables(t *testing.T) {
	c := mustDecode(t, `{"info":{"name":"C"},"item":[{"request":{"url":{"host":["h"],"path":[":a",":b"],"variable":[{"id":"a","value":"1"},{"key":"b","value":"2"}]}}}],
		"variable":[{"key":"plain","value":"p"},{"id":"id-only","value":"i"},{"key":"","value":"e"},{"key":5,"value":"n"},null,"s",7,
			{"key":"num","value":"7","type":"number"},{"key":"str","value":8,"type":"String"},{"key":"bool","value":"false","type":"boolean"},
			{"key":"d1","value":"x","disabled":"false"},{"key":"d0","value":"x","disabled":0}]}`)
	var got []string
	for _, v := range c.Variables {
		s := fmt.Sprintf("%s=%#v", v.Key, v.Value)
		if v.Disabled {
			s = "!" + s
		}
		got = append(got, s)
	}
	want := `plain="p" 5="n" num=7 str="8" bool=true !d1="x" d0="x"`
	if strings.Join(got, " ") != want {
		t.Errorf("variables = %s\nwant        %s", strings.Join(got, " "), want)
	}
	// path variables take the id for a missing key
	vs := c.Items[0].Request.URL.Variables
	if len(vs) != 2 || vs[0].Key != "a" || vs[1].Key != "b" {
		t.Errorf("path variables = %+v", vs)
	}
	// a single object is a list of one
	c = mustDecode(t, `{"info":{"name":"C"},"item":[],"variable":{"key":"one","value":"1"}}`)
	if len(c.Variables) != 1 || c.Variables[0].Key != "one" {
		t.Errorf("single variable = %+v", c.Variables)
	}
}

func TestLenientItemsAndRequests(t *testing.T) {
	c := mustDecode(t, `{"info":"x","item":[
		{"name":"n1","request":5},
		{"name":"n2","request":{"method":["put"],"url":5}},
		{"name":"n3","request":{"method":"","url":"http://x"}},
		{"name":"n4","request":{"method":{},"url":"http://x"}},
		{"name":"folder","item":["x",7,true,[1],{"name":"inner","request":"http://x/i"}]},
		{"name":"string folder","item":"abc"},
		{"name":"n5","info":"x","request":"http://x"},
		{"name":{"a":1},"id":42,"request":"http://x"}
	]}`)
	if c.Info.Name != "" {
		t.Errorf("a string info has no name: %q", c.Info.Name)
	}
	type want struct {
		name, method, url string
		folder            bool
		children          int
	}
	wants := []want{{"n1", "GET", "", false, 0}, {"n2", "PUT", "", false, 0}, {"n3", "", "http://x", false, 0}, {"n4", "[OBJECT OBJECT]", "http://x", false, 0},
		{"folder", "", "", true, 5}, {"string folder", "", "", true, 1}, {"", "GET", "http://x", false, 0}, {"[object Object]", "GET", "http://x", false, 0}}
	if len(c.Items) != len(wants) {
		t.Fatalf("%d items", len(c.Items))
	}
	for i, w := range wants {
		it := c.Items[i]
		got := want{name: it.Name, folder: it.Folder, children: len(it.Items)}
		if it.Request != nil {
			got.method, got.url = it.Request.Method, it.Request.URL.String()
		}
		if got != w {
			t.Errorf("item %d = %+v, want %+v", i, got, w)
		}
	}
	if c.Items[7].ID != "42" {
		t.Errorf("number id = %q", c.Items[7].ID)
	}
	for i, it := range c.Items[4].Items[:4] {
		if it.Name != "" || it.Request == nil || it.Request.Method != "GET" || it.Request.URL.String() != "" {
			t.Errorf("folder member %d = %+v", i, it)
		}
	}
}

func TestLenientURLObjects(t *testing.T) {
	tests := []struct{ name, url, want string }{
		{"query object", `{"host":"h","query":{"b":"2","a":"1","n":5}}`, "h?b=2&a=1&n"},
		{"query string", `{"host":"h","query":"a=1&b"}`, "h?a=1&b"},
		{"query members", `{"host":"h","query":[{"key":"a","value":5},{"key":6,"value":"b"},{"key":"n","value":null},"c=3",null,7,{"key":"d","value":"4","disabled":"yes"}]}`, "h?a&=b&n&c=3&"},
		{"port number", `{"host":"h","port":8080}`, "h:8080"},
		{"hash number is not written", `{"host":"h","path":"p","hash":5}`, "h/p"},
		{"odd path segments", `{"host":["h"],"path":["a",7,true,null,"b"]}`, "h/a/7/true//b"},
		{"auth that is not an object", `{"host":"h","auth":"u:p"}`, "h"},
		{"auth with a number user", `{"host":"h","auth":{"user":5,"password":"p"}}`, ":p@h"},
		{"number url", `5`, ""},
		{"array url", `["http://x"]`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := request(t, `{"url":`+tt.url+`}`).URL.String(); got != tt.want {
				t.Errorf("url = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestJSONStringify(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"b":1,"a":2,"1":3,"0":4,"b":5}`, `{"0":4,"1":3,"b":5,"a":2}`},
		{`["\u0001\b\f\n\r\t\"\\/<>&\u2028é"]`, `["\u0001\b\f\n\r\t\"\\/<>&` + "\u2028" + `é"]`},
		{`[1.0, -0, 1e21, 1e-7, 0.1, 123456789012345678901234, 1e400]`, `[1,0,1e+21,1e-7,0.1,1.2345678901234569e+23,null]`},
		{`{"a":null,"b":true,"c":{}}`, `{"a":null,"b":true,"c":{}}`},
	}
	for _, tt := range tests {
		v, err := parseOrdered([]byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := jsonStringify(v); got != tt.want {
			t.Errorf("jsonStringify(%s) = %s, want %s", tt.in, got, tt.want)
		}
		if !json.Valid([]byte(jsonStringify(v))) {
			t.Errorf("not JSON: %s", jsonStringify(v))
		}
	}
}
