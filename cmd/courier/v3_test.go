package main

import (
	"encoding/json"
	"net"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/internal/testserver"
)

// copyTree copies a directory.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		out := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(out, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(out, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Every collection of the Newman differential suite, and the partner
// collection, converts to a v3 tree and back without loss: courier diff finds
// no change between the file and the tree, nor between the file and the
// v2.1 file converted back, and that file holds the document courier read
// (the same JSON value; for a v1 collection, the v2.1 it converts to).
func TestConvertRoundTripsTheDifferentialSuite(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(differentialDir, "*.postman_collection.json"))
	files = append(files, partnerCollection)
	if len(files) < 50 {
		t.Fatalf("found %d collections", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".postman_collection.json")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			tree := filepath.Join(dir, "tree")
			back := filepath.Join(dir, "back.json")
			if r := courier(t, "", "convert", "--silent", f, tree); r.code != 0 {
				t.Fatalf("convert to v3: exit %d: %s", r.code, r.stderr)
			}
			if r := courier(t, "", "convert", tree, back); r.code != 0 || r.stderr != "" {
				t.Fatalf("convert to v2.1: exit %d: %s", r.code, r.stderr)
			}
			for _, other := range []string{tree, back} {
				if r := courier(t, "", "diff", f, other); r.code != 0 || !strings.Contains(r.stdout, "no changes") {
					t.Errorf("courier diff %s %s: exit %d\n%s%s", f, other, r.code, r.stdout, r.stderr)
				}
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			c, err := collections.Decode(f, data)
			if err != nil {
				t.Fatal(err)
			}
			read := filepath.Join(dir, "read.json")
			if err := os.WriteFile(read, c.Raw, 0o644); err != nil {
				t.Fatal(err)
			}
			sameJSONFile(t, read, back)
		})
	}
}

func TestConvertRefusesAndReplaces(t *testing.T) {
	dir := t.TempDir()
	tree := filepath.Join(dir, "tree")
	if r := courier(t, "", "convert", partnerCollection, tree); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	// the variables' types are listed: v3 has no place for them
	r := courier(t, "", "convert", "--strict", partnerCollection, filepath.Join(dir, "strict"))
	if r.code != 1 || !strings.Contains(r.stderr, `/variable/2/type: "secret"`) {
		t.Errorf("--strict: exit %d\n%s", r.code, r.stderr)
	}
	// an existing OUT is kept without --force
	before, _ := os.ReadFile(filepath.Join(tree, ".resources", "definition.yaml"))
	r = courier(t, "", "convert", partnerCollection, tree)
	if r.code != 2 || !strings.Contains(r.stderr, "exists (add --force to replace it)") {
		t.Errorf("existing tree: exit %d %s", r.code, r.stderr)
	}
	out := filepath.Join(dir, "out.json")
	os.WriteFile(out, []byte("keep me"), 0o644)
	r = courier(t, "", "convert", tree, out)
	if data, _ := os.ReadFile(out); r.code != 2 || string(data) != "keep me" {
		t.Errorf("existing file: exit %d, content %q", r.code, data)
	}
	// --force replaces a file, and a tree's YAML files (keeping other files)
	if r := courier(t, "", "convert", "--force", tree, out); r.code != 0 {
		t.Errorf("--force file: exit %d %s", r.code, r.stderr)
	}
	readme := filepath.Join(tree, "README.md")
	os.WriteFile(readme, []byte("mine"), 0o644)
	stale := filepath.Join(tree, "Partner User API", "Gone.request.yaml")
	os.WriteFile(stale, []byte("$kind: http-request\nurl: http://x\n"), 0o644)
	if r := courier(t, "", "convert", "--force", partnerCollection, tree); r.code != 0 {
		t.Fatalf("--force tree: exit %d %s", r.code, r.stderr)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("a request the new tree has not was kept: %v", err)
	}
	if data, _ := os.ReadFile(readme); string(data) != "mine" {
		t.Errorf("README.md: %q", data)
	}
	if after, _ := os.ReadFile(filepath.Join(tree, ".resources", "definition.yaml")); string(after) != string(before) {
		t.Errorf("definition changed by a conversion of the same file")
	}
	// a directory that is not a v3 tree is never replaced, --force or not
	other := filepath.Join(dir, "other")
	os.MkdirAll(other, 0o755)
	os.WriteFile(filepath.Join(other, "notes.txt"), []byte("x"), 0o644)
	r = courier(t, "", "convert", "--force", partnerCollection, other)
	if r.code != 2 || !strings.Contains(r.stderr, "is not a v3 collection: not replaced") {
		t.Errorf("non-tree directory: exit %d %s", r.code, r.stderr)
	}
	// bad input names the file and the place
	bad := filepath.Join(dir, "bad")
	os.MkdirAll(filepath.Join(bad, ".resources"), 0o755)
	os.WriteFile(filepath.Join(bad, ".resources", "definition.yaml"), []byte("$kind: collection\nvariables:\n  - key: a\n    value: 1\n"), 0o644)
	r = courier(t, "", "convert", bad, filepath.Join(dir, "bad.json"))
	if want := filepath.Join(bad, ".resources", "definition.yaml") + ":4:12: variables[0].value: expected a string"; r.code != 2 || !strings.Contains(r.stderr, want) {
		t.Errorf("bad input: exit %d %s", r.code, r.stderr)
	}
	if r := courier(t, "", "convert", "only-one"); r.code != 2 {
		t.Errorf("one argument: exit %d", r.code)
	}
	if r := courier(t, "", "convert", "--help"); r.code != 0 || !strings.Contains(r.stdout, "Usage: courier convert IN OUT") {
		t.Errorf("--help: exit %d", r.code)
	}
}

