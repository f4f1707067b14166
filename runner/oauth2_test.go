package runner

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/internal/oauth2"
	"github.com/courier-run/courier/internal/testserver"
	"github.com/courier-run/courier/scripting"
)

// fakeClock is a run's clock the test moves (the server shares it).
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// oauthServer serves a testserver.OAuth2 on loopback; each /api/me moves
// clock by step (when clock is not nil) after answering.
func oauthServer(t *testing.T, cfg testserver.OAuth2Config, clock *fakeClock, step time.Duration) (*httptest.Server, *testserver.OAuth2) {
	t.Helper()
	if clock != nil {
		cfg.Clock = clock.Now
	}
	o := testserver.NewOAuth2(cfg)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		o.ServeHTTP(w, r)
		if clock != nil && r.URL.Path == "/api/me" {
			clock.add(step)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, o
}

var testClient = testserver.OAuth2Config{ClientID: "cid", ClientSecret: "s3cret-client", Users: map[string]string{"ann": "pa55word"}}

// oauth2Auth is an oauth2 auth definition of key/value pairs (a value
// that is not a string is given as JSON).
func oauth2Auth(kv ...any) string {
	var ps []string
	for i := 0; i+1 < len(kv); i += 2 {
		v, _ := json.Marshal(kv[i+1])
		typ := "string"
		if _, ok := kv[i+1].(string); !ok {
			typ = "any"
		}
		ps = append(ps, `{"key":"`+kv[i].(string)+`","value":`+string(v)+`,"type":"`+typ+`"}`)
	}
	return `{"type":"oauth2","oauth2":[` + strings.Join(ps, ",") + `]}`
}

func grants(calls []testserver.TokenCall) []string {
	var out []string
	for _, c := range calls {
		out = append(out, c.Grant)
	}
	return out
}

func tokenEvents(c *capture) []events.AuthToken {
	var out []events.AuthToken
	for _, e := range c.events {
		if a, ok := e.(events.AuthToken); ok {
			out = append(out, a)
		}
	}
	return out
}

func codes(s *events.Summary) []int {
	var out []int
	for _, x := range s.Executions {
		if x.Response != nil {
			out = append(out, x.Response.Code)
		} else {
			out = append(out, 0)
		}
	}
	return out
}

func TestOAuth2ClientCredentialsFetchedOnceAndKept(t *testing.T) {
	srv, o := oauthServer(t, testClient, nil, 0)
	auth := oauth2Auth("grant_type", "client_credentials", "accessTokenUrl", "BASE/oauth2/token", "clientId", "cid",
		"clientSecret", "s3cret-client", "scope", "read write", "client_authentication", "header", "addTokenTo", "header",
		"tokenRequestParams", []map[string]any{
			{"key": "audience", "value": "{{aud}}", "enabled": true, "send_as": "request_body"},
			{"key": "X-Tenant", "value": "t1", "enabled": true, "send_as": "request_header"},
			{"key": "resource", "value": "r1", "enabled": true, "send_as": "request_url"},
			{"key": "off", "value": "x", "enabled": false, "send_as": "request_body"},
		})
	doc := `{"info":{"name":"T"},"variable":[{"key":"aud","value":"api://x"}],"auth":` + auth + `,"item":[` +
		req("one", "BASE/api/me") + `,` + req("two", "BASE/api/me") + `,` + req("three", "BASE/api/me") + `]}`
	var secrets []string
	c := collection(t, doc, srv.URL)
	res, evs, s, err := runOpts(t, Options{Collection: c, OnSecret: func(v string) { secrets = append(secrets, v) }})
	if err != nil {
		t.Fatal(err)
	}
	if got := codes(s); len(got) != 3 || got[0] != 200 || got[1] != 200 || got[2] != 200 {
		t.Fatalf("responses %v", got)
	}
	calls := o.Calls()
	if len(calls) != 1 || calls[0].Grant != "client_credentials" {
		t.Fatalf("token requests %v, want one client_credentials", grants(calls))
	}
	call := calls[0]
	if call.Form.Get("scope") != "read write" || call.Form.Get("audience") != "api://x" || call.Form.Has("off") || call.Form.Has("client_secret") {
		t.Errorf("token request form %v", call.Form)
	}
	if call.Header.Get("X-Tenant") != "t1" || !strings.HasPrefix(call.Header.Get("Authorization"), "Basic ") || call.Query.Get("resource") != "r1" {
		t.Errorf("token request headers %v, query %v", call.Header, call.Query)
	}
	if call.Header.Get("Cookie") != "" || !strings.Contains(call.Header.Get("Accept"), "application/json") {
		t.Errorf("token request headers %v", call.Header)
	}
	toks := tokenEvents(evs)
	if len(toks) != 1 || toks[0].Grant != "client_credentials" || toks[0].Code != 200 || toks[0].Error != nil || toks[0].Item.Name != "one" ||
		toks[0].URL != srv.URL+"/oauth2/token?resource=r1" {
		t.Errorf("AuthToken events %+v", toks)
	}
	access := o.Issued()[0]
	if !contains(secrets, access) || !contains(secrets, "s3cret-client") {
		t.Errorf("OnSecret was not told of the token and the client secret: %q", secrets)
	}
	// the token is kept in the collection's auth (for --export-collection)
	if len(res.AuthUpdates) != 1 || res.AuthUpdates[0].Auth != c.Auth {
		t.Fatalf("AuthUpdates %+v", res.AuthUpdates)
	}
	kept := map[string]string{}
	for _, p := range res.AuthUpdates[0].Params {
		kept[p.Key] = collections.ValueString(p.Value)
	}
	if kept["accessToken"] != access || kept["tokenType"] != "Bearer" || kept["tokenExpiresAt"] != "" && !strings.HasSuffix(kept["tokenExpiresAt"], "Z") {
		t.Errorf("kept %v", kept)
	}
	if _, ok := kept["refreshToken"]; ok {
		t.Errorf("no refresh token came, yet one is kept: %v", kept)
	}
	if s.Stats.Requests.Total != 3 || s.AuthTokens != 1 || len(s.Executions[0].AuthTokens) != 1 {
		t.Errorf("requests %d, token requests %d", s.Stats.Requests.Total, s.AuthTokens)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestOAuth2PasswordGrantRefreshedWhenExpired runs against a server whose
// clock the run shares: each API call moves it 4 minutes, tokens live 10;
// courier refreshes an expired token before the request (rotating refresh
// tokens: each refresh sends the latest) and the server never sees an
// expired token.
func TestOAuth2PasswordGrantRefreshedWhenExpired(t *testing.T) {
	clock := newFakeClock()
	cfg := testClient
	cfg.Lifetime = 10 * time.Minute
	srv, o := oauthServer(t, cfg, clock, 4*time.Minute)
	auth := oauth2Auth("grant_type", "password_credentials", "accessTokenUrl", "BASE/oauth2/token", "clientId", "cid",
		"clientSecret", "s3cret-client", "username", "ann", "password", "pa55word", "client_authentication", "body")
	var items []string
	for i := 0; i < 7; i++ {
		items = append(items, req("r", "BASE/api/me"))
	}
	doc := `{"info":{"name":"T"},"auth":` + auth + `,"item":[` + strings.Join(items, ",") + `]}`
	_, evs, s, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL), Now: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range codes(s) {
		if c != 200 {
			t.Errorf("request %d: %d", i+1, c)
		}
	}
	// t=0 password (expires 10m); 4m, 8m good; 12m refresh; 16m, 20m good; 24m refresh
	calls := o.Calls()
	if got := strings.Join(grants(calls), " "); got != "password refresh_token refresh_token" {
		t.Fatalf("token requests: %s", got)
	}
	if calls[0].Form.Get("client_id") != "cid" || calls[0].Form.Get("client_secret") != "s3cret-client" || calls[0].Header.Get("Authorization") != "" {
		t.Errorf("client_authentication body: form %v", calls[0].Form)
	}
	if r1, r2 := calls[1].Form.Get("refresh_token"), calls[2].Form.Get("refresh_token"); r1 == "" || r1 == r2 {
		t.Errorf("the second refresh must send the rotated refresh token: %q then %q", r1, r2)
	}
	if toks := tokenEvents(evs); len(toks) != 3 || toks[1].Grant != "refresh_token" || toks[1].Item.Name != "r" {
		t.Errorf("AuthToken events %+v", toks)
	}
}

// TestOAuth2RefreshAfter401 revokes the access tokens mid-run: the next
// request's 401 is answered by a refresh and the request is sent once more.
func TestOAuth2RefreshAfter401(t *testing.T) {
	srv, o := oauthServer(t, testClient, nil, 0)
	auth := oauth2Auth("grant_type", "password", "accessTokenUrl", "BASE/oauth2/token", "clientId", "cid",
		"clientSecret", "s3cret-client", "username", "ann", "password", "pa55word")
	doc := `{"info":{"name":"T"},"auth":` + auth + `,"item":[` + req("one", "BASE/api/me") + `,` +
		`{"name":"revoke","request":{"method":"POST","url":"BASE/oauth2/revoke-all","auth":{"type":"noauth"}}},` + req("two", "BASE/api/me") + `]}`
	_, evs, s, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL)})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(grants(o.Calls()), " "); got != "password refresh_token" {
		t.Fatalf("token requests: %s", got)
	}
	if got := codes(s); got[2] != 200 {
		t.Fatalf("responses %v", got)
	}
	// the 401 exchange, the refresh, the request sent again
	var seq []string
	for _, e := range evs.events {
		switch x := e.(type) {
		case events.RequestDone:
			if x.Item.Name == "two" {
				seq = append(seq, "done "+http.StatusText(x.Response.Code))
			}
		case events.AuthToken:
			if x.Item.Name == "two" {
				seq = append(seq, "token "+x.Grant)
			}
		case events.RequestStart:
			if x.Item.Name == "two" {
				seq = append(seq, "start")
			}
		}
	}
	if got := strings.Join(seq, ", "); got != "start, done Unauthorized, token refresh_token, start, done OK" {
		t.Errorf("events of the item: %s", got)
	}
	if s.Stats.Requests.Total != 4 || s.Stats.Requests.Failed != 0 {
		t.Errorf("requests %+v", s.Stats.Requests)
	}
}

