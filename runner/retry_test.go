package runner

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/scripting"
)

// flakyServer is a hostile local server: the n-th connection (from 0) is
// handled by answer(n, method), which says what to do after reading the
// request: "reset" (close with SO_LINGER 0, a TCP reset), "hang" (never
// answer), or the raw response to write (the connection is then closed).
type flakyServer struct {
	url   string
	mu    sync.Mutex
	seen  []string // the method of each request read
	conns int
}

func newFlakyServer(t *testing.T, answer func(n int, method string) string) *flakyServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &flakyServer{url: "http://" + ln.Addr().String()}
	done := make(chan struct{})
	var wg sync.WaitGroup
	t.Cleanup(func() { close(done); ln.Close(); wg.Wait() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s.mu.Lock()
			n := s.conns
			s.conns++
			s.mu.Unlock()
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				method, ok := readRequest(c)
				if !ok {
					return
				}
				s.mu.Lock()
				s.seen = append(s.seen, method)
				s.mu.Unlock()
				switch a := answer(n, method); a {
				case "reset":
					c.(*net.TCPConn).SetLinger(0)
				case "hang":
					<-done
				default:
					io.WriteString(c, a)
				}
			}()
		}
	}()
	return s
}

// readRequest reads one request's head and body (Content-Length only).
func readRequest(c net.Conn) (string, bool) {
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	br := bufio.NewReader(c)
	req, err := http.ReadRequest(br)
	if err != nil {
		return "", false
	}
	io.Copy(io.Discard, req.Body)
	return req.Method, true
}

func (s *flakyServer) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.seen...)
}

func status(code int, extra string) string {
	body := fmt.Sprintf(`{"code":%d}`, code)
	return fmt.Sprintf("HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n%s\r\n%s",
		code, http.StatusText(code), len(body), extra, body)
}

// fakeSleep records the waits and returns at once (or the context's error).
type fakeSleep struct {
	mu     sync.Mutex
	waits  []time.Duration
	cancel context.CancelFunc // when set, the first wait cancels the run instead
}

func (f *fakeSleep) sleep(ctx context.Context, d time.Duration) error {
	f.mu.Lock()
	f.waits = append(f.waits, d)
	cancel := f.cancel
	f.mu.Unlock()
	if cancel != nil {
		cancel()
		<-ctx.Done()
		return ctx.Err()
	}
	return ctx.Err()
}

// jitters returns the given values in turn, then the last one.
func jitters(vs ...float64) func() float64 {
	i := 0
	return func() float64 {
		v := vs[min(i, len(vs)-1)]
		i++
		return v
	}
}

func methodReq(name, method, url string) string {
	return `{"name":"` + name + `","request":{"method":"` + method + `","url":"` + url + `"}}`
}

func testScript(name, method, url, exec string) string {
	return `{"name":"` + name + `","request":{"method":"` + method + `","url":"` + url + `"},` +
		`"event":[{"listen":"test","script":{"exec":` + exec + `}}]}`
}

func retries(evs *capture) []events.RequestRetry {
	var out []events.RequestRetry
	for _, e := range evs.events {
		if r, ok := e.(events.RequestRetry); ok {
			out = append(out, r)
		}
	}
	return out
}

// eventKinds lists the request events in order: S start, R retry, D done.
func eventKinds(evs *capture) string {
	var b strings.Builder
	for _, e := range evs.events {
		switch e.(type) {
		case events.RequestStart:
			b.WriteByte('S')
		case events.RequestRetry:
			b.WriteByte('R')
		case events.RequestDone:
			b.WriteByte('D')
		}
	}
	return b.String()
}

func withScripts(o Options) Options {
	o.Scripts = func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{}) }
	return o
}

