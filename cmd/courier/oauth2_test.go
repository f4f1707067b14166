package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/courier-run/courier/internal/testserver"
)

// oauthTestServer is a testserver.OAuth2 on loopback sharing clock (nil:
// the real one); each /api/me (and /echo-auth, which answers the
// Authorization header it got, so the token is in a response body) moves
// the clock by step.
func oauthTestServer(t *testing.T, cfg testserver.OAuth2Config, clock *fakeClock, step time.Duration) (*httptest.Server, *testserver.OAuth2) {
	t.Helper()
	if clock != nil {
		cfg.Clock = clock.Now
	}
	o := testserver.NewOAuth2(cfg)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/echo-auth" {
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(map[string]string{"authorization": r.Header.Get("Authorization"), "query": r.URL.RawQuery})
		} else {
			o.ServeHTTP(w, r)
		}
		if clock != nil && (r.URL.Path == "/api/me" || r.URL.Path == "/echo-auth") {
			clock.Advance(step)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, o
}

var e2eClient = testserver.OAuth2Config{ClientID: "partner-app", ClientSecret: "client-secret-9f8e7d", Users: map[string]string{"ann": "ann-password-1"}}

// oauthParams is an oauth2 auth's parameter list (string values).
func oauthParams(kv ...string) string {
	var ps []string
	for i := 0; i+1 < len(kv); i += 2 {
		k, _ := json.Marshal(kv[i])
		v, _ := json.Marshal(kv[i+1])
		ps = append(ps, `{"key":`+string(k)+`,"value":`+string(v)+`,"type":"string"}`)
	}
	return `{"type":"oauth2","oauth2":[` + strings.Join(ps, ",") + `]}`
}

// apiItems are n requests to /api/me, each testing that it got a 200 for
// the client, and one to /echo-auth (the token in the response body).
func apiItems(n int) string {
	test := `"event":[{"listen":"test","script":{"exec":"pm.test('authorized', function () { pm.response.to.have.status(200); });"}}]`
	var items []string
	for i := 0; i < n; i++ {
		items = append(items, `{"name":"me","request":"{{base}}/api/me",`+test+`}`)
	}
	items = append(items, `{"name":"echo","request":"{{base}}/echo-auth",`+test+`}`)
	return strings.Join(items, ",")
}

// outputs are everything a run printed and wrote, by name (the json
// report's response bodies decoded).
func outputs(t *testing.T, r result, files ...string) map[string]string {
	t.Helper()
	out := map[string]string{"stdout": r.stdout, "stderr": r.stderr}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = string(b)
		if strings.HasSuffix(f, ".json") {
			var rep struct {
				Run struct {
					Executions []struct {
						Response struct {
							Stream struct{ Data []int } `json:"stream"`
						} `json:"response"`
					} `json:"executions"`
				} `json:"run"`
			}
			json.Unmarshal(b, &rep)
			var bodies strings.Builder
			for _, x := range rep.Run.Executions {
				for _, c := range x.Response.Stream.Data {
					bodies.WriteByte(byte(c))
				}
			}
			out[filepath.Base(f)+" bodies"] = bodies.String()
		}
	}
	return out
}

func checkNeverPrinted(t *testing.T, outs map[string]string, secrets ...string) {
	t.Helper()
	for name, out := range outs {
		for _, s := range secrets {
			if s != "" && strings.Contains(out, s) {
				t.Errorf("%s shows the secret %q", name, s)
			}
		}
	}
}

