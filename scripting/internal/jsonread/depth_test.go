package jsonread

import (
	"strings"
	"testing"
)

func TestTooDeep(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want bool
	}{
		{"flat", `{"a":[1,2,3]}`, false},
		{"at the limit", strings.Repeat("[", 5) + strings.Repeat("]", 5), false},
		{"over the limit", strings.Repeat("[", 6) + strings.Repeat("]", 6), true},
		{"unterminated", strings.Repeat("{", 6), true},
		{"siblings do not add up", strings.Repeat("[[[]]]", 100), false},
		{"brackets in strings", `["` + strings.Repeat("[", 50) + `"]`, false},
		{"escaped quote in a string", `["\"` + strings.Repeat("[", 50) + `"]`, false},
		{"escaped backslash ends the string", `["\\",` + strings.Repeat("[", 6), true},
		{"mixed, six levels", `{"a":{"b":[{"c":[[]]}]}}`, true},
		{"mixed, five levels", `{"a":{"b":[{"c":[]}]}}`, false},
	} {
		if got := TooDeep(c.text, 5); got != c.want {
			t.Errorf("%s: TooDeep = %v, want %v", c.name, got, c.want)
		}
	}
}

func FuzzTooDeep(f *testing.F) {
	for _, s := range []string{`[]`, `{"a":[1]}`, `["[["]`, `[[[`} {
		f.Add(s, 2)
	}
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if limit < 0 || limit > 64 {
			return
		}
		// the depth never exceeds the number of opening brackets
		opens := strings.Count(s, "[") + strings.Count(s, "{")
		if TooDeep(s, limit) && opens <= limit {
			t.Fatalf("TooDeep(%q, %d) with only %d opening brackets", s, limit, opens)
		}
		// a deeper limit never finds it too deep where a shallower one did not
		if TooDeep(s, limit+1) && !TooDeep(s, limit) {
			t.Fatalf("TooDeep(%q) at %d but not at %d", s, limit+1, limit)
		}
	})
}
