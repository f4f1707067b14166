package reporters

import (
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/courier-run/courier/events"
)

// JUnitOptions configure the junit reporter.
type JUnitOptions struct {
	// Mask hides secrets in names, messages, stacks and console lines
	// (nil = as is).
	Mask func(string) string
	// Hostname, when set, is written on every <testsuite>.
	Hostname string
	// NewmanCompat writes Newman's own report instead, with its test names,
	// suite ids and counting (--reporter-junit-newman-compat): see
	// writeJUnitNewman.
	NewmanCompat bool
}

// WriteJUnit writes a JUnit XML report of s, valid against the Jenkins
// xUnit schema (junit-10.xsd). s must have been built with
// events.SummaryOptions{Executions: true}; Console: true adds console
// output as <system-out>.
//
// The shape is Newman's junit reporter's, so CI parsers and test histories
// keep working: <testsuites name=collection>, one <testsuite> per
// collection item named "Folder / Request" holding all its executions,
// one <testcase> per assertion with Newman's classname (the suite name in
// UpperCamelCase, the collection's when that is empty), failures as
// <failure type="AssertionFailure" message=…>. Unlike Newman:
//   - every assertion of every execution is its own testcase; with several
//     iterations names end in " (iteration N)", and a name repeated within
//     one suite gets " (2)", " (3)", …;
//   - pm.test.skip is <skipped/>;
//   - script errors and request errors are testcases with <error>;
//   - tests, failures, errors and skipped add up: a suite's are the counts
//     of its testcases, the root's the sums of the suites' (the schema
//     gives <testsuites> no skipped attribute);
//   - times are real: an execution's time runs from its ItemStart to the
//     ItemEnd (older streams: the next execution's ItemStart, or the end of the run),
//     so it includes scripts and any --delay-request; the events carry no
//     per-assertion time, so each testcase gets its execution's time split
//     evenly across the execution's testcases. A suite's time is the sum of
//     its executions', the root's the run's duration.
func WriteJUnit(w io.Writer, s *events.Summary, o JUnitOptions) error {
	if o.NewmanCompat {
		return writeJUnitNewman(w, s, o)
	}
	mask := o.Mask
	if mask == nil {
		mask = func(s string) string { return s }
	}
	durations := executionDurations(s)

	// Group executions by item, in order of first appearance.
	type group struct {
		item  events.Item
		execs []int
	}
	var groups []*group
	byKey := map[string]*group{}
	for i, x := range s.Executions {
		k := x.Item.ID
		if k == "" {
			k = "\x00" + strings.Join(append(append([]string(nil), x.Item.Path...), x.Item.Name), "\x00")
		}
		g := byKey[k]
		if g == nil {
			g = &group{item: x.Item}
			byKey[k] = g
			groups = append(groups, g)
		}
		g.execs = append(g.execs, i)
	}

	collClass := junitClassName(s.Collection)
	// The root's counts come first in the document: count them here, then
	// build and write one suite at a time.
	var tests, failures, errs int
	for _, x := range s.Executions {
		t, f, e, _ := junitExecCounts(x)
		tests, failures, errs = tests+t, failures+f, errs+e
	}
	var runSuite *junitSuite
	if s.Error != nil || s.Aborted {
		rs := junitRunSuite(s, collClass, mask, o.Hostname)
		runSuite = &rs
		tests += rs.Tests
		errs += rs.Errors
	}

	runTime := s.Finished.Sub(s.Started)
	if s.Started.IsZero() || s.Finished.IsZero() || runTime < 0 {
		runTime = 0
		for _, d := range durations {
			runTime += d
		}
	}

	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<testsuites`)
	if s.Collection != "" { // Newman leaves the attribute out for a collection without a name
		b.WriteString(` name="` + xmlAttr(mask(s.Collection)) + `"`)
	}
	b.WriteString(` tests="` + strconv.Itoa(tests) + `" failures="` + strconv.Itoa(failures) + `" errors="` + strconv.Itoa(errs) + `" time="` + junitSeconds(runTime) + `"`)
	if len(groups) == 0 && runSuite == nil {
		b.WriteString("/>\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	b.WriteString(">\n")
	flush := func(suite *junitSuite) error {
		suite.write(&b)
		_, err := io.WriteString(w, b.String())
		b.Reset()
		return err
	}
	for _, g := range groups {
		suite := buildJUnitSuite(s, g.item, g.execs, durations, collClass, mask, o.Hostname)
		if err := flush(&suite); err != nil {
			return err
		}
	}
	if runSuite != nil {
		if err := flush(runSuite); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "</testsuites>\n")
	return err
}

// junitExecCounts is what one execution adds to its suite: testcases,
// failures, errors and skipped. buildJUnitSuite makes one testcase per
// assertion, script error and request error.
func junitExecCounts(x *events.Execution) (tests, failures, errs, skipped int) {
	errs = len(x.ScriptErrors) + len(x.SendRequestErrors)
	if x.RequestError != nil {
		errs++
	}
	for _, a := range x.Assertions {
		switch {
		case a.Skipped:
			skipped++
		case a.Error != nil:
			failures++
		}
	}
	return len(x.Assertions) + errs, failures, errs, skipped
}

// junitRunSuite reports a run-level error or abort (--timeout, interrupt),
// so that a run cut short never reads as green.
func junitRunSuite(s *events.Summary, collClass string, mask func(string) string, host string) junitSuite {
	p := &junitProblem{Type: "RunAborted", Message: s.Reason}
	if s.Error != nil {
		p.Type = stringOr(s.Error.Name, "Error")
		p.Message = mask(s.Error.Message)
		p.Text = mask(eventErrorText(s.Error))
	}
	if s.Aborted {
		p.Text = strings.TrimPrefix(p.Text+"\nRun aborted: "+stringOr(s.Reason, "unknown reason"), "\n")
	}
	suite := junitSuite{Name: "run", Hostname: host, Tests: 1, Errors: 1, Time: "0.000",
		Cases: []junitCase{{Name: "run", Classname: collClass, Time: "0.000", Error: p}}}
	if !s.Finished.IsZero() {
		suite.Timestamp = s.Finished.UTC().Format("2006-01-02T15:04:05.000Z")
	}
	return suite
}

func (s *junitSuite) write(b *strings.Builder) {
	b.WriteString(`  <testsuite name="` + xmlAttr(s.Name) + `"`)
	if s.ID != "" {
		b.WriteString(` id="` + xmlAttr(s.ID) + `"`)
	}
	if s.Timestamp != "" {
		b.WriteString(` timestamp="` + s.Timestamp + `"`)
	}
	if s.Hostname != "" {
		b.WriteString(` hostname="` + xmlAttr(s.Hostname) + `"`)
	}
	b.WriteString(` tests="` + strconv.Itoa(s.Tests) + `" failures="` + strconv.Itoa(s.Failures) +
		`" errors="` + strconv.Itoa(s.Errors) + `" skipped="` + strconv.Itoa(s.Skipped) + `" time="` + s.Time + `"`)
	if len(s.Cases) == 0 && s.SystemOut == "" {
		b.WriteString("/>\n")
		return
	}
	b.WriteString(">\n")
	for _, c := range s.Cases {
		b.WriteString(`    <testcase name="` + xmlAttr(c.Name) + `" classname="` + xmlAttr(c.Classname) + `" time="` + c.Time + `"`)
		p, tag := c.Failure, "failure"
		switch {
		case c.Skipped != nil:
			p, tag = c.Skipped, "skipped"
		case c.Error != nil:
			p, tag = c.Error, "error"
		}
		if p == nil {
			b.WriteString("/>\n")
			continue
		}
		b.WriteString(">\n      <" + tag)
		if p.Type != "" {
			b.WriteString(` type="` + xmlAttr(p.Type) + `"`)
		}
		if p.Message != "" {
			b.WriteString(` message="` + xmlAttr(p.Message) + `"`)
		}
		if p.Text == "" {
			b.WriteString("/>\n")
		} else {
			b.WriteString(">" + xmlText(p.Text) + "</" + tag + ">\n")
		}
		b.WriteString("    </testcase>\n")
	}
	if s.SystemOut != "" {
		b.WriteString("    <system-out>" + xmlText(s.SystemOut) + "</system-out>\n")
	}
	b.WriteString("  </testsuite>\n")
}

