package events

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Sizes as postman-collection's Request#size() and Response#size() compute
// them, which is what Newman's cli shows ("[200 OK, 161B, 3ms]", the
// --verbose sizes) and what its summary adds up as "total data received".
// They are approximations of the bytes on the wire: the head is counted
// with a made-up "HTTP/X.X" version and JavaScript string lengths.

// httpXX is the version postman-collection writes in the line it counts.
const httpXX = "HTTP/X.X"

// SDKSize is Response#size(): the body's size (the Content-Length a gzip or
// deflate response declares, else the body's bytes as decoded) and the
// head's (the status line and the headers, each "Key: value\r\n", and the
// blank line).
func (r *Response) SDKSize() (body, head int) {
	body = r.Size
	if enc, ok := headerValue(r.Headers, "Content-Encoding"); ok {
		enc = strings.ToLower(enc)
		if strings.Contains(enc, "gzip") || strings.Contains(enc, "deflate") {
			if cl, ok := headerValue(r.Headers, "Content-Length"); ok {
				if n, ok := jsNumeric(cl); ok {
					body = n
				}
			}
		}
	}
	head = jsLen(httpXX+" "+strconv.Itoa(r.Code)+" "+r.Status) + 4 + headersSize(r.Headers)
	return body, head
}

// SDKSize is Request#size(): the body's size (its Content-Length header, else
// the body's bytes) and the head's (the request line with the path and
// query, the headers and the blank line).
func (r *Request) SDKSize() (body, head int) {
	body = len(r.Body)
	if cl, ok := headerValue(r.Headers, "Content-Length"); ok {
		if n, ok := jsNumeric(cl); ok {
			body = n
		}
	}
	head = jsLen(r.Method+" "+pathWithQuery(r.URL)+" "+httpXX) + 4 + headersSize(r.Headers)
	return body, head
}

// headerValue is HeaderList#get: the first enabled header named name, in any case.
func headerValue(hs []Header, name string) (string, bool) {
	for _, h := range hs {
		if !h.Disabled && strings.EqualFold(h.Key, name) {
			return h.Value, true
		}
	}
	return "", false
}

// headersSize is HeaderList#contentSize: "Key: value\r\n" for each enabled header.
func headersSize(hs []Header) int {
	n := 0
	for _, h := range hs {
		if !h.Disabled {
			n += jsLen(h.Key) + jsLen(h.Value) + 4
		}
	}
	return n
}

// jsLen is a string's length in JavaScript: UTF-16 code units.
func jsLen(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// jsNumeric is postman-collection's util.isNumeric with lodash's parseInt:
// a finite number, taken as its integer part.
func jsNumeric(s string) (int, bool) {
	t := strings.TrimSpace(s)
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false
	}
	return int(f), true
}

// pathWithQuery is the request target of an href: its path (at least "/")
// and query, without the fragment.
func pathWithQuery(href string) string {
	rest := href
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
		j := strings.IndexAny(rest, "/?#")
		if j < 0 {
			return "/"
		}
		rest = rest[j:]
	}
	rest, _, _ = strings.Cut(rest, "#")
	if !strings.HasPrefix(rest, "/") {
		rest = "/" + rest
	}
	return rest
}
