package diff

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
)

func loadEnvironment(t testing.TB, path string) *collections.Environment {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	e, err := collections.DecodeEnvironment(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestGoldenEnvironments(t *testing.T) {
	tests := []struct {
		golden   string // file under testdata/env/
		old, new string
		typ      string
		write    WriteOptions
		failOn   []Class
		exit     int
	}{
		{golden: "text.golden", old: "old.postman_environment.json", new: "new.postman_environment.json", typ: TypeEnvironment, write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "markdown.golden", old: "old.postman_environment.json", new: "new.postman_environment.json", typ: TypeEnvironment, write: WriteOptions{Format: FormatMarkdown}, exit: 1},
		{golden: "json.golden", old: "old.postman_environment.json", new: "new.postman_environment.json", typ: TypeEnvironment, write: WriteOptions{Format: FormatJSON}, exit: 1},
		{golden: "summary.golden", old: "old.postman_environment.json", new: "new.postman_environment.json", typ: TypeEnvironment, write: WriteOptions{Format: FormatText, Summary: true}, exit: 1},
		{golden: "fail-on-removed.golden", old: "old.postman_environment.json", new: "new.postman_environment.json", typ: TypeEnvironment, write: WriteOptions{Format: FormatText, Summary: true}, failOn: []Class{ClassAuth, ClassRemoved}, exit: 0},
		{golden: "identical.golden", old: "old.postman_environment.json", new: "old.postman_environment.json", typ: TypeEnvironment, write: WriteOptions{Format: FormatText}, exit: 0},
		{golden: "globals.golden", old: "old.postman_globals.json", new: "new.postman_globals.json", typ: TypeGlobals, write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "globals-json.golden", old: "old.postman_globals.json", new: "new.postman_globals.json", typ: TypeGlobals, write: WriteOptions{Format: FormatJSON}, exit: 1},
		{golden: "globals-markdown.golden", old: "old.postman_globals.json", new: "new.postman_globals.json", typ: TypeGlobals, write: WriteOptions{Format: FormatMarkdown, Summary: true}, exit: 1},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			dir := filepath.Join("testdata", "env")
			r := Environments(loadEnvironment(t, filepath.Join(dir, tt.old)), loadEnvironment(t, filepath.Join(dir, tt.new)), tt.typ, Options{})
			r.Old.Source, r.New.Source = tt.old, tt.new
			var b bytes.Buffer
			if err := r.Write(&b, tt.write); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join(dir, tt.golden), b.Bytes())
			if got := r.ExitCode(tt.failOn); got != tt.exit {
				t.Errorf("exit code %d, want %d", got, tt.exit)
			}
		})
	}
}

// TestEnvironmentSecretsMasked checks that no secret value of the test
// environments shows in any output: type secret, credential-like names, a
// URL's password, a secret variable's value inside another value.
func TestEnvironmentSecretsMasked(t *testing.T) {
	secrets := []string{
		"sk_test_51HqLyjWDarjtT1zdp7dc", "sk_live_51HqLyjWDarjtT1zdp9xq", // api_key: its name
		"cs_old_Zx81kq0PmmA", "cs_new_Qp02mm1ZzB", // client_secret: type secret, and inside auth_header
		"pa55w0rd-old", "pa55w0rd-new", // db_url's password
		"rt_9f8e7d6c5b4a",                                                      // refresh_token: its name
		"8f14e45fceea167a5a36dedd4bea2543", "c9f0f895fb98ab9159f51fd0297e236d", // session_cookie
	}
	dir := filepath.Join("testdata", "env")
	pairs := [][3]string{
		{"old.postman_environment.json", "new.postman_environment.json", TypeEnvironment},
		{"new.postman_environment.json", "old.postman_environment.json", TypeEnvironment},
		{"old.postman_globals.json", "new.postman_globals.json", TypeGlobals},
	}
	for _, p := range pairs {
		r := Environments(loadEnvironment(t, filepath.Join(dir, p[0])), loadEnvironment(t, filepath.Join(dir, p[1])), p[2], Options{})
		for _, w := range []WriteOptions{{Format: FormatText, Verbose: true}, {Format: FormatMarkdown, Verbose: true}, {Format: FormatJSON, Verbose: true}} {
			var b bytes.Buffer
			if err := r.Write(&b, w); err != nil {
				t.Fatal(err)
			}
			for _, s := range secrets {
				if strings.Contains(b.String(), s) {
					t.Errorf("%s → %s, %s: the output shows %q:\n%s", p[0], p[1], w.Format, s, b.String())
				}
			}
		}
	}
}

