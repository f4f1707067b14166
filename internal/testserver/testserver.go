package testserver

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
)

// maxBody bounds how much of a request body is read.
const maxBody = 10 << 20

// New returns the test server's handler. It keeps no state between requests.
func New() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/status/{code}", status)
	mux.HandleFunc("/delay/{ms}", delay)
	mux.HandleFunc("/cookies", cookies)
	mux.HandleFunc("/cookies/set", cookiesSet)
	mux.HandleFunc("/cookies/delete", cookiesDelete)
	mux.HandleFunc("/redirect/{n}", redirectN)
	mux.HandleFunc("/redirect-to", redirectTo)
	mux.HandleFunc("/gzip", compressed("gzip"))
	mux.HandleFunc("/deflate", compressed("deflate"))
	mux.HandleFunc("/brotli", compressed("br"))
	mux.HandleFunc("/xml", xmlDoc)
	mux.HandleFunc("/html", htmlDoc)
	mux.HandleFunc("/json/{n}", jsonN)
	mux.HandleFunc("/basic-auth/{user}/{pass}", basicAuth)
	mux.HandleFunc("/bearer", bearer)
	mux.HandleFunc("/headers", headers)
	mux.HandleFunc("/reflect", reflect)
	mux.HandleFunc("/digest-auth/{user}/{pass}", digestAuth)
	mux.HandleFunc("/auth/hawk", withBody(hawkAuth))
	mux.HandleFunc("/oauth1", withBody(oauth1))
	mux.HandleFunc("/oauth1/", withBody(oauth1))
	mux.HandleFunc("/bytes", bytesBody)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusNotFound, map[string]any{"error": "not found", "path": r.URL.Path})
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// /echo/... takes any path as it came: ServeMux would redirect
		// paths it considers unclean (such as "//" from an encoded "/").
		if r.URL.Path == "/echo" || strings.HasPrefix(r.URL.Path, "/echo/") {
			echo(w, r)
			return
		}
		mux.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

// pair is one ordered key/value (query parameter, form field).
type pair struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// part is one multipart/form-data part.
type part struct {
	Name        string `json:"name"`
	Filename    string `json:"filename,omitempty"`
	ContentType string `json:"contentType,omitempty"`
	Content     string `json:"content"`
}

// unescape decodes a query component, keeping it as written when it is not
// valid percent-encoding.
func unescape(s string) string {
	if u, err := url.QueryUnescape(s); err == nil {
		return u
	}
	return s
}

// parsePairs splits an application/x-www-form-urlencoded string in order,
// tolerating what url.ParseQuery rejects (semicolons, bad escapes).
func parsePairs(raw string) []pair {
	out := []pair{}
	if raw == "" {
		return out
	}
	for _, field := range strings.Split(raw, "&") {
		if field == "" {
			continue
		}
		k, v, _ := strings.Cut(field, "=")
		out = append(out, pair{unescape(k), unescape(v)})
	}
	return out
}

func pairMap(ps []pair) map[string]string {
	m := map[string]string{}
	for _, p := range ps {
		if _, seen := m[p.Key]; !seen {
			m[p.Key] = p.Value
		}
	}
	return m
}

// lowerHeaders lower-cases header names and joins repeated values with ", ".
func lowerHeaders(h http.Header) map[string]string {
	m := map[string]string{}
	for k, vs := range h {
		m[strings.ToLower(k)] = strings.Join(vs, ", ")
	}
	return m
}

func cookieMap(r *http.Request) map[string]string {
	m := map[string]string{}
	for _, c := range r.Cookies() {
		m[c.Name] = c.Value
	}
	return m
}

// rawPath is the request target's path exactly as it came on the wire.
func rawPath(r *http.Request) string {
	p, _, _ := strings.Cut(r.RequestURI, "?")
	return p
}

