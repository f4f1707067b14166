package runner

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/internal/testserver"
	"github.com/courier-run/courier/scripting"
)

// The expected values below are what Newman 6.2.2 sent for the same
// requests (recorded through the raw echo server, see testdata/newman/wire*).

func hdrs(kv ...string) []events.Header {
	var out []events.Header
	for i := 0; i+1 < len(kv); i += 2 {
		out = append(out, events.Header{Key: kv[i], Value: kv[i+1]})
	}
	return out
}

func wireLines(hs []wireHeader) string {
	var b strings.Builder
	for _, h := range hs {
		b.WriteString(h.name + ": " + h.value + "\n")
	}
	return b.String()
}

func TestNodeHeaders(t *testing.T) {
	tests := []struct {
		name    string
		in      []events.Header
		want    string
		wantErr string
	}{
		{"order kept", hdrs("X-B", "2", "x-a", "1"), "X-B: 2\nx-a: 1\n", ""},
		{"same spelling: one line each", hdrs("X-Dup", "1", "X-Dup", "2"), "X-Dup: 1\nX-Dup: 2\n", ""},
		{"other spelling: the last wins at the first place", hdrs("X-Dup", "1", "x-lower", "l", "X-Dup", "2", "x-dup", "3"), "x-dup: 3\nx-lower: l\n", ""},
		{"cookies joined", hdrs("Cookie", "a=1", "Cookie", "b=2"), "Cookie: a=1; b=2\n", ""},
		{"integer-like names first", hdrs("X-Z", "z", "22", "b", "3", "a"), "3: a\n22: b\nX-Z: z\n", ""},
		{"disabled and nameless left out", append(hdrs("A", "1", "", "x"), events.Header{Key: "B", Value: "2", Disabled: true}), "A: 1\n", ""},
		{"bad name", hdrs("X Bad", "1"), "", `Header name must be a valid HTTP token ["X Bad"]`},
		{"value beyond latin1", hdrs("X-Euro", "5€"), "", `Invalid character in header content ["X-Euro"]`},
		{"control character", hdrs("X-Ctl", "a\x01b"), "", `Invalid character in header content ["X-Ctl"]`},
		{"latin1 is fine", hdrs("X-Latin", "café"), "X-Latin: café\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := nodeHeaders(dictFrom(tt.in))
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr || errorName(err) != "TypeError" {
					t.Fatalf("err %v, want TypeError %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || wireLines(got) != tt.want {
				t.Errorf("got %q (%v), want %q", wireLines(got), err, tt.want)
			}
		})
	}
	if got := string(appendLatin1(nil, "café")); got != "caf\xe9" {
		t.Errorf("latin1 bytes %q", got)
	}
}

func TestHeaderDict(t *testing.T) {
	d := dictFrom(hdrs("cookie", "mine=1", "X", "1"))
	d.set("Cookie", "mine=1; c=2") // caseless: the first spelling stays
	d.set("Content-Length", "5")
	d.del("x")
	got, _ := nodeHeaders(d)
	if want := "cookie: mine=1; c=2\nContent-Length: 5\n"; wireLines(got) != want {
		t.Errorf("got %q, want %q", wireLines(got), want)
	}
	if v, ok := d.get("COOKIE", "; "); !ok || v != "mine=1; c=2" {
		t.Errorf("get %q %v", v, ok)
	}
}

func TestChunkedTE(t *testing.T) {
	for v, want := range map[string]bool{"chunked": true, "gzip, chunked": true, "CHUNKED": true, "x-chunked": true, "chunkedx": false, "gzip": false} {
		if got := chunkedTE([]wireHeader{{"Transfer-Encoding", v}}); got != want {
			t.Errorf("chunkedTE(%q) = %v", v, got)
		}
	}
}

func TestUpsertHeader(t *testing.T) {
	one := upsertHeader(hdrs("cookie", "a", "X", "1"), "Cookie", "a; b")
	if len(one) != 2 || one[0].Key != "cookie" || one[0].Value != "a; b" || !one[0].System {
		t.Errorf("one: %+v", one)
	}
	two := upsertHeader(hdrs("Cookie", "a", "X", "1", "Cookie", "b"), "Cookie", "a; b")
	if len(two) != 2 || two[0].Key != "X" || two[1].Value != "a; b" {
		t.Errorf("two: %+v", two)
	}
	none := upsertHeader(hdrs("X", "1"), "Content-Length", "0")
	if len(none) != 2 || none[1].Key != "Content-Length" {
		t.Errorf("none: %+v", none)
	}
}

