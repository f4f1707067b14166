package scripting

import "testing"

func TestReportedErrorsUseV8Wording(t *testing.T) {
	cases := []struct{ script, want string }{
		{"var o = {};\nvar v = o.a.b;", "ERROR TypeError: Cannot read properties of undefined (reading 'b')\n"},
		{"var o = {};\n  o.foo();", "ERROR TypeError: o.foo is not a function\n"},
		{"var cfg = {api: {}};\ncfg.api.load(1);", "ERROR TypeError: cfg.api.load is not a function\n"},
		{"var f = 5;\nvar y = 1 + f();", "ERROR TypeError: f is not a function\n"},
		{"pm.require('x');", "ERROR TypeError: pm.require is not a function\n"},
		{"(function () { var o; o.x = 1; })();", "ERROR TypeError: Cannot set properties of undefined (setting 'x')\n"},
		{"pm.test('in a test', function () { var r = null; r.items.length; });", "FAIL in a test | TypeError: Cannot read properties of undefined (reading 'items')\n"},
		{"undefinedThing.x;", "ERROR ReferenceError: undefinedThing is not defined\n"},
		{"throw 'plain string';", "ERROR Error: plain string\n"},
		{"null.x", "ERROR TypeError: Cannot read properties of undefined (reading 'x')\n"},
	}
	for _, tc := range cases {
		res := runOne(t, newFakeHost(), "test", tc.script, jsonResponse(200, "OK", "{}"))
		if got := summary(res); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.script, got, tc.want)
		}
	}
}

func TestErrorStackNamesTheScriptLine(t *testing.T) {
	res := runOne(t, newFakeHost(), "test", "var a = 1;\n\nthrow new Error('x');", jsonResponse(200, "OK", "{}"))
	e := res.Scripts[0].Error
	if e == nil || e.Stack != "Error: x\n   at Object.eval sandbox-script.js:3:7)" {
		t.Errorf("got %+v", e)
	}
	res = runOne(t, newFakeHost(), "test", "pm.test('t', function () { pm.expect(1).to.equal(2); });", jsonResponse(200, "OK", "{}"))
	te := res.Scripts[0].Tests[0].Error
	if te == nil || te.Stack != "AssertionError: expected 1 to equal 2\n   at Object.eval sandbox-script.js:1:49)" {
		t.Errorf("got %+v", te)
	}
}