func echoData(r *http.Request) (map[string]any, error) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if err != nil {
		return nil, err
	}
	query := parsePairs(r.URL.RawQuery)
	d := map[string]any{
		"method":        r.Method,
		"path":          r.URL.Path,
		"rawPath":       rawPath(r),
		"rawQuery":      r.URL.RawQuery,
		"query":         query,
		"args":          pairMap(query),
		"headers":       lowerHeaders(r.Header),
		"contentLength": r.ContentLength,
		"body":          string(body),
		"json":          nil,
		"form":          []pair{},
		"parts":         []part{},
		"cookies":       cookieMap(r),
	}
	var js any
	if len(bytes.TrimSpace(body)) > 0 && json.Unmarshal(body, &js) == nil {
		d["json"] = js
	}
	mt, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch mt {
	case "application/x-www-form-urlencoded":
		d["form"] = parsePairs(string(body))
	case "multipart/form-data":
		parts, err := parseMultipart(body, params["boundary"])
		if err != nil {
			d["multipartError"] = err.Error()
		} else {
			d["parts"] = parts
		}
	}
	return d, nil
}

func parseMultipart(body []byte, boundary string) ([]part, error) {
	if boundary == "" {
		return nil, errors.New("no boundary")
	}
	mr := multipart.NewReader(bytes.NewReader(body), boundary)
	parts := []part{}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return parts, nil
		}
		if err != nil {
			return parts, err
		}
		content, err := io.ReadAll(p)
		if err != nil {
			return parts, err
		}
		parts = append(parts, part{
			Name:        p.FormName(),
			Filename:    p.FileName(),
			ContentType: p.Header.Get("Content-Type"),
			Content:     string(content),
		})
	}
}

func echo(w http.ResponseWriter, r *http.Request) {
	d, err := echoData(r)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func status(w http.ResponseWriter, r *http.Request) {
	code, err := strconv.Atoi(r.PathValue("code"))
	if err != nil || code < 200 || code > 599 {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": "status must be 200..599"})
		return
	}
	if code == http.StatusNoContent || code == http.StatusNotModified {
		w.WriteHeader(code)
		return
	}
	writeJSON(w, code, map[string]any{"status": code, "reason": http.StatusText(code)})
}

func delay(w http.ResponseWriter, r *http.Request) {
	ms, err := strconv.Atoi(r.PathValue("ms"))
	if err != nil || ms < 0 || ms > 10000 {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": "delay must be 0..10000 ms"})
		return
	}
	t := time.NewTimer(time.Duration(ms) * time.Millisecond)
	defer t.Stop()
	select {
	case <-t.C:
	case <-r.Context().Done():
		return
	}
	echo(w, r)
}

func cookies(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"cookies": cookieMap(r)})
}

func cookiesSet(w http.ResponseWriter, r *http.Request) {
	set := map[string]string{}
	for _, p := range parsePairs(r.URL.RawQuery) {
		http.SetCookie(w, &http.Cookie{Name: p.Key, Value: p.Value, Path: "/"})
		set[p.Key] = p.Value
	}
	writeJSON(w, http.StatusOK, map[string]any{"set": set, "received": cookieMap(r)})
}

func cookiesDelete(w http.ResponseWriter, r *http.Request) {
	deleted := []string{}
	for _, p := range parsePairs(r.URL.RawQuery) {
		http.SetCookie(w, &http.Cookie{Name: p.Key, Value: "", Path: "/", MaxAge: -1})
		deleted = append(deleted, p.Key)
	}
	writeJSON(w, http.StatusOK, map[string]any{"deleted": deleted, "received": cookieMap(r)})
}

func redirectN(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil || n < 1 || n > 20 {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": "n must be 1..20"})
		return
	}
	to := "/echo"
	if n > 1 {
		to = "/redirect/" + strconv.Itoa(n-1)
	}
	w.Header().Set("Location", to)
	writeJSON(w, http.StatusFound, map[string]any{"redirect": to})
}

