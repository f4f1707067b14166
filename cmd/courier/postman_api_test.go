package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// courierWithEnv runs the CLI in-process with environment variables.
func courierWithEnv(t *testing.T, vars map[string]string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdin:  strings.NewReader(""),
		stdout: &out, stderr: &errb,
		getenv: func(k string) string { return vars[k] },
		now:    time.Now,
		isTTY:  func(any) bool { return false },
	}
	code := Main(context.Background(), args, e)
	return result{code, out.String(), errb.String()}
}

const (
	apiKey     = "PMAK-0123456789abcdef-secret"
	collUID    = "12345678-0f3e6a2c-1b2d-4c5e-8f90-123456789abc"
	collID     = "0f3e6a2c-1b2d-4c5e-8f90-123456789abc"
	envUID     = "12345678-aaaabbbb-cccc-4ddd-8eee-ffff00001111"
	missingUID = "12345678-99999999-9999-4999-8999-999999999999"
	brokenUID  = "12345678-bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"
)

// postmanAPIStandIn answers like the Postman API: {collection: …} and
// {environment: …} for the right X-Api-Key, its error shapes otherwise.
func postmanAPIStandIn(t *testing.T, target string) (*httptest.Server, *[]string) {
	t.Helper()
	var mu sync.Mutex
	var seen []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.Method+" "+r.URL.RequestURI()+" key="+r.Header.Get("X-Api-Key"))
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if r.Header.Get("X-Api-Key") != apiKey && r.Header.Get("X-Api-Key") != "query-key" {
			w.WriteHeader(http.StatusUnauthorized)
			w.Write([]byte(`{"error":{"name":"AuthenticationError","message":"Invalid API Key. Every request requires a valid API Key to be sent."}}`))
			return
		}
		switch r.URL.Path {
		case "/collections/" + collUID, "/collections/" + collID:
			w.Write([]byte(`{"collection":{"info":{"_postman_id":"` + collID + `","name":"from the API",` + schema + `},
				"item":[{"name":"r","request":"{{target}}/from-api"}]}}`))
		case "/environments/" + envUID:
			w.Write([]byte(`{"environment":{"id":"e","name":"api env","values":[{"key":"target","value":"` + target + `","enabled":true}]}}`))
		case "/collections/" + brokenUID:
			w.Write([]byte(`<html>maintenance</html>`))
		default:
			w.WriteHeader(http.StatusNotFound)
			w.Write([]byte(`{"error":{"name":"instanceNotFoundError","message":"We could not find the collection you are looking for"}}`))
		}
	}))
	t.Cleanup(srv.Close)
	return srv, &seen
}

func TestPostmanAPIFetch(t *testing.T) {
	target := echoServer(t)
	api, seen := postmanAPIStandIn(t, target.URL)
	vars := map[string]string{"COURIER_POSTMAN_API_URL": api.URL}
	tests := []struct {
		name    string
		args    []string
		code    int
		stdout  string // in stdout when the run happened
		stderr  string // in stderr (input errors)
		request string // what the stand-in saw last
	}{
		{"collection and environment UIDs", []string{"run", collUID, "-e", envUID, "--postman-api-key", apiKey}, 0,
			"GET " + target.URL + "/from-api [200", "", "GET /environments/" + envUID + " key=" + apiKey},
		{"a bare collection id", []string{"run", collID, "--env-var", "target=" + target.URL, "--postman-api-key", apiKey}, 0,
			"from the API", "", "GET /collections/" + collID + " key=" + apiKey},
		{"an API URL with its own apikey, which is not sent on", []string{"run", api.URL + "/collections/" + collUID + "?apikey=query-key&x=1",
			"--env-var", "target=" + target.URL}, 0, "from the API", "", "GET /collections/" + collUID + "?x=1 key=query-key"},
		{"an API URL with --postman-api-key", []string{"run", api.URL + "/collections/" + collUID, "--env-var", "target=" + target.URL,
			"--postman-api-key", apiKey}, 0, "from the API", "", "GET /collections/" + collUID + " key=" + apiKey},
		{"a wrong key", []string{"run", collUID, "--postman-api-key", "PMAK-wrong"}, 2, "",
			collUID + ": cannot read: the Postman API answered 401 Unauthorized: AuthenticationError: Invalid API Key", ""},
		{"an unknown UID", []string{"run", missingUID, "--postman-api-key", apiKey}, 2, "",
			"the Postman API answered 404 Not Found: instanceNotFoundError: We could not find the collection", ""},
		{"an answer that is not JSON", []string{"run", brokenUID, "--postman-api-key", apiKey}, 2, "",
			"the Postman API did not answer with JSON", ""},
		{"an unknown environment UID", []string{"run", collUID, "-e", missingUID, "--postman-api-key", apiKey}, 2, "",
			"/environments/" + missingUID + ": cannot read: the Postman API answered 404", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := courierWithEnv(t, vars, tt.args...)
			if r.code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", r.code, tt.code, r.stdout, r.stderr)
			}
			if !strings.Contains(r.stdout, tt.stdout) || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stdout %q\nstderr %q\nwant %q / %q", r.stdout, r.stderr, tt.stdout, tt.stderr)
			}
			if tt.code == 2 && strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
				t.Errorf("an input error is one line: %q", r.stderr)
			}
			for _, k := range []string{apiKey, "PMAK-wrong", "query-key"} {
				if strings.Contains(r.stdout+r.stderr, k) {
					t.Errorf("the API key %q was printed:\n%s%s", k, r.stdout, r.stderr)
				}
			}
			if tt.request != "" {
				if got := (*seen)[len(*seen)-1]; got != tt.request {
					t.Errorf("the API saw %q, want %q", got, tt.request)
				}
			}
		})
	}
}

// Without the override the real API is the default, and only UIDs of
// collections and environments go through it (Newman has none for globals).
func TestPostmanAPIResolve(t *testing.T) {
	p := newPostmanAPI("k", func(string) string { return "" })
	for _, tt := range []struct{ kind, src, loc, key string }{
		{"collection", collUID, "https://api.postman.com/collections/" + collUID, "k"},
		{"environment", envUID, "https://api.postman.com/environments/" + envUID, "k"},
		{"globals", envUID, envUID, ""},
		{"collection", "c.json", "c.json", ""},
		{"collection", "https://api.getpostman.com/collections/" + collUID + "?apikey=q", "https://api.getpostman.com/collections/" + collUID, "q"},
		{"collection", "https://api.postman.com/collections/" + collUID, "https://api.postman.com/collections/" + collUID, "k"},
		{"collection", "https://example.com/c.json?apikey=q", "https://example.com/c.json?apikey=q", ""},
	} {
		loc, key := p.resolve(tt.kind, tt.src)
		if loc != tt.loc || key != tt.key {
			t.Errorf("resolve(%q, %q) = %q, %q; want %q, %q", tt.kind, tt.src, loc, key, tt.loc, tt.key)
		}
	}
	if loc, key := newPostmanAPI("", func(string) string { return "" }).resolve("collection", collUID); loc != collUID || key != "" {
		t.Errorf("without a key a UID is a file name: %q %q", loc, key)
	}
}
