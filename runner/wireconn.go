package runner

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// courier writes HTTP/1.1 itself (Go's http.Transport orders, canonicalises
// and frames headers its own way) on connections it keeps alive like Node's
// agent: one request at a time per connection, idle connections reused
// newest first, through HTTP proxies (absolute-form requests) and CONNECT
// tunnels, with TLS and per-host client certificates. Timing events go to
// the context's httptrace.ClientTrace (DNS and connect events come from the
// dialer itself), so timing.go sees the phases as before.

const (
	maxIdlePerHost = 16
	idleTimeout    = 90 * time.Second
	// maxResponseHead bounds a response's status line and headers.
	maxResponseHead = 1 << 20
)

// hopRequest is one HTTP request to write.
type hopRequest struct {
	method   string
	url      *url.URL // scheme and host:port to connect to
	target   string   // the origin-form request-target (path and query as sent)
	headers  []wireHeader
	body     []byte
	insecure bool // do not verify the server's certificate
	// proxy is where to connect instead of the server (nil: straight to
	// it); tunnel says through a CONNECT tunnel (or SOCKS) rather than
	// with an absolute-form request
	proxy  *url.URL
	tunnel bool
}

// hopResponse is one response as received.
type hopResponse struct {
	proto      string
	code       int
	reason     string
	raw        [][2]string // headers in the order and spelling received
	header     http.Header // the same, canonical, for lookups
	body       []byte      // as received (still content-encoded)
	closeAfter bool        // the body ended with the connection
}

// h1Conn is one connection to a server (or a proxy).
type h1Conn struct {
	conn   net.Conn
	br     *bufio.Reader
	key    string
	idleAt time.Time
	reused bool
}

// wireClient keeps the run's connections.
type wireClient struct {
	mu     sync.Mutex
	opts   Options
	idle   map[string][]*h1Conn
	dialer net.Dialer
	tlsFor [2]*tls.Config // [0] verifying, [1] insecure
	closed bool
	bufs   sync.Pool
}

func newWireClient(opts Options) *wireClient {
	c := &wireClient{opts: opts, idle: map[string][]*h1Conn{},
		dialer: net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}}
	for i, insecure := range []bool{false, true} {
		c.tlsFor[i] = &tls.Config{InsecureSkipVerify: insecure, RootCAs: opts.RootCAs} //nolint:gosec // --insecure / strictSSL false
	}
	c.bufs.New = func() any { b := make([]byte, 0, 4096); return &b }
	return c
}

// close drops every idle connection.
func (c *wireClient) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	for k, cs := range c.idle {
		for _, pc := range cs {
			pc.conn.Close()
		}
		delete(c.idle, k)
	}
}

// clientCertFor picks the client certificate for a host (first match wins;
// an entry without patterns matches every host).
func (c *wireClient) clientCertFor(u *url.URL) *tls.Certificate {
	for i, cc := range c.opts.ClientCerts {
		if len(cc.Matches) == 0 {
			return &c.opts.ClientCerts[i].Cert
		}
		for _, m := range cc.Matches {
			if matchHostPattern(m, u) {
				return &c.opts.ClientCerts[i].Cert
			}
		}
	}
	return nil
}

func defaultPort(scheme string) string {
	if scheme == "https" {
		return "443"
	}
	return "80"
}

// hostPort is u's host with the scheme's port when it has none.
func hostPort(u *url.URL) string {
	if u.Port() != "" {
		return u.Host
	}
	return net.JoinHostPort(u.Hostname(), defaultPort(u.Scheme))
}

// proxyFor returns the proxy for u (nil: direct).
func (c *wireClient) proxyFor(u *url.URL) (*url.URL, error) {
	if c.opts.Proxy == nil {
		return nil, nil
	}
	return c.opts.Proxy(&http.Request{Method: "GET", URL: u, Header: http.Header{}})
}

