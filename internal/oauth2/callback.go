package oauth2

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"html"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
)

// ErrNotLoopback is wrapped by LoopbackAddrs' error for a redirect URI
// courier cannot listen on.
var ErrNotLoopback = errors.New("not a loopback redirect URI")

// LoopbackAddrs are the addresses to listen on for a redirect URI (RFC 8252
// 7.3): http, on 127.0.0.1, [::1] or localhost (both of its addresses), with
// a port (80 when it gives none). path is the redirect's path ("/" for none).
func LoopbackAddrs(redirectURI string) (addrs []string, path string, err error) {
	u, perr := url.Parse(redirectURI)
	if perr != nil || u.Scheme != "http" || u.Host == "" {
		return nil, "", fmt.Errorf("%w: %q is not an http:// URL on 127.0.0.1, [::1] or localhost", ErrNotLoopback, redirectURI)
	}
	port := u.Port()
	if port == "" {
		port = "80"
	}
	switch h := strings.ToLower(u.Hostname()); h {
	case "127.0.0.1", "::1":
		addrs = []string{net.JoinHostPort(h, port)}
	case "localhost":
		addrs = []string{net.JoinHostPort("127.0.0.1", port), net.JoinHostPort("::1", port)}
	default:
		return nil, "", fmt.Errorf("%w: %q is not on 127.0.0.1, [::1] or localhost", ErrNotLoopback, redirectURI)
	}
	path = u.EscapedPath()
	if path == "" {
		path = "/"
	}
	return addrs, path, nil
}

// Callback waits for an authorization code on a loopback redirect URI.
type Callback struct {
	path, state string
	lns         []net.Listener
	srv         *http.Server
	got         chan result
	once        sync.Once
}

type result struct {
	code string
	err  error
}

// Listen starts listening on the redirect URI's loopback address (see
// LoopbackAddrs) for a redirect carrying state. Close it when done.
func Listen(redirectURI, state string) (*Callback, error) {
	addrs, path, err := LoopbackAddrs(redirectURI)
	if err != nil {
		return nil, err
	}
	c := &Callback{path: path, state: state, got: make(chan result, 1)}
	for i, a := range addrs {
		ln, err := net.Listen("tcp", a)
		if err != nil {
			if i == 0 {
				return nil, fmt.Errorf("cannot listen for the redirect to %s: %v", redirectURI, err)
			}
			continue // localhost: [::1] may not be there
		}
		c.lns = append(c.lns, ln)
	}
	c.srv = &http.Server{Handler: http.HandlerFunc(c.serve)}
	for _, ln := range c.lns {
		go c.srv.Serve(ln)
	}
	return c, nil
}

// Wait returns the code of the first redirect to the URI's path whose
// state matches (an *Error when it carries one), or ctx's error.
func (c *Callback) Wait(ctx context.Context) (string, error) {
	select {
	case r := <-c.got:
		return r.code, r.err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// Close stops listening.
func (c *Callback) Close() error {
	if c.srv == nil {
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // do not wait for browsers' idle connections
	_ = c.srv.Shutdown(ctx)
	return c.srv.Close()
}

// serve answers the browser. A request to another path, or with another
// state (an old tab), is answered and otherwise ignored.
func (c *Callback) serve(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Connection", "close")
	if r.URL.EscapedPath() != c.path {
		w.WriteHeader(http.StatusNotFound)
		page(w, "Not the redirect courier waits for.")
		return
	}
	q := r.URL.Query()
	if subtle.ConstantTimeCompare([]byte(q.Get("state")), []byte(c.state)) != 1 {
		w.WriteHeader(http.StatusBadRequest)
		page(w, "This redirect's state is not the one courier sent: it is ignored. Use the URL courier printed last.")
		return
	}
	var res result
	switch {
	case q.Get("error") != "":
		res.err = &Error{Code: clip(q.Get("error")), Description: clip(q.Get("error_description")), URI: clip(q.Get("error_uri"))}
		w.WriteHeader(http.StatusOK)
		page(w, "The authorization server answered "+res.err.Error()+". courier goes on without a token; you can close this window.")
	case q.Get("code") == "":
		w.WriteHeader(http.StatusBadRequest)
		page(w, "This redirect has no code: it is ignored.")
		return
	default:
		res.code = q.Get("code")
		w.WriteHeader(http.StatusOK)
		page(w, "courier has the authorization code and goes on; you can close this window.")
	}
	c.once.Do(func() { c.got <- res })
}

func page(w http.ResponseWriter, msg string) {
	fmt.Fprintf(w, "<!doctype html><meta charset=utf-8><title>courier</title><p>%s</p>\n", html.EscapeString(msg))
}
