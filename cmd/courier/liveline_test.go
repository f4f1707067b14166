package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/courier-run/courier/parallel"
)

// render plays text on a minimal terminal (\r, ESC[K, \n) and returns the
// lines left on screen, the last one unfinished.
func render(text string) []string {
	var lines []string
	var cur []rune
	col := 0
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		switch {
		case rs[i] == '\r':
			col = 0
		case rs[i] == '\n':
			lines = append(lines, string(cur))
			cur, col = nil, 0
		case rs[i] == '\x1b' && i+2 < len(rs) && rs[i+1] == '[' && rs[i+2] == 'K':
			cur = cur[:col]
			i += 2
		default:
			if col < len(cur) {
				cur[col] = rs[i]
			} else {
				cur = append(cur, rs[i])
			}
			col++
		}
	}
	return append(lines, string(cur))
}

// Reports printed while the progress line shows never share a line with
// it, whole lines or pieces, and the line is gone at the end.
func TestLiveLineNeverSharesALine(t *testing.T) {
	var term bytes.Buffer // stdout and stderr on one terminal
	live := newLiveLine(&term)
	out := live.through(&term)
	live.progress(parallel.Progress{Running: 2, Finished: 0, Total: 5})
	out.Write([]byte("→ unit one\n"))
	live.progress(parallel.Progress{Running: 2, Finished: 1, Total: 5})
	out.Write([]byte("  GET http://x/"))
	live.progress(parallel.Progress{Running: 1, Finished: 2, Total: 5}) // from another unit, mid-line
	out.Write([]byte(" [200 OK]\n"))
	shown := render(term.String())
	if last := shown[len(shown)-1]; last != "courier: 2 of 5 units done, 1 running" {
		t.Errorf("the progress line shows %q", last)
	}
	live.done()
	got := render(term.String())
	want := []string{"→ unit one", "  GET http://x/ [200 OK]", ""}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("the terminal shows %q, want %q", got, want)
	}
}
