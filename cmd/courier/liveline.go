package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/courier-run/courier/parallel"
)

// liveLine is the one-line progress display of a parallel run on a
// terminal: "courier: 5 of 12 units done, 4 running", on stderr. Reports
// printed to stdout on the same terminal go through through(), which takes
// the line away before each write and puts it back after a whole line, so
// the two never share a line.
type liveLine struct {
	mu    sync.Mutex
	w     io.Writer // stderr
	text  string
	shown bool
	// midLine: the reports' last write did not end its line; the progress
	// line waits for it (drawing it would erase what is there)
	midLine bool
}

func newLiveLine(w io.Writer) *liveLine { return &liveLine{w: w} }

// progress is parallel.Options.Progress.
func (l *liveLine) progress(p parallel.Progress) {
	l.set(fmt.Sprintf("courier: %d of %d units done, %d running", p.Finished, p.Total, p.Running))
}

func (l *liveLine) set(text string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.text = text
	l.show()
}

// show draws the line (l.mu held).
func (l *liveLine) show() {
	if l.text == "" || l.midLine {
		return
	}
	io.WriteString(l.w, "\r\x1b[K"+l.text)
	l.shown = true
}

// hide erases the line (l.mu held).
func (l *liveLine) hide() {
	if l.shown {
		io.WriteString(l.w, "\r\x1b[K")
		l.shown = false
	}
}

// done erases the line for good.
func (l *liveLine) done() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.hide()
	l.text = ""
}

// through wraps the writer reports print to.
func (l *liveLine) through(w io.Writer) io.Writer { return &liveWriter{l: l, w: w} }

type liveWriter struct {
	l *liveLine
	w io.Writer
}

func (lw *liveWriter) Write(p []byte) (int, error) {
	lw.l.mu.Lock()
	defer lw.l.mu.Unlock()
	lw.l.hide()
	n, err := lw.w.Write(p)
	if len(p) > 0 {
		lw.l.midLine = !bytes.HasSuffix(p, []byte("\n"))
	}
	lw.l.show()
	return n, err
}

// file is the terminal underneath, for TTY checks (see isTerminal).
func (lw *liveWriter) file() *os.File {
	f, _ := lw.w.(*os.File)
	return f
}
