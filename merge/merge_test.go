package merge

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/internal/sdkjson"
	"github.com/courier-run/courier/reporters"
	"github.com/courier-run/courier/runner"
	"github.com/courier-run/courier/scripting"
)

// The shard reports in these tests are made by courier's own runner and
// reporters, in-process, from one generated collection: the whole run, and
// the same run split by top-level folder and by iteration. A shard's report
// carries the whole run's cursors (what --shard is to write): shift stands
// in for that, turning a --folder run's positions and a data-subset run's
// iterations into the whole run's.

// server answers every path with a small JSON body (no Date header, so
// runs are comparable); /fail answers 500.
func server(t testing.TB) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
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

// closedPort is a loopback address nothing listens on.
func closedPort(t testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// genCollection has three top-level folders (and a top-level request)
// whose requests pass and fail assertions, error in scripts and on the
// wire, in every iteration.
func genCollection(t testing.TB, base, closed string) *collections.Collection {
	test := func(src string) string {
		b, _ := json.Marshal(src)
		return `"event":[{"listen":"test","script":{"id":"` + fmt.Sprint(len(src)) + `-t","exec":[` + string(b) + `]}}]`
	}
	req := func(id, name, url, script string) string {
		ev := ""
		if script != "" {
			ev = "," + test(script)
		}
		return `{"id":"` + id + `","name":"` + name + `","request":{"method":"GET","url":"` + url + `"}` + ev + `}`
	}
	folder := func(name string, items ...string) string {
		return `{"id":"f-` + name + `","name":"` + name + `","item":[` + strings.Join(items, ",") + `]}`
	}
	ok := `pm.test("status is 200", function () { pm.response.to.have.status(200); }); pm.test("row " + pm.iterationData.get("n"), function () {});`
	doc := `{"info":{"_postman_id":"gen-1","name":"Generated","schema":"` + collections.SchemaV210 + `"},"item":[` +
		folder("A",
			req("a1", "a1", base+"/a1", ok),
			req("a2", "a2", base+"/fail", `pm.test("status is 200", function () { pm.response.to.have.status(200); });`),
		) + "," +
		folder("B",
			req("b1", "b1", base+"/b1", `throw new Error("boom " + pm.iterationData.get("n"));`),
			folder("B2", req("b2", "b2", "http://"+closed+"/down", ok)),
		) + "," +
		req("top", "top", base+"/top", ok) + "," +
		folder("C",
			req("c1", "c1", base+"/c1?x={{n}}", ok),
			req("c2", "c2", base+"/c2", `pm.test.skip("later", function () {}); pm.expect(1).to.equal(1);`),
		) + `]}`
	c, err := collections.Decode("gen.json", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func rows(ns ...int) []collections.Row {
	var out []collections.Row
	for _, n := range ns {
		out = append(out, collections.Row{{Key: "n", Value: n}})
	}
	return out
}

// shiftEvent is e with its cursor changed by f.
func shiftEvent(e events.Event, f func(*events.Cursor)) events.Event {
	switch ev := e.(type) {
	case events.IterationStart:
		f(&ev.Cursor)
		return ev
	case events.IterationEnd:
		f(&ev.Cursor)
		return ev
	case events.ItemStart:
		f(&ev.Cursor)
		return ev
	case events.Script:
		f(&ev.Cursor)
		return ev
	case events.RequestStart:
		f(&ev.Cursor)
		return ev
	case events.RequestDone:
		f(&ev.Cursor)
		return ev
	case events.RequestRetry:
		f(&ev.Cursor)
		return ev
	case events.Assertion:
		f(&ev.Cursor)
		return ev
	case events.Console:
		f(&ev.Cursor)
		return ev
	case events.Visualizer:
		f(&ev.Cursor)
		return ev
	case events.ItemEnd:
		f(&ev.Cursor)
		return ev
	}
	return e
}

type runOut struct {
	json, junit []byte
	summary     *events.Summary
}

// run runs c (its folders, its data rows) through courier's runner and the
// json and junit reporters, cursors changed by shift.
func run(t testing.TB, c *collections.Collection, data []collections.Row, folders []string, shift func(*events.Cursor)) runOut {
	t.Helper()
	tree := sdkjson.Build(c)
	var spoolBuf bytes.Buffer
	spool := reporters.NewJSONSpool(&spoolBuf, reporters.JSONOptions{Tree: tree})
	jsonSum := events.NewSummary(events.SummaryOptions{Bodies: true, Headers: true, OnExecution: spool.Add})
	sum := events.NewSummary(events.SummaryOptions{Executions: true})
	var h events.Handler = events.Multi{jsonSum, sum}
	if shift != nil {
		inner := h
		h = events.HandlerFunc(func(e events.Event) { inner.Handle(shiftEvent(e, shift)) })
	}
	lib := scripting.NewLibrary()
	_, err := runner.Run(context.Background(), runner.Options{Collection: c, Data: data, Folders: folders, Handler: h,
		Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{Lib: lib}) }})
	if err != nil {
		t.Fatal(err)
	}
	if err := spool.Flush(); err != nil {
		t.Fatal(err)
	}
	var out, junit bytes.Buffer
	if err := reporters.WriteJSON(&out, jsonSum, reporters.RunInfo{Collection: tree.Document(), Tree: tree}, reporters.JSONOptions{Spool: &spoolBuf}); err != nil {
		t.Fatal(err)
	}
	if err := reporters.WriteJUnit(&junit, sum, reporters.JUnitOptions{}); err != nil {
		t.Fatal(err)
	}
	return runOut{json: out.Bytes(), junit: junit.Bytes(), summary: sum}
}

// volatile are the members that differ between two runs of the same
// collection: times, random refs and what is derived from them.
var volatile = map[string]bool{"ref": true, "httpRequestId": true, "execution": true, "checksum": true,
	"timestamp": true, "responseTime": true, "timings": true, "started": true, "completed": true}

// normalise is a json report with what differs between runs blanked.
func normalise(t testing.TB, doc []byte) any {
	t.Helper()
	var v any
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("invalid json report: %v\n%s", err, doc)
	}
	var walk func(v any, parent string) any
	walk = func(v any, parent string) any {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				switch {
				case volatile[k]:
					x[k] = "~"
				case k == "id" && (parent == "response" || parent == "error"):
					x[k] = "~"
				case k == "value" && (x["key"] == "Postman-Token" || x["key"] == "Host"):
					x[k] = "~"
				default:
					x[k] = walk(e, k)
				}
			}
		case []any:
			for i, e := range x {
				x[i] = walk(e, parent)
			}
		}
		return v
	}
	return walk(v, "")
}