type junitSuite struct {
	Name      string
	ID        string
	Timestamp string
	Hostname  string
	Tests     int
	Failures  int
	Errors    int
	Skipped   int
	Time      string
	Cases     []junitCase
	SystemOut string
}

type junitCase struct {
	Name      string
	Classname string
	Time      string
	Skipped   *junitProblem
	Failure   *junitProblem
	Error     *junitProblem
}

type junitProblem struct {
	Type    string
	Message string
	Text    string
}

func buildJUnitSuite(s *events.Summary, item events.Item, execs []int, durations []time.Duration, collClass string, mask func(string) string, host string) junitSuite {
	name := item.Name
	if name == "" {
		name = item.ID // a request without a name is shown by its id, as in Newman
	}
	fullName := strings.Join(append(append([]string(nil), item.Path...), name), " / ")
	suite := junitSuite{Name: mask(fullName), ID: item.ID, Hostname: host}
	class := junitClassName(suite.Name)
	if class == "" {
		class = collClass
	}
	used := map[string]int{}
	unique := func(name string) string {
		used[name]++
		if n := used[name]; n > 1 {
			for {
				cand := name + " (" + strconv.Itoa(n) + ")"
				if used[cand] == 0 {
					used[cand] = 1
					return cand
				}
				n++
			}
		}
		return name
	}
	var total time.Duration
	var out strings.Builder
	for _, i := range execs {
		x := s.Executions[i]
		d := durations[i]
		total += d
		if suite.Timestamp == "" {
			ts := x.Started
			if ts.IsZero() {
				ts = s.Started
			}
			if !ts.IsZero() {
				suite.Timestamp = ts.UTC().Format("2006-01-02T15:04:05.000Z")
			}
		}
		iterSuffix := ""
		if x.Cursor.Cycles > 1 {
			iterSuffix = " (iteration " + strconv.Itoa(x.Cursor.Iteration+1) + ")"
		}
		n := len(x.Assertions) + len(x.ScriptErrors)
		if x.RequestError != nil {
			n++
		}
		var each time.Duration
		if n > 0 {
			each = d / time.Duration(n)
		}
		caseTime := junitSeconds(each)
		details := func(lines ...string) string {
			head := []string{
				"Collection name: " + mask(s.Collection),
				"Collection JSON ID: " + s.CollectionID,
				"Request name: " + mask(fullName),
				"Iteration: " + strconv.Itoa(x.Cursor.Iteration+1),
			}
			return strings.Join(append(head, lines...), "\n")
		}
		// Errors first, in the order they happened: a pre-request script
		// error before the request, the request error, test script errors.
		for _, se := range x.ScriptErrors {
			if se.Event != "prerequest" {
				continue
			}
			suite.Cases = append(suite.Cases, scriptErrorCase(se, unique, iterSuffix, class, caseTime, mask, details))
		}
		if x.RequestError != nil {
			e := x.RequestError
			lines := []string{}
			if x.Request != nil {
				lines = append(lines, "Request: "+x.Request.Method+" "+mask(x.Request.URL))
			}
			lines = append(lines, "Stacktrace: "+mask(eventErrorText(e)))
			suite.Cases = append(suite.Cases, junitCase{
				Name: unique("request" + iterSuffix), Classname: class, Time: caseTime,
				Error: &junitProblem{Type: stringOr(e.Name, "Error"), Message: mask(e.Message), Text: details(lines...)},
			})
		}
		for _, se := range x.SendRequestErrors {
			// a failed pm.sendRequest fails the run (Newman's exit code 1)
			name := "pm.sendRequest in " + junitScriptName(se.Script.Event)
			if se.Script.Location != "" && se.Script.Location != "request" {
				name += " [" + se.Script.Location + "]"
			}
			e := se.Error
			suite.Cases = append(suite.Cases, junitCase{
				Name: unique(mask(name) + iterSuffix), Classname: class, Time: caseTime,
				Error: &junitProblem{Type: stringOr(e.Name, "Error"), Message: mask(e.Message), Text: details(
					"Request: "+se.Request.Method+" "+mask(se.Request.URL),
					"Stacktrace: "+mask(eventErrorText(&e)),
				)},
			})
		}
		for _, se := range x.ScriptErrors {
			if se.Event == "prerequest" {
				continue
			}
			suite.Cases = append(suite.Cases, scriptErrorCase(se, unique, iterSuffix, class, caseTime, mask, details))
		}
		for ai, a := range x.Assertions {
			name := mask(a.Name)
			if name == "" {
				name = "assertion " + strconv.Itoa(ai+1)
			}
			c := junitCase{Name: unique(name + iterSuffix), Classname: class, Time: caseTime}
			switch {
			case a.Skipped:
				c.Skipped = &junitProblem{}
			case a.Error != nil:
				c.Failure = &junitProblem{Type: "AssertionFailure", Message: mask(a.Error.Message), Text: details(
					"Test description: "+mask(a.Name),
					"Error message: "+mask(a.Error.Message),
					"Stacktrace: "+mask(stringOr(a.Error.Stack, a.Error.Name+": "+a.Error.Message)),
				)}
			}
			suite.Cases = append(suite.Cases, c)
		}
		for _, r := range x.Retries {
			// courier's --retry: each failed attempt that was sent again
			out.WriteString("[iteration " + strconv.Itoa(x.Cursor.Iteration+1) + "] retry: " + mask(retryText(r)) + "\n")
		}
		for _, c := range x.Console {
			out.WriteString("[iteration " + strconv.Itoa(c.Cursor.Iteration+1) + "] " + c.Level + ": ")
			out.WriteString(mask(strings.Join(c.Messages, " ")))
			out.WriteByte('\n')
		}
	}
	for _, c := range suite.Cases {
		suite.Tests++
		switch {
		case c.Skipped != nil:
			suite.Skipped++
		case c.Error != nil:
			suite.Errors++
		case c.Failure != nil:
			suite.Failures++
		}
	}
	suite.Time = junitSeconds(total)
	suite.SystemOut = out.String()
	return suite
}