func TestURLEncodedBody(t *testing.T) {
	got, ok := urlencodedBody([]collections.FormParam{
		{Key: "a", Value: "1"}, {Key: "b c", Value: "d&e=f"}, {Key: "a", Value: "2"},
		{Key: "10", Value: "ten"}, {Key: "2", Value: "two"}, {Key: "sym", Value: "!'()*~"}, {Key: "off", Value: "x", Disabled: true},
	})
	want := "2=two&10=ten&a=1&a=2&b%20c=d%26e%3Df&sym=%21%27%28%29%2A~"
	if !ok || string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, ok := urlencodedBody([]collections.FormParam{{Key: "a", Disabled: true}}); ok {
		t.Error("all disabled: a body")
	}
}

func TestMultipart(t *testing.T) {
	b := reqBody{parts: []formPart{
		{name: "a", value: []byte("1")},
		{name: `q"uote`, value: []byte("v"), contentType: "application/json"},
		{name: "nosrc", hasFilename: true},
		{name: "f", value: []byte("x"), filename: "ü€.txt", hasFilename: true, contentType: "text/plain"},
	}}
	want := "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n" +
		"--B\r\nContent-Disposition: form-data; name=\"q\"uote\"\r\nContent-Type: application/json\r\n\r\nv\r\n" +
		"--B\r\nContent-Disposition: form-data; name=\"nosrc\"; filename=\"\"\r\n\r\n\r\n" +
		"--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"ü€.txt\"; filename*=UTF-8''%C3%BC%E2%82%AC.txt\r\nContent-Type: text/plain\r\n\r\nx\r\n" +
		"--B--\r\n"
	if got := string(b.multipart("B")); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	// Newman's Content-Length for one field a=1 with its 50-character boundary
	one := reqBody{parts: []formPart{{name: "a", value: []byte("1")}}}
	if n := len(one.multipart(strings.Repeat("-", 26) + strings.Repeat("7", 24))); n != 157 {
		t.Errorf("length %d, want 157", n)
	}
	if got := rfc8187("a'(b)*|`^ c"); got != "a%27%28b%29%2a|`^%20c" {
		t.Errorf("rfc8187 %q", got)
	}
}