var junitTimes = regexp.MustCompile(` (time|timestamp)="[^"]*"`)

// junitStacks are the stack lines of script errors and failed assertions:
// the json report keeps no script error's stack and writes the assertion's
// its own way (see the package documentation).
var junitStacks = regexp.MustCompile(`(?m)^Stacktrace: .*(\n +at .*)*$`)

func normaliseJUnit(b []byte) string {
	s := junitTimes.ReplaceAllString(string(b), "")
	return junitStacks.ReplaceAllString(s, "Stacktrace: ~")
}

func merged(t testing.TB, parts []runOut) (*Result, []byte) {
	t.Helper()
	var reports []Report
	for i, p := range parts {
		reports = append(reports, Report{Name: fmt.Sprintf("shard%d.json", i+1), R: bytes.NewReader(p.json)})
	}
	var out bytes.Buffer
	res, err := Merge(reports, Options{JSON: &out, Executions: true})
	if err != nil {
		t.Fatal(err)
	}
	return res, out.Bytes()
}

func TestMergeEqualsWholeRun(t *testing.T) {
	srv := server(t)
	c := genCollection(t, srv.URL, closedPort(t))
	data := rows(1, 2, 3)
	whole := run(t, c, data, nil, nil)
	length := whole.summary.Executions[0].Cursor.Length
	// positions of the folders' first requests in the whole run's order
	offset := map[string]int{"A": 0, "B": 2, "top": 4, "C": 5}
	byFolder := func(names ...string) []runOut {
		var out []runOut
		for _, n := range names {
			off := offset[n]
			out = append(out, run(t, c, data, []string{n}, func(cur *events.Cursor) {
				cur.Position += off
				cur.Length = length
			}))
		}
		return out
	}
	byIteration := func(groups ...[]int) []runOut {
		var out []runOut
		first := 0
		for _, g := range groups {
			off := first
			out = append(out, run(t, c, rows(g...), nil, func(cur *events.Cursor) {
				cur.Iteration += off
				cur.Cycles = 3
			}))
			first += len(g)
		}
		return out
	}
	tests := []struct {
		name  string
		parts func() []runOut
	}{
		{"one report", func() []runOut { return []runOut{whole} }},
		{"three shards by folder", func() []runOut { return byFolder("A", "B", "C") }},
		{"four shards by folder, given out of order", func() []runOut { return byFolder("C", "top", "A", "B") }},
		{"three shards by iteration", func() []runOut { return byIteration([]int{1}, []int{2}, []int{3}) }},
		{"two shards by iteration, given out of order", func() []runOut {
			p := byIteration([]int{1, 2}, []int{3})
			return []runOut{p[1], p[0]}
		}},
	}
	// "three shards by folder" leaves out the top-level request: the whole
	// run to compare with is then the run of those folders
	wholeABC := run(t, c, data, []string{"A", "B", "C"}, func(cur *events.Cursor) {
		if cur.Position >= 4 {
			cur.Position++ // C comes after the top-level request in the whole order
		}
		cur.Length = length
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := whole
			if tt.name == "three shards by folder" {
				want = wholeABC
			}
			res, got := merged(t, tt.parts())
			w, g := normalise(t, want.json).(map[string]any), normalise(t, got).(map[string]any)
			wr, gr := w["run"].(map[string]any), g["run"].(map[string]any)
			for _, k := range []string{"stats", "transfers", "error"} {
				if !reflect.DeepEqual(wr[k], gr[k]) {
					t.Errorf("run.%s = %v, want %v", k, gr[k], wr[k])
				}
			}
			for _, k := range []string{"executions", "failures"} {
				we, ge := wr[k].([]any), gr[k].([]any)
				if len(we) != len(ge) {
					t.Fatalf("%d %s, want %d", len(ge), k, len(we))
				}
				for i := range we {
					if !reflect.DeepEqual(we[i], ge[i]) {
						wj, _ := json.MarshalIndent(we[i], "", " ")
						gj, _ := json.MarshalIndent(ge[i], "", " ")
						t.Fatalf("%s[%d] differs:\ngot  %s\nwant %s", k, i, gj, wj)
					}
				}
			}
			for _, k := range []string{"collection", "environment", "globals"} {
				if !reflect.DeepEqual(w[k], g[k]) {
					t.Errorf("%s differs", k)
				}
			}
			var junit bytes.Buffer
			if err := reporters.WriteJUnit(&junit, res.Summary, reporters.JUnitOptions{}); err != nil {
				t.Fatal(err)
			}
			if gj, wj := normaliseJUnit(junit.Bytes()), normaliseJUnit(want.junit); gj != wj {
				t.Errorf("junit differs:\n%s", lineDiff(gj, wj))
			}
			if res.ExitCode != 1 {
				t.Errorf("exit code %d, want 1 (failures)", res.ExitCode)
			}
			if len(res.Summary.Failures) != len(want.summary.Failures) {
				t.Errorf("%d failures in the summary, want %d", len(res.Summary.Failures), len(want.summary.Failures))
			}
			// the cli and html writers take the merged summary as it is
			var cli, html bytes.Buffer
			if err := reporters.WriteCLISummary(&cli, res.Summary, reporters.CLIOptions{DisableUnicode: true}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(cli.String(), "Generated") || !strings.Contains(cli.String(), "AssertionError") {
				t.Errorf("cli summary:\n%s", cli.String())
			}
			if err := reporters.WriteHTML(&html, res.Summary, res.Info, reporters.HTMLOptions{}); err != nil {
				t.Fatal(err)
			}
		})
	}
}

