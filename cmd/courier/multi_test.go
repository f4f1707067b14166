package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// twoCollections writes two small collections into dir: "Alpha" (two
// requests, both pass) and "Beta" (one request, its second assertion
// fails when failBeta), with an environment variable each reads.
func twoCollections(t *testing.T, dir, base string, failBeta bool) (a, b string) {
	t.Helper()
	req := func(id, name, path, test string) string {
		return `{"id":"` + id + `","name":"` + name + `","request":{"method":"GET","url":"` + base + path + `"},` +
			`"event":[{"listen":"test","script":{"exec":[` + test + `]}}]}`
	}
	ok := `"pm.test('status 200', () => pm.response.to.have.status(200));"`
	betaTest := ok
	if failBeta {
		betaTest = ok + `,"pm.test('never', () => pm.expect(1).to.equal(2));"`
	}
	alpha := `{"info":{"name":"Alpha",` + schema + `},"item":[` + req("a1", "A one", "/a1", ok) + `,` +
		`{"name":"Folder A","item":[` + req("a2", "A two", "/a2?v={{who}}", ok+`,"pm.environment.set('who','alpha');"`) + `]}]}`
	beta := `{"info":{"name":"Beta",` + schema + `},"item":[` + req("b1", "B one", "/b1?v={{who}}", betaTest) + `]}`
	a, b = filepath.Join(dir, "a.postman_collection.json"), filepath.Join(dir, "b.json")
	for p, s := range map[string]string{a: alpha, b: beta} {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return a, b
}

func readReportMap(t *testing.T, p string) map[string]any {
	t.Helper()
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	return m
}

func statsOf(t *testing.T, report map[string]any) map[string]any {
	t.Helper()
	return report["run"].(map[string]any)["stats"].(map[string]any)
}

func TestSeveralCollectionsOneCommand(t *testing.T) {
	srv := echoServer(t)
	dir := t.TempDir()
	a, b := twoCollections(t, dir, srv.URL, true)
	env := writeTemp(t, "env.json", `{"name":"E","values":[{"key":"who","value":"file"}]}`)
	out := t.TempDir()
	single := func(c, name string) (map[string]any, result) {
		p := filepath.Join(out, name+".json")
		r := courier(t, "", "run", c, "-e", env, "-r", "json", "--reporter-json-export", p)
		return readReportMap(t, p), r
	}
	ra, resA := single(a, "a")
	rb, resB := single(b, "b")
	if resA.code != 0 || resB.code != 1 {
		t.Fatalf("single runs: exit %d and %d, want 0 and 1", resA.code, resB.code)
	}

	jsonP, junitP := filepath.Join(out, "all.json"), filepath.Join(out, "all.xml")
	r := courier(t, "", "run", a, b, "-e", env, "-r", "cli,json,junit",
		"--reporter-json-export", jsonP, "--reporter-junit-export", junitP)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1 (Beta fails)\n%s\n%s", r.code, r.stdout, r.stderr)
	}

	// stats are the sum of the single runs'
	all := statsOf(t, readReportMap(t, jsonP))
	for k, v := range all {
		got := v.(map[string]any)
		sa, sb := statsOf(t, ra)[k].(map[string]any), statsOf(t, rb)[k].(map[string]any)
		for _, f := range []string{"total", "failed"} {
			if want := sa[f].(float64) + sb[f].(float64); got[f].(float64) != want {
				t.Errorf("stats.%s.%s = %v, want %v (%v + %v)", k, f, got[f], want, sa[f], sb[f])
			}
		}
	}
	rep := readReportMap(t, jsonP)
	if name := rep["collection"].(map[string]any)["info"].(map[string]any)["name"]; name != "Alpha" {
		t.Errorf("collection is %v, want the first (Alpha)", name)
	}
	colls, _ := rep["collections"].([]any)
	if len(colls) != 2 || colls[1].(map[string]any)["info"].(map[string]any)["name"] != "Beta" {
		t.Errorf("collections = %v, want Alpha and Beta", colls)
	}
	execs := rep["run"].(map[string]any)["executions"].([]any)
	var names []string
	for _, x := range execs {
		names = append(names, x.(map[string]any)["item"].(map[string]any)["name"].(string))
	}
	if strings.Join(names, ",") != "A one,A two,B one" {
		t.Errorf("executions %v, want A one, A two, B one", names)
	}
	// each collection has its own variables: Beta sees the file's value,
	// not what Alpha set
	b1 := execs[2].(map[string]any)["request"].(map[string]any)["url"].(map[string]any)
	if q, _ := json.Marshal(b1["query"]); !strings.Contains(string(q), `"file"`) {
		t.Errorf("Beta's request query %s: want the environment file's value (each collection its own variables)", q)
	}

	// junit: every collection's suites in one <testsuites>
	raw, err := os.ReadFile(junitP)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Suites []struct {
			Name string `xml:"name,attr"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	var suites []string
	for _, s := range doc.Suites {
		suites = append(suites, s.Name)
	}
	if j := strings.Join(suites, "|"); !strings.Contains(j, "A one") || !strings.Contains(j, "A two") || !strings.Contains(j, "B one") {
		t.Errorf("junit suites %q: want both collections' requests", suites)
	}

	// cli: both blocks, one summary table at the end
	if c := strings.Count(r.stdout, "executed"); c != 1 {
		t.Errorf("cli prints %d summary tables, want 1:\n%s", c, r.stdout)
	}
	ia, ib, is := strings.Index(r.stdout, "\nAlpha\n"), strings.Index(r.stdout, "\nBeta\n"), strings.Index(r.stdout, "executed")
	if ia < 0 || ib < ia || is < ib {
		t.Errorf("cli: want Alpha's block, Beta's block, then the summary:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "never") {
		t.Errorf("cli: Beta's failure missing:\n%s", r.stdout)
	}

	// passing collections only: exit 0
	okDir := t.TempDir()
	a2, b2 := twoCollections(t, okDir, srv.URL, false)
	if r := courier(t, "", "run", a2, b2, "-r", "cli"); r.code != 0 {
		t.Errorf("two passing collections: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestSeveralCollectionsFolderArgument(t *testing.T) {
	srv := echoServer(t)
	dir := t.TempDir()
	twoCollections(t, dir, srv.URL, false)
	// an environment file in the folder is skipped with a warning
	if err := os.WriteFile(filepath.Join(dir, "0-env.json"), []byte(`{"name":"E","values":[],"_postman_variable_scope":"environment"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "r.json")
	r := courier(t, "", "run", dir, "-r", "cli,json", "--reporter-json-export", p)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "0-env.json is a Postman environment file, not a collection: skipped") {
		t.Errorf("stderr %q: want the skip warning", r.stderr)
	}
	// *.postman_collection.json first, then the other *.json
	if ia, ib := strings.Index(r.stdout, "Alpha"), strings.Index(r.stdout, "Beta"); ia < 0 || ib < ia {
		t.Errorf("want Alpha (a.postman_collection.json) before Beta (b.json):\n%s", r.stdout)
	}
	if got := statsOf(t, readReportMap(t, p))["requests"].(map[string]any)["total"]; got != 3.0 {
		t.Errorf("requests %v, want 3", got)
	}
}

