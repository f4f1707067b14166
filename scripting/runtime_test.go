package scripting

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// runScripts runs several scripts as one test execution and returns the
// summary and the console.
func runScripts(t *testing.T, rt Runtime, h *fakeHost, timeout time.Duration, srcs ...string) *Result {
	t.Helper()
	ex := &Execution{
		Event:    "test",
		Item:     Item{ID: "rid-1", Name: "R1"},
		Request:  testRequest(),
		Response: jsonResponse(200, "OK", `{"id":7}`),
		Timeout:  timeout,
	}
	for i, s := range srcs {
		ex.Scripts = append(ex.Scripts, Script{Source: s, Location: "request R1", ID: "s" + string(rune('0'+i))})
	}
	res, err := rt.Run(context.Background(), ex)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return res
}

func TestRuntimeExecutionModel(t *testing.T) {
	cases := []struct {
		name        string
		scripts     []string
		timeout     time.Duration
		wantSummary string
		wantConsole string
	}{
		{
			name: "top-level declarations stay in their script",
			scripts: []string{
				`var a = 1; function f() {} let b = 2; const c = 3;`,
				`pm.test("var " + typeof a + " fn " + typeof f + " let " + typeof b + " const " + typeof c);`,
			},
			wantSummary: "PASS var undefined fn undefined let undefined const undefined\n",
		},
		{
			name: "implicit globals and prototype changes leak, as in Newman",
			scripts: []string{
				`leaked = 42; String.prototype.shout = function () { return this.toUpperCase() + "!"; };`,
				`pm.test("leaked " + leaked + " " + "hi".shout());`,
			},
			wantSummary: "PASS leaked 42 HI!\n",
		},
		{
			name: "timers, immediates and promise jobs run in Node's order",
			scripts: []string{`
				setTimeout(function () { console.log("timeout 20"); }, 20);
				setTimeout(function () { console.log("timeout 5"); }, 5);
				setImmediate(function () { console.log("immediate"); });
				Promise.resolve().then(function () { console.log("promise"); });
				console.log("sync");`},
			wantConsole: "log: 'sync'\nlog: 'promise'\nlog: 'immediate'\nlog: 'timeout 5'\nlog: 'timeout 20'\n",
		},
		{
			name: "setInterval until cleared; extra timer arguments are dropped as in Newman",
			scripts: []string{`
				var n = 0;
				var id = setInterval(function (x) { n++; console.log("tick " + n + " " + x); if (n === 3) { clearInterval(id); } }, 2, "arg");
				var gone = setTimeout(function () { console.log("never"); }, 1);
				clearTimeout(gone);`},
			wantConsole: "log: 'tick 1 undefined'\nlog: 'tick 2 undefined'\nlog: 'tick 3 undefined'\n",
		},
		{
			name: "async work is drained before the next script starts",
			scripts: []string{
				`(async function () {
					await new Promise(function (r) { setTimeout(r, 10); });
					pm.test("after await", function () {});
					done1 = true;
				})();`,
				`pm.test("second sees first " + (typeof done1 !== "undefined" && done1));`,
			},
			wantSummary: "PASS after await\nPASS second sees first true\n",
		},
		{
			name: "an uncaught error ends the script but not the execution",
			scripts: []string{
				`pm.test("before", function () {}); throw new Error("boom"); pm.test("never");`,
				`pm.test("next script runs");`,
			},
			wantSummary: "PASS before\nERROR Error: boom\nPASS next script runs\n",
		},
		{
			// postman-sandbox hands them to its asynchronous error handler,
			// which Newman ignores unless --bail folder
			name: "errors in timer callbacks are asynchronous errors; other timers still run",
			scripts: []string{`
				setTimeout(function () { undefinedFunction(); }, 1);
				setTimeout(function () { pm.test("later timer"); throw new Error("second"); }, 5);`},
			wantSummary: "PASS later timer\nASYNC ERROR ReferenceError: undefinedFunction is not defined\n",
		},
		{
			name: "intervals and immediates too",
			scripts: []string{`
				var n = 0, id = setInterval(function () { n++; if (n === 2) { clearInterval(id); } throw new Error("tick " + n); }, 1);
				setImmediate(function () { var u; u.x; });
				setTimeout(function () { pm.test("ticks " + n); }, 20);`},
			wantSummary: "PASS ticks 2\nASYNC ERROR TypeError: Cannot read properties of undefined (reading 'x')\n",
		},
		{
			name: "a synchronous error once a timer is pending is asynchronous; the timer still runs",
			scripts: []string{`
				setTimeout(function () { pm.test("timer runs"); }, 1);
				pm.test("before");
				throw new Error("sync");`},
			wantSummary: "PASS before\nPASS timer runs\nASYNC ERROR Error: sync\n",
		},
		{
			name: "a synchronous error after every timer was cleared again is lost",
			scripts: []string{`
				clearTimeout(setTimeout(function () {}, 1));
				throw new Error("sync");`,
				`pm.test("next");`},
			wantSummary: "PASS next\n",
		},
		{
			name: "a synchronous error with no timer ever set is the script's error",
			scripts: []string{`
				clearTimeout(12345); setTimeout("not a function", 1);
				throw new Error("sync");`},
			wantSummary: "ERROR Error: sync\n",
		},
		{
			name:        "syntax errors",
			scripts:     []string{`var = ;`, `pm.test("still runs");`},
			wantSummary: "ERROR SyntaxError: Unexpected token '='\nPASS still runs\n",
		},
		{
			name:        "an endless loop is stopped by the timeout",
			scripts:     []string{`while (true) {}`, `pm.test("reusable after timeout");`},
			timeout:     100 * time.Millisecond,
			wantSummary: "ERROR Error: sandbox: synchronous script execution timeout\nPASS reusable after timeout\n",
		},
		{
			// postman-sandbox words it by whether a timer was ever set,
			// not by where the timeout struck (Newman 6.2.2)
			name:        "an endless loop after a timer was set is an asynchronous timeout",
			scripts:     []string{`var id = setTimeout(function () {}, 1); clearTimeout(id); while (true) {}`, `while (true) {}`},
			timeout:     100 * time.Millisecond,
			wantSummary: "ERROR Error: sandbox: asynchronous script execution timeout\nERROR Error: sandbox: synchronous script execution timeout\n",
		},
		{
			name:        "an interval that is never cleared times out",
			scripts:     []string{`setInterval(function () {}, 5);`},
			timeout:     80 * time.Millisecond,
			wantSummary: "ERROR Error: sandbox: asynchronous script execution timeout\n",
		},
		{
			name:        "deep recursion is a RangeError",
			scripts:     []string{`function f(n) { return f(n + 1) + 1; } f(0);`, `pm.test("after overflow");`},
			wantSummary: "ERROR RangeError: Maximum call stack size exceeded\nPASS after overflow\n",
		},
		{
			name: "for await and async generators are lowered for goja",
			scripts: []string{`
				async function* gen() { yield 1; yield 2; yield 3; }
				(async function () {
					var sum = 0;
					for await (const x of gen()) { sum += x; }
					pm.test("sum " + sum);
				})();`},
			wantSummary: "PASS sum 6\n",
		},
		{
			name: "top-level return ends a script",
			scripts: []string{
				`pm.test("one"); if (true) { return; } pm.test("two");`,
			},
			wantSummary: "PASS one\n",
		},
		{
			name:        "globalThis, no process, no file access",
			scripts:     []string{`pm.test("process " + typeof process + " fs " + JSON.stringify(require("fs")) + " exit " + typeof exit);`},
			wantSummary: "PASS process undefined fs {} exit undefined\n",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := newFakeHost()
			rt := New(h, Options{Lib: sharedLib, DefaultTimeout: 5 * time.Second})
			defer rt.Close()
			res := runScripts(t, rt, h, tc.timeout, tc.scripts...)
			if got := summary(res); tc.wantSummary != "" && got != tc.wantSummary {
				t.Errorf("summary:\n%s\nwant:\n%s", got, tc.wantSummary)
			}
			if got := h.consoleText(); tc.wantConsole != "" && got != tc.wantConsole {
				t.Errorf("console:\n%s\nwant:\n%s", got, tc.wantConsole)
			}
		})
	}
}

