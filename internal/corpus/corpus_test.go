package corpus

import (
	"bufio"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

const exampleCollection = `{
 "info": {"name": "c", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
 "item": [
  {"name": "folder", "item": [
   {"name": "get user", "request": {"method": "GET", "url": "{{base}}/users/:id"},
    "response": [
     {"name": "missing", "code": 404, "header": [{"key": "Content-Type", "value": "text/plain"}], "body": "no"},
     {"name": "found", "code": 200, "header": [{"key": "Content-Type", "value": "application/json"}, {"key": "Content-Length", "value": "999"}, {"key": "X-A", "value": "1"}], "body": "{\"id\":1}"}
    ]}
  ]},
  {"name": "list", "request": {"method": "GET", "url": {"raw": "https://api.example.com/v1/users?page=2", "host": ["api","example","com"], "path": ["v1","users"]}},
   "response": [
    {"name": "page 1", "originalRequest": {"method": "GET", "url": {"raw": "https://api.example.com/v1/users?page=1"}}, "code": 200, "body": "[1]"},
    {"name": "page 2", "originalRequest": {"method": "GET", "url": {"raw": "https://api.example.com/v1/users?page=2"}}, "code": 200, "body": "[2]"}
   ]},
  {"name": "create", "request": {"method": "POST", "url": "{{base}}/users"}, "response": [{"name": "created", "code": 201, "body": "{}"}]}
 ]
}`

func TestMatch(t *testing.T) {
	ex, err := LoadExamples([]byte(exampleCollection))
	if err != nil {
		t.Fatal(err)
	}
	if ex.Len() != 5 {
		t.Fatalf("examples: got %d, want 5", ex.Len())
	}
	tests := []struct {
		method, host, path, query string
		want                      string // example name, "" for none
	}{
		{"GET", "h.test", "/users/7", "", "found"},                  // 2xx preferred over 404 on the same template
		{"GET", "h.test", "/api/v2/users/7", "", "found"},           // a variable base URL may carry a path prefix
		{"POST", "h.test", "/users/7", "", ""},                      // method must match
		{"POST", "h.test", "/users", "", "created"},                 // whole path
		{"GET", "api.example.com", "/v1/users", "page=2", "page 2"}, // query decides between equals
		{"GET", "api.example.com", "/v1/users", "page=1", "page 1"},
		{"GET", "other.example.com", "/v1/users", "page=1", ""}, // a literal host must match
		{"GET", "h.test", "/", "", ""},
	}
	for _, tt := range tests {
		q, _ := url.ParseQuery(tt.query)
		got := ex.Match(tt.method, tt.host, splitPath(tt.path), q)
		name := ""
		if got != nil {
			name = got.Name
		}
		if name != tt.want {
			t.Errorf("Match(%s %s%s?%s) = %q, want %q", tt.method, tt.host, tt.path, tt.query, name, tt.want)
		}
	}
}

func TestSplitTemplate(t *testing.T) {
	tests := []struct {
		raw, host string
		path      []string
	}{
		{"{{base}}/a/b?x=1", "{{base}}", []string{"a", "b"}},
		{"{{host}}:{{port}}/a", "{{host}}:{{port}}", []string{"a"}},
		{"https://x.com:8080/a/:id", "x.com:8080", []string{"a", ":id"}},
		{"localhost:3000", "localhost:3000", nil},
		{"{{url}}", "{{url}}", nil},
	}
	for _, tt := range tests {
		h, p, _ := splitTemplate(tt.raw)
		if h != tt.host || fmt.Sprint(p) != fmt.Sprint(tt.path) {
			t.Errorf("splitTemplate(%q) = %q %q, want %q %q", tt.raw, h, p, tt.host, tt.path)
		}
	}
}

// startStandin serves a stand-in on loopback and returns its address.
func startStandin(t *testing.T, doc string) (*Standin, string) {
	t.Helper()
	ex, _ := LoadExamples([]byte(doc))
	st, err := NewStandin(ex)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = st.Serve(ln) }()
	t.Cleanup(func() { st.Close() })
	return st, ln.Addr().String()
}

