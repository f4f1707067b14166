package scripting

import (
	"strings"
	"unicode/utf8"
)

// decodeUTF8 is a UTF-8 response body as text, as postman-collection's
// Response#text has it in Newman's sandbox: iconv-lite decodes through the
// string_decoder and buffer packages bundled there, so a leading byte order
// mark is dropped, a character left incomplete at the very end becomes one
// U+FFFD, and elsewhere every byte of an ill-formed sequence becomes one
// U+FFFD (the buffer package's rule, not Node's own maximal-subpart one).
func decodeUTF8(b []byte) string {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		b = b[3:]
	}
	if utf8.Valid(b) {
		return string(b)
	}
	held := incompleteTail(b)
	body := b[:len(b)-held]
	var sb strings.Builder
	sb.Grow(len(b) + 8)
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRune(body[i:])
		if r == utf8.RuneError && size <= 1 {
			sb.WriteRune(utf8.RuneError)
			i++
			continue
		}
		sb.Write(body[i : i+size])
		i += size
	}
	if held > 0 {
		sb.WriteRune(utf8.RuneError)
	}
	return sb.String()
}

// incompleteTail is how many bytes at the end of b begin a character they do
// not complete, as string_decoder looks at the last three bytes (its
// utf8CheckIncomplete): those become one U+FFFD when the decoder ends.
func incompleteTail(b []byte) int {
	kind := func(c byte) int { // bytes the character needs, -1 continuation, -2 invalid
		switch {
		case c <= 0x7F:
			return 0
		case c>>5 == 0x06:
			return 2
		case c>>4 == 0x0E:
			return 3
		case c>>3 == 0x1E:
			return 4
		case c>>6 == 0x02:
			return -1
		}
		return -2
	}
	for back := 1; back <= 3 && back <= len(b); back++ {
		n := kind(b[len(b)-back])
		switch {
		case n == -1:
			continue
		case n <= 0 || n <= back:
			return 0 // complete (or not a character start at all)
		default:
			return back
		}
	}
	return 0
}
