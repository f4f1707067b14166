package reporters

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/courier-run/courier/events"
)

// progressBarWidth is the bar's width in cells, as Newman's (cli-progress).
const progressBarWidth = 40

// progressRedraw is the least run time between two redraws that do not
// change the percentage.
const progressRedraw = 100 * time.Millisecond

// Progress is Newman's progress reporter: one bar on a terminal, redrawn in
// place as items end,
//
//	[========================----------------] 60% | ETA: 4s | 6/10
//
// and left on screen when the run ends. It writes nothing when the output
// is not a terminal. Times (for the ETA) come from the events, never from
// the clock; it keeps counters only.
type Progress struct {
	w       io.Writer
	tty     bool
	total   int
	done    int
	started time.Time
	now     time.Time
	drawnAt time.Time
	lastPct int
}

// NewProgress returns a progress reporter writing to w; isTTY says whether
// w is a terminal (it is silent otherwise).
func NewProgress(w io.Writer, isTTY bool) *Progress { return &Progress{w: w, tty: isTTY, lastPct: -1} }

var _ events.Handler = (*Progress)(nil)

// Handle implements events.Handler.
func (p *Progress) Handle(ev events.Event) {
	if !p.tty {
		return
	}
	switch x := ev.(type) {
	case events.RunStart:
		p.total = x.Iterations * x.Length
		p.started, p.now = x.Time, x.Time
		p.draw(true)
	case events.CollectionStart:
		// a later collection of the command: its items are added (the
		// bar cannot know them before)
		p.total += x.Iterations * x.Length
		p.draw(true)
	case events.ItemStart:
		if !x.Time.IsZero() {
			p.now = x.Time
		}
	case events.ItemEnd:
		p.done++
		if p.done > p.total {
			// setNextRequest can run more items than planned.
			p.total = p.done
		}
		p.draw(false)
	case events.RunEnd:
		p.draw(true)
		io.WriteString(p.w, "\n")
	}
}

func (p *Progress) percent() int {
	if p.total <= 0 {
		return 0
	}
	return p.done * 100 / p.total
}

func (p *Progress) draw(force bool) {
	pct := p.percent()
	if !force && pct == p.lastPct && p.done != p.total && p.now.Sub(p.drawnAt) < progressRedraw {
		return
	}
	p.lastPct, p.drawnAt = pct, p.now
	io.WriteString(p.w, "\r"+p.line()+"\x1b[K")
}

func (p *Progress) line() string {
	filled := 0
	if p.total > 0 {
		filled = p.done * progressBarWidth / p.total
	}
	eta := "0s"
	if p.done < p.total {
		eta = "?"
		// p.now is the start of the last item: done-1 items took that long.
		if p.done > 1 && !p.started.IsZero() && p.now.After(p.started) {
			left := p.now.Sub(p.started) / time.Duration(p.done-1) * time.Duration(p.total-p.done)
			left = left.Round(time.Second)
			eta = strconv.Itoa(int(left/time.Second)) + "s"
			if left >= time.Minute {
				eta = PrettyMS(float64(left) / float64(time.Millisecond))
			}
		}
	}
	return "[" + strings.Repeat("=", filled) + strings.Repeat("-", progressBarWidth-filled) + "] " +
		strconv.Itoa(p.percent()) + "% | ETA: " + eta + " | " + strconv.Itoa(p.done) + "/" + strconv.Itoa(p.total)
}
