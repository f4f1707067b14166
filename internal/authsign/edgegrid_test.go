package authsign

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strings"
	"testing"
)

// Expected values recorded from postman-runtime 7.39.1's edgegrid handler.
func TestEdgeGridVectors(t *testing.T) {
	base := "https://akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net"
	p := func(kv ...string) params {
		q := params{"accessToken": "akab-access-token-xxx-xxxxxxxxxxxxxxxx", "clientToken": "akab-client-token-xxx-xxxxxxxxxxxxxxxx",
			"clientSecret": "SOMESECRET", "nonce": "nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "timestamp": "20140321T19:34:21+0000",
			"headersToSign": "X-Test1,X-Test2,X-Test3"}
		for i := 0; i+1 < len(kv); i += 2 {
			q[kv[i]] = kv[i+1]
		}
		return q
	}
	const prefix = "EG1-HMAC-SHA256 client_token=akab-client-token-xxx-xxxxxxxxxxxxxxxx;access_token=akab-access-token-xxx-xxxxxxxxxxxxxxxx;timestamp=20140321T19:34:21+0000;nonce="
	const fixedNonce = "nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx;"
	tests := []struct {
		name   string
		method string
		url    string
		body   string
		header []string
		p      params
		want   string
	}{
		{"simple GET", "GET", base + "/", "", nil, p(), prefix + fixedNonce + "signature=MY1mmxCqlyWh8XrFw3kxSlb6/AxJUXsjtZm6xqzmkjE="},
		{"query", "GET", base + "/testapi/v1/t1?p1=1&p2=2", "", nil, p(), prefix + fixedNonce + "signature=2OE0t+0nA2+uZGgDC8ekEWvKnHQutcz8vBpaU3E3jdk="},
		{"POST body", "POST", base + "/testapi/v1/t3", "datadatadatadatadatadatadatadata", nil, p(), prefix + fixedNonce + "signature=7ThnM/AFQUAbNqNzb8MIbZhpEzzubibNXIlfN8WZA50="},
		{"signed header", "GET", base + "/testapi/v1/t4", "", []string{"X-Test1", "test-simple-header"}, p(), prefix + fixedNonce + "signature=LEDdvrAW6q0LLg7KcLZnIBJvVBkLFdWRR/D2vZZRexc="},
		{"header spaces", "GET", base + "/testapi/v1/t5", "", []string{"X-Test1", `"     test-header-with-spaces     "`}, p(), prefix + fixedNonce + "signature=D+7U1ubIQcFswQdEuCFJX/kY0pargvlnaaLTMj+AhRQ="},
		{"repeated and empty headers skipped", "GET", base + "/t6", "", []string{"X-Test1", "a", "x-test1", "b", "X-Test2", "", "X-Test3", " x   y "}, p(), prefix + fixedNonce + "signature=TcCr7pI6DxNYZtEz49M7w9MUlOhc+A6pNY3z4RZ0ztY="},
		{"maxBodySize", "POST", base + "/t7", "0123456789abcdef", nil, p("maxBodySize", "8"), prefix + fixedNonce + "signature=mrFSV1EEm0WlVdEZTXdPpBP8xYfd30daD7cuBnrMnug="},
		{"baseURL host, PUT not hashed", "PUT", "http://localhost:1234/t8?a=b", "xx", nil, p("baseURL", "https://other.example.com:8443/x"), prefix + fixedNonce + "signature=2HAoNYIZjgliKDR+fp4k8HaJiMS6izkz+pC7q+DDyuI="},
		{"missing secret: unsigned", "GET", base + "/", "", []string{"Authorization", "mine"}, p("clientSecret", ""), "mine"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := newReq(t, tc.method, tc.url, tc.body, tc.header...)
			if err := Sign(req, []byte(tc.body), "edgegrid", tc.p, Env{BodyMode: "raw"}); err != nil {
				t.Fatal(err)
			}
			if got := headerGet(req, "Authorization"); got != tc.want {
				t.Errorf("Authorization\n got %s\nwant %s", got, tc.want)
			}
		})
	}
	t.Run("generated nonce and timestamp", func(t *testing.T) {
		req := newReq(t, "GET", base+"/", "")
		env := Env{Now: fixedClock(1395430461), Rand: byteReader(0)}
		if err := Sign(req, nil, "edgegrid", p("nonce", "", "timestamp", ""), env); err != nil {
			t.Fatal(err)
		}
		want := prefix + "00000000-0000-4000-8000-000000000000;"
		if got := headerGet(req, "Authorization"); !strings.HasPrefix(got, want) {
			t.Errorf("Authorization %s, want prefix %s", got, want)
		}
	})
}

// edgegridVerifier checks the EdgeGrid v1 signature as Akamai's
// specification defines it, with its own copy of the client secret.
func edgegridVerifier(secret string, headersToSign []string) func(r *http.Request, body []byte) string {
	return func(r *http.Request, body []byte) string {
		a := r.Header.Get("Authorization")
		i := strings.LastIndex(a, "signature=")
		if !strings.HasPrefix(a, "EG1-HMAC-SHA256 ") || i < 0 {
			return "no EdgeGrid header"
		}
		authNoSig, sig := a[:i], a[i+len("signature="):]
		var ts string
		for _, f := range strings.Split(strings.TrimPrefix(authNoSig, "EG1-HMAC-SHA256 "), ";") {
			if v, ok := strings.CutPrefix(f, "timestamp="); ok {
				ts = v
			}
		}
		mac := func(key, data string) string {
			m := hmac.New(sha256.New, []byte(key))
			m.Write([]byte(data))
			return base64.StdEncoding.EncodeToString(m.Sum(nil))
		}
		var canon []string
		for _, h := range headersToSign {
			if v := r.Header.Get(h); v != "" {
				canon = append(canon, strings.ToLower(h)+":"+strings.Join(strings.Fields(v), " "))
			}
		}
		contentHash := ""
		if r.Method == "POST" && len(body) > 0 {
			s := sha256.Sum256(body)
			contentHash = base64.StdEncoding.EncodeToString(s[:])
		}
		data := strings.Join([]string{r.Method, "http", r.Host, r.URL.RequestURI(), strings.Join(canon, "\t"), contentHash, authNoSig}, "\t")
		if mac(mac(secret, ts), data) != sig {
			return "bad signature"
		}
		return ""
	}
}

func TestEdgeGridServerAccepts(t *testing.T) {
	srv := verifyServer(t, edgegridVerifier("s3cr3t", []string{"X-A", "X-B"}))
	p := params{"accessToken": "at", "clientToken": "ct", "clientSecret": "s3cr3t", "headersToSign": "X-A, x-b"}
	env := Env{Now: fixedClock(1700000000), Rand: byteReader(9)}
	sendOnce(t, newReq(t, "GET", srv.URL+"/x?y=1", "", "X-A", "  one  two "), nil, "edgegrid", p, env)
	sendOnce(t, newReq(t, "POST", srv.URL+"/post", `{"k":"v"}`, "X-B", "b"), []byte(`{"k":"v"}`), "edgegrid", p, env)
	bad := verifyServer(t, edgegridVerifier("other", nil))
	code, _, _ := exchange(t, http.DefaultClient, newReq(t, "GET", bad.URL+"/", ""), nil, "edgegrid", p, env)
	if code != 401 {
		t.Error("the verifier accepted a wrong secret")
	}
}
