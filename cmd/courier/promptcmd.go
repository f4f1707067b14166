package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"time"

	"github.com/courier-run/courier/runner"
)

// promptCommand answers --prompt questions with a command's output
// (--prompt-command): a test mailbox's API, a TOTP generator, a secret
// store. The command line is split into words as a POSIX shell splits
// them (quotes and backslashes; no variables, globs or pipes: no shell
// runs unless the command is one, e.g. sh -c '…'), then {{variables}} in
// each word are resolved with the run's values at the question (so an
// address with a space stays one argument). The command runs with
// COURIER_PROMPT_VARIABLE and COURIER_PROMPT_REQUEST in its environment;
// its first line of output, trimmed, is the answer. A command that prints
// nothing (the mail has not arrived yet) is run again after Interval, up
// to Retries more times; one that fails (a non-zero exit) or runs longer
// than Timeout stops the run (exit 2) with its last line of error output.
type promptCommand struct {
	Words    []string
	Timeout  time.Duration // each run
	Retries  int           // more runs while it prints nothing
	Interval time.Duration // between runs
	Env      []string      // the command's environment (the process's)
	Stderr   io.Writer     // courier's progress lines
	Sleep    func(ctx context.Context, d time.Duration) error
}

// Defaults of the --prompt-command-* options.
const (
	defaultPromptTimeout  = 10 * time.Second
	defaultPromptRetries  = 10
	defaultPromptInterval = 2 * time.Second
	// maxPromptOutput is how much of the command's output is read: an
	// answer is one line
	maxPromptOutput = 64 << 10
)

// ask runs the command for one question.
func (pc *promptCommand) ask(ctx context.Context, q runner.PromptQuestion) (string, error) {
	args := make([]string, len(pc.Words))
	for i, w := range pc.Words {
		args[i] = w
		if q.Resolve != nil {
			args[i] = q.Resolve(w)
		}
	}
	what := fmt.Sprintf("--prompt-command for %s (%s)", q.Variable, pc.Words[0])
	for try := 0; ; try++ {
		out, err := pc.runOnce(ctx, args, q)
		if err != nil {
			return "", fmt.Errorf("%s: %w", what, err)
		}
		if out != "" {
			fmt.Fprintf(pc.Stderr, "courier: %s for %q from --prompt-command\n", q.Variable, q.Request)
			return out, nil
		}
		if try >= pc.Retries {
			return "", fmt.Errorf("%s printed nothing in %d runs over %s (is the value there yet? --prompt-command-retries and --prompt-command-interval wait longer)",
				what, try+1, (time.Duration(try) * pc.Interval).Round(time.Millisecond))
		}
		fmt.Fprintf(pc.Stderr, "courier: --prompt-command printed no %s yet; trying again in %s (%d of %d)\n", q.Variable, pc.Interval, try+1, pc.Retries)
		if err := pc.Sleep(ctx, pc.Interval); err != nil {
			return "", err
		}
	}
}

// runOnce runs the command once: its first line of output, trimmed.
func (pc *promptCommand) runOnce(ctx context.Context, args []string, q runner.PromptQuestion) (string, error) {
	cctx, cancel := context.WithTimeout(ctx, pc.Timeout)
	defer cancel()
	cmd := exec.CommandContext(cctx, args[0], args[1:]...)
	cmd.Env = append(append([]string(nil), pc.Env...), "COURIER_PROMPT_VARIABLE="+q.Variable, "COURIER_PROMPT_REQUEST="+q.Request)
	cmd.WaitDelay = time.Second // a child that keeps the pipes open does not hold the run
	var stdout, stderr limitedBuffer
	stdout.max, stderr.max = maxPromptOutput, maxPromptOutput
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	switch {
	case ctx.Err() != nil:
		return "", ctx.Err()
	case cctx.Err() != nil:
		return "", fmt.Errorf("still running after %s (--prompt-command-timeout)", pc.Timeout)
	case err != nil:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			msg := fmt.Sprintf("exited with status %d", ee.ExitCode())
			if line := lastLine(stderr.Bytes()); line != "" {
				msg += ": " + line
			}
			return "", errors.New(msg)
		}
		return "", err // not found, not executable
	}
	line, _, _ := bufio.NewReader(bytes.NewReader(stdout.Bytes())).ReadLine()
	return strings.TrimSpace(string(line)), nil
}

// lastLine is the last non-empty line of b, trimmed and cut to 200 bytes.
func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	l := strings.TrimSpace(lines[len(lines)-1])
	if len(l) > 200 {
		l = l[:200] + "…"
	}
	return l
}

// limitedBuffer keeps the first max bytes written to it and drops the rest.
type limitedBuffer struct {
	bytes.Buffer
	max int
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.Len(); room > 0 {
		b.Buffer.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// splitWords splits a command line as a POSIX shell splits words: blanks
// separate them; '…' keeps everything literally; "…" keeps everything but
// \" \\ \$ \` (backslash-escaped); outside quotes a backslash keeps the
// next character. Nothing is expanded. An unclosed quote or a trailing
// backslash is an error.
func splitWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, fmt.Errorf("unclosed ' at character %d", i+1)
			}
			cur.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == '"':
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\"\\$`", s[i+1]) >= 0 {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, errors.New(`unclosed " in the command`)
			}
			inWord = true
		case c == '\\':
			if i+1 >= len(s) {
				return nil, errors.New("a backslash ends the command")
			}
			i++
			cur.WriteByte(s[i])
			inWord = true
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}