func TestTimeoutIsPrompt(t *testing.T) {
	h := newFakeHost()
	rt := New(h, Options{Lib: sharedLib})
	defer rt.Close()
	start := time.Now()
	res := runScripts(t, rt, h, 50*time.Millisecond, `for (;;) { try { while (true) {} } finally { continue; } }`)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("timeout took %v", d)
	}
	if res.Scripts[0].Error == nil || res.Scripts[0].Error.Name != "Error" {
		t.Fatalf("want a timeout error, got %+v", res.Scripts[0].Error)
	}
	// the same runtime keeps working
	res = runScripts(t, rt, h, time.Second, `pm.test("ok");`)
	if got := summary(res); got != "PASS ok\n" {
		t.Errorf("after timeout: %q", got)
	}
}

func TestContextCancelStopsRun(t *testing.T) {
	h := newFakeHost()
	rt := New(h, Options{Lib: sharedLib})
	defer rt.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	ex := &Execution{Event: "test", Scripts: []Script{{Source: `while (true) {}`}, {Source: `pm.test("not run")`}}}
	res, err := rt.Run(ctx, ex)
	if err == nil {
		t.Fatal("want an error from a cancelled context")
	}
	if res == nil || len(res.Scripts) != 1 {
		t.Fatalf("want one script result, got %+v", res)
	}
}

