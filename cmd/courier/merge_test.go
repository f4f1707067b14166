package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// courier merge of the reports of two shards (each top-level folder run on
// its own) gives the whole run's stats, failures and executions in order,
// a junit report with every testcase, and the whole run's exit code.
func TestMergeCommand(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"path":"`+r.URL.Path+`"}`)
	}))
	defer srv.Close()
	dir := t.TempDir()
	p := func(n string) string { return filepath.Join(dir, n) }
	test := func(name, cond string) string {
		return `"event":[{"listen":"test","script":{"exec":["pm.test('` + name + `', function () { pm.expect(` + cond + `).to.be.true; });"]}}]`
	}
	coll := `{"info":{"name":"sharded","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[
{"name":"A","item":[
  {"name":"a1","request":"` + srv.URL + `/a1",` + test("a1 ok", "true") + `},
  {"name":"a2","request":"` + srv.URL + `/a2",` + test("a2 fails", "false") + `}]},
{"name":"B","item":[
  {"name":"b1","request":"` + srv.URL + `/b1",` + test("b1 ok", "pm.response.json().path === '/b1'") + `}]}]}`
	if err := os.WriteFile(p("c.json"), []byte(coll), 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(out string, extra ...string) int {
		args := append([]string{"run", p("c.json"), "-r", "json", "--reporter-json-export", p(out)}, extra...)
		return courier(t, "", args...).code
	}
	if c := run("whole.json"); c != 1 {
		t.Fatalf("whole run exit %d", c)
	}
	if c := run("a.json", "--folder", "A"); c != 1 {
		t.Fatalf("shard A exit %d", c)
	}
	if c := run("b.json", "--folder", "B"); c != 0 {
		t.Fatalf("shard B exit %d", c)
	}
	// given out of order: the merge puts them in the collection's order
	r := courier(t, "", "merge", p("b.json"), p("a.json"), "-r", "cli,json,junit",
		"--reporter-json-export", p("merged.json"), "--reporter-junit-export", p("merged.xml"), "--color", "off")
	if r.code != 1 {
		t.Fatalf("merge exit %d, want 1\n%s%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "a2 fails") || !strings.Contains(r.stdout, "assertions") {
		t.Errorf("the cli summary lacks the failure or the table:\n%s", r.stdout)
	}
	type report struct {
		Run struct {
			Stats map[string]struct {
				Total  int `json:"total"`
				Failed int `json:"failed"`
			} `json:"stats"`
			Executions []struct {
				Item struct {
					Name string `json:"name"`
				} `json:"item"`
			} `json:"executions"`
			Failures []struct {
				Error struct {
					Test string `json:"test"`
				} `json:"error"`
			} `json:"failures"`
		} `json:"run"`
	}
	read := func(n string) report {
		var rep report
		b, err := os.ReadFile(p(n))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &rep); err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		return rep
	}
	whole, merged := read("whole.json"), read("merged.json")
	for _, k := range []string{"requests", "assertions", "testScripts", "iterations"} {
		if whole.Run.Stats[k] != merged.Run.Stats[k] {
			t.Errorf("stats.%s: merged %+v, whole run %+v", k, merged.Run.Stats[k], whole.Run.Stats[k])
		}
	}
	names := func(r report) (s []string) {
		for _, x := range r.Run.Executions {
			s = append(s, x.Item.Name)
		}
		return s
	}
	if got, want := strings.Join(names(merged), ","), strings.Join(names(whole), ","); got != want || want != "a1,a2,b1" {
		t.Errorf("executions %s, whole run %s", got, want)
	}
	if len(merged.Run.Failures) != 1 || merged.Run.Failures[0].Error.Test != "a2 fails" {
		t.Errorf("failures: %+v", merged.Run.Failures)
	}
	var ju struct {
		Suites []struct {
			Cases []struct {
				Name string `xml:"name,attr"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	b, err := os.ReadFile(p("merged.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(b, &ju); err != nil {
		t.Fatal(err)
	}
	cases := 0
	for _, s := range ju.Suites {
		cases += len(s.Cases)
	}
	if cases != 3 {
		t.Errorf("junit has %d testcases, want 3:\n%s", cases, b)
	}
}

