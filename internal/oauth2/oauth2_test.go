package oauth2

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

// params makes a Getter from key/value pairs.
func kvs(kv ...any) Getter {
	m := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return func(k string) (any, bool) { v, ok := m[k]; return v, ok }
}

func TestFromAuthReadsPostmansKeys(t *testing.T) {
	c := FromAuth(kvs("grant_type", "password_credentials", "accessTokenUrl", " https://id/token ", "clientId", "cid",
		"clientSecret", "sec", "username", "u", "password", "p", "scope", "a b", "client_authentication", "body",
		"tokenRequestParams", []any{
			map[string]any{"key": "audience", "value": "{{aud}}", "enabled": true, "send_as": "request_body"},
			map[string]any{"key": "X-H", "value": "h", "send_as": "request_header"},
			map[string]any{"key": "off", "value": "x", "enabled": false},
			map[string]any{"key": "", "value": "no key"},
			"not an object",
		},
		"refreshRequestParams", `[{"key":"r","value":"1","enabled":true,"send_as":"request_url"}]`,
	), func(s string) string { return strings.ReplaceAll(s, "{{aud}}", "api") })
	if c.Grant != Password || c.AccessTokenURL != "https://id/token" || c.ClientAuth != "body" || c.Scope != "a b" {
		t.Errorf("config %+v", c)
	}
	want := []Param{{"audience", "api", InBody}, {"X-H", "h", InHeader}}
	if len(c.TokenParams) != 2 || c.TokenParams[0] != want[0] || c.TokenParams[1] != want[1] {
		t.Errorf("token params %+v", c.TokenParams)
	}
	if len(c.RefreshParams) != 1 || c.RefreshParams[0] != (Param{"r", "1", InURL}) {
		t.Errorf("refresh params (a list given as JSON text) %+v", c.RefreshParams)
	}
	for _, tc := range []struct {
		grant, want string
		pkce        bool
	}{
		{"client_credentials", ClientCredentials, false}, {"password", Password, false}, {"authorization_code", AuthorizationCode, false},
		{"authorization_code_with_pkce", AuthorizationCode, true}, {"implicit", Implicit, false}, {"Client_Credentials ", ClientCredentials, false},
		{"saml", "", false}, {"", "", false},
	} {
		c := FromAuth(kvs("grant_type", tc.grant), nil)
		if c.Grant != tc.want || c.PKCE != tc.pkce {
			t.Errorf("grant_type %q: %q pkce %v", tc.grant, c.Grant, c.PKCE)
		}
	}
	if c := FromAuth(kvs("challengeAlgorithm", "plain", "callBackUrl", "http://127.0.0.1:1/cb"), nil); c.ChallengeMethod != "plain" || c.RedirectURI != "http://127.0.0.1:1/cb" || c.ClientAuth != "header" {
		t.Errorf("config %+v", c)
	}
	if c := FromAuth(kvs(), nil); c.ChallengeMethod != "S256" {
		t.Errorf("default challenge method %q", c.ChallengeMethod)
	}
}

func TestFetchesAndKey(t *testing.T) {
	for _, tc := range []struct {
		kv   []any
		want bool
	}{
		{[]any{"grant_type", "client_credentials", "accessTokenUrl", "u"}, true},
		{[]any{"grant_type", "client_credentials"}, false},
		{[]any{"grant_type", "password_credentials", "accessTokenUrl", "u"}, true},
		{[]any{"grant_type", "authorization_code", "accessTokenUrl", "u"}, false},
		{[]any{"grant_type", "authorization_code", "accessTokenUrl", "u", "authUrl", "a"}, true},
		{[]any{"grant_type", "implicit", "authUrl", "a"}, true},
		{[]any{"accessTokenUrl", "u", "authUrl", "a"}, false},
	} {
		if got := FromAuth(kvs(tc.kv...), nil).Fetches(); got != tc.want {
			t.Errorf("%v: Fetches %v", tc.kv, got)
		}
	}
	base := []any{"grant_type", "client_credentials", "accessTokenUrl", "u", "clientId", "c", "clientSecret", "s"}
	k := FromAuth(kvs(base...), nil).Key()
	if FromAuth(kvs(append(base, "state", "xyz", "accessToken", "t")...), nil).Key() != k {
		t.Error("the state or a saved token changed the key")
	}
	if FromAuth(kvs(append(base[:len(base):len(base)], "clientSecret", "other")...), nil).Key() == k {
		t.Error("another secret has the same key")
	}
	if FromAuth(kvs(append(base[:len(base):len(base)], "tokenRequestParams", []any{map[string]any{"key": "a", "value": "b"}})...), nil).Key() == k {
		t.Error("extra parameters do not change the key")
	}
}

