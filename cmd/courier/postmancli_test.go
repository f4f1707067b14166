package main

import (
	"encoding/json"
	"net"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/courier-run/courier/internal/testserver"
)

// The Postman CLI differential suite: each testdata/postman-cli/NAME.expected.json
// was recorded from the Postman CLI 1.34.0 by testdata/postman-cli/record.sh, running
// a Postman collection format v3 tree against internal/testserver (and
// examples/contio/partner-v3 against the Contio stand-in). courier runs the same
// tree with the same arguments, and its json report, reduced to the same shape,
// must agree: the requests in order (method, path and query, status), each
// request's assertions (name and outcome), the counts and the exit code.

const postmanCLIDir = "../../testdata/postman-cli"

type cliExpectation struct {
	Command    []string       `json:"command"`
	ExitCode   int            `json:"exitCode"`
	Stats      map[string]int `json:"stats"`
	Executions []cliExecution `json:"executions"`
}

type cliExecution struct {
	Item       string         `json:"item"`
	Request    string         `json:"request"`
	Code       int            `json:"code"`
	Assertions []cliAssertion `json:"assertions"`
}

type cliAssertion struct {
	Name   string `json:"name"`
	Status string `json:"status"`
}

// reduceForCLI reduces courier's json report to the recorded shape.
func reduceForCLI(t *testing.T, report string, code int) cliExpectation {
	t.Helper()
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Run struct {
			Stats      map[string]struct{ Total, Failed int } `json:"stats"`
			Executions []struct {
				Item    struct{ Name string } `json:"item"`
				Request struct {
					Method string          `json:"method"`
					URL    json.RawMessage `json:"url"`
				} `json:"request"`
				Response *struct {
					Code int `json:"code"`
				} `json:"response"`
				Assertions []struct {
					Assertion string          `json:"assertion"`
					Skipped   bool            `json:"skipped"`
					Error     json.RawMessage `json:"error"`
				} `json:"assertions"`
			} `json:"executions"`
		} `json:"run"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	out := cliExpectation{ExitCode: code, Stats: map[string]int{
		"requests":         rep.Run.Stats["requests"].Total,
		"assertions":       rep.Run.Stats["assertions"].Total,
		"failedAssertions": rep.Run.Stats["assertions"].Failed,
	}}
	for _, ex := range rep.Run.Executions {
		e := cliExecution{Item: ex.Item.Name, Request: ex.Request.Method + " " + requestTarget(t, ex.Request.URL)}
		if ex.Response != nil {
			e.Code = ex.Response.Code
		}
		for _, a := range ex.Assertions {
			status := "pass"
			switch {
			case a.Skipped:
				status = "skip"
			case len(a.Error) > 0 && string(a.Error) != "null":
				status = "fail"
			}
			e.Assertions = append(e.Assertions, cliAssertion{a.Assertion, status})
		}
		out.Executions = append(out.Executions, e)
	}
	return out
}

// requestTarget is a report's request URL (postman-collection's url
// object) as path?query.
func requestTarget(t *testing.T, raw json.RawMessage) string {
	var u struct {
		Path  []string `json:"path"`
		Query []struct {
			Key      *string `json:"key"`
			Value    *string `json:"value"`
			Disabled bool    `json:"disabled"`
		} `json:"query"`
	}
	if err := json.Unmarshal(raw, &u); err != nil {
		t.Fatalf("request url %s: %v", raw, err)
	}
	s := "/" + strings.Join(u.Path, "/")
	var q []string
	for _, p := range u.Query {
		if p.Disabled {
			continue
		}
		k := ""
		if p.Key != nil {
			k = *p.Key
		}
		if p.Value == nil {
			q = append(q, k)
			continue
		}
		q = append(q, k+"="+*p.Value)
	}
	if len(q) > 0 {
		s += "?" + strings.Join(q, "&")
	}
	return s
}

// uuidRE finds the ids a server makes for each run (the Contio stand-in's
// meetings and action items), which differ from run to run.
var uuidRE = regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`)

// normalTarget writes a recorded METHOD /path?query as courier's report
// gives it (the Postman CLI prints the URL as sent, percent-encoded), with
// generated ids as <id>.
func normalTarget(s string) string {
	s = uuidRE.ReplaceAllString(s, "<id>")
	method, target, _ := strings.Cut(s, " ")
	path, query, hasQuery := strings.Cut(target, "?")
	if p, err := url.PathUnescape(path); err == nil {
		path = p
	}
	if hasQuery {
		var parts []string
		for _, kv := range strings.Split(query, "&") {
			if u, err := url.QueryUnescape(kv); err == nil {
				kv = u
			}
			parts = append(parts, kv)
		}
		path += "?" + strings.Join(parts, "&")
	}
	return method + " " + path
}

