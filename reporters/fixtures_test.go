package reporters

import (
	"strconv"
	"strings"
	"time"

	"github.com/courier-run/courier/events"
)

// Recorded event streams for the reporter tests, written out by hand in the
// order the runner emits them (RunStart, IterationStart, per item ItemStart,
// pre-request Script, RequestDone, test Script with its Assertion and
// Console events, ItemEnd, …, RunEnd). Times come from a fake clock.

// fxStream builds an event stream with a deterministic clock.
type fxStream struct {
	now    time.Time
	evs    []events.Event
	cycles int
	length int
	pos    int
	iter   int
}

func newFxStream(collection, id string, iterations, length int) *fxStream {
	b := &fxStream{now: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), cycles: iterations, length: length}
	b.add(events.RunStart{Collection: collection, CollectionID: id, Iterations: iterations, Length: length, Time: b.now})
	return b
}

func (b *fxStream) add(e events.Event) { b.evs = append(b.evs, e) }

func (b *fxStream) tick(ms int) time.Time {
	b.now = b.now.Add(time.Duration(ms) * time.Millisecond)
	return b.now
}

func (b *fxStream) cursor() events.Cursor {
	return events.Cursor{Iteration: b.iter, Position: b.pos, Length: b.length, Cycles: b.cycles,
		Ref: "ref-" + strconv.Itoa(b.iter) + "-" + strconv.Itoa(b.pos)}
}

func (b *fxStream) iterationStart(i int) {
	b.iter, b.pos = i, 0
	b.add(events.IterationStart{Cursor: b.cursor()})
}

func (b *fxStream) iterationEnd() {
	b.add(events.IterationEnd{Cursor: b.cursor()})
}

// fxItem is one item execution in a fixture.
type fxItem struct {
	item         events.Item
	preErr       *events.Error
	req          events.Request
	resp         *events.Response
	reqErr       *events.Error
	asserts      []fxAssert
	testErr      *events.Error
	console      []events.Console
	visualizer   *events.Visualizer
	skipped      bool // pm.execution.skipRequest()
	preLocation  string
	testLocation string
}

type fxAssert struct {
	name    string
	skipped bool
	err     *events.Error
}

func (b *fxStream) item(it fxItem, ms int) {
	c := b.cursor()
	b.add(events.ItemStart{Cursor: c, Item: it.item, Time: b.tick(1)})
	b.add(events.Script{Cursor: c, Item: it.item, Event: "prerequest", Location: stringOr(it.preLocation, "request"), Error: it.preErr})
	if it.skipped {
		b.add(events.ItemEnd{Cursor: c, Item: it.item, Skipped: true})
		b.tick(ms)
		b.pos++
		return
	}
	b.add(events.RequestDone{Cursor: c, Item: it.item, Request: it.req, Response: it.resp, Error: it.reqErr, Time: b.now})
	b.add(events.Script{Cursor: c, Item: it.item, Event: "test", Location: stringOr(it.testLocation, "request"), Error: it.testErr})
	for i, a := range it.asserts {
		b.add(events.Assertion{Cursor: c, Item: it.item, Event: "test", Name: a.name, Index: i, Skipped: a.skipped, Error: a.err, Time: b.now})
	}
	for _, cl := range it.console {
		cl.Cursor, cl.Item, cl.Time = c, it.item, b.now
		b.add(cl)
	}
	if it.visualizer != nil {
		v := *it.visualizer
		v.Cursor, v.Item = c, it.item
		b.add(v)
	}
	b.add(events.ItemEnd{Cursor: c, Item: it.item})
	b.tick(ms)
	b.pos++
}

func (b *fxStream) end(aborted bool, reason string, err *events.Error) []events.Event {
	b.add(events.RunEnd{Time: b.tick(2), Aborted: aborted, Reason: reason, Error: err})
	return b.evs
}

func fxAssertionError(msg string) *events.Error {
	return &events.Error{Name: "AssertionError", Message: msg, Stack: "AssertionError: " + msg + "\n   at Object.eval test.js:2:7)"}
}

