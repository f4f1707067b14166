package scripting

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// Multiline regular expression literals match at every JavaScript line
// terminator, as in V8; the expected values are Node 20's (Newman 6.2.2's).
func TestMultilineRegExpLiterals(t *testing.T) {
	script := `
		var s = 'A: 1\r\nB: 2\rC: 3\u2028D: 4\u2029E: 5\nF: 6';
		pm.test('headers ' + JSON.stringify(s.match(/^(\S+):(.*)$/gm)));
		pm.test('source ' + /^(\S+):(.*)$/gm.source + ' ' + String(/^a$/m) + ' ' + /[$^]x$/m.source);
		pm.test('split ' + JSON.stringify('a\r\nb'.split(/$/m)));
		pm.test('replace ' + JSON.stringify('x\ry\nz'.replace(/^/gm, '|').replace(/$/gm, '#')));
		pm.test('escaped and in classes ' + JSON.stringify('a^b$c\r'.match(/[\^$]/g)) + ' ' + JSON.stringify('x$\ry'.match(/\$$/m)));
		var re = /^b/m;
		pm.test('exec ' + JSON.stringify(re.exec('a\rb')) + ' ' + (re instanceof RegExp) + ' ' + re.flags + ' ' + re.multiline);
		pm.test('sticky ' + JSON.stringify('l1\rl2\rl3'.match(/^l\d$/gmy)));
		pm.test('unicode ' + JSON.stringify('\u00e9\r\u00e8'.match(/^.$/gmu)));
		pm.test('dot ' + JSON.stringify('a\u2028b'.match(/^a.b$/m)) + ' ' + JSON.stringify('a\u2028b'.match(/^a.b$/ms)));
		pm.test('not multiline ' + JSON.stringify('a\rb'.match(/^b$/)));
		pm.test('nested ' + (function () { return JSON.stringify('q\r\nw'.match(/\w$/gm)); })());
	`
	res := runOne(t, newFakeHost(), "test", script, jsonResponse(200, "OK", "{}"))
	want := strings.Join([]string{
		`PASS headers ["A: 1","B: 2","C: 3","D: 4","E: 5","F: 6"]`,
		`PASS source ^(\S+):(.*)$ /^a$/m [$^]x$`,
		`PASS split ["a","\r","\nb"]`,
		`PASS replace "|x#\r|y#\n|z#"`,
		`PASS escaped and in classes ["^","$"] ["$"]`,
		`PASS exec ["b"] true m true`,
		`PASS sticky ["l1"]`,
		`PASS unicode ["é","è"]`,
		"PASS dot null [\"a\u2028b\"]",
		`PASS not multiline null`,
		`PASS nested ["q","w"]`,
	}, "\n") + "\n"
	if got := summary(res); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestMultilineAnchors(t *testing.T) {
	tests := []struct {
		in, want string
		dotAll   bool
	}{
		{`^a$`, lineStart + `a` + lineEnd, false},
		{`a\$b\^`, `a\$b\^`, false},
		{`[^$]x`, `[^$]x`, false},
		{`[\]^]$`, `[\]^]` + lineEnd, false},
		{`^.`, lineStart + `[^\n\r\u2028\u2029]`, false},
		{`^.`, lineStart + `.`, true},
		{`(?<=^)x`, `(?<=` + lineStart + `)x`, false},
	}
	for _, tt := range tests {
		got, _ := multilineAnchors(tt.in, tt.dotAll)
		if got != tt.want {
			t.Errorf("multilineAnchors(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if _, changed := multilineAnchors(`a.b`, false); changed {
		t.Error("a pattern without anchors is left as it is")
	}
}

// A rewritten pattern matches exactly as the original wherever the only line
// terminator is \n (where goja's ^ and $ were already right). The original
// is compared as goja's regexp2 engine runs it (an empty lookahead before
// it): the rewritten one runs there too, and goja's other engine differs
// from V8 on its own (it finds one match of /0*$/gm in "0", V8 two).
func FuzzMultilineAnchors(f *testing.F) {
	for _, s := range []string{`^(\S+):(.*)$`, `[^$]^x$`, `\^$`, `a|^b|c$`, `^(?:x|$)`, `(^)+`} {
		f.Add(s, "A: 1\nB: 2\n^x$")
	}
	vm := goja.New()
	f.Fuzz(func(t *testing.T, pattern, subject string) {
		if strings.ContainsAny(subject, "\r\u2028\u2029") || strings.ContainsAny(pattern, "\r\u2028\u2029\n") {
			return
		}
		rewritten, changed := multilineAnchors(pattern, false)
		if !changed {
			return
		}
		match := func(p string) (string, error) {
			re, err := vm.New(vm.Get("RegExp"), vm.ToValue(p), vm.ToValue("gm"))
			if err != nil {
				return "", err
			}
			v, err := vm.RunString("(function (re, s) { return JSON.stringify(s.match(re)); })")
			if err != nil {
				return "", err
			}
			fn, _ := goja.AssertFunction(v)
			out, err := fn(goja.Undefined(), re, vm.ToValue(subject))
			if err != nil {
				return "", err
			}
			return out.String(), nil
		}
		if _, err := match(pattern); err != nil {
			return // not a pattern goja compiles
		}
		want, err := match("(?=)" + pattern)
		if err != nil {
			return
		}
		got, err := match(rewritten)
		if err != nil {
			t.Fatalf("%q compiles, %q does not: %v", pattern, rewritten, err)
		}
		if got != want {
			t.Errorf("%q on %q: %s, rewritten %q: %s", pattern, subject, want, rewritten, got)
		}
	})
}