// TestOAuth2SavedTokenRejectedFetchesAndWritesVariable: a saved token the
// server refuses (401) is replaced through client_credentials and the
// request sent again; the auth names {{token}}, so the new token goes to
// that variable (in the environment that holds it), for
// --export-environment.
func TestOAuth2SavedTokenRejectedFetchesAndWritesVariable(t *testing.T) {
	srv, o := oauthServer(t, testClient, nil, 0)
	auth := oauth2Auth("grant_type", "client_credentials", "accessTokenUrl", "BASE/oauth2/token", "clientId", "cid",
		"clientSecret", "s3cret-client", "accessToken", "{{token}}", "tokenExpiresAt", "{{token_expires}}")
	doc := `{"info":{"name":"T"},"auth":` + auth + `,"item":[` + req("one", "BASE/api/me") + `,` + req("two", "BASE/api/me") + `]}`
	env := &collections.Environment{Values: []collections.Variable{{Key: "token", Value: "stale-token"}, {Key: "token_expires", Value: ""}}}
	res, _, s, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL), Environment: env})
	if err != nil {
		t.Fatal(err)
	}
	if got := codes(s); got[0] != 200 || got[1] != 200 {
		t.Fatalf("responses %v", got)
	}
	if got := strings.Join(grants(o.Calls()), " "); got != "client_credentials" {
		t.Fatalf("token requests: %s", got)
	}
	v, _ := res.Variables.Environment.Get("token")
	if v != o.Issued()[0] {
		t.Errorf("the environment's token is %v, want the new one", v)
	}
	exp, _ := res.Variables.Environment.Get("token_expires")
	if _, err := time.Parse(time.RFC3339, collections.ValueString(exp)); err != nil {
		t.Errorf("token_expires = %v: %v", exp, err)
	}
	if len(res.AuthUpdates) != 1 {
		t.Fatalf("AuthUpdates %+v", res.AuthUpdates)
	}
	for _, p := range res.AuthUpdates[0].Params {
		if p.Key == "accessToken" || p.Key == "tokenExpiresAt" {
			t.Errorf("%s is kept in the auth: it names a variable", p.Key)
		}
	}
}

