package runner

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
)

// Newman sends a request through three layers, and each leaves its mark on
// the bytes: postman-runtime keeps the request's headers as an ordered list
// (the user's, then what auth and the body add, then its system headers);
// postman-request copies them into a plain object (same-spelling duplicates
// become one array-valued key, integer-like names come first, as in any
// JavaScript object) and adds Host, the body's Content-Type and
// Content-Length and the Cookie header through case-insensitive lookups that
// keep the first spelling; Node's http module finally merges names that
// differ only in case (the last spelling and value win, at the first one's
// position), validates them and writes them as latin1. courier replays the
// same steps here, so its requests are Newman's byte for byte.

// headerEntry is one key of postman-request's headers object.
type headerEntry struct {
	key    string
	values []string // several for a same-spelling duplicate
}

// headerDict is postman-request's headers object, in key order.
type headerDict []headerEntry

// dictFrom is the runtime list as postman-collection's getHeaders({enabled,
// sanitizeKeys}) turns it into an object.
func dictFrom(hs []events.Header) headerDict {
	d := make(headerDict, 0, len(hs))
	for _, h := range hs {
		if h.Key == "" || h.Disabled {
			continue
		}
		found := false
		for i := range d {
			if d[i].key == h.Key {
				d[i].values = append(d[i].values, wireValues(h)...)
				found = true
				break
			}
		}
		if !found {
			d = append(d, headerEntry{key: h.Key, values: wireValues(h)})
		}
	}
	jsKeyOrder(d, func(e headerEntry) string { return e.key })
	return d
}

// wireValues are the values a header of the runtime list goes out with (an
// array value is the header repeated per element).
func wireValues(h events.Header) []string {
	if h.JSON == nil {
		return []string{h.Value}
	}
	return collections.Header{Value: h.Value, JSON: h.JSON}.HeaderValues()
}

// jsKeyOrder moves array-index-like keys ("0", "12") to the front in
// numeric order, as JavaScript orders an object's keys.
func jsKeyOrder[T any](xs []T, key func(T) string) {
	n := 0
	for _, x := range xs {
		if isArrayIndex(key(x)) {
			n++
		}
	}
	if n == 0 {
		return
	}
	idx := make([]T, 0, n)
	rest := make([]T, 0, len(xs)-n)
	for _, x := range xs {
		if isArrayIndex(key(x)) {
			idx = append(idx, x)
		} else {
			rest = append(rest, x)
		}
	}
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0; j-- {
			a, _ := strconv.ParseUint(key(idx[j]), 10, 64)
			b, _ := strconv.ParseUint(key(idx[j-1]), 10, 64)
			if a >= b {
				break
			}
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	copy(xs, idx)
	copy(xs[n:], rest)
}

func isArrayIndex(s string) bool {
	if s == "" || len(s) > 10 || len(s) > 1 && s[0] == '0' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	v, err := strconv.ParseUint(s, 10, 64)
	return err == nil && v < 1<<32-1
}

// has is caseless' has: the index of the first key matching name in any case, or -1.
func (d headerDict) has(name string) int {
	for i := range d {
		if strings.EqualFold(d[i].key, name) {
			return i
		}
	}
	return -1
}

// get is caseless' get: the value of the last key matching name; an
// array-valued key gives its values joined by sep.
func (d headerDict) get(name, sep string) (string, bool) {
	v, ok := "", false
	for i := range d {
		if strings.EqualFold(d[i].key, name) {
			v, ok = strings.Join(d[i].values, sep), true
		}
	}
	return v, ok
}

// single reports whether the last key matching name holds one value (a
// string in JavaScript, which a regular expression can be matched against).
func (d headerDict) single(name string) (string, bool) {
	v, ok, n := "", false, 0
	for i := range d {
		if strings.EqualFold(d[i].key, name) {
			v, ok, n = d[i].values[0], true, len(d[i].values)
		}
	}
	return v, ok && n == 1
}

// set is caseless' set: the first key matching name (its spelling kept)
// takes the value, else name is added at the end.
func (d *headerDict) set(name, value string) {
	if i := d.has(name); i >= 0 {
		(*d)[i].values = []string{value}
		return
	}
	*d = append(*d, headerEntry{key: name, values: []string{value}})
}

// del is caseless' del: removes the first key matching name.
func (d *headerDict) del(name string) {
	if i := d.has(name); i >= 0 {
		*d = append((*d)[:i], (*d)[i+1:]...)
	}
}

// wireHeader is one header line as Node writes it.
type wireHeader struct{ name, value string }

// namedError is an error with the JavaScript error name Newman reports
// ("TypeError" for the header validation Node does).
type namedError struct {
	name, msg string
}

func (e *namedError) Error() string { return e.msg }

// ErrorName is the error's JavaScript name.
func (e *namedError) ErrorName() string { return e.name }

// nodeHeaders is what Node's http.request makes of the headers object:
// names are validated, names differing only in case are merged (position of
// the first, spelling and value of the last), an array value becomes one
// line per value (Cookie: one line, joined with "; ").
func nodeHeaders(d headerDict) ([]wireHeader, error) {
	type merged struct {
		name   string
		values []string
	}
	ms := make([]merged, 0, len(d))
	for _, e := range d {
		if !validToken(e.key) {
			return nil, &namedError{"TypeError", fmt.Sprintf("Header name must be a valid HTTP token [%q]", e.key)}
		}
		for _, v := range e.values {
			if !validHeaderValue(v) {
				return nil, &namedError{"TypeError", fmt.Sprintf("Invalid character in header content [%q]", e.key)}
			}
		}
		found := false
		for i := range ms {
			if strings.EqualFold(ms[i].name, e.key) {
				ms[i] = merged{e.key, e.values}
				found = true
				break
			}
		}
		if !found {
			ms = append(ms, merged{e.key, e.values})
		}
	}
	out := make([]wireHeader, 0, len(ms)+2)
	for _, m := range ms {
		if len(m.values) > 1 && strings.EqualFold(m.name, "cookie") {
			out = append(out, wireHeader{m.name, strings.Join(m.values, "; ")})
			continue
		}
		for _, v := range m.values {
			out = append(out, wireHeader{m.name, v})
		}
	}
	return out, nil
}

// validToken is Node's check of a header name (an RFC 7230 token).
func validToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0 {
			continue
		}
		return false
	}
	return true
}

