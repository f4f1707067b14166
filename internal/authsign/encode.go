package authsign

import (
	"errors"
	"net/http"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// --- headers -------------------------------------------------------------

// headerGet returns the first value of the header named name (any case).
func headerGet(req *http.Request, name string) string {
	if v := req.Header[name]; len(v) > 0 {
		return v[0]
	}
	for k, v := range req.Header {
		if strings.EqualFold(k, name) && len(v) > 0 {
			return v[0]
		}
	}
	return ""
}

// removeHeader deletes every header named name (any case).
func removeHeader(req *http.Request, name string) {
	for k := range req.Header {
		if strings.EqualFold(k, name) {
			delete(req.Header, k)
		}
	}
}

// addHeader adds a header keeping the exact case of name.
func addHeader(req *http.Request, name, value string) {
	req.Header[name] = append(req.Header[name], value)
}

// upsertHeader sets the value of the header named name (any case), or adds it.
func upsertHeader(req *http.Request, name, value string) {
	for k := range req.Header {
		if strings.EqualFold(k, name) {
			req.Header[k] = []string{value}
			return
		}
	}
	req.Header[name] = []string{value}
}

// --- query ---------------------------------------------------------------

// querySegments splits a raw query on '&' (empty query: no segment).
func querySegments(raw string) []string {
	if raw == "" {
		return nil
	}
	return strings.Split(raw, "&")
}

func segmentKey(seg string) string {
	if i := strings.IndexByte(seg, '='); i >= 0 {
		return seg[:i]
	}
	return seg
}

// removeQueryParams drops the query parameters whose key is one of keys.
func removeQueryParams(req *http.Request, keys ...string) {
	segs := querySegments(req.URL.RawQuery)
	kept := segs[:0]
	for _, s := range segs {
		drop := false
		for _, k := range keys {
			// Postman compares the keys as the user wrote them; the URL holds
			// them encoded
			if sk := segmentKey(s); sk == k || sk == pmEncode(k, true) {
				drop = true
				break
			}
		}
		if !drop {
			kept = append(kept, s)
		}
	}
	req.URL.RawQuery = strings.Join(kept, "&")
}

// appendQuery appends an already encoded "key=value" segment.
func appendQuery(req *http.Request, seg string) {
	if req.URL.RawQuery == "" {
		req.URL.RawQuery = seg
	} else {
		req.URL.RawQuery += "&" + seg
	}
}

// addQueryParam appends a parameter encoded as Newman encodes query
// parameters.
func addQueryParam(req *http.Request, key, value string) {
	appendQuery(req, pmEncode(key, true)+"="+pmEncode(value, false))
}

// requestURI is the path and query as sent on the wire: URL.RequestURI(),
// where an Opaque "//host/path" (the way to send a path byte for byte) gives
// its path.
func requestURI(req *http.Request) string {
	u := req.URL
	if strings.HasPrefix(u.Opaque, "//") {
		p := u.Opaque[2:]
		if i := strings.IndexByte(p, '/'); i >= 0 {
			p = p[i:]
		} else {
			p = "/"
		}
		if u.ForceQuery || u.RawQuery != "" {
			p += "?" + u.RawQuery
		}
		return p
	}
	return u.RequestURI()
}

// requestPath is requestURI without the query.
func requestPath(req *http.Request) string {
	p, _, _ := strings.Cut(requestURI(req), "?")
	return p
}

// --- Postman / JavaScript encodings ---------------------------------------

const upperHex = "0123456789ABCDEF"

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// pmEncode encodes a query parameter key (isKey) or value the way
// postman-url-encoder does: controls, space, " # ' < > and &, plus = in keys,
// and non-ASCII bytes are percent-encoded; existing %XX escapes are kept.
func pmEncode(s string, isKey bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteString(s[i : i+3])
			i += 2
			continue
		}
		enc := c < 0x20 || c >= 0x7f
		switch c {
		case ' ', '"', '#', '\'', '<', '>', '&':
			enc = true
		case '=':
			enc = isKey
		}
		if enc {
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// percentEncodeKeep encodes every byte of s except ASCII letters, digits and
// the bytes in keep.
func percentEncodeKeep(s, keep string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || (c < 0x80 && strings.IndexByte(keep, c) >= 0) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(upperHex[c>>4])
		b.WriteByte(upperHex[c&15])
	}
	return b.String()
}

// rfc3986 is OAuth's percentEncode (and aws4's encodeRfc3986Full): only
// unreserved characters stay.
func rfc3986(s string) string { return percentEncodeKeep(s, "-_.~") }

// encodeURIComponent is JavaScript's.
func encodeURIComponent(s string) string { return percentEncodeKeep(s, "-_.!~*'()") }

// encodeURI is JavaScript's.
func encodeURI(s string) string { return percentEncodeKeep(s, "-_.!~*'();/?:@&=+$,#") }

var errURI = errors.New("URIError: URI malformed")

// jsDecode decodes %XX escapes like decodeURIComponent (reserved == "") or
// decodeURI (escapes of the reserved characters are kept as they are).
func jsDecode(s, reserved string) (string, error) {
	if strings.IndexByte(s, '%') < 0 {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != '%' {
			b.WriteByte(s[i])
			i++
			continue
		}
		if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
			return "", errURI
		}
		c := unhex(s[i+1])<<4 | unhex(s[i+2])
		if c < 0x80 {
			if strings.IndexByte(reserved, c) >= 0 {
				b.WriteString(s[i : i+3])
			} else {
				b.WriteByte(c)
			}
			i += 3
			continue
		}
		// a multi-byte UTF-8 sequence: every byte must be escaped
		n := 0
		switch {
		case c&0xe0 == 0xc0:
			n = 2
		case c&0xf0 == 0xe0:
			n = 3
		case c&0xf8 == 0xf0:
			n = 4
		default:
			return "", errURI
		}
		seq := []byte{c}
		j := i + 3
		for k := 1; k < n; k++ {
			if j+2 >= len(s) || s[j] != '%' || !isHex(s[j+1]) || !isHex(s[j+2]) {
				return "", errURI
			}
			seq = append(seq, unhex(s[j+1])<<4|unhex(s[j+2]))
			j += 3
		}
		if r, size := utf8.DecodeRune(seq); r == utf8.RuneError || size != n {
			return "", errURI
		}
		b.Write(seq)
		i = j
	}
	return b.String(), nil
}

