package runner

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/vars"
)

// cloneRequest deep-copies a request so scripts and resolution never touch the collection.
func cloneRequest(r *collections.Request) *collections.Request {
	if r == nil {
		return &collections.Request{Method: "GET"}
	}
	c := *r
	c.URL.Host = cloneStrings(r.URL.Host)
	c.URL.Path = cloneStrings(r.URL.Path)
	if r.URL.Auth != nil {
		a := *r.URL.Auth
		c.URL.Auth = &a
	}
	c.URL.Query = append([]collections.QueryParam(nil), r.URL.Query...)
	c.URL.Variables = append([]collections.Variable(nil), r.URL.Variables...)
	c.Headers = append([]collections.Header(nil), r.Headers...)
	if r.Body != nil {
		b := *r.Body
		b.URLEncoded = append([]collections.FormParam(nil), r.Body.URLEncoded...)
		b.FormData = append([]collections.FormParam(nil), r.Body.FormData...)
		if r.Body.File != nil {
			f := *r.Body.File
			b.File = &f
		}
		if r.Body.GraphQL != nil {
			g := *r.Body.GraphQL
			b.GraphQL = &g
		}
		c.Body = &b
	}
	c.Auth = cloneAuth(r.Auth)
	return &c
}

// cloneStrings copies s, keeping nil nil and empty empty.
func cloneStrings(s []string) []string {
	if s == nil {
		return nil
	}
	return append([]string{}, s...)
}

func cloneAuth(a *collections.Auth) *collections.Auth {
	if a == nil {
		return nil
	}
	c := *a
	c.Params = append([]collections.AuthParam(nil), a.Params...)
	return &c
}

// resolveRequest substitutes variables in every part of a request (in place).
func resolveRequest(r *collections.Request, vs *vars.Set) {
	res := vs.Resolve
	// postman-runtime writes the URL out (path variables in), substitutes
	// variables in that text and parses the result again
	host := r.URL.Host
	r.URL = collections.ParseURL(res(r.URL.WithPathVariables().String()))
	if r.URL.String() == "" && len(host) > 0 {
		// text that resolves to nothing is not parsed again: the URL keeps
		// its host segments, resolved (to nothing: the request fails as
		// empty, and Newman reports that host)
		r.URL.Host = make([]string, len(host))
		for i, h := range host {
			r.URL.Host[i] = res(h)
		}
	}
	r.Description = res(r.Description)
	// a typed value (see collections/typed.go) is resolved string by
	// string, and its text made again
	for i := range r.Headers {
		h := &r.Headers[i]
		h.Key = res(h.Key)
		if h.JSON != nil {
			h.JSON = collections.ResolveTyped(h.JSON, res)
			h.Value = collections.HeaderText(h.JSON)
		} else {
			h.Value = res(h.Value)
		}
	}
	if b := r.Body; b != nil {
		if b.RawJSON != nil {
			b.RawJSON = collections.ResolveTyped(b.RawJSON, res)
			b.Raw = collections.RawText(b.RawJSON)
		} else {
			b.Raw = res(b.Raw)
		}
		for i := range b.URLEncoded {
			f := &b.URLEncoded[i]
			f.Key = res(f.Key)
			if f.JSON != nil {
				f.JSON = collections.ResolveTyped(f.JSON, res)
				f.Value = collections.URLEncodedText(f.JSON)
			} else {
				f.Value = res(f.Value)
			}
		}
		for i := range b.FormData {
			f := &b.FormData[i]
			f.Key = res(f.Key)
			if f.JSON != nil {
				f.JSON = collections.ResolveTyped(f.JSON, res)
				f.Value = collections.FormDataText(f.JSON)
			} else {
				f.Value = res(f.Value)
			}
			f.ContentType = res(f.ContentType)
		}
		if b.GraphQL != nil {
			b.GraphQL.Query = res(b.GraphQL.Query)
			b.GraphQL.Variables = res(b.GraphQL.Variables)
			b.GraphQL.OperationName = res(b.GraphQL.OperationName)
		}
		if b.File != nil {
			b.File.Src = res(b.File.Src)
		}
	}
	if r.Auth != nil {
		for i := range r.Auth.Params {
			if s, ok := r.Auth.Params[i].Value.(string); ok {
				r.Auth.Params[i].Value = res(s)
			}
		}
	}
	// the proxy and certificate, copied with their strings resolved; the
	// proxy's port is read before variables are (the SDK turns it into a
	// number when it loads the collection: "{{port}}" is no port)
	if r.Proxy != nil {
		port, hasPort := r.Proxy["port"]
		r.Proxy = resolveStrings(r.Proxy, res).(map[string]any)
		if hasPort {
			r.Proxy["port"] = port
		}
	}
	if r.Certificate != nil {
		r.Certificate = resolveStrings(r.Certificate, res).(map[string]any)
	}
}

