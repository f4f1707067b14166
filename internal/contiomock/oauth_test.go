package contiomock

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestHappyPathOverHTTP runs the collection's seven steps against a real
// listener with a cookie jar; consent relies on the cookie alone.
func TestHappyPathOverHTTP(t *testing.T) {
	s, _ := newTestServer(t, func(c *Config) { c.OTP = "" }) // random OTP, read from the mailbox
	srv := httptest.NewServer(s)
	defer srv.Close()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Jar: jar}

	send := func(method, path, contentType, body string, basic bool, bearer string) (int, http.Header, map[string]any) {
		t.Helper()
		req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		if basic {
			req.SetBasicAuth(DemoClientID, DemoClientSecret)
		}
		if bearer != "" {
			req.Header.Set("Authorization", "Bearer "+bearer)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatalf("%s %s: %v: %s", method, path, err, raw)
		}
		if resp.Header.Get("X-Request-Id") == "" {
			t.Errorf("%s %s: no X-Request-Id", method, path)
		}
		return resp.StatusCode, resp.Header, m
	}
	const js = "application/json"
	const form = "application/x-www-form-urlencoded"

	// 1. initiate
	st, _, m := send("POST", "/auth/initiate", js, `{"client_id":"demo-partner-client","email":"User@Example.com","name":"Pat User"}`, true, "")
	if st != 200 || m["session"] == "" || m["user_provisioned"] != true {
		t.Fatalf("initiate: %d %v", st, m)
	}
	session := m["session"].(string)
	st, _, m = send("GET", "/_mock/mailbox?email=user%40example.com", "", "", false, "")
	codes, _ := m["codes"].([]any)
	if st != 200 || len(codes) != 1 || m["email"] != "user@example.com" {
		t.Fatalf("mailbox: %d %v", st, m)
	}
	otp := codes[0].(string)
	if len(otp) != 6 || strings.Trim(otp, "0123456789") != "" {
		t.Fatalf("OTP %q is not 6 digits", otp)
	}
	if got := s.Mailbox("USER@example.com "); !slices.Equal(got, []string{otp}) {
		t.Errorf("Mailbox() = %v, want [%s]", got, otp)
	}

	// 2. verify: session_id in the body and as an HttpOnly cookie on /
	st, hdr, m := send("POST", "/auth/verify", js, `{"client_id":"demo-partner-client","email":"user@example.com","code":"`+otp+`","session":"`+session+`"}`, true, "")
	if st != 200 || m["session_id"] == "" {
		t.Fatalf("verify: %d %v", st, m)
	}
	cookie := hdr.Get("Set-Cookie")
	for _, want := range []string{"session_id=" + m["session_id"].(string), "Path=/", "HttpOnly"} {
		if !strings.Contains(cookie, want) {
			t.Errorf("Set-Cookie %q lacks %q", cookie, want)
		}
	}

	// 3. consent, form-encoded, session from the cookie jar only
	st, _, m = send("POST", "/oauth2/consent", form, url.Values{
		"client_id": {DemoClientID}, "scope": {"openid profile meetings:read"},
		"redirect_uri": {DemoRedirectURI}, "state": {"abc 123"},
	}.Encode(), false, "")
	if st != 200 {
		t.Fatalf("consent: %d %v", st, m)
	}
	code := m["code"].(string)
	wantRedirect := "http://localhost:3000/callback?code=" + url.QueryEscape(code) + "&state=abc+123"
	if m["redirect_url"] != wantRedirect || m["redirect_to"] != wantRedirect || m["state"] != "abc 123" || m["redirect_uri"] != DemoRedirectURI {
		t.Errorf("consent body = %v, want redirect %s", m, wantRedirect)
	}

	// 4. token
	st, hdr, m = send("POST", "/oauth2/token", form, "grant_type=authorization_code&code="+url.QueryEscape(code)+"&redirect_uri="+url.QueryEscape(DemoRedirectURI), true, "")
	if st != 200 || m["token_type"] != "Bearer" || m["expires_in"] != float64(86400) || m["scope"] != "openid profile meetings:read" {
		t.Fatalf("token: %d %v", st, m)
	}
	if hdr.Get("Cache-Control") != "no-store" {
		t.Errorf("token Cache-Control = %q, want no-store", hdr.Get("Cache-Control"))
	}
	access, refresh, idt := m["access_token"].(string), m["refresh_token"].(string), m["id_token"].(string)
	if access == "" || refresh == "" || access == refresh {
		t.Fatalf("tokens: %v", m)
	}
	checkIDToken(t, idt, srv.URL)

	// 5. API call
	st, _, m = send("GET", "/v1/partner/user/meetings", "", "", false, access)
	if st != 200 || m["total"] != float64(2) || m["limit"] != float64(20) || m["offset"] != float64(0) {
		t.Fatalf("meetings: %d %v", st, m)
	}

	// 6. refresh
	st, _, m = send("POST", "/oauth2/token", form, "grant_type=refresh_token&refresh_token="+url.QueryEscape(refresh), true, "")
	if st != 200 || m["access_token"] == access || m["refresh_token"] == refresh || m["access_token"] == "" {
		t.Fatalf("refresh: %d %v", st, m)
	}

	// 7. introspect the ID token
	st, _, m = send("POST", "/oauth2/introspect", form, "token="+url.QueryEscape(idt), true, "")
	if st != 200 || m["active"] != true || m["email"] != "user@example.com" || m["iss"] != srv.URL || m["token_type"] != "id_token" {
		t.Fatalf("introspect: %d %v", st, m)
	}
	exp, _ := m["exp"].(float64)
	if int64(exp)-time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC).Unix() != 3600 {
		t.Errorf("ID token exp = %v, want 1 hour after the fake now", exp)
	}
}

