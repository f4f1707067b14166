package corpus

import (
	"bufio"
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"mime"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// FixedDate is the Date header of every answer that brings none of its own.
const FixedDate = "Mon, 01 Jan 2024 00:00:00 GMT"

// maxBody bounds what the stand-in reads of a request body.
const maxBody = 8 << 20

// An Exchange is one request the stand-in answered, for the run's log.
type Exchange struct {
	Method  string `json:"method"`
	URL     string `json:"url"`
	Headers string `json:"headers"` // "name: value" lines, sorted, Postman-Token and boundaries masked
	BodyLen int    `json:"bodyLen"`
	Status  int    `json:"status"`
	Source  string `json:"source"` // "example: ITEM / NAME", "status", "echo", ...
}

// Standin is the local stand-in for the internet: an HTTP proxy that answers
// every request itself. Use it as an http.Handler (for plain proxy requests,
// direct requests and CONNECT) on a listener of your own.
type Standin struct {
	examples *Examples
	tlsConf  *tls.Config
	inner    *http.Server
	conns    chan net.Conn
	done     chan struct{}
	once     sync.Once

	mu  sync.Mutex
	log []Exchange
}

// NewStandin makes a stand-in that answers from ex (may be nil) and otherwise
// with echoes. Close it when done.
func NewStandin(ex *Examples) (*Standin, error) {
	if ex == nil {
		ex = &Examples{}
	}
	cert, err := selfSigned()
	if err != nil {
		return nil, err
	}
	s := &Standin{
		examples: ex,
		// HTTP/1.1 only: Node's client speaks nothing else, and Go's would
		// otherwise negotiate HTTP/2 and see different headers.
		tlsConf: &tls.Config{Certificates: []tls.Certificate{cert}, NextProtos: []string{"http/1.1"}},
		conns:   make(chan net.Conn),
		done:    make(chan struct{}),
	}
	s.inner = &http.Server{Handler: http.HandlerFunc(s.serveTunnelled), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = s.inner.Serve(chanListener{s}) }()
	return s, nil
}

// Close stops the tunnelled connections' server.
func (s *Standin) Close() error {
	s.once.Do(func() { close(s.done) })
	return s.inner.Close()
}

// Log returns the exchanges so far, in the order they were answered.
func (s *Standin) Log() []Exchange {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Exchange(nil), s.log...)
}

// ServeHTTP answers a proxy request: CONNECT opens a tunnel whose TLS the
// stand-in terminates; a request in absolute form is answered for its URL; a
// direct request for its Host.
func (s *Standin) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodConnect {
		s.connect(w, r)
		return
	}
	scheme, host := "http", r.Host
	if r.URL.IsAbs() {
		scheme, host = r.URL.Scheme, r.URL.Host
	}
	s.answer(w, r, scheme, host)
}

func (s *Standin) serveTunnelled(w http.ResponseWriter, r *http.Request) {
	s.answer(w, r, "https", r.Host)
}

func (s *Standin) connect(w http.ResponseWriter, r *http.Request) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		http.Error(w, "no hijacking", http.StatusInternalServerError)
		return
	}
	conn, buf, err := hj.Hijack()
	if err != nil {
		return
	}
	if _, err := conn.Write([]byte("HTTP/1.1 200 Connection established\r\n\r\n")); err != nil {
		conn.Close()
		return
	}
	var c net.Conn = conn
	if buf != nil && buf.Reader.Buffered() > 0 {
		c = &prefixConn{Conn: conn, r: io.MultiReader(bytes.NewReader(peek(buf.Reader)), conn)}
	}
	tc := tls.Server(c, s.tlsConf)
	select {
	case s.conns <- tc:
	case <-s.done:
		tc.Close()
	}
}

func peek(r *bufio.Reader) []byte {
	b, _ := r.Peek(r.Buffered())
	return b
}

type prefixConn struct {
	net.Conn
	r io.Reader
}

func (c *prefixConn) Read(p []byte) (int, error) { return c.r.Read(p) }

// chanListener hands the tunnelled TLS connections to the inner server.
type chanListener struct{ s *Standin }

func (l chanListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.s.conns:
		return c, nil
	case <-l.s.done:
		return nil, net.ErrClosed
	}
}
func (l chanListener) Close() error   { return nil }
func (l chanListener) Addr() net.Addr { return &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)} }

