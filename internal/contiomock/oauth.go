package contiomock

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// scopeList is every scope the mock knows, in the order GET /oauth2/scopes
// reports them.
const scopeList = "openid profile email meetings:read meetings:write " +
	"action-items:read action-items:write calendar:read calendar:write"

func supportedScopes() []string { return strings.Fields(scopeList) }

const sessionCookie = "session_id"

func secretEqual(a, b string) bool {
	return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

func invalidClient(desc string) response {
	return errorResponse(http.StatusUnauthorized, "invalid_client", desc).
		withHeader("WWW-Authenticate", `Basic realm="contio"`)
}

func invalidRequest(desc string) response {
	return errorResponse(http.StatusBadRequest, "invalid_request", desc)
}

func invalidGrant(desc string) response {
	return errorResponse(http.StatusBadRequest, "invalid_grant", desc)
}

// requestedScopes reads the scopes a consent asks for: scope (or scopes),
// space separated, at least one.
func requestedScopes(p map[string]string) ([]string, *response) {
	raw := p["scope"]
	if raw == "" {
		raw = p["scopes"]
	}
	scopes, bad := parseScopes(raw)
	if bad != nil {
		return nil, bad
	}
	if len(scopes) == 0 {
		r := invalidRequest("Missing scope parameter")
		return nil, &r
	}
	return scopes, nil
}

// clientRequest reads an OAuth request's parameters and authenticates its
// client: the start of every client-authenticated OAuth endpoint.
func (s *Server) clientRequest(req *request) (map[string]string, *Client, *response) {
	p, bad := oauthParams(req)
	if bad != nil {
		return nil, nil, bad
	}
	client, bad := s.authenticateClient(req, p)
	if bad != nil {
		return nil, nil, bad
	}
	return p, client, nil
}

// authenticateClient checks HTTP Basic client credentials (RFC 6749 section
// 2.3.1, form-encoded id and secret) or client_id/client_secret parameters.
// A client_id parameter, when present, must name the authenticated client.
func (s *Server) authenticateClient(req *request, p map[string]string) (*Client, *response) {
	var id, secret string
	if h := req.http.Header.Get("Authorization"); h != "" {
		scheme, cred, _ := strings.Cut(h, " ")
		if !strings.EqualFold(scheme, "Basic") {
			r := invalidClient("Client authentication must use HTTP Basic")
			return nil, &r
		}
		raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(cred))
		if err != nil {
			r := invalidClient("Malformed Basic authorization header")
			return nil, &r
		}
		rawID, rawSecret, ok := strings.Cut(string(raw), ":")
		if !ok {
			r := invalidClient("Malformed Basic authorization header")
			return nil, &r
		}
		id, secret = formUnescape(rawID), formUnescape(rawSecret)
	} else if p["client_secret"] != "" {
		id, secret = p["client_id"], p["client_secret"]
	} else {
		r := invalidClient("Client authentication required (HTTP Basic client_id:client_secret)")
		return nil, &r
	}
	c := s.clients[id]
	if c == nil || !secretEqual(secret, c.Secret) {
		r := invalidClient("Client authentication failed")
		return nil, &r
	}
	if pid := p["client_id"]; pid != "" && pid != c.ID {
		r := invalidRequest("client_id does not match the authenticated client")
		return nil, &r
	}
	return c, nil
}

func formUnescape(s string) string {
	u, err := url.QueryUnescape(s)
	if err != nil {
		return s
	}
	return u
}

// parseScopes splits a space-separated scope list, dropping duplicates and
// rejecting unknown scopes.
func parseScopes(raw string) ([]string, *response) {
	var out []string
	for _, sc := range strings.Fields(raw) {
		if !slices.Contains(supportedScopes(), sc) {
			r := errorResponse(http.StatusBadRequest, "invalid_scope", "Unknown scope: "+sc)
			return nil, &r
		}
		if !slices.Contains(out, sc) {
			out = append(out, sc)
		}
	}
	return out, nil
}

func (s *Server) issuer(req *request) string {
	if s.cfg.Issuer != "" {
		return s.cfg.Issuer
	}
	scheme := "http"
	if req.http.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + req.http.Host
}

