package reporters

import (
	"html/template"
	"strings"
	"unicode/utf8"
)

// The html report's JSON highlighter: a body that is JSON (pretty-printed,
// masked and cut to the body cap before it gets here) is written as HTML
// with its tokens in spans the style sheet colours:
//
//	j-key   an object's key (a string followed by ':')
//	j-str   any other string
//	j-num   a number
//	j-bool  true or false
//	j-null  null
//
// Punctuation and white space are written as they are. It is a tokenizer,
// not a validator: any text (a body cut in the middle of a string, a masked
// value, text that only looks like JSON) gives well-formed HTML whose text
// is the input, every span closed. Only &, < and > need escaping in element
// content; invalid UTF-8 becomes U+FFFD as the browser would show it.

// highlightJSON is text as highlighted HTML.
func highlightJSON(text string) template.HTML {
	text = strings.ToValidUTF8(text, string(utf8.RuneError))
	var b strings.Builder
	b.Grow(len(text) + len(text)/2)
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '"':
			j := jsonStringEnd(text, i)
			class := "j-str"
			if jsonKeyFollows(text, j) {
				class = "j-key"
			}
			jsonSpan(&b, class, text[i:j])
			i = j
		case c == '-' || c >= '0' && c <= '9':
			j := i + 1
			for j < len(text) && strings.IndexByte("0123456789+-.eE", text[j]) >= 0 {
				j++
			}
			jsonSpan(&b, "j-num", text[i:j])
			i = j
		case c == 't' && jsonWord(text, i, "true"), c == 'f' && jsonWord(text, i, "false"):
			n := 4
			if c == 'f' {
				n = 5
			}
			jsonSpan(&b, "j-bool", text[i:i+n])
			i += n
		case c == 'n' && jsonWord(text, i, "null"):
			jsonSpan(&b, "j-null", text[i:i+4])
			i += 4
		default:
			// everything up to the next token start as it is
			j := i + 1
			for j < len(text) && !jsonTokenStart(text[j]) {
				j++
			}
			htmlEscapeText(&b, text[i:j])
			i = j
		}
	}
	return template.HTML(b.String()) //nolint:gosec // every piece of text is escaped by htmlEscapeText
}

// jsonTokenStart says whether a token may start at a byte (a letter other
// than t, f and n never does: it is written as it is).
func jsonTokenStart(c byte) bool {
	return c == '"' || c == '-' || c >= '0' && c <= '9' || c == 't' || c == 'f' || c == 'n'
}

// jsonStringEnd is the index just past the string starting at text[i] (a
// quote): past its closing quote, or the end of a string cut short.
func jsonStringEnd(text string, i int) int {
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		case '\n':
			// a raw line break ends a broken string (pretty-printed JSON
			// has none inside strings): the damage stays on its line
			return j
		}
	}
	return len(text)
}

// jsonKeyFollows says whether a ':' follows text[j:] after white space.
func jsonKeyFollows(text string, j int) bool {
	for ; j < len(text); j++ {
		switch text[j] {
		case ' ', '\t', '\n', '\r':
		case ':':
			return true
		default:
			return false
		}
	}
	return false
}

// jsonWord says whether the literal word is at text[i:], not followed by a
// letter or digit (so "nullable" in text that is not JSON stays plain).
func jsonWord(text string, i int, word string) bool {
	if !strings.HasPrefix(text[i:], word) {
		return false
	}
	if j := i + len(word); j < len(text) {
		c := text[j]
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')
	}
	return true
}

func jsonSpan(b *strings.Builder, class, text string) {
	b.WriteString(`<span class="`)
	b.WriteString(class)
	b.WriteString(`">`)
	htmlEscapeText(b, text)
	b.WriteString("</span>")
}

// htmlEscapeText writes s as element content: &, < and > escaped.
func htmlEscapeText(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		last = i + 1
	}
	b.WriteString(s[last:])
}
