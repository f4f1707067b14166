package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/courier-run/courier/check"
	"github.com/courier-run/courier/collections"
)

const checkUsage = `Usage: courier check [options] COLLECTION

Checks a collection before a run, without sending a request or running a
script: every script compiles; no script uses an API courier does not have
or runs differently; every {{variable}} is defined by the files, options
and scripts given; setNextRequest targets and --folder names exist; every
request is tested; no credential is written into the collection or sent
over plain http. Each finding has a rule, a severity (error, warning,
note), the item, the script's line:column and the place in the file.

COLLECTION is a file, an http(s) URL, or a Postman API UID with
--postman-api-key, as for courier run.

Options:
  -e, --environment FILE       an environment, as courier run reads it
  -g, --globals FILE           globals
  -d, --iteration-data FILE    a data file (JSON or CSV)
  --env-var KEY=VALUE          an environment variable (repeatable)
  --global-var KEY=VALUE       a global variable (repeatable)
  --folder NAME                check the run of this folder or request (repeatable)
  --postman-api-key KEY        read UIDs and api.getpostman.com URLs with this key
  --format text|json|github|sarif
                               output format (default text)
  --fail-on error|warning|note|none
                               exit 1 when a finding is at least this severe
                               (default error)
  --color on|off|auto          colours for text output (default auto: when
                               stdout is a terminal and NO_COLOR is unset)
  --explain VAR                tell which scope supplies VAR at each of its
                               uses, and the precedence (text or json)

Exit codes: 0 no finding at or above --fail-on, 1 such findings,
2 trouble (an unreadable or malformed input, a bad option).
`

// checkArgs are the parsed command line of courier check.
type checkArgs struct {
	collection           string
	environment, globals string
	data                 string
	envVars, globalVars  []string
	folders              []string
	apiKey               string
	write                check.WriteOptions
	failOn               check.Severity
	color                string
	explain              string
	help                 bool
}

// listFlag is a repeatable option.
type listFlag struct{ list *[]string }

func (l listFlag) String() string     { return "" }
func (l listFlag) Set(s string) error { *l.list = append(*l.list, s); return nil }

func checkParseArgs(args []string) (*checkArgs, error) {
	a := &checkArgs{}
	fs := flag.NewFlagSet("courier check", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	for _, n := range []string{"e", "environment"} {
		fs.StringVar(&a.environment, n, "", "")
	}
	for _, n := range []string{"g", "globals"} {
		fs.StringVar(&a.globals, n, "", "")
	}
	for _, n := range []string{"d", "iteration-data"} {
		fs.StringVar(&a.data, n, "", "")
	}
	fs.Var(listFlag{&a.envVars}, "env-var", "")
	fs.Var(listFlag{&a.globalVars}, "global-var", "")
	fs.Var(listFlag{&a.folders}, "folder", "")
	fs.StringVar(&a.apiKey, "postman-api-key", "", "")
	format := fs.String("format", "text", "")
	failOn := fs.String("fail-on", "error", "")
	fs.StringVar(&a.color, "color", "auto", "")
	fs.StringVar(&a.explain, "explain", "", "")
	fs.BoolVar(&a.help, "help", false, "")
	fs.BoolVar(&a.help, "h", false, "")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return nil, usagef("%s", err)
	}
	if a.help {
		return a, nil
	}
	if a.write.Format, err = check.ParseFormat(*format); err != nil {
		return nil, usagef("--format: %s", err)
	}
	if a.failOn, err = check.ParseSeverity(*failOn); err != nil {
		return nil, usagef("--fail-on: %s", err)
	}
	switch a.color {
	case "on", "off", "auto":
	default:
		return nil, usagef("invalid --color %q (expected on, off or auto)", a.color)
	}
	if a.explain != "" && a.write.Format != check.FormatText && a.write.Format != check.FormatJSON {
		return nil, usagef("--explain writes text or json, not %s", a.write.Format)
	}
	if len(pos) != 1 {
		return nil, usagef("expected one collection, got %d", len(pos))
	}
	a.collection = pos[0]
	return a, nil
}

// checkMain runs "courier check" and returns the exit code: 0 clean, 1
// findings at or above --fail-on, 2 trouble.
func checkMain(ctx context.Context, args []string, e *env) int {
	a, err := checkParseArgs(args)
	if err != nil {
		fmt.Fprintf(e.stderr, "courier: error: %s\nRun \"courier check --help\" for usage.\n", err)
		return 2
	}
	if a.help {
		fmt.Fprint(e.stdout, checkUsage)
		return 0
	}
	in, err := loadCheckInputs(ctx, a, e)
	if err != nil {
		return diffFail(e.stderr, err)
	}
	a.write.Color = colorEnabled(a.color, e)
	a.write.Version = courierVersion()
	var out bytes.Buffer
	code := 0
	if a.explain != "" {
		err = check.Explain(*in, a.explain).Write(&out, a.write)
	} else {
		r := check.Check(*in)
		err = r.Write(&out, a.write)
		code = r.ExitCode(a.failOn)
	}
	if err != nil {
		return diffFail(e.stderr, err)
	}
	if _, err := e.stdout.Write(out.Bytes()); err != nil {
		return diffFail(e.stderr, fmt.Errorf("writing the output: %w", err))
	}
	return code
}

// loadCheckInputs reads what courier run would read for the same options.
func loadCheckInputs(ctx context.Context, a *checkArgs, e *env) (*check.Input, error) {
	api := newPostmanAPI(a.apiKey, e.getenv)
	if _, tree := v3TreeDir(a.collection); tree {
		return nil, usagef("%s is a Postman collection format v3 tree: courier check reads v2.1 files for now (courier convert %s checked.json, then check that)", a.collection, a.collection)
	}
	data, err := api.read(ctx, "collection", a.collection)
	if err != nil {
		return nil, err
	}
	name := api.display(a.collection)
	coll, err := collections.Decode(name, data)
	if err != nil {
		return nil, err
	}
	in := &check.Input{Collection: coll, CollectionFile: name, CollectionText: data, Folders: a.folders}
	if in.Environment, err = loadEnvironment(ctx, "environment", a.environment, api); err != nil {
		return nil, err
	}
	in.EnvironmentFile = api.display(a.environment)
	if in.Globals, err = loadEnvironment(ctx, "globals", a.globals, api); err != nil {
		return nil, err
	}
	in.GlobalsFile = api.display(a.globals)
	if a.data != "" {
		raw, err := readSource(ctx, a.data)
		if err != nil {
			return nil, err
		}
		if in.Data, _, err = collections.DecodeDataWarnings(a.data, raw); err != nil {
			return nil, err
		}
		in.DataFile = a.data
	}
	if in.EnvVars, err = parseKV("--env-var", a.envVars); err != nil {
		return nil, err
	}
	if in.GlobalVars, err = parseKV("--global-var", a.globalVars); err != nil {
		return nil, err
	}
	for _, f := range a.folders {
		if strings.TrimSpace(f) == "" {
			return nil, usagef("--folder needs a name")
		}
	}
	return in, nil
}
