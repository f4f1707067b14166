package collections

import (
	"sort"
	"strings"
)

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// A URL string becomes parts the way postman-collection's Url.parse (through
// postman-url-encoder's parser) splits it, and parts become a string the way
// Url#toString writes them; Newman does both on every request (the unresolved
// URL is written out, its variables substituted in the text, and the result
// parsed again), so what is sent and reported follows from these two.
//
// The parser takes, in this order: the hash (from the first "#"), the query
// (from the first "?", split on "&"), then, with backslashes turned into
// slashes, the protocol (before the first "://", extra slashes after it
// dropped), the path (from the first "/"), the user info (before the last
// "@"), the port (after the last ":" unless a "]" follows it) and the host
// (split on "."). A {{variable}} whose name holds one of . : / ? # @ & ] is
// kept whole; other references are not looked into.

// ParseURL splits a URL string into Postman's URL parts, leaving {{…}}
// references in place (they are resolved later, on the written-out URL).
func ParseURL(raw string) URL {
	u := URL{Raw: raw}
	s := jsTrimLeft(raw)
	if s == "" {
		return u
	}
	p := newURLParser(s)
	start, end := 0, len(p.n)
	// 1. hash
	if i := strings.IndexByte(p.n[start:end], '#'); i >= 0 {
		u.Hash = p.restore(start+i+1, end)
		u.EmptyHash = u.Hash == ""
		end = start + i
	}
	// 2. query
	if i := strings.IndexByte(p.n[start:end], '?'); i >= 0 {
		segs := p.split(start+i+1, end, '&')
		u.Query = make([]QueryParam, len(segs))
		for k, seg := range segs {
			u.Query[k] = parseQueryParam(seg, k == len(segs)-1)
		}
		end = start + i
	}
	// 3. protocol (backslashes count as slashes from here on)
	p.slashes(start, end)
	if i := strings.Index(p.n[start:end], "://"); i >= 0 {
		u.Protocol = p.restore(start, start+i)
		start += i + 3
		k := 0
		for start+k < end && p.n[start+k] == '/' {
			k++
		}
		if k > 0 && strings.EqualFold(u.Protocol, "file") {
			k-- // file:////path keeps one slash
		}
		start += k
	}
	// 4. path
	if i := strings.IndexByte(p.n[start:end], '/'); i >= 0 {
		u.Path = p.split(start+i+1, end, '/')
		end = start + i
	}
	// 5. user info
	if i := strings.LastIndexByte(p.n[start:end], '@'); i >= 0 {
		a := &URLAuth{HasUser: true}
		if c := strings.IndexByte(p.n[start:start+i], ':'); c >= 0 {
			a.User = p.restore(start, start+c)
			a.Password = p.restore(start+c+1, start+i)
			a.HasPassword = true
		} else {
			a.User = p.restore(start, start+i)
		}
		u.Auth = a
		start += i + 1
	}
	// 6. port
	if i := strings.LastIndexByte(p.n[start:end], ':'); i >= 0 && strings.IndexByte(p.n[start+i+1:end], ']') < 0 {
		u.Port = p.restore(start+i+1, end)
		u.EmptyPort = u.Port == ""
		end = start + i
	}
	// 7. host
	if start < end {
		u.Host = p.split(start, end, '.')
	}
	u.Variables = pathVariableKeys(u.Path)
	return u
}

// urlParser holds the string being parsed with each {{variable}} that holds
// a separator replaced by one "_" (n), and what each "_" stands for.
type urlParser struct {
	n    string
	vars map[int]string // index in n → the {{…}} it replaced
}

func newURLParser(s string) *urlParser {
	p := &urlParser{n: s}
	if !strings.Contains(s, "{{") {
		return p
	}
	var b strings.Builder
	last := 0
	for i := 0; i+1 < len(s); {
		j, ok := separatorVariable(s, i)
		if !ok {
			i++
			continue
		}
		if p.vars == nil {
			p.vars = map[int]string{}
		}
		b.WriteString(s[last:i])
		p.vars[b.Len()] = s[i:j]
		b.WriteByte('_')
		last, i = j, j
	}
	if p.vars == nil {
		return p
	}
	b.WriteString(s[last:])
	p.n = b.String()
	return p
}

