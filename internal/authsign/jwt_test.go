package authsign

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"math/big"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

// Expected tokens: the jwt.io HS256 example (first row); the others were
// recorded from postman-runtime 7.39.1 (jose 4.14.4). RS* signatures are
// deterministic, so they are compared byte for byte.
func TestJWTVectors(t *testing.T) {
	rsaKey := readTestKey(t, "rsa2048.pem")
	tests := []struct {
		name      string
		p         params
		wantAuth  string
		wantQuery string
		wantErr   string
	}{
		{name: "JWT.io example", p: params{"algorithm": "HS256", "secret": "your-256-bit-secret", "header": `{"alg":"HS256","typ":"JWT"}`, "payload": `{"sub":"1234567890","name":"John Doe","iat":1516239022}`}, wantAuth: `Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`, wantQuery: `jwt=old&x=1`},
		{name: "JSON re-serialized as JavaScript does", p: params{"algorithm": "HS384", "secret": "k", "header": `{"typ":"JWT","kid":"x","alg":"none"}`, "payload": ` {"b":1,"2":2,"1":3,"n":[1.0,1e21,1e-7,0.000001,-0,123456789012345678901234,1.5e300,0.1],"s":"<>&\u2028\u00e9\u0001\"","b":"dup"} `}, wantAuth: `Bearer eyJ0eXAiOiJKV1QiLCJraWQiOiJ4IiwiYWxnIjoiSFMzODQifQ.eyIxIjozLCIyIjoyLCJiIjoiZHVwIiwibiI6WzEsMWUrMjEsMWUtNywwLjAwMDAwMSwwLDEuMjM0NTY3ODkwMTIzNDU2OWUrMjMsMS41ZSszMDAsMC4xXSwicyI6Ijw-JuKAqMOpXHUwMDAxXCIifQ.mlAwNxQ25P9KH95p3ci9VWILAV6sKFGSXt3KzhEvsroAXv2jd22Pi4FEsnYecRUL`, wantQuery: `jwt=old&x=1`},
		{name: "base64 secret, query parameter", p: params{"algorithm": "HS512", "secret": "c2VjcmV0-_w==", "isSecretBase64Encoded": "true", "payload": "", "addTokenTo": "queryParam", "queryParamKey": "jwt"}, wantAuth: `old`, wantQuery: `x=1&jwt=eyJhbGciOiJIUzUxMiJ9.e30.3L4g1zrkLLJgQRaF03kiC5tmk17k0M7XvDDjgrGm8qO93ps2_wqKnSp0BazOa4QiKNUk6WpOwEd7pcaS_mMJUw`},
		{name: "empty prefix", p: params{"algorithm": "HS256", "secret": "k", "payload": "{}", "headerPrefix": ""}, wantAuth: `eyJhbGciOiJIUzI1NiJ9.e30.CYG8qKSuUG1cj5ZM7YUE3kRjuUjOfiv14zgdYx-7pLo`, wantQuery: `jwt=old&x=1`},
		{name: "custom prefix", p: params{"algorithm": "HS256", "secret": "k", "payload": "{}", "headerPrefix": "JWT"}, wantAuth: `JWT eyJhbGciOiJIUzI1NiJ9.e30.CYG8qKSuUG1cj5ZM7YUE3kRjuUjOfiv14zgdYx-7pLo`, wantQuery: `jwt=old&x=1`},
		{name: "RS256", p: params{"algorithm": "RS256", "privateKey": rsaKey, "payload": `{"a":1}`}, wantAuth: `Bearer eyJhbGciOiJSUzI1NiJ9.eyJhIjoxfQ.btA3UzB-F6ldmHDpwtOLCAuw0xLo21SYiSewifFKLq6VVcgvbemm2b_OdOv1SrxPOh9ay4lzt36sFRSLDjveLEsCe-Ic6lvJBGO7e9Ic1MqH5uSTYGKnLrIgg8ZEsvtzUN_OkRZK7zQ1yZfObpuhL48CfprOMW9oPmGtnvWD8UWIo7ZVJHlPwDq_TYQwQDM2ymXNEAY2Umt71IQKT7_OMrHII6bxCmxiDOjKUPCCPsj9Z8PD8VuCwQTlBR2NvG0RGFytEgFS8BVCcDnffcwxvjo1XAMW7V2wYJss4XfO1GogQ3QFfZ17mXJVWEodCXl_MObzMH8WutNPnnIwT-p2yQ`, wantQuery: `jwt=old&x=1`},
		{name: "RS512 with a kid", p: params{"algorithm": "RS512", "privateKey": rsaKey, "payload": `{"a":1}`, "header": `{"kid":"k1"}`}, wantAuth: `Bearer eyJraWQiOiJrMSIsImFsZyI6IlJTNTEyIn0.eyJhIjoxfQ.iGFE45zjDXfcsY89znSTQmttg5vKyqD3Qcg77CylVf0IF8-1KzUxGv1dqSrA2ZaCik-udA0X0Vz_EcOnnrqmsn__3YNL73XGO0yG3y33LL6B3ifEn3BAZvqqnOyiwjm_f4QWqwKnyZoYBeI2PILsedrDDCQObsR3Rof-VFbq5-SzqoZXCbFzHjCCodzipkbERo7mkmP7AGjoF___tsFILWneIVmVk-m-ZBX98v3d5rUCtab6FbmExnP-WJACvl6KGgQNMenRw-X7JqVafYaafNKEUreGoyQgvrmHhi7go67NVN9Hfs2AASMbb3lPo8xmb743Px6exSWXaD-VUei9Nw`, wantQuery: `jwt=old&x=1`},
		{name: "RSA key under 2048 bits", p: params{"algorithm": "RS256", "privateKey": readTestKey(t, "rsa1024.pem"), "payload": "{}"}, wantAuth: `old`, wantQuery: `jwt=old&x=1`, wantErr: "RS256 requires key modulusLength to be 2048 bits or larger"},
		{name: "PKCS#1 key refused", p: params{"algorithm": "RS256", "privateKey": readTestKey(t, "rsa2048-pkcs1.pem"), "payload": "{}"}, wantAuth: `old`, wantQuery: `jwt=old&x=1`, wantErr: "\"pkcs8\" must be PKCS#8 formatted string"},
		{name: "wrong curve", p: params{"algorithm": "ES384", "privateKey": readTestKey(t, "ec-P-256.pem"), "payload": "{}"}, wantAuth: `old`, wantQuery: `jwt=old&x=1`, wantErr: "Invalid key curve for the algorithm, its curve must be P-384, got P-256"},
		{name: "unknown algorithm", p: params{"algorithm": "none", "secret": "k"}, wantAuth: `old`, wantQuery: `jwt=old&x=1`, wantErr: "invalid algorithm"},
		{name: "no secret", p: params{"algorithm": "HS256", "secret": ""}, wantAuth: `old`, wantQuery: `jwt=old&x=1`, wantErr: "Invalid secret key. Enter a valid key."},
		{name: "array payload", p: params{"algorithm": "HS256", "secret": "k", "payload": "[1]"}, wantAuth: `old`, wantQuery: `jwt=old&x=1`, wantErr: "JWT Claims Set MUST be an object"},
		{name: "bad JSON", p: params{"algorithm": "HS256", "secret": "k", "payload": "{a:1}"}, wantAuth: `old`, wantQuery: `jwt=old&x=1`, wantErr: "SyntaxError"},
		{name: "crit b64", p: params{"algorithm": "HS256", "secret": "k", "header": `{"crit":["b64"],"b64":true}`, "payload": "{}"}, wantAuth: `Bearer eyJjcml0IjpbImI2NCJdLCJiNjQiOnRydWUsImFsZyI6IkhTMjU2In0.e30._JJ4Am_0zTg5QUhpH3WIxRlFOEWt-97c7UNl7PF5cYY`, wantQuery: `jwt=old&x=1`},
		{name: "unknown crit", p: params{"algorithm": "HS256", "secret": "k", "header": `{"crit":["exp"],"exp":1}`, "payload": "{}"}, wantAuth: `old`, wantQuery: `jwt=old&x=1`, wantErr: "Extension Header Parameter \"exp\" is not recognized"},
		{name: "string header spread", p: params{"algorithm": "HS256", "secret": "k", "header": `"ab"`, "payload": "{}"}, wantAuth: `Bearer eyIwIjoiYSIsIjEiOiJiIiwiYWxnIjoiSFMyNTYifQ.e30.UllMWJQ4l9LUVH8sOX_JSO7ySJXrImCgAC0288g99Qc`, wantQuery: `jwt=old&x=1`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := newReq(t, "GET", "http://h/p?jwt=old&x=1", "", "Authorization", "old")
			err := Sign(req, nil, "jwt", tc.p, Env{})
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if got := headerGet(req, "Authorization"); got != tc.wantAuth {
				t.Errorf("Authorization\n got %s\nwant %s", got, tc.wantAuth)
			}
			if req.URL.RawQuery != tc.wantQuery {
				t.Errorf("query\n got %s\nwant %s", req.URL.RawQuery, tc.wantQuery)
			}
		})
	}
}

