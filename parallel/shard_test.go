package parallel

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/runner"
)

func TestParseShard(t *testing.T) {
	for in, want := range map[string]Shard{"1/1": {0, 1}, "2/3": {1, 3}, " 4/4 ": {3, 4}} {
		got, err := ParseShard(in)
		if err != nil || got != want {
			t.Errorf("%q: %v, %v", in, got, err)
		}
		if strings.TrimSpace(in) != got.String() {
			t.Errorf("%q prints as %q", in, got)
		}
	}
	for in, msg := range map[string]string{
		"3":      "want INDEX/TOTAL",
		"0/3":    "the index must be between 1 and 3",
		"4/3":    "the index must be between 1 and 3",
		"1/0":    "the total must be between 1 and 100000",
		"a/3":    "whole numbers",
		"1/3/4":  "whole numbers",
		"-1/3":   "the index must be between 1 and 3",
		"1/1e99": "whole numbers",
	} {
		if _, err := ParseShard(in); err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%q: %v, want %q", in, err, msg)
		}
	}
}

func FuzzParseShard(f *testing.F) {
	f.Add("2/3")
	f.Fuzz(func(t *testing.T, s string) {
		sh, err := ParseShard(s)
		if err == nil && (sh.Index < 0 || sh.Index >= sh.Total || sh.Total > maxShards) {
			t.Errorf("%q: %+v", s, sh)
		}
	})
}

func TestAutoShard(t *testing.T) {
	env := func(kv ...string) func(string) (string, bool) {
		m := map[string]string{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
	}
	tests := []struct {
		name   string
		lookup func(string) (string, bool)
		total  int
		want   Shard
		err    string
	}{
		{"GitLab is 1-based", env("CI_NODE_INDEX", "2", "CI_NODE_TOTAL", "4"), 0, Shard{1, 4}, ""},
		{"CircleCI is 0-based", env("CIRCLE_NODE_INDEX", "0", "CIRCLE_NODE_TOTAL", "3"), 0, Shard{0, 3}, ""},
		{"Buildkite is 0-based", env("BUILDKITE_PARALLEL_JOB", "4", "BUILDKITE_PARALLEL_JOB_COUNT", "5"), 0, Shard{4, 5}, ""},
		{"Kubernetes with --shard-total", env("JOB_COMPLETION_INDEX", "1"), 2, Shard{1, 2}, ""},
		{"Kubernetes without --shard-total", env("JOB_COMPLETION_INDEX", "1"), 0, Shard{}, "add --shard-total"},
		{"GitLab without the total", env("CI_NODE_INDEX", "1"), 0, Shard{}, "CI_NODE_TOTAL is not"},
		{"GitLab index 0 is out of range", env("CI_NODE_INDEX", "0", "CI_NODE_TOTAL", "2"), 0, Shard{}, "between 1 and 2"},
		{"CircleCI index = total", env("CIRCLE_NODE_INDEX", "3", "CIRCLE_NODE_TOTAL", "3"), 0, Shard{}, "between 0 and 2"},
		{"nothing set", env(), 3, Shard{}, "no CI shard variables are set"},
		{"an empty variable is not set", env("CI_NODE_INDEX", "", "CIRCLE_NODE_INDEX", "1", "CIRCLE_NODE_TOTAL", "2"), 0, Shard{1, 2}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, from, err := AutoShard(tt.lookup, tt.total)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want || from == "" {
				t.Errorf("%+v %q %v, want %+v", got, from, err, tt.want)
			}
		})
	}
}

func units(n int) []Unit {
	var out []Unit
	for i := range n {
		out = append(out, Unit{Collection: 0, Iteration: i, Top: -1})
	}
	return out
}