func TestMergeCommandRefuses(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"run": [}`), 0o600)
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"no reports", []string{"merge"}, "no reports given"},
		{"missing file", []string{"merge", filepath.Join(dir, "nope.json")}, "nope.json: cannot read"},
		{"malformed", []string{"merge", bad}, "bad.json"},
		{"unknown reporter", []string{"merge", bad, "-r", "tap"}, `reporter "tap"`},
		{"unknown option", []string{"merge", bad, "--shard", "1/2"}, "unknown option --shard"},
	} {
		r := courier(t, "", c.args...)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
			t.Errorf("%s: exit %d, stderr %q (want exit 2, one line with %q)", c.name, r.code, r.stderr, c.want)
		}
	}
}

// The promise for CI matrices: a run split with --shard i/n into
// three reports, merged (given in any order), is the sequential run: the
// same stats, executions (iteration, item, assertions) and failures.
func TestShardsMergeToTheWholeRun(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/fail" {
			w.WriteHeader(500)
		}
		io.WriteString(w, `{"path":"`+r.URL.Path+`"}`)
	}))
	defer srv.Close()
	dir := t.TempDir()
	p := func(n string) string { return filepath.Join(dir, n) }
	coll := `{"info":{"name":"shards","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[
{"name":"A","item":[
  {"name":"a1","request":"` + srv.URL + `/a1","event":[{"listen":"test","script":{"exec":["pm.test('a1 ' + pm.iterationData.get('n'), function () { pm.response.to.have.status(200); });"]}}]},
  {"name":"a2","request":"` + srv.URL + `/fail","event":[{"listen":"test","script":{"exec":["pm.test('a2 fails', function () { pm.response.to.have.status(200); });"]}}]}]},
{"name":"B","item":[
  {"name":"b1","request":"` + srv.URL + `/b1","event":[{"listen":"test","script":{"exec":["pm.test('b1 ' + pm.info.iteration, function () {});"]}}]}]}]}`
	os.WriteFile(p("c.json"), []byte(coll), 0o600)
	os.WriteFile(p("d.csv"), []byte("n\n1\n2\n3\n"), 0o600)
	run := func(out string, extra ...string) {
		args := append([]string{"run", p("c.json"), "-d", p("d.csv"), "-r", "json", "--reporter-json-export", p(out)}, extra...)
		if r := courier(t, "", args...); r.code != 1 {
			t.Fatalf("%v: exit %d\n%s", extra, r.code, r.stderr)
		}
	}
	run("whole.json", "-r", "json,junit", "--reporter-junit-export", p("whole.xml"))
	for i := 1; i <= 3; i++ {
		run(fmt.Sprintf("s%d.json", i), "--shard", fmt.Sprintf("%d/3", i), "--parallel-folders")
	}
	if r := courier(t, "", "merge", p("s3.json"), p("s1.json"), p("s2.json"), "-r", "json,junit", "--reporter-json-export", p("merged.json"), "--reporter-junit-export", p("merged.xml")); r.code != 1 {
		t.Fatalf("merge exit %d\n%s", r.code, r.stderr)
	}
	// the collection has no item ids: each run made its own, and the
	// merged junit still has one suite per item, as the whole run's
	suites := func(n string) string {
		b, err := os.ReadFile(p(n))
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Suites []struct {
				Name  string     `xml:"name,attr"`
				Cases []struct{} `xml:"testcase"`
			} `xml:"testsuite"`
		}
		if err := xml.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, s := range doc.Suites {
			out = append(out, fmt.Sprintf("%s:%d", s.Name, len(s.Cases)))
		}
		return strings.Join(out, " | ")
	}
	if w, m := suites("whole.xml"), suites("merged.xml"); w != m {
		t.Errorf("merged junit suites:\n%s\nwhole run's:\n%s", m, w)
	}
	type report struct {
		Run struct {
			Stats      json.RawMessage `json:"stats"`
			Executions []struct {
				Cursor struct {
					Iteration int `json:"iteration"`
				} `json:"cursor"`
				Item struct {
					Name string `json:"name"`
				} `json:"item"`
				Assertions []struct {
					Assertion string `json:"assertion"`
				} `json:"assertions"`
			} `json:"executions"`
			Failures []struct {
				Error struct {
					Test string `json:"test"`
				} `json:"error"`
			} `json:"failures"`
		} `json:"run"`
	}
	outline := func(n string) string {
		var rep report
		b, err := os.ReadFile(p(n))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &rep); err != nil {
			t.Fatal(err)
		}
		var sb strings.Builder
		var stats bytes.Buffer
		json.Compact(&stats, rep.Run.Stats)
		sb.WriteString(stats.String() + "\n")
		for _, x := range rep.Run.Executions {
			fmt.Fprintf(&sb, "%d %s", x.Cursor.Iteration, x.Item.Name)
			for _, a := range x.Assertions {
				sb.WriteString(" [" + a.Assertion + "]")
			}
			sb.WriteString("\n")
		}
		for _, f := range rep.Run.Failures {
			sb.WriteString("failure " + f.Error.Test + "\n")
		}
		return sb.String()
	}
	whole, merged := outline("whole.json"), outline("merged.json")
	if whole != merged {
		t.Errorf("merged shards:\n%s\nwhole run:\n%s", merged, whole)
	}
	if strings.Count(whole, "\n") < 9+3 {
		t.Fatalf("the whole run is smaller than expected:\n%s", whole)
	}
}
