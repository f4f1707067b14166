// Command corpus-compare runs every collection of a corpus through Newman
// and through courier against the local stand-in (internal/corpus) and
// prints, per collection and in total, how many assertions agree, then the
// differences grouped by signature.
//
//	corpus-compare -corpus DIR -newman PATH -courier PATH [-out DIR] [-only REGEXP]
//	               [-newman-runs 2] [-timeout 120s] [-json FILE] [-examples 3]
//
// Each folder of DIR is one case (see corpus.LoadCase). Both runners get the
// same arguments: the collection, its environment, globals and data file when
// present, the folder's args, --env-var for base-URL variables nobody defines
// (corpus.BaseVariables), -k, request and script timeouts and a json report;
// and the same environment: HTTP_PROXY and HTTPS_PROXY pointing at a fresh
// stand-in, NO_PROXY empty, TZ=UTC. Newman runs -newman-runs times; assertion
// slots on which its runs disagree are left out of the figure and counted as
// unstable.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/courier-run/courier/internal/corpus"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

type result struct {
	Name        string              `json:"name"`
	Newman      *corpus.Run         `json:"newman"`
	Courier     *corpus.Run         `json:"courier"`
	Comparison  corpus.Comparison   `json:"comparison"`
	UnstableRun bool                `json:"unstableRun,omitempty"`
	Wire        []corpus.Difference `json:"wire,omitempty"`
	NewmanSecs  float64             `json:"newmanSecs"`
	CourierSecs float64             `json:"courierSecs"`
	EnvVars     map[string]string   `json:"envVars,omitempty"`
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("corpus-compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("corpus", "/work/corpus/c", "folder with one sub-folder per collection")
	newman := fs.String("newman", "/work/oracles/node_modules/.bin/newman", "Newman 6.2.2")
	courier := fs.String("courier", "/tmp/courier-corpus", "courier binary")
	out := fs.String("out", "", "folder for the reports and logs (default: a temporary folder)")
	only := fs.String("only", "", "run only cases whose name matches this regexp")
	newmanRuns := fs.Int("newman-runs", 2, "Newman runs per case; slots on which they disagree are unstable")
	timeout := fs.Duration("timeout", 120*time.Second, "limit for one runner on one case")
	jsonOut := fs.String("json", "", "write every case's runs and differences to this file")
	examples := fs.Int("examples", 3, "example differences shown per signature")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	var filter *regexp.Regexp
	if *only != "" {
		var err error
		if filter, err = regexp.Compile(*only); err != nil {
			fmt.Fprintf(stderr, "corpus-compare: -only: %v\n", err)
			return 2
		}
	}
	if *out == "" {
		d, err := os.MkdirTemp("", "corpus-out-")
		if err != nil {
			fmt.Fprintln(stderr, "corpus-compare:", err)
			return 1
		}
		*out = d
	}
	entries, err := os.ReadDir(*dir)
	if err != nil {
		fmt.Fprintln(stderr, "corpus-compare:", err)
		return 2
	}
	var results []result
	fmt.Fprintf(stdout, "%-40s %7s %7s %7s %6s %8s %8s\n", "collection", "newman", "agree", "total", "unstab", "newman s", "courier s")
	for _, e := range entries {
		if !e.IsDir() || (filter != nil && !filter.MatchString(e.Name())) {
			continue
		}
		c, ok := corpus.LoadCase(filepath.Join(*dir, e.Name()))
		if !ok {
			continue
		}
		r := runCase(c, *newman, *courier, filepath.Join(*out, c.Name), *newmanRuns, *timeout)
		results = append(results, r)
		nA := 0
		if r.Newman != nil {
			for _, x := range r.Newman.Executions {
				nA += len(x.Assertions)
			}
		}
		mark := ""
		if r.Comparison.Agree != r.Comparison.Total || len(r.Comparison.Differences) > 0 {
			mark = " *"
		}
		if r.UnstableRun {
			mark += " (unstable run: left out)"
		}
		fmt.Fprintf(stdout, "%-40s %7d %7d %7d %6d %8.1f %8.1f%s\n", trunc(c.Name, 40), nA, r.Comparison.Agree, r.Comparison.Total, r.Comparison.Unstable, r.NewmanSecs, r.CourierSecs, mark)
	}
	summarize(stdout, results, *examples)
	fmt.Fprintf(stdout, "\nreports and logs: %s\n", *out)
	if *jsonOut != "" {
		b, _ := json.MarshalIndent(results, "", "  ")
		if err := os.WriteFile(*jsonOut, b, 0o644); err != nil {
			fmt.Fprintln(stderr, "corpus-compare:", err)
			return 1
		}
	}
	return 0
}

func trunc(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}

func runCase(c corpus.Case, newman, courier, out string, newmanRuns int, timeout time.Duration) result {
	r := result{Name: c.Name}
	_ = os.MkdirAll(out, 0o755)
	doc, err := os.ReadFile(filepath.Join(c.Dir, c.Collection))
	if err != nil {
		r.Comparison = corpus.Compare(nil, nil, nil)
		return r
	}
	defined := map[string]bool{}
	for _, f := range []string{c.Env, c.Globals} {
		if f != "" {
			if b, err := os.ReadFile(filepath.Join(c.Dir, f)); err == nil {
				for k := range corpus.DefinedIn(b) {
					defined[k] = true
				}
			}
		}
	}
	r.EnvVars = corpus.BaseVariables(doc, defined)
	examples, _ := corpus.LoadExamples(doc)

	args := []string{"run", c.Collection}
	if c.Env != "" {
		args = append(args, "-e", c.Env)
	}
	if c.Globals != "" {
		args = append(args, "-g", c.Globals)
	}
	if c.Data != "" {
		args = append(args, "-d", c.Data)
	}
	args = append(args, c.Args...)
	keys := make([]string, 0, len(r.EnvVars))
	for k := range r.EnvVars {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		args = append(args, "--env-var", k+"="+r.EnvVars[k])
	}
	args = append(args, "-k", "--timeout-request", "15000", "--timeout-script", "15000", "-r", "json")

	var newmanRunsOut []*corpus.Run
	for i := 0; i < max(newmanRuns, 1); i++ {
		name := "newman"
		if i > 0 {
			name = fmt.Sprintf("newman%d", i+1)
		}
		run, secs, log := runOne(newman, c.Dir, args, filepath.Join(out, name), examples, timeout)
		if i == 0 {
			r.NewmanSecs = secs
		}
		writeExchanges(filepath.Join(out, name+".exchanges.json"), log)
		newmanRunsOut = append(newmanRunsOut, run)
		if i == 0 {
			r.Newman = run
		}
	}
	unstable := map[string]bool{}
	for _, other := range newmanRunsOut[1:] {
		u, whole := corpus.UnstableSlots(newmanRunsOut[0], other)
		if whole {
			r.UnstableRun = true
		}
		for k := range u {
			unstable[k] = true
		}
	}
	cr, secs, clog := runOne(courier, c.Dir, args, filepath.Join(out, "courier"), examples, timeout)
	r.Courier, r.CourierSecs = cr, secs
	writeExchanges(filepath.Join(out, "courier.exchanges.json"), clog)
	if r.UnstableRun {
		r.Comparison = corpus.Comparison{}
		return r
	}
	r.Comparison = corpus.Compare(r.Newman, r.Courier, unstable)
	nlog := readExchanges(filepath.Join(out, "newman.exchanges.json"))
	r.Wire = corpus.CompareExchanges(nlog, clog)
	return r
}

func writeExchanges(path string, log []corpus.Exchange) {
	b, _ := json.MarshalIndent(log, "", "  ")
	_ = os.WriteFile(path, b, 0o644)
}

func readExchanges(path string) []corpus.Exchange {
	var log []corpus.Exchange
	b, err := os.ReadFile(path)
	if err == nil {
		_ = json.Unmarshal(b, &log)
	}
	return log
}

// runOne runs one runner on one case against a fresh stand-in and reduces
// its json report; the report, stdout and stderr are kept under base.*.
func runOne(bin, dir string, args []string, base string, ex *corpus.Examples, timeout time.Duration) (*corpus.Run, float64, []corpus.Exchange) {
	st, err := corpus.NewStandin(ex)
	if err != nil {
		return &corpus.Run{ExitCode: -1, Error: err.Error()}, 0, nil
	}
	defer st.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return &corpus.Run{ExitCode: -1, Error: err.Error()}, 0, nil
	}
	go func() { _ = st.Serve(ln) }()
	proxy := "http://" + ln.Addr().String()

	report := base + ".json"
	_ = os.Remove(report)
	full := append(append([]string{}, args...), "--reporter-json-export", report)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, full...)
	cmd.Dir = dir
	cmd.Env = runnerEnv(proxy)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	start := time.Now()
	err = cmd.Run()
	secs := time.Since(start).Seconds()
	_ = os.WriteFile(base+".stdout", so.Bytes(), 0o644)
	_ = os.WriteFile(base+".stderr", se.Bytes(), 0o644)
	code := 0
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else {
			code = -1
		}
	}
	log := st.Log()
	if ctx.Err() != nil {
		return &corpus.Run{ExitCode: code, Error: fmt.Sprintf("timed out after %s", timeout)}, secs, log
	}
	data, rerr := os.ReadFile(report)
	if rerr != nil {
		msg := strings.TrimSpace(se.String())
		if msg == "" {
			msg = strings.TrimSpace(so.String())
		}
		return &corpus.Run{ExitCode: code, Error: firstLine(msg)}, secs, log
	}
	run, perr := corpus.ReduceReport(data, code)
	if perr != nil {
		return &corpus.Run{ExitCode: code, Error: perr.Error()}, secs, log
	}
	return run, secs, log
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 300 {
		s = s[:300]
	}
	return s
}

