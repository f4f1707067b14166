package contiomock

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock is a settable clock for Config.Clock.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// newTestServer returns a server with the demo client, OTP 123456 and a
// fake clock starting at 2026-03-01T12:00:00Z; mod may adjust the config.
func newTestServer(t *testing.T, mod func(*Config)) (*Server, *fakeClock) {
	t.Helper()
	clock := &fakeClock{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	cfg := DefaultConfig()
	cfg.OTP = "123456"
	cfg.Clock = clock.Now
	if mod != nil {
		mod(&cfg)
	}
	return New(cfg), clock
}

// call describes one request to the handler.
type call struct {
	method, path string
	basic        []string // client id, secret
	bearer       string
	header       map[string]string
	json         any
	form         url.Values
	ip           string
}

type result struct {
	status int
	header http.Header
	body   map[string]any
	raw    string
}

func (c call) do(t *testing.T, h http.Handler) result {
	t.Helper()
	var body *bytes.Buffer
	switch {
	case c.json != nil:
		b, err := json.Marshal(c.json)
		if err != nil {
			t.Fatal(err)
		}
		body = bytes.NewBuffer(b)
	case c.form != nil:
		body = bytes.NewBufferString(c.form.Encode())
	default:
		body = &bytes.Buffer{}
	}
	r := httptest.NewRequest(c.method, c.path, body)
	if c.json != nil {
		r.Header.Set("Content-Type", "application/json")
	}
	if c.form != nil {
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if len(c.basic) == 2 {
		r.SetBasicAuth(c.basic[0], c.basic[1])
	}
	if c.bearer != "" {
		r.Header.Set("Authorization", "Bearer "+c.bearer)
	}
	for k, v := range c.header {
		r.Header.Set(k, v)
	}
	if c.ip != "" {
		r.RemoteAddr = c.ip + ":40000"
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	res := result{status: w.Code, header: w.Header(), raw: w.Body.String()}
	if strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(w.Body.Bytes(), &res.body); err != nil {
			t.Fatalf("%s %s: response is not a JSON object: %v\n%s", c.method, c.path, err, res.raw)
		}
	}
	return res
}

// str returns body[key] as a string ("" if absent or not a string).
func (r result) str(key string) string {
	s, _ := r.body[key].(string)
	return s
}

// wantError checks status, the error code and (when desc != "") the
// description, and the common error shape.
func (r result) wantError(t *testing.T, status int, code, desc string) {
	t.Helper()
	if r.status != status {
		t.Fatalf("status = %d, want %d; body %s", r.status, status, r.raw)
	}
	if got := r.str("error"); got != code {
		t.Errorf("error = %q, want %q; body %s", got, code, r.raw)
	}
	if desc != "" && r.str("error_description") != desc {
		t.Errorf("error_description = %q, want %q", r.str("error_description"), desc)
	}
	if id := r.str("request_id"); id == "" || id != r.header.Get("X-Request-Id") {
		t.Errorf("request_id = %q, X-Request-Id = %q: want equal and non-empty", id, r.header.Get("X-Request-Id"))
	}
}

func (r result) wantStatus(t *testing.T, status int) {
	t.Helper()
	if r.status != status {
		t.Fatalf("status = %d, want %d; body %s", r.status, status, r.raw)
	}
}

var demoBasic = []string{DemoClientID, DemoClientSecret}

const (
	testEmail  = "user@example.com"
	allScopes  = "openid profile email meetings:read meetings:write action-items:read action-items:write calendar:read"
	demoRedirS = DemoRedirectURI
)

// initiate runs /auth/initiate and returns the session string.
func initiate(t *testing.T, s http.Handler, email string) string {
	t.Helper()
	r := call{method: "POST", path: "/auth/initiate", basic: demoBasic,
		json: map[string]string{"client_id": DemoClientID, "email": email}}.do(t, s)
	r.wantStatus(t, http.StatusOK)
	if r.str("session") == "" {
		t.Fatalf("initiate: no session in %s", r.raw)
	}
	return r.str("session")
}

// verify runs /auth/verify with code and returns the session id.
func verify(t *testing.T, s http.Handler, email, session, code string) string {
	t.Helper()
	r := call{method: "POST", path: "/auth/verify", basic: demoBasic,
		json: map[string]string{"client_id": DemoClientID, "email": email, "code": code, "session": session}}.do(t, s)
	r.wantStatus(t, http.StatusOK)
	return r.str("session_id")
}

// consent grants scopes with the session id in the body and returns the code.
func consent(t *testing.T, s http.Handler, sessionID, scopes string) string {
	t.Helper()
	r := call{method: "POST", path: "/oauth2/consent", json: map[string]any{
		"client_id": DemoClientID, "session_id": sessionID, "scope": scopes,
		"redirect_uri": demoRedirS, "state": "xyz", "consent": true,
	}}.do(t, s)
	r.wantStatus(t, http.StatusOK)
	return r.str("code")
}

func exchange(s http.Handler, t *testing.T, code string) result {
	t.Helper()
	return call{method: "POST", path: "/oauth2/token", basic: demoBasic, form: url.Values{
		"grant_type": {"authorization_code"}, "code": {code}, "redirect_uri": {demoRedirS},
	}}.do(t, s)
}

// login runs the whole flow for testEmail and returns the token response.
func login(t *testing.T, s *Server, scopes string) result {
	t.Helper()
	sess := initiate(t, s, testEmail)
	sid := verify(t, s, testEmail, sess, "123456")
	code := consent(t, s, sid, scopes)
	r := exchange(s, t, code)
	r.wantStatus(t, http.StatusOK)
	return r
}
