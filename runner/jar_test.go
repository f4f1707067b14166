package runner

import (
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/courier-run/courier/httpmsg"
)

// A quoted cookie value keeps its quotes, as tough-cookie keeps them
// (pm.cookies.get('c') is "\"v 2\"" in Newman), and is sent back as it came.
func TestJarKeepsQuotedValues(t *testing.T) {
	j := NewJar(func() time.Time { return time.Unix(1e9, 0) })
	u, _ := url.Parse("http://example.test/a/b")
	resp := &http.Response{Header: http.Header{"Set-Cookie": {`c2="v 2"; Path=/`, `c4="q"`, `plain=x`}}}
	j.SetCookies(u, resp.Cookies())
	got := map[string]string{}
	for _, c := range j.All() {
		got[c.Name] = c.Value
	}
	want := map[string]string{"c2": `"v 2"`, "c4": `"q"`, "plain": "x"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	// pm.cookies.jar().set gives back the cookie as kept, its domain and
	// path taken from the URL
	sj := scriptJar{j}
	kept, err := sj.Prepare("http://example.test/a/b", httpmsg.Cookie{Name: "j", Value: "1"})
	if err != nil || kept.Domain != "example.test" || kept.Path != "/a" || !kept.HostOnly {
		t.Fatalf("set: %+v, %v", kept, err)
	}
	sj.Put(kept)
	c, err := sj.Get("http://example.test/a/b", "j")
	if err != nil || c == nil || c.Domain != "example.test" || c.Path != "/a" || !c.HostOnly {
		t.Errorf("got %+v, %v", c, err)
	}
	if _, err := sj.Prepare("http://example.test/", httpmsg.Cookie{Name: "x", Value: "1", Domain: "other.test"}); err == nil ||
		err.Error() != "Cookie not in this host's domain. Cookie:other.test Request:example.test" {
		t.Errorf("foreign domain: %v", err)
	}
	sj.Remove(*c)
	if c, err := sj.Get("http://example.test/a/b", "j"); c != nil || err != nil {
		t.Errorf("after Remove: %+v, %v", c, err)
	}
}

// pm.cookies.jar() URLs as tough-cookie reads them with url-parse (checked
// with Newman 6.2.2: script-async's jar requests).
func TestParseJarURL(t *testing.T) {
	for _, c := range []struct{ in, scheme, host, path string }{
		{"http://{{base}}/echo", "http", "{{base}}", "/echo"},
		{"http://not a url", "http", "not a url", ""},
		{"http://", "http", "", ""},
		{"http:///relative/path", "http", "relative", "/path"},
		{"HTTP://User:pw@Example.COM:8080/a/b?q=1#h", "http", "example.com", "/a/b"},
		{"https://[::1]:443/x", "https", "[::1]", "/x"},
		{"ftp://files.example/x", "ftp", "files.example", "/x"},
		{"custom://host/p", "custom", "host", "/p"},
	} {
		u, err := parseJarURL(c.in)
		if err != nil || u.Scheme != c.scheme || u.Host != c.host || u.Path != c.path {
			t.Errorf("parseJarURL(%q) = %q %q %q, %v; want %q %q %q", c.in, u.Scheme, u.Host, u.Path, err, c.scheme, c.host, c.path)
		}
	}
}

func FuzzParseJarURL(f *testing.F) {
	f.Add("http://{{base}}/echo")
	f.Add("x:\\\\[::1]@a:b:c/?#")
	f.Fuzz(func(t *testing.T, s string) {
		if _, err := parseJarURL(s); err != nil {
			t.Fatal(err)
		}
	})
}
