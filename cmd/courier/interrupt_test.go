package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/courier-run/courier/scripting"
)

// TestCourierSubprocess is courier itself when the test binary is started
// by subprocess (below); it is skipped otherwise.
func TestCourierSubprocess(t *testing.T) {
	raw := os.Getenv("COURIER_SUBPROCESS_ARGS")
	if raw == "" {
		t.Skip("only run as a subprocess")
	}
	var args []string
	if err := json.Unmarshal([]byte(raw), &args); err != nil {
		t.Fatal(err)
	}
	os.Args = append([]string{"courier"}, args...)
	main()
}

// subprocess starts courier as its own process.
func subprocess(t *testing.T, args ...string) (*exec.Cmd, io.Reader, *bytes.Buffer) {
	t.Helper()
	raw, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^TestCourierSubprocess$")
	cmd.Env = append(os.Environ(), "COURIER_SUBPROCESS_ARGS="+string(raw))
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	return cmd, stdout, &stderr
}

// catastrophic backtracks for longer than any test: without a bound on the
// match and on the run, the run hangs.
const catastrophic = `var m = /^(?=a)(a+)+$/.test('a'.repeat(40) + 'b'); pm.test('went on ' + m, function () {});`

func stuckCollection(t *testing.T) string {
	srv := echoServer(t)
	return collectionFile(t, `"item":[
	  {"name":"fine","request":"`+srv.URL+`/a","event":[{"listen":"test","script":{"exec":"pm.test('first', function () {});"}}]},
	  {"name":"stuck","request":"`+srv.URL+`/b","event":[{"listen":"test","script":{"exec":`+quoteJS(catastrophic)+`}}]},
	  {"name":"never","request":"`+srv.URL+`/c"}]`)
}

