package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/courier-run/courier/internal/lazyre"
	"github.com/courier-run/courier/reporters"
	"github.com/courier-run/courier/runner"
)

// runArgs are `courier run`'s options: Newman's run flags plus courier's own.
type runArgs struct {
	collection        string
	collections       []string // every collection argument (files, URLs, UIDs, folders)
	environment       string
	globals           string
	reporters         []string
	iterations        int
	iterationData     string
	folders           []string
	globalVars        []string
	envVars           []string
	exportEnvironment string
	exportGlobals     string
	exportCollection  string
	postmanAPIKey     string
	bail              bool
	bailModifiers     []string
	ignoreRedirects   bool
	suppressExitCode  bool
	silent            bool
	disableUnicode    bool
	color             string
	verbose           bool
	delayRequest      time.Duration
	timeout           time.Duration
	timeoutRequest    time.Duration
	timeoutScript     time.Duration
	// maxScriptMemory is --max-script-memory: -1 when not given, 0 for no limit
	maxScriptMemory   int64
	workingDir        string
	noInsecureFile    bool
	insecure          bool
	sslClientCertList string
	sslClientCert     string
	sslClientKey      string
	sslClientPass     string
	sslExtraCACerts   string
	cookieJar         string
	exportCookieJar   string
	prompts           []string
	promptCommand     []string      // --prompt-command, split into words
	promptCmdTimeout  time.Duration // --prompt-command-timeout
	promptCmdRetries  int           // --prompt-command-retries
	promptCmdInterval time.Duration // --prompt-command-interval
	revealSecrets     bool
	maxResponseSize   int64        // --max-response-size, bytes (0: no limit)
	maxUploadSize     int64        // --max-upload-size, bytes (0: no limit)
	retry             runner.Retry // --retry, --retry-on, --retry-delay, --retry-max-delay, --retry-methods
	parallel          int          // --parallel: units run at once (0: not given)
	seed              *uint64      // --seed (nil: not given)
	parallelFolders   bool         // --parallel-folders
	shard             string       // --shard i/n or auto
	shardTotal        int          // --shard-total (with --shard auto)
	shardTimings      []string     // --shard-timings reports
	// OAuth 2.0: --no-oauth2-fetch, --oauth2-callback-timeout
	noOAuth2Fetch         bool
	oauth2CallbackTimeout time.Duration
	// reporterOpts holds --reporter-<name>-<opt> (key "name.opt") and
	// --reporter-<opt> (key "opt"), each option by its camelCase name.
	reporterOpts map[string]string
	// warnings are printed before the run (unless --silent).
	warnings []string
}

type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }
func (e *usageError) ExitCode() int { return 2 }

func usagef(format string, args ...any) error { return &usageError{msg: fmt.Sprintf(format, args...)} }

// The default size limits: the Postman app's "Max response size" (50 MB),
// and as much for the files one request uploads (Newman has no limit).
const (
	defaultMaxResponseSize = 50 * 1000 * 1000
	defaultMaxUploadSize   = 50 * 1000 * 1000
)

var bailValue = lazyre.New(`^(folder|failure)(,(folder|failure))*$`)

// flagKind is how a run option reads its value.
type flagKind int

const (
	kindBool   flagKind = iota // no value: sets a bool
	kindString                 // one value
	kindInt                    // a non-negative whole number
	kindMS                     // milliseconds, as a time.Duration
	kindSize                   // a size in bytes ("50MB", "512MiB", "0" for no limit)
	kindList                   // repeatable: each value is appended
	kindCustom                 // read by its own function
)