// A folder argument that is a v3 tree is one collection (not its .json
// files); one holding v3 trees (postman/collections) is each of them; a
// tree's .resources/definition.yaml names the tree; folders of .json
// collections are read as before.
func TestRunTreesAsFolderArguments(t *testing.T) {
	srv, _ := contioServer(t, otp)
	dir := t.TempDir()
	colls := filepath.Join(dir, "postman", "collections")
	copyTree(t, partnerTree, filepath.Join(colls, "partner"))
	copyTree(t, partnerTree, filepath.Join(colls, "second"))
	// a stray .json inside a tree does not make it a folder of collections
	os.WriteFile(filepath.Join(colls, "partner", "notes.json"), []byte("{}"), 0o644)
	report := filepath.Join(dir, "r.json")
	run := func(args ...string) (result, map[string]int) {
		t.Helper()
		args = append([]string{"run"}, args...)
		args = append(args, "-e", partnerEnv, "--env-var", "base_url="+srv.URL, "--env-var", "otp_code="+otp, "-r", "json", "--reporter-json-export", report)
		r := courier(t, "", args...)
		var rep struct {
			Run struct {
				Stats map[string]struct{ Total, Failed int } `json:"stats"`
			} `json:"run"`
		}
		data, _ := os.ReadFile(report)
		json.Unmarshal(data, &rep)
		return r, map[string]int{"requests": rep.Run.Stats["requests"].Total, "assertions": rep.Run.Stats["assertions"].Total}
	}
	for _, tt := range []struct {
		name     string
		args     []string
		requests int
	}{
		{"tree folder", []string{filepath.Join(colls, "partner")}, 27},
		{"definition file", []string{filepath.Join(colls, "partner", ".resources", "definition.yaml")}, 27},
		{"folder of trees", []string{colls}, 54},
		{"--folder", []string{filepath.Join(colls, "partner"), "--folder", "Partner Admin API"}, 6},
		{"--parallel", []string{filepath.Join(colls, "partner"), "-n", "2", "--parallel", "2"}, 54},
		{"--shard", []string{filepath.Join(colls, "partner"), "-n", "2", "--shard", "2/2"}, 27},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, stats := run(tt.args...)
			if stats["requests"] != tt.requests {
				t.Errorf("exit %d, %v requests, want %d\n%s", r.code, stats, tt.requests, r.stderr)
			}
		})
	}
	// a folder of .json collections still runs them
	jsonDir := filepath.Join(dir, "json")
	os.MkdirAll(jsonDir, 0o755)
	data, _ := os.ReadFile(partnerCollection)
	os.WriteFile(filepath.Join(jsonDir, "partner.postman_collection.json"), data, 0o644)
	if _, stats := run(jsonDir); stats["requests"] != 27 {
		t.Errorf("json folder: %v", stats)
	}
}

