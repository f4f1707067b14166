package reporters

import (
	"bytes"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/courier-run/courier/events"
)

// The charts are checked against numbers the tests work out for themselves
// from hand-built summaries (not with the chart code's own helpers).

var chartT0 = time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)

// chartExec is one execution of a hand-built summary: times in ms from
// chartT0; resp < 0 means no response.
type chartExec struct {
	id, name   string
	path       []string
	coll       string
	collIndex  int
	lane       string
	iter       int
	start, dur float64
	resp       float64
	reqErr     bool
	skipped    bool
	asserts    string // one letter per assertion: p passed, f failed, s skipped
}

func chartDur(msf float64) time.Duration {
	return time.Duration(math.Round(msf * float64(time.Millisecond)))
}

func chartSummaryOf(cycles int, xs []chartExec) *events.Summary {
	s := &events.Summary{Collection: "Charts <demo>", Started: chartT0}
	for i, c := range xs {
		x := &events.Execution{
			Cursor:     events.Cursor{Iteration: c.iter, Position: i, Cycles: cycles, Ref: "r" + strconv.Itoa(i)},
			Item:       events.Item{ID: c.id, Name: c.name, Path: c.path},
			Collection: c.coll, CollectionIndex: c.collIndex,
			Lane:    c.lane,
			Started: chartT0.Add(chartDur(c.start)),
			Skipped: c.skipped,
		}
		if !c.skipped {
			x.Finished = x.Started.Add(chartDur(c.dur))
			x.Request = &events.Request{Method: "GET", URL: "http://example.test/" + c.id}
		}
		if c.resp >= 0 && !c.reqErr && !c.skipped {
			x.Response = &events.Response{Code: 200, Status: "OK", ResponseTime: chartDur(c.resp)}
		}
		if c.reqErr {
			x.RequestError = &events.Error{Name: "Error", Message: "connect ECONNREFUSED"}
			s.Failures = append(s.Failures, events.Failure{Error: *x.RequestError, At: "request", Source: x.Item, Cursor: x.Cursor})
		}
		for k, a := range c.asserts {
			r := events.AssertionResult{Name: "check " + strconv.Itoa(k), Index: k, Event: "test", Skipped: a == 's'}
			if a == 'f' {
				r.Error = &events.Error{Name: "AssertionError", Message: "expected 1 to equal 2"}
				s.Failures = append(s.Failures, events.Failure{Error: *r.Error, At: "assertion:" + strconv.Itoa(k) + " in test-script", Source: x.Item, Cursor: x.Cursor})
			}
			x.Assertions = append(x.Assertions, r)
		}
		s.Executions = append(s.Executions, x)
		if end := x.Finished; end.After(s.Finished) {
			s.Finished = end
		}
	}
	return s
}

// chartRun is a sequential three-iteration run: two requests in a folder
// (response times that vary), one at the root with a right-to-left name,
// one that always fails to connect, one that is always skipped.
func chartRun() *events.Summary {
	type item struct {
		id, name string
		path     []string
		resp     [3]float64
		reqErr   bool
		skipped  bool
		asserts  [3]string
	}
	items := []item{
		{id: "u-list", name: "List users", path: []string{"Users"}, resp: [3]float64{100, 300, 200}, asserts: [3]string{"pp", "pf", "pp"}},
		{id: "u-get", name: `Get <user> & "me"`, path: []string{"Users", "Details"}, resp: [3]float64{50, 51, 50}, asserts: [3]string{"ps", "ps", "ps"}},
		{id: "order", name: "קבל הזמנה", resp: [3]float64{10, 10, 10}, asserts: [3]string{"p", "p", "p"}},
		{id: "broken", name: "Broken", path: []string{"Ops"}, reqErr: true, asserts: [3]string{"f", "f", "f"}},
		{id: "skip", name: "Skipped one", path: []string{"Ops"}, skipped: true},
	}
	var xs []chartExec
	t := 0.0
	for it := 0; it < 3; it++ {
		for _, i := range items {
			c := chartExec{id: i.id, name: i.name, path: i.path, iter: it, start: t, resp: i.resp[it], reqErr: i.reqErr, skipped: i.skipped, asserts: i.asserts[it]}
			switch {
			case i.reqErr:
				c.resp, c.dur = -1, 3
			case i.skipped:
				c.resp = -1
			default:
				c.dur = i.resp[it] + 5
			}
			xs = append(xs, c)
			t += c.dur + 1
		}
	}
	return chartSummaryOf(3, xs)
}

func chartPage(t *testing.T, s *events.Summary, o HTMLOptions) (string, *html.Node) {
	t.Helper()
	var b bytes.Buffer
	if err := WriteHTML(&b, s, RunInfo{}, o); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return b.String(), doc
}