// runFlag is one row of courier run's option table: parseRunArgs reads the
// command line through it and runHelpText prints it.
type runFlag struct {
	names []string // "-e", "--environment"
	arg   string   // the value's placeholder in the help ("<path|URL>")
	kind  flagKind
	// field points into runArgs: *bool, *string, *int, *time.Duration,
	// *int64 or *[]string by kind.
	field func(*runArgs) any
	// custom reads a kindCustom option (or one whose name starts with
	// prefix).
	custom func(a *runArgs, s *argScanner) error
	// check validates the value once it is set.
	check func(a *runArgs, name string) error
	// prefix makes the row match every option starting with it.
	prefix string
	help   string // "\n" starts a continuation line
	own    bool   // courier's own option, not Newman's
	hidden bool   // not in the help
}

// runFlags is courier run's option table, in the help's order.
var runFlags = []runFlag{
	{names: []string{"-e", "--environment"}, arg: "<path|URL>", kind: kindString, field: func(a *runArgs) any { return &a.environment }, help: "environment file"},
	{names: []string{"-g", "--globals"}, arg: "<path|URL>", kind: kindString, field: func(a *runArgs) any { return &a.globals }, help: "globals file"},
	{names: []string{"-r", "--reporters"}, arg: "<list>", kind: kindCustom, custom: readReporters,
		help: strings.Join(reporterList(), ",") + " (default cli)"},
	{names: []string{"-n", "--iteration-count"}, arg: "<n>", kind: kindInt, field: func(a *runArgs) any { return &a.iterations }, help: "number of iterations",
		check: func(a *runArgs, name string) error {
			if a.iterations == 0 {
				return usagef("option %s: the iteration count must be at least 1", name)
			}
			return nil
		}},
	{names: []string{"-d", "--iteration-data"}, arg: "<path>", kind: kindString, field: func(a *runArgs) any { return &a.iterationData }, help: "JSON or CSV data file, one iteration per row"},
	{names: []string{"--folder"}, arg: "<name|id>", kind: kindList, field: func(a *runArgs) any { return &a.folders }, help: "run only this folder or request (repeatable)"},
	{names: []string{"--env-var"}, arg: "<key=value>", kind: kindList, field: func(a *runArgs) any { return &a.envVars }, help: "set an environment variable (repeatable)"},
	{names: []string{"--global-var"}, arg: "<key=value>", kind: kindList, field: func(a *runArgs) any { return &a.globalVars }, help: "set a global variable (repeatable)"},
	{names: []string{"--export-environment"}, arg: "<path>", kind: kindString, field: func(a *runArgs) any { return &a.exportEnvironment }, help: "write the final environment"},
	{names: []string{"--export-globals"}, arg: "<path>", kind: kindString, field: func(a *runArgs) any { return &a.exportGlobals }, help: "write the final globals"},
	{names: []string{"--export-collection"}, arg: "<path>", kind: kindString, field: func(a *runArgs) any { return &a.exportCollection }, help: "write the collection with its final variables"},
	{names: []string{"--postman-api-key"}, arg: "<key>", kind: kindString, field: func(a *runArgs) any { return &a.postmanAPIKey },
		help: "fetch a collection or environment by UID (or id), or an\napi.getpostman.com URL, through the Postman API"},
	{names: []string{"--bail"}, arg: "[folder,failure]", kind: kindCustom, custom: readBail, help: "stop at the first failure"},
	{names: []string{"--ignore-redirects"}, kind: kindBool, field: func(a *runArgs) any { return &a.ignoreRedirects }, help: "do not follow 3xx redirects"},
	{names: []string{"-x", "--suppress-exit-code"}, kind: kindBool, field: func(a *runArgs) any { return &a.suppressExitCode }, help: "exit 0 even when something failed"},
	{names: []string{"--silent"}, kind: kindBool, field: func(a *runArgs) any { return &a.silent }, help: "print nothing"},
	{names: []string{"--disable-unicode"}, kind: kindBool, field: func(a *runArgs) any { return &a.disableUnicode }, help: "plain-text symbols"},
	{names: []string{"--color"}, arg: "<on|off|auto>", kind: kindString, field: func(a *runArgs) any { return &a.color }, help: "coloured output (NO_COLOR is honoured)",
		check: func(a *runArgs, _ string) error {
			if a.color != "on" && a.color != "off" && a.color != "auto" {
				return usagef("option --color: %q must be on, off or auto", a.color)
			}
			return nil
		}},
	{names: []string{"--no-color"}, kind: kindCustom, hidden: true, custom: func(a *runArgs, _ *argScanner) error { a.color = "off"; return nil }},
	{names: []string{"--verbose"}, kind: kindBool, field: func(a *runArgs) any { return &a.verbose }, help: "request and response details"},
	{names: []string{"--delay-request"}, arg: "<ms>", kind: kindMS, field: func(a *runArgs) any { return &a.delayRequest }, help: "wait between requests"},
	{names: []string{"--timeout"}, arg: "<ms>", kind: kindMS, field: func(a *runArgs) any { return &a.timeout }, help: "limit the whole run (exit 3 when exceeded)"},
	{names: []string{"--timeout-request"}, arg: "<ms>", kind: kindMS, field: func(a *runArgs) any { return &a.timeoutRequest }, help: "limit each request"},
	{names: []string{"--timeout-script"}, arg: "<ms>", kind: kindMS, field: func(a *runArgs) any { return &a.timeoutScript }, help: "limit each script"},
	{names: []string{"--working-dir"}, arg: "<path>", kind: kindString, field: func(a *runArgs) any { return &a.workingDir }, help: "base directory for files in request bodies"},
	{names: []string{"--no-insecure-file-read"}, kind: kindBool, field: func(a *runArgs) any { return &a.noInsecureFile }, help: "refuse body files outside the working directory"},
	{names: []string{"-k", "--insecure"}, kind: kindBool, field: func(a *runArgs) any { return &a.insecure }, help: "do not verify TLS certificates"},
	{names: []string{"--ssl-client-cert"}, arg: "<path>", kind: kindString, field: func(a *runArgs) any { return &a.sslClientCert }, help: "client certificate (PEM)"},
	{names: []string{"--ssl-client-key"}, arg: "<path>", kind: kindString, field: func(a *runArgs) any { return &a.sslClientKey }, help: "client key (PEM)"},
	{names: []string{"--ssl-client-passphrase"}, arg: "<pass>", kind: kindString, field: func(a *runArgs) any { return &a.sslClientPass }, help: "passphrase of the client key"},
	{names: []string{"--ssl-client-cert-list"}, arg: "<path>", kind: kindString, field: func(a *runArgs) any { return &a.sslClientCertList }, help: "per-host client certificates (JSON)"},
	{names: []string{"--ssl-extra-ca-certs"}, arg: "<path>", kind: kindString, field: func(a *runArgs) any { return &a.sslExtraCACerts }, help: "extra trusted CA certificates (PEM)"},
	{names: []string{"--cookie-jar"}, arg: "<path>", kind: kindString, field: func(a *runArgs) any { return &a.cookieJar }, help: "cookie jar to start from (tough-cookie JSON)"},
	{names: []string{"--export-cookie-jar"}, arg: "<path>", kind: kindString, field: func(a *runArgs) any { return &a.exportCookieJar }, help: "write the final cookie jar"},
	{names: []string{"--reporter-<name>-<option>"}, arg: "[v]", prefix: "--reporter-", kind: kindCustom, custom: readReporterOption,
		help: "reporter options, e.g. --reporter-json-export out.json\n(reports without an export path go to newman/, as Newman's)"},

	{own: true, names: []string{"--prompt"}, arg: "<VAR>", kind: kindList, field: func(a *runArgs) any { return &a.prompts }, help: "ask for VAR on the terminal when a request needs it and it is empty"},
	{own: true, names: []string{"--prompt-command"}, arg: "<cmd>", kind: kindCustom,
		help: "answer --prompt from a command's first line of output (e.g. a test\nmailbox's API); {{variables}} in its words are resolved; no shell\nruns unless the command is one (sh -c '…'); the answer is masked",
		custom: func(a *runArgs, s *argScanner) error {
			v, err := s.value()
			if err != nil {
				return err
			}
			w, err := splitWords(v)
			if err != nil {
				return usagef("option --prompt-command: %v", err)
			}
			if len(w) == 0 {
				return usagef("option --prompt-command: no command given")
			}
			a.promptCommand = w
			return nil
		}},
	{own: true, names: []string{"--prompt-command-timeout"}, arg: "<ms>", kind: kindMS, field: func(a *runArgs) any { return &a.promptCmdTimeout },
		help: "stop the run when one run of the command takes longer (default 10000)",
		check: func(a *runArgs, name string) error {
			if a.promptCmdTimeout <= 0 {
				return usagef("option %s: must be more than 0", name)
			}
			return nil
		}},
	{own: true, names: []string{"--prompt-command-retries"}, arg: "<n>", kind: kindInt, field: func(a *runArgs) any { return &a.promptCmdRetries },
		help: "run the command again at most n times while it prints nothing\n(default 10)"},
	{own: true, names: []string{"--prompt-command-interval"}, arg: "<ms>", kind: kindMS, field: func(a *runArgs) any { return &a.promptCmdInterval },
		help: "wait between those runs (default 2000)"},
	{own: true, names: []string{"--no-oauth2-fetch"}, kind: kindBool, field: func(a *runArgs) any { return &a.noOAuth2Fetch },
		help: "send oauth2 auths' saved accessToken alone, as Newman does:\nfetch and refresh no token (see OAuth 2.0 in the README)"},
	{own: true, names: []string{"--oauth2-callback-timeout"}, arg: "<ms>", kind: kindMS, field: func(a *runArgs) any { return &a.oauth2CallbackTimeout },
		help: "how long an authorization_code flow waits for the browser's\nredirect (default 300000: 5 minutes)",
		check: func(a *runArgs, _ string) error {
			if a.oauth2CallbackTimeout == 0 {
				return usagef("option --oauth2-callback-timeout: must be at least 1 (ms)")
			}
			return nil
		}},
	{own: true, names: []string{"--max-script-memory"}, arg: "<size>", kind: kindSize, field: func(a *runArgs) any { return &a.maxScriptMemory },
		help: "stop a script that allocates more than this, e.g. 128MiB\n(default 256MiB; 0 for no limit)"},
	{own: true, names: []string{"--reveal-secrets"}, kind: kindBool, field: func(a *runArgs) any { return &a.revealSecrets }, help: "do not mask secret values in reports and console output"},
	{own: true, names: []string{"--max-response-size"}, arg: "<size>", kind: kindSize, field: func(a *runArgs) any { return &a.maxResponseSize },
		help: "largest response body, as received and decoded (default 50MB;\n0 = no limit); a larger one is an error on that request"},
	{own: true, names: []string{"--max-upload-size"}, arg: "<size>", kind: kindSize, field: func(a *runArgs) any { return &a.maxUploadSize },
		help: "largest total of the files one request uploads (default 50MB;\n0 = no limit); a request over it is not sent and errors"},
	{own: true, names: []string{"--retry"}, arg: "<n>", kind: kindInt, field: func(a *runArgs) any { return &a.retry.Max },
		help: "send an item's request again, at most n times (default 0, at\nmost 100), after a network error (ECONNRESET, ECONNREFUSED,\nETIMEDOUT, ESOCKETTIMEDOUT, ENOTFOUND, ...) or a --retry-on status",
		check: func(a *runArgs, _ string) error {
			if a.retry.Max > runner.MaxRetries {
				return usagef("option --retry: at most %d retries", runner.MaxRetries)
			}
			return nil
		}},
	{own: true, names: []string{"--retry-on"}, arg: "<list>", kind: kindCustom, help: "statuses that are retried too, e.g. 429,503 or 5xx (default none)",
		custom: func(a *runArgs, s *argScanner) error {
			v, err := s.value()
			if err != nil {
				return err
			}
			if a.retry.On, err = runner.ParseStatusSet(v); err != nil {
				return usagef("option --retry-on: %v", err)
			}
			return nil
		}},
	{own: true, names: []string{"--retry-delay"}, arg: "<ms>", kind: kindMS, field: func(a *runArgs) any { return &a.retry.Delay },
		help: "backoff base: a random wait up to delay*2^(n-1) before the n-th\nretry (default 500); a 429/503's Retry-After is waited for instead"},
	{own: true, names: []string{"--retry-max-delay"}, arg: "<ms>", kind: kindMS, field: func(a *runArgs) any { return &a.retry.MaxDelay },
		help: "the longest wait, Retry-After included (default 30000)",
		check: func(a *runArgs, _ string) error {
			if a.retry.MaxDelay == 0 {
				return usagef("option --retry-max-delay: must be at least 1 (ms)")
			}
			return nil
		}},
	{own: true, names: []string{"--retry-methods"}, arg: "<list>", kind: kindCustom,
		help: "methods retried after any failure (default GET,HEAD,OPTIONS,PUT,\nDELETE,TRACE; * for all); others only when the request never\nwent out (connection refused, host not found)",
		custom: func(a *runArgs, s *argScanner) error {
			v, err := s.value()
			if err != nil {
				return err
			}
			if a.retry.Methods, err = runner.ParseRetryMethods(v); err != nil {
				return usagef("option --retry-methods: %v", err)
			}
			return nil
		}},
	{own: true, names: []string{"--seed"}, arg: "<n>", kind: kindCustom,
		help: "make Math.random, $random* and $guid reproducible: the same\nvalues each run; --parallel and --shard units draw the whole run's",
		custom: func(a *runArgs, s *argScanner) error {
			v, err := s.value()
			if err != nil {
				return err
			}
			n, err := strconv.ParseUint(v, 10, 64)
			if err != nil {
				return usagef("option --seed: %q is not a whole number from 0 to 18446744073709551615", v)
			}
			a.seed = &n
			return nil
		}},
	{own: true, names: []string{"--parallel"}, arg: "<n>", kind: kindInt, field: func(a *runArgs) any { return &a.parallel },
		help: "run n units at once (default 1: one run, as Newman's); units are\niterations, each with its own variables, cookies and scripts",
		check: func(a *runArgs, _ string) error {
			if a.parallel < 1 || a.parallel > 1024 {
				return usagef("option --parallel: between 1 and 1024")
			}
			return nil
		}},
	{own: true, names: []string{"--parallel-folders"}, kind: kindBool, field: func(a *runArgs) any { return &a.parallelFolders },
		help: "make each top-level folder (or request) of each iteration a unit"},
	{own: true, names: []string{"--shard"}, arg: "<i/n|auto>", kind: kindString, field: func(a *runArgs) any { return &a.shard },
		help: "run only the i-th of n parts of the units (a CI matrix job);\nauto reads GitLab, CircleCI, Buildkite or Kubernetes variables"},
	{own: true, names: []string{"--shard-total"}, arg: "<n>", kind: kindInt, field: func(a *runArgs) any { return &a.shardTotal },
		help: "shards in all, for --shard auto in a Kubernetes Indexed Job"},
	{own: true, names: []string{"--shard-timings"}, arg: "<report.json>", kind: kindList, field: func(a *runArgs) any { return &a.shardTimings },
		help: "balance shards by the times in an earlier run's json report"},
}

