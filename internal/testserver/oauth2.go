package testserver

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// OAuth2Config configures an OAuth2 server.
type OAuth2Config struct {
	// ClientID and ClientSecret are the one client's credentials.
	ClientID, ClientSecret string
	// Users are the password grant's users: username → password.
	Users map[string]string
	// Lifetime is the access tokens' lifetime (expires_in); 0 means an hour.
	Lifetime time.Duration
	// Clock is the server's time (expiry); nil means time.Now.
	Clock func() time.Time
	// CredentialsRefresh makes the client_credentials grant issue a refresh
	// token too (RFC 6749 4.4.3 says it should not; some servers do).
	CredentialsRefresh bool
}

// OAuth2 is a small OAuth 2.0 authorization and resource server for
// courier's tests of the oauth2 auth. Its state (tokens, codes, the token
// requests it saw) lives in memory; it is safe for concurrent use.
//
//	POST /oauth2/token      client authentication by HTTP Basic or client_id
//	                        and client_secret in the form; grant_type
//	                        client_credentials, password, authorization_code
//	                        (code, redirect_uri, code_verifier for PKCE S256 or
//	                        plain) and refresh_token. 200 {access_token,
//	                        token_type, expires_in, refresh_token?, scope}.
//	                        Refresh tokens rotate: each is good once, a used
//	                        one is invalid_grant. Errors are RFC 6749 5.2 JSON
//	                        (invalid_client is a 401).
//	GET  /oauth2/authorize  approves at once: 302 to redirect_uri with code and
//	                        state (error=access_denied with deny=1)
//	GET  /api/me            the resource: 200 {client, user, scope} with a live
//	                        access token (Bearer header or access_token query
//	                        parameter), else 401 invalid_token
//	POST /oauth2/revoke-all every access token stops working (refresh tokens
//	                        stay): the next /api/me is a 401
//	POST /hostile/{mode}    token endpoints that misbehave: html (200
//	                        text/html), huge (a 200 of ?mb= megabytes of JSON
//	                        string, 100 by default, streamed), slow (no answer
//	                        for 10 s), noaccess (200 JSON without access_token),
//	                        badjson (200 cut JSON), error200 (200 JSON with
//	                        error), errorform (400 form-encoded error), 500
//	                        (500 text); form answers a good token form-encoded
type OAuth2 struct {
	cfg     OAuth2Config
	mu      sync.Mutex
	access  map[string]oauthToken
	refresh map[string]*oauthRefresh
	codes   map[string]*oauthCode
	calls   []TokenCall
	issued  []string
}

// TokenCall is a token request the server received.
type TokenCall struct {
	Path   string
	Grant  string
	Form   url.Values
	Query  url.Values
	Header http.Header
}

type oauthToken struct {
	client, user, scope string
	expires             time.Time
}

type oauthRefresh struct {
	client, user, scope string
	used                bool
}

type oauthCode struct {
	redirectURI, challenge, method, scope string
	used                                  bool
}

// NewOAuth2 returns an OAuth2 server for cfg.
func NewOAuth2(cfg OAuth2Config) *OAuth2 {
	if cfg.Lifetime <= 0 {
		cfg.Lifetime = time.Hour
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	return &OAuth2{cfg: cfg, access: map[string]oauthToken{}, refresh: map[string]*oauthRefresh{}, codes: map[string]*oauthCode{}}
}

// Calls are the token requests received so far, in order.
func (s *OAuth2) Calls() []TokenCall {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]TokenCall(nil), s.calls...)
}

// Issued are every access and refresh token issued so far.
func (s *OAuth2) Issued() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.issued...)
}

// RevokeAccess makes every access token issued so far invalid.
func (s *OAuth2) RevokeAccess() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.access = map[string]oauthToken{}
}

func (s *OAuth2) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/oauth2/token" && r.Method == http.MethodPost:
		s.token(w, r)
	case r.URL.Path == "/oauth2/authorize":
		s.authorize(w, r)
	case r.URL.Path == "/api/me":
		s.me(w, r)
	case r.URL.Path == "/oauth2/revoke-all" && r.Method == http.MethodPost:
		s.RevokeAccess()
		writeJSON(w, http.StatusOK, map[string]any{"revoked": true})
	case strings.HasPrefix(r.URL.Path, "/hostile/"):
		s.hostile(w, r, strings.TrimPrefix(r.URL.Path, "/hostile/"))
	default:
		writeJSON(w, http.StatusNotFound, map[string]any{"error": "not_found"})
	}
}

