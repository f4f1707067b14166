package authsign

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// params is a Params for tests; it also implements Looker.
type params map[string]string

func (p params) Get(k string) string { return p[k] }
func (p params) Lookup(k string) (string, bool) {
	v, ok := p[k]
	return v, ok
}

// plainParams hides the Looker and Setter extensions.
type plainParams map[string]string

func (p plainParams) Get(k string) string { return p[k] }

// storeParams implements Setter with postman-runtime's auth.set rule: a
// non-empty user value is kept, system values are overwritten.
type storeParams struct {
	user   map[string]string
	system map[string]string
}

func newStore(user map[string]string) *storeParams {
	return &storeParams{user: user, system: map[string]string{}}
}

func (s *storeParams) Get(k string) string {
	if v := s.user[k]; v != "" {
		return v
	}
	return s.system[k]
}

func (s *storeParams) Set(k, v string) {
	if s.user[k] != "" {
		return
	}
	s.system[k] = v
}

// fixedClock returns a clock stopped at the given Unix time in seconds.
func fixedClock(sec int64) func() time.Time {
	return func() time.Time { return time.Unix(sec, 0).UTC() }
}

// zeroRand is an endless reader of the byte b.
type byteReader byte

func (b byteReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

// newReq builds a request with the given headers (exact-case keys) and body.
func newReq(t *testing.T, method, url string, body string, headers ...string) *http.Request {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, r)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header[headers[i]] = append(req.Header[headers[i]], headers[i+1])
	}
	return req
}

// exchange plays the runner: Sign, send, Retry while asked (at most 3
// replays), Observe. It returns the final response's status and body and
// the requests sent (their Authorization headers).
func exchange(t *testing.T, client *http.Client, req *http.Request, body []byte, authType string, p Params, env Env) (int, string, []string) {
	t.Helper()
	if err := Sign(req, body, authType, p, env); err != nil {
		t.Fatalf("Sign: %v", err)
	}
	var sent []string
	send := func() *http.Response {
		if req.GetBody != nil {
			req.Body, _ = req.GetBody()
		} else if body != nil {
			req.Body = io.NopCloser(bytes.NewReader(body))
			req.ContentLength = int64(len(body))
		}
		sent = append(sent, headerGet(req, "Authorization"))
		resp, err := client.Do(req)
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		return resp
	}
	resp := send()
	for replays := 0; replays < 3 && NeedsChallenge(authType, p); replays++ {
		ok, err := Retry(req, body, authType, p, resp, env)
		if err != nil {
			t.Fatalf("Retry: %v", err)
		}
		if !ok {
			break
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		resp = send()
	}
	Observe(authType, p, resp)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp.StatusCode, string(b), sent
}

// verifyServer starts a server whose handler answers 200 "ok" when check
// returns "", else 401 with the reason.
func verifyServer(t *testing.T, check func(r *http.Request, body []byte) string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if reason := check(r, body); reason != "" {
			w.WriteHeader(http.StatusUnauthorized)
			io.WriteString(w, reason)
			return
		}
		io.WriteString(w, "ok")
	}))
	t.Cleanup(srv.Close)
	return srv
}

// sendOnce signs and sends a request to srv, and fails the test unless the
// server accepted it.
func sendOnce(t *testing.T, req *http.Request, body []byte, authType string, p Params, env Env) {
	t.Helper()
	code, msg, _ := exchange(t, http.DefaultClient, req, body, authType, p, env)
	if code != 200 {
		t.Fatalf("server rejected the request: %d %s", code, msg)
	}
}
