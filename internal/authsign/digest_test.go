package authsign

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"hash"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// Expected values: RFC 2617 section 3.5 and RFC 7616 section 3.9.1; the
// other rows were recorded from postman-runtime 7.39.1's digest handler.
func TestDigestVectors(t *testing.T) {
	rfc7616 := map[string]string{
		"username": "Mufasa", "password": "Circle of Life", "realm": "http-auth@example.org",
		"nonce": "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "qop": "auth", "nonceCount": "00000001",
		"clientNonce": "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", "opaque": "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS",
	}
	with := func(base map[string]string, kv ...string) params {
		p := params{}
		for k, v := range base {
			p[k] = v
		}
		for i := 0; i+1 < len(kv); i += 2 {
			p[kv[i]] = kv[i+1]
		}
		return p
	}
	tests := []struct {
		name   string
		method string
		url    string
		body   string
		p      params
		want   string
	}{
		{
			name: "RFC 2617", method: "GET", url: "http://www.nowhere.org/dir/index.html",
			p: params{"username": "Mufasa", "password": "Circle Of Life", "realm": "testrealm@host.com",
				"nonce": "dcd98b7102dd2f0e8b11d0f600bfb0c093", "qop": "auth", "nonceCount": "00000001",
				"clientNonce": "0a4f113b", "opaque": "5ccc069c403ebaf9f0171e9517f40e41"},
			want: `Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir/index.html", algorithm="MD5", qop=auth, nc=00000001, cnonce="0a4f113b", response="6629fae49393a05397450978507c4ef1", opaque="5ccc069c403ebaf9f0171e9517f40e41"`,
		},
		{
			name: "RFC 7616 MD5", method: "GET", url: "http://www.example.org/dir/index.html",
			p:    with(rfc7616, "algorithm", "MD5"),
			want: `Digest username="Mufasa", realm="http-auth@example.org", nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", uri="/dir/index.html", algorithm="MD5", qop=auth, nc=00000001, cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", response="8ca523f5e9506fed4657c9700eebdbec", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`,
		},
		{
			name: "RFC 7616 SHA-256", method: "GET", url: "http://www.example.org/dir/index.html",
			p:    with(rfc7616, "algorithm", "SHA-256"),
			want: `Digest username="Mufasa", realm="http-auth@example.org", nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", uri="/dir/index.html", algorithm="SHA-256", qop=auth, nc=00000001, cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`,
		},
		{
			name: "MD5-sess auth-int with a query", method: "POST", url: "http://h/a?b=c%20d", body: "hello",
			p:    params{"algorithm": "MD5-sess", "username": "u", "password": "p", "realm": "r", "nonce": "n", "qop": "auth-int", "nonceCount": "00000002", "clientNonce": "c"},
			want: `Digest username="u", realm="r", nonce="n", uri="/a?b=c%20d", algorithm="MD5-sess", qop=auth-int, nc=00000002, cnonce="c", response="95c969e97d8d685dd442f4fd130c605b"`,
		},
		{
			name: "SHA-512-256-sess without qop", method: "GET", url: "http://h/a",
			p:    params{"algorithm": "SHA-512-256-sess", "username": "u", "password": "p", "realm": "r", "nonce": "n", "clientNonce": "c"},
			want: `Digest username="u", realm="r", nonce="n", uri="/a", algorithm="SHA-512-256-sess", response="f90047bd37d710166270d6676be5defc86ac7458007e6b97ff59ef7e2a2f2344"`,
		},
		{
			name: "MD5-sess without qop sends nc and cnonce", method: "GET", url: "http://h/a",
			p:    params{"algorithm": "MD5-sess", "username": "u", "password": "p", "realm": "r", "nonce": "n", "nonceCount": "00000001", "clientNonce": "c"},
			want: `Digest username="u", realm="r", nonce="n", uri="/a", algorithm="MD5-sess", nc=00000001, cnonce="c", response="d57e6aad894855dda241ca86da6423ee"`,
		},
		{
			// recorded from Newman 6.2.2: the second request of a collection
			// sharing a digest auth, signed with the stored challenge values
			name: "Newman's second request", method: "GET", url: "http://127.0.0.1:18766/two",
			p: params{"username": "u", "password": "p", "realm": "r", "nonce": "abc", "qop": "auth", "opaque": "op",
				"clientNonce": "lBK5nCB9", "nonceCount": "00000002"},
			want: `Digest username="u", realm="r", nonce="abc", uri="/two", algorithm="MD5", qop=auth, nc=00000002, cnonce="lBK5nCB9", response="cebdd4ccc8f97a14f338900795a2b319", opaque="op"`,
		},
		{
			name: "no nonce: unsigned, the user's header stays", method: "GET", url: "http://h/a",
			p:    params{"username": "u", "password": "p", "realm": "r"},
			want: "mine",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := newReq(t, tc.method, tc.url, tc.body, "Authorization", "mine")
			if err := Sign(req, []byte(tc.body), "digest", tc.p, Env{BodyMode: "raw"}); err != nil {
				t.Fatal(err)
			}
			if got := headerGet(req, "Authorization"); got != tc.want {
				t.Errorf("Authorization\n got %s\nwant %s", got, tc.want)
			}
		})
	}

	t.Run("unsupported algorithm", func(t *testing.T) {
		req := newReq(t, "GET", "http://h/a", "", "Authorization", "mine")
		err := Sign(req, nil, "digest", params{"algorithm": "SHA-1", "username": "u", "realm": "r", "nonce": "n"}, Env{})
		if err == nil || err.Error() != "Unsupported digest algorithm: SHA-1" {
			t.Errorf("err = %v", err)
		}
		if headerGet(req, "Authorization") != "" {
			t.Error("postman-runtime removes the Authorization header before failing")
		}
	})
}

