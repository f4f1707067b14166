package runner

import (
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
