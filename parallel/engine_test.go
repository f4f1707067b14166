package parallel

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/runner"
	"github.com/courier-run/courier/scripting"
)

// jitterServer answers every path with a small JSON body after a random
// pause of up to 3 ms, so that units finish out of order; /fail answers
// 500.
func jitterServer(t testing.TB) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(time.Duration(rand.IntN(3000)) * time.Microsecond)
		w.Header()["Date"] = nil
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == "/fail" {
			w.WriteHeader(500)
		}
		fmt.Fprintf(w, `{"path":%q}`, r.URL.Path)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func closedAddr(t testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// genCollection has three top-level folders and a top-level request; its
// scripts log pm.info and the data row, pass and fail assertions, throw,
// and one request fails on the wire.
func genCollection(t testing.TB, base, closed string) *collections.Collection {
	script := func(listen string, lines ...string) string {
		q := make([]string, len(lines))
		for i, l := range lines {
			q[i] = fmt.Sprintf("%q", l)
		}
		return `{"listen":"` + listen + `","script":{"exec":[` + strings.Join(q, ",") + `]}}`
	}
	reqItem := func(name, url string, events ...string) string {
		return `{"name":"` + name + `","request":{"method":"POST","url":"` + url + `","body":{"mode":"raw","raw":"{{v}}-` + name + `"}},"event":[` + strings.Join(events, ",") + `]}`
	}
	logTest := script("test",
		"console.log(pm.info.iteration, pm.info.iterationCount, pm.iterationData.get('v'), pm.info.requestName);",
		"pm.test('status is 200', () => pm.response.to.have.status(200));",
		"pm.test('has path', () => pm.expect(pm.response.json().path).to.be.a('string'));")
	doc := `{"info":{"name":"gen","_postman_id":"gen-id","schema":"` + collections.SchemaV210 + `"},"item":[` +
		`{"name":"A","item":[` + reqItem("a1", base+"/a1", logTest) + `,` + reqItem("a2", base+"/fail", logTest) + `]},` +
		`{"name":"B","item":[` + reqItem("b1", base+"/b1", logTest, script("prerequest", "if (pm.info.iteration === 1) throw new Error('boom')")) + `,` +
		reqItem("b2", "http://"+closed+"/x", logTest) + `]},` +
		reqItem("top", base+"/top", logTest) + `,` +
		`{"name":"C","item":[{"name":"C1","item":[` + reqItem("c1", base+"/c1", logTest) + `]},` + reqItem("c2", base+"/c2", logTest) + `]}` +
		`]}`
	c, err := collections.Decode("gen.json", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func rows(vals ...string) []collections.Row {
	var out []collections.Row
	for _, v := range vals {
		out = append(out, collections.Row{{Key: "v", Value: v}})
	}
	return out
}

var lib = sync.OnceValue(scripting.NewLibrary)

func baseOptions(c *collections.Collection, data []collections.Row) runner.Options {
	return runner.Options{Collection: c, Data: data,
		Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{Lib: lib()}) }}
}

// lines describes a stream without what differs between runs (times, refs).
type lines struct {
	mu  sync.Mutex
	out []string
}

func (l *lines) Handle(e events.Event) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = append(l.out, eventLine(e))
}

func cursorText(c events.Cursor) string {
	return fmt.Sprintf("[%d %d/%d of %d]", c.Iteration, c.Position, c.Length, c.Cycles)
}

func errText(e *events.Error) string {
	if e == nil {
		return ""
	}
	return " error " + e.Name + ": " + e.Message
}

func eventLine(e events.Event) string {
	switch x := e.(type) {
	case events.RunStart:
		return fmt.Sprintf("run %s %s iterations=%d length=%d", x.Collection, x.CollectionID, x.Iterations, x.Length)
	case events.RunEnd:
		return fmt.Sprintf("end aborted=%v %s%s", x.Aborted, x.Reason, errText(x.Error))
	case events.IterationStart:
		return "iteration " + cursorText(x.Cursor)
	case events.IterationEnd:
		return "iteration end " + cursorText(x.Cursor)
	case events.ItemStart:
		return "item " + x.Item.Name + " " + strings.Join(x.Item.Path, "/") + " " + cursorText(x.Cursor)
	case events.ItemEnd:
		return fmt.Sprintf("item end %s %s skipped=%v stopped=%v", x.Item.Name, cursorText(x.Cursor), x.Skipped, x.Stopped)
	case events.Script:
		return "script " + x.Event + " " + x.Location + " " + cursorText(x.Cursor) + errText(x.Error)
	case events.RequestStart:
		return "request " + x.Request.Method + " " + x.Request.URL + " " + cursorText(x.Cursor)
	case events.RequestDone:
		s := "done " + x.Request.URL + " " + string(x.Request.Body) + " " + cursorText(x.Cursor) + errText(x.Error)
		if x.Response != nil {
			s += fmt.Sprintf(" %d %s", x.Response.Code, x.Response.Body)
		}
		return s
	case events.Assertion:
		return fmt.Sprintf("assert %s %s skipped=%v%s", x.Name, cursorText(x.Cursor), x.Skipped, errText(x.Error))
	case events.Console:
		return "console " + x.Level + " " + strings.Join(x.Messages, " ") + " " + cursorText(x.Cursor)
	}
	return fmt.Sprintf("%T", e)
}

