package check

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// sarifSchema compiles the official SARIF 2.1.0 schema (see
// testdata/sarif-schema-2.1.0.SOURCE.md), asserting formats (uri,
// uri-reference, date-time) too.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(raw)
	if got := hex.EncodeToString(sum[:]); got != "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e" {
		t.Fatalf("the schema file changed (sha256 %s): it must stay the official one", got)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validate(s *jsonschema.Schema, out []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		return err
	}
	return s.Validate(inst)
}

// TestSARIFValidates validates the SARIF output on the partner collection
// and the broken copy against the official schema, and checks that the
// validator refuses what the schema refuses.
func TestSARIFValidates(t *testing.T) {
	s := sarifSchema(t)
	var broken []byte
	for _, in := range []Input{
		readInput(t, partnerFile, partnerEnv, nil),
		readInput(t, brokenFile, brokenEnv, brokenFolders),
		readInput(t, brokenFile, "", nil),
	} {
		out := writeResult(t, Check(in), WriteOptions{Format: FormatSARIF, Version: "1.2.3"})
		if err := validate(s, out); err != nil {
			t.Errorf("%s: the SARIF output does not validate: %v", in.CollectionFile, err)
		}
		broken = out
	}
	// the findings are where code scanning shows them
	var log sarifLog
	if err := json.Unmarshal(broken, &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results
	if len(res) == 0 || res[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != brokenFile || res[0].Locations[0].PhysicalLocation.Region.StartLine == 0 {
		t.Fatalf("results %+v", res)
	}
	for _, r := range res {
		if log.Runs[0].Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %s points at rule %d", r.RuleID, r.RuleIndex)
		}
	}
	// a validator that accepts anything proves nothing
	for _, bad := range []string{
		`{"version":"2.1.0"}`,
		`{"version":"2.0.0","runs":[]}`,
		`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"fatal"}]}]}`,
		`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"region":{"startLine":0}}}]}]}]}`,
	} {
		if err := validate(s, []byte(bad)); err == nil {
			t.Errorf("the schema accepts %s", bad)
		}
	}
}

// A file name that needs escaping is a valid URI reference.
func TestSARIFURI(t *testing.T) {
	for in, want := range map[string]string{
		"a b/c.json":        "a%20b/c.json",
		"c:x.json":          "./c:x.json",
		"/abs/c.json":       "/abs/c.json",
		"dir/ümlaut.json":   "dir/%C3%BCmlaut.json",
		"weird#?%name.json": "weird%23%3F%25name.json",
	} {
		if got := fileURI(in); got != want {
			t.Errorf("fileURI(%q) = %q, want %q", in, got, want)
		}
	}
}
