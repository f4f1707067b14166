package runner

import (
	"bufio"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/internal/testserver"
	"github.com/courier-run/courier/scripting"
)

func TestNewRequestProxy(t *testing.T) {
	for _, c := range []struct {
		name   string
		def    map[string]any
		url    string
		tunnel bool
	}{
		// a proxy that is not an object is ProxyConfig's defaults: Node
		// connects to localhost:8080 (Newman: connect ECONNREFUSED 127.0.0.1:8080)
		{"empty", map[string]any{}, "http://localhost:8080", false},
		{"host and port", map[string]any{"host": "127.0.0.1", "port": 3128.0}, "http://127.0.0.1:3128", false},
		// Url#getHost: no protocol, user info, port or path
		{"host as a URL", map[string]any{"host": "https://u@proxy.example:9/x", "port": 1.0}, "http://proxy.example:1", false},
		// "port >> 0": a numeric string counts, anything else (a variable
		// the SDK never resolves) is 0, so 8080
		{"port text", map[string]any{"host": "p", "port": "3128"}, "http://p:3128", false},
		{"port variable", map[string]any{"host": "p", "port": "{{port}}"}, "http://p:8080", false},
		{"port true", map[string]any{"host": "p", "port": true}, "http://p:1", false},
		{"port fraction", map[string]any{"host": "p", "port": 80.9}, "http://p:80", false},
		{"tunnel", map[string]any{"host": "p", "tunnel": true}, "http://p:8080", true},
		{"tunnel not a boolean", map[string]any{"host": "p", "tunnel": "yes"}, "http://p:8080", false},
		{"credentials", map[string]any{"host": "p", "authenticate": true, "username": "u@x", "password": "p:w"}, "http://u%40x:p%3Aw@p:8080", false},
		{"user only", map[string]any{"host": "p", "authenticate": true, "username": "u"}, "http://u@p:8080", false},
		{"credentials not asked for", map[string]any{"host": "p", "username": "u", "password": "w"}, "http://p:8080", false},
	} {
		p := newRequestProxy(c.def)
		if p.url.String() != c.url || p.tunnel != c.tunnel {
			t.Errorf("%s: %s tunnel %v, want %s tunnel %v", c.name, p.url, p.tunnel, c.url, c.tunnel)
		}
	}
	if newRequestProxy(nil) != nil {
		t.Error("no definition: a proxy")
	}
}

// A request's own proxy, as Newman 6.2.2 sends through it (the expected
// bytes are what Newman's requests looked like through the raw echo server).
func TestRequestProxyOnTheWire(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go testserver.ServeRaw(ln)
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	item := func(name, req string) string {
		return `{"name":"` + name + `",` + rawTest + `,"request":` + strings.ReplaceAll(req, "PORT", port) + `}`
	}
	o := Options{Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{}) },
		// the environment's proxy is not used when the request has its own
		Proxy: func(*http.Request) (*url.URL, error) { return url.Parse("http://127.0.0.1:1") }}
	o.Collection = collection(t, coll(
		item("via", `{"url":"http://example.invalid:1234/a?b=1","proxy":{"host":"127.0.0.1","port":PORT}}`),
		item("auth", `{"method":"POST","url":"http://example.invalid/b","body":{"mode":"raw","raw":"x"},"proxy":{"host":"http://127.0.0.1:9/zz","port":PORT,"authenticate":true,"username":"u@x","password":"p:w"}}`),
		item("port", `{"url":"http://localhost:{{port}}/e","proxy":{"host":"127.0.0.1","port":"PORT"}}`),
		item("tunnel", `{"url":"http://example.invalid/f","proxy":{"host":"localhost","port":PORT,"tunnel":true}}`),
	), "")
	_, c, _, err := runOpts(t, o)
	if err != nil {
		t.Fatal(err)
	}
	var raws []string
	for _, e := range c.events {
		switch ev := e.(type) {
		case events.Assertion:
			raws = append(raws, strings.TrimPrefix(ev.Name, "raw: "))
		case events.RequestDone:
			if ev.Error != nil {
				t.Errorf("%s: %s", ev.Item.Name, ev.Error.Message)
			}
		}
	}
	sys := "User-Agent: PostmanRuntime/7.39.1\r\nAccept: */*\r\nCache-Control: no-cache\r\nPostman-Token: <postman-token>\r\n"
	want := []string{
		"GET http://example.invalid:1234/a?b=1 HTTP/1.1\r\n" + sys + "Host: example.invalid:1234\r\nAccept-Encoding: gzip, deflate, br\r\nConnection: keep-alive\r\n\r\n",
		"POST http://example.invalid/b HTTP/1.1\r\nContent-Type: text/plain\r\n" + sys + "Host: example.invalid\r\nAccept-Encoding: gzip, deflate, br\r\nConnection: keep-alive\r\nProxy-Authorization: Basic dUB4OnA6dw==\r\nContent-Length: 1\r\n\r\nx",
		// a port Node could not connect to is only part of the URL here
		"GET http://localhost:{{port}}/e HTTP/1.1\r\n" + sys + "Host: localhost:{{port}}\r\nAccept-Encoding: gzip, deflate, br\r\nConnection: keep-alive\r\n\r\n",
		// through the tunnel (the raw server answers CONNECT with a body,
		// which the tunnel agent drops)
		"GET /f HTTP/1.1\r\n" + sys + "Host: example.invalid\r\nAccept-Encoding: gzip, deflate, br\r\nConnection: keep-alive\r\n\r\n",
	}
	if strings.Join(raws, "|") != strings.Join(want, "|") {
		t.Errorf("got\n%q\nwant\n%q", raws, want)
	}
}