func TestRetryAfterResets(t *testing.T) {
	// the first two connections are reset, the third is answered
	srv := newFlakyServer(t, func(n int, _ string) string {
		if n < 2 {
			return "reset"
		}
		return status(200, "")
	})
	fs := &fakeSleep{}
	c := collection(t, coll(testScript("flaky", "GET", "BASE/x", `"pm.test('ok', function () { pm.response.to.have.status(200); });"`)), srv.url)
	res, evs, s, err := runOpts(t, withScripts(Options{Collection: c, Sleep: fs.sleep,
		Retry: Retry{Max: 3, Delay: 500 * time.Millisecond, Jitter: jitters(0.5, 0.25)}}))
	if err != nil {
		t.Fatal(err)
	}
	if res.Failed || s.Stats.Requests.Total != 1 || s.Stats.Requests.Failed != 0 || s.Stats.Assertions.Failed != 0 {
		t.Errorf("failed=%v requests=%+v assertions=%+v", res.Failed, s.Stats.Requests, s.Stats.Assertions)
	}
	if got := srv.requests(); len(got) != 3 {
		t.Errorf("server read %d requests, want 3", len(got))
	}
	if k := eventKinds(evs); k != "SRSRSD" {
		t.Errorf("request events %s, want SRSRSD", k)
	}
	rs := retries(evs)
	if len(rs) != 2 {
		t.Fatalf("%d retries", len(rs))
	}
	for i, r := range rs {
		if r.Attempt != i+1 || r.Max != 4 || r.Reason != "ECONNRESET" || r.Error == nil || r.Error.Message != "read ECONNRESET" || r.Code != 0 {
			t.Errorf("retry %d = %+v", i, r)
		}
	}
	// full jitter: 0.5 × 500ms, then 0.25 × 1s
	if want := []time.Duration{250 * time.Millisecond, 250 * time.Millisecond}; fmt.Sprint(fs.waits) != fmt.Sprint(want) {
		t.Errorf("waits %v, want %v", fs.waits, want)
	}
	if rs[0].Delay != 250*time.Millisecond {
		t.Errorf("announced delay %v", rs[0].Delay)
	}
	if len(s.Executions) != 1 || len(s.Executions[0].Retries) != 2 || s.Executions[0].Response.Code != 200 || s.Retried != 2 {
		t.Errorf("execution %+v, retried %d", s.Executions[0], s.Retried)
	}
}

func TestNoRetryWithoutTheFlag(t *testing.T) {
	srv := newFlakyServer(t, func(n int, _ string) string {
		if n < 1 {
			return "reset"
		}
		return status(200, "")
	})
	fs := &fakeSleep{}
	c := collection(t, coll(req("flaky", srv.url+"/x"), req("next", srv.url+"/y")), "")
	res, evs, s, err := runOpts(t, Options{Collection: c, Sleep: fs.sleep})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Failed || s.Stats.Requests.Failed != 1 || len(fs.waits) != 0 || len(retries(evs)) != 0 {
		t.Errorf("failed=%v requests=%+v waits=%v", res.Failed, s.Stats.Requests, fs.waits)
	}
	if e := s.Executions[0].RequestError; e == nil || e.Message != "read ECONNRESET" {
		t.Errorf("request error %+v", e)
	}
	if got := len(srv.requests()); got != 2 {
		t.Errorf("server read %d requests", got)
	}
}

func TestRetryConnectionRefused(t *testing.T) {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	dead := "http://" + ln.Addr().String()
	ln.Close()
	fs := &fakeSleep{}
	// a POST too: a refused connection never reached the server
	c := collection(t, coll(methodReq("refused", "POST", dead+"/x")), "")
	res, evs, s, err := runOpts(t, Options{Collection: c, Sleep: fs.sleep,
		Retry: Retry{Max: 2, Delay: 100 * time.Millisecond, Jitter: jitters(0.999)}})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Failed || s.Stats.Requests.Total != 1 || s.Stats.Requests.Failed != 1 || len(s.Failures) != 1 {
		t.Errorf("failed=%v requests=%+v failures=%d", res.Failed, s.Stats.Requests, len(s.Failures))
	}
	rs := retries(evs)
	if len(rs) != 2 || rs[0].Reason != "ECONNREFUSED" || rs[1].Attempt != 2 || rs[1].Max != 3 {
		t.Errorf("retries %+v", rs)
	}
	if e := s.Executions[0].RequestError; e == nil || !strings.Contains(e.Message, "ECONNREFUSED") {
		t.Errorf("final error %+v", e)
	}
	// 0.999 × 100ms, 0.999 × 200ms
	if len(fs.waits) != 2 || fs.waits[0] != 99900*time.Microsecond || fs.waits[1] != 199800*time.Microsecond {
		t.Errorf("waits %v", fs.waits)
	}
	if k := eventKinds(evs); k != "SRSRSD" {
		t.Errorf("request events %s", k)
	}
}

func TestRetryTimeout(t *testing.T) {
	srv := newFlakyServer(t, func(n int, _ string) string {
		if n == 0 {
			return "hang"
		}
		return status(200, "")
	})
	fs := &fakeSleep{}
	c := collection(t, coll(req("slow", srv.url+"/x")), "")
	// (a timeout long enough for a loaded machine to answer the second attempt)
	res, evs, s, err := runOpts(t, Options{Collection: c, Sleep: fs.sleep, TimeoutReq: 400 * time.Millisecond, Retry: Retry{Max: 1}})
	if err != nil {
		t.Fatal(err)
	}
	rs := retries(evs)
	if res.Failed || len(rs) != 1 || rs[0].Reason != "ESOCKETTIMEDOUT" || rs[0].Error.Message != "ESOCKETTIMEDOUT" || s.Executions[0].Response == nil {
		t.Errorf("failed=%v retries=%+v", res.Failed, rs)
	}
	if got := len(srv.requests()); got != 2 {
		t.Errorf("server read %d requests", got)
	}
}

