package testserver

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(New())
	t.Cleanup(srv.Close)
	return srv
}

// noRedirect is a client that returns redirects instead of following them.
var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

func do(t *testing.T, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	resp, err := noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func decodeJSON(t *testing.T, body []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, body)
	}
	return m
}

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestEcho(t *testing.T) {
	srv := newServer(t)
	var mp bytes.Buffer
	mw := multipart.NewWriter(&mp)
	mw.WriteField("t", "text")
	fw, _ := mw.CreateFormFile("f", "a.txt")
	io.WriteString(fw, "file content")
	mw.Close()

	tests := []struct {
		name        string
		method      string
		target      string
		contentType string
		body        string
		headers     map[string]string
		want        map[string]string // field -> its JSON
	}{
		{
			name: "query in order, odd escapes kept", method: "GET",
			target: "/echo/a%20b/%2F?x=1&y=%ZZ&x=2;z&plus=a+b",
			want: map[string]string{
				"method":   `"GET"`,
				"path":     `"/echo/a b//"`,
				"rawPath":  `"/echo/a%20b/%2F"`,
				"rawQuery": `"x=1\u0026y=%ZZ\u0026x=2;z\u0026plus=a+b"`,
				"query":    `[{"key":"x","value":"1"},{"key":"y","value":"%ZZ"},{"key":"x","value":"2;z"},{"key":"plus","value":"a b"}]`,
				"args":     `{"plus":"a b","x":"1","y":"%ZZ"}`,
			},
		},
		{
			name: "urlencoded form and cookies", method: "POST", target: "/echo",
			contentType: "application/x-www-form-urlencoded", body: "k=v&a%20b=c%26d&e=",
			headers: map[string]string{"Cookie": "s=1; t=two", "X-Custom": "yes"},
			want: map[string]string{
				"form":          `[{"key":"k","value":"v"},{"key":"a b","value":"c\u0026d"},{"key":"e","value":""}]`,
				"cookies":       `{"s":"1","t":"two"}`,
				"body":          `"k=v\u0026a%20b=c%26d\u0026e="`,
				"contentLength": `18`,
				"json":          `null`,
			},
		},
		{
			name: "json body parsed", method: "PUT", target: "/echo", contentType: "application/json", body: `{"a":[1,"x"]}`,
			want: map[string]string{"json": `{"a":[1,"x"]}`, "method": `"PUT"`},
		},
		{
			name: "multipart parts", method: "POST", target: "/echo", contentType: mw.FormDataContentType(), body: mp.String(),
			want: map[string]string{
				"parts": `[{"name":"t","content":"text"},{"name":"f","filename":"a.txt","contentType":"application/octet-stream","content":"file content"}]`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, srv.URL+tt.target, strings.NewReader(tt.body))
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			for k, v := range tt.headers {
				req.Header.Set(k, v)
			}
			resp, body := do(t, req)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			got := decodeJSON(t, body)
			for field, want := range tt.want {
				var w any
				if err := json.Unmarshal([]byte(want), &w); err != nil {
					t.Fatalf("bad want for %s: %v", field, err)
				}
				if g := jsonString(got[field]); g != jsonString(w) {
					t.Errorf("%s = %s, want %s", field, g, want)
				}
			}
			h, _ := got["headers"].(map[string]any)
			for k, v := range tt.headers {
				if h[strings.ToLower(k)] != v {
					t.Errorf("headers[%q] = %v, want %q", strings.ToLower(k), h[strings.ToLower(k)], v)
				}
			}
		})
	}
}

