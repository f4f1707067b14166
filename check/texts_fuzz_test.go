package check

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/courier-run/courier/vars"
)

// FuzzReferences checks the {{reference}} finder against the substitution
// a run does: vars.Replace looks up exactly the names references finds, in
// the same order, and each is at the index references gives.
func FuzzReferences(f *testing.F) {
	for _, s := range []string{"{{a}}", "x{{a{{b}}}}y", "{{}}", "{{ a.b }}{{$guid}}", "é{{ü}}{", "{{a}", "}}{{", "{{{{x}}}}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // texts come from JSON, decoded to UTF-8
		}
		var looked []string
		vars.Replace(s, func(name string) (string, bool) {
			looked = append(looked, name)
			return "", false
		})
		refs := references(s)
		var names []string
		rs := []rune(s)
		for _, r := range refs {
			names = append(names, r.name)
			if strings.ContainsAny(r.name, "{}") {
				t.Fatalf("name %q holds a brace", r.name)
			}
			if !strings.HasPrefix(string(rs[r.at:]), "{{"+r.name+"}}") {
				t.Fatalf("%q: reference %q is not at character %d", s, r.name, r.at)
			}
		}
		if !slices.Equal(names, looked) {
			t.Fatalf("%q: references %q, vars.Replace looks up %q", s, names, looked)
		}
	})
}

// FuzzBodyJSON checks the reading of JSON bodies with {{references}}: text
// without references is left as it is, valid JSON stays readable, and
// nothing panics.
func FuzzBodyJSON(f *testing.F) {
	for _, s := range []string{`{"password": "x", "n": {{n}}}`, `{"a": "{{b}}", "c": [{{d}}]}`, `{"s": "\"{{"}`, `[{"token":"t"}]`, `{{x}}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := varsAsNull(s)
		if !strings.Contains(s, "{{") && out != s {
			t.Fatalf("%q changed to %q", s, out)
		}
		if json.Valid([]byte(s)) && !strings.Contains(s, "{{") {
			if _, err := parseLocated([]byte(out)); err != nil {
				t.Fatalf("%q: %v", s, err)
			}
		}
		jsonSecretKeys(s)
		jsonKeys(s)
	})
}