// checkIDToken verifies the HS256 signature with the demo secret (RFC 7515
// section 5.2, computed here with crypto/hmac) and the claims.
func checkIDToken(t *testing.T, tok, issuer string) {
	t.Helper()
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		t.Fatalf("ID token %q has %d parts", tok, len(parts))
	}
	mac := hmac.New(sha256.New, []byte(DemoClientSecret))
	mac.Write([]byte(parts[0] + "." + parts[1]))
	if want := base64.RawURLEncoding.EncodeToString(mac.Sum(nil)); parts[2] != want {
		t.Errorf("ID token signature %q, want %q", parts[2], want)
	}
	header, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil || string(header) != `{"alg":"HS256","typ":"JWT"}` {
		t.Errorf("ID token header %q (%v)", header, err)
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		t.Fatal(err)
	}
	var claims map[string]any
	if err := json.Unmarshal(payload, &claims); err != nil {
		t.Fatal(err)
	}
	now := float64(time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC).Unix())
	want := map[string]any{
		"iss": issuer, "aud": DemoClientID, "email": "user@example.com", "email_verified": true,
		"iat": now, "exp": now + 3600, "name": "Pat User",
	}
	for k, v := range want {
		if claims[k] != v {
			t.Errorf("claim %s = %v, want %v", k, claims[k], v)
		}
	}
	if sub, _ := claims["sub"].(string); sub == "" {
		t.Errorf("claim sub missing: %v", claims)
	}
}

func TestJWTSignatureRFC7515(t *testing.T) {
	// RFC 7515 appendix A.1: the HS256 example.
	key, err := base64.RawURLEncoding.DecodeString("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow")
	if err != nil {
		t.Fatal(err)
	}
	input := "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9" + "." +
		"eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
	if got, want := hs256(input, key), "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"; got != want {
		t.Errorf("hs256 = %s, want %s", got, want)
	}
}

