package main

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/courier-run/courier/internal/bench"
)

// BenchmarkOneRequestRun is courier's start-up as `make bench` times it,
// in-process: `courier run` of a one-request collection with a pre-request
// and a 3-assertion test script against a loopback server (each run a new
// script library, as in a new process; only Go's process start and the
// package-level tables read once per process are not in it). make profile
// profiles it.
func BenchmarkOneRequestRun(b *testing.B) {
	srv := httptest.NewServer(bench.Handler())
	defer srv.Close()
	coll := filepath.Join(b.TempDir(), "one.json")
	if err := os.WriteFile(coll, bench.Collection(1, true), 0o644); err != nil {
		b.Fatal(err)
	}
	args := []string{"run", coll, "--env-var", "base=" + srv.URL, "--silent"}
	run := func() {
		var out, errb bytes.Buffer
		e := &env{stdin: bytes.NewReader(nil), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
			now: time.Now, isTTY: func(any) bool { return false }}
		if code := Main(context.Background(), args, e); code != 0 {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
	}
	run()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		run()
	}
}