func TestNodeBase64AndMime(t *testing.T) {
	for in, want := range map[string]string{"aGVsbG8=": "hello", "aGVsbG8": "hello", "aGV sbG8=junk": "hello", "-_-_": "\xfb\xff\xbf", "": ""} {
		if got := string(nodeBase64(in)); got != want {
			t.Errorf("nodeBase64(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"a/hello.txt": "text/plain", "x.JSON": "application/json", "data.csv": "text/csv", "json": "application/json", "x.unknownext": "", "README": ""} {
		if got := mimeLookup(in); got != want {
			t.Errorf("mimeLookup(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRedirectHop(t *testing.T) {
	base, _ := url.Parse("http://h:8/dir/page?x=1")
	h := hop{url: base, target: "/dir/page?x=1", href: "http://h:8/dir/page?x=1#frag"}
	tests := []struct{ loc, want string }{
		{"/after", "http://h:8/after"},
		{"after", "http://h:8/dir/after"},
		{"../up/./x", "http://h:8/dir/../up/./x"},
		{"?q=1", "http://h:8/dir/page?q=1"},
		{"//other:9/x", "http://other:9/x"},
		{"https://s/y", "https://s/y"},
		{"/a b/é", "http://h:8/a%20b/%C3%A9"},
	}
	for _, tt := range tests {
		next, err := redirectHop(h, tt.loc, false)
		if err != nil {
			t.Errorf("%q: %v", tt.loc, err)
			continue
		}
		if next.href != tt.want {
			t.Errorf("redirectHop(%q) = %q, want %q", tt.loc, next.href, tt.want)
		}
	}
}

func TestReadResponse(t *testing.T) {
	tests := []struct {
		name, in, method string
		code             int
		headers, body    string
		closeAfter       bool
		wantErr          bool
	}{
		{name: "content-length", in: "HTTP/1.1 200 OK\r\nB: 2\r\na: 1\r\nContent-Length: 2\r\n\r\nokEXTRA", code: 200, headers: "B=2 a=1 Content-Length=2", body: "ok"},
		{name: "chunked with trailers", in: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n1;x=y\r\nc\r\n0\r\nX-Sum: 1\r\n\r\n", code: 200, headers: "Transfer-Encoding=chunked", body: "abc"},
		{name: "interim responses skipped", in: "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: x\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n", code: 201, headers: "Content-Length=0"},
		{name: "until the connection closes", in: "HTTP/1.0 200 OK\r\nX: 1\r\n\r\nall of it", code: 200, headers: "X=1", body: "all of it", closeAfter: true},
		{name: "head has no body", in: "HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n", method: "HEAD", code: 200, headers: "Content-Length=9"},
		{name: "204 has no body", in: "HTTP/1.1 204 No Content\r\nX: 1\r\n\r\n", code: 204, headers: "X=1"},
		{name: "latin1 header bytes", in: "HTTP/1.1 200 OK\r\nX-T: caf\xc3\xa9\r\nContent-Length: 0\r\n\r\n", code: 200, headers: "X-T=cafÃ© Content-Length=0"},
		{name: "folded value", in: "HTTP/1.1 200 OK\r\nX: a\r\n  b\r\nContent-Length: 0\r\n\r\n", code: 200, headers: "X=a b Content-Length=0"},
		{name: "not http", in: "SSH-2.0\r\n\r\n", wantErr: true},
		{name: "bad length", in: "HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n", wantErr: true},
		{name: "conflicting lengths", in: "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", wantErr: true},
		{name: "truncated body", in: "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := tt.method
			if m == "" {
				m = "GET"
			}
			resp, _, err := readResponse(bufio.NewReader(strings.NewReader(tt.in)), m, nil, 0)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("no error: %+v", resp)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var hs []string
			for _, h := range resp.raw {
				hs = append(hs, h[0]+"="+h[1])
			}
			if resp.code != tt.code || strings.Join(hs, " ") != tt.headers || string(resp.body) != tt.body || resp.closeAfter != tt.closeAfter {
				t.Errorf("got %d %q %q close=%v", resp.code, strings.Join(hs, " "), resp.body, resp.closeAfter)
			}
		})
	}
}

func FuzzReadResponse(f *testing.F) {
	f.Add("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
	f.Add("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\nT: 1\r\n\r\n")
	f.Add("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 204 x\r\nA:\r\n b\r\n\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		resp, _, err := readResponse(bufio.NewReader(strings.NewReader(in)), "GET", nil, 0)
		if err == nil && (resp.code < 100 || resp.code > 999 || len(resp.raw) != countValues(resp.header)) {
			t.Fatalf("inconsistent response %+v", resp)
		}
	})
}

func countValues(h http.Header) int {
	n := 0
	for _, vs := range h {
		n += len(vs)
	}
	return n
}

// rawCollection runs items against the raw echo server and returns each
// request's bytes as the server saw them.
func rawRun(t *testing.T, o Options, items ...string) ([]string, *capture) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go testserver.ServeRaw(ln)
	o.Collection = collection(t, coll(items...), "http://"+ln.Addr().String())
	var raws []string
	o.Scripts = func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{}) }
	_, c, _, err := runOpts(t, o)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range c.events {
		if a, ok := e.(events.Assertion); ok {
			raws = append(raws, strings.TrimPrefix(a.Name, "raw: "))
		}
	}
	return raws, c
}

const rawTest = `"event":[{"listen":"test","script":{"exec":"pm.test('raw: ' + pm.response.json().raw, function () {});"}}]`

func TestWireBytes(t *testing.T) {
	raws, _ := rawRun(t, Options{},
		`{"name":"purge","`+rawTest[1:]+`,"request":{"method":"PURGE","url":"BASE/p","header":[{"key":"X-B","value":"2"},{"key":"x-a","value":"1"}]}}`,
		`{"name":"form","`+rawTest[1:]+`,"request":{"method":"POST","url":"BASE/f","body":{"mode":"urlencoded","urlencoded":[{"key":"a","value":"1"}]}}}`)
	want := []string{
		"PURGE /p HTTP/1.1\r\nX-B: 2\r\nx-a: 1\r\nUser-Agent: PostmanRuntime/7.39.1\r\nAccept: */*\r\nCache-Control: no-cache\r\nPostman-Token: <postman-token>\r\nHost: HOST\r\nAccept-Encoding: gzip, deflate, br\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n",
		"POST /f HTTP/1.1\r\nUser-Agent: PostmanRuntime/7.39.1\r\nAccept: */*\r\nCache-Control: no-cache\r\nPostman-Token: <postman-token>\r\nHost: HOST\r\nAccept-Encoding: gzip, deflate, br\r\nConnection: keep-alive\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\na=1",
	}
	if strings.Join(raws, "|") != strings.Join(want, "|") {
		t.Errorf("got\n%q\nwant\n%q", raws, want)
	}
}

func TestUnreadableFilesAreWarnedAboutAndLeftOut(t *testing.T) {
	files := func(name string) ([]byte, error) {
		if name == "ok.txt" {
			return []byte("ok"), nil
		}
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	raws, c := rawRun(t, Options{ReadFile: files},
		`{"name":"form","`+rawTest[1:]+`,"request":{"method":"POST","url":"BASE/f","body":{"mode":"formdata","formdata":[{"key":"a","value":"1"},{"key":"f","type":"file","src":"gone.txt"},{"key":"g","type":"file"}]}}}`,
		`{"name":"file","`+rawTest[1:]+`,"request":{"method":"POST","url":"BASE/b","body":{"mode":"file","file":{"src":"gone.bin"}}}}`)
	var warnings []string
	for _, e := range c.events {
		if cl, ok := e.(events.Console); ok && cl.Level == "warn" {
			warnings = append(warnings, cl.Messages...)
		}
	}
	// as Newman's reporters show them: through util.inspect
	wantWarn := []string{"'Form param `f`, file load error: \"gone.txt\", no such file'", "'Form param `g`, file load error: missing file source'", "'Binary file load error: \"gone.bin\", no such file'"}
	if strings.Join(warnings, "|") != strings.Join(wantWarn, "|") {
		t.Errorf("warnings %q, want %q", warnings, wantWarn)
	}
	if len(raws) != 2 || strings.Contains(raws[0], `name="f"`) || !strings.Contains(raws[0], `name="g"; filename=""`) || !strings.Contains(raws[1], "Content-Length: 0\r\n\r\n") {
		t.Errorf("requests %q", raws)
	}
}

func TestDigestReplayIsARequestOfItsOwn(t *testing.T) {
	srv, _ := digestServer(t, "Mufasa", "Circle Of Life")
	doc := `{"info":{"name":"T"},"item":[{"name":"one","request":{"url":"BASE/x","auth":{"type":"digest","digest":[{"key":"username","value":"Mufasa"},{"key":"password","value":"Circle Of Life"}]}},
	  "event":[{"listen":"prerequest","script":{"exec":"pm.globals.set('n', (pm.globals.get('n') || 0) + 1);"}},{"listen":"test","script":{"exec":"pm.test('code ' + pm.response.code + ' after ' + pm.globals.get('n') + ' prerequest', function () {});"}}]}]}`
	_, c, s, err := runOpts(t, Options{Collection: collection(t, doc, srv.URL), Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{}) }})
	if err != nil {
		t.Fatal(err)
	}
	var codes []int
	var names, order []string
	for _, e := range c.events {
		switch ev := e.(type) {
		case events.RequestStart:
			order = append(order, "start")
		case events.RequestDone:
			codes = append(codes, ev.Response.Code)
			order = append(order, strconv.Itoa(ev.Response.Code))
		case events.Assertion:
			names = append(names, ev.Name)
		}
	}
	if len(codes) != 2 || codes[0] != 401 || codes[1] != 200 || s.Stats.Requests.Total != 2 || strings.Join(names, ",") != "code 200 after 1 prerequest" {
		t.Errorf("requests %v (stats %d), assertions %q", codes, s.Stats.Requests.Total, names)
	}
	// each exchange opens as it starts (Newman's beforeRequest), the replay too
	if got := strings.Join(order, ","); got != "start,401,start,200" {
		t.Errorf("request events %s, want start,401,start,200", got)
	}
}

// A server that drops idle keep-alive connections without saying so: the
// next request must go out on a new connection, not fail.
func TestStaleKeepAliveConnection(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var mu sync.Mutex
	conns := 0
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns++
			mu.Unlock()
			go func(c net.Conn) {
				defer c.Close()
				br := bufio.NewReader(c)
				if _, err := http.ReadRequest(br); err != nil {
					return
				}
				io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
				time.Sleep(20 * time.Millisecond) // then close, keep-alive notwithstanding
			}(c)
		}
	}()
	doc := coll(req("a", "BASE/a"), req("b", "BASE/b"), req("c", "BASE/c"))
	o := Options{Collection: collection(t, doc, "http://"+ln.Addr().String()), DelayRequest: 50 * time.Millisecond}
	_, _, s, err := runOpts(t, o)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if s.Stats.Requests.Failed != 0 || conns != 3 {
		t.Errorf("failed %d, connections %d", s.Stats.Requests.Failed, conns)
	}
}

