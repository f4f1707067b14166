package diff

import (
	"strings"
	"testing"
)

// Expected hunks follow GNU diff -u (checked with diff -u on the same texts).
func TestUnified(t *testing.T) {
	lines := func(n int, prefix string) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			b.WriteString(prefix)
			b.WriteString(string(rune('a' + i - 1)))
			b.WriteString("\n")
		}
		return b.String()
	}
	tests := []struct {
		name     string
		old, new string
		want     string
	}{
		{name: "equal", old: "a\nb\n", new: "a\nb", want: ""},
		{name: "both empty", old: "", new: "", want: ""},
		{name: "added to empty", old: "", new: "x\ny", want: "@@ -0,0 +1,2 @@\n+x\n+y\n"},
		{name: "removed all", old: "x", new: "", want: "@@ -1 +0,0 @@\n-x\n"},
		{name: "one line changed", old: "a\nb\nc", new: "a\nB\nc", want: "@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"},
		{
			name: "context is three lines",
			old:  lines(10, ""),
			new:  strings.Replace(lines(10, ""), "e\n", "E\n", 1),
			want: "@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n",
		},
		{
			name: "distant changes make two hunks",
			old:  lines(12, ""),
			new:  strings.Replace(strings.Replace(lines(12, ""), "a\n", "A\n", 1), "l\n", "L\n", 1),
			want: "@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n d\n@@ -9,4 +9,4 @@\n i\n j\n k\n-l\n+L\n",
		},
		{
			name: "changes six lines apart share a hunk",
			old:  lines(8, ""),
			new:  strings.Replace(strings.Replace(lines(8, ""), "a\n", "A\n", 1), "h\n", "H\n", 1),
			want: "@@ -1,8 +1,8 @@\n-a\n+A\n b\n c\n d\n e\n f\n g\n-h\n+H\n",
		},
		{
			name: "insertion in the middle",
			old:  "pm.test('x', function () {\n    pm.response.to.have.status(200);\n});",
			new:  "pm.test('x', function () {\n    pm.response.to.have.status(200);\n    pm.expect(1).to.eql(1);\n});",
			want: "@@ -1,3 +1,4 @@\n pm.test('x', function () {\n     pm.response.to.have.status(200);\n+    pm.expect(1).to.eql(1);\n });\n",
		},
		{name: "CRLF is LF", old: "a\r\nb\r\n", new: "a\nb\n", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unified(tt.old, tt.new); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestAlignMinimal checks that the edit script is a shortest one.
func TestAlignMinimal(t *testing.T) {
	tests := []struct {
		a, b  string
		edits int
	}{
		{"abcabba", "cbabac", 5}, // Myers' paper example: D = 5
		{"", "abc", 3},
		{"abc", "", 3},
		{"abc", "abc", 0},
		{"kitten", "sitting", 5},
	}
	for _, tt := range tests {
		ops := align(len(tt.a), len(tt.b), func(i, j int) bool { return tt.a[i] == tt.b[j] })
		edits := 0
		var ra, rb strings.Builder
		for _, o := range ops {
			switch o.kind {
			case '=':
				if tt.a[o.a] != tt.b[o.b] {
					t.Errorf("%q→%q: '=' on different elements", tt.a, tt.b)
				}
				ra.WriteByte(tt.a[o.a])
				rb.WriteByte(tt.b[o.b])
			case '-':
				edits++
				ra.WriteByte(tt.a[o.a])
			case '+':
				edits++
				rb.WriteByte(tt.b[o.b])
			}
		}
		if edits != tt.edits {
			t.Errorf("%q→%q: %d edits, want %d", tt.a, tt.b, edits, tt.edits)
		}
		if ra.String() != tt.a || rb.String() != tt.b {
			t.Errorf("%q→%q: script rebuilds %q→%q", tt.a, tt.b, ra.String(), rb.String())
		}
	}
}

// TestAlignLargeFallsBack checks that very different long texts are replaced
// wholesale instead of searched beyond maxEdit.
func TestAlignLargeFallsBack(t *testing.T) {
	n := 3 * maxEdit
	ops := align(n, n, func(i, j int) bool { return false })
	if len(ops) != 2*n {
		t.Fatalf("%d ops, want %d", len(ops), 2*n)
	}
	if ops[0].kind != '-' || ops[n].kind != '+' {
		t.Errorf("want deletions then insertions, got %c … %c", ops[0].kind, ops[n].kind)
	}
}
