package runner

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"io"
	"net"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/scripting"
)

// compressZeros packs n zero bytes with the content-encoding enc, streaming.
func compressZeros(t *testing.T, enc string, n int) []byte {
	t.Helper()
	var b bytes.Buffer
	var w io.WriteCloser
	switch enc {
	case "gzip":
		w, _ = gzip.NewWriterLevel(&b, gzip.BestSpeed)
	case "deflate":
		w, _ = zlib.NewWriterLevel(&b, zlib.BestSpeed)
	case "raw-deflate":
		w, _ = flate.NewWriter(&b, flate.BestSpeed)
	case "br":
		w = brotli.NewWriterLevel(&b, 1)
	}
	buf := make([]byte, 64<<10)
	for n > 0 {
		k := min(n, len(buf))
		w.Write(buf[:k])
		n -= k
	}
	w.Close()
	return b.Bytes()
}

// decode stops a bomb once its decoded bytes pass the limit, for every
// content-encoding, and leaves a body within it whole.
func TestDecodeLimit(t *testing.T) {
	for _, enc := range []string{"gzip", "deflate", "raw-deflate", "br"} {
		packed := compressZeros(t, enc, 8<<20)
		name := enc
		if enc == "raw-deflate" {
			name = "deflate"
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := decode(name, packed, 1<<20)
		runtime.ReadMemStats(&after)
		if se, ok := err.(*sizeError); !ok || !strings.Contains(se.Error(), "decoded ("+name+") is larger than 1MiB") {
			t.Errorf("%s: err = %v", enc, err)
		}
		if n := after.TotalAlloc - before.TotalAlloc; n > 20<<20 {
			t.Errorf("%s: decoding allocated %d MiB", enc, n>>20)
		}
		if b, err := decode(name, packed, 8<<20); err != nil || len(b) != 8<<20 {
			t.Errorf("%s within the limit: %d bytes, %v", enc, len(b), err)
		}
		if b, err := decode(name, packed, 0); err != nil || len(b) != 8<<20 {
			t.Errorf("%s without a limit: %d bytes, %v", enc, len(b), err)
		}
	}
}

// readResponse refuses a body over the limit from its Content-Length
// before reading it, and any other framing once past the limit.
func TestReadResponseLimit(t *testing.T) {
	for _, in := range []string{
		"HTTP/1.1 200 OK\r\nContent-Length: 1073741824\r\n\r\nabc",
		"HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n0123456789a",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\n012345\r\n6\r\n012345\r\n0\r\n\r\n",
		"HTTP/1.1 200 OK\r\n\r\n0123456789abcdef",
	} {
		_, _, err := readResponse(bufio.NewReader(strings.NewReader(in)), "GET", nil, 10)
		if _, ok := err.(*sizeError); !ok {
			t.Errorf("%q: err = %v", in, err)
		}
		if _, _, err := readResponse(bufio.NewReader(strings.NewReader(in[:min(len(in), 200)])), "GET", nil, 0); err != nil && !strings.Contains(in, "1073741824") {
			t.Errorf("%q without a limit: %v", in, err)
		}
	}
	resp, _, err := readResponse(bufio.NewReader(strings.NewReader("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789")), "GET", nil, 10)
	if err != nil || string(resp.body) != "0123456789" {
		t.Errorf("a body of exactly the limit: %v", err)
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{50e6: "50MB", 1 << 20: "1MiB", 4000: "4KB", 1500: "1500 bytes", 3 << 30: "3GiB", 1: "1 bytes"} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

// A large body is written after the head, not copied into it: the bytes
// on the wire are the same, chunked or not.
func TestWriteRequestParts(t *testing.T) {
	body := bytes.Repeat([]byte("x"), maxPooledBody+5)
	for _, hs := range [][]wireHeader{{{"Content-Length", "65541"}}, {{"Transfer-Encoding", "chunked"}}} {
		for _, b := range [][]byte{nil, []byte("abc"), body} {
			hr := &hopRequest{method: "POST", target: "/p", headers: hs, body: b}
			head, tail := writeRequestParts(nil, hr, false)
			split := string(head) + string(b) + string(tail)
			if whole := string(writeRequest(nil, hr, false)); whole != split {
				t.Errorf("%v, %d bytes: %q != %q", hs, len(b), whole[:min(len(whole), 120)], split[:min(len(split), 120)])
			}
		}
	}
	hr := &hopRequest{method: "POST", target: "/p", headers: []wireHeader{{"Transfer-Encoding", "chunked"}}, body: []byte("abc")}
	if got := string(writeRequest(nil, hr, false)); got != "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n" {
		t.Errorf("chunked: %q", got)
	}
}

// A server that accepts the connection and never answers the ClientHello
// fails that request after the handshake timeout (no --timeout-request
// given); the run goes on.
func TestTLSHandshakeTimeout(t *testing.T) {
	defer func(d time.Duration) { tlsHandshakeTimeout = d }(tlsHandshakeTimeout)
	tlsHandshakeTimeout = 100 * time.Millisecond
	ln, _ := silentServer(t)
	srv, _ := testServer(t)
	c := collection(t, coll(req("silent", "https://"+ln.Addr().String()+"/"), req("after", "BASE/after")), srv.URL)
	_, _, s, err := runOpts(t, Options{Collection: c})
	if err != nil {
		t.Fatal(err)
	}
	if e := s.Executions[0].RequestError; e == nil || !strings.Contains(e.Message, "TLS handshake timeout") {
		t.Errorf("request error = %+v", e)
	}
	if len(s.Executions) != 2 || s.Executions[1].RequestError != nil || s.Executions[1].Response == nil {
		t.Errorf("the run should go on: %+v", s.Executions)
	}
}

// pm.sendRequest's responses have the same limit: the request fails (its
// callback gets the error as postman-sandbox hands errors over, a plain
// object) and the item's own request goes on.
func TestSendRequestResponseLimit(t *testing.T) {
	srv, _ := testServer(t)
	doc := `{"info":{"name":"T"},"item":[{"name":"main","request":"BASE/main","event":[{"listen":"prerequest","script":{"exec":[
	  "pm.sendRequest('BASE/gzip', function (err, res) { console.log(typeof err); });"]}}]}]}`
	o := Options{Collection: collection(t, doc, srv.URL), MaxResponseSize: 11, // the main response's {"ok":true} fits
		Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{}) }}
	_, c, s, err := runOpts(t, o)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range c.events {
		switch e.(type) {
		case events.RequestDone, events.Console:
			got = append(got, eventLine(e))
		}
	}
	want := []string{
		"done GET " + srv.URL + "/gzip error Maximum response size reached: the response body is larger than 11 bytes (--max-response-size) by prerequest (request main)",
		"log 'object'",
		"done GET " + srv.URL + "/main 200",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(s.Executions) != 1 || s.Executions[0].RequestError != nil {
		t.Errorf("%+v", s.Executions)
	}
}

// A TLS handshake that times out is retried under --retry like a socket
// timeout (for any method: nothing of the request was sent).
func TestTLSHandshakeTimeoutRetried(t *testing.T) {
	defer func(d time.Duration) { tlsHandshakeTimeout = d }(tlsHandshakeTimeout)
	tlsHandshakeTimeout = 100 * time.Millisecond
	ln, accepted := silentServer(t)
	fs := &fakeSleep{}
	c := collection(t, coll(`{"name":"silent","request":{"method":"POST","url":"https://`+ln.Addr().String()+`/"}}`), "")
	_, evs, _, err := runOpts(t, Options{Collection: c, Sleep: fs.sleep, Retry: Retry{Max: 2, Jitter: jitters(0.5)}})
	if err != nil {
		t.Fatal(err)
	}
	rs := retries(evs)
	if len(rs) != 2 || rs[0].Reason != "ETIMEDOUT" {
		t.Errorf("retries = %+v", rs)
	}
	if n := accepted.Load(); n != 3 {
		t.Errorf("the server saw %d connections, want 3", n)
	}
}

// A proxy that accepts the connection and never answers CONNECT (or the
// SOCKS5 greeting) fails that request within the handshake bound even with
// no request timeout; the next request runs.
func TestProxySetupTimeout(t *testing.T) {
	defer func(d time.Duration) { tlsHandshakeTimeout = d }(tlsHandshakeTimeout)
	tlsHandshakeTimeout = 150 * time.Millisecond
	ln, _ := silentServer(t)
	for _, scheme := range []string{"http", "socks5"} {
		t.Run(scheme, func(t *testing.T) {
			srv, _ := testServer(t)
			proxy, _ := url.Parse(scheme + "://" + ln.Addr().String())
			c := collection(t, coll(req("through the proxy", "https://example.test/x"), req("after", "BASE/after")), srv.URL)
			start := time.Now()
			_, _, s, err := runOpts(t, Options{Collection: c, Proxy: func(r *http.Request) (*url.URL, error) {
				if r.URL.Host == "example.test" {
					return proxy, nil
				}
				return nil, nil
			}})
			if err != nil {
				t.Fatal(err)
			}
			if e := s.Executions[0].RequestError; e == nil {
				t.Errorf("the request through the silent proxy did not fail")
			}
			if len(s.Executions) != 2 || s.Executions[1].Response == nil {
				t.Errorf("the run should go on: %+v", s.Executions)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

// silentServer accepts connections, reads what comes and never answers;
// accepted counts the connections. It closes with the test.
func silentServer(t *testing.T) (net.Listener, *atomic.Int32) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	accepted := new(atomic.Int32)
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			accepted.Add(1)
			go func() { io.Copy(io.Discard, conn); conn.Close() }() // reads, never answers
		}
	}()
	return ln, accepted
}
