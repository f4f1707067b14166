package reporters

import (
	"bytes"
	"fmt"
	"github.com/courier-run/courier/collections/diff"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/fatih/color"

	"github.com/courier-run/courier/events"
)

// CLIOptions are the cli reporter's Newman options.
type CLIOptions struct {
	Color               bool
	DisableUnicode      bool
	NoSummary           bool
	NoFailures          bool
	NoAssertions        bool
	NoSuccessAssertions bool
	NoConsole           bool
	NoBanner            bool
	ShowTimestamps      bool
	Verbose             bool
	Banner              string // default "courier"
	// Mask hides secret values in everything printed (nil = print as is).
	// With a Mask, each item's lines are held until the item ends, so values
	// its test scripts capture are masked in its own output too.
	Mask func(string) string
	// Baseline, when set, is compared with the run: what changed since is
	// printed after the summary table.
	Baseline *Baseline
}

type symbolSet struct {
	folder, root, sub, ok, errorMark, dot, consoleTop, consoleMiddle, consoleBottom, star, up, down string
	retry, token                                                                                    string
}

var (
	unicodeSymbols = symbolSet{"❏", "→", "↳", "✓", "✖", ".", "┌", "│", "└", "★", "↑", "↓", "↻", "↳"}
	plainSymbols   = symbolSet{"Folder", "Root", "Sub-folder", "Pass", "Fail", ".", "-", "|", "-", "*", "^", "v", "Retry:", "Token:"}
)

// CLI is Newman's cli reporter: it streams per-request lines as events
// arrive and prints the summary and failure tables at the end.
type CLI struct {
	w       io.Writer // where output goes now: out, or the item buffer
	out     io.Writer
	buf     bytes.Buffer
	o       CLIOptions
	sym     symbolSet
	summary *events.Summary
	// current is the run as the baseline comparison reads it (with a Baseline)
	current  []diff.Execution
	group    string
	grouped  bool
	failures int
	// inFlight counts requests whose line is printed and outcome not yet
	// (pm.sendRequest calls may overlap: each outcome follows in turn)
	inFlight int
	// retryNext is the attempt a RequestRetry announced and no RequestStart
	// has opened yet (0: none)
	retryNext int

	gray, green, red, redBold, cyan, reset *color.Color
	levels                                 map[string]*color.Color

	// an open console box: consecutive console lines share one, as in
	// Newman, until anything else is printed or 500 ms pass
	boxEnd  string
	boxTime time.Time
}

// consoleBoxIdle is how long Newman keeps a console box open for more lines.
const consoleBoxIdle = 500 * time.Millisecond

// closeBox prints the open console box's bottom line.
func (c *CLI) closeBox() {
	if c.boxEnd != "" {
		io.WriteString(c.w, c.boxEnd)
		c.boxEnd = ""
	}
}

// NewCLI returns a cli reporter writing to w.
func NewCLI(w io.Writer, o CLIOptions) *CLI {
	c := &CLI{w: w, out: w, o: o, sym: unicodeSymbols}
	so := events.SummaryOptions{}
	if o.Baseline != nil {
		so.OnExecution = func(x *events.Execution) {
			if e, ok := DiffExecution(x, o.Mask); ok {
				c.current = append(c.current, e)
			}
		}
	}
	c.summary = events.NewSummary(so)
	if o.DisableUnicode {
		c.sym = plainSymbols
	}
	if c.o.Banner == "" {
		c.o.Banner = "courier"
	}
	mk := func(attrs ...color.Attribute) *color.Color {
		col := color.New(attrs...)
		if o.Color {
			col.EnableColor()
		} else {
			col.DisableColor()
		}
		return col
	}
	c.gray = mk(color.FgHiBlack)
	c.green = mk(color.FgGreen)
	c.red = mk(color.FgRed)
	c.redBold = mk(color.FgRed, color.Bold)
	c.cyan = mk(color.FgCyan)
	c.reset = mk(color.Reset)
	c.levels = map[string]*color.Color{
		"log": c.gray, "info": c.cyan, "warn": mk(color.FgYellow), "debug": mk(color.FgBlue), "error": c.red,
	}
	return c
}

