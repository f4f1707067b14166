package testserver

import (
	"bytes"
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"regexp"
	"strconv"
	"strings"
)

// The raw server answers every request with its echo (see raw.go); a few
// paths shape the response around it, for what only a response can trigger
// in a client (all stateless: the answer depends on the request alone):
//
//	/redirect?to=URL&status=302&cookie=k%3Dv   a redirect (status 300..399,
//	                        default 302) to URL, with a Set-Cookie per cookie
//	/digest?qop=auth&algorithm=MD5&pass=p      401 with a Digest challenge unless
//	                        the request carries a right "Authorization: Digest"
//	                        (any user, password pass, default "p"); the answer
//	                        says "verified": whether it was right
//	/ntlm                   the NTLM handshake: 401 "WWW-Authenticate: NTLM",
//	                        a Type 1 message gets a 401 with a fixed Type 2
//	                        challenge, a Type 3 message gets 200
//	/respond?status=200&reason=OK&h=Name:%20value&chunked=1&t=Name:%20value&eof=1&interim=100
//	                        exactly the headers h, in order and as spelled
//	                        (Content-Length or Transfer-Encoding added when
//	                        missing), the echo as body: chunked with trailers
//	                        t if asked, or (eof) delimited by closing the
//	                        connection; after an interim 1xx response if asked
//
// Every other path gets 200 with Content-Type, Content-Length and Connection.

// rawReply is the response the raw server writes around an echo.
type rawReply struct {
	status   int
	reason   string
	headers  [][2]string // before the default ones
	exact    bool        // headers are all there is (/respond)
	chunked  bool
	trailers [][2]string // after a chunked body
	eof      bool        // the body ends when the connection closes
	interim  int         // a 1xx response to send first
	verified *bool       // digest: whether the Authorization was right
}

const (
	digestRealm  = "raw@courier"
	digestNonce  = "dcd98b7102dd2f0e8b11d0f600bfb0c093"
	digestOpaque = "5ccc069c403ebaf9f0171e9517f40e41"
	// ntlmType2 is a Type 2 challenge without target information (NTLM v1
	// responses, so the client's Type 3 message is deterministic).
	ntlmType2 = "TlRMTVNTUAACAAAAAAAAADAAAAAEgiCAASNFZ4mrze8AAAAAAAAAAAAAAAAAAAAA"
)

func rawRoute(req *rawRequest) rawReply {
	rep := rawReply{status: 200, reason: "OK"}
	path, query, _ := strings.Cut(req.target, "?")
	q := parsePairs(query)
	get := func(k, def string) string {
		for _, p := range q {
			if p.Key == k {
				return p.Value
			}
		}
		return def
	}
	switch path {
	case "/redirect":
		rep.status, rep.reason = 302, "Found"
		if n, err := strconv.Atoi(get("status", "302")); err == nil && n >= 300 && n <= 399 {
			rep.status, rep.reason = n, reasons[n]
		}
		rep.headers = append(rep.headers, [2]string{"Location", get("to", "/")})
		for _, p := range q {
			if p.Key == "cookie" {
				rep.headers = append(rep.headers, [2]string{"Set-Cookie", p.Value})
			}
		}
	case "/digest":
		auth := req.header("Authorization")
		ok := len(auth) > 7 && strings.EqualFold(auth[:7], "Digest ") && digestValid(req.method, auth[7:], get("pass", "p"))
		rep.verified = &ok
		if !ok {
			rep.status, rep.reason = 401, "Unauthorized"
			ch := `Digest realm="` + digestRealm + `"`
			if qop := get("qop", "auth"); qop != "" {
				ch += `, qop="` + qop + `"`
			}
			ch += `, nonce="` + digestNonce + `", opaque="` + digestOpaque + `"`
			if a := get("algorithm", ""); a != "" {
				ch += `, algorithm=` + a
			}
			rep.headers = append(rep.headers, [2]string{"WWW-Authenticate", ch})
		}
	case "/ntlm":
		auth := req.header("Authorization")
		msg := []byte(nil)
		if len(auth) > 5 && strings.EqualFold(auth[:5], "NTLM ") {
			msg, _ = base64.StdEncoding.DecodeString(strings.TrimSpace(auth[5:]))
		}
		switch {
		case len(msg) > 8 && msg[8] == 1:
			rep.status, rep.reason = 401, "Unauthorized"
			rep.headers = append(rep.headers, [2]string{"WWW-Authenticate", "NTLM " + ntlmType2})
		case len(msg) > 8 && msg[8] == 3:
		default:
			rep.status, rep.reason = 401, "Unauthorized"
			rep.headers = append(rep.headers, [2]string{"WWW-Authenticate", "NTLM"})
		}
	case "/respond":
		rep.exact = true
		if n, err := strconv.Atoi(get("status", "200")); err == nil && n >= 200 && n <= 599 {
			rep.status, rep.reason = n, reasons[n]
		}
		if r, ok := pairMap(q)["reason"]; ok {
			rep.reason = r
		}
		rep.chunked = get("chunked", "") == "1"
		rep.eof = get("eof", "") == "1"
		if n, err := strconv.Atoi(get("interim", "")); err == nil && n >= 100 && n <= 199 {
			rep.interim = n
		}
		for _, p := range q {
			k, v, _ := strings.Cut(p.Value, ":")
			switch p.Key {
			case "h":
				rep.headers = append(rep.headers, [2]string{k, strings.TrimLeft(v, " ")})
			case "t":
				rep.trailers = append(rep.trailers, [2]string{k, strings.TrimLeft(v, " ")})
			}
		}
	}
	if rep.reason == "" && !rep.exact {
		rep.reason = "Status"
	}
	return rep
}