func oauthError(w http.ResponseWriter, status int, code, desc string) {
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Basic realm="testserver"`)
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, status, map[string]any{"error": code, "error_description": desc})
}

func newOpaque(prefix string) string {
	var b [12]byte
	rand.Read(b[:])
	return prefix + hex.EncodeToString(b[:])
}

// client authenticates the client: HTTP Basic (id:secret, as Postman sends
// it), or client_id and client_secret in the form.
func (s *OAuth2) client(r *http.Request, form url.Values) bool {
	id, secret, ok := r.BasicAuth()
	if !ok {
		id, secret = form.Get("client_id"), form.Get("client_secret")
	}
	return id == s.cfg.ClientID && subtle.ConstantTimeCompare([]byte(secret), []byte(s.cfg.ClientSecret)) == 1
}

func (s *OAuth2) token(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, maxBody))
	form, err := url.ParseQuery(string(body))
	if err != nil {
		oauthError(w, http.StatusBadRequest, "invalid_request", "the body is not form-encoded")
		return
	}
	grant := form.Get("grant_type")
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, TokenCall{Path: r.URL.Path, Grant: grant, Form: form, Query: r.URL.Query(), Header: r.Header.Clone()})
	if !s.client(r, form) {
		oauthError(w, http.StatusUnauthorized, "invalid_client", "client authentication failed")
		return
	}
	now := s.cfg.Clock()
	user, scope, withRefresh := "", form.Get("scope"), true
	switch grant {
	case "client_credentials":
		withRefresh = s.cfg.CredentialsRefresh
	case "password":
		u, p := form.Get("username"), form.Get("password")
		want, ok := s.cfg.Users[u]
		if !ok || subtle.ConstantTimeCompare([]byte(p), []byte(want)) != 1 {
			oauthError(w, http.StatusBadRequest, "invalid_grant", "wrong username or password")
			return
		}
		user = u
	case "authorization_code":
		c := s.codes[form.Get("code")]
		switch {
		case c == nil:
			oauthError(w, http.StatusBadRequest, "invalid_grant", "unknown authorization code")
			return
		case c.used:
			oauthError(w, http.StatusBadRequest, "invalid_grant", "authorization code already used")
			return
		case c.redirectURI != form.Get("redirect_uri"):
			oauthError(w, http.StatusBadRequest, "invalid_grant", "redirect_uri does not match")
			return
		case c.challenge != "":
			v := form.Get("code_verifier")
			got := v
			if c.method == "S256" {
				sum := sha256.Sum256([]byte(v))
				got = base64.RawURLEncoding.EncodeToString(sum[:])
			}
			if v == "" || got != c.challenge {
				oauthError(w, http.StatusBadRequest, "invalid_grant", "PKCE verification failed")
				return
			}
		}
		c.used = true
		user, scope = "browser-user", c.scope
	case "refresh_token":
		rt := s.refresh[form.Get("refresh_token")]
		switch {
		case rt == nil:
			oauthError(w, http.StatusBadRequest, "invalid_grant", "unknown refresh token")
			return
		case rt.used:
			oauthError(w, http.StatusBadRequest, "invalid_grant", "refresh token already used")
			return
		}
		rt.used = true // rotation: a refresh token is good once
		user, scope = rt.user, rt.scope
	case "":
		oauthError(w, http.StatusBadRequest, "invalid_request", "missing grant_type")
		return
	default:
		oauthError(w, http.StatusBadRequest, "unsupported_grant_type", "unsupported grant_type "+grant)
		return
	}
	writeJSON(w, http.StatusOK, s.issue(user, scope, withRefresh, now))
}

// issue makes a token (s.mu held).
func (s *OAuth2) issue(user, scope string, withRefresh bool, now time.Time) map[string]any {
	at := newOpaque("at_")
	s.access[at] = oauthToken{client: s.cfg.ClientID, user: user, scope: scope, expires: now.Add(s.cfg.Lifetime)}
	s.issued = append(s.issued, at)
	out := map[string]any{"access_token": at, "token_type": "Bearer", "expires_in": int(s.cfg.Lifetime / time.Second), "scope": scope}
	if withRefresh {
		rt := newOpaque("rt_")
		s.refresh[rt] = &oauthRefresh{client: s.cfg.ClientID, user: user, scope: scope}
		s.issued = append(s.issued, rt)
		out["refresh_token"] = rt
	}
	return out
}

func (s *OAuth2) authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	redirect := q.Get("redirect_uri")
	ru, err := url.Parse(redirect)
	if q.Get("client_id") != s.cfg.ClientID || redirect == "" || err != nil {
		http.Error(w, "unknown client or no redirect_uri", http.StatusBadRequest)
		return
	}
	out := ru.Query()
	if q.Get("state") != "" {
		out.Set("state", q.Get("state"))
	}
	if q.Get("deny") == "1" || q.Get("response_type") != "code" {
		out.Set("error", "access_denied")
		out.Set("error_description", "the user said no")
	} else {
		code := newOpaque("code_")
		method := q.Get("code_challenge_method")
		if method == "" {
			method = "plain"
		}
		s.mu.Lock()
		s.codes[code] = &oauthCode{redirectURI: redirect, challenge: q.Get("code_challenge"), method: method, scope: q.Get("scope")}
		s.mu.Unlock()
		out.Set("code", code)
	}
	ru.RawQuery = out.Encode()
	http.Redirect(w, r, ru.String(), http.StatusFound)
}

func (s *OAuth2) me(w http.ResponseWriter, r *http.Request) {
	tok := r.URL.Query().Get("access_token")
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
		tok = strings.TrimPrefix(h, "Bearer ")
	}
	s.mu.Lock()
	t, ok := s.access[tok]
	live := ok && s.cfg.Clock().Before(t.expires)
	s.mu.Unlock()
	if !live {
		w.Header().Set("WWW-Authenticate", `Bearer realm="testserver", error="invalid_token"`)
		writeJSON(w, http.StatusUnauthorized, map[string]any{"error": "invalid_token"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"client": t.client, "user": t.user, "scope": t.scope})
}

func (s *OAuth2) hostile(w http.ResponseWriter, r *http.Request, mode string) {
	io.Copy(io.Discard, io.LimitReader(r.Body, maxBody))
	s.mu.Lock()
	s.calls = append(s.calls, TokenCall{Path: r.URL.Path, Query: r.URL.Query(), Header: r.Header.Clone()})
	s.mu.Unlock()
	switch mode {
	case "html":
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<html><body>Sign in</body></html>")
	case "huge":
		mb, _ := strconv.Atoi(r.URL.Query().Get("mb"))
		if mb <= 0 {
			mb = 100
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"access_token":"`)
		chunk := []byte(strings.Repeat("A", 64<<10))
		for i := 0; i < mb*16; i++ {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
		io.WriteString(w, `"}`)
	case "slow":
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	case "noaccess":
		writeJSON(w, http.StatusOK, map[string]any{"token_type": "Bearer", "expires_in": 60})
	case "badjson":
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"access_token": "at_cut`)
	case "error200":
		writeJSON(w, http.StatusOK, map[string]any{"error": "invalid_scope", "error_description": "scope xyz is not allowed"})
	case "errorform":
		w.Header().Set("Content-Type", "application/x-www-form-urlencoded")
		w.WriteHeader(http.StatusBadRequest)
		io.WriteString(w, "error=invalid_client&error_description=no+such+client")
	case "500":
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusInternalServerError)
		io.WriteString(w, "upstream exploded")
	case "form":
		s.mu.Lock()
		tok := s.issue("", "", false, s.cfg.Clock())
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/x-www-form-urlencoded")
		fmt.Fprintf(w, "access_token=%s&token_type=bearer&expires_in=%d", tok["access_token"], tok["expires_in"])
	default:
		writeJSON(w, http.StatusNotFound, map[string]any{"error": "no such mode"})
	}
}
