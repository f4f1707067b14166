package reporters

import (
	"bytes"
	"html/template"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/courier-run/courier/events"
)

// The html report's charts: inline SVG drawn at write time (no script
// needed to see them), coloured only through CSS classes that use the
// page's colour variables (so they follow light and dark mode), each with a
// <title>, a <desc>, a caption and a table with the same numbers. Every
// element drawn carries its numbers in data attributes (milliseconds
// rounded to the microsecond). They are built in one pass over
// s.Executions and bounded: the response-time chart has one bar per
// distinct request (at most chartMaxRequests), the timeline at most
// chartMaxSpans spans in at most chartMaxLanes lanes, the assertion chart
// at most chartMaxFolders folders; each says what it left out.

const (
	chartMaxRequests = 25
	chartMaxSpans    = 2000
	chartTitledSpans = 500 // up to this many drawn, every span has a tooltip
	chartMaxBands    = 1000
	chartMaxLanes    = 64
	chartMaxFolders  = 30

	chartWidth   = 1000.0 // viewBox width
	chartLabelW  = 290.0  // label column of the bar charts
	chartBarW    = 450.0  // bar area of the bar charts
	chartRowH    = 24.0
	chartBarH    = 14.0
	chartAxisH   = 22.0 // tick labels under the bars
	chartLaneH   = 24.0
	chartLaneLbW = 110.0 // lane label column of the timeline (when lanes are labelled)
	chartLabelN  = 44    // runes of a label shown; longer ones are cut at the start
	chartLaneN   = 16
)

// chartsView is what the charts template draws.
type chartsView struct {
	Width    string
	Empty    bool
	Times    chartTimes
	Timeline chartTimeline
	Folders  chartFolders
}

type chartTick struct {
	X, Label, Anchor string
}

type chartTimes struct {
	Requests, More  int // distinct requests with a response time; those not drawn
	Excluded        int // executions without a response time
	Bars            []chartTimeBar
	Ticks           []chartTick
	H, AxisY, TickY string
	Desc, Caption   string
	chartColumns
}

// chartColumns place the bar charts' label, bars and numbers.
type chartColumns struct{ LabelX, BarX, ValueX string }

var barColumns = chartColumns{LabelX: chartNum(chartLabelW - 8), BarX: chartNum(chartLabelW), ValueX: chartNum(chartLabelW + chartBarW + 12)}

type chartTimeBar struct {
	Label, Full, Text           string
	N                           int
	Min, Avg, Max               string // data attributes (ms)
	MinText, AvgText, MaxText   string
	Y, TextY, W, X1, X2, Y1, Y2 string
	MidY                        string
	Whisker                     bool // min and max differ
}

type chartTimeline struct {
	Spans, Drawn, Untimed  int
	Lanes                  []chartLane
	HiddenLanes            int
	Labelled, Packed       bool
	Banded                 bool // some spans drawn only as bands
	Ticks                  []chartTick
	LabelX, AreaX, AreaEnd string
	H, AxisY, TickY        string
	Total                  string // the time axis's length (ms)
	Desc, Caption, Note    string
	Rows                   []chartLaneRow
}

type chartLane struct {
	Index        int
	Label, Title string
	TextY        string
	Spans        []chartSpan
	Bands        []chartBand // where the spans not drawn one by one ran
}

type chartBand struct{ X, Y, W string }

type chartSpan struct {
	Class, Title string
	X, Y, W, H   string
	Start, MS    string // data attributes (ms from the first start)
	Lane         int
}

type chartLaneRow struct {
	Label                      string
	Requests, Failed           int
	First, Last, Busy, Longest string
	LongestName                string
}

type chartFolders struct {
	Folders, More           int
	Assertions              int
	Bars                    []chartFolderBar
	Ticks                   []chartTick
	H, AxisY, TickY         string
	Desc, Caption           string
	Passed, Failed, Skipped int
	chartColumns
}

type chartFolderBar struct {
	Label, Full, Text       string
	Passed, Failed, Skipped int
	Total                   int
	Y, TextY                string
	Segs                    []chartSeg
}

type chartSeg struct{ Class, X, Y, W string }

// charts draws the charts section of s (always the whole run, like the
// summary, whatever OnlyFailures hides below).
func (h *htmlBuilder) charts() template.HTML {
	v := chartsView{Width: chartNum(chartWidth), Empty: len(h.s.Executions) == 0}
	if !v.Empty {
		c := h.chartPass()
		v.Times = h.timesChart(c)
		v.Timeline = h.timelineChart(c)
		v.Folders = h.foldersChart(c)
	}
	var b bytes.Buffer
	if err := chartsTemplate().Execute(&b, v); err != nil {
		// the template is fixed and its data plain: not reached
		return template.HTML("<!-- charts: " + template.HTMLEscapeString(err.Error()) + " -->")
	}
	return template.HTML(b.String()) // html/template's output: escaped
}

