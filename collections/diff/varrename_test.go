package diff

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
)

func TestEachUseAndRewrite(t *testing.T) {
	tests := []struct {
		s      string
		script bool
		uses   []string
		out    string // with a → b
	}{
		{"{{a}}/x", false, []string{"a"}, "{{b}}/x"},
		{"{{a}}{{a}}{{ab}}", false, []string{"a", "a", "ab"}, "{{b}}{{b}}{{ab}}"},
		{"{{a", false, nil, "{{a"},
		{"{{}}", false, []string{""}, "{{}}"},
		{`pm.environment.get('a')`, false, nil, `pm.environment.get('a')`},
		{`pm.environment.get('a') + pm.variables.get("a") + ` + "`a`", true, []string{"a", "a", "a"}, `pm.environment.get('b') + pm.variables.get("b") + ` + "`b`"},
		{`x = 'a' + 'not a' + "a b" + 'a"`, true, []string{"a"}, `x = 'b' + 'not a' + "a b" + 'a"`},
		{`'a''a'`, true, []string{"a", "a"}, `'b''b'`},
		{`"{{a}}"`, true, []string{"a", "{{a}}"}, `"{{b}}"`},
		{`'it\'s' 'a'`, true, []string{"s", "a"}, `'it\'s' 'b'`},
	}
	for _, tt := range tests {
		var got []string
		eachUse(tt.s, tt.script, func(n string) { got = append(got, n) })
		if !reflect.DeepEqual(got, tt.uses) {
			t.Errorf("uses of %q: %q, want %q", tt.s, got, tt.uses)
		}
		out, changed := rewriter{"a": "b"}.rewrite(tt.s, tt.script)
		if out != tt.out || changed != (out != tt.s) {
			t.Errorf("rewrite %q: %q, %v; want %q", tt.s, out, changed, tt.out)
		}
	}
}

// books builds a small collection on a base URL variable named base, used in
// every request's URL, and a token read by name in a script.
func booksColl(base string, urls ...string) *collections.Collection {
	c := coll()
	c.Variables = []collections.Variable{{Key: base, Value: "https://books.example"}, {Key: "token", Value: ""}}
	for i, u := range urls {
		it := req("r"+string(rune('a'+i)), "", "GET", u)
		c.Items = append(c.Items, it)
	}
	return c
}

