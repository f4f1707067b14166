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
		if x.CollectionIndex > 0 {
			// items of several collections (courier run a.json b.json) are
			// told apart even when their ids are the same
			k = strconv.Itoa(x.CollectionIndex) + "\x01" + k
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
	b := &junitSuiteBuilder{s: s, mask: mask, fullName: fullName, used: map[string]int{},
		suite: junitSuite{Name: mask(fullName), ID: item.ID, Hostname: host}}
	b.class = junitClassName(b.suite.Name)
	if b.class == "" {
		b.class = collClass
	}
	var total time.Duration
	for _, i := range execs {
		total += durations[i]
		b.addExecution(s.Executions[i], durations[i])
	}
	b.suite.count()
	b.suite.Time = junitSeconds(total)
	b.suite.SystemOut = b.out.String()
	return b.suite
}

// junitSuiteBuilder makes the testsuite of one item from its executions.
type junitSuiteBuilder struct {
	s        *events.Summary
	mask     func(string) string
	fullName string // the item's path and name, unmasked
	class    string
	used     map[string]int // testcase names given so far
	suite    junitSuite
	out      strings.Builder // system-out: the console lines
}

// junitExec is what the testcases of one execution share.
type junitExec struct {
	x          *events.Execution
	iterSuffix string // " (iteration N)" when the run has several
	caseTime   string // the execution's time shared out over its testcases
}

// unique gives a testcase name not given yet in the suite: "name", then
// "name (2)", ....
func (b *junitSuiteBuilder) unique(name string) string {
	b.used[name]++
	if n := b.used[name]; n > 1 {
		for {
			cand := name + " (" + strconv.Itoa(n) + ")"
			if b.used[cand] == 0 {
				b.used[cand] = 1
				return cand
			}
			n++
		}
	}
	return name
}

// details is a problem's text: what it belongs to, then lines.
func (b *junitSuiteBuilder) details(e junitExec, lines ...string) string {
	head := []string{
		"Collection name: " + b.mask(b.s.Collection),
		"Collection JSON ID: " + b.s.CollectionID,
		"Request name: " + b.mask(b.fullName),
		"Iteration: " + strconv.Itoa(e.x.Cursor.Iteration+1),
	}
	return strings.Join(append(head, lines...), "\n")
}

func (b *junitSuiteBuilder) addExecution(x *events.Execution, d time.Duration) {
	if b.suite.Timestamp == "" {
		ts := x.Started
		if ts.IsZero() {
			ts = b.s.Started
		}
		if !ts.IsZero() {
			b.suite.Timestamp = ts.UTC().Format("2006-01-02T15:04:05.000Z")
		}
	}
	e := junitExec{x: x}
	if x.Cursor.Cycles > 1 {
		e.iterSuffix = " (iteration " + strconv.Itoa(x.Cursor.Iteration+1) + ")"
	}
	n := len(x.Assertions) + len(x.ScriptErrors)
	if x.RequestError != nil {
		n++
	}
	var each time.Duration
	if n > 0 {
		each = d / time.Duration(n)
	}
	e.caseTime = junitSeconds(each)

	// Errors first, in the order they happened: a pre-request script
	// error before the request, the request error, test script errors.
	for _, se := range x.ScriptErrors {
		if se.Event == "prerequest" {
			b.add(b.scriptErrorCase(e, se))
		}
	}
	if x.RequestError != nil {
		b.add(b.requestErrorCase(e))
	}
	for _, se := range x.SendRequestErrors {
		b.add(b.sendRequestErrorCase(e, se))
	}
	for _, se := range x.ScriptErrors {
		if se.Event != "prerequest" {
			b.add(b.scriptErrorCase(e, se))
		}
	}
	for ai, a := range x.Assertions {
		b.add(b.assertionCase(e, ai, a))
	}
	for _, r := range x.Retries {
		// courier's --retry: each failed attempt that was sent again
		b.out.WriteString("[iteration " + strconv.Itoa(x.Cursor.Iteration+1) + "] retry: " + b.mask(retryText(r)) + "\n")
	}
	for _, t := range x.AuthTokens {
		b.out.WriteString("[iteration " + strconv.Itoa(x.Cursor.Iteration+1) + "] " + b.mask(authTokenText(t)) + "\n")
	}
	for _, c := range x.Console {
		b.out.WriteString("[iteration " + strconv.Itoa(c.Cursor.Iteration+1) + "] " + c.Level + ": ")
		b.out.WriteString(b.mask(strings.Join(c.Messages, " ")))
		b.out.WriteByte('\n')
	}
}