// chartRequestKey tells requests apart: by item id in its collection (by
// path and name for items without an id).
type chartRequestKey struct {
	coll int
	id   string
}

type chartRequest struct {
	order         int
	x             *events.Execution // the first execution: names
	n             int
	sum, min, max float64
}

type chartFolderKey struct {
	coll int
	name string
	root bool
}

type chartFolder struct {
	coll, name              string // name "" = the collection's root
	passed, failed, skipped int
}

type chartSpanRec struct {
	i          int // in s.Executions
	start, end time.Time
	lane       int
	status     string
}

// chartPassResult is what one pass over the executions gathers: per
// distinct request, per top-level folder and per execution (its span).
type chartPassResult struct {
	requests   map[chartRequestKey]*chartRequest
	reqOrder   []*chartRequest
	excluded   int
	folders    map[chartFolderKey]*chartFolder
	folderList []*chartFolder
	spans      []chartSpanRec
	untimed    int
	lanes      []string // distinct Lane values in order of first appearance
	collCount  int
}

func (h *htmlBuilder) chartPass() *chartPassResult {
	c := &chartPassResult{requests: map[chartRequestKey]*chartRequest{}, folders: map[chartFolderKey]*chartFolder{}}
	laneIdx := map[string]int{}
	colls := map[int]bool{}
	for i, x := range h.s.Executions {
		colls[x.CollectionIndex] = true
		// response times
		if x.Response != nil && x.RequestError == nil && !x.Skipped {
			k := chartRequestKey{x.CollectionIndex, x.Item.ID}
			if k.id == "" {
				k.id = "\x00" + strings.Join(append(append([]string(nil), x.Item.Path...), x.Item.Name), "\x00")
			}
			r := c.requests[k]
			if r == nil {
				r = &chartRequest{order: len(c.reqOrder), x: x}
				c.requests[k] = r
				c.reqOrder = append(c.reqOrder, r)
			}
			t := ms(x.Response.ResponseTime)
			if r.n == 0 || t < r.min {
				r.min = t
			}
			if r.n == 0 || t > r.max {
				r.max = t
			}
			r.n++
			r.sum += t
		} else {
			c.excluded++
		}
		// assertions per top-level folder
		fk := chartFolderKey{coll: x.CollectionIndex, root: len(x.Item.Path) == 0}
		if !fk.root {
			fk.name = x.Item.Path[0]
		}
		f := c.folders[fk]
		if f == nil {
			f = &chartFolder{coll: x.Collection, name: fk.name}
			c.folders[fk] = f
			c.folderList = append(c.folderList, f)
		}
		for _, a := range x.Assertions {
			switch {
			case a.Skipped:
				f.skipped++
			case a.Error != nil:
				f.failed++
			default:
				f.passed++
			}
		}
		// the timeline
		if x.Started.IsZero() {
			c.untimed++
			continue
		}
		end := x.Finished
		if end.Before(x.Started) {
			end = x.Started // skipped or cut short: no end recorded
		}
		li, ok := laneIdx[x.Lane]
		if !ok {
			li = len(c.lanes)
			laneIdx[x.Lane] = li
			c.lanes = append(c.lanes, x.Lane)
		}
		st := "passed"
		switch {
		case executionFailed(x):
			st = "failed"
		case x.Skipped:
			st = "skipped"
		}
		c.spans = append(c.spans, chartSpanRec{i: i, start: x.Started, end: end, lane: li, status: st})
	}
	c.collCount = len(colls)
	return c
}

// requestLabel is the folder path and name of an execution's item, as
// drawn (at most chartLabelN runes: the name and as many of its innermost
// folders as fit) and in full (with the collection when there are several).
func (h *htmlBuilder) requestLabel(x *events.Execution, colls int) (label, full string) {
	full = h.mask(strings.Join(append(append([]string(nil), x.Item.Path...), x.Item.Name), " / "))
	if colls > 1 && x.Collection != "" {
		full += " (" + h.mask(x.Collection) + ")"
	}
	name := h.mask(x.Item.Name)
	if utf8.RuneCountInString(name) > chartLabelN {
		return chartClip(name, chartLabelN), full
	}
	label = name
	i := len(x.Item.Path)
	for ; i > 0; i-- {
		next := h.mask(x.Item.Path[i-1]) + " / " + label
		room := chartLabelN
		if i > 1 {
			room -= 4 // "… / "
		}
		if utf8.RuneCountInString(next) > room {
			break
		}
		label = next
	}
	if i > 0 {
		label = "… / " + label
	}
	return chartClip(label, chartLabelN), full
}

// chartClip cuts s to n runes, keeping its start, and isolates it so that
// right-to-left text does not reorder what is drawn next to it.
func chartClip(s string, n int) string {
	if utf8.RuneCountInString(s) > n {
		r := []rune(s)
		s = string(r[:n-1]) + "…"
	}
	return "\u2068" + s + "\u2069"
}