func form(r Request) url.Values {
	v, _ := url.ParseQuery(r.FormBody())
	return v
}

func header(r Request, k string) string {
	for _, h := range r.Header {
		if strings.EqualFold(h[0], k) {
			return h[1]
		}
	}
	return ""
}

func TestTokenRequests(t *testing.T) {
	c := FromAuth(kvs("grant_type", "client_credentials", "accessTokenUrl", "https://id/token?v=2#frag", "clientId", "c id", "clientSecret", "s:é",
		"scope", "read", "tokenRequestParams", []any{
			map[string]any{"key": "aud", "value": "x y", "send_as": "request_url"},
			map[string]any{"key": "X-A", "value": "1", "send_as": "request_header"},
			map[string]any{"key": "extra", "value": "&="}}), nil)
	r := c.TokenRequest("", "")
	if r.Grant != ClientCredentials || r.URL != "https://id/token?v=2&aud=x+y#frag" {
		t.Errorf("request %+v", r)
	}
	if r.FormBody() != "grant_type=client_credentials&scope=read&extra=%26%3D" {
		t.Errorf("body %q", r.FormBody())
	}
	// Basic as the Postman app sends it: id and secret as they are
	if got := header(r, "Authorization"); got != "Basic YyBpZDpzOsOp" || header(r, "X-A") != "1" || header(r, "Content-Type") != "application/x-www-form-urlencoded" {
		t.Errorf("headers %v", r.Header)
	}

	c = FromAuth(kvs("grant_type", "password", "accessTokenUrl", "u", "clientId", "cid", "clientSecret", "sec", "username", "ann", "password", "pw",
		"client_authentication", "body", "refreshTokenUrl", "https://id/refresh", "refreshRequestParams", []any{map[string]any{"key": "r", "value": "1"}}), nil)
	f := form(c.TokenRequest("", ""))
	if f.Get("grant_type") != "password" || f.Get("username") != "ann" || f.Get("password") != "pw" || f.Get("client_id") != "cid" || f.Get("client_secret") != "sec" {
		t.Errorf("password form %v", f)
	}
	rr := c.RefreshRequest("rt1")
	if f := form(rr); rr.URL != "https://id/refresh" || rr.Grant != RefreshToken || f.Get("refresh_token") != "rt1" || f.Get("r") != "1" || f.Get("client_secret") != "sec" || header(rr, "Authorization") != "" {
		t.Errorf("refresh %+v", rr)
	}
	c.RefreshTokenURL = ""
	if rr := c.RefreshRequest("x"); rr.URL != "u" {
		t.Errorf("refresh URL without refreshTokenUrl: %q", rr.URL)
	}

	// a public client (no secret) names itself in the body
	c = FromAuth(kvs("grant_type", "authorization_code_with_pkce", "accessTokenUrl", "u", "authUrl", "a", "clientId", "pub", "redirect_uri", "http://127.0.0.1:5/cb", "scope", "s"), nil)
	r = c.TokenRequest("the-code", "the-verifier")
	if f := form(r); f.Get("code") != "the-code" || f.Get("code_verifier") != "the-verifier" || f.Get("redirect_uri") != "http://127.0.0.1:5/cb" || f.Get("client_id") != "pub" || f.Has("scope") || header(r, "Authorization") != "" {
		t.Errorf("authorization_code form %v, headers %v", f, r.Header)
	}
	au, _ := url.Parse(c.AuthorizationURL("st", "ch"))
	q := au.Query()
	if q.Get("response_type") != "code" || q.Get("client_id") != "pub" || q.Get("state") != "st" || q.Get("code_challenge") != "ch" || q.Get("code_challenge_method") != "S256" || q.Get("scope") != "s" {
		t.Errorf("authorization URL %s", au)
	}
}