func sequential(t testing.TB, o runner.Options) []string {
	t.Helper()
	l := &lines{}
	o.Handler = l
	if _, err := runner.Run(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	return l.out
}

func tempSpool(t testing.TB) *os.File {
	f, err := os.CreateTemp(t.TempDir(), "spool")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func diffLines(t *testing.T, got, want []string) {
	t.Helper()
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		for i := range max(len(got), len(want)) {
			var a, b string
			if i < len(got) {
				a = got[i]
			}
			if i < len(want) {
				b = want[i]
			}
			if a != b {
				t.Fatalf("line %d:\n got %s\nwant %s\n(%d lines, want %d)", i, a, b, len(got), len(want))
			}
		}
	}
}

// The merged stream of a parallel run is the sequential run's, whatever
// order the units finish in, with units of iterations and of top-level
// items, with events held in memory and spooled.
func TestParallelStreamIsSequential(t *testing.T) {
	srv := jitterServer(t)
	c := genCollection(t, srv.URL, closedAddr(t))
	data := rows("x", "y", "z")
	want := sequential(t, baseOptions(c, data))
	for _, tt := range []struct {
		name     string
		split    Split
		parallel int
		budget   int64
		spool    bool
	}{
		{"iterations, 4 at once", Split{Iterations: true}, 4, 0, false},
		{"iterations and folders, 4 at once, spooled", Split{Iterations: true, Folders: true}, 4, 1, true},
		{"iterations and folders, 8 at once, in memory", Split{Iterations: true, Folders: true}, 8, 0, false},
		{"one unit per collection", Split{}, 4, 0, true},
		{"iterations and folders, one at a time", Split{Iterations: true, Folders: true}, 1, 1, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			runs := []runner.Options{baseOptions(c, data)}
			units, err := Plan(runs, tt.split)
			if err != nil {
				t.Fatal(err)
			}
			l := &lines{}
			o := Options{Parallel: tt.parallel, Handler: l, MemoryBudget: tt.budget}
			var spool *os.File
			if tt.spool {
				spool = tempSpool(t)
				o.Spool = spool
			}
			res, err := Run(context.Background(), runs, units, o)
			if err != nil {
				t.Fatal(err)
			}
			diffLines(t, l.out, want)
			if !res.Failed || res.Aborted || len(res.Units) != len(units) {
				t.Errorf("result %+v", res)
			}
			if tt.spool && tt.budget == 1 && tt.parallel > 1 {
				if fi, _ := spool.Stat(); fi.Size() == 0 {
					t.Errorf("nothing was spooled")
				}
			}
		})
	}
}

// Several collections: one block per collection, in the order given.
func TestParallelSeveralCollections(t *testing.T) {
	srv := jitterServer(t)
	c1 := genCollection(t, srv.URL, closedAddr(t))
	c2 := genCollection(t, srv.URL, closedAddr(t))
	c2.Info.Name, c2.Info.PostmanID = "second", "second-id"
	want := append(sequential(t, baseOptions(c1, rows("x", "y"))), sequential(t, baseOptions(c2, nil))...)
	runs := []runner.Options{baseOptions(c1, rows("x", "y")), baseOptions(c2, nil)}
	units, _ := Plan(runs, Split{Iterations: true, Folders: true})
	l := &lines{}
	if _, err := Run(context.Background(), runs, units, Options{Parallel: 3, Handler: l}); err != nil {
		t.Fatal(err)
	}
	diffLines(t, l.out, want)
}

