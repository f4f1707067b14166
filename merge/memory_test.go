package merge

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/reporters"
)

// 8 reports of 10,000 executions each merge in bounded memory: json
// (spooled to a file, as the CLI does), junit and html (its summary and
// failures: rendering 80,000 executions takes long and little memory), in a process of
// its own (this test binary run again, with the courier binary's GC
// settings) whose peak heap (sampled every 5 ms) and peak RSS are
// measured; the limit is on the heap.
const memLimit = 150 << 20

func TestMergeMemory(t *testing.T) {
	if testing.Short() || raceEnabled {
		// the race detector inflates memory and time: run it without
		// (go test ./merge -run TestMergeMemory)
		t.Skip("merges 280 MB of reports; not with -short or -race")
	}
	srv := server(t)
	var items []string
	for i := 0; i < 20; i++ {
		items = append(items, fmt.Sprintf(`{"id":"r%d","name":"request %d","request":{"method":"GET","url":"%s/r%d?i={{n}}"},"event":[{"listen":"test","script":{"exec":["pm.test(\"ok\", function () { pm.response.to.have.status(200); });"]}}]}`, i, i, srv.URL, i))
	}
	doc := `{"info":{"_postman_id":"mem","name":"Memory","schema":"` + collections.SchemaV210 + `"},"item":[` + strings.Join(items, ",") + `]}`
	c, err := collections.Decode("mem.json", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	data := make([]int, 50)
	for i := range data {
		data[i] = i
	}
	dir := t.TempDir()
	// courier runs 1,000 executions (20 requests, 50 iterations); each
	// shard's report has them ten times over, iterations renumbered, as
	// shards split by iteration write them: shard k has iterations
	// 500k … 500k+499
	one := run(t, c, rows(data...), nil, func(cur *events.Cursor) { cur.Cycles = 4000 })
	if n := len(one.summary.Executions); n != 1000 {
		t.Fatalf("%d executions, want 1000", n)
	}
	start := bytes.Index(one.json, []byte(`"executions": [`)) + len(`"executions": [`)
	end := bytes.LastIndex(one.json, []byte("\n    ],\n    \"transfers\""))
	if start < len(`"executions": [`) || end < start {
		t.Fatal("no executions in the report")
	}
	execs := one.json[start:end]
	iteration := regexp.MustCompile(`"iteration": (\d+)`)
	renumber := func(b []byte, by int) []byte {
		return iteration.ReplaceAllFunc(b, func(m []byte) []byte {
			n, _ := strconv.Atoi(string(m[len(`"iteration": `):]))
			return []byte(`"iteration": ` + strconv.Itoa(n+by))
		})
	}
	var paths []string
	for shard := 0; shard < 8; shard++ {
		var report bytes.Buffer
		report.Write(one.json[:start])
		for k := 0; k < 10; k++ {
			if k > 0 {
				report.WriteByte(',')
			}
			report.Write(renumber(execs, shard*500+k*50))
		}
		report.Write(renumber(one.json[end:], shard*500))
		p := filepath.Join(dir, fmt.Sprintf("shard%d.json", shard+1))
		if err := os.WriteFile(p, report.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	// headers kept (html without --reporter-html-omit-headers) is the
	// largest case; without them the peak is about 80 MiB
	for _, headers := range []bool{true} {
		heap, rss := mergeInChild(t, paths, headers)
		t.Logf("merging 8 × 10,000 executions (json, junit, html; headers kept: %v): peak heap %d MiB, peak RSS %d MiB", headers, heap>>20, rss>>20)
		if heap > memLimit {
			t.Errorf("headers kept: %v: peak heap %d MiB, want at most %d MiB", headers, heap>>20, memLimit>>20)
		}
	}
}

// mergeInChild runs TestMergeMemoryChild on the reports and returns its
// peak heap and peak RSS.
func mergeInChild(t *testing.T, paths []string, headers bool) (heap, rss int64) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestMergeMemoryChild$", "-test.v")
	cmd.Env = append(os.Environ(), "COURIER_MERGE_MEM_CHILD="+strings.Join(paths, string(os.PathListSeparator)))
	if headers {
		cmd.Env = append(cmd.Env, "COURIER_MERGE_MEM_HEADERS=1")
	}
	outb, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, outb)
	}
	heap, rss = -1, -1
	for _, line := range strings.Split(string(outb), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "peak-heap "); ok {
			heap, _ = strconv.ParseInt(v, 10, 64)
		}
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "peak-rss "); ok {
			rss, _ = strconv.ParseInt(v, 10, 64)
		}
		if strings.HasPrefix(line, "took ") {
			t.Log(line)
		}
	}
	if heap < 0 {
		t.Fatalf("child printed no peak:\n%s", outb)
	}
	return heap, rss
}

// TestMergeMemoryChild is TestMergeMemory's merging process.
func TestMergeMemoryChild(t *testing.T) {
	list := os.Getenv("COURIER_MERGE_MEM_CHILD")
	if list == "" {
		t.Skip("run by TestMergeMemory")
	}
	// the GC settings the courier binary runs with (cmd/courier/main.go)
	debug.SetMemoryLimit(96 << 20)
	debug.SetGCPercent(200)
	var peak uint64
	var mu sync.Mutex
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			mu.Lock()
			peak = max(peak, ms.HeapAlloc)
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	var reports []Report
	for _, p := range strings.Split(list, string(os.PathListSeparator)) {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		reports = append(reports, Report{Name: filepath.Base(p), R: bufio.NewReader(f)})
	}
	dir := t.TempDir()
	out, err := os.Create(filepath.Join(dir, "merged.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	spool, err := os.CreateTemp(dir, "spool")
	if err != nil {
		t.Fatal(err)
	}
	defer spool.Close()
	t0 := time.Now()
	res, err := Merge(reports, Options{JSON: out, Spool: spool, Executions: true, Headers: os.Getenv("COURIER_MERGE_MEM_HEADERS") != ""})
	if err != nil {
		t.Fatal(err)
	}

	if n := len(res.Summary.Executions); n != 80000 {
		t.Fatalf("%d executions, want 80000", n)
	}
	fmt.Printf("took merge %v\n", time.Since(t0))
	t0 = time.Now()
	if err := reporters.WriteJUnit(io.Discard, res.Summary, reporters.JUnitOptions{}); err != nil {
		t.Fatal(err)
	}
	fmt.Printf("took junit %v\n", time.Since(t0))
	t0 = time.Now()
	if err := reporters.WriteHTML(io.Discard, res.Summary, res.Info, reporters.HTMLOptions{OnlyFailures: true}); err != nil {
		t.Fatal(err)
	}
	fmt.Printf("took html %v\n", time.Since(t0))
	close(stop)
	<-done
	fmt.Printf("peak-heap %d\n", peak)
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
				fmt.Printf("peak-rss %d\n", kb<<10)
			}
		}
	}
}
