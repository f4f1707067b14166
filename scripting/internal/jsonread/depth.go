package jsonread

// TooDeep reports whether the JSON text s nests arrays and objects more than
// limit levels deep anywhere (brackets inside strings do not count; the text
// need not be valid JSON). The readers here and goja's JSON.parse recurse
// once per level, so a text like a million '[' would exhaust the goroutine's
// stack, which Go cannot recover from: callers refuse such a text first.
func TooDeep(s string, limit int) bool {
	if len(s) <= limit {
		return false // each level takes a byte: nothing to scan
	}
	depth := 0
	inString, escaped := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '[', '{':
			if depth++; depth > limit {
				return true
			}
		case ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return false
}