func TestVerifyOTP(t *testing.T) {
	tests := []struct {
		name     string
		steps    func(t *testing.T, s *Server, clock *fakeClock, session string) (code, sess string)
		status   int
		err      string
		desc     string
		wantOKID bool
	}{
		{
			name:   "wrong code",
			steps:  func(*testing.T, *Server, *fakeClock, string) (string, string) { return "000000", "" },
			status: 400, err: "invalid_grant", desc: "Invalid OTP",
		},
		{
			name:   "code with a trailing space",
			steps:  func(*testing.T, *Server, *fakeClock, string) (string, string) { return "123456 ", "" },
			status: 400, err: "invalid_grant", desc: "Invalid OTP",
		},
		{
			name: "expired after 10 minutes",
			steps: func(_ *testing.T, _ *Server, c *fakeClock, _ string) (string, string) {
				c.Advance(10 * time.Minute)
				return "123456", ""
			},
			status: 400, err: "invalid_grant", desc: "Session expired",
		},
		{
			name: "still valid just before 10 minutes",
			steps: func(_ *testing.T, _ *Server, c *fakeClock, _ string) (string, string) {
				c.Advance(10*time.Minute - time.Second)
				return "123456", ""
			},
			status: 200, wantOKID: true,
		},
		{
			name:   "unknown session",
			steps:  func(*testing.T, *Server, *fakeClock, string) (string, string) { return "123456", "no-such-session" },
			status: 400, err: "invalid_grant", desc: "Session expired",
		},
		{
			name: "five wrong codes void the OTP",
			steps: func(t *testing.T, s *Server, _ *fakeClock, session string) (string, string) {
				for range 5 {
					call{method: "POST", path: "/auth/verify", basic: demoBasic, json: map[string]string{
						"email": testEmail, "code": "999999", "session": session}}.do(t, s).
						wantError(t, 400, "invalid_grant", "Invalid OTP")
				}
				return "123456", ""
			},
			status: 400, err: "invalid_grant", desc: "Session expired",
		},
		{
			name: "a newer OTP replaces the older one",
			steps: func(t *testing.T, s *Server, _ *fakeClock, _ string) (string, string) {
				initiate(t, s, testEmail)
				return "123456", ""
			},
			status: 400, err: "invalid_grant", desc: "Session expired",
		},
		{
			name: "session used twice",
			steps: func(t *testing.T, s *Server, _ *fakeClock, session string) (string, string) {
				verify(t, s, testEmail, session, "123456")
				return "123456", ""
			},
			status: 400, err: "invalid_grant", desc: "Session expired",
		},
		{
			name:   "missing code",
			steps:  func(*testing.T, *Server, *fakeClock, string) (string, string) { return "", "" },
			status: 400, err: "invalid_request", desc: "Missing code parameter",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, clock := newTestServer(t, nil)
			session := initiate(t, s, testEmail)
			code, sess := tc.steps(t, s, clock, session)
			if sess == "" {
				sess = session
			}
			r := call{method: "POST", path: "/auth/verify", basic: demoBasic, json: map[string]string{
				"client_id": DemoClientID, "email": testEmail, "code": code, "session": sess,
			}}.do(t, s)
			if tc.wantOKID {
				r.wantStatus(t, tc.status)
				if r.str("session_id") == "" || !strings.Contains(r.header.Get("Set-Cookie"), "HttpOnly") {
					t.Errorf("verify ok but body %s, Set-Cookie %q", r.raw, r.header.Get("Set-Cookie"))
				}
				return
			}
			r.wantError(t, tc.status, tc.err, tc.desc)
			if r.header.Get("Set-Cookie") != "" {
				t.Errorf("failed verify set a cookie: %q", r.header.Get("Set-Cookie"))
			}
		})
	}
}

func TestInitiateErrors(t *testing.T) {
	tests := []struct {
		name   string
		c      call
		status int
		err    string
		desc   string
	}{
		{"no client auth", call{json: map[string]string{"email": testEmail}}, 401, "invalid_client", ""},
		{"wrong secret", call{basic: []string{DemoClientID, "nope"}, json: map[string]string{"email": testEmail}}, 401, "invalid_client", "Client authentication failed"},
		{"unknown client", call{basic: []string{"other", DemoClientSecret}, json: map[string]string{"email": testEmail}}, 401, "invalid_client", "Client authentication failed"},
		{"client_id differs from Basic", call{basic: demoBasic, json: map[string]string{"client_id": "other", "email": testEmail}}, 400, "invalid_request", "client_id does not match the authenticated client"},
		{"missing email", call{basic: demoBasic, json: map[string]string{"client_id": DemoClientID}}, 400, "invalid_request", "Missing email parameter"},
		{"bad email", call{basic: demoBasic, json: map[string]string{"email": "not-an-email"}}, 400, "invalid_request", "Invalid email address"},
		{"body not JSON", call{basic: demoBasic, header: map[string]string{"Content-Type": "application/json"}, form: url.Values{"email": {testEmail}}}, 400, "invalid_request", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := newTestServer(t, nil)
			tc.c.method, tc.c.path = "POST", "/auth/initiate"
			r := tc.c.do(t, s)
			r.wantError(t, tc.status, tc.err, tc.desc)
			if tc.status == 401 && r.header.Get("WWW-Authenticate") != `Basic realm="contio"` {
				t.Errorf("WWW-Authenticate = %q", r.header.Get("WWW-Authenticate"))
			}
			if len(s.Mailbox(testEmail)) != 0 {
				t.Errorf("a refused initiate sent an OTP")
			}
		})
	}
}

func TestBasicAuthFormEncodedCredentials(t *testing.T) {
	s, _ := newTestServer(t, func(c *Config) {
		c.Clients = append(c.Clients, Client{ID: "id:x", Secret: "s%3:y", RedirectURIs: []string{DemoRedirectURI}})
	})
	// RFC 6749 section 2.3.1: id and secret are form-encoded before Basic.
	r := call{method: "POST", path: "/auth/initiate", basic: []string{"id%3Ax", "s%253%3Ay"},
		json: map[string]string{"email": testEmail}}.do(t, s)
	r.wantStatus(t, 200)
}

