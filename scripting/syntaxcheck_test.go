package scripting

import "testing"

func TestCheckSyntax(t *testing.T) {
	for _, c := range []struct {
		src       string
		msg       string
		line, col int
	}{
		{src: "var x = 1;\nthis is a syntax error", msg: "Unexpected identifier 'is'", line: 2, col: 6},
		{src: "x = ;", msg: "Unexpected token ';'", line: 1, col: 5},
		{src: "var s = 'é€'; x x", msg: "Unexpected identifier 'x'", line: 1, col: 17},
		{src: "const r = await Promise.resolve(1);", msg: "await is only valid in async functions and the top level bodies of modules", line: 1, col: 11},
		// the missing brace is found in the function body's end, as V8 finds it
		{src: "if (a) {\n  b();", msg: "Unexpected token ')'", line: 2, col: 7},
		// compiles: goja cannot, esbuild lowers it (as a run does)
		{src: "async function f() { for await (const x of [1]) { console.log(x); } }\nf();"},
		{src: "return 5; // a script is a function body"},
		{src: ""},
	} {
		got := CheckSyntax(c.src)
		if c.msg == "" {
			if got != nil {
				t.Errorf("%q: got %+v, want it to compile", c.src, got)
			}
			continue
		}
		if got == nil {
			t.Errorf("%q: compiles, want %s", c.src, c.msg)
			continue
		}
		if got.Message != c.msg || got.Line != c.line || got.Column != c.col {
			t.Errorf("%q: got %q at %d:%d, want %q at %d:%d", c.src, got.Message, got.Line, got.Column, c.msg, c.line, c.col)
		}
	}
}
