package scripting

import (
	"context"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/dlclark/regexp2/v2"
)

// withMatchTimeout sets the regexp2 bound for one test.
func withMatchTimeout(t *testing.T, d time.Duration) {
	old := regexp2.DefaultMatchTimeout
	SetMatchTimeout(d)
	t.Cleanup(func() { regexp2.DefaultMatchTimeout = old })
}

// A backtracking regular expression (lookahead, backreference) runs in
// regexp2 inside one goja step: it ends with the script's timeout error,
// never as "no match" that the script goes on with.
func TestCatastrophicRegExpEndsWithScriptTimeout(t *testing.T) {
	withMatchTimeout(t, 300*time.Millisecond)
	for name, src := range map[string]string{
		"lookahead": `var m = /^(?=a)(a+)+$/.test('a'.repeat(40) + 'b');
			pm.test('went on after the match: ' + m, function () {});`,
		"backreference": `var m = /^(a+)+\1$/.test('a'.repeat(40) + 'b');
			pm.test('went on after the match: ' + m, function () {});`,
		"new RegExp in a timer": `setTimeout(function () {
				var m = new RegExp('^(?=a)(a+)+$').exec('a'.repeat(40) + 'b');
				pm.test('went on after the match: ' + m, function () {});
			}, 0);`,
	} {
		t.Run(name, func(t *testing.T) {
			h := newFakeHost()
			rt := New(h, Options{Lib: sharedLib})
			defer rt.Close()
			start := time.Now()
			res := runScripts(t, rt, h, 300*time.Millisecond, src)
			took := time.Since(start)
			got := summary(res)
			if !strings.Contains(got, "script execution timeout") || strings.Contains(got, "went on") {
				t.Fatalf("summary = %q, want only the script timeout", got)
			}
			if took > 20*time.Second {
				t.Fatalf("took %v", took)
			}
		})
	}
}

// Cancelling the run (a signal, --timeout) while a match backtracks ends it
// within the match bound.
func TestCatastrophicRegExpCancelled(t *testing.T) {
	withMatchTimeout(t, 300*time.Millisecond)
	h := newFakeHost()
	rt := New(h, Options{Lib: sharedLib, DefaultTimeout: time.Hour})
	defer rt.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	ex := &Execution{Event: "test", Request: testRequest(), Response: jsonResponse(200, "OK", `{}`),
		Scripts: []Script{{Source: `/^(?=a)(a+)+$/.test('a'.repeat(40) + 'b'); pm.test('went on', function () {});`}}}
	res, err := rt.Run(ctx, ex)
	if err == nil {
		t.Fatalf("Run returned no error after cancellation: %s", summary(res))
	}
	if strings.Contains(summary(res), "went on") {
		t.Fatalf("the script went on: %s", summary(res))
	}
}

func TestJSONStringifyDepthLimit(t *testing.T) {
	const deep = `var o = {}; for (var i = 0; i < 1e5; i++) o = {a: o};`
	cases := []struct{ name, src, want string }{
		{"stringify", deep + `try { JSON.stringify(o); } catch (e) { pm.test(e.constructor.name + ': ' + e.message + ' ' + (e instanceof RangeError), function () {}); }`,
			"PASS RangeError: Maximum call stack size exceeded true\n"},
		{"arrays", `var a = []; for (var i = 0; i < 1e5; i++) a = [a]; JSON.stringify(a);`,
			"ERROR JSONError: Maximum call stack size exceeded\n"},
		{"environment set", deep + `pm.environment.set('x', o); pm.test('went on', function () {});`,
			// kept by reference and converted when the script ends, as Newman keeps it
			"PASS went on\nERROR RangeError: Maximum call stack size exceeded\n"},
		{"visualizer", deep + `pm.visualizer.set('t', o); pm.test('went on', function () {});`,
			"ERROR RangeError: Maximum call stack size exceeded\n"},
		{"just under the limit", `var o = {}; for (var i = 0; i < 5000; i++) o = {a: o}; pm.test('length ' + JSON.stringify(o).length, function () {});`,
			"PASS length 30002\n"},
		{"wide and shared", `var s = {x: [1, 2, {y: 3}]}; var a = []; for (var i = 0; i < 20000; i++) a.push(s);
			pm.test('ok ' + JSON.stringify(a).length, function () {});`,
			"PASS ok 400001\n"},
		{"shared values are walked once", `var d = [1]; for (var i = 0; i < 60; i++) d = [d, d];
			var o = {}; for (var i = 0; i < 20000; i++) o = {a: o};
			try { JSON.stringify([d, o]); } catch (e) { pm.test(e.message, function () {}); }`,
			"PASS Maximum call stack size exceeded\n"},
		{"circular still a TypeError", `var o = {}; o.self = o; for (var i = 0; i < 5000; i++) o = {a: o}; try { JSON.stringify(o); } catch (e) { pm.test(String(e instanceof TypeError), function () {}); }`,
			"PASS true\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newFakeHost()
			start := time.Now()
			got := summary(runOne(t, h, "test", c.src, jsonResponse(200, "OK", `{}`)))
			if got != c.want {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Fatalf("took %v", d)
			}
		})
	}
}