func TestConsent(t *testing.T) {
	tests := []struct {
		name   string
		body   map[string]any // merged over a valid request
		noSess bool
		status int
		err    string
		desc   string
	}{
		{name: "no session", noSess: true, status: 401, err: "login_required"},
		{name: "unknown session", body: map[string]any{"session_id": "nope"}, status: 401, err: "login_required", desc: "Session expired"},
		{name: "unregistered redirect_uri", body: map[string]any{"redirect_uri": "http://evil.example/cb"}, status: 400, err: "invalid_request", desc: "redirect_uri does not match a registered redirect URI"},
		{name: "missing redirect_uri", body: map[string]any{"redirect_uri": ""}, status: 400, err: "invalid_request", desc: "Missing redirect_uri parameter"},
		{name: "other client", body: map[string]any{"client_id": "other"}, status: 400, err: "invalid_request", desc: "client_id does not match the session"},
		{name: "unknown scope", body: map[string]any{"scope": "openid admin"}, status: 400, err: "invalid_scope", desc: "Unknown scope: admin"},
		{name: "no scope", body: map[string]any{"scope": ""}, status: 400, err: "invalid_request", desc: "Missing scope parameter"},
		{name: "other email", body: map[string]any{"email": "someone@else.example"}, status: 400, err: "invalid_request", desc: "email does not match the session"},
		{name: "response_type token", body: map[string]any{"response_type": "token"}, status: 400, err: "unsupported_response_type"},
		{name: "denied", body: map[string]any{"consent": false}, status: 403, err: "access_denied"},
		{name: "scopes as an array", body: map[string]any{"scope": nil, "scopes": []string{"openid", "profile"}}, status: 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := newTestServer(t, nil)
			sid := verify(t, s, testEmail, initiate(t, s, testEmail), "123456")
			body := map[string]any{
				"client_id": DemoClientID, "session_id": sid, "scope": "openid profile",
				"redirect_uri": DemoRedirectURI, "state": "s1", "email": testEmail, "response_type": "code",
			}
			if tc.noSess {
				delete(body, "session_id")
			}
			for k, v := range tc.body {
				if v == nil {
					delete(body, k)
				} else {
					body[k] = v
				}
			}
			r := call{method: "POST", path: "/oauth2/consent", json: body}.do(t, s)
			if tc.status == 200 {
				r.wantStatus(t, 200)
				if r.str("scope") != "openid profile" {
					t.Errorf("scope = %q", r.str("scope"))
				}
				return
			}
			r.wantError(t, tc.status, tc.err, tc.desc)
			if tc.err == "access_denied" && r.str("redirect_url") != "http://localhost:3000/callback?error=access_denied&state=s1" {
				t.Errorf("redirect_url = %q", r.str("redirect_url"))
			}
		})
	}
}

// TestSkippedConsent: a consent that granted only openid yields a token the
// User API refuses with insufficient_scope (what running the collection with
// --env-var oauth_scopes=openid reproduces).
func TestSkippedConsent(t *testing.T) {
	s, _ := newTestServer(t, nil)
	tok := login(t, s, "openid")
	if tok.str("scope") != "openid" || tok.str("id_token") == "" {
		t.Fatalf("token: %s", tok.raw)
	}
	for _, path := range []string{"/v1/partner/user/meetings", "/v1/partner/user/profile", "/v1/partner/user/calendar/events"} {
		r := call{method: "GET", path: path, bearer: tok.str("access_token")}.do(t, s)
		r.wantError(t, 403, "insufficient_scope", "")
		if h := r.header.Get("WWW-Authenticate"); !strings.Contains(h, `error="insufficient_scope"`) {
			t.Errorf("%s: WWW-Authenticate = %q", path, h)
		}
	}
	// Without openid there is no ID token.
	s2, _ := newTestServer(t, nil)
	tok = login(t, s2, "meetings:read")
	if _, ok := tok.body["id_token"]; ok {
		t.Errorf("id_token issued without openid: %s", tok.raw)
	}
}

