package reporters

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/courier-run/courier/events"
)

// TAP writes the run as TAP version 13 (testanything.org) while it goes:
// one test line per assertion ("ok", "not ok", "ok … # SKIP"), named
// "<folder / item>: <assertion>" (with the iteration when there are
// several), and a "not ok" line for each script error and request error,
// so a run that fails without assertions does not read as passed. A failure
// is followed by a YAML diagnostic block (name, message, item, iteration,
// the request for request errors). The plan ("1..N") comes at the end; an
// aborted run ends with "Bail out!" and why. It keeps a counter only.
type TAP struct {
	// Mask hides secrets in everything written (nil = as is).
	Mask func(string) string

	w   io.Writer
	n   int
	buf bytes.Buffer
}

// NewTAP returns a TAP reporter writing to w.
func NewTAP(w io.Writer) *TAP { return &TAP{w: w} }

var _ events.Handler = (*TAP)(nil)

func newTAPReporter(env Env, _ Options) (Reporter, error) {
	if env.Silent {
		return nil, nil
	}
	t := NewTAP(env.Stdout)
	t.Mask = env.Mask
	return t, nil
}

func (t *TAP) mask(s string) string {
	if t.Mask != nil {
		return t.Mask(s)
	}
	return s
}

// Handle implements events.Handler.
func (t *TAP) Handle(ev events.Event) {
	t.buf.Reset()
	switch x := ev.(type) {
	case events.RunStart:
		t.buf.WriteString("TAP version 13\n")
		if x.Collection != "" {
			t.buf.WriteString("# " + tapLine(t.mask(x.Collection)) + "\n")
		}
	case events.CollectionStart:
		if x.Collection != "" {
			t.buf.WriteString("# " + tapLine(t.mask(x.Collection)) + "\n")
		}
	case events.Assertion:
		switch {
		case x.Skipped:
			t.test(true, x.Cursor, x.Item, x.Name, " # SKIP")
		case x.Error != nil:
			t.test(false, x.Cursor, x.Item, x.Name, "")
			t.diagnostic(stringOr(x.Error.Name, "AssertionError"), x.Error.Message, x.Cursor, x.Item, "")
		default:
			t.test(true, x.Cursor, x.Item, x.Name, "")
		}
	case events.Script:
		if x.Error != nil {
			what := junitScriptName(x.Event)
			if x.Location != "" && x.Location != "request" {
				what += " [" + x.Location + "]"
			}
			t.test(false, x.Cursor, x.Item, what, "")
			t.diagnostic(stringOr(x.Error.Name, "Error"), x.Error.Message, x.Cursor, x.Item, "")
		}
	case events.RequestDone:
		if x.Error != nil {
			what := "request"
			if x.Script != nil {
				what = "pm.sendRequest in " + junitScriptName(x.Script.Event)
			}
			t.test(false, x.Cursor, x.Item, what, "")
			t.diagnostic(stringOr(x.Error.Name, "Error"), x.Error.Message, x.Cursor, x.Item, x.Request.Method+" "+x.Request.URL)
		}
	case events.RunEnd:
		t.buf.WriteString("1.." + strconv.Itoa(t.n) + "\n")
		if x.Aborted {
			why := stringOr(x.Reason, "aborted")
			if x.Error != nil {
				why = x.Error.Message
			}
			t.buf.WriteString("Bail out! " + tapLine(t.mask(why)) + "\n")
		}
	}
	if t.buf.Len() > 0 {
		t.w.Write(t.buf.Bytes())
	}
}

// test writes one test line.
func (t *TAP) test(ok bool, c events.Cursor, it events.Item, what, directive string) {
	t.n++
	if !ok {
		t.buf.WriteString("not ")
	}
	name := tapItemName(it) + ": " + what
	if c.Cycles > 1 {
		name += " (iteration " + strconv.Itoa(c.Iteration+1) + ")"
	}
	t.buf.WriteString("ok " + strconv.Itoa(t.n) + " - " + tapDescription(t.mask(name)) + directive + "\n")
}

// diagnostic writes a failure's YAML block (strings as JSON, which YAML reads).
func (t *TAP) diagnostic(name, message string, c events.Cursor, it events.Item, request string) {
	t.buf.WriteString("  ---\n")
	field := func(k, v string) {
		t.buf.WriteString("  " + k + ": " + yamlString(t.mask(v)) + "\n")
	}
	field("name", name)
	field("message", message)
	field("item", tapItemName(it))
	t.buf.WriteString("  iteration: " + strconv.Itoa(c.Iteration+1) + "\n")
	if request != "" {
		field("request", request)
	}
	t.buf.WriteString("  ...\n")
}

// tapItemName is the item with its folders, as the junit suites name it.
func tapItemName(it events.Item) string {
	name := stringOr(it.Name, it.ID)
	if len(it.Path) == 0 {
		return name
	}
	return strings.Join(it.Path, " / ") + " / " + name
}

// tapLine keeps text on its line.
func tapLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// tapDescription is a test line's description: on one line, and a "#"
// escaped so it is not read as a directive.
func tapDescription(s string) string {
	return strings.ReplaceAll(tapLine(s), "#", `\#`)
}

// yamlString quotes s as a JSON string, which is a YAML double-quoted scalar.
func yamlString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}
