package main

import (
	"context"
	"crypto/rand"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/internal/redact"
	"github.com/courier-run/courier/internal/sdkjson"
	"github.com/courier-run/courier/reporters"
	"github.com/courier-run/courier/runner"
	"github.com/courier-run/courier/scripting"
	"github.com/courier-run/courier/vars"
)

// runCommand implements `courier run`: it wires the run to the reporters
// (through the registry) and writes the reports and exports when it ends.
func runCommand(ctx context.Context, args []string, e *env) int {
	a, err := parseRunArgs(args)
	if err != nil {
		return fail(e, err)
	}
	startedUp := func() {}
	if e.startUp != nil {
		startedUp = e.startUp()
		defer startedUp()
	}
	shard, err := checkUnits(a, e)
	if err != nil {
		return fail(e, err)
	}
	in, err := loadRunInputs(ctx, a, e)
	if err != nil {
		return fail(e, err)
	}
	if err := checkV3Export(a, in); err != nil {
		return fail(e, err)
	}
	if err := checkSeveral(a, in); err != nil {
		return fail(e, err)
	}
	run := runFunc(runner.Run)
	if a.inUnits() || len(in.colls) > 1 {
		if a.parallel > 1 && !a.silent && e.isTTY(e.stderr) {
			// a progress line while units run; reports on the same
			// terminal go around it
			live := newLiveLine(e.stderr)
			defer live.done()
			ew := *e
			ew.stdout = live.through(e.stdout)
			e = &ew
			e.progress = live.progress
		}
		run = runInUnits(a, e, shard, in.colls)
	}
	masker := redact.New(redact.Options{Reveal: a.revealSecrets})
	tree := &lazyTree{coll: in.coll, more: in.colls[1:]}
	set, err := buildReporters(a, e, masker, tree)
	if err != nil {
		return fail(e, err)
	}
	defer set.Close()
	// the run's own summary decides the exit code; it keeps no per-request data
	outcome := events.NewSummary(events.SummaryOptions{})
	handlers := events.Multi{set, outcome, events.HandlerFunc(func(ev events.Event) {
		if _, ok := ev.(events.ItemEnd); ok {
			startedUp() // the run's own GC target from its first item's end
		}
	})}
	ran := &scriptsRan{}
	if a.exportCollection != "" {
		handlers = append(handlers, ran)
	}
	if e.setMatchTimeout != nil {
		e.setMatchTimeout(matchTimeout(a))
	}
	prompt := newPrompter(e)
	defer prompt.close()
	res, runErr, abandoned := runBounded(ctx, run, runOptions(a, e, in, handlers, masker, prompt), e, a.silent)
	var ue *runner.UsageError
	if errors.As(runErr, &ue) {
		return fail(e, ue)
	}
	code := 0
	if outcome.Failed() {
		code = 1
	}
	if (res != nil && res.Aborted && runErr != nil) || abandoned {
		code = 3
	}
	// reports and exports are written in every case, even after an interrupt
	info, ids := runInfo(a, in, res, masker, tree)
	code = max(code, writeReports(e, set, info, in.coll.Info.Name))
	if res != nil {
		if err := writeExports(a, in.coll, tree.t, ran, res, [2]*collections.Environment{in.envFile, in.globalsFile}, ids, in.jarCfg, e); err != nil {
			fmt.Fprintf(e.stderr, "courier: error: %v\n", err)
			code = max(code, 1)
		}
	}
	if outcome.Error != nil {
		// the error that ended the run (--bail folder, --timeout), after
		// the summary and the reports, on stderr, as Newman prints it
		fmt.Fprintf(e.stderr, "error: %s\n\n", masker.String(outcome.Error.Message))
	}
	if a.suppressExitCode && code == 1 {
		return 0
	}
	return code
}

// runInputs is what a run reads before it starts.
type runInputs struct {
	coll                 *collections.Collection   // the first collection
	colls                []*collections.Collection // every collection, in the command's order
	envFile, globalsFile *collections.Environment
	data                 []collections.Row
	envVars, globalVars  []collections.Variable
	certs                []runner.ClientCert
	pool                 *x509.CertPool
	cookies              []runner.StoredCookie
	jarCfg               cookieJarConfig
	workingDir           string
	lib                  *scripting.Library // compiling what the scripts need from the start (Warm)
}

