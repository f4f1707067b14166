package runner

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/courier-run/courier/httpmsg"
)

// Jar is the run's cookie jar (RFC 6265 domain and path matching). Unlike
// net/http/cookiejar it can list, delete and export its cookies, which
// pm.cookies.jar() and --export-cookie-jar need.
type Jar struct {
	mu      sync.Mutex
	now     func() time.Time
	cookies []jarCookie
}

type jarCookie struct {
	httpmsg.Cookie
	created time.Time
	// what tough-cookie keeps beside the cookie, for --export-cookie-jar
	meta cookieMeta
}

// cookieMeta is what tough-cookie records of a cookie beyond its name,
// value, domain, path and flags (see StoredCookie).
type cookieMeta struct {
	expiresAttr   time.Time // the Expires attribute (zero: none)
	maxAge        *int      // the Max-Age attribute (nil: none)
	hostOnlyUnset bool      // a loaded cookie without hostOnly
	pathIsDefault bool
	extensions    []string
	sameSite      string
	lastAccessed  time.Time
}

// StoredCookie is a cookie as the jar keeps it, with what tough-cookie
// (Newman's cookie jar) serialises of it: --cookie-jar reads them,
// --export-cookie-jar writes them.
type StoredCookie struct {
	httpmsg.Cookie           // Expires: when the cookie expires (zero: at the end of the session)
	ExpiresAttr    time.Time // the Expires attribute as given (zero: none)
	MaxAge         *int      // the Max-Age attribute as given (nil: none)
	HostOnlyUnset  bool      // hostOnly was not given (a loaded cookie)
	PathIsDefault  bool      // the path is the request's default path
	Extensions     []string  // attributes tough-cookie does not know, as given
	SameSite       string    // "strict", "lax", "none" or ""
	Creation       time.Time // when the jar first stored the cookie
	LastAccessed   time.Time // when it was last stored or sent
}

// NewJar returns an empty jar using now as its clock.
func NewJar(now func() time.Time) *Jar {
	if now == nil {
		now = time.Now
	}
	return &Jar{now: now}
}

func hostOf(u *url.URL) string {
	h := u.Hostname()
	return strings.ToLower(strings.TrimSuffix(h, "."))
}

func defaultPath(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" || p[0] != '/' {
		return "/"
	}
	i := strings.LastIndex(p, "/")
	if i == 0 {
		return "/"
	}
	return p[:i]
}

// isLocalhost is tough-cookie's isLocalhost: localhost, *.localhost, ::1 and
// 127.0.0.0/8.
func isLocalhost(host string) bool {
	if host == "localhost" || strings.HasSuffix(host, ".localhost") || host == "::1" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.To4() != nil && strings.HasPrefix(host, "127.")
}

func domainMatch(host, domain string) bool {
	if host == domain {
		return true
	}
	if net.ParseIP(host) != nil {
		return false
	}
	return strings.HasSuffix(host, "."+domain)
}

func pathMatch(reqPath, cookiePath string) bool {
	if reqPath == cookiePath {
		return true
	}
	if strings.HasPrefix(reqPath, cookiePath) {
		return strings.HasSuffix(cookiePath, "/") || reqPath[len(cookiePath)] == '/'
	}
	return false
}

// SetCookies implements http.CookieJar.
func (j *Jar) SetCookies(u *url.URL, cookies []*http.Cookie) {
	j.mu.Lock()
	defer j.mu.Unlock()
	now := j.now()
	host := hostOf(u)
	for _, hc := range cookies {
		if c, ok := jarCookieFor(u, host, hc, now); ok {
			j.put(jarCookie{Cookie: c, created: now, meta: cookieMetaFor(hc, now)})
		}
	}
}