var digestParamRe = regexp.MustCompile(`(\w+)=(?:"([^"]*)"|([^,\s]*))`)

// digestServer issues a challenge and verifies the answer as RFC 7616
// section 3.4 defines it, with its own copy of the password.
type digestServer struct {
	mu       sync.Mutex
	realm    string
	nonce    string
	opaque   string
	qop      string // offered in the challenge
	password string
	requests int
	ncSeen   []string
}

func (s *digestServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests++
	challenge := func(reason string) {
		ch := `Digest realm="` + s.realm + `", nonce="` + s.nonce + `", opaque="` + s.opaque + `"`
		if s.qop != "" {
			ch += `, qop="` + s.qop + `"`
		}
		w.Header().Add("WWW-Authenticate", `Basic realm="other"`)
		w.Header().Add("WWW-Authenticate", ch)
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, reason)
	}
	auth := r.Header.Get("Authorization")
	if !strings.HasPrefix(auth, "Digest ") {
		challenge("no digest")
		return
	}
	f := map[string]string{}
	for _, m := range digestParamRe.FindAllStringSubmatch(auth[7:], -1) {
		f[m[1]] = m[2] + m[3]
	}
	var newHash func() hash.Hash
	switch strings.TrimSuffix(f["algorithm"], "-sess") {
	case "MD5":
		newHash = md5.New
	case "SHA-256":
		newHash = sha256.New
	case "SHA-512-256":
		newHash = sha512.New512_256
	default:
		challenge("algorithm")
		return
	}
	H := func(s string) string {
		h := newHash()
		h.Write([]byte(s))
		return hex.EncodeToString(h.Sum(nil))
	}
	if f["realm"] != s.realm || f["nonce"] != s.nonce || f["opaque"] != s.opaque || f["uri"] != r.URL.RequestURI() {
		challenge("fields")
		return
	}
	a1 := f["username"] + ":" + s.realm + ":" + s.password
	if strings.HasSuffix(f["algorithm"], "-sess") {
		a1 = H(a1) + ":" + s.nonce + ":" + f["cnonce"]
	}
	a2 := r.Method + ":" + f["uri"]
	if f["qop"] == "auth-int" {
		a2 += ":" + H(string(body))
	}
	var want string
	if f["qop"] != "" {
		want = H(H(a1) + ":" + s.nonce + ":" + f["nc"] + ":" + f["cnonce"] + ":" + f["qop"] + ":" + H(a2))
	} else {
		want = H(H(a1) + ":" + s.nonce + ":" + H(a2))
	}
	if f["response"] != want {
		challenge("wrong response")
		return
	}
	s.ncSeen = append(s.ncSeen, f["nc"])
	io.WriteString(w, "welcome "+f["username"])
}

