package testserver

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/courier-run/courier/internal/authsign"
)

// The checking endpoints are tested with requests signed by
// internal/authsign, whose signers are checked against published vectors
// (RFC 5849, the Hawk README, RFC 7616): a request signed right is verified,
// the same request changed after signing, or signed with another secret, is
// not.

type params map[string]string

func (p params) Get(k string) string { return p[k] }

// signed builds a request to srv's target, signs it with authType and p, and
// lets change alter it afterwards.
func signed(t *testing.T, srv, method, target, contentType, body, authType string, p params, change func(*http.Request)) *http.Request {
	t.Helper()
	req, err := http.NewRequest(method, srv+target, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if err := authsign.Sign(req, []byte(body), authType, p, authsign.Env{}); err != nil {
		t.Fatal(err)
	}
	if change != nil {
		change(req)
	}
	return req
}

func TestOAuth1Endpoint(t *testing.T) {
	srv := newServer(t)
	base := params{
		"consumerKey": "courier-consumer", "consumerSecret": oauth1Secrets["courier-consumer"],
		"signatureMethod": "HMAC-SHA1", "timestamp": "1461319769", "nonce": "ik3oT5", "version": "1.0",
		"addParamsToHeader": "true",
	}
	with := func(kv ...string) params {
		p := params{}
		for k, v := range base {
			p[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			p[kv[i]] = kv[i+1]
		}
		return p
	}
	tests := []struct {
		name, method, target, contentType, body string
		p                                       params
		change                                  func(*http.Request)
		verified, fromHeader                    bool
		base                                    string // when not ""
	}{
		{name: "header, HMAC-SHA1", method: "GET", target: "/oauth1", p: base, verified: true, fromHeader: true,
			base: "GET&http%3A%2F%2FHOST%2Foauth1&oauth_consumer_key%3Dcourier-consumer%26oauth_nonce%3Dik3oT5%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1461319769%26oauth_version%3D1.0"},
		{name: "token, query and path", method: "GET", target: "/oauth1/photos?size=original&file=vacation%20photo.jpg",
			p: with("token", "courier-token", "tokenSecret", oauth1Secrets["courier-token"]), verified: true, fromHeader: true},
		{name: "query, HMAC-SHA256", method: "GET", target: "/oauth1?a=1",
			p: with("signatureMethod", "HMAC-SHA256", "addParamsToHeader", "false"), verified: true},
		{name: "HMAC-SHA512", method: "GET", target: "/oauth1", p: with("signatureMethod", "HMAC-SHA512"), verified: true, fromHeader: true},
		{name: "PLAINTEXT", method: "GET", target: "/oauth1", p: with("signatureMethod", "PLAINTEXT"), verified: true, fromHeader: true},
		{name: "url-encoded body", method: "POST", target: "/oauth1", contentType: "application/x-www-form-urlencoded",
			body: "status=Hello%20Ladies%20%2B%20Gentlemen", p: with("addParamsToHeader", "false"), verified: true},
		{name: "wrong consumer secret", method: "GET", target: "/oauth1", p: with("consumerSecret", "nope"), fromHeader: true},
		{name: "query changed after signing", method: "GET", target: "/oauth1?a=1", p: base, fromHeader: true,
			change: func(r *http.Request) { r.URL.RawQuery = "a=2" }},
		{name: "method changed after signing", method: "GET", target: "/oauth1", p: base, fromHeader: true,
			change: func(r *http.Request) { r.Method = "DELETE" }},
		{name: "no signature at all", method: "GET", target: "/oauth1", p: base, fromHeader: false,
			change: func(r *http.Request) { r.Header.Del("Authorization") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := signed(t, srv.URL, tt.method, tt.target, tt.contentType, tt.body, "oauth1", tt.p, tt.change)
			resp, body := do(t, req)
			got := decodeJSON(t, body)
			if got["verified"] != tt.verified || got["fromHeader"] != tt.fromHeader {
				t.Errorf("verified %v fromHeader %v, want %v %v (%s)", got["verified"], got["fromHeader"], tt.verified, tt.fromHeader, body)
			}
			if want := map[bool]int{true: 200, false: 401}[tt.verified]; resp.StatusCode != want {
				t.Errorf("status %d, want %d", resp.StatusCode, want)
			}
			if tt.base != "" && got["base"] != tt.base {
				t.Errorf("base %q\nwant %q", got["base"], tt.base)
			}
			if s, _ := got["base"].(string); strings.Contains(s, strings.TrimPrefix(srv.URL, "http://")) || strings.Contains(s, url.QueryEscape(strings.TrimPrefix(srv.URL, "http://"))) {
				t.Errorf("base %q shows the server's address", s)
			}
		})
	}
}

func TestHawkEndpoint(t *testing.T) {
	srv := newServer(t)
	p := func(kv ...string) params {
		out := params{"authId": "courier-sha256", "authKey": hawkCredentials["courier-sha256"].key, "algorithm": "sha256",
			"timestamp": "1448888081", "nonce": "eFRP2o"}
		for i := 0; i < len(kv); i += 2 {
			out[kv[i]] = kv[i+1]
		}
		return out
	}
	tests := []struct {
		name, method, target, contentType, body string
		p                                       params
		change                                  func(*http.Request)
		code                                    int
		verified                                bool
		hashVerified                            any // nil when no hash was sent
	}{
		{name: "sha256", method: "GET", target: "/auth/hawk", p: p("extraData", "some ext"), code: 200, verified: true},
		{name: "sha1 with app and dlg", method: "GET", target: "/auth/hawk?x=1",
			p: p("authId", "courier-sha1", "algorithm", "sha1", "appId", "app", "delegation", "dlg"), code: 200, verified: true},
		{name: "ext with escapes", method: "GET", target: "/auth/hawk", p: p("extraData", "a\\b \"c\""), code: 200, verified: true},
		{name: "payload hash", method: "POST", target: "/auth/hawk", contentType: "text/plain; charset=utf-8",
			body: "Thank you for flying Hawk", p: p("includePayloadHash", "true"), code: 200, verified: true, hashVerified: true},
		{name: "body changed after signing", method: "POST", target: "/auth/hawk", contentType: "text/plain",
			body: "signed", p: p("includePayloadHash", "true"), code: 200, verified: true, hashVerified: false,
			change: func(r *http.Request) {
				r.Body = ioNopCloser("tampered")
				r.ContentLength = int64(len("tampered"))
			}},
		{name: "wrong key", method: "GET", target: "/auth/hawk", p: p("authKey", "other"), code: 401},
		{name: "query changed after signing", method: "GET", target: "/auth/hawk?a=1", p: p(), code: 401,
			change: func(r *http.Request) { r.URL.RawQuery = "a=2" }},
		{name: "unknown id", method: "GET", target: "/auth/hawk", p: p("authId", "nobody"), code: 401},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := signed(t, srv.URL, tt.method, tt.target, tt.contentType, tt.body, "hawk", tt.p, tt.change)
			resp, body := do(t, req)
			got := decodeJSON(t, body)
			if resp.StatusCode != tt.code || got["verified"] != tt.verified || got["hashVerified"] != tt.hashVerified {
				t.Errorf("status %d verified %v hashVerified %v, want %d %v %v (%s)", resp.StatusCode, got["verified"], got["hashVerified"], tt.code, tt.verified, tt.hashVerified, body)
			}
			if n, ok := got["normalized"].(string); ok && !strings.Contains(n, "\nPORT\n") {
				t.Errorf("normalized %q does not write the port as PORT", n)
			}
		})
	}
}

