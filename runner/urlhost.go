package runner

import (
	"fmt"
	"math"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/net/idna"
)

// domainToASCII is Node's url.domainToASCII, which postman-url-encoder runs
// on every host: the WHATWG URL standard's host parser for a special scheme
// ("127.1", "2130706433" and "0x7f.1" become "127.0.0.1", internationalised
// names punycode, letters lower case, "[0:0::1]" "[::1]"). It returns "" for
// a host that parser rejects (the encoder then keeps the host as it was).
func domainToASCII(s string) string {
	if strings.HasPrefix(s, "[") {
		if !strings.HasSuffix(s, "]") || len(s) < 2 {
			return ""
		}
		return ipv6Host(s[1 : len(s)-1])
	}
	if plainASCIIHost(s) {
		return finishHost(strings.ToLower(s))
	}
	// the URL parser drops tabs and newlines anywhere
	if strings.ContainsAny(s, "\t\n\r") {
		s = tabsAndNewlines.Replace(s)
	}
	domain, ok := percentDecodeUTF8(s)
	if !ok {
		return ""
	}
	for _, label := range strings.Split(domain, ".") {
		if strings.EqualFold(label, "xn--") {
			return "" // an empty punycode label (which the idna package drops)
		}
	}
	ascii, err := idnaProfile().ToASCII(domain)
	if err != nil || ascii == "" {
		return ""
	}
	return finishHost(ascii)
}

var tabsAndNewlines = strings.NewReplacer("\t", "", "\n", "", "\r", "")

// plainASCIIHost reports whether UTS #46 leaves s as it is but for case:
// printable ASCII without "%" and no punycode label.
func plainASCIIHost(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= 0x20 || c >= 0x7f || c == '%' {
			return false
		}
	}
	return !strings.HasPrefix(s, "xn--") && !strings.HasPrefix(s, "XN--") && !strings.Contains(strings.ToLower(s), ".xn--")
}

// finishHost rejects forbidden code points and reads a host that ends in a
// number as an IPv4 address.
func finishHost(ascii string) string {
	for i := 0; i < len(ascii); i++ {
		if forbiddenDomainByte(ascii[i]) {
			return ""
		}
	}
	if endsInANumber(ascii) {
		ip, ok := parseIPv4(ascii)
		if !ok {
			return ""
		}
		return ip
	}
	return ascii
}

// localhostAddr sends a host under .localhost to localhost itself, as
// postman-runtime does (RFC 6761): "api.localhost:8080" → "localhost:8080".
func localhostAddr(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || !strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return addr
	}
	return net.JoinHostPort("localhost", port)
}

// nodeAddr writes an address as Node's errors do: "::1:80", "127.0.0.1:80".
func nodeAddr(a net.Addr) string {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP.String() + ":" + strconv.Itoa(t.Port)
	}
	return fmt.Sprint(a)
}

// nodePort reads a port as Node's net module does (a JavaScript number in
// a string: "80", " 80 ", "0x50", "8e1"), ok when it is a whole number below
// 65536.
func nodePort(s string) (int, bool) {
	s = strings.TrimFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0xA0 || r == 0xFEFF
	})
	if s == "" {
		return 0, false
	}
	var n float64
	if len(s) > 2 && s[0] == '0' && strings.ContainsRune("xXoObB", rune(s[1])) {
		base := map[byte]int{'x': 16, 'X': 16, 'o': 8, 'O': 8, 'b': 2, 'B': 2}[s[1]]
		v, err := strconv.ParseUint(s[2:], base, 32)
		if err != nil {
			return 0, false
		}
		n = float64(v)
	} else {
		for i := 0; i < len(s); i++ {
			if c := s[i]; !(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
				return 0, false
			}
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, false
		}
		n = v
	}
	if n != math.Trunc(n) || n < 0 || n > 65535 {
		return 0, false
	}
	return int(n), true
}

var (
	idnaOnce sync.Once
	idnaP    *idna.Profile
)

// idnaProfile is UTS #46 ToASCII as Node calls it: no hyphen checks, the
// joiner rules, non-transitional, ASCII beyond RFC 1034 letters allowed, no
// length checks (and, as Node, no bidi rule: "aا.com" is accepted).
func idnaProfile() *idna.Profile {
	idnaOnce.Do(func() {
		idnaP = idna.New(idna.MapForLookup(), idna.Transitional(false),
			idna.StrictDomainName(false), idna.CheckHyphens(false), idna.CheckJoiners(true),
			idna.VerifyDNSLength(false))
	})
	return idnaP
}

