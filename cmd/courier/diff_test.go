package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiffCommand(t *testing.T) {
	old := writeTemp(t, "old.json", `{"info":{"name":"Shop",`+schema+`},"item":[
	  {"id":"1","name":"Get order","request":{"method":"GET","url":"{{base}}/orders/1"}},
	  {"id":"2","name":"Ping","request":"{{base}}/ping"}]}`)
	same := writeTemp(t, "same.json", `{"item":[{"request":{"url":"{{base}}/orders/1","method":"GET"},"name":"Get order","id":"1"},
	  {"id":"2","name":"Ping","request":"{{base}}/ping"}],"info":{`+schema+`,"name":"Shop"}}`)
	renamed := writeTemp(t, "new.json", `{"info":{"name":"Shop",`+schema+`},"item":[
	  {"id":"1","name":"Fetch order","request":{"method":"POST","url":"{{base}}/orders/1?expand=items"}},
	  {"id":"2","name":"Ping","request":"{{base}}/ping"}]}`)
	broken := writeTemp(t, "broken.json", `{"info": {"name": "x"}, "item": [}`)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr string
	}{
		{"identical", []string{"diff", old, same}, 0, []string{"no changes"}, ""},
		{"changed", []string{"diff", old, renamed}, 1, []string{"renamed: Get order → Fetch order", "GET → POST", "expand"}, ""},
		{"summary counts only", []string{"diff", "--summary", old, renamed}, 1, []string{"renamed"}, ""},
		{"markdown", []string{"diff", "--format", "markdown", old, renamed}, 1, []string{"Fetch order"}, ""},
		{"json", []string{"diff", "--format", "json", old, renamed}, 1, []string{`"kind": "renamed"`}, ""},
		{"fail-on a class that changed", []string{"diff", "--fail-on", "method", old, renamed}, 1, nil, ""},
		{"fail-on a class that did not change", []string{"diff", "--fail-on", "auth,removed", old, renamed}, 0, nil, ""},
		{"bad file", []string{"diff", old, broken}, 2, nil, "broken.json:1:34: invalid JSON"},
		{"missing file", []string{"diff", old, old + ".nope"}, 2, nil, "old.json.nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := courier(t, "", tt.args...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", r.code, tt.code, r.stdout, r.stderr)
			}
			for _, w := range tt.stdout {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, r.stdout)
				}
			}
			if tt.stderr != "" && !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr = %q, want %q", r.stderr, tt.stderr)
			}
			if tt.code == 2 && strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
				t.Errorf("error is not one line: %q", r.stderr)
			}
		})
	}
	t.Run("URL source", func(t *testing.T) {
		data, _ := os.ReadFile(renamed)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(data) }))
		defer srv.Close()
		r := courier(t, "", "diff", old, srv.URL+"/new.json")
		if r.code != 1 || !strings.Contains(r.stdout, "Fetch order") {
			t.Errorf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
		}
	})
}

