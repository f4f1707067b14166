package reporters

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/courier-run/courier/collections/diff"
	"github.com/courier-run/courier/events"
)

// A baseline is the json report of an earlier run (courier's or Newman's)
// that the cli and html reports compare the run with
// (--reporter-cli-baseline, --reporter-html-baseline), through the run
// comparison of `courier diff --runs` (collections/diff.Runs).

// DiffExecution is what the run comparison needs of one execution, read as
// the json report would show it (names and messages masked with mask, nil =
// as is). ok is false for an execution the json report leaves out (a
// skipped item, or one that sent no request).
func DiffExecution(x *events.Execution, mask func(string) string) (e diff.Execution, ok bool) {
	if x.Skipped || x.Request == nil {
		return diff.Execution{}, false
	}
	if mask == nil {
		mask = func(s string) string { return s }
	}
	e = diff.Execution{Name: mask(x.Item.Name), Iteration: x.Cursor.Iteration}
	if r := x.Response; r != nil {
		e.Code, e.Status = r.Code, r.Status
		e.HasTime, e.Time = true, float64(r.ResponseTime.Milliseconds())
	}
	for _, a := range x.Assertions {
		da := diff.Assertion{Name: mask(a.Name), Skipped: a.Skipped}
		if a.Error != nil && !a.Skipped {
			da.Failed, da.Message = true, mask(a.Error.Message)
		}
		e.Assertions = append(e.Assertions, da)
	}
	for _, se := range x.ScriptErrors {
		e.ScriptErrors = append(e.ScriptErrors, diff.ScriptError{Event: se.Event, Name: se.Error.Name, Message: mask(se.Error.Message)})
	}
	return e, true
}

// DiffFailures are a run's failures other than failed assertions, as the
// run comparison reads them from a json report.
func DiffFailures(fs []events.Failure, mask func(string) string) []diff.Failure {
	if mask == nil {
		mask = func(s string) string { return s }
	}
	var out []diff.Failure
	for _, f := range fs {
		if strings.HasPrefix(f.At, "assertion:") {
			continue
		}
		df := diff.Failure{Iteration: f.Cursor.Iteration, At: f.At, Name: f.Error.Name, Message: mask(f.Error.Message)}
		if !f.SendRequest { // the json report's source of a pm.sendRequest error has no name
			df.Source = mask(f.Source.Name)
		}
		out = append(out, df)
	}
	return out
}

// DiffRun is the run a summary that kept its executions describes, for the
// run comparison.
func DiffRun(s *events.Summary, mask func(string) string) *diff.Run {
	r := &diff.Run{}
	for _, x := range s.Executions {
		if e, ok := DiffExecution(x, mask); ok {
			r.Executions = append(r.Executions, e)
		}
	}
	r.Failures = DiffFailures(s.Failures, mask)
	return r
}

// Baseline is a parsed baseline report and how it is compared.
type Baseline struct {
	File string // as the option named it
	Run  *diff.Run
	Opts diff.RunOptions
}

// newBaseline reads the baseline option of reporter name: nil when it is
// not given. The file comes through env.ReadFile (the CLI's); a file that is
// not a json run report is an error naming it and the place.
func newBaseline(name string, env Env, o Options) (*Baseline, error) {
	file := o.Value("baseline")
	if file == "" {
		if t := o.Value("baselineTimeThreshold"); t != "" {
			return nil, fmt.Errorf("--reporter-%s-baseline-time-threshold needs --reporter-%s-baseline", name, name)
		}
		return nil, nil
	}
	if env.ReadFile == nil {
		return nil, fmt.Errorf("--reporter-%s-baseline %s: no file access", name, file)
	}
	data, err := env.ReadFile(file)
	if err != nil {
		return nil, err
	}
	run, err := diff.ParseRun(file, data)
	if err != nil {
		return nil, err
	}
	b := &Baseline{File: file, Run: run, Opts: diff.DefaultRunOptions()}
	if t := o.Value("baselineTimeThreshold"); t != "" {
		if b.Opts.TimeThreshold, err = diff.ParsePercent(t); err != nil {
			return nil, fmt.Errorf("--reporter-%s-baseline-time-threshold: %v", name, err)
		}
	}
	return b, nil
}

// Compare compares the current run with the baseline.
func (b *Baseline) Compare(cur *diff.Run) *diff.RunResult {
	res := diff.Runs(b.Run, cur, b.Opts)
	res.Old.Source = b.File
	return res
}

// BaselineCounts are the figures of a comparison with a baseline.
type BaselineCounts struct {
	NewlyFailing, NewlyPassing, Appeared, Disappeared, Slower, Faster int
}