// jarCookieFor is the cookie a jar keeps for hc set from u (host is u's),
// or false when hc's domain does not cover the host.
func jarCookieFor(u *url.URL, host string, hc *http.Cookie, now time.Time) (httpmsg.Cookie, bool) {
	value := hc.Value
	if hc.Quoted {
		// tough-cookie keeps a value's quotes (c="v 2" is "\"v 2\""), and
		// sends them back as they came
		value = `"` + value + `"`
	}
	c := httpmsg.Cookie{Name: hc.Name, Value: value, Path: hc.Path, HTTPOnly: hc.HttpOnly, Secure: hc.Secure}
	if hc.Domain == "" {
		c.Domain = host
		c.HostOnly = true
	} else {
		c.Domain = strings.ToLower(strings.TrimPrefix(hc.Domain, "."))
		if !domainMatch(host, c.Domain) {
			return c, false
		}
	}
	if c.Path == "" || c.Path[0] != '/' {
		c.Path = defaultPath(u)
	}
	switch {
	case hc.MaxAge < 0:
		c.Expires = now.Add(-time.Second)
	case hc.MaxAge > 0:
		c.Expires = now.Add(time.Duration(hc.MaxAge) * time.Second)
	case !hc.Expires.IsZero():
		c.Expires = hc.Expires
	}
	return c, true
}

// cookieMetaFor is what tough-cookie records of hc beside the cookie.
func cookieMetaFor(hc *http.Cookie, now time.Time) cookieMeta {
	meta := cookieMeta{extensions: hc.Unparsed, lastAccessed: now, pathIsDefault: hc.Path == "" || hc.Path[0] != '/'}
	switch hc.SameSite {
	case http.SameSiteStrictMode:
		meta.sameSite = "strict"
	case http.SameSiteLaxMode:
		meta.sameSite = "lax"
	case http.SameSiteNoneMode:
		meta.sameSite = "none"
	}
	if !hc.Expires.IsZero() {
		meta.expiresAttr = hc.Expires
	}
	if hc.MaxAge != 0 {
		age := hc.MaxAge
		if age < 0 {
			age = 0 // net/http reads Max-Age=0 and below as -1
			if n, ok := rawMaxAge(hc.Raw); ok {
				age = n
			}
		}
		meta.maxAge = &age
	}
	return meta
}

// rawMaxAge is the Max-Age attribute of a Set-Cookie line (net/http keeps
// only whether it was positive).
func rawMaxAge(line string) (int, bool) {
	for _, attr := range strings.Split(line, ";")[1:] {
		k, v, _ := strings.Cut(strings.TrimSpace(attr), "=")
		if strings.EqualFold(strings.TrimSpace(k), "max-age") {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			return n, err == nil
		}
	}
	return 0, false
}

// put stores c as tough-cookie's setCookie does: a cookie with the same
// name, domain and path is replaced in its place, keeping its creation
// time; an expired cookie is stored too (it goes when it next matches a
// request).
func (j *Jar) put(c jarCookie) {
	for i := range j.cookies {
		e := &j.cookies[i]
		if e.Name == c.Name && e.Domain == c.Domain && e.Path == c.Path {
			c.created = e.created
			*e = c
			return
		}
	}
	j.cookies = append(j.cookies, c)
}

// expired reports whether c has expired at now.
func (c *jarCookie) expired(now time.Time) bool {
	return !c.Expires.IsZero() && !c.Expires.After(now)
}

// matching is the cookies tough-cookie's getCookies gives for u, longest
// path first, then oldest: an expired cookie that would otherwise match is
// removed from the jar.
func (j *Jar) matching(u *url.URL) []jarCookie {
	now := j.now()
	host := hostOf(u)
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	// tough-cookie (Postman's fork) treats localhost and loopback addresses
	// as a secure channel, as RFC 6265 allows
	secure := u.Scheme == "https" || u.Scheme == "wss" || isLocalhost(host)
	var out []jarCookie
	kept := j.cookies[:0]
	for _, c := range j.cookies {
		match := true
		if c.HostOnly && host != c.Domain || !c.HostOnly && !domainMatch(host, c.Domain) {
			match = false
		} else if !pathMatch(path, c.Path) || c.Secure && !secure {
			match = false
		}
		if match && c.expired(now) {
			continue // expired: removed
		}
		if match {
			c.meta.lastAccessed = now
			out = append(out, c)
		}
		kept = append(kept, c)
	}
	j.cookies = kept
	sort.SliceStable(out, func(a, b int) bool {
		if len(out[a].Path) != len(out[b].Path) {
			return len(out[a].Path) > len(out[b].Path)
		}
		return out[a].created.Before(out[b].created)
	})
	return out
}

