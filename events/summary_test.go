package events

import (
	"testing"
	"time"
)

func TestSummaryFoldsNewmanStats(t *testing.T) {
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	it := Item{ID: "i1", Name: "Get", Path: []string{"F"}}
	c := func(iter, pos int, ref string) Cursor {
		return Cursor{Iteration: iter, Position: pos, Length: 1, Cycles: 2, Ref: ref}
	}
	var spooled []*Execution
	s := NewSummary(SummaryOptions{Executions: true, Bodies: true, MaxBody: 4, OnExecution: func(x *Execution) { spooled = append(spooled, x) }})
	stream := []Event{
		RunStart{Collection: "C", Iterations: 2, Length: 1, Time: t0},
		IterationStart{Cursor: c(0, 0, "")},
		ItemStart{Cursor: c(0, 0, "a"), Item: it, Time: t0},
		Script{Cursor: c(0, 0, "a"), Item: it, Event: "prerequest", Location: "request Get"},
		RequestDone{Cursor: c(0, 0, "a"), Item: it, Request: Request{Method: "GET", URL: "http://x/", Headers: []Header{{Key: "A", Value: "1"}}},
			Response: &Response{Code: 200, Status: "OK", Body: []byte("abcdefgh"), ResponseTime: 10 * time.Millisecond, Size: 8}},
		Assertion{Cursor: c(0, 0, "a"), Item: it, Event: "test", Name: "ok", Index: 0},
		Assertion{Cursor: c(0, 0, "a"), Item: it, Event: "test", Name: "bad", Index: 1, Error: &Error{Name: "AssertionError", Message: "expected 1 to equal 2"}},
		Assertion{Cursor: c(0, 0, "a"), Item: it, Event: "test", Name: "later", Index: 2, Skipped: true},
		Script{Cursor: c(0, 0, "a"), Item: it, Event: "test", Location: "request Get"},
		ItemEnd{Cursor: c(0, 0, "a"), Item: it, Time: t0.Add(20 * time.Millisecond)},
		IterationEnd{Cursor: c(0, 0, "")},
		IterationStart{Cursor: c(1, 0, "")},
		ItemStart{Cursor: c(1, 0, "b"), Item: it, Time: t0},
		RequestDone{Cursor: c(1, 0, "b"), Item: it, Request: Request{Method: "GET", URL: "http://x/"}, Error: &Error{Name: "Error", Message: "connect ECONNREFUSED"}},
		Script{Cursor: c(1, 0, "b"), Item: it, Event: "test", Location: "request Get", Error: &Error{Name: "TypeError", Message: "boom"}},
		ItemEnd{Cursor: c(1, 0, "b"), Item: it, Time: t0.Add(30 * time.Millisecond)},
		IterationEnd{Cursor: c(1, 0, "")},
		RunEnd{Time: t0.Add(time.Second)},
	}
	for _, e := range stream {
		s.Add(e)
	}
	want := Stats{
		Iterations:        Stat{Total: 2},
		Items:             Stat{Total: 2},
		Scripts:           Stat{Total: 3, Failed: 1},
		Prerequests:       Stat{Total: 2},
		Requests:          Stat{Total: 2, Failed: 1},
		Tests:             Stat{Total: 2},
		Assertions:        Stat{Total: 3, Failed: 1},
		TestScripts:       Stat{Total: 2, Failed: 1},
		PrerequestScripts: Stat{Total: 1},
	}
	if s.Stats != want {
		t.Errorf("stats\n got %+v\nwant %+v", s.Stats, want)
	}
	ats := []string{}
	for _, f := range s.Failures {
		ats = append(ats, f.At)
	}
	if len(ats) != 3 || ats[0] != "assertion:1 in test-script" || ats[1] != "request" || ats[2] != "test-script" {
		t.Errorf("failures at %v", ats)
	}
	if len(s.Executions) != 2 || len(spooled) != 2 || string(s.Executions[0].Response.Body) != "abcd" {
		t.Errorf("executions %d, spooled %d, body %q", len(s.Executions), len(spooled), s.Executions[0].Response.Body)
	}
	if s.Executions[0].Request.Headers != nil {
		t.Error("headers kept without SummaryOptions.Headers")
	}
	if got := s.Executions[0].Finished.Sub(s.Executions[0].Started); got != 20*time.Millisecond {
		t.Errorf("execution time %v", got)
	}
	if s.Timings.ResponseAverage != 10 || s.Timings.Completed-s.Timings.Started != 1000 || s.Transfers != 8 {
		t.Errorf("timings %+v transfers %d", s.Timings, s.Transfers)
	}
	if !s.Failed() {
		t.Error("Failed() = false")
	}
}