// TestOAuth2ExpiredSavedTokenRefreshedWithSavedRefreshToken: the auth keeps
// what an earlier run got (as --export-collection writes it): an expired
// token and a refresh token, which is used before the first request.
func TestOAuth2ExpiredSavedTokenRefreshedWithSavedRefreshToken(t *testing.T) {
	clock := newFakeClock()
	srv, o := oauthServer(t, testClient, clock, 0)
	// an earlier run (a first courier run against the same server)
	auth := oauth2Auth("grant_type", "password", "accessTokenUrl", "BASE/oauth2/token", "clientId", "cid",
		"clientSecret", "s3cret-client", "username", "ann", "password", "pa55word")
	doc := `{"info":{"name":"T"},"auth":` + auth + `,"item":[` + req("one", "BASE/api/me") + `]}`
	res, _, _, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL), Now: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	kept := map[string]any{}
	for _, p := range res.AuthUpdates[0].Params {
		kept[p.Key] = p.Value
	}
	clock.add(2 * time.Hour)
	auth2 := oauth2Auth("grant_type", "password", "accessTokenUrl", "BASE/oauth2/token", "clientId", "cid",
		"clientSecret", "s3cret-client", "username", "ann", "password", "WRONG",
		"accessToken", kept["accessToken"], "refreshToken", kept["refreshToken"], "tokenExpiresAt", kept["tokenExpiresAt"])
	doc2 := `{"info":{"name":"T"},"auth":` + auth2 + `,"item":[` + req("one", "BASE/api/me") + `]}`
	_, _, s, err := runOpts(t, Options{Collection: collection(t, doc2, srv.URL), Now: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	if got := codes(s); got[0] != 200 {
		t.Fatalf("responses %v", got)
	}
	// the wrong password is never needed: the refresh token does it
	if got := strings.Join(grants(o.Calls()), " "); got != "password refresh_token" {
		t.Fatalf("token requests: %s", got)
	}
}

// TestOAuth2RefusedRefreshFallsBackToGrant: a refresh token that was
// already used (rotated away) is invalid_grant; the grant gets a token.
func TestOAuth2RefusedRefreshFallsBackToGrant(t *testing.T) {
	srv, o := oauthServer(t, testClient, nil, 0)
	auth := oauth2Auth("grant_type", "password", "accessTokenUrl", "BASE/oauth2/token", "clientId", "cid",
		"clientSecret", "s3cret-client", "username", "ann", "password", "pa55word",
		"accessToken", "old", "refreshToken", "rt_unknown", "tokenExpiresAt", "2000-01-01T00:00:00.000Z")
	doc := `{"info":{"name":"T"},"auth":` + auth + `,"item":[` + req("one", "BASE/api/me") + `]}`
	_, evs, s, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL)})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(grants(o.Calls()), " "); got != "refresh_token password" {
		t.Fatalf("token requests: %s", got)
	}
	toks := tokenEvents(evs)
	if len(toks) != 2 || toks[0].Error == nil || toks[0].Error.Message != "invalid_grant: unknown refresh token" || toks[0].Code != 400 || toks[1].Error != nil {
		t.Errorf("AuthToken events %+v", toks)
	}
	if got := codes(s); got[0] != 200 || s.Stats.Requests.Failed != 0 {
		t.Errorf("responses %v", got)
	}
}