func TestVariableRenames(t *testing.T) {
	tests := []struct {
		name     string
		old, new *collections.Collection
		want     []string // "from → to: note", then the changes left
	}{
		{
			name: "every use updated",
			old:  booksColl("base_URL", "{{base_URL}}/books", "{{base_URL}}/orders"),
			new:  booksColl("base_url", "{{base_url}}/books", "{{base_url}}/orders"),
			want: []string{"base_URL → base_url: 2 uses updated (2 folded)"},
		},
		{
			name: "one use left behind: not folded",
			old:  booksColl("base_URL", "{{base_URL}}/books", "{{base_URL}}/orders", "{{base_URL}}/status"),
			new:  booksColl("base_url", "{{base_url}}/books", "{{base_url}}/orders", "{{base_URL}}/status"),
			want: []string{"base_URL → base_url: 2 of 3 uses updated; {{base_URL}} still used in rc, so the changes that follow from the rename are not folded",
				"ra request.url.host", "rb request.url.host"},
		},
		{
			name: "one use hard-coded: not folded",
			old:  booksColl("base_URL", "{{base_URL}}/books", "{{base_URL}}/orders", "{{base_URL}}/status"),
			new:  booksColl("base_url", "{{base_url}}/books", "{{base_url}}/orders", "https://books.example/status"),
			want: []string{"base_URL → base_url: 2 of 3 uses updated, so the changes that follow from the rename are not folded",
				"ra request.url.host", "rb request.url.host", "rc request.url.protocol", "rc request.url.host"},
		},
		{
			name: "a minority of uses updated is no rename",
			old:  booksColl("base_URL", "{{base_URL}}/books", "{{base_URL}}/orders", "{{base_URL}}/status"),
			new:  booksColl("host", "{{host}}/books", "{{other}}/orders", "{{other}}/status"),
			want: []string{"variable[host] added", "variable[base_URL] removed", "ra request.url.host", "rb request.url.host", "rc request.url.host"},
		},
		{
			name: "names differing in case with no uses",
			old:  booksColl("Base", "/books"),
			new:  booksColl("base", "/books"),
			want: []string{"Base → base: no uses"},
		},
		{
			name: "other names and no uses: no rename",
			old:  booksColl("one", "/books"),
			new:  booksColl("two", "/books"),
			want: []string{"variable[two] added", "variable[one] removed"},
		},
		{
			name: "the new name was already used: no rename",
			old:  booksColl("a", "{{a}}/books", "{{b}}/orders"),
			new:  booksColl("b", "{{b}}/books", "{{b}}/orders"),
			want: []string{"variable[b] added", "variable[a] removed", "ra request.url.host"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Collections(tt.old, tt.new, Options{})
			var got []string
			for _, c := range r.Changes {
				switch {
				case isVariableRename(&c):
					s := c.Old.(string) + " → " + c.New.(string) + ": " + c.Note
					if len(c.Folded) > 0 {
						s += " (" + plural(len(c.Folded), "folded", "folded") + ")"
					}
					got = append(got, s)
				case len(c.Item) == 0:
					got = append(got, c.Path+" "+string(c.Kind))
				default:
					got = append(got, c.ItemLabel()+" "+c.Path)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestVariableRenameScripts checks uses in scripts (a quoted name), in
// headers, bodies and other variables, and that a script changed in another
// way too stays a change.
func TestVariableRenameScripts(t *testing.T) {
	mk := func(name, other string) *collections.Collection {
		c := booksColl(name, "{{"+name+"}}/books", "{{"+name+"}}/orders")
		c.Variables = append(c.Variables, collections.Variable{Key: "full", Value: "{{" + name + "}}/v1"})
		a, b := c.Items[0], c.Items[1]
		a.Request.Headers = []collections.Header{{Key: "X-Base", Value: "{{" + name + "}}"}}
		a.Request.Body = &collections.Body{Mode: "raw", Raw: `{"base": "{{` + name + `}}", "n": 1}`}
		a.Events = []collections.Event{{Listen: "prerequest", Script: collections.Script{Exec: "const u = pm.collectionVariables.get('" + name + "');"}}}
		b.Events = []collections.Event{{Listen: "test", Script: collections.Script{Exec: "pm.expect(pm.variables.get(\"" + name + "\")).to.be.ok;\n" + other}}}
		return c
	}
	r := Collections(mk("apiBase", "check(1);"), mk("api_base", "check(2);"), Options{})
	var left []string
	var rename *Change
	for i, c := range r.Changes {
		if isVariableRename(&c) {
			rename = &r.Changes[i]
			continue
		}
		left = append(left, c.ItemLabel()+" "+c.Path)
	}
	if rename == nil {
		t.Fatalf("no rename: %v", left)
	}
	// URL hosts 2, header, body, two scripts, the other variable
	if rename.Uses.Updated != 7 || rename.Uses.Total != 7 || rename.Note != "7 uses updated" {
		t.Errorf("uses %+v, note %q", rename.Uses, rename.Note)
	}
	var folded []string
	for _, f := range rename.Folded {
		folded = append(folded, f.ItemLabel()+" "+f.Path+f.JSONPath)
	}
	wantFolded := []string{"(collection) variable[full]", "ra request.url.host", "ra request.header[X-Base]", "ra request.body.raw$.base",
		"ra event[prerequest]", "rb request.url.host"}
	if !reflect.DeepEqual(folded, wantFolded) {
		t.Errorf("folded\n  %s\nwant\n  %s", strings.Join(folded, "\n  "), strings.Join(wantFolded, "\n  "))
	}
	if want := []string{"rb event[test]"}; !reflect.DeepEqual(left, want) {
		t.Errorf("changes left %v, want %v", left, want)
	}
}

// TestManyVariables: thousands of variables removed and added with no uses
// are no renames (and no pair of them is looked at), bar the one differing
// only in case.
func TestManyVariables(t *testing.T) {
	old, new := coll(), coll()
	for i := 0; i < 3000; i++ {
		old.Variables = append(old.Variables, collections.Variable{Key: fmt.Sprintf("old_%d", i), Value: "v"})
		new.Variables = append(new.Variables, collections.Variable{Key: fmt.Sprintf("new_%d", i), Value: "v"})
	}
	old.Variables = append(old.Variables, collections.Variable{Key: "Host", Value: "h"})
	new.Variables = append(new.Variables, collections.Variable{Key: "HOST", Value: "h"})
	r := Collections(old, new, Options{})
	if n := r.variableRenames(); n != 1 || r.Counts()[ClassVariables] != 6001 {
		t.Errorf("%d renames and %d variable changes, want 1 and 6001", n, r.Counts()[ClassVariables])
	}
}

// TestLongURL: the path features of a hostile URL are bounded.
func TestLongURL(t *testing.T) {
	u := "{{base}}" + strings.Repeat("/seg", 100000)
	f := requestFeatures(req("r", "", "GET", u))
	if len(f.path) != maxPathFeatures {
		t.Errorf("%d path features, want %d", len(f.path), maxPathFeatures)
	}
}