// A data file drives a tree's iterations as it drives a v2.1 file's.
func TestTreeWithDataFile(t *testing.T) {
	srv := httptest.NewServer(testserver.New())
	t.Cleanup(srv.Close)
	rawLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rawLn.Close() })
	go testserver.ServeRaw(rawLn)
	data := writeTemp(t, "data.json", `[{"coll_var": "from row 1"}, {"coll_var": "from row 2"}]`)
	report := filepath.Join(t.TempDir(), "r.json")
	r := courier(t, "", "run", filepath.Join(postmanCLIDir, "inherit"), "-d", data, "--env-var", "raw=http://"+rawLn.Addr().String(),
		"--folder", "M", "-r", "json", "--reporter-json-export", report)
	got := reduceForCLI(t, report, r.code)
	if r.code != 0 || len(got.Executions) != 2 {
		t.Fatalf("exit %d, %d executions\n%s", r.code, len(got.Executions), r.stderr)
	}
	for i, ex := range got.Executions {
		want := "in-m: coll_var=from row " + itoa(i+1)
		if len(ex.Assertions) < 2 || !strings.HasPrefix(ex.Assertions[1].Name, want) {
			t.Errorf("iteration %d: %+v, want %q", i+1, ex.Assertions, want)
		}
	}
}

// --export-collection of a tree writes a tree: the run's collection
// variables, into a new directory or over the tree read; an existing other
// directory is refused before any request is sent.
func TestExportCollectionOfATree(t *testing.T) {
	srv, _ := contioServer(t, otp)
	dir := t.TempDir()
	tree := filepath.Join(dir, "partner")
	copyTree(t, partnerTree, tree)
	os.WriteFile(filepath.Join(tree, "README.md"), []byte("mine"), 0o644)
	args := func(export string) []string {
		return []string{"run", tree, "-e", partnerEnv, "--env-var", "base_url=" + srv.URL, "--env-var", "otp_code=" + otp, "--silent", "--export-collection", export}
	}
	out := filepath.Join(dir, "exported")
	if r := courier(t, "", args(out)...); r.code != 0 {
		t.Fatalf("exit %d %s", r.code, r.stderr)
	}
	def, _ := os.ReadFile(filepath.Join(out, ".resources", "definition.yaml"))
	if !strings.Contains(string(def), "key: oauth_token\n    value: ") || strings.Contains(string(def), "key: oauth_token\n    value: \"\"") {
		t.Errorf("the run's oauth_token is not in the export:\n%s", def)
	}
	// the export reads back as the tree did, but for the variables' values
	r := courier(t, "", "diff", "--format", "json", tree, out)
	if r.code != 1 || strings.Contains(r.stdout, `"class": "body"`) || !strings.Contains(r.stdout, `"path": "variable[oauth_token]"`) {
		t.Errorf("diff tree export: exit %d\n%s", r.code, r.stdout)
	}
	// over the tree it read: updated in place, other files kept
	if r := courier(t, "", args(tree)...); r.code != 0 {
		t.Fatalf("in place: exit %d %s", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(filepath.Join(tree, "README.md")); string(data) != "mine" {
		t.Errorf("README.md: %q", data)
	}
	// an existing directory that is not the tree read: refused, exit 2, before the run
	other := filepath.Join(dir, "other")
	os.MkdirAll(other, 0o755)
	os.WriteFile(filepath.Join(other, "x.txt"), []byte("x"), 0o644)
	r = courier(t, "", args(other)...)
	if r.code != 2 || !strings.Contains(r.stderr, "the directory exists and is not empty") {
		t.Errorf("other directory: exit %d %s", r.code, r.stderr)
	}
	// a .json target is a v2.1 export
	js := filepath.Join(dir, "export.json")
	if r := courier(t, "", args(js)...); r.code != 0 {
		t.Fatalf("json export: exit %d %s", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(js); !strings.Contains(string(data), `"_postman_exported_using"`) {
		t.Errorf("not a v2.1 export")
	}
}

// courier diff compares two trees, and a tree with a v2.1 file; REV:DIR
// reads a tree from git.
func TestDiffTrees(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	copyTree(t, partnerTree, a)
	copyTree(t, partnerTree, b)
	p := filepath.Join(b, "Partner Admin API", "Get App.request.yaml")
	data, _ := os.ReadFile(p)
	os.WriteFile(p, []byte(strings.Replace(string(data), "method: GET", "method: POST", 1)), 0o644)
	r := courier(t, "", "diff", a, b)
	if r.code != 1 || !strings.Contains(r.stdout, "Partner Admin API / Get App") || !strings.Contains(r.stdout, "GET → POST") {
		t.Errorf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := courier(t, "", "diff", partnerCollection, a); r.code != 0 {
		t.Errorf("v2.1 against its tree: exit %d\n%s", r.code, r.stdout)
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@t"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	git("add", "a")
	git("commit", "-q", "-m", "a")
	t.Chdir(dir)
	if r := courier(t, "", "diff", "HEAD:a", "b"); r.code != 1 || !strings.Contains(r.stdout, "GET → POST") {
		t.Errorf("HEAD:a against b: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// v3 environments and globals (YAML) are read as their JSON forms are.
func TestYAMLEnvironment(t *testing.T) {
	srv, _ := contioServer(t, otp)
	dir := t.TempDir()
	var je struct {
		Values []struct{ Key, Value, Type string } `json:"values"`
	}
	data, _ := os.ReadFile(partnerEnv)
	if err := json.Unmarshal(data, &je); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("name: Contio mock\nvalues:\n")
	for _, v := range je.Values {
		if v.Key == "base_url" {
			v.Value = srv.URL
		}
		b.WriteString("  - key: " + v.Key + "\n    value: '" + v.Value + "'\n    enabled: true\n    type: " + v.Type + "\n")
	}
	b.WriteString("  - key: otp_code\n    value: '" + otp + "'\n")
	env := filepath.Join(dir, "mock.environment.yaml")
	os.WriteFile(env, []byte(b.String()), 0o644)
	glob := filepath.Join(dir, "g.globals.yaml")
	os.WriteFile(glob, []byte("name: Globals\nvalues:\n  - key: from_globals\n    value: 'yes'\n"), 0o644)
	report := filepath.Join(dir, "r.json")
	r := courier(t, "", "run", partnerTree, "-e", env, "-g", glob, "-r", "json", "--reporter-json-export", report)
	compareRecorded(t, outcome(t, r.code, report), readRecorded(t, "newman-happy-path.txt"))
	if data, _ := os.ReadFile(report); !strings.Contains(string(data), `"from_globals"`) {
		t.Errorf("the globals file's variable is not in the report")
	}
	bad := filepath.Join(dir, "bad.environment.yaml")
	os.WriteFile(bad, []byte("name: x\nvalues:\n  - key: [a]\n"), 0o644)
	r = courier(t, "", "run", partnerTree, "-e", bad)
	if r.code != 2 || !strings.Contains(r.stderr, bad+":3:10: values[0].key: expected a string") {
		t.Errorf("exit %d %s", r.code, r.stderr)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