// POST /auth/initiate
func (s *Server) handleInitiate(req *request) response {
	p, client, bad := s.clientRequest(req)
	if bad != nil {
		return *bad
	}
	email := p["email"]
	if email == "" {
		return invalidRequest("Missing email parameter")
	}
	if !validEmail(strings.TrimSpace(email)) {
		return invalidRequest("Invalid email address")
	}
	norm := normalizeEmail(email)
	code, err := s.newOTP()
	if err != nil {
		return serverError()
	}
	session, err := s.newToken()
	if err != nil {
		return serverError()
	}
	st := s.state
	// A new OTP replaces every earlier one for this user and client
	// ("make sure you're using the most recent OTP"); expired ones go too.
	for k, ch := range st.challenges {
		if (ch.clientID == client.ID && ch.email == norm) || !req.now.Before(ch.expires) {
			delete(st.challenges, k)
		}
	}
	st.challenges[session] = &otpChallenge{
		session: session, clientID: client.ID, email: norm, name: strings.TrimSpace(p["name"]),
		code: code, expires: req.now.Add(otpLifetime),
	}
	st.mailbox[norm] = append(st.mailbox[norm], code)
	provisioned := false
	if st.users[norm] == nil {
		name := strings.TrimSpace(p["name"])
		if name == "" {
			name = norm[:strings.LastIndexByte(norm, '@')]
		}
		st.users[norm] = &user{
			id: stableID("user", norm), email: norm, displayName: name,
			created: req.now, role: "WORKSPACE_MEMBER",
		}
		provisioned = true
	}
	return jsonResponse(http.StatusOK, map[string]any{
		"message":          "OTP sent to " + norm,
		"session":          session,
		"challenge_name":   "CUSTOM_CHALLENGE",
		"challenge_params": map[string]string{"email": norm},
		"user_provisioned": provisioned,
		"expires_in":       int(otpLifetime / time.Second),
	})
}

// POST /auth/verify
func (s *Server) handleVerify(req *request) response {
	p, client, bad := s.clientRequest(req)
	if bad != nil {
		return *bad
	}
	for _, k := range []string{"email", "code", "session"} {
		if p[k] == "" {
			return invalidRequest("Missing " + k + " parameter")
		}
	}
	st := s.state
	ch := st.challenges[p["session"]]
	if ch == nil {
		return invalidGrant("Session expired")
	}
	if ch.clientID != client.ID || ch.email != normalizeEmail(p["email"]) {
		return invalidGrant("Invalid session for this client and email")
	}
	if !req.now.Before(ch.expires) {
		delete(st.challenges, ch.session)
		return invalidGrant("Session expired")
	}
	if !secretEqual(p["code"], ch.code) {
		ch.attempts++
		if ch.attempts >= maxOTPAttempts {
			delete(st.challenges, ch.session)
		}
		return invalidGrant("Invalid OTP")
	}
	delete(st.challenges, ch.session)
	u := st.users[ch.email]
	if u == nil {
		return serverError()
	}
	if ch.name != "" {
		u.displayName = ch.name
	}
	sid, err := s.newToken()
	if err != nil {
		return serverError()
	}
	st.sessions[sid] = &loginSession{
		id: sid, clientID: client.ID, userID: u.id, email: u.email,
		expires: req.now.Add(loginSessionLifetime),
	}
	cookie := &http.Cookie{
		Name: sessionCookie, Value: sid, Path: "/", HttpOnly: true,
		MaxAge: int(loginSessionLifetime / time.Second), SameSite: http.SameSiteLaxMode,
		Secure: req.http.TLS != nil,
	}
	return jsonResponse(http.StatusOK, map[string]any{
		"success":    true,
		"message":    "OTP verified; session created",
		"session_id": sid,
		"user_id":    u.id,
		"expires_in": int(loginSessionLifetime / time.Second),
	}).withHeader("Set-Cookie", cookie.String())
}

// loginSessionFor finds the live session named by the session_id parameter
// or, failing that, the session_id cookie.
func (s *Server) loginSessionFor(req *request, p map[string]string) (*loginSession, *response) {
	sid := p["session_id"]
	if sid == "" {
		if c, err := req.http.Cookie(sessionCookie); err == nil {
			sid = c.Value
		}
	}
	if sid == "" {
		r := errorResponse(http.StatusUnauthorized, "login_required",
			"No session: verify the OTP first (session cookie or session_id)")
		return nil, &r
	}
	sess := s.state.sessions[sid]
	if sess == nil || !req.now.Before(sess.expires) {
		delete(s.state.sessions, sid)
		r := errorResponse(http.StatusUnauthorized, "login_required", "Session expired")
		return nil, &r
	}
	return sess, nil
}

