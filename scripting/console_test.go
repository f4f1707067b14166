package scripting

import (
	"strings"
	"testing"
)

// Expected strings are what Node 20's util.format printed for the same values.
func TestConsoleFormatsLikeNode(t *testing.T) {
	cases := []struct{ expr, want string }{
		{`"plain string"`, `'plain string'`},
		{`{a: 1, b: "x", c: [1, 2]}`, `{ a: 1, b: 'x', c: [ 1, 2 ] }`},
		{`[1, 2, 3, 4, 5, 6, 7]`, "[\n  1, 2, 3, 4,\n  5, 6, 7\n]"},
		{`Array.from({length: 30}, function (_, i) { return i * 3; })`, "[\n   0,  3,  6,  9, 12, 15, 18, 21, 24,\n  27, 30, 33, 36, 39, 42, 45, 48, 51,\n  54, 57, 60, 63, 66, 69, 72, 75, 78,\n  81, 84, 87\n]"},
		{`{a: {b: {c: {d: 1}}}}`, `{ a: { b: { c: [Object] } } }`},
		{`{long: "x".repeat(60), other: "y".repeat(50)}`, "{\n  long: '" + strings.Repeat("x", 60) + "',\n  other: '" + strings.Repeat("y", 50) + "'\n}"},
		{`{a: "x".repeat(40), b: "y".repeat(40)}`, "{\n  a: '" + strings.Repeat("x", 40) + "',\n  b: '" + strings.Repeat("y", 40) + "'\n}"},
		{`["a", "b"]`, `[ 'a', 'b' ]`},
		{`new Map([["a", 1]])`, `Map(1) { 'a' => 1 }`},
		{`new Set([1, 2])`, `Set(2) { 1, 2 }`},
		{`null`, `null`},
		{`undefined`, `undefined`},
		{`function foo() {}`, `[Function: foo]`},
		{`(function () { return function () {}; })()`, `[Function (anonymous)]`},
		{`new Date(0)`, `1970-01-01T00:00:00.000Z`},
		{`/re/g`, `/re/g`},
		{`{"a-b": 1, "c d": 2}`, `{ 'a-b': 1, 'c d': 2 }`},
		{`[undefined, null]`, `[ undefined, null ]`},
		{`{f: function () {}}`, `{ f: [Function: f] }`},
		{`-0`, `-0`},
		{`[, 1]`, `[ <1 empty item>, 1 ]`},
		{`{a: [{b: {c: {}}}]}`, `{ a: [ { b: [Object] } ] }`},
		{`Array.from({length: 8}, function (_, i) { return "item" + i; })`, "[\n  'item0', 'item1',\n  'item2', 'item3',\n  'item4', 'item5',\n  'item6', 'item7'\n]"},
		{`{x: "a\nb"}`, `{ x: 'a\nb' }`},
		{`Object.create(null)`, `[Object: null prototype] {}`},
		{`new (function Foo() { this.a = 1; })()`, `Foo { a: 1 }`},
		{`[[1, [2, [3, [4]]]]]`, `[ [ 1, [ 2, [Array] ] ] ]`},
		{`{a: {b: {c: 1}}, d: {e: {f: 2}}}`, `{ a: { b: { c: 1 } }, d: { e: { f: 2 } } }`},
		{`[{a: 1, b: 2}, {a: 3, b: 4}]`, `[ { a: 1, b: 2 }, { a: 3, b: 4 } ]`},
		{`{arr: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]}`, "{\n  arr: [\n    0, 1, 2, 3, 4,\n    5, 6, 7, 8, 9\n  ]\n}"},
		{`5`, `5`},
		{`true`, `true`},
		{`"it's"`, `"it's"`},
		{`["it's"]`, `[ "it's" ]`},
	}
	for _, tc := range cases {
		h := newFakeHost()
		res := runOne(t, h, "test", "console.log("+tc.expr+");", nil)
		if s := summary(res); s != "" {
			t.Errorf("%s: %s", tc.expr, s)
			continue
		}
		if len(h.console) != 1 || len(h.console[0].Args) != 1 {
			t.Fatalf("%s: console %+v", tc.expr, h.console)
		}
		if got := h.console[0].Args[0]; got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.expr, got, tc.want)
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
