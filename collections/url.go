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

// eachOutsideVars calls fn with the index of every byte of s that is not
// inside a {{…}} reference; fn returning false stops the scan.
func eachOutsideVars(s string, fn func(i int) bool) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "{{"):
			depth++
			i++
		case strings.HasPrefix(s[i:], "}}") && depth > 0:
			depth--
			i++
		case depth == 0:
			if !fn(i) {
				return
			}
		}
	}
}

// splitOutsideVars splits s on sep, but never inside a {{…}} reference.
func splitOutsideVars(s string, sep byte) []string {
	var out []string
	start := 0
	eachOutsideVars(s, func(i int) bool {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
		return true
	})
	return append(out, s[start:])
}

// indexOutsideVars finds the first of chars in s outside {{…}}.
func indexOutsideVars(s, chars string) int {
	at := -1
	eachOutsideVars(s, func(i int) bool {
		if strings.IndexByte(chars, s[i]) >= 0 {
			at = i
			return false
		}
		return true
	})
	return at
}

// ParseURL splits a raw URL string into Postman's URL parts, leaving {{…}}
// references intact (they are resolved later, part by part).
func ParseURL(raw string) URL {
	u := URL{Raw: raw}
	s := strings.TrimSpace(raw)
	if i := indexOutsideVars(s, "#"); i >= 0 {
		u.Hash = s[i+1:]
		s = s[:i]
	}
	if i := indexOutsideVars(s, "?"); i >= 0 {
		u.Query = parseQuery(s[i+1:])
		s = s[:i]
	}
	if i := strings.Index(s, "://"); i >= 0 && indexOutsideVars(s[:i], "/{") < 0 {
		u.Protocol = s[:i]
		s = s[i+3:]
	}
	hostPart := s
	if i := indexOutsideVars(s, "/"); i >= 0 {
		hostPart = s[:i]
		rest := s[i+1:]
		u.Path = splitOutsideVars(rest, '/')
	}
	// Port: the last ":" outside {{…}} when followed by digits or a variable.
	if i := lastColonOutsideVars(hostPart); i >= 0 {
		port := hostPart[i+1:]
		if isPort(port) {
			u.Port = port
			hostPart = hostPart[:i]
		}
	}
	if hostPart != "" {
		u.Host = splitOutsideVars(hostPart, '.')
	}
	return u
}

func lastColonOutsideVars(s string) int {
	last := -1
	eachOutsideVars(s, func(i int) bool {
		if s[i] == ':' {
			last = i
		}
		return true
	})
	return last
}

func isPort(p string) bool {
	if p == "" {
		return false
	}
	if strings.HasPrefix(p, "{{") && strings.HasSuffix(p, "}}") {
		return true
	}
	for _, c := range p {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// parseQuery splits "a=1&b&c=" into parameters, keeping order and duplicates.
func parseQuery(s string) []QueryParam {
	if s == "" {
		return nil
	}
	var out []QueryParam
	for _, part := range splitOutsideVars(s, '&') {
		if part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		out = append(out, QueryParam{Key: k, Value: v, NoValue: !ok})
	}
	return out
}

// String assembles the URL from its parts (Postman's Url#toString): protocol,
// host, port, path, enabled query parameters, hash.
func (u URL) String() string {
	var b strings.Builder
	if u.Protocol != "" {
		b.WriteString(strings.TrimSuffix(u.Protocol, ":"))
		b.WriteString("://")
	}
	b.WriteString(strings.Join(u.Host, "."))
	if u.Port != "" {
		b.WriteString(":")
		b.WriteString(u.Port)
	}
	if len(u.Path) > 0 {
		b.WriteString("/")
		b.WriteString(strings.Join(u.Path, "/"))
	}
	first := true
	for _, q := range u.Query {
		if q.Disabled {
			continue
		}
		if first {
			b.WriteString("?")
			first = false
		} else {
			b.WriteString("&")
		}
		b.WriteString(q.Key)
		if !q.NoValue {
			b.WriteString("=")
			b.WriteString(q.Value)
		}
	}
	if u.Hash != "" {
		b.WriteString("#")
		b.WriteString(u.Hash)
	}
	return b.String()
}