func TestTokenErrors(t *testing.T) {
	tests := []struct {
		name   string
		setup  func(t *testing.T, s *Server, c *fakeClock, code string) call
		status int
		err    string
		desc   string
	}{
		{
			name: "wrong client secret",
			setup: func(_ *testing.T, _ *Server, _ *fakeClock, code string) call {
				return call{basic: []string{DemoClientID, "wrong"}, form: url.Values{"grant_type": {"authorization_code"}, "code": {code}, "redirect_uri": {DemoRedirectURI}}}
			},
			status: 401, err: "invalid_client", desc: "Client authentication failed",
		},
		{
			name: "no client authentication",
			setup: func(_ *testing.T, _ *Server, _ *fakeClock, code string) call {
				return call{form: url.Values{"grant_type": {"authorization_code"}, "code": {code}, "redirect_uri": {DemoRedirectURI}}}
			},
			status: 401, err: "invalid_client",
		},
		{
			name: "missing grant_type",
			setup: func(_ *testing.T, _ *Server, _ *fakeClock, code string) call {
				return call{basic: demoBasic, form: url.Values{"code": {code}, "redirect_uri": {DemoRedirectURI}}}
			},
			status: 400, err: "invalid_request", desc: "Missing grant_type parameter",
		},
		{
			name: "missing code",
			setup: func(*testing.T, *Server, *fakeClock, string) call {
				return call{basic: demoBasic, form: url.Values{"grant_type": {"authorization_code"}, "redirect_uri": {DemoRedirectURI}}}
			},
			status: 400, err: "invalid_request", desc: "Missing code parameter",
		},
		{
			name: "missing redirect_uri",
			setup: func(_ *testing.T, _ *Server, _ *fakeClock, code string) call {
				return call{basic: demoBasic, form: url.Values{"grant_type": {"authorization_code"}, "code": {code}}}
			},
			status: 400, err: "invalid_request", desc: "Missing redirect_uri parameter",
		},
		{
			name: "redirect_uri mismatch",
			setup: func(_ *testing.T, _ *Server, _ *fakeClock, code string) call {
				return call{basic: demoBasic, form: url.Values{"grant_type": {"authorization_code"}, "code": {code}, "redirect_uri": {"http://localhost:3000/other"}}}
			},
			status: 400, err: "invalid_request", desc: "redirect_uri mismatch",
		},
		{
			name: "unknown code",
			setup: func(*testing.T, *Server, *fakeClock, string) call {
				return call{basic: demoBasic, form: url.Values{"grant_type": {"authorization_code"}, "code": {"nope"}, "redirect_uri": {DemoRedirectURI}}}
			},
			status: 400, err: "invalid_grant", desc: "Invalid authorization code",
		},
		{
			name: "expired code",
			setup: func(_ *testing.T, _ *Server, c *fakeClock, code string) call {
				c.Advance(10 * time.Minute)
				return call{basic: demoBasic, form: url.Values{"grant_type": {"authorization_code"}, "code": {code}, "redirect_uri": {DemoRedirectURI}}}
			},
			status: 400, err: "invalid_grant", desc: "Authorization code expired",
		},
		{
			name: "reused code",
			setup: func(t *testing.T, s *Server, _ *fakeClock, code string) call {
				exchange(s, t, code).wantStatus(t, 200)
				return call{basic: demoBasic, form: url.Values{"grant_type": {"authorization_code"}, "code": {code}, "redirect_uri": {DemoRedirectURI}}}
			},
			status: 400, err: "invalid_grant", desc: "Authorization code has already been used",
		},
		{
			name: "unsupported grant",
			setup: func(*testing.T, *Server, *fakeClock, string) call {
				return call{basic: demoBasic, form: url.Values{"grant_type": {"password"}}}
			},
			status: 400, err: "unsupported_grant_type",
		},
		{
			name: "multipart body",
			setup: func(*testing.T, *Server, *fakeClock, string) call {
				return call{basic: demoBasic, header: map[string]string{"Content-Type": "multipart/form-data; boundary=x"}, form: url.Values{"grant_type": {"password"}}}
			},
			status: 400, err: "invalid_request",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, clock := newTestServer(t, nil)
			sid := verify(t, s, testEmail, initiate(t, s, testEmail), "123456")
			code := consent(t, s, sid, "openid meetings:read")
			c := tc.setup(t, s, clock, code)
			c.method, c.path = "POST", "/oauth2/token"
			r := c.do(t, s)
			r.wantError(t, tc.status, tc.err, tc.desc)
			if tc.status == 401 && r.header.Get("WWW-Authenticate") != `Basic realm="contio"` {
				t.Errorf("WWW-Authenticate = %q", r.header.Get("WWW-Authenticate"))
			}
		})
	}
}

// TestReusedCodeRevokesGrant: RFC 6749 section 4.1.2 - a replayed code
// revokes the tokens issued from it.
func TestReusedCodeRevokesGrant(t *testing.T) {
	s, _ := newTestServer(t, nil)
	sid := verify(t, s, testEmail, initiate(t, s, testEmail), "123456")
	code := consent(t, s, sid, "meetings:read")
	first := exchange(s, t, code)
	first.wantStatus(t, 200)
	call{method: "GET", path: "/v1/partner/user/meetings", bearer: first.str("access_token")}.do(t, s).wantStatus(t, 200)
	exchange(s, t, code).wantError(t, 400, "invalid_grant", "Authorization code has already been used")
	call{method: "GET", path: "/v1/partner/user/meetings", bearer: first.str("access_token")}.do(t, s).
		wantError(t, 401, "invalid_token", "Invalid access token")
}

