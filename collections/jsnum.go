package collections

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// JavaScript's string-to-number rules, as far as Newman's CSV cast needs them.

// isJSSpace reports whether r is JavaScript white space or a line terminator
// (what String#trim and Number(string) strip).
func isJSSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A || r > 0x7F && unicode.Is(unicode.Zs, r)
}

// jsTrimRight is String#trimEnd.
func jsTrimRight(s string) string {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !isJSSpace(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

func jsTrimLeft(s string) string {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !isJSSpace(r) {
			break
		}
		s = s[n:]
	}
	return s
}

// decimalPrefix returns the length of the longest prefix of s that is a
// StrDecimalLiteral without "Infinity": [+-]? (digits [. digits?] | . digits) (e[+-]?digits)?
// and whether the literal had any digit.
func decimalPrefix(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		j := i + 1
		frac := 0
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
			frac++
		}
		if digits > 0 || frac > 0 {
			i = j
			digits += frac
		}
	}
	if digits == 0 {
		return 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > j {
			i = k
		}
	}
	return i
}

// parseDecimal converts a validated decimal literal (as decimalPrefix accepts).
func parseDecimal(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !isRangeErr(err) {
		return math.NaN()
	}
	return f
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// signedInfinity parses [+-]?Infinity at the start of s.
func signedInfinity(s string) (float64, int, bool) {
	sign, i := 1.0, 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		if s[i] == '-' {
			sign = -1
		}
		i++
	}
	if strings.HasPrefix(s[i:], "Infinity") {
		return math.Inf(int(sign)), i + len("Infinity"), true
	}
	return 0, 0, false
}

// jsParseFloat is JavaScript's global parseFloat.
func jsParseFloat(s string) float64 {
	s = jsTrimLeft(s)
	if f, _, ok := signedInfinity(s); ok {
		return f
	}
	n := decimalPrefix(s)
	if n == 0 {
		return math.NaN()
	}
	return parseDecimal(s[:n])
}

// jsToNumber is JavaScript's Number(string).
func jsToNumber(s string) float64 {
	s = jsTrimRight(jsTrimLeft(s))
	if s == "" {
		return 0
	}
	if len(s) > 2 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			v := 0.0
			for _, c := range s[2:] {
				d := digitVal(c)
				if d < 0 || d >= base {
					return math.NaN()
				}
				v = v*float64(base) + float64(d)
			}
			return v
		}
	}
	if f, n, ok := signedInfinity(s); ok {
		if n == len(s) {
			return f
		}
		return math.NaN()
	}
	if decimalPrefix(s) != len(s) {
		return math.NaN()
	}
	return parseDecimal(s)
}

func digitVal(c rune) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return -1
}

// isNewmanInt is Newman's util.isInt: /^(-|\+)?([1-9]+[0-9]*)$/.
func isNewmanInt(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	if i >= len(s) || s[i] < '1' || s[i] > '9' {
		return false
	}
	for i++; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// newmanCast is the cast Newman gives csv-parse for unquoted fields: integers
// (parseInt) and whatever passes jQuery's isNumeric test `v - parseFloat(v) + 1 >= 0`
// (parseFloat) become numbers; everything else stays a string.
func newmanCast(s string) any {
	if s == "" {
		return s
	}
	switch c := s[0]; {
	case c >= '0' && c <= '9', c == '+', c == '-', c == '.', c >= 0x80 || c <= ' ':
		// may be numeric (or start with white space that Number() skips)
	default:
		return s // a letter (even "Infinity": Infinity - Infinity is NaN) or other symbol
	}
	if isNewmanInt(s) {
		return parseDecimal(s)
	}
	if p := jsParseFloat(s); jsToNumber(s)-p+1 >= 0 {
		return p
	}
	return s
}
