package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// flakyRetryServer answers by path, counting each path's requests: /flaky
// resets its first two connections (SO_LINGER 0), /busy answers 503 with
// Retry-After: 0 once, /reset always resets, anything else answers 200.
func flakyRetryServer(t *testing.T) (string, func(path string) int) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	counts := map[string]int{}
	var wg sync.WaitGroup
	t.Cleanup(func() { ln.Close(); wg.Wait() })
	answer := func(c net.Conn) {
		defer c.Close()
		c.SetDeadline(time.Now().Add(5 * time.Second))
		req, err := http.ReadRequest(bufio.NewReader(c))
		if err != nil {
			return
		}
		io.Copy(io.Discard, req.Body)
		mu.Lock()
		n := counts[req.URL.Path]
		counts[req.URL.Path]++
		mu.Unlock()
		code, extra := 200, ""
		switch {
		case req.URL.Path == "/flaky" && n < 2, req.URL.Path == "/reset":
			c.(*net.TCPConn).SetLinger(0)
			return
		case req.URL.Path == "/busy" && n == 0:
			code, extra = 503, "Retry-After: 0\r\n"
		}
		body := fmt.Sprintf(`{"path":%q,"attempt":%d}`, req.URL.Path, n+1)
		fmt.Fprintf(c, "HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n%s\r\n%s",
			code, http.StatusText(code), len(body), extra, body)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() { defer wg.Done(); answer(c) }()
		}
	}()
	return "http://" + ln.Addr().String(), func(path string) int {
		mu.Lock()
		defer mu.Unlock()
		return counts[path]
	}
}

func TestRetryEndToEnd(t *testing.T) {
	base, count := flakyRetryServer(t)
	test := `"event":[{"listen":"test","script":{"exec":"pm.test('ok', function () { pm.response.to.have.status(200); });"}}]`
	coll := collectionFile(t, `"item":[`+
		`{"name":"flaky","request":"`+base+`/flaky",`+test+`},`+
		`{"name":"busy","request":"`+base+`/busy",`+test+`}]`)
	dir := t.TempDir()
	jsonOut, junitOut, htmlOut := filepath.Join(dir, "r.json"), filepath.Join(dir, "r.xml"), filepath.Join(dir, "r.html")
	r := courier(t, "", "run", coll, "--retry", "3", "--retry-on", "503", "--retry-delay", "1", "-r", "cli,json,junit,html",
		"--reporter-json-export", jsonOut, "--reporter-junit-export", junitOut, "--reporter-html-export", htmlOut)
	if r.code != 0 {
		t.Fatalf("exit code %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if count("/flaky") != 3 || count("/busy") != 2 {
		t.Errorf("the server saw /flaky %d times, /busy %d times", count("/flaky"), count("/busy"))
	}
	for _, want := range []string{"[read ECONNRESET]", "↻ attempt 2 of 4 in", "↻ attempt 3 of 4 in", "[503 Service Unavailable]", "↻ attempt 2 of 4 in 0ms", "retried attempts: 3"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("cli output lacks %q:\n%s", want, r.stdout)
		}
	}
	var rep struct {
		Run struct {
			Stats struct {
				Requests, Assertions struct{ Total, Failed int }
			}
			Executions []struct {
				Response struct{ Code int }
				Retries  []struct {
					Attempt, Of int
					Reason      string
					Delay       int64
					Code        int
					Error       *struct{ Name, Message string }
				}
			}
			Failures []any
		}
	}
	data, err := os.ReadFile(jsonOut)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	st := rep.Run.Stats
	if st.Requests.Total != 2 || st.Requests.Failed != 0 || st.Assertions.Total != 2 || st.Assertions.Failed != 0 || len(rep.Run.Failures) != 0 {
		t.Errorf("stats %+v, %d failures", st, len(rep.Run.Failures))
	}
	ex := rep.Run.Executions
	if len(ex) != 2 {
		t.Fatalf("%d executions", len(ex))
	}
	if rs := ex[0].Retries; len(rs) != 2 || rs[0].Attempt != 1 || rs[1].Attempt != 2 || rs[0].Of != 4 || rs[0].Reason != "ECONNRESET" ||
		rs[0].Error == nil || rs[0].Error.Message != "read ECONNRESET" || rs[0].Delay > 1 || rs[1].Delay > 2 || ex[0].Response.Code != 200 {
		t.Errorf("flaky's retries %+v", rs)
	}
	if rs := ex[1].Retries; len(rs) != 1 || rs[0].Reason != "503" || rs[0].Code != 503 || rs[0].Error != nil || rs[0].Delay != 0 {
		t.Errorf("busy's retries %+v", rs)
	}
	junit, _ := os.ReadFile(junitOut)
	for _, want := range []string{"retry: attempt 1 of 4: read ECONNRESET; attempt 2 after", "retry: attempt 1 of 4: 503 Service Unavailable; attempt 2 after 0ms"} {
		if !strings.Contains(string(junit), want) {
			t.Errorf("junit report lacks %q:\n%s", want, junit)
		}
	}
	if html, _ := os.ReadFile(htmlOut); !strings.Contains(string(html), "2 retries") || !strings.Contains(string(html), "attempt 2 of 4: read ECONNRESET") {
		t.Errorf("html report does not show the retries")
	}

	// without --retry nothing changes: the reset is the request's error
	base, _ = flakyRetryServer(t)
	coll = collectionFile(t, `"item":[{"name":"flaky","request":"`+base+`/flaky",`+test+`},{"name":"busy","request":"`+base+`/busy",`+test+`}]`)
	r = courier(t, "", "run", coll, "-r", "json", "--reporter-json-export", jsonOut)
	if r.code != 1 {
		t.Errorf("exit code %d without --retry", r.code)
	}
	data, _ = os.ReadFile(jsonOut)
	if strings.Contains(string(data), `"retries"`) {
		t.Errorf("a report without --retry has retries")
	}
}