func ioNopCloser(s string) *nopCloser { return &nopCloser{bytes.NewReader([]byte(s))} }

type nopCloser struct{ *bytes.Reader }

func (nopCloser) Close() error { return nil }

func TestDigestEndpoint(t *testing.T) {
	srv := newServer(t)
	// The challenge: 401 with the fixed realm, nonce and opaque.
	resp, body := do(t, mustRequest(t, "GET", srv.URL+"/digest-auth/u/p", nil))
	ch := resp.Header.Get("WWW-Authenticate")
	if resp.StatusCode != 401 || ch != `Digest realm="testserver", qop="auth", nonce="`+digestServerNonce+`", opaque="`+digestServerOpaque+`"` {
		t.Fatalf("challenge: %d %q %s", resp.StatusCode, ch, body)
	}
	resp, _ = do(t, mustRequest(t, "GET", srv.URL+"/digest-auth/u/p?qop=none", nil))
	if ch := resp.Header.Get("WWW-Authenticate"); strings.Contains(ch, "qop") {
		t.Errorf("qop=none challenge %q names a qop", ch)
	}
	tests := []struct {
		name, target string
		p            params
		code         int
	}{
		{"qop auth", "/digest-auth/u/p", params{"username": "u", "password": "p", "qop": "auth", "clientNonce": "0a4f113b", "nonceCount": "00000001"}, 200},
		{"no qop", "/digest-auth/u/p?qop=none", params{"username": "u", "password": "p"}, 200},
		{"SHA-256", "/digest-auth/u/p", params{"username": "u", "password": "p", "algorithm": "SHA-256", "qop": "auth", "clientNonce": "c", "nonceCount": "00000001"}, 200},
		{"MD5-sess", "/digest-auth/u/p", params{"username": "u", "password": "p", "algorithm": "MD5-sess", "qop": "auth", "clientNonce": "c", "nonceCount": "00000001"}, 200},
		{"wrong password", "/digest-auth/u/p", params{"username": "u", "password": "x", "qop": "auth", "clientNonce": "c", "nonceCount": "00000001"}, 401},
		{"other user", "/digest-auth/u/p", params{"username": "v", "password": "p"}, 401},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.p["realm"], tt.p["nonce"], tt.p["opaque"] = digestServerRealm, digestServerNonce, digestServerOpaque
			req := signed(t, srv.URL, "GET", tt.target, "", "", "digest", tt.p, nil)
			resp, body := do(t, req)
			if resp.StatusCode != tt.code {
				t.Errorf("status %d, want %d (%s, sent %s)", resp.StatusCode, tt.code, body, req.Header.Get("Authorization"))
			}
		})
	}
}

func mustRequest(t *testing.T, method, u string, body []byte) *http.Request {
	t.Helper()
	req, err := http.NewRequest(method, u, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return req
}

func TestReflect(t *testing.T) {
	srv := newServer(t)
	req := mustRequest(t, "HEAD", srv.URL+"/reflect?a=1", []byte("k=v"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, body := do(t, req)
	if len(body) != 0 {
		t.Errorf("HEAD answered a body: %q", body)
	}
	var echo map[string]any
	if err := json.Unmarshal([]byte(resp.Header.Get("Echo")), &echo); err != nil {
		t.Fatalf("Echo header %q: %v", resp.Header.Get("Echo"), err)
	}
	if echo["method"] != "HEAD" || echo["body"] != "k=v" || jsonString(echo["form"]) != `[{"key":"k","value":"v"}]` || echo["rawQuery"] != "a=1" {
		t.Errorf("Echo header %s", resp.Header.Get("Echo"))
	}
}
