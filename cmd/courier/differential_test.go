package main

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections/diff"
	"github.com/courier-run/courier/internal/testserver"
)

// The differential suite: every testdata/newman/NAME.expected.json was recorded
// from Newman 6.2.2 by testdata/newman/record.sh against internal/testserver.
// Here courier runs the same collection with the same arguments against the
// same server, its json report is reduced to the same shape, and the two must
// agree on the exit code, the counts, which items ran in which order, and each
// assertion's name, status and message.

// knownDifferences lists where courier does not yet behave like Newman 6.2.2,
// keyed "collection/item/assertion" (collection is the expectation's NAME).
// Differences that are not one assertion use "#exitCode", "#stats" or
// "#executions" in place of item/assertion, or "item/#scriptErrors". A key
// ending in "*" matches every key that starts with the rest: assertion names
// here often show the value the server received, which is what differs.
// Every entry must still differ: once courier is fixed the test fails until
// the entry is removed.
var knownDifferences = map[string]string{
	// variables
	"variables/#stats": "follows from the assertions below",
	"variables/unresolved and disabled/raw query as sent: *":                                 "Newman resolves a disabled environment-file variable ({{env_disabled}} -> nope); courier leaves it unresolved",
	"variables/unresolved and disabled/disabled environment variable is still used (Newman)": "same: disabled environment-file variables are used by Newman",
	"variables/environment api/disabled environment variable: *":                             "pm.environment.get/has see a disabled environment-file variable in Newman, not in courier",
	"variables/environment api/environment toObject: *":                                      "pm.environment.toObject() includes disabled variables in Newman",
	"variables/collection variables api/collection toObject: *":                              "pm.collectionVariables.toObject() includes disabled variables in Newman (get() still returns undefined)",
	"variables/local scope/pm.variables keys: *":                                             "pm.variables.toObject() includes disabled collection and environment variables in Newman",

	// requests

	// flow

	// cookies and auth, with and without --ignore-redirects
	"cookies-auth/#stats": "follows from the assertions below",
	"cookies-auth/set cookies/pm.response.cookies count: *":                  "Newman's pm.response.cookies is empty even with Set-Cookie; courier fills it",
	"cookies-auth.ignore-redirects/#stats":                                   "follows from the assertions below",
	"cookies-auth.ignore-redirects/set cookies/pm.response.cookies count: *": "as in cookies-auth",

	// auth-retry
	"auth-retry/#executions":     "Newman's json report lists an item again for each digest/NTLM replay (the same execution pushed twice); courier lists it once and counts every request (stats, cli)",
	"integ-inherit/#executions":  "as auth-retry/#executions: the folder's digest auth answers a challenge",
	"integ-protocol/#executions": "as auth-retry/#executions: digest with a challenge",

	// sandbox
	"sandbox/#executions":                       "deliberate: Newman's json reporter pushes the item's one execution object again for each pm.sendRequest, the side request's request, response and id written over the item's in every copy; courier lists each item once, with its own request (stats, cli and failures count every pm.sendRequest, as Newman's do)",
	"sandbox/errors inside tests/read of null":  "goja says \"of undefined\" where V8 says \"Cannot read properties of null (reading 'y')\"",
	"sandbox/errors inside tests/nested read":   "same as read of null",
	"sandbox/scope leak B/typeof globalThis: *": "globalThis exists in courier's sandbox; Newman's has none",

	// urls
	"urls-sendrequest/#executions": "as sandbox/#executions: Newman's json report repeats an item's execution for each pm.sendRequest",

	// sendrequest (recorded with its cli output, which agrees)
	"sendrequest/#executions":        "as sandbox/#executions: Newman's json report repeats an item's execution for each pm.sendRequest",
	"sendrequest-queued/#executions": "as sandbox/#executions (a skipped item gets one only through its pm.sendRequest)",
	"slow-interval/#executions":      "as sandbox/#executions: Newman's json report repeats an item's execution for each pm.sendRequest",
}

