package main

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// Every key path of Newman's json report (recorded by record.sh as
// NAME.keypaths.json, arrays collapsed to []) must be in courier's report
// of the same run, so tools that read Newman's report find what they read.
// keyPathExceptions lists the deliberate gaps, each with its reason.
var keyPathExceptions = []struct {
	run     string // "" for every run
	pattern *regexp.Regexp
	reason  string
}{
	{"", regexp.MustCompile(`\._lastExecutionId$`), "postman-runtime's internal mark of a script's last run (its source says not to use it)"},
	{"", regexp.MustCompile(`^\.run\.executions\[\]\.cursor\.(scriptId|execution)$`),
		"only on the executions Newman makes for pm.sendRequest calls, which courier does not report (knownDifferences sandbox/#executions)"},
	{"", regexp.MustCompile(`^\.error(\.|$)`),
		"Newman's summary.error, which reaches its report when postman-runtime ends the run a second time, with an error (a script timeout); courier reports run errors in run.error"},
	{"", regexp.MustCompile(`^\.run\.executions\[\]\.request\.auth\.\w+\[\]\.system$`),
		"postman-runtime's own auth state (digest nonceCount, clientNonce) added to the executed request's auth; courier keeps that state to itself"},
	{"", regexp.MustCompile(`^\.collection(\.item\[\])+\.auth\.\w+\[\]\.system$`),
		"the same auth state (digest nonce, realm, nonceCount) synced back into the collection's own auth definitions; courier keeps it to itself"},
	{"lenient-bodies", regexp.MustCompile(`^\.run\.executions\[\]\.request\.body\.(raw\.|formdata\[\]\.value[.\[]|urlencoded\[\]\.value\.|graphql\.variables\.)`),
		"a raw body, form value or GraphQL variables given as a JSON object or array: the executed request shows the text courier sent, Newman's the object"},
	{"script-async.bail-folder", regexp.MustCompile(`^\.run\.(executions\[\]\.testScript\[\]|failures\[\])\.error\.(stack$|stacktrace\[\]\.)`),
		"under --bail folder postman-runtime rebuilds a script's asynchronous error as a new Error of its own, whose stack and frames are postman-runtime's code; courier does not make them up"},
	{"lenient-headers", regexp.MustCompile(`^\.run\.executions\[\]\.request\.header\[\]\.value\.`),
		"a header value given as a JSON object: the executed request shows the text courier sent, Newman's the object"},
}

// keyPaths is the set of key paths of a JSON document, as record.sh's
// keypaths.js computes it: "." for the root object, ".a.b" for members,
// "[]" for arrays (their members under "p[]").
func keyPaths(data []byte) (map[string]bool, error) {
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	out := map[string]bool{}
	var walk func(v any, p string)
	walk = func(v any, p string) {
		switch t := v.(type) {
		case []any:
			out[p+"[]"] = true
			for _, e := range t {
				walk(e, p+"[]")
			}
		case map[string]any:
			if p == "" {
				out["."] = true
			} else {
				out[p] = true
			}
			for k, e := range t {
				walk(e, p+"."+k)
			}
		default:
			out[p] = true
		}
	}
	walk(doc, "")
	return out, nil
}

// missingKeyPaths are Newman's key paths that courier's report lacks, less
// the exceptions.
func missingKeyPaths(run string, newman []string, courier map[string]bool) []string {
	var missing []string
	for _, p := range newman {
		if courier[p] {
			continue
		}
		excepted := false
		for _, e := range keyPathExceptions {
			if (e.run == "" || e.run == run) && e.pattern.MatchString(p) {
				excepted = true
				break
			}
		}
		if !excepted {
			missing = append(missing, p)
		}
	}
	sort.Strings(missing)
	return missing
}

// checkKeyPaths holds courier's report of run name to Newman's key paths.
func checkKeyPaths(t *testing.T, name string, report []byte) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(differentialDir, name+".keypaths.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	var newman []string
	if err := json.Unmarshal(raw, &newman); err != nil {
		t.Fatalf("%s.keypaths.json: %v", name, err)
	}
	courier, err := keyPaths(report)
	if err != nil {
		t.Fatalf("courier's report: %v", err)
	}
	if missing := missingKeyPaths(name, newman, courier); len(missing) > 0 {
		t.Errorf("courier's json report lacks %d of Newman's key paths:\n\t%s", len(missing), strings.Join(missing, "\n\t"))
	}
}

