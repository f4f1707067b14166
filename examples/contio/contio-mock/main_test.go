package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestRunServesUntilCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	var stderr bytes.Buffer
	exit := make(chan int, 1)
	go func() {
		exit <- run(ctx, []string{"--addr", "127.0.0.1:0", "--otp", "654321", "--rate-limit", "2"}, pw, &stderr)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("reading the first line: %v", err)
	}
	base, ok := strings.CutPrefix(strings.TrimSpace(line), "listening on http://127.0.0.1:")
	if !ok || base == "" || base == "0" {
		t.Fatalf("first line = %q, want listening on http://127.0.0.1:<port>", line)
	}
	url := "http://127.0.0.1:" + base

	post := func(path, body string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest("POST", url+path, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.SetBasicAuth("demo-partner-client", "demo-partner-secret")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	if resp := post("/auth/initiate", `{"email":"a@example.com"}`); resp.StatusCode != 200 {
		t.Fatalf("initiate: %d", resp.StatusCode)
	}
	resp, err := http.Get(url + "/_mock/mailbox?email=a@example.com")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `"codes":["654321"]`) {
		t.Errorf("mailbox = %s, want the --otp code", body)
	}
	// the mailbox subcommand prints the newest code, or nothing yet
	for email, want := range map[string]string{"a@example.com": "654321\n", "nobody@example.com": ""} {
		var out, errb bytes.Buffer
		if code := run(ctx, []string{"mailbox", "--url", url, "--email", email}, &out, &errb); code != 0 || out.String() != want {
			t.Errorf("mailbox %s: exit %d, printed %q, want %q (stderr %s)", email, code, out.String(), want, errb.String())
		}
	}
	var out, errb bytes.Buffer
	if code := run(ctx, []string{"mailbox", "--url", "http://127.0.0.1:1", "--email", "a@example.com"}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "contio-mock mailbox:") {
		t.Errorf("mailbox of no server: exit %d, stderr %q", code, errb.String())
	}
	if code := run(ctx, []string{"mailbox", "--url", url}, &out, &errb); code != 2 {
		t.Errorf("mailbox without --email: exit %d", code)
	}
	// --rate-limit 2: the third OAuth request is refused.
	post("/auth/initiate", `{"email":"a@example.com"}`)
	if resp := post("/auth/initiate", `{"email":"a@example.com"}`); resp.StatusCode != 429 {
		t.Errorf("third OAuth request: %d, want 429", resp.StatusCode)
	}

	cancel()
	select {
	case code := <-exit:
		if code != 0 {
			t.Errorf("exit code %d, stderr %s", code, stderr.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("run did not return after cancel")
	}
	if !strings.Contains(stderr.String(), "contio-mock: stopped") {
		t.Errorf("stderr = %q", stderr.String())
	}
}

func TestRunRejectsBadFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"short otp", []string{"--otp", "123"}, 2},
		{"letters in otp", []string{"--otp", "12345a"}, 2},
		{"unknown flag", []string{"--port", "1"}, 2},
		{"extra argument", []string{"serve"}, 2},
		{"bad address", []string{"--addr", "127.0.0.1:notaport"}, 1},
		{"help", []string{"-h"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if got := run(context.Background(), tc.args, &out, &errOut); got != tc.want {
				t.Errorf("exit %d, want %d (stderr %q)", got, tc.want, errOut.String())
			}
			if out.Len() != 0 {
				t.Errorf("stdout = %q, want nothing", out.String())
			}
		})
	}
}