func TestPKCE(t *testing.T) {
	// RFC 7636 appendix B
	if got := Challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "S256"); got != "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM" {
		t.Errorf("S256 challenge %q", got)
	}
	if Challenge("v", "plain") != "v" {
		t.Error("plain challenge")
	}
	v, err := NewVerifier(nil)
	if err != nil || len(v) != 43 || strings.Trim(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != "" {
		t.Errorf("verifier %q %v", v, err)
	}
	if w, _ := NewVerifier(nil); w == v {
		t.Error("two verifiers are the same")
	}
}

func TestParseToken(t *testing.T) {
	cases := []struct {
		name        string
		status      int
		ct, body    string
		tok         Token
		err         string
		oauth2Error bool
	}{
		{"json", 200, "application/json", `{"access_token":"a","token_type":"Bearer","expires_in":3600,"refresh_token":"r","scope":"x","id_token":"i"}`,
			Token{AccessToken: "a", TokenType: "Bearer", ExpiresIn: 3600, RefreshToken: "r", Scope: "x", IDToken: "i"}, "", false},
		{"expires_in as text, fractional", 200, "application/json; charset=utf-8", `{"access_token":"a","expires_in":"59.2"}`, Token{AccessToken: "a", ExpiresIn: 60}, "", false},
		{"absurd expires_in", 200, "", `{"access_token":"a","expires_in":1e300}`, Token{AccessToken: "a", ExpiresIn: maxExpiresIn}, "", false},
		{"negative expires_in", 200, "", `{"access_token":"a","expires_in":-5}`, Token{AccessToken: "a"}, "", false},
		{"form (GitHub)", 200, "application/x-www-form-urlencoded; charset=utf-8", "access_token=gho_1&scope=repo&token_type=bearer", Token{AccessToken: "gho_1", Scope: "repo", TokenType: "bearer"}, "", false},
		{"form without its type", 200, "text/plain", "access_token=x&expires_in=10", Token{AccessToken: "x", ExpiresIn: 10}, "", false},
		{"json error", 400, "application/json", `{"error":"invalid_grant","error_description":"expired\ncode","error_uri":"https://e"}`, Token{}, "invalid_grant: expired code (https://e)", true},
		{"error in a 200", 200, "application/json", `{"error":"slow_down"}`, Token{}, "slow_down", true},
		{"form error", 401, "application/x-www-form-urlencoded", "error=invalid_client", Token{}, "invalid_client", true},
		{"500 html", 500, "text/html", "<h1>oops</h1>", Token{}, "status 500, and the answer is not an OAuth 2.0 error (Content-Type text/html, 13 bytes)", false},
		{"503 empty", 503, "", "", Token{}, "status 503 without an OAuth 2.0 error", false},
		{"401 json without error", 401, "application/json", `{"message":"no"}`, Token{}, "status 401 without an OAuth 2.0 error", false},
		{"200 html", 200, "text/html", "<html>login</html>", Token{}, "the answer is not JSON (Content-Type text/html, 18 bytes)", false},
		{"200 empty", 200, "", "", Token{}, "the answer is not JSON (no Content-Type, 0 bytes)", false},
		{"no access_token", 200, "application/json", `{"token_type":"bearer"}`, Token{}, "the JSON answer has no access_token", false},
		{"access_token not a string", 200, "application/json", `{"access_token":{"v":1}}`, Token{}, "the JSON answer has no access_token", false},
		{"trailing data", 200, "application/json", `{"access_token":"a"} {}`, Token{}, "the answer is not JSON", false},
		{"json array", 200, "application/json", `["access_token"]`, Token{}, "the answer is not JSON", false},
		{"json type, form body", 200, "application/json", `access_token=a`, Token{}, "the answer is not JSON", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tok, err := ParseToken(tc.status, tc.ct, []byte(tc.body))
			if tc.err == "" {
				if err != nil || tok != tc.tok {
					t.Fatalf("got %+v, %v; want %+v", tok, err, tc.tok)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("err %v, want %q", err, tc.err)
			}
			var oe *Error
			if errors.As(err, &oe) != tc.oauth2Error {
				t.Errorf("an *Error: %v, want %v", !tc.oauth2Error, tc.oauth2Error)
			}
		})
	}
	// a server's long description is cut, on one line
	long := `{"error":"x","error_description":"` + strings.Repeat("é", 1000) + `"}`
	_, err := ParseToken(400, "", []byte(long))
	if msg := err.Error(); len(msg) > 2*maxField || !strings.HasSuffix(msg, "…") || !json.Valid([]byte(strconv.Quote(msg))) {
		t.Errorf("long error: %d bytes", len(msg))
	}
}

