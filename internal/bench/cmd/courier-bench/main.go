// Command courier-bench times courier against a plain Go HTTP loop and, when
// it is on PATH (or given with -newman), Newman, on the same loopback server
// in the same run, and prints the ratios. `make bench` runs it.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"github.com/courier-run/courier/internal/bench"
)

type result struct {
	wall   time.Duration
	maxRSS int64 // KiB
	err    error
}

func runCmd(name string, args ...string) result {
	cmd := exec.Command(name, args...)
	cmd.Stdout = io.Discard
	var stderr []byte
	pr, pw, _ := os.Pipe()
	cmd.Stderr = pw
	start := time.Now()
	err := cmd.Start()
	pw.Close()
	if err == nil {
		stderr, _ = io.ReadAll(pr)
		err = cmd.Wait()
	}
	r := result{wall: time.Since(start)}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			r.maxRSS = ru.Maxrss
		}
	}
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 1 {
			err = fmt.Errorf("exit 1 (a failure in the run): %s", stderr)
		} else {
			err = fmt.Errorf("%v: %s", err, stderr)
		}
	}
	r.err = err
	return r
}

func best(n int, f func() result) result {
	var b result
	for i := 0; i < n; i++ {
		r := f()
		if r.err != nil {
			return r
		}
		if i == 0 || r.wall < b.wall {
			b.wall = r.wall
		}
		b.maxRSS = max(b.maxRSS, r.maxRSS)
	}
	return b
}