func (c *CLI) mask(s string) string {
	if c.o.Mask != nil {
		return c.o.Mask(s)
	}
	return s
}

// hold starts buffering an item's output (only when masking).
func (c *CLI) hold() {
	if c.o.Mask != nil {
		c.buf.Reset()
		c.w = &c.buf
	}
}

// flush writes the held output, masked with everything learnt so far.
func (c *CLI) flush() {
	if c.w == &c.buf {
		io.WriteString(c.out, c.o.Mask(c.buf.String()))
		c.buf.Reset()
		c.w = c.out
	}
}

func (c *CLI) printf(format string, args ...any) {
	c.closeBox()
	fmt.Fprintf(c.w, format, args...)
}

// Handle implements events.Handler.
func (c *CLI) Handle(e events.Event) {
	c.summary.Add(e)
	switch ev := e.(type) {
	case events.RunStart:
		if !c.o.NoBanner {
			c.printf("%s\n\n", c.o.Banner)
		}
		if ev.Collection != "" {
			c.printf("%s\n", ev.Collection)
		} else if ev.CollectionID != "" {
			c.printf("%s\n", ev.CollectionID) // a collection without a name is shown by its id, as in Newman
		}
	case events.CollectionStart:
		// a later collection of the command: its block, without the banner
		if ev.Collection != "" {
			c.printf("\n%s\n", ev.Collection)
		} else if ev.CollectionID != "" {
			c.printf("\n%s\n", ev.CollectionID)
		}
		c.grouped = false
	case events.IterationStart:
		if ev.Cursor.Cycles > 1 {
			c.printf("\n%s\n", c.gray.Sprintf("Iteration %d/%d", ev.Cursor.Iteration+1, ev.Cursor.Cycles))
		}
	case events.ItemStart:
		c.hold()
		group := strings.Join(ev.Item.Path, " / ")
		if !c.grouped || group != c.group {
			if group != "" {
				c.printf("\n%s %s", c.sym.folder, group)
			}
			c.group = group
			c.grouped = true
		}
		mark := c.sym.root
		if group != "" {
			mark = c.sym.sub
		}
		c.printf("\n%s %s\n", mark, ev.Item.Name)
	case events.RequestStart:
		c.requestLine(ev.Request, ev.Time)
		c.inFlight++
		c.retryNext = 0
	case events.RequestRetry:
		c.retry(ev)
	case events.AuthToken:
		c.authToken(ev)
	case events.RequestDone:
		if c.retryNext > 0 && ev.Script == nil {
			// the wait for the next attempt was cut short (an interrupt, --timeout)
			c.printf("  %s\n", c.gray.Sprintf("%s attempt %d not sent: the run was interrupted", c.sym.retry, c.retryNext))
			c.retryNext = 0
		}
		if c.inFlight == 0 {
			c.requestLine(ev.Request, ev.Time) // a stream without RequestStart events
		} else {
			c.inFlight--
		}
		c.request(ev)
	case events.Script:
		if ev.Error != nil {
			c.failures++
			c.printf("%s\n", c.redBold.Sprintf("%s⠄ %s in %s-script", padLeft(strconv.Itoa(c.failures), 3), ev.Error.Name, ev.Event))
		}
	case events.Assertion:
		c.assertion(ev)
	case events.Console:
		if c.o.NoConsole {
			return
		}
		col := c.levels[ev.Level]
		if col == nil {
			col = c.gray
		}
		msg := c.mask(strings.Join(ev.Messages, ", "))
		if c.o.ShowTimestamps {
			c.printf("\n  %s", c.gray.Sprint("["+localeTimeString(ev.Time)+"]\n"))
		}
		if c.boxEnd != "" && !c.boxTime.IsZero() && ev.Time.Sub(c.boxTime) > consoleBoxIdle {
			c.closeBox()
		}
		if c.boxEnd == "" {
			fmt.Fprint(c.w, col.Sprintf("  %s\n", c.sym.consoleTop))
		}
		for _, line := range wrapText(msg, consoleWidth) {
			fmt.Fprintf(c.w, "%s %s\n", col.Sprintf("  %s", c.sym.consoleMiddle), c.gray.Sprint(line))
		}
		c.boxEnd = col.Sprintf("  %s\n", c.sym.consoleBottom)
		c.boxTime = ev.Time
	case events.ItemEnd:
		c.closeBox()
		c.flush()
	case events.RunEnd:
		c.closeBox()
		c.flush()
		// a run error is not the reporter's to print: Newman's command
		// prints it on stderr once the reports are done
		if !c.o.NoSummary {
			c.printf("\n%s\n", c.statsTable())
		}
		if c.o.Baseline != nil {
			c.printf("\n%s", c.baselineBlock())
		}
		if !c.o.NoFailures && len(c.summary.Failures) > 0 {
			c.printf("\n%s\n", c.failureTable())
		}
	}
}