// knownKey returns the knownDifferences entry that covers key, if any.
func knownKey(key string) (string, bool) {
	if _, ok := knownDifferences[key]; ok {
		return key, true
	}
	for k := range knownDifferences {
		if prefix, ok := strings.CutSuffix(k, "*"); ok && strings.HasPrefix(key, prefix) {
			return k, true
		}
	}
	return "", false
}

const differentialDir = "../../testdata/newman"

// expectation is one NAME.expected.json.
type expectation struct {
	Command  []string `json:"command"`
	ExitCode int      `json:"exitCode"`
	// NewmanWroteNoReport: the run ended with an error (--bail folder) and
	// Newman wrote no report; courier writes one, with run.error set
	NewmanWroteNoReport bool                 `json:"newmanWroteNoReport,omitempty"`
	Stats               map[string]countPair `json:"stats"`
	Executions          []expectedExecution  `json:"executions"`
}

type countPair struct {
	Total  int `json:"total"`
	Failed int `json:"failed"`
}

type expectedExecution struct {
	Item         string              `json:"item"`
	Iteration    int                 `json:"iteration"`
	Assertions   []expectedAssertion `json:"assertions"`
	ScriptErrors []scriptError       `json:"scriptErrors,omitempty"`
}

type expectedAssertion struct {
	Name    string `json:"name"`
	Status  string `json:"status"`
	Message string `json:"message"`
}

type scriptError struct {
	Event   string `json:"event"`
	Name    string `json:"name"`
	Message string `json:"message"`
}

// pathFlags are the Newman options whose value is a file or folder, relative
// to testdata/newman when recorded.
var pathFlags = map[string]bool{
	"-e": true, "--environment": true, "-g": true, "--globals": true,
	"-d": true, "--iteration-data": true, "--working-dir": true, "--cookie-jar": true,
}

// reduceReport turns a Newman-shaped json report into the expectation shape,
// the same way record.sh's node script does. The report is read by
// diff.ParseRun, the reader of `courier diff --runs`.
func reduceReport(data []byte, exitCode int, command []string) (*expectation, error) {
	run, err := diff.ParseRun("report.json", data)
	if err != nil {
		return nil, err
	}
	return reduceRun(run, exitCode, command), nil
}

// reduceRun is reduceReport on a report already read.
func reduceRun(run *diff.Run, exitCode int, command []string) *expectation {
	e := &expectation{Command: command, ExitCode: exitCode, Stats: map[string]countPair{}}
	for _, k := range []string{"requests", "assertions", "testScripts", "prerequestScripts"} {
		e.Stats[k] = countPair(run.Stats[k])
	}
	e.Executions = []expectedExecution{}
	for _, x := range run.Executions {
		ex := expectedExecution{Item: x.Name, Iteration: x.Iteration, Assertions: []expectedAssertion{}}
		for _, a := range x.Assertions {
			ea := expectedAssertion{Name: a.Name, Status: "pass"}
			switch {
			case a.Skipped:
				ea.Status = "skip"
			case a.Failed:
				ea.Status = "fail"
				ea.Message = a.Message
			}
			ex.Assertions = append(ex.Assertions, ea)
		}
		for _, se := range x.ScriptErrors {
			ex.ScriptErrors = append(ex.ScriptErrors, scriptError(se))
		}
		e.Executions = append(e.Executions, ex)
	}
	return e
}

// difference is one place where courier and Newman disagree.
type difference struct {
	key    string // knownDifferences key
	detail string
}

func fmtAssertion(a *expectedAssertion) string {
	if a == nil {
		return "(none)"
	}
	if a.Message == "" {
		return fmt.Sprintf("%s %q", a.Status, a.Name)
	}
	return fmt.Sprintf("%s %q: %s", a.Status, a.Name, a.Message)
}

