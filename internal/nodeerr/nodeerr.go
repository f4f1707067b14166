// Package nodeerr knows what Node.js (and postman-request, which Newman sends
// with) puts on a request error besides its name and message: the own,
// enumerable properties such as code, errno, syscall, address and port.
// courier's runner words its request errors as Node words them
// ("connect ECONNREFUSED 127.0.0.1:1", "getaddrinfo ENOTFOUND host",
// "ESOCKETTIMEDOUT"), so the message is enough to tell them.
//
// These properties are all that survives of a request error where Newman's
// sandbox hands it to pm.sendRequest's callback (postman-sandbox 4 copies an
// error's enumerable properties only), and what Newman's json report shows as
// an execution's requestError.
package nodeerr

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
)

// Prop is one property: its value is an int, a string or a bool.
type Prop struct {
	Key   string
	Value any
}

// errnos are libuv's numbers (Linux) for the system error codes courier reports.
var errnos = map[string]int{
	"ECONNREFUSED": -111, "ENOTFOUND": -3008, "EAI_AGAIN": -3001, "ECONNRESET": -104, "ETIMEDOUT": -110,
	"EHOSTUNREACH": -113, "ENETUNREACH": -101, "EPIPE": -32, "ECONNABORTED": -103, "EADDRNOTAVAIL": -99,
}

// systemError is a Node system error's message: "syscall CODE detail" or a
// bare code (postman-request's own timeouts).
var systemError = regexp.MustCompile(`^(?:(connect|getaddrinfo|read|write|queryA) )?(E[A-Z_]+)\b(?: (\S+))?`)

// codeOnly are messages of errors that carry nothing but a code: what Node's
// http module and net.connect refuse, and postman-request's tunnel agent.
var codeOnly = []struct{ prefix, code string }{
	{"Request path contains unescaped characters", "ERR_UNESCAPED_CHARACTERS"},
	{"Header name must be a valid HTTP token [", "ERR_INVALID_HTTP_TOKEN"},
	{"Invalid character in header content [", "ERR_INVALID_CHAR"},
	{"Port should be >= 0 and < 65536.", "ERR_SOCKET_BAD_PORT"},
	{"tunneling socket could not be established, ", "ECONNRESET"},
}

// Props returns the enumerable properties of the request error with this
// message, in the order Node defines them; nil for an error that has none
// (one postman-runtime or postman-request raises itself: "Invalid URI …",
// "runtime:extensions~request: request url is empty").
func Props(msg string) []Prop {
	for _, c := range codeOnly {
		if strings.HasPrefix(msg, c.prefix) {
			return []Prop{{"code", c.code}}
		}
	}
	m := systemError.FindStringSubmatch(msg)
	if m == nil {
		return nil
	}
	syscall, code, detail := m[1], m[2], m[3]
	var ps []Prop
	if n, ok := errnos[code]; ok && syscall != "" {
		ps = append(ps, Prop{"errno", n})
	}
	ps = append(ps, Prop{"code", code})
	if syscall != "" {
		ps = append(ps, Prop{"syscall", syscall})
	}
	switch syscall {
	case "getaddrinfo", "queryA":
		if detail != "" {
			ps = append(ps, Prop{"hostname", detail})
		}
	case "connect":
		// Node writes address:port, an IPv6 address without brackets
		if i := strings.LastIndexByte(detail, ':'); i > 0 {
			if p, err := strconv.Atoi(detail[i+1:]); err == nil && p >= 0 {
				ps = append(ps, Prop{"address", detail[:i]}, Prop{"port", p})
			}
		}
	}
	if syscall == "" && (code == "ESOCKETTIMEDOUT" || code == "ETIMEDOUT") {
		// postman-request's timeouts: ETIMEDOUT while connecting, ESOCKETTIMEDOUT after
		ps = append(ps, Prop{"connect", code == "ETIMEDOUT"})
	}
	return ps
}

// JSON is the properties as a JSON object ("{}" when there are none).
func JSON(ps []Prop) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(p.Key)
		v, _ := json.Marshal(p.Value)
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.String()
}