// requestLine prints the start of a request's line, as Newman does when the
// request starts: what is logged while it is in flight follows on the same
// line, and its outcome (request) after that.
func (c *CLI) requestLine(req events.Request, at time.Time) {
	shown := req.URL
	if req.Display != "" {
		shown = req.Display
	}
	if c.o.ShowTimestamps {
		c.printf("  %s  %s ", c.gray.Sprint("["+localeString(at)+"]"), c.gray.Sprintf("%s %s", req.Method, c.mask(shown)))
	} else {
		c.printf("  %s ", c.gray.Sprintf("%s %s", req.Method, c.mask(shown)))
	}
}

// retry closes the line of an attempt --retry sends again with what went
// wrong, and says when the next attempt goes.
func (c *CLI) retry(ev events.RequestRetry) {
	if c.inFlight == 0 {
		c.requestLine(ev.Request, ev.Time)
	} else {
		c.inFlight--
	}
	what := ev.Reason
	switch {
	case ev.Error != nil:
		what = c.mask(ev.Error.Message)
	case ev.Code != 0:
		what = strconv.Itoa(ev.Code) + " " + ev.Status
	}
	c.printf("%s\n", c.gray.Sprint("["+what+"]"))
	c.printf("  %s\n", c.gray.Sprintf("%s attempt %d of %d in %s", c.sym.retry, ev.Attempt+1, ev.Max, retryDelay(ev.Delay)))
	c.retryNext = ev.Attempt + 1
}

// authToken prints an OAuth 2.0 token request courier made, on a line of
// its own (a pm.sendRequest's line in flight is broken for it).
func (c *CLI) authToken(ev events.AuthToken) {
	if c.inFlight > 0 {
		c.printf("\n")
	}
	what := PrettyMS(ms(ev.Duration))
	if ev.Code != 0 {
		what = strconv.Itoa(ev.Code) + " " + ev.Status + ", " + what
	} else if ev.Error != nil {
		what = "errored, " + what
	}
	line := fmt.Sprintf("  %s OAuth 2.0 token (%s) from %s [%s]", c.sym.token, ev.Grant, c.mask(ev.URL), what)
	if ev.Error == nil {
		c.printf("%s\n", c.gray.Sprint(line))
		return
	}
	c.printf("%s\n", c.red.Sprint(line))
	c.printf("%s\n", c.red.Sprintf("     %s", c.mask(ev.Error.Message)))
}

// retryDelay is a wait as the reports show it.
func retryDelay(d time.Duration) string {
	if d < time.Millisecond {
		return "0ms"
	}
	return PrettyMS(ms(d))
}

// request prints the outcome of a request: its status, size and time, or
// its error.
func (c *CLI) request(ev events.RequestDone) {
	if ev.Error != nil {
		c.failures++
		c.printf("%s\n", c.red.Sprint("[errored]"))
		c.printf("%s\n", c.red.Sprintf("     %s", c.mask(ev.Error.Message)))
		return
	}
	r := ev.Response
	if c.o.Verbose {
		c.verbose(ev)
		return
	}
	body, head := r.SDKSize()
	c.printf("%s\n", c.gray.Sprintf("[%d %s, %s, %s]", r.Code, r.Status, FileSize(int64(body+head)), PrettyMS(ms(r.ResponseTime))))
}

