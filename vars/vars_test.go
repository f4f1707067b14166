package vars

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
)

func TestReplace(t *testing.T) {
	values := map[string]string{
		"a": "A", "b": "B", "aB": "nested", "ref": "{{a}}-{{b}}", "loop": "{{loop}}", "empty": "", "sp ace": "S",
		"self": "x{{self}}", "cyc1": "{{cyc2}}", "cyc2": "{{cyc1}}", "c26": "end",
	}
	for i := 0; i < 26; i++ {
		values[fmt.Sprintf("c%d", i)] = fmt.Sprintf("{{c%d}}", i+1)
	}
	lookup := func(n string) (string, bool) { v, ok := values[n]; return v, ok }
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"{{a}}", "A"},
		{"x{{a}}y{{b}}z", "xAyBz"},
		{"{{a{{b}}}}", "nested"},
		{"{{ref}}", "A-B"},
		{"{{missing}}", "{{missing}}"},
		{"{{missing}} and {{a}}", "{{missing}} and A"},
		{"{{empty}}|", "|"},
		{"{{sp ace}}", "S"},
		{"{{loop}}", "{{loop}}"},
		{"{{", "{{"},
		{"{{a}", "{{a}"},
		{"{a}}", "{a}}"},
		{"{{{a}}}", "{A}"},
		{"}}{{a}}{{", "}}A{{"},
		// at most 19 passes, as postman-collection's Substitutor (checked with Newman 6.2.2)
		{"{{self}}", strings.Repeat("x", 19) + "{{self}}"},
		{"{{cyc1}}", "{{cyc2}}"},
		{"{{c0}}", "{{c19}}"},
		{"{{c8}}", "end"},
		{"{{c7}}", "{{c26}}"},
	}
	for _, tt := range tests {
		if got := Replace(tt.in, lookup); got != tt.want {
			t.Errorf("Replace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func vs(kv ...any) []collections.Variable {
	var out []collections.Variable
	for i := 0; i < len(kv); i += 2 {
		out = append(out, collections.Variable{Key: kv[i].(string), Value: kv[i+1]})
	}
	return out
}

func TestPrecedence(t *testing.T) {
	set := &Set{
		Local:       NewScope(Local, vs("l", "local")),
		Data:        NewScope(Data, vs("l", "data", "d", "data")),
		Environment: NewScope(Environment, vs("d", "env", "e", "env")),
		Collection:  NewScope(Collection, vs("e", "coll", "c", "coll")),
		Globals:     NewScope(Globals, vs("c", "glob", "g", "glob")),
		Dynamic: func(name string) (string, bool) {
			if name == "guid" {
				return "G", true
			}
			return "", false
		},
	}
	got := set.Resolve("{{l}} {{d}} {{e}} {{c}} {{g}} {{$guid}} {{$nope}}")
	want := "local data env coll glob G {{$nope}}"
	if got != want {
		t.Errorf("Resolve = %q, want %q", got, want)
	}
	set.Globals.Set("$guid", "mine")
	if got := set.Resolve("{{$guid}}"); got != "mine" {
		t.Errorf("a defined $guid should win over the dynamic one, got %q", got)
	}
	if got := ResolveIn("{{e}}/{{c}}", set.Collection, nil); got != "coll/coll" {
		t.Errorf("ResolveIn = %q", got)
	}
}

func TestScopeDuplicatesAndDisabled(t *testing.T) {
	s := NewScope(Environment, []collections.Variable{
		{Key: "a", Value: "1"}, {Key: "a", Value: "2"}, {Key: "a", Value: "3", Disabled: true}, {Key: "b", Value: "x", Disabled: true},
	})
	if v, _ := s.Get("a"); v != "2" {
		t.Errorf("a = %v, want the last enabled value 2", v)
	}
	if s.Has("b") {
		t.Error("a disabled variable resolved")
	}
	if keys := s.Keys(); len(keys) != 1 || keys[0] != "a" {
		t.Errorf("keys = %v", keys)
	}
	if vs := s.Variables(); len(vs) != 4 || vs[0].Value != "1" {
		t.Errorf("variables = %+v, want every entry kept for export, as the SDK's VariableList keeps them", vs)
	}
	s.Set("a", "two")
	if vs := s.Variables(); vs[0].Value != "1" || vs[1].Value != "two" {
		t.Errorf("set a duplicated key: %+v, want the last enabled one updated", vs)
	}
	s.SetTyped("tok", "secret-value", "secret")
	if v, ok := s.Variable("tok"); !ok || v.Type != "secret" {
		t.Errorf("typed variable = %+v", v)
	}
	s.Unset("a")
	if s.Has("a") || !s.Has("tok") {
		t.Error("unset removed the wrong variable")
	}
	if vs := s.Variables(); len(vs) != 3 || vs[0].Key != "a" || !vs[0].Disabled {
		t.Errorf("after unset: %+v, want every enabled a gone, the disabled one kept", vs)
	}
	c := s.Clone()
	c.Set("tok", "other")
	if v, _ := s.Get("tok"); v != "secret-value" {
		t.Error("Clone shares state")
	}
	s.Clear()
	if len(s.Keys()) != 0 {
		t.Error("Clear left variables")
	}
}

// What a script's get, has and toObject see, as the SDK's VariableList
// does: a variable disabled by a value other than true is visible to them
// (never to {{…}}) unless an enabled one has its key.
func TestScriptView(t *testing.T) {
	s := NewScope(Collection, []collections.Variable{
		{Key: "soft", Value: "s", Disabled: true, DisabledValue: 1.0},
		{Key: "both", Value: "enabled"}, {Key: "both", Value: "soft", Disabled: true, DisabledValue: "yes"},
		{Key: "hard", Value: "h", Disabled: true},
		{Key: "hidden", Value: "soft", Disabled: true, DisabledValue: "yes"}, {Key: "hidden", Value: "hard", Disabled: true},
	})
	for key, want := range map[string]any{"soft": "s", "both": "enabled", "hard": nil, "hidden": nil} {
		v, ok := s.ScriptVariable(key)
		if ok != (want != nil) || ok && v.Value != want {
			t.Errorf("ScriptVariable(%s) = %v %v, want %v", key, v.Value, ok, want)
		}
	}
	if s.Has("soft") {
		t.Error("a disabled variable resolves for {{…}}")
	}
	var got []string
	s.ScriptEach(func(v collections.Variable) { got = append(got, v.Key+"="+collections.ValueString(v.Value)) })
	if want := []string{"soft=s", "both=soft", "hidden=soft"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ScriptEach = %v, want %v", got, want)
	}
	s.Set("soft", "new") // the SDK adds an enabled variable
	if v, _ := s.ScriptVariable("soft"); v.Value != "new" || !s.Has("soft") {
		t.Errorf("after set: %+v", v)
	}
	s.Unset("soft") // and unset brings the disabled one back
	if v, ok := s.ScriptVariable("soft"); !ok || v.Value != "s" {
		t.Errorf("after unset: %+v %v", v, ok)
	}
	c := NewScope(Data, []collections.Variable{{Key: "x", Value: "1"}})
	saved := c.Clone()
	c.Set("y", "2")
	c.Unset("x")
	c.CopyFrom(saved)
	if keys := c.Keys(); !reflect.DeepEqual(keys, []string{"x"}) {
		t.Errorf("CopyFrom: keys %v", keys)
	}
}

func FuzzReplace(f *testing.F) {
	f.Add("{{a{{b}}}} {{c}}")
	f.Fuzz(func(t *testing.T, s string) {
		lookup := func(n string) (string, bool) {
			if len(n) > 3 {
				return "", false
			}
			return "{{" + n + "x}}", true // expands forever: must stop by the pass limit
		}
		_ = Replace(s, lookup)
	})
}

// Typed variables hold their value cast to the type, from the file and when
// set, as the SDK's Variable does (checked with Newman 6.2.2: integ-vars).
func TestTypedVariables(t *testing.T) {
	s := NewScope(Collection, []collections.Variable{
		{Key: "n", Value: "7", Type: "number"}, {Key: "b", Value: "false", Type: "boolean"},
		{Key: "s", Value: 5.0, Type: "string"}, {Key: "arr", Value: []any{"x", 1.0}, Type: "array"},
		{Key: "obj", Value: `{"k":1}`, Type: "object"}, {Key: "caps", Value: "1", Type: "NUMBER"},
		{Key: "secret", Value: 5.0, Type: "secret"}, {Key: "empty", Value: "", Type: "number"},
	})
	get := func(k string) string { v, _ := s.Get(k); return fmt.Sprintf("%T %v", v, v) }
	for k, want := range map[string]string{
		"n": "float64 7", "b": "bool true", "s": "string 5", "arr": "[]interface {} [x 1]",
		"obj": "map[string]interface {} map[k:1]", "caps": "float64 1", "secret": "float64 5", "empty": "float64 0",
	} {
		if got := get(k); got != want {
			t.Errorf("%s = %s, want %s", k, got, want)
		}
	}
	s.Set("n", "8")
	s.Set("b", 0.0)
	s.Set("s", map[string]any{"x": 1.0})
	s.Set("new", "9")
	for k, want := range map[string]string{"n": "float64 8", "b": "bool false", "s": "string [object Object]", "new": "string 9"} {
		if got := get(k); got != want {
			t.Errorf("after Set, %s = %s, want %s", k, got, want)
		}
	}
	s.SetTyped("t", "10", "number")
	if got := get("t"); got != "float64 10" {
		t.Errorf("SetTyped number = %s", got)
	}
}