func TestRefreshRotation(t *testing.T) {
	s, clock := newTestServer(t, nil)
	tok := login(t, s, "openid meetings:read")
	refresh := func(rt string, extra url.Values) result {
		f := url.Values{"grant_type": {"refresh_token"}, "refresh_token": {rt}}
		for k, v := range extra {
			f[k] = v
		}
		return call{method: "POST", path: "/oauth2/token", basic: demoBasic, form: f}.do(t, s)
	}
	clock.Advance(time.Hour)
	second := refresh(tok.str("refresh_token"), nil)
	second.wantStatus(t, 200)
	if second.str("refresh_token") == tok.str("refresh_token") || second.str("access_token") == tok.str("access_token") {
		t.Fatalf("tokens not rotated: %s", second.raw)
	}
	if second.str("scope") != "openid meetings:read" || second.body["expires_in"] != float64(86400) || second.str("id_token") == "" {
		t.Errorf("refresh body: %s", second.raw)
	}
	// Narrowing the scope is allowed, widening is not.
	third := refresh(second.str("refresh_token"), url.Values{"scope": {"meetings:read"}})
	third.wantStatus(t, 200)
	if third.str("scope") != "meetings:read" {
		t.Errorf("narrowed scope = %q", third.str("scope"))
	}
	refresh(third.str("refresh_token"), url.Values{"scope": {"meetings:write"}}).
		wantError(t, 400, "invalid_scope", "scope exceeds the scope originally granted")
	refresh("", nil).wantError(t, 400, "invalid_request", "Missing refresh_token parameter")
	refresh("garbage", nil).wantError(t, 400, "invalid_grant", "Invalid refresh token")

	// Replaying the first refresh token fails and revokes the grant.
	refresh(tok.str("refresh_token"), nil).wantError(t, 400, "invalid_grant", "Refresh token has already been used")
	refresh(third.str("refresh_token"), nil).wantError(t, 400, "invalid_grant", "Invalid refresh token")
	call{method: "GET", path: "/v1/partner/user/meetings", bearer: third.str("access_token")}.do(t, s).
		wantError(t, 401, "invalid_token", "Invalid access token")

	// Refresh tokens expire after 30 days.
	s2, clock2 := newTestServer(t, nil)
	tok2 := login(t, s2, "meetings:read")
	clock2.Advance(30 * 24 * time.Hour)
	call{method: "POST", path: "/oauth2/token", basic: demoBasic, form: url.Values{
		"grant_type": {"refresh_token"}, "refresh_token": {tok2.str("refresh_token")},
	}}.do(t, s2).wantError(t, 400, "invalid_grant", "Refresh token expired")
}