func TestRetryAfterHeader(t *testing.T) {
	srv := newFlakyServer(t, func(n int, _ string) string {
		switch n {
		case 0:
			return status(503, "Retry-After: 2\r\n")
		case 1:
			return status(429, "Retry-After: 120\r\n") // capped by MaxDelay
		case 2:
			return status(503, "Retry-After: Wed, 21 Oct 2015 07:28:00 GMT\r\n") // past: no wait
		}
		return status(200, "")
	})
	fs := &fakeSleep{}
	c := collection(t, coll(req("busy", srv.url+"/x")), "")
	on, _ := ParseStatusSet("429,5xx")
	res, evs, s, err := runOpts(t, Options{Collection: c, Sleep: fs.sleep,
		Retry: Retry{Max: 5, On: on, Delay: time.Second, MaxDelay: 10 * time.Second, Jitter: jitters(0.5)}})
	if err != nil {
		t.Fatal(err)
	}
	if want := []time.Duration{2 * time.Second, 10 * time.Second, 0}; fmt.Sprint(fs.waits) != fmt.Sprint(want) {
		t.Errorf("waits %v, want %v", fs.waits, want)
	}
	rs := retries(evs)
	if res.Failed || len(rs) != 3 || rs[0].Reason != "503" || rs[0].Code != 503 || rs[0].Status != "Service Unavailable" || rs[1].Reason != "429" {
		t.Errorf("failed=%v retries=%+v", res.Failed, rs)
	}
	if s.Stats.Requests.Total != 1 || s.Executions[0].Response.Code != 200 {
		t.Errorf("requests %+v", s.Stats.Requests)
	}
}

func TestRetryGivesUpWithTheLastStatus(t *testing.T) {
	srv := newFlakyServer(t, func(int, string) string { return status(429, "") })
	fs := &fakeSleep{}
	c := collection(t, coll(testScript("limited", "GET", srv.url+"/x", `"pm.test('status', function () { pm.response.to.have.status(200); }); pm.test('once', function () {});"`),
		req("next", srv.url+"/y")), "")
	on, _ := ParseStatusSet("429")
	res, evs, s, err := runOpts(t, withScripts(Options{Collection: c, Sleep: fs.sleep,
		Retry: Retry{Max: 2, On: on, Delay: 100 * time.Millisecond, MaxDelay: 150 * time.Millisecond, Jitter: jitters(0.5)}}))
	if err != nil {
		t.Fatal(err)
	}
	// 3 attempts of the first item, 3 of the second; test scripts ran once
	if got := len(srv.requests()); got != 6 {
		t.Errorf("server read %d requests, want 6", got)
	}
	if !res.Failed || s.Stats.Requests.Total != 2 || s.Stats.Requests.Failed != 0 || s.Stats.Assertions.Total != 2 || s.Stats.Assertions.Failed != 1 {
		t.Errorf("failed=%v requests=%+v assertions=%+v", res.Failed, s.Stats.Requests, s.Stats.Assertions)
	}
	if f := s.Failures; len(f) != 1 || !strings.Contains(f[0].Error.Message, "429") {
		t.Errorf("failures %+v", f)
	}
	if len(retries(evs)) != 4 || s.Executions[0].Response.Code != 429 {
		t.Errorf("retries %d", len(retries(evs)))
	}
	// 0.5 × 100ms, then 0.5 × min(200ms, 150ms), for each item
	if want := "[50ms 75ms 50ms 75ms]"; fmt.Sprint(fs.waits) != want {
		t.Errorf("waits %v, want %s", fs.waits, want)
	}
}

func TestRetryMethods(t *testing.T) {
	resetFirst := func(n int, _ string) string {
		if n == 0 {
			return "reset"
		}
		return status(200, "")
	}
	on, _ := ParseStatusSet("503")
	tests := []struct {
		name    string
		method  string
		methods []string
		answer  func(int, string) string
		seen    int
	}{
		{"a POST is not retried after a reset", "POST", nil, resetFirst, 1},
		{"a PATCH is not retried after a reset", "PATCH", nil, resetFirst, 1},
		{"a PUT is", "PUT", nil, resetFirst, 2},
		{"a POST is when listed", "POST", []string{"GET", "POST"}, resetFirst, 2},
		{"every method with *", "PATCH", []string{"*"}, resetFirst, 2},
		{"a GET is not when the list leaves it out", "GET", []string{"PUT"}, resetFirst, 1},
		{"a POST is not retried after a 503", "POST", nil, func(n int, _ string) string {
			if n == 0 {
				return status(503, "")
			}
			return status(200, "")
		}, 1},
		{"lower case methods are the same", "delete", nil, resetFirst, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFlakyServer(t, tt.answer)
			c := collection(t, coll(methodReq("r", tt.method, srv.url+"/x")), "")
			_, evs, _, err := runOpts(t, Options{Collection: c, Sleep: (&fakeSleep{}).sleep, Retry: Retry{Max: 1, On: on, Methods: tt.methods}})
			if err != nil {
				t.Fatal(err)
			}
			if got := len(srv.requests()); got != tt.seen {
				t.Errorf("server read %d requests, want %d", got, tt.seen)
			}
			if got := len(retries(evs)); got != tt.seen-1 {
				t.Errorf("%d retries", got)
			}
		})
	}
}