// HTTPS through a CONNECT proxy: the tunnel, TLS to the target and the
// timing phases.
func TestHTTPSThroughConnectProxy(t *testing.T) {
	target := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"tls":true}`)
	}))
	defer target.Close()
	var mu sync.Mutex
	var connects []string
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != "CONNECT" {
			http.Error(w, "no", http.StatusMethodNotAllowed)
			return
		}
		mu.Lock()
		connects = append(connects, r.Host+" "+r.Header.Get("Proxy-Authorization"))
		mu.Unlock()
		up, err := net.Dial("tcp", r.Host)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		conn, buf, _ := w.(http.Hijacker).Hijack()
		io.WriteString(conn, "HTTP/1.1 200 Connection established\r\n\r\n")
		go func() { io.Copy(up, buf); up.Close() }()
		io.Copy(conn, up)
		conn.Close()
	}))
	defer proxy.Close()
	pu, _ := url.Parse(proxy.URL)
	pu.User = url.UserPassword("p", "w")
	pool := target.Client().Transport.(*http.Transport).TLSClientConfig.RootCAs
	doc := coll(req("a", "BASE/a"), req("b", "BASE/b"))
	o := Options{Collection: collection(t, doc, target.URL), RootCAs: pool, Proxy: http.ProxyURL(pu)}
	_, c, s, err := runOpts(t, o)
	if err != nil {
		t.Fatal(err)
	}
	if s.Stats.Requests.Failed != 0 {
		t.Fatalf("failed: %+v", s.Failures)
	}
	mu.Lock()
	host := strings.TrimPrefix(target.URL, "https://")
	if len(connects) != 1 || connects[0] != host+" Basic cDp3" {
		t.Errorf("CONNECTs %q (the second request reuses the tunnel)", connects)
	}
	mu.Unlock()
	var phases []*events.Phases
	for _, e := range c.events {
		if rd, ok := e.(events.RequestDone); ok {
			phases = append(phases, rd.Request.Phases)
		}
	}
	if len(phases) != 2 || phases[0] == nil || !phases[0].Secure || phases[0].Total <= 0 || phases[1].Secure {
		t.Errorf("phases %+v %+v", phases[0], phases[1])
	}
	// and without the certificate authority the request fails
	o.RootCAs = nil
	if _, _, s, _ := runOpts(t, o); s.Stats.Requests.Failed != 2 {
		t.Errorf("unknown CA: %d failed", s.Stats.Requests.Failed)
	}
}

func FuzzNodeBase64(f *testing.F) {
	f.Add("aGVsbG8=")
	f.Add("-_-_ x")
	f.Fuzz(func(t *testing.T, s string) {
		got := nodeBase64(s)
		// canonical base64 decodes the same as Go's decoder does
		if want, err := base64.StdEncoding.DecodeString(s); err == nil && string(got) != string(want) {
			t.Fatalf("nodeBase64(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzRedirectURL(f *testing.F) {
	f.Add("/after?x=1")
	f.Add("../a b/é#h")
	f.Add("//other:9/x")
	base, _ := url.Parse("http://h:8/dir/page?x=1")
	h := hop{url: base, target: "/dir/page?x=1", href: "http://h:8/dir/page?x=1"}
	f.Fuzz(func(t *testing.T, loc string) {
		next, err := redirectHop(h, loc, false)
		if err != nil {
			return
		}
		if next.url.Host == "" || strings.ContainsAny(next.target, " \r\n") {
			t.Fatalf("redirectHop(%q) = %+v", loc, next)
		}
	})
}

// A SOCKS5 proxy with a user and password (Go's own client spoke SOCKS5 for
// courier before it wrote HTTP itself).
func TestSOCKS5Proxy(t *testing.T) {
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"via":"socks"}`)
	}))
	defer target.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var mu sync.Mutex
	var seen []string
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func(c net.Conn) {
				defer c.Close()
				b := make([]byte, 512)
				io.ReadFull(c, b[:2])
				io.ReadFull(c, b[:b[1]]) // methods
				c.Write([]byte{5, 2})    // user and password
				io.ReadFull(c, b[:2])
				user := make([]byte, b[1])
				io.ReadFull(c, user)
				io.ReadFull(c, b[:1])
				pass := make([]byte, b[0])
				io.ReadFull(c, pass)
				c.Write([]byte{1, 0})
				io.ReadFull(c, b[:4]) // ver, cmd, rsv, atyp
				var host string
				switch b[3] {
				case 1:
					io.ReadFull(c, b[:4])
					host = net.IP(b[:4]).String()
				case 3:
					io.ReadFull(c, b[:1])
					n := int(b[0])
					io.ReadFull(c, b[:n])
					host = string(b[:n])
				}
				io.ReadFull(c, b[:2])
				port := int(b[0])<<8 | int(b[1])
				mu.Lock()
				seen = append(seen, string(user)+":"+string(pass)+"@"+net.JoinHostPort(host, strconv.Itoa(port)))
				mu.Unlock()
				up, err := net.Dial("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
				if err != nil {
					c.Write([]byte{5, 5, 0, 1, 0, 0, 0, 0, 0, 0})
					return
				}
				defer up.Close()
				c.Write([]byte{5, 0, 0, 1, 0, 0, 0, 0, 0, 0})
				go io.Copy(up, c)
				io.Copy(c, up)
			}(c)
		}
	}()
	pu, _ := url.Parse("socks5://u:p@" + ln.Addr().String())
	o := Options{Collection: collection(t, coll(req("a", "BASE/a")), target.URL), Proxy: http.ProxyURL(pu)}
	_, _, s, err := runOpts(t, o)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if s.Stats.Requests.Failed != 0 || len(seen) != 1 || seen[0] != "u:p@"+strings.TrimPrefix(target.URL, "http://") {
		t.Errorf("failed %d, proxy saw %q", s.Stats.Requests.Failed, seen)
	}
	if len(s.Executions) != 1 || string(s.Executions[0].Response.Body) != `{"via":"socks"}` {
		t.Errorf("response %+v", s.Executions)
	}
}

