package main

import (
	"context"
	"crypto/rand"
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

const runHelp = `Usage: courier run <collection.json|URL> [options]

Newman's run options (same meaning):
  -e, --environment <path|URL>     environment file
  -g, --globals <path|URL>         globals file
  -r, --reporters <list>           cli,json,junit,html,progress,emojitrain,github (default cli)
  -n, --iteration-count <n>        number of iterations
  -d, --iteration-data <path>      JSON or CSV data file, one iteration per row
  --folder <name|id>               run only this folder or request (repeatable)
  --env-var <key=value>            set an environment variable (repeatable)
  --global-var <key=value>         set a global variable (repeatable)
  --export-environment <path>      write the final environment
  --export-globals <path>          write the final globals
  --export-collection <path>       write the collection with its final variables
  --postman-api-key <key>          fetch a collection or environment by UID (or id), or an
                                   api.getpostman.com URL, through the Postman API
  --bail [folder,failure]          stop at the first failure
  --ignore-redirects               do not follow 3xx redirects
  -x, --suppress-exit-code         exit 0 even when something failed
  --silent                         print nothing
  --disable-unicode                plain-text symbols
  --color <on|off|auto>            coloured output (NO_COLOR is honoured)
  --verbose                        request and response details
  --delay-request <ms>             wait between requests
  --timeout <ms>                   limit the whole run (exit 3 when exceeded)
  --timeout-request <ms>           limit each request
  --timeout-script <ms>            limit each script
  --working-dir <path>             base directory for files in request bodies
  --no-insecure-file-read          refuse body files outside the working directory
  -k, --insecure                   do not verify TLS certificates
  --ssl-client-cert <path>         client certificate (PEM)
  --ssl-client-key <path>          client key (PEM)
  --ssl-client-passphrase <pass>   passphrase of the client key
  --ssl-client-cert-list <path>    per-host client certificates (JSON)
  --ssl-extra-ca-certs <path>      extra trusted CA certificates (PEM)
  --cookie-jar <path>              cookie jar to start from (tough-cookie JSON)
  --export-cookie-jar <path>       write the final cookie jar
  --reporter-<name>-<option> [v]   reporter options, e.g. --reporter-json-export out.json
                                   (reports without an export path go to newman/, as Newman's)

courier's own options:
  --prompt <VAR>                   ask for VAR on the terminal when a request needs it and it is empty
  --max-script-memory <size>       stop a script that allocates more than this, e.g. 128MiB
                                   (default 256MiB; 0 for no limit)
  --reveal-secrets                 do not mask secret values in reports and console output
  --max-response-size <size>       largest response body, as received and decoded (default 50MB;
                                   0 = no limit); a larger one is an error on that request
  --max-upload-size <size>         largest total of the files one request uploads (default 50MB;
                                   0 = no limit); a request over it is not sent and errors
  --retry <n>                      send an item's request again, at most n times (default 0, at
                                   most 100), after a network error (ECONNRESET, ECONNREFUSED,
                                   ETIMEDOUT, ESOCKETTIMEDOUT, ENOTFOUND, ...) or a --retry-on status
  --retry-on <list>                statuses that are retried too, e.g. 429,503 or 5xx (default none)
  --retry-delay <ms>               backoff base: a random wait up to delay*2^(n-1) before the n-th
                                   retry (default 500); a 429/503's Retry-After is waited for instead
  --retry-max-delay <ms>           the longest wait, Retry-After included (default 30000)
  --retry-methods <list>           methods retried after any failure (default GET,HEAD,OPTIONS,PUT,
                                   DELETE,TRACE; * for all); others only when the request never
                                   went out (connection refused, host not found)
  --reporter-junit-newman-compat   write Newman's own junit report (its test names, suite ids and
                                   counting) instead of courier's per-iteration one

Exit codes: 0 success; 1 a failed assertion, script error or request error;
2 invalid input or usage; 3 run aborted (--timeout or interrupt) after writing reports.
A run that has not stopped 2s after SIGINT/SIGTERM or --timeout (a script stuck in one
built-in call) is abandoned: the reports hold what it finished. A second interrupt abandons it at once.
`

// runCommand implements `courier run`.
func runCommand(ctx context.Context, args []string, e *env) int {
	a, err := parseRunArgs(args)
	if err != nil {
		return fail(e, err)
	}
	api := newPostmanAPI(a.postmanAPIKey, e.getenv)
	coll, err := loadCollection(a.collection, api)
	if err != nil {
		return fail(e, err)
	}
	if coll.FromV1 && !a.silent {
		fmt.Fprintf(e.stderr, "courier: warning: %s is a Postman collection v1; it is converted to v2.1 as Newman converts it (request ids are not kept)\n", a.collection)
	}
	raiseMemoryLimitFor(e)
	envFile, err := loadEnvironment("environment", a.environment, api)
	if err != nil {
		return fail(e, err)
	}
	globalsFile, err := loadEnvironment("globals", a.globals, api)
	if err != nil {
		return fail(e, err)
	}
	var data []collections.Row
	if a.iterationData != "" {
		raw, err := readSource(a.iterationData)
		if err != nil {
			return fail(e, err)
		}
		var warnings []string
		if data, warnings, err = collections.DecodeDataWarnings(a.iterationData, raw); err != nil {
			return fail(e, err)
		}
		if !a.silent {
			for _, w := range warnings {
				fmt.Fprintf(e.stderr, "courier: warning: %s\n", w)
			}
		}
	}
	envVars, err := parseKV("--env-var", a.envVars)
	if err != nil {
		return fail(e, err)
	}
	globalVars, err := parseKV("--global-var", a.globalVars)
	if err != nil {
		return fail(e, err)
	}
	certs, pool, err := loadTLS(a)
	if err != nil {
		return fail(e, err)
	}
	cookies, jarCfg, err := loadCookieJar(a.cookieJar)
	if err != nil {
		return fail(e, err)
	}
	wd := a.workingDir
	if wd == "" {
		wd, _ = os.Getwd()
	}
	wd, _ = filepath.Abs(wd)
	for _, r := range a.reporters {
		if !isReporterName(r) {
			return fail(e, usagef("unknown reporter %q (available: %s)", r, strings.Join(reporterNames, ", ")))
		}
	}

	useColor := colorEnabled(a.color, e)
	masker := redact.New(redact.Options{Reveal: a.revealSecrets})
	mask, maskHeader := masker.String, masker.Header
	var handlers events.Multi
	if has(a.reporters, "cli") && !a.silent && !a.reporterFlag("cli", "silent") {
		handlers = append(handlers, reporters.NewCLI(e.stdout, reporters.CLIOptions{
			Color:               useColor,
			DisableUnicode:      a.disableUnicode,
			NoSummary:           a.reporterFlag("cli", "no-summary"),
			NoFailures:          a.reporterFlag("cli", "no-failures"),
			NoAssertions:        a.reporterFlag("cli", "no-assertions"),
			NoSuccessAssertions: a.reporterFlag("cli", "no-success-assertions"),
			NoConsole:           a.reporterFlag("cli", "no-console"),
			NoBanner:            a.reporterFlag("cli", "no-banner"),
			ShowTimestamps:      a.reporterFlag("cli", "show-timestamps"),
			Verbose:             a.verbose,
			Mask:                mask,
		}))
	}
	if has(a.reporters, "progress") && !a.silent {
		handlers = append(handlers, reporters.NewProgress(e.stdout, e.isTTY(e.stdout)))
	}
	if has(a.reporters, "emojitrain") && !a.silent {
		handlers = append(handlers, reporters.NewEmojitrain(e.stdout))
	}
	var ghSummary *os.File
	if has(a.reporters, "github") {
		if p := e.getenv("GITHUB_STEP_SUMMARY"); p != "" {
			f, err := os.OpenFile(p, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
			if err != nil {
				return fail(e, fmt.Errorf("github reporter: cannot open $GITHUB_STEP_SUMMARY %s: %w", p, err))
			}
			ghSummary = f
			defer f.Close()
		}
		var sw io.Writer
		if ghSummary != nil {
			sw = ghSummary
		}
		gh := reporters.NewGitHub(e.stdout, sw)
		gh.Mask = mask
		handlers = append(handlers, gh)
	}
	// whole-run reporters keep only what they print: the json report spools each
	// execution to a temporary file as its item ends; junit and html share a
	// summary that keeps headers and bodies only for html
	needJSON, needJUnit, needHTML := has(a.reporters, "json"), has(a.reporters, "junit"), has(a.reporters, "html") || has(a.reporters, "htmlextra")
	htmlName := "html"
	if !has(a.reporters, "html") {
		htmlName = "htmlextra"
	}
	var jsonSummary *events.Summary
	var spool *reporters.JSONSpool
	var tree *sdkjson.Tree
	var spoolFile *os.File
	if needJSON {
		f, err := os.CreateTemp("", "courier-json-spool-*")
		if err != nil {
			return fail(e, fmt.Errorf("json reporter: %w", err))
		}
		spoolFile = f
		defer func() { f.Close(); os.Remove(f.Name()) }()
		tree = sdkjson.Build(coll)
		spool = reporters.NewJSONSpool(f, reporters.JSONOptions{Mask: mask, MaskHeader: maskHeader, Tree: tree})
		jsonSummary = events.NewSummary(events.SummaryOptions{Bodies: true, Headers: true, OnExecution: spool.Add})
		handlers = append(handlers, jsonSummary)
	}
	var summary *events.Summary
	if needJUnit || needHTML {
		so := events.SummaryOptions{Executions: true, Console: true, Headers: needHTML}
		if needHTML && !a.reporterFlag(htmlName, "omit-bodies") {
			// the html reporter masks, then cuts bodies to its own (smaller) cap
			so.Bodies, so.MaxBody = true, 1<<20
		}
		summary = events.NewSummary(so)
		handlers = append(handlers, summary)
	}
	// the run's own summary decides the exit code; it keeps no per-request data
	outcome := events.NewSummary(events.SummaryOptions{})
	handlers = append(handlers, outcome)
	ran := &scriptsRan{}
	if a.exportCollection != "" {
		handlers = append(handlers, ran)
	}

	lib := scripting.NewLibrary()
	opts := runner.Options{
		Collection:      coll,
		Environment:     envFile,
		Globals:         globalsFile,
		EnvVars:         envVars,
		GlobalVars:      globalVars,
		Data:            data,
		Iterations:      a.iterations,
		Folders:         a.folders,
		Bail:            runner.Bail{Enabled: a.bail, Folder: has(a.bailModifiers, "folder"), Failure: has(a.bailModifiers, "failure")},
		Timeout:         a.timeout,
		TimeoutReq:      a.timeoutRequest,
		TimeoutScript:   a.timeoutScript,
		DelayRequest:    a.delayRequest,
		Retry:           a.retry,
		IgnoreRedirects: a.ignoreRedirects,
		Insecure:        a.insecure,
		ClientCerts:     certs,
		RootCAs:         pool,
		Proxy:           proxyFromEnv(e.getenv),
		StoredCookies:   cookies,
		OpenFile:        fileOpener(wd, a.noInsecureFile),
		MaxResponseSize: a.maxResponseSize,
		MaxUploadSize:   a.maxUploadSize,
		Scripts: func(h scripting.Host) scripting.Runtime {
			return scripting.New(h, scripting.Options{Lib: lib, MemoryLimit: scriptMemoryLimit(a.maxScriptMemory)})
		},
		Handler:    handlers,
		OnVariable: masker.AddVariable,
		Now:        e.now,
		PromptVars: a.prompts,
		Prompt:     newPrompter(e).ask,
	}
	if e.setMatchTimeout != nil {
		e.setMatchTimeout(matchTimeout(a))
	}
	res, runErr, abandoned := runBounded(ctx, opts, e, a.silent)
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
	// reports and exports are written in every case, even after an interrupt;
	// a run that did not stop in time leaves its variables as the files gave them
	envScope, globalsScope := fileScope(vars.Environment, envFile), fileScope(vars.Globals, globalsFile)
	var ids scopeIDs
	if res != nil {
		envScope, globalsScope = res.Variables.Environment, res.Variables.Globals
		ids = newScopeIDs(res.Variables)
	}
	info := reporters.RunInfo{Collection: coll.Raw, Environment: scopeReport("environment", envScope, envFile, ids.environment, masker, a.revealSecrets),
		Globals: scopeReport("globals", globalsScope, globalsFile, ids.globals, masker, a.revealSecrets)}
	if tree != nil {
		info.Collection, info.Tree = tree.Document(), tree
	}
	write := func(name, ext string, fn func(w io.Writer) error) {
		path, _ := a.reporterOpt(name, "export")
		if path == "true" {
			path = ""
		}
		path = reportPath(path, defaultReportName(name, coll.Info.Name), ext, e.now())
		if err := writeReport(path, fn); err != nil {
			fmt.Fprintf(e.stderr, "courier: error: %s reporter: %v\n", name, err)
			code = max(code, 1)
		}
	}
	if needJSON {
		write("json", "json", func(w io.Writer) error {
			if err := spool.Flush(); err != nil {
				return err
			}
			if _, err := spoolFile.Seek(0, io.SeekStart); err != nil {
				return err
			}
			return reporters.WriteJSON(w, jsonSummary, info, reporters.JSONOptions{Mask: mask, MaskHeader: maskHeader, Spool: spoolFile})
		})
	}
	if needJUnit {
		write("junit", "xml", func(w io.Writer) error {
			return reporters.WriteJUnit(w, summary, reporters.JUnitOptions{Mask: mask, NewmanCompat: a.reporterFlag("junit", "newman-compat")})
		})
	}
	if needHTML {
		title, _ := a.reporterOpt(htmlName, "title")
		write(htmlName, "html", func(w io.Writer) error {
			return reporters.WriteHTML(w, summary, info, reporters.HTMLOptions{
				Title:        title,
				OmitBodies:   a.reporterFlag(htmlName, "omit-bodies") || a.reporterFlag(htmlName, "omitBodies"),
				OmitHeaders:  a.reporterFlag(htmlName, "omit-headers") || a.reporterFlag(htmlName, "omitHeaders"),
				OnlyFailures: a.reporterFlag(htmlName, "only-failures") || a.reporterFlag(htmlName, "showOnlyFails"),
				Mask:         mask,
				MaskHeader:   maskHeader,
			})
		})
	}
	if res != nil {
		if err := writeExports(a, coll, tree, ran, res, [2]*collections.Environment{envFile, globalsFile}, ids, jarCfg, e); err != nil {
			fmt.Fprintf(e.stderr, "courier: error: %v\n", err)
			code = max(code, 1)
		}
	}
	if outcome.Error != nil {
		// the error that ended the run (--bail folder, --timeout), after
		// the summary and the reports, on stderr, as Newman prints it
		fmt.Fprintf(e.stderr, "error: %s\n\n", mask(outcome.Error.Message))
	}
	if a.suppressExitCode && code == 1 {
		return 0
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
	value := func(v collections.Variable) any {
		val := collections.StoredValue(v.Type, v.Value)
		if str, ok := val.(string); ok {
			val = m.String(str)
		}
		if !reveal && (v.Type == "secret" || m.IsSecretName(v.Key)) && val != nil && val != "" {
			val = m.MaskText()
		}
		return val
	}
	return reporters.Scope{ID: id, Name: s.Label, JSON: sdkjson.ScopeJSON(kind, raw, id, s.Variables(), value)}
}

// truthy is JavaScript's truthiness of a decoded JSON value.
func truthy(v any) bool {
	switch t := v.(type) {
	case nil:
		return false
	case bool:
		return t
	case string:
		return t != ""
	case float64:
		return t != 0 && t == t
	case json.Number:
		f, err := t.Float64()
		return err != nil || f != 0
	}
	return true
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

// defaultReportName is the file name Newman's reporter gives its report
// when no export path is set: newman-run-report, or the collection's name
// for htmlextra.
func defaultReportName(reporter, collection string) string {
	if reporter == "htmlextra" {
		// path.parse(name + ".html").name
		if i := strings.LastIndexByte(collection, '/'); i >= 0 {
			collection = collection[i+1:]
		}
		return collection
	}
	return "newman-run-report"
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
