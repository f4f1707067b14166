package oauth2

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
)

// Grant types, as Config.Grant holds them (RFC 6749's names; Postman stores
// the password grant as "password_credentials" and PKCE as
// "authorization_code_with_pkce").
const (
	ClientCredentials = "client_credentials"
	Password          = "password"
	AuthorizationCode = "authorization_code"
	Implicit          = "implicit"
	RefreshToken      = "refresh_token"
)

// Where an extra parameter goes (Postman's send_as).
const (
	InBody   = "request_body"
	InHeader = "request_header"
	InURL    = "request_url"
)

// Param is one of the extra parameters of a token, refresh or
// authorization request (Postman's tokenRequestParams, refreshRequestParams
// and authRequestParams): enabled ones only.
type Param struct {
	Key, Value string
	SendAs     string // InBody (the default), InHeader or InURL
}

// Config is an oauth2 auth's parameters, as Postman stores them, resolved.
type Config struct {
	// Grant is ClientCredentials, Password, AuthorizationCode or Implicit,
	// "" for a grant_type courier does not know (or none).
	Grant string
	// PKCE: authorization_code_with_pkce; ChallengeMethod is "S256" or
	// "plain" (challengeAlgorithm; S256 when not given), CodeVerifier the
	// verifier the auth gives (a new one for each authorization when "").
	PKCE            bool
	ChallengeMethod string
	CodeVerifier    string

	AccessTokenURL, RefreshTokenURL, AuthURL, RedirectURI    string
	ClientID, ClientSecret, Username, Password, Scope, State string
	// ClientAuth is "header" (HTTP Basic, the default) or "body"
	// (client_id and client_secret in the request body).
	ClientAuth string

	TokenParams, RefreshParams, AuthParams []Param
}

// Getter gives an auth parameter's value (a string, or the JSON value of a
// list such as tokenRequestParams) and whether the auth has it.
type Getter func(key string) (any, bool)

// FromAuth reads an oauth2 auth's parameters. resolve is applied to the
// keys and values of the extra parameter lists, which the runner's variable
// substitution leaves alone (nil: none).
func FromAuth(get Getter, resolve func(string) string) Config {
	str := func(k string) string {
		v, ok := get(k)
		if !ok || v == nil {
			return ""
		}
		if s, ok := v.(string); ok {
			return s
		}
		return fmt.Sprint(v)
	}
	if resolve == nil {
		resolve = func(s string) string { return s }
	}
	c := Config{
		AccessTokenURL:  strings.TrimSpace(str("accessTokenUrl")),
		RefreshTokenURL: strings.TrimSpace(str("refreshTokenUrl")),
		AuthURL:         strings.TrimSpace(str("authUrl")),
		RedirectURI:     strings.TrimSpace(str("redirect_uri")),
		ClientID:        str("clientId"),
		ClientSecret:    str("clientSecret"),
		Username:        str("username"),
		Password:        str("password"),
		Scope:           str("scope"),
		State:           str("state"),
		CodeVerifier:    str("code_verifier"),
		ClientAuth:      "header",
	}
	if c.RedirectURI == "" {
		c.RedirectURI = strings.TrimSpace(str("callBackUrl")) // older exports
	}
	if strings.EqualFold(strings.TrimSpace(str("client_authentication")), "body") {
		c.ClientAuth = "body"
	}
	switch g := strings.ToLower(strings.TrimSpace(str("grant_type"))); g {
	case ClientCredentials, Implicit, AuthorizationCode:
		c.Grant = g
	case "password", "password_credentials":
		c.Grant = Password
	case "authorization_code_with_pkce":
		c.Grant, c.PKCE = AuthorizationCode, true
	}
	c.ChallengeMethod = "S256"
	if m := strings.TrimSpace(str("challengeAlgorithm")); strings.EqualFold(m, "plain") {
		c.ChallengeMethod = "plain"
	}
	c.TokenParams = params(get, "tokenRequestParams", resolve)
	c.RefreshParams = params(get, "refreshRequestParams", resolve)
	c.AuthParams = params(get, "authRequestParams", resolve)
	return c
}