// roundTrip sends one request and reads its response. A request that fails
// on a reused connection before any byte of the response arrived (the server
// had closed the idle connection) is sent once more on a new one.
func (c *wireClient) roundTrip(ctx context.Context, hr *hopRequest, timeout time.Duration) (*hopResponse, error) {
	proxy := hr.proxy
	if proxy != nil && proxy.Scheme != "http" && proxy.Scheme != "https" && !isSOCKS(proxy) {
		return nil, fmt.Errorf("unsupported proxy protocol %q", proxy.Scheme)
	}
	trace := httptrace.ContextClientTrace(ctx)
	for attempt := 0; ; attempt++ {
		resp, pc, started, err := c.try(ctx, hr, proxy, trace, timeout)
		if err == nil {
			return resp, nil
		}
		var ne net.Error
		if pc != nil && pc.reused && !started && attempt == 0 && ctx.Err() == nil && !(errors.As(err, &ne) && ne.Timeout()) {
			// a stale keep-alive connection: once more on a new one (not
			// when the request timed out: the server is slow, not gone)
			continue
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, err
	}
}

// try is one attempt of roundTrip; started reports whether the response had
// begun to arrive when it failed.
func (c *wireClient) try(ctx context.Context, hr *hopRequest, proxy *url.URL, trace *httptrace.ClientTrace, timeout time.Duration) (resp *hopResponse, pc *h1Conn, started bool, err error) {
	key := hr.url.Scheme + "|" + hostPort(hr.url)
	if proxy != nil {
		key += "|" + proxy.String()
		if hr.tunnel {
			key += "|tunnel"
		}
	}
	if hr.insecure {
		key += "|insecure"
	}
	if trace != nil && trace.GetConn != nil {
		trace.GetConn(hostPort(hr.url))
	}
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	pc = c.takeIdle(key)
	if pc == nil {
		dctx := ctx
		if timeout > 0 {
			var cancel context.CancelFunc
			dctx, cancel = context.WithDeadline(ctx, deadline)
			defer cancel()
		}
		pc, err = c.dial(dctx, key, hr, proxy, trace)
		if err != nil {
			return nil, nil, false, err
		}
	}
	if trace != nil && trace.GotConn != nil {
		trace.GotConn(httptrace.GotConnInfo{Conn: pc.conn, Reused: pc.reused, WasIdle: pc.reused})
	}
	pc.conn.SetDeadline(deadline)
	stop := context.AfterFunc(ctx, func() { pc.conn.SetDeadline(time.Unix(1, 0)) })
	defer stop()

	bp := c.bufs.Get().(*[]byte)
	if len(hr.body) <= maxPooledBody {
		buf := writeRequest((*bp)[:0], hr, proxy != nil && !hr.tunnel)
		_, err = pc.conn.Write(buf)
		*bp = buf[:0]
	} else {
		// a large body goes out as it is, not copied after the head
		// (the same bytes on the wire)
		head, tail := writeRequestParts((*bp)[:0], hr, proxy != nil && !hr.tunnel)
		if _, err = pc.conn.Write(head); err == nil {
			if _, err = pc.conn.Write(hr.body); err == nil {
				_, err = pc.conn.Write(tail)
			}
		}
		*bp = head[:0]
	}
	c.bufs.Put(bp)
	if err != nil {
		pc.conn.Close()
		return nil, pc, false, err
	}
	if trace != nil && trace.WroteRequest != nil {
		trace.WroteRequest(httptrace.WroteRequestInfo{})
	}
	resp, started, err = readResponse(pc.br, hr.method, trace, c.opts.MaxResponseSize)
	if err != nil {
		pc.conn.Close()
		return nil, pc, started, err
	}
	if keepAlive(hr, resp) {
		pc.conn.SetDeadline(time.Time{})
		c.putIdle(pc)
	} else {
		pc.conn.Close()
	}
	return resp, pc, true, nil
}

// keepAlive decides, as Node's agent does, whether the connection can carry
// another request.
func keepAlive(hr *hopRequest, resp *hopResponse) bool {
	if resp.closeAfter {
		return false
	}
	for _, h := range hr.headers {
		if strings.EqualFold(h.name, "connection") && strings.Contains(strings.ToLower(h.value), "close") {
			return false
		}
	}
	conn := strings.ToLower(strings.Join(resp.header["Connection"], ","))
	if strings.Contains(conn, "close") {
		return false
	}
	if resp.proto == "HTTP/1.0" {
		return strings.Contains(conn, "keep-alive")
	}
	return true
}

func (c *wireClient) takeIdle(key string) *h1Conn {
	c.mu.Lock()
	defer c.mu.Unlock()
	cs := c.idle[key]
	for len(cs) > 0 {
		pc := cs[len(cs)-1]
		cs = cs[:len(cs)-1]
		if time.Since(pc.idleAt) > idleTimeout || pc.br.Buffered() > 0 {
			pc.conn.Close()
			continue
		}
		c.idle[key] = cs
		pc.reused = true
		return pc
	}
	delete(c.idle, key)
	return nil
}

func (c *wireClient) putIdle(pc *h1Conn) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cs := c.idle[pc.key]
	if c.closed || len(cs) >= maxIdlePerHost {
		pc.conn.Close()
		return
	}
	pc.idleAt = time.Now()
	c.idle[pc.key] = append(cs, pc)
}