// percentDecodeUTF8 decodes %XX escapes (others stay as they are) and reads
// the bytes as UTF-8, as the host parser does; ok is false when they are not
// valid UTF-8 (the standard replaces such bytes with U+FFFD, which no host
// may hold).
func percentDecodeUTF8(s string) (string, bool) {
	if strings.IndexByte(s, '%') >= 0 {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				v, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
				b.WriteByte(byte(v))
				i += 2
				continue
			}
			b.WriteByte(s[i])
		}
		s = b.String()
	}
	s = strings.TrimPrefix(s, "\uFEFF")
	for _, r := range s {
		if r == 0xFFFD {
			return "", false
		}
	}
	return s, true
}

// forbiddenDomainByte: the URL standard's forbidden domain code points in ASCII.
func forbiddenDomainByte(c byte) bool {
	if c <= 0x20 || c == 0x7f {
		return true
	}
	return strings.IndexByte("#%/:<>?@[\\]^|", c) >= 0
}

// endsInANumber: the last label (less an empty one after a final dot) is
// all digits or an IPv4 number ("0x1f").
func endsInANumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last == "" {
		return false
	}
	digits := true
	for i := 0; i < len(last); i++ {
		digits = digits && last[i] >= '0' && last[i] <= '9'
	}
	if digits {
		return true
	}
	_, ok := ipv4Number(last)
	return ok
}

// parseIPv4 is the URL standard's IPv4 parser: one to four decimal, octal
// ("017") or hexadecimal ("0x7f") numbers, the last filling the bytes left.
func parseIPv4(s string) (string, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return "", false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, ok := ipv4Number(p)
		if !ok {
			return "", false
		}
		nums[i] = n
	}
	for _, n := range nums[:len(nums)-1] {
		if n > 255 {
			return "", false
		}
	}
	last := nums[len(nums)-1]
	if last >= uint64(math.Pow(256, float64(5-len(nums)))) {
		return "", false
	}
	ip := last
	for i, n := range nums[:len(nums)-1] {
		ip += n << (8 * (3 - i))
	}
	return strconv.FormatUint(ip>>24, 10) + "." + strconv.FormatUint(ip>>16&255, 10) + "." +
		strconv.FormatUint(ip>>8&255, 10) + "." + strconv.FormatUint(ip&255, 10), true
}

// ipv4Number parses one part of an IPv4 address; values beyond 2^32 are
// clamped (they fail later all the same).
func ipv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	base := uint64(10)
	switch {
	case len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X"):
		s, base = s[2:], 16
	case len(s) >= 2 && s[0] == '0':
		s, base = s[1:], 8
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		var d uint64
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			d = uint64(c - '0')
		case c >= 'a' && c <= 'f':
			d = uint64(c-'a') + 10
		case c >= 'A' && c <= 'F':
			d = uint64(c-'A') + 10
		default:
			return 0, false
		}
		if d >= base {
			return 0, false
		}
		if n < 1<<40 {
			n = n*base + d
		}
	}
	return n, true
}

// ipv6Host parses the inside of "[…]" and writes it as the URL standard
// serialises it: lower-case hexadecimal pieces, the first longest run of two
// or more zero pieces as "::", an embedded IPv4 address in hexadecimal.
func ipv6Host(s string) string {
	if strings.IndexByte(s, '%') >= 0 {
		return "" // no zones in URLs
	}
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is6() {
		return ""
	}
	b := a.As16()
	var pieces [8]uint16
	for i := range pieces {
		pieces[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	start, length := -1, 1
	for i := 0; i < 8; {
		if pieces[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && pieces[j] == 0 {
			j++
		}
		if j-i > length {
			start, length = i, j-i
		}
		i = j
	}
	var out strings.Builder
	out.WriteByte('[')
	for i := 0; i < 8; i++ {
		if i == start {
			out.WriteString("::")
			i += length - 1
			continue
		}
		if i > 0 && i != start+length {
			out.WriteByte(':')
		}
		out.WriteString(strconv.FormatUint(uint64(pieces[i]), 16))
	}
	out.WriteByte(']')
	return out.String()
}
