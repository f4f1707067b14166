package scripting

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Each console.log(EXPR) of testdata/console/cases.txt prints what Newman
// 6.2.2's cli reporter prints for it (testdata/console/record.js records
// that into expected.json: the arguments as postman-sandbox sends them,
// rendered by the cli reporter's inspector).
func TestConsoleFormatsLikeNewman(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "console", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Expr, Want string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 60 {
		t.Fatalf("%d cases in expected.json", len(cases))
	}
	for _, tc := range cases {
		h := newFakeHost()
		res := runOne(t, h, "test", "console.log("+tc.Expr+");", nil)
		if s := summary(res); s != "" {
			t.Errorf("%s: %s", tc.Expr, s)
			continue
		}
		if len(h.console) != 1 {
			t.Fatalf("%s: console %+v", tc.Expr, h.console)
		}
		if got := strings.Join(h.console[0].Args, ", "); got != tc.Want {
			t.Errorf("%s:\n got %q\nwant %q", tc.Expr, got, tc.Want)
		}
	}
}

func TestConsoleLevelsAndDeprecations(t *testing.T) {
	h := newFakeHost()
	script := `console.log("a", 1); console.info("i"); console.warn("w"); console.error("e"); console.debug("d");
		tests["x"] = true; tests["y"] = true; var b = responseBody.length; postman.getResponseHeader("x-custom");
		var c = responseCode.code; _.isString("s");`
	runOne(t, h, "test", script, jsonResponse(200, "OK", "{}"))
	// each argument as Newman's cli reporter shows it (util.inspect: strings quoted)
	want := "log: 'a' 1\ninfo: 'i'\nwarn: 'w'\nerror: 'e'\ndebug: 'd'\n" +
		"warn: 'Using \"tests\" is deprecated. Use \"pm.test()\" instead.'\n" +
		"warn: 'Using \"postman.setNextRequest\" is deprecated. Use \"pm.execution.setNextRequest()\" instead.'\n" +
		"warn: 'Using \"responseCode\" is deprecated. Use \"pm.response.code\" instead.'\n" +
		"warn: `Using \"_\" is deprecated. Use \"require('lodash')\" instead.`\n"
	if got := h.consoleText(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestTestFunctions(t *testing.T) {
	script := `
		pm.test("sync pass", function () { pm.expect(1).to.equal(1); });
		pm.test("sync fail", function () { pm.expect([1, 2]).to.include(3); });
		pm.test("returns a rejected promise", async function () { await null; throw new Error("async boom"); });
		pm.test("returns a resolved promise", function () { return Promise.resolve(1); });
		pm.test("done later", function (done) { setTimeout(done, 5); });
		pm.test("done with error", function (done) { setTimeout(function () { done(new Error("bad")); }, 1); });
		pm.test("done never called", function (done) {});
		pm.test.skip("skipped", function () { throw new Error("not run"); });
		tests["legacy true"] = "yes";
		tests["legacy false"] = "";
		pm.test("chainable", function () {}).test("second", function () {});
	`
	res := runOne(t, newFakeHost(), "test", script, jsonResponse(200, "OK", "{}"))
	want := "PASS sync pass\n" +
		"FAIL sync fail | AssertionError: expected [ 1, 2 ] to include 3\n" +
		"SKIP skipped\n" +
		"PASS chainable\nPASS second\n" +
		"PASS legacy true\n" +
		"FAIL legacy false | AssertionError: expected  to be truthy\n" +
		// microtask order: the resolved promise settles first
		"PASS returns a resolved promise\n" +
		"FAIL returns a rejected promise | Error: async boom\n" +
		"FAIL done with error | Error: bad\n" +
		"PASS done later\n"
	if got := summary(res); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// The console's formatter is compiled when a script first prints (a part):
// built-ins a script replaced before then do not change how it prints, as
// they never change Node's util.inspect.
func TestConsoleFormatterUsesPristineBuiltIns(t *testing.T) {
	h := newFakeHost()
	script := `Object.prototype.hasOwnProperty = function () { return false; };
		Object.prototype.toString = function () { return '[object Nope]'; };
		console.log({a: 1, b: [1, 'x']}, [1, 2], new Date(0), /re/g, function f() {});`
	runOne(t, h, "test", script, jsonResponse(200, "OK", "{}"))
	want := "log: { a: 1, b: [ 1, 'x' ] } [ 1, 2 ] 1970-01-01T00:00:00.000Z /re/g '[Function: f]'\n"
	if got := h.consoleText(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
