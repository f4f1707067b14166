package diff

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/courier-run/courier/collections"
)

// Run is the part of a json run report (Newman's or courier's json reporter)
// that runs are compared by.
type Run struct {
	Executions []Execution
	Failures   []Failure
	// Stats is run.stats ("requests" -> {Total, Failed}, ...), and Error
	// run.error (nil unless the run ended early). Neither is compared by
	// Runs; both are read leniently: a value of another shape is left out
	// rather than refused.
	Stats map[string]Count
	Error *RunError
}

// Count is one entry of run.stats.
type Count struct {
	Total  int `json:"total"`
	Failed int `json:"failed"`
}

// RunError is run.error: why a run ended early (--bail folder, --timeout).
type RunError struct {
	Message string `json:"message"`
}

// ScriptError is the error of one of an execution's scripts.
type ScriptError struct {
	Event   string // "prerequest" or "test"
	Name    string // the error's name (ReferenceError, Error, ...)
	Message string
}

// Execution is one request of a run.
type Execution struct {
	Name       string // the item's name
	Iteration  int    // 0-based
	Code       int    // response code, 0 without a response
	Status     string // response status text
	HasTime    bool
	Time       float64 // response time in milliseconds
	Assertions []Assertion
	// ScriptErrors are the errors of the prerequest scripts, then of the
	// test scripts (executions[].prerequestScript/testScript[].error), read
	// leniently as Run.Stats. Runs compares them through Run.Failures.
	ScriptErrors []ScriptError
}

// Assertion is one pm.test result.
type Assertion struct {
	Name    string
	Skipped bool
	Failed  bool
	Message string // the error message of a failed assertion
}

// Failure is an entry of run.failures other than a failed assertion: a
// request error or a script error.
type Failure struct {
	Source    string // the item's name
	Iteration int
	At        string // "request", "test-script", "prerequest-script", ...
	Name      string // the error's name (ReferenceError, Error, ...)
	Message   string
}

// The JSON shapes read from a report; unknown fields are ignored.
type jsonRunReport struct {
	Run *struct {
		Executions *[]struct {
			Cursor struct {
				Iteration int `json:"iteration"`
			} `json:"cursor"`
			Item struct {
				Name string `json:"name"`
			} `json:"item"`
			Response *struct {
				Code         int      `json:"code"`
				Status       string   `json:"status"`
				ResponseTime *float64 `json:"responseTime"`
			} `json:"response"`
			Assertions []struct {
				Assertion string `json:"assertion"`
				Skipped   bool   `json:"skipped"`
				Error     *struct {
					Message string `json:"message"`
				} `json:"error"`
			} `json:"assertions"`
			PrerequestScript json.RawMessage `json:"prerequestScript"`
			TestScript       json.RawMessage `json:"testScript"`
		} `json:"executions"`
		Failures []struct {
			At     string `json:"at"`
			Source *struct {
				Name string `json:"name"`
			} `json:"source"`
			Cursor struct {
				Iteration int `json:"iteration"`
			} `json:"cursor"`
			Error struct {
				Name    string `json:"name"`
				Message string `json:"message"`
			} `json:"error"`
		} `json:"failures"`
		Stats json.RawMessage `json:"stats"`
		Error json.RawMessage `json:"error"`
	} `json:"run"`
}

// scriptRuns is the shape of executions[].prerequestScript and testScript.
type scriptRuns []struct {
	Error *struct {
		Name    string `json:"name"`
		Message string `json:"message"`
	} `json:"error"`
}

// lenient decodes raw when it has T's shape and gives T's zero value
// otherwise: for the parts of a report that only some readers need.
func lenient[T any](raw json.RawMessage) T {
	var v T
	if len(raw) > 0 && json.Unmarshal(raw, &v) != nil {
		var zero T
		return zero
	}
	return v
}

// scriptErrors appends the errors of one event's script runs.
func scriptErrors(out []ScriptError, event string, raw json.RawMessage) []ScriptError {
	for _, r := range lenient[scriptRuns](raw) {
		if r.Error != nil {
			out = append(out, ScriptError{Event: event, Name: r.Error.Name, Message: r.Error.Message})
		}
	}
	return out
}