// scriptSources are the enabled scripts of the collections.
func scriptSources(colls []*collections.Collection) []string {
	var srcs []string
	add := func(evs []collections.Event) {
		for _, ev := range evs {
			if !ev.Disabled && ev.Script.Exec != "" {
				srcs = append(srcs, ev.Script.Exec)
			}
		}
	}
	for _, c := range colls {
		add(c.Events)
		c.Walk(func(it *collections.Item, _ []*collections.Item) bool {
			add(it.Events)
			return true
		})
	}
	return srcs
}

// loadRunInputs reads the collection, environment, globals, data file,
// variables, certificates and cookie jar the options name.
func loadRunInputs(ctx context.Context, a *runArgs, e *env) (*runInputs, error) {
	in := &runInputs{}
	api := newPostmanAPI(a.postmanAPIKey, e.getenv)
	var err error
	if in.colls, err = loadCollections(ctx, a, e, api); err != nil {
		return nil, err
	}
	in.coll = in.colls[0]
	// the script sandbox's libraries compile while the rest loads and the
	// first request is in flight
	in.lib = scripting.NewLibrary()
	in.lib.Warm(scriptSources(in.colls))
	raiseMemoryLimitFor(e)
	if in.envFile, err = loadEnvironment(ctx, "environment", a.environment, api); err != nil {
		return nil, err
	}
	if in.globalsFile, err = loadEnvironment(ctx, "globals", a.globals, api); err != nil {
		return nil, err
	}
	if a.iterationData != "" {
		raw, err := readSource(ctx, a.iterationData)
		if err != nil {
			return nil, err
		}
		var warnings []string
		if in.data, warnings, err = collections.DecodeDataWarnings(a.iterationData, raw); err != nil {
			return nil, err
		}
		if !a.silent {
			for _, w := range warnings {
				fmt.Fprintf(e.stderr, "courier: warning: %s\n", w)
			}
		}
	}
	if in.envVars, err = parseKV("--env-var", a.envVars); err != nil {
		return nil, err
	}
	if in.globalVars, err = parseKV("--global-var", a.globalVars); err != nil {
		return nil, err
	}
	if in.certs, in.pool, err = loadTLS(ctx, a); err != nil {
		return nil, err
	}
	if in.cookies, in.jarCfg, err = loadCookieJar(ctx, a.cookieJar); err != nil {
		return nil, err
	}
	in.workingDir = a.workingDir
	if in.workingDir == "" {
		in.workingDir, _ = os.Getwd()
	}
	in.workingDir, _ = filepath.Abs(in.workingDir)
	return in, nil
}

// lazyTree is the collection as the SDK writes it, built when a report or
// --export-collection first needs it.
type lazyTree struct {
	coll *collections.Collection
	t    *sdkjson.Tree
	// more are the command's later collections (several in one command)
	more  []*collections.Collection
	moreT []*sdkjson.Tree
}

func (l *lazyTree) get() reporters.CollectionTree {
	if l.t == nil {
		l.t = sdkjson.Build(l.coll)
		for _, c := range l.more {
			l.moreT = append(l.moreT, sdkjson.Build(c))
		}
	}
	if len(l.more) == 0 {
		return l.t
	}
	m := multiTree{l.t}
	for _, t := range l.moreT {
		m = append(m, t)
	}
	return m
}