func compareCLI(t *testing.T, got, want cliExpectation) {
	t.Helper()
	if got.ExitCode != want.ExitCode {
		t.Errorf("exit code %d, the Postman CLI %d", got.ExitCode, want.ExitCode)
	}
	if !reflect.DeepEqual(got.Stats, want.Stats) {
		t.Errorf("counts %v, the Postman CLI %v", got.Stats, want.Stats)
	}
	n := max(len(got.Executions), len(want.Executions))
	for i := 0; i < n; i++ {
		var g, w cliExecution
		if i < len(got.Executions) {
			g = got.Executions[i]
			g.Request = normalTarget(g.Request)
		}
		if i < len(want.Executions) {
			w = want.Executions[i]
			w.Request = normalTarget(w.Request)
		}
		if !reflect.DeepEqual(g, w) {
			gj, _ := json.Marshal(g)
			wj, _ := json.Marshal(w)
			t.Errorf("execution %d:\n    courier: %s\n the Postman CLI: %s", i+1, gj, wj)
		}
	}
}

func readCLIExpectation(t *testing.T, file string) cliExpectation {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var want cliExpectation
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	if len(want.Command) < 2 || want.Command[0] != "run" {
		t.Fatalf("%s: command %q does not start with run TREE", file, want.Command)
	}
	return want
}

func TestDifferentialPostmanCLI(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(postmanCLIDir, "*.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no expectations in " + postmanCLIDir)
	}
	dir, err := filepath.Abs(postmanCLIDir)
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
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".expected.json")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want := readCLIExpectation(t, file)
			args := append([]string(nil), want.Command...)
			args[1] = filepath.Join(dir, args[1])
			report := filepath.Join(t.TempDir(), "report.json")
			// body files are named relative to the folder the Postman CLI ran in;
			// assertion names carry credentials on purpose (what the server got)
			args = append(args, "--working-dir", dir, "--env-var", "base="+srv.URL, "--env-var", "raw="+rawURL,
				"-r", "json", "--reporter-json-export", report, "--reveal-secrets")
			r := courier(t, "", args...)
			if r.code != want.ExitCode {
				t.Logf("stderr: %s", r.stderr)
			}
			compareCLI(t, reduceForCLI(t, report, r.code), want)
		})
	}
}

// courier reads the tree the Postman CLI writes from a v2.1 collection
// (`postman collection migrate`, recorded by record.sh into
// testdata/postman-cli/migrate/rich) as that collection, but for what the
// migration itself drops or adds, listed here. Each must still differ.
func TestReadsPostmanMigratedTree(t *testing.T) {
	dropped := map[string]string{
		"changed variables  variable[n].type":                            "Postman writes variables untyped (v3 has no type)",
		"changed variables  variable[b].type":                            "the same",
		"changed variables  variable[anyv].type":                         "the same",
		"changed variables  variable[def].type":                          "the same",
		"removed settings  protocolProfileBehavior":                      "Postman drops a collection's settings (a definition has none)",
		"removed variables Folder: One/Two variable[fv]":                 "Postman drops a folder's variables (which no runner uses)",
		"removed description Folder: One/Two/Get with query description": "Postman keeps the request's description, not the item's",
		"added body Raw text request.body.options":                       "a raw body without a language is written as text, which reads back as language text",
		"removed settings Basic auth protocolProfileBehavior":            "Postman drops disableBodyPruning (not a v3 setting)",
	}
	dir := filepath.Join(postmanCLIDir, "migrate")
	r := courier(t, "", "diff", "--format", "json", filepath.Join(dir, "rich.postman_collection.json"), filepath.Join(dir, "rich"))
	if r.code != 1 {
		t.Fatalf("courier diff: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	var res struct {
		Changes []struct {
			Kind, Class, Path string
			Item              []string
		} `json:"changes"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range res.Changes {
		key := c.Kind + " " + c.Class + " " + strings.Join(c.Item, "/") + " " + c.Path
		seen[key] = true
		if _, ok := dropped[key]; !ok {
			t.Errorf("unexpected change reading Postman's tree: %s", key)
		}
	}
	for k := range dropped {
		if !seen[k] {
			t.Errorf("listed change no longer seen (remove it): %s", k)
		}
	}
}
