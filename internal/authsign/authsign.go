package authsign

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Params gives an auth type's parameters (already variable-resolved), keyed as
// in Postman's collection format. A missing parameter reads as "".
type Params interface{ Get(key string) string }

// Looker may also be implemented by a Params value to tell a missing (or JSON
// null) parameter from one set to "". Postman makes that distinction for
// oauth2's and jwt's headerPrefix (missing means "Bearer", "" means no prefix).
// Without it, "" counts as missing.
type Looker interface {
	Lookup(key string) (value string, ok bool)
}

// Setter may also be implemented by a Params value to keep the parameters that
// postman-runtime stores back into the auth as "system" parameters, so that
// they live on for the rest of the run (and for later requests sharing the
// same collection- or folder-level auth):
//   - digest: nonce, realm, qop, opaque, clientNonce, nonceCount (set by Retry
//     from the server's challenge; nonceCount is advanced by Observe), which
//     makes later requests sign pre-emptively, as Newman does;
//   - hawk: nonce and timestamp, generated once when missing (Newman then
//     reuses them for every later request sharing the auth);
//   - ntlm: state "INITIALIZED" and ntlmHeader "" (undefined in Postman),
//     when no state is known: where postman-runtime's handshake ends, whatever
//     its course (the handshake itself goes by the Authorization header sent).
//
// StateValue gives a stored value as postman-runtime keeps it.
//
// Set must behave like postman-runtime's auth.set: it overwrites a value only
// if the current value is empty or was itself stored by Set; a non-empty value
// the user gave stays. Get must return what Set stored.
type Setter interface {
	Set(key, value string)
}

// StateValue is a value Set stored as postman-runtime keeps it in the auth
// (what Newman's reports show): hawk's timestamp is a number, ntlm's
// ntlmHeader undefined once the handshake is over (ok false: no value);
// the rest are strings.
func StateValue(authType, key, value string) (v any, ok bool) {
	switch {
	case authType == "hawk" && key == "timestamp":
		if n, isNum := jsParseIntString(value); isNum && strconv.FormatFloat(n, 'f', -1, 64) == value {
			return n, true
		}
	case authType == "ntlm" && key == "ntlmHeader" && value == "":
		return nil, false
	}
	return value, true
}

// Env carries the request's context that is not in the http.Request.
type Env struct {
	// Now is the clock (timestamps); nil means time.Now.
	Now func() time.Time
	// Rand is the randomness source (nonces, client challenges); nil means
	// crypto/rand.Reader.
	Rand io.Reader
	// BodyMode is the Postman body mode of the request: "raw", "urlencoded",
	// "formdata", "file", "graphql", or "" for no body. Postman hashes the body
	// differently per mode (no hash at all for formdata) and OAuth 1.0 signs
	// urlencoded parameters. When "", the mode is guessed from the
	// Content-Type header and the body (urlencoded, formdata, or raw when the
	// body is not empty).
	BodyMode string
}

func (e Env) now() time.Time {
	now := e.Now
	if now == nil {
		now = time.Now
	}
	return now()
}

func (e Env) rand() io.Reader {
	if e.Rand != nil {
		return e.Rand
	}
	return rand.Reader
}

// Body modes.
const (
	modeNone       = ""
	modeRaw        = "raw"
	modeURLEncoded = "urlencoded"
	modeFormData   = "formdata"
	modeFile       = "file"
	modeGraphQL    = "graphql"
)

func (e Env) bodyMode(req *http.Request, body []byte) string {
	if e.BodyMode != "" {
		return e.BodyMode
	}
	ct := strings.ToLower(headerGet(req, "Content-Type"))
	switch {
	case strings.HasPrefix(ct, "application/x-www-form-urlencoded"):
		return modeURLEncoded
	case strings.HasPrefix(ct, "multipart/form-data"):
		return modeFormData
	case len(body) > 0:
		return modeRaw
	}
	return modeNone
}

// ErrUnknownType is wrapped by the error Sign returns for an auth type it does
// not know.
var ErrUnknownType = errors.New("authsign: unknown auth type")

// Sign applies the auth to req as postman-runtime's sign step does, mutating
// its headers, URL query and, for OAuth 1.0 parameters added to a urlencoded
// body, its body. body is the exact request body.
//
// The request must be the one Postman's auth step sees: variables resolved,
// the user's enabled headers only (added by the collection and scripts), not
// the defaults the runner adds afterwards (User-Agent, Accept, Postman-Token,
// Host, Accept-Encoding, Connection, Cache-Control, the Content-Type implied
// by the body mode, Content-Length): as in Newman, those are not signed.
//
// When Postman would leave the request unsigned because parameters are
// missing (a bearer token, a digest nonce, ...), Sign returns nil and leaves
// req as it is, including any Authorization header the user set. Otherwise
// the scheme replaces the user's Authorization header (and the query
// parameters it owns).
//
// An error for a known type corresponds to Newman's "could not sign the
// request" warning: Newman prints it and still sends the request as it stands
// (req may already have been changed, as in Newman).
func Sign(req *http.Request, body []byte, authType string, p Params, env Env) error {
	if req == nil || req.URL == nil {
		return errors.New("authsign: nil request")
	}
	if p == nil {
		p = emptyParams{}
	}
	if req.Header == nil {
		req.Header = http.Header{}
	}
	switch authType {
	case "", "noauth":
		return nil
	case "basic":
		return signBasic(req, p)
	case "bearer":
		return signBearer(req, p)
	case "apikey":
		return signAPIKey(req, p)
	case "oauth2":
		return signOAuth2(req, p)
	case "digest":
		return signDigest(req, body, p, env)
	case "oauth1":
		return signOAuth1(req, body, p, env)
	case "hawk":
		return signHawk(req, body, p, env)
	case "awsv4":
		return signAWSV4(req, body, p, env)
	case "ntlm":
		// postman-runtime's pre step starts the handshake's state
		if s, ok := p.(Setter); ok && p.Get("state") == "" {
			s.Set("state", "INITIALIZED")
			s.Set("ntlmHeader", "")
		}
		removeHeader(req, "Authorization")
		return nil
	case "edgegrid":
		return signEdgeGrid(req, body, p, env)
	case "asap":
		return signASAP(req, p, env)
	case "jwt":
		return signJWT(req, p)
	}
	return fmt.Errorf("%w %q", ErrUnknownType, authType)
}

