package authsign

import (
	"crypto"
	"crypto/hmac"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"hash"
	"net/http"
	"sort"
	"strconv"
	"strings"
)

// node-oauth1's nonce alphabet (sic: "XTZ", no Y, no j).
const oauth1NonceAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXTZabcdefghiklmnopqrstuvwxyz"

var oauth1ParamNames = []string{
	"oauth_consumer_key", "oauth_token", "oauth_signature_method", "oauth_timestamp",
	"oauth_nonce", "oauth_version", "oauth_signature", "oauth_callback",
	"oauth_verifier", "oauth_body_hash",
}

type kv struct{ k, v string }

func signOAuth1(req *http.Request, body []byte, p Params, env Env) error {
	consumerKey := p.Get("consumerKey")
	method := p.Get("signatureMethod")
	parts := strings.Split(method, "-")
	isRSA := strings.EqualFold(parts[0], "rsa")
	hashAlgo := ""
	if len(parts) > 1 {
		hashAlgo = parts[1]
	}
	if consumerKey == "" || (!isRSA && p.Get("consumerSecret") == "") || (isRSA && p.Get("privateKey") == "") {
		return nil
	}
	mode := env.bodyMode(req, body)
	urlencoded := mode == modeURLEncoded

	// remove what a previous signing left
	for k := range req.Header {
		if k == "Authorization" {
			delete(req.Header, k)
		}
	}
	removeQueryParams(req, oauth1ParamNames...)
	var bodySegs []string
	if urlencoded {
		body, bodySegs = stripOAuth1Body(req, body)
	}

	o := oauth1Values{p: p, addEmpty: truthy(p.Get("addEmptyParamsToSign"))}
	nonce, timestamp := p.Get("nonce"), p.Get("timestamp")
	if nonce == "" {
		n, err := randomString(env.rand(), oauth1NonceAlphabet, 11)
		if err != nil {
			return err
		}
		nonce = n
	}
	if timestamp == "" {
		timestamp = strconv.FormatInt(env.now().Unix(), 10)
	}
	var bodyHash string
	if !urlencoded && truthy(o.get("includeBodyHash")) && hashAlgo != "" && mode != modeFormData {
		bodyHash = oauth1BodyHash(hashAlgo, body)
	}
	sigParams := o.protocolParams(consumerKey, method, timestamp, nonce, bodyHash)

	msg, sigMethod, err := oauth1Message(sigParams, bodySegs)
	if err != nil {
		return err
	}
	queryPairs, queryNull, err := oauth1QueryPairs(req.URL.RawQuery)
	if err != nil {
		return err
	}
	all := append(append([]kv(nil), queryPairs...), msg...)
	base := rfc3986(strings.ToUpper(req.Method)) + "&" + rfc3986(oauth1BaseURL(req)) + "&" + rfc3986(normalizeOAuth1Params(all))
	signature, err := oauth1Signature(sigMethod, base, o.get("consumerSecret"), o.get("tokenSecret"), p.Get("privateKey"))
	if err != nil {
		return err
	}

	// Newman re-encodes the query with RFC 3986 percent-encoding
	if req.URL.RawQuery != "" {
		segs := make([]string, len(queryPairs))
		for i, x := range queryPairs {
			segs[i] = rfc3986(x.k)
			if !queryNull[i] {
				segs[i] += "=" + rfc3986(x.v)
			}
		}
		req.URL.RawQuery = strings.Join(segs, "&")
	}

	sigParams = append(sigParams, kv{"oauth_signature", signature})
	switch {
	case truthy(o.get("addParamsToHeader")):
		addHeader(req, "Authorization", oauth1Header(o.get("realm"), sigParams, truthy(o.get("disableHeaderEncoding"))))
	case (strings.Contains(req.Method, "PUT") || strings.Contains(req.Method, "POST")) && urlencoded:
		segs := append([]string(nil), bodySegs...)
		for _, x := range sigParams {
			segs = append(segs, rfc3986(x.k)+"="+rfc3986(x.v))
		}
		setBody(req, []byte(strings.Join(segs, "&")))
	default:
		for _, x := range sigParams {
			appendQuery(req, rfc3986(x.k)+"="+rfc3986(x.v))
		}
	}
	return nil
}

