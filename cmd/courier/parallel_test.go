package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	mrand "math/rand/v2"
	"time"

	"github.com/courier-run/courier/internal/bench"
	"github.com/courier-run/courier/internal/contiomock"
)

// unstable are the json report's members that differ between two runs of
// the same collection: times, random refs and ids (items without an id get
// a new one each run), and what is derived from them.
var unstable = map[string]bool{"ref": true, "httpRequestId": true, "execution": true, "checksum": true,
	"timestamp": true, "responseTime": true, "timings": true, "id": true, "_postman_id": true,
	"started": true, "completed": true, "_lastExecutionId": true}

// stableReport is a json report with what differs between runs blanked.
func stableReport(t *testing.T, path, base string) map[string]any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if base != "" {
		// the server's address (each Contio run has a stand-in of its own)
		b = bytes.ReplaceAll(b, []byte(strings.TrimPrefix(base, "http://")), []byte("BASE"))
		b = bytes.ReplaceAll(b, []byte(strings.TrimPrefix(base, "http://127.0.0.1")), []byte("BASE"))
		if i := strings.LastIndexByte(base, ':'); i >= 0 {
			b = bytes.ReplaceAll(b, []byte(`"`+base[i+1:]+`"`), []byte(`"PORT"`))
		}
	}
	var v map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var walk func(v any) any
	walk = func(v any) any {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				switch {
				case unstable[k]:
					x[k] = "~"
				case k == "value" && (x["key"] == "Postman-Token" || x["key"] == "Date" || x["key"] == "date"):
					x[k] = "~"
				default:
					x[k] = walk(e)
				}
			}
		case []any:
			for i, e := range x {
				x[i] = walk(e)
			}
		}
		return v
	}
	walk(v)
	return v
}

func sameJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	g, _ := json.MarshalIndent(got, "", " ")
	w, _ := json.MarshalIndent(want, "", " ")
	gl, wl := strings.Split(string(g), "\n"), strings.Split(string(w), "\n")
	for i := range min(len(gl), len(wl)) {
		if gl[i] != wl[i] {
			lo := max(0, i-8)
			t.Fatalf("%s differs at line %d:\n got: %s\nwant: %s\ncontext (got):\n%s", what, i, gl[i], wl[i], strings.Join(gl[lo:min(len(gl), i+3)], "\n"))
		}
	}
	t.Fatalf("%s differs in length: %d lines, want %d", what, len(gl), len(wl))
}

// runReport runs courier with a json report and returns the report,
// stable, and the result.
func runReport(t *testing.T, args ...string) (map[string]any, result) {
	t.Helper()
	return runReportAt(t, "", args...)
}

// runReportAt is runReport against the server at base.
func runReportAt(t *testing.T, base string, args ...string) (map[string]any, result) {
	t.Helper()
	report := filepath.Join(t.TempDir(), "r.json")
	r := courier(t, "", append(args, "-r", "cli,json", "--reporter-json-export", report)...)
	if r.code > 1 {
		t.Fatalf("courier %v: exit %d\n%s\n%s", args, r.code, r.stdout, r.stderr)
	}
	return stableReport(t, report, base), r
}

func runOf(report map[string]any) map[string]any { return report["run"].(map[string]any) }

// checkUnitReports runs the collection sequentially, with --parallel 4 (with
// and without --parallel-folders) and as three shards one after another:
// the parallel runs' json reports are the sequential run's, and the
// shards' executions and failures, concatenated in shard order, are its
// executions and failures.
func checkUnitReports(t *testing.T, args ...string) {
	t.Helper()
	want, seq := runReport(t, args...)
	for _, extra := range [][]string{{"--parallel", "4"}, {"--parallel", "4", "--parallel-folders"}} {
		t.Run(strings.Join(extra, " "), func(t *testing.T) {
			got, r := runReport(t, append(args, extra...)...)
			if r.code != seq.code {
				t.Errorf("exit %d, sequential %d", r.code, seq.code)
			}
			sameJSON(t, "report", got, want)
		})
	}
	for _, folders := range []bool{false, true} {
		t.Run(fmt.Sprintf("3 shards, folders %v", folders), func(t *testing.T) {
			execs, failures := []any{}, []any{}
			dir := t.TempDir()
			var files []string
			for i := 1; i <= 3; i++ {
				extra := []string{"--shard", fmt.Sprintf("%d/3", i)}
				if folders {
					extra = append(extra, "--parallel-folders")
				}
				files = append(files, filepath.Join(dir, fmt.Sprintf("s%d.json", i)))
				r := courier(t, "", append(append(args, extra...), "-r", "json", "--reporter-json-export", files[i-1])...)
				if r.code != seq.code {
					t.Fatalf("shard %d/3: exit %d, sequential %d\n%s", i, r.code, seq.code, r.stderr)
				}
				got := stableReport(t, files[i-1], "")
				run := runOf(got)
				if e, ok := run["executions"].([]any); ok {
					execs = append(execs, e...)
				}
				if f, ok := run["failures"].([]any); ok {
					failures = append(failures, f...)
				}
				sameJSON(t, "collection", got["collection"], want["collection"])
			}
			wr := runOf(want)
			wantFailures, _ := wr["failures"].([]any)
			sameJSON(t, "executions", execs, wr["executions"])
			sameJSON(t, "failures", failures, wantFailures)
			// and courier merge makes them the sequential run's report
			merged := filepath.Join(dir, "merged.json")
			if r := courier(t, "", append(append([]string{"merge"}, files...), "-r", "json", "--reporter-json-export", merged)...); r.code != seq.code {
				t.Fatalf("merge: exit %d, sequential %d\n%s", r.code, seq.code, r.stderr)
			}
			sameJSON(t, "merged report", stableReport(t, merged, ""), want)
		})
	}
}

