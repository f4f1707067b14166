package runner

import (
	"fmt"
	"strings"
)

// warn puts one of postman-runtime's own warnings on the console. Newman's
// reporters show every console message through util.inspect, so a warning
// reads as a quoted string ('runtime: …'), as script messages do (the
// sandbox formats those).
func (r *run) warn(msg string) { r.Console("warn", []string{inspectString(msg)}) }

// inspectString is Node's util.inspect of a string: single quotes, or double
// quotes or backticks when that avoids escaping a quote; control characters
// escaped.
func inspectString(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 {
		switch {
		case strings.IndexByte(s, '"') < 0:
			quote = '"'
		case strings.IndexByte(s, '`') < 0 && !strings.Contains(s, "${"):
			quote = '`'
		}
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\f':
			b.WriteString(`\f`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r >= 0x7f && r <= 0x9f:
			fmt.Fprintf(&b, `\x%02X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