// fxMixed is a two-iteration run over three items with non-ASCII and
// XML-special names, passing, failing and skipped assertions, a pre-request
// script error, a test script error, a request error, console output, a
// visualizer, a large body and a secret bearer token.
func fxMixed() []events.Event {
	b := newFxStream(`Shop <API> & "Co" 'v1' 🚀`, "c0ffee-1234", 2, 3)
	user := events.Item{ID: "item-user", Name: "Get user 😀", Path: []string{"Пользователи", "Details <x>"}}
	order := events.Item{ID: "item-order", Name: `Create <order> & "pay"`}
	health := events.Item{ID: "item-health", Name: "Health", Path: []string{"Ops"}}
	bigBody := strings.Repeat("<p>ok & fine</p>\n", 400)
	for i := 0; i < 2; i++ {
		b.iterationStart(i)
		nameAssert := fxAssert{name: "Name is Иван"}
		userBody := `{"id":1,"name":"Иван","tags":["a","<b>"],"token":"secret-token-123"}`
		if i == 1 {
			nameAssert.err = fxAssertionError("expected 'Пётр' to deeply equal 'Иван'")
			userBody = `{"id":1,"name":"Пётр","tags":[]}`
		}
		b.item(fxItem{
			item: user,
			req: events.Request{Method: "GET", URL: "https://api.example.com/users/1?q=a&b=%3Cc%3E", Parts: fxParts("https", "api.example.com", "", "users/1", "q=a", "b=%3Cc%3E"),
				Headers: []events.Header{{Key: "Accept", Value: "application/json"}, {Key: "Authorization", Value: "Bearer secret-token-123"}},
				Phases: &events.Phases{Prepare: 300 * time.Microsecond, Wait: 100 * time.Microsecond, DNS: 2 * time.Millisecond, TCP: 3 * time.Millisecond,
					TLS: 9 * time.Millisecond, FirstByte: 25 * time.Millisecond, Download: 2 * time.Millisecond, Process: 600 * time.Microsecond,
					Total: 42 * time.Millisecond, Secure: true}},
			resp: &events.Response{Code: 200, Status: "OK", ResponseTime: 42 * time.Millisecond, Size: len(userBody),
				Headers: []events.Header{{Key: "Content-Type", Value: "application/json; charset=utf-8"}, {Key: "Set-Cookie", Value: "sid=abc123; Path=/; HttpOnly"}},
				Body:    []byte(userBody)},
			asserts: []fxAssert{{name: "Status code is 200"}, nameAssert, {name: "later: <feature> & co", skipped: true}},
			console: []events.Console{{Level: "log", Messages: []string{"user loaded:", "Иван <b>"}}},
			visualizer: &events.Visualizer{Template: `<h1>{{name}}</h1><script>alert("x")</script>`,
				Data: map[string]any{"name": "Иван", "tags": []any{"a", "<b>"}},
				HTML: `<h1>Иван</h1><script>alert("x")</script>`},
		}, 60)
		var preErr *events.Error
		if i == 1 {
			preErr = &events.Error{Name: "TypeError", Message: "Cannot read properties of undefined (reading 'x')",
				Stack: "TypeError: Cannot read properties of undefined (reading 'x')\n    at prerequest.js:3:14"}
		}
		b.item(fxItem{
			item:   order,
			preErr: preErr,
			req: events.Request{Method: "POST", URL: "https://api.example.com/orders", Parts: fxParts("https", "api.example.com", "", "orders"), BodyMode: "raw",
				Headers: []events.Header{{Key: "Content-Type", Value: "application/json"}},
				Body:    []byte(`{"qty":2,"note":"<fragile> & \"urgent\""}`)},
			resp: &events.Response{Code: 201, Status: "Created", ResponseTime: 130 * time.Millisecond, Size: len(bigBody),
				Headers: []events.Header{{Key: "Content-Type", Value: "text/html"}}, Body: []byte(bigBody)},
			asserts: []fxAssert{{name: "Order id present"}, {name: "Order id present"}},
		}, 150)
		health := fxItem{
			item:   health,
			req:    events.Request{Method: "GET", URL: "http://127.0.0.1:9/health", Parts: fxParts("http", "127.0.0.1", "9", "health")},
			reqErr: &events.Error{Name: "Error", Message: "connect ECONNREFUSED 127.0.0.1:9"},
		}
		if i == 0 {
			health.asserts = []fxAssert{{name: "status is ok", err: &events.Error{Name: "TypeError", Message: "Cannot read properties of undefined (reading 'code')"}}}
		} else {
			health.testErr = &events.Error{Name: "ReferenceError", Message: "respons is not defined",
				Stack: "ReferenceError: respons is not defined\n    at test.js:1:1"}
			health.console = []events.Console{{Level: "error", Messages: []string{"health check failed"}}}
		}
		b.item(health, 5)
		b.iterationEnd()
	}
	return b.end(false, "", nil)
}

