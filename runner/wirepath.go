package runner

import (
	"context"
	"net/http"
	"strings"
)

// Postman sends a URL's path and query exactly as its encoder wrote them
// ("a%2Fb", "[x]", "|", a lone "%" and the like stay as they are). Go's
// client re-encodes a path it considers non-canonical, so the request for
// the URL courier built carries its request target in the context, and
// wirePathTransport writes that target on the request line. It also adds the
// Basic header that postman-request makes of the URL's user info, which
// Newman does not list among the request's headers. Redirects and other URLs
// are left to Go.

type wirePathKey struct{}

// wirePath is what to send for one URL.
type wirePath struct {
	url    string // the Go URL's String(), to recognise the request
	target string // the request target, e.g. "/files/a%2Fb|c?q"
	basic  string // Authorization for the user info, "" for none
}

func withWirePath(ctx context.Context, urlString, target, basic string) context.Context {
	return context.WithValue(ctx, wirePathKey{}, wirePath{url: urlString, target: target, basic: basic})
}

// wirePathTransport applies a request's wirePath when it has one. The
// target goes out directly, not through a proxy (which needs the absolute
// form), and not when it starts with "//" (Go would write it as a URL).
type wirePathTransport struct {
	base  *http.Transport
	proxy bool // the transport has a proxy function
}

func (t wirePathTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	wp, ok := req.Context().Value(wirePathKey{}).(wirePath)
	if !ok || req.URL.Opaque != "" || req.URL.String() != wp.url {
		return t.base.RoundTrip(req)
	}
	addAuth := wp.basic != "" && req.Header.Get("Authorization") == ""
	setTarget := req.URL.RequestURI() != wp.target && !strings.HasPrefix(wp.target, "//")
	if setTarget && t.proxy {
		if p, err := t.base.Proxy(req); err != nil || p != nil {
			setTarget = false
		}
	}
	if !addAuth && !setTarget {
		return t.base.RoundTrip(req)
	}
	r2 := new(http.Request)
	*r2 = *req
	if addAuth {
		r2.Header = req.Header.Clone()
		r2.Header.Set("Authorization", wp.basic)
	}
	if setTarget {
		u := *req.URL
		u.Opaque, u.RawPath, u.RawQuery, u.ForceQuery = wp.target, "", "", false
		r2.URL = &u
	}
	resp, err := t.base.RoundTrip(r2)
	if resp != nil {
		resp.Request = req // the request as courier made it, not the rewritten one
	}
	return resp, err
}
