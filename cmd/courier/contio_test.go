package main

import (
	"bufio"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/courier-run/courier/internal/contiomock"
)

// The partner collection against the in-process Contio stand-in: courier's
// outcomes are compared with Newman 6.2.2's, recorded in examples/contio/testdata by
// examples/contio/testdata/record-newman.sh (never produced by courier).

const (
	partnerCollection = "../../examples/contio/partner_postman_collection.json"
	partnerEnv        = "../../examples/contio/contio-mock.postman_environment.json"
	otp               = "123456"
)

// fakeClock is the stand-in's clock, moved by the tests.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

func contioServer(t *testing.T, otpCode string) (*httptest.Server, *fakeClock) {
	t.Helper()
	clock := &fakeClock{now: time.Now()}
	cfg := contiomock.DefaultConfig()
	cfg.OTP = otpCode
	cfg.Clock = clock.Now
	srv := httptest.NewServer(contiomock.New(cfg))
	t.Cleanup(srv.Close)
	return srv, clock
}

// recorded is one Newman outcome file.
type recorded struct {
	exitCode int
	stats    map[string]string // "requests" -> "executed 27, failed 0"
	failures []string          // "request | assertion | message"
}

func readRecorded(t *testing.T, name string) recorded {
	t.Helper()
	f, err := os.Open(filepath.Join("../../examples/contio/testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := recorded{stats: map[string]string{}}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "exit code: "):
			r.exitCode = int(line[len(line)-1] - '0')
		case strings.HasPrefix(line, "failure: "):
			r.failures = append(r.failures, strings.TrimPrefix(line, "failure: "))
		default:
			if k, v, ok := strings.Cut(line, ": "); ok && k != "failures" {
				r.stats[k] = v
			}
		}
	}
	return r
}