func redirectTo(w http.ResponseWriter, r *http.Request) {
	args := pairMap(parsePairs(r.URL.RawQuery))
	to := args["url"]
	if to == "" {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": "url is required"})
		return
	}
	code := http.StatusFound
	if s, ok := args["status"]; ok {
		c, err := strconv.Atoi(s)
		if err != nil || c < 300 || c > 399 {
			writeJSON(w, http.StatusBadRequest, map[string]any{"error": "status must be 300..399"})
			return
		}
		code = c
	}
	io.Copy(io.Discard, io.LimitReader(r.Body, maxBody))
	w.Header().Set("Location", to)
	writeJSON(w, code, map[string]any{"redirect": to})
}

func compressed(encoding string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		d := map[string]any{
			"encoding": encoding,
			"method":   r.Method,
			"headers":  lowerHeaders(r.Header),
		}
		plain, err := json.MarshalIndent(d, "", "  ")
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		var buf bytes.Buffer
		var zw io.WriteCloser
		switch encoding {
		case "gzip":
			zw = gzip.NewWriter(&buf)
		case "deflate":
			// HTTP's "deflate" is the zlib format; clients also accept raw
			// deflate, but zlib is what the RFC names.
			zw = zlib.NewWriter(&buf)
		default:
			zw = brotli.NewWriter(&buf)
		}
		zw.Write(plain)
		zw.Close()
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Content-Encoding", encoding)
		w.Write(buf.Bytes())
	}
}

const xmlBody = `<?xml version="1.0" encoding="UTF-8"?>
<library name="city">
  <book id="b1" lang="en">
    <title>The Go Programming Language</title>
    <author>Alan Donovan</author>
    <author>Brian Kernighan</author>
    <year>2015</year>
    <price currency="USD">34.99</price>
  </book>
  <book id="b2" lang="fr">
    <title>Le Petit Prince</title>
    <author>Antoine de Saint-Exupéry</author>
    <year>1943</year>
    <price currency="EUR">7.50</price>
  </book>
  <empty/>
</library>
`

func xmlDoc(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/xml; charset=utf-8")
	io.WriteString(w, xmlBody)
}

const htmlBody = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Test Page</title></head>
<body>
  <h1 id="main" class="title big">Hello, courier</h1>
  <ul class="items">
    <li data-id="1">one</li>
    <li data-id="2" class="even">two</li>
    <li data-id="3">three</li>
  </ul>
  <a href="/echo?from=html">echo</a>
  <a href="https://example.com/" rel="external">example</a>
  <p>Caf&eacute; &amp; cr&egrave;me</p>
</body>
</html>
`

func htmlDoc(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.WriteString(w, htmlBody)
}

func jsonN(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil || n < 0 || n > 1000 {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": "n must be 0..1000"})
		return
	}
	colors := []string{"red", "green", "blue"}
	items := make([]map[string]any, n)
	for i := range items {
		id := i + 1
		items[i] = map[string]any{
			"id":     id,
			"name":   fmt.Sprintf("item-%d", id),
			"even":   id%2 == 0,
			"price":  float64(id*125) / 100,
			"color":  colors[i%len(colors)],
			"tags":   []string{fmt.Sprintf("t%d", id%4), "all"},
			"parent": nil,
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"count": n, "items": items})
}

func basicAuth(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	if !ok || user != r.PathValue("user") || pass != r.PathValue("pass") {
		w.Header().Set("WWW-Authenticate", `Basic realm="testserver"`)
		writeJSON(w, http.StatusUnauthorized, map[string]any{"authenticated": false})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"authenticated": true, "user": user})
}

func bearer(w http.ResponseWriter, r *http.Request) {
	scheme, token, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	if !strings.EqualFold(scheme, "bearer") || token == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="testserver"`)
		writeJSON(w, http.StatusUnauthorized, map[string]any{"authenticated": false})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"authenticated": true, "token": token})
}

func headers(w http.ResponseWriter, r *http.Request) {
	ps := parsePairs(r.URL.RawQuery)
	for _, p := range ps {
		w.Header().Add(p.Key, p.Value)
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{"headers": ps})
	w.Write(buf.Bytes())
}