func TestSeveralCollectionsErrors(t *testing.T) {
	srv := echoServer(t)
	dir := t.TempDir()
	a, b := twoCollections(t, dir, srv.URL, false)
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "readme.md"), []byte("x"), 0o644)
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "x.json"), []byte(`{"info":{"name":"X"},"item":[`), 0o644)
	for name, args := range map[string][]string{
		"missing file":   {"run", a, filepath.Join(dir, "nope.json")},
		"empty folder":   {"run", a, empty},
		"not collection": {"run", a, bad},
		"export":         {"run", a, b, "--export-environment", filepath.Join(dir, "env.out.json")},
	} {
		t.Run(name, func(t *testing.T) {
			r := courier(t, "", args...)
			if r.code != 2 {
				t.Fatalf("exit %d, want 2\n%s\n%s", r.code, r.stdout, r.stderr)
			}
			if lines := strings.Split(strings.TrimSpace(r.stderr), "\n"); len(lines) != 1 || !strings.HasPrefix(lines[0], "courier: error: ") {
				t.Errorf("stderr %q: want one error line", r.stderr)
			}
			if r.stdout != "" {
				t.Errorf("stdout %q: want nothing (no request ran)", r.stdout)
			}
		})
	}
}

// The same collection given twice runs twice, and its items (same ids)
// are two junit suites each, not one suite holding both runs' testcases.
func TestSeveralCollectionsSameIDsKeptApart(t *testing.T) {
	srv := echoServer(t)
	dir := t.TempDir()
	a, _ := twoCollections(t, dir, srv.URL, false)
	junitP := filepath.Join(t.TempDir(), "j.xml")
	r := courier(t, "", "run", a, a, "-r", "junit", "--reporter-junit-export", junitP)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	raw, err := os.ReadFile(junitP)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Name   string `xml:"name,attr"`
		Suites []struct {
			Name  string     `xml:"name,attr"`
			Cases []struct{} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range doc.Suites {
		got = append(got, fmt.Sprintf("%s:%d", s.Name, len(s.Cases)))
	}
	if doc.Name != "Alpha, Alpha" {
		t.Errorf("the junit root is named %q, want every collection's name", doc.Name)
	}
	want := "A one:1|Folder A / A two:1|A one:1|Folder A / A two:1"
	if strings.Join(got, "|") != want {
		t.Errorf("junit suites %s, want %s", strings.Join(got, "|"), want)
	}
}

// Two versions of a collection (the same item ids, other names and
// requests) in one command: the json report's executions and failures
// show each collection's own item, not the first collection's.
func TestSeveralCollectionsSameIDsJSONItems(t *testing.T) {
	srv := echoServer(t)
	dir := t.TempDir()
	version := func(file, name string) string {
		p := filepath.Join(dir, file)
		doc := `{"info":{"name":"` + name + `","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[
{"id":"same-id","name":"` + name + ` request","request":"` + srv.URL + `/` + name + `","event":[{"listen":"test","script":{"exec":["pm.test('` + name + ` fails', function () { pm.expect(1).to.equal(2); });"]}}]}]}`
		if err := os.WriteFile(p, []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	v1, v2 := version("v1.json", "One"), version("v2.json", "Two")
	out := filepath.Join(dir, "r.json")
	r := courier(t, "", "run", v1, v2, "-r", "json", "--reporter-json-export", out)
	if r.code != 1 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Run struct {
			Executions []struct {
				Item struct {
					Name    string `json:"name"`
					Request struct {
						URL struct {
							Path []string `json:"path"`
						} `json:"url"`
					} `json:"request"`
				} `json:"item"`
			} `json:"executions"`
			Failures []struct {
				Source struct {
					Name string `json:"name"`
				} `json:"source"`
				Error struct {
					Test string `json:"test"`
				} `json:"error"`
			} `json:"failures"`
		} `json:"run"`
	}
	if err := json.Unmarshal(raw, &rep); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range rep.Run.Executions {
		got = append(got, x.Item.Name+" "+strings.Join(x.Item.Request.URL.Path, "/"))
	}
	for _, f := range rep.Run.Failures {
		got = append(got, f.Error.Test+" in "+f.Source.Name)
	}
	want := "One request One|Two request Two|One fails in One request|Two fails in Two request"
	if strings.Join(got, "|") != want {
		t.Errorf("report items: %s\nwant: %s", strings.Join(got, "|"), want)
	}
}