func (h *htmlBuilder) timesChart(c *chartPassResult) chartTimes {
	t := chartTimes{Requests: len(c.reqOrder), Excluded: c.excluded, chartColumns: barColumns}
	if t.Requests == 0 {
		return t
	}
	rs := append([]*chartRequest(nil), c.reqOrder...)
	avg := func(r *chartRequest) float64 { return r.sum / float64(r.n) }
	sort.SliceStable(rs, func(i, j int) bool {
		if ai, aj := avg(rs[i]), avg(rs[j]); ai != aj {
			return ai > aj
		}
		if rs[i].max != rs[j].max {
			return rs[i].max > rs[j].max
		}
		return rs[i].order < rs[j].order
	})
	if len(rs) > chartMaxRequests {
		t.More = len(rs) - chartMaxRequests
		rs = rs[:chartMaxRequests]
	}
	top := 0.0
	for _, r := range rs {
		top = math.Max(top, r.max)
	}
	step, domain := chartScale(top)
	x0 := chartLabelW
	scale := func(v float64) float64 { return x0 + v/domain*chartBarW }
	for k, r := range rs {
		a := avg(r)
		y := 4 + float64(k)*chartRowH
		b := chartTimeBar{N: r.n, Min: chartMS(r.min), Avg: chartMS(a), Max: chartMS(r.max),
			MinText: chartPretty(r.min), AvgText: chartPretty(a), MaxText: chartPretty(r.max), Whisker: r.min != r.max}
		b.Label, b.Full = h.requestLabel(r.x, c.collCount)
		b.Text = b.AvgText
		if b.Whisker {
			b.Text = "avg " + b.AvgText + " · min " + b.MinText + " · max " + b.MaxText
		}
		b.Y, b.TextY, b.MidY = chartNum(y), chartNum(y+chartBarH/2+4), chartNum(y+chartBarH/2)
		b.W = chartNum(math.Max(scale(a)-x0, 0))
		b.X1, b.X2 = chartNum(scale(r.min)), chartNum(scale(r.max))
		b.Y1, b.Y2 = chartNum(y+2), chartNum(y+chartBarH-2)
		t.Bars = append(t.Bars, b)
	}
	axisY := 4 + float64(len(rs))*chartRowH
	t.AxisY, t.TickY, t.H = chartNum(axisY), chartNum(axisY+14), chartNum(axisY+chartAxisH)
	t.Ticks = chartTicks(step, domain, scale)
	s := rs[0]
	_, sf := h.requestLabel(s.x, c.collCount)
	t.Desc = chartCount(len(rs), "horizontal bar", "horizontal bars") + ", one per request, slowest first by average response time. The slowest, " +
		sf + ", took " + chartPretty(avg(s)) + " on average (min " + chartPretty(s.min) + ", max " + chartPretty(s.max) + ", " + chartCount(s.n, "response", "responses") + ")."
	t.Caption = "Response time per request, slowest first: the bar is the average, the whisker spans min to max across iterations."
	if t.More > 0 {
		t.Caption += " The " + strconv.Itoa(len(rs)) + " slowest of " + strconv.Itoa(t.Requests) + " requests; " + strconv.Itoa(t.More) + " more not shown."
	}
	if t.Excluded > 0 {
		t.Caption += " " + chartCount(t.Excluded, "execution", "executions") + " without a response (request error or skipped) left out."
	}
	return t
}

