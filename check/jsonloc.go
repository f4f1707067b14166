package check

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A collection file read with positions: every JSON value knows the byte
// offsets where it starts and ends, so a finding's JSON path
// (item[0].event[1].script.exec[3]) can be shown as a line and column of the
// file, as editors and GitHub code scanning want it.

// Kinds of JSON value.
const (
	jNull = iota
	jBool
	jNumber
	jString
	jArray
	jObject
)

// jnode is one JSON value of a document.
type jnode struct {
	kind     int
	off, end int      // the value's bytes are text[off:end]
	str      string   // a string's decoded text, a number's or boolean's text
	keys     []string // an object's keys in document order (duplicates kept)
	kids     []*jnode // an array's elements, an object's values (parallel to keys)
}

// maxJSONDepth bounds nesting, so that a hostile document cannot exhaust
// the stack (collections.Decode accepts what encoding/json accepts, which
// has a bound of its own).
const maxJSONDepth = 10000

// parseLocated reads a JSON document (UTF-8, as collections.Text gives it)
// as encoding/json reads it, keeping every value's position.
func parseLocated(text []byte) (*jnode, error) {
	p := &jparser{text: text}
	p.space()
	n, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i < len(text) {
		return nil, p.errorf("unexpected %q after the value", text[p.i])
	}
	return n, nil
}

type jparser struct {
	text []byte
	i    int
}

func (p *jparser) errorf(format string, args ...any) error {
	return fmt.Errorf("offset %d: %s", p.i, fmt.Sprintf(format, args...))
}