// TestOAuth2TokenEndpointFaults: every way a token endpoint can fail is
// the error of the request that needed the token (not sent), in words
// that say what happened, and the run goes on.
func TestOAuth2TokenEndpointFaults(t *testing.T) {
	srv, _ := oauthServer(t, testClient, nil, 0)
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	cases := []struct {
		name, tokenURL, secret string
		opts                   func(*Options)
		want                   string
	}{
		{"wrong secret", "BASE/oauth2/token", "nope", nil, "OAuth 2.0 token (client_credentials) from BASE/oauth2/token failed: invalid_client: client authentication failed"},
		{"error in a 200", "BASE/hostile/error200", "s3cret-client", nil, "failed: invalid_scope: scope xyz is not allowed"},
		{"form-encoded error", "BASE/hostile/errorform", "s3cret-client", nil, "failed: invalid_client: no such client"},
		{"500 text", "BASE/hostile/500", "s3cret-client", nil, "failed: status 500, and the answer is not an OAuth 2.0 error (Content-Type text/plain, 17 bytes)"},
		{"html", "BASE/hostile/html", "s3cret-client", nil, "failed: the answer is not JSON (Content-Type text/html, 33 bytes)"},
		{"no access_token", "BASE/hostile/noaccess", "s3cret-client", nil, "failed: the JSON answer has no access_token"},
		{"cut JSON", "BASE/hostile/badjson", "s3cret-client", nil, "failed: the answer is not JSON (Content-Type application/json, 24 bytes)"},
		{"slow", "BASE/hostile/slow", "s3cret-client", func(o *Options) { o.TimeoutReq = 300 * time.Millisecond }, "failed: no answer within 300ms (--timeout-request)"},
		{"huge", "BASE/hostile/huge?mb=100", "s3cret-client", func(o *Options) { o.MaxResponseSize = 1 << 20 }, "failed: Maximum response size reached"},
		{"refused", deadURL + "/token", "s3cret-client", nil, "failed: connect ECONNREFUSED"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			auth := oauth2Auth("grant_type", "client_credentials", "accessTokenUrl", tc.tokenURL, "clientId", "cid", "clientSecret", tc.secret)
			doc := `{"info":{"name":"T"},"item":[{"name":"needs","request":{"url":"BASE/api/me","auth":` + auth + `}},` + req("next", "BASE/api/me?free") + `]}`
			o := Options{Collection: collection(t, doc, srv.URL)}
			if tc.opts != nil {
				tc.opts(&o)
			}
			start := time.Now()
			_, evs, s, err := runOpts(t, o)
			if err != nil {
				t.Fatal(err)
			}
			if time.Since(start) > 5*time.Second {
				t.Errorf("the run took %v", time.Since(start))
			}
			x := s.Executions[0]
			want := strings.ReplaceAll(tc.want, "BASE", srv.URL)
			if x.RequestError == nil || !strings.Contains(x.RequestError.Message, want) || x.Response != nil {
				t.Fatalf("request error %+v, want %q", x.RequestError, want)
			}
			if len(s.Executions) != 2 || s.Executions[1].Response == nil {
				t.Errorf("the run did not go on to the next request")
			}
			if toks := tokenEvents(evs); len(toks) != 1 || toks[0].Error == nil {
				t.Errorf("AuthToken events %+v", toks)
			}
			if len(s.Failures) != 1 || s.Failures[0].At != "request" {
				t.Errorf("failures %+v", s.Failures)
			}
		})
	}
}