// runFlagIndex finds a row by any of its names.
var runFlagIndex = func() map[string]*runFlag {
	m := map[string]*runFlag{}
	for i := range runFlags {
		for _, n := range runFlags[i].names {
			m[n] = &runFlags[i]
		}
	}
	return m
}()

// argScanner walks the command line; it is at the option being read.
type argScanner struct {
	args      []string
	i         int
	name      string // the option, without an inline value
	inline    string // the value after "=", if hasInline
	hasInline bool
}

// value fetches the option's value (inline or the next argument).
func (s *argScanner) value() (string, error) {
	if s.hasInline {
		return s.inline, nil
	}
	if s.i+1 >= len(s.args) {
		return "", usagef("option %s needs a value", s.name)
	}
	s.i++
	return s.args[s.i], nil
}

// next is the argument after the option, if there is one.
func (s *argScanner) next() (string, bool) {
	if s.i+1 < len(s.args) {
		return s.args[s.i+1], true
	}
	return "", false
}

func (s *argScanner) intVal() (int, error) {
	v, err := s.value()
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, usagef("option %s: %q is not a non-negative whole number", s.name, v)
	}
	return n, nil
}

// sizeVal reads a size in bytes ("50MB", "512MiB", "0" for no limit).
func (s *argScanner) sizeVal() (int64, error) {
	v, err := s.value()
	if err != nil {
		return 0, err
	}
	n, err := parseSize(v)
	if err != nil {
		return 0, usagef("option %s: %v", s.name, err)
	}
	return n, nil
}