// Cookies implements http.CookieJar.
func (j *Jar) Cookies(u *url.URL) []*http.Cookie {
	j.mu.Lock()
	defer j.mu.Unlock()
	m := j.matching(u)
	out := make([]*http.Cookie, len(m))
	for i, c := range m {
		out[i] = &http.Cookie{Name: c.Name, Value: c.Value}
	}
	return out
}

// All returns every unexpired cookie.
func (j *Jar) All() []httpmsg.Cookie {
	j.mu.Lock()
	defer j.mu.Unlock()
	now := j.now()
	var out []httpmsg.Cookie
	for _, c := range j.cookies {
		if !c.expired(now) {
			out = append(out, c.Cookie)
		}
	}
	return out
}

// Stored returns every cookie the jar holds, in the order they were first
// stored, as tough-cookie serialises its jar (--export-cookie-jar): expired
// cookies no request has matched since are still there.
func (j *Jar) Stored() []StoredCookie {
	j.mu.Lock()
	defer j.mu.Unlock()
	out := make([]StoredCookie, len(j.cookies))
	for i, c := range j.cookies {
		out[i] = StoredCookie{Cookie: c.Cookie, ExpiresAttr: c.meta.expiresAttr, MaxAge: c.meta.maxAge,
			HostOnlyUnset: c.meta.hostOnlyUnset, PathIsDefault: c.meta.pathIsDefault, Extensions: c.meta.extensions,
			SameSite: c.meta.sameSite, Creation: c.created, LastAccessed: c.meta.lastAccessed}
	}
	return out
}

// Load adds cookies (e.g. from --cookie-jar); each must carry its Domain.
func (j *Jar) Load(cs []httpmsg.Cookie) {
	stored := make([]StoredCookie, len(cs))
	for i, c := range cs {
		stored[i] = StoredCookie{Cookie: c, ExpiresAttr: c.Expires}
	}
	j.LoadStored(stored)
}

// LoadStored adds cookies as tough-cookie reads a serialised jar
// (--cookie-jar): as they are, expired ones too, keeping their creation and
// access times (now when they have none).
func (j *Jar) LoadStored(cs []StoredCookie) {
	j.mu.Lock()
	defer j.mu.Unlock()
	now := j.now()
	for _, c := range cs {
		c.Domain = strings.ToLower(strings.TrimPrefix(c.Domain, "."))
		if c.Path == "" {
			c.Path = "/"
		}
		jc := jarCookie{Cookie: c.Cookie, created: c.Creation, meta: cookieMeta{expiresAttr: c.ExpiresAttr, maxAge: c.MaxAge,
			hostOnlyUnset: c.HostOnlyUnset, pathIsDefault: c.PathIsDefault, extensions: c.Extensions, sameSite: c.SameSite,
			lastAccessed: c.LastAccessed}}
		if jc.created.IsZero() {
			jc.created = now
		}
		if jc.meta.lastAccessed.IsZero() {
			jc.meta.lastAccessed = now
		}
		j.put(jc)
	}
}

// scriptJar adapts Jar to scripting.CookieJar (pm.cookies.jar()).
type scriptJar struct{ j *Jar }