func goLoop(base string, n int) result {
	client := &http.Client{}
	start := time.Now()
	for i := 0; i < n; i++ {
		req, _ := http.NewRequest("GET", fmt.Sprintf("%s/items/%d", base, i), nil)
		req.Header.Set("User-Agent", "PostmanRuntime/7.39.1")
		req.Header.Set("Accept", "*/*")
		resp, err := client.Do(req)
		if err != nil {
			return result{err: err}
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	return result{wall: time.Since(start)}
}

func main() {
	courier := flag.String("courier", "bin/courier", "courier binary")
	newman := flag.String("newman", "", "newman binary (default: newman on PATH, if any)")
	n := flag.Int("n", 1000, "requests per collection")
	big := flag.Int("big", 5000, "requests in the memory run (with scripts and the json report)")
	reps := flag.Int("reps", 3, "repetitions (best wall time is reported)")
	loopURL := flag.String("loop", "", "internal: run the plain Go HTTP loop against this base URL and exit")
	scale := flag.Bool("scale", true, "also time --parallel 1 vs 8 against a server that waits 20 ms per request, and check that 4 shards merged give the sequential run's stats")
	flag.Parse()
	if *loopURL != "" {
		if r := goLoop(*loopURL, *n); r.err != nil {
			fmt.Fprintln(os.Stderr, r.err)
			os.Exit(1)
		}
		return
	}
	if *newman == "" {
		if p, err := exec.LookPath("newman"); err == nil {
			*newman = p
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	srv := &http.Server{Handler: bench.Handler()}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()
	dir, _ := os.MkdirTemp("", "courier-bench")
	defer os.RemoveAll(dir)
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, data, 0o644)
		return p
	}
	plain := write("plain.json", bench.Collection(*n, false))
	scripted := write("scripted.json", bench.Collection(*n, true))
	one := write("one.json", bench.Collection(1, true))
	bigColl := write("big.json", bench.Collection(*big, true))
	env := "base=" + base
	fmt.Printf("courier-bench: %d requests against %s, %d-byte JSON body, best of %d\n\n", *n, base, len(bench.Body), *reps)

	// the plain Go loop runs as its own process too, so both sides pay the same process and loopback costs
	self, _ := os.Executable()
	loop := best(*reps, func() result { return runCmd(self, "-loop", base, "-n", fmt.Sprint(*n)) })
	report := func(label string, r result, ref result, refName string) {
		if r.err != nil {
			fmt.Printf("%-44s error: %v\n", label, r.err)
			return
		}
		line := fmt.Sprintf("%-44s %8.3fs  peak %6.1f MiB", label, r.wall.Seconds(), float64(r.maxRSS)/1024)
		if ref.wall > 0 && ref.err == nil {
			line += fmt.Sprintf("  %6.2fx %s", r.wall.Seconds()/ref.wall.Seconds(), refName)
		}
		fmt.Println(line)
	}
	report("plain Go HTTP loop (a process of its own)", loop, result{}, "")
	c1 := best(*reps, func() result { return runCmd(*courier, "run", plain, "--env-var", env, "--silent") })
	report("courier, no scripts", c1, loop, "of the Go loop")
	c2 := best(*reps, func() result { return runCmd(*courier, "run", scripted, "--env-var", env, "--silent") })
	report("courier, pre-request + 3-assertion test", c2, loop, "of the Go loop")
	c0 := best(*reps, func() result { return runCmd(*courier, "run", one, "--env-var", env, "--silent") })
	report("courier, one request (start-up)", c0, result{}, "")
	cb := best(1, func() result {
		return runCmd(*courier, "run", bigColl, "--env-var", env, "--silent", "-r", "json,junit", "--reporter-json-export", filepath.Join(dir, "big.json.out"), "--reporter-junit-export", filepath.Join(dir, "big.xml"))
	})
	report(fmt.Sprintf("courier, %d scripted requests + json/junit", *big), cb, result{}, "")
	if *scale {
		scaleOut(*courier, dir, report)
	}
	if *newman == "" {
		fmt.Println("\nnewman not found on PATH (npm install newman@6.2.2; pass -newman PATH): Newman ratios skipped")
		return
	}
	fmt.Println()
	n1 := best(1, func() result { return runCmd(*newman, "run", plain, "--env-var", env, "--silent") })
	report("newman, no scripts", n1, result{}, "")
	n2 := best(1, func() result { return runCmd(*newman, "run", scripted, "--env-var", env, "--silent") })
	report("newman, pre-request + 3-assertion test", n2, result{}, "")
	n0 := best(1, func() result { return runCmd(*newman, "run", one, "--env-var", env, "--silent") })
	report("newman, one request (start-up)", n0, result{}, "")
	fmt.Println()
	ratio := func(label string, nm, cr result) {
		if nm.err == nil && cr.err == nil && cr.wall > 0 {
			fmt.Printf("%-44s %6.1fx faster than Newman\n", label, nm.wall.Seconds()/cr.wall.Seconds())
		}
	}
	ratio("courier, no scripts", n1, c1)
	ratio("courier, pre-request + 3-assertion test", n2, c2)
	ratio("courier, one request (start-up)", n0, c0)
}

// scaleOut times --parallel 1 and 8 on 1000 requests (10 per iteration, 100
// iterations, scripted) against a server that waits 20 ms per request, and
// runs the same collection as 4 shards, one after another, merged with
// courier merge: its stats must be the sequential run's.
func scaleOut(courier, dir string, report func(string, result, result, string)) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("scale-out:", err)
		return
	}
	h := bench.Handler()
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(20 * time.Millisecond)
		h.ServeHTTP(w, r)
	})}
	go srv.Serve(ln)
	defer srv.Close()
	env := "base=http://" + ln.Addr().String()
	coll := filepath.Join(dir, "slow.json")
	os.WriteFile(coll, bench.Collection(10, true), 0o644)
	args := func(extra ...string) []string {
		return append([]string{"run", coll, "-n", "100", "--env-var", env, "--silent"}, extra...)
	}
	fmt.Println()
	seqJSON := filepath.Join(dir, "seq.json")
	p1 := runCmd(courier, args("--parallel", "1", "-r", "json", "--reporter-json-export", seqJSON)...)
	report("courier, 1000 scripted requests, 20 ms server, --parallel 1", p1, result{}, "")
	p8 := runCmd(courier, args("--parallel", "8")...)
	report("courier, same, --parallel 8", p8, p1, "of --parallel 1")
	if p1.err == nil && p8.err == nil && p8.wall > 0 {
		fmt.Printf("%-44s %6.1fx faster than --parallel 1\n", "courier, --parallel 8", p1.wall.Seconds()/p8.wall.Seconds())
	}
	// CPU-bound: the same scripted collection against a server that answers
	// at once; the speed-up per added core (runtime.NumCPU() cores here)
	fastLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err == nil {
		fast := &http.Server{Handler: bench.Handler()}
		go fast.Serve(fastLn)
		fastEnv := "base=http://" + fastLn.Addr().String()
		cpu := func(p int) result {
			return best(3, func() result {
				return runCmd(courier, "run", coll, "-n", "100", "--env-var", fastEnv, "--silent", "--parallel", fmt.Sprint(p))
			})
		}
		c1 := cpu(1)
		report("courier, 1000 scripted requests, CPU-bound, --parallel 1", c1, result{}, "")
		for p := 2; p <= runtime.NumCPU(); p *= 2 {
			cp := cpu(p)
			report(fmt.Sprintf("courier, same, --parallel %d", p), cp, c1, "of --parallel 1")
			if c1.err == nil && cp.err == nil && cp.wall > 0 {
				speedup := c1.wall.Seconds() / cp.wall.Seconds()
				fmt.Printf("%-44s %6.2fx faster than --parallel 1 (%.0f%% of ideal, %d cores)\n", fmt.Sprintf("courier, CPU-bound --parallel %d", p),
					speedup, 100*speedup/float64(p), runtime.NumCPU())
			}
		}
		fast.Close()
	}
	var shards []string
	for i := 1; i <= 4; i++ {
		out := filepath.Join(dir, fmt.Sprintf("shard%d.json", i))
		shards = append(shards, out)
		if r := runCmd(courier, args("--shard", fmt.Sprintf("%d/4", i), "-r", "json", "--reporter-json-export", out)...); r.err != nil {
			fmt.Println("shard", i, r.err)
			return
		}
	}
	merged := filepath.Join(dir, "merged.json")
	if r := runCmd(courier, append(append([]string{"merge"}, shards...), "-r", "json", "--reporter-json-export", merged, "--silent")...); r.err != nil {
		fmt.Println("merge:", r.err)
		return
	}
	stats := func(p string) string {
		b, _ := os.ReadFile(p)
		var rep struct {
			Run struct {
				Stats json.RawMessage `json:"stats"`
			} `json:"run"`
		}
		json.Unmarshal(b, &rep)
		var c bytes.Buffer
		json.Compact(&c, rep.Run.Stats)
		return c.String()
	}
	if a, b := stats(seqJSON), stats(merged); a == b && a != "" {
		fmt.Println("4 shards run one after another and merged: the same stats as the sequential run")
	} else {
		fmt.Printf("4 shards merged: stats DIFFER from the sequential run\n  sequential %s\n  merged     %s\n", a, b)
	}
}