func TestStringLengthCap(t *testing.T) {
	cases := []struct{ src, want string }{
		{`'x'.repeat(Math.pow(2, 29))`, "RangeError: Invalid string length"},
		{`'xy'.repeat(Math.pow(2, 28))`, "RangeError: Invalid string length"},
		{`'x'.repeat(Infinity)`, "RangeError: Invalid count value: Infinity"},
		{`'x'.repeat(-1)`, "RangeError: Invalid count value: -1"},
		{`'x'.padStart(Math.pow(2, 29))`, "RangeError: Invalid string length"},
		{`'x'.padEnd(Math.pow(2, 30), 'ab')`, "RangeError: Invalid string length"},
	}
	for _, c := range cases {
		h := newFakeHost()
		got := summary(runOne(t, h, "test", `try { `+c.src+`; pm.test('no error', function () {}); } catch (e) { pm.test(e.name + ': ' + e.message, function () {}); }`, nil))
		if got != "PASS "+c.want+"\n" {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
	h := newFakeHost()
	got := summary(runOne(t, h, "test", `pm.test([ 'ab'.repeat(3), 'x'.padStart(3, 'ab'), 'x'.padEnd(3), ''.repeat(1e10).length,
		'x'.padStart(1e10, ''), String.prototype.repeat.name, String.prototype.repeat.length, JSON.stringify.name, JSON.stringify({a: [1]}),
		Object.keys(String.prototype).length,
		JSON.stringify(Object.getOwnPropertyDescriptor(String.prototype, 'padEnd'), ['writable', 'enumerable', 'configurable']) ].join('|'), function () {});`, nil))
	if want := "PASS ababab|abx|x  |0|x|repeat|1|stringify|{\"a\":[1]}|0|{\"writable\":true,\"enumerable\":false,\"configurable\":true}\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A script whose allocations pass the memory limit is interrupted with its
// own error, what it held is freed, and the next script runs.
func TestScriptMemoryLimit(t *testing.T) {
	const limit = 32 << 20
	for name, src := range map[string]string{
		"string doubling":  `let s = 'x'; while (true) s += s;`,
		"array of strings": `let a = [], big = 'x'.repeat(1 << 20); while (true) a.push(big + a.length);`,
		"in a timer":       `let a = []; setTimeout(function f() { for (let i = 0; i < 8; i++) a.push('y'.repeat(1 << 20) + a.length); setTimeout(f, 0); }, 0);`,
	} {
		t.Run(name, func(t *testing.T) {
			h := newFakeHost()
			rt := New(h, Options{Lib: sharedLib, MemoryLimit: limit})
			defer rt.Close()
			start := time.Now()
			res := runScripts(t, rt, h, 20*time.Second, src, `pm.test('next script', function () {});`)
			want := "ERROR RangeError: sandbox: script memory limit exceeded: the script allocated more than 32 MiB\n"
			if got := summary(res); !strings.HasPrefix(got, want) {
				t.Fatalf("summary = %q, want %q", got, want)
			}
			if d := time.Since(start); d > 15*time.Second {
				t.Fatalf("took %v", d)
			}
			// the runtime is still usable and the heap is back
			next := runIn(t, rt, "test", `pm.test('after', function () {});`, jsonResponse(200, "OK", `{}`))
			if got := summary(next); got != "PASS after\n" {
				t.Fatalf("next execution: %q", got)
			}
			// Other tests' goroutines (a script past its grace period on a
			// loaded machine) can still hold memory for a moment: the heap
			// must come back within a few collections, not at the first.
			var ms goruntime.MemStats
			for try := 0; ; try++ {
				goruntime.GC()
				goruntime.ReadMemStats(&ms)
				if ms.HeapAlloc <= 3*limit {
					break
				}
				if try == 20 {
					t.Fatalf("heap still holds %d MiB after the script ended", ms.HeapAlloc>>20)
				}
				time.Sleep(100 * time.Millisecond)
			}
		})
	}
}

// Garbage is not live memory: a script that makes much more garbage than the
// limit but keeps little runs to its end. It runs at the default limit: the
// watchdog believes a collection that found half the limit live (so that a
// doubling string is caught before it doubles again), and what is allocated
// while a collection marks counts as live in it, so a small limit on a
// loaded machine (slow marking) can take fast garbage for kept values; at
// the default it takes 128 MiB allocated within one mark.
func TestScriptMemoryLimitGarbage(t *testing.T) {
	h := newFakeHost()
	rt := New(h, Options{Lib: sharedLib, MemoryLimit: DefaultMemoryLimit})
	defer rt.Close()
	// a first script builds what the runtime makes on first use (its live
	// heap is the runtime's, not the script's)
	runScripts(t, rt, h, 60*time.Second, `let w = 'x'.repeat(8) + 1; pm.test('warm ' + w.length, function () {});`)
	res := runScripts(t, rt, h, 60*time.Second, `let big = 'x'.repeat(1 << 20), n = 0; for (let i = 0; i < 1024; i++) { let t = big + i; n += t.length; } pm.test('made ' + (n >> 20) + ' MiB', function () {});`)
	if got := summary(res); got != "PASS made 1024 MiB\n" {
		t.Fatalf("summary = %q", got)
	}
}

// BenchmarkMemoryWatchStart is what the memory watchdog adds to every
// script: one heap reading and a timer.
func BenchmarkMemoryWatchStart(b *testing.B) {
	w := &watchdog{}
	w.mem.limit = DefaultMemoryLimit
	for i := 0; i < b.N; i++ {
		w.mu.Lock()
		w.armed = true
		w.startMemory()
		w.armed = false
		w.mu.Unlock()
		w.stopMemory()
	}
}