func (h *htmlBuilder) timelineChart(c *chartPassResult) chartTimeline {
	tl := chartTimeline{Spans: len(c.spans), Untimed: c.untimed}
	if len(c.spans) == 0 {
		return tl
	}
	spans := c.spans
	// lanes: the executions' own (Lane), or packed when a run without them
	// has overlapping spans
	labels := c.lanes
	switch {
	case len(labels) > 1 || labels[0] != "":
		tl.Labelled = true
		for i, l := range labels {
			if l == "" {
				labels[i] = "(no lane)"
			}
		}
	default:
		if n := chartPack(spans); n > 1 {
			tl.Labelled, tl.Packed = true, true
			labels = make([]string, n)
			for i := range labels {
				labels[i] = "lane " + strconv.Itoa(i+1)
			}
		}
	}
	t0, t1 := spans[0].start, spans[0].end
	for _, s := range spans {
		if s.start.Before(t0) {
			t0 = s.start
		}
		if s.end.After(t1) {
			t1 = s.end
		}
	}
	total := ms(t1.Sub(t0))
	nLanes := len(labels)
	if nLanes > chartMaxLanes {
		tl.HiddenLanes = nLanes - chartMaxLanes
		nLanes = chartMaxLanes
	}
	// per lane figures, from every span (drawn or not)
	rows := make([]chartLaneRow, nLanes)
	first := make([]time.Time, nLanes)
	last := make([]time.Time, nLanes)
	busy := make([]time.Duration, nLanes)
	longest := make([]int, nLanes)
	var eligible []int
	for k, s := range spans {
		if s.lane >= nLanes {
			continue
		}
		eligible = append(eligible, k)
		r := &rows[s.lane]
		if r.Requests == 0 || s.start.Before(first[s.lane]) {
			first[s.lane] = s.start
		}
		if r.Requests == 0 || s.end.After(last[s.lane]) {
			last[s.lane] = s.end
		}
		d := s.end.Sub(s.start)
		busy[s.lane] += d
		if r.Requests == 0 || d > spans[longest[s.lane]].end.Sub(spans[longest[s.lane]].start) {
			longest[s.lane] = k
		}
		r.Requests++
		if s.status == "failed" {
			r.Failed++
		}
	}
	drawn := eligible
	var hidden []int
	if len(drawn) > chartMaxSpans {
		// the failed ones first, then the longest: the short ones are
		// slivers anyway
		byPriority := append([]int(nil), eligible...)
		sort.SliceStable(byPriority, func(i, j int) bool {
			a, b := spans[byPriority[i]], spans[byPriority[j]]
			if fa, fb := a.status == "failed", b.status == "failed"; fa != fb {
				return fa
			}
			return a.end.Sub(a.start) > b.end.Sub(b.start)
		})
		drawn, hidden = byPriority[:chartMaxSpans], byPriority[chartMaxSpans:]
		sort.Ints(drawn)
		cut := spans[hidden[0]]
		tl.Note = "Drawn one by one: " + chartThousands(chartMaxSpans) + " of " + chartThousands(len(eligible)) +
			" requests, the failed ones and the longest; grey bands show where each lane was busy (the others took at most " + chartPretty(ms(cut.end.Sub(cut.start))) + " each)."
		tl.Banded = true
	}
	tl.Drawn = len(drawn)
	step, domain := chartScale(total)
	areaX := 8.0
	if tl.Labelled {
		areaX = chartLaneLbW
	}
	areaW := chartWidth - areaX - 12
	scale := func(v float64) float64 { return areaX + v/domain*areaW }
	tl.Lanes = make([]chartLane, nLanes)
	for i := range tl.Lanes {
		y := 4 + float64(i)*chartLaneH
		tl.Lanes[i] = chartLane{Index: i, TextY: chartNum(y + chartLaneH/2 + 4)}
		if tl.Labelled {
			full := h.mask(labels[i])
			tl.Lanes[i].Label, tl.Lanes[i].Title = chartClip(full, chartLaneN), full
		}
	}
	for lane, bs := range chartBands(spans, eligible, len(hidden) > 0, nLanes, func(t time.Time) float64 { return scale(ms(t.Sub(t0))) }) {
		y := chartNum(4 + float64(lane)*chartLaneH + (chartLaneH-10)/2)
		for _, b := range bs {
			tl.Lanes[lane].Bands = append(tl.Lanes[lane].Bands, chartBand{X: chartNum(b[0]), Y: y, W: chartNum(math.Max(b[1]-b[0], 1))})
		}
	}
	for _, k := range drawn {
		s := spans[k]
		x := h.s.Executions[s.i]
		start, d := ms(s.start.Sub(t0)), ms(s.end.Sub(s.start))
		sh := 10.0 // failed spans are taller: not told by colour alone
		if s.status == "failed" {
			sh = 18
		}
		y := 4 + float64(s.lane)*chartLaneH + (chartLaneH-sh)/2
		w := scale(start+d) - scale(start)
		title := ""
		// a tooltip where one can be pointed at (in a crowded timeline
		// only failed spans and wide ones: slivers would only add bytes)
		if len(drawn) <= chartTitledSpans || s.status == "failed" || w >= 3 {
			_, full := h.requestLabel(x, c.collCount)
			title = full + ": " + chartPretty(d)
			if s.status != "passed" {
				title += " (" + s.status + ")"
			}
			if x.Cursor.Cycles > 1 {
				title += ", iteration " + strconv.Itoa(x.Cursor.Iteration+1)
			}
		}
		tl.Lanes[s.lane].Spans = append(tl.Lanes[s.lane].Spans, chartSpan{
			Class: s.status, Title: title, Lane: s.lane,
			X: chartNum(scale(start)), Y: chartNum(y), W: chartNum(math.Max(w, 1)), H: chartNum(sh),
			Start: chartMS(start), MS: chartMS(d),
		})
	}
	for i := range rows {
		r := &rows[i]
		r.Label = tl.Lanes[i].Title
		if !tl.Labelled {
			r.Label = "all requests"
		}
		if r.Requests == 0 {
			continue
		}
		r.First, r.Last, r.Busy = chartPretty(ms(first[i].Sub(t0))), chartPretty(ms(last[i].Sub(t0))), chartPretty(ms(busy[i]))
		ls := spans[longest[i]]
		_, r.LongestName = h.requestLabel(h.s.Executions[ls.i], c.collCount)
		r.Longest = chartPretty(ms(ls.end.Sub(ls.start)))
	}
	tl.Rows = rows
	axisY := 4 + float64(nLanes)*chartLaneH
	tl.AxisY, tl.TickY, tl.H = chartNum(axisY), chartNum(axisY+14), chartNum(axisY+chartAxisH)
	tl.LabelX, tl.AreaX, tl.AreaEnd = chartNum(areaX-8), chartNum(areaX), chartNum(areaX+areaW)
	tl.Total = chartMS(total)
	tl.Ticks = chartTicks(step, domain, scale)
	failed := 0
	for _, r := range rows {
		failed += r.Failed
	}
	lanes := "in one lane"
	if nLanes > 1 {
		lanes = "in " + strconv.Itoa(nLanes) + " lanes"
	}
	tl.Desc = chartCount(len(eligible), "request", "requests") + " as spans from start to end over " + chartPretty(total) + ", " + lanes + "; "
	if failed == 0 {
		tl.Desc += "none failed."
	} else {
		tl.Desc += strconv.Itoa(failed) + " failed (drawn taller)."
	}
	tl.Caption = "Timeline of the run: each request from its start to its end (scripts included); failed ones taller and red."
	switch {
	case tl.Packed:
		tl.Caption += " Requests that overlap are packed into " + strconv.Itoa(nLanes) + " lanes."
	case tl.Labelled:
		tl.Caption += " One lane per parallel unit or shard."
	}
	if tl.HiddenLanes > 0 {
		tl.Caption += " " + chartCount(tl.HiddenLanes, "more lane", "more lanes") + " not drawn."
	}
	if tl.Untimed > 0 {
		tl.Caption += " " + chartCount(tl.Untimed, "execution", "executions") + " without a start time left out."
	}
	return tl
}

