package sdkjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"strconv"

	"github.com/courier-run/courier/collections"
)

// Indent rewrites a JSON document as JavaScript's JSON.stringify(value, null,
// 2) writes it, the form of every file Newman exports: members in the
// document's order, two spaces per level, "key": value, empty objects and
// arrays as {} and [], numbers as Number#toString writes them (1e+21, -0 as
// 0, out-of-range ones as null), strings escaped only where JSON must (no
// HTML escaping; U+2028 and U+2029 as they are), and no final line break.
func Indent(doc []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var buf bytes.Buffer
	buf.Grow(len(doc) + len(doc)/2)
	if err := indentValue(dec, &buf, ""); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("sdkjson: trailing data after the JSON document")
	}
	return buf.Bytes(), nil
}

func indentValue(dec *json.Decoder, buf *bytes.Buffer, prefix string) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	switch t := tok.(type) {
	case json.Delim:
		closing := byte('}')
		if t == '[' {
			closing = ']'
		}
		buf.WriteByte(byte(t))
		if !dec.More() {
			_, err := dec.Token()
			buf.WriteByte(closing)
			return err
		}
		inner := prefix + "  "
		for n := 0; dec.More(); n++ {
			if n > 0 {
				buf.WriteByte(',')
			}
			buf.WriteByte('\n')
			buf.WriteString(inner)
			if t == '{' {
				k, err := dec.Token()
				if err != nil {
					return err
				}
				key, _ := k.(string)
				jsQuote(buf, key)
				buf.WriteString(": ")
			}
			if err := indentValue(dec, buf, inner); err != nil {
				return err
			}
		}
		if _, err := dec.Token(); err != nil {
			return err
		}
		buf.WriteByte('\n')
		buf.WriteString(prefix)
		buf.WriteByte(closing)
	case string:
		jsQuote(buf, t)
	case json.Number:
		buf.WriteString(jsNumberText(t))
	case bool:
		buf.WriteString(strconv.FormatBool(t))
	case nil:
		buf.WriteString("null")
	}
	return nil
}

// jsNumberText is a JSON number as JSON.stringify(JSON.parse(n)) writes it.
func jsNumberText(n json.Number) string {
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil && !math.IsInf(f, 0) {
		return string(n)
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return "null"
	}
	if f == 0 {
		return "0" // -0 too
	}
	return collections.FormatNumber(f)
}

// jsQuote writes s as JSON.stringify writes a string: only '"', '\\' and
// control characters escaped (\b \t \n \f \r by name, the rest as \u00xx).
func jsQuote(buf *bytes.Buffer, s string) {
	buf.WriteByte('"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		buf.WriteString(s[start:i])
		escapeASCII(buf, c)
		start = i + 1
	}
	buf.WriteString(s[start:])
	buf.WriteByte('"')
}

// escapeASCII writes the escape of an ASCII byte a JSON string cannot hold
// as it is (a quote, a backslash, a control character), as both
// JSON.stringify and encoding/json write it.
func escapeASCII(buf *bytes.Buffer, c byte) {
	const hex = "0123456789abcdef"
	switch c {
	case '"', '\\':
		buf.WriteByte('\\')
		buf.WriteByte(c)
	case '\b':
		buf.WriteString(`\b`)
	case '\t':
		buf.WriteString(`\t`)
	case '\n':
		buf.WriteString(`\n`)
	case '\f':
		buf.WriteString(`\f`)
	case '\r':
		buf.WriteString(`\r`)
	default:
		buf.WriteString(`\u00`)
		buf.WriteByte(hex[c>>4])
		buf.WriteByte(hex[c&0xF])
	}
}