// retryText says what happened to an attempt --retry sent again: "attempt
// 1 of 3: read ECONNRESET; attempt 2 after 250ms".
func retryText(r events.Retry) string {
	what := r.Reason
	switch {
	case r.Error != nil:
		what = r.Error.Message
	case r.Code != 0:
		what = strconv.Itoa(r.Code) + " " + r.Status
	}
	return "attempt " + strconv.Itoa(r.Attempt) + " of " + strconv.Itoa(r.Max) + ": " + what +
		"; attempt " + strconv.Itoa(r.Attempt+1) + " after " + retryDelay(r.Delay)
}

func scriptErrorCase(se events.ScriptError, unique func(string) string, iterSuffix, class, caseTime string, mask func(string) string, details func(...string) string) junitCase {
	name := junitScriptName(se.Event)
	if se.Location != "" && se.Location != "request" {
		name += " [" + se.Location + "]"
	}
	return junitCase{
		Name: unique(mask(name) + iterSuffix), Classname: class, Time: caseTime,
		Error: &junitProblem{Type: stringOr(se.Error.Name, "Error"), Message: mask(se.Error.Message), Text: details(
			"Script: "+mask(name),
			"Stacktrace: "+mask(eventErrorText(&se.Error)),
		)},
	}
}

func junitScriptName(event string) string {
	if event == "prerequest" {
		return "prerequest-script"
	}
	return "test-script"
}

