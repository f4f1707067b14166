package scripting

import "testing"

// V8's wording (recorded from Newman 6.2.2) for errors goja words differently.
func TestV8MessageRewrites(t *testing.T) {
	tests := []struct {
		name, msg, line, want string
	}{
		{"RangeError", "toFixed() precision must be between 0 and 100", "", "toFixed() digits argument must be between 0 and 100"},
		{"RangeError", "Invalid array length", "", "Invalid array length"},
		{"TypeError", "Value is not object coercible", "  const { a } = undefined; return a;", "Cannot destructure property 'a' of 'undefined' as it is undefined."},
		{"TypeError", "Value is not object coercible", "let {name, id} = resp.data;", "Cannot destructure property 'name' of 'resp.data' as it is undefined."},
		{"TypeError", "object is not iterable", "const [x] = {}; return x;", "{} is not iterable"},
		{"TypeError", "object is not iterable", "for (const item of json.items) {", "json.items is not iterable"},
		{"TypeError", "object is not iterable", "", "object is not iterable"},
		{"SyntaxError", "Unterminated group", "return new RegExp('(');", "Invalid regular expression: /(/: Unterminated group"},
		{"SyntaxError", "Unterminated group", `var re = RegExp("a(", "gi");`, "Invalid regular expression: /a(/gi: Unterminated group"},
		{"SyntaxError", "Unexpected token ')'", "foo(;", "Unexpected token ')'"},
	}
	for _, tt := range tests {
		if got := v8Message(tt.name, tt.msg, tt.line, 0); got != tt.want {
			t.Errorf("v8Message(%q, %q, %q) = %q, want %q", tt.name, tt.msg, tt.line, got, tt.want)
		}
	}
}
