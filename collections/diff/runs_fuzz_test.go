package diff

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
)

// encodeRun writes r as a json run report (the fields ParseRun reads).
func encodeRun(t *testing.T, r *Run) []byte {
	t.Helper()
	type obj = map[string]any
	execs := []any{}
	for _, e := range r.Executions {
		x := obj{"cursor": obj{"iteration": e.Iteration}, "item": obj{"name": e.Name}}
		if e.Code != 0 || e.Status != "" || e.HasTime {
			resp := obj{"code": e.Code, "status": e.Status}
			if e.HasTime {
				resp["responseTime"] = e.Time
			}
			x["response"] = resp
		}
		var as []any
		for _, a := range e.Assertions {
			ao := obj{"assertion": a.Name, "skipped": a.Skipped}
			if a.Failed {
				ao["error"] = obj{"name": "AssertionError", "message": a.Message}
			}
			as = append(as, ao)
		}
		if as != nil {
			x["assertions"] = as
		}
		for _, se := range e.ScriptErrors {
			key := se.Event + "Script" // prerequestScript, testScript
			runs, _ := x[key].([]any)
			x[key] = append(runs, obj{"error": obj{"name": se.Name, "message": se.Message}})
		}
		execs = append(execs, x)
	}
	var fails []any
	for _, f := range r.Failures {
		fails = append(fails, obj{"at": f.At, "source": obj{"name": f.Source}, "cursor": obj{"iteration": f.Iteration},
			"error": obj{"name": f.Name, "message": f.Message}})
	}
	run := obj{"executions": execs, "failures": fails}
	if r.Stats != nil {
		run["stats"] = r.Stats
	}
	if r.Error != nil {
		run["error"] = r.Error
	}
	b, err := json.Marshal(obj{"run": run})
	if err != nil {
		t.Fatalf("encoding %+v: %v", r, err)
	}
	return b
}

// FuzzParseRun: the report reader of `courier diff --runs` turns any input
// into a run or a *collections.Error naming the file (exit code 2); a run
// written out again reads back the same; a run compared with itself has no
// changes (whatever the thresholds), and every comparison prints in each
// format.
func FuzzParseRun(f *testing.F) {
	for _, name := range []string{"testdata/runs/courier-old.json"} {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"run":{"executions":[{"item":{"name":"A"},"response":{"code":200,"status":"OK","responseTime":0},` +
		`"assertions":[{"assertion":"a","skipped":true},{"assertion":"a","error":{"message":"m"}}]},{"item":{"name":"A"}}],` +
		`"failures":[{"at":"request","error":{"name":"Error","message":"x"}},{"at":"assertion:0 in test-script","source":{"name":"A"}}]}}`))
	f.Add([]byte(`{"run":{"stats":{"requests":{"total":2,"failed":1}},"error":{"message":"bail"},"executions":[{"item":{"name":"A"},` +
		`"prerequestScript":[{"error":{"name":"TypeError","message":"x"}}],"testScript":[{},{"error":{"name":"Error","message":"y"}}]}]}}`))
	f.Add([]byte(`{"run":{"stats":[1],"error":"text","executions":[{"testScript":{"error":1},"prerequestScript":null}]}}`))
	f.Add([]byte("\ufeff{\"run\":{\"executions\":[{\"cursor\":{\"iteration\":-1},\"response\":{\"responseTime\":1e308}}]}}"))
	f.Add([]byte(`{"run":{"executions":[{"cursor":{"iteration":1.5}}]}}`))
	f.Add([]byte(`{"run":{"executions":null}} x`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ParseRun("r.json", data)
		if err != nil {
			var ce *collections.Error
			if !errors.As(err, &ce) || ce.ExitCode() != 2 || !strings.HasPrefix(err.Error(), "r.json") || strings.Contains(err.Error(), "\n") {
				t.Fatalf("error %T %q: not a one-line *collections.Error naming the file", err, err)
			}
			return
		}
		back, err := ParseRun("back.json", encodeRun(t, r))
		if err != nil || !reflect.DeepEqual(back, r) {
			t.Fatalf("run %+v written out reads back as %+v, %v", r, back, err)
		}
		for _, opts := range []RunOptions{DefaultRunOptions(), {}} {
			if res := Runs(r, r, opts); !res.Identical() || res.ExitCode(nil) != 0 {
				t.Fatalf("run compared with itself (%+v): %+v", opts, res.Changes)
			}
		}
		empty := &Run{}
		for _, res := range []*RunResult{Runs(empty, r, DefaultRunOptions()), Runs(r, empty, DefaultRunOptions())} {
			added := 0
			for _, c := range res.Changes {
				if c.Kind == KindRequestAdded || c.Kind == KindRequestRemoved {
					added++
				}
			}
			if added != len(r.Executions) {
				t.Fatalf("%d requests added or removed, want %d", added, len(r.Executions))
			}
			for _, format := range []Format{FormatText, FormatMarkdown, FormatJSON} {
				var b bytes.Buffer
				if err := res.Write(&b, WriteOptions{Format: format}); err != nil {
					t.Fatalf("%s: %v", format, err)
				}
				if format == FormatJSON && !json.Valid(b.Bytes()) {
					t.Fatalf("json output is not JSON: %s", b.Bytes())
				}
			}
		}
	})
}
