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
