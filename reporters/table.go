package reporters

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/courier-run/courier/internal/events"
)

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

type borders struct {
	h, v, tl, tm, tr, ml, mm, mr, bl, bm, br string
}

var (
	unicodeBorders = borders{"─", "│", "┌", "┬", "┐", "├", "┼", "┤", "└", "┴", "┘"}
	asciiBorders   = borders{"-", "|", "+", "+", "+", "+", "+", "+", "+", "+", "+"}
)

func width(s string) int { return utf8.RuneCountInString(s) }

// statsTable draws Newman's summary table.
func (c *CLI) statsTable() string {
	s := c.summary
	b := unicodeBorders
	if c.o.DisableUnicode {
		b = asciiBorders
	}
	type row struct {
		label         string
		total, failed int
	}
	rows := []row{
		{"iterations", s.Stats.Iterations.Total, s.Stats.Iterations.Failed},
		{"requests", s.Stats.Requests.Total, s.Stats.Requests.Failed},
		{"test-scripts", s.Stats.TestScripts.Total, s.Stats.TestScripts.Failed},
		{"prerequest-scripts", s.Stats.PrerequestScripts.Total, s.Stats.PrerequestScripts.Failed},
		{"assertions", s.Stats.Assertions.Total, s.Stats.Assertions.Failed},
	}
	spans := []string{
		"total run duration: " + PrettyMS(ms(s.Finished.Sub(s.Started))),
		"total data received: " + FileSize(s.Transfers) + " (approx)",
	}
	if s.Stats.Requests.Total-s.Stats.Requests.Failed > 0 {
		t := s.Timings
		spans = append(spans, "average response time: "+PrettyMS(t.ResponseAverage)+" [min: "+PrettyMS(t.ResponseMin)+", max: "+PrettyMS(t.ResponseMax)+", s.d.: "+PrettyMS(t.ResponseSd)+"]")
	}
	w1 := 25
	w2, w3 := width("executed")+2, width("  failed")+2
	for _, r := range rows {
		w2 = max(w2, width(strconv.Itoa(r.total))+2)
		w3 = max(w3, width(strconv.Itoa(r.failed))+2)
	}
	need := 0
	for _, sp := range spans {
		need = max(need, width(sp)+2)
	}
	if total := w1 + w2 + w3 + 2; total < need {
		extra := need - total
		w2 += (extra + 1) / 2
		w3 += extra / 2
	}
	full := w1 + w2 + w3 + 2
	line := func(l, m, r string, ws ...int) string {
		parts := make([]string, len(ws))
		for i, w := range ws {
			parts[i] = strings.Repeat(b.h, w)
		}
		return l + strings.Join(parts, m) + r
	}
	right := func(s string, w int) string { return strings.Repeat(" ", max(0, w-1-width(s))) + s + " " }
	left := func(s string, w int) string { return " " + s + strings.Repeat(" ", max(0, w-1-width(s))) }
	var out []string
	out = append(out, line(b.tl, b.tm, b.tr, w1, w2, w3))
	out = append(out, b.v+right("", w1)+b.v+right("executed", w2)+b.v+right("  failed", w3)+b.v)
	for _, r := range rows {
		out = append(out, line(b.ml, b.mm, b.mr, w1, w2, w3))
		label := c.green.Sprint(r.label)
		if r.failed > 0 {
			label = c.red.Sprint(r.label)
		}
		failed := strconv.Itoa(r.failed)
		failedCell := right(failed, w3)
		if r.failed > 0 {
			failedCell = strings.Replace(failedCell, failed, c.red.Sprint(failed), 1)
		}
		out = append(out, b.v+strings.Replace(right(r.label, w1), r.label, label, 1)+b.v+right(strconv.Itoa(r.total), w2)+b.v+failedCell+b.v)
	}
	out = append(out, line(b.ml, b.bm, b.mr, w1, w2, w3))
	for i, sp := range spans {
		if i > 0 {
			out = append(out, line(b.ml, b.h, b.mr, full))
		}
		out = append(out, b.v+left(sp, full)+b.v)
	}
	out = append(out, line(b.bl, b.h, b.br, full))
	return strings.Join(out, "\n")
}

// failureTable draws Newman's failure list.
func (c *CLI) failureTable() string {
	fs := c.summary.Failures
	digits := len(strconv.Itoa(len(fs)))
	var out []string
	out = append(out, padLeft(c.red.Sprint("#"), digits+1)+"  "+c.red.Sprint("failure")+"         "+c.red.Sprint("detail"))
	for i, f := range fs {
		name := f.Error.Name
		if f.At != "" && strings.HasPrefix(f.At, "assertion") {
			name = "AssertionError"
			if f.Error.Name != "" && f.Error.Name != "AssertionError" {
				name = f.Error.Name
			}
		}
		var detail []string
		detail = append(detail, c.mask(f.Test))
		detail = append(detail, c.gray.Sprint(c.mask(f.Error.Message)))
		detail = append(detail, c.gray.Sprint("at "+f.At))
		detail = append(detail, c.gray.Sprintf("inside %q", strings.Join(append(append([]string(nil), f.Source.Path...), f.Source.Name), " / ")))
		if f.Cursor.Cycles > 1 {
			name += "\n" + strings.Repeat(" ", digits+3) + c.gray.Sprintf("iteration: %d", f.Cursor.Iteration+1)
		}
		idx := padLeft(strconv.Itoa(i+1), digits) + "."
		nameLines := strings.Split(name, "\n")
		pad := strings.Repeat(" ", digits+3)
		out = append(out, "")
		for j, d := range detail {
			if j == 0 && d == "" {
				continue
			}
			prefix := pad + strings.Repeat(" ", 16)
			if j == 0 || (j == 1 && detail[0] == "") {
				n := strings.TrimSpace(nameLines[0])
				prefix = " " + idx + " " + n + strings.Repeat(" ", max(1, 16-width(n)))
			} else if j == 1 && len(nameLines) > 1 {
				prefix = pad + nameLines[1][len(pad):] + strings.Repeat(" ", max(1, 16-width("iteration: "+strconv.Itoa(f.Cursor.Iteration+1))))
			}
			out = append(out, prefix+d)
		}
	}
	return strings.Join(out, "\n")
}

var _ events.Handler = (*CLI)(nil)
