package main

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
)

const (
	checkPartner    = "../../examples/contio/partner_postman_collection.json"
	checkPartnerEnv = "../../examples/contio/contio-mock.postman_environment.json"
	checkBroken     = "../../testdata/check/broken.postman_collection.json"
	checkBrokenEnv  = "../../testdata/check/broken.postman_environment.json"
)

// TestCheckExitCodes runs courier check as the CLI: 0 when no finding is at
// or above --fail-on, 1 when one is, 2 for bad input or options.
func TestCheckExitCodes(t *testing.T) {
	notJSON := writeTemp(t, "bad.json", `{"info": {"name": "x"}, "item": [`)
	warnOnly := collectionFile(t, `"item":[{"name":"a","request":"https://x.test/a"}]`) // no test: a warning
	for _, c := range []struct {
		name     string
		args     []string
		code     int
		out, err string
	}{
		{"partner", []string{checkPartner, "-e", checkPartnerEnv}, 0, "no findings", ""},
		{"partner, every level", []string{checkPartner, "--fail-on", "note"}, 0, "no findings", ""},
		{"broken", []string{checkBroken, "-e", checkBrokenEnv}, 1, "script-syntax", ""},
		{"broken, never fail", []string{"--fail-on", "none", checkBroken}, 0, "script-syntax", ""},
		{"a warning", []string{warnOnly}, 0, "no-test", ""},
		{"a warning fails at warning", []string{warnOnly, "--fail-on", "warning"}, 1, "no-test", ""},
		{"a warning fails at note", []string{warnOnly, "--fail-on=note"}, 1, "no-test", ""},
		{"an unknown folder", []string{checkPartner, "--folder", "Nope"}, 1, "unknown-folder", ""},
		{"help", []string{"--help"}, 0, "Usage: courier check", ""},
		{"no collection", []string{}, 2, "", "expected one collection, got 0"},
		{"two collections", []string{checkPartner, checkBroken}, 2, "", "expected one collection, got 2"},
		{"missing file", []string{"nope.json"}, 2, "", "nope.json: cannot read: no such file or directory"},
		{"malformed collection", []string{notJSON}, 2, "", "bad.json:1:"},
		{"malformed environment", []string{checkPartner, "-e", notJSON}, 2, "", "bad.json:1:"},
		{"unknown format", []string{checkPartner, "--format", "xml"}, 2, "", `unknown format "xml"`},
		{"unknown level", []string{checkPartner, "--fail-on", "fatal"}, 2, "", `unknown level "fatal"`},
		{"unknown option", []string{checkPartner, "--nope"}, 2, "", "flag provided but not defined: -nope"},
		{"bad --env-var", []string{checkPartner, "--env-var", "novalue"}, 2, "", "is not of the form key=value"},
		{"explain as sarif", []string{checkPartner, "--explain", "base_url", "--format", "sarif"}, 2, "", "--explain writes text or json"},
		{"explain", []string{checkPartner, "-e", checkPartnerEnv, "--explain", "base_url"}, 0, "← environment", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := courier(t, "", append([]string{"check"}, c.args...)...)
			if r.code != c.code || !strings.Contains(r.stdout, c.out) || !strings.Contains(r.stderr, c.err) {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", r.code, c.code, r.stdout, r.stderr)
			}
			if c.code == 2 && strings.Count(strings.TrimSpace(r.stderr), "\n") > 1 {
				t.Errorf("more than one line of error: %s", r.stderr)
			}
		})
	}
}

// The exit codes are the process's own, and every format is written.
func TestCheckProcessExitCodes(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"check", checkPartner, "-e", checkPartnerEnv, "--format", "sarif"}, 0},
		{[]string{"check", checkBroken, "--format", "github"}, 1},
		{[]string{"check", checkBroken, "--format", "json", "--fail-on", "none"}, 0},
		{[]string{"check", "missing.json"}, 2},
	} {
		cmd, stdout, _ := subprocess(t, c.args...)
		var out strings.Builder
		buf := make([]byte, 32<<10)
		for {
			n, err := stdout.Read(buf)
			out.Write(buf[:n])
			if err != nil {
				break
			}
		}
		err := cmd.Wait()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != c.code {
			t.Errorf("%v: exit %d, want %d", c.args, code, c.code)
		}
		if strings.Contains(strings.Join(c.args, " "), "--format json") && !json.Valid([]byte(out.String())) {
			t.Errorf("%v: not JSON: %s", c.args, out.String())
		}
	}
}

// courier check sends nothing and runs no script: a collection whose
// script never ends and whose server counts requests is checked at once.
func TestCheckSendsNothingAndRunsNoScript(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	coll := collectionFile(t, `"item":[{"name":"a","request":"`+srv.URL+`/a","event":[
	  {"listen":"prerequest","script":{"exec":"while (true) {} pm.sendRequest('`+srv.URL+`/b', function () {});"}},
	  {"listen":"test","script":{"exec":"pm.test('x', function () {});"}}]}]`)
	r := courier(t, "", "check", coll)
	if r.code != 0 || hits.Load() != 0 {
		t.Errorf("exit %d, %d requests\n%s%s", r.code, hits.Load(), r.stdout, r.stderr)
	}
}

// Colours only on a terminal (or --color on), never with NO_COLOR.
func TestCheckColor(t *testing.T) {
	r := courier(t, "", "check", checkBroken, "--color", "on")
	if !strings.Contains(r.stdout, "\x1b[") {
		t.Error("--color on: no colour")
	}
	r = courier(t, "", "check", checkBroken)
	if strings.Contains(r.stdout, "\x1b[") {
		t.Error("colour without a terminal")
	}
}

// The collection and the environment may be URLs, as for courier run; the
// findings then name the URL.
func TestCheckFromURL(t *testing.T) {
	srv := httptest.NewServer(http.FileServer(http.Dir("../../testdata/check")))
	defer srv.Close()
	r := courier(t, "", "check", srv.URL+"/broken.postman_collection.json", "-e", srv.URL+"/broken.postman_environment.json", "--format", "github")
	if r.code != 1 || !strings.Contains(r.stdout, "file="+ghProperty(srv.URL+"/broken.postman_collection.json")+",line=44,col=44,title=courier check script-syntax::") {
		t.Errorf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = courier(t, "", "check", srv.URL+"/missing.json")
	if r.code != 2 || !strings.Contains(r.stderr, "missing.json: cannot read: the server answered 404 Not Found") {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
}

func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", ":", "%3A", ",", "%2C").Replace(s)
}
