package testserver

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"net/http"
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
