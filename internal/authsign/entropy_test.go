package authsign

import (
	cryptorand "crypto/rand"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// The production source of nonces and client challenges is crypto/rand.
func TestDefaultRandIsCryptoRand(t *testing.T) {
	if got := (Env{}).rand(); got != cryptorand.Reader {
		t.Fatalf("Env{}.rand() = %T, want crypto/rand.Reader", got)
	}
}

// With the default source, two signatures made at the same instant carry
// different nonces, in the formats Postman uses (the test servers and the
// differential suite verify them).
func TestNoncesDifferAtTheSameInstant(t *testing.T) {
	env := Env{Now: fixedClock(1700000000)}
	sign := func(authType string, p Params, re *regexp.Regexp) string {
		t.Helper()
		req := newReq(t, "GET", "http://h/p?a=1", "")
		if err := Sign(req, nil, authType, p, env); err != nil {
			t.Fatalf("%s: %v", authType, err)
		}
		m := re.FindStringSubmatch(headerGet(req, "Authorization"))
		if m == nil {
			t.Fatalf("%s: %q does not match %s", authType, headerGet(req, "Authorization"), re)
		}
		return m[1]
	}
	digest := func() string {
		req := newReq(t, "GET", "http://h/p", "")
		h := http.Header{}
		h.Set("WWW-Authenticate", `Digest realm="r", qop="auth", nonce="n"`)
		ok, err := Retry(req, nil, "digest", params{"username": "u", "password": "p"}, &http.Response{StatusCode: 401, Header: h}, env)
		if !ok || err != nil {
			t.Fatalf("digest retry: %v %v", ok, err)
		}
		m := regexp.MustCompile(`cnonce="([A-Za-z0-9]{8})"`).FindStringSubmatch(headerGet(req, "Authorization"))
		if m == nil {
			t.Fatalf("digest: %q", headerGet(req, "Authorization"))
		}
		return m[1]
	}
	ntlm := func() string {
		c, err := parseNTLMType2("NTLM TlRMTVNTUAACAAAAAAAAADAAAAA1goniASNFZ4mrze8AAAAAAAAAACQAJAAwAAAAAgAMAEQAbwBtAGEAaQBuAAEADABTAGUAcgB2AGUAcgAAAAAA")
		if err != nil {
			t.Fatal(err)
		}
		msg, err := ntlmType3(c, "User", "Password", "Domain", "Computer", env.now(), env.rand())
		if err != nil {
			t.Fatal(err)
		}
		return msg // the client challenge is inside the LM and NT responses
	}
	asapKey := readTestKey(t, "ec-P-256.pem")
	asap := func() string {
		req := newReq(t, "GET", "http://h/p", "")
		if err := Sign(req, nil, "asap", params{"kid": "k", "iss": "svc", "aud": "api", "alg": "ES256", "privateKey": asapKey}, env); err != nil {
			t.Fatal(err)
		}
		parts := strings.Split(strings.TrimPrefix(headerGet(req, "Authorization"), "Bearer "), ".")
		if len(parts) != 3 {
			t.Fatalf("asap: %q", headerGet(req, "Authorization"))
		}
		raw, _ := base64.RawURLEncoding.DecodeString(parts[1])
		var claims struct{ Jti string }
		if err := json.Unmarshal(raw, &claims); err != nil {
			t.Fatal(err)
		}
		if !uuidRe.MatchString(claims.Jti) {
			t.Fatalf("asap jti %q is not a v4 UUID", claims.Jti)
		}
		return claims.Jti
	}
	cases := map[string]func() string{
		"digest cnonce":         digest,
		"ntlm client challenge": ntlm,
		"asap jti":              asap,
		"oauth1 nonce": func() string {
			return sign("oauth1", params{"consumerKey": "k", "consumerSecret": "s", "signatureMethod": "HMAC-SHA1", "addParamsToHeader": "true"},
				regexp.MustCompile(`oauth_nonce="([0-9A-Za-z]{11})"`))
		},
		"hawk nonce": func() string {
			return sign("hawk", params{"authId": "id", "authKey": "k", "algorithm": "sha256"}, regexp.MustCompile(`nonce="([A-Za-z0-9]{6})"`))
		},
		"edgegrid nonce": func() string {
			return sign("edgegrid", params{"accessToken": "a", "clientToken": "c", "clientSecret": "s"},
				regexp.MustCompile(`nonce=([0-9a-f-]{36});`))
		},
	}
	for name, f := range cases {
		if a, b := f(), f(); a == b {
			t.Errorf("%s: the same value twice at the same instant: %q", name, a)
		}
	}
}

var uuidRe = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
