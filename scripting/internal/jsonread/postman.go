package jsonread

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// ErrorMessage describes why text is not JSON the way Postman's JSON
// parser (liquid-json) words it: "Unexpected token '<' at 1:1\n<html>\n^".
// It returns "" for valid JSON. Its scanner is not Value's: it reads runes,
// takes more characters for white space and reports positions and quirks
// (elisions, a token read past a missing comma) as liquid-json does, where
// Value reads bytes and only needs to know whether the text is strict JSON.
func ErrorMessage(text string) string {
	p := &jsonScan{s: []rune(text)}
	msg, pos := p.locate()
	if msg == "" {
		return ""
	}
	return p.format(msg, pos)
}

type jsonScan struct {
	s   []rune
	pos int
}

type jsonFail struct {
	msg string
	pos int
}

func (p *jsonScan) fail(msg string, pos int) {
	panic(jsonFail{msg, pos})
}

func (p *jsonScan) unexpected(pos int) {
	if pos >= len(p.s) {
		p.fail("Unexpected end of input", len(p.s))
	}
	tok, _ := json.Marshal(string(p.s[pos]))
	t := strings.Trim(string(tok), "\"")
	t = strings.ReplaceAll(t, "'", "\\'")
	t = strings.ReplaceAll(t, "\\\"", "\"")
	t = strings.ReplaceAll(t, "\\u003c", "<")
	t = strings.ReplaceAll(t, "\\u003e", ">")
	t = strings.ReplaceAll(t, "\\u0026", "&")
	p.fail("Unexpected token '"+t+"'", pos)
}

func (p *jsonScan) locate() (msg string, pos int) {
	defer func() {
		if x := recover(); x != nil {
			f, ok := x.(jsonFail)
			if !ok {
				panic(x)
			}
			msg, pos = f.msg, f.pos
		}
	}()
	p.ws()
	if p.pos >= len(p.s) {
		if len(p.s) == 0 {
			return "No data, empty input", 0
		}
		return "No data, only a whitespace", len(p.s)
	}
	p.value()
	p.ws()
	if p.pos < len(p.s) {
		p.unexpected(p.pos)
	}
	return "", 0
}

func (p *jsonScan) ws() {
	for p.pos < len(p.s) {
		switch p.s[p.pos] {
		case ' ', '\t', '\n', '\r', '\ufeff', '\u00a0', '\u2028', '\u2029', '\v', '\f':
			p.pos++
		default:
			return
		}
	}
}

func (p *jsonScan) value() {
	if p.pos >= len(p.s) {
		p.fail("Unexpected end of input", len(p.s))
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		p.container('}')
	case c == '[':
		p.container(']')
	case c == '"':
		p.str()
	case c == '-' || c == '.' || (c >= '0' && c <= '9'):
		p.number()
	case p.word("true"), p.word("false"), p.word("null"):
	default:
		p.unexpected(p.pos)
	}
}

func (p *jsonScan) word(w string) bool {
	r := []rune(w)
	if p.pos+len(r) > len(p.s) || string(p.s[p.pos:p.pos+len(r)]) != w {
		return false
	}
	p.pos += len(r)
	return true
}

// container scans an object (closing '}', a list of "key": value members)
// or an array (closing ']', a list of values), p.pos at its opening bracket.
func (p *jsonScan) container(closing rune) {
	object := closing == '}'
	kind := "array"
	if object {
		kind = "object"
	}
	p.pos++
	p.ws()
	if p.pos < len(p.s) && p.s[p.pos] == closing {
		p.pos++
		return
	}
	for {
		p.ws()
		if object {
			p.key()
		} else {
			if p.pos >= len(p.s) {
				p.fail("No data, only a whitespace", len(p.s))
			}
			if p.s[p.pos] == ',' {
				p.fail("Elisions are not supported", p.pos+1)
			}
		}
		p.value()
		p.ws()
		if p.pos >= len(p.s) {
			p.fail("Unexpected end of input", len(p.s))
		}
		switch p.s[p.pos] {
		case closing:
			p.pos++
			return
		case ',':
			p.pos++
			p.ws()
			if p.pos < len(p.s) && p.s[p.pos] == closing {
				p.fail("Trailing comma in "+kind, p.pos)
			}
		default:
			if object {
				// Postman's parser reads one more token before failing here
				p.unexpected(p.pos + 1)
			} else {
				p.unexpected(p.pos)
			}
		}
	}
}

