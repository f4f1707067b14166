package runner

import (
	"bytes"
	"context"
	"crypto/tls"
	"net"
	"net/http/httptrace"
	"strings"
	"sync"
)

// Go's client keeps response headers in a map, which loses the order the
// server sent them in; Newman keeps it. recConn records the header block of
// the response being read on a connection (plain text: for HTTPS it wraps the
// TLS connection), and exchange reads the names' order from it through an
// httptrace hook.

// maxHeaderCapture bounds what one response's header block may take.
const maxHeaderCapture = 256 << 10

type recConn struct {
	net.Conn
	mu   sync.Mutex
	buf  []byte
	done bool
}

// Write starts a new request: the next bytes read are its response.
func (c *recConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	c.buf, c.done = c.buf[:0], false
	c.mu.Unlock()
	return c.Conn.Write(p)
}

func (c *recConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.mu.Lock()
		if !c.done {
			c.buf = append(c.buf, p[:n]...)
			for !c.done {
				i := bytes.Index(c.buf, []byte("\r\n\r\n"))
				if i < 0 {
					if len(c.buf) > maxHeaderCapture {
						c.buf, c.done = c.buf[:0], true
					}
					break
				}
				if bytes.HasPrefix(c.buf, []byte("HTTP/1.1 1")) || bytes.HasPrefix(c.buf, []byte("HTTP/1.0 1")) {
					c.buf = append(c.buf[:0], c.buf[i+4:]...) // an interim 1xx response: the real one follows
					continue
				}
				c.buf, c.done = c.buf[:i], true
			}
		}
		c.mu.Unlock()
	}
	return n, err
}

// headerNames returns the names of the last response's headers in the order received.
func (c *recConn) headerNames() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.done || len(c.buf) == 0 {
		return nil
	}
	lines := strings.Split(string(c.buf), "\r\n")
	names := make([]string, 0, len(lines))
	for _, l := range lines[1:] { // lines[0] is the status line
		if k, _, ok := strings.Cut(l, ":"); ok && k != "" && k[0] != ' ' && k[0] != '\t' {
			names = append(names, strings.TrimSpace(k))
		}
	}
	return names
}

// connTracker remembers the connection the latest request of an exchange used.
type connTracker struct {
	mu   sync.Mutex
	conn *recConn
}

func (t *connTracker) context(ctx context.Context) context.Context {
	return httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{GotConn: func(info httptrace.GotConnInfo) {
		rc, _ := info.Conn.(*recConn)
		t.mu.Lock()
		t.conn = rc
		t.mu.Unlock()
	}})
}

// order returns the received order of the latest response's header names.
func (t *connTracker) order() []string {
	t.mu.Lock()
	rc := t.conn
	t.mu.Unlock()
	if rc == nil {
		return nil
	}
	return rc.headerNames()
}

// recordingDialers return DialContext and DialTLSContext functions that wrap
// connections in recConn. certFor picks the client certificate for a
// host:port (nil: none, or the configuration's own choice).
func recordingDialers(d *net.Dialer, conf *tls.Config, certFor func(host string) *tls.Certificate) (
	func(ctx context.Context, network, addr string) (net.Conn, error),
	func(ctx context.Context, network, addr string) (net.Conn, error),
) {
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := d.DialContext(ctx, network, localhostAddr(addr))
		if err != nil {
			return nil, err
		}
		return &recConn{Conn: c}, nil
	}
	dialTLS := func(ctx context.Context, network, addr string) (net.Conn, error) {
		raw, err := d.DialContext(ctx, network, localhostAddr(addr))
		if err != nil {
			return nil, err
		}
		host, _, err := net.SplitHostPort(addr)
		if err != nil {
			host = addr
		}
		cfg := conf.Clone()
		if cfg.ServerName == "" {
			cfg.ServerName = host
		}
		if certFor != nil {
			cert := certFor(addr)
			if cert == nil {
				cert = &tls.Certificate{} // no certificate for this host
			}
			cfg.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return cert, nil }
		}
		tc := tls.Client(raw, cfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			raw.Close()
			return nil, err
		}
		return &recConn{Conn: tc}, nil
	}
	return dial, dialTLS
}
