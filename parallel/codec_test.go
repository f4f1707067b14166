package parallel

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/courier-run/courier/events"
)

func ptr[T any](v T) *T { return &v }

// sampleEvents has every event type with its fields set, and the values
// a lossy codec would change: nil beside empty, pointers to "", NaN-free
// floats of every JSON type in `any` fields, raw JSON, a 0-byte body.
func sampleEvents() []events.Event {
	at := time.Date(2026, 3, 4, 5, 6, 7, 890, time.UTC)
	cur := events.Cursor{Iteration: 2, Position: 7, Length: 9, Cycles: 3, Ref: "ref-1"}
	item := events.Item{ID: "id", Name: "näme", Path: []string{"A", ""}}
	req := events.Request{
		Method: "POST", URL: "http://h/p?a&&b", Display: "h/p",
		Headers:  []events.Header{{Key: "K", Value: "v", System: true}, {Key: "D", Disabled: true, JSON: json.RawMessage(`[1,"x"]`)}},
		Body:     []byte{},
		BodyMode: "raw",
		Parts: &events.URL{Protocol: "http", Auth: &events.URLAuth{User: ptr(""), Password: nil}, Host: []string{"h"}, Port: ptr(""), Path: []string{},
			Hash: nil, Query: []events.QueryParam{{Key: ptr("a")}, {}, {Key: ptr("b"), Value: ptr("")}}, Variables: nil},
		Phases: &events.Phases{DNS: time.Millisecond, Total: -3, Secure: true},
		Spec: &events.RequestSpec{
			Description: "d",
			Headers:     []events.SpecField{{Key: "h", Value: "1", JSON: json.RawMessage(`1`), NoValue: true, Src: []string{}, SrcList: true}},
			Body: &events.BodySpec{Mode: "graphql", Raw: "", RawJSON: json.RawMessage{}, Fields: nil, URLEncoded: []events.SpecField{},
				GraphQL: &events.GraphQLSpec{Query: "q", HasVariables: true, QueryJSON: json.RawMessage(`{"a":null}`)},
				Options: map[string]any{"raw": map[string]any{"language": "json", "n": 1.5, "list": []any{nil, true, "s", []any{}}}, "empty": map[string]any{}}},
			Auth:       &events.AuthSpec{Type: "digest", Params: []events.AuthParam{{Key: "k", Value: 3.0}, {Key: "n", Value: nil, NoValue: true}, {Key: "s", Value: "x", System: true}}},
			Proxy:      map[string]any{},
			FalsyProxy: json.RawMessage(`false`),
		},
	}
	resp := &events.Response{Code: 200, Status: "OK", Headers: []events.Header{}, Body: []byte("body\x00\xff"), ResponseTime: 12 * time.Millisecond, Size: 6}
	e := &events.Error{Name: "Error", Message: "m", Stack: "s"}
	return []events.Event{
		events.RunStart{Collection: "c", CollectionID: "cid", Iterations: 3, Length: 9, Time: at},
		events.CollectionStart{Collection: "d", CollectionID: "did", Index: 1, Time: at},
		events.IterationStart{Cursor: cur},
		events.ItemStart{Cursor: cur, Item: item, Time: at},
		events.Script{Cursor: cur, Item: item, Event: "prerequest", Location: "folder A", Error: e},
		events.Script{Cursor: cur, Item: events.Item{}, Event: "test"},
		events.RequestStart{Cursor: cur, Item: item, Request: events.Request{Method: "GET", URL: "u"}, Script: &events.ScriptRef{Event: "test", Location: "request"}, Time: at},
		events.RequestDone{Cursor: cur, Item: item, Request: req, Response: resp, Time: at},
		events.RequestDone{Cursor: cur, Item: item, Request: req, Error: e, Time: at},
		events.RequestRetry{Cursor: cur, Item: item, Request: req, Attempt: 1, Max: 3, Reason: "503", Delay: time.Second, Code: 503, Status: "Service Unavailable", Time: at},
		events.AuthToken{Cursor: cur, Item: item, Grant: "client_credentials", URL: "http://t/token", Code: 200, Status: "OK", Duration: time.Millisecond, Time: at},
		events.AuthToken{Cursor: cur, Item: item, Script: &events.ScriptRef{Event: "prerequest", Location: "collection"}, Grant: "refresh_token", URL: "u", Error: e, Time: at},
		events.Assertion{Cursor: cur, Item: item, Event: "test", Location: "request", Name: "t", Index: 4, Skipped: true, Error: e, Time: at},
		events.Console{Cursor: cur, Item: item, Level: "log", Messages: []string{"a", ""}, Time: at},
		events.Visualizer{Cursor: cur, Item: item, Template: "<b>{{n}}</b>", Data: map[string]any{"n": 1.0, "big": math.MaxFloat64, "i": int64(-4), "nested": []any{map[string]any{}}}, HTML: "<b>1</b>"},
		events.Visualizer{Cursor: cur, Item: item, Data: nil, Error: "e"},
		events.ItemEnd{Cursor: cur, Item: item, Skipped: true, Stopped: true, Time: at},
		events.IterationEnd{Cursor: cur},
		events.RunEnd{Time: at, Aborted: true, Reason: "bail", Error: e},
	}
}

func TestCodecRoundTrip(t *testing.T) {
	var b []byte
	evs := sampleEvents()
	for _, e := range evs {
		var err error
		if b, err = appendEvent(b, e); err != nil {
			t.Fatalf("%T: %v", e, err)
		}
	}
	for i, want := range evs {
		got, rest, err := readEvent(b)
		if err != nil {
			t.Fatalf("event %d (%T): %v", i, want, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("event %d:\n got %#v\nwant %#v", i, got, want)
		}
		b = rest
	}
	if len(b) != 0 {
		t.Errorf("%d bytes left", len(b))
	}
}

// A value of a type the codec does not list, in an `any`, comes back as
// its JSON read into an `any`.
func TestCodecUnlistedValueAsJSON(t *testing.T) {
	type point struct{ X, Y int }
	b, err := appendEvent(nil, events.Visualizer{Data: []point{{1, 2}}})
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := readEvent(b)
	if err != nil {
		t.Fatal(err)
	}
	want := []any{map[string]any{"X": 1.0, "Y": 2.0}}
	if !reflect.DeepEqual(got.(events.Visualizer).Data, want) {
		t.Errorf("got %#v", got.(events.Visualizer).Data)
	}
}

// Every event type package events declares is one the codec can spool.
func TestCodecListsEveryEventType(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "../events/events.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, ty := range concrete {
		if ty.PkgPath() == "github.com/courier-run/courier/events" {
			listed[ty.Name()] = true
		}
	}
	n := 0
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "event" || fn.Recv == nil {
			continue
		}
		name := fn.Recv.List[0].Type.(*ast.Ident).Name
		n++
		if !listed[name] {
			t.Errorf("events.%s is not in the codec's concrete types", name)
		}
	}
	if n < 13 {
		t.Errorf("found only %d event types in events.go", n)
	}
	seen := map[string]bool{}
	for _, e := range sampleEvents() {
		seen[reflect.TypeOf(e).Name()] = true
	}
	for name := range listed {
		if !seen[name] {
			t.Errorf("sampleEvents has no events.%s", name)
		}
	}
}

func FuzzReadEvent(f *testing.F) {
	for _, e := range sampleEvents() {
		b, _ := appendEvent(nil, e)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for len(b) > 0 {
			_, rest, err := readEvent(b)
			if err != nil {
				return
			}
			b = rest
		}
	})
}
