package reporters

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/courier-run/courier/events"
)

// DefaultGitHubMaxFailures is how many failures the job summary lists.
const DefaultGitHubMaxFailures = 50

// GitHub reports to GitHub Actions: an ::error workflow command (an
// annotation) for each failed assertion, script error and request error as
// it happens, and, at the end of the run, a Markdown job summary (counts
// table and failures list) written to the $GITHUB_STEP_SUMMARY file.
//
// It keeps counters and at most MaxFailures failures for the summary.
type GitHub struct {
	// Mask hides secrets in everything written (nil = as is). Set it
	// before the run starts.
	Mask func(string) string
	// MaxFailures caps the failures listed in the job summary; 0 means
	// DefaultGitHubMaxFailures.
	MaxFailures int

	w, summary io.Writer
	collection string
	started    time.Time

	iterations, requests, testScripts, preScripts, assertions ghCount
	skipped                                                   int
	respN                                                     int
	respSum, respMin, respMax                                 time.Duration
	failures                                                  []ghFailure
	failureCount                                              int
	// the attempts --retry sent again of the request under way
	retryRef  string
	retries   int
	retrySent bool // the attempt after the last retry went out
}

type ghCount struct{ total, failed int }

type ghFailure struct {
	kind, request, at, detail string
	iteration                 int // 1-based; 0 with a single iteration
}

// NewGitHub returns a GitHub Actions reporter writing workflow commands to
// w and the job summary to summaryFile (nil when $GITHUB_STEP_SUMMARY is
// unset: no summary is written).
func NewGitHub(w io.Writer, summaryFile io.Writer) *GitHub {
	return &GitHub{w: w, summary: summaryFile}
}

var _ events.Handler = (*GitHub)(nil)

func (g *GitHub) mask(s string) string {
	if g.Mask != nil {
		return g.Mask(s)
	}
	return s
}

// Handle implements events.Handler.
func (g *GitHub) Handle(ev events.Event) {
	switch x := ev.(type) {
	case events.RunStart:
		g.collection = x.Collection
		g.started = x.Time
	case events.CollectionStart:
		// a later collection of the command: the summary names them all
		g.collection += ", " + x.Collection
	case events.IterationStart:
		// Failed iterations are not counted, as in Newman 6.2.2 and the
		// cli reporter's table.
		g.iterations.total++
	case events.Script:
		c := &g.testScripts
		if x.Event == "prerequest" {
			c = &g.preScripts
		}
		c.total++
		if x.Error != nil {
			c.failed++
			at := junitScriptName(x.Event)
			if x.Location != "" && x.Location != "request" {
				at += " [" + x.Location + "]"
			}
			g.fail(x.Cursor, x.Item, at, x.Error.Name, eventErrorText(x.Error))
		}
	case events.RequestRetry:
		if x.Cursor.Ref != g.retryRef {
			g.retryRef, g.retries = x.Cursor.Ref, 0
		}
		g.retries++
		g.retrySent = false
	case events.RequestStart:
		if x.Script == nil && x.Cursor.Ref == g.retryRef {
			g.retrySent = true
		}
	case events.RequestDone:
		g.requests.total++
		if x.Response != nil {
			d := x.Response.ResponseTime
			if g.respN == 0 || d < g.respMin {
				g.respMin = d
			}
			g.respMax = max(g.respMax, d)
			g.respSum += d
			g.respN++
		}
		if x.Error != nil {
			g.requests.failed++
			what := "request"
			if x.Script != nil {
				what = "pm.sendRequest in " + junitScriptName(x.Script.Event)
			}
			text := x.Error.Message + "\n" + x.Request.Method + " " + x.Request.URL
			if x.Script == nil && g.retryRef == x.Cursor.Ref && g.retries > 0 {
				n := g.retries
				if g.retrySent {
					n++
				}
				text += "\n(the last of " + strconv.Itoa(n) + " attempts, --retry)"
			}
			g.fail(x.Cursor, x.Item, what, x.Error.Name, text)
		}
	case events.Assertion:
		g.assertions.total++
		switch {
		case x.Skipped:
			g.skipped++
		case x.Error != nil:
			g.assertions.failed++
			g.fail(x.Cursor, x.Item, x.Name, stringOr(x.Error.Name, "AssertionError"), x.Error.Message)
		}
	case events.RunEnd:
		if x.Error != nil {
			g.annotate("error", "courier run", eventErrorText(x.Error))
			g.remember(ghFailure{kind: stringOr(x.Error.Name, "Error"), at: "run", detail: x.Error.Message})
		} else if x.Aborted {
			g.annotate("warning", "courier run", "run aborted: "+stringOr(x.Reason, "unknown reason"))
		}
		if g.summary != nil {
			io.WriteString(g.summary, g.markdown(x))
		}
	}
}

