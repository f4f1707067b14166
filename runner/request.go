package runner

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"mime/multipart"
	"net/textproto"
	"net/url"
	"path"
	"strings"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/internal/vars"
)

// cloneRequest deep-copies a request so scripts and resolution never touch the collection.
func cloneRequest(r *collections.Request) *collections.Request {
	if r == nil {
		return &collections.Request{Method: "GET"}
	}
	c := *r
	c.URL.Host = append([]string(nil), r.URL.Host...)
	c.URL.Path = append([]string(nil), r.URL.Path...)
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
	u := &r.URL
	u.Protocol = res(u.Protocol)
	for i := range u.Host {
		u.Host[i] = res(u.Host[i])
	}
	u.Port = res(u.Port)
	for i := range u.Query {
		u.Query[i].Key = res(u.Query[i].Key)
		u.Query[i].Value = res(u.Query[i].Value)
	}
	u.Hash = res(u.Hash)
	// path variables: ":name" segments take the (resolved) url.variable value
	pv := map[string]string{}
	for _, v := range u.Variables {
		if !v.Disabled {
			pv[v.Key] = res(collections.ValueString(v.Value))
		}
	}
	for i := range u.Path {
		seg := u.Path[i]
		if strings.HasPrefix(seg, ":") && len(seg) > 1 {
			if val, ok := pv[seg[1:]]; ok {
				u.Path[i] = val
				continue
			}
		}
		u.Path[i] = res(seg)
	}
	u.Raw = res(u.Raw)
	for i := range r.Headers {
		r.Headers[i].Key = res(r.Headers[i].Key)
		r.Headers[i].Value = res(r.Headers[i].Value)
	}
	if b := r.Body; b != nil {
		b.Raw = res(b.Raw)
		for i := range b.URLEncoded {
			b.URLEncoded[i].Key = res(b.URLEncoded[i].Key)
			b.URLEncoded[i].Value = res(b.URLEncoded[i].Value)
		}
		for i := range b.FormData {
			b.FormData[i].Key = res(b.FormData[i].Key)
			b.FormData[i].Value = res(b.FormData[i].Value)
			b.FormData[i].ContentType = res(b.FormData[i].ContentType)
		}
		if b.GraphQL != nil {
			b.GraphQL.Query = res(b.GraphQL.Query)
			b.GraphQL.Variables = res(b.GraphQL.Variables)
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
}

// buildURL turns a resolved URL into the string that is sent: http:// is
// assumed when no scheme is given, and characters that may not appear on the
// wire are percent-encoded the way Postman's encoder does.
func buildURL(u collections.URL) (*url.URL, string, error) {
	parsed, out, _, err := buildWireURL(u)
	return parsed, out, err
}

// buildWireURL is buildURL that also returns the encoded path as it goes on the wire.
func buildWireURL(u collections.URL) (*url.URL, string, string, error) {
	s := u.String()
	if len(u.Host) == 0 && u.Raw != "" && len(u.Path) == 0 && len(u.Query) == 0 {
		s = strings.TrimSpace(u.Raw)
	}
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	scheme, rest, _ := strings.Cut(s, "://")
	hostPort, tail := rest, ""
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		hostPort, tail = rest[:i], rest[i:]
	}
	pathPart, query, hash := tail, "", ""
	if i := strings.IndexByte(pathPart, '#'); i >= 0 {
		pathPart, hash = pathPart[:i], pathPart[i+1:]
	}
	hasQuery := false
	if i := strings.IndexByte(pathPart, '?'); i >= 0 {
		pathPart, query = pathPart[:i], pathPart[i+1:]
		hasQuery = true
	}
	var b strings.Builder
	b.WriteString(strings.ToLower(scheme))
	b.WriteString("://")
	b.WriteString(hostPort)
	wire := encodeSet(pathPart, pathUnsafe, true)
	b.WriteString(wire)
	if hasQuery {
		b.WriteByte('?')
		b.WriteString(encodeSet(query, queryUnsafe, false))
	}
	if hash != "" {
		b.WriteByte('#')
		b.WriteString(encodeSet(hash, pathUnsafe, true))
	}
	out := b.String()
	parsed, err := url.Parse(out)
	if err != nil {
		return nil, out, "", fmt.Errorf("invalid URL %q: %w", out, err)
	}
	if parsed.Host == "" {
		return nil, out, "", fmt.Errorf("invalid URL %q: no host", out)
	}
	return parsed, out, wire, nil
}

const (
	// what postman-url-encoder encodes in a path and in a query (measured with Newman 6.2.2)
	pathUnsafe  = " \"<>`#?{}"
	queryUnsafe = " \"#'<>"
)

// encodeSet percent-encodes bytes outside printable ASCII and those in unsafe.
// fixPct also encodes a '%' that starts no valid escape (Go cannot send such
// a path; Postman sends it raw, and does so in queries, as courier does).
func encodeSet(s, unsafe string, fixPct bool) string {
	need := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x21 || c > 0x7e || strings.IndexByte(unsafe, c) >= 0 || fixPct && c == '%' && !validPct(s, i) {
			need = true
			break
		}
	}
	if !need {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x21 || c > 0x7e || strings.IndexByte(unsafe, c) >= 0 || fixPct && c == '%' && !validPct(s, i) {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func validPct(s string, i int) bool {
	return i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])
}

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

// bodyBytes builds the body of a resolved request and the Content-Type it
// implies ("" when none). files may be nil.
func bodyBytes(b *collections.Body, files func(string) ([]byte, error), boundary string) ([]byte, string, error) {
	if b == nil || b.Disabled {
		return nil, "", nil
	}
	switch b.Mode {
	case "raw":
		ct := languageTypes[b.Language]
		if ct == "" {
			ct = "text/plain"
		}
		raw := b.Raw
		if b.Language == "json" {
			raw = stripJSONComments(raw)
		}
		return []byte(raw), ct, nil
	case "urlencoded":
		var parts []string
		for _, p := range b.URLEncoded {
			if p.Disabled {
				continue
			}
			parts = append(parts, encodeComponent(p.Key)+"="+encodeComponent(p.Value))
		}
		if len(parts) == 0 {
			return nil, "", nil
		}
		return []byte(strings.Join(parts, "&")), "application/x-www-form-urlencoded", nil
	case "formdata":
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		if err := mw.SetBoundary(boundary); err != nil {
			return nil, "", err
		}
		n := 0
		for _, p := range b.FormData {
			if p.Disabled {
				continue
			}
			n++
			if p.Type == "file" {
				for _, src := range p.Src {
					data, err := readFile(files, src)
					if err != nil {
						return nil, "", err
					}
					h := textproto.MIMEHeader{}
					h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"; filename="%s"`, escapeQuotes(p.Key), escapeQuotes(path.Base(src))))
					ct := p.ContentType
					if ct == "" {
						ct = mimeByExtension(src)
					}
					h.Set("Content-Type", ct)
					w, err := mw.CreatePart(h)
					if err != nil {
						return nil, "", err
					}
					w.Write(data)
				}
				continue
			}
			h := textproto.MIMEHeader{}
			h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"`, escapeQuotes(p.Key)))
			if p.ContentType != "" {
				h.Set("Content-Type", p.ContentType)
			}
			w, err := mw.CreatePart(h)
			if err != nil {
				return nil, "", err
			}
			w.Write([]byte(p.Value))
		}
		if n == 0 {
			return nil, "", nil
		}
		mw.Close()
		return buf.Bytes(), "multipart/form-data; boundary=" + boundary, nil
	case "file":
		if b.File == nil {
			return nil, "", nil
		}
		if b.File.Src == "" {
			return []byte(b.File.Content), "", nil
		}
		data, err := readFile(files, b.File.Src)
		ct := mimeByExtension(b.File.Src)
		if ct == "application/octet-stream" {
			ct = ""
		}
		return data, ct, err
	case "graphql":
		if b.GraphQL == nil {
			return nil, "", nil
		}
		// postman-runtime writes the variables text as given (not re-encoded)
		parts := []string{`"query":` + jsonString(b.GraphQL.Query)}
		if v := b.GraphQL.Variables; v != "" {
			parts = append(parts, `"variables":`+v)
		}
		return []byte("{" + strings.Join(parts, ",") + "}"), "application/json", nil
	}
	return nil, "", nil
}

var quoteEscaper = strings.NewReplacer("\\", "\\\\", `"`, "\\\"")

func escapeQuotes(s string) string { return quoteEscaper.Replace(s) }

func readFile(files func(string) ([]byte, error), src string) ([]byte, error) {
	if files == nil {
		return nil, fmt.Errorf("cannot read file %q: file access is not available", src)
	}
	data, err := files(src)
	if err != nil {
		return nil, fmt.Errorf("cannot read file %q: %w", src, err)
	}
	return data, nil
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

// mimeByExtension is the media type the request library gives a file part by
// its name (without charset parameters), application/octet-stream when unknown.
func mimeByExtension(name string) string {
	t := mime.TypeByExtension(path.Ext(name))
	if t == "" {
		return "application/octet-stream"
	}
	if i := strings.IndexByte(t, ';'); i >= 0 {
		t = strings.TrimSpace(t[:i])
	}
	return t
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
