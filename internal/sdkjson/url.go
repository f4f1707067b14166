package sdkjson

import (
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// url is a Url: auth, protocol, port, path, hash, host, query and the path
// variables, from a string (parsed as postman-url-encoder parses it) or from
// a url object's parts (its raw is not read).
func url(v any) object {
	def, ok := asMap(v)
	if !ok {
		s, _ := v.(string)
		def = parseURL(s)
	}
	var authV, protocol, port, path, hash, host, query, vars any = get(def, "auth"), get(def, "protocol"), get(def, "port"),
		get(def, "path"), get(def, "hash"), get(def, "host"), get(def, "query"), get(def, "variable")
	if q, ok := query.(string); ok {
		query = parseQueryString(q)
	} else if m, ok := query.(map[string]any); ok && len(m) > 0 {
		var kv []any
		for _, k := range sortedKeys(m) {
			kv = append(kv, map[string]any{"key": k, "value": m[k]})
		}
		query = kv
	}
	if p, ok := path.(string); ok {
		switch {
		case p == "":
			path = undefined
		case p == "/":
			path = []any{""}
		default:
			if len(p) > 1 && p[0] == '/' {
				p = p[1:]
			}
			parts := strings.Split(p, "/")
			path = toAny(parts)
		}
	}
	if h, ok := host.(string); ok {
		host = toAny(splitDomain(h))
	}
	params := list(query, queryParamOf)
	variables := list(vars, func(e any) any {
		m, ok := asMap(e)
		if !ok {
			return object{}
		}
		if !truthy(m["key"]) && has(m, "id") {
			c := map[string]any{}
			for k, v := range m {
				c[k] = v
			}
			c["key"] = m["id"]
			m = c
		}
		return variable(m)
	})
	return object{{"auth", authV}, {"protocol", protocol}, {"port", port}, {"path", path}, {"hash", hash},
		{"host", host}, {"query", params}, {"variable", variables}}
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// splitDomain splits a host on the dots that are not inside {{…}}.
var domainDot = regexp.MustCompile(`[^{]*\}\}`)

func splitDomain(h string) []string {
	var out []string
	start := 0
	for i := 0; i < len(h); i++ {
		if h[i] != '.' {
			continue
		}
		// a dot followed by "…}}" without a "{" in between is inside a variable
		if loc := domainDot.FindStringIndex(h[i+1:]); loc != nil && loc[0] == 0 {
			continue
		}
		out = append(out, h[start:i])
		start = i + 1
	}
	return append(out, h[start:])
}

// variablesWithSeparators are the {{…}} references postman-url-encoder
// protects before it splits a URL.
var variablesWithSeparators = regexp.MustCompile(`\{\{[^{}]*[.:/?#@&\]][^{}]*\}\}`)

// parseURL is postman-collection's Url.parse of a string.
func parseURL(raw string) map[string]any {
	out := map[string]any{}
	s := strings.TrimLeft(raw, " \t\n\r\v\f\u00a0\ufeff")
	if s == "" {
		return out
	}
	// protect references holding separators with placeholders from the
	// private use area, restored in every part afterwards
	var refs []string
	s = variablesWithSeparators.ReplaceAllStringFunc(s, func(m string) string {
		refs = append(refs, m)
		return string(rune(0xE000 + len(refs) - 1))
	})
	restore := func(p string) string {
		if len(refs) == 0 {
			return p
		}
		return restoreRefs(p, refs)
	}
	if i := strings.IndexByte(s, '#'); i >= 0 {
		out["hash"] = restore(s[i+1:])
		s = s[:i]
	}
	var query []string
	hasQuery := false
	if i := strings.IndexByte(s, '?'); i >= 0 {
		query = strings.Split(s[i+1:], "&")
		hasQuery = true
		s = s[:i]
	}
	s = strings.ReplaceAll(s, `\`, "/")
	if i := strings.Index(s, "://"); i >= 0 {
		proto := s[:i]
		out["protocol"] = restore(proto)
		s = strings.TrimLeft(s[i+3:], "/")
		if strings.EqualFold(proto, "file") {
			s = "/" + s
		}
	}
	if i := strings.IndexByte(s, '/'); i >= 0 {
		var path []any
		for _, p := range strings.Split(s[i+1:], "/") {
			path = append(path, restore(p))
		}
		out["path"] = path
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		user, pass, hasPass := strings.Cut(s[:i], ":")
		a := object{{"user", restore(user)}, {"password", undefined}}
		if hasPass {
			a[1].v = restore(pass)
		}
		out["auth"] = a
		s = s[i+1:]
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 && !strings.Contains(s[i+1:], "]") {
		out["port"] = restore(s[i+1:])
		s = s[:i]
	}
	if s != "" {
		var host []any
		for _, h := range strings.Split(s, ".") {
			host = append(host, restore(h))
		}
		out["host"] = host
	}
	if hasQuery {
		var params []any
		for i, q := range query {
			params = append(params, queryParamFromString(restore(q), i, len(query)))
		}
		out["query"] = params
	}
	// path variables: ":name" segments, each name once
	if path, ok := out["path"].([]any); ok {
		seen := map[string]bool{}
		var vars []any
		for _, seg := range path {
			name := pathVariable(seg.(string))
			if name != "" && !seen[name] {
				seen[name] = true
				vars = append(vars, map[string]any{"key": name})
			}
		}
		if len(vars) > 0 {
			out["variable"] = vars
		}
	}
	return out
}

func restoreRefs(p string, refs []string) string {
	var b strings.Builder
	for _, r := range p {
		if r >= 0xE000 && int(r-0xE000) < len(refs) {
			b.WriteString(refs[r-0xE000])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func pathVariable(seg string) string {
	if !strings.HasPrefix(seg, ":") {
		return ""
	}
	name := seg[1:]
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	return name
}

// queryParamFromString is QueryParam.parseSingle: "k=v", "k" (value null);
// an empty parameter that is not the last is {key: null, value: null}.
func queryParamFromString(p string, i, n int) map[string]any {
	if p == "" && i != n-1 {
		return map[string]any{"key": nil, "value": nil}
	}
	k, v, ok := strings.Cut(p, "=")
	if !ok {
		return map[string]any{"key": p, "value": nil}
	}
	return map[string]any{"key": k, "value": v}
}

// queryParamOf is a QueryParam of a list member: a "k=v" string or an object.
func queryParamOf(e any) any {
	if s, ok := e.(string); ok {
		return queryParam(queryParamFromString(s, 0, 1))
	}
	m, _ := asMap(e)
	return queryParam(m)
}

// parseQueryString is QueryParam.parse.
func parseQueryString(s string) []any {
	parts := strings.Split(s, "&")
	out := make([]any, len(parts))
	for i, p := range parts {
		out[i] = queryParamFromString(p, i, len(parts))
	}
	return out
}

// sortedKeys is the keys of m in the document's order (decodeOrdered), any
// others (added here) after them, sorted.
func sortedKeys(m map[string]any) []string {
	order, _ := m[orderKey].([]string)
	keys := make([]string, 0, len(m))
	seen := make(map[string]bool, len(order))
	for _, k := range order {
		if _, ok := m[k]; ok && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	var rest []string
	for k := range m {
		if k != orderKey && !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(keys, rest...)
}

// httpReason is the reason phrase http-reasons gives a status code.
func httpReason(code any) string {
	n, err := strconv.Atoi(jsString(code))
	if err != nil {
		return ""
	}
	return http.StatusText(n)
}
