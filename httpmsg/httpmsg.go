// Package httpmsg holds the plain HTTP values that the runner, the script
// sandbox and the reports pass between them: a header line, a cookie and a
// received response. It is a leaf: it imports nothing of courier's, so any
// package may use it without depending on another's internals.
package httpmsg

import "time"

// Cookie is a cookie as scripts see it and the cookie jar keeps it.
type Cookie struct {
	Name     string
	Value    string
	Domain   string
	Path     string
	Expires  time.Time // zero for session cookies
	MaxAge   int
	HTTPOnly bool
	Secure   bool
	HostOnly bool
}

// Header is one HTTP header line, in order.
type Header struct {
	Key   string
	Value string
}

// Response is a received HTTP response, as plain data.
type Response struct {
	Code         int
	Reason       string // "OK", "Not Found"
	Headers      []Header
	Body         []byte // decoded (gzip/deflate/br removed)
	ResponseTime time.Duration
	ResponseSize int // body bytes, decoded (as postman-request hands them over)
	Cookies      []Cookie
}