// Counts counts a comparison's changes. Newly failing counts assertions
// that started failing or appeared failing, and errors that appeared;
// newly passing assertions that started passing and errors that went
// away; appeared and disappeared count requests and assertions.
func Counts(r *diff.RunResult) BaselineCounts {
	var c BaselineCounts
	for _, ch := range r.Changes {
		switch ch.Kind {
		case diff.KindStartedFailing, diff.KindErrorAdded:
			c.NewlyFailing++
		case diff.KindStartedPassing, diff.KindErrorRemoved:
			c.NewlyPassing++
		case diff.KindRequestAdded, diff.KindAssertionAdded:
			c.Appeared++
			if ch.Kind == diff.KindAssertionAdded && ch.New == "failed" {
				c.NewlyFailing++
			}
		case diff.KindRequestRemoved, diff.KindAssertionRemoved:
			c.Disappeared++
		case diff.KindSlower:
			c.Slower++
		case diff.KindFaster:
			c.Faster++
		}
	}
	return c
}

// newlyFailing says whether a change is a new failure (listed first).
func newlyFailing(ch diff.RunChange) bool {
	return ch.Kind == diff.KindStartedFailing || ch.Kind == diff.KindErrorAdded ||
		(ch.Kind == diff.KindAssertionAdded && ch.New == "failed")
}

// baselineLabel names a change's request: the name, its occurrence and,
// for runs of several iterations, the iteration.
func baselineLabel(r *diff.RunResult, ch diff.RunChange) string {
	l := ch.Request
	if l == "" {
		l = "(collection)"
	}
	if ch.Occurrence > 1 {
		l += fmt.Sprintf(" (#%d)", ch.Occurrence)
	}
	if r.Old.Iterations > 1 || r.New.Iterations > 1 {
		l += fmt.Sprintf(" [iteration %d]", ch.Iteration+1)
	}
	return l
}

// baselineLine describes a change in one line.
func baselineLine(ch diff.RunChange) string {
	msg := ""
	if ch.Message != "" {
		msg = ": " + clipLine(ch.Message)
	}
	switch ch.Kind {
	case diff.KindStartedFailing:
		return fmt.Sprintf("%q newly fails%s", ch.Assertion, msg)
	case diff.KindStartedPassing:
		return fmt.Sprintf("%q newly passes", ch.Assertion)
	case diff.KindSkipChanged:
		return fmt.Sprintf("%q %v, was %v", ch.Assertion, ch.New, ch.Old)
	case diff.KindAssertionAdded:
		return fmt.Sprintf("%q appeared (%v%s)", ch.Assertion, ch.New, msg)
	case diff.KindAssertionRemoved:
		return fmt.Sprintf("%q disappeared (was %v)", ch.Assertion, ch.Old)
	case diff.KindRequestAdded:
		return fmt.Sprintf("request appeared (%v)", ch.New)
	case diff.KindRequestRemoved:
		return fmt.Sprintf("request disappeared (had %v)", ch.Old)
	case diff.KindStatusChanged:
		return fmt.Sprintf("status %v, was %v", orNone(ch.New), orNone(ch.Old))
	case diff.KindSlower, diff.KindFaster:
		of, _ := ch.Old.(float64)
		nf, _ := ch.New.(float64)
		return fmt.Sprintf("%s: %s, was %s", ch.Kind, time.Duration(nf*float64(time.Millisecond)), time.Duration(of*float64(time.Millisecond)))
	case diff.KindErrorAdded:
		return "error appeared: " + clipLine(fmt.Sprint(ch.New))
	case diff.KindErrorRemoved:
		return "error went away: " + clipLine(fmt.Sprint(ch.Old))
	}
	return ch.Kind
}

func orNone(v any) string {
	if v == nil {
		return "no response"
	}
	return fmt.Sprint(v)
}

// clipLine is a message on one line, cut to 120 characters.
func clipLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 120 {
		s = string(r[:119]) + "…"
	}
	return s
}

// orderedChanges are a comparison's changes, the new failures first, in
// the run's order otherwise.
func orderedChanges(r *diff.RunResult) []diff.RunChange {
	out := make([]diff.RunChange, 0, len(r.Changes))
	for _, ch := range r.Changes {
		if newlyFailing(ch) {
			out = append(out, ch)
		}
	}
	for _, ch := range r.Changes {
		if !newlyFailing(ch) {
			out = append(out, ch)
		}
	}
	return out
}

