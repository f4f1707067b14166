package authsign

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"github.com/courier-run/courier/internal/lazyre"
)

const digestCnonceAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

var (
	digestNonceRe  = lazyre.New(`(?i)nonce="([^"]*)"`)
	digestRealmRe  = lazyre.New(`(?i)realm="([^"]*)"`)
	digestQopRe    = lazyre.New(`(?i)qop="([^"]*)"`)
	digestOpaqueRe = lazyre.New(`(?i)opaque="([^"]*)"`)

	digestAuthParamRe = lazyre.New(`(\w+)=(?:"([^"]*)"|([^,\s]*))`)
)

// signDigest signs when nonce and realm (Postman's pre step) and username
// and realm (its sign step) are known.
func signDigest(req *http.Request, body []byte, p Params, env Env) error {
	if p.Get("nonce") == "" || p.Get("realm") == "" || p.Get("username") == "" {
		return nil
	}
	removeHeader(req, "Authorization")
	h, err := digestHeader(req, body, p, env)
	if err != nil {
		return err
	}
	addHeader(req, "Authorization", h)
	return nil
}

func digestHeader(req *http.Request, body []byte, p Params, env Env) (string, error) {
	algorithm := p.Get("algorithm")
	var newHash func() hash.Hash
	switch algorithm {
	case "", "MD5", "MD5-sess":
		if algorithm == "" {
			algorithm = "MD5"
		}
		newHash = md5.New
	case "SHA-256", "SHA-256-sess":
		newHash = sha256.New
	case "SHA-512-256", "SHA-512-256-sess":
		newHash = sha512.New512_256
	default:
		return "", fmt.Errorf("Unsupported digest algorithm: %s", algorithm)
	}
	h := func(s string) string {
		x := newHash()
		x.Write([]byte(s))
		return hex.EncodeToString(x.Sum(nil))
	}
	username, realm, password := p.Get("username"), p.Get("realm"), p.Get("password")
	nonce, nc, cnonce := p.Get("nonce"), p.Get("nonceCount"), p.Get("clientNonce")
	qop, opaque := p.Get("qop"), p.Get("opaque")
	uri := requestURI(req)

	var a1 string
	if strings.HasSuffix(algorithm, "-sess") {
		a1 = h(username+":"+realm+":"+password) + ":" + nonce + ":" + cnonce
	} else {
		a1 = username + ":" + realm + ":" + password
	}
	a2 := req.Method + ":" + uri
	if qop == "auth-int" {
		bodyHash := "undefined" // Postman has no hash for form-data bodies
		switch env.bodyMode(req, body) {
		case modeNone, modeRaw, modeURLEncoded, modeFile, modeGraphQL:
			bodyHash = h(string(body))
		}
		a2 += ":" + bodyHash
	}
	ha1, ha2 := h(a1), h(a2)
	var response string
	withQop := qop == "auth" || qop == "auth-int"
	if withQop {
		response = h(strings.Join([]string{ha1, nonce, nc, cnonce, qop, ha2}, ":"))
	} else {
		response = h(ha1 + ":" + nonce + ":" + ha2)
	}
	parts := []string{
		`username="` + username + `"`,
		`realm="` + realm + `"`,
		`nonce="` + nonce + `"`,
		`uri="` + uri + `"`,
		`algorithm="` + algorithm + `"`,
	}
	if withQop {
		parts = append(parts, "qop="+qop)
	}
	if withQop || algorithm == "MD5-sess" {
		if nc != "" {
			parts = append(parts, "nc="+nc)
		}
		parts = append(parts, `cnonce="`+cnonce+`"`)
	}
	parts = append(parts, `response="`+response+`"`)
	if opaque != "" {
		parts = append(parts, `opaque="`+opaque+`"`)
	}
	return "Digest " + strings.Join(parts, ", "), nil
}

// digestChallenge returns the first WWW-Authenticate value that starts with
// "Digest ", or "".
func digestChallenge(h http.Header) string {
	for k, vs := range h {
		if !strings.EqualFold(k, "WWW-Authenticate") {
			continue
		}
		for _, v := range vs {
			if strings.HasPrefix(strings.ToLower(v), "digest ") {
				return v
			}
		}
	}
	return ""
}

func extractField(s string, re *regexp.Regexp) string {
	if m := re.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}

// overlay gives the values of a challenge over the user's parameters: as
// postman-runtime's auth.set, a non-empty user value wins.
type overlay struct {
	base Params
	over map[string]string
}

func (o overlay) Get(k string) string {
	if v := o.base.Get(k); v != "" {
		return v
	}
	return o.over[k]
}

func retryDigest(req *http.Request, body []byte, p Params, resp *http.Response, env Env) (bool, error) {
	if resp.StatusCode != 401 && resp.StatusCode != 403 {
		return false, nil
	}
	ch := digestChallenge(resp.Header)
	if ch == "" {
		return false, nil
	}
	keys := []string{"nonce", "realm"}
	vals := map[string]string{
		"nonce": extractField(ch, digestNonceRe()),
		"realm": extractField(ch, digestRealmRe()),
	}
	if o := extractField(ch, digestOpaqueRe()); o != "" {
		keys = append(keys, "opaque")
		vals["opaque"] = o
	}
	if q := extractField(ch, digestQopRe()); q != "" {
		keys = append(keys, "qop")
		vals["qop"] = q
	}
	if vals["qop"] != "" || p.Get("qop") != "" {
		cn, err := randomString(env.rand(), digestCnonceAlphabet, 8)
		if err != nil {
			return false, err
		}
		keys = append(keys, "clientNonce", "nonceCount")
		vals["clientNonce"] = cn
		vals["nonceCount"] = "00000001"
	}
	// Postman stores what it took from a challenge; without a Setter, the
	// Digest header of the request already sent stands for that memory
	prev := map[string]string{}
	if _, ok := p.(Setter); !ok {
		if a := headerGet(req, "Authorization"); strings.HasPrefix(a, "Digest ") {
			for _, m := range digestAuthParamRe().FindAllStringSubmatch(a[7:], -1) {
				name := map[string]string{"cnonce": "clientNonce", "nc": "nonceCount"}[m[1]]
				if name == "" {
					name = m[1]
				}
				prev[name] = m[2] + m[3]
			}
		}
	}
	all := true
	for _, k := range keys {
		if p.Get(k) == "" && prev[k] == "" {
			all = false
			break
		}
	}
	if all {
		return false, nil
	}
	var np Params
	if s, ok := p.(Setter); ok {
		for _, k := range keys {
			s.Set(k, vals[k])
		}
		np = p
	} else {
		np = overlay{base: p, over: vals}
	}
	// the replay goes through Postman's pre and sign steps again
	if err := signDigest(req, body, np, env); err != nil {
		return true, err
	}
	return true, nil
}

// increaseNonceCount adds one to a nonce count (eight hex... decimal digits,
// as postman-runtime does with parseInt).
func increaseNonceCount(nc string) string {
	n, ok := jsParseIntString(nc)
	if !ok {
		return "00000001"
	}
	s := strconv.FormatFloat(n+1, 'f', -1, 64)
	for len(s) < 8 {
		s = "0" + s
	}
	return s
}