func TestIntrospection(t *testing.T) {
	s, clock := newTestServer(t, func(c *Config) {
		c.Issuer = "https://auth.example.test"
		c.Clients = append(c.Clients, Client{ID: "other", Secret: "other-secret"})
	})
	tok := login(t, s, "openid profile meetings:read")
	now := float64(clock.Now().Unix())
	tests := []struct {
		name   string
		basic  []string
		token  *string
		want   map[string]any // exact body
		status int
		err    string
	}{
		{name: "access token", token: ptr(tok.str("access_token")), status: 200, want: map[string]any{
			"active": true, "token_type": "access_token", "scope": "openid profile meetings:read",
			"client_id": DemoClientID, "exp": now + 86400, "iat": now, "iss": "https://auth.example.test",
			"aud": []any{DemoClientID}, "username": testEmail, "sub": "*",
		}},
		{name: "ID token", token: ptr(tok.str("id_token")), status: 200, want: map[string]any{
			"active": true, "token_type": "id_token", "email": testEmail, "client_id": DemoClientID,
			"exp": now + 3600, "iat": now, "iss": "https://auth.example.test", "aud": []any{DemoClientID}, "sub": "*",
		}},
		{name: "refresh token", token: ptr(tok.str("refresh_token")), status: 200, want: map[string]any{"active": false}},
		{name: "unknown token", token: ptr("nope"), status: 200, want: map[string]any{"active": false}},
		{name: "another client's token", basic: []string{"other", "other-secret"}, token: ptr(tok.str("access_token")), status: 200, want: map[string]any{"active": false}},
		{name: "another client's ID token", basic: []string{"other", "other-secret"}, token: ptr(tok.str("id_token")), status: 200, want: map[string]any{"active": false}},
		{name: "missing token", status: 400, err: "invalid_request"},
		{name: "empty token", token: ptr(""), status: 400, err: "invalid_request"},
		{name: "wrong secret", basic: []string{DemoClientID, "x"}, token: ptr(tok.str("access_token")), status: 401, err: "invalid_client"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := call{method: "POST", path: "/oauth2/introspect", basic: tc.basic, form: url.Values{}}
			if c.basic == nil {
				c.basic = demoBasic
			}
			if tc.token != nil {
				c.form.Set("token", *tc.token)
			}
			r := c.do(t, s)
			if tc.err != "" {
				desc := ""
				if tc.err == "invalid_request" {
					desc = "Missing token parameter"
				}
				r.wantError(t, tc.status, tc.err, desc)
				return
			}
			r.wantStatus(t, tc.status)
			if len(r.body) != len(tc.want) {
				t.Errorf("body has %d keys, want %d: %s", len(r.body), len(tc.want), r.raw)
			}
			for k, v := range tc.want {
				if v == "*" {
					if s, _ := r.body[k].(string); s == "" {
						t.Errorf("%s missing: %s", k, r.raw)
					}
					continue
				}
				got, _ := json.Marshal(r.body[k])
				want, _ := json.Marshal(v)
				if string(got) != string(want) {
					t.Errorf("%s = %s, want %s", k, got, want)
				}
			}
		})
	}
	// Expired access tokens introspect as inactive.
	clock.Advance(24 * time.Hour)
	r := call{method: "POST", path: "/oauth2/introspect", basic: demoBasic, form: url.Values{"token": {tok.str("access_token")}}}.do(t, s)
	if r.raw != "{\"active\":false}\n" {
		t.Errorf("expired token introspection = %q", r.raw)
	}
}

func ptr[T any](v T) *T { return &v }

func TestPKCE(t *testing.T) {
	// RFC 7636 appendix B.
	const verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
	const challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
	tests := []struct {
		name     string
		verifier string
		status   int
		err      string
	}{
		{"right verifier", verifier, 200, ""},
		{"wrong verifier", verifier + "x", 400, "invalid_grant"},
		{"no verifier", "", 400, "invalid_request"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := newTestServer(t, nil)
			sid := verify(t, s, testEmail, initiate(t, s, testEmail), "123456")
			r := call{method: "POST", path: "/oauth2/consent", json: map[string]any{
				"client_id": DemoClientID, "session_id": sid, "scope": "openid", "redirect_uri": DemoRedirectURI,
				"code_challenge": challenge, "code_challenge_method": "S256",
			}}.do(t, s)
			r.wantStatus(t, 200)
			f := url.Values{"grant_type": {"authorization_code"}, "code": {r.str("code")}, "redirect_uri": {DemoRedirectURI}}
			if tc.verifier != "" {
				f.Set("code_verifier", tc.verifier)
			}
			tr := call{method: "POST", path: "/oauth2/token", basic: demoBasic, form: f}.do(t, s)
			if tc.err == "" {
				tr.wantStatus(t, 200)
			} else {
				tr.wantError(t, tc.status, tc.err, "")
			}
		})
	}
}

func TestCheckConsent(t *testing.T) {
	s, _ := newTestServer(t, nil)
	check := func(scope, redirect string) result {
		body := map[string]string{"client_id": DemoClientID, "email": testEmail, "scope": scope}
		if redirect != "" {
			body["redirect_uri"] = redirect
		}
		return call{method: "POST", path: "/oauth2/check-consent", basic: demoBasic, json: body}.do(t, s)
	}
	want := func(r result, has, session bool) {
		t.Helper()
		r.wantStatus(t, 200)
		if r.body["has_consent"] != has || r.body["requires_consent"] != !has || r.body["session_valid"] != session {
			t.Errorf("check-consent = %s, want has_consent=%v session_valid=%v", r.raw, has, session)
		}
	}
	want(check("openid", ""), false, false)
	sid := verify(t, s, testEmail, initiate(t, s, testEmail), "123456")
	want(check("openid", ""), false, true)
	consent(t, s, sid, "openid meetings:read")
	want(check("openid meetings:read", ""), true, true)
	want(check("openid meetings:write", ""), false, true)

	// With consent, a session and a redirect_uri, check-consent hands out a code.
	r := check("meetings:read", DemoRedirectURI)
	want(r, true, true)
	u, err := url.Parse(r.str("redirect_url"))
	if err != nil || u.Query().Get("code") == "" {
		t.Fatalf("redirect_url = %q", r.str("redirect_url"))
	}
	tok := exchange(s, t, u.Query().Get("code"))
	tok.wantStatus(t, 200)
	if tok.str("scope") != "meetings:read" {
		t.Errorf("scope = %q", tok.str("scope"))
	}
	check("", "").wantError(t, 400, "invalid_request", "Missing scope parameter")
	call{method: "POST", path: "/oauth2/check-consent", basic: []string{DemoClientID, "bad"},
		json: map[string]string{"email": testEmail, "scope": "openid"}}.do(t, s).wantError(t, 401, "invalid_client", "")
}

