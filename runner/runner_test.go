package runner

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/scripting"
)

// seen is what the test server recorded of one request.
type seen struct {
	Method, Path, RawQuery, Body string
	Header                       http.Header
}

type recorder struct {
	mu   sync.Mutex
	reqs []seen
}

func (r *recorder) add(req *http.Request) {
	b, _ := io.ReadAll(req.Body)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reqs = append(r.reqs, seen{req.Method, req.URL.Path, req.URL.RawQuery, string(b), req.Header.Clone()})
}

func (r *recorder) paths() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, s := range r.reqs {
		out = append(out, s.Path)
	}
	return out
}

// testServer answers every path; a few paths have special behaviour.
func testServer(t *testing.T) (*httptest.Server, *recorder) {
	t.Helper()
	rec := &recorder{}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		rec.add(r)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":true}`)
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		rec.add(r)
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		io.WriteString(zw, "gzipped body")
		zw.Close()
	})
	mux.HandleFunc("/br", func(w http.ResponseWriter, r *http.Request) {
		rec.add(r)
		w.Header().Set("Content-Encoding", "br")
		bw := brotli.NewWriter(w)
		io.WriteString(bw, "brotli body")
		bw.Close()
	})
	mux.HandleFunc("/set-cookie", func(w http.ResponseWriter, r *http.Request) {
		rec.add(r)
		http.SetCookie(w, &http.Cookie{Name: "sid", Value: "abc123", Path: "/"})
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		rec.add(r)
		http.Redirect(w, r, "/target", http.StatusFound)
	})
	mux.HandleFunc("/redirect307", func(w http.ResponseWriter, r *http.Request) {
		rec.add(r)
		http.Redirect(w, r, "/target", http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		rec.add(r)
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/basic", func(w http.ResponseWriter, r *http.Request) {
		rec.add(r)
		u, p, ok := r.BasicAuth()
		if !ok || u != "alice" || p != "s3cret" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		io.WriteString(w, "welcome")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		rec.add(r)
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, rec
}

func collection(t *testing.T, doc string, base string) *collections.Collection {
	t.Helper()
	c, err := collections.Decode("test.json", []byte(strings.ReplaceAll(doc, "BASE", base)))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func req(name, url string) string {
	return `{"name":"` + name + `","request":{"method":"GET","url":"` + url + `"}}`
}

func coll(items ...string) string {
	return `{"info":{"name":"T","schema":"` + collections.SchemaV210 + `"},"item":[` + strings.Join(items, ",") + `]}`
}

func folder(name string, items ...string) string {
	return `{"name":"` + name + `","id":"id-` + name + `","item":[` + strings.Join(items, ",") + `]}`
}

type capture struct {
	events []events.Event
}

func (c *capture) Handle(e events.Event) { c.events = append(c.events, e) }

func runOpts(t *testing.T, o Options) (*Result, *capture, *events.Summary, error) {
	t.Helper()
	c := &capture{}
	s := events.NewSummary(events.SummaryOptions{Executions: true, Bodies: true, Headers: true})
	o.Handler = events.Multi{c, s}
	if o.Rand == nil {
		o.Rand = rand.New(rand.NewPCG(1, 2))
	}
	res, err := Run(context.Background(), o)
	return res, c, s, err
}

func TestOrderAndFolders(t *testing.T) {
	srv, _ := testServer(t)
	doc := coll(
		req("r1", "BASE/r1"),
		folder("A", req("a1", "BASE/a1"), folder("B", req("b1", "BASE/b1")), req("a2", "BASE/a2")),
		folder("C", req("c1", "BASE/c1")),
		req("r2", "BASE/r2"),
	)
	tests := []struct {
		name    string
		folders []string
		want    string
	}{
		{"whole collection depth-first", nil, "/r1 /a1 /b1 /a2 /c1 /r2"},
		{"one folder by name", []string{"A"}, "/a1 /b1 /a2"},
		{"nested folder", []string{"B"}, "/b1"},
		{"folder by id", []string{"id-C"}, "/c1"},
		{"a request by name", []string{"r2"}, "/r2"},
		{"several, in collection order", []string{"C", "r1"}, "/r1 /c1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv2, rec := testServer(t)
			_ = srv
			c := collection(t, doc, srv2.URL)
			if _, _, _, err := runOpts(t, Options{Collection: c, Folders: tt.folders}); err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(rec.paths(), " "); got != tt.want {
				t.Errorf("order = %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("unknown folder is a usage error", func(t *testing.T) {
		c := collection(t, doc, srv.URL)
		_, _, _, err := runOpts(t, Options{Collection: c, Folders: []string{"Nope"}})
		var ue *UsageError
		if !errors.As(err, &ue) || ue.ExitCode() != 2 || !strings.Contains(err.Error(), "Nope") {
			t.Errorf("err = %v", err)
		}
	})
}

func TestVariablesOnTheWire(t *testing.T) {
	srv, rec := testServer(t)
	doc := `{"info":{"name":"T"},"variable":[{"key":"host","value":"BASE"},{"key":"who","value":"collection"},{"key":"g","value":"from-coll"}],
	"item":[{"name":"v","request":{"method":"POST","url":{"raw":"{{host}}/items/:id?who={{who}}&missing={{nope}}&n={{inner{{suffix}}}}","host":["{{host}}"],"path":["items",":id"],
	"query":[{"key":"who","value":"{{who}}"},{"key":"missing","value":"{{nope}}"},{"key":"n","value":"{{inner{{suffix}}}}"},{"key":"off","value":"1","disabled":true}],
	"variable":[{"key":"id","value":"{{itemId}}"}]},
	"header":[{"key":"X-G","value":"{{g}}"},{"key":"X-Off","value":"1","disabled":true}],
	"body":{"mode":"raw","raw":"{\"who\": \"{{who}}\" /* comment */, \"row\": {{row}} // trailing\n}","options":{"raw":{"language":"json"}}}}}]}`
	c := collection(t, doc, srv.URL)
	env := &collections.Environment{Values: []collections.Variable{{Key: "who", Value: "environment"}, {Key: "itemId", Value: "42"}}}
	globals := &collections.Environment{Values: []collections.Variable{{Key: "g", Value: "from-globals"}, {Key: "suffix", Value: "Key"}, {Key: "innerKey", Value: "deep"}}}
	data := []collections.Row{{{Key: "row", Value: float64(7)}}}
	if _, _, _, err := runOpts(t, Options{Collection: c, Environment: env, Globals: globals, Data: data}); err != nil {
		t.Fatal(err)
	}
	got := rec.reqs[0]
	if got.Path != "/items/42" {
		t.Errorf("path = %q", got.Path)
	}
	if want := "who=environment&missing={{nope}}&n=deep"; got.RawQuery != want {
		t.Errorf("query = %q, want %q", got.RawQuery, want)
	}
	if got.Header.Get("X-G") != "from-coll" || got.Header.Get("X-Off") != "" {
		t.Errorf("headers = %v", got.Header)
	}
	if want := "{\"who\": \"environment\" , \"row\": 7 \n}"; got.Body != want {
		t.Errorf("body = %q, want %q", got.Body, want)
	}
	if got.Header.Get("Content-Type") != "application/json" {
		t.Errorf("content-type = %q", got.Header.Get("Content-Type"))
	}
}

func TestSystemHeadersAndKeepAlive(t *testing.T) {
	rec := &recorder{}
	var mu sync.Mutex
	conns := 0
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec.add(r)
		io.WriteString(w, strings.Repeat("x", 1000))
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			mu.Lock()
			conns++
			mu.Unlock()
		}
	}
	srv.Start()
	defer srv.Close()
	items := make([]string, 20)
	for i := range items {
		items[i] = req("r", "BASE/x")
	}
	c := collection(t, coll(items...), srv.URL)
	if _, _, _, err := runOpts(t, Options{Collection: c}); err != nil {
		t.Fatal(err)
	}
	h := rec.reqs[0].Header
	want := map[string]string{"User-Agent": "PostmanRuntime/7.39.1", "Accept": "*/*", "Cache-Control": "no-cache", "Accept-Encoding": "gzip, deflate, br", "Connection": "keep-alive"}
	for k, v := range want {
		if h.Get(k) != v {
			t.Errorf("%s = %q, want %q", k, h.Get(k), v)
		}
	}
	if tok := h.Get("Postman-Token"); len(tok) != 36 || rec.reqs[1].Header.Get("Postman-Token") == tok {
		t.Errorf("Postman-Token %q must be a fresh UUID per request", tok)
	}
	mu.Lock()
	n := conns
	mu.Unlock()
	if n != 1 {
		t.Errorf("%d connections for 20 sequential requests, want 1 (keep-alive)", n)
	}
	// reports mark the headers courier added, as Newman marks system headers
	_, _, s, _ := runOpts(t, Options{Collection: collection(t, coll(`{"name":"r","request":{"url":"BASE/x","header":[{"key":"X-Mine","value":"1"}]}}`), srv.URL)})
	for _, hd := range s.Executions[0].Request.Headers {
		if want := hd.Key != "X-Mine"; hd.System != want {
			t.Errorf("header %s: system = %v, want %v", hd.Key, hd.System, want)
		}
	}
}

func TestUserHeaderOverridesSystemHeader(t *testing.T) {
	srv, rec := testServer(t)
	doc := coll(`{"name":"r","request":{"url":"BASE/x","header":[{"key":"user-agent","value":"mine"},{"key":"Accept","value":"application/json"}]}}`)
	if _, _, _, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL)}); err != nil {
		t.Fatal(err)
	}
	h := rec.reqs[0].Header
	if h.Get("User-Agent") != "mine" || h.Get("Accept") != "application/json" || len(h.Values("Accept")) != 1 {
		t.Errorf("headers = %v", h)
	}
}