// ParseRun reads a json run report. Problems are *collections.Error values
// naming the file and the line:column or JSON path.
func ParseRun(file string, data []byte) (*Run, error) {
	text, err := collections.Text(file, data)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, &collections.Error{File: file, Msg: "file is empty"}
	}
	var rep jsonRunReport
	d := json.NewDecoder(bytes.NewReader(text))
	if err := d.Decode(&rep); err != nil {
		return nil, runJSONError(file, text, err, d.InputOffset())
	}
	end := d.InputOffset()
	if _, err := d.Token(); err != io.EOF {
		for end < int64(len(text)) && strings.IndexByte(" \t\r\n", text[end]) >= 0 {
			end++
		}
		// where the unexpected data starts
		return nil, collections.ErrorAt(file, text, end, "invalid JSON: unexpected data after the top-level value")
	}
	if rep.Run == nil || rep.Run.Executions == nil {
		return nil, &collections.Error{File: file, Path: "run.executions",
			Msg: "not a run report: missing run.executions (expected the output of newman's or courier's json reporter, -r json)"}
	}
	r := &Run{}
	for _, e := range *rep.Run.Executions {
		x := Execution{Name: e.Item.Name, Iteration: e.Cursor.Iteration}
		if e.Response != nil {
			x.Code, x.Status = e.Response.Code, e.Response.Status
			if e.Response.ResponseTime != nil {
				x.HasTime, x.Time = true, *e.Response.ResponseTime
			}
		}
		for _, a := range e.Assertions {
			as := Assertion{Name: a.Assertion, Skipped: a.Skipped}
			if a.Error != nil {
				as.Failed, as.Message = true, a.Error.Message
			}
			x.Assertions = append(x.Assertions, as)
		}
		x.ScriptErrors = scriptErrors(x.ScriptErrors, "prerequest", e.PrerequestScript)
		x.ScriptErrors = scriptErrors(x.ScriptErrors, "test", e.TestScript)
		r.Executions = append(r.Executions, x)
	}
	for _, f := range rep.Run.Failures {
		if strings.HasPrefix(f.At, "assertion:") {
			continue // already counted through the executions
		}
		fl := Failure{Iteration: f.Cursor.Iteration, At: f.At, Name: f.Error.Name, Message: f.Error.Message}
		if f.Source != nil {
			fl.Source = f.Source.Name
		}
		r.Failures = append(r.Failures, fl)
	}
	r.Stats = lenient[map[string]Count](rep.Run.Stats)
	r.Error = lenient[*RunError](rep.Run.Error)
	return r, nil
}

func runJSONError(file string, data []byte, err error, fallback int64) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &collections.Error{File: file, Path: te.Field,
			Msg: fmt.Sprintf("expected %s, got a JSON %s", jsonKind(te.Type.Kind().String()), te.Value)}
	}
	return collections.JSONError(file, data, err, fallback)
}

func jsonKind(goKind string) string {
	switch goKind {
	case "string":
		return "a string"
	case "int", "float64":
		return "a number"
	case "bool":
		return "a boolean"
	case "slice":
		return "an array"
	case "struct", "ptr", "map":
		return "an object"
	}
	return goKind
}

// RunClass is the area of a run change; --fail-on takes a list of them with --runs.
type RunClass string

// Run change classes.
const (
	RunFailing RunClass = "failing" // an assertion started failing
	RunPassing RunClass = "passing" // an assertion stopped failing
	RunSkipped RunClass = "skipped" // an assertion was skipped in one run only
	RunAdded   RunClass = "added"   // a request or an assertion appeared
	RunRemoved RunClass = "removed" // a request or an assertion disappeared
	RunStatus  RunClass = "status"  // the response code changed
	RunTime    RunClass = "time"    // the response time changed beyond the threshold
	RunErrors  RunClass = "errors"  // a request or script error appeared or disappeared
)

// RunClasses lists the run change classes in display order.
func RunClasses() []RunClass {
	return []RunClass{RunFailing, RunPassing, RunSkipped, RunAdded, RunRemoved, RunStatus, RunTime, RunErrors}
}