// A pm.sendRequest is one of the run's requests in Newman's stats, data
// received, times and failures, but not its item's request.
func TestSummarySendRequest(t *testing.T) {
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	it := Item{ID: "i1", Name: "Get"}
	c := Cursor{Length: 1, Cycles: 1, Ref: "a"}
	by := &ScriptRef{Event: "test", Location: "request Get"}
	s := NewSummary(SummaryOptions{Executions: true, Bodies: true, Headers: true})
	for _, e := range []Event{
		RunStart{Collection: "C", Iterations: 1, Length: 1, Time: t0},
		IterationStart{Cursor: c},
		ItemStart{Cursor: c, Item: it, Time: t0},
		RequestStart{Cursor: c, Item: it, Request: Request{Method: "GET", URL: "http://x/own"}},
		RequestDone{Cursor: c, Item: it, Request: Request{Method: "GET", URL: "http://x/own"},
			Response: &Response{Code: 200, Status: "OK", Body: []byte("own"), ResponseTime: 10 * time.Millisecond, Size: 3}},
		RequestStart{Cursor: c, Item: it, Script: by, Request: Request{Method: "GET", URL: "http://x/side"}},
		RequestDone{Cursor: c, Item: it, Script: by, Request: Request{Method: "GET", URL: "http://x/side"},
			Response: &Response{Code: 404, Status: "Not Found", Body: []byte("nothing"), ResponseTime: 30 * time.Millisecond, Size: 7}},
		RequestStart{Cursor: c, Item: it, Script: by, Request: Request{Method: "GET", URL: "http://y/"}},
		RequestDone{Cursor: c, Item: it, Script: by, Request: Request{Method: "GET", URL: "http://y/"},
			Error: &Error{Name: "Error", Message: "getaddrinfo ENOTFOUND y"}},
		Script{Cursor: c, Item: it, Event: "test", Location: "request Get"},
		ItemEnd{Cursor: c, Item: it, Time: t0},
		IterationEnd{Cursor: c},
		RunEnd{Time: t0.Add(time.Second)},
	} {
		s.Add(e)
	}
	if want := (Stat{Total: 3, Failed: 1}); s.Stats.Requests != want {
		t.Errorf("requests %+v, want %+v", s.Stats.Requests, want)
	}
	if s.Transfers != 10 || s.Timings.ResponseAverage != 20 || s.Timings.ResponseMax != 30 {
		t.Errorf("transfers %d, timings %+v", s.Transfers, s.Timings)
	}
	x := s.Executions
	if len(x) != 1 || x[0].Request.URL != "http://x/own" || x[0].Response.Code != 200 || x[0].RequestError != nil {
		t.Fatalf("the item's execution should hold its own request: %+v", x)
	}
	if se := x[0].SendRequestErrors; len(se) != 1 || se[0].Request.URL != "http://y/" || se[0].Script != *by || se[0].Error.Message != "getaddrinfo ENOTFOUND y" {
		t.Errorf("send request errors %+v", se)
	}
	if len(s.Failures) != 1 {
		t.Fatalf("failures %+v", s.Failures)
	}
	f := s.Failures[0]
	if !f.SendRequest || f.At != "request" || f.Event != "test" || f.Location != "request Get" || f.Source.ID != it.ID || f.Request.URL != "http://y/" {
		t.Errorf("failure %+v", f)
	}
	if !s.Failed() {
		t.Error("a failed pm.sendRequest fails the run")
	}
}