// resolveStrings is a copy of a JSON value with res applied to every string in it.
func resolveStrings(v any, res func(string) string) any {
	switch t := v.(type) {
	case string:
		return res(t)
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = resolveStrings(e, res)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, e := range t {
			out[k] = resolveStrings(e, res)
		}
		return out
	}
	return v
}

// wireURL is a resolved URL made ready to send, as postman-url-encoder's
// toNodeUrl makes it for postman-request.
type wireURL struct {
	url    *url.URL // for Go's client: scheme, host, path and query
	href   string   // the whole encoded URL, which Newman reports (re-parsed)
	target string   // the request target: encoded path and query
	host   string   // the Host header: host name and port as given
	basic  string   // an Authorization header for the user info ("" for none)
	// portErr is Node's error for a port it cannot connect to; it counts
	// only when the request goes straight to the server (through a proxy
	// the port is just part of the URL)
	portErr error
}

// errEmptyURL is postman-runtime's error for a URL that writes out empty.
var errEmptyURL = errors.New("runtime:extensions~request: request url is empty")

// buildWireURL encodes a resolved URL for the wire: http when no protocol
// is given, the host normalised (domainToASCII), user info, path, query and
// hash percent-encoded with the encoder's sets (a "%" that already starts an
// escape, or starts none, stays as it is) unless encoding is disabled.
func buildWireURL(u collections.URL, disableEncoding bool) (wireURL, error) {
	if emptyURL(u) {
		return wireURL{}, errEmptyURL
	}
	enc := func(s string, set *encodeSet) string {
		if disableEncoding {
			return s
		}
		return percentEncode(s, set)
	}
	proto := "http"
	if u.Protocol != "" {
		proto = strings.ToLower(u.Protocol)
	}
	var b strings.Builder
	b.WriteString(proto)
	b.WriteString("://")
	var user, pass string
	hasAuth := false
	if a := u.Auth; a != nil && (a.HasUser || a.HasPassword) {
		hasAuth = true
		if a.HasUser {
			user = enc(a.User, &userinfoSet)
		}
		b.WriteString(user)
		if a.HasPassword {
			pass = enc(a.Password, &userinfoSet)
			b.WriteByte(':')
			b.WriteString(pass)
		}
		b.WriteByte('@')
	}
	hostname := strings.ToLower(u.HostString())
	if h := domainToASCII(hostname); h != "" {
		hostname = h
	}
	host := hostname
	if u.Port != "" || u.EmptyPort {
		host += ":" + u.Port
	}
	b.WriteString(host)
	pathname := enc(u.WithPathVariables().PathString(), &pathSet)
	b.WriteString(pathname)
	target := pathname
	query, hasQuery := "", false
	if len(u.Query) > 0 {
		query = enc(u.QueryString(), &querySet)
		hasQuery = query != "" || u.HasQuery()
	}
	if hasQuery {
		b.WriteByte('?')
		b.WriteString(query)
		target += "?" + query
	}
	if u.Hash != "" || u.EmptyHash {
		b.WriteByte('#')
		b.WriteString(enc(u.Hash, &fragmentSet))
	}
	w := wireURL{href: b.String(), target: target, host: host}
	auth := user
	if hasAuth && u.Auth.HasPassword {
		auth += ":" + pass
	}
	if auth != "" {
		// postman-request: Basic with the user info's halves unescaped
		name, secret, _ := strings.Cut(auth, ":")
		w.basic = "Basic " + base64.StdEncoding.EncodeToString([]byte(unescapeLenient(name)+":"+unescapeLenient(secret)))
	}
	// the URL to sign and send (also when it fails the checks below:
	// postman-runtime has signed the request and added its headers by then)
	w.url = &url.URL{Scheme: proto, Host: host, Path: unescapeLenient(pathname), RawPath: pathname,
		RawQuery: query, ForceQuery: hasQuery && query == ""}
	// the checks postman-request (a host, http or https) and Node (the path,
	// the port) make, in their order
	if hostname == "" {
		// written by url.format, which leaves out empty user info
		return w, errors.New(`Invalid URI "` + strings.Replace(w.href, "://@", "://", 1) + `"`)
	}
	if proto != "http" && proto != "https" {
		return w, fmt.Errorf("Invalid protocol: %s:", proto)
	}
	if disableEncoding {
		// Node refuses a request path with characters outside U+0021–U+00FF
		// and sends the others as single bytes
		var lb strings.Builder
		for _, r := range target {
			if r < 0x21 || r > 0xff {
				return w, errUnescapedPath
			}
			lb.WriteByte(byte(r))
		}
		w.target = lb.String()
	}
	dial := host
	if u.Port != "" {
		if n, ok := nodePort(u.Port); ok {
			dial = strings.TrimSuffix(host, ":"+u.Port) + ":" + strconv.Itoa(n)
		} else {
			// Node's ERR_SOCKET_BAD_PORT, a RangeError
			w.portErr = &namedError{"RangeError", fmt.Sprintf("Port should be >= 0 and < 65536. Received type string ('%s').", u.Port)}
		}
	}
	w.url.Host = dial
	return w, nil
}

