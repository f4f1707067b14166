package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/courier-run/courier/runner"
)

// prompter answers --prompt questions from standard input: a terminal or a pipe.
type prompter struct {
	e  *env
	in *bufio.Reader
}

func newPrompter(e *env) *prompter {
	p := &prompter{e: e}
	if e.stdin != nil {
		p.in = bufio.NewReader(e.stdin)
	}
	return p
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
	type answer struct {
		line string
		err  error
	}
	ch := make(chan answer, 1)
	go func() {
		line, err := p.in.ReadString('\n')
		ch <- answer{line, err}
	}()
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case a := <-ch:
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