func (p *jparser) space() {
	for p.i < len(p.text) {
		switch p.text[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jparser) value(depth int) (*jnode, error) {
	if p.i >= len(p.text) {
		return nil, p.errorf("unexpected end of input")
	}
	start := p.i
	switch c := p.text[p.i]; {
	case (c == '{' || c == '[') && depth >= maxJSONDepth:
		return nil, p.errorf("nested too deeply")
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		s, err := p.string()
		if err != nil {
			return nil, err
		}
		return &jnode{kind: jString, off: start, end: p.i, str: s}, nil
	case c == '-' || c >= '0' && c <= '9':
		if err := p.number(); err != nil {
			return nil, err
		}
		return &jnode{kind: jNumber, off: start, end: p.i, str: string(p.text[start:p.i])}, nil
	}
	for _, lit := range [...]struct {
		word string
		kind int
	}{{"true", jBool}, {"false", jBool}, {"null", jNull}} {
		if strings.HasPrefix(string(p.text[p.i:min(len(p.text), p.i+len(lit.word))]), lit.word) {
			p.i += len(lit.word)
			return &jnode{kind: lit.kind, off: start, end: p.i, str: lit.word}, nil
		}
	}
	return nil, p.errorf("unexpected %q", p.text[p.i])
}

func (p *jparser) object(depth int) (*jnode, error) {
	n := &jnode{kind: jObject, off: p.i}
	p.i++
	p.space()
	if p.i < len(p.text) && p.text[p.i] == '}' {
		p.i++
		n.end = p.i
		return n, nil
	}
	for {
		p.space()
		if p.i >= len(p.text) || p.text[p.i] != '"' {
			return nil, p.errorf("expected a string key")
		}
		k, err := p.string()
		if err != nil {
			return nil, err
		}
		p.space()
		if p.i >= len(p.text) || p.text[p.i] != ':' {
			return nil, p.errorf("expected ':'")
		}
		p.i++
		p.space()
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.keys = append(n.keys, k)
		n.kids = append(n.kids, v)
		p.space()
		if p.i < len(p.text) && p.text[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.text) && p.text[p.i] == '}' {
			p.i++
			n.end = p.i
			return n, nil
		}
		return nil, p.errorf("expected ',' or '}'")
	}
}

func (p *jparser) array(depth int) (*jnode, error) {
	n := &jnode{kind: jArray, off: p.i}
	p.i++
	p.space()
	if p.i < len(p.text) && p.text[p.i] == ']' {
		p.i++
		n.end = p.i
		return n, nil
	}
	for {
		p.space()
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.kids = append(n.kids, v)
		p.space()
		if p.i < len(p.text) && p.text[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.text) && p.text[p.i] == ']' {
			p.i++
			n.end = p.i
			return n, nil
		}
		return nil, p.errorf("expected ',' or ']'")
	}
}

func (p *jparser) number() error {
	t, i := p.text, p.i
	digits := func() bool {
		s := i
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		return i > s
	}
	if i < len(t) && t[i] == '-' {
		i++
	}
	switch {
	case i < len(t) && t[i] == '0':
		i++
	case !digits():
		p.i = i
		return p.errorf("invalid number")
	}
	if i < len(t) && t[i] == '.' {
		i++
		if !digits() {
			p.i = i
			return p.errorf("invalid number")
		}
	}
	if i < len(t) && (t[i] == 'e' || t[i] == 'E') {
		i++
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			i++
		}
		if !digits() {
			p.i = i
			return p.errorf("invalid number")
		}
	}
	p.i = i
	return nil
}

// string reads a string at p.i (its opening quote) and decodes it as
// encoding/json does: an invalid UTF-8 byte and a lone surrogate are U+FFFD.
func (p *jparser) string() (string, error) {
	var b strings.Builder
	i := p.i + 1
	for {
		if i >= len(p.text) {
			p.i = i
			return "", p.errorf("unterminated string")
		}
		c := p.text[i]
		switch {
		case c == '"':
			p.i = i + 1
			return b.String(), nil
		case c < 0x20:
			p.i = i
			return "", p.errorf("control character in a string")
		case c == '\\':
			r, n, ok := escapeAt(p.text, i)
			if !ok {
				p.i = i
				return "", p.errorf("invalid escape")
			}
			b.WriteRune(r)
			i += n
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			i++
		default:
			r, n := utf8.DecodeRune(p.text[i:])
			b.WriteRune(r) // utf8.RuneError for an invalid byte, as encoding/json
			i += n
		}
	}
}

// escapeAt decodes the escape sequence at text[i] (a backslash): the rune
// and the number of bytes it takes. A \u surrogate pair is one rune; a lone
// surrogate is U+FFFD.
func escapeAt(text []byte, i int) (rune, int, bool) {
	if i+1 >= len(text) {
		return 0, 0, false
	}
	switch text[i+1] {
	case '"', '\\', '/':
		return rune(text[i+1]), 2, true
	case 'b':
		return '\b', 2, true
	case 'f':
		return '\f', 2, true
	case 'n':
		return '\n', 2, true
	case 'r':
		return '\r', 2, true
	case 't':
		return '\t', 2, true
	case 'u':
		r, ok := hex4(text, i+2)
		if !ok {
			return 0, 0, false
		}
		if utf16.IsSurrogate(r) {
			if i+7 < len(text) && text[i+6] == '\\' && text[i+7] == 'u' {
				if r2, ok := hex4(text, i+8); ok {
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						return d, 12, true
					}
				}
			}
			return utf8.RuneError, 6, true
		}
		return r, 6, true
	}
	return 0, 0, false
}