// FuzzParseToken: any answer reads without a panic; a token has an access
// token and a sane lifetime; an error is one line.
func FuzzParseToken(f *testing.F) {
	f.Add(200, "application/json", []byte(`{"access_token":"a","expires_in":3600}`))
	f.Add(400, "application/json", []byte(`{"error":"invalid_grant","error_description":"x"}`))
	f.Add(200, "application/x-www-form-urlencoded", []byte("access_token=a&token_type=bearer"))
	f.Add(500, "text/html", []byte("<html>"))
	f.Add(200, "", []byte(`{"access_token":"a","expires_in":"1e999"}`))
	f.Fuzz(func(t *testing.T, status int, ct string, body []byte) {
		tok, err := ParseToken(status, ct, body)
		if err != nil {
			if strings.ContainsAny(err.Error(), "\r\n") {
				t.Errorf("a multi-line error: %q", err)
			}
			return
		}
		if tok.AccessToken == "" || tok.ExpiresIn < 0 || tok.ExpiresIn > maxExpiresIn {
			t.Errorf("token %+v", tok)
		}
	})
}

func TestLoopbackAddrs(t *testing.T) {
	for _, tc := range []struct {
		uri, addrs, path string
		ok               bool
	}{
		{"http://127.0.0.1:8910/callback", "127.0.0.1:8910", "/callback", true},
		{"http://localhost:8910", "127.0.0.1:8910 [::1]:8910", "/", true},
		{"http://[::1]:7/cb?x=1", "[::1]:7", "/cb", true},
		{"http://LOCALHOST/cb", "127.0.0.1:80 [::1]:80", "/cb", true},
		{"https://127.0.0.1:8910/cb", "", "", false},
		{"https://oauth.pstmn.io/v1/callback", "", "", false},
		{"http://example.com:8910/cb", "", "", false},
		{"http://10.0.0.1:8910/cb", "", "", false},
		{"myapp://cb", "", "", false},
		{"", "", "", false},
	} {
		addrs, path, err := LoopbackAddrs(tc.uri)
		if tc.ok != (err == nil) || strings.Join(addrs, " ") != tc.addrs || path != tc.path {
			t.Errorf("%q: %v %q %v", tc.uri, addrs, path, err)
		}
		if err != nil && !errors.Is(err, ErrNotLoopback) {
			t.Errorf("%q: %v does not wrap ErrNotLoopback", tc.uri, err)
		}
	}
}

func freePort(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
}

func get(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestCallback(t *testing.T) {
	base := "http://127.0.0.1:" + freePort(t)
	cb, err := Listen(base+"/cb", "st8")
	if err != nil {
		t.Fatal(err)
	}
	if code, _ := get(t, base+"/favicon.ico"); code != 404 {
		t.Errorf("another path: %d", code)
	}
	if code, body := get(t, base+"/cb?code=c1&state=old"); code != 400 || !strings.Contains(body, "state") {
		t.Errorf("another state: %d %s", code, body)
	}
	if code, _ := get(t, base+"/cb?state=st8"); code != 400 {
		t.Errorf("no code: %d", code)
	}
	if code, body := get(t, base+"/cb?code=c%3D2&state=st8"); code != 200 || !strings.Contains(body, "close this window") {
		t.Errorf("the code: %d %s", code, body)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if code, err := cb.Wait(ctx); code != "c=2" || err != nil {
		t.Errorf("Wait: %q %v", code, err)
	}
	cb.Close()

	// the authorization server's error, and the port taken
	cb2, err := Listen(base+"/cb", "s")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Listen(base+"/cb", "s"); err == nil || !strings.Contains(err.Error(), "cannot listen") {
		t.Errorf("a second listener on the port: %v", err)
	}
	get(t, base+"/cb?error=access_denied&error_description=no+thanks&state=s")
	_, err = cb2.Wait(ctx)
	var oe *Error
	if !errors.As(err, &oe) || oe.Error() != "access_denied: no thanks" {
		t.Errorf("Wait: %v", err)
	}
	cb2.Close()

	// nobody comes
	cb3, err := Listen(base+"/cb", "s")
	if err != nil {
		t.Fatal(err)
	}
	defer cb3.Close()
	short, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	if _, err := cb3.Wait(short); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Wait without a redirect: %v", err)
	}
}