// key scans an object member's key and colon, up to its value.
func (p *jsonScan) key() {
	if p.pos >= len(p.s) {
		p.fail("Unexpected end of input", len(p.s))
	}
	if p.s[p.pos] != '"' {
		p.unexpected(p.pos)
	}
	start := p.pos
	p.str()
	key := string(p.s[start+1 : p.pos-1])
	p.ws()
	if p.pos >= len(p.s) {
		p.fail("Unexpected end of input", len(p.s))
	}
	if p.s[p.pos] != ':' {
		p.unexpected(p.pos)
	}
	p.pos++
	p.ws()
	if p.pos >= len(p.s) || p.s[p.pos] == '}' {
		p.fail("No value found for key "+key, p.pos)
	}
}

func (p *jsonScan) str() {
	p.pos++ // "
	for {
		if p.pos >= len(p.s) {
			p.fail("Unexpected end of input", len(p.s))
		}
		c := p.s[p.pos]
		switch {
		case c == '"':
			p.pos++
			return
		case c == '\\':
			p.pos++
			if p.pos >= len(p.s) {
				p.fail("Unexpected end of input", len(p.s))
			}
			switch p.s[p.pos] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.pos++
			case 'u':
				for i := 1; i <= 4; i++ {
					if p.pos+i >= len(p.s) {
						p.fail("Unexpected end of input", len(p.s))
					}
					if c := p.s[p.pos+i]; c >= utf8.RuneSelf || hexVal(byte(c)) < 0 {
						p.fail("Bad escape sequence", p.pos+i)
					}
				}
				p.pos += 5
			default:
				p.unexpected(p.pos)
			}
		case c < 0x20:
			p.fail("Unexpected control character", p.pos)
		default:
			p.pos++
		}
	}
}

func (p *jsonScan) number() {
	start := p.pos
	lit := func(end int) string {
		if end >= len(p.s) {
			end = len(p.s) - 1
		}
		return string(p.s[start : end+1])
	}
	if p.s[p.pos] == '-' {
		p.pos++
		if p.pos >= len(p.s) || p.s[p.pos] < '0' || p.s[p.pos] > '9' {
			p.fail(fmt.Sprintf("Bad numeric literal - %q", lit(p.pos-1)), p.pos-1)
		}
	}
	if p.s[p.pos] == '.' {
		for p.pos+1 < len(p.s) && p.s[p.pos+1] >= '0' && p.s[p.pos+1] <= '9' {
			p.pos++
		}
		p.fail(fmt.Sprintf("Non-json numeric literal - %q", lit(p.pos)), p.pos)
	}
	if p.s[p.pos] == '0' {
		p.pos++
	} else {
		for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
			p.pos++
		}
	}
	if p.pos < len(p.s) && p.s[p.pos] == '.' {
		p.pos++
		if p.pos >= len(p.s) || p.s[p.pos] < '0' || p.s[p.pos] > '9' {
			p.fail(fmt.Sprintf("Non-json numeric literal - %q", lit(p.pos-1)), p.pos-1)
		}
		for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
			p.pos++
		}
	}
	if p.pos < len(p.s) && (p.s[p.pos] == 'e' || p.s[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.s) && (p.s[p.pos] == '+' || p.s[p.pos] == '-') {
			p.pos++
		}
		if p.pos >= len(p.s) || p.s[p.pos] < '0' || p.s[p.pos] > '9' {
			p.fail(fmt.Sprintf("Bad numeric literal - %q", lit(p.pos)), p.pos)
		}
		for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
			p.pos++
		}
	}
}

// format adds the position and the offending line with a caret under it.
func (p *jsonScan) format(msg string, pos int) string {
	line, lineStart := 1, 0
	for i := 0; i < pos && i < len(p.s); i++ {
		if p.s[i] == '\n' {
			line++
			lineStart = i + 1
		}
	}
	lineEnd := lineStart
	for lineEnd < len(p.s) && p.s[lineEnd] != '\n' {
		lineEnd++
	}
	col := pos - lineStart + 1
	text := strings.TrimSuffix(string(p.s[lineStart:lineEnd]), "\r")
	return fmt.Sprintf("%s at %d:%d\n%s\n%s^", msg, line, col, text, strings.Repeat(" ", col-1))
}