// separatorVariable reports whether a {{name}} without braces in name, with
// one of . : / ? # @ & ] in it, starts at s[i], and where it ends.
func separatorVariable(s string, i int) (int, bool) {
	if s[i] != '{' || s[i+1] != '{' {
		return 0, false
	}
	sep := false
	for j := i + 2; j < len(s); j++ {
		switch s[j] {
		case '{':
			return 0, false
		case '}':
			if sep && j+1 < len(s) && s[j+1] == '}' {
				return j + 2, true
			}
			return 0, false
		case '.', ':', '/', '?', '#', '@', '&', ']':
			sep = true
		}
	}
	return 0, false
}

// restore is n[b:e] with the variables put back.
func (p *urlParser) restore(b, e int) string {
	if p.vars == nil {
		return p.n[b:e]
	}
	var out strings.Builder
	last := b
	for i := b; i < e; i++ {
		if v, ok := p.vars[i]; ok {
			out.WriteString(p.n[last:i])
			out.WriteString(v)
			last = i + 1
		}
	}
	if last == b {
		return p.n[b:e]
	}
	out.WriteString(p.n[last:e])
	return out.String()
}

// split cuts n[b:e] on sep and restores each piece.
func (p *urlParser) split(b, e int, sep byte) []string {
	out := make([]string, 0, strings.Count(p.n[b:e], string(sep))+1)
	for {
		i := strings.IndexByte(p.n[b:e], sep)
		if i < 0 {
			return append(out, p.restore(b, e))
		}
		out = append(out, p.restore(b, b+i))
		b += i + 1
	}
}

// slashes turns the backslashes of n[b:e] into slashes.
func (p *urlParser) slashes(b, e int) {
	if strings.IndexByte(p.n[b:e], '\\') >= 0 {
		p.n = p.n[:b] + strings.ReplaceAll(p.n[b:e], "\\", "/") + p.n[e:]
	}
}

// parseQueryParam is postman-collection's QueryParam.parseSingle: "k=v",
// "k" (no value), and an empty segment that is not the last one (as in
// "a&&b"), which has neither key nor value.
func parseQueryParam(s string, last bool) QueryParam {
	if s == "" && !last {
		return QueryParam{NoKey: true, NoValue: true}
	}
	k, v, ok := strings.Cut(s, "=")
	return QueryParam{Key: k, Value: v, NoValue: !ok}
}

// parseQuery splits a query string into parameters (QueryParam.parse).
func parseQuery(s string) []QueryParam {
	segs := strings.Split(s, "&")
	out := make([]QueryParam, len(segs))
	for i, seg := range segs {
		out[i] = parseQueryParam(seg, i == len(segs)-1)
	}
	return out
}

// pathVariableKeys lists the path variables (":name" segments, the name
// ending at the first ".") as Url.parse does, each once.
func pathVariableKeys(path []string) []Variable {
	var out []Variable
	for _, seg := range path {
		key := pathVariableKey(seg)
		if key == "" {
			continue
		}
		dup := false
		for _, v := range out {
			dup = dup || v.Key == key
		}
		if !dup {
			out = append(out, Variable{Key: key})
		}
	}
	return out
}

// pathVariableKey is the name of the path variable seg refers to ("" for none).
func pathVariableKey(seg string) string {
	if !strings.HasPrefix(seg, ":") {
		return ""
	}
	key := seg[1:]
	if i := strings.IndexByte(key, '.'); i >= 0 {
		key = key[:i]
	}
	return key
}

// Readable is the URL as a person reading the collection sees it: its
// members, or, for an object that has nothing but "raw" (which Newman sends
// as an empty URL), that string parsed.
func (u URL) Readable() URL {
	if u.Host != nil || u.Path != nil || u.Protocol != "" || u.Raw == "" || len(u.Query) > 0 {
		return u
	}
	p := ParseURL(u.Raw)
	if len(u.Variables) > 0 {
		p.Variables = u.Variables
	}
	return p
}