// verbose prints Newman's --verbose block: a one-line summary of the
// exchange, then the request and response bodies (clipped, wrapped).
func (c *CLI) verbose(ev events.RequestDone) {
	req, res := ev.Request, ev.Response
	star := " " + c.gray.Sprint(c.sym.star) + " "
	cookies := 0
	for _, h := range res.Headers {
		if strings.EqualFold(h.Key, "Set-Cookie") {
			cookies++
		}
	}
	reqBody, reqHead := req.SDKSize()
	resBody, resHead := res.SDKSize()
	c.printf(" \n")
	c.printf("  %s\n", strings.Join([]string{
		fmt.Sprintf("%d %s", res.Code, res.Status),
		PrettyMS(ms(res.ResponseTime)) + " " + c.gray.Sprint("time"),
		FileSize(int64(reqBody+reqHead)) + c.gray.Sprint(c.sym.up) + " " +
			FileSize(int64(resBody+resHead)) + c.gray.Sprint(c.sym.down) + " " + c.gray.Sprint("size"),
		fmt.Sprintf("%d", len(req.Headers)) + c.gray.Sprint(c.sym.up) + " " + fmt.Sprintf("%d", len(res.Headers)) + c.gray.Sprint(c.sym.down) + " " + c.gray.Sprint("headers"),
		fmt.Sprintf("%d %s", cookies, c.gray.Sprint("cookies")),
	}, star))
	if len(req.Body) > 0 {
		c.printf("  %s %s %s%s%s\n", c.sym.consoleTop, c.sym.up, req.BodyMode, star, FileSize(int64(orLen(reqBody, req.Body))))
		c.bodyLines(string(req.Body))
		c.printf("  %s \n", c.sym.consoleBottom) // Newman's "visual tweak": a space flushes the box's end
	}
	info := strings.Join(contentInfo(res.Headers), star)
	if len(res.Body) == 0 {
		c.printf("  %s %s\n", c.sym.down, info)
	} else {
		c.printf("  %s %s %s%s%s\n", c.sym.consoleTop, c.sym.down, info, star, FileSize(int64(orLen(resBody, res.Body))))
		c.bodyLines(string(res.Body))
		// the box's end waits for what comes next: the timing table's line break
		c.printf("  %s", c.sym.consoleBottom)
		if req.Phases == nil {
			c.printf("\n")
		}
	}
	if p := req.Phases; p != nil {
		c.printf("%s\n", c.phaseTable(p))
	}
}

// orLen is Newman's "size().body || Buffer.byteLength(text)".
func orLen(n int, b []byte) int {
	if n != 0 {
		return n
	}
	return len(b)
}

// phaseTable is Newman's timing table: phase names over their durations,
// "(cache)" for a phase that did not happen (a reused connection).
func (c *CLI) phaseTable(p *events.Phases) string {
	type col struct {
		name string
		d    time.Duration
	}
	cols := []col{{"prepare", p.Prepare}, {"wait", p.Wait}, {"dns-lookup", p.DNS}, {"tcp-handshake", p.TCP}}
	if p.Secure {
		cols = append(cols, col{"ssl-handshake", p.TLS})
	}
	cols = append(cols, col{"transfer-start", p.FirstByte}, col{"download", p.Download}, col{"process", p.Process}, col{"total", p.Total})
	var head, vals strings.Builder
	for _, cl := range cols {
		v := "(cache)"
		if cl.d > 0 {
			v = PrettyMS(ms(cl.d))
		}
		w := max(width(cl.name), width(v))
		head.WriteString("  " + cl.name + strings.Repeat(" ", w-width(cl.name)) + " ")
		vals.WriteString("  " + v + strings.Repeat(" ", w-width(v)) + " ")
	}
	return "\n" + head.String() + "\n" + c.gray.Sprint(vals.String()) + "\n"
}

// bodyLines prints a body clipped and wrapped, each line behind the console bar.
func (c *CLI) bodyLines(body string) {
	for _, line := range wrapText(c.mask(clip(body)), consoleWidth) {
		c.printf("  %s %s\n", c.sym.consoleMiddle, c.gray.Sprint(line))
	}
}

