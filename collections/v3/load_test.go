package v3

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/courier-run/courier/collections"
)

func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for k, v := range files {
		fsys["c/"+k] = &fstest.MapFile{Data: []byte(v)}
	}
	return fsys
}

const minimalDef = "$kind: collection\nname: C\n"

func load(t *testing.T, files map[string]string) (*collections.Collection, []string, error) {
	t.Helper()
	return Decode(mapFS(files), "c", "trees/c")
}

func TestLoadErrorsNameFileLineColumn(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string // the error, exactly
	}{
		{"yaml syntax", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": "$kind: http-request\nurl: '{{x}}\nmethod: GET\n"},
			"trees/c/r.request.yaml:2:6: invalid YAML: could not find end character of single-quoted text"},
		{"unquoted colon", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": "$kind: http-request\ndescription: a: b\n"},
			"trees/c/r.request.yaml:2:14: invalid YAML: mapping value is not allowed in this context"},
		{"variable not a string", map[string]string{".resources/definition.yaml": minimalDef + "variables:\n  - key: n\n    value: 7\n"},
			"trees/c/.resources/definition.yaml:5:12: variables[0].value: expected a string, got a number (7) (quote it: '7')"},
		{"variable map value", map[string]string{".resources/definition.yaml": minimalDef + "variables:\n  on: true\n"},
			"trees/c/.resources/definition.yaml:4:7: variables.on: expected a string, got a boolean (true) (quote it: 'true')"},
		{"no kind", map[string]string{".resources/definition.yaml": "name: C\n"},
			"trees/c/.resources/definition.yaml:1:1: no $kind (expected $kind: collection)"},
		{"wrong kind", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": "$kind: http-example\n"},
			"trees/c/r.request.yaml:1:8: $kind: \"http-example\", expected http-request or graphql-request"},
		{"body type", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": "$kind: http-request\nbody:\n  type: yaml\n  content: x\n"},
			"trees/c/r.request.yaml:3:9: body.type: \"yaml\" is not a body type (none, json, text, xml, html, javascript, urlencoded, formdata or file)"},
		{"body without content", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": "$kind: http-request\nbody:\n  type: json\n"},
			"trees/c/r.request.yaml:3:3: body: a json body has no content"},
		{"prefixed script in a request", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": "$kind: http-request\nscripts:\n  - type: http:beforeRequest\n    code: x\n"},
			"trees/c/r.request.yaml:3:11: scripts[0].type: \"http:beforeRequest\" is not a script type here (expected afterResponse or beforeRequest)"},
		{"plain script in a definition", map[string]string{".resources/definition.yaml": minimalDef + "scripts:\n  - type: beforeRequest\n    code: x\n"},
			"trees/c/.resources/definition.yaml:4:11: scripts[0].type: \"beforeRequest\" is not a script type here (expected http:afterResponse or http:beforeRequest)"},
		{"script language", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": "$kind: http-request\nscripts:\n  - type: afterResponse\n    code: x\n    language: javascript\n"},
			"trees/c/r.request.yaml:5:15: scripts[0].language: \"javascript\" is not a script language (expected text/javascript)"},
		{"examples outside", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": "$kind: http-request\nexamples: ../../elsewhere\n"},
			"trees/c/r.request.yaml:2:11: examples: \"../../elsewhere\" leads outside the collection"},
		{"two documents", map[string]string{".resources/definition.yaml": minimalDef + "---\nname: D\n"},
			"trees/c/.resources/definition.yaml:4:1: a second YAML document: a file holds one"},
		{"repeated key", map[string]string{".resources/definition.yaml": minimalDef + "name: D\n"},
			"trees/c/.resources/definition.yaml:3:1: invalid YAML: mapping key \"name\" already defined at [2:1]"},
		{"both definitions", map[string]string{".resources/definition.yaml": minimalDef, ".resources/definition.yml": minimalDef},
			"trees/c/.resources/definition.yml:1:1: both .resources/definition.yaml and .resources/definition.yml: keep one"},
		{"empty file", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": "# nothing\n"},
			"trees/c/r.request.yaml:1:1: empty file: expected a YAML mapping"},
		{"not utf-8", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": "$kind: http-request\nurl: \xff\n"},
			"trees/c/r.request.yaml:2:6: not UTF-8 text"},
		{"deep nesting", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": "x: " + strings.Repeat("[", 300)},
			"trees/c/r.request.yaml:1:204: nested more than 200 levels deep"},
		{"too many keys", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": strings.Repeat("k: v\n", 10001)},
			"trees/c/r.request.yaml:10001:2: invalid YAML: more than 10000 keys in one file"},
		{"alias bomb", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": aliasBomb()},
			"trees/c/r.request.yaml:8:20: more than 4194304 YAML nodes (aliases expanded)"},
		{"file too large", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": strings.Repeat("#", MaxFileSize+1)},
			"trees/c/r.request.yaml:1:1: file is larger than 8 MiB"},
		{"formdata type", map[string]string{".resources/definition.yaml": minimalDef, "r.request.yaml": "$kind: http-request\nbody:\n  type: formdata\n  content:\n    - key: a\n      type: blob\n"},
			"trees/c/r.request.yaml:6:13: body.content[0].type: \"blob\", expected text or file"},
		{"bad x-courier", map[string]string{".resources/definition.yaml": minimalDef + "x-courier: 1\n"},
			"trees/c/.resources/definition.yaml:3:12: x-courier: expected a mapping (courier writes this key; remove it to read the file as Postman does)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := load(t, tt.files)
			if err == nil {
				t.Fatal("no error")
			}
			var ce *collections.Error
			if !errors.As(err, &ce) {
				t.Errorf("not a *collections.Error: %T", err)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", err, tt.want)
			}
		})
	}
}

