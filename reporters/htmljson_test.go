package reporters

import (
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestHighlightJSON(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"a": 1}`, `{<span class="j-key">"a"</span>: <span class="j-num">1</span>}`},
		{`["x", -1.5e+3, true, false, null]`, `[<span class="j-str">"x"</span>, <span class="j-num">-1.5e+3</span>, <span class="j-bool">true</span>, <span class="j-bool">false</span>, <span class="j-null">null</span>]`},
		// a key is a string followed by a colon, across white space
		{"{\n  \"k\"\n  : \"v\"\n}", "{\n  <span class=\"j-key\">\"k\"</span>\n  : <span class=\"j-str\">\"v\"</span>\n}"},
		// escapes inside strings; markup characters escaped
		{`{"<a> & \"b\"": "x\\"}`, `{<span class="j-key">"&lt;a&gt; &amp; \"b\""</span>: <span class="j-str">"x\\"</span>}`},
		// cut in the middle of a string, a number, a word: every span closed
		{`{"a": "abc`, `{<span class="j-key">"a"</span>: <span class="j-str">"abc</span>`},
		{`{"a": 12`, `{<span class="j-key">"a"</span>: <span class="j-num">12</span>`},
		{`[tru`, `[tru`},
		{`"ends with a backslash\`, `<span class="j-str">"ends with a backslash\</span>`},
		// text that is not JSON stays text
		{`nullable <b>`, `nullable &lt;b&gt;`},
		{"x\xffy", "x\uFFFDy"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := string(highlightJSON(tt.in)); got != tt.want {
			t.Errorf("highlightJSON(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

var spanRE = regexp.MustCompile(`<span class="j-(key|str|num|bool|null)">|</span>`)

// FuzzHighlightJSON: for any text the highlighter gives markup made only
// of its spans, each closed, not nested, whose text is the input.
func FuzzHighlightJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,-2.5e3,true,false,null,"x\"y"]}`, "{\n  \"k\": \"v<&>\"\n}", `"cut`, `\`, "\xff", `</span><script>`, `&amp;`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := string(highlightJSON(in))
		depth := 0
		for _, m := range spanRE.FindAllString(out, -1) {
			if m == "</span>" {
				depth--
			} else {
				depth++
			}
			if depth < 0 || depth > 1 {
				t.Fatalf("spans unbalanced or nested in %q", out)
			}
		}
		if depth != 0 {
			t.Fatalf("a span left open in %q", out)
		}
		text := spanRE.ReplaceAllString(out, "")
		if strings.ContainsAny(text, "<>") {
			t.Fatalf("markup besides the spans in %q", out)
		}
		if strings.Contains(strings.NewReplacer("&amp;", "", "&lt;", "", "&gt;", "").Replace(text), "&") {
			t.Fatalf("an unescaped & in %q", out)
		}
		if got, want := html.UnescapeString(text), strings.ToValidUTF8(in, string(utf8.RuneError)); got != want {
			t.Fatalf("text %q, want %q", got, want)
		}
	})
}
