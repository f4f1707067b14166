package runner

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/httpmsg"
	"github.com/courier-run/courier/internal/lazyre"
	"github.com/courier-run/courier/internal/oauth2"
)

// OAuth 2.0 tokens, fetched and refreshed as the Postman app does it (Newman
// only sends the accessToken an oauth2 auth has saved). An auth whose
// grant_type courier knows, with the URLs that grant needs, is managed:
//
//   - before a request that needs a token, when the auth has no usable one
//     (none, or past the tokenExpiresAt courier kept), courier refreshes the
//     token it has a refresh token for, else gets one with the grant
//     (client_credentials and password at once; authorization_code through
//     Options.OAuth2Authorize, a person at a browser; implicit is refused);
//   - a request answered 401 with a token that did not come for it is sent
//     once more with a new one;
//   - tokens are kept per configuration (its resolved parameters) for the
//     run, and written back where Postman keeps them (see keep).
//
// Each token request is an events.AuthToken; a token that cannot be had is
// the error of the request that needed it, or ends the run (exit 2) when
// only a person could give it and none can (oauth2Stop).

// oauth2Timeout bounds a token request when --timeout-request is not given:
// a token endpoint that never answers must not hold the run.
const oauth2Timeout = 30 * time.Second

// OAuth2Authorization is what a person must do for an authorization_code
// grant: open URL in a browser, and let the authorization server redirect to
// RedirectURI with a code and State.
type OAuth2Authorization struct {
	Request     string // the item whose request needs the token
	Grant       string // authorization_code or authorization_code_with_pkce
	URL         string // the authorization URL
	RedirectURI string
	State       string
}

// oauth2Stop is a token only a person could give, with none to give it (no
// terminal, a redirect_uri courier cannot listen on, the implicit grant):
// the run stops, exit 2, with this one-line message.
type oauth2Stop struct{ msg string }

func (e *oauth2Stop) Error() string { return e.msg }

// oauth2Tokens is a run's tokens.
type oauth2Tokens struct {
	mu      sync.Mutex
	entries map[string]*tokenEntry
	// pending are tokens to keep, written on the run's goroutine (keepTokens)
	pending []keptToken
	// updates are what the auths keep for --export-collection, by auth
	updates map[*collections.Auth]map[string]string
	order   []*collections.Auth
	// stop is the first oauth2Stop (a pm.sendRequest's too); stopping
	// says there is one, read without the lock
	stop     error
	stopping atomic.Bool
	// authorizing lets one authorization flow wait for a person at a time
	authorizing sync.Mutex
}

// tokenEntry is one configuration's token. mu is held while a token is
// fetched, so concurrent requests (pm.sendRequest) wait for it and share it.
type tokenEntry struct {
	mu       sync.Mutex
	has      bool // tok came from a token request of this run
	tok      oauth2.Token
	expires  time.Time // zero: not said
	lifetime time.Duration
	refresh  string
	// rejected are tokens a server answered 401 to, badRefresh refresh
	// tokens the endpoint refused: neither is used again
	rejected   map[string]bool
	badRefresh map[string]bool
	// failed is a person's authorization that failed: not asked again
	failed error
}

// keptToken is a token to keep in an auth (source) and the variables it
// names.
type keptToken struct {
	source               *collections.Auth
	access, refresh, typ string
	expires              time.Time
}

// oauth2Use is what signing an oauth2 request used (sendAuthed reads it).
type oauth2Use struct {
	entry *tokenEntry
	token string
	fresh bool // the token came during this send
	// rejected is the token the server refused the last time (set before
	// the request is sent again)
	rejected string
}

func (o *oauth2Tokens) entry(key string) *tokenEntry {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.entries == nil {
		o.entries = map[string]*tokenEntry{}
	}
	e := o.entries[key]
	if e == nil {
		e = &tokenEntry{rejected: map[string]bool{}, badRefresh: map[string]bool{}}
		o.entries[key] = e
	}
	return e
}

func (o *oauth2Tokens) stopped() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.stop
}

func (o *oauth2Tokens) setStop(err error) {
	o.mu.Lock()
	if o.stop == nil {
		o.stop = err
		o.stopping.Store(true)
	}
	o.mu.Unlock()
}

