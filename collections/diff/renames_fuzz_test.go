package diff

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
)

// countUses counts the uses of name in s.
func countUses(s string, script bool, name string) int {
	n := 0
	eachUse(s, script, func(u string) {
		if u == name {
			n++
		}
	})
	return n
}

// FuzzVariableUses checks that rewriting a variable's uses is what counting
// them sees: every use of the old name becomes a use of the new one, and
// nothing else changes.
func FuzzVariableUses(f *testing.F) {
	f.Add("{{base_URL}}/books/{{id}}", "base_URL", "base_url", false)
	f.Add("pm.collectionVariables.get('token'); pm.environment.set(\"token\", x); `token`", "token", "access_token", true)
	f.Add("'a''a' \"{{a}}\" {{a}}}} {{{a}} 'it\\'s'", "a", "b", true)
	f.Fuzz(func(t *testing.T, s, from, to string, script bool) {
		bad := func(n string) bool { return n == "" || strings.ContainsAny(n, "{}'\"`\\ \t\n\r\v\f") }
		if bad(from) || bad(to) || from == to {
			return
		}
		cf, ct := countUses(s, script, from), countUses(s, script, to)
		out, changed := rewriter{from: to}.rewrite(s, script)
		if changed != (cf > 0) || (out != s) != changed {
			t.Fatalf("rewrite %q (%s → %s): changed %v with %d uses: %q", s, from, to, changed, cf, out)
		}
		if got := countUses(out, script, from); got != 0 {
			t.Fatalf("rewrite %q (%s → %s) = %q: %d uses of %s left", s, from, to, out, got, from)
		}
		if got := countUses(out, script, to); got != cf+ct {
			t.Fatalf("rewrite %q (%s → %s) = %q: %d uses of %s, want %d", s, from, to, out, got, to, cf+ct)
		}
		back, _ := rewriter{to: from}.rewrite(out, script)
		if ct == 0 && back != s {
			t.Fatalf("rewrite %q (%s → %s) = %q, and back %q", s, from, to, out, back)
		}
	})
}

// FuzzSimilarity checks the similarity score of two requests: between 0 and
// 100%, symmetric (up to rounding), 100% for a request and itself.
func FuzzSimilarity(f *testing.F) {
	f.Add("GET", "{{base_URL}}/books/:bookId?x=1", "pm.test('ok', () => {});\n});", "GET", "{{base_url}}/books/{{id}}", "pm.test('ok', () => {});")
	f.Add("POST", "https://api.example.com/v1/orders", "", "PUT", "https://api.example.com/v2/orders/:id", "x")
	f.Add("", "", "", "", "/", "\n\n")
	f.Fuzz(func(t *testing.T, m1, u1, s1, m2, u2, s2 string) {
		mk := func(m, u, s string) *collections.Item {
			it := req("r", "", m, u)
			it.Request.Body = &collections.Body{Mode: "raw", Raw: s}
			return withTest(it, s)
		}
		a, b := mk(m1, u1, s1), mk(m2, u2, s2)
		fa, fb, fa2 := requestFeatures(a), requestFeatures(b), requestFeatures(a)
		r := newRarity([]*reqFeatures{fa, fb}, []*reqFeatures{fa2, requestFeatures(b)})
		for _, x := range []*reqFeatures{fa, fb, fa2} {
			r.weigh(x)
		}
		ab, ba := similarity(fa, fb), similarity(fb, fa)
		if ab < 0 || ab > scoreScale || ab-ba > 1 || ba-ab > 1 {
			t.Fatalf("scores %d and %d", ab, ba)
		}
		if self := similarity(fa, fa2); self != scoreScale {
			t.Fatalf("a request and itself: %d", self)
		}
	})
}

// FuzzEnvironmentDiff compares a fuzzed environment document with the test
// environment both ways: no panic, valid JSON, no secret-typed value shown.
func FuzzEnvironmentDiff(f *testing.F) {
	base, err := os.ReadFile(filepath.Join("testdata", "env", "new.postman_environment.json"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range []string{"old.postman_environment.json", "old.postman_globals.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", "env", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`[{"key": "Token", "value": "abcdefgh", "type": "secret"}, {"key": "url", "value": "http://u:abcdefgh@h"}]`))
	f.Add([]byte(`{"values": [{"key": "a", "value": 5, "enabled": "no"}, null, {"id": "b"}]}`))
	baseEnv, err := collections.DecodeEnvironment("base.json", base)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		typ := DocumentType(data)
		env, err := collections.DecodeEnvironment("fuzz.json", data)
		if err != nil {
			if (typ == DocEnvironment || typ == DocGlobals) && strings.Contains(err.Error(), "this is a collection") {
				t.Fatalf("DocumentType says %s, the reader a collection", typ)
			}
			return
		}
		var secrets []string
		for _, e := range []*collections.Environment{env, baseEnv} {
			for _, v := range e.Values {
				s, ok := v.Value.(string)
				if ok && strings.EqualFold(v.Type, "secret") && len(s) >= 4 && !onlyReferences(s) && !strings.Contains(Secret, s) {
					secrets = append(secrets, s)
				}
			}
		}
		for _, pair := range [][2]*collections.Environment{{env, baseEnv}, {baseEnv, env}} {
			r := Environments(pair[0], pair[1], TypeEnvironment, Options{})
			for _, w := range []WriteOptions{{Format: FormatText}, {Format: FormatMarkdown}, {Format: FormatJSON, Verbose: true}} {
				var b bytes.Buffer
				if err := r.Write(&b, w); err != nil {
					t.Fatal(err)
				}
				if w.Format == FormatJSON && !json.Valid(b.Bytes()) {
					t.Fatalf("invalid JSON:\n%s", b.String())
				}
			}
			for _, c := range r.Changes {
				if isVariableRename(&c) || strings.HasSuffix(c.Path, ".type") || strings.HasSuffix(c.Path, ".disabled") {
					continue
				}
				for _, v := range []any{c.Old, c.New} {
					s, _ := v.(string)
					for _, sec := range secrets {
						if s != "" && strings.Contains(s, sec) {
							t.Fatalf("%s shows the secret %q: %q", c.Path, sec, s)
						}
					}
				}
			}
		}
	})
}

// FuzzParseRenameThreshold checks that a --find-renames value is refused or
// read as 1 to 100, and that what it prints reads back the same.
func FuzzParseRenameThreshold(f *testing.F) {
	for _, s := range []string{"50%", "100", "0", " 7 %", "101%", "5%%", "-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseRenameThreshold(s)
		if err != nil {
			return
		}
		if n < 1 || n > 100 {
			t.Fatalf("%q read as %d", s, n)
		}
		if m, err := ParseRenameThreshold(strconv.Itoa(n) + "%"); err != nil || m != n {
			t.Fatalf("%q read as %d, which reads back as %d, %v", s, n, m, err)
		}
	})
}
