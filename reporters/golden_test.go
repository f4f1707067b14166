package reporters

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// -update rewrites the .golden files under testdata from the current
// output. Review the diff before committing.
var updateGolden = flag.Bool("update", false, "rewrite reporters/testdata/*.golden")

// checkGolden compares got with testdata/<name>.golden.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *updateGolden {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./reporters/ -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test ./reporters/ -update and review the diff)\n%s", path, firstDiff(want, got))
	}
}

// firstDiff shows where two outputs start to differ.
func firstDiff(want, got []byte) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	lo := max(0, i-80)
	return "at byte " + itoa(i) + ":\nwant: " + string(want[lo:min(len(want), i+80)]) + "\n got: " + string(got[lo:min(len(got), i+80)])
}