// ParseRunClasses reads a comma-separated --fail-on list of run change classes.
func ParseRunClasses(s string) ([]RunClass, error) {
	var names []string
	for _, c := range RunClasses() {
		names = append(names, string(c))
	}
	got, err := parseList(s, names)
	if err != nil {
		return nil, err
	}
	out := make([]RunClass, len(got))
	for i, g := range got {
		out[i] = RunClass(g)
	}
	return out, nil
}

// Run change kinds.
const (
	KindStartedFailing   = "started-failing"
	KindStartedPassing   = "started-passing"
	KindSkipChanged      = "skip-changed"
	KindRequestAdded     = "request-added"
	KindRequestRemoved   = "request-removed"
	KindAssertionAdded   = "assertion-added"
	KindAssertionRemoved = "assertion-removed"
	KindStatusChanged    = "status-changed"
	KindSlower           = "slower"
	KindFaster           = "faster"
	KindErrorAdded       = "error-added"
	KindErrorRemoved     = "error-removed"
)

// RunChange is one difference between two runs.
type RunChange struct {
	Kind  string   `json:"kind"`
	Class RunClass `json:"class"`
	// Request is the item's name; Iteration is 0-based; Occurrence counts
	// repeated executions of the same name in one iteration (1 for the first).
	Request    string `json:"request"`
	Iteration  int    `json:"iteration"`
	Occurrence int    `json:"occurrence"`
	Assertion  string `json:"assertion,omitempty"`
	// Old and New: assertion states ("passed", "failed", "skipped"), response
	// codes with status text ("200 OK"), response times in milliseconds, error
	// texts ("test-script: TypeError: ..."), or for added and removed requests
	// {"assertions": n, "failed": m}; null when absent.
	Old any `json:"old"`
	New any `json:"new"`
	// Message is the error of the failing side of an assertion.
	Message string `json:"message,omitempty"`
}

// RunStats summarises one run.
type RunStats struct {
	Source     string `json:"source"`
	Requests   int    `json:"requests"`
	Assertions int    `json:"assertions"`
	Failed     int    `json:"failed"`
	Errors     int    `json:"errors"`
	Iterations int    `json:"iterations"`
}

// RunResult is the difference between two runs.
type RunResult struct {
	Old, New RunStats
	Changes  []RunChange
}

// RunOptions tune a run comparison.
type RunOptions struct {
	// A response time change is reported when it is at least TimeThreshold
	// (relative to the old time: 0.5 is 50%) and at least MinTimeDelta.
	TimeThreshold float64
	MinTimeDelta  time.Duration
}

// DefaultRunOptions are --time-threshold 50% and a 100 ms minimum.
func DefaultRunOptions() RunOptions {
	return RunOptions{TimeThreshold: 0.5, MinTimeDelta: 100 * time.Millisecond}
}

// ParsePercent reads a --time-threshold value: "50%", "50" or "12.5%".
func ParsePercent(s string) (float64, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f < 0 || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, fmt.Errorf("invalid percentage %q (expected e.g. 50%%)", s)
	}
	return f / 100, nil
}

func stats(r *Run) RunStats {
	s := RunStats{Requests: len(r.Executions), Errors: len(r.Failures)}
	iters := map[int]bool{}
	for _, e := range r.Executions {
		iters[e.Iteration] = true
		for _, a := range e.Assertions {
			s.Assertions++
			if a.Failed {
				s.Failed++
			}
		}
	}
	s.Iterations = len(iters)
	return s
}

func assertionState(a Assertion) string {
	switch {
	case a.Failed:
		return "failed"
	case a.Skipped:
		return "skipped"
	}
	return "passed"
}

