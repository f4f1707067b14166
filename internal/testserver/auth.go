package testserver

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"hash"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
)

// Endpoints that check what a client signed, so a collection can show in an
// assertion whether its request was signed right, and what was signed,
// without the port (which differs from run to run) in the answer: the
// server's host:port is written "HOST" wherever it appears.

// reflect answers like /echo and also puts that JSON, on one line, in the
// Echo response header, where a HEAD request can read it.
func reflect(w http.ResponseWriter, r *http.Request) {
	d, err := echoData(r)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": err.Error()})
		return
	}
	line, _ := json.Marshal(d)
	w.Header().Set("Echo", string(line))
	writeJSON(w, http.StatusOK, d)
}

const (
	digestServerRealm  = "testserver"
	digestServerNonce  = "6f2c0e9b4a1d87f35e0c2b9a41d7e8f3"
	digestServerOpaque = "c0ffee0ddba11fee"
)

var authParamRE = regexp.MustCompile(`([\w-]+)=("((?:[^"\\]|\\.)*)"|[^,\s]*)`)

// authParams reads the name=value and name="value" pairs of an
// Authorization header after its scheme.
func authParams(s string) map[string]string {
	f := map[string]string{}
	for _, m := range authParamRE.FindAllStringSubmatch(s, -1) {
		v := m[2]
		if strings.HasPrefix(v, `"`) {
			v = strings.NewReplacer(`\"`, `"`, `\\`, `\`).Replace(m[3])
		}
		f[strings.ToLower(m[1])] = v
	}
	return f
}

// digestAuth is /digest-auth/{user}/{pass}[?qop=none]: 401 with a Digest
// challenge (fixed realm, nonce and opaque; qop "auth" unless qop=none) until
// the request carries the right answer to it, then 200.
func digestAuth(w http.ResponseWriter, r *http.Request) {
	user, pass := r.PathValue("user"), r.PathValue("pass")
	qop := "auth"
	if r.URL.Query().Get("qop") == "none" {
		qop = ""
	}
	auth := r.Header.Get("Authorization")
	if scheme, params, ok := strings.Cut(auth, " "); ok && strings.EqualFold(scheme, "Digest") {
		f := authParams(params)
		if f["username"] == user && digestAnswer(r.Method, f, pass) == f["response"] {
			writeJSON(w, http.StatusOK, map[string]any{"authenticated": true, "user": user, "qop": f["qop"], "uri": f["uri"], "algorithm": f["algorithm"]})
			return
		}
	}
	ch := `Digest realm="` + digestServerRealm + `"`
	if qop != "" {
		ch += `, qop="` + qop + `"`
	}
	ch += `, nonce="` + digestServerNonce + `", opaque="` + digestServerOpaque + `"`
	w.Header().Set("WWW-Authenticate", ch)
	writeJSON(w, http.StatusUnauthorized, map[string]any{"authenticated": false})
}

// digestAnswer is the response a client should send for the fields it sent
// (RFC 7616: MD5 or SHA-256, optionally -sess).
func digestAnswer(method string, f map[string]string, pass string) string {
	newHash := md5.New
	algo := strings.ToUpper(f["algorithm"])
	if strings.TrimSuffix(algo, "-SESS") == "SHA-256" {
		newHash = sha256.New
	}
	h := func(s string) string {
		x := newHash()
		io.WriteString(x, s)
		return hex.EncodeToString(x.Sum(nil))
	}
	ha1 := h(f["username"] + ":" + f["realm"] + ":" + pass)
	if strings.HasSuffix(algo, "-SESS") {
		ha1 = h(ha1 + ":" + f["nonce"] + ":" + f["cnonce"])
	}
	ha2 := h(method + ":" + f["uri"])
	if f["qop"] != "" {
		return h(ha1 + ":" + f["nonce"] + ":" + f["nc"] + ":" + f["cnonce"] + ":" + f["qop"] + ":" + ha2)
	}
	return h(ha1 + ":" + f["nonce"] + ":" + ha2)
}

// hawkCredentials are the Hawk ids /auth/hawk knows, with their key and
// algorithm.
var hawkCredentials = map[string]struct {
	key  string
	hash func() hash.Hash
}{
	"courier-sha256": {"hawk-test-key-7c1f0a", sha256.New},
	"courier-sha1":   {"hawk-test-key-7c1f0a", sha1.New},
}

// hawkAuth is /auth/hawk: it checks a Hawk Authorization header (the
// request MAC and, when given, the payload hash) and answers 200 with
// "verified" and the normalized string the MAC covers, or 401.
func hawkAuth(w http.ResponseWriter, r *http.Request, body []byte) {
	scheme, params, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	if !strings.EqualFold(scheme, "Hawk") {
		writeJSON(w, http.StatusUnauthorized, map[string]any{"verified": false, "error": "no Hawk Authorization"})
		return
	}
	f := authParams(params)
	cred, ok := hawkCredentials[f["id"]]
	if !ok {
		writeJSON(w, http.StatusUnauthorized, map[string]any{"verified": false, "error": "unknown id"})
		return
	}
	host, port, err := net.SplitHostPort(r.Host)
	if err != nil {
		host, port = r.Host, "80"
	}
	ext := strings.NewReplacer(`\`, `\\`, "\n", `\n`).Replace(f["ext"])
	normalized := "hawk.1.header\n" + f["ts"] + "\n" + f["nonce"] + "\n" + strings.ToUpper(r.Method) + "\n" +
		r.RequestURI + "\n" + strings.ToLower(host) + "\n" + port + "\n" + f["hash"] + "\n" + ext + "\n"
	if f["app"] != "" {
		normalized += f["app"] + "\n" + f["dlg"] + "\n"
	}
	mac := hmac.New(cred.hash, []byte(cred.key))
	io.WriteString(mac, normalized)
	verified := base64.StdEncoding.EncodeToString(mac.Sum(nil)) == f["mac"]
	answer := map[string]any{
		"verified":   verified,
		"normalized": strings.ReplaceAll(normalized, "\n"+port+"\n", "\nPORT\n"),
	}
	if f["hash"] != "" {
		ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		ph := cred.hash()
		io.WriteString(ph, "hawk.1.payload\n"+strings.ToLower(ct)+"\n"+string(body)+"\n")
		answer["hashVerified"] = base64.StdEncoding.EncodeToString(ph.Sum(nil)) == f["hash"]
	}
	code := http.StatusOK
	if !verified {
		code = http.StatusUnauthorized
	}
	writeJSON(w, code, answer)
}

// oauth1Secrets are the consumer and token secrets /oauth1 knows, by
// consumer key and token.
var oauth1Secrets = map[string]string{
	"courier-consumer": "c0nsumer s3cret/+%&=!",
	"courier-token":    "t0ken s3cret?#~",
}

// oauth1Encode is RFC 3986 percent-encoding (unreserved characters kept),
// as RFC 5849 asks.
func oauth1Encode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteString("%" + strings.ToUpper(hex.EncodeToString([]byte{c})))
	}
	return b.String()
}

// oauth1 is /oauth1 (and /oauth1/...): it checks an OAuth 1.0a signature
// given in the Authorization header, the query or a url-encoded body, and
// answers 200 with "verified" and the signature base string, or 401.
func oauth1(w http.ResponseWriter, r *http.Request, body []byte) {
	type kv struct{ k, v string }
	var params []kv
	var sig, method string
	take := func(k, v string) {
		switch k {
		case "oauth_signature":
			sig = v
		case "realm":
		default:
			if k == "oauth_signature_method" {
				method = v
			}
			params = append(params, kv{k, v})
		}
	}
	fromHeader := false
	if scheme, hp, ok := strings.Cut(r.Header.Get("Authorization"), " "); ok && strings.EqualFold(scheme, "OAuth") {
		fromHeader = true
		for k, v := range authParams(hp) {
			if dv, err := url.PathUnescape(v); err == nil {
				v = dv
			}
			if k != "realm" {
				take(k, v)
			}
		}
	}
	formPairs := func(s string) {
		for _, p := range parsePairs(s) {
			take(p.Key, p.Value)
		}
	}
	formPairs(r.URL.RawQuery)
	if ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); ct == "application/x-www-form-urlencoded" {
		formPairs(string(body))
	}
	enc := make([]kv, len(params))
	for i, p := range params {
		enc[i] = kv{oauth1Encode(p.k), oauth1Encode(p.v)}
	}
	sort.Slice(enc, func(i, j int) bool {
		if enc[i].k != enc[j].k {
			return enc[i].k < enc[j].k
		}
		return enc[i].v < enc[j].v
	})
	pairs := make([]string, len(enc))
	for i, p := range enc {
		pairs[i] = p.k + "=" + p.v
	}
	host := strings.ToLower(r.Host)
	if h, port, err := net.SplitHostPort(host); err == nil && port == "80" {
		host = h
	}
	path, _, _ := strings.Cut(r.RequestURI, "?")
	base := strings.ToUpper(r.Method) + "&" + oauth1Encode("http://"+host+path) + "&" + oauth1Encode(strings.Join(pairs, "&"))
	var consumerKey, token string
	for _, p := range params {
		switch p.k {
		case "oauth_consumer_key":
			consumerKey = p.v
		case "oauth_token":
			token = p.v
		}
	}
	key := oauth1Encode(oauth1Secrets[consumerKey]) + "&"
	if token != "" {
		key += oauth1Encode(oauth1Secrets[token])
	}
	var want string
	sign := func(h func() hash.Hash) string {
		m := hmac.New(h, []byte(key))
		io.WriteString(m, base)
		return base64.StdEncoding.EncodeToString(m.Sum(nil))
	}
	switch strings.ToUpper(method) {
	case "HMAC-SHA1":
		want = sign(sha1.New)
	case "HMAC-SHA256":
		want = sign(sha256.New)
	case "HMAC-SHA512":
		want = sign(sha512.New)
	case "PLAINTEXT":
		want = key
	}
	verified := want != "" && sig == want
	code := http.StatusOK
	if !verified {
		code = http.StatusUnauthorized
	}
	encodedHost := oauth1Encode(r.Host)
	writeJSON(w, code, map[string]any{
		"verified":   verified,
		"fromHeader": fromHeader,
		"base":       strings.ReplaceAll(base, encodedHost, "HOST"),
	})
}

// withBody reads the request body (bounded) for handlers that need it whole.
func withBody(h func(http.ResponseWriter, *http.Request, []byte)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
		if err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]any{"error": err.Error()})
			return
		}
		h(w, r, body)
	}
}