// contentInfo is Newman's response summary: content type, mime type, mime
// format and charset.
func contentInfo(hs []events.Header) []string {
	ct := ""
	for _, h := range hs {
		if strings.EqualFold(h.Key, "Content-Type") {
			ct = h.Value
		}
	}
	mediaType, params, _ := strings.Cut(ct, ";")
	mediaType = strings.ToLower(strings.TrimSpace(mediaType))
	charset := "utf8"
	for _, p := range strings.Split(params, ";") {
		if k, v, ok := strings.Cut(strings.TrimSpace(p), "="); ok && strings.EqualFold(k, "charset") {
			charset = strings.ReplaceAll(strings.ToLower(strings.Trim(v, `"`)), "-", "")
		}
	}
	if mediaType == "" {
		return []string{"text/plain", "text", "plain", charset}
	}
	typ, sub, _ := strings.Cut(mediaType, "/")
	format := sub
	if i := strings.LastIndexByte(sub, '+'); i >= 0 {
		format = sub[i+1:]
	}
	mime := typ
	switch format {
	case "json", "xml", "javascript", "x-javascript", "html":
		mime = "text"
	}
	if format == "x-javascript" {
		format = "javascript"
	}
	return []string{mediaType, mime, format, charset}
}

const bodyClip = 2048

func clip(s string) string {
	if len(s) <= bodyClip {
		return s
	}
	return s[:bodyClip] + fmt.Sprintf("\n(showing %s/%s)", FileSize(bodyClip), FileSize(int64(len(s))))
}

func (c *CLI) assertion(ev events.Assertion) {
	if c.o.NoAssertions {
		return
	}
	if ev.Skipped {
		if !c.o.NoSuccessAssertions {
			c.printf("%s %s\n", c.cyan.Sprint("  - "), c.cyan.Sprint("[skipped] "+ev.Name))
		}
		return
	}
	passed := ev.Error == nil
	if passed && c.o.NoSuccessAssertions {
		return
	}
	if !passed {
		c.failures++
	}
	if c.o.ShowTimestamps {
		mark := c.green.Sprintf("  %s ", c.sym.ok)
		name := c.gray.Sprint(c.mask(ev.Name))
		if !passed {
			mark = c.redBold.Sprint(padLeft(strconv.Itoa(c.failures), 2) + c.sym.dot)
			name = c.redBold.Sprint(c.mask(ev.Name))
		}
		c.printf("  %s%s %s\n", c.gray.Sprint("["+localeTimeString(ev.Time)+"]"), mark, name)
		return
	}
	if passed {
		c.printf("%s %s\n", c.green.Sprintf("  %s ", c.sym.ok), c.gray.Sprint(c.mask(ev.Name)))
		return
	}
	c.printf("%s %s\n", c.redBold.Sprint(padLeft(strconv.Itoa(c.failures), 3)+c.sym.dot), c.redBold.Sprint(c.mask(ev.Name)))
}

func padLeft(s string, n int) string {
	for len(s) < n {
		s = " " + s
	}
	return s
}

// consoleWidth is the wrap width Newman uses without a terminal size (60 - 6).
const consoleWidth = 54

// wrapText cuts text into lines of at most width runes (Newman's wrap with cut: true).
func wrapText(s string, width int) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		r := []rune(line)
		if len(r) == 0 {
			continue
		}
		for len(r) > width {
			out = append(out, string(r[:width]))
			r = r[width:]
		}
		out = append(out, string(r))
	}
	if len(out) == 0 {
		out = append(out, "")
	}
	return out
}

// localeString is JavaScript's Date#toLocaleString() for en-US:
// "11/27/2026, 4:51:50 PM".
func localeString(t time.Time) string {
	return t.Format("1/2/2006") + ", " + localeTimeString(t)
}

// localeTimeString is Date#toLocaleTimeString() for en-US: "4:51:50 PM".
func localeTimeString(t time.Time) string {
	return t.Format("3:04:05 PM")
}