// params reads a list of {key, value, enabled, send_as}: entries without a
// key or with enabled false are left out.
func params(get Getter, key string, resolve func(string) string) []Param {
	v, ok := get(key)
	if !ok {
		return nil
	}
	if s, isString := v.(string); isString {
		// a list kept as its JSON text (a parameter typed "string")
		var decoded any
		if json.Unmarshal([]byte(s), &decoded) == nil {
			v = decoded
		}
	}
	list, _ := v.([]any)
	var out []Param
	for _, e := range list {
		m, ok := e.(map[string]any)
		if !ok {
			continue
		}
		if en, has := m["enabled"]; has && (en == false || en == "false" || en == nil) {
			continue
		}
		k, _ := m["key"].(string)
		if k = resolve(k); k == "" {
			continue
		}
		val := ""
		switch x := m["value"].(type) {
		case string:
			val = resolve(x)
		case nil:
		default:
			val = fmt.Sprint(x)
		}
		p := Param{Key: k, Value: val, SendAs: InBody}
		switch s, _ := m["send_as"].(string); s {
		case InHeader, InURL:
			p.SendAs = s
		}
		out = append(out, p)
	}
	return out
}

// Fetches reports whether courier gets tokens for this configuration: a
// grant it knows with the URLs it needs. Other configurations are signed
// with their saved accessToken alone, as Newman signs them.
func (c Config) Fetches() bool {
	switch c.Grant {
	case ClientCredentials, Password:
		return c.AccessTokenURL != ""
	case AuthorizationCode:
		return c.AccessTokenURL != "" && c.AuthURL != ""
	case Implicit:
		return c.AuthURL != ""
	}
	return false
}

// GrantName is the grant as reports name it (authorization_code_with_pkce
// for PKCE).
func (c Config) GrantName() string {
	if c.Grant == AuthorizationCode && c.PKCE {
		return "authorization_code_with_pkce"
	}
	return c.Grant
}

