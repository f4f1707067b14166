package check

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/courier-run/courier/collections"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// checkGolden compares got with testdata/golden/name (or rewrites it with
// -update).
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./check -run Golden -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./check -run Golden -update rewrites it):\n%s", name, got)
	}
}

// The inputs, named as a user in the repository's top folder names them.
const (
	partnerFile = "examples/contio/partner_postman_collection.json"
	partnerEnv  = "examples/contio/contio-mock.postman_environment.json"
	brokenFile  = "testdata/check/broken.postman_collection.json"
	brokenEnv   = "testdata/check/broken.postman_environment.json"
)

// brokenFolders select every folder, one of them twice over (the two
// "Partner Admin API"), and one that is not there.
var brokenFolders = []string{"🔐 OAuth Flow (Run in Order)", "🔎 Token Introspection", "Partner User API", "Partner Admin API", "Legacy Admin API", "Get App", "Partner Users API"}

func readInput(t testing.TB, file, env string, folders []string) Input {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", file))
	if err != nil {
		t.Fatal(err)
	}
	c, err := collections.Decode(file, data)
	if err != nil {
		t.Fatal(err)
	}
	in := Input{Collection: c, CollectionFile: file, CollectionText: data, Folders: folders}
	if env != "" {
		raw, err := os.ReadFile(filepath.Join("..", env))
		if err != nil {
			t.Fatal(err)
		}
		if in.Environment, err = collections.DecodeEnvironment(env, raw); err != nil {
			t.Fatal(err)
		}
		in.EnvironmentFile = env
	}
	return in
}

func writeResult(t *testing.T, r *Result, o WriteOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := r.Write(&b, o); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var formats = []struct {
	ext string
	o   WriteOptions
}{
	{"txt", WriteOptions{Format: FormatText}},
	{"color.txt", WriteOptions{Format: FormatText, Color: true}},
	{"json", WriteOptions{Format: FormatJSON}},
	{"github.txt", WriteOptions{Format: FormatGitHub}},
	{"sarif", WriteOptions{Format: FormatSARIF, Version: "test"}},
}

// The partner collection is clean, with its environment and without.
func TestGoldenPartner(t *testing.T) {
	for _, env := range []string{partnerEnv, ""} {
		r := Check(readInput(t, partnerFile, env, nil))
		for _, f := range r.Findings {
			t.Errorf("partner collection (env %q): %s %s: %s (%s)", env, f.Severity, f.Rule, f.Message, f.Location.JSONPath)
		}
	}
	r := Check(readInput(t, partnerFile, partnerEnv, nil))
	for _, f := range formats {
		checkGolden(t, "partner."+f.ext, writeResult(t, r, f.o))
	}
	for _, v := range []struct{ name, file string }{{"base_url", "partner.explain-base_url.txt"}, {"oauth_token", "partner.explain-oauth_token.txt"}} {
		var b bytes.Buffer
		if err := Explain(readInput(t, partnerFile, partnerEnv, nil), v.name).Write(&b, WriteOptions{Format: FormatText}); err != nil {
			t.Fatal(err)
		}
		checkGolden(t, v.file, b.Bytes())
	}
	var b bytes.Buffer
	if err := Explain(readInput(t, partnerFile, partnerEnv, nil), "partner_client_secret").Write(&b, WriteOptions{Format: FormatJSON}); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "partner.explain-partner_client_secret.json", b.Bytes())
	if bytes.Contains(b.Bytes(), []byte("demo-partner-secret")) {
		t.Error("--explain printed a secret")
	}
}

// The broken copy has every rule at least once.
func TestGoldenBroken(t *testing.T) {
	r := Check(readInput(t, brokenFile, brokenEnv, brokenFolders))
	seen := map[string]bool{}
	for _, f := range r.Findings {
		seen[f.Rule] = true
	}
	for _, rl := range Rules() {
		if !seen[rl.ID] {
			t.Errorf("the broken collection has no %s finding", rl.ID)
		}
	}
	if r.ExitCode(Error) != 1 || r.ExitCode(0) != 0 {
		t.Errorf("exit codes %d (error), %d (none)", r.ExitCode(Error), r.ExitCode(0))
	}
	for _, f := range formats {
		checkGolden(t, "broken."+f.ext, writeResult(t, r, f.o))
	}
	var b bytes.Buffer
	if err := Explain(readInput(t, brokenFile, brokenEnv, brokenFolders), "meeting_cursor").Write(&b, WriteOptions{Format: FormatText}); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "broken.explain-meeting_cursor.txt", b.Bytes())
}