func (b *junitSuiteBuilder) add(c junitCase) { b.suite.Cases = append(b.suite.Cases, c) }

func (b *junitSuiteBuilder) requestErrorCase(e junitExec) junitCase {
	x, mask := e.x, b.mask
	err := x.RequestError
	lines := []string{}
	if x.Request != nil {
		lines = append(lines, "Request: "+x.Request.Method+" "+mask(x.Request.URL))
	}
	lines = append(lines, "Stacktrace: "+mask(eventErrorText(err)))
	return junitCase{
		Name: b.unique("request" + e.iterSuffix), Classname: b.class, Time: e.caseTime,
		Error: &junitProblem{Type: stringOr(err.Name, "Error"), Message: mask(err.Message), Text: b.details(e, lines...)},
	}
}

// sendRequestErrorCase: a failed pm.sendRequest fails the run (Newman's
// exit code 1).
func (b *junitSuiteBuilder) sendRequestErrorCase(e junitExec, se events.SendRequestError) junitCase {
	mask := b.mask
	name := "pm.sendRequest in " + junitScriptName(se.Script.Event)
	if se.Script.Location != "" && se.Script.Location != "request" {
		name += " [" + se.Script.Location + "]"
	}
	err := se.Error
	return junitCase{
		Name: b.unique(mask(name) + e.iterSuffix), Classname: b.class, Time: e.caseTime,
		Error: &junitProblem{Type: stringOr(err.Name, "Error"), Message: mask(err.Message), Text: b.details(e,
			"Request: "+se.Request.Method+" "+mask(se.Request.URL),
			"Stacktrace: "+mask(eventErrorText(&err)),
		)},
	}
}

func (b *junitSuiteBuilder) scriptErrorCase(e junitExec, se events.ScriptError) junitCase {
	mask := b.mask
	name := junitScriptName(se.Event)
	if se.Location != "" && se.Location != "request" {
		name += " [" + se.Location + "]"
	}
	return junitCase{
		Name: b.unique(mask(name) + e.iterSuffix), Classname: b.class, Time: e.caseTime,
		Error: &junitProblem{Type: stringOr(se.Error.Name, "Error"), Message: mask(se.Error.Message), Text: b.details(e,
			"Script: "+mask(name),
			"Stacktrace: "+mask(eventErrorText(&se.Error)),
		)},
	}
}

func (b *junitSuiteBuilder) assertionCase(e junitExec, index int, a events.AssertionResult) junitCase {
	mask := b.mask
	name := mask(a.Name)
	if name == "" {
		name = "assertion " + strconv.Itoa(index+1)
	}
	c := junitCase{Name: b.unique(name + e.iterSuffix), Classname: b.class, Time: e.caseTime}
	switch {
	case a.Skipped:
		c.Skipped = &junitProblem{}
	case a.Error != nil:
		c.Failure = &junitProblem{Type: "AssertionFailure", Message: mask(a.Error.Message), Text: b.details(e,
			"Test description: "+mask(a.Name),
			"Error message: "+mask(a.Error.Message),
			"Stacktrace: "+mask(stringOr(a.Error.Stack, a.Error.Name+": "+a.Error.Message)),
		)}
	}
	return c
}

// count sets the suite's tests, skipped, errors and failures from its cases.
func (suite *junitSuite) count() {
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

// authTokenText is an OAuth 2.0 token request as the reports write it:
// "OAuth 2.0 token (client_credentials) from URL: 200 OK, 12ms".
func authTokenText(t events.AuthTokenStep) string {
	s := "OAuth 2.0 token (" + t.Grant + ") from " + t.URL + ": "
	if t.Code != 0 {
		s += strconv.Itoa(t.Code) + " " + t.Status + ", "
	}
	s += PrettyMS(ms(t.Duration))
	if t.Error != nil {
		s += ": " + t.Error.Message
	}
	return s
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
