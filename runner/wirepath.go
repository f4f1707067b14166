package runner

import (
	"context"
	"net/http"
	"strings"
)

// Postman sends a URL's path exactly as its encoder wrote it ("a%2Fb", "[x]",
// "|", "^" and the like stay as they are). Go's client re-encodes a path it
// considers non-canonical, so the request for the URL courier built carries
// its wire form in the context, and wirePathTransport writes that form on the
// request line. Redirects and other URLs are left to Go.

type wirePathKey struct{}

// wirePath is the path to send for one URL.
type wirePath struct {
	url  string // the parsed URL's String(), to recognise the request
	path string // the encoded path, e.g. "/files/a%2Fb|c"
}

func withWirePath(ctx context.Context, urlString, encodedPath string) context.Context {
	if encodedPath == "" {
		encodedPath = "/"
	}
	return context.WithValue(ctx, wirePathKey{}, wirePath{url: urlString, path: encodedPath})
}

// wirePathTransport applies a request's wirePath when it has one and goes
// out directly (not through a proxy, which needs the absolute form).
type wirePathTransport struct {
	base  *http.Transport
	proxy bool // the transport has a proxy function
}

func (t wirePathTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	wp, ok := req.Context().Value(wirePathKey{}).(wirePath)
	if !ok || req.URL.Opaque != "" || req.URL.String() != wp.url || req.URL.EscapedPath() == wp.path || strings.HasPrefix(wp.path, "//") {
		return t.base.RoundTrip(req)
	}
	if t.proxy {
		if p, err := t.base.Proxy(req); err != nil || p != nil {
			return t.base.RoundTrip(req)
		}
	}
	r2 := new(http.Request)
	*r2 = *req
	u := *req.URL
	u.Opaque = wp.path
	u.RawPath = ""
	r2.URL = &u
	return t.base.RoundTrip(r2)
}
