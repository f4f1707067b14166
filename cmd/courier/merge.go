package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/merge"
	"github.com/courier-run/courier/reporters"
)

const mergeUsage = `Usage: courier merge REPORT.json... [options]

Merges the json reports of the shards of one run (courier run --shard i/n,
one per CI machine) into the reports one run would have written, and exits
with the merged run's code (0 passed, 1 failed, 2 bad input, 3 a shard was
interrupted).

Options:
  -r, --reporters <list>              cli, json, junit, html (default cli)
  --reporter-<name>-export <path>     where json, junit and html go (default
                                      newman/<name>-merged-<time>.<ext>)
  --reporter-junit-newman-compat      Newman's own junit layout
  --reporter-html-omit-headers        leave headers out of the html report
  --color on|off|auto, --no-color     colours of the cli summary
  --disable-unicode                   plain characters in the cli summary
  --silent                            print nothing
  -x, --suppress-exit-code            exit 0 when the merged run failed (1)
`

type mergeArgs struct {
	reports    []string
	reporters  []string
	exports    map[string]string
	color      string
	plain      bool
	silent     bool
	suppress   bool
	newmanJU   bool
	omitHeader bool
}

func parseMergeArgs(args []string) (*mergeArgs, error) {
	a := &mergeArgs{exports: map[string]string{}, color: "auto"}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if !strings.HasPrefix(arg, "-") || arg == "-" {
			a.reports = append(a.reports, arg)
			continue
		}
		name, inline, hasInline := strings.Cut(arg, "=")
		value := func() (string, error) {
			if hasInline {
				return inline, nil
			}
			if i+1 >= len(args) {
				return "", usagef("option %s needs a value", name)
			}
			i++
			return args[i], nil
		}
		var err error
		switch {
		case name == "-r" || name == "--reporters":
			var v string
			v, err = value()
			for _, r := range strings.Split(v, ",") {
				switch r = strings.TrimSpace(r); r {
				case "":
				case "cli", "json", "junit", "html":
					a.reporters = append(a.reporters, r)
				default:
					return nil, usagef("courier merge: reporter %q: merge writes cli, json, junit and html", r)
				}
			}
		case strings.HasPrefix(name, "--reporter-") && strings.HasSuffix(name, "-export"):
			r := strings.TrimSuffix(strings.TrimPrefix(name, "--reporter-"), "-export")
			if r != "json" && r != "junit" && r != "html" {
				return nil, usagef("courier merge: option %s: only json, junit and html write files", name)
			}
			a.exports[r], err = value()
		case name == "--reporter-junit-newman-compat":
			a.newmanJU = true
		case name == "--reporter-html-omit-headers" || name == "--reporter-html-omitHeaders":
			a.omitHeader = true
		case name == "--color":
			a.color, err = value()
			if err == nil && a.color != "on" && a.color != "off" && a.color != "auto" {
				err = usagef("option --color: %q must be on, off or auto", a.color)
			}
		case name == "--no-color":
			a.color = "off"
		case name == "--disable-unicode":
			a.plain = true
		case name == "--silent":
			a.silent = true
		case name == "-x" || name == "--suppress-exit-code":
			a.suppress = true
		default:
			return nil, usagef("courier merge: unknown option %s (see courier merge --help)", name)
		}
		if err != nil {
			return nil, err
		}
	}
	if len(a.reports) == 0 {
		return nil, usagef("courier merge: no reports given (courier merge REPORT.json...)")
	}
	if len(a.reporters) == 0 {
		a.reporters = []string{"cli"}
	}
	return a, nil
}

// mergeCommand is `courier merge`: the shards' json reports merged into the
// reports of one run.
func mergeCommand(ctx context.Context, args []string, e *env) int {
	a, err := parseMergeArgs(args)
	if err != nil {
		return fail(e, err)
	}
	var reports []merge.Report
	for _, p := range a.reports {
		f, err := os.Open(p)
		if err != nil {
			return fail(e, &collections.Error{File: p, Msg: "cannot read: " + strings.TrimPrefix(err.Error(), "open "+p+": ")})
		}
		defer f.Close()
		reports = append(reports, merge.Report{Name: p, R: f})
	}
	if ctx.Err() != nil {
		return 3
	}
	want := map[string]bool{}
	for _, r := range a.reporters {
		want[r] = true
	}
	spool, err := os.CreateTemp("", "courier-merge-spool-*")
	if err != nil {
		return fail(e, err)
	}
	defer func() { spool.Close(); os.Remove(spool.Name()) }()
	// the merged json goes to a scratch file first: Merge writes it as it
	// reads, and a report it refuses must not leave half a file behind
	var jsonTmp *os.File
	opts := merge.Options{Spool: spool, Executions: want["junit"] || want["html"], Headers: want["html"] && !a.omitHeader}
	if want["json"] {
		if jsonTmp, err = os.CreateTemp("", "courier-merge-json-*"); err != nil {
			return fail(e, err)
		}
		defer func() { jsonTmp.Close(); os.Remove(jsonTmp.Name()) }()
		opts.JSON = jsonTmp
	}
	res, err := merge.Merge(reports, opts)
	if err != nil {
		var ce *collections.Error
		if errors.As(err, &ce) {
			return fail(e, ce)
		}
		return fail(e, err)
	}
	code := res.ExitCode
	name := res.Summary.Collection
	if name == "" {
		name = "merged"
	}
	write := func(kind, ext string, fn func(io.Writer) error) {
		path := reportPath(a.exports[kind], "newman-merged-"+kind, ext, e.now())
		if err := writeReport(path, fn); err != nil {
			fmt.Fprintf(e.stderr, "courier: error: %s report: %v\n", kind, err)
			code = max(code, 1)
		}
	}
	if jsonTmp != nil {
		write("json", "json", func(w io.Writer) error {
			if _, err := jsonTmp.Seek(0, io.SeekStart); err != nil {
				return err
			}
			_, err := io.Copy(w, jsonTmp)
			return err
		})
	}
	if want["junit"] {
		write("junit", "xml", func(w io.Writer) error {
			return reporters.WriteJUnit(w, res.Summary, reporters.JUnitOptions{NewmanCompat: a.newmanJU})
		})
	}
	if want["html"] {
		write("html", "html", func(w io.Writer) error {
			return reporters.WriteHTML(w, res.Summary, res.Info, reporters.HTMLOptions{OmitHeaders: a.omitHeader})
		})
	}
	if want["cli"] && !a.silent {
		reporters.WriteCLISummary(e.stdout, res.Summary, reporters.CLIOptions{
			Color: colorEnabled(a.color, e), DisableUnicode: a.plain, Banner: "courier merge"})
	}
	if a.suppress && code == 1 {
		return 0
	}
	return code
}