// compareRuns lists the differences between Newman's expectation and courier's run.
func compareRuns(name string, want, got *expectation) []difference {
	var diffs []difference
	add := func(key, format string, args ...any) {
		diffs = append(diffs, difference{name + "/" + key, fmt.Sprintf(format, args...)})
	}
	if want.ExitCode != got.ExitCode {
		add("#exitCode", "exit code: newman %d, courier %d", want.ExitCode, got.ExitCode)
	}
	var statDiffs []string
	for _, k := range []string{"requests", "assertions", "testScripts", "prerequestScripts"} {
		if want.Stats[k] != got.Stats[k] {
			statDiffs = append(statDiffs, fmt.Sprintf("%s: newman %+v, courier %+v", k, want.Stats[k], got.Stats[k]))
		}
	}
	if len(statDiffs) > 0 {
		add("#stats", "stats differ:\n\t\t%s", strings.Join(statDiffs, "\n\t\t"))
	}

	// Executions are matched by (item, iteration, occurrence).
	type execKey struct {
		item      string
		iteration int
		n         int
	}
	index := func(xs []expectedExecution) (map[execKey]*expectedExecution, []execKey) {
		m := map[execKey]*expectedExecution{}
		var order []execKey
		seen := map[[2]any]int{}
		for i := range xs {
			x := &xs[i]
			id := [2]any{x.Item, x.Iteration}
			k := execKey{x.Item, x.Iteration, seen[id]}
			seen[id]++
			m[k] = x
			order = append(order, k)
		}
		return m, order
	}
	wm, worder := index(want.Executions)
	gm, gorder := index(got.Executions)
	lines := func(order []execKey) []string {
		out := make([]string, len(order))
		for i, k := range order {
			out[i] = fmt.Sprintf("[iteration %d] %s", k.iteration, k.item)
		}
		return out
	}
	if wl, gl := lines(worder), lines(gorder); strings.Join(wl, "\n") != strings.Join(gl, "\n") {
		add("#executions", "executed items differ (- newman only, + courier only):%s", lineDiff(wl, gl))
	}
	for _, k := range worder {
		w := wm[k]
		g, ok := gm[k]
		if !ok {
			continue // reported by #executions
		}
		where := fmt.Sprintf("%s (iteration %d)", k.item, k.iteration)
		for _, p := range pairAssertions(w.Assertions, g.Assertions) {
			wa, ga := p[0], p[1]
			if wa != nil && ga != nil && *wa == *ga {
				continue
			}
			label := ""
			if wa != nil {
				label = wa.Name
			} else {
				label = ga.Name
			}
			add(k.item+"/"+label, "%s:\n\tnewman:  %s\n\tcourier: %s", where, fmtAssertion(wa), fmtAssertion(ga))
		}
		if fmt.Sprint(w.ScriptErrors) != fmt.Sprint(g.ScriptErrors) {
			add(k.item+"/#scriptErrors", "%s, script errors:\n\tnewman:  %+v\n\tcourier: %+v", where, w.ScriptErrors, g.ScriptErrors)
		}
	}
	return diffs
}

