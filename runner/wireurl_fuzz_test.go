package runner

import (
	"net/url"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
)

func FuzzWireURL(f *testing.F) {
	f.Add("http://u:p@Bücher.DE:80/a%/b%zz/ü?q=ü ä&&x#h", false)
	f.Add("{{a}}/[x]|^`{}?'\"<>", true)
	f.Add("http://[::ffff:127.0.0.1]:8080/", false)
	f.Add("http://0x7f.1/", false)
	f.Fuzz(func(t *testing.T, s string, disable bool) {
		w, err := buildWireURL(collections.ParseURL(s), disable)
		if err != nil {
			return
		}
		if !disable {
			for i := 0; i < len(w.target); i++ {
				if c := w.target[i]; c <= 0x20 || c >= 0x7f {
					t.Fatalf("%q: target %q holds %#x", s, w.target, c)
				}
			}
		}
		if h := domainToASCII(s); h != "" {
			for i := 0; i < len(h); i++ {
				if h[i] >= 0x80 || forbiddenDomainByte(h[i]) && h[i] != ':' && h[i] != '[' && h[i] != ']' {
					t.Fatalf("domainToASCII(%q) = %q", s, h)
				}
			}
		}
		_ = reportedURL(w.href)
	})
}

// FuzzPercentEncode checks postman-url-encoder's encoding (percentEncode with
// each of its sets, encodeComponent for urlencoded bodies) directly: the
// output holds no raw space, control, non-ASCII byte or byte of the set,
// a "%" in it starts an escape unless it was a lone "%" of the input,
// encoding twice changes nothing, and decoding gives the input back.
func FuzzPercentEncode(f *testing.F) {
	f.Add("a b/c?d#e")
	f.Add("%41%zz%4%")
	f.Add("ü\x00\x1f\x7f\"<>`{}'|^[]\\")
	f.Add("%%C3%A9%")
	sets := map[string]*encodeSet{"fragment": &fragmentSet, "path": &pathSet, "userinfo": &userinfoSet, "query": &querySet}
	f.Fuzz(func(t *testing.T, s string) {
		for name, set := range sets {
			enc := percentEncode(s, set)
			for i := 0; i < len(enc); i++ {
				c := enc[i]
				if c <= 0x20 || c >= 0x7f || set[c] {
					t.Fatalf("%s: percentEncode(%q) = %q holds %#x", name, s, enc, c)
				}
			}
			if again := percentEncode(enc, set); again != enc {
				t.Fatalf("%s: encoding %q twice: %q then %q", name, s, enc, again)
			}
			if back, want := unescapeLenient(enc), unescapeLenient(s); back != want {
				t.Fatalf("%s: percentEncode(%q) = %q decodes to %q, want %q", name, s, enc, back, want)
			}
			if !strings.Contains(s, "%") && unescapeLenient(enc) != s {
				t.Fatalf("%s: percentEncode(%q) = %q does not decode to the input", name, s, enc)
			}
		}
		enc := encodeComponent(s)
		for i := 0; i < len(enc); i++ {
			c := enc[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-_.~%", c) >= 0) {
				t.Fatalf("encodeComponent(%q) = %q holds %q", s, enc, c)
			}
		}
		if back, err := url.PathUnescape(enc); err != nil || back != s {
			t.Fatalf("encodeComponent(%q) = %q decodes to %q, %v", s, enc, back, err)
		}
	})
}