func proxyClient(addr string) *http.Client {
	pu, _ := url.Parse("http://" + addr)
	return &http.Client{
		Transport: &http.Transport{Proxy: http.ProxyURL(pu), TLSClientConfig: &tls.Config{InsecureSkipVerify: true}},
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

func TestStandinAnswers(t *testing.T) {
	st, addr := startStandin(t, exampleCollection)
	c := proxyClient(addr)
	get := func(method, u, body string, hdr map[string]string) (*http.Response, string) {
		t.Helper()
		req, _ := http.NewRequest(method, u, strings.NewReader(body))
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", method, u, err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}

	// an example, over TLS through CONNECT
	resp, body := get("GET", "https://base.test/users/3", "", nil)
	if resp.StatusCode != 200 || body != `{"id":1}` || resp.Header.Get("X-A") != "1" || resp.Header.Get("Date") != FixedDate {
		t.Errorf("example: %d %q %v", resp.StatusCode, body, resp.Header)
	}
	if resp.ContentLength != int64(len(body)) {
		t.Errorf("the example's Content-Length must be recomputed: %d", resp.ContentLength)
	}

	// an echo over plain HTTP, deterministic for equal requests
	hdr := map[string]string{"Content-Type": "application/json", "Postman-Token": "random-1"}
	_, e1 := get("POST", "http://api.test/things?a=1&a=2&b=x", `{"k":[1,2]}`, hdr)
	hdr["Postman-Token"] = "random-2"
	_, e2 := get("POST", "http://api.test/things?a=1&a=2&b=x", `{"k":[1,2]}`, hdr)
	if e1 != e2 {
		t.Errorf("equal requests got different echoes:\n%s\n%s", e1, e2)
	}
	var echoed struct {
		Args    map[string]any    `json:"args"`
		JSON    map[string]any    `json:"json"`
		Headers map[string]string `json:"headers"`
		URL     string            `json:"url"`
	}
	if err := json.Unmarshal([]byte(e1), &echoed); err != nil {
		t.Fatalf("echo is not JSON: %v\n%s", err, e1)
	}
	if fmt.Sprint(echoed.Args["a"]) != "[1 2]" || echoed.Args["b"] != "x" || fmt.Sprint(echoed.JSON["k"]) != "[1 2]" ||
		echoed.Headers["host"] != "api.test" || echoed.Headers["postman-token"] != "<postman-token>" || echoed.URL != "http://api.test/things?a=1&a=2&b=x" {
		t.Errorf("echo: %+v", echoed)
	}

	// postman-echo endpoints on their host only
	if resp, _ := get("GET", "https://postman-echo.com/status/418", "", nil); resp.StatusCode != 418 {
		t.Errorf("status endpoint: %d", resp.StatusCode)
	}
	if resp, _ := get("GET", "https://api.test/status/418", "", nil); resp.StatusCode != 200 {
		t.Errorf("/status/ on another host must echo: %d", resp.StatusCode)
	}
	if resp, _ := get("GET", "https://postman-echo.com/basic-auth", "", map[string]string{"Authorization": "Basic cG9zdG1hbjpwYXNzd29yZA=="}); resp.StatusCode != 200 {
		t.Errorf("basic-auth: %d", resp.StatusCode)
	}

	log := st.Log()
	if len(log) != 6 || log[0].Source != "example: get user / found" || log[1].Source != "echo" || log[3].Source != "status" {
		t.Errorf("log: %+v", log)
	}
}

// A request in absolute form over a raw connection, as Node's client sends
// it to a plain HTTP proxy.
func TestStandinAbsoluteForm(t *testing.T) {
	_, addr := startStandin(t, `{}`)
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprint(conn, "GET http://localhost:3000/x?y=1 HTTP/1.1\r\nHost: localhost:3000\r\nConnection: close\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(b), `"url": "http://localhost:3000/x?y=1"`) {
		t.Errorf("absolute-form echo: %s", b)
	}
}

func TestCompare(t *testing.T) {
	a := &Run{ExitCode: 1, Stats: map[string]CountPair{"assertions": {3, 1}}, Executions: []Execution{
		{Item: "one", Assertions: []Assertion{{"s", "pass", ""}, {"t", "fail", "boom"}}},
		{Item: "two", Assertions: []Assertion{{"u", "pass", ""}}},
	}}
	same := func() *Run { b, _ := json.Marshal(a); var r Run; _ = json.Unmarshal(b, &r); return &r }

	c := Compare(a, same(), nil)
	if c.Total != 3 || c.Agree != 3 || len(c.Differences) != 0 {
		t.Errorf("identical runs: %+v", c)
	}

	b := same()
	b.Executions[0].Assertions[1].Message = "other"
	b.Executions[0].ScriptErrors = []ScriptError{{"test", "TypeError", "x is not a function"}}
	b.Executions = b.Executions[:1]
	b.ExitCode = 0
	c = Compare(a, b, nil)
	if c.Total != 3 || c.Agree != 1 {
		t.Errorf("total/agree: %+v", c)
	}
	kinds := map[string]int{}
	for _, d := range c.Differences {
		kinds[d.Kind]++
	}
	if kinds["exitCode"] != 1 || kinds["assertion"] != 2 || kinds["scriptErrors"] != 1 || kinds["executions"] != 1 {
		t.Errorf("kinds: %v", kinds)
	}

	// a slot two Newman runs disagree on is left out
	n2 := same()
	n2.Executions[0].Assertions[1].Message = "boom 2"
	unstable, whole := UnstableSlots(a, n2)
	if whole || len(unstable) != 1 {
		t.Fatalf("unstable: %v %v", unstable, whole)
	}
	c = Compare(a, b, unstable)
	if c.Total != 2 || c.Agree != 1 || c.Unstable != 1 {
		t.Errorf("with unstable slot: %+v", c)
	}

	// no report from courier: every Newman assertion differs
	c = Compare(a, nil, nil)
	if c.Total != 3 || c.Agree != 0 || c.Differences[0].Kind != "report" {
		t.Errorf("missing report: %+v", c)
	}
}

func TestPairAssertions(t *testing.T) {
	w := []Assertion{{Name: "a"}, {Name: "b"}, {Name: "c"}}
	g := []Assertion{{Name: "a"}, {Name: "c"}}
	got := fmt.Sprint(PairAssertions(w, g))
	if got != "[[0 0] [1 -1] [2 1]]" {
		t.Errorf("PairAssertions = %s", got)
	}
}

func TestReduceReport(t *testing.T) {
	rep := `{"run": {"stats": {"requests": {"total": 1, "failed": 0}},
	 "executions": [{"cursor": {"iteration": 0}, "item": {"name": "i"},
	   "request": {"method": "GET", "url": {"protocol": "https", "host": ["a","test"], "path": ["x"], "query": [{"key": "q", "value": "1"}]}},
	   "response": {"code": 201},
	   "assertions": [{"assertion": "ok"}, {"assertion": "bad", "error": {"message": "m"}}, {"assertion": "later", "skipped": true}],
	   "testScript": [{"error": {"name": "TypeError", "message": "x"}}]}]}}`
	run, err := ReduceReport([]byte(rep), 1)
	if err != nil {
		t.Fatal(err)
	}
	x := run.Executions[0]
	if x.URL != "https://a.test/x?q=1" || x.Code != 201 || x.Method != "GET" {
		t.Errorf("execution: %+v", x)
	}
	if fmt.Sprint(x.Assertions) != "[{ok pass } {bad fail m} {later skip }]" || len(x.ScriptErrors) != 1 {
		t.Errorf("assertions: %v %v", x.Assertions, x.ScriptErrors)
	}
	if _, err := ReduceReport([]byte("{"), 0); err == nil {
		t.Error("a broken report must be an error")
	}

	// request errors count by their code: Newman's report has no message
	errs := `{"run": {"executions": [{"item": {"name": "a"}, "requestError": {"code": "ECONNREFUSED", "errno": -111}},
	   {"item": {"name": "b"}, "requestError": {}}, {"item": {"name": "c"}}]}}`
	run, err = ReduceReport([]byte(errs), 1)
	if err != nil {
		t.Fatal(err)
	}
	if got := run.Executions[0].RequestError + "|" + run.Executions[1].RequestError + "|" + run.Executions[2].RequestError; got != "ECONNREFUSED|(no code)|" {
		t.Errorf("request errors: %q", got)
	}

	// Newman pushes one execution object again per pm.sendRequest: it counts once
	dup := `{"run": {"executions": [
	   {"id": "e1", "item": {"name": "a"}, "assertions": [{"assertion": "x"}]},
	   {"id": "e1", "item": {"name": "a"}, "assertions": [{"assertion": "x"}]},
	   {"id": "e2", "item": {"name": "a"}, "cursor": {"iteration": 1}, "assertions": [{"assertion": "x"}]},
	   {"id": "", "item": {"name": "b"}}, {"id": "", "item": {"name": "b"}}]}}`
	run, err = ReduceReport([]byte(dup), 0)
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	for _, x := range run.Executions {
		items = append(items, fmt.Sprintf("%s/%d", x.Item, x.Iteration))
	}
	if got := strings.Join(items, " "); got != "a/0 a/1 b/0 b/0" {
		t.Errorf("executions after folding repeats: %s", got)
	}
}

func TestBaseVariables(t *testing.T) {
	doc := `{"variable": [{"key": "defined", "value": "x"}], "item": [
	 {"request": {"url": "{{baseUrl}}/a"}},
	 {"request": {"url": {"raw": "{{host}}:{{port}}/b"}}},
	 {"request": {"url": "{{scheme}}://{{server}}/c"}},
	 {"request": {"url": "{{defined}}/d"}},
	 {"request": {"url": "{{fromEnv}}/e"}},
	 {"request": {"url": "https://x.test/{{notLeading}}"}},
	 {"request": {"url": "{{$randomUrl}}"}}]}`
	got := BaseVariables([]byte(doc), map[string]bool{"fromEnv": true})
	want := map[string]string{"baseUrl": "http://baseurl.test", "host": "host.test", "port": "8080", "scheme": "http", "server": "server.test"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("BaseVariables = %v, want %v", got, want)
	}
}