// pairAssertions lines up Newman's assertions with courier's: by position
// when there are as many on both sides (names may differ by a value they
// show), otherwise by name (longest common subsequence), leaving a nil on the
// side that lacks one.
func pairAssertions(w, g []expectedAssertion) [][2]*expectedAssertion {
	var out [][2]*expectedAssertion
	if len(w) == len(g) {
		for i := range w {
			out = append(out, [2]*expectedAssertion{&w[i], &g[i]})
		}
		return out
	}
	lcs := make([][]int, len(w)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(g)+1)
	}
	for i := len(w) - 1; i >= 0; i-- {
		for j := len(g) - 1; j >= 0; j-- {
			if w[i].Name == g[j].Name {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(w) || j < len(g) {
		switch {
		case i < len(w) && j < len(g) && w[i].Name == g[j].Name:
			out = append(out, [2]*expectedAssertion{&w[i], &g[j]})
			i++
			j++
		case j < len(g) && (i == len(w) || lcs[i][j+1] >= lcs[i+1][j]):
			out = append(out, [2]*expectedAssertion{nil, &g[j]})
			j++
		default:
			out = append(out, [2]*expectedAssertion{&w[i], nil})
			i++
		}
	}
	return out
}

// lineDiff shows b against a, line by line (longest common subsequence):
// "-" lines only in a, "+" lines only in b, common lines indented.
func lineDiff(a, b []string) string {
	// lcs[i][j] is the LCS length of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			fmt.Fprintf(&out, "\n\t    %s", a[i])
			i++
			j++
		case j < len(b) && (i == len(a) || lcs[i][j+1] >= lcs[i+1][j]):
			fmt.Fprintf(&out, "\n\t  + %s", b[j])
			j++
		default:
			fmt.Fprintf(&out, "\n\t  - %s", a[i])
			i++
		}
	}
	return out.String()
}

func TestDifferentialNewman(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(differentialDir, "*.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no expectations in " + differentialDir)
	}
	dir, err := filepath.Abs(differentialDir)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(testserver.New())
	t.Cleanup(srv.Close)
	rawLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rawLn.Close() })
	go testserver.ServeRaw(rawLn)
	rawURL := "http://" + rawLn.Addr().String()

	// Each run reports which knownDifferences it saw.
	type outcome struct {
		name    string
		matched map[string]bool
	}
	results := make(chan outcome, len(files))
	t.Run("runs", func(t *testing.T) {
		for _, file := range files {
			name := strings.TrimSuffix(filepath.Base(file), ".expected.json")
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				matched := map[string]bool{}
				defer func() { results <- outcome{name, matched} }()
				raw, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				var want expectation
				if err := json.Unmarshal(raw, &want); err != nil {
					t.Fatalf("%s: %v", file, err)
				}
				if len(want.Command) < 2 || want.Command[0] != "run" {
					t.Fatalf("%s: command %q does not start with run COLLECTION", file, want.Command)
				}
				args := append([]string(nil), want.Command...)
				args[1] = filepath.Join(dir, args[1])
				for i := 2; i < len(args)-1; i++ {
					if pathFlags[args[i]] {
						i++
						args[i] = filepath.Join(dir, args[i])
					}
				}
				inputs := []string{args[1]}
				for i := 2; i < len(args)-1; i++ {
					if pathFlags[args[i]] {
						inputs = append(inputs, args[i+1])
					}
				}
				exportDir := t.TempDir()
				args = append(args, exportFlags(name, exportDir)...)
				report := filepath.Join(t.TempDir(), "report.json")
				// --reveal-secrets: Newman masks nothing, and assertion names here
				// carry credentials on purpose (what the server received).
				args = append(args, "--env-var", "base="+srv.URL, "--env-var", "raw="+rawURL, "--reporter-json-export", report, "--reveal-secrets")
				newmanJUnit, junitErr := os.ReadFile(filepath.Join(dir, name+".junit.xml"))
				newmanCLI, cliErr := os.ReadFile(filepath.Join(dir, name+".cli.txt"))
				junit := filepath.Join(t.TempDir(), "junit.xml")
				reporters := "json"
				if junitErr == nil {
					reporters += ",junit"
					args = append(args, "--reporter-junit-export", junit, "--reporter-junit-newman-compat")
				}
				if cliErr == nil {
					reporters += ",cli"
				}
				args = append(args, "-r", reporters)
				r := courier(t, "", args...)
				data, err := os.ReadFile(report)
				if err != nil {
					t.Fatalf("courier wrote no json report (exit %d): %v\nstderr:\n%s", r.code, err, r.stderr)
				}
				run, err := diff.ParseRun(report, data)
				if err != nil {
					t.Fatalf("courier's json report: %v", err)
				}
				got := reduceRun(run, r.code, want.Command)
				if aborted := run.Error != nil; aborted != want.NewmanWroteNoReport {
					t.Errorf("run.error %+v: the run should end with an error exactly when Newman's did (newmanWroteNoReport %v)", run.Error, want.NewmanWroteNoReport)
				}
				got.NewmanWroteNoReport = want.NewmanWroteNoReport
				checkKeyPaths(t, name, data)
				checkExports(t, name, exportDir, inputs, srv.URL, rawURL)
				checkRequests(t, name, data, srv.URL, rawURL)
				checkItemIDs(t, data)
				if cliErr == nil {
					if w, g := normaliseCLI(string(newmanCLI)), normaliseCLI(r.stdout); w != g {
						t.Errorf("the cli output differs from Newman's (- newman, + courier):%s", lineDiff(strings.Split(w, "\n"), strings.Split(g, "\n")))
					}
					newmanErr, _ := os.ReadFile(filepath.Join(dir, name+".cli.stderr.txt"))
					if w, g := runErrorLines(string(newmanErr)), runErrorLines(r.stderr); w != g {
						t.Errorf("the run error on stderr differs from Newman's:\n\tnewman:  %q\n\tcourier: %q", w, g)
					}
				}
				if junitErr == nil {
					got, err := os.ReadFile(junit)
					if err != nil {
						t.Fatalf("courier wrote no junit report: %v", err)
					}
					if w, g := normaliseJUnit(string(newmanJUnit)), normaliseJUnit(string(got)); w != g {
						t.Errorf("--reporter-junit-newman-compat differs from Newman's junit report (- newman, + courier):%s", lineDiff(strings.Split(w, "\n"), strings.Split(g, "\n")))
					}
				}
				for _, d := range compareRuns(name, &want, got) {
					if k, known := knownKey(d.key); known {
						matched[k] = true
						continue
					}
					t.Errorf("courier differs from Newman 6.2.2 at %s\n\t%s", d.key, d.detail)
				}
			})
		}
	})
	close(results)
	ran := map[string]bool{}
	seenKnown := map[string]bool{}
	for o := range results {
		ran[o.name] = true
		for k := range o.matched {
			seenKnown[k] = true
		}
	}
	for key, reason := range knownDifferences {
		coll, _, _ := strings.Cut(key, "/")
		if _, err := os.Stat(filepath.Join(differentialDir, coll+".expected.json")); err != nil {
			t.Errorf("knownDifferences[%q]: no expectation named %q", key, coll)
			continue
		}
		if ran[coll] && !seenKnown[key] {
			t.Errorf("knownDifferences[%q] (%s): courier now agrees with Newman; remove the entry", key, reason)
		}
	}
}