// TestOAuth2ClientCredentialsEndToEnd: a collection whose only auth is a
// client_credentials oauth2 auth without a token runs green against the
// local OAuth server: one token request, shown as its own step; the token
// is in no output (--verbose, every report, a response body that echoes
// it), and --export-collection keeps it, so the next run sends none.
func TestOAuth2ClientCredentialsEndToEnd(t *testing.T) {
	srv, o := oauthTestServer(t, e2eClient, nil, 0)
	auth := oauthParams("grant_type", "client_credentials", "accessTokenUrl", "{{base}}/oauth2/token", "clientId", "partner-app",
		"clientSecret", "{{client_secret}}", "client_authentication", "header", "addTokenTo", "header", "headerPrefix", "Bearer", "tokenName", "courier")
	coll := collectionFile(t, `"auth":`+auth+`,"variable":[{"key":"base","value":"`+srv.URL+`"},{"key":"client_secret","value":"client-secret-9f8e7d"}],"item":[`+apiItems(3)+`]`)
	dir := t.TempDir()
	p := func(n string) string { return filepath.Join(dir, n) }
	r := courier(t, "", "run", coll, "--verbose", "-r", "cli,json,junit,html,github",
		"--reporter-json-export", p("r.json"), "--reporter-junit-export", p("r.xml"), "--reporter-html-export", p("r.html"),
		"--export-collection", p("coll.json"))
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	calls := o.Calls()
	if len(calls) != 1 || calls[0].Grant != "client_credentials" {
		t.Fatalf("token requests: %+v", calls)
	}
	token := o.Issued()[0]
	outs := outputs(t, r, p("r.json"), p("r.xml"), p("r.html"))
	if !strings.Contains(outs["r.json bodies"], "Bearer ********") {
		t.Errorf("the echoed token is not masked in the json report's bodies: %q", outs["r.json bodies"])
	}
	checkNeverPrinted(t, outs, token, "client-secret-9f8e7d")
	line := regexp.MustCompile(`(?m)^  ↳ OAuth 2\.0 token \(client_credentials\) from ` + regexp.QuoteMeta(srv.URL) + `/oauth2/token \[200 OK, [0-9.]+(µs|ms|s)\]$`)
	if !line.MatchString(r.stdout) || strings.Count(r.stdout, "OAuth 2.0 token (") != 1 || !strings.Contains(r.stdout, "OAuth 2.0 token requests: 1") {
		t.Errorf("the cli does not show the token request as its own step:\n%s", r.stdout)
	}
	var rep struct {
		Run struct {
			Stats      struct{ Requests, Assertions struct{ Total, Failed int } }
			Executions []struct {
				AuthTokens []struct {
					Grant, URL   string
					Code         int
					ResponseTime *int64
				} `json:"authTokens"`
			}
		}
	}
	if err := json.Unmarshal([]byte(outs["r.json"]), &rep); err != nil {
		t.Fatal(err)
	}
	st := rep.Run.Stats
	if st.Requests.Total != 4 || st.Requests.Failed != 0 || st.Assertions.Total != 4 || st.Assertions.Failed != 0 {
		t.Errorf("stats %+v (the token request is not one of the collection's)", st)
	}
	if a := rep.Run.Executions[0].AuthTokens; len(a) != 1 || a[0].Grant != "client_credentials" || a[0].Code != 200 || a[0].ResponseTime == nil || len(rep.Run.Executions[1].AuthTokens) != 0 {
		t.Errorf("json authTokens %+v", rep.Run.Executions)
	}
	if !strings.Contains(outs["r.html"], "OAuth 2.0 token (client_credentials) from") || !strings.Contains(outs["r.xml"], "OAuth 2.0 token (client_credentials) from") {
		t.Error("the html or junit report does not show the token request")
	}
	// the exported collection keeps the token in the auth: the next run uses it
	exported, err := os.ReadFile(p("coll.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(exported), `"value": "`+token+`",`+"\n"+`        "key": "accessToken"`) {
		t.Fatalf("the exported collection lacks the token in its auth:\n%s", exported)
	}
	r2 := courier(t, "", "run", p("coll.json"))
	if r2.code != 0 || len(o.Calls()) != 1 || strings.Contains(r2.stdout, "OAuth 2.0 token (") {
		t.Errorf("second run: exit %d, %d token requests in all\n%s", r2.code, len(o.Calls()), r2.stdout)
	}
}

// TestOAuth2TokenExpiresMidRunEndToEnd: the same with tokens that live 10
// minutes while each request moves the run's and the server's clock by 4:
// courier gets a new token before the expired one would be sent (the
// server never sees one: every request passes), with a refresh token
// (password grant, rotating) or the grant again (client_credentials).
func TestOAuth2TokenExpiresMidRunEndToEnd(t *testing.T) {
	for _, tc := range []struct {
		name   string
		params []string
		grants string
	}{
		{"client_credentials", []string{"grant_type", "client_credentials"}, "client_credentials client_credentials client_credentials"},
		{"password with refresh", []string{"grant_type", "password_credentials", "username", "ann", "password", "ann-password-1", "client_authentication", "body"},
			"password refresh_token refresh_token"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clock := &fakeClock{now: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)}
			cfg := e2eClient
			cfg.Lifetime = 10 * time.Minute
			srv, o := oauthTestServer(t, cfg, clock, 4*time.Minute)
			auth := oauthParams(append([]string{"accessTokenUrl", "{{base}}/oauth2/token", "clientId", "partner-app", "clientSecret", "client-secret-9f8e7d"}, tc.params...)...)
			coll := collectionFile(t, `"auth":`+auth+`,"variable":[{"key":"base","value":"`+srv.URL+`"}],"item":[`+apiItems(6)+`]`)
			dir := t.TempDir()
			var out, errb bytes.Buffer
			e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
				now: clock.Now, isTTY: func(any) bool { return false }}
			code := Main(context.Background(), []string{"run", coll, "-r", "cli,json", "--reporter-json-export", filepath.Join(dir, "r.json")}, e)
			r := result{code, out.String(), errb.String()}
			if r.code != 0 {
				t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
			}
			var gs []string
			for _, c := range o.Calls() {
				gs = append(gs, c.Grant)
			}
			if got := strings.Join(gs, " "); got != tc.grants {
				t.Errorf("token requests: %s, want %s", got, tc.grants)
			}
			checkNeverPrinted(t, outputs(t, r, filepath.Join(dir, "r.json")), append(o.Issued(), "client-secret-9f8e7d", "ann-password-1")...)
		})
	}
}

