package runner

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// digestServer implements RFC 2617 digest (MD5, qop=auth) and verifies the
// response hash itself.
func digestServer(t *testing.T, user, pass string) (*httptest.Server, *[]string) {
	t.Helper()
	var mu sync.Mutex
	var log []string
	const realm, nonce = "courier", "dcd98b7102dd2f0e8b11d0f600bfb0c093"
	h := func(s string) string { sum := md5.Sum([]byte(s)); return hex.EncodeToString(sum[:]) }
	field := regexp.MustCompile(`(\w+)="?([^",]*)"?`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		authz := r.Header.Get("Authorization")
		mu.Lock()
		log = append(log, authz)
		mu.Unlock()
		if !strings.HasPrefix(authz, "Digest ") {
			w.Header().Set("WWW-Authenticate", fmt.Sprintf(`Digest realm="%s", qop="auth", nonce="%s", opaque="5ccc069c403ebaf9f0171e9517f40e41"`, realm, nonce))
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		p := map[string]string{}
		for _, m := range field.FindAllStringSubmatch(authz[7:], -1) {
			p[m[1]] = m[2]
		}
		ha1 := h(user + ":" + realm + ":" + pass)
		ha2 := h(r.Method + ":" + p["uri"])
		want := h(ha1 + ":" + nonce + ":" + p["nc"] + ":" + p["cnonce"] + ":auth:" + ha2)
		if p["username"] != user || p["response"] != want || p["uri"] != r.URL.RequestURI() {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Write([]byte("authenticated"))
	}))
	t.Cleanup(srv.Close)
	return srv, &log
}

func TestDigestChallengeAndRetry(t *testing.T) {
	srv, log := digestServer(t, "Mufasa", "Circle Of Life")
	doc := `{"info":{"name":"T"},"auth":{"type":"digest","digest":[{"key":"username","value":"Mufasa"},{"key":"password","value":"Circle Of Life"}]},
	  "item":[{"name":"one","request":"BASE/dir/index.html?x=1"},{"name":"two","request":"BASE/dir/other"}]}`
	_, _, s, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL)})
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range s.Executions {
		if x.Response == nil || x.Response.Code != 200 || string(x.Response.Body) != "authenticated" {
			t.Errorf("request %d: %+v", i, x.Response)
		}
	}
	// the first request goes out bare and is replayed after the challenge; the
	// second signs straight away with the remembered nonce (nc=00000002), as Newman does
	if len(*log) != 3 || (*log)[0] != "" || !strings.Contains((*log)[1], "nc=00000001") || !strings.Contains((*log)[2], "nc=00000002") {
		t.Errorf("Authorization headers seen: %q", *log)
	}
}

func TestWrongDigestPasswordStopsAfterOneReplay(t *testing.T) {
	srv, log := digestServer(t, "Mufasa", "Circle Of Life")
	doc := `{"info":{"name":"T"},"item":[{"name":"one","request":{"url":"BASE/x","auth":{"type":"digest","digest":[{"key":"username","value":"Mufasa"},{"key":"password","value":"wrong"}]}}}]}`
	_, _, s, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL)})
	if err != nil {
		t.Fatal(err)
	}
	if s.Executions[0].Response.Code != 401 || len(*log) != 2 {
		t.Errorf("code %d after %d requests", s.Executions[0].Response.Code, len(*log))
	}
}