// The helpers above decide what counts as a difference; they are tested on
// hand-written reports here.

func TestReduceReport(t *testing.T) {
	report := `{"run": {
	  "stats": {"iterations": {"total": 1, "failed": 0}, "requests": {"total": 2, "failed": 1},
	            "assertions": {"total": 3, "failed": 1}, "testScripts": {"total": 2, "failed": 1},
	            "prerequestScripts": {"total": 0, "failed": 0}},
	  "executions": [
	    {"cursor": {"iteration": 0}, "item": {"name": "a"}, "assertions": [
	      {"assertion": "ok", "skipped": false},
	      {"assertion": "later", "skipped": true},
	      {"assertion": "bad", "skipped": false, "error": {"name": "AssertionError", "message": "expected 1 to equal 2"}}]},
	    {"cursor": {"iteration": 1}, "item": {"name": "b"},
	     "testScript": [{"error": {"name": "TypeError", "message": "x is undefined"}}]}]}}`
	got, err := reduceReport([]byte(report), 1, []string{"run", "c.json"})
	if err != nil {
		t.Fatal(err)
	}
	want := &expectation{
		Command:  []string{"run", "c.json"},
		ExitCode: 1,
		Stats: map[string]countPair{
			"requests": {2, 1}, "assertions": {3, 1}, "testScripts": {2, 1}, "prerequestScripts": {0, 0},
		},
		Executions: []expectedExecution{
			{Item: "a", Iteration: 0, Assertions: []expectedAssertion{
				{"ok", "pass", ""}, {"later", "skip", ""}, {"bad", "fail", "expected 1 to equal 2"}}},
			{Item: "b", Iteration: 1, Assertions: []expectedAssertion{},
				ScriptErrors: []scriptError{{"test", "TypeError", "x is undefined"}}},
		},
	}
	if g, w := jsonString(t, got), jsonString(t, want); g != w {
		t.Errorf("reduced report\n got %s\nwant %s", g, w)
	}
}