// outcome reads courier's json report into the same shape.
func outcome(t *testing.T, code int, reportPath string) recorded {
	t.Helper()
	data, err := os.ReadFile(reportPath)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Run struct {
			Stats    map[string]struct{ Total, Failed int } `json:"stats"`
			Failures []struct {
				Source struct{ Name string } `json:"source"`
				Error  struct {
					Name, Test, Message string
				} `json:"error"`
			} `json:"failures"`
		} `json:"run"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	r := recorded{exitCode: code, stats: map[string]string{}}
	for k, label := range map[string]string{"iterations": "iterations", "requests": "requests", "testScripts": "test-scripts", "prerequestScripts": "prerequest-scripts", "assertions": "assertions"} {
		s := rep.Run.Stats[k]
		r.stats[label] = "executed " + strconv.Itoa(s.Total) + ", failed " + strconv.Itoa(s.Failed)
	}
	for _, f := range rep.Run.Failures {
		name := f.Error.Test
		if name == "" {
			name = f.Error.Name
		}
		r.failures = append(r.failures, f.Source.Name+" | "+name+" | "+strings.Join(strings.Fields(f.Error.Message), " "))
	}
	return r
}

func compareRecorded(t *testing.T, got, want recorded) {
	t.Helper()
	if got.exitCode != want.exitCode {
		t.Errorf("exit code %d, Newman %d", got.exitCode, want.exitCode)
	}
	for k, v := range want.stats {
		if got.stats[k] != v {
			t.Errorf("%s: courier %q, Newman %q", k, got.stats[k], v)
		}
	}
	n := max(len(got.failures), len(want.failures))
	for i := 0; i < n; i++ {
		var g, w string
		if i < len(got.failures) {
			g = got.failures[i]
		}
		if i < len(want.failures) {
			w = want.failures[i]
		}
		if g != w {
			t.Errorf("failure %d:\n courier: %s\n  Newman: %s", i+1, g, w)
		}
	}
}

func runPartner(t *testing.T, stdin string, base string, extra ...string) (result, string) {
	t.Helper()
	report := filepath.Join(t.TempDir(), "partner.json")
	args := append([]string{"run", partnerCollection, "-e", partnerEnv, "--env-var", "base_url=" + base,
		"-r", "cli,json", "--reporter-json-export", report}, extra...)
	return courier(t, stdin, args...), report
}

func TestPartnerCollectionMatchesNewman(t *testing.T) {
	tests := []struct {
		name, file string
		args       []string
	}{
		{"happy path", "newman-happy-path.txt", []string{"--env-var", "otp_code=" + otp}},
		{"wrong OTP", "newman-wrong-otp.txt", []string{"--env-var", "otp_code=000000"}},
		{"wrong client secret", "newman-wrong-secret.txt", []string{"--env-var", "otp_code=" + otp, "--env-var", "partner_client_secret=wrong"}},
		{"consent without the API scopes", "newman-insufficient-scope.txt", []string{"--env-var", "otp_code=" + otp, "--env-var", "oauth_scopes=openid"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, _ := contioServer(t, otp)
			r, report := runPartner(t, "", srv.URL, tt.args...)
			compareRecorded(t, outcome(t, r.code, report), readRecorded(t, tt.file))
		})
	}
}

// clockReader advances the stand-in's clock when courier reads the prompt's
// answer: the OTP expires between step 1 and step 2.
type clockReader struct {
	clock *fakeClock
	by    time.Duration
	r     *strings.Reader
	once  sync.Once
}

func (c *clockReader) Read(p []byte) (int, error) {
	c.once.Do(func() { c.clock.Advance(c.by) })
	return c.r.Read(p)
}

func TestPromptForOTP(t *testing.T) {
	t.Run("piped answer completes the flow", func(t *testing.T) {
		srv, _ := contioServer(t, otp)
		r, report := runPartner(t, otp+"\n", srv.URL, "--prompt", "otp_code")
		if r.code != 0 {
			t.Fatalf("exit code %d\n%s", r.code, r.stderr)
		}
		want := "2. Verify OTP (creates session) needs otp_code: enter the code sent to user@example.com"
		if !strings.Contains(r.stderr, want) {
			t.Errorf("prompt = %q, want %q", r.stderr, want)
		}
		compareRecorded(t, outcome(t, r.code, report), readRecorded(t, "newman-happy-path.txt"))
	})
	t.Run("no input: a clear error and exit 2", func(t *testing.T) {
		srv, _ := contioServer(t, otp)
		r, _ := runPartner(t, "", srv.URL, "--prompt", "otp_code")
		if r.code != 2 || !strings.Contains(r.stderr, "needs otp_code") || !strings.Contains(r.stderr, "standard input has no more lines") {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
	})
	t.Run("expired OTP", func(t *testing.T) {
		srv, clock := contioServer(t, otp)
		report := filepath.Join(t.TempDir(), "r.json")
		var out, errb strings.Builder
		e := &env{stdin: &clockReader{clock: clock, by: 11 * time.Minute, r: strings.NewReader(otp + "\n")},
			stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, now: time.Now, isTTY: func(any) bool { return false }}
		code := Main(t.Context(), []string{"run", partnerCollection, "-e", partnerEnv, "--env-var", "base_url=" + srv.URL,
			"--prompt", "otp_code", "-r", "json", "--reporter-json-export", report}, e)
		got := outcome(t, code, report)
		if code != 1 || len(got.failures) == 0 {
			t.Fatalf("exit %d, failures %v", code, got.failures)
		}
		want := "2. Verify OTP (creates session) | Status code is 200 | expected response to have status code 200 but got 400"
		if got.failures[0] != want {
			t.Errorf("first failure %q, want %q", got.failures[0], want)
		}
		// everything after step 2 fails as it would against the real API: no session, no code, no token
		for _, f := range got.failures {
			if strings.HasPrefix(f, "1. ") {
				t.Errorf("step 1 should pass: %s", f)
			}
		}
		if !strings.Contains(strings.Join(got.failures, "\n"), "4. Exchange Token (get access token) | Status code is 200") {
			t.Errorf("the token exchange should fail too: %v", got.failures)
		}
	})
}

func TestReusedAuthorizationCode(t *testing.T) {
	srv, _ := contioServer(t, otp)
	exported := filepath.Join(t.TempDir(), "after.json")
	r, _ := runPartner(t, "", srv.URL, "--env-var", "otp_code="+otp, "--export-collection", exported)
	if r.code != 0 {
		t.Fatalf("first run exit %d", r.code)
	}
	// run step 4 again with the captured, already used code
	report := filepath.Join(t.TempDir(), "again.json")
	r2 := courier(t, "", "run", exported, "-e", partnerEnv, "--env-var", "base_url="+srv.URL,
		"--folder", "4. Exchange Token (get access token)", "-r", "json", "--reporter-json-export", report)
	got := outcome(t, r2.code, report)
	want := []string{
		"4. Exchange Token (get access token) | Status code is 200 | expected response to have status code 200 but got 400",
	}
	if r2.code != 1 || len(got.failures) == 0 || got.failures[0] != want[0] {
		t.Errorf("exit %d, failures %v", r2.code, got.failures)
	}
	data, _ := os.ReadFile(report)
	var rep struct {
		Run struct {
			Executions []struct {
				Response struct {
					Stream struct{ Data []int } `json:"stream"`
				} `json:"response"`
			} `json:"executions"`
		} `json:"run"`
	}
	json.Unmarshal(data, &rep)
	var body []byte
	if len(rep.Run.Executions) > 0 {
		for _, b := range rep.Run.Executions[0].Response.Stream.Data {
			body = append(body, byte(b))
		}
	}
	if !strings.Contains(string(body), `"error":"invalid_grant"`) {
		t.Errorf("the response should be an invalid_grant error, got %s", body)
	}
}