// Runs compares two runs: executions pair up by item name, iteration and
// occurrence; assertions within them by name and occurrence.
func Runs(old, new *Run, opts RunOptions) *RunResult {
	res := &RunResult{Old: stats(old), New: stats(new)}
	type key struct {
		name      string
		iteration int
		n         int
	}
	keys := func(es []Execution) []key {
		seen := map[key]int{}
		out := make([]key, len(es))
		for i, e := range es {
			first := key{e.Name, e.Iteration, 0} // counted under the first occurrence's key
			k := first
			k.n = seen[first]
			seen[first]++
			out[i] = k
		}
		return out
	}
	ok, nk := keys(old.Executions), keys(new.Executions)
	oidx := map[key]int{}
	for i, k := range ok {
		oidx[k] = i
	}
	nidx := map[key]int{}
	for i, k := range nk {
		nidx[k] = i
	}
	errs, errOrder := failureChanges(old.Failures, new.Failures)
	add := func(k key, ch RunChange) {
		ch.Request, ch.Iteration, ch.Occurrence = k.name, k.iteration, k.n+1
		res.Changes = append(res.Changes, ch)
	}
	// addErrors places the errors of an item's first execution in an iteration.
	addErrors := func(k key) {
		ek := errKey{k.name, k.iteration}
		if k.n == 0 {
			res.Changes = append(res.Changes, errs[ek]...)
			delete(errs, ek)
		}
	}
	for i, ne := range new.Executions {
		k := nk[i]
		oi, found := oidx[k]
		if !found {
			add(k, RunChange{Kind: KindRequestAdded, Class: RunAdded, New: countAssertions(ne)})
			addErrors(k)
			continue
		}
		oe := old.Executions[oi]
		if oe.Code != ne.Code {
			add(k, RunChange{Kind: KindStatusChanged, Class: RunStatus, Old: codeText(oe), New: codeText(ne)})
		}
		compareAssertions(oe.Assertions, ne.Assertions, func(ch RunChange) { add(k, ch) })
		if oe.HasTime && ne.HasTime {
			delta := ne.Time - oe.Time
			min := float64(opts.MinTimeDelta) / float64(time.Millisecond)
			// an unchanged time is no change, even with a zero threshold and minimum
			if delta != 0 && math.Abs(delta) >= min && math.Abs(delta) >= opts.TimeThreshold*oe.Time {
				kind := KindSlower
				if delta < 0 {
					kind = KindFaster
				}
				add(k, RunChange{Kind: kind, Class: RunTime, Old: oe.Time, New: ne.Time})
			}
		}
		addErrors(k)
	}
	for i, oe := range old.Executions {
		k := ok[i]
		if _, found := nidx[k]; !found {
			add(k, RunChange{Kind: KindRequestRemoved, Class: RunRemoved, Old: countAssertions(oe)})
			addErrors(k)
		}
	}
	for _, ek := range errOrder { // errors of items without executions
		res.Changes = append(res.Changes, errs[ek]...)
	}
	return res
}

// AssertionCount is the Old or New value of an added or removed request.
type AssertionCount struct {
	Assertions int `json:"assertions"`
	Failed     int `json:"failed"`
}

func countAssertions(e Execution) AssertionCount {
	c := AssertionCount{Assertions: len(e.Assertions)}
	for _, a := range e.Assertions {
		if a.Failed {
			c.Failed++
		}
	}
	return c
}

func (c AssertionCount) String() string {
	s := plural(c.Assertions, "assertion", "assertions")
	if c.Failed > 0 {
		s += fmt.Sprintf(", %d failed", c.Failed)
	}
	return s
}

func codeText(e Execution) any {
	if e.Code == 0 {
		return nil
	}
	if e.Status != "" {
		return fmt.Sprintf("%d %s", e.Code, e.Status)
	}
	return strconv.Itoa(e.Code)
}

func compareAssertions(olds, news []Assertion, add func(RunChange)) {
	type key struct {
		name string
		n    int
	}
	index := func(as []Assertion) ([]key, map[key]int) {
		seen := map[string]int{}
		ks := make([]key, len(as))
		m := map[key]int{}
		for i, a := range as {
			k := key{a.Name, seen[a.Name]}
			seen[a.Name]++
			ks[i] = k
			m[k] = i
		}
		return ks, m
	}
	ok, om := index(olds)
	nk, nm := index(news)
	for i, na := range news {
		oi, found := om[nk[i]]
		ns := assertionState(na)
		if !found {
			add(RunChange{Kind: KindAssertionAdded, Class: RunAdded, Assertion: na.Name, New: ns, Message: na.Message})
			continue
		}
		oa := olds[oi]
		os := assertionState(oa)
		switch {
		case os == ns:
		case ns == "failed":
			add(RunChange{Kind: KindStartedFailing, Class: RunFailing, Assertion: na.Name, Old: os, New: ns, Message: na.Message})
		case os == "failed":
			add(RunChange{Kind: KindStartedPassing, Class: RunPassing, Assertion: na.Name, Old: os, New: ns, Message: oa.Message})
		default:
			add(RunChange{Kind: KindSkipChanged, Class: RunSkipped, Assertion: na.Name, Old: os, New: ns})
		}
	}
	for i, oa := range olds {
		if _, found := nm[ok[i]]; !found {
			add(RunChange{Kind: KindAssertionRemoved, Class: RunRemoved, Assertion: oa.Name, Old: assertionState(oa), Message: oa.Message})
		}
	}
}

