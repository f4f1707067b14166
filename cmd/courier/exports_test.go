package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Runs recorded with EXPORTS=1 (testdata/newman/record.sh) keep the four files
// Newman exported, NAME.export-KIND.json, normalised by record.sh's exports.js;
// courier's exports of the same run must equal them byte for byte once
// normalised the same way (normaliseExport).

var exportKinds = []string{"environment", "globals", "collection", "cookie-jar"}

// exportFlags are the --export-* flags for a run whose exports were recorded
// (none for the others), writing into dir.
func exportFlags(name, dir string) []string {
	var args []string
	for _, kind := range exportKinds {
		if _, err := os.Stat(filepath.Join(differentialDir, name+".export-"+kind+".json")); err == nil {
			args = append(args, "--export-"+kind, filepath.Join(dir, "courier.export-"+kind+".json"))
		}
	}
	return args
}

var (
	exportedAt    = regexp.MustCompile(`"_postman_exported_at": "[^"]*"`)
	exportedUsing = regexp.MustCompile(`"_postman_exported_using": "[^"]*"`)
	cookieTime    = regexp.MustCompile(`"(creation|lastAccessed)": "([^"]*)"`)
	anyUUID       = regexp.MustCompile(`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`)
)

// normaliseExport is record.sh's exports.js: the export time and tool, the
// times of cookies and every UUID that the run's input files (given) do not
// hold, and the test servers' URLs, become placeholders.
func normaliseExport(text, given, base, raw string) string {
	text = strings.ReplaceAll(text, base, "<base>")
	text = strings.ReplaceAll(text, raw, "<raw>")
	text = exportedAt.ReplaceAllString(text, `"_postman_exported_at": "<time>"`)
	text = exportedUsing.ReplaceAllString(text, `"_postman_exported_using": "<agent>"`)
	text = cookieTime.ReplaceAllStringFunc(text, func(m string) string {
		sub := cookieTime.FindStringSubmatch(m)
		if strings.Contains(given, sub[2]) {
			return m
		}
		return `"` + sub[1] + `": "<time>"`
	})
	return anyUUID.ReplaceAllStringFunc(text, func(m string) string {
		if strings.Contains(given, m) {
			return m
		}
		return "<uuid>"
	})
}

// checkExports holds the files courier exported into dir to Newman's.
// inputs are the run's input files.
func checkExports(t *testing.T, name, dir string, inputs []string, base, raw string) {
	t.Helper()
	var given strings.Builder
	for _, f := range inputs {
		if b, err := os.ReadFile(f); err == nil {
			given.Write(b)
			given.WriteByte('\n')
		}
	}
	for _, kind := range exportKinds {
		want, err := os.ReadFile(filepath.Join(differentialDir, name+".export-"+kind+".json"))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, "courier.export-"+kind+".json"))
		if err != nil {
			t.Errorf("--export-%s: courier wrote nothing: %v", kind, err)
			continue
		}
		if g := normaliseExport(string(got), given.String(), base, raw); g != string(want) {
			t.Errorf("--export-%s differs from Newman's (- newman, + courier):%s", kind,
				lineDiff(strings.Split(string(want), "\n"), strings.Split(g, "\n")))
		}
	}
}

func TestNormaliseExport(t *testing.T) {
	given := `{"id": "e0000000-0000-4000-8000-0000000000e1", "creation": "2020-01-01T00:00:00.000Z"}`
	in := `{
  "id": "e0000000-0000-4000-8000-0000000000e1",
  "other": "7C1D7E7A-1F2B-4C3D-8E9F-0A1B2C3D4E5F",
  "url": "http://127.0.0.1:1234/x",
  "raw": "http://127.0.0.1:5678",
  "creation": "2020-01-01T00:00:00.000Z",
  "lastAccessed": "2026-12-06T15:01:09.331Z",
  "expires": "2099-01-01T00:00:00.000Z",
  "_postman_exported_at": "2026-12-06T15:01:09.331Z",
  "_postman_exported_using": "courier/0.1.0"
}`
	want := `{
  "id": "e0000000-0000-4000-8000-0000000000e1",
  "other": "<uuid>",
  "url": "<base>/x",
  "raw": "<raw>",
  "creation": "2020-01-01T00:00:00.000Z",
  "lastAccessed": "<time>",
  "expires": "2099-01-01T00:00:00.000Z",
  "_postman_exported_at": "<time>",
  "_postman_exported_using": "<agent>"
}`
	if got := normaliseExport(in, given, "http://127.0.0.1:1234", "http://127.0.0.1:5678"); got != want {
		t.Errorf("normaliseExport:\n%s\nwant\n%s", got, want)
	}
}

// An export path may be an input file: it is replaced once the run is over,
// as Newman replaces it (the usual way to carry an environment from one run
// to the next). A variable the file disables with "enabled": false stays
// disabled, written as the SDK writes a disabled variable ("disabled": true,
// which Newman and courier both honour when they read the file again);
// Newman drops the mark and uses the variable (knownDifferences variables/…).
func TestExportOverInputFile(t *testing.T) {
	srv := echoServer(t)
	coll := collectionFile(t, `"item":[{"name":"r","request":"`+srv.URL+`/x","event":[{"listen":"test","script":{"exec":[
	  "pm.environment.set('b', 'y');"]}}]}]`)
	env := writeTemp(t, "env.json", `{"id":"e1","name":"Local","values":[{"key":"a","value":"1","enabled":false},{"key":"b","value":"x","enabled":true}]}`)
	r := courier(t, "", "run", coll, "-e", env, "--export-environment", env)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	got, err := os.ReadFile(env)
	if err != nil {
		t.Fatal(err)
	}
	want := `{
  "id": "e1",
  "name": "Local",
  "values": [
    {
      "disabled": true,
      "type": "any",
      "value": "1",
      "key": "a"
    },
    {
      "type": "any",
      "value": "y",
      "key": "b"
    }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "<time>",
  "_postman_exported_using": "<agent>"
}`
	if g := normaliseExport(string(got), "", srv.URL, "\x00"); g != want {
		t.Errorf("the environment file after the run:\n%s\nwant\n%s", g, want)
	}
	// a second run reads the exported file as it read the first (its
	// _postman_* fields are meta now, under "_", as in Newman)
	r = courier(t, "", "run", coll, "-e", env, "--export-environment", env)
	got2, _ := os.ReadFile(env)
	values := want[strings.Index(want, `  "values"`):strings.Index(want, `  "_postman_variable_scope"`)]
	if r.code != 0 || !strings.Contains(string(got2), values) || !strings.Contains(string(got2), `"postman_exported_using": "courier/`) {
		t.Errorf("second run (exit %d): %s", r.code, got2)
	}
	entries, _ := os.ReadDir(filepath.Dir(env))
	if len(entries) != 1 {
		t.Errorf("files beside the environment: %v, want none left behind", entries)
	}
}