// dial opens a connection for hr: directly, through an HTTP proxy, or
// through a CONNECT tunnel for HTTPS behind a proxy.
func (c *wireClient) dial(ctx context.Context, key string, hr *hopRequest, proxy *url.URL, trace *httptrace.ClientTrace) (*h1Conn, error) {
	target := hostPort(hr.url)
	addr := target
	if proxy != nil {
		addr = hostPort(proxy)
		if isSOCKS(proxy) && proxy.Port() == "" {
			addr = net.JoinHostPort(proxy.Hostname(), "1080")
		}
	}
	tunnel := proxy != nil && hr.tunnel && !isSOCKS(proxy)
	conn, err := c.dialer.DialContext(ctx, "tcp", localhostAddr(addr))
	if err != nil {
		if tunnel {
			return nil, &tunnelError{err}
		}
		return nil, err
	}
	if isSOCKS(proxy) {
		if err := socks5Connect(ctx, conn, target, proxy); err != nil {
			conn.Close()
			return nil, err
		}
		proxy = nil // a tunnel: the rest is as if direct
	}
	if proxy != nil && proxy.Scheme == "https" {
		if conn, err = c.handshake(ctx, conn, proxy, hr.insecure, trace); err != nil {
			return nil, err
		}
	}
	br := bufio.NewReaderSize(conn, 16<<10)
	if tunnel {
		if err := connectTunnel(ctx, conn, br, target, proxy, hr.headers, c.opts.MaxResponseSize); err != nil {
			conn.Close()
			if _, ok := err.(*tunnelStatusError); !ok {
				err = &tunnelError{err}
			}
			return nil, err
		}
	}
	if hr.url.Scheme == "https" {
		if conn, err = c.handshake(ctx, conn, hr.url, hr.insecure, trace); err != nil {
			return nil, err
		}
		br = bufio.NewReaderSize(conn, 16<<10)
	}
	return &h1Conn{conn: conn, br: br, key: key}, nil
}

// handshake starts TLS on conn for u's host.
func (c *wireClient) handshake(ctx context.Context, conn net.Conn, u *url.URL, insecure bool, trace *httptrace.ClientTrace) (net.Conn, error) {
	base := c.tlsFor[0]
	if insecure {
		base = c.tlsFor[1]
	}
	cfg := base.Clone()
	cfg.ServerName = u.Hostname()
	if len(c.opts.ClientCerts) > 0 {
		cert := c.clientCertFor(&url.URL{Scheme: "https", Host: hostPort(u)})
		if cert == nil {
			cert = &tls.Certificate{} // no certificate for this host
		}
		cfg.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return cert, nil }
	}
	if trace != nil && trace.TLSHandshakeStart != nil {
		trace.TLSHandshakeStart()
	}
	tc := tls.Client(conn, cfg)
	hctx, cancel := context.WithTimeout(ctx, tlsHandshakeTimeout)
	err := tc.HandshakeContext(hctx)
	cancel()
	if err != nil && hctx.Err() == context.DeadlineExceeded && ctx.Err() == nil {
		err = errTLSHandshakeTimeout()
	}
	if trace != nil && trace.TLSHandshakeDone != nil {
		trace.TLSHandshakeDone(tc.ConnectionState(), err)
	}
	if err != nil {
		conn.Close()
		return nil, err
	}
	return tc, nil
}

// proxyHeaderWhiteList are the request headers postman-request repeats in
// its CONNECT request.
var proxyHeaderWhiteList = map[string]bool{
	"accept": true, "accept-charset": true, "accept-encoding": true, "accept-language": true, "accept-ranges": true,
	"cache-control": true, "content-encoding": true, "content-language": true, "content-location": true,
	"content-md5": true, "content-range": true, "content-type": true, "connection": true, "date": true,
	"expect": true, "max-forwards": true, "pragma": true, "referer": true, "te": true, "user-agent": true, "via": true,
}

