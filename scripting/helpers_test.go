package scripting

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/vars"
)

// sharedLib is compiled once for the whole test binary, as the CLI does.
var sharedLib = NewLibrary()

type consoleLine struct {
	Level string
	Args  []string
}

type fakeHost struct {
	mu      sync.Mutex
	vars    *vars.Set
	console []consoleLine
	jar     *fakeJar
	send    func(ctx context.Context, req *collections.Request) (*Response, error)
	sent    []*collections.Request
	done    func(url string) // called as a pm.sendRequest is reported done
}

func newFakeHost() *fakeHost {
	return &fakeHost{
		vars: &vars.Set{
			Local:       vars.NewScope(vars.Local, nil),
			Data:        vars.NewScope(vars.Data, nil),
			Environment: vars.NewScope(vars.Environment, nil),
			Collection:  vars.NewScope(vars.Collection, nil),
			Globals:     vars.NewScope(vars.Globals, nil),
		},
		jar: &fakeJar{cookies: map[string][]Cookie{}},
	}
}

func (h *fakeHost) Variables() *vars.Set { return h.vars }

func (h *fakeHost) SendRequest(s Script, req *collections.Request) ScriptRequest {
	h.mu.Lock()
	h.sent = append(h.sent, req)
	h.mu.Unlock()
	return &fakeRequest{h: h, req: req}
}

// fakeRequest is a pm.sendRequest of the fake host: its start and end are
// logged on the console, as a reporter would print them, in order with what
// the script logs.
type fakeRequest struct {
	h   *fakeHost
	req *collections.Request
	err error
}

func (f *fakeRequest) Start() { f.h.Console("request", []string{"start " + f.req.URL.String()}) }

func (f *fakeRequest) Do(ctx context.Context) (*Response, error) {
	f.h.mu.Lock()
	send := f.h.send
	f.h.mu.Unlock()
	if send == nil {
		f.err = errors.New("no network in tests")
		return nil, f.err
	}
	res, err := send(ctx, f.req)
	f.err = err
	return res, err
}

func (f *fakeRequest) Done() {
	outcome := "ok"
	if f.err != nil {
		outcome = "error: " + f.err.Error()
	}
	f.h.Console("request", []string{"done " + f.req.URL.String() + " " + outcome})
	if f.h.done != nil {
		f.h.done(f.req.URL.String())
	}
}

func (h *fakeHost) Cookies() CookieJar { return h.jar }

func (h *fakeHost) Console(level string, args []string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.console = append(h.console, consoleLine{level, append([]string(nil), args...)})
}

func (h *fakeHost) consoleText() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var b strings.Builder
	for _, l := range h.console {
		b.WriteString(l.Level + ": " + strings.Join(l.Args, " ") + "\n")
	}
	return b.String()
}

// fakeJar keeps cookies by the URL they were set for (their Domain).
type fakeJar struct {
	cookies map[string][]Cookie // by url
}

func (j *fakeJar) Get(url, name string) (*Cookie, error) {
	for _, c := range j.cookies[url] {
		if c.Name == name {
			c := c
			return &c, nil
		}
	}
	return nil, nil
}
func (j *fakeJar) GetAll(url string) ([]Cookie, error) { return j.cookies[url], nil }
func (j *fakeJar) Prepare(url string, c Cookie) (Cookie, error) {
	c.Domain = url
	return c, nil
}
func (j *fakeJar) Put(c Cookie) {
	list := j.cookies[c.Domain]
	for i := range list {
		if list[i].Name == c.Name {
			list[i] = c
			return
		}
	}
	j.cookies[c.Domain] = append(list, c)
}
func (j *fakeJar) Remove(c Cookie) {
	var out []Cookie
	for _, x := range j.cookies[c.Domain] {
		if x.Name != c.Name {
			out = append(out, x)
		}
	}
	j.cookies[c.Domain] = out
}

// jsonResponse is a typical API response.
func jsonResponse(code int, reason, body string) *Response {
	return &Response{
		Code:   code,
		Reason: reason,
		Headers: []Header{
			{Key: "Content-Type", Value: "application/json; charset=utf-8"},
			{Key: "X-Custom", Value: "abc"},
			{Key: "Set-Cookie", Value: "sid=123; Path=/"},
		},
		Body:         []byte(body),
		ResponseTime: 21 * time.Millisecond,
		ResponseSize: len(body),
		Cookies:      []Cookie{{Name: "sid", Value: "123", Domain: "127.0.0.1", Path: "/"}},
	}
}

func testRequest() *collections.Request {
	return &collections.Request{
		Method:  "GET",
		URL:     collections.ParseURL("http://127.0.0.1:18931/json?a=1&b=two"),
		Headers: []collections.Header{{Key: "Accept", Value: "application/json"}},
	}
}

// runOne runs one script of an event on a fresh runtime.
func runOne(t testing.TB, h *fakeHost, event, src string, res *Response) *Result {
	t.Helper()
	rt := New(h, Options{Lib: sharedLib, DefaultTimeout: 5 * time.Second})
	defer rt.Close()
	return runIn(t, rt, event, src, res)
}

func runIn(t testing.TB, rt Runtime, event, src string, res *Response) *Result {
	t.Helper()
	ex := &Execution{
		Event:    event,
		Scripts:  []Script{{Source: src, Location: "request R1"}},
		Item:     Item{ID: "rid-1", Name: "R1", Path: []string{"t"}},
		Request:  testRequest(),
		Response: res,
		Info:     Info{EventName: event, Iteration: 0, IterationCount: 1, RequestName: "R1", RequestID: "rid-1"},
	}
	out, err := rt.Run(context.Background(), ex)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return out
}

// summary renders tests and the script error compactly for comparison.
func summary(r *Result) string {
	var b strings.Builder
	for _, s := range r.Scripts {
		for _, t := range s.Tests {
			switch {
			case t.Skipped:
				b.WriteString("SKIP " + t.Name + "\n")
			case t.Passed:
				b.WriteString("PASS " + t.Name + "\n")
			default:
				msg := ""
				if t.Error != nil {
					msg = t.Error.Name + ": " + t.Error.Message
				}
				b.WriteString("FAIL " + t.Name + " | " + msg + "\n")
			}
		}
		if s.Error != nil {
			b.WriteString("ERROR " + s.Error.Name + ": " + s.Error.Message + "\n")
		}
		if s.AsyncError != nil {
			b.WriteString("ASYNC ERROR " + s.AsyncError.Name + ": " + s.AsyncError.Message + "\n")
		}
	}
	return b.String()
}
