package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/collections/diff"
)

const diffUsage = `Usage: courier diff [options] OLD NEW
       courier diff --runs [options] OLD.json NEW.json

Compares two versions of a Postman collection: requests added, removed,
renamed, moved or reordered; method, URL, headers, body, auth, scripts,
variables, descriptions, settings and saved examples. Items without ids are
matched by name and place, then by similarity (as git finds renames); a
variable renamed with every use updated is one change. Two environment or
globals files are compared variable by variable. Credential values are
never printed. With --runs, compares two json run reports (newman or courier
-r json): assertions that started failing or passing, appeared or disappeared,
response codes, response times and errors.

OLD and NEW are each a file, an http(s) URL, REV:PATH read with
"git show REV:PATH" (a path that exists as a file wins), or a Postman
collection format v3 tree (a directory with .resources/definition.yaml, or
REV:DIR of one in git).

Options:
  --format text|markdown|json  output format (default text)
  --summary                    counts only
  --color on|off|auto          colours for text output (default auto: when
                               stdout is a terminal and NO_COLOR is unset)
  --ignore-descriptions        do not report description changes
  --ignore-order               do not report items reordered within a folder
  --find-renames[=N%]          pair the requests and folders left over after
                               matching by id, name and place by similarity,
                               from N% on (default 50%): reported as renamed
                               or moved, with the score
  --no-renames                 no similarity matching: such requests show as
                               removed and added
  --verbose                    show the changes folded into a renamed
                               variable (a {{base_URL}} host that became
                               {{base_url}})
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

// findRenames is the value of --find-renames[=N%]: a flag that may stand
// alone (the default threshold) or carry a percentage.
type findRenames struct {
	percent int
	err     error
}

func (f *findRenames) String() string   { return "" }
func (f *findRenames) IsBoolFlag() bool { return true }

func (f *findRenames) Set(s string) error {
	if s == "true" { // the flag alone
		f.percent = diff.DefaultRenameThreshold
		return nil
	}
	f.percent, f.err = diff.ParseRenameThreshold(s)
	return nil
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
	fs.BoolVar(&a.write.Verbose, "verbose", false, "")
	renames := &findRenames{}
	fs.Var(renames, "find-renames", "")
	fs.BoolVar(&a.opts.NoRenames, "no-renames", false, "")
	fs.BoolVar(&a.help, "help", false, "")
	fs.BoolVar(&a.help, "h", false, "")

	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return nil, &diffUsageError{err.Error()}
	}
	if a.help {
		return a, nil
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })

	if a.write.Format, err = diff.ParseFormat(*format); err != nil {
		return nil, &diffUsageError{err.Error()}
	}
	switch a.color {
	case "on", "off", "auto":
	default:
		return nil, &diffUsageError{fmt.Sprintf("invalid --color %q (expected on, off or auto)", a.color)}
	}
	if renames.err != nil {
		return nil, &diffUsageError{"--find-renames: " + renames.err.Error()}
	}
	a.opts.RenameThreshold = renames.percent
	if set["find-renames"] && set["no-renames"] {
		return nil, &diffUsageError{"--find-renames and --no-renames contradict each other"}
	}
	if a.runs {
		for _, f := range []string{"ignore-descriptions", "ignore-order", "find-renames", "no-renames"} {
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
		if set["find-renames"] {
			for _, p := range pos {
				if _, err := diff.ParseRenameThreshold(p); err == nil && strings.HasSuffix(p, "%") {
					return nil, &diffUsageError{fmt.Sprintf("--find-renames takes its threshold after \"=\": --find-renames=%s", p)}
				}
			}
		}
		return nil, &diffUsageError{fmt.Sprintf("expected two sources (OLD NEW), got %d", len(pos))}
	}
	a.oldSrc, a.newSrc = pos[0], pos[1]
	return a, nil
}

// diffMain runs "courier diff" and returns the exit code: 0 identical,
// 1 different, 2 trouble.
func diffMain(ctx context.Context, args []string, e *env) int {
	stdout, stderr := e.stdout, e.stderr
	a, err := diffParseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "courier: error: %s\nRun \"courier diff --help\" for usage.\n", err)
		return 2
	}
	if a.help {
		fmt.Fprint(stdout, diffUsage)
		return 0
	}
	a.write.Color = colorEnabled(a.color, e)

	// a v3 tree (a directory) is read as a collection below
	var oldData, newData []byte
	for _, x := range []struct {
		src  string
		data *[]byte
	}{{a.oldSrc, &oldData}, {a.newSrc, &newData}} {
		if _, tree := v3TreeDir(x.src); tree && !a.runs {
			continue
		}
		data, err := readRevisionSource(ctx, x.src)
		if err != nil {
			return diffFail(stderr, err)
		}
		*x.data = data
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
	} else if ot, nt := diff.DocumentType(oldData), diff.DocumentType(newData); isVariableFile(ot) || isVariableFile(nt) {
		if !isVariableFile(ot) || !isVariableFile(nt) {
			return diffFail(stderr, fmt.Errorf("%s is %s and %s %s: courier diff compares two collections, two environment or globals files, or (with --runs) two json run reports",
				a.oldSrc, docName(ot), a.newSrc, docName(nt)))
		}
		oldEnv, err := collections.DecodeEnvironment(a.oldSrc, oldData)
		if err != nil {
			return diffFail(stderr, err)
		}
		newEnv, err := collections.DecodeEnvironment(a.newSrc, newData)
		if err != nil {
			return diffFail(stderr, err)
		}
		r := diff.Environments(oldEnv, newEnv, nt, a.opts)
		r.Old.Source, r.New.Source = a.oldSrc, a.newSrc
		if err := r.Write(&out, a.write); err != nil {
			return diffFail(stderr, err)
		}
		var failOn []diff.Class
		if a.failOn != "" {
			failOn, _ = diff.ParseClasses(a.failOn)
		}
		code = r.ExitCode(failOn)
	} else if ot == diff.DocRunReport && nt == diff.DocRunReport {
		return diffFail(stderr, fmt.Errorf("%s and %s are json run reports: add --runs to compare them", a.oldSrc, a.newSrc))
	} else {
		oldColl, err := decodeCollectionSource(ctx, a.oldSrc, oldData, e)
		if err != nil {
			return diffFail(stderr, err)
		}
		newColl, err := decodeCollectionSource(ctx, a.newSrc, newData, e)
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

// isVariableFile reports whether a document type is an environment or globals file.
func isVariableFile(t string) bool { return t == diff.DocEnvironment || t == diff.DocGlobals }

// docName names a document type in an error: "an environment file".
func docName(t string) string {
	switch t {
	case diff.DocEnvironment:
		return "an environment file"
	case diff.DocGlobals:
		return "a globals file"
	case diff.DocRunReport:
		return "a json run report"
	case diff.DocDataFile:
		return "a data file"
	case diff.DocCollection:
		return "a collection"
	}
	return "not a Postman document"
}

// diffFail prints one line for err and returns exit code 2.
func diffFail(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "courier: error: %s\n", err)
	return 2
}

// parseInterleaved parses args with fs, flags and positional arguments in
// any order (the flag package stops at the first positional one), all
// arguments after "--" positional; it returns the positional ones.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
