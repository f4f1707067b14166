package authsign

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// Expected values: the Hawk README's examples (the first two rows); the
// others were recorded from postman-runtime 7.39.1's hawk handler.
func TestHawkVectors(t *testing.T) {
	readme := func(kv ...string) params {
		p := params{"authId": "dh37fgj492je", "authKey": "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn",
			"algorithm": "sha256", "timestamp": "1353832234", "nonce": "j4h3g2"}
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
		header []string
		p      params
		want   string
	}{
		{
			name: "README header", method: "GET", url: "http://example.com:8000/resource/1?b=1&a=2",
			p:    readme("extraData", "some-app-ext-data"),
			want: `Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", ext="some-app-ext-data", mac="6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE="`,
		},
		{
			name: "README payload", method: "POST", url: "http://example.com:8000/resource/1?b=1&a=2",
			body: "Thank you for flying Hawk", header: []string{"Content-Type", "text/plain"},
			p:    readme("extraData", "some-app-ext-data", "includePayloadHash", "true"),
			want: `Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", hash="Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=", ext="some-app-ext-data", mac="aSe1DERmZuRl3pI36/9BdZmnErTw3sNzOOAUlfeKjVw="`,
		},
		{
			name: "ext escaping, app and dlg, user ignored", method: "GET", url: "https://Example.com/r%20x",
			p:    readme("extraData", `a\\b\\c"d`+"\ne\nf", "app", "ap", "delegation", "dl", "user", "ignored"),
			want: `Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", ext="a\\\\b\\\\c\"d` + "\ne\nf" + `", mac="AUS3ZATg1l+8JxNhzwfHhoYGt2MOejDG8/LZbbyxGqU=", app="ap", dlg="dl"`,
		},
		{
			name: "sha1, app without dlg", method: "GET", url: "https://example.com/r",
			p:    readme("algorithm", "sha1", "app", "ap"),
			want: `Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", mac="3ZpPF0NMP5gAuykq6LlDa14yrwU=", app="ap"`,
		},
		{
			name: "generated nonce and timestamp", method: "GET", url: "https://example.com/r",
			p:    params{"authId": "id", "authKey": "k", "algorithm": "sha256"},
			want: `Hawk id="id", ts="1700000000", nonce="aaaaaa", mac="093OFKwq177BD/JwVkFXoCYPGkc3WzO4Alpmt6J6/iI="`,
		},
		{
			name: "other algorithms give an empty header", method: "GET", url: "https://example.com/r",
			p: params{"authId": "id", "authKey": "k", "algorithm": "md5"}, header: []string{"Authorization", "mine"},
			want: "",
		},
		{
			name: "no key: unsigned", method: "GET", url: "https://example.com/r",
			p: params{"authId": "id", "algorithm": "sha256"}, header: []string{"Authorization", "mine"},
			want: "mine",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := newReq(t, tc.method, tc.url, tc.body, tc.header...)
			env := Env{Now: fixedClock(1700000000), Rand: byteReader(0), BodyMode: "raw"}
			if err := Sign(req, []byte(tc.body), "hawk", tc.p, env); err != nil {
				t.Fatal(err)
			}
			vs := req.Header.Values("Authorization")
			if len(vs) != 1 || vs[0] != tc.want {
				t.Errorf("Authorization\n got %q\nwant %q", vs, tc.want)
			}
		})
	}
}

var hawkAttrRe = regexp.MustCompile(`(\w+)="((?:[^"\\]|\\.)*)"`)

// hawkVerifier checks the header as a Hawk server does, with its own key.
func hawkVerifier(key string) func(r *http.Request, body []byte) string {
	return func(r *http.Request, body []byte) string {
		a := r.Header.Get("Authorization")
		if !strings.HasPrefix(a, "Hawk ") {
			return "no hawk header"
		}
		attr := map[string]string{}
		for _, m := range hawkAttrRe.FindAllStringSubmatch(a, -1) {
			attr[m[1]] = m[2]
		}
		host, port, _ := strings.Cut(r.Host, ":")
		if h := attr["hash"]; h != "" {
			ph := sha256.New()
			ct := strings.ToLower(strings.TrimSpace(strings.Split(r.Header.Get("Content-Type"), ";")[0]))
			ph.Write([]byte("hawk.1.payload\n" + ct + "\n" + string(body) + "\n"))
			if base64.StdEncoding.EncodeToString(ph.Sum(nil)) != h {
				return "bad payload hash"
			}
		}
		norm := "hawk.1.header\n" + attr["ts"] + "\n" + attr["nonce"] + "\n" + r.Method + "\n" + r.URL.RequestURI() + "\n" +
			host + "\n" + port + "\n" + attr["hash"] + "\n" + attr["ext"] + "\n"
		if attr["app"] != "" {
			norm += attr["app"] + "\n" + attr["dlg"] + "\n"
		}
		m := hmac.New(sha256.New, []byte(key))
		m.Write([]byte(norm))
		if base64.StdEncoding.EncodeToString(m.Sum(nil)) != attr["mac"] {
			return "bad mac"
		}
		return ""
	}
}

func TestHawkServerAccepts(t *testing.T) {
	srv := verifyServer(t, hawkVerifier("secret-key"))
	store := newStore(map[string]string{"authId": "me", "authKey": "secret-key", "algorithm": "sha256",
		"includePayloadHash": "true", "extraData": "x", "app": "a1"})
	env := Env{Now: fixedClock(1700000000), Rand: byteReader(7)}
	for i := 0; i < 2; i++ {
		req := newReq(t, "PUT", srv.URL+"/res?q=1%202", `{"a":1}`, "Content-Type", "application/json; charset=utf-8")
		sendOnce(t, req, []byte(`{"a":1}`), "hawk", store, env)
	}
	// Newman keeps the generated nonce and timestamp for the next requests
	if store.system["nonce"] != "hhhhhh" || store.system["timestamp"] != "1700000000" {
		t.Errorf("stored %v", store.system)
	}
	bad := verifyServer(t, hawkVerifier("other"))
	code, _, _ := exchange(t, http.DefaultClient, newReq(t, "GET", bad.URL+"/", ""), nil, "hawk",
		params{"authId": "me", "authKey": "secret-key", "algorithm": "sha256"}, env)
	if code != 401 {
		t.Error("the verifier accepted a wrong key")
	}
}
