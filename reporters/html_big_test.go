package reporters

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/courier-run/courier/events"
)

// fxBigRun is a large run for the html report's size and speed: n
// executions over iterations iterations of a collection of n/iterations
// requests in three folders (one nested), each with a JSON response body of
// about 1.5 kB, eight response and three request headers, four assertions
// (one in fifty executions fails one), a JSON request body for every third
// and a console line for every fifth.
func fxBigRun(n, iterations int) *events.Summary {
	perIter := n / iterations
	b := newFxStream("Big <run>", "big-id", iterations, perIter)
	folders := [][]string{{"Users"}, {"Orders", "Payments"}, {"Ops"}}
	for it := 0; it < iterations; it++ {
		b.iterationStart(it)
		for p := 0; p < perIter; p++ {
			k := it*perIter + p
			path := folders[p*len(folders)/perIter]
			item := events.Item{ID: "item-" + strconv.Itoa(p), Name: "Request " + strconv.Itoa(p) + " <" + path[len(path)-1] + ">", Path: path}
			var body strings.Builder
			body.WriteString(`{"page":` + strconv.Itoa(p) + `,"ok":true,"next":null,"users":[`)
			for u := 0; u < 10; u++ {
				if u > 0 {
					body.WriteByte(',')
				}
				fmt.Fprintf(&body, `{"id":%d,"name":"User %d <x>","email":"u%d@example.com","score":%d.5,"active":%t,"tags":["a","b & c"]}`, u, u, u, u*7, u%2 == 0)
			}
			body.WriteString(`]}`)
			rb := body.String()
			req := events.Request{Method: "GET", URL: "https://api.example.com/" + strings.ToLower(path[0]) + "/" + strconv.Itoa(p) + "?page=1&size=10",
				Headers: []events.Header{{Key: "Accept", Value: "application/json"}, {Key: "Authorization", Value: "Bearer token-" + strconv.Itoa(k)}, {Key: "User-Agent", Value: "courier"}}}
			if p%3 == 0 {
				req.Method = "POST"
				req.Body = []byte(`{"name":"n` + strconv.Itoa(p) + `","qty":` + strconv.Itoa(p%7) + `,"note":"<fragile> & \"urgent\""}`)
				req.Headers = append(req.Headers, events.Header{Key: "Content-Type", Value: "application/json"})
			}
			resp := &events.Response{Code: 200, Status: "OK", ResponseTime: time.Duration(20+k%180) * time.Millisecond, Size: len(rb), Body: []byte(rb),
				Headers: []events.Header{{Key: "Content-Type", Value: "application/json; charset=utf-8"}, {Key: "Content-Length", Value: strconv.Itoa(len(rb))},
					{Key: "Date", Value: "Fri, 02 Jan 2026 03:04:05 GMT"}, {Key: "Server", Value: "nginx"}, {Key: "Cache-Control", Value: "no-store"},
					{Key: "X-Request-Id", Value: "req-" + strconv.Itoa(k)}, {Key: "Vary", Value: "Accept-Encoding"}, {Key: "Connection", Value: "keep-alive"}}}
			asserts := []fxAssert{{name: "status is 200"}, {name: "has users"}, {name: "page matches"}, {name: "fast enough"}}
			if k%50 == 7 {
				asserts[2].err = fxAssertionError("expected " + strconv.Itoa(p+1) + " to equal " + strconv.Itoa(p))
			}
			var console []events.Console
			if p%5 == 0 {
				console = []events.Console{{Level: "log", Messages: []string{"page", strconv.Itoa(p), "loaded"}}}
			}
			b.item(fxItem{item: item, req: req, resp: resp, asserts: asserts, console: console}, 25)
		}
		b.iterationEnd()
	}
	return fxSummary(b.end(false, "", nil))
}