// set reads the option's value into its field.
func (f *runFlag) set(a *runArgs, s *argScanner) error {
	if f.kind == kindCustom {
		return f.custom(a, s)
	}
	var err error
	switch p := f.field(a).(type) {
	case *bool:
		*p = true
	case *string:
		*p, err = s.value()
	case *int:
		*p, err = s.intVal()
	case *time.Duration:
		var n int
		n, err = s.intVal()
		*p = time.Duration(n) * time.Millisecond
	case *int64:
		*p, err = s.sizeVal()
	case *[]string:
		var v string
		if v, err = s.value(); err == nil {
			*p = append(*p, v)
		}
	}
	if err == nil && f.check != nil {
		err = f.check(a, s.name)
	}
	return err
}

func readReporters(a *runArgs, s *argScanner) error {
	v, err := s.value()
	for _, r := range strings.Split(v, ",") {
		if r = strings.TrimSpace(r); r != "" {
			a.reporters = append(a.reporters, r)
		}
	}
	return err
}

// readBail reads --bail and its optional folder,failure modifiers.
func readBail(a *runArgs, s *argScanner) error {
	a.bail = true
	if s.hasInline {
		if !bailValue().MatchString(s.inline) {
			return usagef("option --bail: %q is not a list of folder,failure", s.inline)
		}
		a.bailModifiers = strings.Split(s.inline, ",")
	} else if v, ok := s.next(); ok && bailValue().MatchString(v) {
		s.i++
		a.bailModifiers = strings.Split(v, ",")
	}
	return nil
}