// stripOAuth1Body removes the oauth_* parameters a previous signing put in
// a url-encoded body; it gives the body and its remaining segments.
func stripOAuth1Body(req *http.Request, body []byte) ([]byte, []string) {
	var segs []string
	changed := false
	for _, s := range querySegments(string(body)) {
		if k, err := formDecode(segmentKey(s)); err == nil && isOAuth1Param(k) {
			changed = true
			continue
		}
		segs = append(segs, s)
	}
	if changed {
		body = []byte(strings.Join(segs, "&"))
		setBody(req, body)
	}
	return body, segs
}

// oauth1Values reads the auth's parameters as Postman does: blank values
// are dropped unless addEmptyParamsToSign.
type oauth1Values struct {
	p        Params
	addEmpty bool
}

func (o oauth1Values) val(v string) string {
	if !o.addEmpty && jsTrim(v) == "" {
		return ""
	}
	return v
}

func (o oauth1Values) get(k string) string { return o.val(o.p.Get(k)) }

// protocolParams are the oauth_* parameters sent (oauth_signature aside),
// in node-oauth1's order; empty ones only with addEmptyParamsToSign.
func (o oauth1Values) protocolParams(consumerKey, method, timestamp, nonce, bodyHash string) []kv {
	ps := []kv{
		{"oauth_consumer_key", o.val(consumerKey)},
		{"oauth_token", o.get("token")},
		{"oauth_signature_method", o.val(method)},
		{"oauth_timestamp", o.val(timestamp)},
		{"oauth_nonce", o.val(nonce)},
		{"oauth_version", o.get("version")},
	}
	if bodyHash != "" {
		ps = append(ps, kv{"oauth_body_hash", bodyHash})
	}
	if c := o.get("callback"); c != "" {
		ps = append(ps, kv{"oauth_callback", c})
	}
	if v := o.get("verifier"); v != "" {
		ps = append(ps, kv{"oauth_verifier", v})
	}
	kept := ps[:0]
	for _, x := range ps {
		if o.addEmpty || x.v != "" {
			kept = append(kept, x)
		}
	}
	return kept
}

// oauth1BodyHash is oauth_body_hash: the body's digest with the signature
// method's hash ("" for a hash it does not know).
func oauth1BodyHash(hashAlgo string, body []byte) string {
	var hf func() hash.Hash
	switch strings.ToLower(hashAlgo) {
	case "sha1":
		hf = sha1.New
	case "sha256":
		hf = sha256.New
	case "sha512":
		hf = sha512.New
	default:
		return ""
	}
	x := hf()
	x.Write(body)
	return base64.StdEncoding.EncodeToString(x.Sum(nil))
}

// oauth1Message gives the message parameters of the signature base string
// (the protocol parameters and a url-encoded body's) and the signature
// method. node-oauth1 signs with HMAC-SHA1 when no method is given, and then
// includes that method in the base string (not in what it sends).
func oauth1Message(sigParams []kv, bodySegs []string) ([]kv, string, error) {
	msg := append([]kv(nil), sigParams...)
	for _, s := range bodySegs {
		if s == "" {
			continue
		}
		k, v, err := decodePair(s)
		if err != nil {
			return nil, "", err
		}
		msg = append(msg, kv{k, v})
	}
	for i, x := range msg {
		if x.k == "oauth_signature_method" {
			if x.v == "" {
				msg[i].v = "HMAC-SHA1"
			}
			return msg, msg[i].v, nil
		}
	}
	return append(msg, kv{"oauth_signature_method", "HMAC-SHA1"}), "HMAC-SHA1", nil
}

// oauth1QueryPairs decodes the query's parameters; null marks those without
// a "=" (by index).
func oauth1QueryPairs(rawQuery string) (pairs []kv, null map[int]bool, err error) {
	null = map[int]bool{}
	for _, s := range querySegments(rawQuery) {
		if s == "" {
			continue
		}
		k, v, err := decodePair(s)
		if err != nil {
			return nil, nil, err
		}
		if !strings.Contains(s, "=") {
			null[len(pairs)] = true
		}
		pairs = append(pairs, kv{k, v})
	}
	return pairs, null, nil
}

