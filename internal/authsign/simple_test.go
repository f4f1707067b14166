package authsign

import (
	"errors"
	"net/http"
	"strings"
	"testing"
)

func TestBasic(t *testing.T) {
	tests := []struct {
		name      string
		user, pwd string
		header    []string
		want      string
	}{
		{"plain", "user", "pass", nil, "Basic dXNlcjpwYXNz"},
		{"empty", "", "", nil, "Basic Og=="},
		{"utf8 and colon", "ü", "p:w", nil, "Basic w7w6cDp3"},
		{"replaces the user's header", "user", "pass", []string{"authorization", "Bearer x"}, "Basic dXNlcjpwYXNz"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := verifyServer(t, func(r *http.Request, _ []byte) string {
				u, pw, ok := r.BasicAuth()
				if !ok || u != tc.user || pw != tc.pwd {
					return "bad credentials"
				}
				if n := len(r.Header.Values("Authorization")); n != 1 {
					return "want one Authorization header"
				}
				return ""
			})
			req := newReq(t, "GET", srv.URL+"/", "", tc.header...)
			if err := Sign(req, nil, "basic", params{"username": tc.user, "password": tc.pwd}, Env{}); err != nil {
				t.Fatal(err)
			}
			if got := headerGet(req, "Authorization"); got != tc.want {
				t.Errorf("Authorization = %q, want %q", got, tc.want)
			}
			sendOnce(t, newReq(t, "GET", srv.URL+"/", "", tc.header...), nil, "basic", params{"username": tc.user, "password": tc.pwd}, Env{})
		})
	}
}

func TestBearer(t *testing.T) {
	tests := []struct {
		name   string
		token  string
		header []string
		want   string
	}{
		{"token", "abc.def", nil, "Bearer abc.def"},
		{"replaces", "abc", []string{"Authorization", "Basic x"}, "Bearer abc"},
		{"no token leaves the user's header", "", []string{"Authorization", "Custom x"}, "Custom x"},
		{"no token, no header", "", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := verifyServer(t, func(r *http.Request, _ []byte) string {
				if r.Header.Get("Authorization") != tc.want {
					return "unexpected Authorization " + r.Header.Get("Authorization")
				}
				return ""
			})
			req := newReq(t, "GET", srv.URL+"/x", "", tc.header...)
			if err := Sign(req, nil, "bearer", params{"token": tc.token}, Env{}); err != nil {
				t.Fatal(err)
			}
			if got := headerGet(req, "Authorization"); got != tc.want {
				t.Errorf("Authorization = %q, want %q", got, tc.want)
			}
			sendOnce(t, newReq(t, "GET", srv.URL+"/x", "", tc.header...), nil, "bearer", params{"token": tc.token}, Env{})
		})
	}
}

func TestAPIKey(t *testing.T) {
	tests := []struct {
		name      string
		p         params
		url       string
		header    []string
		wantQuery string            // RawQuery after signing
		wantHdr   map[string]string // exact-case header keys after signing ("" value: absent)
	}{
		{
			name:    "header by default, same-word headers replaced",
			p:       params{"key": "X-Api-Key", "value": "v1"},
			header:  []string{"x_api_key", "old", "xApiKey", "old2", "Authorization", "keep"},
			wantHdr: map[string]string{"X-Api-Key": "v1", "x_api_key": "", "xApiKey": "", "Authorization": "keep"},
		},
		{
			// recorded from postman-runtime 7.39.1: href ...?x=1&my%20key==old&my%20key%3D=a%20b%26c=d%zz%41%C3%A9
			name:      "query, encoded as Newman encodes it",
			p:         params{"key": "my key=", "value": "a b&c=d%zz%41é", "in": "query"},
			url:       "?x=1&my%20key==old",
			wantQuery: "x=1&my%20key==old&my%20key%3D=a%20b%26c=d%zz%41%C3%A9",
		},
		{
			name:      "query replaces the same key",
			p:         params{"key": "api key", "value": "new", "in": "query"},
			url:       "?api%20key=old&b=2",
			wantQuery: "b=2&api%20key=new",
		},
		{
			name:    "neither key nor value: unchanged",
			p:       params{"in": "query"},
			url:     "?a=1",
			header:  []string{"X-Key", "user"},
			wantHdr: map[string]string{"X-Key": "user"}, wantQuery: "a=1",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := newReq(t, "GET", "http://example.com/p"+tc.url, "", tc.header...)
			if err := Sign(req, nil, "apikey", tc.p, Env{}); err != nil {
				t.Fatal(err)
			}
			if tc.p["in"] == "query" || tc.wantQuery != "" {
				if req.URL.RawQuery != tc.wantQuery {
					t.Errorf("query = %q, want %q", req.URL.RawQuery, tc.wantQuery)
				}
			}
			for k, want := range tc.wantHdr {
				got := strings.Join(req.Header[k], ",")
				if got != want {
					t.Errorf("header %s = %q, want %q", k, got, want)
				}
			}
		})
	}
	// the server sees the key where it belongs
	srv := verifyServer(t, func(r *http.Request, _ []byte) string {
		if r.URL.Query().Get("my key=") != "a b&c=d" || r.Header.Get("X-Api-Key") != "" {
			return "bad api key in query: " + r.URL.RawQuery
		}
		return ""
	})
	sendOnce(t, newReq(t, "GET", srv.URL+"/p?x=1", ""), nil, "apikey", params{"key": "my key=", "value": "a b&c=d", "in": "query"}, Env{})
	srv2 := verifyServer(t, func(r *http.Request, _ []byte) string {
		if r.Header.Get("X-Api-Key") != "s3cret" {
			return "bad api key header"
		}
		return ""
	})
	sendOnce(t, newReq(t, "GET", srv2.URL+"/p", ""), nil, "apikey", params{"key": "X-Api-Key", "value": "s3cret"}, Env{})
}