// The generated bench collection (scripts, three assertions a request),
// three iterations.
func TestParallelBenchCollectionReports(t *testing.T) {
	srv := httptest.NewServer(bench.Handler())
	t.Cleanup(srv.Close)
	coll := writeTemp(t, "bench.json", string(bench.Collection(6, true)))
	checkUnitReports(t, "run", coll, "-n", "3", "--env-var", "base="+srv.URL)
}

// contioEpoch is the deterministic stand-ins' time (now: the collection
// checks that tokens have not expired by the real clock).
var contioEpoch = time.Now().Truncate(time.Second)

// deterministicContio is the Contio stand-in with a fixed clock and a
// seeded source for its OTPs, tokens and ids: two runs of the same
// requests against two such servers (or of the same requests in the same
// order against one) get the same answers.
func deterministicContio(t *testing.T) *httptest.Server {
	t.Helper()
	cfg := contiomock.DefaultConfig()
	cfg.OTP = otp
	cfg.Clock = func() time.Time { return contioEpoch }
	cfg.Issuer = "http://contio.test" // not each server's own address (signed into ID tokens)
	cfg.Rand = mrand.NewChaCha8([32]byte{'c', 'o', 'u', 'r', 'i', 'e', 'r'})
	srv := httptest.NewServer(contiomock.New(cfg))
	t.Cleanup(srv.Close)
	return srv
}

// The Contio partner collection against its stand-in: its folders depend
// on each other (the OAuth flow's tokens), so it is one unit an iteration
// and --parallel-folders is not for it; and the stand-in keeps one OTP
// session per e-mail address, so two of its iterations at once interfere
// on the server (a new OTP voids the other's): --parallel runs it one
// iteration, and the shards of two iterations run one after another
// against one server, as CI's would against the vendor's. The stand-in
// is deterministic here and --seed makes the collection's Math.random
// (its OAuth state) reproducible, so the whole json reports are compared
// (times, generated ids and the server's address aside): --parallel 4's with the
// sequential run's, and the 3 shards' merged by courier merge with the
// sequential two-iteration run's.
func TestParallelPartnerCollectionReports(t *testing.T) {
	args := func(srv *httptest.Server, extra ...string) []string {
		return append([]string{"run", partnerCollection, "-e", partnerEnv, "--env-var", "base_url=" + srv.URL, "--env-var", "otp_code=" + otp, "--seed", "7"}, extra...)
	}
	srv := deterministicContio(t)
	want, seq := runReportAt(t, srv.URL, args(srv)...)
	if n := len(runOf(want)["executions"].([]any)); seq.code != 0 || n != 27 {
		t.Fatalf("sequential run exit %d, %d executions\n%s", seq.code, n, seq.stdout)
	}
	srv = deterministicContio(t)
	got, r := runReportAt(t, srv.URL, args(srv, "--parallel", "4")...)
	if r.code != 0 {
		t.Errorf("--parallel 4: exit %d", r.code)
	}
	sameJSON(t, "--parallel 4 report", got, want)

	// one iteration is one unit: shard 1/3 runs it, 2/3 and 3/3 are empty
	checkMergedShards(t, want, 3, func(i int, srv *httptest.Server) []string {
		return args(srv, "--shard", fmt.Sprintf("%d/3", i))
	})

	// Two iterations are two units, which do not share cookies or
	// collection variables: the second iteration's first requests send no
	// session cookie and its requests' descriptions show the variables
	// unset (the documented difference), so those are compared in outline.
	srv = deterministicContio(t)
	want, seq = runReportAt(t, srv.URL, args(srv, "-n", "2")...)
	if n := len(runOf(want)["executions"].([]any)); seq.code != 0 || n != 54 {
		t.Fatalf("sequential run of 2 iterations: exit %d, %d executions", seq.code, n)
	}
	merged := checkMergedShards(t, nil, 3, func(i int, srv *httptest.Server) []string {
		return args(srv, "-n", "2", "--shard", fmt.Sprintf("%d/3", i))
	})
	sameJSON(t, "3 shards' outline", outline(merged), outline(want))
	sameJSON(t, "3 shards' stats", runOf(merged)["stats"], runOf(want)["stats"])
}