// lineWriter collects what is written and tells of each line.
type lineWriter struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	lines chan string
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	for _, l := range strings.Split(string(p), "\n") {
		select {
		case w.lines <- l:
		default:
		}
	}
	return len(p), nil
}

func (w *lineWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// TestOAuth2AuthorizationCodeOnTerminalThenHeadless: on a terminal, the
// authorization_code flow with PKCE prints the authorization URL and takes
// the code from the browser's redirect to the loopback redirect_uri; the
// tokens go to the variables the auth names, which --export-environment
// keeps. Later runs without a terminal start from them: the saved token,
// then (its expiry passed) the saved refresh token.
func TestOAuth2AuthorizationCodeOnTerminalThenHeadless(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)}
	srv, o := oauthTestServer(t, e2eClient, clock, 0)
	redirect := "http://127.0.0.1:" + freeLoopbackPort(t) + "/callback"
	auth := oauthParams("grant_type", "authorization_code_with_pkce", "authUrl", "{{base}}/oauth2/authorize", "accessTokenUrl", "{{base}}/oauth2/token",
		"clientId", "partner-app", "clientSecret", "client-secret-9f8e7d", "redirect_uri", redirect, "scope", "profile", "challengeAlgorithm", "S256",
		"accessToken", "{{access_token}}", "refreshToken", "{{refresh_token}}", "tokenExpiresAt", "{{token_expires_at}}")
	coll := collectionFile(t, `"auth":`+auth+`,"variable":[{"key":"base","value":"`+srv.URL+`"}],"item":[`+apiItems(2)+`]`)
	envFile := writeTemp(t, "env.json", `{"name":"e","values":[{"key":"access_token","value":""},{"key":"refresh_token","value":""},{"key":"token_expires_at","value":""}]}`)
	dir := t.TempDir()

	// a person at a terminal
	errw := &lineWriter{lines: make(chan string, 100)}
	var out bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: errw, getenv: func(string) string { return "" },
		now: clock.Now, isTTY: func(any) bool { return false }, stdinTTY: true}
	browserDone := make(chan error, 1)
	go func() {
		for l := range errw.lines {
			if u := strings.TrimSpace(l); strings.HasPrefix(u, srv.URL+"/oauth2/authorize?") {
				resp, err := http.Get(u) // the authorization server redirects to courier's listener
				if err == nil {
					resp.Body.Close()
				}
				browserDone <- err
				return
			}
		}
	}()
	code := Main(context.Background(), []string{"run", coll, "-e", envFile, "--export-environment", filepath.Join(dir, "env.out.json")}, e)
	close(errw.lines)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out.String(), errw.String())
	}
	if err := <-browserDone; err != nil {
		t.Fatalf("the browser: %v", err)
	}
	if !strings.Contains(errw.String(), "Open this URL in a browser and authorize; courier waits 5m0s for the redirect to "+redirect) {
		t.Errorf("stderr:\n%s", errw.String())
	}
	calls := o.Calls()
	if len(calls) != 1 || calls[0].Grant != "authorization_code" || calls[0].Form.Get("code_verifier") == "" {
		t.Fatalf("token requests %+v", calls)
	}
	issued := o.Issued() // access, refresh
	checkNeverPrinted(t, map[string]string{"stdout": out.String(), "stderr": errw.String()}, issued...)
	saved, _ := os.ReadFile(filepath.Join(dir, "env.out.json"))
	for _, want := range []string{`"value": "` + issued[0] + `",` + "\n" + `      "key": "access_token"`, `"value": "` + issued[1] + `",` + "\n" + `      "key": "refresh_token"`, `"value": "2026-05-01T10:00:00.000Z"`} {
		if !strings.Contains(string(saved), want) {
			t.Errorf("the exported environment lacks %s:\n%s", want, saved)
		}
	}

	// CI, no terminal: the saved token, no token request
	r := courierAt(t, clock, "run", coll, "-e", filepath.Join(dir, "env.out.json"), "--export-environment", filepath.Join(dir, "env2.json"))
	if r.code != 0 || len(o.Calls()) != 1 {
		t.Fatalf("headless run with the saved token: exit %d, %d token requests\n%s%s", r.code, len(o.Calls()), r.stdout, r.stderr)
	}
	// two hours later: the saved refresh token gets a new token
	clock.Advance(2 * time.Hour)
	r = courierAt(t, clock, "run", coll, "-e", filepath.Join(dir, "env2.json"))
	if r.code != 0 || len(o.Calls()) != 2 || o.Calls()[1].Grant != "refresh_token" || o.Calls()[1].Form.Get("refresh_token") != issued[1] {
		t.Fatalf("headless run after expiry: exit %d, token requests %+v\n%s%s", r.code, o.Calls(), r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "↳ OAuth 2.0 token (refresh_token) from "+srv.URL+"/oauth2/token [200 OK,") {
		t.Errorf("stdout:\n%s", r.stdout)
	}
}