// items are the item-level events (no run or iteration events) of a
// stream: what shards' reports, concatenated, must give.
func items(ls []string) []string {
	var out []string
	for _, l := range ls {
		if strings.HasPrefix(l, "run ") || strings.HasPrefix(l, "end ") || strings.HasPrefix(l, "iteration ") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// Shards run one after another give, concatenated, the sequential run's
// items; every unit is in exactly one shard.
func TestShardsConcatenated(t *testing.T) {
	srv := jitterServer(t)
	c := genCollection(t, srv.URL, closedAddr(t))
	data := rows("x", "y", "z")
	want := items(sequential(t, baseOptions(c, data)))
	runs := []runner.Options{baseOptions(c, data)}
	for _, split := range []Split{{Iterations: true}, {Iterations: true, Folders: true}} {
		units, _ := Plan(runs, split)
		for _, n := range []int{1, 2, 3, 5, len(units) + 2} {
			var got []string
			var count int
			for i := range n {
				shard := SplitByCount(units, Shard{Index: i, Total: n})
				count += len(shard)
				l := &lines{}
				if _, err := Run(context.Background(), runs, shard, Options{Parallel: 2, Handler: l}); err != nil {
					t.Fatal(err)
				}
				got = append(got, items(l.out)...)
				if len(shard) > 0 && (!strings.HasPrefix(l.out[0], "run gen gen-id iterations=3 length=7") || !strings.HasPrefix(l.out[len(l.out)-1], "end ")) {
					t.Errorf("shard %d/%d: stream from %q to %q", i+1, n, l.out[0], l.out[len(l.out)-1])
				}
			}
			if count != len(units) {
				t.Errorf("%d shards hold %d units of %d", n, count, len(units))
			}
			t.Run(fmt.Sprintf("%+v in %d shards", split, n), func(t *testing.T) { diffLines(t, got, want) })
		}
	}
}

// --bail: the unit that bails stops every unit after it (a request in
// flight is cancelled, units not started never start) and the stream is
// the sequential run's; units before it run to their end.
func TestParallelBailStopsLaterUnits(t *testing.T) {
	var inflight, cancelled atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Date"] = nil
		switch r.URL.Path {
		case "/slow":
			inflight.Add(1)
			select {
			case <-r.Context().Done():
				cancelled.Add(1)
			case <-time.After(30 * time.Second):
			}
			return
		case "/wait":
			// the bailing unit answers once the slow units are in flight
			for inflight.Load() < 3 {
				time.Sleep(time.Millisecond)
			}
			w.WriteHeader(500)
		case "/fail":
			w.WriteHeader(500)
		}
	}))
	t.Cleanup(srv.Close)
	test := `"event":[{"listen":"test","script":{"exec":["pm.test('ok', () => pm.response.to.have.status(200))"]}}]`
	doc := `{"info":{"name":"bail","_postman_id":"bail-id","schema":"` + collections.SchemaV210 + `"},"item":[` +
		`{"name":"fast","request":{"method":"GET","url":"` + srv.URL + `/fast"},` + test + `},` +
		`{"name":"bails","request":{"method":"GET","url":"` + srv.URL + `/wait"},` + test + `},` +
		`{"name":"s1","request":{"method":"GET","url":"` + srv.URL + `/slow"}},` +
		`{"name":"s2","request":{"method":"GET","url":"` + srv.URL + `/slow"}},` +
		`{"name":"s3","request":{"method":"GET","url":"` + srv.URL + `/slow"}},` +
		`{"name":"never","request":{"method":"GET","url":"` + srv.URL + `/slow"}}]}`
	c, err := collections.Decode("bail.json", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	o := baseOptions(c, nil)
	o.Bail = runner.Bail{Enabled: true}
	runs := []runner.Options{o}
	units, _ := Plan(runs, Split{Iterations: true, Folders: true})
	l := &lines{}
	done := make(chan struct{})
	var res *Result
	go func() {
		defer close(done)
		res, err = Run(context.Background(), runs, units, Options{Parallel: 5, Handler: l})
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the run did not stop after the bail")
	}
	if err != nil {
		t.Fatal(err)
	}
	// the server sees the cancelled requests' connections close a moment later
	for deadline := time.Now().Add(10 * time.Second); cancelled.Load() < 3 && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	if cancelled.Load() < 3 {
		t.Errorf("%d slow requests cancelled, want 3 or 4", cancelled.Load())
	}
	if !res.Aborted || !res.Units[2].Dropped || !res.Units[5].Dropped || res.Units[1].Dropped {
		t.Errorf("result %+v", res)
	}
	// the sequential run stops at the same place
	seq := o
	seq.Collection, _ = collections.Decode("bail.json", []byte(strings.ReplaceAll(doc, "/wait", "/fail")))
	want := sequential(t, seq)
	for i := range want {
		want[i] = strings.ReplaceAll(want[i], "/fail", "/wait")
	}
	diffLines(t, l.out, want)
}

