package check

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// analyse reads names from the syntax tree only: comments, strings and
// computed names are not uses.
func TestAnalyseFacts(t *testing.T) {
	f := analyse(strings.Join([]string{
		"// pm.environment.set('comment', 1); pm.vault.get('x')",
		"var s = \"pm.globals.set('string', 1)\";",
		"pm.environment.set('env', 1);",
		"pm.collectionVariables.set(`tmpl`, 2);",
		"postman.setGlobalVariable('legacy', 3);",
		"pm.iterationData.set('row', 1);",
		"var name = 'x'; pm.variables.set(name, 1);",
		"pm.variables.get('local'); postman.getEnvironmentVariable('old');",
		"pm.environment.has('maybe');",
		"pm.variables.replaceIn('{{a}}-{{b}}');",
		"pm.execution.setNextRequest('next'); postman.setNextRequest(null); pm.execution.setNextRequest(name);",
		"tests['legacy test'] = true;",
	}, "\n"), "test")
	if f.syntax != nil {
		t.Fatal(f.syntax)
	}
	refs := func(rs []varRef) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.scope+":"+r.name+":"+strconv.Itoa(r.pos.line))
		}
		return out
	}
	for _, c := range []struct {
		name      string
		got, want []string
	}{
		{"sets", refs(f.sets), []string{"environment:env:3", "collectionVariables:tmpl:4", "globals:legacy:5"}},
		{"gets", refs(f.gets), []string{"variables:local:8", "environment:old:8"}},
		{"has", refs(f.has), []string{"environment:maybe:9"}},
		{"templates", refs(f.templates), []string{"variables:a:10", "variables:b:10"}},
	} {
		if strings.Join(c.got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: %v, want %v", c.name, c.got, c.want)
		}
	}
	if len(f.dynamicSets) != 1 || f.dynamicSets[0].line != 7 {
		t.Errorf("computed sets %v", f.dynamicSets)
	}
	if len(f.nexts) != 2 || f.nexts[0].name != "next" || !f.nexts[1].stop {
		t.Errorf("nexts %+v", f.nexts)
	}
	if !f.tests || len(f.apis) != 0 {
		t.Errorf("tests %v, apis %+v", f.tests, f.apis)
	}
	if !f.words["env"] || !f.words["replaceIn"] || f.words["comment"] {
		t.Errorf("words %v", f.words)
	}
}

// A script goja cannot parse but a run compiles (lowered by esbuild) is
// read through esbuild's source map.
func TestAnalyseLowered(t *testing.T) {
	f := analyse("async function f() {\n  for await (const x of [1]) {}\n}\npm.vault.get('k');\npm.environment.set('e', 1);", "prerequest")
	if f.syntax != nil {
		t.Fatal(f.syntax)
	}
	if len(f.apis) != 1 || f.apis[0].pos.line != 4 {
		t.Errorf("apis %+v", f.apis)
	}
	if len(f.sets) != 1 || f.sets[0].name != "e" || f.sets[0].pos.line != 5 {
		t.Errorf("sets %+v", f.sets)
	}
}

// The check's lists of the sandbox's pm members and modules are the
// sandbox's (scripting/js/prelude.js), and its wrapper is scripting's.
func TestSandboxListsMatchThePrelude(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "scripting", "js", "prelude.js"))
	if err != nil {
		t.Fatal(err)
	}
	prelude := string(raw)
	block := func(name string) map[string]bool {
		m := regexp.MustCompile(`(?s)var ` + name + ` = \{(.*?)\};`).FindStringSubmatch(prelude)
		if m == nil {
			t.Fatalf("no %s in prelude.js", name)
		}
		out := map[string]bool{}
		for _, k := range regexp.MustCompile(`'([^']+)': 1`).FindAllStringSubmatch(m[1], -1) {
			out[k[1]] = true
		}
		return out
	}
	want := block("requirable")
	for _, extra := range []string{"fs", "chai", "postman-collection"} { // require() answers these itself
		want[extra] = true
	}
	if a, b := keys(want), keys(requirable); a != b {
		t.Errorf("requirable modules: prelude %s, check %s", a, b)
	}
	if a, b := keys(block("nodeBuiltins")), keys(nodeBuiltins); a != b {
		t.Errorf("node built-ins: prelude %s, check %s", a, b)
	}
	pm := map[string]bool{}
	for _, m := range regexp.MustCompile(`pmGetter\('(\w+)'|defineProperty\(pm, '(\w+)'`).FindAllStringSubmatch(prelude, -1) {
		pm[m[1]+m[2]] = true
	}
	for k := range pm {
		if !pmMembers[k] {
			t.Errorf("pm.%s is in the sandbox but not in pmMembers", k)
		}
	}
	for k := range pmMembers {
		if !pm[k] && !strings.Contains("constructor hasOwnProperty isPrototypeOf propertyIsEnumerable toLocaleString toString valueOf __proto__", k) {
			t.Errorf("pmMembers has %s, which the sandbox does not define", k)
		}
	}
	exec := regexp.MustCompile(`(?s)var execution = \{(.*?)\n\};`).FindStringSubmatch(prelude)
	if exec == nil {
		t.Fatal("no execution in prelude.js")
	}
	for k := range executionMembers {
		if !strings.Contains(exec[1], k) && !strings.Contains(prelude, "defineProperty(execution, '"+k+"'") {
			t.Errorf("pm.execution.%s is not in the sandbox", k)
		}
	}
	rt, err := os.ReadFile(filepath.Join("..", "scripting", "runtime.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(rt), "scriptPrefix = "+strconv.Quote(wrapPrefix)) || !strings.Contains(string(rt), "scriptSuffix = "+strconv.Quote(wrapSuffix)) {
		t.Error("wrapPrefix and wrapSuffix differ from scripting's scriptPrefix and scriptSuffix")
	}
}

func keys(m map[string]bool) string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// check reads the model and the sandbox's compiler; it never runs or
// reports a run: it imports neither the runner, the reporters, parallel,
// merge nor the CLI (README's Layout).
func TestCheckImports(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range file.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			for _, banned := range []string{"/runner", "/reporters", "/parallel", "/merge", "/cmd/", "/events"} {
				if strings.HasPrefix(p, "github.com/courier-run/courier") && strings.Contains(p, banned) {
					t.Errorf("%s imports %s", f, p)
				}
			}
		}
	}
}
