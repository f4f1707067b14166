package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
)

// TestSecretsNeverPrinted runs the partner collection (which captures the
// session, the authorization code and the tokens) with every reporter and
// --verbose, then checks that no captured value appears in any output, while
// the exports the user asked for keep the real values.
func TestSecretsNeverPrinted(t *testing.T) {
	srv, _ := contioServer(t, otp)
	dir := t.TempDir()
	p := func(n string) string { return filepath.Join(dir, n) }
	r := courier(t, "", "run", partnerCollection, "-e", partnerEnv, "--env-var", "base_url="+srv.URL, "--env-var", "otp_code="+otp,
		"--verbose", "-r", "cli,json,junit,html,github",
		"--reporter-json-export", p("r.json"), "--reporter-junit-export", p("r.xml"), "--reporter-html-export", p("r.html"),
		"--export-collection", p("coll.json"), "--export-environment", p("env.json"))
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	data, err := os.ReadFile(p("coll.json"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := collections.Decode("coll.json", data)
	if err != nil {
		t.Fatal(err)
	}
	secrets := map[string]string{}
	for _, v := range c.Variables {
		switch v.Key {
		case "auth_session", "session_id", "authorization_code", "oauth_token", "refresh_token", "id_token":
			s := collections.ValueString(v.Value)
			if len(s) < 8 {
				t.Fatalf("%s was not captured (%q): the export must keep real values", v.Key, s)
			}
			secrets[v.Key] = s
		}
	}
	secrets["partner_client_secret"] = "demo-partner-secret"
	secrets["partner_api_key"] = "demo-admin-key"
	outputs := map[string]string{"stdout": r.stdout, "stderr": r.stderr}
	for _, f := range []string{"r.json", "r.xml", "r.html"} {
		b, err := os.ReadFile(p(f))
		if err != nil {
			t.Fatal(err)
		}
		outputs[f] = string(b)
	}
	// the json report keeps bodies as byte arrays: decode them before searching
	var rep struct {
		Run struct {
			Executions []struct {
				Response struct {
					Stream struct{ Data []int } `json:"stream"`
				} `json:"response"`
			} `json:"executions"`
		} `json:"run"`
	}
	json.Unmarshal([]byte(outputs["r.json"]), &rep)
	var bodies strings.Builder
	for _, x := range rep.Run.Executions {
		for _, b := range x.Response.Stream.Data {
			bodies.WriteByte(byte(b))
		}
		bodies.WriteByte('\n')
	}
	outputs["r.json bodies"] = bodies.String()
	for name, out := range outputs {
		for key, val := range secrets {
			if strings.Contains(out, val) {
				t.Errorf("%s shows the value of %s", name, key)
			}
		}
	}
	if !strings.Contains(r.stdout, "********") {
		t.Error("--verbose output shows no mask at all: were the bodies printed?")
	}
	envOut, _ := os.ReadFile(p("env.json"))
	if !strings.Contains(string(envOut), "demo-partner-secret") {
		t.Error("--export-environment must keep the real secret values")
	}
}

func TestConsoleAndHeadersMasked(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"access_token":"tok-abcdef-123456","note":"hello"}`))
	}))
	defer srv.Close()
	coll := collectionFile(t, `"variable":[{"key":"password","value":"hunter2-pass"}],"item":[{"name":"login","request":{"url":"`+srv.URL+`/login","auth":{"type":"basic","basic":[{"key":"username","value":"bob"},{"key":"password","value":"{{password}}"}]},"header":[{"key":"X-API-Key","value":"literal-key-999"}]},
	"event":[{"listen":"test","script":{"exec":["const t = pm.response.json().access_token;","pm.environment.set('accessToken', t);","console.log('got token', t, pm.environment.get('accessToken'));"]}}]}]`)
	r := courier(t, "", "run", coll, "--verbose")
	for _, secret := range []string{"tok-abcdef-123456", "hunter2-pass", "literal-key-999", "Ym9iOmh1bnRlcjItcGFzcw=="} {
		if strings.Contains(r.stdout, secret) {
			t.Errorf("stdout shows %q:\n%s", secret, r.stdout)
		}
	}
	if !strings.Contains(r.stdout, "got token") {
		t.Errorf("console output missing:\n%s", r.stdout)
	}
	r = courier(t, "", "run", coll, "--verbose", "--reveal-secrets")
	if !strings.Contains(r.stdout, "tok-abcdef-123456") {
		t.Error("--reveal-secrets should print the real values")
	}
}

// A credential-named variable defined in the collection, the environment or
// the globals file is masked wherever a report repeats those scopes (the
// json report's collection, environment and globals sections above all),
// as well as where a request used it.
func TestSecretsInRepeatedScopesMasked(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"ok":true}`)
	}))
	defer srv.Close()
	dir := t.TempDir()
	p := func(n string) string { return filepath.Join(dir, n) }
	coll := `{"info":{"name":"s","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
"variable":[{"key":"client_secret","value":"coll-secret-4711"},{"key":"base","value":"` + srv.URL + `"}],
"item":[{"name":"r","request":{"method":"POST","url":"{{base}}/x?cs={{client_secret}}",
 "header":[{"key":"X-Api-Key","value":"{{api_key}}"}],
 "body":{"mode":"raw","raw":"{\"password\":\"{{password}}\"}"}},
 "event":[{"listen":"test","script":{"exec":["pm.test('ok', function () {});"]}}]}]}`
	env := `{"name":"e","values":[{"key":"api_key","value":"env-key-0815","enabled":true}]}`
	glob := `{"name":"g","values":[{"key":"password","value":"glob-pass-1234","enabled":true}]}`
	for n, s := range map[string]string{"c.json": coll, "e.json": env, "g.json": glob} {
		if err := os.WriteFile(p(n), []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	r := courier(t, "", "run", p("c.json"), "-e", p("e.json"), "-g", p("g.json"), "--verbose",
		"-r", "cli,json,junit,html", "--reporter-json-export", p("r.json"),
		"--reporter-junit-export", p("r.xml"), "--reporter-html-export", p("r.html"))
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	outputs := map[string]string{"stdout": r.stdout, "stderr": r.stderr}
	for _, f := range []string{"r.json", "r.xml", "r.html"} {
		b, err := os.ReadFile(p(f))
		if err != nil {
			t.Fatal(err)
		}
		outputs[f] = string(b)
	}
	var rep struct {
		Collection struct {
			Variable []struct{ Key, Value string } `json:"variable"`
		} `json:"collection"`
	}
	if err := json.Unmarshal([]byte(outputs["r.json"]), &rep); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, v := range rep.Collection.Variable {
		if v.Key == "client_secret" {
			found = true
			if v.Value != "********" {
				t.Errorf("the json report's collection shows client_secret as %q", v.Value)
			}
		}
	}
	if !found {
		t.Error("the json report's collection has no client_secret variable: is the section there at all?")
	}
	for name, out := range outputs {
		for _, val := range []string{"coll-secret-4711", "env-key-0815", "glob-pass-1234"} {
			if strings.Contains(out, val) {
				t.Errorf("%s shows %s", name, val)
			}
		}
	}
}