// readReporterOption reads --reporter-<name>-<option> (key "name.option") or
// --reporter-<option> (key "option", for every reporter that takes it), the
// option by its Newman (camelCase) name. A boolean option takes no value
// (a following "true" or "false" is read as one); another takes the next
// argument unless it is an option.
func readReporterOption(a *runArgs, s *argScanner) error {
	reporter, opt, err := reporters.ResolveOption(strings.TrimPrefix(s.name, "--reporter-"))
	if err != nil {
		return &usageError{msg: err.Error()}
	}
	key := opt.Name
	if reporter != "" {
		key = reporter + "." + key
	}
	next, ok := s.next()
	switch {
	case s.hasInline:
		a.reporterOpts[key] = s.inline
	case opt.Bool && ok && (next == "true" || next == "false"):
		s.i++
		a.reporterOpts[key] = next
	case !opt.Bool && ok && !strings.HasPrefix(next, "-"):
		s.i++
		a.reporterOpts[key] = next
	default:
		a.reporterOpts[key] = "true"
	}
	return nil
}

// parseRunArgs parses courier run's options through runFlags.
func parseRunArgs(args []string) (*runArgs, error) {
	a := &runArgs{color: "auto", reporters: nil, reporterOpts: map[string]string{},
		maxResponseSize: defaultMaxResponseSize, maxUploadSize: defaultMaxUploadSize, maxScriptMemory: -1,
		promptCmdTimeout: defaultPromptTimeout, promptCmdRetries: defaultPromptRetries, promptCmdInterval: defaultPromptInterval,
		retry: runner.Retry{Delay: 500 * time.Millisecond, MaxDelay: runner.DefaultRetryMaxDelay}, oauth2CallbackTimeout: defaultOAuth2CallbackTimeout}
	var positional []string
	s := &argScanner{args: args}
	for ; s.i < len(args); s.i++ {
		arg := args[s.i]
		if arg == "--" {
			positional = append(positional, args[s.i+1:]...)
			break
		}
		if !strings.HasPrefix(arg, "-") || arg == "-" {
			positional = append(positional, arg)
			continue
		}
		s.name, s.inline, s.hasInline = strings.Cut(arg, "=")
		f := lookupRunFlag(s.name)
		if f == nil {
			return nil, usagef("unknown option %s (see courier run --help)", s.name)
		}
		if err := f.set(a, s); err != nil {
			return nil, err
		}
	}
	if len(positional) == 0 {
		return nil, usagef("missing the collection: courier run <collection.json|URL> [options]")
	}
	a.collection, a.collections = positional[0], positional
	if len(a.promptCommand) > 0 && len(a.prompts) == 0 {
		return nil, usagef("option --prompt-command answers --prompt VAR: name the variables it gives with --prompt")
	}
	if len(a.reporters) == 0 {
		a.reporters = []string{"cli"}
	}
	return a, a.checkReporters()
}