// proxySetupDeadline bounds a proxy's CONNECT or SOCKS5 handshake: the
// request's own deadline (--timeout-request), and never later than
// tlsHandshakeTimeout from now, so a proxy that accepts the connection and
// never answers cannot hold the run when no request timeout is given.
func proxySetupDeadline(ctx context.Context) time.Time {
	d := time.Now().Add(tlsHandshakeTimeout)
	if cd, ok := ctx.Deadline(); ok && cd.Before(d) {
		return cd
	}
	return d
}

// connectTunnel asks the proxy for a tunnel to target (host:port) as
// postman-request's tunnel agent does: the request's whitelisted headers,
// "host", the proxy's credentials (and Node's "Connection: close" when the
// request has no Connection header). What the proxy sends after its answer's
// head is dropped, as the tunnel agent drops it.
func connectTunnel(ctx context.Context, conn net.Conn, br *bufio.Reader, target string, proxy *url.URL, headers []wireHeader, limit int64) error {
	stop := context.AfterFunc(ctx, func() { conn.SetDeadline(time.Unix(1, 0)) })
	defer stop()
	conn.SetDeadline(proxySetupDeadline(ctx))
	defer conn.SetDeadline(time.Time{})
	req := []byte("CONNECT " + target + " HTTP/1.1\r\n")
	connection := false
	for _, h := range headers {
		if name := strings.ToLower(h.name); proxyHeaderWhiteList[name] {
			connection = connection || name == "connection"
			req = append(append(append(append(req, h.name...), ": "...), appendLatin1(nil, h.value)...), "\r\n"...)
		}
	}
	req = append(req, "host: "+target+"\r\n"...)
	if proxy.User != nil {
		pass, _ := proxy.User.Password()
		req = append(req, "Proxy-Authorization: Basic "+base64.StdEncoding.EncodeToString([]byte(proxy.User.Username()+":"+pass))+"\r\n"...)
	}
	if !connection {
		req = append(req, "Connection: close\r\n"...)
	}
	if _, err := conn.Write(append(req, "\r\n"...)); err != nil {
		return err
	}
	resp, _, err := readResponse(br, "CONNECT", nil, limit)
	if err != nil {
		return err
	}
	if resp.code != 200 {
		return &tunnelStatusError{resp.code}
	}
	br.Discard(br.Buffered())
	return nil
}

// tunnelError is postman-request's tunnel agent's error for a tunnel that
// failed before the proxy answered (it could not be reached, the
// connection broke): the cause in Node's words.
type tunnelError struct{ cause error }

func (e *tunnelError) Error() string {
	return "tunneling socket could not be established, cause=" + friendlyError(e.cause, 0).Error()
}

// tunnelStatusError is the tunnel agent's error for a proxy that answered
// CONNECT with another status than 200.
type tunnelStatusError struct{ code int }

func (e *tunnelStatusError) Error() string {
	return fmt.Sprintf("tunneling socket could not be established, statusCode=%d", e.code)
}

func isSOCKS(p *url.URL) bool {
	return p != nil && (p.Scheme == "socks5" || p.Scheme == "socks5h")
}