// authGetter reads a resolved auth's parameters for oauth2.FromAuth (the
// last one of a key wins; one without a value is missing).
func authGetter(a *collections.Auth) oauth2.Getter {
	return func(key string) (any, bool) {
		for i := len(a.Params) - 1; i >= 0; i-- {
			p := a.Params[i]
			if p.Key == key {
				if p.NoValue {
					return nil, false
				}
				return p.Value, true
			}
		}
		return nil, false
	}
}

// secret tells the masker about a value that must never be printed.
func (r *run) secret(vals ...string) {
	if r.opts.OnSecret == nil {
		return
	}
	for _, v := range vals {
		if v != "" {
			r.opts.OnSecret(v)
		}
	}
}

// oauth2Token is the token an oauth2 auth (auth, resolved; source, its
// definition) is signed with: "" to sign it as it stands, as Newman does
// (an auth courier does not manage, or whose saved token is good).
func (r *run) oauth2Token(ctx context.Context, auth, source *collections.Auth, hooks *sendHooks) (string, error) {
	if r.opts.NoOAuth2Fetch {
		return "", nil
	}
	var resolve func(string) string
	if hooks != nil && hooks.own {
		resolve = r.vars.Resolve // the item's own request, on the run's goroutine
	}
	cfg := oauth2.FromAuth(authGetter(auth), resolve)
	if !cfg.Fetches() {
		return "", nil
	}
	r.secret(cfg.Secrets()...)
	saved := auth.Get("accessToken")
	savedExpiry := parseExpiry(auth.Get("tokenExpiresAt"))
	use := &oauth2Use{}
	if hooks != nil && hooks.oauth != nil {
		use = hooks.oauth
	}
	e := r.oauth.entry(cfg.Key())
	e.mu.Lock()
	defer e.mu.Unlock()
	if use.rejected != "" {
		e.rejected[use.rejected] = true
		if e.has && e.tok.AccessToken == use.rejected {
			e.has = false
		}
	}
	use.entry = e
	switch {
	case e.has && !e.rejected[e.tok.AccessToken] && !r.expired(e.expires, e.lifetime):
		use.token = e.tok.AccessToken
		return use.token, nil
	case !e.has && saved != "" && !e.rejected[saved] && !r.expired(savedExpiry, 0):
		use.token = saved
		return "", nil // the auth's own token: signed as it stands
	}
	tok, err := r.newToken(ctx, cfg, e, auth.Get("refreshToken"), source, hooks)
	if err != nil {
		var stop *oauth2Stop
		if errors.As(err, &stop) {
			r.oauth.setStop(stop)
		}
		return "", err
	}
	use.token, use.fresh = tok, true
	return tok, nil
}

// newToken gets a token for e (held): with a refresh token when there is
// one the endpoint has not refused, else with the grant.
func (r *run) newToken(ctx context.Context, cfg oauth2.Config, e *tokenEntry, savedRefresh string, source *collections.Auth, hooks *sendHooks) (string, error) {
	refresh := e.refresh
	if refresh == "" {
		refresh = savedRefresh
	}
	var refreshErr error
	if refresh != "" && !e.badRefresh[refresh] {
		tok, err := r.tokenRequest(ctx, cfg.RefreshRequest(refresh), cfg, hooks)
		if err == nil {
			return r.got(e, tok, refresh, source, hooks), nil
		}
		if ctx.Err() != nil {
			return "", err
		}
		// refused (invalid_grant: expired, revoked, rotated) or the
		// endpoint failed: the grant may still give one
		e.badRefresh[refresh] = true
		refreshErr = err
	}
	if e.failed != nil {
		return "", e.failed
	}
	var tok oauth2.Token
	var err error
	switch cfg.Grant {
	case oauth2.ClientCredentials, oauth2.Password:
		tok, err = r.tokenRequest(ctx, cfg.TokenRequest("", ""), cfg, hooks)
	case oauth2.AuthorizationCode:
		tok, err = r.authorizationCode(ctx, cfg, e, hooks, refreshErr)
	default: // implicit
		return "", &oauth2Stop{msg: fmt.Sprintf("%s needs an OAuth 2.0 token from the implicit grant, which courier does not support "+
			"(the token comes back in a browser's URL fragment): use authorization_code with PKCE, or save a token in the auth's accessToken", requestName(hooks))}
	}
	if err != nil {
		return "", err
	}
	return r.got(e, tok, "", source, hooks), nil
}