// aliasBomb is nine levels of ten aliases of the level below: 10^10 nodes
// when expanded.
func aliasBomb() string {
	var b strings.Builder
	b.WriteString("$kind: http-request\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 10; i++ {
		refs := strings.TrimSuffix(strings.Repeat("*a"+itoa(i-1)+", ", 10), ", ")
		b.WriteString("a" + itoa(i) + ": &a" + itoa(i) + " [" + refs + "]\n")
	}
	return b.String()
}

func TestLoadOrderAndNames(t *testing.T) {
	req := func(extra string) string { return "$kind: http-request\nurl: http://x/\n" + extra }
	c, warns, err := load(t, map[string]string{
		".resources/definition.yaml":            minimalDef,
		"b.request.yaml":                        req("order: 2\n"),
		"a.request.yaml":                        req("order: 2\n"),
		"B.request.yaml":                        req("order: 2\n"),
		"z.request.yml":                         req("name: first\norder: -1\n"),
		"none.request.yaml":                     req(""),
		"F/x.request.yaml":                      req(""),
		"F/.resources/definition.yaml":          "$kind: collection\nname: Folder F\norder: 1\n",
		".hidden/h.request.yaml":                req(""),
		"F/x.resources/examples/e.example.yaml": "$kind: http-example\nresponse:\n  statusCode: 200\n",
		"notes.txt":                             "not a request",
		"W.request.yaml":                        "$kind: websocket-request\nurl: ws://x\n",
		"u.request.yaml":                        req("headerz: 1\norder: 3\n"),
	})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, it := range c.Items {
		names = append(names, it.Name)
	}
	// none has order 0; B before a and b (UTF-16 code units); the folder at 1
	want := "first,none,Folder F,B,a,b,u"
	if got := strings.Join(names, ","); got != want {
		t.Errorf("order %s, want %s", got, want)
	}
	if n := len(c.Items[2].Items[0].Responses); n != 1 {
		t.Errorf("F/x has %d examples (from the sibling x.resources), want 1", n)
	}
	joined := strings.Join(warns, "\n")
	for _, w := range []string{"trees/c/W.request.yaml:1:8: a websocket-request: courier runs HTTP and GraphQL requests; skipped", "trees/c/u.request.yaml:3:1: http-request: unknown field \"headerz\" is ignored"} {
		if !strings.Contains(joined, w) {
			t.Errorf("warnings lack %q:\n%s", w, joined)
		}
	}
}

func TestResidueAppliesOnlyToTheFileAsWritten(t *testing.T) {
	doc := `{"info": {"name": "R", "schema": "` + collections.SchemaV210 + `"}, "item": [
		{"name": "r", "request": {"method": "GET", "url": "http://x/", "proxy": {"host": "p", "port": 8080}}, "response": []}]}`
	tree, err := FromV2([]byte(doc), WriteOptions{Name: "c"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, n := range tree.Notes {
		found = found || strings.Contains(n.String(), "r.request.yaml: /request/proxy: ")
	}
	if !found {
		t.Fatalf("notes %v", tree.Notes)
	}
	files := map[string]string{}
	for _, f := range tree.Files {
		files[f.Path] = string(f.Data)
	}
	c, warns, err := load(t, files)
	if err != nil || len(warns) > 0 {
		t.Fatalf("%v %v", err, warns)
	}
	if c.Items[0].Request.Proxy["host"] != "p" {
		t.Errorf("proxy not kept: %v", c.Items[0].Request.Proxy)
	}
	// an edit of the file (its URL) invalidates what was kept: courier warns
	// and reads the file as it is
	files["r.request.yaml"] = strings.Replace(files["r.request.yaml"], "http://x/", "http://y/", 1)
	c, warns, err = load(t, files)
	if err != nil {
		t.Fatal(err)
	}
	if c.Items[0].Request.Proxy != nil || len(warns) != 1 || !strings.Contains(warns[0], "changed since courier wrote it") {
		t.Errorf("proxy %v, warnings %v", c.Items[0].Request.Proxy, warns)
	}
	// --pure: nothing kept
	pure, err := FromV2([]byte(doc), WriteOptions{Name: "c", Pure: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range pure.Files {
		if strings.Contains(string(f.Data), residueKey) {
			t.Errorf("%s has %s:\n%s", f.Path, residueKey, f.Data)
		}
	}
	if len(pure.Notes) != len(tree.Notes) {
		t.Errorf("pure notes %v", pure.Notes)
	}
}

func TestEnvironmentYAML(t *testing.T) {
	data, err := EnvironmentJSON("dev.environment.yaml", []byte("name: Dev\nvalues:\n  - key: a\n    value: '1'\n    enabled: true\n  - key: s\n    value: x\n    type: secret\n"))
	if err != nil {
		t.Fatal(err)
	}
	env, err := collections.DecodeEnvironment("dev", data)
	if err != nil {
		t.Fatal(err)
	}
	if env.Name != "Dev" || len(env.Values) != 2 || env.Values[1].Type != "secret" || env.Values[0].Value != "1" {
		t.Errorf("%+v", env)
	}
	_, err = EnvironmentJSON("e.yaml", []byte("name: Dev\nvalues:\n  - value: x\n"))
	if err == nil || err.Error() != "e.yaml:3:5: values[0]: no key" {
		t.Errorf("error %v", err)
	}
}