func TestEndpoints(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name       string
		target     string
		header     map[string]string
		wantStatus int
		wantHeader map[string]string
		wantBody   string // substring of the (decoded) body
	}{
		{"status 418", "/status/418", nil, 418, nil, `"status": 418`},
		{"status 204 has no body", "/status/204", nil, 204, nil, ""},
		{"status out of range", "/status/99", nil, 400, nil, "200..599"},
		{"delay", "/delay/5", nil, 200, nil, `"path": "/delay/5"`},
		{"delay too long", "/delay/20000", nil, 400, nil, "0..10000"},
		{"set cookies", "/cookies/set?a=1&b=two", nil, 200, map[string]string{"Set-Cookie": "a=1; Path=/"}, `"b": "two"`},
		{"delete cookie", "/cookies/delete?a", nil, 200, map[string]string{"Set-Cookie": "a=; Path=/; Max-Age=0"}, `"deleted": [`},
		{"cookies received", "/cookies", map[string]string{"Cookie": "a=1"}, 200, nil, `"a": "1"`},
		{"redirect chain", "/redirect/3", nil, 302, map[string]string{"Location": "/redirect/2"}, ""},
		{"redirect end", "/redirect/1", nil, 302, map[string]string{"Location": "/echo"}, ""},
		{"redirect-to", "/redirect-to?url=/echo%3Fa%3D1&status=307", nil, 307, map[string]string{"Location": "/echo?a=1"}, ""},
		{"redirect-to bad status", "/redirect-to?url=/echo&status=200", nil, 400, nil, "300..399"},
		{"xml", "/xml", nil, 200, map[string]string{"Content-Type": "application/xml; charset=utf-8"}, "<title>Le Petit Prince</title>"},
		{"html", "/html", nil, 200, map[string]string{"Content-Type": "text/html; charset=utf-8"}, "<title>Test Page</title>"},
		{"json items", "/json/2", nil, 200, nil, `"name": "item-2"`},
		{"json too many", "/json/1001", nil, 400, nil, "0..1000"},
		{"basic auth ok", "/basic-auth/u/p", map[string]string{"Authorization": "Basic dTpw"}, 200, nil, `"user": "u"`},
		{"basic auth wrong", "/basic-auth/u/x", map[string]string{"Authorization": "Basic dTpw"}, 401, map[string]string{"WWW-Authenticate": `Basic realm="testserver"`}, `"authenticated": false`},
		{"bearer ok", "/bearer", map[string]string{"Authorization": "Bearer tok"}, 200, nil, `"token": "tok"`},
		{"bearer missing", "/bearer", nil, 401, nil, `"authenticated": false`},
		{"response headers", "/headers?X-A=1&Content-Type=text/plain", nil, 200, map[string]string{"X-A": "1", "Content-Type": "text/plain"}, `"key": "X-A"`},
		{"unknown path", "/nope", nil, 404, nil, `"path": "/nope"`},
		{"bytes hex", "/bytes?hex=636166e9&type=text/plain;%20charset=ISO-8859-1", nil, 200, map[string]string{"Content-Type": "text/plain; charset=ISO-8859-1", "Content-Length": "4"}, "caf\xe9"},
		{"bytes base64, no type", "/bytes?b64=aGk_", nil, 200, map[string]string{"Content-Type": ""}, "hi?"},
		{"bytes bad hex", "/bytes?hex=zz", nil, 400, nil, "hex or b64"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", srv.URL+tt.target, nil)
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			resp, body := do(t, req)
			if resp.StatusCode != tt.wantStatus {
				t.Errorf("status %d, want %d (%s)", resp.StatusCode, tt.wantStatus, body)
			}
			for k, v := range tt.wantHeader {
				if g := resp.Header.Get(k); g != v {
					t.Errorf("%s = %q, want %q", k, g, v)
				}
			}
			if tt.wantBody == "" && tt.wantStatus == 204 && len(body) != 0 {
				t.Errorf("body %q, want none", body)
			}
			if !strings.Contains(string(body), tt.wantBody) {
				t.Errorf("body lacks %q:\n%s", tt.wantBody, body)
			}
		})
	}
}

func TestCompression(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		path, encoding string
		decode         func(io.Reader) (io.Reader, error)
	}{
		{"/gzip", "gzip", func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }},
		{"/deflate", "deflate", func(r io.Reader) (io.Reader, error) { return zlib.NewReader(r) }},
		{"/brotli", "br", func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }},
	}
	for _, tt := range tests {
		t.Run(tt.encoding, func(t *testing.T) {
			req, _ := http.NewRequest("GET", srv.URL+tt.path, nil)
			// Setting Accept-Encoding ourselves stops Go's transport from
			// decoding gzip behind our back.
			req.Header.Set("Accept-Encoding", "gzip, deflate, br")
			resp, body := do(t, req)
			if g := resp.Header.Get("Content-Encoding"); g != tt.encoding {
				t.Fatalf("Content-Encoding %q, want %q", g, tt.encoding)
			}
			zr, err := tt.decode(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			plain, err := io.ReadAll(zr)
			if err != nil {
				t.Fatal(err)
			}
			got := decodeJSON(t, plain)
			if got["encoding"] != tt.encoding || got["method"] != "GET" {
				t.Errorf("decoded body %s", plain)
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	srv := newServer(t)
	get := func() []byte {
		req, _ := http.NewRequest("GET", srv.URL+"/json/5", nil)
		_, body := do(t, req)
		return body
	}
	if a, b := get(), get(); !bytes.Equal(a, b) {
		t.Errorf("two answers differ:\n%s\n%s", a, b)
	}
}