func lookupRunFlag(name string) *runFlag {
	if f, ok := runFlagIndex[name]; ok && f.prefix == "" {
		return f
	}
	for i := range runFlags {
		if p := runFlags[i].prefix; p != "" && strings.HasPrefix(name, p) {
			return &runFlags[i]
		}
	}
	return nil
}

// checkReporters resolves -r through the reporter registry and checks the
// options each selected reporter is given (see reporters.Check).
func (a *runArgs) checkReporters() error {
	sel, err := reporters.Select(a.reporters)
	if err != nil {
		return &usageError{msg: err.Error()}
	}
	a.reporters = sel
	for _, r := range sel {
		ignored, err := reporters.Check(r, a.reporterOptions(r))
		if err != nil {
			return &usageError{msg: err.Error()}
		}
		if len(ignored) > 0 {
			a.warnings = append(a.warnings, fmt.Sprintf("the %s reporter ignores --reporter-%s-%s: they change only the look of newman-reporter-%s's report, and courier's report is its own",
				r, r, strings.Join(ignored, ", --reporter-"+r+"-"), r))
		}
	}
	return nil
}

// reporterList is the reporters -r lists in the help (not the ones that
// are another name for one of them).
func reporterList() []string {
	var out []string
	for _, s := range reporters.Specs() {
		if s.SameAs == "" {
			out = append(out, s.Name)
		}
	}
	return out
}