// TestEnvironmentChanges checks each kind of variable change on small inputs.
func TestEnvironmentChanges(t *testing.T) {
	env := func(vs ...collections.Variable) *collections.Environment {
		return &collections.Environment{Name: "e", Values: vs}
	}
	v := func(k, val, typ string, disabled bool) collections.Variable {
		return collections.Variable{Key: k, Value: val, Type: typ, Disabled: disabled}
	}
	tests := []struct {
		name     string
		old, new *collections.Environment
		want     []string // "kind path old new"
	}{
		{"value", env(v("host", "a", "", false)), env(v("host", "b", "", false)), []string{"changed values[host] a b"}},
		{"added and removed", env(v("a", "1", "", false)), env(v("b", "2", "", false)), []string{"added values[b] <nil> 2", "removed values[a] 1 <nil>"}},
		{"disabled", env(v("a", "1", "", false)), env(v("a", "1", "", true)), []string{"changed values[a].disabled false true"}},
		{"type", env(v("a", "1", "default", false)), env(v("a", "1", "secret", false)), []string{"changed values[a].type default secret"}},
		{"no type is default", env(v("a", "1", "", false)), env(v("a", "1", "default", false)), nil},
		{"secret type masks", env(v("a", "one-value", "secret", false)), env(v("a", "two-value", "secret", false)), []string{"changed values[a] (secret) (secret)"}},
		{"secret name masks", env(v("password", "one-value", "", false)), env(v("password", "two-value", "", false)), []string{"changed values[password] (secret) (secret)"}},
		{"a reference is shown", env(v("token", "{{a}}", "", false)), env(v("token", "{{b}}", "", false)), []string{"changed values[token] {{a}} {{b}}"}},
		{"case-only rename", env(v("Host", "a", "", false)), env(v("host", "a", "", false)), []string{"renamed values[host] Host host"}},
		{"case-only rename and value", env(v("Host", "a", "", false)), env(v("host", "b", "", false)), []string{"renamed values[host] Host host", "changed values[host] a b"}},
		{"another name is no rename", env(v("host", "a", "", false)), env(v("hostname", "a", "", false)), []string{"added values[hostname] <nil> a", "removed values[host] a <nil>"}},
		{"name", &collections.Environment{Name: "a"}, &collections.Environment{Name: "b"}, []string{"renamed name a b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Environments(tt.old, tt.new, TypeEnvironment, Options{})
			var got []string
			for _, c := range r.Changes {
				got = append(got, strings.Join([]string{string(c.Kind), c.Path, fmtAny(c.Old), fmtAny(c.New)}, " "))
				if c.ItemLabel() != "(environment)" {
					t.Errorf("item label %q", c.ItemLabel())
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func fmtAny(v any) string {
	if v == nil {
		return "<nil>"
	}
	switch t := v.(type) {
	case string:
		return t
	case bool:
		if t {
			return "true"
		}
		return "false"
	}
	return "?"
}

func TestDocumentType(t *testing.T) {
	tests := []struct{ doc, want string }{
		{`{"info": {"name": "x"}, "item": []}`, DocCollection},
		{`{"item": []}`, DocCollection},
		{`{"collection": {"info": {}, "item": []}}`, DocCollection},
		{`{"name": "v1", "order": [], "requests": []}`, DocCollection},
		{`{"name": "e", "values": []}`, DocEnvironment},
		{`{"values": [], "_postman_variable_scope": "environment"}`, DocEnvironment},
		{`{"values": [], "_postman_variable_scope": "globals"}`, DocGlobals},
		{`{"name": "g", "values": [], "_postman_variable_scope": "globals"}`, DocGlobals},
		{`{"environment": {"name": "e", "values": []}}`, DocEnvironment},
		{`{"globals": {"values": []}}`, DocGlobals},
		{`{"run": {"stats": {}}, "collection": {"info": {}}}`, DocRunReport},
		{`[{"a": 1}]`, DocDataFile},
		{"\xef\xbb\xbf" + `{"values": []}`, DocEnvironment},
		{`{"values": "no"}`, ""},
		{`{"foo": 1}`, ""},
		{`{`, ""},
		{``, ""},
	}
	for _, tt := range tests {
		if got := DocumentType([]byte(tt.doc)); got != tt.want {
			t.Errorf("DocumentType(%s) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}