// socks5Connect asks a SOCKS5 proxy (RFC 1928, with RFC 1929 user and
// password when the proxy URL has them) for a connection to target.
func socks5Connect(ctx context.Context, conn net.Conn, target string, proxy *url.URL) error {
	stop := context.AfterFunc(ctx, func() { conn.SetDeadline(time.Unix(1, 0)) })
	defer stop()
	conn.SetDeadline(proxySetupDeadline(ctx))
	defer conn.SetDeadline(time.Time{})
	host, portStr, err := net.SplitHostPort(target)
	if err != nil {
		return err
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || len(host) > 255 {
		return fmt.Errorf("socks: bad target %q", target)
	}
	methods := []byte{5, 1, 0}
	if proxy.User != nil {
		methods = []byte{5, 2, 0, 2}
	}
	if _, err := conn.Write(methods); err != nil {
		return err
	}
	var reply [2]byte
	if _, err := io.ReadFull(conn, reply[:]); err != nil {
		return err
	}
	switch {
	case reply[0] != 5:
		return errors.New("socks: not a SOCKS5 proxy")
	case reply[1] == 2 && proxy.User != nil:
		user := proxy.User.Username()
		pass, _ := proxy.User.Password()
		if len(user) > 255 || len(pass) > 255 {
			return errors.New("socks: user name or password too long")
		}
		msg := append([]byte{1, byte(len(user))}, user...)
		msg = append(append(msg, byte(len(pass))), pass...)
		if _, err := conn.Write(msg); err != nil {
			return err
		}
		if _, err := io.ReadFull(conn, reply[:]); err != nil {
			return err
		}
		if reply[1] != 0 {
			return errors.New("socks: authentication failed")
		}
	case reply[1] != 0:
		return errors.New("socks: no acceptable authentication method")
	}
	req := []byte{5, 1, 0}
	if ip := net.ParseIP(host); ip != nil && ip.To4() != nil {
		req = append(append(req, 1), ip.To4()...)
	} else if ip != nil {
		req = append(append(req, 4), ip.To16()...)
	} else {
		req = append(append(req, 3, byte(len(host))), host...)
	}
	req = append(req, byte(port>>8), byte(port))
	if _, err := conn.Write(req); err != nil {
		return err
	}
	var head [4]byte
	if _, err := io.ReadFull(conn, head[:]); err != nil {
		return err
	}
	if head[1] != 0 {
		return fmt.Errorf("socks: connection refused by the proxy (reply %d)", head[1])
	}
	skip := 0
	switch head[3] {
	case 1:
		skip = 4
	case 4:
		skip = 16
	case 3:
		var n [1]byte
		if _, err := io.ReadFull(conn, n[:]); err != nil {
			return err
		}
		skip = int(n[0])
	default:
		return errors.New("socks: bad reply")
	}
	_, err = io.ReadFull(conn, make([]byte, skip+2))
	return err
}

// maxPooledBody is the largest body writeRequest copies into the
// connection's write buffer; a larger one is written on its own.
const maxPooledBody = 64 << 10

// writeRequest appends hr's bytes to b: the request line (absolute-form
// through a plain HTTP proxy), the headers as latin1, the body (chunked when
// a Transfer-Encoding header says so).
func writeRequest(b []byte, hr *hopRequest, absolute bool) []byte {
	head, tail := writeRequestParts(b, hr, absolute)
	if len(hr.body) == 0 {
		return head
	}
	return append(append(head, hr.body...), tail...)
}

// writeRequestParts is writeRequest without the body's own bytes: what
// goes before them (appended to b) and after them.
func writeRequestParts(b []byte, hr *hopRequest, absolute bool) (head, tail []byte) {
	b = append(b, hr.method...)
	b = append(b, ' ')
	if absolute {
		b = append(b, hr.url.Scheme...)
		b = append(b, "://"...)
		b = append(b, hr.url.Host...)
	}
	b = append(b, hr.target...)
	b = append(b, " HTTP/1.1\r\n"...)
	for _, h := range hr.headers {
		b = append(b, h.name...)
		b = append(b, ": "...)
		b = appendLatin1(b, h.value)
		b = append(b, "\r\n"...)
	}
	b = append(b, "\r\n"...)
	if chunkedTE(hr.headers) {
		if len(hr.body) == 0 {
			return append(b, "0\r\n\r\n"...), nil
		}
		b = strconv.AppendInt(b, int64(len(hr.body)), 16)
		b = append(b, "\r\n"...)
		return b, []byte("\r\n0\r\n\r\n")
	}
	return b, nil
}

var errResponseHead = errors.New("Parse Error: Header overflow")

// readResponse reads one response (after any 1xx interim ones). started
// reports whether any byte of it arrived. A body over limit (> 0) is an
// error as soon as it is known to be: from its Content-Length, else once
// limit bytes have been read.
func readResponse(br *bufio.Reader, method string, trace *httptrace.ClientTrace, limit int64) (*hopResponse, bool, error) {
	if _, err := br.Peek(1); err != nil {
		return nil, false, err
	}
	if trace != nil && trace.GotFirstResponseByte != nil {
		trace.GotFirstResponseByte()
	}
	for {
		resp, err := readHead(br)
		if err != nil {
			return nil, true, err
		}
		if resp.code >= 100 && resp.code < 200 && resp.code != 101 {
			continue
		}
		if err := readBody(br, method, resp, limit); err != nil {
			return nil, true, err
		}
		return resp, true, nil
	}
}

// readLine reads one line without its CRLF (or LF), counting toward budget.
func readLine(br *bufio.Reader, budget *int) (string, error) {
	var line []byte
	for {
		frag, err := br.ReadSlice('\n')
		*budget -= len(frag)
		if *budget < 0 {
			return "", errResponseHead
		}
		if err == bufio.ErrBufferFull {
			line = append(line, frag...)
			continue
		}
		if err != nil {
			if err == io.EOF && len(line)+len(frag) > 0 {
				err = io.ErrUnexpectedEOF
			}
			return "", err
		}
		line = append(line, frag...)
		break
	}
	line = bytes.TrimRight(line, "\r\n")
	return string(line), nil
}

// readHead reads a status line and the header lines up to the blank line.
func readHead(br *bufio.Reader) (*hopResponse, error) {
	budget := maxResponseHead
	status, err := readLine(br, &budget)
	if err != nil {
		return nil, err
	}
	proto, rest, ok := strings.Cut(status, " ")
	if !ok || len(proto) != 8 || !strings.HasPrefix(proto, "HTTP/") || !isDigit(proto[5]) || proto[6] != '.' || !isDigit(proto[7]) {
		return nil, errors.New("Parse Error: Expected HTTP/, RTSP/ or ICE/")
	}
	codeStr, reason, _ := strings.Cut(rest, " ")
	code, err := strconv.Atoi(codeStr)
	if err != nil || len(codeStr) != 3 || code < 100 {
		return nil, errors.New("Parse Error: Invalid status code")
	}
	resp := &hopResponse{proto: proto, code: code, reason: reason, header: http.Header{}}
	for {
		line, err := readLine(br, &budget)
		if err != nil {
			return nil, err
		}
		if line == "" {
			break
		}
		if (line[0] == ' ' || line[0] == '\t') && len(resp.raw) > 0 {
			// an obsolete folded continuation of the previous value
			last := &resp.raw[len(resp.raw)-1]
			last[1] = strings.TrimSpace(last[1] + " " + strings.TrimSpace(line))
			ck := http.CanonicalHeaderKey(last[0])
			if vs := resp.header[ck]; len(vs) > 0 {
				vs[len(vs)-1] = last[1]
			}
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok || k == "" {
			continue
		}
		// Node reads header bytes as latin1
		k, v = latin1String(k), latin1String(strings.TrimSpace(v))
		resp.raw = append(resp.raw, [2]string{k, v})
		ck := http.CanonicalHeaderKey(k)
		resp.header[ck] = append(resp.header[ck], v)
	}
	return resp, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// latin1String reads s's bytes as latin1 characters, as Node does with header text.
func latin1String(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			r := make([]rune, len(s))
			for j := 0; j < len(s); j++ {
				r[j] = rune(s[j])
			}
			return string(r)
		}
	}
	return s
}

// readBody reads the response body as its framing says, up to limit bytes
// (<= 0: no limit).
func readBody(br *bufio.Reader, method string, resp *hopResponse, limit int64) error {
	if method == "HEAD" || method == "CONNECT" && resp.code/100 == 2 || resp.code == 204 || resp.code == 304 || resp.code/100 == 1 {
		return nil
	}
	if te := resp.header["Transfer-Encoding"]; len(te) > 0 {
		codings := strings.Split(strings.ToLower(strings.Join(te, ",")), ",")
		if strings.TrimSpace(codings[len(codings)-1]) == "chunked" {
			body, err := readAllLimit(httputil.NewChunkedReader(br), limit, "")
			if err != nil {
				return err
			}
			budget := maxResponseHead
			for { // trailers, up to the blank line
				line, err := readLine(br, &budget)
				if err != nil {
					return err
				}
				if line == "" {
					break
				}
			}
			resp.body = body
			return nil
		}
		resp.closeAfter = true
		body, err := readAllLimit(br, limit, "")
		resp.body = body
		return err
	}
	if cl := resp.header["Content-Length"]; len(cl) > 0 {
		n, err := strconv.ParseInt(strings.TrimSpace(cl[0]), 10, 64)
		if err != nil || n < 0 {
			return fmt.Errorf("Parse Error: Invalid character in Content-Length")
		}
		for _, v := range cl[1:] {
			if strings.TrimSpace(v) != strings.TrimSpace(cl[0]) {
				return fmt.Errorf("Parse Error: Duplicate Content-Length")
			}
		}
		if limit > 0 && n > limit {
			return responseTooLarge(limit, "")
		}
		if n <= 1<<20 {
			resp.body = make([]byte, n)
			_, err = io.ReadFull(br, resp.body)
			return err
		}
		resp.body, err = io.ReadAll(io.LimitReader(br, n))
		if err == nil && int64(len(resp.body)) < n {
			err = io.ErrUnexpectedEOF
		}
		return err
	}
	resp.closeAfter = true // delimited by the end of the connection
	body, err := readAllLimit(br, limit, "")
	resp.body = body
	return err
}
