package testserver

import (
	"bufio"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
)

func TestServeRaw(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go ServeRaw(ln)
	host := ln.Addr().String()

	tests := []struct {
		name, send string
		wantRaw    string
		wantBody   string
	}{
		{
			name:    "lone percent and header order kept",
			send:    "GET /a%/b?x=%zz HTTP/1.1\r\nX-B: 2\r\nx-a: 1\r\nPostman-Token: 1f0c\r\nHost: " + host + "\r\n\r\n",
			wantRaw: "GET /a%/b?x=%zz HTTP/1.1\r\nX-B: 2\r\nx-a: 1\r\nPostman-Token: <postman-token>\r\nHost: HOST\r\n\r\n",
		},
		{
			name:     "content-length body",
			send:     "PURGE /p HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",
			wantRaw:  "PURGE /p HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",
			wantBody: "hello",
		},
		{
			name:     "chunked body",
			send:     "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
			wantRaw:  "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
			wantBody: "abcde",
		},
		{
			name:     "multipart boundary",
			send:     "POST / HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=--xyz123\r\nContent-Length: 14\r\n\r\n----xyz123--\r\n",
			wantRaw:  "POST / HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=<boundary>\r\nContent-Length: 14\r\n\r\n--<boundary>--\r\n",
			wantBody: "--<boundary>--\r\n",
		},
	}
	// one connection for all: keep-alive works
	c, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	br := bufio.NewReader(c)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := io.WriteString(c, tt.send); err != nil {
				t.Fatal(err)
			}
			resp, err := http.ReadResponse(br, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var got struct {
				Raw, Body string
			}
			if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
				t.Fatal(err)
			}
			if got.Raw != tt.wantRaw {
				t.Errorf("raw\n got %q\nwant %q", got.Raw, tt.wantRaw)
			}
			if got.Body != tt.wantBody {
				t.Errorf("body %q, want %q", got.Body, tt.wantBody)
			}
		})
	}
	if _, err := io.WriteString(c, "NONSENSE\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 400 || !resp.Close {
		t.Errorf("malformed request: status %d, close %v", resp.StatusCode, resp.Close)
	}
}

func TestRawRoutes(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go ServeRaw(ln)
	host := ln.Addr().String()
	tests := []struct {
		name, send string
		want       string // the response up to its body
		wantBody   bool
	}{
		{"redirect with cookies", "GET /redirect?to=/x&status=307&cookie=a%3D1 HTTP/1.1\r\nHost: h\r\n\r\n",
			"HTTP/1.1 307 Temporary Redirect\r\nLocation: /x\r\nSet-Cookie: a=1\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ", true},
		{"digest challenge", "GET /digest HTTP/1.1\r\n\r\n",
			"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"raw@courier\", qop=\"auth\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"\r\n", true},
		// RFC 2617's example response for Mufasa, computed for this realm and nonce
		{"digest answered", "GET /digest HTTP/1.1\r\nAuthorization: Digest username=\"Mufasa\", realm=\"raw@courier\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"/digest\", response=\"" + digestResponse("Mufasa", "p", "GET", "/digest") + "\"\r\n\r\n",
			"HTTP/1.1 200 OK\r\n", true},
		{"ntlm negotiate", "GET /ntlm HTTP/1.1\r\nAuthorization: NTLM TlRMTVNTUAABAAAAB6IIogAAAAAoAAAAAAAAACgAAAAFASgKAAAADw==\r\n\r\n",
			"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: NTLM " + ntlmType2 + "\r\n", true},
		{"exact chunked response", "GET /respond?chunked=1&h=x-a:%201&h=X-A:%202&t=T:%201&interim=100&reason=Fine HTTP/1.1\r\n\r\n",
			"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 Fine\r\nx-a: 1\r\nX-A: 2\r\nTransfer-Encoding: chunked\r\n\r\n", true},
		{"no body for 204", "GET /respond?status=204&h=X:%201 HTTP/1.1\r\n\r\n", "HTTP/1.1 204 No Content\r\nX: 1\r\n\r\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := net.Dial("tcp", host)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			io.WriteString(c, tt.send)
			c.(*net.TCPConn).CloseWrite()
			got, _ := io.ReadAll(c)
			if !strings.HasPrefix(string(got), tt.want) {
				t.Fatalf("got\n%q\nwant prefix\n%q", got, tt.want)
			}
			if i := strings.Index(string(got), "{\"body\""); (i >= 0) != tt.wantBody {
				t.Errorf("body present %v:\n%q", i >= 0, got)
			}
			if tt.name == "digest answered" && !strings.Contains(string(got), `"verified":true`) {
				t.Errorf("not verified: %q", got)
			}
			if tt.name == "exact chunked response" && !strings.HasSuffix(string(got), "0\r\nT: 1\r\n\r\n") {
				t.Errorf("no trailer: %q", got)
			}
		})
	}
}

// digestResponse is RFC 2617's response without qop for the raw server's challenge.
func digestResponse(user, pass, method, uri string) string {
	h := func(s string) string { sum := md5.Sum([]byte(s)); return hex.EncodeToString(sum[:]) }
	return h(h(user+":"+digestRealm+":"+pass) + ":" + digestNonce + ":" + h(method+":"+uri))
}