// got keeps a token that came: in e for the run (a refresh token that did
// not rotate stays), and in the auth (keep).
func (r *run) got(e *tokenEntry, tok oauth2.Token, usedRefresh string, source *collections.Auth, hooks *sendHooks) string {
	now := r.opts.Now()
	e.has, e.tok = true, tok
	e.expires, e.lifetime = time.Time{}, 0
	if tok.ExpiresIn > 0 {
		e.lifetime = time.Duration(tok.ExpiresIn) * time.Second
		e.expires = now.Add(e.lifetime)
	}
	switch {
	case tok.RefreshToken != "":
		e.refresh = tok.RefreshToken
	case usedRefresh != "":
		e.refresh = usedRefresh
	}
	if source != nil && hooks != nil && hooks.own {
		r.oauth.mu.Lock()
		r.oauth.pending = append(r.oauth.pending, keptToken{source: source, access: tok.AccessToken, refresh: e.refresh, typ: tok.TokenType, expires: e.expires})
		r.oauth.mu.Unlock()
	}
	return tok.AccessToken
}

// expired says whether a token that expires at exp (zero: never said) is
// to be replaced now: within a tenth of its lifetime (at most 5 s) of it.
func (r *run) expired(exp time.Time, lifetime time.Duration) bool {
	if exp.IsZero() {
		return false
	}
	skew := 5 * time.Second
	if lifetime > 0 {
		skew = min(skew, lifetime/10)
	}
	return !r.opts.Now().Add(skew).Before(exp)
}

// parseExpiry reads a tokenExpiresAt: an ISO 8601 time (as courier writes
// it), or milliseconds (or seconds) since 1970.
func parseExpiry(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t
	}
	if n, err := strconv.ParseFloat(s, 64); err == nil && n > 0 {
		if n < 1e11 {
			return time.UnixMilli(int64(n * 1000))
		}
		return time.UnixMilli(int64(n))
	}
	return time.Time{}
}

// requestName names the request that needs a token, for messages.
func requestName(hooks *sendHooks) string {
	switch {
	case hooks == nil || !hooks.own:
		return "a pm.sendRequest"
	case hooks.itemName == "":
		return strconv.Quote(hooks.item.ID)
	}
	return strconv.Quote(hooks.itemName)
}

// authorizationCode gets a token through a person: the authorization URL
// for them to open, the code the redirect brings, and its exchange.
func (r *run) authorizationCode(ctx context.Context, cfg oauth2.Config, e *tokenEntry, hooks *sendHooks, refreshErr error) (oauth2.Token, error) {
	why := ""
	if refreshErr != nil {
		why = " (its refresh token was refused: " + refreshErr.Error() + ")"
	}
	if r.opts.OAuth2Authorize == nil {
		return oauth2.Token{}, &oauth2Stop{msg: fmt.Sprintf("%s needs an OAuth 2.0 token from the %s grant%s, which needs a person at a browser: "+
			"run courier on a terminal once and keep the tokens with --export-environment or --export-collection", requestName(hooks), cfg.GrantName(), why)}
	}
	state := cfg.State
	if state == "" {
		s, err := oauth2.NewState(r.entropy)
		if err != nil {
			return oauth2.Token{}, err
		}
		state = s
	}
	verifier, challenge := "", ""
	if cfg.PKCE {
		verifier = cfg.CodeVerifier
		if verifier == "" {
			v, err := oauth2.NewVerifier(r.entropy)
			if err != nil {
				return oauth2.Token{}, err
			}
			verifier = v
		}
		challenge = oauth2.Challenge(verifier, cfg.ChallengeMethod)
		r.secret(verifier)
	}
	name := ""
	if hooks != nil && hooks.own {
		name = hooks.itemName
		if name == "" {
			name = hooks.item.ID // as Newman shows an item without a name
		}
	}
	r.oauth.authorizing.Lock()
	code, err := r.opts.OAuth2Authorize(ctx, OAuth2Authorization{Request: name, Grant: cfg.GrantName(),
		URL: cfg.AuthorizationURL(state, challenge), RedirectURI: cfg.RedirectURI, State: state})
	r.oauth.authorizing.Unlock()
	if err != nil {
		var oe *oauth2.Error
		switch {
		case errors.As(err, &oe):
			// the authorization server's answer (access_denied, ...): this
			// request's error, and not asked again this run
			e.failed = fmt.Errorf("OAuth 2.0 authorization (%s) failed: %w", cfg.GrantName(), oe)
			return oauth2.Token{}, e.failed
		case ctx.Err() != nil:
			return oauth2.Token{}, friendlyError(ctx.Err(), 0)
		}
		return oauth2.Token{}, &oauth2Stop{msg: err.Error()}
	}
	r.secret(code)
	return r.tokenRequest(ctx, cfg.TokenRequest(code, verifier), cfg, hooks)
}

