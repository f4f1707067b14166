package runner

import (
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/courier-run/courier/scripting"
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
	if err := sj.Set("http://example.test/a/b", scripting.Cookie{Name: "j", Value: "1"}); err != nil {
		t.Fatal(err)
	}
	c, err := sj.Get("http://example.test/a/b", "j")
	if err != nil || c == nil || c.Domain != "example.test" || c.Path != "/a" || !c.HostOnly {
		t.Errorf("got %+v, %v", c, err)
	}
}
