package reporters

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/courier-run/courier/events"
)

// fxSendRequest is one item whose test script makes three pm.sendRequest
// calls, two of them at once (the slow one answers last) and one that
// fails, as the runner reports them.
func fxSendRequest() []events.Event {
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	it := events.Item{ID: "id-get", Name: "Get"}
	c := events.Cursor{Length: 1, Cycles: 1, Ref: "ref-0-0"}
	by := &events.ScriptRef{Event: "test", Location: "request Get"}
	get := func(url string) events.Request {
		return events.Request{Method: "GET", URL: url, Parts: &events.URL{Protocol: "http", Host: []string{"x"}, Path: []string{strings.TrimPrefix(url, "http://x/")}}}
	}
	ok := func(code int, status, body string, ms int) *events.Response {
		return &events.Response{Code: code, Status: status, Body: []byte(body), Size: len(body), ResponseTime: time.Duration(ms) * time.Millisecond}
	}
	return []events.Event{
		events.RunStart{Collection: "C", Iterations: 1, Length: 1, Time: t0},
		events.IterationStart{Cursor: c},
		events.ItemStart{Cursor: c, Item: it, Time: t0},
		events.RequestStart{Cursor: c, Item: it, Request: get("http://x/own"), Time: t0},
		events.RequestDone{Cursor: c, Item: it, Request: get("http://x/own"), Response: ok(200, "OK", "own", 3), Time: t0},
		events.Assertion{Cursor: c, Item: it, Event: "test", Location: "request Get", Name: "before", Time: t0},
		events.RequestStart{Cursor: c, Item: it, Script: by, Request: get("http://x/slow"), Time: t0},
		events.RequestStart{Cursor: c, Item: it, Script: by, Request: get("http://x/fast"), Time: t0},
		events.RequestDone{Cursor: c, Item: it, Script: by, Request: get("http://x/fast"), Response: ok(200, "OK", "fast", 2), Time: t0},
		events.Console{Cursor: c, Item: it, Level: "log", Messages: []string{"'fast answered'"}, Time: t0},
		events.RequestDone{Cursor: c, Item: it, Script: by, Request: get("http://x/slow"), Response: ok(404, "Not Found", "slow", 40), Time: t0},
		events.RequestStart{Cursor: c, Item: it, Script: by, Request: get("http://x/refused"), Time: t0},
		events.RequestDone{Cursor: c, Item: it, Script: by, Request: get("http://x/refused"),
			Error: &events.Error{Name: "Error", Message: "connect ECONNREFUSED 127.0.0.1:1"}, Time: t0},
		events.Script{Cursor: c, Item: it, Event: "test", Location: "request Get"},
		events.ItemEnd{Cursor: c, Item: it, Time: t0},
		events.IterationEnd{Cursor: c},
		events.RunEnd{Time: t0.Add(time.Second)},
	}
}

// The cli prints each pm.sendRequest as Newman does: its line when it
// starts, its outcome when it ends (overlapping ones each in turn), and a
// failed one among the run's failures.
func TestCLISendRequest(t *testing.T) {
	var buf bytes.Buffer
	fxFeed(NewCLI(&buf, CLIOptions{NoBanner: true}), fxSendRequest())
	out := buf.String()
	want := `
→ Get
  GET http://x/own [200 OK, 22B, 3ms]
  ✓  before
  GET http://x/slow   GET http://x/fast [200 OK, 23B, 2ms]
  ┌
  │ 'fast answered'
  └
[404 Not Found, 30B, 40ms]
  GET http://x/refused [errored]
     connect ECONNREFUSED 127.0.0.1:1
`
	if !strings.HasPrefix(out, "C\n"+want) {
		t.Errorf("cli output:\n%s\nwant it to start with:\nC%s", out, want)
	}
	for _, s := range []string{
		"requests │                4 │                1 │",
		"total data received: 11B (approx)",
		" 1.  Error                                     \n              connect ECONNREFUSED 127.0.0.1:1 \n              at request                       \n              inside \"\"",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("cli output lacks %q:\n%s", s, out)
		}
	}
}