func TestRevokeAndScopes(t *testing.T) {
	s, _ := newTestServer(t, nil)
	tok := login(t, s, "openid meetings:read")
	r := call{method: "POST", path: "/oauth2/revoke", basic: demoBasic, form: url.Values{"token": {tok.str("refresh_token")}}}.do(t, s)
	r.wantStatus(t, 200)
	// Revoking the refresh token revokes its grant, access token included.
	call{method: "GET", path: "/v1/partner/user/meetings", bearer: tok.str("access_token")}.do(t, s).
		wantError(t, 401, "invalid_token", "")
	r = call{method: "GET", path: "/oauth2/scopes", basic: demoBasic}.do(t, s)
	r.wantStatus(t, 200)
	got, _ := json.Marshal(r.body["scopes"])
	if want := `["openid","profile","email","meetings:read","meetings:write","action-items:read","action-items:write","calendar:read","calendar:write"]`; string(got) != want {
		t.Errorf("scopes = %s, want %s", got, want)
	}
}

func TestMailbox(t *testing.T) {
	s, _ := newTestServer(t, func(c *Config) { c.OTP = "" })
	call{method: "GET", path: "/_mock/mailbox"}.do(t, s).wantError(t, 400, "invalid_request", "Missing email parameter")
	r := call{method: "GET", path: "/_mock/mailbox?email=nobody@example.com"}.do(t, s)
	if r.raw != `{"codes":[],"email":"nobody@example.com"}`+"\n" {
		t.Errorf("empty mailbox = %q", r.raw)
	}
	first := initiate(t, s, testEmail)
	initiate(t, s, testEmail)
	codes := s.Mailbox(testEmail)
	if len(codes) != 2 {
		t.Fatalf("Mailbox = %v, want 2 codes", codes)
	}
	r = call{method: "GET", path: "/_mock/mailbox?email=" + url.QueryEscape(testEmail)}.do(t, s)
	got, _ := json.Marshal(r.body["codes"])
	want, _ := json.Marshal(codes)
	if string(got) != string(want) {
		t.Errorf("mailbox endpoint codes %s, Mailbox() %s", got, want)
	}
	// The newest code (last) works with the newest session; the first
	// session was replaced.
	call{method: "POST", path: "/auth/verify", basic: demoBasic, json: map[string]string{
		"email": testEmail, "code": codes[0], "session": first}}.do(t, s).wantError(t, 400, "invalid_grant", "Session expired")
}

func TestNewOTPRejectionSampling(t *testing.T) {
	tests := []struct {
		name  string
		bytes []byte
		want  string
	}{
		{"small value", []byte{0, 0, 0, 1}, "000001"},
		{"reduced mod 10^6", []byte{0x00, 0x0f, 0x42, 0x41}, "000001"}, // 1000001
		{"top of range rejected", []byte{0xff, 0xff, 0xff, 0xff, 0, 0, 0x30, 0x39}, "012345"},
		{"4294000000 rejected", []byte{0xff, 0xf1, 0x3d, 0x80, 0, 0, 0, 7}, "000007"},
		{"4293999999 kept", []byte{0xff, 0xf1, 0x3d, 0x7f}, "999999"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := New(Config{Rand: strings.NewReader(string(tc.bytes))})
			got, err := s.newOTP()
			if err != nil || got != tc.want {
				t.Errorf("newOTP() = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func TestRandomSourceFailure(t *testing.T) {
	s := New(Config{Rand: strings.NewReader(""), Clients: DefaultConfig().Clients})
	r := call{method: "POST", path: "/auth/initiate", basic: demoBasic, json: map[string]string{"email": testEmail}}.do(t, s)
	r.wantStatus(t, 500)
	if r.str("error") != "server_error" || r.header.Get("X-Request-Id") != "req_unavailable" {
		t.Errorf("body %s, X-Request-Id %q", r.raw, r.header.Get("X-Request-Id"))
	}
}