func TestDiffFromGitRevision(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	repo := t.TempDir()
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", repo, "-c", "user.name=t", "-c", "user.email=t@example.com"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	write := func(doc string) {
		if err := os.WriteFile(filepath.Join(repo, "c.json"), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git("init", "-q")
	write(`{"info":{"name":"Shop",` + schema + `},"item":[{"id":"1","name":"Get order","request":"{{base}}/orders/1"}]}`)
	git("add", "c.json")
	git("commit", "-q", "-m", "v1")
	write(`{"info":{"name":"Shop",` + schema + `},"item":[{"id":"1","name":"Fetch order","request":"{{base}}/orders/1"}]}`)
	t.Chdir(repo)
	r := courier(t, "", "diff", "HEAD:c.json", "c.json")
	if r.code != 1 || !strings.Contains(r.stdout, "renamed: Get order → Fetch order") {
		t.Errorf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = courier(t, "", "diff", "HEAD:missing.json", "c.json")
	if r.code != 2 || !strings.Contains(r.stderr, "missing.json") {
		t.Errorf("missing revision path: exit %d, %q", r.code, r.stderr)
	}
}

// TestDiffRenamesAndEnvironments runs courier diff on the collections/diff
// test data: similarity flags, variable renames with --verbose, environment
// and globals files, and documents of different kinds.
func TestDiffRenamesAndEnvironments(t *testing.T) {
	td := func(p string) string { return filepath.Join("..", "..", "collections", "diff", "testdata", p) }
	booksOld, booksNew := td("books/old.json"), td("books/new.json")
	envOld, envNew := td("env/old.postman_environment.json"), td("env/new.postman_environment.json")
	globOld, globNew := td("env/old.postman_globals.json"), td("env/new.postman_globals.json")
	report := writeTemp(t, "report.json", `{"collection": {"info": {"name": "x"}}, "run": {"executions": []}}`)
	data := writeTemp(t, "data.json", `[{"a": 1}]`)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		absent []string
		stderr string
	}{
		{"renames found by default", []string{"diff", "--summary", booksOld, booksNew}, 1,
			[]string{"(1 added, 0 removed, 1 variable renamed)", "renamed      5"}, nil, ""},
		{"--find-renames alone", []string{"diff", "--find-renames", booksOld, booksNew}, 1,
			[]string{"renamed: single_book → book_details (similarity 100%)", "variable renamed: base_URL → base_url (9 uses updated)"},
			[]string{"{{base_URL}} → {{base_url}}"}, ""},
		{"--find-renames=N%", []string{"diff", "--find-renames=90%", booksOld, booksNew}, 1,
			[]string{"Orders / register_client", "removed POST {{base_URL}}/api-clients", "(2 added, 1 removed, 1 variable renamed)"}, nil, ""},
		{"--no-renames", []string{"diff", "--no-renames", "--summary", booksOld, booksNew}, 1, []string{"(6 added, 5 removed, 1 variable renamed)"}, nil, ""},
		{"--verbose shows what is folded", []string{"diff", "--verbose", booksOld, booksNew}, 1,
			[]string{"      ~ Orders / get_order: url host: {{base_URL}} → {{base_url}}"}, nil, ""},
		{"json carries the score", []string{"diff", "--format", "json", booksOld, booksNew}, 1, []string{`"score": 82`, `"updated": 9`}, []string{`"folded"`}, ""},
		{"json --verbose carries the folded changes", []string{"diff", "--format", "json", "--verbose", booksOld, booksNew}, 1, []string{`"folded": [`}, nil, ""},
		{"--fail-on removed", []string{"diff", "--fail-on", "removed", booksOld, booksNew}, 0, nil, nil, ""},
		{"both flags", []string{"diff", "--find-renames", "--no-renames", booksOld, booksNew}, 2, nil, nil, "contradict"},
		{"bad threshold", []string{"diff", "--find-renames=0%", booksOld, booksNew}, 2, nil, nil, `--find-renames: invalid similarity threshold "0%"`},
		{"threshold without =", []string{"diff", "--find-renames", "60%", booksOld, booksNew}, 2, nil, nil, "--find-renames=60%"},
		{"renames with --runs", []string{"diff", "--runs", "--no-renames", report, report}, 2, nil, nil, "--no-renames compares collections"},
		{"environments", []string{"diff", envOld, envNew}, 1,
			[]string{"(environment) | renamed, variables 12", "variable renamed: Region → region", "variable client_secret: (changed)", "+ variable refresh_token = (secret)"},
			[]string{"cs_old_Zx81kq0PmmA", "pa55w0rd", "rt_9f8e7d6c5b4a", "sk_live"}, ""},
		{"environments json", []string{"diff", "--format", "json", envOld, envNew}, 1, []string{`"type": "environment"`}, []string{"cs_new_Qp02mm1ZzB"}, ""},
		{"an environment and itself", []string{"diff", envOld, envOld}, 0, []string{"no changes"}, nil, ""},
		{"fail-on a class that did not change", []string{"diff", "--fail-on", "removed,url", envOld, envNew}, 0, nil, nil, ""},
		{"globals", []string{"diff", globOld, globNew}, 1, []string{"(globals) | variables 2", "variable retries type: number → string"}, []string{"8f14e45f"}, ""},
		{"an environment and globals", []string{"diff", envOld, globNew}, 1, []string{"(globals)"}, nil, ""},
		{"an environment and a collection", []string{"diff", envOld, booksNew}, 2, nil, nil,
			"old.postman_environment.json is an environment file and " + booksNew + " a collection"},
		{"a data file", []string{"diff", data, envNew}, 2, nil, nil, "data.json is a data file"},
		{"run reports without --runs", []string{"diff", report, report}, 2, nil, nil, "are json run reports: add --runs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := courier(t, "", tt.args...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", r.code, tt.code, r.stdout, r.stderr)
			}
			for _, w := range tt.stdout {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, r.stdout)
				}
			}
			for _, w := range tt.absent {
				if strings.Contains(r.stdout, w) {
					t.Errorf("stdout shows %q:\n%s", w, r.stdout)
				}
			}
			if tt.stderr != "" && !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr = %q, want %q", r.stderr, tt.stderr)
			}
			if tt.code == 2 && strings.Count(strings.TrimSpace(r.stderr), "\n") > 1 {
				t.Errorf("error is more than a line and the usage hint: %q", r.stderr)
			}
		})
	}
}