// NeedsChallenge tells whether authType may answer a challenge response by
// replaying the request (digest and ntlm, unless disableRetryRequest is set).
// When it is true, the runner calls Retry with each response it gets, and
// sends req again while Retry returns ok (Newman replays a request at most 3
// times in all).
func NeedsChallenge(authType string, p Params) bool {
	if p == nil {
		p = emptyParams{}
	}
	switch authType {
	case "digest", "ntlm":
		return !truthy(p.Get("disableRetryRequest"))
	}
	return false
}

// Retry looks at the response to the request last sent for a digest or ntlm
// auth and, when Postman would replay the request, rewrites req's
// Authorization header for the replay and returns ok. req must be the request
// that was sent (or a fresh clone of it, with its headers), body its body.
// Postman answers challenges on status 401 and 403; other statuses give
// ok=false. A non-nil error is a Newman warning to print; ok alone says
// whether to replay.
//
// digest: the first request goes out unsigned unless nonce and realm are
// known; a 401/403 carrying a "WWW-Authenticate: Digest" challenge makes
// Retry take nonce, realm, qop and opaque from it (a new clientNonce and
// nonceCount 00000001 when there is a qop) and sign. It does not retry when
// every value the challenge carries was already set.
//
// ntlm: three requests on one connection. Sign removes any Authorization
// header, so the first request goes out bare; its 401 with
// "WWW-Authenticate: NTLM" (or Negotiate) makes Retry add the Type 1
// (negotiate) message; the server's 401 with "WWW-Authenticate: NTLM <Type 2>"
// makes Retry add the Type 3 (authenticate) message; after that Retry returns
// false. The runner must send the Type 1 and Type 3 requests over the same
// keep-alive connection: read each 401 body to EOF and close it before the
// replay, and use a transport that reuses that connection (one idle
// connection for the host, e.g. a Transport per exchange, or MaxConnsPerHost
// 1), since the server binds the Type 2 challenge to the connection.
func Retry(req *http.Request, body []byte, authType string, p Params, challenge *http.Response, env Env) (ok bool, err error) {
	if req == nil || req.URL == nil || challenge == nil {
		return false, nil
	}
	if p == nil {
		p = emptyParams{}
	}
	if req.Header == nil {
		req.Header = http.Header{}
	}
	if !NeedsChallenge(authType, p) {
		return false, nil
	}
	switch authType {
	case "digest":
		return retryDigest(req, body, p, challenge, env)
	case "ntlm":
		return retryNTLM(req, p, challenge, env)
	}
	return false, nil
}

// Observe tells the auth about a response that will not be retried (call it
// once per request, with the final response). Only digest uses it: as
// postman-runtime does, it advances the stored nonceCount after a response
// that is not a digest challenge. It does nothing unless p is a Setter.
func Observe(authType string, p Params, resp *http.Response) {
	if authType != "digest" || p == nil || resp == nil {
		return
	}
	s, ok := p.(Setter)
	if !ok || truthy(p.Get("disableRetryRequest")) {
		return
	}
	if (resp.StatusCode == 401 || resp.StatusCode == 403) && digestChallenge(resp.Header) != "" {
		return
	}
	s.Set("nonceCount", increaseNonceCount(p.Get("nonceCount")))
}

type emptyParams struct{}

func (emptyParams) Get(string) string { return "" }

// truthy reads a boolean parameter: Postman tests JavaScript truthiness of
// the collection value; a runner that renders JSON false, null and 0 as
// "false", "" and "0" gets the same answer.
func truthy(s string) bool {
	switch strings.TrimSpace(strings.ToLower(s)) {
	case "", "false", "0", "null", "undefined":
		return false
	}
	return true
}

// lookup returns a parameter's value and whether it is set (see Looker).
func lookup(p Params, key string) (string, bool) {
	if l, ok := p.(Looker); ok {
		return l.Lookup(key)
	}
	v := p.Get(key)
	return v, v != ""
}

// setBody replaces req's body.
func setBody(req *http.Request, body []byte) {
	b := append([]byte(nil), body...)
	req.Body = io.NopCloser(bytes.NewReader(b))
	req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }
	req.ContentLength = int64(len(b))
}

// randomString draws n characters from alphabet (uniformly, by rejection).
func randomString(r io.Reader, alphabet string, n int) (string, error) {
	out := make([]byte, 0, n)
	limit := 256 - 256%len(alphabet)
	buf := make([]byte, 1)
	for len(out) < n {
		if _, err := io.ReadFull(r, buf); err != nil {
			return "", fmt.Errorf("authsign: randomness: %w", err)
		}
		if int(buf[0]) >= limit {
			continue
		}
		out = append(out, alphabet[int(buf[0])%len(alphabet)])
	}
	return string(out), nil
}

// uuidV4 returns a random version 4 UUID.
func uuidV4(r io.Reader) (string, error) {
	var b [16]byte
	if _, err := io.ReadFull(r, b[:]); err != nil {
		return "", fmt.Errorf("authsign: randomness: %w", err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16]), nil
}
