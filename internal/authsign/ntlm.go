package authsign

import (
	"crypto/des"
	"crypto/hmac"
	"crypto/md5"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/courier-run/courier/internal/lazyre"
)

// NTLM message building as httpntlm 1.8.13 (used by postman-runtime) does:
// NTLMv2 responses when the server negotiates extended session security and
// sends target info, the NTLM2 session response when it sends none, NTLMv1
// (LM and NT responses) without extended security. [MS-NLMP] describes the
// messages.

const (
	ntlmNegotiateUnicode       = 0x00000001
	ntlmNegotiateOEMDomain     = 0x00001000
	ntlmNegotiateExtendedSec   = 0x00080000
	ntlmNegotiateTargetInfo    = 0x00800000
	ntlmType1Flags             = 0xA208B207 // Unicode|OEM|RequestTarget|NTLM|OEMDomain|OEMWorkstation|AlwaysSign|ExtendedSec|Version|128|56
	ntlmType3Flags             = 0xA2888205 // Unicode|RequestTarget|NTLM|AlwaysSign|ExtendedSec|TargetInfo|Version|128|56
	ntlmEpochDiffMilliseconds  = 11644473600000
	ntlmSignature              = "NTLMSSP\x00"
	ntlmWindowsXPVersionMarker = "\x05\x01\x28\x0a\x00\x00\x00\x0f" // 5.1 build 2600, NTLM revision 15
)

var ntlmType2Re = lazyre.New(`NTLM (.+)?`)

