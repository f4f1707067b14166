package collections

import (
	"strings"
)

// The URL parser and unparser of postman-collection-transformer 4.1.8, which
// the v1 conversion uses to turn a v1 URL string into a v2.1 URL object.

// transformerVarRanges finds {{variables}} whose names hold a character that
// would split the URL (. : / ? # @ & ]); they are parsed as one opaque unit.
func transformerVarRanges(s string, special string) [][2]int {
	var out [][2]int
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '{' || s[i+1] != '{' {
			continue
		}
		j := i + 2
		for j < len(s) && s[j] != '{' && s[j] != '}' {
			j++
		}
		if j+1 < len(s) && s[j] == '}' && s[j+1] == '}' && strings.ContainsAny(s[i+2:j], special) {
			out = append(out, [2]int{i, j + 2})
			i = j + 1
		}
	}
	return out
}

// v1URLParse is the transformer's url.parse: it returns the v2.1 URL object
// (raw, protocol, auth, host, port, path, query, hash, variable).
func v1URLParse(v any) *jsObject {
	s, _ := v.(string)
	s = jsTrimLeft(s)
	u := newObject()
	u.set("raw", s)
	if s == "" {
		for _, k := range []string{"protocol", "auth", "host", "port", "path", "query", "hash", "variable"} {
			u.set(k, undefined)
		}
		return u
	}
	// variables with splitting characters become one placeholder rune each
	vars := transformerVarRanges(s, ".:/?#@&]")
	var names []string
	if len(vars) > 0 {
		var b strings.Builder
		last := 0
		for k, r := range vars {
			b.WriteString(s[last:r[0]])
			b.WriteRune(placeholder(k))
			names = append(names, s[r[0]:r[1]])
			last = r[1]
		}
		b.WriteString(s[last:])
		s = b.String()
	}
	restore := func(p string) string {
		if len(names) == 0 {
			return p
		}
		var b strings.Builder
		for _, r := range p {
			if k := int(r - placeholder(0)); k >= 0 && k < len(names) {
				b.WriteString(names[k])
			} else {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	split := func(p, sep string) []any {
		parts := strings.Split(p, sep)
		out := make([]any, len(parts))
		for i, x := range parts {
			out[i] = restore(x)
		}
		return out
	}
	var protocol, port, hash any = undefined, undefined, undefined
	var auth, host, path, query any = undefined, undefined, undefined, undefined
	if i := strings.IndexByte(s, '#'); i >= 0 {
		hash = restore(s[i+1:])
		s = s[:i]
	}
	if i := strings.IndexByte(s, '?'); i >= 0 {
		query = split(s[i+1:], "&")
		s = s[:i]
	}
	if i := strings.Index(s, "://"); i >= 0 {
		protocol = restore(s[:i])
		s = s[i+3:]
	} else if i := strings.Index(s, `:\\`); i >= 0 {
		protocol = restore(s[:i])
		s = s[i+3:]
	}
	s = strings.ReplaceAll(s, `\`, "/")
	if i := strings.IndexByte(s, '/'); i >= 0 {
		path = split(s[i+1:], "/")
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		a := s[:i]
		s = s[i+1:]
		o := newObject()
		if j := strings.IndexByte(a, ':'); j >= 0 {
			o.set("user", restore(a[:j]))
			o.set("password", restore(a[j+1:]))
		} else {
			o.set("user", restore(a))
		}
		auth = o
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 && !strings.Contains(s[i+1:], "]") {
		port = restore(s[i+1:])
		s = s[:i]
	}
	if s != "" {
		host = split(s, ".")
	}
	if q, ok := query.([]any); ok {
		for i, p := range q {
			q[i] = transformerQueryParam(p.(string))
		}
	}
	// every key is there, undefined ones too, so that keys set later keep
	// the transformer's order
	u.set("protocol", protocol)
	u.set("auth", auth)
	u.set("host", host)
	u.set("port", port)
	u.set("path", path)
	u.set("query", query)
	u.set("hash", hash)
	if p, ok := path.([]any); ok {
		var vs []any
		seen := map[string]bool{}
		for _, seg := range p {
			seg := seg.(string)
			if strings.HasPrefix(seg, ":") && seg != ":" && !seen[seg] {
				seen[seg] = true
				o := newObject()
				o.set("key", seg[1:])
				vs = append(vs, o)
			}
		}
		if len(vs) > 0 {
			u.set("variable", vs)
			return u
		}
	}
	u.set("variable", undefined)
	return u
}

func placeholder(k int) rune { return rune(0xF0000 + k) }

func transformerQueryParam(p string) *jsObject {
	o := newObject()
	if p == "" {
		o.set("key", nil)
		o.set("value", nil)
		return o
	}
	if i := strings.IndexByte(p, '='); i >= 0 {
		o.set("key", p[:i])
		o.set("value", p[i+1:])
		return o
	}
	o.set("key", p)
	o.set("value", nil)
	return o
}

// v1URLUnparse is the transformer's url.unparse.
func v1URLUnparse(u *jsObject) string {
	var b strings.Builder
	if p := u.get("protocol"); truthy(p) {
		ps := jsStr(p)
		b.WriteString(ps)
		if !strings.HasSuffix(ps, "://") {
			b.WriteString("://")
		}
	}
	if a, ok := u.get("auth").(*jsObject); ok {
		auth, set := "", false
		if s, ok := a.get("user").(string); ok {
			auth, set = s, true
		}
		if s, ok := a.get("password").(string); ok {
			auth, set = auth+":"+s, true
		}
		if set {
			b.WriteString(auth + "@")
		}
	}
	if h := u.get("host"); truthy(h) {
		if arr, ok := h.([]any); ok {
			b.WriteString(joinJS(arr, "."))
		} else {
			b.WriteString(jsStr(h))
		}
	}
	if p := u.get("port"); p != nil && p != undefined {
		b.WriteString(":" + jsStr(p))
	}
	if p := u.get("path"); truthy(p) {
		ps := jsStr(p)
		if arr, ok := p.([]any); ok {
			ps = joinJS(arr, "/")
		}
		if !strings.HasPrefix(ps, "/") {
			b.WriteByte('/')
		}
		b.WriteString(ps)
	}
	if q, ok := u.get("query").([]any); ok && len(q) > 0 {
		var qs strings.Builder
		first := true
		for _, p := range q {
			po, isObj := p.(*jsObject)
			if !truthy(p) || (isObj && truthy(po.get("disabled"))) {
				continue
			}
			if !first {
				qs.WriteByte('&')
			}
			first = false
			if !isObj {
				continue
			}
			if k, ok := po.get("key").(string); ok {
				qs.WriteString(normalizeQueryPart(k, true))
			}
			if v, ok := po.get("value").(string); ok {
				qs.WriteString("=" + normalizeQueryPart(v, false))
			}
		}
		if !first {
			b.WriteString("?" + qs.String())
		}
	}
	if h, ok := u.get("hash").(string); ok {
		b.WriteString("#" + h)
	}
	return b.String()
}

func joinJS(arr []any, sep string) string {
	parts := make([]string, len(arr))
	for i, e := range arr {
		if e != nil && e != undefined {
			parts[i] = jsStr(e)
		}
	}
	return strings.Join(parts, sep)
}

// normalizeQueryPart percent-encodes &, # (and = in keys) outside
// {{variables}} that contain them.
func normalizeQueryPart(s string, encodeEquals bool) string {
	if s == "" || (!strings.ContainsAny(s, "&#") && !(encodeEquals && strings.Contains(s, "="))) {
		return s
	}
	enc := func(p string) string {
		p = strings.ReplaceAll(p, "&", "%26")
		p = strings.ReplaceAll(p, "#", "%23")
		if encodeEquals {
			p = strings.ReplaceAll(p, "=", "%3D")
		}
		return p
	}
	var b strings.Builder
	last := 0
	for _, r := range transformerVarRanges(s, "&#=") {
		b.WriteString(enc(s[last:r[0]]) + s[r[0]:r[1]])
		last = r[1]
	}
	b.WriteString(enc(s[last:]))
	return b.String()
}
