package main

import (
	"context"
	"errors"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/courier-run/courier/runner"
)

// a server that takes requests and never answers them
func silentServer(t *testing.T) *httptest.Server {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	t.Cleanup(func() { close(release); srv.Close() })
	return srv
}

// TestInterruptDuringASlowFetch: Ctrl-C while a collection, environment or
// diff source is being fetched ends the command at once (not after the
// fetch's 60 s timeout), with one line naming the source.
func TestInterruptDuringASlowFetch(t *testing.T) {
	srv := silentServer(t)
	good := collectionFile(t, `"item":[]`)
	for _, tt := range []struct {
		name string
		args []string
		code int
	}{
		{"collection", []string{"run", srv.URL + "/c.json"}, 3},
		{"environment", []string{"run", good, "-e", srv.URL + "/e.json"}, 3},
		{"diff source", []string{"diff", good, srv.URL + "/new.json"}, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(100*time.Millisecond, cancel)
			start := time.Now()
			r := courierCtx(t, ctx, "", tt.args...)
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v after the interrupt", d)
			}
			if r.code != tt.code || !strings.Contains(r.stderr, "/"+filepath.Base(tt.args[len(tt.args)-1])+": cannot read: interrupted") ||
				strings.Count(r.stderr, "\n") != 1 {
				t.Errorf("exit %d (want %d), stderr %q", r.code, tt.code, r.stderr)
			}
		})
	}
}

func TestSourceErrorUnwraps(t *testing.T) {
	_, err := readSource(context.Background(), filepath.Join(t.TempDir(), "nope.json"))
	var se *sourceError
	if !errors.As(err, &se) || !errors.Is(err, fs.ErrNotExist) || !strings.HasSuffix(err.Error(), "nope.json: cannot read: no such file or directory") {
		t.Errorf("err = %v", err)
	}
	if code := se.ExitCode(); code != 2 {
		t.Errorf("exit code %d", code)
	}
	_, err = readRevisionSource(context.Background(), t.TempDir())
	if !errors.As(err, &se) || !strings.Contains(err.Error(), "cannot read: is a directory") {
		t.Errorf("a directory: %v", err)
	}
}

// TestPromptReaderEndsWithTheRun: the goroutine reading --prompt answers
// ends when the run does, even while it waits for a line that never comes.
func TestPromptReaderEndsWithTheRun(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	var errb strings.Builder
	p := newPrompter(&env{stdin: r, stderr: &errb})
	ctx, cancel := context.WithCancel(context.Background())
	asked := make(chan error, 1)
	go func() {
		_, err := p.ask(ctx, runner.PromptQuestion{Request: "Login", Variable: "otp"})
		asked <- err
	}()
	time.Sleep(50 * time.Millisecond) // the reader is blocked on the pipe
	cancel()
	if err := <-asked; !errors.Is(err, context.Canceled) {
		t.Errorf("ask: %v", err)
	}
	p.close()
	select {
	case <-p.ended:
	case <-time.After(5 * time.Second):
		t.Fatal("the prompt's reader did not end with the run")
	}
	// a prompter that never asked ends too, and a second close is harmless
	q := newPrompter(&env{stdin: strings.NewReader("")})
	q.close()
	q.close()
	<-q.ended
}