// checkMergedShards runs n shards (args(i, srv) for shard i) one after
// another against one deterministic Contio stand-in, merges their json
// reports with courier merge and, when want is given, checks the merged
// report is want; it returns the merged report.
func checkMergedShards(t *testing.T, want map[string]any, n int, args func(i int, srv *httptest.Server) []string) map[string]any {
	t.Helper()
	srv := deterministicContio(t)
	dir := t.TempDir()
	var shards []string
	for i := 1; i <= n; i++ {
		out := filepath.Join(dir, fmt.Sprintf("s%d.json", i))
		r := courier(t, "", append(args(i, srv), "-r", "json", "--reporter-json-export", out)...)
		if r.code != 0 {
			t.Fatalf("shard %d/%d: exit %d\n%s", i, n, r.code, r.stderr)
		}
		shards = append(shards, out)
	}
	merged := filepath.Join(dir, "merged.json")
	if r := courier(t, "", append(append([]string{"merge"}, shards...), "-r", "json", "--reporter-json-export", merged)...); r.code != 0 {
		t.Fatalf("merge: exit %d\n%s", r.code, r.stderr)
	}
	m := stableReport(t, merged, srv.URL)
	if want != nil {
		sameJSON(t, fmt.Sprintf("%d shards merged", n), m, want)
	}
	return m
}

// outline is what a run report says of each execution: the item, cursor,
// method, status and assertions.
func outline(report map[string]any) []string {
	run := runOf(report)
	var out []string
	execs, _ := run["executions"].([]any)
	for _, x := range execs {
		ex := x.(map[string]any)
		item := ex["item"].(map[string]any)
		cur := ex["cursor"].(map[string]any)
		line := fmt.Sprintf("%v [%v %v/%v of %v] %v", item["name"], cur["iteration"], cur["position"], cur["length"], cur["cycles"],
			ex["request"].(map[string]any)["method"])
		if resp, ok := ex["response"].(map[string]any); ok {
			line += fmt.Sprintf(" %v", resp["code"])
		}
		as, _ := ex["assertions"].([]any)
		for _, a := range as {
			a := a.(map[string]any)
			line += fmt.Sprintf(" | %v", a["assertion"])
			if e, ok := a["error"].(map[string]any); ok {
				line += fmt.Sprintf(" (%v)", e["message"])
			}
		}
		out = append(out, line)
	}
	return out
}

// What a run in units cannot do is a one-line usage error (exit 2).
func TestParallelUsageErrors(t *testing.T) {
	coll := collectionFile(t, `"item":[{"name":"r","request":"http://127.0.0.1:1/"}]`)
	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{[]string{"--parallel", "0"}, "option --parallel: between 1 and 1024"},
		{[]string{"--parallel", "2", "--export-environment", "e.json"}, "--export-environment cannot be combined with --parallel"},
		{[]string{"--shard", "1/2", "--export-cookie-jar", "j.json"}, "--export-cookie-jar cannot be combined"},
		{[]string{"--parallel", "2", "--prompt", "otp"}, "--prompt cannot be combined"},
		{[]string{"--parallel-folders", "--folder", "A"}, "--parallel-folders cannot be combined with --folder"},
		{[]string{"--shard", "3/2"}, "--shard 3/2: the index must be between 1 and 2"},
		{[]string{"--shard", "auto"}, "--shard auto: no CI shard variables are set"},
		{[]string{"--shard-total", "3"}, "--shard-total and --shard-timings need --shard"},
		{[]string{"--shard", "1/2", "--shard-total", "3"}, "--shard-total goes with --shard auto"},
		{[]string{"--shard", "1/2", "--shard-timings", "/nonexistent/r.json"}, "--shard-timings: open /nonexistent/r.json"},
	} {
		r := courier(t, "", append([]string{"run", coll}, tt.args...)...)
		if r.code != 2 || !strings.Contains(r.stderr, tt.msg) || strings.Count(strings.TrimSpace(r.stderr), "\n") > 0 {
			t.Errorf("%v: exit %d, stderr %q, want %q", tt.args, r.code, r.stderr, tt.msg)
		}
	}
}

// An empty shard still writes its reports (a run of nothing).
func TestParallelEmptyShard(t *testing.T) {
	srv := httptest.NewServer(bench.Handler())
	t.Cleanup(srv.Close)
	coll := writeTemp(t, "bench.json", string(bench.Collection(2, false)))
	got, r := runReport(t, "run", coll, "--env-var", "base="+srv.URL, "--shard", "2/2")
	if r.code != 0 || !strings.Contains(r.stderr, "shard 2/2 has nothing to run (the run has 1 units; --parallel-folders makes each top-level folder one)") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if execs, _ := runOf(got)["executions"].([]any); len(execs) != 0 {
		t.Errorf("%d executions", len(execs))
	}
}