// ntlmCredentials reads username, domain and workstation; a domain may come
// from the username as DOMAIN\user or user@DOMAIN.
func ntlmCredentials(p Params) (username, password, domain, workstation string) {
	username, password = p.Get("username"), p.Get("password")
	domain, workstation = p.Get("domain"), p.Get("workstation")
	if domain != "" {
		return
	}
	back := strings.Split(username, `\`)
	at := strings.Split(username, "@")
	switch {
	case len(back) > 1 && len(at) > 1:
	case len(back) == 2 && back[0] != "" && back[1] != "":
		domain, username = back[0], back[1]
	case len(at) == 2 && at[0] != "" && at[1] != "":
		domain, username = at[1], at[0]
	}
	return
}

// ntlmType1 builds the NEGOTIATE message header value.
func ntlmType1(domain, workstation string) string {
	dom := jsEscape(strings.ToUpper(domain))
	ws := jsEscape(strings.ToUpper(workstation))
	flags := uint32(ntlmType1Flags)
	if dom == "" {
		flags -= ntlmNegotiateOEMDomain
	}
	buf := make([]byte, 40, 40+len(dom)+len(ws))
	copy(buf, ntlmSignature)
	binary.LittleEndian.PutUint32(buf[8:], 1)
	binary.LittleEndian.PutUint32(buf[12:], flags)
	binary.LittleEndian.PutUint16(buf[16:], uint16(len(dom)))
	binary.LittleEndian.PutUint16(buf[18:], uint16(len(dom)))
	binary.LittleEndian.PutUint32(buf[20:], uint32(40+len(ws)))
	binary.LittleEndian.PutUint16(buf[24:], uint16(len(ws)))
	binary.LittleEndian.PutUint16(buf[26:], uint16(len(ws)))
	binary.LittleEndian.PutUint32(buf[28:], 40)
	copy(buf[32:], ntlmWindowsXPVersionMarker)
	buf = append(buf, ws...)
	buf = append(buf, dom...)
	return "NTLM " + base64.StdEncoding.EncodeToString(buf)
}

type ntlmChallenge struct {
	flags      uint32
	challenge  []byte
	targetInfo []byte
}

// parseNTLMType2 reads the CHALLENGE message from a WWW-Authenticate value.
func parseNTLMType2(value string) (*ntlmChallenge, error) {
	m := ntlmType2Re().FindStringSubmatch(value)
	if m == nil || m[1] == "" {
		return nil, errors.New("Couldn't find NTLM in the message type2 coming from the server")
	}
	buf := nodeBase64Decode(m[1])
	if len(buf) < 32 {
		return nil, errors.New("ntlm: server did not correctly process authentication request")
	}
	if int16(binary.LittleEndian.Uint16(buf[8:])) != 2 {
		return nil, errors.New("Server didn't return a type 2 message")
	}
	c := &ntlmChallenge{
		flags:     binary.LittleEndian.Uint32(buf[20:]),
		challenge: append([]byte(nil), buf[24:32]...),
	}
	if c.flags&ntlmNegotiateTargetInfo != 0 {
		if len(buf) < 48 {
			return nil, errors.New("ntlm: server did not correctly process authentication request")
		}
		n := int(int16(binary.LittleEndian.Uint16(buf[40:])))
		off := int(int32(binary.LittleEndian.Uint32(buf[44:])))
		lo, hi := clamp(off, len(buf)), clamp(off+n, len(buf))
		if hi > lo {
			c.targetInfo = append([]byte(nil), buf[lo:hi]...)
		} else {
			c.targetInfo = []byte{}
		}
	}
	return c, nil
}

func clamp(i, n int) int {
	if i < 0 {
		return 0
	}
	if i > n {
		return n
	}
	return i
}

// ntlmType3 builds the AUTHENTICATE message header value.
func ntlmType3(c *ntlmChallenge, username, password, domain, workstation string, now time.Time, r io.Reader) (string, error) {
	unicode := c.flags&ntlmNegotiateUnicode != 0
	dom := jsEscape(strings.ToUpper(domain))
	ws := jsEscape(strings.ToUpper(workstation))
	enc := latin1Bytes
	if unicode {
		enc = utf16LE
	}
	domB, userB, wsB := enc(dom), enc(username), enc(ws)

	ntHash := ntlmNTHash(password)
	var lmResp, ntResp []byte
	if c.flags&ntlmNegotiateExtendedSec != 0 {
		cc := make([]byte, 8)
		if _, err := io.ReadFull(r, cc); err != nil {
			return "", err
		}
		if c.targetInfo != nil {
			lmResp, ntResp = ntlmV2Response(ntHash, username, dom, c.targetInfo, c.challenge, cc, now)
		} else {
			lmResp = append(append([]byte(nil), cc...), make([]byte, 16)...)
			sess := md5.Sum(append(append([]byte(nil), c.challenge...), cc...))
			ntResp = ntlmDESResponse(ntHash[:], sess[:8])
		}
	} else {
		lmResp = ntlmDESResponse(ntlmLMHash(password), c.challenge)
		ntResp = ntlmDESResponse(ntHash[:], c.challenge)
	}

	const body = 72
	flags := uint32(ntlmType3Flags)
	if !unicode {
		flags -= ntlmNegotiateUnicode
	}
	buf := make([]byte, body)
	copy(buf, ntlmSignature)
	binary.LittleEndian.PutUint32(buf[8:], 3)
	field := func(at, n, off int) {
		binary.LittleEndian.PutUint16(buf[at:], uint16(n))
		binary.LittleEndian.PutUint16(buf[at+2:], uint16(n))
		binary.LittleEndian.PutUint32(buf[at+4:], uint32(off))
	}
	strs := len(domB) + len(userB) + len(wsB)
	field(12, len(lmResp), body+strs)
	field(20, len(ntResp), body+strs+len(lmResp))
	field(28, len(domB), body)
	field(36, len(userB), body+len(domB))
	field(44, len(wsB), body+len(domB)+len(userB))
	field(52, 0, body+strs+len(lmResp)+len(ntResp))
	binary.LittleEndian.PutUint32(buf[60:], flags)
	copy(buf[64:], ntlmWindowsXPVersionMarker)
	for _, part := range [][]byte{domB, userB, wsB, lmResp, ntResp} {
		buf = append(buf, part...)
	}
	return "NTLM " + base64.StdEncoding.EncodeToString(buf), nil
}

// ntlmNTHash is NTOWFv1: MD4 of the UTF-16LE password.
func ntlmNTHash(password string) [16]byte { return md4(utf16LE(password)) }

// ntlmV2Key is NTOWFv2 (the domain as given: httpntlm passes it upper-cased).
func ntlmV2Key(ntHash [16]byte, username, domain string) []byte {
	return hmacMD5(ntHash[:], utf16LE(strings.ToUpper(username)+domain))
}

func hmacMD5(key, data []byte) []byte {
	m := hmac.New(md5.New, key)
	m.Write(data)
	return m.Sum(nil)
}

func ntlmV2Response(ntHash [16]byte, username, domain string, targetInfo, serverChallenge, clientChallenge []byte, now time.Time) (lm, nt []byte) {
	key := ntlmV2Key(ntHash, username, domain)
	lm = append(hmacMD5(key, append(append([]byte(nil), serverChallenge...), clientChallenge...)), clientChallenge...)
	ts := make([]byte, 8)
	binary.LittleEndian.PutUint64(ts, uint64(now.UnixMilli()+ntlmEpochDiffMilliseconds)*10000)
	temp := []byte{1, 1, 0, 0, 0, 0, 0, 0}
	temp = append(temp, ts...)
	temp = append(temp, clientChallenge...)
	temp = append(temp, 0, 0, 0, 0)
	temp = append(temp, targetInfo...)
	temp = append(temp, 0, 0, 0, 0)
	proof := hmacMD5(key, append(append([]byte(nil), serverChallenge...), temp...))
	nt = append(proof, temp...)
	return lm, nt
}

// ntlmLMHash is the LM hash (upper-cased password, 14 bytes, two DES keys).
func ntlmLMHash(password string) []byte {
	pw := make([]byte, 14)
	copy(pw, latin1Bytes(strings.ToUpper(password)))
	magic := []byte("KGS!@#$%")
	out := make([]byte, 16)
	desEncrypt(pw[:7], magic, out[:8])
	desEncrypt(pw[7:], magic, out[8:])
	return out
}

// ntlmDESResponse pads the hash to 21 bytes and DES-encrypts the 8-byte
// challenge with each 7-byte third.
func ntlmDESResponse(hash, challenge []byte) []byte {
	k := make([]byte, 21)
	copy(k, hash)
	out := make([]byte, 24)
	for i := 0; i < 3; i++ {
		desEncrypt(k[7*i:7*i+7], challenge[:8], out[8*i:8*i+8])
	}
	return out
}

// desEncrypt spreads a 7-byte key over 8 bytes (a zero bit after every 7
// bits) and encrypts one block.
func desEncrypt(key7, block, dst []byte) {
	var bitsIn uint64
	for _, b := range key7 {
		bitsIn = bitsIn<<8 | uint64(b)
	}
	key := make([]byte, 8)
	for i := 0; i < 8; i++ {
		key[i] = byte((bitsIn>>(49-7*uint(i)))&0x7f) << 1
	}
	c, _ := des.NewCipher(key) // an 8-byte key never fails
	c.Encrypt(dst, block)
}

// ntlmMessageType is the type of the NTLM message in an Authorization value
// ("NTLM <base64>"), or 0.
func ntlmMessageType(v string) int {
	if !strings.HasPrefix(v, "NTLM ") {
		return 0
	}
	b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(v[5:]))
	if err != nil || len(b) < 12 || string(b[:8]) != ntlmSignature {
		return 0
	}
	return int(binary.LittleEndian.Uint32(b[8:]))
}

func hasNTLMChallenge(h http.Header) bool {
	for k, vs := range h {
		if !strings.EqualFold(k, "WWW-Authenticate") {
			continue
		}
		for _, v := range vs {
			if v == "NTLM" || v == "Negotiate" || strings.Contains(v, "NTLM") {
				return true
			}
		}
	}
	return false
}

func retryNTLM(req *http.Request, p Params, resp *http.Response, env Env) (bool, error) {
	if resp.StatusCode != 401 && resp.StatusCode != 403 {
		return false, nil
	}
	username, password, domain, workstation := ntlmCredentials(p)
	switch ntlmMessageType(headerGet(req, "Authorization")) {
	case 1:
		var value string
		for k, vs := range resp.Header {
			if !strings.EqualFold(k, "WWW-Authenticate") {
				continue
			}
			for _, v := range vs {
				if strings.HasPrefix(v, "NTLM ") && value == "" {
					value = v
				}
			}
		}
		if value == "" {
			return false, errors.New("ntlm: server did not send NTLM type 2 message")
		}
		c, err := parseNTLMType2(value)
		if err != nil {
			return false, errors.New("ntlm: server did not correctly process authentication request")
		}
		msg, err := ntlmType3(c, username, password, domain, workstation, env.now(), env.rand())
		if err != nil {
			return false, err
		}
		removeHeader(req, "Authorization")
		addHeader(req, "Authorization", msg)
		return true, nil
	case 3:
		return false, nil
	}
	if !hasNTLMChallenge(resp.Header) {
		return false, nil
	}
	removeHeader(req, "Authorization")
	addHeader(req, "Authorization", ntlmType1(domain, workstation))
	return true, nil
}