// POST /oauth2/consent
func (s *Server) handleConsent(req *request) response {
	p, bad := oauthParams(req)
	if bad != nil {
		return *bad
	}
	sess, bad := s.loginSessionFor(req, p)
	if bad != nil {
		return *bad
	}
	clientID := p["client_id"]
	if clientID == "" {
		return invalidRequest("Missing client_id parameter")
	}
	if clientID != sess.clientID {
		return invalidRequest("client_id does not match the session")
	}
	client := s.clients[clientID]
	if client == nil {
		return invalidRequest("Unknown client_id")
	}
	if e := p["email"]; e != "" && normalizeEmail(e) != sess.email {
		return invalidRequest("email does not match the session")
	}
	redirect := p["redirect_uri"]
	if redirect == "" {
		return invalidRequest("Missing redirect_uri parameter")
	}
	if !slices.Contains(client.RedirectURIs, redirect) {
		return invalidRequest("redirect_uri does not match a registered redirect URI")
	}
	if rt := p["response_type"]; rt != "" && rt != "code" {
		return errorResponse(http.StatusBadRequest, "unsupported_response_type", "Only response_type=code is supported")
	}
	scopes, bad := requestedScopes(p)
	if bad != nil {
		return *bad
	}
	state := p["state"]
	switch p["consent"] {
	case "", "true":
	case "false":
		r := errorResponse(http.StatusForbidden, "access_denied", "The user denied the consent request")
		r.body.(*apiError).RedirectURL = withQuery(redirect, "error", "access_denied", "state", state)
		return r
	default:
		return invalidRequest("consent must be true or false")
	}
	challenge, method := p["code_challenge"], p["code_challenge_method"]
	if challenge == "" && method != "" {
		return invalidRequest("code_challenge_method without code_challenge")
	}
	if challenge != "" {
		if method == "" {
			method = "plain"
		}
		if method != "S256" && method != "plain" {
			return invalidRequest("code_challenge_method must be S256 or plain")
		}
	}
	code, err := s.newToken()
	if err != nil {
		return serverError()
	}
	grantID, err := s.newUUID()
	if err != nil {
		return serverError()
	}
	st := s.state
	st.codes[code] = &authCode{
		clientID: client.ID, userID: sess.userID, redirectURI: redirect, scopes: scopes,
		expires: req.now.Add(authCodeLifetime), grantID: grantID,
		challenge: challenge, challengeMeth: method,
	}
	if err := s.recordConsent(client.ID, sess.userID, scopes, req.now); err != nil {
		return serverError()
	}
	redirectURL := withQuery(redirect, "code", code, "state", state)
	body := map[string]any{
		"code":         code,
		"scope":        strings.Join(scopes, " "),
		"redirect_uri": redirect,
		"redirect_url": redirectURL,
		"redirect_to":  redirectURL,
		"expires_in":   int(authCodeLifetime / time.Second),
	}
	if state != "" {
		body["state"] = state
	}
	return jsonResponse(http.StatusOK, body)
}

func (s *Server) recordConsent(clientID, userID string, scopes []string, now time.Time) error {
	key := consentKey(clientID, userID)
	rec := s.state.consents[key]
	if rec == nil {
		id, err := s.newUUID()
		if err != nil {
			return err
		}
		rec = &consentRecord{connectionID: id, clientID: clientID, userID: userID, created: now}
		s.state.consents[key] = rec
	}
	for _, sc := range scopes {
		if !slices.Contains(rec.scopes, sc) {
			rec.scopes = append(rec.scopes, sc)
		}
	}
	rec.updated = now
	return nil
}

// withQuery appends non-empty key/value pairs to a URL's query.
func withQuery(base string, kv ...string) string {
	q := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			q.Set(kv[i], kv[i+1])
		}
	}
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	return base + sep + q.Encode()
}

// POST /oauth2/check-consent
func (s *Server) handleCheckConsent(req *request) response {
	p, client, bad := s.clientRequest(req)
	if bad != nil {
		return *bad
	}
	email := normalizeEmail(p["email"])
	if email == "" {
		return invalidRequest("Missing email parameter")
	}
	scopes, bad := requestedScopes(p)
	if bad != nil {
		return *bad
	}
	st := s.state
	hasConsent, sessionValid := false, false
	u := st.users[email]
	if u != nil {
		if rec := st.consents[consentKey(client.ID, u.id)]; rec != nil {
			hasConsent = hasAll(rec.scopes, scopes)
		}
		for _, sess := range st.sessions {
			if sess.clientID == client.ID && sess.userID == u.id && req.now.Before(sess.expires) {
				sessionValid = true
				break
			}
		}
	}
	body := map[string]any{
		"has_consent":      hasConsent,
		"requires_consent": !hasConsent,
		"session_valid":    sessionValid,
	}
	// With consent on record and a live session the authorization can
	// complete without the consent screen: hand out a code right away.
	if redirect := p["redirect_uri"]; hasConsent && sessionValid && redirect != "" {
		if !slices.Contains(client.RedirectURIs, redirect) {
			return invalidRequest("redirect_uri does not match a registered redirect URI")
		}
		code, err := s.newToken()
		if err != nil {
			return serverError()
		}
		grantID, err := s.newUUID()
		if err != nil {
			return serverError()
		}
		st.codes[code] = &authCode{
			clientID: client.ID, userID: u.id, redirectURI: redirect, scopes: scopes,
			expires: req.now.Add(authCodeLifetime), grantID: grantID,
		}
		body["redirect_url"] = withQuery(redirect, "code", code, "state", p["state"])
	}
	return jsonResponse(http.StatusOK, body)
}