// Shards by count are consecutive, cover the plan once and differ in size
// by at most one.
func TestSplitByCount(t *testing.T) {
	for _, k := range []int{0, 1, 5, 7, 12} {
		for n := 1; n <= 8; n++ {
			var all []Unit
			lo, hi := k, 0
			for i := range n {
				s := SplitByCount(units(k), Shard{i, n})
				all = append(all, s...)
				lo, hi = min(lo, len(s)), max(hi, len(s))
			}
			if len(all) != k || (k > 0 && !reflect.DeepEqual(all, units(k))) || hi-lo > 1 {
				t.Errorf("%d units in %d shards: %v (sizes %d..%d)", k, n, all, lo, hi)
			}
		}
	}
}

// Shards by duration: longest first onto the least loaded shard.
func TestSplitByDurations(t *testing.T) {
	u := units(6)
	ms := func(v ...int) []time.Duration {
		var out []time.Duration
		for _, x := range v {
			out = append(out, time.Duration(x)*time.Millisecond)
		}
		return out
	}
	d := ms(100, 10, 10, 10, 60, 50)
	// longest first: 100 (u0) -> s0; 60 (u4) -> s1; 50 (u5) -> s1 (60 <
	// 100); 10 (u1) -> s0 (100 < 110); 10 (u2) -> s0 (a tie: the lower
	// index); 10 (u3) -> s1; each shard 120 ms
	var got []string
	for i := range 2 {
		got = append(got, fmt.Sprint(SplitByDurations(u, d, Shard{i, 2})))
	}
	want := []string{
		fmt.Sprint([]Unit{u[0], u[1], u[2]}),
		fmt.Sprint([]Unit{u[3], u[4], u[5]}),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

// Timings read from a json report give each unit its executions' times;
// units the report does not cover count as the mean.
func TestTimingsFromReport(t *testing.T) {
	report := `{"collection":{"info":{"_postman_id":"cid","name":"gen"},"item":[]},"environment":{},"run":{"stats":{},
	"executions":[
	 {"cursor":{"iteration":0,"position":0},"response":{"responseTime":100,"stream":{"type":"Buffer","data":[1,2]}}},
	 {"cursor":{"iteration":0,"position":1},"response":{"responseTime":20}},
	 {"cursor":{"iteration":0,"position":2},"requestError":{"code":"ECONNREFUSED"}},
	 {"cursor":{"iteration":1,"position":0},"response":{"responseTime":7}}
	],"failures":[]}}`
	tm, err := ReadTimings("r.json", strings.NewReader(report))
	if err != nil {
		t.Fatal(err)
	}
	if tm.CollectionID != "cid" || len(tm.Executions) != 4 || tm.Executions[0].Duration != 101*time.Millisecond {
		t.Fatalf("%+v", tm)
	}
	// top-level items: a folder of two requests, a request, a folder of one
	doc := `{"info":{"name":"gen","_postman_id":"cid","schema":"` + collections.SchemaV210 + `"},"item":[
	 {"name":"A","item":[{"name":"a1","request":"http://x/1"},{"name":"a2","request":"http://x/2"}]},
	 {"name":"r","request":"http://x/3"},
	 {"name":"C","item":[{"name":"c1","request":"http://x/4"}]}]}`
	c, err := collections.Decode("c.json", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	runs := []runner.Options{{Collection: c, Iterations: 2}}
	plan, _ := Plan(runs, Split{Iterations: true, Folders: true})
	got := UnitDurations(runs, plan, []*Timings{tm})
	ms := time.Millisecond
	// iteration 0: A = 101+21, r = 1, C = unknown; iteration 1: A = 8, others unknown
	known := []time.Duration{122 * ms, 1 * ms, 8 * ms}
	mean := (known[0] + known[1] + known[2]) / 3
	want := []time.Duration{122 * ms, 1 * ms, mean, 8 * ms, mean, mean}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("durations %v, want %v", got, want)
	}
	for _, bad := range []string{``, `[]`, `{"run":{"executions":{}}}`, `{"collection":{}}`, `{"run":{"executions":[{"cursor":"x"}]}}`} {
		if _, err := ReadTimings("bad.json", strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "bad.json") {
			t.Errorf("%q: %v", bad, err)
		}
	}
}