// The json report counts pm.sendRequest calls in its stats, figures and
// failures (with Newman's source for one that failed) and keeps the item's
// own request in its execution.
func TestJSONSendRequest(t *testing.T) {
	var buf bytes.Buffer
	info := RunInfo{Collection: json.RawMessage(`{"info":{"name":"C"},"item":[{"id":"id-get","name":"Get","request":"http://x/own"}]}`)}
	if err := WriteJSON(&buf, fxSummary(fxSendRequest()), info, JSONOptions{}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Run struct {
			Stats struct {
				Requests struct{ Total, Failed int }
			}
			Transfers  struct{ ResponseTotal int }
			Executions []struct {
				Request  struct{ URL struct{ Path []string } }
				Response struct{ Code int }
			}
			Failures []struct {
				At     string
				Parent json.RawMessage
				Source map[string]json.RawMessage
				Cursor map[string]any
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	r := doc.Run
	if r.Stats.Requests.Total != 4 || r.Stats.Requests.Failed != 1 || r.Transfers.ResponseTotal != 11 {
		t.Errorf("stats %+v, transfers %+v", r.Stats, r.Transfers)
	}
	if len(r.Executions) != 1 || strings.Join(r.Executions[0].Request.URL.Path, "/") != "own" || r.Executions[0].Response.Code != 200 {
		t.Errorf("executions %+v", r.Executions)
	}
	if len(r.Failures) != 1 {
		t.Fatalf("failures %+v", r.Failures)
	}
	f := r.Failures[0]
	var keys []string
	for k, v := range f.Source {
		keys = append(keys, k)
		var c bytes.Buffer
		json.Compact(&c, v)
		f.Source[k] = c.Bytes()
	}
	if f.At != "request" || f.Parent != nil || len(f.Source) != 5 || string(f.Source["protocolProfileBehavior"]) != `{"disableBodyPruning":true}` ||
		string(f.Source["response"]) != "[]" || string(f.Source["event"]) != "[]" || !strings.Contains(string(f.Source["request"]), `"refused"`) {
		t.Errorf("failure at %q, parent %s, source %v", f.At, f.Parent, keys)
	}
	if f.Cursor["execution"] == nil {
		t.Errorf("the failure's cursor names the script that made the request: %v", f.Cursor)
	}
}

// junit, html and github show a failed pm.sendRequest with the item whose
// script made it.
func TestOtherReportersSendRequest(t *testing.T) {
	s := fxSummary(fxSendRequest())
	var junit bytes.Buffer
	if err := WriteJUnit(&junit, s, JUnitOptions{}); err != nil {
		t.Fatal(err)
	}
	if j := junit.String(); !strings.Contains(j, `<testcase name="pm.sendRequest in test-script [request Get]" classname="Get"`) ||
		!strings.Contains(j, `<error type="Error" message="connect ECONNREFUSED 127.0.0.1:1">`) || !strings.Contains(j, "Request: GET http://x/refused") ||
		!strings.Contains(j, `<testsuites name="C" tests="2" failures="0" errors="1"`) || !strings.Contains(j, `tests="2" failures="0" errors="1" skipped="0"`) {
		t.Errorf("junit:\n%s", j)
	}
	var html bytes.Buffer
	if err := WriteHTML(&html, s, RunInfo{}, HTMLOptions{OnlyFailures: true}); err != nil {
		t.Fatal(err)
	}
	if h := html.String(); strings.Count(h, "pm.sendRequest in test-script") != 2 || !strings.Contains(h, "http://x/refused") {
		t.Errorf("html lacks the failed pm.sendRequest (in the failures and the item)")
	}
	var gh bytes.Buffer
	fxFeed(NewGitHub(&gh, nil), fxSendRequest())
	want := "::error title=Get › pm.sendRequest in test-script::Error: connect ECONNREFUSED 127.0.0.1:1%0AGET http://x/refused\n"
	if gh.String() != want {
		t.Errorf("github:\n%s\nwant\n%s", gh.String(), want)
	}
}