func failureText(f Failure) string {
	s := f.At
	if f.Name != "" {
		s += ": " + f.Name
	}
	if f.Message != "" {
		s += ": " + f.Message
	}
	return s
}

// failureChanges returns the errors that appeared or disappeared, by item
// name and iteration.
func failureChanges(olds, news []Failure) (map[errKey][]RunChange, []errKey) {
	type key struct {
		errKey
		text string
		n    int
	}
	keys := func(fs []Failure) []key {
		seen := map[key]int{}
		out := make([]key, len(fs))
		for i, f := range fs {
			first := key{errKey{f.Source, f.Iteration}, failureText(f), 0} // counted under the first occurrence's key
			k := first
			k.n = seen[first]
			seen[first]++
			out[i] = k
		}
		return out
	}
	ok, nk := keys(olds), keys(news)
	in := func(ks []key) map[key]bool {
		m := map[key]bool{}
		for _, k := range ks {
			m[k] = true
		}
		return m
	}
	om, nm := in(ok), in(nk)
	out := map[errKey][]RunChange{}
	var order []errKey
	note := func(k key, ch RunChange) {
		if _, seen := out[k.errKey]; !seen {
			order = append(order, k.errKey)
		}
		ch.Request, ch.Iteration, ch.Occurrence = k.source, k.iteration, 1
		out[k.errKey] = append(out[k.errKey], ch)
	}
	for _, k := range nk {
		if !om[k] {
			note(k, RunChange{Kind: KindErrorAdded, Class: RunErrors, New: k.text})
		}
	}
	for _, k := range ok {
		if !nm[k] {
			note(k, RunChange{Kind: KindErrorRemoved, Class: RunErrors, Old: k.text})
		}
	}
	return out, order
}

// errKey places errors with the executions of an item in an iteration.
type errKey struct {
	source    string
	iteration int
}

// Identical reports whether no change was found.
func (r *RunResult) Identical() bool { return len(r.Changes) == 0 }

// Counts returns the number of changes per class.
func (r *RunResult) Counts() map[RunClass]int {
	m := map[RunClass]int{}
	for _, c := range RunClasses() {
		m[c] = 0
	}
	for _, c := range r.Changes {
		m[c.Class]++
	}
	return m
}

// ExitCode is 0 when identical and 1 when different; with a non-empty failOn,
// 1 only when a change of one of those classes is present.
func (r *RunResult) ExitCode(failOn []RunClass) int {
	if len(failOn) == 0 {
		if r.Identical() {
			return 0
		}
		return 1
	}
	for _, c := range r.Changes {
		for _, f := range failOn {
			if c.Class == f {
				return 1
			}
		}
	}
	return 0
}

// RunReport is the JSON output of a run comparison (schema version 1):
//
//	{
//	  "version": 1,
//	  "mode": "runs",
//	  "old": {"source": "a.json", "requests": 27, "assertions": 70, "failed": 0, "errors": 0, "iterations": 1},
//	  "new": {...},
//	  "identical": false,
//	  "counts": {"failing": 3, "passing": 0, ...},   // every run class
//	  "changes": [RunChange, ...]                    // absent with --summary
//	}
type RunReport struct {
	Version   int              `json:"version"`
	Mode      string           `json:"mode"`
	Old       RunStats         `json:"old"`
	New       RunStats         `json:"new"`
	Identical bool             `json:"identical"`
	Counts    map[RunClass]int `json:"counts"`
	Changes   *[]RunChange     `json:"changes,omitempty"`
}

