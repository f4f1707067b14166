package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Reading inputs: `courier run`'s collection, environment, globals, data,
// certificates and cookie jar, and `courier diff`'s two sources, are files or
// http(s) URLs (diff also takes REV:PATH from git). Every read takes the
// command's context: an interrupt (Ctrl-C) ends a slow fetch or git at once.

// sourceError is an input that cannot be read (exit code 2; 3 when the read
// was interrupted).
type sourceError struct {
	src string
	err error
}

func (e *sourceError) Error() string {
	if interrupted(e.err) {
		return fmt.Sprintf("%s: cannot read: interrupted", e.src)
	}
	msg := e.err.Error()
	var pe *os.PathError
	var ue *url.Error
	switch {
	case errors.As(e.err, &pe):
		msg = pe.Err.Error()
	case errors.As(e.err, &ue):
		msg = ue.Err.Error() // the URL is already named
	}
	return fmt.Sprintf("%s: cannot read: %s", e.src, msg)
}

func (e *sourceError) Unwrap() error { return e.err }

func (e *sourceError) ExitCode() int {
	if interrupted(e.err) {
		return 3
	}
	return 2
}

func interrupted(err error) bool { return errors.Is(err, context.Canceled) }

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// Limits of a fetched source.
const (
	sourceTimeout = 60 * time.Second
	maxSourceSize = 512 << 20
)

var sourceClient = &http.Client{Timeout: sourceTimeout}

// readSource reads a local file or fetches a URL.
func readSource(ctx context.Context, src string) ([]byte, error) {
	if isURL(src) {
		return fetchSource(ctx, src)
	}
	data, err := os.ReadFile(src)
	if err != nil {
		return nil, &sourceError{src, err}
	}
	return data, nil
}

// readRevisionSource reads courier diff's sources: an http(s) URL, an
// existing file, or REV:PATH from git.
func readRevisionSource(ctx context.Context, src string) ([]byte, error) {
	if isURL(src) {
		return fetchSource(ctx, src)
	}
	if fi, err := os.Stat(src); err == nil && !fi.IsDir() {
		return readSource(ctx, src)
	}
	if rev, path, ok := gitSpec(src); ok {
		return gitShow(ctx, src, rev, path)
	}
	_, err := os.ReadFile(src)
	if err == nil {
		err = errors.New("not a file")
	}
	return nil, &sourceError{src, err}
}

// fetchSource GETs a file (sourceTimeout at the most, maxSourceSize at the most).
func fetchSource(ctx context.Context, u string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, &sourceError{u, err}
	}
	resp, err := sourceClient.Do(req)
	if err != nil {
		return nil, &sourceError{u, err}
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return nil, &sourceError{u, fmt.Errorf("the server answered %s", resp.Status)}
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxSourceSize))
	if err != nil {
		return nil, &sourceError{u, err}
	}
	return data, nil
}

// gitSpec splits REV:PATH. A one-letter REV followed by a slash or a
// backslash is a Windows drive, not a revision; a REV starting with "-" is
// refused so it cannot pass as an option to git.
func gitSpec(src string) (rev, path string, ok bool) {
	i := strings.IndexByte(src, ':')
	if i <= 0 || i == len(src)-1 {
		return "", "", false
	}
	rev, path = src[:i], src[i+1:]
	if strings.HasPrefix(rev, "-") {
		return "", "", false
	}
	if len(rev) == 1 && (path[0] == '\\' || path[0] == '/') {
		return "", "", false
	}
	return rev, path, true
}

func gitShow(ctx context.Context, src, rev, path string) ([]byte, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "git", "show", rev+":"+path)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, &sourceError{src, ctx.Err()}
		}
		msg := strings.TrimSpace(stderr.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		if msg == "" {
			msg = err.Error()
		}
		if errors.Is(err, exec.ErrNotFound) {
			msg = "git is not installed (needed to read REV:PATH)"
		}
		return nil, &sourceError{src, fmt.Errorf("git show %s:%s: %s", rev, path, msg)}
	}
	return stdout.Bytes(), nil
}

// colorEnabled decides whether output to e.stdout is coloured: --color
// on/off, or for auto, when stdout is a terminal, NO_COLOR is unset or empty
// and TERM is not dumb (courier run and courier diff alike).
func colorEnabled(mode string, e *env) bool {
	switch mode {
	case "on":
		return true
	case "off":
		return false
	}
	if e.getenv("NO_COLOR") != "" || e.getenv("TERM") == "dumb" {
		return false
	}
	return e.isTTY(e.stdout)
}
