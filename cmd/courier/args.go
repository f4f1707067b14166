package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/courier-run/courier/runner"
)

// runArgs are `courier run`'s options: Newman's run flags plus courier's own.
type runArgs struct {
	collection        string
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
	revealSecrets     bool
	maxResponseSize   int64        // --max-response-size, bytes (0: no limit)
	maxUploadSize     int64        // --max-upload-size, bytes (0: no limit)
	retry             runner.Retry // --retry, --retry-on, --retry-delay, --retry-max-delay, --retry-methods
	// reporterOpts holds --reporter-<name>-<opt> (key "name.opt") and --reporter-<opt> (key "opt").
	reporterOpts map[string]string
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

var bailValue = regexp.MustCompile(`^(folder|failure)(,(folder|failure))*$`)

// reporter options that take no value (Newman's boolean reporter flags).
func boolReporterOpt(opt string) bool {
	for _, p := range []string{"no-", "show-", "omit-", "only-", "hide-", "skip-"} {
		if strings.HasPrefix(opt, p) {
			return true
		}
	}
	switch opt {
	case "silent", "verbose", "browser-title", "disable-unicode", "newman-compat":
		return opt != "browser-title"
	}
	return false
}

// parseRunArgs parses Newman's `run` flags.
func parseRunArgs(args []string) (*runArgs, error) {
	a := &runArgs{color: "auto", reporters: nil, reporterOpts: map[string]string{},
		maxResponseSize: defaultMaxResponseSize, maxUploadSize: defaultMaxUploadSize, maxScriptMemory: -1,
		retry: runner.Retry{Delay: 500 * time.Millisecond, MaxDelay: runner.DefaultRetryMaxDelay}}
	var positional []string
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			positional = append(positional, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(arg, "-") || arg == "-" {
			positional = append(positional, arg)
			continue
		}
		name, inline, hasInline := strings.Cut(arg, "=")
		// value fetches the flag's value (inline or the next argument).
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
		intVal := func() (int, error) {
			v, err := value()
			if err != nil {
				return 0, err
			}
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				return 0, usagef("option %s: %q is not a non-negative whole number", name, v)
			}
			return n, nil
		}
		msVal := func() (time.Duration, error) {
			n, err := intVal()
			return time.Duration(n) * time.Millisecond, err
		}
		// sizeVal reads a size in bytes ("50MB", "512MiB", "0" for no limit).
		sizeVal := func() (int64, error) {
			v, err := value()
			if err != nil {
				return 0, err
			}
			n, err := parseSize(v)
			if err != nil {
				return 0, usagef("option %s: %v", name, err)
			}
			return n, nil
		}
		var err error
		switch name {
		case "-e", "--environment":
			a.environment, err = value()
		case "-g", "--globals":
			a.globals, err = value()
		case "-r", "--reporters":
			var v string
			v, err = value()
			for _, r := range strings.Split(v, ",") {
				if r = strings.TrimSpace(r); r != "" {
					a.reporters = append(a.reporters, r)
				}
			}
		case "-n", "--iteration-count":
			a.iterations, err = intVal()
			if err == nil && a.iterations == 0 {
				err = usagef("option %s: the iteration count must be at least 1", name)
			}
		case "-d", "--iteration-data":
			a.iterationData, err = value()
		case "--folder":
			var v string
			v, err = value()
			a.folders = append(a.folders, v)
		case "--global-var":
			var v string
			v, err = value()
			a.globalVars = append(a.globalVars, v)
		case "--env-var":
			var v string
			v, err = value()
			a.envVars = append(a.envVars, v)
		case "--export-environment":
			a.exportEnvironment, err = value()
		case "--export-globals":
			a.exportGlobals, err = value()
		case "--export-collection":
			a.exportCollection, err = value()
		case "--postman-api-key":
			a.postmanAPIKey, err = value()
		case "--bail":
			a.bail = true
			if hasInline {
				if !bailValue.MatchString(inline) {
					err = usagef("option --bail: %q is not a list of folder,failure", inline)
				}
				a.bailModifiers = strings.Split(inline, ",")
			} else if i+1 < len(args) && bailValue.MatchString(args[i+1]) {
				i++
				a.bailModifiers = strings.Split(args[i], ",")
			}
		case "--ignore-redirects":
			a.ignoreRedirects = true
		case "-x", "--suppress-exit-code":
			a.suppressExitCode = true
		case "--silent":
			a.silent = true
		case "--disable-unicode":
			a.disableUnicode = true
		case "--color":
			a.color, err = value()
			if err == nil && a.color != "on" && a.color != "off" && a.color != "auto" {
				err = usagef("option --color: %q must be on, off or auto", a.color)
			}
		case "--no-color":
			a.color = "off"
		case "--verbose":
			a.verbose = true
		case "--delay-request":
			a.delayRequest, err = msVal()
		case "--timeout":
			a.timeout, err = msVal()
		case "--timeout-request":
			a.timeoutRequest, err = msVal()
		case "--timeout-script":
			a.timeoutScript, err = msVal()
		case "--max-script-memory":
			a.maxScriptMemory, err = sizeVal()
		case "--working-dir":
			a.workingDir, err = value()
		case "--no-insecure-file-read":
			a.noInsecureFile = true
		case "-k", "--insecure":
			a.insecure = true
		case "--ssl-client-cert-list":
			a.sslClientCertList, err = value()
		case "--ssl-client-cert":
			a.sslClientCert, err = value()
		case "--ssl-client-key":
			a.sslClientKey, err = value()
		case "--ssl-client-passphrase":
			a.sslClientPass, err = value()
		case "--ssl-extra-ca-certs":
			a.sslExtraCACerts, err = value()
		case "--cookie-jar":
			a.cookieJar, err = value()
		case "--export-cookie-jar":
			a.exportCookieJar, err = value()
		case "--prompt":
			var v string
			v, err = value()
			a.prompts = append(a.prompts, v)
		case "--reveal-secrets":
			a.revealSecrets = true
		case "--max-response-size":
			a.maxResponseSize, err = sizeVal()
		case "--max-upload-size":
			a.maxUploadSize, err = sizeVal()
		case "--retry":
			a.retry.Max, err = intVal()
			if err == nil && a.retry.Max > runner.MaxRetries {
				err = usagef("option --retry: at most %d retries", runner.MaxRetries)
			}
		case "--retry-on":
			var v string
			if v, err = value(); err == nil {
				if a.retry.On, err = runner.ParseStatusSet(v); err != nil {
					err = usagef("option --retry-on: %v", err)
				}
			}
		case "--retry-methods":
			var v string
			if v, err = value(); err == nil {
				if a.retry.Methods, err = runner.ParseRetryMethods(v); err != nil {
					err = usagef("option --retry-methods: %v", err)
				}
			}
		case "--retry-delay":
			a.retry.Delay, err = msVal()
		case "--retry-max-delay":
			a.retry.MaxDelay, err = msVal()
			if err == nil && a.retry.MaxDelay == 0 {
				err = usagef("option --retry-max-delay: must be at least 1 (ms)")
			}
		default:
			if strings.HasPrefix(name, "--reporter-") {
				opt := strings.TrimPrefix(name, "--reporter-")
				key := opt
				if r, rest, ok := strings.Cut(opt, "-"); ok && isReporterName(r) {
					key = r + "." + rest
				}
				last := key[strings.LastIndex(key, ".")+1:]
				switch {
				case hasInline:
					a.reporterOpts[key] = inline
				case boolReporterOpt(last):
					a.reporterOpts[key] = "true"
				case i+1 < len(args) && !strings.HasPrefix(args[i+1], "-"):
					i++
					a.reporterOpts[key] = args[i]
				default:
					a.reporterOpts[key] = "true"
				}
				continue
			}
			return nil, usagef("unknown option %s (see courier run --help)", name)
		}
		if err != nil {
			return nil, err
		}
	}
	switch len(positional) {
	case 0:
		return nil, usagef("missing the collection: courier run <collection.json|URL> [options]")
	case 1:
		a.collection = positional[0]
	default:
		return nil, usagef("unexpected argument %q: courier run takes one collection", positional[1])
	}
	if len(a.reporters) == 0 {
		a.reporters = []string{"cli"}
	}
	return a, nil
}

var reporterNames = []string{"cli", "json", "junit", "html", "htmlextra", "progress", "emojitrain", "github"}

func isReporterName(s string) bool {
	for _, r := range reporterNames {
		if r == s {
			return true
		}
	}
	return false
}

// reporterOpt returns --reporter-<name>-<opt> or, failing that, --reporter-<opt>.
func (a *runArgs) reporterOpt(name, opt string) (string, bool) {
	if v, ok := a.reporterOpts[name+"."+opt]; ok {
		return v, true
	}
	v, ok := a.reporterOpts[opt]
	return v, ok
}

func (a *runArgs) reporterFlag(name, opt string) bool {
	v, ok := a.reporterOpt(name, opt)
	return ok && v != "false"
}
