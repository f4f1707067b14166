package scripting

import (
	"encoding/json"
	"os"
	"testing"
)

// V8's wording (recorded from Newman 6.2.2) for errors goja words differently.
func TestV8MessageRewrites(t *testing.T) {
	tests := []struct {
		name, msg, line, want string
	}{
		{"RangeError", "toFixed() precision must be between 0 and 100", "", "toFixed() digits argument must be between 0 and 100"},
		{"RangeError", "Invalid array length", "", "Invalid array length"},
		{"TypeError", "Value is not object coercible", "  const { a } = undefined; return a;", "Cannot destructure property 'a' of 'undefined' as it is undefined."},
		{"TypeError", "Value is not object coercible", "let {name, id} = resp.data;", "Cannot destructure property 'name' of 'resp.data' as it is undefined."},
		{"TypeError", "object is not iterable", "const [x] = {}; return x;", "{} is not iterable"},
		{"TypeError", "object is not iterable", "for (const item of json.items) {", "json.items is not iterable"},
		{"TypeError", "object is not iterable", "", "object is not iterable"},
		{"SyntaxError", "Unterminated group", "return new RegExp('(');", "Invalid regular expression: /(/: Unterminated group"},
		{"SyntaxError", "Unterminated group", `var re = RegExp("a(", "gi");`, "Invalid regular expression: /a(/gi: Unterminated group"},
		{"SyntaxError", "Unexpected token ')'", "foo(;", "Unexpected token ')'"},
	}
	for _, tt := range tests {
		if got := v8Message(tt.name, tt.msg, tt.line, 0); got != tt.want {
			t.Errorf("v8Message(%q, %q, %q) = %q, want %q", tt.name, tt.msg, tt.line, got, tt.want)
		}
	}
}

// Syntax errors in V8's words: testdata/v8-syntax-errors.json holds what V8
// (Newman 6.2.2's) says for each script, compiled as postman-sandbox
// compiles it. Three scripts goja accepts where V8 does not are left out
// ("var x = (1, );", "new a?.b()", "const re = /[/;").
func TestSyntaxErrorsInV8Words(t *testing.T) {
	data, err := os.ReadFile("testdata/v8-syntax-errors.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Cases []struct {
			Script string  `json:"script"`
			Newman *string `json:"newman"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	for _, c := range doc.Cases {
		_, err := compileScript(c.Script)
		switch {
		case c.Newman == nil && err != nil:
			t.Errorf("%q: V8 compiles it, courier says %v", c.Script, err)
		case c.Newman != nil && err == nil:
			t.Errorf("%q: compiles, V8 says %q", c.Script, *c.Newman)
		case c.Newman != nil:
			if got := syntaxErrorInfo(err, c.Script); got.Message != *c.Newman {
				t.Errorf("%q:\n got %q\nwant %q", c.Script, got.Message, *c.Newman)
			}
		}
	}
}

// At its top level a script's arguments is undefined and a 'use strict' is
// no directive: postman-sandbox runs it after ";var arguments = undefined;".
func TestScriptBodyAsPostmanSandboxRunsIt(t *testing.T) {
	res := runOne(t, newFakeHost(), "test", `'use strict';
		undeclared = 1;
		pm.test('arguments ' + typeof arguments, function () {});
		pm.test('sloppy ' + undeclared + ' ' + (function () { return typeof this; })(), function () {});
		throw new Error('on line 5');`, jsonResponse(200, "OK", "{}"))
	if got, want := summary(res), "PASS arguments undefined\nPASS sloppy 1 object\nERROR Error: on line 5\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := res.Scripts[0].Error.Stack, "Error: on line 5\n   at Object.eval sandbox-script.js:5:9)"; got != want {
		t.Errorf("stack %q, want %q", got, want)
	}
}

func FuzzV8SyntaxMessage(f *testing.F) {
	for _, s := range []string{"foo(1 2", "`a${b c}`", "var s = '\\u{zz}'", "x = {a:1 b:2}", "/*", "a ?? b || c", "function(){", "/(/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if _, err := compileScript(src); err != nil {
			if e := syntaxErrorInfo(err, src); e.Message == "" && err.Error() != "" {
				t.Errorf("%q: no message for %v", src, err)
			}
		}
	})
}