func TestDecodesCompressedBodies(t *testing.T) {
	srv, _ := testServer(t)
	c := collection(t, coll(req("gz", "BASE/gzip"), req("br", "BASE/br")), srv.URL)
	_, _, s, err := runOpts(t, Options{Collection: c})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(s.Executions[0].Response.Body); got != "gzipped body" {
		t.Errorf("gzip body = %q", got)
	}
	if got := string(s.Executions[1].Response.Body); got != "brotli body" {
		t.Errorf("br body = %q", got)
	}
	// Newman's json report: responseSize is postman-request's stream, the
	// body decoded (296 for the differential test server's /gzip echo,
	// whose Content-Length was 217)
	if s.Executions[0].Response.Size != len("gzipped body") {
		t.Errorf("responseSize = %d, want the decoded body's %d bytes", s.Executions[0].Response.Size, len("gzipped body"))
	}
}

func TestCookiesAcrossRequests(t *testing.T) {
	srv, rec := testServer(t)
	doc := coll(req("set", "BASE/set-cookie"), req("use", "BASE/use"),
		`{"name":"nocookies","request":{"url":"BASE/no"},"protocolProfileBehavior":{"disableCookies":true}}`)
	res, _, _, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL)})
	if err != nil {
		t.Fatal(err)
	}
	if got := rec.reqs[1].Header.Get("Cookie"); got != "sid=abc123" {
		t.Errorf("second request Cookie = %q", got)
	}
	if got := rec.reqs[2].Header.Get("Cookie"); got != "" {
		t.Errorf("disableCookies request sent Cookie %q", got)
	}
	all := res.Jar.All()
	if len(all) != 1 || all[0].Name != "sid" || all[0].Domain != "127.0.0.1" {
		t.Errorf("jar = %+v", all)
	}
}