// fail writes an annotation for one failure and remembers it for the
// summary. what is the assertion name or where the error happened; text
// is the error's message or stack.
func (g *GitHub) fail(c events.Cursor, it events.Item, what, kind, text string) {
	request := strings.Join(append(append([]string(nil), it.Path...), it.Name), " / ")
	kind = stringOr(kind, "Error")
	msg := text
	if !strings.HasPrefix(text, kind+":") {
		msg = kind + ": " + text
	}
	iter := 0
	if c.Cycles > 1 {
		iter = c.Iteration + 1
	}
	title := request + " › " + what
	if iter > 0 {
		title += " (iteration " + strconv.Itoa(iter) + ")"
	}
	g.annotate("error", title, msg)
	first, _, _ := strings.Cut(msg, "\n")
	g.remember(ghFailure{kind: kind, request: request, at: what, detail: first, iteration: iter})
}

func (g *GitHub) remember(f ghFailure) {
	g.failureCount++
	limit := g.MaxFailures
	if limit <= 0 {
		limit = DefaultGitHubMaxFailures
	}
	if len(g.failures) < limit {
		g.failures = append(g.failures, f)
	}
}

func (g *GitHub) annotate(level, title, msg string) {
	io.WriteString(g.w, "::"+level+" title="+ghEscapeProperty(g.mask(title))+"::"+ghEscapeData(g.mask(msg))+"\n")
}

// ghEscapeData escapes a workflow command's message: %, CR and LF.
func ghEscapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghEscapeProperty escapes a workflow command's property value: as
// ghEscapeData, plus ':' and ','.
func ghEscapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// mdEscape makes text literal in GitHub Markdown where it stands inside a
// line (a heading's text, a table cell): the ASCII punctuation that starts
// inline markup is backslash-escaped (emphasis, code, links, images, HTML
// and entities, strike-through, math, pipes, mentions, issue references),
// and line breaks become <br>.
func mdEscape(s string) string {
	var b strings.Builder
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			b.WriteString("<br>")
		case r < 0x20 || r == 0x7f:
			b.WriteRune('\uFFFD')
		case r < 0x80 && strings.ContainsRune("\\`*_[]<>&|~@!$#", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (g *GitHub) markdown(end events.RunEnd) string {
	failed := g.failureCount > 0 || end.Error != nil
	var b strings.Builder
	icon := "✅"
	if failed {
		icon = "❌"
	}
	title := g.mask(g.collection)
	if title == "" {
		title = "collection run"
	}
	b.WriteString("### " + icon + " courier: " + mdEscape(title) + "\n\n")
	if end.Aborted {
		b.WriteString("**Run aborted: " + mdEscape(stringOr(end.Reason, "unknown reason")) + "**\n\n")
	}
	b.WriteString("| | executed | failed |\n| --- | ---: | ---: |\n")
	for _, r := range []struct {
		label string
		c     ghCount
	}{
		{"iterations", g.iterations},
		{"requests", g.requests},
		{"test-scripts", g.testScripts},
		{"prerequest-scripts", g.preScripts},
		{"assertions", g.assertions},
	} {
		b.WriteString("| " + r.label + " | " + strconv.Itoa(r.c.total) + " | " + strconv.Itoa(r.c.failed) + " |\n")
	}
	b.WriteString("\n")
	var facts []string
	if g.skipped > 0 {
		facts = append(facts, "skipped assertions: "+strconv.Itoa(g.skipped))
	}
	if !g.started.IsZero() && !end.Time.IsZero() && !end.Time.Before(g.started) {
		facts = append(facts, "total run duration: "+PrettyMS(ms(end.Time.Sub(g.started))))
	}
	if g.respN > 0 {
		avg := g.respSum / time.Duration(g.respN)
		facts = append(facts, "average response time: "+PrettyMS(ms(avg))+" (min "+PrettyMS(ms(g.respMin))+", max "+PrettyMS(ms(g.respMax))+")")
	}
	if len(facts) > 0 {
		b.WriteString(strings.Join(facts, " · ") + "\n\n")
	}
	if len(g.failures) > 0 {
		b.WriteString("#### Failures\n\n| # | failure | request | at | iteration | detail |\n| ---: | --- | --- | --- | ---: | --- |\n")
		for i, f := range g.failures {
			iter := ""
			if f.iteration > 0 {
				iter = strconv.Itoa(f.iteration)
			}
			b.WriteString("| " + strconv.Itoa(i+1) + " | " + mdEscape(f.kind) + " | " + mdEscape(g.mask(f.request)) +
				" | " + mdEscape(g.mask(f.at)) + " | " + iter + " | " + mdEscape(g.mask(f.detail)) + " |\n")
		}
		if more := g.failureCount - len(g.failures); more > 0 {
			b.WriteString("\n… and " + plural(more, "more failure", "more failures") + " (see the annotations and the job log).\n")
		}
		b.WriteString("\n")
	}
	return b.String()
}