// Key identifies the configuration's tokens: two auths with the same
// resolved parameters share them. The state and the saved tokens are not
// part of it (a state such as {{$randomUUID}} changes for every request).
func (c Config) Key() string {
	h := sha256.New()
	w := func(s string) { fmt.Fprintf(h, "%d:%s|", len(s), s) }
	for _, s := range []string{c.Grant, fmt.Sprint(c.PKCE), c.ChallengeMethod, c.CodeVerifier, c.AccessTokenURL, c.RefreshTokenURL,
		c.AuthURL, c.RedirectURI, c.ClientID, c.ClientSecret, c.Username, c.Password, c.Scope, c.ClientAuth} {
		w(s)
	}
	for _, ps := range [][]Param{c.TokenParams, c.RefreshParams, c.AuthParams} {
		w(fmt.Sprint(len(ps)))
		for _, p := range ps {
			w(p.Key)
			w(p.Value)
			w(p.SendAs)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Secrets are the configuration's values that must never be printed.
func (c Config) Secrets() []string {
	return []string{c.ClientSecret, c.Password, c.CodeVerifier}
}

// Request is a token or refresh request: a POST of Form, url-encoded, to
// URL with Header (in order).
type Request struct {
	Grant  string // the grant_type sent
	URL    string
	Header [][2]string
	Form   [][2]string
}

// FormBody is the request's body.
func (r Request) FormBody() string {
	var b strings.Builder
	for i, f := range r.Form {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(f[0]))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(f[1]))
	}
	return b.String()
}

// TokenRequest is the request that gets a token with the configuration's
// grant (client_credentials, password, or authorization_code with the code
// and, for PKCE, the verifier).
func (c Config) TokenRequest(code, verifier string) Request {
	r := Request{Grant: c.Grant, URL: c.AccessTokenURL}
	r.Form = append(r.Form, [2]string{"grant_type", c.Grant})
	switch c.Grant {
	case Password:
		r.Form = append(r.Form, [2]string{"username", c.Username}, [2]string{"password", c.Password})
	case AuthorizationCode:
		r.Form = append(r.Form, [2]string{"code", code})
		if c.RedirectURI != "" {
			r.Form = append(r.Form, [2]string{"redirect_uri", c.RedirectURI})
		}
		if verifier != "" {
			r.Form = append(r.Form, [2]string{"code_verifier", verifier})
		}
	}
	if c.Scope != "" && c.Grant != AuthorizationCode {
		r.Form = append(r.Form, [2]string{"scope", c.Scope})
	}
	c.finish(&r, c.TokenParams)
	return r
}

// RefreshRequest is the request that trades a refresh token for a new
// access token, at refreshTokenUrl (accessTokenUrl when it has none).
func (c Config) RefreshRequest(refresh string) Request {
	u := c.RefreshTokenURL
	if u == "" {
		u = c.AccessTokenURL
	}
	r := Request{Grant: RefreshToken, URL: u}
	r.Form = append(r.Form, [2]string{"grant_type", RefreshToken}, [2]string{"refresh_token", refresh})
	c.finish(&r, c.RefreshParams)
	return r
}

// finish adds the client's authentication, the headers every token request
// has and the extra parameters.
func (c Config) finish(r *Request, extra []Param) {
	r.Header = append(r.Header, [2]string{"Content-Type", "application/x-www-form-urlencoded"}, [2]string{"Accept", "application/json"})
	switch {
	case c.ClientAuth == "body":
		r.Form = append(r.Form, [2]string{"client_id", c.ClientID})
		if c.ClientSecret != "" {
			r.Form = append(r.Form, [2]string{"client_secret", c.ClientSecret})
		}
	case c.ClientSecret == "":
		// a public client (PKCE without a secret) names itself in the body
		if c.ClientID != "" {
			r.Form = append(r.Form, [2]string{"client_id", c.ClientID})
		}
	default:
		// as the Postman app sends it: the id and secret as they are, not
		// form-encoded first (RFC 6749 2.3.1 asks for that; servers accept
		// both for the usual characters)
		r.Header = append(r.Header, [2]string{"Authorization", "Basic " + base64.StdEncoding.EncodeToString([]byte(c.ClientID+":"+c.ClientSecret))})
	}
	var query [][2]string
	for _, p := range extra {
		switch p.SendAs {
		case InHeader:
			r.Header = append(r.Header, [2]string{p.Key, p.Value})
		case InURL:
			query = append(query, [2]string{p.Key, p.Value})
		default:
			r.Form = append(r.Form, [2]string{p.Key, p.Value})
		}
	}
	r.URL = withQuery(r.URL, query)
}

// withQuery appends query parameters to a URL, keeping its own.
func withQuery(u string, q [][2]string) string {
	if len(q) == 0 {
		return u
	}
	frag := ""
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u, frag = u[:i], u[i:]
	}
	var b strings.Builder
	b.WriteString(u)
	sep := "?"
	if strings.Contains(u, "?") {
		sep = "&"
		if strings.HasSuffix(u, "?") || strings.HasSuffix(u, "&") {
			sep = ""
		}
	}
	for _, p := range q {
		b.WriteString(sep)
		b.WriteString(url.QueryEscape(p[0]))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(p[1]))
		sep = "&"
	}
	b.WriteString(frag)
	return b.String()
}

// AuthorizationURL is the URL a person opens to authorize the client
// (RFC 6749 4.1.1, with RFC 7636's challenge when challenge is not "").
func (c Config) AuthorizationURL(state, challenge string) string {
	q := [][2]string{{"response_type", "code"}, {"client_id", c.ClientID}}
	if c.RedirectURI != "" {
		q = append(q, [2]string{"redirect_uri", c.RedirectURI})
	}
	if c.Scope != "" {
		q = append(q, [2]string{"scope", c.Scope})
	}
	if state != "" {
		q = append(q, [2]string{"state", state})
	}
	if challenge != "" {
		q = append(q, [2]string{"code_challenge", challenge}, [2]string{"code_challenge_method", c.ChallengeMethod})
	}
	for _, p := range c.AuthParams {
		q = append(q, [2]string{p.Key, p.Value})
	}
	return withQuery(c.AuthURL, q)
}
