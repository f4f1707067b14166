package runner

import (
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/courier-run/courier/collections"
)

// requestProxy is a request's own proxy: its "proxy" member as
// postman-collection's ProxyConfig reads it. postman-runtime hands it to
// postman-request in place of the environment's proxy (HTTP_PROXY, NO_PROXY
// no longer count), and uses it for every URL: its match, bypass and
// disabled members are not looked at.
type requestProxy struct {
	url    *url.URL // http://[user[:password]@]host:port (ProxyConfig#getProxyUrl)
	tunnel bool     // a CONNECT tunnel for http URLs too (https ones always tunnel)
}

// proxyDefaultPort is ProxyConfig's port when none is given.
const proxyDefaultPort = 8080

// newRequestProxy reads a proxy definition (variables resolved; nil when
// the request has none). Its host is the host name of what is given
// (Url#getHost: no protocol, user info, port or path), "" for none (which
// Node takes as localhost); its port is the given one as JavaScript's
// "port >> 0" makes it, 8080 when that is 0.
func newRequestProxy(def map[string]any) *requestProxy {
	if def == nil {
		return nil
	}
	host := ""
	if h, ok := def["host"].(string); ok {
		host = collections.ParseURL(h).HostString()
	}
	port := jsInt32(def["port"])
	if port == 0 {
		port = proxyDefaultPort
	}
	p := &requestProxy{url: &url.URL{Scheme: "http", Host: host + ":" + strconv.Itoa(int(port))}}
	if host == "" {
		p.url.Host = "localhost:" + strconv.Itoa(int(port))
	}
	p.tunnel, _ = def["tunnel"].(bool)
	if auth, _ := def["authenticate"].(bool); auth {
		user, _ := def["username"].(string)
		pass, hasPass := def["password"].(string)
		switch {
		case hasPass && pass != "":
			p.url.User = url.UserPassword(user, pass)
		case user != "":
			p.url.User = url.User(user)
		}
	}
	return p
}

// route is where a request to u goes: through the request's own proxy
// (tunnelled for https or when the proxy says so), else through the
// environment's (tunnelled for https), else straight (nil).
func (r *run) route(u *url.URL, own *requestProxy) (via *url.URL, tunnel bool, err error) {
	if own != nil {
		return own.url, own.tunnel || u.Scheme == "https", nil
	}
	via, err = r.client.proxyFor(u)
	return via, via != nil && (u.Scheme == "https" || isSOCKS(via)), err
}

// jsInt32 is JavaScript's "v >> 0" for a JSON value: a number or a numeric
// string as a 32-bit integer, true as 1, anything else 0.
func jsInt32(v any) int32 {
	var f float64
	switch t := v.(type) {
	case float64:
		f = t
	case int:
		f = float64(t)
	case bool:
		if t {
			return 1
		}
		return 0
	case string:
		s := strings.TrimSpace(t)
		if s == "" {
			return 0
		}
		if len(s) > 2 && s[0] == '0' && strings.ContainsRune("xXoObB", rune(s[1])) {
			base := map[byte]int{'x': 16, 'X': 16, 'o': 8, 'O': 8, 'b': 2, 'B': 2}[s[1]]
			n, err := strconv.ParseUint(s[2:], base, 64)
			if err != nil {
				return 0
			}
			f = float64(n)
		} else {
			n, err := strconv.ParseFloat(s, 64)
			if err != nil || strings.ContainsAny(s, "_xXpP") {
				return 0
			}
			f = n
		}
	default:
		return 0
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return int32(uint32(int64(math.Trunc(math.Mod(f, 1<<32)))))
}