// browser plays the person: it opens the authorization URL and follows the
// redirect to the redirect_uri no further, handing back the code.
func browser(t *testing.T, seen *[]OAuth2Authorization) func(context.Context, OAuth2Authorization) (string, error) {
	return func(ctx context.Context, a OAuth2Authorization) (string, error) {
		*seen = append(*seen, a)
		c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		resp, err := c.Get(a.URL)
		if err != nil {
			return "", err
		}
		resp.Body.Close()
		loc, err := url.Parse(resp.Header.Get("Location"))
		if err != nil {
			return "", err
		}
		q := loc.Query()
		if q.Get("state") != a.State {
			t.Errorf("state %q came back, %q was sent", q.Get("state"), a.State)
		}
		if e := q.Get("error"); e != "" {
			return "", errors.New("redirected with " + e) // not an *oauth2.Error: the test's own failure
		}
		return q.Get("code"), nil
	}
}

func TestOAuth2AuthorizationCodeWithAndWithoutPKCE(t *testing.T) {
	for _, grant := range []struct{ name, grant, method string }{
		{"plain code", "authorization_code", ""},
		{"PKCE S256", "authorization_code_with_pkce", "S256"},
		{"PKCE plain", "authorization_code_with_pkce", "plain"},
	} {
		t.Run(grant.name, func(t *testing.T) {
			srv, o := oauthServer(t, testClient, nil, 0)
			auth := oauth2Auth("grant_type", grant.grant, "authUrl", "BASE/oauth2/authorize", "accessTokenUrl", "BASE/oauth2/token",
				"clientId", "cid", "clientSecret", "s3cret-client", "redirect_uri", "http://127.0.0.1:9/cb", "scope", "profile",
				"challengeAlgorithm", grant.method, "authRequestParams", []map[string]any{{"key": "prompt", "value": "consent", "enabled": true, "send_as": "request_url"}})
			doc := `{"info":{"name":"T"},"auth":` + auth + `,"item":[` + req("one", "BASE/api/me") + `,` + req("two", "BASE/api/me") + `]}`
			var asked []OAuth2Authorization
			var secrets []string
			_, evs, s, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL), OAuth2Authorize: browser(t, &asked),
				OnSecret: func(v string) { secrets = append(secrets, v) }})
			if err != nil {
				t.Fatal(err)
			}
			if got := codes(s); got[0] != 200 || got[1] != 200 {
				t.Fatalf("responses %v (%+v)", got, s.Executions[0].RequestError)
			}
			if len(asked) != 1 || asked[0].Request != "one" || asked[0].Grant != grant.grant || asked[0].RedirectURI != "http://127.0.0.1:9/cb" {
				t.Fatalf("the person was asked %+v", asked)
			}
			u, _ := url.Parse(asked[0].URL)
			q := u.Query()
			if q.Get("response_type") != "code" || q.Get("client_id") != "cid" || q.Get("scope") != "profile" || q.Get("prompt") != "consent" || q.Get("state") == "" {
				t.Errorf("authorization URL %s", asked[0].URL)
			}
			if pkce := grant.method != ""; pkce != q.Has("code_challenge") || pkce && q.Get("code_challenge_method") != grant.method {
				t.Errorf("authorization URL %s", asked[0].URL)
			}
			calls := o.Calls()
			if len(calls) != 1 || calls[0].Grant != "authorization_code" || calls[0].Form.Get("redirect_uri") != "http://127.0.0.1:9/cb" {
				t.Fatalf("token requests %+v", calls)
			}
			if v := calls[0].Form.Get("code_verifier"); (grant.method != "") != (v != "") || v != "" && !contains(secrets, v) {
				t.Errorf("code_verifier %q (secrets %q)", v, secrets)
			}
			if !contains(secrets, calls[0].Form.Get("code")) {
				t.Error("the authorization code was not masked")
			}
			if toks := tokenEvents(evs); len(toks) != 1 || toks[0].Grant != grant.grant {
				t.Errorf("AuthToken events %+v", toks)
			}
		})
	}
}