// Report builds the JSON output; summary leaves the changes out.
func (r *RunResult) Report(summary bool) RunReport {
	rep := RunReport{Version: JSONVersion, Mode: "runs", Old: r.Old, New: r.New, Identical: r.Identical(), Counts: r.Counts()}
	if !summary {
		ch := r.Changes
		if ch == nil {
			ch = []RunChange{}
		}
		rep.Changes = &ch
	}
	return rep
}

// Write prints the result in the chosen format.
func (r *RunResult) Write(w io.Writer, o WriteOptions) error {
	var b bytes.Buffer
	switch o.Format {
	case FormatJSON:
		if err := encodeJSON(&b, r.Report(o.Summary)); err != nil {
			return err
		}
	case FormatMarkdown:
		r.writeMarkdown(&b, o.Summary)
	default:
		r.writeText(&b, o.Summary, painter(o.Color))
	}
	_, err := w.Write(b.Bytes())
	return err
}

func (s RunStats) text() string {
	t := fmt.Sprintf("%s, %s, %d failed", plural(s.Requests, "request", "requests"),
		plural(s.Assertions, "assertion", "assertions"), s.Failed)
	if s.Errors > 0 {
		t += ", " + plural(s.Errors, "error", "errors")
	}
	return t
}

var runClassTitles = map[RunClass]string{
	RunFailing: "started failing",
	RunPassing: "started passing",
	RunSkipped: "skipped changed",
	RunAdded:   "appeared",
	RunRemoved: "disappeared",
	RunStatus:  "status changed",
	RunTime:    "response time",
	RunErrors:  "errors",
}

// runGroups groups consecutive changes by request, iteration and occurrence.
func (r *RunResult) runGroups() [][]*RunChange {
	var out [][]*RunChange
	for i := range r.Changes {
		c := &r.Changes[i]
		if n := len(out); n > 0 {
			p := out[n-1][0]
			if p.Request == c.Request && p.Iteration == c.Iteration && p.Occurrence == c.Occurrence {
				out[n-1] = append(out[n-1], c)
				continue
			}
		}
		out = append(out, []*RunChange{c})
	}
	return out
}

func (r *RunResult) requestLabel(c *RunChange) string {
	l := c.Request
	if l == "" {
		l = "(collection)"
	}
	if c.Occurrence > 1 {
		l += fmt.Sprintf(" (#%d)", c.Occurrence)
	}
	if r.Old.Iterations > 1 || r.New.Iterations > 1 {
		l += fmt.Sprintf(" [iteration %d]", c.Iteration+1)
	}
	return l
}

func ms(v any) string {
	f, _ := v.(float64)
	return strconv.FormatFloat(f, 'f', -1, 64) + " ms"
}

// runLine renders a run change without its sign.
func runLine(c *RunChange, code func(string) string) string {
	msg := ""
	if c.Message != "" {
		msg = ": " + code(truncate(strings.Join(strings.Fields(c.Message), " "), maxValue))
	}
	switch c.Kind {
	case KindStartedFailing:
		return code(c.Assertion) + " started failing" + msg
	case KindStartedPassing:
		return code(c.Assertion) + " started passing (was failing" + msg + ")"
	case KindSkipChanged:
		return fmt.Sprintf("%s %v → %v", code(c.Assertion), c.Old, c.New)
	case KindAssertionAdded:
		return fmt.Sprintf("%s appeared (%v%s)", code(c.Assertion), c.New, msg)
	case KindAssertionRemoved:
		return fmt.Sprintf("%s disappeared (was %v)", code(c.Assertion), c.Old)
	case KindRequestAdded:
		return fmt.Sprintf("request appeared (%v)", c.New)
	case KindRequestRemoved:
		return fmt.Sprintf("request disappeared (had %v)", c.Old)
	case KindStatusChanged:
		return "status: " + code(valueOrNone(c.Old)) + " → " + code(valueOrNone(c.New))
	case KindSlower, KindFaster:
		of, _ := c.Old.(float64)
		nf, _ := c.New.(float64)
		pct := ""
		if of > 0 {
			pct = fmt.Sprintf(", %+.0f%%", (nf-of)/of*100)
		}
		return fmt.Sprintf("%s: %s → %s%s", c.Kind, ms(c.Old), ms(c.New), pct)
	case KindErrorAdded:
		return "error appeared: " + code(truncate(fmt.Sprint(c.New), maxValue))
	case KindErrorRemoved:
		return "error disappeared: " + code(truncate(fmt.Sprint(c.Old), maxValue))
	}
	return c.Kind
}