func TestScriptCacheByID(t *testing.T) {
	h := newFakeHost()
	r := New(h, Options{Lib: sharedLib}).(*runtime)
	defer r.Close()
	run := func(id, src string) string {
		ex := &Execution{Event: "test", Scripts: []Script{{ID: id, Source: src}}}
		res, err := r.Run(context.Background(), ex)
		if err != nil {
			t.Fatal(err)
		}
		return summary(res)
	}
	if got := run("a", `pm.test("v1")`); got != "PASS v1\n" {
		t.Fatalf("got %q", got)
	}
	first := r.scripts["a"].prog
	run("a", `pm.test("v1")`)
	if r.scripts["a"].prog != first {
		t.Error("same id and source compiled twice")
	}
	if got := run("a", `pm.test("v2")`); got != "PASS v2\n" {
		t.Errorf("changed source under the same id: %q", got)
	}
	run("", `pm.test("no id")`)
	if len(r.scripts) != 1 {
		t.Errorf("scripts without id are not cached, have %d", len(r.scripts))
	}
	// a syntax error is cached too and reported every time
	for i := 0; i < 2; i++ {
		if got := run("bad", `(`); !strings.HasPrefix(got, "ERROR SyntaxError") {
			t.Errorf("run %d: %q", i, got)
		}
	}
}

func TestRunErrors(t *testing.T) {
	rt := New(newFakeHost(), Options{Lib: sharedLib})
	if _, err := rt.Run(context.Background(), nil); err == nil {
		t.Error("nil execution accepted")
	}
	rt.Close()
	if _, err := rt.Run(context.Background(), &Execution{}); err == nil {
		t.Error("closed runtime accepted a run")
	}
}

// The legacy test-only globals exist in test scripts only, however the
// events alternate in one runtime (as in Newman's sandbox).
func TestTestOnlyGlobalsFollowTheEvent(t *testing.T) {
	rt := New(newFakeHost(), Options{Lib: sharedLib})
	defer rt.Close()
	src := `var d = Object.getOwnPropertyDescriptor(globalThis, 'responseCode');
		pm.test(pm.info.eventName + ' ' + typeof responseCode + ' ' + typeof responseBody + ' ' +
			(d ? typeof d.get + typeof d.set + d.configurable + d.enumerable : 'none'));
		try { responseCode; pm.test('bare ok'); } catch (e) { pm.test('bare ' + e.name + ': ' + e.message); }`
	want := map[string]string{
		"test":       "PASS test object string functionfunctiontruefalse\nPASS bare ok\n",
		"prerequest": "PASS prerequest undefined undefined none\nPASS bare ReferenceError: responseCode is not defined\n",
	}
	for i, event := range []string{"test", "prerequest", "prerequest", "test", "prerequest", "test"} {
		ex := &Execution{Event: event, Scripts: []Script{{ID: "s", Source: src}}, Request: testRequest()}
		if event == "test" {
			ex.Response = jsonResponse(200, "OK", `{}`)
		}
		res, err := rt.Run(context.Background(), ex)
		if err != nil {
			t.Fatal(err)
		}
		if got := summary(res); got != want[event] {
			t.Errorf("run %d (%s): got %q, want %q", i, event, got, want[event])
		}
	}
}