// tokenError is a token request that gave no token, as the request that
// needed it reports it.
type tokenError struct {
	grant, url string
	err        error
}

func (e *tokenError) Error() string {
	return fmt.Sprintf("OAuth 2.0 token (%s) from %s failed: %v", e.grant, e.url, e.err)
}

func (e *tokenError) Unwrap() error { return e.err }

// tokenRequest sends a token or refresh request through the run's client
// (its proxies, certificates, --max-response-size; no cookies) within
// --timeout-request (oauth2Timeout without one), reports it (AuthToken)
// and reads the answer.
func (r *run) tokenRequest(ctx context.Context, tr oauth2.Request, cfg oauth2.Config, hooks *sendHooks) (oauth2.Token, error) {
	grant := tr.Grant
	if grant == oauth2.AuthorizationCode {
		grant = cfg.GrantName()
	}
	req := &collections.Request{Method: "POST", URL: collections.ParseURL(tr.URL), Body: &collections.Body{Mode: "raw", Raw: tr.FormBody()}}
	for _, h := range tr.Header {
		req.Headers = append(req.Headers, collections.Header{Key: h[0], Value: h[1]})
	}
	timeout := r.opts.TimeoutReq
	flag := "--timeout-request"
	if timeout <= 0 {
		timeout, flag = oauth2Timeout, "courier's bound for token requests without --timeout-request"
	}
	tctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	st := r.settingsFor(nil)
	st.disableCookies = true
	start := r.opts.Now()
	_, resp, err := r.send(tctx, req, nil, st, &sendHooks{warn: func(string) {}})
	ev := events.AuthToken{Grant: grant, URL: tr.URL, Duration: r.opts.Now().Sub(start), Time: r.opts.Now()}
	var tok oauth2.Token
	switch {
	case err != nil && ctx.Err() == nil && (errors.Is(tctx.Err(), context.DeadlineExceeded) || err.Error() == "ESOCKETTIMEDOUT"):
		// the bound, whichever of the socket's and the context's came first
		err = fmt.Errorf("no answer within %v (%s)", timeout, flag)
	case err == nil:
		ev.Code, ev.Status = resp.Code, resp.Reason
		tok, err = oauth2.ParseToken(resp.Code, responseHeader(resp, "Content-Type"), resp.Body)
	}
	if err == nil {
		r.secret(tok.AccessToken, tok.RefreshToken, tok.IDToken)
	} else {
		ev.Error = &events.Error{Name: "Error", Message: err.Error()}
		err = &tokenError{grant: grant, url: tr.URL, err: err}
	}
	switch {
	case hooks == nil:
	case hooks.authToken != nil:
		hooks.authToken(ev)
	case hooks.own:
		ev.Cursor, ev.Item = hooks.cursor, hooks.item
		r.emit(ev)
	}
	return tok, err
}

func responseHeader(resp *httpmsg.Response, key string) string {
	for _, h := range resp.Headers {
		if strings.EqualFold(h.Key, key) {
			return h.Value
		}
	}
	return ""
}

// oauth2Params is an oauth2 auth signed with a token courier got.
type oauth2Params struct {
	authParams
	token string
}

func (p oauth2Params) Lookup(key string) (string, bool) {
	if key == "accessToken" {
		return p.token, true
	}
	return p.authParams.Lookup(key)
}