// errorText is an error's stack, or "Name: message" when it has none.
func eventErrorText(e *events.Error) string {
	if e.Stack != "" {
		return e.Stack
	}
	if e.Name == "" {
		return e.Message
	}
	return e.Name + ": " + e.Message
}

func stringOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// executionDurations is, for each execution, the time from its start to its
// end (ItemEnd); for streams without end times, to the next execution's start
// (the run's end for the last one), or its response time when the starts are
// missing or out of order.
func executionDurations(s *events.Summary) []time.Duration {
	out := make([]time.Duration, len(s.Executions))
	for i, x := range s.Executions {
		var next time.Time
		if !x.Finished.IsZero() {
			next = x.Finished
		} else if i+1 < len(s.Executions) {
			next = s.Executions[i+1].Started
		} else {
			next = s.Finished
		}
		if !x.Started.IsZero() && !next.IsZero() && !next.Before(x.Started) {
			out[i] = next.Sub(x.Started)
		} else if x.Response != nil {
			out[i] = x.Response.ResponseTime
		}
	}
	return out
}

// junitSeconds formats a duration as seconds with millisecond precision.
func junitSeconds(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	return strconv.FormatFloat(float64(d.Round(time.Millisecond))/float64(time.Second), 'f', 3, 64)
}

// junitClassName is Newman's getClassName (lodash upperFirst(camelCase(name))
// without non-word characters), except that letters and digits outside
// ASCII are kept rather than dropped: "Users / Get user" → "UsersGetUser",
// "Пользователи / Get" → "ПользователиGet".
func junitClassName(name string) string {
	var b strings.Builder
	for _, w := range classWords(name) {
		rs := []rune(strings.ToLower(w))
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	return b.String()
}

// classWords splits a name into words like lodash's words(): at characters
// that are neither letters nor digits, between lower and upper case
// ("userId"), before the last capital of a run followed by lower case
// ("IDName"), and between digits and letters ("2fa").
func classWords(name string) []string {
	var out []string
	rs := []rune(name)
	start := -1
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if start >= 0 {
				out = append(out, string(rs[start:i]))
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		p := rs[i-1]
		if (unicode.IsLower(p) && unicode.IsUpper(r)) ||
			(unicode.IsDigit(p) && unicode.IsLetter(r)) ||
			(unicode.IsUpper(p) && unicode.IsUpper(r) && i+1 < len(rs) && unicode.IsLower(rs[i+1])) {
			out = append(out, string(rs[start:i]))
			start = i
		}
	}
	if start >= 0 {
		out = append(out, string(rs[start:]))
	}
	return out
}

// xmlText escapes s for XML character data: &, < and > as entities, \r as
// a character reference (so it survives line-end normalisation), and
// characters XML 1.0 cannot carry (most C0 controls, invalid UTF-8,
// U+FFFE, U+FFFF) as U+FFFD.
func xmlText(s string) string { return xmlEscape(s, false) }

// xmlAttr escapes s for a double-quoted attribute value: as xmlText, plus
// the quote and \n and \t as character references.
func xmlAttr(s string) string { return xmlEscape(s, true) }

func xmlEscape(s string, attr bool) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"' && attr:
			b.WriteString("&quot;")
		case r == '\r':
			b.WriteString("&#xD;")
		case r == '\n' && attr:
			b.WriteString("&#xA;")
		case r == '\t' && attr:
			b.WriteString("&#x9;")
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == utf8.RuneError && isBadUTF8(s, i),
			r < 0x20, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isBadUTF8(s string, i int) bool {
	_, n := utf8.DecodeRuneInString(s[i:])
	return n <= 1
}