// chartBands shows where each lane was busy when not every span could be
// drawn: the spans merged into bands (x from, x to, in drawing units),
// joining those less than a gap apart; the gap grows until there are at
// most chartMaxBands bands in all.
func chartBands(spans []chartSpanRec, eligible []int, crowded bool, lanes int, x func(time.Time) float64) [][][2]float64 {
	if !crowded {
		return nil
	}
	iv := make([][][2]float64, lanes)
	for _, k := range eligible {
		s := spans[k]
		iv[s.lane] = append(iv[s.lane], [2]float64{x(s.start), x(s.end)})
	}
	for _, l := range iv {
		sort.Slice(l, func(i, j int) bool { return l[i][0] < l[j][0] })
	}
	for gap := 1.0; ; gap *= 2 {
		out := make([][][2]float64, lanes)
		n := 0
		for lane, l := range iv {
			for _, v := range l {
				if m := len(out[lane]); m > 0 && v[0] <= out[lane][m-1][1]+gap {
					out[lane][m-1][1] = math.Max(out[lane][m-1][1], v[1])
					continue
				}
				out[lane] = append(out[lane], v)
				n++
			}
		}
		if n <= chartMaxBands {
			return out
		}
	}
}

// chartPack puts overlapping spans into lanes (the first free one, in order
// of start) and returns how many it took: 1 when none overlap.
func chartPack(spans []chartSpanRec) int {
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return spans[order[i]].start.Before(spans[order[j]].start) })
	var ends []time.Time
	for _, k := range order {
		s := &spans[k]
		s.lane = -1
		for l, e := range ends {
			if !s.start.Before(e) {
				s.lane = l
				break
			}
		}
		if s.lane < 0 {
			s.lane = len(ends)
			ends = append(ends, time.Time{})
		}
		ends[s.lane] = s.end
	}
	return len(ends)
}