// runnerEnv is this process's environment with the proxy variables pointing
// at the stand-in and TZ fixed.
func runnerEnv(proxy string) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch strings.ToUpper(k) {
		case "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY", "TZ", "NODE_OPTIONS", "NO_COLOR", "FORCE_COLOR":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "HTTP_PROXY="+proxy, "HTTPS_PROXY="+proxy, "http_proxy="+proxy, "https_proxy="+proxy, "TZ=UTC", "NO_COLOR=1")
}

// summarize prints the totals and the differences grouped by signature,
// largest groups (by assertion slots) first.
func summarize(w io.Writer, results []result, examples int) {
	var total, agree, unstable, cases, unstableRuns, newmanAssertions int
	type group struct {
		sig      string
		count    int
		cases    map[string]bool
		examples []string
	}
	groups := map[string]*group{}
	for _, r := range results {
		if r.UnstableRun {
			unstableRuns++
			continue
		}
		cases++
		total += r.Comparison.Total
		agree += r.Comparison.Agree
		unstable += r.Comparison.Unstable
		if r.Newman != nil {
			for _, x := range r.Newman.Executions {
				newmanAssertions += len(x.Assertions)
			}
		}
		for _, d := range append(append([]corpus.Difference{}, r.Comparison.Differences...), r.Wire...) {
			sig := d.Signature()
			g := groups[sig]
			if g == nil {
				g = &group{sig: sig, cases: map[string]bool{}}
				groups[sig] = g
			}
			g.count++
			g.cases[r.Name] = true
			if len(g.examples) < examples {
				g.examples = append(g.examples, fmt.Sprintf("%s / %s [%d]\n        newman:  %s\n        courier: %s", r.Name, d.Item, d.Iteration, d.A, d.B))
			}
		}
	}
	pct := 100.0
	if total > 0 {
		pct = 100 * float64(agree) / float64(total)
	}
	fmt.Fprintf(w, "\n%d collections compared (%d left out: Newman's own runs disagree on which requests run); Newman ran %d assertions\n", cases, unstableRuns, newmanAssertions)
	fmt.Fprintf(w, "agreement: %d of %d assertion slots (%.2f%%); %d slots unstable between Newman runs, left out\n", agree, total, pct, unstable)
	var gs []*group
	for _, g := range groups {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool {
		if gs[i].count != gs[j].count {
			return gs[i].count > gs[j].count
		}
		return gs[i].sig < gs[j].sig
	})
	fmt.Fprintf(w, "\ndifferences by signature (%d groups):\n", len(gs))
	for _, g := range gs {
		names := make([]string, 0, len(g.cases))
		for n := range g.cases {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(w, "\n%4d× in %d collection(s) %s\n    %s\n", g.count, len(names), strings.Join(names, ", "), g.sig)
		for _, e := range g.examples {
			fmt.Fprintf(w, "      %s\n", e)
		}
	}
}