func TestRedirects(t *testing.T) {
	tests := []struct {
		name     string
		item     string
		opts     Options
		wantCode int
		wantSeen string
		wantErr  string
	}{
		{"followed by default, 302 turns POST into GET", `{"name":"r","request":{"method":"POST","url":"BASE/redirect","body":{"mode":"raw","raw":"x"}}}`, Options{}, 200, "POST /redirect,GET /target", ""},
		{"307 keeps the method and body", `{"name":"r","request":{"method":"POST","url":"BASE/redirect307","body":{"mode":"raw","raw":"x"}}}`, Options{}, 200, "POST /redirect307,POST /target", ""},
		{"followOriginalHttpMethod keeps POST on 302", `{"name":"r","request":{"method":"POST","url":"BASE/redirect"},"protocolProfileBehavior":{"followOriginalHttpMethod":true}}`, Options{}, 200, "POST /redirect,POST /target", ""},
		{"--ignore-redirects", req("r", "BASE/redirect"), Options{IgnoreRedirects: true}, 302, "GET /redirect", ""},
		{"followRedirects false", `{"name":"r","request":{"url":"BASE/redirect"},"protocolProfileBehavior":{"followRedirects":false}}`, Options{}, 302, "GET /redirect", ""},
		{"maxRedirects", `{"name":"r","request":{"url":"BASE/loop"},"protocolProfileBehavior":{"maxRedirects":2}}`, Options{}, 0, "GET /loop,GET /loop,GET /loop", "Exceeded maxRedirects"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, rec := testServer(t)
			o := tt.opts
			o.Collection = collection(t, coll(tt.item), srv.URL)
			_, _, s, err := runOpts(t, o)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rec.reqs {
				got = append(got, r.Method+" "+r.Path)
			}
			if strings.Join(got, ",") != tt.wantSeen {
				t.Errorf("server saw %v, want %s", got, tt.wantSeen)
			}
			x := s.Executions[0]
			if tt.wantErr != "" {
				if x.RequestError == nil || !strings.Contains(x.RequestError.Message, tt.wantErr) {
					t.Errorf("request error = %+v", x.RequestError)
				}
				return
			}
			if x.Response == nil || x.Response.Code != tt.wantCode {
				t.Errorf("response = %+v", x.Response)
			}
		})
	}
}

func TestAuthInheritance(t *testing.T) {
	srv, rec := testServer(t)
	doc := `{"info":{"name":"T"},"auth":{"type":"basic","basic":[{"key":"username","value":"{{user}}"},{"key":"password","value":"s3cret"}]},
	"variable":[{"key":"user","value":"alice"}],
	"item":[
	  {"name":"inherits collection","request":{"url":"BASE/basic"}},
	  {"name":"F","auth":{"type":"bearer","bearer":[{"key":"token","value":"folder-token"}]},"item":[
	    {"name":"inherits folder","request":{"url":"BASE/a"}},
	    {"name":"own noauth","request":{"url":"BASE/b","auth":{"type":"noauth"}}},
	    {"name":"own apikey","request":{"url":"BASE/c","auth":{"type":"apikey","apikey":[{"key":"key","value":"api_key"},{"key":"value","value":"K1"},{"key":"in","value":"query"}]}}}
	  ]}]}`
	_, _, s, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL)})
	if err != nil {
		t.Fatal(err)
	}
	if s.Executions[0].Response.Code != 200 {
		t.Errorf("basic auth from the collection was not accepted: %d", s.Executions[0].Response.Code)
	}
	if got := rec.reqs[1].Header.Get("Authorization"); got != "Bearer folder-token" {
		t.Errorf("folder bearer = %q", got)
	}
	if got := rec.reqs[2].Header.Get("Authorization"); got != "" {
		t.Errorf("noauth sent %q", got)
	}
	if got := rec.reqs[3].RawQuery; got != "api_key=K1" {
		t.Errorf("apikey query = %q", got)
	}
}

