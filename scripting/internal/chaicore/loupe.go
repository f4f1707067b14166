package chaicore

import (
	"math"

	"github.com/dop251/goja"
)

// What loupe 2.3.7 (chai's printer) makes of a string or a number, without
// colours, natively: chai inspects the name or value of a property, include
// and the like eagerly, for every assertion, and with these the chai bundle
// loads loupe (a bundle of its own, see chaiLazyParts in js/build.mjs) only
// to print anything else.

// loupeTail is loupe's truncator.
const loupeTail = '…'

// loupeTruncate is loupe's truncate(text, length) on UTF-16 code units:
// text past length is cut to length-1 units and the truncator added.
func loupeTruncate(s []uint16, length float64) []uint16 {
	n := float64(len(s))
	if 1 > length && n > 1 {
		return []uint16{loupeTail}
	}
	if n > length && n > 1 {
		end := int(length - 1) // (length >= 1 here; slice(0, x) truncates x)
		out := make([]uint16, 0, end+1)
		return append(append(out, s[:end]...), loupeTail)
	}
	return s
}

// loupeEscaped reports whether loupe's stringEscapeChars matches c (a quote,
// control and format characters, the specials).
func loupeEscaped(c uint16) bool {
	switch {
	case c == '\'', c <= 0x1f, c >= 0x7f && c <= 0x9f, c == 0xad, c >= 0x600 && c <= 0x604, c == 0x70f,
		c == 0x17b4, c == 0x17b5, c >= 0x200c && c <= 0x200f, c >= 0x2028 && c <= 0x202f, c >= 0x2060 && c <= 0x206f,
		c == 0xfeff, c >= 0xfff0:
		return true
	}
	return false
}

// loupeShortEscapes are loupe's escapes of one letter (its escapeCharacters
// that its stringEscapeChars can match).
var loupeShortEscapes = map[uint16]uint16{'\b': 'b', '\t': 't', '\n': 'n', '\f': 'f', '\r': 'r', '\'': '\''}

// loupeString is loupe's inspectString: escaped, truncated to truncate-2
// units, in single quotes.
func loupeString(s goja.String, truncate float64) goja.Value {
	n := s.Length()
	units := make([]uint16, 0, n+2)
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		if !loupeEscaped(c) {
			units = append(units, c)
			continue
		}
		if short, ok := loupeShortEscapes[c]; ok {
			units = append(units, '\\', short)
			continue
		}
		// \u and four lower-case hex digits
		const hex = "0123456789abcdef"
		units = append(units, '\\', 'u', uint16(hex[c>>12]), uint16(hex[c>>8&15]), uint16(hex[c>>4&15]), uint16(hex[c&15]))
	}
	body := loupeTruncate(units, truncate-2)
	out := make([]uint16, 0, len(body)+2)
	out = append(append(append(out, '\''), body...), '\'')
	return goja.StringFromUTF16(out)
}

// loupeNumber is loupe's inspectNumber: NaN, ±Infinity, +0 and -0 by name,
// any other number as String(n) truncated to truncate units.
func loupeNumber(vm *goja.Runtime, v goja.Value, truncate float64) goja.Value {
	f := v.ToFloat()
	switch {
	case math.IsNaN(f):
		return vm.ToValue("NaN")
	case math.IsInf(f, 1):
		return vm.ToValue("Infinity")
	case math.IsInf(f, -1):
		return vm.ToValue("-Infinity")
	case f == 0:
		if math.Signbit(f) {
			return vm.ToValue("-0")
		}
		return vm.ToValue("+0")
	}
	s := v.ToString().String() // ASCII
	units := make([]uint16, len(s))
	for i := 0; i < len(s); i++ {
		units[i] = uint16(s[i])
	}
	if t := loupeTruncate(units, truncate); len(t) != len(units) {
		return goja.StringFromUTF16(t)
	}
	return vm.ToValue(s)
}