// Expected tokens recorded from postman-runtime 7.39.1 with the clock at
// 1700000000.5 (jti given in the claims: Newman draws a random UUID).
func TestASAPVectors(t *testing.T) {
	rsaKey := readTestKey(t, "rsa2048.pem")
	der := regexp.MustCompile(`-----(BEGIN|END) PRIVATE KEY-----|\s`).ReplaceAllString(rsaKey, "")
	tests := []struct {
		name    string
		p       params
		want    string
		wantErr string
	}{
		{name: "defaults", p: params{"kid": "k1", "iss": "svc", "aud": "api", "privateKey": rsaKey, "claims": `{"jti":"j1"}`}, want: `Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJqdGkiOiJqMSIsImlhdCI6MTcwMDAwMDAwMCwiaXNzIjoic3ZjIiwic3ViIjoic3ZjIiwiYXVkIjoiYXBpIiwiZXhwIjoxNzAwMDAzNjAwfQ.Inon8OlYq06mKCE6pmGC1mD1C23FSBPr_4gFO1jZpN7v2u7alcdU4sDlkUKvikOp3jrWtwBk8Ez1srwKjEw9vyw84NGLL3xPVHJF9kgWEZ-dOVeZzWPXcyg16U3x9rjOI7-sgx9nHuSRJEE2VxfAFIJYcr75g9P2SDsNGWOQdhcAxs_SZWXLLV8qgxi9t5W2vE5fKeey8qtVbfukA3dYWyeT9sPsi1-Bj7Ph_yvLOKGLs0AYAqClXYjMLiHly6QcpBL3f9wW1hQ3QS68stnlxyfB1Pt4HN50OBLVwJ0ls2ZJeDB0FSc5iUX_69DYz_NqzgBn5UkRg2izY1Diwk8Dwg`},
		{name: "claims override parameters", p: params{"kid": "k1", "iss": "svc", "aud": "api", "sub": "s", "exp": "60", "privateKey": rsaKey, "alg": "RS512", "claims": `{"iss":"other","aud":["a","b"],"kid":"k2","exp":"1700009999.9","x":{"y":1},"jti":"j2","iat":5}`}, want: `Bearer eyJhbGciOiJSUzUxMiIsImtpZCI6ImsyIn0.eyJpc3MiOiJvdGhlciIsImF1ZCI6WyJhIiwiYiJdLCJraWQiOiJrMiIsImV4cCI6MTcwMDAwOTk5OSwieCI6eyJ5IjoxfSwianRpIjoiajIiLCJpYXQiOjUsInN1YiI6InMifQ.FZsgr62Ykkz5i9z-uq0JrxGSI1UT3-TcyoQwrVRQjn4C563tbKkThZWu85EjRIT78CUSlKbUj0IpixudN40uOjWHccQY7X7bfdfPY8SN5OOsXxz-RN4mLZqdKj84-yr1qKhV8ifjn8fzo0pqNlIoYoP70aiCwbYI-_36-EnyUzR4XUT4a1qG7CZ3eLl2JuHBbsBMy6ztBnOyDoKYbxH-K_CUsLXMgRIHDahcSyX0I1DoenWm6n1cFI-I-QLPHDJt4OqPUzVv80Ta2ph2OdR5ZIfBNgsdyu114Br_zZfxNT5tTOCVwIDI1TPrkVoreXWI7AZK96vutt5IDCH2k8eUaQ`},
		{name: "data URI key", p: params{"kid": "k/1.x", "iss": "svc", "aud": "api", "privateKey": "data:application/pkcs8;kid=k/1.x;base64," + der, "claims": `{"jti":"j3"}`}, want: `Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6ImsvMS54In0.eyJqdGkiOiJqMyIsImlhdCI6MTcwMDAwMDAwMCwiaXNzIjoic3ZjIiwic3ViIjoic3ZjIiwiYXVkIjoiYXBpIiwiZXhwIjoxNzAwMDAzNjAwfQ.abDLsQmRgjW6oHfghon1nC4WTJ_nj04qjvny3yvkzN1WcvO0Fr5ucHEql4Wm5B3RyOQ0ycBafRIGP3zGsOPXCr6olWcdUPb047ksWKDTtrOFT1bFeslWLCslLu1jBbAtke9EU1bpouKrvrCVatBhHr4fXp8pvpEyi_bXLkCrDB1MAq5PTMuoG6XBQD2pN68S--NZ4pWOlu1rE7jw3f_i-IHdFSSWHvBxoNEmBNejkcjYf4ahq0SR5aT6-SANyRjgNvsBNGEMnzGPxkxyrRqGfK5G2ACKtoKL_C7ZRx5klkBnCgPFIn_0W-Z0CY-EDOMLy1jCPBKvNUvaXbBPrw4rJA`},
		{name: "quoted, URI-encoded key", p: params{"kid": "k1", "iss": "svc", "aud": "api", "privateKey": `"` + strings.ReplaceAll(url.QueryEscape(rsaKey), "+", "%20") + `"`, "claims": `{"jti":"j4"}`}, want: `Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJqdGkiOiJqNCIsImlhdCI6MTcwMDAwMDAwMCwiaXNzIjoic3ZjIiwic3ViIjoic3ZjIiwiYXVkIjoiYXBpIiwiZXhwIjoxNzAwMDAzNjAwfQ.bneHB0-A0BfhMkcZCrzOOPiVUkBUh1V8M5c5vDzFqXnutbXaxAwYnChbcASwFvEjIQPKYhe2CRk0MPf2F_Ayibv_GTzXrW8QQmyVT5dEBteTNJK5ElLjtwTamP0ysa1NL411I0_P4A21J-QY7RVy3QOTIpkTTm-thp3pbwrEhEe3p2ZR5Fp1h_m_v-Np1qAGltkQ40ziwuo3XuuL0nDg39ozF76UIKlmLBosHDG5drnf5zoQIFY8ayj1EFnPGqeCsOFZUw2HZPcnHvTtrfkdv3fgIaJPQX2Luf_lSOStuhT-Z0vjoBxjQyJ0zNZcrvwEEJWladm67o_U8IByvx0UMA`},
		{name: "non-numeric exp", p: params{"kid": "k1", "iss": "svc", "aud": "api", "exp": "abc", "privateKey": rsaKey, "claims": `{"jti":"j5"}`}, want: `Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJqdGkiOiJqNSIsImlhdCI6MTcwMDAwMDAwMCwiaXNzIjoic3ZjIiwic3ViIjoic3ZjIiwiYXVkIjoiYXBpIiwiZXhwIjoxNzAwMDAzNjAwfQ.RyzPRoliv7MQA5Cq1d1t-E_qlKWHZhORWGIgQe4riaZexlmO9dkZaOOm72BbF550TRgpZiaVdMfPaVRzIMT2cqjgo0sCUJg5qYY7QTAqsr69SX9og93rIx8lEEu8ay6FuRSjR-YnYRHISn-48c7jI7n4HPT0Mps9n-iQijpWS90Be9Gngl-PcBpRJOrledGPp_gsm-Hlx6uWCCqQGJYAoKIhdMmyHHXnpgE--SIIBdw6r8hZ71BlHyHZoi6G_8qqbVazesFotLkG-5CzoyHRW9uAUG2hyoNXNqjPV0OhYt80cpl7986RBTNuHmQVjuwbfyCDUtyN44CcsurMvomF8Q`},
		{name: "missing audience", p: params{"kid": "k1", "iss": "svc", "privateKey": rsaKey}, want: `old`, wantErr: "One or more of required claims missing"},
		{name: "HS256 not allowed", p: params{"kid": "k1", "iss": "svc", "aud": "api", "alg": "HS256", "privateKey": rsaKey}, want: `old`, wantErr: "invalid algorithm"},
		{name: "bad claims", p: params{"kid": "k1", "iss": "svc", "aud": "api", "privateKey": rsaKey, "claims": "{bad"}, want: `old`, wantErr: "Failed to parse claims"},
		{name: "blank claims", p: params{"kid": "k1", "iss": "svc", "aud": "api", "privateKey": rsaKey, "claims": "  "}, want: `old`, wantErr: "Failed to sign request with key."},
		{name: "kid does not match the data URI", p: params{"kid": "k9", "iss": "svc", "aud": "api", "privateKey": "data:application/pkcs8;kid=k1;base64," + der}, want: `old`, wantErr: "Failed to parse private key."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := newReq(t, "GET", "http://h/p", "", "Authorization", "old")
			env := Env{Now: func() time.Time { return time.UnixMilli(1700000000500) }}
			err := Sign(req, nil, "asap", tc.p, env)
			if tc.wantErr != "" {
				if err == nil || err.Error() != tc.wantErr {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if got := headerGet(req, "Authorization"); got != tc.want {
				t.Errorf("Authorization\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

// jwtVerifier checks a bearer JWT as a resource server does: the signature
// with the public key (or the shared secret), then returns the claims.
func jwtVerify(token string, secret []byte, pub crypto.PublicKey) (header, claims map[string]any, reason string) {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return nil, nil, "not a JWS"
	}
	dec := func(s string, v any) bool {
		b, err := base64.RawURLEncoding.DecodeString(s)
		return err == nil && json.Unmarshal(b, v) == nil
	}
	if !dec(parts[0], &header) || !dec(parts[1], &claims) {
		return nil, nil, "bad encoding"
	}
	sig, err := base64.RawURLEncoding.DecodeString(parts[2])
	if err != nil {
		return nil, nil, "bad signature encoding"
	}
	input := []byte(parts[0] + "." + parts[1])
	alg, _ := header["alg"].(string)
	var h crypto.Hash
	switch alg[2:] {
	case "256":
		h = crypto.SHA256
	case "384":
		h = crypto.SHA384
	case "512":
		h = crypto.SHA512
	}
	d := h.New()
	d.Write(input)
	digest := d.Sum(nil)
	ok := false
	switch alg[:2] {
	case "HS":
		m := hmac.New(h.New, secret)
		m.Write(input)
		ok = hmac.Equal(m.Sum(nil), sig)
	case "RS":
		ok = rsa.VerifyPKCS1v15(pub.(*rsa.PublicKey), h, digest, sig) == nil
	case "PS":
		ok = rsa.VerifyPSS(pub.(*rsa.PublicKey), h, digest, sig, &rsa.PSSOptions{SaltLength: h.Size()}) == nil
	case "ES":
		n := len(sig) / 2
		r, s := new(big.Int).SetBytes(sig[:n]), new(big.Int).SetBytes(sig[n:])
		ok = ecdsa.Verify(pub.(*ecdsa.PublicKey), digest, r, s)
	}
	if !ok {
		return nil, nil, "bad signature"
	}
	return header, claims, ""
}

func TestJWTServerAccepts(t *testing.T) {
	keys := map[string]string{"RS": "rsa2048.pem", "PS": "rsa2048.pem", "ES256": "ec-P-256.pem", "ES384": "ec-P-384.pem", "ES512": "ec-P-521.pem"}
	for _, alg := range []string{"HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"} {
		t.Run(alg, func(t *testing.T) {
			p := params{"algorithm": alg, "payload": `{"sub":"me","n":1}`, "header": `{"typ":"JWT"}`}
			var pub crypto.PublicKey
			secret := []byte("shared secret")
			if alg[:2] == "HS" {
				p["secret"] = string(secret)
			} else {
				name := keys[alg]
				if name == "" {
					name = keys[alg[:2]]
				}
				pemText := readTestKey(t, name)
				p["privateKey"] = pemText
				k, err := parsePEMPrivateKey(pemText)
				if err != nil {
					t.Fatal(err)
				}
				pub = k.Public()
			}
			srv := verifyServer(t, func(r *http.Request, _ []byte) string {
				tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
				if !ok {
					return "no bearer token"
				}
				h, c, reason := jwtVerify(tok, secret, pub)
				if reason != "" {
					return reason
				}
				if h["alg"] != alg || h["typ"] != "JWT" || c["sub"] != "me" || c["n"] != 1.0 {
					return "unexpected header or claims"
				}
				return ""
			})
			sendOnce(t, newReq(t, "GET", srv.URL+"/", ""), nil, "jwt", p, Env{})
		})
	}
	// the verifier can fail
	_, _, reason := jwtVerify("eyJhbGciOiJIUzI1NiJ9.e30.CYG8qKSuUG1cj5ZM7YUE3kRjuUjOfiv14zgdYx-7pLo", []byte("other"), nil)
	if reason == "" {
		t.Error("a token signed with another secret verified")
	}
}

func TestASAPServerAccepts(t *testing.T) {
	pemText := readTestKey(t, "ec-P-256.pem")
	k, err := parsePEMPrivateKey(pemText)
	if err != nil {
		t.Fatal(err)
	}
	srv := verifyServer(t, func(r *http.Request, _ []byte) string {
		tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		h, c, reason := jwtVerify(tok, nil, k.Public())
		if reason != "" {
			return reason
		}
		if h["kid"] != "svc/key1" || c["iss"] != "svc" || c["sub"] != "svc" || c["aud"] != "api" ||
			c["iat"] != 1700000000.0 || c["exp"] != 1700000600.0 || c["jti"] != "00000000-0000-4000-8000-000000000000" {
			return "unexpected claims"
		}
		return ""
	})
	p := params{"kid": "svc/key1", "iss": "svc", "aud": "api", "alg": "ES256", "exp": "600", "privateKey": pemText}
	sendOnce(t, newReq(t, "GET", srv.URL+"/", ""), nil, "asap", p, Env{Now: fixedClock(1700000000), Rand: byteReader(0)})
}