func TestBodies(t *testing.T) {
	srv, rec := testServer(t)
	doc := coll(
		`{"name":"form","request":{"method":"POST","url":"BASE/f","body":{"mode":"urlencoded","urlencoded":[{"key":"a b","value":"1&2"},{"key":"off","value":"x","disabled":true},{"key":"c","value":"ü"}]}}}`,
		`{"name":"multi","request":{"method":"POST","url":"BASE/m","body":{"mode":"formdata","formdata":[{"key":"t","value":"text"},{"key":"f","type":"file","src":"upload.txt"}]}}}`,
		`{"name":"gql","request":{"method":"POST","url":"BASE/g","body":{"mode":"graphql","graphql":{"query":"{ me { id } }","variables":"{\"n\": 1}"}}}}`,
		`{"name":"file","request":{"method":"PUT","url":"BASE/file","body":{"mode":"file","file":{"src":"upload.txt"}}}}`,
		`{"name":"text","request":{"method":"POST","url":"BASE/t","body":{"mode":"raw","raw":"plain"}}}`,
	)
	files := func(name string) ([]byte, error) {
		if name == "upload.txt" {
			return []byte("file content"), nil
		}
		return nil, errors.New("no such file")
	}
	if _, _, _, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL), ReadFile: files}); err != nil {
		t.Fatal(err)
	}
	if got := rec.reqs[0].Body; got != "a%20b=1%262&c=%C3%BC" {
		t.Errorf("urlencoded body = %q", got)
	}
	if ct := rec.reqs[0].Header.Get("Content-Type"); ct != "application/x-www-form-urlencoded" {
		t.Errorf("urlencoded content-type = %q", ct)
	}
	m := rec.reqs[1]
	if !strings.HasPrefix(m.Header.Get("Content-Type"), "multipart/form-data; boundary=") ||
		!strings.Contains(m.Body, `name="t"`+"\r\n\r\ntext") || !strings.Contains(m.Body, `filename="upload.txt"`) || !strings.Contains(m.Body, "file content") {
		t.Errorf("multipart body = %q", m.Body)
	}
	var g map[string]any
	if err := json.Unmarshal([]byte(rec.reqs[2].Body), &g); err != nil || g["query"] != "{ me { id } }" || g["variables"].(map[string]any)["n"] != float64(1) {
		t.Errorf("graphql body = %q", rec.reqs[2].Body)
	}
	if rec.reqs[3].Body != "file content" {
		t.Errorf("file body = %q", rec.reqs[3].Body)
	}
	if rec.reqs[4].Header.Get("Content-Type") != "text/plain" {
		t.Errorf("raw body without language: content-type %q, want text/plain", rec.reqs[4].Header.Get("Content-Type"))
	}
}

func TestIterationsWithDataAndSummary(t *testing.T) {
	srv, rec := testServer(t)
	c := collection(t, coll(req("r", "BASE/{{name}}")), srv.URL)
	data := []collections.Row{{{Key: "name", Value: "one"}}, {{Key: "name", Value: "two"}}}
	_, evs, s, err := runOpts(t, Options{Collection: c, Data: data, Iterations: 3})
	if err != nil {
		t.Fatal(err)
	}
	// beyond the data rows, the last row is reused (postman-runtime)
	if got := strings.Join(rec.paths(), " "); got != "/one /two /two" {
		t.Errorf("paths = %q", got)
	}
	if s.Stats.Iterations.Total != 3 || s.Stats.Requests.Total != 3 || s.Stats.Items.Total != 3 {
		t.Errorf("stats = %+v", s.Stats)
	}
	var kinds []string
	for _, e := range evs.events[:7] {
		switch e.(type) {
		case events.RunStart:
			kinds = append(kinds, "start")
		case events.RequestStart:
			kinds = append(kinds, "send")
		case events.IterationStart:
			kinds = append(kinds, "iter")
		case events.ItemStart:
			kinds = append(kinds, "item")
		case events.RequestDone:
			kinds = append(kinds, "request")
		case events.ItemEnd:
			kinds = append(kinds, "itemEnd")
		case events.IterationEnd:
			kinds = append(kinds, "iterEnd")
		}
	}
	if strings.Join(kinds, ",") != "start,iter,item,send,request,itemEnd,iterEnd" {
		t.Errorf("event order = %v", kinds)
	}
	if s.Executions[1].Cursor.Iteration != 1 || s.Executions[1].Cursor.Cycles != 3 {
		t.Errorf("cursor = %+v", s.Executions[1].Cursor)
	}
}

func TestRequestErrorIsRecordedAndRunContinues(t *testing.T) {
	srv, rec := testServer(t)
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	dead := "http://" + ln.Addr().String()
	ln.Close()
	c := collection(t, coll(req("dead", dead+"/x"), req("alive", "BASE/alive")), srv.URL)
	res, _, s, err := runOpts(t, Options{Collection: c})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Failed || s.Stats.Requests.Failed != 1 || len(rec.reqs) != 1 {
		t.Errorf("failed=%v stats=%+v server saw %d", res.Failed, s.Stats.Requests, len(rec.reqs))
	}
	if msg := s.Executions[0].RequestError.Message; !strings.Contains(msg, "ECONNREFUSED") {
		t.Errorf("message = %q", msg)
	}
	if len(s.Failures) != 1 || s.Failures[0].At != "request" {
		t.Errorf("failures = %+v", s.Failures)
	}
}