func (h *htmlBuilder) foldersChart(c *chartPassResult) chartFolders {
	f := chartFolders{Folders: len(c.folderList), chartColumns: barColumns}
	fs := c.folderList
	for _, x := range fs {
		f.Passed += x.passed
		f.Failed += x.failed
		f.Skipped += x.skipped
	}
	f.Assertions = f.Passed + f.Failed + f.Skipped
	if f.Assertions == 0 {
		return f
	}
	if len(fs) > chartMaxFolders {
		f.More = len(fs) - chartMaxFolders
		fs = fs[:chartMaxFolders]
	}
	top := 0
	for _, x := range fs {
		top = max(top, x.passed+x.failed+x.skipped)
	}
	step, domain := chartCountScale(top)
	x0 := chartLabelW
	scale := func(v float64) float64 { return x0 + v/domain*chartBarW }
	label := func(x *chartFolder) string {
		l := "(root)"
		if x.name != "" {
			l = x.name
		}
		if c.collCount > 1 && x.coll != "" {
			l = x.coll + " / " + l
		}
		return h.mask(l)
	}
	most := fs[0]
	for k, x := range fs {
		y := 4 + float64(k)*chartRowH
		b := chartFolderBar{Passed: x.passed, Failed: x.failed, Skipped: x.skipped, Total: x.passed + x.failed + x.skipped,
			Y: chartNum(y), TextY: chartNum(y + chartBarH/2 + 4)}
		b.Full = label(x)
		b.Label = chartClip(b.Full, chartLabelN)
		var parts []string
		at := 0
		for _, seg := range []struct {
			class string
			n     int
		}{{"passed", x.passed}, {"failed", x.failed}, {"skipped", x.skipped}} {
			if seg.n == 0 {
				continue
			}
			parts = append(parts, strconv.Itoa(seg.n)+" "+seg.class)
			b.Segs = append(b.Segs, chartSeg{Class: seg.class, Y: b.Y, X: chartNum(scale(float64(at))), W: chartNum(math.Max(scale(float64(at+seg.n))-scale(float64(at)), 2))})
			at += seg.n
		}
		b.Text = strings.Join(parts, " · ")
		if b.Total == 0 {
			b.Text = "no assertions"
		}
		f.Bars = append(f.Bars, b)
		if x.failed > most.failed {
			most = x
		}
	}
	axisY := 4 + float64(len(fs))*chartRowH
	f.AxisY, f.TickY, f.H = chartNum(axisY), chartNum(axisY+14), chartNum(axisY+chartAxisH)
	f.Ticks = chartTicks(step, domain, scale)
	for i := range f.Ticks {
		f.Ticks[i].Label = strings.TrimSuffix(f.Ticks[i].Label, "ms")
	}
	f.Desc = chartCount(len(fs), "stacked bar", "stacked bars") + ", one per top-level folder: " + strconv.Itoa(f.Passed) + " assertions passed, " +
		strconv.Itoa(f.Failed) + " failed, " + strconv.Itoa(f.Skipped) + " skipped in all."
	if most.failed > 0 {
		f.Desc += " Most failures: " + label(most) + " (" + strconv.Itoa(most.failed) + ")."
	}
	f.Caption = "Assertion outcomes per top-level folder (requests outside any folder under (root)): passed, failed, skipped."
	if f.More > 0 {
		f.Caption += " The first " + strconv.Itoa(len(fs)) + " of " + strconv.Itoa(f.Folders) + " folders; " + strconv.Itoa(f.More) + " more not shown."
	}
	return f
}

// chartScale picks a tick step for an axis from 0 to top milliseconds
// (1, 2, 5 times a power of ten; whole seconds and minutes past a second)
// and the axis's end, a whole number of steps.
func chartScale(top float64) (step, domain float64) {
	if top <= 0 {
		top = 1
	}
	raw := top / 5
	if raw >= 1000 {
		for _, s := range []float64{1e3, 2e3, 5e3, 1e4, 15e3, 3e4, 6e4, 12e4, 3e5, 6e5, 9e5, 18e5, 36e5, 72e5, 216e5, 432e5, 864e5} {
			step = s
			if s >= raw {
				break
			}
		}
		for step < raw {
			step *= 2
		}
	} else {
		p := math.Pow(10, math.Floor(math.Log10(raw)))
		step = 10 * p
		for _, m := range []float64{1, 2, 5} {
			if m*p >= raw {
				step = m * p
				break
			}
		}
	}
	n := math.Ceil(top/step - 1e-9)
	return step, math.Max(n, 1) * step
}

// chartCountScale is chartScale for counts: whole steps.
func chartCountScale(top int) (step, domain float64) {
	step, domain = chartScale(float64(top))
	if step < 1 {
		step = 1
		domain = math.Max(float64(top), 1)
	}
	return step, domain
}

func chartTicks(step, domain float64, scale func(float64) float64) []chartTick {
	var ts []chartTick
	n := int(math.Round(domain / step))
	for i := 0; i <= n; i++ {
		v := float64(i) * step
		t := chartTick{X: chartNum(scale(v)), Label: chartTickLabel(v), Anchor: "middle"}
		if i == n && n > 0 {
			t.Anchor = "end"
		}
		ts = append(ts, t)
	}
	return ts
}

// chartTickLabel writes an axis value (ms) as briefly as its step allows.
func chartTickLabel(v float64) string {
	switch {
	case v == 0:
		return "0"
	case v < 1:
		return strconv.FormatFloat(math.Round(v*1000), 'f', -1, 64) + "µs"
	case v < 1000:
		return strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64) + "ms"
	case v < 60000:
		return strconv.FormatFloat(math.Round(v/100)/10, 'f', -1, 64) + "s"
	}
	d := time.Duration(math.Round(v)) * time.Millisecond
	var parts []string
	if hh := int(d / time.Hour); hh > 0 {
		parts = append(parts, strconv.Itoa(hh)+"h")
	}
	if m := int(d/time.Minute) % 60; m > 0 {
		parts = append(parts, strconv.Itoa(m)+"m")
	}
	if s := int(d/time.Second) % 60; s > 0 {
		parts = append(parts, strconv.Itoa(s)+"s")
	}
	return strings.Join(parts, " ")
}