// errUnescapedPath is Node's error for a request path it will not send (a
// TypeError, ERR_UNESCAPED_CHARACTERS).
var errUnescapedPath error = &namedError{"TypeError", "Request path contains unescaped characters"}

// unescapedChars reports whether s has a character Node refuses in a
// request path (outside U+0021–U+00FF).
func unescapedChars(s string) bool {
	for _, r := range s {
		if r < 0x21 || r > 0xff {
			return true
		}
	}
	return false
}

// unescapeLenient decodes the valid %XX escapes of s and keeps the rest.
func unescapeLenient(s string) string {
	if strings.IndexByte(s, '%') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// encodeSet is a set of ASCII bytes to percent-encode; every byte from 0x80
// up, the C0 controls and DEL always are.
type encodeSet [128]bool

func newEncodeSet(base *encodeSet, chars string) encodeSet {
	var s encodeSet
	if base != nil {
		s = *base
	}
	for i := 0; i < 0x20; i++ {
		s[i] = true
	}
	s[0x7f] = true
	for i := 0; i < len(chars); i++ {
		s[chars[i]] = true
	}
	return s
}

// postman-url-encoder's sets (the WHATWG URL standard's).
var (
	fragmentSet = newEncodeSet(nil, " \"<>`")
	pathSet     = newEncodeSet(&fragmentSet, "#?{}")
	userinfoSet = newEncodeSet(&pathSet, "/:;=@[\\]^|")
	querySet    = newEncodeSet(nil, " \"#'<>")
)

// percentEncode encodes the UTF-8 bytes of s that are in set, leaving a
// "%XX" escape as it is.
func percentEncode(s string, set *encodeSet) string {
	i := 0
	for i < len(s) && s[i] < 0x80 && !set[s[i]] {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteString(s[i : i+3])
			i += 2
			continue
		}
		if c >= 0x80 || set[c] {
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

const upperHex = "0123456789ABCDEF"

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// encodeComponent is JavaScript's encodeURIComponent plus !'()* (RFC 3986),
// which the request library uses for urlencoded bodies.
func encodeComponent(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-_.~", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

var languageTypes = map[string]string{
	"html":       "text/html",
	"text":       "text/plain",
	"json":       "application/json",
	"javascript": "application/javascript",
	"xml":        "application/xml",
}

// stripJSONComments removes // and /* */ comments outside JSON strings, as
// Postman does for raw bodies whose language is json.
func stripJSONComments(s string) string {
	if !strings.Contains(s, "/") {
		return s
	}
	var b strings.Builder
	inStr := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inStr {
			b.WriteByte(c)
			if c == '\\' && i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			} else if c == '"' {
				inStr = false
			}
			continue
		}
		switch {
		case c == '"':
			inStr = true
			b.WriteByte(c)
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			for i < len(s) && s[i] != '\n' {
				i++
			}
			if i < len(s) {
				b.WriteByte('\n')
			}
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				i = len(s)
			} else {
				i += end + 3
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// methodWithoutBody lists the methods whose body Postman prunes unless
// protocolProfileBehavior.disableBodyPruning is set.
func methodWithoutBody(m string) bool {
	switch strings.ToUpper(m) {
	case "GET", "COPY", "HEAD", "PURGE", "UNLOCK":
		return true
	}
	return false
}

// reportedURL is what Newman's request holds after sending: the encoded URL
// parsed again (postman-runtime updates the request's URL with it).
func reportedURL(href string) *events.URL {
	if href == "" {
		return nil
	}
	return eventURL(collections.ParseURL(href))
}

// eventURL converts a URL to its event form.
func eventURL(u collections.URL) *events.URL {
	str := func(s string, present bool) *string {
		if !present {
			return nil
		}
		return &s
	}
	e := &events.URL{Protocol: u.Protocol, Host: u.Host, Path: u.Path,
		Port: str(u.Port, u.Port != "" || u.EmptyPort), Hash: str(u.Hash, u.Hash != "" || u.EmptyHash)}
	if a := u.Auth; a != nil {
		e.Auth = &events.URLAuth{User: str(a.User, a.HasUser), Password: str(a.Password, a.HasPassword)}
	}
	for _, q := range u.Query {
		e.Query = append(e.Query, events.QueryParam{Key: str(q.Key, !q.NoKey), Value: str(q.Value, !q.NoValue)})
	}
	for _, v := range u.Variables {
		e.Variables = append(e.Variables, v.Key)
	}
	return e
}