var reasons = map[int]string{
	200: "OK", 201: "Created", 204: "No Content", 300: "Multiple Choices", 301: "Moved Permanently",
	302: "Found", 303: "See Other", 304: "Not Modified", 305: "Use Proxy", 307: "Temporary Redirect",
	308: "Permanent Redirect", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
	404: "Not Found", 500: "Internal Server Error", 100: "Continue", 103: "Early Hints",
}

// bytes is the whole response with body as its body (a HEAD request, 204
// and 304 get the head alone).
func (r rawReply) bytes(method string, body []byte, closeConn bool) []byte {
	noBody := method == "HEAD" || r.status == 204 || r.status == 304
	var b bytes.Buffer
	if r.interim != 0 {
		fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n\r\n", r.interim, reasons[r.interim])
	}
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", r.status, r.reason)
	has := func(name string) bool {
		for _, h := range r.headers {
			if strings.EqualFold(h[0], name) {
				return true
			}
		}
		return false
	}
	for _, h := range r.headers {
		fmt.Fprintf(&b, "%s: %s\r\n", h[0], h[1])
	}
	if !r.exact {
		b.WriteString("Content-Type: application/json; charset=utf-8\r\n")
	}
	switch {
	case r.status == 204 || r.status == 304 || r.eof:
	case r.chunked && !has("Transfer-Encoding"):
		b.WriteString("Transfer-Encoding: chunked\r\n")
	case !r.chunked && !has("Content-Length"):
		fmt.Fprintf(&b, "Content-Length: %d\r\n", len(body))
	}
	if !r.exact {
		if closeConn {
			b.WriteString("Connection: close\r\n")
		} else {
			b.WriteString("Connection: keep-alive\r\n")
		}
	}
	b.WriteString("\r\n")
	if noBody {
		return b.Bytes()
	}
	if !r.chunked {
		b.Write(body)
		return b.Bytes()
	}
	// two chunks, so a client has to put them together
	half := len(body) / 2
	for _, part := range [][]byte{body[:half], body[half:]} {
		if len(part) > 0 {
			fmt.Fprintf(&b, "%x\r\n%s\r\n", len(part), part)
		}
	}
	b.WriteString("0\r\n")
	for _, t := range r.trailers {
		fmt.Fprintf(&b, "%s: %s\r\n", t[0], t[1])
	}
	b.WriteString("\r\n")
	return b.Bytes()
}

var digestFieldRE = regexp.MustCompile(`(\w+)=("([^"]*)"|[^,\s]*)`)

// digestValid checks a Digest Authorization against the fixed challenge
// (RFC 7616: MD5 or SHA-256, optionally -sess, qop auth or none).
func digestValid(method, params, pass string) bool {
	f := map[string]string{}
	for _, m := range digestFieldRE.FindAllStringSubmatch(params, -1) {
		v := m[2]
		if strings.HasPrefix(v, `"`) {
			v = m[3]
		}
		f[strings.ToLower(m[1])] = v
	}
	if f["realm"] != digestRealm || f["nonce"] != digestNonce {
		return false
	}
	var newHash func() hash.Hash
	algo := strings.ToUpper(f["algorithm"])
	switch strings.TrimSuffix(algo, "-SESS") {
	case "", "MD5":
		newHash = md5.New
	case "SHA-256":
		newHash = sha256.New
	default:
		return false
	}
	h := func(s string) string {
		x := newHash()
		x.Write([]byte(s))
		return hex.EncodeToString(x.Sum(nil))
	}
	ha1 := h(f["username"] + ":" + digestRealm + ":" + pass)
	if strings.HasSuffix(algo, "-SESS") {
		ha1 = h(ha1 + ":" + digestNonce + ":" + f["cnonce"])
	}
	ha2 := h(method + ":" + f["uri"])
	want := h(ha1 + ":" + digestNonce + ":" + ha2)
	if f["qop"] != "" {
		want = h(ha1 + ":" + digestNonce + ":" + f["nc"] + ":" + f["cnonce"] + ":" + f["qop"] + ":" + ha2)
	}
	return f["response"] == want
}