// parseJarURL reads a URL as tough-cookie does for pm.cookies.jar() (the
// sandbox has already written it out with a protocol and decoded it with
// decodeURI): with url-parse, which rejects nothing. The host name is what
// comes after the slashes (and any user info) up to the first "/", "?" or
// "#", without a port, lower-cased ("{{base}}" and "not a url" are host
// names; "http:///a/b" has the host a); the path runs to the query or
// fragment.
func parseJarURL(raw string) (*url.URL, error) {
	u := &url.URL{Scheme: "http"}
	rest := strings.TrimLeft(raw, " \t\n\v\f\r")
	if i := strings.Index(rest, ":"); i > 0 && validScheme(rest[:i]) {
		u.Scheme, rest = strings.ToLower(rest[:i]), rest[i+1:]
		switch u.Scheme {
		case "http", "https", "ws", "wss", "ftp", "file":
			rest = strings.TrimLeft(rest, "/\\")
		default:
			rest = strings.TrimPrefix(rest, "//")
		}
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	host := rest[:end]
	if at := strings.LastIndex(host, "@"); at >= 0 {
		host = host[at+1:]
	}
	if i := strings.LastIndex(host, ":"); i >= 0 && !strings.HasSuffix(host, "]") && strings.Trim(host[i+1:], "0123456789") == "" {
		host = host[:i]
	}
	host = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(host), "."))
	if strings.Contains(host, ":") && !strings.HasPrefix(host, "[") {
		host = "[" + host + "]"
	}
	u.Host = host
	path := rest[end:]
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	u.Path = path
	return u, nil
}

func validScheme(s string) bool {
	for i, c := range s {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return s != ""
}

func (s scriptJar) Get(raw, name string) (*httpmsg.Cookie, error) {
	all, err := s.GetAll(raw)
	if err != nil {
		return nil, err
	}
	for _, c := range all {
		if c.Name == name {
			c := c
			return &c, nil
		}
	}
	return nil, nil
}

func (s scriptJar) GetAll(raw string) ([]httpmsg.Cookie, error) {
	u, err := parseJarURL(raw)
	if err != nil || u.Host == "" {
		return nil, err // tough-cookie's store finds nothing without a domain
	}
	s.j.mu.Lock()
	defer s.j.mu.Unlock()
	m := s.j.matching(u)
	out := make([]httpmsg.Cookie, len(m))
	for i, c := range m {
		out[i] = c.Cookie
	}
	return out, nil
}

func (s scriptJar) Prepare(raw string, c httpmsg.Cookie) (httpmsg.Cookie, error) {
	u, err := parseJarURL(raw)
	if err != nil {
		return c, err
	}
	hc := &http.Cookie{Name: c.Name, Value: c.Value, Domain: c.Domain, Path: c.Path, Expires: c.Expires, MaxAge: c.MaxAge, HttpOnly: c.HTTPOnly, Secure: c.Secure}
	host := hostOf(u)
	kept, ok := jarCookieFor(u, host, hc, s.j.now())
	if !ok {
		// tough-cookie's error
		return c, fmt.Errorf("Cookie not in this host's domain. Cookie:%s Request:%s", kept.Domain, host)
	}
	return kept, nil
}

func (s scriptJar) Put(c httpmsg.Cookie) {
	s.j.mu.Lock()
	defer s.j.mu.Unlock()
	now := s.j.now()
	s.j.put(jarCookie{Cookie: c, created: now, meta: cookieMeta{lastAccessed: now}})
}

func (s scriptJar) Remove(c httpmsg.Cookie) {
	s.j.mu.Lock()
	defer s.j.mu.Unlock()
	s.j.remove(map[jarKey]bool{{c.Name, c.Domain, c.Path}: true})
}

type jarKey struct{ name, domain, path string }

func (j *Jar) remove(drop map[jarKey]bool) {
	kept := j.cookies[:0]
	for _, c := range j.cookies {
		if !drop[jarKey{c.Name, c.Domain, c.Path}] {
			kept = append(kept, c)
		}
	}
	j.cookies = kept
}

// cookieHeader is the Cookie header value for u ("" when no cookie matches),
// as tough-cookie's getCookieString writes it.
func (j *Jar) cookieHeader(u *url.URL) string {
	j.mu.Lock()
	defer j.mu.Unlock()
	var b strings.Builder
	for _, c := range j.matching(u) {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		if c.Name != "" {
			b.WriteString(c.Name)
			b.WriteByte('=')
		}
		b.WriteString(c.Value)
	}
	return b.String()
}
