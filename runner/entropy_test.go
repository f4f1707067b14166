package runner

import (
	cryptorand "crypto/rand"
	"encoding/binary"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sync"
	"testing"
)

func TestEntropyDefaultsToCryptoRand(t *testing.T) {
	if got := entropySource(Options{}); got != cryptorand.Reader {
		t.Fatalf("entropySource(Options{}) = %T, want crypto/rand.Reader", got)
	}
	// setting Rand (the fast generator) does not make nonces follow from it
	if got := entropySource(Options{Rand: rand.New(rand.NewPCG(1, 2))}); got != cryptorand.Reader {
		t.Fatalf("entropySource with Rand set = %T, want crypto/rand.Reader", got)
	}
}

// unpredictableRun runs a collection with a digest-protected request, an
// OAuth 1.0 and a Hawk request, a multipart body and a {{$guid}}, with the
// same fast-generator seed every time (what the clock-seeded PCG gave two
// runs started in the same nanosecond), and returns what went on the wire.
func unpredictableRun(t *testing.T, entropy io.Reader) []string {
	t.Helper()
	dig, dlog := digestServer(t, "Mufasa", "Circle Of Life")
	var mu sync.Mutex
	var seen []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.Header.Get("Authorization"), r.Header.Get("Postman-Token"), r.Header.Get("Content-Type"), r.URL.RawQuery)
		mu.Unlock()
	}))
	t.Cleanup(srv.Close)
	doc := `{"info":{"name":"T"},"item":[
	  {"name":"digest","request":{"url":"` + dig.URL + `/d","auth":{"type":"digest","digest":[{"key":"username","value":"Mufasa"},{"key":"password","value":"Circle Of Life"}]}}},
	  {"name":"oauth1","request":{"url":"BASE/o","auth":{"type":"oauth1","oauth1":[{"key":"consumerKey","value":"k"},{"key":"consumerSecret","value":"s"},{"key":"signatureMethod","value":"HMAC-SHA1"}]}}},
	  {"name":"hawk","request":{"url":"BASE/h","auth":{"type":"hawk","hawk":[{"key":"authId","value":"id"},{"key":"authKey","value":"key"},{"key":"algorithm","value":"sha256"}]}}},
	  {"name":"form","request":{"method":"POST","url":"BASE/f?g={{$guid}}","body":{"mode":"formdata","formdata":[{"key":"a","value":"1"}]}}}]}`
	_, _, _, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL), Rand: rand.New(rand.NewPCG(1, 2)), Entropy: entropy})
	if err != nil {
		t.Fatal(err)
	}
	if len(*dlog) != 2 {
		t.Fatalf("digest server saw %q", *dlog)
	}
	return append([]string{(*dlog)[1]}, seen...)
}

var (
	cnonceRe   = regexp.MustCompile(`cnonce="([^"]+)"`)
	oauthRe    = regexp.MustCompile(`(?:^|&)oauth_nonce=([^&]+)`)
	hawkRe     = regexp.MustCompile(`nonce="([^"]+)"`)
	boundaryRe = regexp.MustCompile(`boundary=(-{26}\d{24})$`)
	guidRe     = regexp.MustCompile(`^g=([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$`)
)

// unpredictables pulls the values that must differ between runs out of
// what unpredictableRun saw, checking their formats on the way.
func unpredictables(t *testing.T, w []string) map[string]string {
	t.Helper()
	// w[0] digest; then per request: Authorization, Postman-Token, Content-Type, query
	get := func(name string, re *regexp.Regexp, s string) string {
		m := re.FindStringSubmatch(s)
		if m == nil {
			t.Fatalf("%s: no match for %s in %q", name, re, s)
		}
		return m[1]
	}
	out := map[string]string{
		"cnonce":   get("digest", cnonceRe, w[0]),
		"oauth1":   get("oauth1", oauthRe, w[4]),
		"hawk":     get("hawk", hawkRe, w[5]),
		"boundary": get("form", boundaryRe, w[11]),
		"guid":     get("form", guidRe, w[12]),
		"token":    w[2],
	}
	for name, v := range out {
		if v == "" {
			t.Errorf("%s is empty", name)
		}
	}
	if !regexp.MustCompile(`^[A-Za-z0-9]{8}$`).MatchString(out["cnonce"]) {
		t.Errorf("digest cnonce %q: want 8 alphanumerics", out["cnonce"])
	}
	if !regexp.MustCompile(`^[0-9A-Za-z]{11}$`).MatchString(out["oauth1"]) {
		t.Errorf("oauth_nonce %q: want 11 alphanumerics", out["oauth1"])
	}
	if !regexp.MustCompile(`^[A-Za-z0-9]{6}$`).MatchString(out["hawk"]) {
		t.Errorf("hawk nonce %q: want 6 alphanumerics", out["hawk"])
	}
	return out
}

// Two runs with the same seed and clock send different nonces, UUIDs and
// boundaries: they come from crypto/rand, not from the seeded generator.
func TestNoncesDifferBetweenRuns(t *testing.T) {
	a := unpredictables(t, unpredictableRun(t, nil))
	b := unpredictables(t, unpredictableRun(t, nil))
	for name := range a {
		if a[name] == b[name] {
			t.Errorf("%s is the same in two runs: %q", name, a[name])
		}
	}
}

// A test can still make them reproducible by injecting the entropy source.
func TestInjectedEntropyIsReproducible(t *testing.T) {
	seeded := func() io.Reader {
		var seed [32]byte
		binary.LittleEndian.PutUint64(seed[:], 42)
		return rand.NewChaCha8(seed)
	}
	a := unpredictables(t, unpredictableRun(t, seeded()))
	b := unpredictables(t, unpredictableRun(t, seeded()))
	for name := range a {
		if a[name] != b[name] {
			t.Errorf("%s differs with the same injected entropy: %q and %q", name, a[name], b[name])
		}
	}
}