// answer writes the deterministic answer to one request.
func (s *Standin) answer(w http.ResponseWriter, r *http.Request, scheme, host string) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, maxBody))
	u := scheme + "://" + host + r.URL.RequestURI()
	if r.URL.IsAbs() {
		u = r.URL.String()
	}
	path := splitPath(r.URL.EscapedPath())
	ex := Exchange{Method: r.Method, URL: u, Headers: headerLines(r), BodyLen: len(body)}
	h := w.Header()
	h["Date"] = []string{FixedDate}
	var status int
	var out []byte
	if x := s.examples.Match(r.Method, host, path, r.URL.Query()); x != nil {
		status, out = x.Code, []byte(x.Body)
		for _, kv := range x.Headers {
			switch strings.ToLower(kv[0]) {
			case "content-length", "transfer-encoding", "connection", "keep-alive", "content-encoding":
				continue
			}
			if strings.EqualFold(kv[0], "Date") {
				h["Date"] = nil
			}
			h[http.CanonicalHeaderKey(kv[0])] = append(h[http.CanonicalHeaderKey(kv[0])], kv[1])
		}
		ex.Source = "example: " + x.Item + " / " + x.Name
	} else {
		status, out, ex.Source = s.special(h, r, scheme, host, u, path, body)
	}
	if r.Method == http.MethodHead {
		h.Set("Content-Length", strconv.Itoa(len(out)))
		out = nil
	}
	ex.Status = status
	s.mu.Lock()
	s.log = append(s.log, ex)
	s.mu.Unlock()
	w.WriteHeader(status)
	_, _ = w.Write(out)
}

func splitPath(p string) []string {
	var out []string
	for _, seg := range strings.Split(p, "/") {
		if seg != "" {
			out = append(out, seg)
		}
	}
	return out
}

var echoHosts = regexp.MustCompile(`^(postman-echo\.com|httpbin\.org|[a-z0-9-]+\.httpbin\.org|echo\.getpostman\.com)(:\d+)?$`)

// special answers the postman-echo / httpbin endpoints collections test
// against (on those hosts only), else echoes.
func (s *Standin) special(h http.Header, r *http.Request, scheme, host, u string, path []string, body []byte) (int, []byte, string) {
	jsonOut := func(v any) []byte {
		h.Set("Content-Type", "application/json; charset=utf-8")
		b, _ := json.MarshalIndent(v, "", "  ")
		return b
	}
	if echoHosts.MatchString(strings.ToLower(host)) && len(path) > 0 {
		switch path[0] {
		case "status":
			if len(path) == 2 {
				if c, err := strconv.Atoi(path[1]); err == nil && c >= 200 && c <= 599 {
					return c, jsonOut(map[string]any{"status": c}), "status"
				}
			}
		case "headers":
			return 200, jsonOut(map[string]any{"headers": echoHeaders(r)}), "headers"
		case "response-headers":
			q := r.URL.Query()
			keys := sortedKeys(q)
			m := map[string]any{}
			for _, k := range keys {
				h[http.CanonicalHeaderKey(k)] = q[k]
				m[k] = strings.Join(q[k], ",")
			}
			return 200, jsonOut(m), "response-headers"
		case "cookies":
			if len(path) == 1 {
				cookies := map[string]string{}
				for _, c := range r.Cookies() {
					cookies[c.Name] = c.Value
				}
				return 200, jsonOut(map[string]any{"cookies": cookies}), "cookies"
			}
			if len(path) == 2 && (path[1] == "set" || path[1] == "delete") {
				q := r.URL.Query()
				for _, k := range sortedKeys(q) {
					if path[1] == "set" {
						h.Add("Set-Cookie", (&http.Cookie{Name: k, Value: q.Get(k), Path: "/"}).String())
					} else {
						h.Add("Set-Cookie", k+"=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT")
					}
				}
				h.Set("Location", "/cookies")
				return 302, []byte("Found. Redirecting to /cookies"), "cookies/" + path[1]
			}
		case "basic-auth":
			user, pass, ok := r.BasicAuth()
			want := [2]string{"postman", "password"}
			if len(path) == 3 {
				want = [2]string{path[1], path[2]}
			}
			if ok && user == want[0] && pass == want[1] {
				return 200, jsonOut(map[string]any{"authenticated": true}), "basic-auth"
			}
			h.Set("WWW-Authenticate", `Basic realm="Users"`)
			return 401, []byte("Unauthorized"), "basic-auth"
		case "delay":
			if len(path) == 2 {
				return 200, jsonOut(map[string]any{"delay": path[1]}), "delay"
			}
		case "ip":
			return 200, jsonOut(map[string]any{"ip": "127.0.0.1"}), "ip"
		case "time":
			return 200, []byte(FixedDate), "time"
		}
	}
	return 200, jsonOut(echo(r, u, body)), "echo"
}