// fxParts is a URL in the parts the runner reports: host split on dots, path
// on slashes, each query "k=v" ("k" alone has no value).
func fxParts(protocol, host, port, path string, query ...string) *events.URL {
	u := &events.URL{Protocol: protocol, Host: strings.Split(host, "."), Path: strings.Split(path, "/")}
	if port != "" {
		u.Port = &port
	}
	for _, q := range query {
		k, v, ok := strings.Cut(q, "=")
		p := events.QueryParam{Key: &k}
		if ok {
			p.Value = &v
		}
		u.Query = append(u.Query, p)
	}
	return u
}

// fxSingle is a one-iteration run where everything passes and one item is
// skipped by pm.execution.skipRequest().
func fxSingle() []events.Event {
	b := newFxStream("Tiny", "tiny-id", 1, 2)
	b.iterationStart(0)
	b.item(fxItem{
		item: events.Item{ID: "a", Name: "Ping"},
		req:  events.Request{Method: "GET", URL: "http://127.0.0.1:8080/ping", Parts: fxParts("http", "127.0.0.1", "8080", "ping")},
		resp: &events.Response{Code: 200, Status: "OK", ResponseTime: 3 * time.Millisecond, Size: 4, Body: []byte("pong")},
		asserts: []fxAssert{
			{name: "status 200"}, {name: "body is pong"}, {name: "todo", skipped: true},
		},
	}, 10)
	b.item(fxItem{item: events.Item{ID: "b", Name: "Skipped one", Path: []string{"Later"}}, skipped: true}, 1)
	b.iterationEnd()
	return b.end(false, "", nil)
}

// fxAborted is a run cut short by --timeout after one item.
func fxAborted() []events.Event {
	b := newFxStream("Slow", "slow-id", 3, 2)
	b.iterationStart(0)
	b.item(fxItem{
		item:    events.Item{ID: "s", Name: "Slow call"},
		req:     events.Request{Method: "GET", URL: "http://127.0.0.1:8080/slow", Parts: fxParts("http", "127.0.0.1", "8080", "slow")},
		resp:    &events.Response{Code: 200, Status: "OK", ResponseTime: 900 * time.Millisecond, Size: 2, Body: []byte("ok")},
		asserts: []fxAssert{{name: "fast enough", err: fxAssertionError("expected 900 to be below 500")}},
	}, 1000)
	return b.end(true, "timeout", &events.Error{Name: "Error", Message: "callback timed out"})
}

// fxEmpty is a run over a collection with no requests.
func fxEmpty() []events.Event {
	b := newFxStream("Empty", "", 1, 0)
	b.iterationStart(0)
	b.iterationEnd()
	return b.end(false, "", nil)
}

type fxCase struct {
	name   string
	stream func() []events.Event
}

func fxCases() []fxCase {
	return []fxCase{
		{"mixed", fxMixed},
		{"single", fxSingle},
		{"aborted", fxAborted},
		{"empty", fxEmpty},
	}
}

// fxSummary folds a stream into a Summary keeping everything.
func fxSummary(evs []events.Event) *events.Summary {
	s := events.NewSummary(events.SummaryOptions{Executions: true, Bodies: true, Headers: true, Console: true})
	for _, e := range evs {
		s.Add(e)
	}
	return s
}

// fxFeed delivers a stream to a handler.
func fxFeed(h events.Handler, evs []events.Event) {
	for _, e := range evs {
		h.Handle(e)
	}
}

func fxItemNamed(name string) events.Item { return events.Item{ID: "id-" + name, Name: name} }