func TestBail(t *testing.T) {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	dead := "http://" + ln.Addr().String()
	ln.Close()
	failing := `{"name":"assert","request":"BASE/one","event":[{"listen":"test","script":{"exec":"pm.test('fails', function () { pm.expect(1).to.equal(2); });"}}]}`
	preFailing := `{"name":"pre","request":"BASE/pre","event":[{"listen":"prerequest","script":{"exec":"pm.test('fails', function () { pm.expect(1).to.equal(2); });"}},` +
		`{"listen":"test","script":{"exec":"pm.test('test ran', function () {});"}}]}`
	asyncThrow := `{"name":"async","request":"BASE/one","event":[{"listen":"test","script":{"exec":"setTimeout(function () { throw new Error('late boom'); }, 1);"}}]}`
	tests := []struct {
		name    string
		items   []string
		bail    Bail
		seen    int    // requests the server sees
		aborted bool   // the run stopped early
		runErr  string // RunEnd's error: --bail folder aborts with it
		iters   int    // iterations counted
	}{
		{"--bail stops after a request error (Newman)", []string{req("dead", dead+"/x"), req("alive", "BASE/alive")}, Bail{Enabled: true}, 0, true, "", 1},
		{"--bail folder aborts after a request error", []string{req("dead", dead+"/x"), req("alive", "BASE/alive")}, Bail{Enabled: true, Folder: true}, 0, true, "ECONNREFUSED", 0},
		{"--bail stops after a failed assertion", []string{failing, req("after", "BASE/after")}, Bail{Enabled: true}, 1, true, "", 1},
		{"--bail failure stops after a failed assertion", []string{failing, req("after", "BASE/after")}, Bail{Enabled: true, Failure: true}, 1, true, "", 1},
		{"--bail folder ignores failed assertions", []string{failing, req("after", "BASE/after")}, Bail{Enabled: true, Folder: true}, 2, false, "", 1},
		{"--bail folder,failure aborts after a failed assertion", []string{failing, req("after", "BASE/after")}, Bail{Enabled: true, Folder: true, Failure: true}, 1, true, "fails", 0},
		{"--bail: a failed pre-request assertion sends nothing", []string{preFailing, req("after", "BASE/after")}, Bail{Enabled: true}, 0, true, "", 1},
		{"no bail runs everything", []string{failing, req("after", "BASE/after")}, Bail{}, 2, false, "", 1},
		{"an error in a timer is ignored", []string{asyncThrow, req("after", "BASE/after")}, Bail{}, 2, false, "", 1},
		{"--bail ignores an error in a timer", []string{asyncThrow, req("after", "BASE/after")}, Bail{Enabled: true}, 2, false, "", 1},
		{"--bail folder aborts after an error in a timer", []string{asyncThrow, req("after", "BASE/after")}, Bail{Enabled: true, Folder: true}, 1, true, "late boom", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, rec := testServer(t)
			o := Options{Collection: collection(t, coll(tt.items...), srv.URL), Bail: tt.bail,
				Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{}) }}
			res, evs, s, err := runOpts(t, o)
			if err != nil {
				t.Fatal(err)
			}
			if len(rec.reqs) != tt.seen {
				t.Errorf("server saw %d requests, want %d", len(rec.reqs), tt.seen)
			}
			if res.Aborted != tt.aborted {
				t.Errorf("aborted = %v", res.Aborted)
			}
			end := evs.events[len(evs.events)-1].(events.RunEnd)
			switch {
			case tt.runErr == "" && end.Error != nil:
				t.Errorf("RunEnd error %+v, want none", end.Error)
			case tt.runErr != "" && (end.Error == nil || !strings.Contains(end.Error.Message, tt.runErr)):
				t.Errorf("RunEnd error %+v, want one with %q", end.Error, tt.runErr)
			}
			if s.Stats.Iterations.Total != tt.iters {
				t.Errorf("iterations %d, want %d", s.Stats.Iterations.Total, tt.iters)
			}
			if wantFailed := tt.bail.Folder && tt.runErr != ""; (s.Stats.TestScripts.Failed > 0) != wantFailed && strings.Contains(tt.name, "timer") {
				t.Errorf("test scripts failed: %d", s.Stats.TestScripts.Failed)
			}
		})
	}
}

