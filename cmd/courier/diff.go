package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/collections/diff"
)

const diffUsage = `Usage: courier diff [options] OLD NEW
       courier diff --runs [options] OLD.json NEW.json

Compares two versions of a Postman collection: requests added, removed,
renamed, moved or reordered; method, URL, headers, body, auth, scripts,
variables, descriptions, settings and saved examples. Credential values are
never printed. With --runs, compares two json run reports (newman or courier
-r json): assertions that started failing or passing, appeared or disappeared,
response codes, response times and errors.

OLD and NEW are each a file, an http(s) URL, or REV:PATH read with
"git show REV:PATH" (a path that exists as a file wins).

Options:
  --format text|markdown|json  output format (default text)
  --summary                    counts only
  --color on|off|auto          colours for text output (default auto: when
                               stdout is a terminal and NO_COLOR is unset)
  --ignore-descriptions        do not report description changes
  --ignore-order               do not report items reordered within a folder
  --fail-on CLASSES            exit 1 only for changes of these classes:
                               added, removed, renamed, moved, method, url,
                               headers, body, auth, scripts, variables,
                               description, settings, examples
                               (with --runs: failing, passing, skipped, added,
                               removed, status, time, errors)
  --runs                       compare two json run reports
  --time-threshold PCT         --runs: report response times that change by
                               at least PCT (default 50%)
  --time-min DURATION          --runs: ... and by at least DURATION (default 100ms)

Exit codes: 0 no differences, 1 differences (of a --fail-on class), 2 trouble.
`

// diffArgs are the parsed command line of courier diff.
type diffArgs struct {
	oldSrc, newSrc string
	write          diff.WriteOptions
	color          string
	opts           diff.Options
	failOn         string
	runs           bool
	runOpts        diff.RunOptions
	help           bool
}

// diffUsageError is a bad command line (exit code 2).
type diffUsageError struct{ msg string }

func (e *diffUsageError) Error() string { return e.msg }

// diffParseArgs parses the arguments after "courier diff"; flags may come
// before, between or after the two sources.
func diffParseArgs(args []string) (*diffArgs, error) {
	a := &diffArgs{runOpts: diff.DefaultRunOptions()}
	fs := flag.NewFlagSet("courier diff", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "text", "")
	fs.BoolVar(&a.write.Summary, "summary", false, "")
	fs.StringVar(&a.color, "color", "auto", "")
	fs.BoolVar(&a.opts.IgnoreDescriptions, "ignore-descriptions", false, "")
	fs.BoolVar(&a.opts.IgnoreOrder, "ignore-order", false, "")
	fs.StringVar(&a.failOn, "fail-on", "", "")
	fs.BoolVar(&a.runs, "runs", false, "")
	threshold := fs.String("time-threshold", "", "")
	timeMin := fs.Duration("time-min", a.runOpts.MinTimeDelta, "")
	fs.BoolVar(&a.help, "help", false, "")
	fs.BoolVar(&a.help, "h", false, "")

	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, &diffUsageError{err.Error()}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		// flag stops at the first non-flag argument, or after "--".
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	if a.help {
		return a, nil
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })

	var err error
	if a.write.Format, err = diff.ParseFormat(*format); err != nil {
		return nil, &diffUsageError{err.Error()}
	}
	switch a.color {
	case "on", "off", "auto":
	default:
		return nil, &diffUsageError{fmt.Sprintf("invalid --color %q (expected on, off or auto)", a.color)}
	}
	if a.runs {
		for _, f := range []string{"ignore-descriptions", "ignore-order"} {
			if set[f] {
				return nil, &diffUsageError{"--" + f + " compares collections; it does not apply with --runs"}
			}
		}
		if *threshold != "" {
			if a.runOpts.TimeThreshold, err = diff.ParsePercent(*threshold); err != nil {
				return nil, &diffUsageError{"--time-threshold: " + err.Error()}
			}
		}
		if *timeMin < 0 {
			return nil, &diffUsageError{"--time-min must not be negative"}
		}
		a.runOpts.MinTimeDelta = *timeMin
	} else {
		for _, f := range []string{"time-threshold", "time-min"} {
			if set[f] {
				return nil, &diffUsageError{"--" + f + " applies to run reports: add --runs"}
			}
		}
	}
	if set["fail-on"] {
		if a.runs {
			_, err = diff.ParseRunClasses(a.failOn)
		} else {
			_, err = diff.ParseClasses(a.failOn)
		}
		if err != nil {
			return nil, &diffUsageError{"--fail-on: " + err.Error()}
		}
	}
	if len(pos) != 2 {
		return nil, &diffUsageError{fmt.Sprintf("expected two sources (OLD NEW), got %d", len(pos))}
	}
	a.oldSrc, a.newSrc = pos[0], pos[1]
	return a, nil
}

