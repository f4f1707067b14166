package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/courier-run/courier/runner"
)

// prompter answers --prompt questions from standard input: a terminal or a
// pipe. One goroutine reads it, a line for each question and only then (so
// nothing is read ahead of a question), and ends with the run: close stops
// it, and ends a read under way where standard input allows a deadline (a
// pipe or terminal the runtime polls); elsewhere it ends when that read
// returns, and the process is exiting by then.
type prompter struct {
	e     *env
	in    *bufio.Reader
	asks  chan struct{}
	lines chan promptLine
	done  chan struct{} // closed by close
	ended chan struct{} // closed when the reader has returned
	start sync.Once
	stop  sync.Once
}

type promptLine struct {
	line string
	err  error
}

func newPrompter(e *env) *prompter {
	p := &prompter{e: e, asks: make(chan struct{}), lines: make(chan promptLine),
		done: make(chan struct{}), ended: make(chan struct{})}
	if e.stdin != nil {
		p.in = bufio.NewReader(e.stdin)
	}
	return p
}

// read reads one line for each question.
func (p *prompter) read() {
	defer close(p.ended)
	for {
		select {
		case <-p.done:
			return
		case <-p.asks:
		}
		line, err := p.in.ReadString('\n')
		select {
		case p.lines <- promptLine{line, err}:
		case <-p.done:
			return
		}
	}
}

// close ends the reader (the run is over).
func (p *prompter) close() {
	p.stop.Do(func() {
		close(p.done)
		started := false
		p.start.Do(func() { close(p.ended) }) // never started: nothing to end
		select {
		case <-p.ended:
		default:
			started = true
		}
		if d, ok := p.e.stdin.(interface{ SetReadDeadline(time.Time) error }); ok && started {
			_ = d.SetReadDeadline(time.Now())
		}
	})
}

func (p *prompter) ask(ctx context.Context, q runner.PromptQuestion) (string, error) {
	why := q.Why
	if why == "" {
		why = "enter a value"
	}
	question := fmt.Sprintf("%s needs %s: %s", q.Request, q.Variable, why)
	if p.in == nil {
		return "", fmt.Errorf("%s, but there is no terminal or piped input (set it with --env-var %s=…)", question, q.Variable)
	}
	fmt.Fprintf(p.e.stderr, "\n%s\n> ", question)
	p.start.Do(func() { go p.read() })
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case <-p.done:
		return "", context.Canceled
	case p.asks <- struct{}{}:
	}
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case a := <-p.lines:
		line := strings.TrimRight(a.line, "\r\n")
		if a.err != nil && (!errors.Is(a.err, io.EOF) || line == "") {
			return "", fmt.Errorf("%s, but standard input has no more lines (set it with --env-var %s=… or pipe the value)", question, q.Variable)
		}
		if !p.e.stdinTTY {
			fmt.Fprintln(p.e.stderr) // keep the transcript readable when the answer came from a pipe
		}
		return strings.TrimSpace(line), nil
	}
}