func TestTimeouts(t *testing.T) {
	srv, _ := testServer(t)
	c := collection(t, coll(req("slow", "BASE/slow"), req("after", "BASE/after")), srv.URL)
	t.Run("request timeout is a request error", func(t *testing.T) {
		_, _, s, err := runOpts(t, Options{Collection: c, TimeoutReq: 50 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		if e := s.Executions[0].RequestError; e == nil || !strings.Contains(e.Message, "ESOCKETTIMEDOUT") {
			t.Errorf("request error = %+v", e)
		}
		if s.Stats.Requests.Total != 2 {
			t.Errorf("the run should go on: %+v", s.Stats.Requests)
		}
	})
	t.Run("a timeout on a kept-alive connection is not tried again", func(t *testing.T) {
		srv, rec := testServer(t)
		c := collection(t, coll(req("warm", "BASE/warm"), req("slow", "BASE/slow")), srv.URL)
		_, _, s, err := runOpts(t, Options{Collection: c, TimeoutReq: 100 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		if e := s.Executions[1].RequestError; e == nil || e.Message != "ESOCKETTIMEDOUT" {
			t.Errorf("request error = %+v", e)
		}
		if got := strings.Join(rec.paths(), " "); got != "/warm /slow" {
			t.Errorf("the server saw %s", got)
		}
	})
	t.Run("run timeout aborts with an error and a RunEnd", func(t *testing.T) {
		res, evs, s, err := runOpts(t, Options{Collection: c, Timeout: 80 * time.Millisecond})
		if !errors.Is(err, context.DeadlineExceeded) || !res.Aborted {
			t.Fatalf("err = %v, aborted = %v", err, res.Aborted)
		}
		if _, ok := evs.events[len(evs.events)-1].(events.RunEnd); !ok || s.Error == nil {
			t.Errorf("last event %T, summary error %v", evs.events[len(evs.events)-1], s.Error)
		}
	})
}

var _ = bytes.NewReader

// Several pm.sendRequest calls in flight at once share the run's randomness,
// auth state, transports and event delivery (go test -race checks them).
func TestConcurrentSendRequests(t *testing.T) {
	srv, rec := testServer(t)
	doc := `{"info":{"name":"T"},"auth":{"type":"basic","basic":[{"key":"username","value":"alice"},{"key":"password","value":"s3cret"}]},
	"item":[{"name":"fan out","request":"BASE/main","event":[{"listen":"prerequest","script":{"exec":[
	  "var done = 0;",
	  "for (var i = 0; i < 6; i++) {",
	  "  pm.sendRequest({url: 'BASE/side/' + i, method: 'POST', body: {mode: 'formdata', formdata: [{key: 'k', value: 'v'}]}}, function (err, res) {",
	  "    if (!err && res.code === 200) { done++; pm.variables.set('done', done); }",
	  "  });",
	  "}"]}},
	  {"listen":"test","script":{"exec":"pm.test('all side requests answered', function () { pm.expect(pm.variables.get('done')).to.equal(6); });"}}]}]}`
	o := Options{Collection: collection(t, doc, srv.URL),
		Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{}) }}
	_, _, s, err := runOpts(t, o)
	if err != nil {
		t.Fatal(err)
	}
	if s.Stats.Assertions.Total != 1 || s.Stats.Assertions.Failed != 0 || len(rec.reqs) != 7 {
		t.Errorf("assertions %+v, server saw %d requests", s.Stats.Assertions, len(rec.reqs))
	}
}

func TestPathSentAsEncoded(t *testing.T) {
	var mu sync.Mutex
	var lines []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		lines = append(lines, r.RequestURI)
		mu.Unlock()
	}))
	defer srv.Close()
	doc := coll(req("odd", "BASE/files/a%2Fb/[x]/|^!'()*?q=1"), req("plain", "BASE/plain/path"))
	if _, _, _, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL)}); err != nil {
		t.Fatal(err)
	}
	want := []string{"/files/a%2Fb/[x]/|^!'()*?q=1", "/plain/path"}
	if strings.Join(lines, " ") != strings.Join(want, " ") {
		t.Errorf("request lines %q, want %q", lines, want)
	}
}

func TestResponseHeadersInReceivedOrder(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// written raw so the order and spelling are the server's own
		hj, _ := w.(http.Hijacker)
		conn, buf, _ := hj.Hijack()
		defer conn.Close()
		buf.WriteString("HTTP/1.1 200 OK\r\nZ-Last: 1\r\nx-lower: 2\r\nSet-Cookie: a=1\r\nA-First: 3\r\nSet-Cookie: b=2\r\nContent-Length: 2\r\n\r\nok")
		buf.Flush()
	}))
	defer srv.Close()
	_, _, s, err := runOpts(t, Options{Collection: collection(t, coll(req("r", "BASE/x")), srv.URL)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range s.Executions[0].Response.Headers {
		got = append(got, h.Key+"="+h.Value)
	}
	// Newman gathers a name repeated with the same spelling at its first place
	want := "Z-Last=1 x-lower=2 Set-Cookie=a=1 Set-Cookie=b=2 A-First=3 Content-Length=2"
	if strings.Join(got, " ") != want {
		t.Errorf("headers %q, want %q", strings.Join(got, " "), want)
	}
}

// Items without an id get a UUID for the run, as the Postman SDK gives them;
// a nameless folder is named by its id in event paths; nameless items have
// no pm.info.requestName.
func TestGeneratedIDsAndNamelessItems(t *testing.T) {
	srv, _ := testServer(t)
	doc := `{"item":[{"item":[{"request":"BASE/a","event":[{"listen":"test","script":{"exec":[
	  "pm.test('id ' + pm.info.requestId.length + ' name ' + typeof pm.info.requestName, function () {});",
	  "pm.test('location ' + JSON.stringify(pm.execution.location), function () {});"]}}]}]},
	  {"id":"kept","name":"n","request":"BASE/b"}]}`
	c := collection(t, doc, srv.URL)
	o := Options{Collection: c, Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{}) }}
	_, capt, s, err := runOpts(t, o)
	if err != nil {
		t.Fatal(err)
	}
	folder, item := c.Items[0], c.Items[0].Items[0]
	if len(c.Info.PostmanID) != 36 || len(folder.ID) != 36 || len(item.ID) != 36 || c.Items[1].ID != "kept" || folder.ID == item.ID {
		t.Fatalf("ids: collection %q folder %q item %q, kept %q", c.Info.PostmanID, folder.ID, item.ID, c.Items[1].ID)
	}
	var starts []events.Item
	for _, e := range capt.events {
		if st, ok := e.(events.ItemStart); ok {
			starts = append(starts, st.Item)
		}
	}
	if len(starts) != 2 || starts[0].ID != item.ID || starts[0].Name != "" || len(starts[0].Path) != 1 || starts[0].Path[0] != folder.ID {
		t.Errorf("item starts = %+v", starts)
	}
	var names []string
	for _, x := range s.Executions {
		for _, a := range x.Assertions {
			names = append(names, a.Name)
		}
	}
	if want := "id 36 name undefined|location [null,null,null]"; strings.Join(names, "|") != want {
		t.Errorf("assertions %q, want %q", strings.Join(names, "|"), want)
	}
}