func TestOAuth2(t *testing.T) {
	tests := []struct {
		name      string
		p         Params
		url       string
		header    []string
		wantAuth  string
		wantQuery string
	}{
		{"default header", params{"accessToken": "tok"}, "", nil, "Bearer tok", ""},
		// recorded from postman-runtime: headerPrefix "  Token  " gives "Token tok"
		{"trimmed prefix", params{"accessToken": "tok", "headerPrefix": "  Token  "}, "", nil, "Token tok", ""},
		{"empty prefix", params{"accessToken": "tok", "headerPrefix": ""}, "", nil, "tok", ""},
		{"empty prefix without Looker reads as missing", plainParams{"accessToken": "tok", "headerPrefix": ""}, "", nil, "Bearer tok", ""},
		// recorded: http://h/p?b=2&access_token=tok%20en, the user's authorization header removed
		{"query", params{"accessToken": "tok en", "addTokenTo": "queryParams"}, "?access_token=old&b=2", []string{"authorization", "x"}, "", "b=2&access_token=tok%20en"},
		{"mac tokens are left alone", params{"accessToken": "tok", "tokenType": "MAC"}, "?a=1", []string{"Authorization", "mine"}, "mine", "a=1"},
		{"no token", params{"accessToken": ""}, "", []string{"Authorization", "mine"}, "mine", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := newReq(t, "GET", "http://h/p"+tc.url, "", tc.header...)
			if err := Sign(req, nil, "oauth2", tc.p, Env{}); err != nil {
				t.Fatal(err)
			}
			if got := headerGet(req, "Authorization"); got != tc.wantAuth {
				t.Errorf("Authorization = %q, want %q", got, tc.wantAuth)
			}
			if req.URL.RawQuery != tc.wantQuery {
				t.Errorf("query = %q, want %q", req.URL.RawQuery, tc.wantQuery)
			}
		})
	}
	srv := verifyServer(t, func(r *http.Request, _ []byte) string {
		if r.URL.Query().Get("access_token") != "tok en" || len(r.URL.Query()["access_token"]) != 1 {
			return "bad token"
		}
		return ""
	})
	sendOnce(t, newReq(t, "GET", srv.URL+"/p?access_token=old", ""), nil, "oauth2", params{"accessToken": "tok en", "addTokenTo": "queryParams"}, Env{})
}

func TestUnknownAndNoAuth(t *testing.T) {
	req := newReq(t, "GET", "http://h/", "", "Authorization", "mine")
	if err := Sign(req, nil, "kerberos", params{}, Env{}); !errors.Is(err, ErrUnknownType) {
		t.Errorf("unknown type: err = %v", err)
	}
	for _, typ := range []string{"noauth", ""} {
		if err := Sign(req, nil, typ, nil, Env{}); err != nil {
			t.Errorf("%q: %v", typ, err)
		}
	}
	if headerGet(req, "Authorization") != "mine" {
		t.Error("noauth changed the request")
	}
	if NeedsChallenge("basic", params{}) || !NeedsChallenge("digest", params{}) || NeedsChallenge("ntlm", params{"disableRetryRequest": "true"}) {
		t.Error("NeedsChallenge")
	}
}