// TestHTMLBigRun writes the report of a large run (500 requests; 5,000
// with COURIER_HTML_BIG or COURIER_HTML_TIMING set) and checks its
// structure; its size and the heap's peak while writing are logged. With
// COURIER_HTML_BIG=path the page is kept there; with COURIER_HTML_TIMING=1
// (and /usr/bin/chromium) the time headless Chromium takes to open it is
// measured and logged (never asserted: the machines are shared):
//
//	COURIER_HTML_TIMING=1 go test ./reporters -run TestHTMLBigRun -v
func TestHTMLBigRun(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	n := 500
	if os.Getenv("COURIER_HTML_BIG") != "" || os.Getenv("COURIER_HTML_TIMING") != "" {
		n = 5000
	}
	s := fxBigRun(n, 2)
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	// the heap's peak while writing, sampled
	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak.Load() {
				peak.Store(m.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	var size countWriter
	start := time.Now()
	err := WriteHTML(&size, s, RunInfo{}, HTMLOptions{})
	took := time.Since(start)
	close(stop)
	<-sampled
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d executions: %d bytes (%.1f MiB), written in %v; heap peak while writing %.1f MiB over the %.1f MiB the summary holds",
		n, size, float64(size)/(1<<20), took.Round(time.Millisecond), float64(peak.Load()-min(peak.Load(), base.HeapAlloc))/(1<<20), float64(base.HeapAlloc)/(1<<20))
	var buf bytes.Buffer
	if err := WriteHTML(&buf, s, RunInfo{}, HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	page := buf.Bytes()
	for re, want := range map[string]int{
		`<details class="exec `:                   n,
		`<section class="iteration" `:             2,
		`<details class="folder`:                  8, // Users, Orders, Orders/Payments, Ops per iteration
		`data-iteration="1" aria-pressed="false"`: 1,
		`<div role="tablist"`:                     n,
		`<noscript class="lazy">`:                 n - n/50, // one in fifty failed: open, not lazy
	} {
		if got := bytes.Count(page, []byte(re)); got != want {
			t.Errorf("%d × %q, want %d", got, re, want)
		}
	}
	if out := os.Getenv("COURIER_HTML_BIG"); out != "" {
		if err := os.WriteFile(out, page, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if os.Getenv("COURIER_HTML_TIMING") == "" {
		return
	}
	const chromium = "/usr/bin/chromium"
	if _, err := os.Stat(chromium); err != nil {
		t.Skip("chromium not installed")
	}
	for i := 0; i < 3; i++ {
		load, wall, err := chromiumOpenTime(t, chromium, page)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("opened in headless Chromium: %s; chromium's wall time (start-up and DOM dump included) %v", load, wall.Round(time.Millisecond))
	}
}

// countWriter counts what is written.
type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

// chromiumOpenTime opens page in headless Chromium and returns the page's
// own navigation timing (from the start of navigation to the end of the
// load event, and to the first contentful paint), read back with
// --dump-dom, and the wall time of the whole chromium process (start-up
// included).
func chromiumOpenTime(t *testing.T, chromium string, page []byte) (string, time.Duration, error) {
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	// A probe after the page's own markup (inline, as the page's CSP
	// allows) writes the navigation timing into the DOM once loaded.
	probe := `<script>addEventListener("load", function () { setTimeout(function () {
var n = performance.getEntriesByType("navigation")[0], p = performance.getEntriesByName("first-contentful-paint")[0];
document.body.setAttribute("data-timing", "domInteractive=" + Math.round(n.domInteractive) + "ms domContentLoaded=" + Math.round(n.domContentLoadedEventEnd) +
"ms load=" + Math.round(n.loadEventEnd) + "ms fcp=" + (p ? Math.round(p.startTime) + "ms" : "none"));
}, 0); });</script>`
	withProbe := bytes.Replace(page, []byte("</body>"), []byte(probe+"</body>"), 1)
	if err := os.WriteFile(file, withProbe, 0o644); err != nil {
		return "", 0, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--virtual-time-budget=30000", "--dump-dom", "file://"+file)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return "", 0, fmt.Errorf("chromium: %v\n%s", err, stderr.String())
	}
	m := regexp.MustCompile(`data-timing="([^"]*)"`).FindSubmatch(stdout.Bytes())
	if m == nil {
		_, _ = io.Copy(io.Discard, &stdout)
		return "", 0, fmt.Errorf("no timing in the dumped DOM")
	}
	return string(m[1]), wall, nil
}