// POST /oauth2/token
func (s *Server) handleToken(req *request) response {
	p, client, bad := s.clientRequest(req)
	if bad != nil {
		return *bad
	}
	var resp response
	switch gt := p["grant_type"]; gt {
	case "":
		resp = invalidRequest("Missing grant_type parameter")
	case "authorization_code":
		resp = s.exchangeCode(req, client, p)
	case "refresh_token":
		resp = s.refreshGrant(req, client, p)
	default:
		resp = errorResponse(http.StatusBadRequest, "unsupported_grant_type", "Unsupported grant_type: "+gt)
	}
	return resp.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache")
}

func (s *Server) exchangeCode(req *request, client *Client, p map[string]string) response {
	code := p["code"]
	if code == "" {
		return invalidRequest("Missing code parameter")
	}
	if p["redirect_uri"] == "" {
		return invalidRequest("Missing redirect_uri parameter")
	}
	st := s.state
	ac := st.codes[code]
	switch {
	case ac == nil:
		return invalidGrant("Invalid authorization code")
	case ac.used:
		// RFC 6749 section 4.1.2: a replayed code revokes what it issued.
		st.revokeGrant(ac.grantID)
		return invalidGrant("Authorization code has already been used")
	case !req.now.Before(ac.expires):
		delete(st.codes, code)
		return invalidGrant("Authorization code expired")
	case ac.clientID != client.ID:
		return invalidGrant("Authorization code was issued to another client")
	case ac.redirectURI != p["redirect_uri"]:
		return invalidRequest("redirect_uri mismatch")
	}
	if ac.challenge != "" {
		v := p["code_verifier"]
		if v == "" {
			return invalidRequest("Missing code_verifier parameter")
		}
		want := v
		if ac.challengeMeth == "S256" {
			sum := sha256.Sum256([]byte(v))
			want = base64.RawURLEncoding.EncodeToString(sum[:])
		}
		if !secretEqual(want, ac.challenge) {
			return invalidGrant("PKCE verification failed")
		}
	}
	ac.used = true
	return s.issueTokens(req, client, ac.userID, ac.scopes, ac.grantID)
}

func (s *Server) refreshGrant(req *request, client *Client, p map[string]string) response {
	tok := p["refresh_token"]
	if tok == "" {
		return invalidRequest("Missing refresh_token parameter")
	}
	st := s.state
	rt := st.refresh[tok]
	switch {
	case rt == nil:
		return invalidGrant("Invalid refresh token")
	case rt.clientID != client.ID:
		return invalidGrant("Refresh token was issued to another client")
	case rt.used:
		// A rotated refresh token came back: treat it as stolen and
		// revoke the whole grant (OAuth 2.0 Security BCP).
		st.revokeGrant(rt.grantID)
		return invalidGrant("Refresh token has already been used")
	case !req.now.Before(rt.expires):
		delete(st.refresh, tok)
		return invalidGrant("Refresh token expired")
	}
	scopes := rt.scopes
	if raw := p["scope"]; raw != "" {
		narrowed, bad := parseScopes(raw)
		if bad != nil {
			return *bad
		}
		if !hasAll(rt.scopes, narrowed) {
			return errorResponse(http.StatusBadRequest, "invalid_scope", "scope exceeds the scope originally granted")
		}
		scopes = narrowed
	}
	rt.used = true
	return s.issueTokens(req, client, rt.userID, scopes, rt.grantID)
}

