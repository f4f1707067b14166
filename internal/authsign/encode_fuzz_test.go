package authsign

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// bytewiseUnescape decodes every valid %XX escape of s as one byte.
func bytewiseUnescape(s string) string {
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

// FuzzEncodings checks the encoders the signatures are computed over
// (postman-url-encoder's query encoding, RFC 3986, JavaScript's
// encodeURIComponent and encodeURI): only the characters each one keeps
// stay raw, never a space or control byte; decoding gives the input back;
// pmEncode keeps existing escapes and encoding twice changes nothing.
func FuzzEncodings(f *testing.F) {
	f.Add("my key=")
	f.Add("a b&c=d%zz%41é\"#'<>\x01")
	f.Add("a b!*'()~-._/é\xff%")
	f.Add("/a b/?x=1#f|%25")
	f.Fuzz(func(t *testing.T, s string) {
		keeps := []struct {
			name string
			fn   func(string) string
			keep string
		}{
			{"rfc3986", rfc3986, "-_.~"},
			{"encodeURIComponent", encodeURIComponent, "-_.!~*'()"},
			{"encodeURI", encodeURI, "-_.!~*'();/?:@&=+$,#"},
		}
		for _, k := range keeps {
			enc := k.fn(s)
			for i := 0; i < len(enc); i++ {
				c := enc[i]
				if c == '%' && i+2 < len(enc) && isHex(enc[i+1]) && isHex(enc[i+2]) {
					i += 2
					continue
				}
				if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(k.keep, c) >= 0) {
					t.Fatalf("%s(%q) = %q holds %q", k.name, s, enc, c)
				}
			}
			if back := bytewiseUnescape(enc); back != s {
				t.Fatalf("%s(%q) = %q decodes to %q", k.name, s, enc, back)
			}
		}
		if utf8.ValidString(s) {
			if back, err := decodeURIComponent(encodeURIComponent(s)); err != nil || back != s {
				t.Fatalf("decodeURIComponent(encodeURIComponent(%q)) = %q, %v", s, back, err)
			}
			if back, err := decodeURI(encodeURI(s)); err != nil || back != s {
				t.Fatalf("decodeURI(encodeURI(%q)) = %q, %v", s, back, err)
			}
		}
		if back := qsUnescape(rfc3986(s)); back != s {
			t.Fatalf("qsUnescape(rfc3986(%q)) = %q", s, back)
		}
		for _, isKey := range []bool{false, true} {
			enc := pmEncode(s, isKey)
			for i := 0; i < len(enc); i++ {
				c := enc[i]
				if c <= 0x20 || c >= 0x7f || strings.IndexByte("\"#'<>&", c) >= 0 || isKey && c == '=' {
					t.Fatalf("pmEncode(%q, %v) = %q holds %#x", s, isKey, enc, c)
				}
			}
			if again := pmEncode(enc, isKey); again != enc {
				t.Fatalf("pmEncode(%q, %v) twice: %q then %q", s, isKey, enc, again)
			}
			if back, want := bytewiseUnescape(enc), bytewiseUnescape(s); back != want {
				t.Fatalf("pmEncode(%q, %v) = %q decodes to %q, want %q", s, isKey, enc, back, want)
			}
		}
	})
}