func quoteJS(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// checkReports checks that the json and junit reports were written, are
// valid, and hold the request that finished before the run stopped.
func checkReports(t *testing.T, jsonPath, junitPath, wantError string) {
	t.Helper()
	data, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatalf("json report not written: %v", err)
	}
	var rep struct {
		Run struct {
			Error *struct {
				Message string `json:"message"`
			} `json:"error"`
			Executions []struct {
				Item struct {
					Name string `json:"name"`
				} `json:"item"`
			} `json:"executions"`
		} `json:"run"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatalf("json report is not valid JSON: %v\n%.300s", err, data)
	}
	if rep.Run.Error == nil || !strings.Contains(rep.Run.Error.Message, wantError) {
		t.Errorf("json report's run error = %+v, want %q", rep.Run.Error, wantError)
	}
	if len(rep.Run.Executions) == 0 || rep.Run.Executions[0].Item.Name != "fine" {
		t.Errorf("json report's executions = %+v, want the finished request", rep.Run.Executions)
	}
	data, err = os.ReadFile(junitPath)
	if err != nil {
		t.Fatalf("junit report not written: %v", err)
	}
	var suites struct {
		XMLName xml.Name
	}
	if err := xml.Unmarshal(data, &suites); err != nil || suites.XMLName.Local != "testsuites" {
		t.Fatalf("junit report is not valid (%v):\n%.300s", err, data)
	}
	if !strings.Contains(string(data), "first") {
		t.Errorf("junit report lacks the finished request's test:\n%s", data)
	}
}

// A script stuck inside one built-in call (a backtracking match) does not
// keep --timeout from ending the run: the reports are written and courier
// exits 3 within the grace period.
func TestTimeoutAbandonsAStuckScript(t *testing.T) {
	// the match would give up after the process-wide bound; keep it short
	// so the abandoned goroutine does not outlive the test by much, but
	// longer than the timeout and the grace period
	scripting.SetMatchTimeout(4 * time.Second)
	defer scripting.SetMatchTimeout(30 * time.Second)
	coll := stuckCollection(t)
	dir := t.TempDir()
	jsonPath, junitPath := filepath.Join(dir, "r.json"), filepath.Join(dir, "r.xml")
	start := time.Now()
	r := courier(t, "", "run", coll, "--timeout", "500", "-r", "cli,json,junit",
		"--reporter-json-export", jsonPath, "--reporter-junit-export", junitPath)
	took := time.Since(start)
	if r.code != 3 {
		t.Fatalf("exit %d, want 3\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if took > 30*time.Second {
		t.Errorf("took %v", took)
	}
	if strings.Contains(r.stdout, "went on") || strings.Contains(r.stdout, "never") {
		t.Errorf("the run went on after the timeout:\n%s", r.stdout)
	}
	if !strings.Contains(r.stderr, "error: callback timed out: the run exceeded --timeout") {
		t.Errorf("stderr = %q", r.stderr)
	}
	checkReports(t, jsonPath, junitPath, "--timeout")
}

// SIGINT to a courier whose script is stuck in a backtracking match: courier
// exits 3 within the grace period with its reports written; SIGTERM too.
func TestSignalAbandonsAStuckScript(t *testing.T) {
	if testing.Short() {
		t.Skip("starts courier processes")
	}
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			coll := stuckCollection(t)
			dir := t.TempDir()
			jsonPath, junitPath := filepath.Join(dir, "r.json"), filepath.Join(dir, "r.xml")
			cmd, stdout, stderr := subprocess(t, "run", coll, "-r", "cli,json,junit",
				"--reporter-json-export", jsonPath, "--reporter-junit-export", junitPath)
			go func() { _, _ = io.Copy(io.Discard, stdout) }()
			// the stuck request's script is running by then (were it not,
			// the run would stop at once, which passes too)
			time.Sleep(1500 * time.Millisecond)
			start := time.Now()
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			took := time.Since(start)
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 3 {
				t.Fatalf("exit: %v, want status 3", err)
			}
			// the grace period is 2s; allow for a loaded machine
			if took > 15*time.Second {
				t.Errorf("took %v after the signal", took)
			}
			if !strings.Contains(stderr.String(), "error: the run was interrupted") {
				t.Errorf("stderr = %q", stderr)
			}
			checkReports(t, jsonPath, junitPath, "interrupted")
		})
	}
}

// A script that allocates past --max-script-memory is stopped with its own
// error, reported against its request; the next request runs and the
// process stays small.
func TestScriptMemoryBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a courier process")
	}
	srv := echoServer(t)
	coll := collectionFile(t, `"item":[
	  {"name":"bomb","request":"`+srv.URL+`/a","event":[{"listen":"test","script":{"exec":"let s = 'x'; while (true) s += s;"}}]},
	  {"name":"pusher","request":"`+srv.URL+`/b","event":[{"listen":"prerequest","script":{"exec":"let a = [], big = 'y'.repeat(1 << 20); while (true) a.push(big + a.length);"}}]},
	  {"name":"after","request":"`+srv.URL+`/c","event":[{"listen":"test","script":{"exec":"pm.test('still runs', function () { pm.response.to.have.status(200); });"}}]}]`)
	jsonPath := filepath.Join(t.TempDir(), "r.json")
	cmd, stdout, _ := subprocess(t, "run", coll, "--max-script-memory", "64MiB", "-r", "cli,json", "--reporter-json-export", jsonPath)
	out, _ := io.ReadAll(stdout)
	err := cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Fatalf("exit: %v, want status 1\n%s", err, out)
	}
	text := string(out)
	if strings.Count(text, "sandbox: script memory limit exceeded: the script allocated more than 64 MiB") != 2 ||
		!strings.Contains(text, "✓  still runs") || !strings.Contains(text, `inside "bomb"`) || !strings.Contains(text, `inside "pusher"`) {
		t.Errorf("output:\n%s", text)
	}
	// the doubling string can briefly hold three times the limit
	// (the race detector's shadow memory does not count)
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && !raceEnabled && ru.Maxrss > 400<<10 {
		t.Errorf("peak RSS %d MiB", ru.Maxrss>>10)
	}
	data, err := os.ReadFile(jsonPath)
	if err != nil || !json.Valid(data) {
		t.Fatalf("json report: %v", err)
	}
}

func TestMaxScriptMemoryFlag(t *testing.T) {
	coll := collectionFile(t, `"item":[]`)
	if r := courier(t, "", "run", coll, "--max-script-memory", "lots"); r.code != 2 || !strings.Contains(r.stderr, "--max-script-memory") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	for _, c := range []struct {
		n, want int64
	}{{-1, 0}, {0, -1}, {1 << 20, 1 << 20}} {
		if got := scriptMemoryLimit(c.n); got != c.want {
			t.Errorf("scriptMemoryLimit(%d) = %d, want %d", c.n, got, c.want)
		}
	}
	a, err := parseRunArgs([]string{coll, "--timeout", "5000"})
	if err != nil {
		t.Fatal(err)
	}
	if d := matchTimeout(a); d != 5*time.Second {
		t.Errorf("matchTimeout = %v, want the run's timeout", d)
	}
}