// Console lines and assertions reach the reporters in the order the scripts
// made them, as in Newman; assertion indexes count per script.
func TestConsoleInterleavesWithAssertions(t *testing.T) {
	srv, _ := testServer(t)
	doc := `{"info":{"name":"T","schema":"` + collections.SchemaV210 + `"},` +
		`"event":[{"listen":"test","script":{"exec":"console.log('c1'); pm.test('ca', function () {}); console.log('c2');"}}],` +
		`"item":[{"name":"r","request":"BASE/r","event":[{"listen":"test","script":{"exec":[` +
		`"console.log('r1');",` +
		`"pm.test('ra', function () { pm.expect(1).to.equal(2); });",` +
		`"setTimeout(function () { pm.test('rb', function () {}); console.log('r3'); }, 1);",` +
		`"console.log('r2');"]}}]}]}`
	o := Options{Collection: collection(t, doc, srv.URL),
		Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{}) }}
	_, evs, s, err := runOpts(t, o)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs.events {
		switch ev := e.(type) {
		case events.Console:
			got = append(got, "log "+strings.Join(ev.Messages, " "))
		case events.Assertion:
			got = append(got, fmt.Sprintf("test %s #%d", ev.Name, ev.Index))
		case events.Script:
			got = append(got, "end "+ev.Location)
		}
	}
	want := []string{"log 'c1'", "test ca #0", "log 'c2'", "end collection",
		"log 'r1'", "test ra #0", "log 'r2'", "test rb #1", "log 'r3'", "end request r"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("order\n got %q\nwant %q", got, want)
	}
	if len(s.Failures) != 1 || s.Failures[0].At != "assertion:0 in test-script" {
		t.Errorf("failures %+v", s.Failures)
	}
}

// eventLine is an event as the sendRequest tests read it.
func eventLine(e events.Event) string {
	by := func(s *events.ScriptRef) string {
		if s == nil {
			return ""
		}
		return " by " + s.Event + " (" + s.Location + ")"
	}
	switch x := e.(type) {
	case events.RequestStart:
		return "start " + x.Request.Method + " " + x.Request.URL + by(x.Script)
	case events.RequestDone:
		out := "done " + x.Request.Method + " " + x.Request.URL
		if x.Error != nil {
			out += " error " + x.Error.Message
		} else {
			out += " " + strconv.Itoa(x.Response.Code)
		}
		return out + by(x.Script)
	case events.Console:
		return x.Level + " " + strings.Join(x.Messages, " ")
	case events.Script:
		if x.Error != nil {
			return x.Event + " script error " + x.Error.Message
		}
		return x.Event + " script"
	}
	return ""
}

// pm.sendRequest is reported as a request of the item whose script made it,
// in order with the script's console output; it uploads no files; a failed
// one fails the run.
func TestSendRequestEvents(t *testing.T) {
	srv, rec := testServer(t)
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	dead := "http://" + ln.Addr().String()
	ln.Close()
	doc := `{"info":{"name":"T"},"item":[{"name":"it","request":"BASE/own","event":[{"listen":"test","script":{"exec":[
	  "console.log('sync');",
	  "pm.sendRequest({url: 'BASE/side', method: 'POST', body: {mode: 'formdata', formdata: [",
	  "    {key: 'f', type: 'file', src: 'missing.txt'}, {key: 't', value: 'v', type: 'text'}]}}, function (err, res) {",
	  "  console.log('answered ' + res.code);",
	  "  pm.sendRequest('DEAD/x', function (err) { console.log('failed ' + err.code); });",
	  "});",
	  "console.log('sync again');"]}}]}]}`
	o := Options{Collection: collection(t, strings.ReplaceAll(doc, "DEAD", dead), srv.URL),
		Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{}) }}
	res, evs, s, err := runOpts(t, o)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs.events {
		if l := eventLine(e); l != "" {
			got = append(got, strings.ReplaceAll(strings.ReplaceAll(l, srv.URL, "BASE"), dead, "DEAD"))
		}
	}
	want := []string{
		"start GET BASE/own", "done GET BASE/own 200",
		"log 'sync'", "warn 'uploading files from scripts is not allowed'", "log 'sync again'",
		"start POST BASE/side by test (request it)", "done POST BASE/side 200 by test (request it)",
		"log 'answered 200'",
		"start GET DEAD/x by test (request it)", "done GET DEAD/x error connect ECONNREFUSED " + strings.TrimPrefix(dead, "http://") + " by test (request it)",
		"log 'failed ECONNREFUSED'",
		"test script",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !res.Failed || s.Stats.Requests != (events.Stat{Total: 3, Failed: 1}) {
		t.Errorf("failed %v, requests %+v", res.Failed, s.Stats.Requests)
	}
	if len(rec.reqs) != 2 || strings.Contains(rec.reqs[1].Body, `name="f"`) || !strings.Contains(rec.reqs[1].Body, `name="t"`) {
		t.Errorf("the server saw %+v", rec.reqs)
	}
}

