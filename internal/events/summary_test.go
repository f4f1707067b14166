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
