package redact

import (
	"encoding/json"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// DefaultMask replaces a secret when Options.Mask is empty.
const DefaultMask = "********"

// DefaultMinLength is the shortest value a Masker learns: shorter values
// would mask ordinary text everywhere.
const DefaultMinLength = 4

// DefaultNamePatterns are the credential-like words looked for in variable
// and header names. A pattern matches whole segments of a name, case
// insensitively: "key" matches "apiKey", "API_KEY" and "x-api-key" but not
// "monkey" or "keyboard"; "api_key" matches the consecutive segments "api",
// "key".
var defaultNamePatterns = []string{
	"token", "secret", "password", "passwd", "pwd", "api_key", "apikey", "api-key",
	"session", "code", "otp", "credential", "auth", "authorization", "private", "key",
}

// DefaultNamePatterns returns a copy of the default name patterns.
func DefaultNamePatterns() []string { return append([]string(nil), defaultNamePatterns...) }

// qualifiers are name segments that, after a credential-like segment, say
// the variable describes the secret rather than holding it: tokenType holds
// "Bearer", authUrl a URL, apiKeyName a header name. Masking those values
// would hide ordinary text everywhere.
var qualifiers = map[string]bool{
	"url": true, "uri": true, "endpoint": true, "host": true, "path": true,
	"type": true, "name": true, "label": true, "prefix": true, "format": true,
	"mode": true, "version": true, "expiry": true, "expires": true,
	"expiration": true, "ttl": true, "count": true, "length": true,
	"size": true, "enabled": true, "policy": true, "location": true,
}

// Options configure a Masker.
type Options struct {
	// NamePatterns are credential-like words looked for as whole segments
	// of variable and header names (see DefaultNamePatterns); nil means the
	// defaults, an empty non-nil slice means none.
	NamePatterns []string
	// Reveal turns masking off: every method returns its input.
	Reveal bool
	// Mask replaces each secret; "" means DefaultMask.
	Mask string
	// MinLength is the shortest value learned (in characters); 0 means
	// DefaultMinLength.
	MinLength int
}

// Masker replaces known secret values in text. The zero value is not
// usable; build one with New. A nil *Masker masks nothing. All methods are
// safe for concurrent use.
type Masker struct {
	reveal   bool
	mask     string
	minLen   int
	patterns [][]string

	mu     sync.Mutex
	values map[string]struct{}
	// rep is the replacer for the current values; nil when values changed
	// since it was built (or there are none).
	rep   atomic.Pointer[strings.Replacer]
	empty atomic.Bool
}

// New returns a Masker configured by o.
func New(o Options) *Masker {
	m := &Masker{reveal: o.Reveal, mask: o.Mask, minLen: o.MinLength, values: map[string]struct{}{}}
	if m.mask == "" {
		m.mask = DefaultMask
	}
	if m.minLen <= 0 {
		m.minLen = DefaultMinLength
	}
	pats := o.NamePatterns
	if pats == nil {
		pats = defaultNamePatterns
	}
	for _, p := range pats {
		if seg := segments(p); len(seg) > 0 {
			m.patterns = append(m.patterns, seg)
		}
	}
	m.empty.Store(true)
	return m
}

// MaskText is the string that replaces secrets.
func (m *Masker) MaskText() string {
	if m == nil {
		return DefaultMask
	}
	return m.mask
}

// IsSecretName reports whether a variable or header name looks like it
// holds a credential: one of the name patterns matches whole segments of
// the name, and no describing segment (type, url, name, …) follows it.
func (m *Masker) IsSecretName(name string) bool {
	if m == nil {
		return false
	}
	segs := segments(name)
	for _, p := range m.patterns {
		for i := 0; i+len(p) <= len(segs); i++ {
			if !equalSegs(segs[i:i+len(p)], p) {
				continue
			}
			described := false
			for _, s := range segs[i+len(p):] {
				if qualifiers[s] {
					described = true
					break
				}
			}
			if !described {
				return true
			}
		}
	}
	return false
}

func equalSegs(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// segments splits a name into lower-case words: at every character that is
// not a letter or digit, between a lower-case letter and an upper-case one
// ("apiKey"), before the last capital of a run of capitals followed by a
// lower-case letter ("APIKey"), and between letters and digits ("key2").
func segments(name string) []string {
	var out []string
	rs := []rune(name)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, strings.ToLower(string(rs[start:end])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		p := rs[i-1]
		switch {
		case unicode.IsLower(p) && unicode.IsUpper(r),
			unicode.IsLetter(p) != unicode.IsLetter(r),
			unicode.IsUpper(p) && unicode.IsUpper(r) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
			flush(i)
			start = i
		}
	}
	flush(len(rs))
	return out
}

// AddValue learns a secret value, so String masks it from now on. Values
// shorter than the minimum length are ignored, and so are the JavaScript
// words true, false, null and undefined. The URL- and JSON-escaped forms of
// the value are learned too, since that is how it shows in URLs and bodies.
func (m *Masker) AddValue(v string) {
	if m == nil || m.reveal {
		return
	}
	cands := []string{v}
	if t := strings.TrimSpace(v); t != v {
		cands = append(cands, t)
	}
	cands = append(cands, url.QueryEscape(v), url.PathEscape(v))
	if b, err := json.Marshal(v); err == nil {
		cands = append(cands, string(b[1:len(b)-1]))
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	changed := false
	for _, c := range cands {
		if !m.learnable(c) {
			continue
		}
		if _, ok := m.values[c]; ok {
			continue
		}
		m.values[c] = struct{}{}
		changed = true
	}
	if changed {
		m.rep.Store(nil)
		m.empty.Store(false)
	}
}

func (m *Masker) learnable(v string) bool {
	if utf8.RuneCountInString(v) < m.minLen {
		return false
	}
	switch v {
	case "true", "false", "null", "undefined":
		return false
	}
	return strings.TrimSpace(v) != ""
}

// AddVariable learns the value of a variable when its type is "secret" or
// its name looks like a credential (IsSecretName). Call it for every
// variable loaded and every value a script sets. Non-string values are
// learned as they print: numbers in decimal, objects and arrays as JSON and
// each string or number inside them; booleans and null are never learned.
func (m *Masker) AddVariable(key string, value any, typ string) {
	if m == nil || m.reveal {
		return
	}
	if !strings.EqualFold(typ, "secret") && !m.IsSecretName(key) {
		return
	}
	m.addAny(value, 0)
}

func (m *Masker) addAny(v any, depth int) {
	if depth > 32 {
		return
	}
	switch x := v.(type) {
	case nil, bool:
	case string:
		m.AddValue(x)
	case json.Number:
		m.AddValue(x.String())
	case float64:
		m.AddValue(strconv.FormatFloat(x, 'f', -1, 64))
	case float32:
		m.AddValue(strconv.FormatFloat(float64(x), 'f', -1, 32))
	case int:
		m.AddValue(strconv.Itoa(x))
	case int64:
		m.AddValue(strconv.FormatInt(x, 10))
	case int32:
		m.AddValue(strconv.FormatInt(int64(x), 10))
	case uint64:
		m.AddValue(strconv.FormatUint(x, 10))
	case []byte:
		m.AddValue(string(x))
	case map[string]any:
		if b, err := json.Marshal(x); err == nil {
			m.AddValue(string(b))
		}
		for _, e := range x {
			m.addAny(e, depth+1)
		}
	case []any:
		if b, err := json.Marshal(x); err == nil {
			m.AddValue(string(b))
		}
		for _, e := range x {
			m.addAny(e, depth+1)
		}
	default:
		if b, err := json.Marshal(x); err == nil {
			m.AddValue(strings.Trim(string(b), `"`))
		}
	}
}

// Len is the number of values (with their escaped forms) learned so far.
func (m *Masker) Len() int {
	if m == nil {
		return 0
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.values)
}

func (m *Masker) replacer() *strings.Replacer {
	if m.empty.Load() {
		return nil
	}
	if r := m.rep.Load(); r != nil {
		return r
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if r := m.rep.Load(); r != nil {
		return r
	}
	vals := make([]string, 0, len(m.values))
	for v := range m.values {
		vals = append(vals, v)
	}
	// strings.Replacer tries the pairs in argument order at each position:
	// longest first, so a secret containing another is masked whole.
	sort.Slice(vals, func(i, j int) bool {
		if len(vals[i]) != len(vals[j]) {
			return len(vals[i]) > len(vals[j])
		}
		return vals[i] < vals[j]
	})
	pairs := make([]string, 0, 2*len(vals))
	for _, v := range vals {
		pairs = append(pairs, v, m.mask)
	}
	r := strings.NewReplacer(pairs...)
	m.rep.Store(r)
	return r
}

// String returns s with every known secret value replaced by the mask, the
// password of every URL's user info ("https://user:pass@host") masked, and
// the values of credential headers written as "Name: value" lines
// (Authorization, Proxy-Authorization, Cookie, Set-Cookie, X-API-Key,
// Api-Key) masked as Header masks them.
func (m *Masker) String(s string) string {
	if m == nil || m.reveal || s == "" {
		return s
	}
	if r := m.replacer(); r != nil {
		s = r.Replace(s)
	}
	if strings.Contains(s, "://") {
		s = m.maskUserinfo(s)
	}
	if strings.IndexByte(s, ':') >= 0 {
		s = m.maskHeaderLines(s)
	}
	return s
}

// Bytes is String for a byte slice; it returns b itself when nothing changed.
func (m *Masker) Bytes(b []byte) []byte {
	if m == nil || m.reveal || len(b) == 0 {
		return b
	}
	s := string(b)
	if out := m.String(s); out != s {
		return []byte(out)
	}
	return b
}

// maskUserinfo masks the password in "scheme://user:password@host".
func (m *Masker) maskUserinfo(s string) string {
	var b strings.Builder
	rest := s
	changed := false
	for {
		i := strings.Index(rest, "://")
		if i < 0 {
			break
		}
		start := i + 3
		end := start
		at := -1
		for end < len(rest) {
			c := rest[end]
			if c == '/' || c == '?' || c == '#' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' {
				break
			}
			if c == '@' {
				at = end
			}
			end++
		}
		if at < 0 {
			b.WriteString(rest[:start])
			rest = rest[start:]
			continue
		}
		colon := strings.IndexByte(rest[start:at], ':')
		if colon < 0 || rest[start+colon+1:at] == m.mask {
			b.WriteString(rest[:at])
			rest = rest[at:]
			continue
		}
		b.WriteString(rest[:start+colon+1])
		b.WriteString(m.mask)
		rest = rest[at:]
		changed = true
	}
	if !changed {
		return s
	}
	b.WriteString(rest)
	return b.String()
}

// lineHeaders are the header names String masks in "Name: value" lines.
var lineHeaders = []string{"proxy-authorization", "authorization", "set-cookie", "cookie", "x-api-key", "api-key"}

func (m *Masker) maskHeaderLines(s string) string {
	if !containsAnyFold(s, "authorization", "cookie", "api-key") {
		return s
	}
	lines := strings.Split(s, "\n")
	changed := false
	for i, line := range lines {
		if out, ok := m.maskHeaderLine(line); ok {
			lines[i] = out
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(lines, "\n")
}

// maskHeaderLine masks "<name>: value" where name is a credential header
// standing at the line start or after white space.
func (m *Masker) maskHeaderLine(line string) (string, bool) {
	lower := strings.ToLower(line)
	for _, h := range lineHeaders {
		from := 0
		for {
			i := strings.Index(lower[from:], h)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if i > 0 {
				p := line[i-1]
				if p != ' ' && p != '\t' && p != '\r' {
					continue
				}
			}
			j := i + len(h)
			k := j
			for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
				k++
			}
			if k >= len(line) || line[k] != ':' {
				continue
			}
			k++
			for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
				k++
			}
			v := strings.TrimRight(line[k:], "\r")
			if !strings.ContainsFunc(v, isAlnum) {
				// nothing to hide: no value, or one of brackets and quotes
				// (console output of an empty list: "cookie: [],")
				return "", false
			}
			mv := m.header(h, v)
			if mv == v {
				return "", false
			}
			return line[:k] + mv + line[k+len(v):], true
		}
	}
	return "", false
}

func containsAnyFold(s string, words ...string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		for _, w := range words {
			if c == w[0] && len(s)-i >= len(w) && strings.EqualFold(s[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// IsSecretHeader reports whether a header's value is a credential:
// Authorization, Proxy-Authorization, Cookie, Set-Cookie, or a name that
// looks like a credential (X-API-Key, Api-Key, X-Auth-Token, …).
func (m *Masker) IsSecretHeader(key string) bool {
	switch strings.ToLower(strings.TrimSpace(key)) {
	case "authorization", "proxy-authorization", "cookie", "set-cookie":
		return true
	case "postman-token":
		return false // a random id Postman adds to every request, not a credential
	}
	return m.IsSecretName(key)
}

// Header returns a header value safe to print. Authorization and
// Proxy-Authorization keep their scheme ("Bearer ********"), Cookie keeps
// cookie names ("a=********; b=********"), Set-Cookie keeps the cookie name
// and attributes; other credential headers (IsSecretHeader) are masked
// whole; any other value goes through String.
func (m *Masker) Header(key, value string) string {
	if m == nil || m.reveal {
		return value
	}
	return m.header(strings.ToLower(strings.TrimSpace(key)), value)
}

func (m *Masker) header(lkey, value string) string {
	if value == "" {
		return value
	}
	switch lkey {
	case "authorization", "proxy-authorization":
		v := strings.TrimSpace(value)
		if sp := strings.IndexAny(v, " \t"); sp > 0 {
			return v[:sp] + " " + m.mask
		}
		return m.mask
	case "cookie":
		parts := strings.Split(value, ";")
		for i, p := range parts {
			name, _, ok := strings.Cut(p, "=")
			if ok {
				parts[i] = name + "=" + m.mask
			} else if strings.TrimSpace(p) != "" {
				parts[i] = m.mask
			}
		}
		return strings.Join(parts, ";")
	case "set-cookie":
		first, attrs, hasAttrs := strings.Cut(value, ";")
		name, _, ok := strings.Cut(first, "=")
		out := m.mask
		if ok {
			out = name + "=" + m.mask
		}
		if hasAttrs {
			out += ";" + m.String(attrs)
		}
		return out
	}
	if m.IsSecretHeader(lkey) {
		return m.mask
	}
	return m.String(value)
}

// isAlnum reports whether r is a letter or a digit.
func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
