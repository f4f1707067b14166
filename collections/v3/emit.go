package v3

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/courier-run/courier/internal/lazyre"
)

// emitYAML writes a v3 file: a mapping of the ordered tree, two-space
// indentation, lists indented under their key as Postman writes them.
// Strings are written plain when no YAML reader can take them for anything
// else, as literal blocks (|-) when they span lines and a block holds them
// exactly, and double-quoted otherwise; FuzzEmitYAML checks that what is
// written reads back the same.
func emitYAML(v *object) []byte {
	var b bytes.Buffer
	emitMap(&b, v, "")
	return b.Bytes()
}

func emitMap(b *bytes.Buffer, m *object, indent string) {
	for _, k := range m.keys {
		b.WriteString(indent)
		b.WriteString(yamlKey(k))
		b.WriteByte(':')
		emitValue(b, m.vals[k], indent)
	}
}

// emitValue writes what follows "key:" or "-".
func emitValue(b *bytes.Buffer, v any, indent string) {
	switch t := v.(type) {
	case *object:
		if len(t.keys) == 0 {
			b.WriteString(" {}\n")
			return
		}
		b.WriteByte('\n')
		emitMap(b, t, indent+"  ")
	case []any:
		if len(t) == 0 {
			b.WriteString(" []\n")
			return
		}
		b.WriteByte('\n')
		emitList(b, t, indent+"  ")
	case string:
		emitString(b, t, indent+"  ")
	default:
		b.WriteByte(' ')
		b.WriteString(yamlScalar(v))
		b.WriteByte('\n')
	}
}

func emitList(b *bytes.Buffer, l []any, indent string) {
	for _, e := range l {
		b.WriteString(indent)
		b.WriteByte('-')
		switch t := e.(type) {
		case *object:
			if len(t.keys) == 0 {
				b.WriteString(" {}\n")
				continue
			}
			// the first key on the dash's line, the others under it
			inner := indent + "  "
			for i, k := range t.keys {
				if i == 0 {
					b.WriteByte(' ')
				} else {
					b.WriteString(inner)
				}
				b.WriteString(yamlKey(k))
				b.WriteByte(':')
				emitValue(b, t.vals[k], inner)
			}
		case []any:
			if len(t) == 0 {
				b.WriteString(" []\n")
				continue
			}
			b.WriteByte('\n')
			emitList(b, t, indent+"  ")
		case string:
			emitString(b, t, indent+"  ")
		default:
			b.WriteByte(' ')
			b.WriteString(yamlScalar(e))
			b.WriteByte('\n')
		}
	}
}

func yamlScalar(v any) string {
	switch t := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(t)
	case json.Number:
		return string(t)
	case int:
		return strconv.Itoa(t)
	}
	return "null"
}

// emitString writes " value\n", or a literal block whose lines are indented
// by indent.
func emitString(b *bytes.Buffer, s, indent string) {
	if literalOK(s) {
		body := strings.TrimRight(s, "\n")
		switch trailing := len(s) - len(body); trailing {
		case 0:
			b.WriteString(" |-\n")
		case 1:
			b.WriteString(" |\n")
		default:
			b.WriteString(" |+\n")
		}
		for _, line := range strings.Split(s[:len(s)-min(len(s)-len(body), 1)], "\n") {
			if line != "" {
				b.WriteString(indent)
				b.WriteString(line)
			}
			b.WriteByte('\n')
		}
		return
	}
	b.WriteByte(' ')
	b.WriteString(yamlString(s))
	b.WriteByte('\n')
}

// literalOK: a multi-line string that a literal block holds exactly: its
// first line that is not empty does not start with a space or a tab (which
// would need an indentation indicator), no line ends with a space or a tab, and every character is
// printable (tabs allowed; no carriage return).
func literalOK(s string) bool {
	if !strings.Contains(s, "\n") || strings.Trim(s, "\n") == "" {
		return false
	}
	// the block's indentation is found from its first line that is not empty
	if first := strings.TrimLeft(s, "\n"); first[0] == ' ' || first[0] == '\t' {
		return false
	}
	for _, line := range strings.Split(s, "\n") {
		// no blank line of spaces, and no spaces or tabs at a line's end:
		// readers differ on them
		if strings.TrimRight(line, " \t") != line {
			return false
		}
	}
	for _, r := range s {
		if r != '\n' && r != '\t' && !printable(r) {
			return false
		}
	}
	return true
}

func printable(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return false
	case r == 0x2028, r == 0x2029, r == 0xfeff, r == 0xfffe, r == 0xffff, r == utf8.RuneError:
		return false
	}
	return true
}

func yamlKey(k string) string {
	if plainOK(k) {
		return k
	}
	return yamlString(k)
}

// yamlString is a one-line scalar: plain when plainOK, else double-quoted.
func yamlString(s string) string {
	if plainOK(s) {
		return s
	}
	if strings.Contains(s, `"`) && singleOK(s) {
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	return doubleQuoted(s)
}

// singleOK: a one-line string of printable characters without spaces at
// its ends, which a single-quoted scalar holds as it is.
func singleOK(s string) bool {
	if strings.TrimSpace(s) != s {
		return false
	}
	for _, r := range s {
		if r == '\t' || !printable(r) {
			return false
		}
	}
	return true
}

var (
	// what YAML 1.1 or 1.2 readers may resolve to something other than a string
	notPlainWord = lazyre.New(`(?i)^(y|n|yes|no|on|off|true|false|null|~|\.inf|[-+]\.inf|\.nan|<<|=)$`)
	numberLike   = lazyre.New(`^[-+.]?[0-9]`)
)

// plainOK: s reads back as this very string, unquoted, in a block context,
// whatever the YAML reader.
func plainOK(s string) bool {
	if s == "" || notPlainWord().MatchString(s) || numberLike().MatchString(s) {
		return false
	}
	if strings.TrimSpace(s) != s || strings.HasPrefix(s, "---") || strings.HasPrefix(s, "...") {
		return false
	}
	switch s[0] {
	case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`':
		return false
	}
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return false
	}
	for _, r := range s {
		if !printable(r) {
			return false
		}
		// ASCII letters, digits, spaces and a few marks only: readers
		// (goccy/go-yaml among them) differ on the rest in plain scalars
		if r < utf8.RuneSelf && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || strings.ContainsRune(" ._-/()+$;@", r)) {
			return false
		}
	}
	return true
}

func doubleQuoted(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			switch {
			case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
				fmt.Fprintf(&b, `\x%02x`, r)
			case r == 0x2028 || r == 0x2029 || r == 0xfeff || r == 0xfffe || r == 0xffff:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
