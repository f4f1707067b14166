package reporters

import (
	"io"
	"strconv"
	"strings"

	"github.com/courier-run/courier/events"
)

// Emojitrain is Newman's emojitrain reporter: one emoji per executed item
// as it ends (😀 when everything in it passed, 😢 when a script, the
// request or an assertion failed), then 😍 or 😭 for the whole run, and a
// line of counts. It keeps counters only.
type Emojitrain struct {
	w                       io.Writer
	itemFailed, runFailed   bool
	items, itemsFailed      int
	assertions, assertFails int
	assertSkipped           int
	aborted                 string
}

// NewEmojitrain returns an emojitrain reporter writing to w.
func NewEmojitrain(w io.Writer) *Emojitrain { return &Emojitrain{w: w} }

var _ events.Handler = (*Emojitrain)(nil)

// Handle implements events.Handler.
func (e *Emojitrain) Handle(ev events.Event) {
	switch x := ev.(type) {
	case events.ItemStart:
		e.itemFailed = false
	case events.Script:
		if x.Error != nil {
			e.itemFailed = true
		}
	case events.RequestDone:
		if x.Error != nil {
			e.itemFailed = true
		}
	case events.Assertion:
		e.assertions++
		switch {
		case x.Skipped:
			e.assertSkipped++
		case x.Error != nil:
			e.assertFails++
			e.itemFailed = true
		}
	case events.ItemEnd:
		e.items++
		mark := "😀 "
		if e.itemFailed {
			e.itemsFailed++
			e.runFailed = true
			mark = "😢 "
		}
		e.itemFailed = false
		io.WriteString(e.w, mark)
	case events.RunEnd:
		end := " 😍\n"
		if e.runFailed || x.Error != nil {
			end = " 😭\n"
		}
		if x.Aborted {
			e.aborted = stringOr(x.Reason, "aborted")
		}
		io.WriteString(e.w, end+e.summaryLine()+"\n")
	}
}

func (e *Emojitrain) summaryLine() string {
	var b strings.Builder
	b.WriteString(plural(e.items, "request", "requests"))
	if e.itemsFailed > 0 {
		b.WriteString(" (" + strconv.Itoa(e.itemsFailed) + " failed)")
	}
	b.WriteString(", " + plural(e.assertions, "assertion", "assertions"))
	var notes []string
	if e.assertFails > 0 {
		notes = append(notes, strconv.Itoa(e.assertFails)+" failed")
	}
	if e.assertSkipped > 0 {
		notes = append(notes, strconv.Itoa(e.assertSkipped)+" skipped")
	}
	if len(notes) > 0 {
		b.WriteString(" (" + strings.Join(notes, ", ") + ")")
	}
	if e.aborted != "" {
		b.WriteString("; run aborted: " + e.aborted)
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