// diffMain runs "courier diff" and returns the exit code: 0 identical,
// 1 different, 2 trouble.
func diffMain(args []string, stdout, stderr io.Writer) int {
	a, err := diffParseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "courier: error: %s\nRun \"courier diff --help\" for usage.\n", err)
		return 2
	}
	if a.help {
		fmt.Fprint(stdout, diffUsage)
		return 0
	}
	a.write.Color = diffColor(a.color, stdout)

	oldData, err := diffRead(a.oldSrc)
	if err != nil {
		return diffFail(stderr, err)
	}
	newData, err := diffRead(a.newSrc)
	if err != nil {
		return diffFail(stderr, err)
	}

	var out bytes.Buffer
	var code int
	if a.runs {
		oldRun, err := diff.ParseRun(a.oldSrc, oldData)
		if err != nil {
			return diffFail(stderr, err)
		}
		newRun, err := diff.ParseRun(a.newSrc, newData)
		if err != nil {
			return diffFail(stderr, err)
		}
		r := diff.Runs(oldRun, newRun, a.runOpts)
		r.Old.Source, r.New.Source = a.oldSrc, a.newSrc
		if err := r.Write(&out, a.write); err != nil {
			return diffFail(stderr, err)
		}
		var failOn []diff.RunClass
		if a.failOn != "" {
			failOn, _ = diff.ParseRunClasses(a.failOn)
		}
		code = r.ExitCode(failOn)
	} else {
		oldColl, err := collections.Decode(a.oldSrc, oldData)
		if err != nil {
			return diffFail(stderr, err)
		}
		newColl, err := collections.Decode(a.newSrc, newData)
		if err != nil {
			return diffFail(stderr, err)
		}
		r := diff.Collections(oldColl, newColl, a.opts)
		r.Old.Source, r.New.Source = a.oldSrc, a.newSrc
		if err := r.Write(&out, a.write); err != nil {
			return diffFail(stderr, err)
		}
		var failOn []diff.Class
		if a.failOn != "" {
			failOn, _ = diff.ParseClasses(a.failOn)
		}
		code = r.ExitCode(failOn)
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		return diffFail(stderr, fmt.Errorf("writing the output: %w", err))
	}
	return code
}

// diffFail prints one line for err and returns exit code 2.
func diffFail(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "courier: error: %s\n", err)
	return 2
}

// diffColor decides whether text output is coloured: --color on/off, or for
// auto, stdout is a terminal, NO_COLOR is unset or empty and TERM is not dumb.
func diffColor(mode string, stdout io.Writer) bool {
	switch mode {
	case "on":
		return true
	case "off":
		return false
	}
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := stdout.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// diffSourceError is an unreadable source.
type diffSourceError struct {
	src string
	err error
}

func (e *diffSourceError) Error() string {
	msg := e.err.Error()
	var pe *os.PathError
	if errors.As(e.err, &pe) {
		msg = pe.Err.Error()
	}
	return fmt.Sprintf("%s: cannot read: %s", e.src, msg)
}

// diffRead reads a source: an http(s) URL, an existing file, or REV:PATH
// from git.
func diffRead(src string) ([]byte, error) {
	if strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") {
		return diffFetch(src)
	}
	if fi, err := os.Stat(src); err == nil && !fi.IsDir() {
		data, err := os.ReadFile(src)
		if err != nil {
			return nil, &diffSourceError{src, err}
		}
		return data, nil
	}
	if rev, path, ok := diffGitSpec(src); ok {
		return diffGitShow(src, rev, path)
	}
	_, err := os.ReadFile(src)
	if err == nil {
		err = errors.New("not a file")
	}
	return nil, &diffSourceError{src, err}
}

func diffFetch(url string) ([]byte, error) {
	data, err := fetchURL(url)
	if err != nil {
		return nil, &diffSourceError{url, err}
	}
	return data, nil
}

// diffGitSpec splits REV:PATH. A one-letter REV followed by a slash or a
// backslash is a Windows drive, not a revision; a REV starting with "-" is
// refused so it cannot pass as an option to git.
func diffGitSpec(src string) (rev, path string, ok bool) {
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

func diffGitShow(src, rev, path string) ([]byte, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command("git", "show", rev+":"+path)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
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
		return nil, &diffSourceError{src, fmt.Errorf("git show %s:%s: %s", rev, path, msg)}
	}
	return stdout.Bytes(), nil
}