// baselineBlock is what the cli prints after the summary table: the
// counts, then the changes, the new failures first.
func (c *CLI) baselineBlock() string {
	cur := &diff.Run{Executions: c.current, Failures: DiffFailures(c.summary.Failures, c.o.Mask)}
	res := c.o.Baseline.Compare(cur)
	n := Counts(res)
	var b strings.Builder
	fmt.Fprintf(&b, "since the baseline (%s)\n", c.mask(c.o.Baseline.File))
	fmt.Fprintf(&b, "  newly failing %d, newly passing %d, appeared %d, disappeared %d, slower %d, faster %d\n",
		n.NewlyFailing, n.NewlyPassing, n.Appeared, n.Disappeared, n.Slower, n.Faster)
	for _, ch := range orderedChanges(res) {
		line := c.mask(baselineLabel(res, ch) + ": " + baselineLine(ch))
		switch {
		case newlyFailing(ch) || ch.Kind == diff.KindSlower:
			line = c.red.Sprintf("  %s %s", c.sym.errorMark, line)
		case ch.Kind == diff.KindStartedPassing || ch.Kind == diff.KindErrorRemoved || ch.Kind == diff.KindFaster:
			line = c.green.Sprintf("  %s %s", c.sym.ok, line)
		default:
			line = c.gray.Sprintf("  %s %s", c.sym.dot, line)
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// htmlBaseline is the html report's "since the baseline" section.
type htmlBaseline struct {
	File    string
	Counts  []htmlBaselineCount
	Changes []htmlBaselineChange
}

type htmlBaselineCount struct {
	Class, Label string
	N            int
}

type htmlBaselineChange struct {
	Class, Badge, Request, Text, Anchor string
}

// htmlBadge marks an execution with a change since the baseline.
type htmlBadge struct{ Class, Badge string }

// baselineClass is a change's class in the html report and its badge.
func baselineClass(ch diff.RunChange) (class, badge string) {
	switch {
	case newlyFailing(ch):
		return "failing", "newly failing"
	case ch.Kind == diff.KindStartedPassing || ch.Kind == diff.KindErrorRemoved:
		return "passing", "newly passing"
	case ch.Kind == diff.KindRequestAdded || ch.Kind == diff.KindAssertionAdded:
		return "appeared", "new"
	case ch.Kind == diff.KindRequestRemoved || ch.Kind == diff.KindAssertionRemoved:
		return "disappeared", "gone"
	case ch.Kind == diff.KindSlower:
		return "slower", "slower"
	case ch.Kind == diff.KindFaster:
		return "faster", "faster"
	}
	return "other", "changed"
}

// baseline compares the run with the baseline, fills h.badges and returns
// the section. Executions pair with changes as diff.Runs pairs them: by
// name, iteration and occurrence.
func (h *htmlBuilder) baseline() *htmlBaseline {
	type key struct {
		name      string
		iteration int
		n         int
	}
	cur := &diff.Run{Failures: DiffFailures(h.s.Failures, h.o.Mask)}
	index := map[key]int{}
	seen := map[key]int{}
	for i, x := range h.s.Executions {
		e, ok := DiffExecution(x, h.o.Mask)
		if !ok {
			continue
		}
		cur.Executions = append(cur.Executions, e)
		first := key{e.Name, e.Iteration, 0}
		k := first
		seen[first]++
		k.n = seen[first]
		index[k] = i
	}
	res := h.o.Baseline.Compare(cur)
	n := Counts(res)
	hb := &htmlBaseline{File: h.mask(h.o.Baseline.File), Counts: []htmlBaselineCount{
		{"failing", "newly failing", n.NewlyFailing}, {"passing", "newly passing", n.NewlyPassing},
		{"appeared", "appeared", n.Appeared}, {"disappeared", "disappeared", n.Disappeared},
		{"slower", "slower", n.Slower}, {"faster", "faster", n.Faster},
	}}
	h.badges = map[int][]htmlBadge{}
	for _, ch := range orderedChanges(res) {
		class, badge := baselineClass(ch)
		c := htmlBaselineChange{Class: class, Badge: badge, Request: h.mask(baselineLabel(res, ch)), Text: h.mask(baselineLine(ch))}
		if i, ok := index[key{ch.Request, ch.Iteration, ch.Occurrence}]; ok && ch.Kind != diff.KindRequestRemoved {
			if !h.o.OnlyFailures || executionFailed(h.s.Executions[i]) {
				c.Anchor = "x" + strconv.Itoa(i+1)
			}
			marked := false
			for _, b := range h.badges[i] {
				marked = marked || b.Class == class
			}
			if !marked && class != "other" { // a status change shows in the execution's line already
				h.badges[i] = append(h.badges[i], htmlBadge{class, badge})
			}
		}
		hb.Changes = append(hb.Changes, c)
	}
	return hb
}
