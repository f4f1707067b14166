package check

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// README's table of rules lists every rule with its severity, and no other.
func TestREADMERules(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	rows := regexp.MustCompile("(?m)^\\| `([a-z-]+)`(?:, `([a-z-]+)`)? \\| (error|warning|note) \\|").FindAllStringSubmatch(string(raw), -1)
	documented := map[string]string{}
	for _, r := range rows {
		documented[r[1]] = r[3]
	}
	for _, rl := range Rules() {
		if documented[rl.ID] != rl.Severity.String() {
			t.Errorf("README: rule %s is %q, want %q", rl.ID, documented[rl.ID], rl.Severity)
		}
		delete(documented, rl.ID)
	}
	for id := range documented {
		t.Errorf("README documents a rule %s that check does not have", id)
	}
}
