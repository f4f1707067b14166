package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateHelp = flag.Bool("update-help", false, "rewrite testdata/run-help.golden")

// TestRunHelpGolden: `courier run --help` is generated from the option table
// and the reporter registry; this pins what it prints.
func TestRunHelpGolden(t *testing.T) {
	r := courier(t, "", "run", "--help")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	path := filepath.Join("testdata", "run-help.golden")
	if *updateHelp {
		if err := os.WriteFile(path, []byte(r.stdout), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if r.stdout != string(want) {
		t.Errorf("courier run --help differs from %s (go test ./cmd/courier -run TestRunHelpGolden -update-help, and review the diff):%s",
			path, lineDiff(strings.Split(string(want), "\n"), strings.Split(r.stdout, "\n")))
	}
	// every option of the table is in the help, and every option the help
	// shows is accepted
	for _, f := range runFlags {
		for _, n := range f.names {
			if !f.hidden && !strings.Contains(r.stdout, n) {
				t.Errorf("the help does not mention %s", n)
			}
		}
	}
	for _, line := range strings.Split(r.stdout, "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 || !strings.HasPrefix(fields[0], "--reporter-") || strings.Contains(fields[0], "<") {
			continue
		}
		if _, err := parseRunArgs([]string{"c.json", fields[0] + "=x"}); err != nil {
			t.Errorf("the help shows %s, but: %v", fields[0], err)
		}
	}
}

func TestReporterOptions(t *testing.T) {
	srv := echoServer(t)
	coll := collectionFile(t, `"item":[{"name":"a","request":"`+srv.URL+`/a",
		"event":[{"listen":"test","script":{"exec":"pm.test('ok', function () {});"}}]}]`)
	dir := t.TempDir()
	html := filepath.Join(dir, "r.html")

	// unknown options: one line, exit 2, naming the option and the reporter
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--reporter-htmlextra-darkThem"}, `unknown option --reporter-htmlextra-darkThem: the htmlextra reporter has no option "darkThem"`},
		{[]string{"--reporter-cli-no-sumary"}, `unknown option --reporter-cli-no-sumary: the cli reporter has no option "no-sumary"`},
		{[]string{"--reporter-json-exprot", "x.json"}, `the json reporter has no option "exprot"`},
		{[]string{"--reporter-frobnicate"}, `unknown option --reporter-frobnicate: no reporter takes "frobnicate"`},
		// options that keep data out of newman-reporter-htmlextra's report are refused
		{[]string{"-r", "htmlextra", "--reporter-htmlextra-skipSensitiveData"}, "option --reporter-htmlextra-skipSensitiveData: courier's htmlextra report cannot leave out what it asks to; use --reporter-htmlextra-omitBodies --reporter-htmlextra-omitHeaders"},
		{[]string{"-r", "htmlextra", "--reporter-htmlextra-omitResponseBodies"}, "use --reporter-htmlextra-omitBodies"},
		{[]string{"-r", "htmlextra", "--reporter-skipHeaders", "Authorization"}, "use --reporter-htmlextra-omitHeaders"},
	} {
		r := courier(t, "", append([]string{"run", coll}, tt.args...)...)
		if r.code != 2 || !strings.Contains(r.stderr, tt.want) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and one line with %q", tt.args, r.code, r.stderr, tt.want)
		}
	}

	// options of newman-reporter-htmlextra that only change its look are
	// taken with one warning naming them; Newman's camelCase spellings of
	// courier's options work (as Newman reads them)
	r := courier(t, "", "run", coll, "-r", "cli,htmlextra", "--reporter-htmlextra-export", html,
		"--reporter-htmlextra-darkTheme", "--reporter-htmlextra-browserTitle", "My run", "--reporter-htmlextra-omitBodies",
		"--reporter-cli-noSummary", "--reporter-htmlextra-title", "T1")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	want := "courier: warning: the htmlextra reporter ignores --reporter-htmlextra-browserTitle, --reporter-htmlextra-darkTheme: they change only the look of newman-reporter-htmlextra's report, and courier's report is its own\n"
	if r.stderr != want {
		t.Errorf("stderr %q, want %q", r.stderr, want)
	}
	if strings.Contains(r.stdout, "┌") {
		t.Errorf("--reporter-cli-noSummary did not turn the summary off:\n%s", r.stdout)
	}
	page, err := os.ReadFile(html)
	if err != nil || !strings.Contains(string(page), "<title>T1</title>") {
		t.Errorf("html report (%v) lacks its title", err)
	}
	// --silent silences the warning; a bare boolean option does not eat the collection
	if r := courier(t, "", "run", "--reporter-htmlextra-darkTheme", coll, "-r", "htmlextra", "--reporter-htmlextra-export", html, "--silent"); r.code != 0 || r.stderr != "" {
		t.Errorf("--silent: exit %d, stderr %q", r.code, r.stderr)
	}
	// the options of a reporter that is not selected are checked but not used
	if r := courier(t, "", "run", coll, "--reporter-htmlextra-skipSensitiveData", "--reporter-cli-no-summary", "false"); r.code != 0 || !strings.Contains(r.stdout, "┌") {
		t.Errorf("exit %d, stderr %q, stdout:\n%s", r.code, r.stderr, r.stdout)
	}
}

func TestTAPReporterEndToEnd(t *testing.T) {
	srv := echoServer(t)
	coll := collectionFile(t, `"item":[{"name":"a","request":"`+srv.URL+`/a",
		"event":[{"listen":"test","script":{"exec":"pm.test('passes', function () {}); pm.test('fails', function () { pm.expect(1).to.equal(2); });"}}]}]`)
	r := courier(t, "", "run", coll, "-r", "tap")
	if r.code != 1 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	want := "TAP version 13\n# CLI test\nok 1 - a: passes\nnot ok 2 - a: fails\n  ---\n  name: \"AssertionError\"\n  message: \"expected 1 to equal 2\"\n  item: \"a\"\n  iteration: 1\n  ...\n1..2\n"
	if r.stdout != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", r.stdout, want)
	}
	if r := courier(t, "", "run", coll, "-r", "tap", "--silent"); r.stdout != "" {
		t.Errorf("--silent: %q", r.stdout)
	}
}