// WithPathVariables returns the URL with each ":name" path segment replaced
// by the value of its path variable, as Url#getPath does: only a non-empty
// string value counts (the last variable of that name), and what follows the
// name (".json" in ":id.json") stays.
func (u URL) WithPathVariables() URL {
	if len(u.Variables) == 0 || len(u.Path) == 0 {
		return u
	}
	var path []string
	for i, seg := range u.Path {
		key := pathVariableKey(seg)
		if key == "" {
			continue
		}
		val := ""
		for _, v := range u.Variables {
			if v.Key == key {
				val, _ = v.Value.(string)
			}
		}
		if val == "" {
			continue
		}
		if path == nil {
			path = append([]string(nil), u.Path...)
		}
		path[i] = val + seg[1+len(key):]
	}
	if path != nil {
		u.Path = path
	}
	return u
}

// HasQuery reports whether String writes a "?": some parameter is enabled.
func (u URL) HasQuery() bool {
	for _, q := range u.Query {
		if !q.Disabled {
			return true
		}
	}
	return false
}

// QueryString is Url#getQueryString: the enabled parameters, "&" in keys
// and values and "=" in keys written as %26 and %3D, "#" as %23, except
// inside {{…}} references.
func (u URL) QueryString() string {
	var b strings.Builder
	first := true
	for _, q := range u.Query {
		if q.Disabled {
			continue
		}
		if !first {
			b.WriteByte('&')
		}
		first = false
		if !q.NoKey {
			b.WriteString(normalizeParam(q.Key, true))
		}
		if !q.NoValue {
			b.WriteByte('=')
			b.WriteString(normalizeParam(q.Value, false))
		}
	}
	return b.String()
}

// normalizeParam escapes the characters that would split a query parameter.
func normalizeParam(s string, key bool) string {
	if !strings.ContainsAny(s, "&#") && !(key && strings.IndexByte(s, '=') >= 0) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if end, ok := reservedQueryVariable(s, i); ok {
			b.WriteString(s[i:end])
			i = end - 1
			continue
		}
		switch c := s[i]; {
		case c == '&':
			b.WriteString("%26")
		case c == '#':
			b.WriteString("%23")
		case c == '=' && key:
			b.WriteString("%3D")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// reservedQueryVariable reports whether a {{name}} without braces in name,
// holding one of & # =, starts at s[i], and where it ends.
func reservedQueryVariable(s string, i int) (int, bool) {
	if i+1 >= len(s) || s[i] != '{' || s[i+1] != '{' {
		return 0, false
	}
	reserved := false
	for j := i + 2; j < len(s); j++ {
		switch s[j] {
		case '{':
			return 0, false
		case '}':
			if reserved && j+1 < len(s) && s[j+1] == '}' {
				return j + 2, true
			}
			return 0, false
		case '&', '#', '=':
			reserved = true
		}
	}
	return 0, false
}

// HostString is Url#getHost: the host segments joined with ".".
func (u URL) HostString() string { return strings.Join(u.Host, ".") }

// PathString is Url#getPath(true): "/" and the segments joined with "/".
func (u URL) PathString() string { return "/" + strings.Join(u.Path, "/") }

// String writes the URL out from its parts as Url#toString does (path
// variables as they are; see WithPathVariables): protocol, user info, host,
// port, path, the query when some parameter is enabled, hash.
func (u URL) String() string {
	var b strings.Builder
	if u.Protocol != "" {
		b.WriteString(u.Protocol)
		if !strings.HasSuffix(u.Protocol, "://") {
			b.WriteString("://")
		}
	}
	if a := u.Auth; a != nil && (a.HasUser || a.HasPassword) {
		b.WriteString(a.User)
		if a.HasPassword {
			b.WriteByte(':')
			b.WriteString(a.Password)
		}
		b.WriteByte('@')
	}
	b.WriteString(u.HostString())
	if u.Port != "" || u.EmptyPort {
		b.WriteByte(':')
		b.WriteString(u.Port)
	}
	if u.Path != nil {
		b.WriteString(u.PathString())
	}
	if u.HasQuery() {
		b.WriteByte('?')
		b.WriteString(u.QueryString())
	}
	if u.Hash != "" || u.EmptyHash {
		b.WriteByte('#')
		b.WriteString(u.Hash)
	}
	return b.String()
}