// An interrupt (or --timeout) during a wait ends it at once: the run ends
// with the last attempt as the request's outcome.
func TestRetryWaitIsInterrupted(t *testing.T) {
	srv := newFlakyServer(t, func(int, string) string { return "reset" })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fs := &fakeSleep{cancel: cancel}
	c := collection(t, coll(req("flaky", srv.url+"/x"), req("never", srv.url+"/y")), "")
	evs := &capture{}
	s := events.NewSummary(events.SummaryOptions{Executions: true})
	res, err := Run(ctx, Options{Collection: c, Sleep: fs.sleep, Handler: events.Multi{evs, s}, Retry: Retry{Max: 5, Delay: time.Hour}})
	if !errors.Is(err, context.Canceled) || !res.Aborted {
		t.Fatalf("err=%v aborted=%v", err, res.Aborted)
	}
	if got := len(srv.requests()); got != 1 || len(fs.waits) != 1 {
		t.Errorf("server read %d requests; waits %v", got, fs.waits)
	}
	if k := eventKinds(evs); k != "SRD" {
		t.Errorf("request events %s, want SRD", k)
	}
	if s.Stats.Requests.Total != 1 || s.Executions[0].RequestError == nil || len(s.Executions) != 1 {
		t.Errorf("requests %+v", s.Stats.Requests)
	}

	// the real sleep returns as soon as the run's deadline passes
	start := time.Now()
	res, err = Run(context.Background(), Options{Collection: c, Timeout: 200 * time.Millisecond, Retry: Retry{Max: 5, Delay: time.Hour, MaxDelay: time.Hour, Jitter: jitters(0.9)}})
	if !errors.Is(err, context.DeadlineExceeded) || !res.Aborted {
		t.Errorf("err=%v", err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("the wait outlived --timeout: %v", d)
	}
}

func TestParseStatusSet(t *testing.T) {
	s, err := ParseStatusSet(" 429, 5xx ,408")
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[int]bool{429: true, 500: true, 599: true, 503: true, 408: true, 404: false, 600: false, 499: false, 200: false} {
		if s.Has(code) != want {
			t.Errorf("Has(%d) = %v", code, !want)
		}
	}
	for _, bad := range []string{"", ",", "6xx", "0xx", "42", "4299", "abc", "099", "600", "5x", "+42"} {
		if _, err := ParseStatusSet(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestParseRetryMethods(t *testing.T) {
	m, err := ParseRetryMethods("get, Post,*")
	if err != nil || strings.Join(m, " ") != "GET POST *" {
		t.Errorf("%v %v", m, err)
	}
	for _, bad := range []string{"", " , ", "GE T", "G\x00", "Ä"} {
		if _, err := ParseRetryMethods(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"0", 0, true},
		{" 7 ", 7 * time.Second, true},
		{"99999999999999999999999", maxRetryAfter * time.Second, true},
		{"Thu, 01 Jan 2026 12:00:30 GMT", 30 * time.Second, true},
		{"Thursday, 01-Jan-26 12:01:00 GMT", time.Minute, true},
		{"Thu, 01 Jan 2026 11:00:00 GMT", 0, true},
		{"-1", 0, false},
		{"1.5", 0, false},
		{"soon", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		d, ok := parseRetryAfter(tt.in, now)
		if d != tt.want || ok != tt.ok {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tt.in, d, ok, tt.want, tt.ok)
		}
	}
}

func FuzzParseRetryAfter(f *testing.F) {
	for _, s := range []string{"0", "120", "Wed, 21 Oct 2015 07:28:00 GMT", "99999999999999999999", "-5", "1e9"} {
		f.Add(s)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := parseRetryAfter(s, now)
		if d < 0 || (!ok && d != 0) {
			t.Errorf("parseRetryAfter(%q) = %v, %v", s, d, ok)
		}
	})
}

func FuzzParseStatusSet(f *testing.F) {
	for _, s := range []string{"429,503", "5xx", "1XX, 404", ",,", "600"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		set, err := ParseStatusSet(s)
		if err != nil {
			return
		}
		for _, r := range set {
			if r.Lo < 100 || r.Hi > 599 || r.Lo > r.Hi {
				t.Errorf("%q gave %+v", s, r)
			}
		}
	})
}