// --timeout ends a backoff wait at once: exit 3, reports written.
func TestRetryWaitEndsWithTimeout(t *testing.T) {
	base, count := flakyRetryServer(t)
	coll := collectionFile(t, `"item":[{"name":"reset","request":"`+base+`/reset"}]`)
	jsonOut := filepath.Join(t.TempDir(), "r.json")
	start := time.Now()
	r := courier(t, "", "run", coll, "--retry", "5", "--retry-delay", "600000", "--retry-max-delay", "600000", "--timeout", "300",
		"-r", "cli,json,github", "--reporter-json-export", jsonOut)
	if r.code != 3 {
		t.Errorf("exit code %d, want 3\n%s%s", r.code, r.stdout, r.stderr)
	}
	if d := time.Since(start); d > 60*time.Second {
		t.Errorf("the run took %v", d)
	}
	if !strings.Contains(r.stdout, "not sent: the run was interrupted") {
		t.Errorf("cli output:\n%s", r.stdout)
	}
	var rep struct {
		Run struct {
			Stats      struct{ Requests struct{ Total, Failed int } }
			Executions []struct{ Retries []any }
		}
	}
	data, err := os.ReadFile(jsonOut)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	// a jitter of almost 0 may let a second attempt go before the deadline
	n := count("/reset")
	if want := fmt.Sprintf("(the last of %d attempts, --retry)", n); !strings.Contains(r.stdout, want) {
		t.Errorf("the github annotation lacks %q:\n%s", want, r.stdout)
	}
	if rep.Run.Stats.Requests.Total != 1 || rep.Run.Stats.Requests.Failed != 1 || len(rep.Run.Executions) != 1 || len(rep.Run.Executions[0].Retries) != n {
		t.Errorf("stats %+v, executions %+v, server saw %d", rep.Run.Stats, rep.Run.Executions, n)
	}
}

func TestRetryUsageErrors(t *testing.T) {
	coll := collectionFile(t, `"item":[]`)
	for _, args := range [][]string{
		{"--retry", "-1"}, {"--retry", "101"}, {"--retry", "x"}, {"--retry-on", "600"}, {"--retry-on", ""},
		{"--retry-methods", ","}, {"--retry-methods", "GE T"}, {"--retry-max-delay", "0"}, {"--retry-delay", "-5"},
	} {
		r := courier(t, "", append([]string{"run", coll}, args...)...)
		if r.code != 2 || !strings.Contains(r.stderr, args[0]) || strings.Count(strings.TrimSpace(r.stderr), "\n") > 0 {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
}