func (s *Server) issueTokens(req *request, client *Client, userID string, scopes []string, grantID string) response {
	st := s.state
	u := st.userByID(userID)
	if u == nil {
		return invalidGrant("The user of this grant no longer exists")
	}
	access, err := s.newToken()
	if err != nil {
		return serverError()
	}
	refresh, err := s.newToken()
	if err != nil {
		return serverError()
	}
	scopes = slices.Clone(scopes)
	st.access[access] = &accessToken{
		clientID: client.ID, userID: userID, scopes: scopes,
		issued: req.now, expires: req.now.Add(accessTokenLifetime), grantID: grantID,
	}
	st.refresh[refresh] = &refreshToken{
		clientID: client.ID, userID: userID, scopes: scopes,
		expires: req.now.Add(refreshTokenLifetime), grantID: grantID,
	}
	body := map[string]any{
		"access_token":  access,
		"token_type":    "Bearer",
		"expires_in":    int(accessTokenLifetime / time.Second),
		"refresh_token": refresh,
		"scope":         strings.Join(scopes, " "),
	}
	if slices.Contains(scopes, "openid") {
		jti, err := s.newUUID()
		if err != nil {
			return serverError()
		}
		iss := s.issuer(req)
		claims := idTokenClaims{
			Iss: iss, Sub: u.id, Aud: client.ID,
			Exp: req.now.Add(idTokenLifetime).Unix(), Iat: req.now.Unix(), AuthTime: req.now.Unix(),
			Jti: jti, Email: u.email, EmailVerified: true, Name: u.displayName,
		}
		idt, err := signJWT(claims, []byte(client.Secret))
		if err != nil {
			return serverError()
		}
		st.idTokens[idt] = &idToken{
			clientID: client.ID, userID: userID, email: u.email, issuer: iss,
			issued: req.now, expires: req.now.Add(idTokenLifetime), grantID: grantID,
		}
		body["id_token"] = idt
	}
	return jsonResponse(http.StatusOK, body)
}

// POST /oauth2/introspect
func (s *Server) handleIntrospect(req *request) response {
	p, client, bad := s.clientRequest(req)
	if bad != nil {
		return *bad
	}
	tok := p["token"]
	if tok == "" {
		return invalidRequest("Missing token parameter")
	}
	st := s.state
	if at := st.access[tok]; at != nil && at.clientID == client.ID && req.now.Before(at.expires) {
		body := map[string]any{
			"active":     true,
			"token_type": "access_token",
			"scope":      strings.Join(at.scopes, " "),
			"client_id":  at.clientID,
			"sub":        at.userID,
			"exp":        at.expires.Unix(),
			"iat":        at.issued.Unix(),
			"iss":        s.issuer(req),
			"aud":        []string{at.clientID},
		}
		if u := st.userByID(at.userID); u != nil {
			body["username"] = u.email
		}
		return jsonResponse(http.StatusOK, body)
	}
	if it := st.idTokens[tok]; it != nil && it.clientID == client.ID && req.now.Before(it.expires) {
		return jsonResponse(http.StatusOK, map[string]any{
			"active":     true,
			"token_type": "id_token",
			"sub":        it.userID,
			"email":      it.email,
			"client_id":  it.clientID,
			"exp":        it.expires.Unix(),
			"iat":        it.issued.Unix(),
			"iss":        it.issuer,
			"aud":        []string{it.clientID},
		})
	}
	// Refresh tokens are opaque to introspection ("they're encrypted"),
	// like unknown, expired and foreign tokens.
	return jsonResponse(http.StatusOK, map[string]any{"active": false})
}

// POST /oauth2/revoke (RFC 7009): always 200 for an authenticated client.
func (s *Server) handleRevoke(req *request) response {
	p, client, bad := s.clientRequest(req)
	if bad != nil {
		return *bad
	}
	tok := p["token"]
	if tok == "" {
		return invalidRequest("Missing token parameter")
	}
	st := s.state
	if at := st.access[tok]; at != nil && at.clientID == client.ID {
		delete(st.access, tok)
	}
	if rt := st.refresh[tok]; rt != nil && rt.clientID == client.ID {
		st.revokeGrant(rt.grantID)
	}
	return response{status: http.StatusOK}
}

// GET /oauth2/scopes
func (s *Server) handleScopes(req *request) response {
	if _, bad := s.authenticateClient(req, map[string]string{}); bad != nil {
		return *bad
	}
	return jsonResponse(http.StatusOK, map[string]any{"scopes": supportedScopes()})
}

// GET /_mock/mailbox?email=...
func (s *Server) handleMailbox(req *request) response {
	email := normalizeEmail(req.http.URL.Query().Get("email"))
	if email == "" {
		return invalidRequest("Missing email parameter")
	}
	codes := append([]string{}, s.state.mailbox[email]...)
	return jsonResponse(http.StatusOK, map[string]any{"email": email, "codes": codes})
}
