package diff

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/courier-run/courier/collections"
)

func TestParseRunErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want string // the error's text
	}{
		{name: "empty", data: "  \n", want: "r.json: file is empty"},
		{name: "syntax", data: "{\n  \"run\": {,\n}", want: "r.json:2:11: invalid JSON: invalid character ',' looking for beginning of object key string"},
		{name: "truncated", data: "{\"run\": {\"executions\": [", want: "r.json:1:25: invalid JSON: unexpected end of file"},
		{name: "trailing data", data: "{\"run\": {\"executions\": []}} {}", want: "r.json:1:29: invalid JSON: unexpected data after the top-level value"},
		{name: "array at the top", data: "[1]", want: "r.json: expected an object, got a JSON array"},
		{name: "executions is an object", data: `{"run": {"executions": {}}}`, want: "r.json: run.executions: expected an array, got a JSON object"},
		{name: "name is a number", data: `{"run": {"executions": [{"item": {"name": 7}}]}}`, want: "r.json: run.executions.item.name: expected a string, got a JSON number"},
		{name: "a collection, not a report", data: `{"info": {"name": "x"}, "item": []}`, want: "r.json: run.executions: not a run report: missing run.executions (expected the output of newman's or courier's json reporter, -r json)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRun("r.json", []byte(tt.data))
			if err == nil {
				t.Fatal("no error")
			}
			var ce *collections.Error
			if !errors.As(err, &ce) || ce.ExitCode() != 2 {
				t.Errorf("%T is not a *collections.Error", err)
			}
			if err.Error() != tt.want {
				t.Errorf("got  %q\nwant %q", err.Error(), tt.want)
			}
		})
	}
}

func TestParseRunFields(t *testing.T) {
	data := `{"run": {"executions": [
		{"cursor": {"iteration": 1}, "item": {"name": "A"},
		 "response": {"code": 201, "status": "Created", "responseTime": 12.5},
		 "assertions": [{"assertion": "ok", "skipped": false},
		                {"assertion": "bad", "skipped": false, "error": {"name": "AssertionError", "message": "nope"}},
		                {"assertion": "later", "skipped": true}]},
		{"item": {"name": "B"}}],
	  "failures": [
		{"at": "assertion:1 in test-script", "source": {"name": "A"}, "cursor": {"iteration": 1}, "error": {"name": "AssertionError", "message": "nope"}},
		{"at": "request", "source": {"name": "B"}, "error": {"name": "Error", "message": "connect ECONNREFUSED"}}]}}`
	r, err := ParseRun("r.json", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := &Run{
		Executions: []Execution{
			{Name: "A", Iteration: 1, Code: 201, Status: "Created", HasTime: true, Time: 12.5, Assertions: []Assertion{
				{Name: "ok"}, {Name: "bad", Failed: true, Message: "nope"}, {Name: "later", Skipped: true}}},
			{Name: "B"},
		},
		Failures: []Failure{{Source: "B", At: "request", Name: "Error", Message: "connect ECONNREFUSED"}},
	}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("got  %+v\nwant %+v", r, want)
	}
}

func TestRunTimeThreshold(t *testing.T) {
	run := func(ms float64) *Run {
		return &Run{Executions: []Execution{{Name: "A", HasTime: true, Time: ms}}}
	}
	tests := []struct {
		old, new float64
		opts     RunOptions
		want     string // kind, "" for none
	}{
		{old: 100, new: 149, opts: DefaultRunOptions(), want: ""},        // +49 ms
		{old: 100, new: 200, opts: DefaultRunOptions(), want: "slower"},  // +100 ms, +100%
		{old: 300, new: 420, opts: DefaultRunOptions(), want: ""},        // +120 ms but +40%
		{old: 300, new: 450, opts: DefaultRunOptions(), want: "slower"},  // +150 ms, +50%
		{old: 2, new: 90, opts: DefaultRunOptions(), want: ""},           // +4400% but +88 ms
		{old: 1000, new: 400, opts: DefaultRunOptions(), want: "faster"}, // -600 ms, -60%
		{old: 1000, new: 600, opts: DefaultRunOptions(), want: ""},       // -40%
		{old: 100, new: 111, opts: RunOptions{TimeThreshold: 0.1, MinTimeDelta: 10 * time.Millisecond}, want: "slower"},
		{old: 100, new: 109, opts: RunOptions{TimeThreshold: 0.1, MinTimeDelta: 5 * time.Millisecond}, want: ""},
		// found by FuzzParseRun: with --time-threshold 0 --time-min 0 an
		// unchanged time was reported as "slower: 120 ms → 120 ms, +0%"
		{old: 120, new: 120, opts: RunOptions{}, want: ""},
		{old: 120, new: 120.5, opts: RunOptions{}, want: "slower"},
		{old: 0, new: 0, opts: RunOptions{}, want: ""},
	}
	for _, tt := range tests {
		r := Runs(run(tt.old), run(tt.new), tt.opts)
		got := ""
		if len(r.Changes) > 0 {
			got = r.Changes[0].Kind
		}
		if got != tt.want {
			t.Errorf("%v ms → %v ms with %+v: %q, want %q", tt.old, tt.new, tt.opts, got, tt.want)
		}
	}
}