func courierAt(t *testing.T, clock *fakeClock, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
		now: clock.Now, isTTY: func(any) bool { return false }}
	code := Main(context.Background(), args, e)
	return result{code, out.String(), errb.String()}
}

func freeLoopbackPort(t *testing.T) string {
	t.Helper()
	srv := httptest.NewServer(http.NotFoundHandler())
	port := srv.Listener.Addr().String()
	srv.Close()
	return port[strings.LastIndexByte(port, ':')+1:]
}

// TestOAuth2AuthorizationCodeNeedsAPerson: with no terminal, with a
// redirect_uri courier cannot listen on, or with nobody coming before
// --oauth2-callback-timeout, the run stops at once with exit 2 and one line
// saying what to do; no request is sent.
func TestOAuth2AuthorizationCodeNeedsAPerson(t *testing.T) {
	srv, o := oauthTestServer(t, e2eClient, nil, 0)
	loopback := "http://127.0.0.1:" + freeLoopbackPort(t) + "/cb"
	for _, tc := range []struct {
		name, redirect string
		terminal       bool
		args           []string
		want           string
	}{
		{"no terminal", loopback, false, nil, `courier: error: "me" needs an OAuth 2.0 token from the authorization_code grant, which needs a person at a browser, and there is no terminal: run courier on a terminal once and keep the tokens with --export-environment or --export-collection (later runs refresh them), or give a token in the auth's accessToken`},
		{"not loopback", "https://oauth.pstmn.io/v1/callback", true, nil, "its redirect_uri https://oauth.pstmn.io/v1/callback is not a loopback URL courier can listen on"},
		{"nobody comes", loopback, true, []string{"--oauth2-callback-timeout", "200"}, "and no redirect with a code came to " + loopback + " within 200ms (--oauth2-callback-timeout)"},
		{"in units", loopback, true, []string{"--parallel", "2"}, "not with --parallel, --parallel-folders or --shard"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			auth := oauthParams("grant_type", "authorization_code", "authUrl", "{{base}}/oauth2/authorize", "accessTokenUrl", "{{base}}/oauth2/token",
				"clientId", "partner-app", "clientSecret", "client-secret-9f8e7d", "redirect_uri", tc.redirect)
			coll := collectionFile(t, `"auth":`+auth+`,"variable":[{"key":"base","value":"`+srv.URL+`"}],"item":[`+apiItems(1)+`]`)
			var out, errb bytes.Buffer
			e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
				now: time.Now, isTTY: func(any) bool { return false }, stdinTTY: tc.terminal}
			start := time.Now()
			code := Main(context.Background(), append([]string{"run", coll}, tc.args...), e)
			if code != 2 || time.Since(start) > 5*time.Second {
				t.Fatalf("exit %d after %v\n%s%s", code, time.Since(start), out.String(), errb.String())
			}
			lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
			last := lines[len(lines)-1]
			if !strings.HasPrefix(last, "courier: error: ") || !strings.Contains(last, tc.want) {
				t.Errorf("stderr's last line %q, want %q", last, tc.want)
			}
			if strings.Contains(out.String(), "GET ") || len(o.Calls()) != 0 {
				t.Errorf("a request was sent:\n%s", out.String())
			}
		})
	}
}