func (p oauth2Params) Get(key string) string { v, _ := p.Lookup(key); return v }

// sendAuthed sends a request (send) and, when a server answers 401 to the
// token of an auth courier manages that did not come for this request,
// gets another (a refresh, or the grant) and sends the request once more:
// the 401 exchange is reported as answered, as a digest challenge is.
func (r *run) sendAuthed(ctx context.Context, req *collections.Request, authSource *collections.Auth, st settings, hooks *sendHooks) (events.Request, *httpmsg.Response, error) {
	if req.Auth == nil || req.Auth.Type != "oauth2" || r.opts.NoOAuth2Fetch {
		return r.send(ctx, req, authSource, st, hooks) // nothing to refresh: no cost for other requests
	}
	h := sendHooks{}
	if hooks != nil {
		h = *hooks
	}
	use := &oauth2Use{}
	h.oauth = use
	ev, resp, err := r.send(ctx, req, authSource, st, &h)
	if err != nil || resp == nil || resp.Code != 401 || use.entry == nil || use.fresh || use.token == "" || ctx.Err() != nil {
		return ev, resp, err
	}
	if h.answered != nil {
		h.answered(ev, resp)
	}
	again := h
	again.presend, again.warn = nil, func(string) {}
	again.oauth = &oauth2Use{rejected: use.token}
	return r.send(ctx, req, authSource, st, &again)
}

// keepTokens writes the tokens that came for the item's requests where the
// Postman app keeps them, on the run's goroutine: each of accessToken,
// refreshToken, tokenType and tokenExpiresAt goes to the variable the auth
// names for it ({{name}} alone: the scope that has it, else the
// collection's), else into the auth itself (Result.AuthUpdates, for
// --export-collection).
func (r *run) keepTokens() {
	r.oauth.mu.Lock()
	pending := r.oauth.pending
	r.oauth.pending = nil
	r.oauth.mu.Unlock()
	for _, k := range pending {
		exp := ""
		if !k.expires.IsZero() {
			exp = k.expires.UTC().Format("2006-01-02T15:04:05.000Z")
		}
		for _, kv := range [][2]string{{"accessToken", k.access}, {"refreshToken", k.refresh}, {"tokenType", k.typ}, {"tokenExpiresAt", exp}} {
			key, val := kv[0], kv[1]
			def, has := "", false
			for i := len(k.source.Params) - 1; i >= 0; i-- {
				if p := k.source.Params[i]; p.Key == key {
					def, has = collections.ValueString(p.Value), !p.NoValue
					break
				}
			}
			if val == "" && !has {
				continue // nothing to say, nowhere said
			}
			if m := soleVariable().FindStringSubmatch(def); m != nil {
				r.scopeHolding(m[1]).Set(m[1], val)
				continue
			}
			r.oauth.mu.Lock()
			if r.oauth.updates == nil {
				r.oauth.updates = map[*collections.Auth]map[string]string{}
			}
			u := r.oauth.updates[k.source]
			if u == nil {
				u = map[string]string{}
				r.oauth.updates[k.source] = u
				r.oauth.order = append(r.oauth.order, k.source)
			}
			u[key] = val
			r.oauth.mu.Unlock()
		}
	}
}

// soleVariable is a value that is one {{variable}} and nothing else.
var soleVariable = lazyre.New(`^\s*\{\{([^{}]+)\}\}\s*$`)

// AuthUpdate is what an auth definition of the collection keeps of the
// OAuth 2.0 tokens courier got for it (accessToken, refreshToken,
// tokenType, tokenExpiresAt), for --export-collection.
type AuthUpdate struct {
	Auth   *collections.Auth
	Params []collections.AuthParam
}

func (o *oauth2Tokens) authUpdates() []AuthUpdate {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []AuthUpdate
	for _, a := range o.order {
		u := AuthUpdate{Auth: a}
		for _, k := range []string{"accessToken", "refreshToken", "tokenType", "tokenExpiresAt"} {
			if v, ok := o.updates[a][k]; ok {
				u.Params = append(u.Params, collections.AuthParam{Key: k, Value: v, Type: "string"})
			}
		}
		out = append(out, u)
	}
	return out
}