// chartNum writes a coordinate to a tenth of a unit.
func chartNum(f float64) string {
	return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64)
}

// chartMS writes milliseconds for a data attribute: rounded to the
// microsecond, no exponent, no trailing zeros.
func chartMS(f float64) string {
	return strconv.FormatFloat(math.Round(f*1000)/1000, 'f', -1, 64)
}

// chartPretty is PrettyMS, with 0 as "0ms".
func chartPretty(ms float64) string {
	if ms <= 0 {
		return "0ms"
	}
	return PrettyMS(ms)
}

func chartCount(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// chartThousands writes n with thousands separators (5,000).
func chartThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// chartsTemplate is parsed when a report first draws its charts, not when
// the process starts (every courier command would pay for it).
var chartsTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("charts").Parse(chartsSource))
})

const chartsSource = `
<section id="charts" aria-label="Charts">
<h2>Charts</h2>
{{- if .Empty}}
<p class="empty">No requests were run.</p>
{{- else}}
{{- with .Times}}
<figure id="chart-times" class="chart" data-requests="{{.Requests}}" data-shown="{{len .Bars}}" data-excluded="{{.Excluded}}">
<h3>Response time per request</h3>
{{- if .Bars}}
<div class="chart-scroll"><svg role="img" aria-labelledby="chart-times-title chart-times-desc" viewBox="0 0 {{$.Width}} {{.H}}">
<title id="chart-times-title">Response time per request</title>
<desc id="chart-times-desc">{{.Desc}}</desc>
<g class="axis">{{range .Ticks}}<line class="grid" x1="{{.X}}" x2="{{.X}}" y1="0" y2="{{$.Times.AxisY}}"/><text class="tick" x="{{.X}}" y="{{$.Times.TickY}}" text-anchor="{{.Anchor}}">{{.Label}}</text>{{end}}</g>
{{- range .Bars}}
<g class="bar" data-n="{{.N}}" data-min="{{.Min}}" data-avg="{{.Avg}}" data-max="{{.Max}}"><title>{{.Full}}: {{.Text}}</title><text class="label" x="{{$.Times.LabelX}}" y="{{.TextY}}" text-anchor="end">{{.Label}}</text><rect class="avg" x="{{$.Times.BarX}}" y="{{.Y}}" width="{{.W}}" height="14"/>{{if .Whisker}}<path class="whisker" d="M{{.X1}} {{.MidY}}H{{.X2}}M{{.X1}} {{.Y1}}V{{.Y2}}M{{.X2}} {{.Y1}}V{{.Y2}}"/>{{end}}<text class="value" x="{{$.Times.ValueX}}" y="{{.TextY}}">{{.Text}}</text></g>
{{- end}}
</svg></div>
<figcaption>{{.Caption}}</figcaption>
<details class="chart-data"><summary>Response times as a table</summary>
<table>
<thead><tr><th>request</th><th class="num">responses</th><th class="num">min</th><th class="num">avg</th><th class="num">max</th></tr></thead>
<tbody>
{{- range .Bars}}
<tr data-n="{{.N}}" data-min="{{.Min}}" data-avg="{{.Avg}}" data-max="{{.Max}}"><td>{{.Full}}</td><td class="num">{{.N}}</td><td class="num">{{.MinText}}</td><td class="num">{{.AvgText}}</td><td class="num">{{.MaxText}}</td></tr>
{{- end}}
</tbody>
</table>
{{- if .More}}
<p class="note">and {{.More}} more</p>
{{- end}}
</details>
{{- else}}
<p class="empty">No response times: every request failed or was skipped.</p>
{{- end}}
</figure>
{{- end}}
{{- with .Timeline}}
<figure id="chart-timeline" class="chart" data-spans="{{.Spans}}" data-drawn="{{.Drawn}}" data-lanes="{{len .Lanes}}" data-total="{{.Total}}">
<h3>Timeline</h3>
{{- if .Lanes}}
<div class="chart-scroll"><svg role="img" aria-labelledby="chart-timeline-title chart-timeline-desc" viewBox="0 0 {{$.Width}} {{.H}}">
<title id="chart-timeline-title">Timeline of the run</title>
<desc id="chart-timeline-desc">{{.Desc}}</desc>
<g class="axis">{{range .Ticks}}<line class="grid" x1="{{.X}}" x2="{{.X}}" y1="0" y2="{{$.Timeline.AxisY}}"/><text class="tick" x="{{.X}}" y="{{$.Timeline.TickY}}" text-anchor="{{.Anchor}}">{{.Label}}</text>{{end}}</g>
{{- range .Lanes}}
<g class="lane" data-lane="{{.Index}}" data-spans="{{len .Spans}}">{{if .Label}}<text class="label" x="{{$.Timeline.LabelX}}" y="{{.TextY}}" text-anchor="end"><title>{{.Title}}</title>{{.Label}}</text>{{end}}<line class="track" x1="{{$.Timeline.AreaX}}" x2="{{$.Timeline.AreaEnd}}" y1="{{.TextY}}" y2="{{.TextY}}"/>
{{- range .Bands}}<rect class="busy" x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="10"/>{{end}}
{{- range .Spans}}
<rect class="span {{.Class}}" x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}" data-start="{{.Start}}" data-ms="{{.MS}}" data-lane="{{.Lane}}"{{with .Title}}><title>{{.}}</title></rect>{{else}}/>{{end}}
{{- end}}
</g>
{{- end}}
</svg></div>
<figcaption>{{.Caption}}{{if .Note}} {{.Note}}{{end}} <span class="legend"><span class="key passed"></span>passed <span class="key failed"></span>failed <span class="key skipped"></span>skipped{{if .Banded}} <span class="key busy"></span>busy{{end}}</span></figcaption>
<details class="chart-data"><summary>Timeline as a table</summary>
<table>
<thead><tr><th>lane</th><th class="num">requests</th><th class="num">failed</th><th class="num">first start</th><th class="num">last end</th><th class="num">busy</th><th>longest request</th></tr></thead>
<tbody>
{{- range .Rows}}
<tr data-requests="{{.Requests}}" data-failed="{{.Failed}}"><td>{{.Label}}</td><td class="num">{{.Requests}}</td><td class="num">{{.Failed}}</td><td class="num">{{.First}}</td><td class="num">{{.Last}}</td><td class="num">{{.Busy}}</td><td>{{if .LongestName}}{{.LongestName}}: {{.Longest}}{{end}}</td></tr>
{{- end}}
</tbody>
</table>
</details>
{{- else}}
<p class="empty">No timeline: the executions carry no start times (a report merged from json reports that have none, such as Newman's).</p>
{{- end}}
</figure>
{{- end}}
{{- with .Folders}}
<figure id="chart-assertions" class="chart" data-folders="{{.Folders}}" data-passed="{{.Passed}}" data-failed="{{.Failed}}" data-skipped="{{.Skipped}}">
<h3>Assertions per folder</h3>
{{- if .Bars}}
<div class="chart-scroll"><svg role="img" aria-labelledby="chart-assertions-title chart-assertions-desc" viewBox="0 0 {{$.Width}} {{.H}}">
<title id="chart-assertions-title">Assertion outcomes per folder</title>
<desc id="chart-assertions-desc">{{.Desc}}</desc>
<g class="axis">{{range .Ticks}}<line class="grid" x1="{{.X}}" x2="{{.X}}" y1="0" y2="{{$.Folders.AxisY}}"/><text class="tick" x="{{.X}}" y="{{$.Folders.TickY}}" text-anchor="{{.Anchor}}">{{.Label}}</text>{{end}}</g>
{{- range .Bars}}
<g class="folder" data-passed="{{.Passed}}" data-failed="{{.Failed}}" data-skipped="{{.Skipped}}"><title>{{.Full}}: {{.Text}}</title><text class="label" x="{{$.Folders.LabelX}}" y="{{.TextY}}" text-anchor="end">{{.Label}}</text>{{range .Segs}}<rect class="seg {{.Class}}" x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="14"/>{{end}}<text class="value" x="{{$.Folders.ValueX}}" y="{{.TextY}}">{{.Text}}</text></g>
{{- end}}
</svg></div>
<figcaption>{{.Caption}} <span class="legend"><span class="key passed"></span>passed <span class="key failed"></span>failed <span class="key skipped"></span>skipped</span></figcaption>
<details class="chart-data"><summary>Assertion outcomes as a table</summary>
<table>
<thead><tr><th>folder</th><th class="num">passed</th><th class="num">failed</th><th class="num">skipped</th></tr></thead>
<tbody>
{{- range .Bars}}
<tr data-passed="{{.Passed}}" data-failed="{{.Failed}}" data-skipped="{{.Skipped}}"><td>{{.Full}}</td><td class="num">{{.Passed}}</td><td class="num{{if .Failed}} bad{{end}}">{{.Failed}}</td><td class="num">{{.Skipped}}</td></tr>
{{- end}}
</tbody>
</table>
{{- if .More}}
<p class="note">and {{.More}} more</p>
{{- end}}
</details>
{{- else}}
<p class="empty">No assertions were run.</p>
{{- end}}
</figure>
{{- end}}
{{- end}}
</section>`