func hex4(text []byte, i int) (rune, bool) {
	if i+4 > len(text) {
		return 0, false
	}
	var r rune
	for _, c := range text[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// runeOffset is the byte offset in text of the i-th character (counted from
// 0) of the string value n, or of its closing quote when i is its length or
// more.
func (n *jnode) runeOffset(text []byte, i int) int {
	if n == nil || n.kind != jString {
		if n == nil {
			return 0
		}
		return n.off
	}
	j := n.off + 1
	for k := 0; k < i && j < n.end-1; k++ {
		switch c := text[j]; {
		case c == '\\':
			_, w, ok := escapeAt(text, j)
			if !ok {
				return j
			}
			j += w
		case c < utf8.RuneSelf:
			j++
		default:
			_, w := utf8.DecodeRune(text[j:])
			j += w
		}
	}
	return min(j, n.end-1)
}

// get returns an object's member (the last one of that key, as
// encoding/json keeps it), or nil.
func (n *jnode) get(key string) *jnode {
	if n == nil || n.kind != jObject {
		return nil
	}
	for i := len(n.keys) - 1; i >= 0; i-- {
		if n.keys[i] == key {
			return n.kids[i]
		}
	}
	return nil
}

// truthy is JavaScript's truthiness of a JSON value.
func (n *jnode) truthy() bool {
	if n == nil {
		return false
	}
	switch n.kind {
	case jNull:
		return false
	case jBool:
		return n.str == "true"
	case jString:
		return n.str != ""
	case jNumber:
		f, err := strconv.ParseFloat(n.str, 64)
		return err != nil || f != 0
	}
	return true
}

// JSON paths: members as .key (["key"] when the key is not an identifier),
// elements as [i]; "" is the document itself.

func pathKey(path, key string) string {
	if isIdent(key) {
		if path == "" {
			return key
		}
		return path + "." + key
	}
	return path + "[" + strconv.Quote(key) + "]"
}

func pathIndex(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r == '$' || r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			continue
		}
		if i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return true
}

var errBadPath = errors.New("invalid JSON path")

// lookup finds the value at path (as pathKey and pathIndex write it).
func lookup(root *jnode, path string) (*jnode, error) {
	n := root
	i := 0
	for i < len(path) {
		switch {
		case path[i] == '[' && i+1 < len(path) && path[i+1] == '"':
			// a quoted key: find its closing quote
			j := i + 2
			for j < len(path) && path[j] != '"' {
				if path[j] == '\\' {
					j++
				}
				j++
			}
			if j+1 >= len(path) || path[j+1] != ']' {
				return nil, errBadPath
			}
			key, err := strconv.Unquote(path[i+1 : j+1])
			if err != nil {
				return nil, errBadPath
			}
			n = n.get(key)
			i = j + 2
		case path[i] == '[':
			j := strings.IndexByte(path[i:], ']')
			if j < 0 {
				return nil, errBadPath
			}
			k, err := strconv.Atoi(path[i+1 : i+j])
			if err != nil || k < 0 {
				return nil, errBadPath
			}
			if n == nil || n.kind != jArray || k >= len(n.kids) {
				n = nil
			} else {
				n = n.kids[k]
			}
			i += j + 1
		default:
			if path[i] == '.' {
				if i == 0 {
					return nil, errBadPath
				}
				i++
			} else if i != 0 {
				return nil, errBadPath
			}
			j := i
			for j < len(path) && path[j] != '.' && path[j] != '[' {
				j++
			}
			if j == i {
				return nil, errBadPath
			}
			n = n.get(path[i:j])
			i = j
		}
	}
	return n, nil
}

// lineIndex converts byte offsets of a text to 1-based lines and columns
// (columns counted in characters). A collection can be one long line:
// character counts are kept every few kilobytes, so that a column costs a
// few kilobytes of counting, not the line's length.
type lineIndex struct {
	text   []byte
	starts []int      // byte offset of each line's start
	marks  []runeMark // at the first character at or after every markEvery bytes
}

type runeMark struct{ off, runes int }

const markEvery = 4096

func newLineIndex(text []byte) *lineIndex {
	li := &lineIndex{text: text, starts: []int{0}}
	n := 0
	for i := 0; i < len(text); {
		if i >= len(li.marks)*markEvery {
			li.marks = append(li.marks, runeMark{i, n})
		}
		c := text[i]
		if c == '\n' {
			li.starts = append(li.starts, i+1)
		}
		if c < utf8.RuneSelf {
			i++
		} else {
			_, w := utf8.DecodeRune(text[i:])
			i += w
		}
		n++
	}
	return li
}

// runes is the number of characters before byte offset off (at a
// character's start).
func (li *lineIndex) runes(off int) int {
	k := sort.Search(len(li.marks), func(i int) bool { return li.marks[i].off > off }) - 1
	if k < 0 {
		return utf8.RuneCount(li.text[:off])
	}
	return li.marks[k].runes + utf8.RuneCount(li.text[li.marks[k].off:off])
}

func (li *lineIndex) position(off int) (line, col int) {
	off = max(0, min(off, len(li.text)))
	l := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	return l + 1, li.runes(off) - li.runes(li.starts[l]) + 1
}