// An interrupt stops every unit; Run returns the context's error.
func TestParallelInterrupt(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	t.Cleanup(srv.Close)
	doc := `{"info":{"name":"i","schema":"` + collections.SchemaV210 + `"},"item":[{"name":"r","request":{"method":"GET","url":"` + srv.URL + `"}}]}`
	c, _ := collections.Decode("i.json", []byte(doc))
	o := baseOptions(c, nil)
	o.Iterations = 20
	runs := []runner.Options{o}
	units, _ := Plan(runs, Split{Iterations: true})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	l := &lines{}
	res, err := Run(ctx, runs, units, Options{Parallel: 4, Handler: l})
	if err != context.Canceled || !res.Aborted {
		t.Fatalf("err %v, result %+v", err, res)
	}
	if last := l.out[len(l.out)-1]; !strings.HasPrefix(last, "end aborted=true interrupted") {
		t.Errorf("stream ends %q", last)
	}
	if n := strings.Count(strings.Join(l.out, "\n"), "\nrun "); n != 0 {
		t.Errorf("%d extra run starts", n)
	}
}

func TestPlan(t *testing.T) {
	srv := jitterServer(t)
	c := genCollection(t, srv.URL, closedAddr(t))
	runs := []runner.Options{baseOptions(c, rows("x", "y")), {Collection: c, Iterations: 1}}
	u, err := Plan(runs, Split{Iterations: true, Folders: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range u {
		got = append(got, x.String())
	}
	want := "collection 1 iteration 1 item 1,collection 1 iteration 1 item 2,collection 1 iteration 1 item 3,collection 1 iteration 1 item 4," +
		"collection 1 iteration 2 item 1,collection 1 iteration 2 item 2,collection 1 iteration 2 item 3,collection 1 iteration 2 item 4," +
		"collection 2 iteration 1 item 1,collection 2 iteration 1 item 2,collection 2 iteration 1 item 3,collection 2 iteration 1 item 4"
	if strings.Join(got, ",") != want {
		t.Errorf("plan %s", strings.Join(got, ","))
	}
	u, _ = Plan(runs, Split{})
	if len(u) != 2 || u[0] != (Unit{0, -1, -1}) || u[1] != (Unit{1, -1, -1}) {
		t.Errorf("plan %v", u)
	}
	runs[0].Folders = []string{"A"}
	if _, err := Plan(runs, Split{Folders: true}); err == nil || !strings.Contains(err.Error(), "--parallel-folders cannot be combined with --folder") {
		t.Errorf("err %v", err)
	}
}

// Each execution of a parallel run names the worker that ran it (the html
// timeline's lanes), each unit's items all in one lane, no lane but 1..N;
// a run one unit at a time names none.
func TestParallelLanes(t *testing.T) {
	srv := jitterServer(t)
	c := genCollection(t, srv.URL, closedAddr(t))
	for _, parallel := range []int{1, 3} {
		runs := []runner.Options{baseOptions(c, rows("x", "y", "z", "w", "v", "u"))}
		units, err := Plan(runs, Split{Iterations: true})
		if err != nil {
			t.Fatal(err)
		}
		sum := events.NewSummary(events.SummaryOptions{Executions: true})
		if _, err := Run(context.Background(), runs, units, Options{Parallel: parallel, Handler: sum}); err != nil {
			t.Fatal(err)
		}
		byIter := map[int]string{}
		lanes := map[string]bool{}
		for _, x := range sum.Executions {
			lanes[x.Lane] = true
			if l, ok := byIter[x.Cursor.Iteration]; ok && l != x.Lane {
				t.Errorf("--parallel %d: iteration %d ran in %q and %q", parallel, x.Cursor.Iteration, l, x.Lane)
			}
			byIter[x.Cursor.Iteration] = x.Lane
		}
		if len(sum.Executions) != 6*7 {
			t.Fatalf("--parallel %d: %d executions", parallel, len(sum.Executions))
		}
		want := map[string]bool{"": true}
		if parallel == 3 {
			want = map[string]bool{}
			for w := 1; w <= 3; w++ {
				want[fmt.Sprintf("worker %d", w)] = true
			}
		}
		for l := range lanes {
			if !want[l] {
				t.Errorf("--parallel %d: lane %q", parallel, l)
			}
		}
		if len(lanes) > len(want) {
			t.Errorf("--parallel %d: lanes %v, want among %v", parallel, lanes, want)
		}
	}
}