func TestKeyPaths(t *testing.T) {
	got, err := keyPaths([]byte(`{"a": {"b": [1, {"c": null}], "d": []}, "e": "x"}`))
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	want := ". .a .a.b[] .a.b[].c .a.d[] .e"
	if strings.Join(keys, " ") != want {
		t.Errorf("keyPaths = %q, want %q", strings.Join(keys, " "), want)
	}
	missing := missingKeyPaths("any", []string{".a", ".x", ".y._lastExecutionId", ".run.failures[].source.request.header[].key"}, got)
	if strings.Join(missing, " ") != ".run.failures[].source.request.header[].key .x" {
		t.Errorf("missing = %q, want .x and the header key (an exception for the urls run only)", missing)
	}
}

var (
	junitTimes     = regexp.MustCompile(`(time|timestamp)="[^"]*"`)
	nodeStackFrame = regexp.MustCompile(`(?m)^    at .*\n`)
)

// normaliseJUnit makes two junit reports of the same run comparable: times
// and timestamps differ from run to run, and Node's stack frames (request
// errors, --bail's AssertionFailure) name places in Node and postman-runtime.
func normaliseJUnit(s string) string {
	s = junitTimes.ReplaceAllString(s, `$1="…"`)
	return nodeStackFrame.ReplaceAllString(s, "")
}

var (
	ansiEscape   = regexp.MustCompile("\x1b\\[[0-9;]*m")
	responseLine = regexp.MustCompile(`\[(\d+ [^,\]]*, [^,\]]*), [^\]]*\]`)
	dataReceived = regexp.MustCompile(`total data received: [^ ]* \(approx\)`)
	loopbackPort = regexp.MustCompile(`http://127\.0\.0\.1:\d+`)
)

// normaliseCLI keeps the part of a cli report that two runs of the same
// collection share: the per-request lines (console boxes, assertions,
// errors, response sizes) without the banner, the response times, the
// servers' ports, colours, of the summary table only the total data
// received, and the failure table's words (its columns are as wide as what
// they hold, ports included).
func normaliseCLI(s string) string {
	s = ansiEscape.ReplaceAllString(s, "")
	if i := strings.Index(s, "\n┌─"); i >= 0 {
		tables := s[i:]
		s = s[:i] + "\n" + dataReceived.FindString(tables)
		if j := strings.Index(tables, "\n└"); j >= 0 {
			_, failures, _ := strings.Cut(tables[j+1:], "\n")
			for _, line := range strings.Split(loopbackPort.ReplaceAllString(failures, "http://127.0.0.1:…"), "\n") {
				if f := strings.Fields(line); len(f) > 0 {
					s += "\n" + strings.Join(f, " ")
				}
			}
		}
	}
	if _, rest, ok := strings.Cut(s, "\n"); ok {
		s = rest // the banner: newman / courier
	}
	s = responseLine.ReplaceAllString(s, "[$1, …]")
	return loopbackPort.ReplaceAllString(s, "http://127.0.0.1:…")
}

// runErrorLines are the "error: …" lines of a run's stderr (the error that
// ended the run, as Newman's command prints it) with the blank line after each.
func runErrorLines(stderr string) string {
	var out []string
	lines := strings.Split(loopbackPort.ReplaceAllString(stderr, "http://127.0.0.1:…"), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "error: ") {
			out = append(out, l)
			if i+1 < len(lines) && lines[i+1] == "" {
				out = append(out, "")
			}
		}
	}
	return strings.Join(out, "\n")
}

// checkItemIDs holds courier's json report to what Newman's always shows:
// every item of the collection has an id (generated when the file has
// none) and every execution's item is one of them.
func checkItemIDs(t *testing.T, report []byte) {
	t.Helper()
	type item struct {
		ID   string          `json:"id"`
		Item json.RawMessage `json:"item"`
	}
	var doc struct {
		Collection struct {
			Item json.RawMessage `json:"item"`
		} `json:"collection"`
		Run struct {
			Executions []struct {
				Item item `json:"item"`
			} `json:"executions"`
		} `json:"run"`
	}
	if err := json.Unmarshal(report, &doc); err != nil {
		t.Fatalf("courier's report: %v", err)
	}
	ids := map[string]bool{}
	var walk func(raw json.RawMessage, path string)
	walk = func(raw json.RawMessage, path string) {
		var items []item
		if len(raw) == 0 || json.Unmarshal(raw, &items) != nil {
			return
		}
		for i, it := range items {
			p := path + "[" + strconv.Itoa(i) + "]"
			if it.ID == "" {
				t.Errorf("collection.%s has no id", p)
			}
			ids[it.ID] = true
			walk(it.Item, p+".item")
		}
	}
	walk(doc.Collection.Item, "item")
	for i, x := range doc.Run.Executions {
		if !ids[x.Item.ID] {
			t.Errorf("run.executions[%d].item.id %q is not an item of the collection", i, x.Item.ID)
		}
	}
}