func TestInspectString(t *testing.T) {
	for in, want := range map[string]string{
		"plain":          `'plain'`,
		"it's":           `"it's"`,
		`it's "x"`:       "`it's \"x\"`",
		"it's \"x\" `y`": `'it\'s "x" ` + "`y`'",
		"a\\b\n\t\x01é":  `'a\\b\n\t\x01é'`,
	} {
		if got := inspectString(in); got != want {
			t.Errorf("inspectString(%q) = %s, want %s", in, got, want)
		}
	}
}

// postman-runtime's OAuth 1.0 signing of a url-encoded body lists the body's
// own oauth_* fields no more and adds its parameters as system fields
// (Newman 6.2.2's report of integ-protocol).
func TestOAuth1Fields(t *testing.T) {
	own := []events.SpecField{{Key: "status", Value: "Hello Ladies + Gentlemen"}, {Key: "oauth_nonce", Value: "old"}}
	signed := []byte("status=Hello%20Ladies%20%2B%20Gentlemen&oauth_consumer_key=courier-consumer&oauth_nonce=ik3oT5&oauth_signature=xongZu0QOXyILr6ToI7204q8x4E%3D")
	got := oauth1Fields(own, signed)
	want := []events.SpecField{{Key: "status", Value: "Hello Ladies + Gentlemen"}, {Key: "oauth_consumer_key", Value: "courier-consumer", System: true},
		{Key: "oauth_nonce", Value: "ik3oT5", System: true}, {Key: "oauth_signature", Value: "xongZu0QOXyILr6ToI7204q8x4E=", System: true}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// A typed header value goes out as Node writes it: an array as the header
// repeated per element, anything else as String(v).
func TestWireValuesOfTypedHeaders(t *testing.T) {
	d := dictFrom([]events.Header{{Key: "A", Value: "1,x", JSON: json.RawMessage(`[1,"x"]`)}, {Key: "E", JSON: json.RawMessage(`[]`)},
		{Key: "O", Value: "[object Object]", JSON: json.RawMessage(`{"a":1}`)}, {Key: "A", Value: "y"}})
	got := fmt.Sprint(d)
	if want := "[{A [1 x y]} {E []} {O [[object Object]]}]"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