func jsonString(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestCompareRuns(t *testing.T) {
	base := func() *expectation {
		return &expectation{
			ExitCode: 1,
			Stats:    map[string]countPair{"requests": {2, 0}, "assertions": {3, 1}},
			Executions: []expectedExecution{
				{Item: "a", Assertions: []expectedAssertion{{"one", "pass", ""}, {"two", "fail", "expected 1 to equal 2"}}},
				{Item: "b", Assertions: []expectedAssertion{{"three", "pass", ""}}},
			},
		}
	}
	tests := []struct {
		name   string
		change func(e *expectation)
		want   []string
	}{
		{"identical", func(*expectation) {}, nil},
		{"exit code", func(e *expectation) { e.ExitCode = 0 }, []string{"c/#exitCode"}},
		{"stats", func(e *expectation) { e.Stats["requests"] = countPair{3, 0} }, []string{"c/#stats"}},
		{"message", func(e *expectation) { e.Executions[0].Assertions[1].Message = "other" }, []string{"c/a/two"}},
		{"status", func(e *expectation) { e.Executions[1].Assertions[0].Status = "fail" }, []string{"c/b/three"}},
		{"renamed at the same place", func(e *expectation) { e.Executions[0].Assertions[0].Name = "uno" }, []string{"c/a/one"}},
		{"missing assertion", func(e *expectation) { e.Executions[0].Assertions = e.Executions[0].Assertions[1:] }, []string{"c/a/one"}},
		{"extra assertion", func(e *expectation) {
			e.Executions[1].Assertions = append(e.Executions[1].Assertions, expectedAssertion{"four", "pass", ""})
		}, []string{"c/b/four"}},
		{"missing execution", func(e *expectation) { e.Executions = e.Executions[:1] }, []string{"c/#executions"}},
		{"script error", func(e *expectation) {
			e.Executions[1].ScriptErrors = []scriptError{{"test", "TypeError", "boom"}}
		}, []string{"c/b/#scriptErrors"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := base()
			tt.change(got)
			var keys []string
			for _, d := range compareRuns("c", base(), got) {
				keys = append(keys, d.key)
			}
			if strings.Join(keys, "|") != strings.Join(tt.want, "|") {
				t.Errorf("differences %q, want %q", keys, tt.want)
			}
		})
	}
}

func TestLineDiff(t *testing.T) {
	got := lineDiff([]string{"a", "b", "c"}, []string{"a", "x", "c", "d"})
	want := "\n\t    a\n\t  + x\n\t  - b\n\t    c\n\t  + d"
	if got != want {
		t.Errorf("lineDiff = %q, want %q", got, want)
	}
}

func TestKnownKey(t *testing.T) {
	tests := []struct {
		key, want string
		ok        bool
	}{
		{"sandbox/#executions", "sandbox/#executions", true},
		{"cookies-auth/set cookies/pm.response.cookies count: 2", "cookies-auth/set cookies/pm.response.cookies count: *", true},
		{"flow/data/other", "", false},
	}
	for _, tt := range tests {
		if got, ok := knownKey(tt.key); got != tt.want || ok != tt.ok {
			t.Errorf("knownKey(%q) = %q, %v; want %q, %v", tt.key, got, ok, tt.want, tt.ok)
		}
	}
}