// TestOAuth2TokenErrorOnTheRequest: an OAuth error from the token endpoint
// is the error of the request that needed the token, in the cli and the
// reports; the run goes on and exits 1.
func TestOAuth2TokenErrorOnTheRequest(t *testing.T) {
	srv, _ := oauthTestServer(t, e2eClient, nil, 0)
	auth := oauthParams("grant_type", "client_credentials", "accessTokenUrl", "{{base}}/oauth2/token", "clientId", "partner-app", "clientSecret", "wrong-secret-1")
	coll := collectionFile(t, `"variable":[{"key":"base","value":"`+srv.URL+`"}],"item":[`+
		`{"name":"needs","request":{"url":"{{base}}/api/me","auth":`+auth+`}},{"name":"free","request":"{{base}}/oauth2/unknown"}]`)
	dir := t.TempDir()
	r := courier(t, "", "run", coll, "-r", "cli,json,junit", "--reporter-json-export", filepath.Join(dir, "r.json"), "--reporter-junit-export", filepath.Join(dir, "r.xml"))
	if r.code != 1 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	msg := "OAuth 2.0 token (client_credentials) from " + srv.URL + "/oauth2/token failed: invalid_client: client authentication failed"
	for _, want := range []string{"↳ OAuth 2.0 token (client_credentials) from " + srv.URL + "/oauth2/token [401 Unauthorized,", "     invalid_client: client authentication failed", "[errored]", msg, "GET " + srv.URL + "/oauth2/unknown [404 Not Found"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("cli lacks %q:\n%s", want, r.stdout)
		}
	}
	outs := outputs(t, r, filepath.Join(dir, "r.json"), filepath.Join(dir, "r.xml"))
	if !strings.Contains(outs["r.json"], msg) || !strings.Contains(outs["r.xml"], msg) {
		t.Error("the reports lack the request's OAuth error")
	}
	checkNeverPrinted(t, outs, "wrong-secret-1")
}