var _ = io.EOF

func lineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out = append(out, fmt.Sprintf("line %d:\n  got  %q\n  want %q", i+1, x, y))
			if len(out) > 8 {
				break
			}
		}
	}
	return strings.Join(out, "\n")
}

// Each merged execution's lane (the html timeline's) is the report it came
// from; one report has the one lane "".
func TestMergeLanes(t *testing.T) {
	srv := server(t)
	c := genCollection(t, srv.URL, closedPort(t))
	parts := []runOut{}
	for i := 0; i < 2; i++ {
		off := i
		parts = append(parts, run(t, c, rows(i+1), nil, func(cur *events.Cursor) { cur.Iteration += off; cur.Cycles = 2 }))
	}
	res, _ := merged(t, []runOut{parts[1], parts[0]})
	var got []string
	for _, x := range res.Summary.Executions {
		if len(got) == 0 || got[len(got)-1] != fmt.Sprintf("%d:%s", x.Cursor.Iteration, x.Lane) {
			got = append(got, fmt.Sprintf("%d:%s", x.Cursor.Iteration, x.Lane))
		}
	}
	if want := "0:shard2.json 1:shard1.json"; strings.Join(got, " ") != want {
		t.Errorf("lanes %q, want %q", strings.Join(got, " "), want)
	}
	res, _ = merged(t, parts[:1])
	for _, x := range res.Summary.Executions {
		if x.Lane != "" {
			t.Fatalf("one report: lane %q", x.Lane)
		}
	}
}