func TestRunAssertionStates(t *testing.T) {
	ex := func(as ...Assertion) *Run { return &Run{Executions: []Execution{{Name: "A", Assertions: as}}} }
	pass := func(n string) Assertion { return Assertion{Name: n} }
	fail := func(n string) Assertion { return Assertion{Name: n, Failed: true, Message: "boom"} }
	skip := func(n string) Assertion { return Assertion{Name: n, Skipped: true} }
	tests := []struct {
		name     string
		old, new *Run
		want     []string // "kind assertion old new"
	}{
		{"started failing", ex(pass("a")), ex(fail("a")), []string{"started-failing a passed failed"}},
		{"started passing", ex(fail("a")), ex(pass("a")), []string{"started-passing a failed passed"}},
		{"skipped", ex(pass("a")), ex(skip("a")), []string{"skip-changed a passed skipped"}},
		{"skipped to failing", ex(skip("a")), ex(fail("a")), []string{"started-failing a skipped failed"}},
		{"appeared and disappeared", ex(pass("a")), ex(pass("b")), []string{"assertion-added b <nil> passed", "assertion-removed a passed <nil>"}},
		{"duplicate names pair in order", ex(pass("a"), pass("a")), ex(pass("a"), fail("a")), []string{"started-failing a passed failed"}},
		{"unchanged", ex(pass("a"), skip("b")), ex(pass("a"), skip("b")), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Runs(tt.old, tt.new, DefaultRunOptions()).Changes {
				got = append(got, c.Kind+" "+c.Assertion+" "+show(c.Old)+" "+show(c.New))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func show(v any) string {
	if v == nil {
		return "<nil>"
	}
	return v.(string)
}

func TestParsers(t *testing.T) {
	if got, err := ParseClasses("removed, AUTH,url,"); err != nil || !reflect.DeepEqual(got, []Class{ClassRemoved, ClassAuth, ClassURL}) {
		t.Errorf("ParseClasses = %v, %v", got, err)
	}
	for _, bad := range []string{"", ",", "removed,nope", "failing"} {
		if _, err := ParseClasses(bad); err == nil {
			t.Errorf("ParseClasses(%q): no error", bad)
		}
	}
	if got, err := ParseRunClasses("failing,time"); err != nil || !reflect.DeepEqual(got, []RunClass{RunFailing, RunTime}) {
		t.Errorf("ParseRunClasses = %v, %v", got, err)
	}
	if _, err := ParseRunClasses("url"); err == nil {
		t.Error("ParseRunClasses(url): no error")
	}
	for in, want := range map[string]float64{"50%": 0.5, "50": 0.5, " 12.5% ": 0.125, "0": 0, "200%": 2} {
		if got, err := ParsePercent(in); err != nil || got != want {
			t.Errorf("ParsePercent(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "%", "-5%", "fast", "NaN"} {
		if _, err := ParsePercent(bad); err == nil {
			t.Errorf("ParsePercent(%q): no error", bad)
		}
	}
	for in, want := range map[string]Format{"text": FormatText, "": FormatText, "md": FormatMarkdown, "Markdown": FormatMarkdown, "json": FormatJSON} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("html"); err == nil {
		t.Error("ParseFormat(html): no error")
	}
}

func TestExitCode(t *testing.T) {
	r := &Result{Changes: []Change{{Kind: Changed, Class: ClassURL}, {Kind: Added, Class: ClassHeaders}}}
	tests := []struct {
		failOn []Class
		want   int
	}{
		{nil, 1},
		{[]Class{ClassURL}, 1},
		{[]Class{ClassRemoved, ClassHeaders}, 1},
		{[]Class{ClassRemoved, ClassAuth}, 0},
	}
	for _, tt := range tests {
		if got := r.ExitCode(tt.failOn); got != tt.want {
			t.Errorf("ExitCode(%v) = %d, want %d", tt.failOn, got, tt.want)
		}
	}
	empty := &Result{}
	if empty.ExitCode(nil) != 0 || empty.ExitCode([]Class{ClassURL}) != 0 {
		t.Error("an empty result must exit 0")
	}
}

// Found by FuzzParseRun: the third execution of a request in an iteration
// (a setNextRequest loop) got the second one's key, so a run compared with
// itself matched the second against the third; a third identical error
// likewise counted as the second.
func TestRunRepeatedExecutions(t *testing.T) {
	r := &Run{Executions: []Execution{
		{Name: "poll"},
		{Name: "poll", Assertions: []Assertion{{Name: "ready"}}},
		{Name: "poll", Code: 200},
	}}
	if res := Runs(r, r, DefaultRunOptions()); !res.Identical() {
		t.Errorf("run compared with itself: %+v", res.Changes)
	}
	boom := Failure{Source: "poll", At: "request", Name: "Error", Message: "boom"}
	old := &Run{Executions: r.Executions, Failures: []Failure{boom, boom, boom}}
	new := &Run{Executions: r.Executions, Failures: []Failure{boom, boom}}
	res := Runs(old, new, DefaultRunOptions())
	if len(res.Changes) != 1 || res.Changes[0].Kind != KindErrorRemoved {
		t.Errorf("three errors then two: %+v, want one error-removed", res.Changes)
	}
}

// TestParseRunStatsAndScriptErrors: run.stats, run.error and each
// execution's script errors are read for the differential tests; a value of
// another shape is left out, never an error (diff --runs does not compare them).
func TestParseRunStatsAndScriptErrors(t *testing.T) {
	r, err := ParseRun("r.json", []byte(`{"run": {
	  "stats": {"requests": {"total": 2, "failed": 1}, "assertions": {"total": 3, "failed": 0}},
	  "error": {"name": "Error", "message": "callback timed out"},
	  "executions": [
	    {"item": {"name": "a"},
	     "prerequestScript": [{"error": {"name": "ReferenceError", "message": "x is not defined"}}],
	     "testScript": [{}, {"error": {"name": "TypeError", "message": "y is undefined"}}, {"error": null}]},
	    {"item": {"name": "b"}}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]Count{"requests": {2, 1}, "assertions": {3, 0}}; !reflect.DeepEqual(r.Stats, want) {
		t.Errorf("stats %+v, want %+v", r.Stats, want)
	}
	if r.Error == nil || r.Error.Message != "callback timed out" {
		t.Errorf("error %+v, want callback timed out", r.Error)
	}
	want := []ScriptError{{"prerequest", "ReferenceError", "x is not defined"}, {"test", "TypeError", "y is undefined"}}
	if !reflect.DeepEqual(r.Executions[0].ScriptErrors, want) || r.Executions[1].ScriptErrors != nil {
		t.Errorf("script errors %+v, %+v; want %+v, none", r.Executions[0].ScriptErrors, r.Executions[1].ScriptErrors, want)
	}

	odd, err := ParseRun("r.json", []byte(`{"run": {"stats": [1], "error": "text",
	  "executions": [{"item": {"name": "a"}, "testScript": {"error": 1}, "prerequestScript": [{"error": "x"}]}]}}`))
	if err != nil {
		t.Fatalf("odd shapes of the leniently read parts: %v", err)
	}
	if odd.Stats != nil || odd.Error != nil || odd.Executions[0].ScriptErrors != nil || odd.Executions[0].Name != "a" {
		t.Errorf("odd shapes read as %+v", odd)
	}
}