// validHeaderValue is Node's check of a header value: tab, printable ASCII
// and U+0080..U+00FF (written as one latin1 byte each).
func validHeaderValue(s string) bool {
	for _, r := range s {
		if r != '\t' && (r < 0x20 || r == 0x7f || r > 0xff) {
			return false
		}
	}
	return true
}

// appendLatin1 appends s as Node writes a header string: one byte per character.
func appendLatin1(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			for _, r := range s[i:] {
				b = append(b, byte(r))
			}
			return b
		}
		b = append(b, s[i])
	}
	return b
}

// chunkedTE reports whether the headers ask for a chunked body, as Node
// decides it (a Transfer-Encoding header matching /(?:^|\W)chunked(?:$|\W)/i).
func chunkedTE(hs []wireHeader) bool {
	word := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
	}
	for _, h := range hs {
		if !strings.EqualFold(h.name, "transfer-encoding") {
			continue
		}
		v := strings.ToLower(h.value)
		for i := 0; ; {
			j := strings.Index(v[i:], "chunked")
			if j < 0 {
				break
			}
			j += i
			if (j == 0 || !word(v[j-1])) && (j+7 == len(v) || !word(v[j+7])) {
				return true
			}
			i = j + 1
		}
	}
	return false
}

// runtime header list helpers (postman-runtime's request.headers)

// findHeader returns the index of the last enabled header named name (any
// case), or -1 (postman-runtime's oneNormalizedHeader).
func findHeader(hs []events.Header, name string) int {
	for i := len(hs) - 1; i >= 0; i-- {
		if !hs[i].Disabled && strings.EqualFold(hs[i].Key, name) {
			return i
		}
	}
	return -1
}

// upsertHeader is HeaderList.upsert with system set: one header named name
// takes the value in place; several are removed and one is added at the end.
func upsertHeader(hs []events.Header, key, value string) []events.Header {
	n, at := 0, -1
	for i, h := range hs {
		if !h.Disabled && strings.EqualFold(h.Key, key) {
			n++
			at = i
		}
	}
	if n == 1 {
		hs[at].Value, hs[at].System = value, true
		return hs
	}
	if n > 1 {
		kept := hs[:0]
		for _, h := range hs {
			if h.Disabled || !strings.EqualFold(h.Key, key) {
				kept = append(kept, h)
			}
		}
		hs = kept
	}
	return append(hs, events.Header{Key: key, Value: value, System: true})
}