// buildReporters makes the reporters -r selected, through the registry,
// after printing the warnings gathered so far.
func buildReporters(a *runArgs, e *env, m *redact.Masker, tree *lazyTree) (*reporters.Set, error) {
	if !a.silent {
		for _, w := range a.warnings {
			fmt.Fprintf(e.stderr, "courier: warning: %s\n", w)
		}
	}
	return reporters.Build(a.reporters, a.reporterOptions, reporters.Env{
		Stdout:         e.stdout,
		StdoutTTY:      e.isTTY(e.stdout),
		Color:          colorEnabled(a.color, e),
		Silent:         a.silent,
		DisableUnicode: a.disableUnicode,
		Verbose:        a.verbose,
		Mask:           m.String,
		MaskHeader:     m.Header,
		Getenv:         e.getenv,
		OpenAppend: func(p string) (io.WriteCloser, error) {
			return os.OpenFile(p, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		},
		TempFile: newTempFile,
		Tree:     tree.get,
		// a baseline report (--reporter-cli-baseline), read before the run
		ReadFile: func(p string) ([]byte, error) {
			data, err := os.ReadFile(p)
			if err != nil {
				return nil, &sourceError{p, err}
			}
			return data, nil
		},
	})
}

// spoolFile is a scratch file removed when it is closed.
type spoolFile struct{ *os.File }

func (f spoolFile) Close() error {
	err := f.File.Close()
	os.Remove(f.Name())
	return err
}

func newTempFile() (reporters.TempFile, error) {
	f, err := os.CreateTemp("", "courier-json-spool-*")
	if err != nil {
		return nil, err
	}
	return spoolFile{f}, nil
}

// runOptions are the runner's options for the run.
func runOptions(a *runArgs, e *env, in *runInputs, h events.Handler, masker *redact.Masker, prompt *prompter) runner.Options {
	lib := in.lib
	if lib == nil {
		lib = scripting.NewLibrary()
	}
	return runner.Options{
		Collection:      in.coll,
		Environment:     in.envFile,
		Globals:         in.globalsFile,
		EnvVars:         in.envVars,
		GlobalVars:      in.globalVars,
		Data:            in.data,
		Iterations:      a.iterations,
		Folders:         a.folders,
		Bail:            runner.Bail{Enabled: a.bail, Folder: has(a.bailModifiers, "folder"), Failure: has(a.bailModifiers, "failure")},
		Timeout:         a.timeout,
		TimeoutReq:      a.timeoutRequest,
		TimeoutScript:   a.timeoutScript,
		DelayRequest:    a.delayRequest,
		Retry:           a.retry,
		Seed:            a.seed,
		IgnoreRedirects: a.ignoreRedirects,
		Insecure:        a.insecure,
		ClientCerts:     in.certs,
		RootCAs:         in.pool,
		Proxy:           proxyFromEnv(e.getenv),
		StoredCookies:   in.cookies,
		OpenFile:        fileOpener(in.workingDir, a.noInsecureFile),
		MaxResponseSize: a.maxResponseSize,
		MaxUploadSize:   a.maxUploadSize,
		Scripts: func(h scripting.Host) scripting.Runtime {
			return scripting.New(h, scripting.Options{Lib: lib, MemoryLimit: scriptMemoryLimit(a.maxScriptMemory)})
		},
		Handler:         h,
		OnVariable:      masker.AddVariable,
		OnSecret:        masker.AddValue,
		Now:             e.now,
		PromptVars:      a.prompts,
		Prompt:          promptAnswerer(a, e, masker, prompt),
		NoOAuth2Fetch:   a.noOAuth2Fetch,
		OAuth2Authorize: oauth2Authorizer(a, e),
	}
}

// promptAnswerer answers --prompt: from --prompt-command's output (the
// answer then masked like a secret), else from standard input.
func promptAnswerer(a *runArgs, e *env, masker *redact.Masker, prompt *prompter) func(context.Context, runner.PromptQuestion) (string, error) {
	if len(a.promptCommand) == 0 {
		return prompt.ask
	}
	pc := &promptCommand{Words: a.promptCommand, Timeout: a.promptCmdTimeout, Retries: a.promptCmdRetries, Interval: a.promptCmdInterval,
		Stderr: e.stderr, Sleep: runner.SleepContext}
	if a.silent {
		pc.Stderr = io.Discard
	}
	if e.environ != nil {
		pc.Env = e.environ()
	}
	return func(ctx context.Context, q runner.PromptQuestion) (string, error) {
		v, err := pc.ask(ctx, q)
		if err == nil {
			masker.AddValue(v)
		}
		return v, err
	}
}

// runInfo is what the reports show of the run beyond its events: the
// collection and the environment and globals it ended with (as the files
// gave them, for a run that did not stop in time).
func runInfo(a *runArgs, in *runInputs, res *runner.Result, masker *redact.Masker, tree *lazyTree) (reporters.RunInfo, scopeIDs) {
	envScope, globalsScope := fileScope(vars.Environment, in.envFile), fileScope(vars.Globals, in.globalsFile)
	var ids scopeIDs
	if res != nil {
		envScope, globalsScope = res.Variables.Environment, res.Variables.Globals
		ids = newScopeIDs(res.Variables)
	}
	info := reporters.RunInfo{Collection: in.coll.Raw,
		Environment: scopeReport("environment", envScope, in.envFile, ids.environment, masker, a.revealSecrets),
		Globals:     scopeReport("globals", globalsScope, in.globalsFile, ids.globals, masker, a.revealSecrets)}
	info.VarsStart, info.VarsEnd = runScopes(in, res, masker, a.revealSecrets)
	if tree.t != nil {
		info.Collection, info.Tree = tree.t.Document(), tree.get()
		if len(tree.more) > 0 {
			info.Collections = []json.RawMessage{tree.t.Document()}
			for _, t := range tree.moreT {
				info.Collections = append(info.Collections, t.Document())
			}
		}
	}
	return info, ids
}

// writeReports has each reporter that writes a file write it (where its
// export option says, or under newman/); it returns 1 when one could not.
func writeReports(e *env, set *reporters.Set, info reporters.RunInfo, collection string) int {
	code := 0
	for _, b := range set.Reporters {
		r, ok := b.Reporter.(reporters.Report)
		if !ok {
			continue
		}
		name, ext := r.FileName(collection)
		path := reportPath(b.Options.Value("export"), name, ext, e.now())
		if err := writeReport(path, func(w io.Writer) error { return r.WriteReport(w, info) }); err != nil {
			fmt.Fprintf(e.stderr, "courier: error: %s reporter: %v\n", b.Name, err)
			code = 1
		}
	}
	return code
}

// scopeReport is a scope as reports show it: the json report's
// VariableScope#toJSON (see sdkjson.ScopeJSON) with secret values masked.
func scopeReport(kind string, s *vars.Scope, file *collections.Environment, id string, m *redact.Masker, reveal bool) reporters.Scope {
	var raw []byte
	if file != nil {
		raw = file.Raw
	}
	return reporters.Scope{ID: id, Name: s.Label, JSON: sdkjson.ScopeJSON(kind, raw, id, s.Variables(), maskedValue(m, reveal))}
}

// maskedValue is a variable's value as reports show it: as stored, secret
// values masked (a secret type or name, and every value the masker knows).
func maskedValue(m *redact.Masker, reveal bool) func(v collections.Variable) any {
	return func(v collections.Variable) any {
		val := collections.StoredValue(v.Type, v.Value)
		if str, ok := val.(string); ok {
			val = m.String(str)
		}
		if !reveal && (v.Type == "secret" || m.IsSecretName(v.Key)) && val != nil && val != "" {
			val = m.MaskText()
		}
		return val
	}
}

// newUUID is a random version 4 UUID.
func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// proxyFromEnv honours HTTP_PROXY, HTTPS_PROXY and NO_PROXY (and their
// lower-case forms) read through the CLI's environment. NO_PROXY is a comma
// list of host names (a suffix match, with or without a leading dot),
// host:port pairs, IP addresses, CIDR ranges, or "*".
func proxyFromEnv(getenv func(string) string) func(*http.Request) (*url.URL, error) {
	get := func(k string) string {
		if v := getenv(k); v != "" {
			return v
		}
		return getenv(strings.ToLower(k))
	}
	httpProxy, httpsProxy, noProxy := get("HTTP_PROXY"), get("HTTPS_PROXY"), get("NO_PROXY")
	if httpProxy == "" && httpsProxy == "" {
		return nil
	}
	return func(r *http.Request) (*url.URL, error) {
		raw := httpProxy
		if r.URL.Scheme == "https" {
			raw = httpsProxy
		}
		if raw == "" || bypassProxy(noProxy, r.URL) {
			return nil, nil
		}
		if !strings.Contains(raw, "://") {
			raw = "http://" + raw
		}
		return url.Parse(raw)
	}
}

func bypassProxy(noProxy string, u *url.URL) bool {
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	ip := net.ParseIP(host)
	for _, e := range strings.Split(noProxy, ",") {
		e = strings.ToLower(strings.TrimSpace(e))
		switch {
		case e == "":
			continue
		case e == "*":
			return true
		}
		if _, cidr, err := net.ParseCIDR(e); err == nil {
			if ip != nil && cidr.Contains(ip) {
				return true
			}
			continue
		}
		h, p, err := net.SplitHostPort(e)
		if err != nil {
			h, p = e, ""
		}
		if p != "" && p != port {
			continue
		}
		h = strings.TrimPrefix(h, ".")
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// reportPath is where a report goes, as Newman's export-file decides: with
// no path, newman/NAME-TIMESTAMP0.EXT in the working directory; a path that
// is an existing directory gets such a file inside it; any other path is the
// file (an existing one is replaced).
func reportPath(path, name, ext string, now time.Time) string {
	// Newman's timestamp: the ISO time with every run of non-digits made "-",
	// then "0" ("2026-12-06-12-13-02-123-0")
	stamp := strings.ReplaceAll(now.UTC().Format("2006-01-02-15-04-05.000"), ".", "-")
	file := fmt.Sprintf("%s-%s-0.%s", name, stamp, ext)
	switch {
	case path == "":
		return filepath.Join("newman", file)
	case isDir(path):
		return filepath.Join(path, file)
	}
	// Newman resolves the path, so "out/" that does not exist is the file "out"
	return filepath.Clean(path)
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
