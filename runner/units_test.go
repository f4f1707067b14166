package runner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
)

// unitLines describes a run's events by kind, cursor, item and console
// output (pm.info.iteration and the data row, as the test scripts log them).
func unitLines(evs []events.Event) []string {
	var out []string
	cur := func(c events.Cursor) string {
		return fmt.Sprintf("it=%d pos=%d len=%d cycles=%d", c.Iteration, c.Position, c.Length, c.Cycles)
	}
	for _, e := range evs {
		switch x := e.(type) {
		case events.RunStart:
			out = append(out, fmt.Sprintf("run iterations=%d length=%d", x.Iterations, x.Length))
		case events.IterationStart:
			out = append(out, "iteration start "+cur(x.Cursor))
		case events.IterationEnd:
			out = append(out, "iteration end "+cur(x.Cursor))
		case events.ItemStart:
			out = append(out, "item "+x.Item.Name+" "+cur(x.Cursor))
		case events.RequestDone:
			out = append(out, "request "+x.Request.URL+" "+cur(x.Cursor))
		case events.Console:
			out = append(out, "console "+strings.Join(x.Messages, " ")+" "+cur(x.Cursor))
		case events.Assertion:
			out = append(out, "assertion "+x.Name+" "+cur(x.Cursor))
		}
	}
	return out
}

// A run of some top-level items and some iterations (OnlyTop,
// OnlyIterations) gives the events of that part of the whole run: the same
// cursors (whole positions, length and iteration count), pm.info.iteration
// and data rows; whole runs cut into such units give the whole run's events
// once the units' run and iteration events are left out.
func TestUnitsKeepTheWholeRunsCursors(t *testing.T) {
	srv, _ := testServer(t)
	log := `,"event":[{"listen":"test","script":{"exec":["console.log(pm.info.iteration, pm.info.iterationCount, pm.iterationData.get('v'), pm.info.requestName); pm.test('t', () => {})"]}}]`
	item := func(name string) string {
		return `{"name":"` + name + `","request":{"method":"GET","url":"BASE/` + name + `"}` + log + `}`
	}
	doc := coll(
		folder("A", item("a1"), folder("B", item("b1")), item("a2")),
		item("top"),
		folder("C", item("c1")),
	)
	data := []collections.Row{
		{{Key: "v", Value: "x"}}, {{Key: "v", Value: "y"}}, {{Key: "v", Value: "z"}},
	}
	c := collection(t, doc, srv.URL)
	run := func(o Options) []string {
		o.Collection, o.Data = c, data
		_, capt, _, err := runOpts(t, withScripts(o))
		if err != nil {
			t.Fatal(err)
		}
		return unitLines(capt.events)
	}
	whole := run(Options{})
	if got := strings.Join(whole, "\n"); !strings.Contains(got, "console 2 3 'z' 'c1' it=2 pos=4 len=5 cycles=3") &&
		!strings.Contains(got, "console 2 3 z c1 it=2 pos=4 len=5 cycles=3") {
		t.Fatalf("whole run:\n%s", got)
	}
	var units []string
	for it := 0; it < 3; it++ {
		for top := 0; top < 3; top++ {
			lines := run(Options{OnlyTop: []int{top}, OnlyIterations: []int{it}})
			if lines[0] != "run iterations=3 length=5" {
				t.Fatalf("unit (%d, %d) starts %q", it, top, lines[0])
			}
			for _, l := range lines[1:] {
				if strings.HasPrefix(l, "iteration ") && (top > 0 && strings.Contains(l, "start") || top < 2 && strings.Contains(l, "end")) {
					continue
				}
				units = append(units, l)
			}
		}
	}
	if got, want := strings.Join(units, "\n"), strings.Join(whole[1:], "\n"); got != want {
		t.Errorf("units:\n%s\nwhole run:\n%s", got, want)
	}
	// several top-level items and iterations in one unit
	two := run(Options{OnlyTop: []int{0, 2}, OnlyIterations: []int{1, 2}})
	var want []string
	for _, l := range whole {
		if strings.Contains(l, "it=0") || strings.Contains(l, "pos=3 ") {
			continue
		}
		want = append(want, l)
	}
	if got, w := strings.Join(two, "\n"), strings.Join(want, "\n"); got != w {
		t.Errorf("top 0 and 2, iterations 1 and 2:\n%s\nwant:\n%s", got, w)
	}
}

// A setNextRequest to a request of another unit cannot be followed: the
// iteration ends there, with a warning naming the request.
func TestUnitSetNextRequestOutside(t *testing.T) {
	srv, rec := testServer(t)
	jump := `,"event":[{"listen":"test","script":{"exec":["pm.execution.setNextRequest('c1')"]}}]`
	doc := coll(
		folder("A", `{"name":"a1","request":{"method":"GET","url":"BASE/a1"}`+jump+`}`, req("a2", "BASE/a2")),
		folder("C", req("c1", "BASE/c1")),
	)
	c := collection(t, doc, srv.URL)
	_, capt, _, err := runOpts(t, withScripts(Options{Collection: c, OnlyTop: []int{0}}))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rec.paths(), " "); got != "/a1" {
		t.Errorf("requests %q, want /a1 only", got)
	}
	var warned bool
	for _, e := range capt.events {
		if x, ok := e.(events.Console); ok && x.Level == "warn" && strings.Contains(x.Messages[0], `setNextRequest("c1")`) {
			warned = true
		}
	}
	if !warned {
		t.Errorf("no warning about the jump out of the unit:\n%s", strings.Join(unitLines(capt.events), "\n"))
	}
}