// A timeout inside chai's native utilities (called back into JavaScript
// from Go) ends the script like any other, and the runtime, chai included,
// keeps working.
func TestTimeoutInsideAssertions(t *testing.T) {
	h := newFakeHost()
	rt := New(h, Options{Lib: sharedLib})
	defer rt.Close()
	for _, src := range []string{
		`for (;;) { pm.expect([1, 2]).to.have.lengthOf(2); }`,
		`for (;;) { try { pm.expect(1).to.equal(2); } catch (e) {} }`,
		`require('chai').Assertion.addMethod('spin', function () { for (;;) {} }); pm.expect(1).to.spin();`,
	} {
		start := time.Now()
		res := runScripts(t, rt, h, 50*time.Millisecond, src)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: timeout took %v", src, d)
		}
		if e := res.Scripts[0].Error; e == nil || e.Message != "sandbox: synchronous script execution timeout" {
			t.Fatalf("%s: want a timeout error, got %+v", src, e)
		}
		res = runScripts(t, rt, h, time.Second, `pm.test("ok", function () { pm.expect([1]).to.have.lengthOf(1); pm.expect(2).to.equal(2); });`)
		if got := summary(res); got != "PASS ok\n" {
			t.Errorf("after %s: %q", src, got)
		}
	}
}

// An assertion's index is taken when pm.test is called (an asynchronous test
// too); legacy tests[] entries are numbered on from the count when the
// script's synchronous part ends, without advancing it (Newman 6.2.2).
func TestAssertionIndexes(t *testing.T) {
	res := runOne(t, newFakeHost(), "test", `
		tests['legacy first'] = false;
		pm.test('async', function (done) { setTimeout(function () { done(new Error('late')); }, 20); });
		pm.test('sync', function () { throw new Error('x'); });
		pm.test('async 2', function (done) { setTimeout(done, 5); });
		tests['legacy second'] = true;
		pm.test.skip('skipped');
		pm.test('index ' + pm.test.index(), function () {});
		setTimeout(function () { pm.test('in a timer', function () {}); }, 40);
	`, jsonResponse(200, "OK", "{}"))
	var got []string
	for _, tt := range res.Scripts[0].Tests {
		got = append(got, fmt.Sprintf("%s=%d", tt.Name, tt.Index))
	}
	want := "sync=1 skipped=3 index 4=4 legacy first=5 legacy second=6 async 2=2 async=0 in a timer=5"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

// A UTF-8 body's text loses its byte order mark, and ill-formed bytes
// become U+FFFD as in Newman's sandbox (recorded from Newman 6.2.2): one per
// byte, but one for a character left incomplete at the very end.
func TestDecodeUTF8(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\xef\xbb\xbfhi", "hi"},
		{"a\xe9b\xc3", "a\ufffdb\ufffd"},
		{"\xf0\x9f\x98x", "\ufffd\ufffd\ufffdx"},
		{"\xe2\x82", "\ufffd"},
		{"\xed\xa0\x80", "\ufffd\ufffd\ufffd"},
		{"\xc0\xaf", "\ufffd\ufffd"},
		{"\xf4\x90\x80\x80", "\ufffd\ufffd\ufffd\ufffd"},
		{"\xef\xbb\xbf\xef\xbb\xbfx", "\ufeffx"},
		{"\xf0\x9f\x98", "\ufffd"},
		{"A\xc3", "A\ufffd"},
		{"A\xe2\x82\xac", "A€"},
		{"\x80", "\ufffd"},
		{"\xf0\x9f\x98x\xe2\x82", "\ufffd\ufffd\ufffdx\ufffd"},
		{"\xff\xfeA", "\ufffd\ufffdA"},
	}
	for _, tt := range tests {
		if got := decodeUTF8([]byte(tt.in)); got != tt.want {
			t.Errorf("decodeUTF8(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