// reporterOptions are the options reporter name was given: its own
// (--reporter-<name>-<option>) over the ones for every reporter
// (--reporter-<option>) that it takes.
func (a *runArgs) reporterOptions(name string) reporters.Options {
	spec, _ := reporters.Lookup(name)
	o := reporters.Options{}
	if spec == nil {
		return o
	}
	for _, opt := range spec.Options {
		if v, ok := a.reporterOpts[opt.Name]; ok {
			o[opt.Name] = v
		}
		if v, ok := a.reporterOpts[name+"."+opt.Name]; ok {
			o[opt.Name] = v
		}
	}
	return o
}

// Where the help's descriptions start: run options, reporter options.
const (
	helpColumn         = 35
	reporterHelpColumn = 43
)

// helpRow writes one option of the help: its names and value, then its
// description from column col (continuation lines, after "\n", aligned
// under it).
func helpRow(b *strings.Builder, col int, left, help string) {
	if len(left) >= col-1 {
		b.WriteString(left + "\n" + strings.Repeat(" ", col))
	} else {
		b.WriteString(left + strings.Repeat(" ", col-len(left)))
	}
	b.WriteString(strings.ReplaceAll(help, "\n", "\n"+strings.Repeat(" ", col)) + "\n")
}

// runHelpText is `courier run --help`, from runFlags and the reporter
// registry.
func runHelpText() string {
	var b strings.Builder
	b.WriteString("Usage: courier run <collection.json|URL|folder>... [options]\n")
	b.WriteString("\nSeveral collections (or folders of them) run one after another, each with\nits own variables and cookies, into one set of reports.\n")
	for _, own := range []bool{false, true} {
		if own {
			b.WriteString("\ncourier's own options:\n")
		} else {
			b.WriteString("\nNewman's run options (same meaning):\n")
		}
		for _, f := range runFlags {
			if f.own != own || f.hidden {
				continue
			}
			left := strings.Join(f.names, ", ")
			if f.arg != "" {
				left += " " + f.arg
			}
			helpRow(&b, helpColumn, "  "+left, f.help)
		}
	}
	b.WriteString("\nReporters (-r) and their options (--reporter-<name>-<option>; --reporter-<option>\nsets an option for every reporter that takes it):\n")
	for _, s := range reporters.Specs() {
		line := "  " + s.Name + ": " + s.Help
		if s.SameAs != "" {
			line += " (" + s.SameAs + "'s options too)"
		}
		b.WriteString(line + "\n")
		var ignored, refused []string
		for _, o := range s.Options {
			if s.SameAs != "" && sameAsOption(s.SameAs, o.Name) {
				continue
			}
			switch o.Support {
			case reporters.Ignored:
				ignored = append(ignored, o.FlagName())
				continue
			case reporters.Refused:
				refused = append(refused, o.FlagName())
				continue
			}
			left := "--reporter-" + s.Name + "-" + o.FlagName()
			if o.Arg != "" {
				left += " <" + o.Arg + ">"
			}
			helpRow(&b, reporterHelpColumn, "    "+left, o.Help)
		}
		if len(ignored) > 0 {
			b.WriteString(wrapHelp("    accepted and ignored with a warning (they change only the look of its report): ", ignored))
		}
		if len(refused) > 0 {
			b.WriteString(wrapHelp("    refused (courier's report would still show what they leave out): ", refused))
		}
	}
	b.WriteString(`
Exit codes: 0 success; 1 a failed assertion, script error or request error;
2 invalid input or usage; 3 run aborted (--timeout or interrupt) after writing reports.
A run that has not stopped 2s after SIGINT/SIGTERM or --timeout (a script stuck in one
built-in call) is abandoned: the reports hold what it finished. A second interrupt abandons it at once.
`)
	return b.String()
}

// sameAsOption says whether reporter name takes option opt (so another name
// for it need not list it again).
func sameAsOption(name, opt string) bool {
	s, _ := reporters.Lookup(name)
	for _, o := range s.Options {
		if o.Name == opt {
			return true
		}
	}
	return false
}

// wrapHelp writes a list after a lead, wrapped at 90 columns.
func wrapHelp(lead string, words []string) string {
	var b strings.Builder
	line := lead
	for i, w := range words {
		if i < len(words)-1 {
			w += ","
		}
		if len(line)+1+len(w) > 90 && line != lead {
			b.WriteString(strings.TrimRight(line, " ") + "\n")
			line = "      "
		}
		if !strings.HasSuffix(line, " ") {
			line += " "
		}
		line += w
	}
	b.WriteString(line + "\n")
	return b.String()
}