// A pm.sendRequest still under way when its script times out is reported
// once it ends (Newman counts it whenever it comes).
func TestSendRequestOutlivesItsScript(t *testing.T) {
	srv, _ := testServer(t)
	doc := `{"info":{"name":"T"},"item":[{"name":"it","request":"BASE/own","event":[{"listen":"prerequest","script":{"exec":[
	  "pm.sendRequest('BASE/slow', function () { console.log('never called'); });"]}}]}]}`
	o := Options{Collection: collection(t, doc, srv.URL), TimeoutScript: 100 * time.Millisecond, TimeoutReq: 300 * time.Millisecond,
		Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{}) }}
	_, evs, s, err := runOpts(t, o)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs.events {
		if l := eventLine(e); l != "" {
			got = append(got, strings.ReplaceAll(l, srv.URL, "BASE"))
		}
	}
	want := []string{
		"start GET BASE/slow by prerequest (request it)",
		"prerequest script error sandbox: asynchronous script execution timeout",
		"done GET BASE/slow error ESOCKETTIMEDOUT by prerequest (request it)",
		"start GET BASE/own", "done GET BASE/own 200",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if s.Stats.Requests != (events.Stat{Total: 2, Failed: 1}) {
		t.Errorf("requests %+v", s.Stats.Requests)
	}
}

// A pm.sendRequest whose script ends before its request started (the script
// timed out in its synchronous part, or skipped its request) is still sent
// and reported, as postman-runtime has it queued by then: it starts before
// the script's end is reported and its callback is never called (Newman
// 6.2.2).
func TestSendRequestQueuedNotStarted(t *testing.T) {
	cases := []struct {
		name, event, script string
		want                []string
		requests            events.Stat
	}{
		{
			name:   "the script times out in its synchronous part",
			event:  "prerequest",
			script: `"pm.sendRequest('BASE/queued', function () { console.log('never called'); });", "while (true) {}"`,
			want: []string{
				"start GET BASE/queued by prerequest (request it)",
				"prerequest script error sandbox: asynchronous script execution timeout",
				"done GET BASE/queued 200 by prerequest (request it)",
				"start GET BASE/own", "done GET BASE/own 200",
			},
			requests: events.Stat{Total: 2},
		},
		{
			name:   "a test script times out",
			event:  "test",
			script: `"pm.sendRequest('BASE/queued', function () { console.log('never called'); });", "while (true) {}"`,
			want: []string{
				"start GET BASE/own", "done GET BASE/own 200",
				"start GET BASE/queued by test (request it)",
				"test script error sandbox: asynchronous script execution timeout",
				"done GET BASE/queued 200 by test (request it)",
			},
			requests: events.Stat{Total: 2},
		},
		{
			name:   "the script skips its request",
			event:  "prerequest",
			script: `"pm.sendRequest('BASE/queued', function () { console.log('never called'); });", "pm.execution.skipRequest();"`,
			want: []string{
				"start GET BASE/queued by prerequest (request it)",
				"prerequest script",
				"done GET BASE/queued 200 by prerequest (request it)",
			},
			requests: events.Stat{Total: 1},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv, rec := testServer(t)
			doc := `{"info":{"name":"T"},"item":[{"name":"it","request":"BASE/own","event":[{"listen":"` + tc.event +
				`","script":{"exec":[` + tc.script + `]}}]}]}`
			o := Options{Collection: collection(t, doc, srv.URL), TimeoutScript: 100 * time.Millisecond,
				Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{}) }}
			_, evs, s, err := runOpts(t, o)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs.events {
				if l := eventLine(e); l != "" {
					got = append(got, strings.ReplaceAll(l, srv.URL, "BASE"))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if s.Stats.Requests != tc.requests {
				t.Errorf("requests %+v, want %+v", s.Stats.Requests, tc.requests)
			}
			var queued int
			rec.mu.Lock()
			defer rec.mu.Unlock()
			for _, r := range rec.reqs {
				if r.Path == "/queued" {
					queued++
				}
			}
			if queued != 1 {
				t.Errorf("the server saw /queued %d times: %+v", queued, rec.reqs)
			}
		})
	}
}
