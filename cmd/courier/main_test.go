package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// result of one in-process courier invocation.
type result struct {
	code           int
	stdout, stderr string
}

func courier(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	return courierCtx(t, context.Background(), stdin, args...)
}

func courierCtx(t *testing.T, ctx context.Context, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdin:  strings.NewReader(stdin),
		stdout: &out, stderr: &errb,
		getenv: func(string) string { return "" },
		now:    time.Now,
		isTTY:  func(any) bool { return false },
	}
	code := Main(ctx, args, e)
	return result{code, out.String(), errb.String()}
}

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// echoServer answers JSON; /fail answers 500; /slow waits.
func echoServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/slow":
			select {
			case <-time.After(3 * time.Second):
			case <-r.Context().Done():
			}
			return
		case "/cookie":
			http.SetCookie(w, &http.Cookie{Name: "session", Value: "c00kie", Path: "/"})
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"path": r.URL.Path, "query": r.URL.RawQuery, "ok": true})
	}))
	t.Cleanup(srv.Close)
	return srv
}

const schema = `"schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"`

func collectionFile(t *testing.T, body string) string {
	return writeTemp(t, "c.json", `{"info":{"name":"CLI test",`+schema+`},`+body+`}`)
}

func TestUsageErrorsExit2(t *testing.T) {
	good := collectionFile(t, `"item":[]`)
	bad := writeTemp(t, "bad.json", "{\n  \"info\": {\"name\": \"x\"},\n  \"item\": [\n    {\"name\": \"a\",}\n  ]\n}")
	badEnv := writeTemp(t, "env.json", `{"values": 3}`)
	empty := writeTemp(t, "empty.json", `{}`)
	other := writeTemp(t, "other.json", `{"hello": "world"}`)
	array := writeTemp(t, "array.json", `[{"name": "x"}]`)
	halfV1 := writeTemp(t, "halfv1.json", `{"name":"old","requests":[{"id":"a","url":"http://x"}]}`)
	badCSV := writeTemp(t, "d.csv", "a,b\n\"open,1\n")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no command", nil, "Usage:"},
		{"unknown command", []string{"fly"}, `unknown command "fly"`},
		{"missing collection", []string{"run"}, "missing the collection"},
		{"unreadable collection", []string{"run", filepath.Join(t.TempDir(), "nope.json")}, "nope.json: cannot read: no such file or directory"},
		{"malformed JSON has line:column", []string{"run", bad}, "bad.json:4:18: invalid JSON"},
		// Newman runs these as empty collections and passes: courier refuses them
		{"empty object", []string{"run", empty}, `empty.json: not a Postman collection: there is no "info" and no "item"`},
		{"unrelated JSON object", []string{"run", other}, `other.json: not a Postman collection: there is no "info" and no "item"`},
		{"JSON array", []string{"run", array}, "array.json: not a Postman collection: the top-level value is array, not an object"},
		{"v1 without order", []string{"run", halfV1}, `halfv1.json: not a Postman collection Newman can run: it has "requests" like a v1 collection`},
		{"bad environment", []string{"run", good, "-e", badEnv}, "env.json: values: expected an array, got number"},
		{"bad data file", []string{"run", good, "-d", badCSV}, "d.csv:2:1: CSV: quoted field is not closed"},
		{"unknown folder", []string{"run", good, "--folder", "Nope"}, "unable to find a folder or request: Nope"},
		{"bad flag", []string{"run", good, "--frobnicate"}, "unknown option --frobnicate"},
		{"bad number", []string{"run", good, "-n", "many"}, `option -n: "many" is not a non-negative whole number`},
		{"bad env-var", []string{"run", good, "--env-var", "novalue"}, `"novalue" is not of the form key=value`},
		{"bad color", []string{"run", good, "--color", "pink"}, "must be on, off or auto"},
		{"unknown reporter", []string{"run", good, "-r", "xml"}, `unknown reporter "xml"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := courier(t, "", tt.args...)
			if r.code != 2 {
				t.Errorf("exit code %d, want 2 (stderr %q)", r.code, r.stderr)
			}
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr = %q, want it to contain %q", r.stderr, tt.want)
			}
			if strings.Contains(r.stderr, "goroutine") || strings.Contains(r.stderr, "panic") {
				t.Errorf("stack trace printed: %s", r.stderr)
			}
			if tt.args != nil && strings.Count(strings.TrimSpace(r.stderr), "\n") > 0 && tt.name != "no command" && tt.name != "unknown command" {
				t.Errorf("the error should be one line: %q", r.stderr)
			}
			// -x suppresses failures of a run, never a run that did not start
			if len(tt.args) > 0 && tt.args[0] == "run" {
				if r := courier(t, "", append(append([]string(nil), tt.args...), "-x")...); r.code != 2 {
					t.Errorf("with -x: exit code %d, want 2 (stderr %q)", r.code, r.stderr)
				}
			}
		})
	}
}

func TestExitCodesAndSuppress(t *testing.T) {
	srv := echoServer(t)
	pass := collectionFile(t, `"item":[{"name":"ok","request":"`+srv.URL+`/a","event":[{"listen":"test","script":{"exec":"pm.test('200', () => pm.response.to.have.status(200));"}}]}]`)
	failing := collectionFile(t, `"item":[{"name":"bad","request":"`+srv.URL+`/a","event":[{"listen":"test","script":{"exec":"pm.test('is 201', () => pm.response.to.have.status(201));"}}]}]`)
	scriptErr := collectionFile(t, `"item":[{"name":"boom","request":"`+srv.URL+`/a","event":[{"listen":"test","script":{"exec":"undefinedFunction();"}}]}]`)
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	dead := "http://" + ln.Addr().String()
	ln.Close()
	reqErr := collectionFile(t, `"item":[{"name":"down","request":"`+dead+`/a"}]`)
	tests := []struct {
		name string
		args []string
		code int
		out  []string
	}{
		{"pass", []string{"run", pass}, 0, []string{"✓  200", "│              assertions │"}},
		{"failed assertion", []string{"run", failing}, 1, []string{"1. is 201", "expected response to have status code 201 but got 200", "at assertion:0 in test-script", `inside "bad"`}},
		{"script error", []string{"run", scriptErr}, 1, []string{"⠄ ReferenceError in test-script", "undefinedFunction is not defined"}},
		{"request error", []string{"run", reqErr}, 1, []string{"[errored]", "ECONNREFUSED"}},
		{"-x suppresses", []string{"run", failing, "-x"}, 0, []string{"1. is 201"}},
		{"silent", []string{"run", failing, "--silent"}, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := courier(t, "", tt.args...)
			if r.code != tt.code {
				t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, tt.code, r.stdout, r.stderr)
			}
			for _, w := range tt.out {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, r.stdout)
				}
			}
			if tt.out == nil && r.stdout != "" {
				t.Errorf("--silent printed %q", r.stdout)
			}
		})
	}
}

func TestJSONReportAndExports(t *testing.T) {
	srv := echoServer(t)
	dir := t.TempDir()
	coll := collectionFile(t, `"variable":[{"key":"counter","value":"0"},{"key":"keep","value":"x"}],
	"item":[
	  {"name":"cookie","request":"`+srv.URL+`/cookie","event":[{"listen":"test","script":{"exec":[
	    "pm.collectionVariables.set('counter', '1');",
	    "pm.environment.set('fromScript', pm.response.json().path);",
	    "pm.globals.set('g', 42);",
	    "pm.test('ok', function () { pm.expect(pm.response.json().ok).to.be.true; });",
	    "pm.test.skip('later', function () {});",
	    "pm.test('fails', function () { pm.expect(1).to.equal(2); });"]}}]},
	  {"name":"second","request":"`+srv.URL+`/second?x={{counter}}"}],"x-custom":{"kept":true}`)
	envFile := writeTemp(t, "env.json", `{"id":"e1","name":"Local","values":[{"key":"e","value":"1","enabled":true}]}`)
	out := func(n string) string { return filepath.Join(dir, n) }
	r := courier(t, "", "run", coll, "-e", envFile, "-r", "cli,json",
		"--reporter-json-export", out("report.json"),
		"--export-environment", out("env.out.json"), "--export-globals", out("globals.out.json"),
		"--export-collection", out("coll.out.json"), "--export-cookie-jar", out("jar.json"))
	if r.code != 1 {
		t.Fatalf("exit code %d (one assertion fails)\n%s%s", r.code, r.stdout, r.stderr)
	}
	var rep struct {
		Collection map[string]any `json:"collection"`
		Run        struct {
			Stats struct {
				Requests, Assertions struct{ Total, Failed int }
			} `json:"stats"`
			Executions []struct {
				Cursor struct {
					Position, Iteration int
					Ref                 string
				} `json:"cursor"`
				Item     struct{ Name string }   `json:"item"`
				Request  struct{ Method string } `json:"request"`
				Response struct {
					Code   int `json:"code"`
					Stream struct {
						Type string `json:"type"`
						Data []byte `json:"-"`
					} `json:"stream"`
				} `json:"response"`
				Assertions []struct {
					Assertion string `json:"assertion"`
					Skipped   bool   `json:"skipped"`
					Error     *struct {
						Name, Message string
					} `json:"error"`
				} `json:"assertions"`
			} `json:"executions"`
			Failures []struct {
				At    string `json:"at"`
				Error struct{ Test, Message string }
			} `json:"failures"`
		} `json:"run"`
	}
	data, err := os.ReadFile(out("report.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Run.Stats.Requests.Total != 2 || rep.Run.Stats.Assertions.Total != 3 || rep.Run.Stats.Assertions.Failed != 1 {
		t.Errorf("stats = %+v", rep.Run.Stats)
	}
	x := rep.Run.Executions
	if len(x) != 2 || x[0].Item.Name != "cookie" || x[1].Cursor.Position != 1 || x[0].Response.Code != 200 || x[0].Response.Stream.Type != "Buffer" {
		t.Errorf("executions = %+v", x)
	}
	if a := x[0].Assertions; len(a) != 3 || a[1].Assertion != "later" || !a[1].Skipped || a[2].Error == nil || a[2].Error.Message != "expected 1 to equal 2" {
		t.Errorf("assertions = %+v", a)
	}
	if f := rep.Run.Failures; len(f) != 1 || f[0].At != "assertion:2 in test-script" || f[0].Error.Test != "fails" {
		t.Errorf("failures = %+v", f)
	}
	// the report's collection is postman-collection's toJSON(), as in Newman:
	// string urls become objects, unknown fields go
	items, _ := rep.Collection["item"].([]any)
	second, _ := items[len(items)-1].(map[string]any)
	u, _ := second["request"].(map[string]any)["url"].(map[string]any)
	if rep.Collection["x-custom"] != nil || rep.Collection["info"] == nil || u == nil || u["query"] == nil {
		t.Errorf("the report's collection is not Newman's shape: %v", rep.Collection)
	}

	var env struct {
		ID, Name string
		Values   []struct {
			Key     string
			Value   any
			Enabled bool
		}
		Scope string `json:"_postman_variable_scope"`
	}
	data, _ = os.ReadFile(out("env.out.json"))
	if err := json.Unmarshal(data, &env); err != nil {
		t.Fatal(err)
	}
	if env.ID != "e1" || env.Scope != "environment" || len(env.Values) != 2 || env.Values[1].Key != "fromScript" || env.Values[1].Value != "/cookie" {
		t.Errorf("exported environment = %s", data)
	}
	data, _ = os.ReadFile(out("globals.out.json"))
	if !strings.Contains(string(data), `"key": "g"`) || !strings.Contains(string(data), `"value": 42`) {
		t.Errorf("exported globals = %s", data)
	}
	data, _ = os.ReadFile(out("coll.out.json"))
	var c map[string]any
	json.Unmarshal(data, &c)
	vs, _ := c["variable"].([]any)
	// postman-collection's toJSON() of the collection, as Newman exports it
	// (unknown fields go), with the variables the run ended with
	if c["x-custom"] != nil || c["name"] != "collection" || len(vs) != 2 || vs[0].(map[string]any)["value"] != "1" {
		t.Errorf("exported collection = %s", data)
	}
	data, _ = os.ReadFile(out("jar.json"))
	if !strings.Contains(string(data), `"key": "session"`) || !strings.Contains(string(data), `"value": "c00kie"`) {
		t.Errorf("exported cookie jar = %s", data)
	}
}

func TestTimeoutExit3WritesReport(t *testing.T) {
	srv := echoServer(t)
	coll := collectionFile(t, `"item":[{"name":"slow","request":"`+srv.URL+`/slow"},{"name":"never","request":"`+srv.URL+`/never"}]`)
	report := filepath.Join(t.TempDir(), "r.json")
	r := courier(t, "", "run", coll, "--timeout", "200", "-r", "cli,json", "--reporter-json-export", report)
	if r.code != 3 {
		t.Fatalf("exit code %d, want 3 (%s)", r.code, r.stderr)
	}
	// the run's error goes to stderr once the reports are written, as Newman
	// prints it, not into the cli report
	if !strings.HasPrefix(r.stderr, "error: callback timed out") || !strings.HasSuffix(r.stderr, "\n\n") {
		t.Errorf("stderr = %q, want Newman's \"error: callback timed out…\" and a blank line", r.stderr)
	}
	if strings.Contains(r.stdout, "error:") || !strings.Contains(r.stdout, "iterations") {
		t.Errorf("stdout should have the summary and no run error:\n%s", r.stdout)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatalf("report not written after the timeout: %v", err)
	}
	if !strings.Contains(string(data), "--timeout") {
		t.Errorf("the report does not say the run timed out: %.300s", data)
	}
}

func TestInterruptExit3(t *testing.T) {
	srv := echoServer(t)
	coll := collectionFile(t, `"item":[{"name":"slow","request":"`+srv.URL+`/slow"}]`)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); time.Sleep(150 * time.Millisecond); cancel() }()
	r := courierCtx(t, ctx, "", "run", coll)
	wg.Wait()
	if r.code != 3 {
		t.Errorf("exit code %d, want 3", r.code)
	}
	if !strings.Contains(r.stdout, "interrupted") {
		t.Errorf("stdout does not say the run was interrupted:\n%s", r.stdout)
	}
}

func TestNoColorByDefaultWithoutTTY(t *testing.T) {
	srv := echoServer(t)
	coll := collectionFile(t, `"item":[{"name":"ok","request":"`+srv.URL+`/a"}]`)
	if r := courier(t, "", "run", coll); strings.Contains(r.stdout, "\x1b[") {
		t.Error("colour codes without a terminal")
	}
	if r := courier(t, "", "run", coll, "--color", "on"); !strings.Contains(r.stdout, "\x1b[") {
		t.Error("--color on printed no colour")
	}
}

var _ = io.Discard

func TestCollectionAndEnvironmentFromURL(t *testing.T) {
	api := echoServer(t)
	files := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/c.json":
			w.Write([]byte(`{"info":{"name":"remote",` + schema + `},"item":[{"name":"r","request":"{{base}}/from-url"}]}`))
		case "/e.json":
			w.Write([]byte(`{"name":"remote env","values":[{"key":"base","value":"` + api.URL + `","enabled":true}]}`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer files.Close()
	r := courier(t, "", "run", files.URL+"/c.json", "-e", files.URL+"/e.json")
	if r.code != 0 || !strings.Contains(r.stdout, "GET "+api.URL+"/from-url [200 OK") {
		t.Errorf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = courier(t, "", "run", files.URL+"/missing.json")
	if r.code != 2 || !strings.Contains(r.stderr, "missing.json: cannot read: the server answered 404 Not Found") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestReportExportIntoDirectory(t *testing.T) {
	srv := echoServer(t)
	coll := collectionFile(t, `"item":[{"name":"ok","request":"`+srv.URL+`/a"}]`)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.xml")
	if err := os.WriteFile(file, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := courier(t, "", "run", coll, "-r", "json,junit", "--reporter-json-export", dir, "--reporter-junit-export", file); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	jsons, _ := filepath.Glob(filepath.Join(dir, "newman-run-report-*-0.json"))
	xml, _ := os.ReadFile(file)
	if len(jsons) != 1 || !bytes.HasPrefix(xml, []byte("<?xml")) {
		t.Errorf("json reports %v, junit report %q", jsons, xml)
	}
}

// Reports go where Newman's export-file puts them (newman/lib/run/export-file.js).
func TestReportPath(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 12, 6, 12, 13, 2, 123e6, time.FixedZone("CET", 3600))
	tests := []struct {
		path, name, ext, want string
	}{
		{"", "newman-run-report", "json", filepath.Join("newman", "newman-run-report-2026-12-06-11-13-02-123-0.json")},
		{"", "newman-run-report", "xml", filepath.Join("newman", "newman-run-report-2026-12-06-11-13-02-123-0.xml")},
		{dir, "newman-run-report", "html", filepath.Join(dir, "newman-run-report-2026-12-06-11-13-02-123-0.html")},
		{dir + "/", "newman-run-report", "json", filepath.Join(dir, "newman-run-report-2026-12-06-11-13-02-123-0.json")},
		{filepath.Join(dir, "out.json"), "newman-run-report", "json", filepath.Join(dir, "out.json")},
		// a path that does not exist is the file, trailing slash or not (Newman resolves it away)
		{filepath.Join(dir, "missing") + "/", "newman-run-report", "json", filepath.Join(dir, "missing")},
	}
	for _, tt := range tests {
		if got := reportPath(tt.path, tt.name, tt.ext, now); got != tt.want {
			t.Errorf("reportPath(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestTimeoutScriptStopsARunawayScript(t *testing.T) {
	srv := echoServer(t)
	coll := collectionFile(t, `"item":[
	  {"name":"spin","request":"`+srv.URL+`/a","event":[{"listen":"prerequest","script":{"exec":"while (true) {}"}}]},
	  {"name":"after","request":"`+srv.URL+`/b","event":[{"listen":"test","script":{"exec":"pm.test('still runs', function () { pm.response.to.have.status(200); });"}}]}]`)
	start := time.Now()
	r := courier(t, "", "run", coll, "--timeout-script", "200")
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
	if r.code != 1 || !strings.Contains(r.stdout, "Error in prerequest-script") || !strings.Contains(r.stdout, "✓  still runs") {
		t.Errorf("exit %d\n%s", r.code, r.stdout)
	}
	if !strings.Contains(r.stdout, "sandbox: synchronous script execution timeout") {
		t.Errorf("the failure should say the script timed out:\n%s", r.stdout)
	}
}

func TestV1CollectionAndRaggedCSVRunWithWarnings(t *testing.T) {
	srv := echoServer(t)
	v1 := writeTemp(t, "v1.json", `{"name":"old","order":["a"],"requests":[{"id":"a","name":"A","url":"`+srv.URL+`/v1?x={{x}}",
		"tests":"pm.test('x is ' + pm.iterationData.get('x') + ', y is ' + pm.iterationData.get('y'), function () {});"}]}`)
	data := writeTemp(t, "d.csv", "x,y\n1\n2,3,4\n")
	r := courier(t, "", "run", v1, "-d", data)
	if r.code != 0 {
		t.Fatalf("exit %d: %s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"is a Postman collection v1; it is converted to v2.1", "d.csv: 2 rows have more or fewer fields than the header (line 2, 3)"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr %q lacks %q", r.stderr, want)
		}
	}
	for _, want := range []string{"x is 1, y is undefined", "x is 2, y is 3", "GET " + srv.URL + "/v1?x=2"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, r.stdout)
		}
	}
	if r := courier(t, "", "run", v1, "-d", data, "--silent"); r.stderr != "" {
		t.Errorf("--silent still warns: %q", r.stderr)
	}
}
