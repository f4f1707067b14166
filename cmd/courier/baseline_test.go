package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestReporterBaseline runs the CLI twice against a local server whose
// /status answer changes between the runs: the second run, given the
// first's json report as --reporter-cli-baseline and --reporter-html-baseline,
// says what changed since.
func TestReporterBaseline(t *testing.T) {
	var second atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/status" && second.Load() {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		w.Write([]byte(`{"ok":true}`))
	}))
	t.Cleanup(srv.Close)
	coll := collectionFile(t, `"item":[
		{"name":"status","request":{"url":"`+srv.URL+`/status"},"event":[{"listen":"test","script":{"exec":["pm.test('is up', () => pm.response.to.have.status(200));"]}}]},
		{"name":"other","request":{"url":"`+srv.URL+`/other"},"event":[{"listen":"test","script":{"exec":["pm.test('answers', () => pm.response.to.have.status(200));"]}}]}
	]`)
	dir := t.TempDir()
	first := filepath.Join(dir, "first.json")
	r := courier(t, "", "run", coll, "-r", "json", "--reporter-json-export", first)
	if r.code != 0 {
		t.Fatalf("first run: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	second.Store(true)
	page := filepath.Join(dir, "second.html")
	r = courier(t, "", "run", coll, "-r", "cli,html", "--reporter-cli-baseline", first,
		"--reporter-html-baseline", first, "--reporter-html-export", page, "--reporter-cli-no-banner")
	if r.code != 1 {
		t.Fatalf("second run: exit %d, want 1\n%s%s", r.code, r.stdout, r.stderr)
	}
	i := strings.Index(r.stdout, "since the baseline ("+first+")\n")
	if i < 0 {
		t.Fatalf("no baseline block:\n%s", r.stdout)
	}
	block := r.stdout[i:]
	for _, want := range []string{
		"newly failing 1, newly passing 0, appeared 0, disappeared 0,",
		`status: "is up" newly fails: expected response to have status code 200 but got 503`,
		"status: status 503 Service Unavailable, was 200 OK",
	} {
		if !strings.Contains(block, want) {
			t.Errorf("missing %q in\n%s", want, block)
		}
	}
	if strings.Contains(block, "other:") {
		t.Errorf("an unchanged request is listed:\n%s", block)
	}
	html, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(html), `id="baseline-failing">newly failing <strong>1</strong>`) ||
		!strings.Contains(string(html), `<span class="badge bl-failing" title="since the baseline">newly failing</span>`) {
		t.Errorf("the html report does not mark the change")
	}
}

// TestReporterBaselineBadFile: a baseline that is not a json run report is
// a one-line error naming the file and the place, exit 2, before any request.
func TestReporterBaselineBadFile(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	t.Cleanup(srv.Close)
	coll := collectionFile(t, `"item":[{"name":"a","request":{"url":"`+srv.URL+`/"}}]`)
	bad := writeTemp(t, "prev.json", `{"run": {"executions": [{"assertions": 3}]}}`)
	for _, args := range [][]string{
		{"-r", "cli", "--reporter-cli-baseline", bad},
		{"-r", "html", "--reporter-html-baseline", bad, "--reporter-html-export", filepath.Join(t.TempDir(), "r.html")},
		{"-r", "cli", "--reporter-cli-baseline", filepath.Join(t.TempDir(), "missing.json")},
		{"-r", "cli", "--reporter-cli-baseline", bad, "--silent"},
		{"-r", "cli", "--reporter-cli-baseline", writeTemp(t, "ok.json", `{"run":{"executions":[]}}`), "--reporter-cli-baseline-time-threshold", "soon"},
	} {
		r := courier(t, "", append([]string{"run", coll}, args...)...)
		if r.code != 2 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || !strings.HasPrefix(r.stderr, "courier: error: ") {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and one line", args, r.code, r.stderr)
		}
		if strings.Contains(args[2], "prev.json") && !strings.Contains(r.stderr, bad+": run.executions[0].assertions: expected an array") {
			t.Errorf("%v: the error does not name the file and place: %q", args, r.stderr)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("%d requests were sent before the error", hits.Load())
	}
}