// IsOAuth1Param reports whether k is a parameter OAuth 1.0 signing adds
// (and removes before it signs again): oauth_consumer_key, oauth_signature, ….
func IsOAuth1Param(k string) bool { return isOAuth1Param(k) }

func isOAuth1Param(k string) bool {
	for _, n := range oauth1ParamNames {
		if n == k {
			return true
		}
	}
	return false
}

// formDecode is node-oauth1's decodePercent: '+' is a space, then
// decodeURIComponent.
func formDecode(s string) (string, error) {
	return decodeURIComponent(strings.ReplaceAll(s, "+", " "))
}

func decodePair(seg string) (string, string, error) {
	k, v, _ := strings.Cut(seg, "=")
	dk, err := formDecode(k)
	if err != nil {
		return "", "", err
	}
	dv, err := formDecode(v)
	if err != nil {
		return "", "", err
	}
	return dk, dv, nil
}

// oauth1BaseURL: lower-cased scheme and host, the port only when it is
// neither 80 nor 443, then the path.
func oauth1BaseURL(req *http.Request) string {
	scheme := strings.ToLower(req.URL.Scheme)
	if scheme == "" {
		scheme = "http"
	}
	host := req.URL.Hostname()
	if port := req.URL.Port(); port != "" && port != "80" && port != "443" {
		host = req.URL.Host
	}
	path := requestPath(req)
	if path == "" {
		path = "/"
	}
	return scheme + "://" + strings.ToLower(host) + path
}

func normalizeOAuth1Params(all []kv) string {
	type entry struct {
		sortKey string
		enc     string
	}
	var es []entry
	for _, x := range all {
		if x.k == "oauth_signature" {
			continue
		}
		k, v := rfc3986(x.k), rfc3986(x.v)
		es = append(es, entry{k + " " + v, k + "=" + v})
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].sortKey < es[j].sortKey })
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.enc
	}
	return strings.Join(out, "&")
}

func oauth1Signature(method, base, consumerSecret, tokenSecret, privateKey string) (string, error) {
	name := strings.TrimSuffix(method, "-Accessor")
	key := rfc3986(consumerSecret) + "&" + rfc3986(tokenSecret)
	mac := func(h func() hash.Hash) string {
		m := hmac.New(h, []byte(key))
		m.Write([]byte(base))
		return base64.StdEncoding.EncodeToString(m.Sum(nil))
	}
	switch name {
	case "PLAINTEXT":
		return key, nil
	case "HMAC-SHA1":
		return mac(sha1.New), nil
	case "HMAC-SHA256":
		return mac(sha256.New), nil
	case "HMAC-SHA512":
		return mac(sha512.New), nil
	case "RSA-SHA1", "RSA-SHA256", "RSA-SHA512":
		priv, err := parsePEMPrivateKey(privateKey)
		if err != nil {
			return "", err
		}
		rk, ok := priv.(*rsa.PrivateKey)
		if !ok {
			return "", errors.New("oauth1: the private key is not an RSA key")
		}
		var h crypto.Hash
		switch name {
		case "RSA-SHA1":
			h = crypto.SHA1
		case "RSA-SHA256":
			h = crypto.SHA256
		default:
			h = crypto.SHA512
		}
		x := h.New()
		x.Write([]byte(base))
		sig, err := rsa.SignPKCS1v15(nil, rk, h, x.Sum(nil))
		if err != nil {
			return "", err
		}
		return base64.StdEncoding.EncodeToString(sig), nil
	}
	return "", errors.New("Unsupported signature method")
}

func oauth1Header(realm string, params []kv, noEncoding bool) string {
	enc := rfc3986
	if noEncoding {
		enc = func(s string) string { return s }
	}
	var hp []string
	if jsTrim(realm) != "" {
		hp = append(hp, `realm="`+enc(realm)+`"`)
	}
	for _, x := range params {
		if x.v == "" {
			continue
		}
		name, value := enc(x.k), enc(jsTrim(x.v))
		if strings.HasPrefix(name, "oauth_") {
			hp = append(hp, name+`="`+value+`"`)
		}
	}
	return "OAuth " + strings.Join(hp, ",")
}