func decodeURIComponent(s string) (string, error) { return jsDecode(s, "") }

func decodeURI(s string) (string, error) { return jsDecode(s, "#$&+,/:;=?@") }

// qsUnescape is Node's querystring.unescape: decodeURIComponent, or, when
// that fails, a byte-wise decoding of the valid escapes only.
func qsUnescape(s string) string {
	if d, err := decodeURIComponent(s); err == nil {
		return d
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b = append(b, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		b = append(b, s[i])
	}
	return string(b)
}

// jsEscape is JavaScript's (deprecated) global escape().
func jsEscape(s string) string {
	var b strings.Builder
	for _, u := range utf16.Encode([]rune(s)) {
		switch {
		case u < 0x80 && ('a' <= u && u <= 'z' || 'A' <= u && u <= 'Z' || '0' <= u && u <= '9' || strings.ContainsRune("@*_+-./", rune(u))):
			b.WriteByte(byte(u))
		case u < 0x100:
			b.WriteByte('%')
			b.WriteByte(upperHex[u>>4])
			b.WriteByte(upperHex[u&15])
		default:
			b.WriteString("%u")
			for shift := 12; shift >= 0; shift -= 4 {
				b.WriteByte(upperHex[(u>>uint(shift))&15])
			}
		}
	}
	return b.String()
}

// nodeBase64Decode decodes like Node's Buffer.from(s, "base64"): both the
// standard and the URL-safe alphabets, other characters skipped, stopping at
// the first '='.
func nodeBase64Decode(s string) []byte {
	var out []byte
	var acc uint32
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var v byte
		switch {
		case 'A' <= c && c <= 'Z':
			v = c - 'A'
		case 'a' <= c && c <= 'z':
			v = c - 'a' + 26
		case '0' <= c && c <= '9':
			v = c - '0' + 52
		case c == '+' || c == '-':
			v = 62
		case c == '/' || c == '_':
			v = 63
		case c == '=':
			i = len(s)
			continue
		default:
			continue
		}
		acc = acc<<6 | uint32(v)
		n++
		if n == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, n = 0, 0
		}
	}
	switch n {
	case 2:
		out = append(out, byte(acc>>4))
	case 3:
		out = append(out, byte(acc>>10), byte(acc>>2))
	}
	return out
}

// latin1Bytes is Node's Buffer.from(s, "ascii"/"latin1"): the low byte of each
// UTF-16 code unit.
func latin1Bytes(s string) []byte {
	units := utf16.Encode([]rune(s))
	out := make([]byte, len(units))
	for i, u := range units {
		out[i] = byte(u)
	}
	return out
}

// utf16LE is Node's Buffer.from(s, "utf16le").
func utf16LE(s string) []byte {
	units := utf16.Encode([]rune(s))
	out := make([]byte, 2*len(units))
	for i, u := range units {
		out[2*i] = byte(u)
		out[2*i+1] = byte(u >> 8)
	}
	return out
}

// lodashLowerCase approximates lodash's _.lowerCase: the words of s,
// lower-cased, joined by spaces ("X-Api-Key" and "x_api_key" both give
// "x api key").
func lodashLowerCase(s string) string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	class := func(r rune) int { // 0 other, 1 lower, 2 upper, 3 digit
		switch {
		case r >= 'a' && r <= 'z':
			return 1
		case r >= 'A' && r <= 'Z':
			return 2
		case r >= '0' && r <= '9':
			return 3
		case r >= 0x80:
			if strings.ToLower(string(r)) != string(r) {
				return 2
			}
			return 1
		}
		return 0
	}
	for i, r := range rs {
		c := class(r)
		if c == 0 {
			flush()
			continue
		}
		if len(cur) > 0 {
			p := class(cur[len(cur)-1])
			switch {
			case (p == 3) != (c == 3):
				flush()
			case p == 1 && c == 2:
				flush()
			case p == 2 && c == 2 && i+1 < len(rs) && class(rs[i+1]) == 1:
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return strings.Join(words, " ")
}