// TestOAuth2AuthorizationDenied: the authorization server's error in the
// redirect is the request's error, and nobody is asked again in the run.
func TestOAuth2AuthorizationDenied(t *testing.T) {
	srv, o := oauthServer(t, testClient, nil, 0)
	auth := oauth2Auth("grant_type", "authorization_code", "authUrl", "BASE/oauth2/authorize", "accessTokenUrl", "BASE/oauth2/token",
		"clientId", "cid", "clientSecret", "s3cret-client", "redirect_uri", "http://127.0.0.1:9/cb")
	doc := `{"info":{"name":"T"},"auth":` + auth + `,"item":[` + req("one", "BASE/api/me") + `,` + req("two", "BASE/api/me") + `]}`
	asked := 0
	deny := func(ctx context.Context, a OAuth2Authorization) (string, error) {
		asked++
		return "", &oauth2ErrorForTest
	}
	_, _, s, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL), OAuth2Authorize: deny})
	if err != nil {
		t.Fatal(err)
	}
	if asked != 1 || len(o.Calls()) != 0 {
		t.Errorf("asked %d times, %d token requests", asked, len(o.Calls()))
	}
	for i, x := range s.Executions {
		if x.RequestError == nil || !strings.Contains(x.RequestError.Message, "OAuth 2.0 authorization (authorization_code) failed: access_denied: the user said no") {
			t.Errorf("request %d: %+v", i+1, x.RequestError)
		}
	}
}

// TestOAuth2NoPersonStopsTheRun: authorization_code without a person
// (OAuth2Authorize nil: no terminal) and the implicit grant end the run
// with a usage error (exit 2) before the request is sent.
func TestOAuth2NoPersonStopsTheRun(t *testing.T) {
	for _, tc := range []struct{ grant, want string }{
		{"authorization_code", `"one" needs an OAuth 2.0 token from the authorization_code grant, which needs a person at a browser: run courier on a terminal once and keep the tokens with --export-environment or --export-collection`},
		{"implicit", `"one" needs an OAuth 2.0 token from the implicit grant, which courier does not support`},
	} {
		t.Run(tc.grant, func(t *testing.T) {
			srv, rec := testServer(t)
			auth := oauth2Auth("grant_type", tc.grant, "authUrl", "BASE/authorize", "accessTokenUrl", "BASE/token", "clientId", "cid")
			doc := `{"info":{"name":"T"},"auth":` + auth + `,"item":[` + req("one", "BASE/api") + `,` + req("two", "BASE/api") + `]}`
			_, evs, _, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL)})
			var ue *UsageError
			if !errors.As(err, &ue) || !strings.Contains(ue.Msg, tc.want) || strings.Contains(ue.Msg, "\n") {
				t.Fatalf("err %v, want %q", err, tc.want)
			}
			if len(rec.paths()) != 0 {
				t.Errorf("requests were sent: %v", rec.paths())
			}
			end, _ := evs.events[len(evs.events)-1].(events.RunEnd)
			if end.Reason != "oauth2" || end.Error == nil {
				t.Errorf("run end %+v", end)
			}
		})
	}
}