func TestDigestChallengeRoundTrip(t *testing.T) {
	tests := []struct {
		algorithm, qop, method, body string
		wantCnonce                   string
	}{
		{"MD5", "auth", "GET", "", `cnonce="aaaaaaaa"`},
		{"", "", "GET", "", ""},
		{"MD5-sess", "auth", "GET", "", `cnonce="aaaaaaaa"`},
		{"SHA-256", "auth-int", "POST", `{"a":1}`, `cnonce="aaaaaaaa"`},
		{"SHA-256-sess", "auth", "PUT", "x", `cnonce="aaaaaaaa"`},
		{"SHA-512-256", "auth", "GET", "", `cnonce="aaaaaaaa"`},
	}
	for _, tc := range tests {
		t.Run(tc.algorithm+"/"+tc.qop, func(t *testing.T) {
			ds := &digestServer{realm: "testrealm@host.com", nonce: "dcd98b7102dd2f0e8b11d0f600bfb0c093",
				opaque: "5ccc069c403ebaf9f0171e9517f40e41", qop: tc.qop, password: "Circle Of Life"}
			srv := httptest.NewServer(ds)
			defer srv.Close()
			p := params{"username": "Mufasa", "password": "Circle Of Life", "algorithm": tc.algorithm}
			req := newReq(t, tc.method, srv.URL+"/dir/index.html?x=1", tc.body)
			code, msg, sent := exchange(t, srv.Client(), req, []byte(tc.body), "digest", p, Env{Rand: byteReader(0), BodyMode: "raw"})
			if code != 200 || msg != "welcome Mufasa" {
				t.Fatalf("final response %d %q", code, msg)
			}
			if len(sent) != 2 || sent[0] != "" {
				t.Fatalf("want an unsigned request then a signed one, sent %q", sent)
			}
			if !strings.Contains(sent[1], tc.wantCnonce) {
				t.Errorf("replay header %s lacks %s", sent[1], tc.wantCnonce)
			}
		})
	}
}

func TestDigestStoredParamsAcrossRequests(t *testing.T) {
	ds := &digestServer{realm: "r", nonce: "abc", opaque: "op", qop: "auth", password: "pw"}
	srv := httptest.NewServer(ds)
	defer srv.Close()
	store := newStore(map[string]string{"username": "u", "password": "pw"})
	env := Env{Rand: byteReader(1)}
	for i, wantSent := range []int{2, 1, 1} {
		code, _, sent := exchange(t, srv.Client(), newReq(t, "GET", srv.URL+"/x", ""), nil, "digest", store, env)
		if code != 200 || len(sent) != wantSent {
			t.Fatalf("request %d: status %d after %d sends, want 200 after %d", i, code, len(sent), wantSent)
		}
	}
	if got := strings.Join(ds.ncSeen, ","); got != "00000001,00000002,00000003" {
		t.Errorf("nonce counts = %s", got)
	}
	if store.Get("clientNonce") != "bbbbbbbb" {
		t.Errorf("clientNonce = %q", store.Get("clientNonce"))
	}

	// a user-given realm wins over the challenge's; when every value the
	// challenge carries is already set, Postman does not retry
	stale := params{"username": "u", "password": "pw", "realm": "r", "nonce": "old", "opaque": "op", "qop": "auth", "clientNonce": "c", "nonceCount": "00000001"}
	code, _, sent := exchange(t, srv.Client(), newReq(t, "GET", srv.URL+"/x", ""), nil, "digest", stale, env)
	if code != 401 || len(sent) != 1 {
		t.Errorf("stale nonce: status %d after %d sends, want 401 after 1", code, len(sent))
	}
	// a wrong password: one replay, then the 401 stands (the challenge's
	// values are all known by then)
	code, _, sent = exchange(t, srv.Client(), newReq(t, "GET", srv.URL+"/x", ""), nil, "digest", params{"username": "u", "password": "bad"}, env)
	if code != 401 || len(sent) != 2 {
		t.Errorf("wrong password: status %d after %d sends, want 401 after 2", code, len(sent))
	}
	// disableRetryRequest
	code, _, sent = exchange(t, srv.Client(), newReq(t, "GET", srv.URL+"/x", ""), nil, "digest", params{"username": "u", "password": "pw", "disableRetryRequest": "true"}, env)
	if code != 401 || len(sent) != 1 {
		t.Errorf("disableRetryRequest: status %d after %d sends", code, len(sent))
	}
}

func TestIncreaseNonceCount(t *testing.T) {
	for in, want := range map[string]string{"": "00000001", "x": "00000001", "00000001": "00000002", "00000009": "00000010", "99999999": "100000000"} {
		if got := increaseNonceCount(in); got != want {
			t.Errorf("increaseNonceCount(%q) = %q, want %q", in, got, want)
		}
	}
}