func valueOrNone(v any) string {
	if v == nil {
		return "(no response)"
	}
	return fmt.Sprint(v)
}

// runSign marks a run change: ✗ worse, ✓ better, + appeared, - disappeared,
// ~ other.
func runSign(c *RunChange) string {
	switch c.Kind {
	case KindStartedFailing, KindErrorAdded, KindSlower:
		return "✗"
	case KindStartedPassing, KindErrorRemoved, KindFaster:
		return "✓"
	case KindAssertionAdded:
		if c.New == "failed" {
			return "✗"
		}
		return "+"
	case KindRequestAdded:
		if c.New.(AssertionCount).Failed > 0 {
			return "✗"
		}
		return "+"
	case KindAssertionRemoved, KindRequestRemoved:
		return "-"
	}
	return "~"
}

func (r *RunResult) writeText(b *bytes.Buffer, summary bool, p painter) {
	if r.Identical() {
		b.WriteString("no changes\n")
		return
	}
	fmt.Fprintf(b, "%s %s  (%s)\n", p.paint(cBold, "---"), p.paint(cBold, r.Old.Source), r.Old.text())
	fmt.Fprintf(b, "%s %s  (%s)\n", p.paint(cBold, "+++"), p.paint(cBold, r.New.Source), r.New.text())
	counts := r.Counts()
	for _, cl := range RunClasses() {
		if counts[cl] > 0 {
			fmt.Fprintf(b, " %-16s %d\n", runClassTitles[cl], counts[cl])
		}
	}
	fmt.Fprintf(b, " %s\n", plural(len(r.Changes), "change", "changes"))
	if summary {
		return
	}
	for _, g := range r.runGroups() {
		fmt.Fprintf(b, "\n%s\n", p.paint(cBold, r.requestLabel(g[0])))
		for _, c := range g {
			s := runSign(c)
			line := s + " " + runLine(c, func(s string) string { return s })
			switch s {
			case "✗", "-":
				line = p.paint(cRed, line)
			case "✓", "+":
				line = p.paint(cGreen, line)
			default:
				line = p.paint(cYellow, line)
			}
			b.WriteString("  " + line + "\n")
		}
	}
}

func (r *RunResult) writeMarkdown(b *bytes.Buffer, summary bool) {
	if r.Identical() {
		b.WriteString("No changes.\n")
		return
	}
	b.WriteString("### Run diff\n\n")
	b.WriteString("| | Report | Requests | Assertions | Failed | Errors |\n| --- | --- | ---: | ---: | ---: | ---: |\n")
	for _, s := range []struct {
		side string
		st   RunStats
	}{{"old", r.Old}, {"new", r.New}} {
		fmt.Fprintf(b, "| %s | %s | %d | %d | %d | %d |\n", s.side, mdCode(s.st.Source), s.st.Requests, s.st.Assertions, s.st.Failed, s.st.Errors)
	}
	b.WriteString("\n| Change | Count |\n| --- | ---: |\n")
	counts := r.Counts()
	for _, cl := range RunClasses() {
		if counts[cl] > 0 {
			fmt.Fprintf(b, "| %s | %d |\n", runClassTitles[cl], counts[cl])
		}
	}
	if summary {
		return
	}
	for _, g := range r.runGroups() {
		fmt.Fprintf(b, "\n#### %s\n\n", mdEscape(r.requestLabel(g[0])))
		for _, c := range g {
			sign := runSign(c)
			if sign == "+" || sign == "-" { // would start a nested list
				sign = "\\" + sign
			}
			fmt.Fprintf(b, "- %s %s\n", sign, runLine(c, mdCode))
		}
	}
}