func sortedKeys(q url.Values) []string {
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// echo is a postman-echo style description of the request.
func echo(r *http.Request, u string, body []byte) map[string]any {
	args := map[string]any{}
	q := r.URL.Query()
	for _, k := range sortedKeys(q) {
		if len(q[k]) == 1 {
			args[k] = q[k][0]
		} else {
			args[k] = q[k]
		}
	}
	out := map[string]any{"args": args, "headers": echoHeaders(r), "url": u}
	if len(body) == 0 && (r.Method == http.MethodGet || r.Method == http.MethodHead || r.Method == http.MethodDelete || r.Method == http.MethodOptions) {
		return out
	}
	out["data"], out["files"], out["form"], out["json"] = "", map[string]any{}, map[string]any{}, nil
	mt, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch {
	case mt == "application/x-www-form-urlencoded":
		form := map[string]any{}
		if vals, err := url.ParseQuery(string(body)); err == nil {
			for _, k := range sortedKeys(vals) {
				form[k] = strings.Join(vals[k], ",")
			}
		}
		out["form"], out["json"] = form, form
	case strings.HasPrefix(mt, "multipart/") && params["boundary"] != "":
		form, files := map[string]any{}, map[string]any{}
		mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
		for {
			p, err := mr.NextPart()
			if err != nil {
				break
			}
			data, _ := io.ReadAll(p)
			if p.FileName() != "" {
				ct := p.Header.Get("Content-Type")
				if ct == "" {
					ct = "application/octet-stream"
				}
				files[p.FileName()] = "data:" + ct + ";base64," + base64.StdEncoding.EncodeToString(data)
			} else {
				form[p.FormName()] = string(data)
			}
		}
		out["form"], out["files"] = form, files
	default:
		var v any
		if json.Unmarshal(body, &v) == nil && len(bytes.TrimSpace(body)) > 0 && (mt == "" || strings.Contains(mt, "json")) {
			out["data"], out["json"] = v, v
		} else {
			out["data"] = string(body)
		}
	}
	return out
}

var boundaryRe = regexp.MustCompile(`boundary=("?)[^";,]+`)

// echoHeaders are the request's headers, lower-cased and sorted (values of
// repeated headers joined), with the per-request Postman-Token and multipart
// boundaries masked so that equal requests get equal answers.
func echoHeaders(r *http.Request) map[string]string {
	out := map[string]string{"host": r.Host}
	for k, v := range r.Header {
		lk := strings.ToLower(k)
		val := strings.Join(v, ", ")
		switch lk {
		case "postman-token":
			val = "<postman-token>"
		case "content-type":
			val = boundaryRe.ReplaceAllString(val, "boundary=$1<boundary>")
		case "proxy-connection":
			continue
		}
		out[lk] = val
	}
	return out
}

func headerLines(r *http.Request) string {
	eh := echoHeaders(r)
	keys := make([]string, 0, len(eh))
	for k := range eh {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s: %s\n", k, eh[k])
	}
	return b.String()
}

// selfSigned makes the certificate the stand-in presents for every host.
func selfSigned() (tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "courier corpus stand-in"},
		NotBefore:    time.Unix(0, 0),
		NotAfter:     time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		DNSNames:     []string{"*"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
}

// errClosed is returned by Serve after Close.
var errClosed = errors.New("stand-in closed")

// Serve answers on ln until Close; it returns errClosed then.
func (s *Standin) Serve(ln net.Listener) error {
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-s.done
		srv.Close()
	}()
	err := srv.Serve(ln)
	select {
	case <-s.done:
		return errClosed
	default:
		return err
	}
}

// CompareExchanges lists how the requests the stand-in received from two
// runs differ: their number, and per position the request line and each
// header (wire differences that no assertion may show).
func CompareExchanges(a, b []Exchange) []Difference {
	var out []Difference
	if len(a) != len(b) {
		out = append(out, Difference{Kind: "wire-count", A: fmt.Sprintf("%d requests", len(a)), B: fmt.Sprintf("%d requests", len(b))})
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if x.Method != y.Method || x.URL != y.URL {
			out = append(out, Difference{Kind: "wire-request", Item: fmt.Sprintf("request %d", i+1), A: x.Method + " " + x.URL, B: y.Method + " " + y.URL})
			continue
		}
		hx, hy := headerMap(x.Headers), headerMap(y.Headers)
		for _, k := range unionKeys(hx, hy) {
			vx, okx := hx[k]
			vy, oky := hy[k]
			if okx == oky && vx == vy {
				continue
			}
			show := func(v string, ok bool) string {
				if !ok {
					return k + " absent"
				}
				return k + ": " + v
			}
			out = append(out, Difference{Kind: "wire-header", Item: fmt.Sprintf("%s %s", x.Method, x.URL), A: show(vx, okx), B: show(vy, oky)})
		}
		if x.BodyLen != y.BodyLen {
			out = append(out, Difference{Kind: "wire-body", Item: fmt.Sprintf("%s %s", x.Method, x.URL), A: fmt.Sprintf("%d bytes", x.BodyLen), B: fmt.Sprintf("%d bytes", y.BodyLen)})
		}
	}
	return out
}

func headerMap(lines string) map[string]string {
	m := map[string]string{}
	for _, l := range strings.Split(lines, "\n") {
		if k, v, ok := strings.Cut(l, ": "); ok {
			m[k] = v
		}
	}
	return m
}

func unionKeys(a, b map[string]string) []string {
	seen := map[string]bool{}
	var keys []string
	for _, m := range []map[string]string{a, b} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	sort.Strings(keys)
	return keys
}
