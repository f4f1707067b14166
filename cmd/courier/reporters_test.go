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
		// options that keep data out of newman-reporter-htmlextra's report
		// and that courier's report does not honour are refused
		{[]string{"-r", "htmlextra", "--reporter-htmlextra-skipFolders", "Users"}, "option --reporter-htmlextra-skipFolders: courier's htmlextra report cannot leave out what it asks to; courier's report lists every request"},
		{[]string{"-r", "htmlextra", "--reporter-skipRequests", "a"}, "option --reporter-htmlextra-skipRequests: courier's htmlextra report cannot leave out what it asks to"},
		// a time zone that does not exist
		{[]string{"-r", "htmlextra", "--reporter-htmlextra-timezone", "Mars/Olympus"}, `option --reporter-htmlextra-timezone: unknown time zone "Mars/Olympus"`},
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
		"--reporter-htmlextra-testPaging", "--reporter-htmlextra-logs", "--reporter-htmlextra-omitBodies",
		"--reporter-cli-noSummary", "--reporter-htmlextra-title", "T1")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	want := "courier: warning: the htmlextra reporter ignores --reporter-htmlextra-logs, --reporter-htmlextra-testPaging: they change only the look of newman-reporter-htmlextra's report, and courier's report is its own\n"
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
	if r := courier(t, "", "run", "--reporter-htmlextra-testPaging", coll, "-r", "htmlextra", "--reporter-htmlextra-export", html, "--silent"); r.code != 0 || r.stderr != "" {
		t.Errorf("--silent: exit %d, stderr %q", r.code, r.stderr)
	}
	// the options of a reporter that is not selected are checked but not used
	if r := courier(t, "", "run", coll, "--reporter-htmlextra-skipFolders", "x", "--reporter-cli-no-summary", "false"); r.code != 0 || !strings.Contains(r.stdout, "┌") {
		t.Errorf("exit %d, stderr %q, stdout:\n%s", r.code, r.stderr, r.stdout)
	}
}

// TestHTMLExtraOptionsEndToEnd: newman-reporter-htmlextra's options that
// map onto courier's html report do what they do there.
func TestHTMLExtraOptionsEndToEnd(t *testing.T) {
	srv := echoServer(t)
	coll := collectionFile(t, `"item":[{"name":"post","request":{"method":"POST","url":"{{baseUrl}}/p",
		"header":[{"key":"X-Api-Key","value":"{{apiKey}}"},{"key":"X-Trace","value":"trace-77"}],
		"body":{"mode":"raw","raw":"request-body-marker"}},
		"event":[{"listen":"test","script":{"exec":"pm.test('fails', function () { pm.expect(1).to.equal(2); });"}}]},
		{"name":"get","request":"{{baseUrl}}/g"}]`)
	dir := t.TempDir()
	env := filepath.Join(dir, "env.json")
	if err := os.WriteFile(env, []byte(`{"name":"stage","values":[{"key":"baseUrl","value":"`+srv.URL+`"},
		{"key":"apiKey","value":"k-123-secret","type":"secret"},{"key":"quiet","value":"hidden-var-value"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	html := filepath.Join(dir, "r.html")
	r := courier(t, "", "run", coll, "-e", env, "-r", "htmlextra", "--reporter-htmlextra-export", html,
		"--reporter-htmlextra-title", "Heading", "--reporter-htmlextra-browserTitle", "Tab",
		"--reporter-htmlextra-darkTheme", "--reporter-htmlextra-showOnlyFails",
		"--reporter-htmlextra-omitRequestBodies", "--reporter-htmlextra-skipHeaders", "x-trace",
		"--reporter-htmlextra-showEnvironmentData", "--reporter-htmlextra-skipEnvironmentVars", "quiet",
		"--reporter-htmlextra-timezone", "Asia/Tokyo", "--reporter-htmlextra-logs", "--reporter-htmlextra-testPaging")
	if r.code != 1 {
		t.Fatalf("exit %d (want 1: an assertion fails): %s", r.code, r.stderr)
	}
	if n := strings.Count(r.stderr, "warning"); n != 1 || !strings.Contains(r.stderr, "ignores --reporter-htmlextra-logs, --reporter-htmlextra-testPaging:") {
		t.Errorf("want one warning naming logs and testPaging, got %q", r.stderr)
	}
	b, err := os.ReadFile(html)
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, want := range []string{
		"<title>Tab</title>", `<h1 id="title">Heading `, `<html lang="en" class="dark">`,
		`<h2>Failed requests (<span id="shown">1</span> of 1)</h2>`, `<span class="name">post</span>`,
		`<td>X-Api-Key</td>`, `<section id="environment"`, `<td>baseUrl</td>`, `<td>apiKey</td>`,
		" JST (&#43;09:00)", "<h3>Response body</h3>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, bad := range []string{"request-body-marker", "<h3>Request body</h3>", "trace-77", "X-Trace",
		"k-123-secret", "hidden-var-value", `<span class="name">get</span>`, " UTC"} {
		if strings.Contains(page, bad) {
			t.Errorf("report contains %q", bad)
		}
	}

	// skipSensitiveData leaves headers and bodies out
	r = courier(t, "", "run", coll, "-e", env, "-r", "htmlextra", "--reporter-htmlextra-export", html, "--reporter-htmlextra-skipSensitiveData")
	if r.code != 1 || r.stderr != "" {
		t.Fatalf("skipSensitiveData: exit %d, stderr %q", r.code, r.stderr)
	}
	b, _ = os.ReadFile(html)
	for _, bad := range []string{"<h3>Request headers</h3>", "<h3>Request body</h3>", "<h3>Response body</h3>", "X-Api-Key", "request-body-marker", `<section id="environment"`} {
		if strings.Contains(string(b), bad) {
			t.Errorf("skipSensitiveData: report contains %q", bad)
		}
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
