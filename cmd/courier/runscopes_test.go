package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHTMLVariables: the html report shows the environment, globals and
// collection variables the run began with (the files, --env-var over them)
// and ended with (what the scripts set), secrets masked.
func TestHTMLVariables(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	t.Cleanup(srv.Close)
	coll := collectionFile(t, `"variable":[{"key":"cv","value":"c1"}],"item":[{"name":"a","request":{"url":"`+srv.URL+`/"},
		"event":[{"listen":"test","script":{"exec":["pm.environment.set('got', 'yes'); pm.collectionVariables.set('cv', 'c2'); pm.globals.set('apiKey', 'k-123-secret');"]}}]}]`)
	env := writeTemp(t, "env.json", `{"name":"stage <1>","values":[{"key":"base","value":"file"},{"key":"token","value":"tok-secret-9","type":"secret"}]}`)
	page := filepath.Join(t.TempDir(), "r.html")
	r := courier(t, "", "run", coll, "-e", env, "--env-var", "base=cli", "-r", "html", "--reporter-html-export", page)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	html := string(b)
	i := strings.Index(html, `<section id="variables"`)
	if i < 0 {
		t.Fatal("no variables section")
	}
	sec := html[i : i+strings.Index(html[i:], "</section>")]
	start, end, ok := strings.Cut(sec, `id="vars-end"`)
	if !ok {
		t.Fatal("no end table")
	}
	for _, want := range []string{
		`Environment <span class="path">stage &lt;1&gt;</span>`,
		`<tr><td>base</td><td>cli</td></tr>`,
		`<tr><td>token</td><td>********</td></tr>`,
		`<tr><td>cv</td><td>c1</td></tr>`,
		`Collection variables <span class="path">CLI test</span>`,
	} {
		if !strings.Contains(start, want) {
			t.Errorf("start lacks %q", want)
		}
	}
	for _, want := range []string{
		`<tr class="var-new"><td>got</td><td>yes <span class="badge var-new">new</span></td></tr>`,
		`<tr class="var-changed"><td>cv</td><td>c2 <span class="badge var-changed">changed</span></td></tr>`,
		`<tr class="var-new"><td>apiKey</td><td>******** <span class="badge var-new">new</span></td></tr>`,
	} {
		if !strings.Contains(end, want) {
			t.Errorf("end lacks %q", want)
		}
	}
	for _, secret := range []string{"tok-secret-9", "k-123-secret"} {
		if strings.Contains(html, secret) {
			t.Errorf("the page shows %q", secret)
		}
	}
}