// The CONNECT request postman-request's tunnel agent sends (bytes as
// Newman 6.2.2 sent them to a listening socket).
func TestConnectRequestAsTunnelAgent(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	got := make(chan string, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		br := bufio.NewReader(c)
		var b strings.Builder
		for {
			line, err := br.ReadString('\n')
			b.WriteString(line)
			if err != nil || line == "\r\n" {
				break
			}
		}
		got <- b.String()
		c.Write([]byte("HTTP/1.1 200 Connection established\r\n\r\n"))
		br.ReadString('\n')
		c.Write([]byte("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"))
	}()
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	doc := `{"info":{"name":"T"},"item":[{"name":"t","request":{"url":"http://example.invalid/f","header":[{"key":"X-Mine","value":"1"},{"key":"Accept-Language","value":"de"}],
		"proxy":{"host":"127.0.0.1","port":` + port + `,"tunnel":true,"authenticate":true,"username":"u","password":"p"}}}]}`
	if _, _, _, err := runOpts(t, Options{Collection: collection(t, doc, "")}); err != nil {
		t.Fatal(err)
	}
	want := "CONNECT example.invalid:80 HTTP/1.1\r\nAccept-Language: de\r\nUser-Agent: PostmanRuntime/7.39.1\r\nAccept: */*\r\nCache-Control: no-cache\r\nAccept-Encoding: gzip, deflate, br\r\nConnection: keep-alive\r\nhost: example.invalid:80\r\nProxy-Authorization: Basic dTpw\r\n\r\n"
	if g := <-got; g != want {
		t.Errorf("CONNECT request\n%q\nwant\n%q", g, want)
	}
}

// Request errors through a request's proxy, as Newman words them.
func TestRequestProxyErrors(t *testing.T) {
	doc := `{"info":{"name":"T"},"item":[
		{"name":"refused","request":{"url":"http://example.invalid/a","proxy":{"host":"127.0.0.1","port":1}}},
		{"name":"tunnel refused","request":{"url":"https://example.invalid/a","proxy":{"host":"127.0.0.1","port":1}}},
		{"name":"bad port, no proxy","request":{"url":"http://127.0.0.1:{{port}}/a"}},
		{"name":"space in the host, through a proxy","request":{"url":"http://exa mple.invalid/a","proxy":{"host":"127.0.0.1","port":1}}}]}`
	_, c, _, err := runOpts(t, Options{Collection: collection(t, doc, "")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range c.events {
		if ev, ok := e.(events.RequestDone); ok && ev.Error != nil {
			got = append(got, ev.Error.Name+": "+ev.Error.Message)
		}
	}
	want := []string{
		"Error: connect ECONNREFUSED 127.0.0.1:1",
		"Error: tunneling socket could not be established, cause=connect ECONNREFUSED 127.0.0.1:1",
		"RangeError: Port should be >= 0 and < 65536. Received type string ('{{port}}').",
		// through a proxy the whole URL is the request's path
		"TypeError: Request path contains unescaped characters",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