// chartSection is the charts section's markup.
func chartSection(t *testing.T, page string) string {
	t.Helper()
	i := strings.Index(page, `<section id="charts"`)
	if i < 0 {
		t.Fatal("no charts section")
	}
	j := strings.Index(page[i:], "</section>")
	return page[i : i+j+len("</section>")]
}

func nodes(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

func byID(doc *html.Node, id string) *html.Node {
	ns := nodes(doc, func(n *html.Node) bool { return attr(n, "id") == id })
	if len(ns) != 1 {
		return nil
	}
	return ns[0]
}

func tagClass(tag, class string) func(*html.Node) bool {
	return func(n *html.Node) bool { return n.Data == tag && (class == "" || hasClass(n, class)) }
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// childTitle is the text of n's <title> child (a tooltip).
func childTitle(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "title" {
			return textOf(c)
		}
	}
	return ""
}

func num(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return f
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.0006 }

// checkFigure checks the DOM contract of one chart: an svg with role img
// labelled by its own title and desc, a caption and a table in a details.
func checkFigure(t *testing.T, doc *html.Node, id string) *html.Node {
	t.Helper()
	fig := byID(doc, id)
	if fig == nil || fig.Data != "figure" {
		t.Fatalf("no figure#%s", id)
	}
	svgs := nodes(fig, tagClass("svg", ""))
	if len(svgs) != 1 {
		t.Fatalf("#%s: %d svg elements", id, len(svgs))
	}
	svg := svgs[0]
	if attr(svg, "role") != "img" {
		t.Errorf("#%s: svg role %q", id, attr(svg, "role"))
	}
	for _, ref := range strings.Fields(attr(svg, "aria-labelledby")) {
		n := byID(doc, ref)
		if n == nil || (n.Data != "title" && n.Data != "desc") || strings.TrimSpace(textOf(n)) == "" || n.Parent != svg {
			t.Errorf("#%s: aria-labelledby %q is not a title or desc of the svg with text", id, ref)
		}
	}
	if len(strings.Fields(attr(svg, "aria-labelledby"))) != 2 {
		t.Errorf("#%s: aria-labelledby %q, want its title and desc", id, attr(svg, "aria-labelledby"))
	}
	if len(nodes(fig, tagClass("figcaption", ""))) != 1 {
		t.Errorf("#%s: no figcaption", id)
	}
	ds := nodes(fig, tagClass("details", ""))
	if len(ds) != 1 || len(nodes(ds[0], tagClass("table", ""))) != 1 {
		t.Errorf("#%s: no table in a details", id)
	}
	// colours come from CSS classes only (dark mode)
	for _, n := range nodes(svg, func(*html.Node) bool { return true }) {
		for _, k := range []string{"fill", "stroke", "style", "color"} {
			if hasAttr(n, k) {
				t.Errorf("#%s: <%s %s=%q>: colours belong in the CSS", id, n.Data, k, attr(n, k))
			}
		}
	}
	return fig
}

type chartMinAvgMax struct {
	n             int
	min, avg, max float64
	order         int
}

// expectedTimes works the response times out per request (by folder path
// and name) from the executions that have a response.
func expectedTimes(s *events.Summary) map[string]*chartMinAvgMax {
	out := map[string]*chartMinAvgMax{}
	sums := map[string]float64{}
	for _, x := range s.Executions {
		if x.Response == nil || x.RequestError != nil || x.Skipped {
			continue
		}
		key := strings.Join(append(append([]string{}, x.Item.Path...), x.Item.Name), " / ")
		v := float64(x.Response.ResponseTime) / 1e6
		e := out[key]
		if e == nil {
			e = &chartMinAvgMax{min: v, max: v, order: len(out)}
			out[key] = e
		}
		e.n++
		sums[key] += v
		e.min = math.Min(e.min, v)
		e.max = math.Max(e.max, v)
		e.avg = sums[key] / float64(e.n)
	}
	return out
}

func failedExec(x *events.Execution) bool {
	if x.RequestError != nil || len(x.ScriptErrors) > 0 {
		return true
	}
	for _, a := range x.Assertions {
		if a.Error != nil && !a.Skipped {
			return true
		}
	}
	return false
}

func TestHTMLChartsNumbers(t *testing.T) {
	s := chartRun()
	page, doc := chartPage(t, s, HTMLOptions{})
	if byID(doc, "charts") == nil || attr(byID(doc, "charts"), "aria-label") != "Charts" {
		t.Fatal("no section#charts with aria-label")
	}
	// the charts come right after the stats and facts, before the failures
	if a, b, c := strings.Index(page, `id="stats"`), strings.Index(page, `id="charts"`), strings.Index(page, `id="failures"`); a >= b || b >= c {
		t.Errorf("section order stats %d, charts %d, failures %d", a, b, c)
	}

	// 1. response times: hand-checked, then each bar against the executions
	want := expectedTimes(s)
	if w := want["Users / List users"]; w.n != 3 || w.min != 100 || w.avg != 200 || w.max != 300 {
		t.Fatalf("fixture: List users %+v", *w)
	}
	fig := checkFigure(t, doc, "chart-times")
	bars := nodes(fig, tagClass("g", "bar"))
	if len(bars) != 3 || attr(fig, "data-requests") != "3" || attr(fig, "data-excluded") != "6" {
		t.Fatalf("%d bars, data-requests %q, data-excluded %q; want 3 (Broken and the skipped one left out), 3, 6",
			len(bars), attr(fig, "data-requests"), attr(fig, "data-excluded"))
	}
	prev := math.Inf(1)
	for _, b := range bars {
		name, _, _ := strings.Cut(childTitle(b), ": ")
		w := want[name]
		if w == nil {
			t.Errorf("bar for %q: no such request", name)
			continue
		}
		got := chartMinAvgMax{n: int(num(t, attr(b, "data-n"))), min: num(t, attr(b, "data-min")), avg: num(t, attr(b, "data-avg")), max: num(t, attr(b, "data-max"))}
		if got.n != w.n || !near(got.min, w.min) || !near(got.avg, w.avg) || !near(got.max, w.max) {
			t.Errorf("%s: n/min/avg/max %d/%v/%v/%v, want %d/%v/%v/%v", name, got.n, got.min, got.avg, got.max, w.n, w.min, w.avg, w.max)
		}
		if got.avg > prev {
			t.Errorf("%s: not slowest first", name)
		}
		prev = got.avg
	}
	for _, lit := range []string{
		`data-n="3" data-min="100" data-avg="200" data-max="300"`,
		`data-n="3" data-min="50" data-avg="50.333" data-max="51"`,
		`data-n="3" data-min="10" data-avg="10" data-max="10"`,
		`avg 200ms · min 100ms · max 300ms`, // the whisker as text
	} {
		if !strings.Contains(page, lit) {
			t.Errorf("page lacks %q", lit)
		}
	}
	rows := nodes(fig, tagClass("tr", ""))
	if len(rows) != 4 { // header + 3
		t.Errorf("times table: %d rows", len(rows))
	} else if c := textOf(rows[1]); c != "Users / List users3100ms200ms300ms" {
		t.Errorf("times table first row %q", c)
	}

	// 2. timeline: every execution, offsets from the first start
	fig = checkFigure(t, doc, "chart-timeline")
	spans := nodes(fig, tagClass("rect", "span"))
	if len(spans) != len(s.Executions) || attr(fig, "data-lanes") != "1" {
		t.Fatalf("%d spans in %s lanes, want %d in 1", len(spans), attr(fig, "data-lanes"), len(s.Executions))
	}
	for i, sp := range spans {
		x := s.Executions[i]
		start := float64(x.Started.Sub(chartT0)) / 1e6
		d := 0.0
		if !x.Finished.IsZero() {
			d = float64(x.Finished.Sub(x.Started)) / 1e6
		}
		if !near(num(t, attr(sp, "data-start")), start) || !near(num(t, attr(sp, "data-ms")), d) || attr(sp, "data-lane") != "0" {
			t.Errorf("span %d: start %s ms %s lane %s, want %v %v 0", i, attr(sp, "data-start"), attr(sp, "data-ms"), attr(sp, "data-lane"), start, d)
		}
		if got, want := hasClass(sp, "failed"), failedExec(x); got != want {
			t.Errorf("span %d (%s): failed %v, want %v", i, x.Item.Name, got, want)
		}
		if got := hasClass(sp, "skipped"); got != x.Skipped {
			t.Errorf("span %d: skipped %v", i, got)
		}
	}
	// the request errors are in the timeline though not in the times chart
	if n := len(nodes(fig, func(n *html.Node) bool {
		return hasClass(n, "span") && strings.HasPrefix(childTitle(n), "Ops / Broken")
	})); n != 3 {
		t.Errorf("%d spans of Broken, want 3", n)
	}
	last := s.Executions[len(s.Executions)-1]
	if total := float64(last.Started.Sub(chartT0)) / 1e6; !near(num(t, attr(fig, "data-total")), total) {
		t.Errorf("data-total %s, want %v", attr(fig, "data-total"), total)
	}
	failed := 0
	for _, x := range s.Executions {
		if failedExec(x) {
			failed++
		}
	}
	trs := nodes(fig, tagClass("tr", ""))
	if len(trs) != 2 || attr(trs[1], "data-requests") != strconv.Itoa(len(s.Executions)) || attr(trs[1], "data-failed") != strconv.Itoa(failed) {
		t.Errorf("timeline table rows %d, requests %s failed %s; want 2, %d, %d", len(trs), attr(trs[len(trs)-1], "data-requests"), attr(trs[len(trs)-1], "data-failed"), len(s.Executions), failed)
	}
	// the longest request was List users in iteration 2 (300ms + 5)
	if c := textOf(trs[1]); !strings.Contains(c, "Users / List users: 305ms") {
		t.Errorf("timeline table row %q lacks the longest request", c)
	}

	// 3. assertions per top-level folder
	type pfs struct{ p, f, s int }
	wantF := map[string]*pfs{}
	var order []string
	for _, x := range s.Executions {
		k := "(root)"
		if len(x.Item.Path) > 0 {
			k = x.Item.Path[0]
		}
		if wantF[k] == nil {
			wantF[k] = &pfs{}
			order = append(order, k)
		}
		for _, a := range x.Assertions {
			switch {
			case a.Skipped:
				wantF[k].s++
			case a.Error != nil:
				wantF[k].f++
			default:
				wantF[k].p++
			}
		}
	}
	if *wantF["Users"] != (pfs{8, 1, 3}) || *wantF["Ops"] != (pfs{0, 3, 0}) || *wantF["(root)"] != (pfs{3, 0, 0}) {
		t.Fatalf("fixture: folders %v %v %v", *wantF["Users"], *wantF["Ops"], *wantF["(root)"])
	}
	fig = checkFigure(t, doc, "chart-assertions")
	fb := nodes(fig, tagClass("g", "folder"))
	if len(fb) != len(order) {
		t.Fatalf("%d folder bars, want %d", len(fb), len(order))
	}
	for i, b := range fb {
		name, _, _ := strings.Cut(childTitle(b), ": ")
		w := wantF[order[i]]
		if name != order[i] || attr(b, "data-passed") != strconv.Itoa(w.p) || attr(b, "data-failed") != strconv.Itoa(w.f) || attr(b, "data-skipped") != strconv.Itoa(w.s) {
			t.Errorf("folder bar %d: %q %s/%s/%s, want %q %+v", i, name, attr(b, "data-passed"), attr(b, "data-failed"), attr(b, "data-skipped"), order[i], *w)
		}
		// the segments add up to the bar's total width in the same scale
		var segs []float64
		for _, r := range nodes(b, tagClass("rect", "seg")) {
			segs = append(segs, num(t, attr(r, "width")))
		}
		if want := btoi(w.p > 0) + btoi(w.f > 0) + btoi(w.s > 0); len(segs) != want {
			t.Errorf("folder %s: %d segments, want %d", name, len(segs), want)
		}
	}
	if attr(fig, "data-passed") != "11" || attr(fig, "data-failed") != "4" || attr(fig, "data-skipped") != "3" {
		t.Errorf("assertions figure %s/%s/%s, want 11/4/3", attr(fig, "data-passed"), attr(fig, "data-failed"), attr(fig, "data-skipped"))
	}
	if c := strings.Join(strings.Fields(textOf(nodes(fig, tagClass("tbody", ""))[0])), ""); c != "Users813(root)300Ops030" {
		t.Errorf("assertions table %q", c)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// overlapDepth is the most spans running at one moment (a span's end is
// not in it).
func overlapDepth(s *events.Summary) int {
	type ev struct {
		t time.Time
		d int
	}
	var evs []ev
	for _, x := range s.Executions {
		evs = append(evs, ev{x.Started, 1}, ev{x.Finished, -1})
	}
	sort.Slice(evs, func(i, j int) bool {
		if !evs[i].t.Equal(evs[j].t) {
			return evs[i].t.Before(evs[j].t)
		}
		return evs[i].d < evs[j].d
	})
	depth, most := 0, 0
	for _, e := range evs {
		depth += e.d
		most = max(most, depth)
	}
	return most
}

func TestHTMLChartsLanes(t *testing.T) {
	// a parallel run: two workers, spans overlap across them
	var xs []chartExec
	for i := 0; i < 6; i++ {
		lane := "worker 2"
		if i%2 == 1 {
			lane = "worker 1"
		}
		xs = append(xs, chartExec{id: "i" + strconv.Itoa(i), name: "req " + strconv.Itoa(i), lane: lane, start: float64(i/2) * 100, dur: 90 + float64(i), resp: 80, asserts: "p"})
	}
	xs[3].reqErr = true
	s := chartSummaryOf(1, xs)
	_, doc := chartPage(t, s, HTMLOptions{})
	fig := checkFigure(t, doc, "chart-timeline")
	lanes := nodes(fig, tagClass("g", "lane"))
	if len(lanes) != 2 || attr(fig, "data-lanes") != "2" {
		t.Fatalf("%d lanes", len(lanes))
	}
	// in order of first appearance: worker 2 first
	for i, want := range []string{"worker 2", "worker 1"} {
		ls := nodes(lanes[i], tagClass("text", "label"))
		if len(ls) != 1 || childTitle(ls[0]) != want || !strings.Contains(textOf(ls[0]), want) || attr(lanes[i], "data-lane") != strconv.Itoa(i) {
			t.Errorf("lane %d: label %v, want %q", i, ls, want)
		}
		if attr(lanes[i], "data-spans") != "3" {
			t.Errorf("lane %d: %s spans", i, attr(lanes[i], "data-spans"))
		}
	}
	spans := nodes(fig, tagClass("rect", "span"))
	for i, sp := range spans {
		// spans are drawn lane by lane, each lane in order
		x := s.Executions[map[int]int{0: 0, 1: 2, 2: 4, 3: 1, 4: 3, 5: 5}[i]]
		wantLane := map[string]string{"worker 2": "0", "worker 1": "1"}[x.Lane]
		if attr(sp, "data-lane") != wantLane || !near(num(t, attr(sp, "data-ms")), float64(x.Finished.Sub(x.Started))/1e6) {
			t.Errorf("span %d: lane %s ms %s, want %s for %s", i, attr(sp, "data-lane"), attr(sp, "data-ms"), wantLane, x.Item.Name)
		}
		if hasClass(sp, "failed") != (x.Item.Name == "req 3") {
			t.Errorf("span %d (%s): failed %v", i, x.Item.Name, hasClass(sp, "failed"))
		}
	}
	rows := nodes(fig, tagClass("tr", ""))
	if len(rows) != 3 || !strings.HasPrefix(textOf(rows[1]), "worker 2") || attr(rows[2], "data-failed") != "1" {
		t.Errorf("timeline table %v", len(rows))
	}

	// the same run from events before lanes existed: packed greedily
	for _, x := range s.Executions {
		x.Lane = ""
	}
	_, doc = chartPage(t, s, HTMLOptions{})
	fig = checkFigure(t, doc, "chart-timeline")
	if want := overlapDepth(s); want != 2 || attr(fig, "data-lanes") != strconv.Itoa(want) {
		t.Fatalf("packed into %s lanes, overlap depth %d", attr(fig, "data-lanes"), want)
	}
	// no two spans of a lane overlap
	byLane := map[string][][2]float64{}
	for _, sp := range nodes(fig, tagClass("rect", "span")) {
		st := num(t, attr(sp, "data-start"))
		byLane[attr(sp, "data-lane")] = append(byLane[attr(sp, "data-lane")], [2]float64{st, st + num(t, attr(sp, "data-ms"))})
	}
	for l, iv := range byLane {
		sort.Slice(iv, func(i, j int) bool { return iv[i][0] < iv[j][0] })
		for i := 1; i < len(iv); i++ {
			if iv[i][0] < iv[i-1][1] {
				t.Errorf("lane %s: %v overlaps %v", l, iv[i], iv[i-1])
			}
		}
	}
	if c := textOf(nodes(fig, tagClass("figcaption", ""))[0]); !strings.Contains(c, "packed into 2 lanes") {
		t.Errorf("caption %q", c)
	}
	// some lanes named, some not: "" is a lane of its own
	s.Executions[0].Lane = "shard 1/2"
	_, doc = chartPage(t, s, HTMLOptions{})
	fig = byID(doc, "chart-timeline")
	if attr(fig, "data-lanes") != "2" || !strings.Contains(textOf(fig), "(no lane)") {
		t.Errorf("mixed lanes: %s lanes", attr(fig, "data-lanes"))
	}
}

func TestHTMLChartsDegenerate(t *testing.T) {
	t.Run("no executions", func(t *testing.T) {
		page, doc := chartPage(t, chartSummaryOf(1, nil), HTMLOptions{})
		sec := chartSection(t, page)
		if !strings.Contains(sec, `<p class="empty">No requests were run.</p>`) || strings.Contains(sec, "<svg") || strings.Contains(sec, "<figure") {
			t.Errorf("charts section %s", sec)
		}
		if byID(doc, "charts") == nil {
			t.Error("no section#charts")
		}
	})
	t.Run("one execution", func(t *testing.T) {
		s := chartSummaryOf(1, []chartExec{{id: "a", name: "Only", start: 0, dur: 12, resp: 7.5, asserts: "pf"}})
		page, doc := chartPage(t, s, HTMLOptions{})
		for _, id := range []string{"chart-times", "chart-timeline", "chart-assertions"} {
			checkFigure(t, doc, id)
		}
		for _, want := range []string{`data-n="1" data-min="7.5" data-avg="7.5" data-max="7.5"`, `data-start="0" data-ms="12" data-lane="0"`,
			`<g class="folder" data-passed="1" data-failed="1" data-skipped="0">`} {
			if !strings.Contains(page, want) {
				t.Errorf("lacks %q", want)
			}
		}
		if strings.Contains(chartSection(t, page), `class="whisker"`) {
			t.Error("a whisker for one response")
		}
	})
	t.Run("zero durations", func(t *testing.T) {
		var xs []chartExec
		for i := 0; i < 4; i++ {
			xs = append(xs, chartExec{id: strconv.Itoa(i), name: "z" + strconv.Itoa(i), iter: i, resp: 0, asserts: "p"})
		}
		page, doc := chartPage(t, chartSummaryOf(4, xs), HTMLOptions{})
		sec := chartSection(t, page)
		for _, bad := range []string{"NaN", "Inf", `width="-`, `x="-`} {
			if strings.Contains(sec, bad) {
				t.Errorf("charts contain %q", bad)
			}
		}
		checkFigure(t, doc, "chart-times")
		fig := checkFigure(t, doc, "chart-timeline")
		// all at one moment: drawn, visible, in one lane (zero-length spans do not overlap)
		if sp := nodes(fig, tagClass("rect", "span")); len(sp) != 4 || attr(fig, "data-lanes") != "1" || attr(sp[0], "width") != "1" || attr(sp[0], "data-ms") != "0" {
			t.Errorf("zero spans: %d in %s lanes", len(sp), attr(fig, "data-lanes"))
		}
		if !strings.Contains(sec, `data-n="1" data-min="0" data-avg="0" data-max="0"`) {
			t.Error("zero response times not charted")
		}
	})
	t.Run("no start times", func(t *testing.T) {
		// what courier merge builds from json reports
		s := chartSummaryOf(1, []chartExec{{id: "a", name: "A", resp: 5, asserts: "p"}, {id: "b", name: "B", resp: 7, asserts: "f"}})
		for _, x := range s.Executions {
			x.Started, x.Finished = time.Time{}, time.Time{}
		}
		page, doc := chartPage(t, s, HTMLOptions{})
		fig := byID(doc, "chart-timeline")
		if fig == nil || len(nodes(fig, tagClass("svg", ""))) != 0 || !strings.Contains(textOf(fig), "No timeline: the executions carry no start times") {
			t.Errorf("timeline without times: %s", chartSection(t, page))
		}
		checkFigure(t, doc, "chart-times")
		checkFigure(t, doc, "chart-assertions")
	})
	t.Run("only request errors", func(t *testing.T) {
		s := chartSummaryOf(1, []chartExec{{id: "a", name: "Down", dur: 3, reqErr: true, resp: -1}})
		page, doc := chartPage(t, s, HTMLOptions{})
		sec := chartSection(t, page)
		if !strings.Contains(sec, "No response times") || !strings.Contains(sec, "No assertions were run.") {
			t.Errorf("charts section %s", sec)
		}
		if n := len(nodes(byID(doc, "chart-times"), tagClass("svg", ""))); n != 0 {
			t.Errorf("%d svg in an empty times chart", n)
		}
		checkFigure(t, doc, "chart-timeline")
	})
}

func TestHTMLChartsEscapingAndClipping(t *testing.T) {
	long := strings.Repeat("very long name ", 8) + "END"
	rtl := "שלום עולם"
	s := chartSummaryOf(1, []chartExec{
		{id: "x", name: `<script>alert("x")</script> & co`, path: []string{`F <"&">`}, dur: 5, resp: 4, asserts: "p"},
		{id: "l", name: long, start: 10, dur: 5, resp: 3, asserts: "f"},
		{id: "r", name: rtl, path: []string{"תיקייה"}, start: 20, dur: 5, resp: 2, asserts: "s"},
		{id: "p", name: "Get thing", path: []string{"Very long folder name number one", "Sub"}, start: 30, dur: 5, resp: 1},
	})
	page, doc := chartPage(t, s, HTMLOptions{})
	sec := chartSection(t, page)
	for _, bad := range []string{"<script>", `<"&">`, `"x")`} {
		if strings.Contains(sec, bad) {
			t.Errorf("charts contain unescaped %q", bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; co", "F &lt;&#34;&amp;&#34;&gt;"} {
		if !strings.Contains(sec, want) {
			t.Errorf("charts lack %q", want)
		}
	}
	fig := byID(doc, "chart-times")
	var found bool
	for _, b := range nodes(fig, tagClass("g", "bar")) {
		label := textOf(nodes(b, tagClass("text", "label"))[0])
		full, _, _ := strings.Cut(childTitle(b), ": ")
		switch {
		case full == long:
			found = true
			if !strings.HasPrefix(label, "\u2068very long name") || !strings.HasSuffix(label, "…\u2069") || len([]rune(label)) > 46 {
				t.Errorf("long label drawn as %q", label)
			}
		case strings.HasSuffix(full, "Get thing"):
			// the innermost folders that fit
			if label != "\u2068… / Sub / Get thing\u2069" {
				t.Errorf("label %q for %q", label, full)
			}
		case strings.Trim(label, "\u2068\u2069") != full:
			t.Errorf("label %q, title %q", label, full)
		}
		if full == "תיקייה / "+rtl && label != "\u2068תיקייה / "+rtl+"\u2069" {
			t.Errorf("right-to-left label %q is not isolated", label)
		}
	}
	if !found {
		t.Error("no bar for the long name")
	}
	// masking applies to the charts too
	page, _ = chartPage(t, s, HTMLOptions{Mask: func(v string) string { return strings.ReplaceAll(v, "עולם", "****") }})
	if sec := chartSection(t, page); strings.Contains(sec, "עולם") || !strings.Contains(sec, "שלום ****") {
		t.Error("charts not masked")
	}
}

func TestHTMLChartsLarge(t *testing.T) {
	// 5,000 executions: 1,000 requests, 5 iterations, 4 lanes; every
	// 97th fails
	var xs []chartExec
	lanes := []float64{0, 0, 0, 0}
	for i := 0; i < 5000; i++ {
		l := i % 4
		d := float64(5 + (i*37)%200)
		c := chartExec{id: "r" + strconv.Itoa(i%1000), name: "request " + strconv.Itoa(i%1000), path: []string{"folder " + strconv.Itoa(i%1000/100)},
			iter: i / 1000, lane: "worker " + strconv.Itoa(l+1), start: lanes[l], dur: d, resp: d - 2, asserts: "pp"}
		if i%97 == 0 {
			c.asserts = "pf"
		}
		lanes[l] += d + 1
		xs = append(xs, c)
	}
	s := chartSummaryOf(5, xs)
	var h htmlBuilder
	h.s, h.mask = s, func(v string) string { return v }
	start := time.Now()
	out := string(h.charts())
	t.Logf("charts of 5,000 executions: %d bytes (%.0f kB), built in %v", len(out), float64(len(out))/1024, time.Since(start).Round(time.Millisecond))
	if len(out) > 450<<10 {
		t.Errorf("charts markup is %d bytes", len(out))
	}
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(nodes(doc, tagClass("g", "bar"))); n != chartMaxRequests {
		t.Errorf("%d bars, want %d", n, chartMaxRequests)
	}
	if !strings.Contains(out, "975 more not shown") || !strings.Contains(out, "<p class=\"note\">and 975 more</p>") {
		t.Error("no note of the requests left out")
	}
	fig := byID(doc, "chart-timeline")
	spans := nodes(fig, tagClass("rect", "span"))
	if len(spans) != chartMaxSpans || attr(fig, "data-spans") != "5000" || attr(fig, "data-drawn") != "2000" || attr(fig, "data-lanes") != "4" {
		t.Errorf("%d spans drawn (%s of %s), %s lanes", len(spans), attr(fig, "data-drawn"), attr(fig, "data-spans"), attr(fig, "data-lanes"))
	}
	failed, drawnFailed := 0, 0
	for _, x := range s.Executions {
		if failedExec(x) {
			failed++
		}
	}
	for _, sp := range spans {
		if hasClass(sp, "failed") {
			drawnFailed++
		}
	}
	if drawnFailed != failed {
		t.Errorf("%d failed spans drawn, %d failed", drawnFailed, failed)
	}
	if !strings.Contains(textOf(fig), "Drawn one by one: 2,000 of 5,000 requests") {
		t.Error("no note of the spans left out")
	}
	// the lanes are shown busy where the spans left out ran: here each
	// worker ran without a break, one band per lane
	if bands := nodes(fig, tagClass("rect", "busy")); len(bands) != 4 {
		t.Errorf("%d busy bands, want 4", len(bands))
	}
	// the per-lane table still counts every execution
	total := 0
	for _, r := range nodes(fig, tagClass("tr", "")) {
		if v := attr(r, "data-requests"); v != "" {
			total += int(num(t, v))
		}
	}
	if total != 5000 {
		t.Errorf("lane table counts %d requests", total)
	}
	if n := len(nodes(doc, tagClass("g", "folder"))); n != 10 {
		t.Errorf("%d folder bars, want 10", n)
	}
}

func TestHTMLChartsGolden(t *testing.T) {
	s := chartSummaryOf(2, []chartExec{
		{id: "a", name: "Login", path: []string{"Auth"}, lane: "worker 1", start: 0, dur: 120, resp: 110, asserts: "pp"},
		{id: "b", name: `Search <q> & "x"`, path: []string{"Catalog", "Find"}, lane: "worker 2", start: 5, dur: 300, resp: 290, asserts: "pfs"},
		{id: "c", name: "בדיקה", lane: "worker 1", start: 125, dur: 40, resp: -1, reqErr: true, asserts: "f"},
		{id: "a", name: "Login", path: []string{"Auth"}, lane: "worker 2", iter: 1, start: 310, dur: 80, resp: 70, asserts: "pp"},
		{id: "b", name: `Search <q> & "x"`, path: []string{"Catalog", "Find"}, lane: "worker 1", iter: 1, start: 170, dur: 260, resp: 250, asserts: "ppp"},
	})
	h := &htmlBuilder{s: s, mask: func(v string) string { return v }}
	checkGolden(t, "charts-small.html", []byte(h.charts()))
}

func TestChartScale(t *testing.T) {
	tests := []struct {
		top          float64
		step, domain float64
		labels       string
	}{
		{0, 0.2, 1, "0 200µs 400µs 600µs 800µs 1ms"},
		{2, 0.5, 2, "0 500µs 1ms 1.5ms 2ms"},
		{0.3, 0.1, 0.3, "0 100µs 200µs 300µs"},
		{7.5, 2, 8, "0 2ms 4ms 6ms 8ms"},
		{300, 100, 300, "0 100ms 200ms 300ms"},
		{430, 100, 500, "0 100ms 200ms 300ms 400ms 500ms"},
		{1234, 500, 1500, "0 500ms 1s 1.5s"},
		{9000, 2000, 10000, "0 2s 4s 6s 8s 10s"},
		{200000, 60000, 240000, "0 1m 2m 3m 4m"},
		{5400000, 1800000, 5400000, "0 30m 1h 1h 30m"},
	}
	for _, tt := range tests {
		step, domain := chartScale(tt.top)
		var labels []string
		for _, tk := range chartTicks(step, domain, func(v float64) float64 { return v }) {
			labels = append(labels, tk.Label)
		}
		if !near(step, tt.step) || !near(domain, tt.domain) || strings.Join(labels, " ") != tt.labels {
			t.Errorf("chartScale(%v) = %v, %v, %q; want %v, %v, %q", tt.top, step, domain, strings.Join(labels, " "), tt.step, tt.domain, tt.labels)
		}
	}
}

// The charts' colours come from the page's colour variables, which the
// light, prefers-color-scheme dark and .dark themes all define.
func TestHTMLChartsCSS(t *testing.T) {
	css, err := htmlAssets.ReadFile("assets/report.css")
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(css, []byte("/* charts (reporters/htmlcharts.go)"))
	if i < 0 {
		t.Fatal("no charts block in report.css")
	}
	block := string(css[i:])
	if m := regexp.MustCompile(`#[0-9a-fA-F]{3,8}\b|rgb|hsl`).FindString(block); m != "" {
		t.Errorf("charts CSS has a fixed colour %q", m)
	}
	for _, v := range regexp.MustCompile(`var\((--[a-z-]+)\)`).FindAllStringSubmatch(block, -1) {
		if n := strings.Count(string(css[:i]), v[1]+":"); n != 3 {
			t.Errorf("%s is defined %d times, want 3 (light, dark, .dark)", v[1], n)
		}
	}
}

func TestHTMLChartsCollectionsAndOnlyFailures(t *testing.T) {
	// courier run a.json b.json: the same item id in two collections is two
	// requests, and each collection's root is its own folder
	s := chartSummaryOf(1, []chartExec{
		{id: "x", name: "Ping", coll: "A", start: 0, dur: 10, resp: 8, asserts: "p"},
		{id: "x", name: "Ping", coll: "B", collIndex: 1, start: 20, dur: 10, resp: 4, asserts: "f"},
	})
	_, doc := chartPage(t, s, HTMLOptions{OnlyFailures: true})
	bars := nodes(byID(doc, "chart-times"), tagClass("g", "bar"))
	if len(bars) != 2 || childTitle(bars[0]) != "Ping (A): 8ms" || childTitle(bars[1]) != "Ping (B): 4ms" {
		t.Errorf("bars %d", len(bars))
		for _, b := range bars {
			t.Log(childTitle(b))
		}
	}
	folders := nodes(byID(doc, "chart-assertions"), tagClass("g", "folder"))
	if len(folders) != 2 || !strings.HasPrefix(childTitle(folders[0]), "A / (root): 1 passed") || !strings.HasPrefix(childTitle(folders[1]), "B / (root): 1 failed") {
		t.Errorf("folders %d", len(folders))
	}
	// OnlyFailures lists fewer executions; the charts, like the summary, are the whole run's
	if n := len(nodes(byID(doc, "chart-timeline"), tagClass("rect", "span"))); n != 2 {
		t.Errorf("%d spans with OnlyFailures, want 2", n)
	}
}