// TestOAuth2SavedTokenUsedAsIs: a managed auth with a saved token that has
// not expired is signed with it (no token request), as Newman signs it.
func TestOAuth2SavedTokenUsedAsIsAndNoFetch(t *testing.T) {
	srv, rec := testServer(t)
	auth := oauth2Auth("grant_type", "client_credentials", "accessTokenUrl", "BASE/token", "clientId", "cid", "accessToken", "saved-1234",
		"addTokenTo", "queryParams")
	doc := `{"info":{"name":"T"},"auth":` + auth + `,"item":[` + req("one", "BASE/api") + `]}`
	if _, _, _, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL)}); err != nil {
		t.Fatal(err)
	}
	if got := rec.paths(); len(got) != 1 || got[0] != "/api" || rec.reqs[0].RawQuery != "access_token=saved-1234" {
		t.Errorf("requests %v %q", got, rec.reqs[0].RawQuery)
	}
	// --no-oauth2-fetch: no token, no token request (Newman's way)
	auth = oauth2Auth("grant_type", "client_credentials", "accessTokenUrl", "BASE/token", "clientId", "cid")
	doc = `{"info":{"name":"T"},"auth":` + auth + `,"item":[` + req("one", "BASE/api") + `]}`
	_, _, s, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL), NoOAuth2Fetch: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := rec.paths(); len(got) != 2 || got[1] != "/api" || rec.reqs[1].Header.Get("Authorization") != "" || s.AuthTokens != 0 {
		t.Errorf("requests %v", got)
	}
}

// TestOAuth2ConcurrentSendRequestsShareOneToken: a script's pm.sendRequest
// calls with the same oauth2 auth, in flight at once, wait for one token.
func TestOAuth2ConcurrentSendRequestsShareOneToken(t *testing.T) {
	srv, o := oauthServer(t, testClient, nil, 0)
	script := `
for (var i = 0; i < 20; i++) {
  pm.sendRequest({url: 'BASE/api/me', auth: {type: 'oauth2', oauth2: [
      {key: 'grant_type', value: 'client_credentials'}, {key: 'accessTokenUrl', value: 'BASE/oauth2/token'},
      {key: 'clientId', value: 'cid'}, {key: 'clientSecret', value: 's3cret-client'}]}},
    function (err, res) { pm.test('answered ' + i, function () { pm.expect(err).to.equal(null); pm.expect(res.code).to.equal(200); }); });
}`
	js, _ := json.Marshal(strings.ReplaceAll(script, "BASE", srv.URL))
	doc := `{"info":{"name":"T"},"item":[{"name":"maker","request":"BASE/free","event":[{"listen":"prerequest","script":{"exec":` + string(js) + `}}]}]}`
	_, evs, s, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL), TimeoutScript: 30 * time.Second,
		Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{}) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Calls()) != 1 {
		t.Errorf("%d token requests for 20 concurrent pm.sendRequest", len(o.Calls()))
	}
	if s.Stats.Assertions.Total != 20 || s.Stats.Assertions.Failed != 0 {
		t.Errorf("assertions %+v", s.Stats.Assertions)
	}
	toks := tokenEvents(evs)
	if len(toks) != 1 || toks[0].Script == nil || toks[0].Script.Event != "prerequest" || toks[0].Item.Name != "maker" {
		t.Errorf("AuthToken events %+v", toks)
	}
}

var oauth2ErrorForTest = oauth2.Error{Code: "access_denied", Description: "the user said no"}
