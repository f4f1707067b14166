package reporters

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/courier-run/courier/events"
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
	if s.Retried > 0 {
		// courier's --retry: attempts sent again (the requests count once)
		spans = append(spans, "retried attempts: "+strconv.Itoa(s.Retried))
	}
	if s.AuthTokens > 0 {
		// courier's OAuth 2.0 token requests (not requests of the collection)
		spans = append(spans, "OAuth 2.0 token requests: "+strconv.Itoa(s.AuthTokens))
	}
	t := s.Timings
	avg := func(label string, mean, lo, hi, sd float64) {
		spans = append(spans, label+" "+PrettyMS(mean)+" [min: "+PrettyMS(lo)+", max: "+PrettyMS(hi)+", s.d.: "+PrettyMS(sd)+"]")
	}
	if s.Stats.Requests.Total-s.Stats.Requests.Failed > 0 {
		avg("average response time:", t.ResponseAverage, t.ResponseMin, t.ResponseMax, t.ResponseSd)
	}
	// Newman shows these only with --verbose, when it records timings
	if c.o.Verbose && t.DNSAverage > 0 {
		avg("average DNS lookup time:", t.DNSAverage, t.DNSMin, t.DNSMax, t.DNSSd)
	}
	if c.o.Verbose && t.FirstByteAverage > 0 {
		avg("average first byte time:", t.FirstByteAverage, t.FirstByteMin, t.FirstByteMax, t.FirstByteSd)
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

// failureTable draws Newman's failure list (cli-table3 with blank borders:
// every cell padded by one space, a blank line between rows).
func (c *CLI) failureTable() string {
	fs := c.summary.Failures
	digits := len(strconv.Itoa(len(fs)))
	type row struct{ idx, name, detail []string }
	rows := make([]row, 0, len(fs))
	w0, w1, w2 := width("#"), width("failure"), width("detail")
	w0 = max(w0, digits+1)
	for i, f := range fs {
		name := []string{f.Error.Name}
		if f.Cursor.Cycles > 1 {
			name = append(name, "iteration: "+strconv.Itoa(f.Cursor.Iteration+1))
		}
		var detail []string
		detail = append(detail, strings.Split(c.mask(f.Test), "\n")...)
		detail = append(detail, strings.Split(c.mask(f.Error.Message), "\n")...)
		detail = append(detail, "at "+f.At)
		inside := strings.Join(append(append([]string(nil), f.Source.Path...), f.Source.Name), " / ")
		if f.At == "request" {
			// Newman names the item a request error came from by its
			// resolved copy, which has no parent: its full name is ""
			inside = ""
		}
		detail = append(detail, "inside \""+inside+"\"")
		for _, n := range name {
			w1 = max(w1, width(n))
		}
		for _, d := range detail {
			w2 = max(w2, width(d))
		}
		// Newman's padLeft pads the number with zeros ("01." of 12)
		idx := strconv.Itoa(i + 1)
		idx = strings.Repeat("0", digits-len(idx)) + idx
		rows = append(rows, row{idx: []string{idx + "."}, name: name, detail: detail})
	}
	cell := func(s string, w int, right bool) string {
		pad := strings.Repeat(" ", max(0, w-width(s)))
		if right {
			return " " + pad + s + " "
		}
		return " " + s + pad + " "
	}
	blank := c.gray.Sprint(cell("", w0, true)) + c.gray.Sprint(cell("", w1, false)) + c.gray.Sprint(cell("", w2, false))
	var out []string
	out = append(out, c.red.Sprint(cell("#", w0, true))+c.red.Sprint(cell("failure", w1, false))+c.red.Sprint(cell("detail", w2, false)))
	for _, r := range rows {
		out = append(out, blank)
		n := max(len(r.name), len(r.detail))
		for i := 0; i < n; i++ {
			idx, name, detail := "", "", ""
			if i < len(r.idx) {
				idx = r.idx[i]
			}
			if i < len(r.name) {
				name = r.name[i]
			}
			if i < len(r.detail) {
				detail = r.detail[i]
			}
			nameCell := cell(name, w1, false)
			if i > 0 && name != "" {
				nameCell = c.gray.Sprint(nameCell)
			}
			detailCell := cell(detail, w2, false)
			if i > 0 {
				detailCell = c.gray.Sprint(detailCell)
			}
			out = append(out, cell(idx, w0, true)+nameCell+detailCell)
		}
	}
	return strings.Join(out, "\n")
}

var _ events.Handler = (*CLI)(nil)
