package authsign

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/md5"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
)

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// RFC 1320 appendix A.5.
func TestMD4(t *testing.T) {
	tests := map[string]string{
		"":                           "31d6cfe0d16ae931b73c59d7e0c089c0",
		"a":                          "bde52cb31de33e46245e05fbdbd6fb24",
		"abc":                        "a448017aaf21d8525fc10ae87aa6729d",
		"message digest":             "d9130a8164549fe818874806e1c7014b",
		"abcdefghijklmnopqrstuvwxyz": "d79e1c308aa5bbcdeea8ed63df412da9",
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789":                   "043f8582f241db351ce627e153e7f0e4",
		"12345678901234567890123456789012345678901234567890123456789012345678901234567890": "e33b4ddc9c38f2199c3e7b164fcc0536",
	}
	for in, want := range tests {
		if got := md4([]byte(in)); hex.EncodeToString(got[:]) != want {
			t.Errorf("md4(%q) = %x, want %s", in, got, want)
		}
	}
}

// [MS-NLMP] section 4.2: user "User", domain "Domain", password "Password",
// server challenge 0123456789abcdef, client challenge aaaaaaaaaaaaaaaa.
func TestNTLMSpecVectors(t *testing.T) {
	serverChallenge := mustHex(t, "0123456789abcdef")
	clientChallenge := mustHex(t, "aaaaaaaaaaaaaaaa")
	nt := ntlmNTHash("Password")
	if got := hex.EncodeToString(nt[:]); got != "a4f49c406510bdcab6824ee7c30fd852" {
		t.Errorf("NTOWFv1 = %s", got)
	}
	if got := hex.EncodeToString(ntlmLMHash("Password")); got != "e52cac67419a9a224a3b108f3fa6cb6d" {
		t.Errorf("LMOWFv1 = %s", got)
	}
	// 4.2.2.2: NTLMv1 responses
	if got := hex.EncodeToString(ntlmDESResponse(nt[:], serverChallenge)); got != "67c43011f30298a2ad35ece64f16331c44bdbed927841f94" {
		t.Errorf("NTLMv1 NT response = %s", got)
	}
	if got := hex.EncodeToString(ntlmDESResponse(ntlmLMHash("Password"), serverChallenge)); got != "98def7b87f88aa5dafe2df779688a172def11c7d5ccdef13" {
		t.Errorf("NTLMv1 LM response = %s", got)
	}
	// 4.2.3.2.2: NTLMv1 with extended session security
	sess := md5.Sum(append(append([]byte(nil), serverChallenge...), clientChallenge...))
	if got := hex.EncodeToString(ntlmDESResponse(nt[:], sess[:8])); got != "7537f803ae367128ca458204bde7caf81e97ed2683267232" {
		t.Errorf("NTLM2 session response = %s", got)
	}
	// 4.2.4: NTLMv2 (time zero, target info: NetBIOS domain "Domain", computer "Server")
	if got := hex.EncodeToString(ntlmV2Key(nt, "User", "Domain")); got != "0c868a403bfd7a93a3001ef22ef02e3f" {
		t.Errorf("NTOWFv2 = %s", got)
	}
	targetInfo := mustHex(t, "02000c0044006f006d00610069006e00 01000c005300650072007600650072000000 0000")
	epoch1601 := time.UnixMilli(-ntlmEpochDiffMilliseconds)
	lm, ntResp := ntlmV2Response(nt, "User", "Domain", targetInfo, serverChallenge, clientChallenge, epoch1601)
	if got := hex.EncodeToString(lm); got != "86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa" {
		t.Errorf("LMv2 response = %s", got)
	}
	if got := hex.EncodeToString(ntResp[:16]); got != "68cd0ab851e51c96aabc927bebef6a1c" {
		t.Errorf("NTProofStr = %s", got)
	}
}

// Messages recorded from httpntlm 1.8.13 (postman-runtime's NTLM library)
// with its clock at 1700000000123 ms and Math.random() = 0.6640625 (client
// challenge bytes 0xaa).
func TestNTLMMessages(t *testing.T) {
	if got := ntlmType1("", ""); got != "NTLM TlRMTVNTUAABAAAAB6IIogAAAAAoAAAAAAAAACgAAAAFASgKAAAADw==" {
		t.Errorf("type 1 = %s", got)
	}
	if got := ntlmType1("Domain", "Computer"); got != "NTLM TlRMTVNTUAABAAAAB7IIogYABgAwAAAACAAIACgAAAAFASgKAAAAD0NPTVBVVEVSRE9NQUlO" {
		t.Errorf("type 1 with domain = %s", got)
	}
	now := time.UnixMilli(1700000000123)
	tests := []struct{ name, type2, want string }{
		{"NTLMv2",
			"NTLM TlRMTVNTUAACAAAAAAAAADAAAAA1goniASNFZ4mrze8AAAAAAAAAACQAJAAwAAAAAgAMAEQAbwBtAGEAaQBuAAEADABTAGUAcgB2AGUAcgAAAAAA",
			"NTLM TlRMTVNTUAADAAAAGAAYAGwAAABUAFQAhAAAAAwADABIAAAACAAIAFQAAAAQABAAXAAAAAAAAADYAAAABYKIogUBKAoAAAAPRABPAE0AQQBJAE4AVQBzAGUAcgBDAE8ATQBQAFUAVABFAFIAo2Tq0H6H92vvB7VV2FZLs6qqqqqqqqqqS+XI6giq6yWINkyjcheEWAEBAAAAAAAAsMR/xkcX2gGqqqqqqqqqqgAAAAACAAwARABvAG0AYQBpAG4AAQAMAFMAZQByAHYAZQByAAAAAAAAAAAA"},
		{"NTLM2 session response",
			"NTLM TlRMTVNTUAACAAAAAAAAADAAAAAFmiiAASNFZ4mrze8AAAAAAAAAAAAAAAAAAAAA",
			"NTLM TlRMTVNTUAADAAAAGAAYAGwAAAAYABgAhAAAAAwADABIAAAACAAIAFQAAAAQABAAXAAAAAAAAACcAAAABYKIogUBKAoAAAAPRABPAE0AQQBJAE4AVQBzAGUAcgBDAE8ATQBQAFUAVABFAFIAqqqqqqqqqqoAAAAAAAAAAAAAAAAAAAAAdTf4A642cSjKRYIEvefK+B6X7SaDJnIy"},
		{"NTLMv1, OEM strings",
			"NTLM TlRMTVNTUAACAAAAAAAAADAAAAAEgiCAASNFZ4mrze8AAAAAAAAAAAAAAAAAAAAA",
			"NTLM TlRMTVNTUAADAAAAGAAYAFoAAAAYABgAcgAAAAYABgBIAAAABAAEAE4AAAAIAAgAUgAAAAAAAACKAAAABIKIogUBKAoAAAAPRE9NQUlOVXNlckNPTVBVVEVSmN73uH+Iql2v4t93loihct7xHH1cze8TZ8QwEfMCmKKtNezmTxYzHES9vtknhB+U"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseNTLMType2(tc.type2)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ntlmType3(c, "User", "Password", "Domain", "Computer", now, byteReader(0xaa))
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("type 3\n got %s\nwant %s", got, tc.want)
			}
		})
	}
	for _, bad := range []string{"Basic x", "NTLM", "NTLM AAAA", "NTLM TlRMTVNTUAABAAAAB6IIogAAAAAoAAAAAAAAACgAAAAFASgKAAAADw=="} {
		if _, err := parseNTLMType2(bad); err == nil {
			t.Errorf("parseNTLMType2(%q) succeeded", bad)
		}
	}
}

func TestNTLMCredentials(t *testing.T) {
	tests := []struct{ user, domain, wantUser, wantDomain string }{
		{`CORP\alice`, "", "alice", "CORP"},
		{"alice@corp.example", "", "alice", "corp.example"},
		{`CORP\alice@x`, "", `CORP\alice@x`, ""},
		{`CORP\alice`, "OTHER", `CORP\alice`, "OTHER"},
		{`\alice`, "", `\alice`, ""},
	}
	for _, tc := range tests {
		u, _, d, _ := ntlmCredentials(params{"username": tc.user, "domain": tc.domain})
		if u != tc.wantUser || d != tc.wantDomain {
			t.Errorf("%q/%q: got %q/%q", tc.user, tc.domain, u, d)
		}
	}
}

type connKey struct{}

// ntlmServer runs the NTLM handshake as a server does: a challenge per
// connection, NTLMv2 verified from [MS-NLMP] 3.3.2 with its own NT hash of
// the password, and the connection authenticated afterwards.
type ntlmServer struct {
	ntHash []byte // NTOWFv1 of the password
	user   string

	mu         sync.Mutex
	challenges map[net.Conn][]byte
	authed     map[net.Conn]bool
	steps      []string
}

func (s *ntlmServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	conn := r.Context().Value(connKey{}).(net.Conn)
	s.mu.Lock()
	defer s.mu.Unlock()
	deny := func(step string, hdr string) {
		s.steps = append(s.steps, step)
		w.Header().Set("WWW-Authenticate", hdr)
		w.WriteHeader(http.StatusUnauthorized)
	}
	if s.authed[conn] {
		s.steps = append(s.steps, "ok")
		io.WriteString(w, "hello "+s.user)
		return
	}
	a := r.Header.Get("Authorization")
	if !strings.HasPrefix(a, "NTLM ") {
		deny("bare", "NTLM")
		return
	}
	msg, err := base64.StdEncoding.DecodeString(a[5:])
	if err != nil || len(msg) < 12 || string(msg[:8]) != "NTLMSSP\x00" {
		deny("garbage", "NTLM")
		return
	}
	switch binary.LittleEndian.Uint32(msg[8:]) {
	case 1:
		challenge := []byte{1, 2, 3, 4, 5, 6, 7, 8}
		s.challenges[conn] = challenge
		ti := []byte{2, 0, 4, 0, 'D', 0, 'M', 0, 0, 0, 0, 0}
		m := make([]byte, 48)
		copy(m, "NTLMSSP\x00")
		binary.LittleEndian.PutUint32(m[8:], 2)
		binary.LittleEndian.PutUint32(m[20:], 0x00000001|0x00000200|0x00080000|0x00800000)
		copy(m[24:], challenge)
		binary.LittleEndian.PutUint16(m[40:], uint16(len(ti)))
		binary.LittleEndian.PutUint16(m[42:], uint16(len(ti)))
		binary.LittleEndian.PutUint32(m[44:], 48)
		deny("negotiate", "NTLM "+base64.StdEncoding.EncodeToString(append(m, ti...)))
	case 3:
		challenge := s.challenges[conn]
		if challenge == nil {
			deny("authenticate on another connection", "NTLM")
			return
		}
		field := func(at int) []byte {
			n := int(binary.LittleEndian.Uint16(msg[at:]))
			off := int(binary.LittleEndian.Uint32(msg[at+4:]))
			if off+n > len(msg) {
				return nil
			}
			return msg[off : off+n]
		}
		ntResp, domain, user := field(20), field(28), field(36)
		decode := func(b []byte) string {
			u := make([]uint16, len(b)/2)
			for i := range u {
				u[i] = binary.LittleEndian.Uint16(b[2*i:])
			}
			return string(utf16.Decode(u))
		}
		mac := func(key, data []byte) []byte {
			m := hmac.New(md5.New, key)
			m.Write(data)
			return m.Sum(nil)
		}
		key := mac(s.ntHash, []byte(encodeUTF16(strings.ToUpper(decode(user))+decode(domain))))
		if len(ntResp) < 16 || !bytes.Equal(mac(key, append(append([]byte(nil), challenge...), ntResp[16:]...)), ntResp[:16]) {
			deny("wrong proof", "NTLM")
			return
		}
		s.authed[conn] = true
		s.steps = append(s.steps, "authenticate")
		io.WriteString(w, "hello "+decode(user))
	default:
		deny("unexpected", "NTLM")
	}
}

func encodeUTF16(s string) string {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

func startNTLMServer(t *testing.T) (*ntlmServer, *httptest.Server) {
	ns := &ntlmServer{ntHash: mustHex(t, "a4f49c406510bdcab6824ee7c30fd852"), user: "User",
		challenges: map[net.Conn][]byte{}, authed: map[net.Conn]bool{}}
	srv := httptest.NewUnstartedServer(ns)
	srv.Config.ConnContext = func(ctx context.Context, c net.Conn) context.Context {
		return context.WithValue(ctx, connKey{}, c)
	}
	srv.Start()
	t.Cleanup(srv.Close)
	return ns, srv
}

func TestNTLMHandshake(t *testing.T) {
	ns, srv := startNTLMServer(t)
	// one connection for the whole exchange
	client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: 1}}
	defer client.CloseIdleConnections()
	env := Env{Now: fixedClock(1700000000), Rand: byteReader(0x42)}
	p := params{"username": `Domain\User`, "password": "Password", "workstation": "ws1", "domain": ""}
	req := newReq(t, "GET", srv.URL+"/secret", "", "Authorization", "Basic stale")
	code, body, sent := exchange(t, client, req, nil, "ntlm", p, env)
	if code != 200 || body != "hello User" {
		t.Fatalf("final response %d %q (steps %v)", code, body, ns.steps)
	}
	if got := strings.Join(ns.steps, ","); got != "bare,negotiate,authenticate" {
		t.Errorf("server steps = %s", got)
	}
	if len(sent) != 3 || sent[0] != "" || ntlmMessageType(sent[1]) != 1 || ntlmMessageType(sent[2]) != 3 {
		t.Errorf("sent %q", sent)
	}
	// the connection stays authenticated: the next request goes out bare
	code, _, sent = exchange(t, client, newReq(t, "GET", srv.URL+"/again", ""), nil, "ntlm", p, env)
	if code != 200 || len(sent) != 1 {
		t.Errorf("second request: %d after %d sends", code, len(sent))
	}

	// a wrong password: Type 3 is rejected and the exchange stops there
	ns2, srv2 := startNTLMServer(t)
	client2 := &http.Client{Transport: &http.Transport{MaxConnsPerHost: 1}}
	defer client2.CloseIdleConnections()
	code, _, sent = exchange(t, client2, newReq(t, "GET", srv2.URL+"/", ""), nil, "ntlm", params{"username": "User", "password": "nope", "domain": "Domain"}, env)
	if code != 401 || len(sent) != 3 || strings.Join(ns2.steps, ",") != "bare,negotiate,wrong proof" {
		t.Errorf("wrong password: %d after %d sends, steps %v", code, len(sent), ns2.steps)
	}

	// disableRetryRequest: no handshake
	code, _, sent = exchange(t, client2, newReq(t, "GET", srv2.URL+"/", ""), nil, "ntlm", params{"username": "User", "disableRetryRequest": "true"}, env)
	if code != 401 || len(sent) != 1 {
		t.Errorf("disableRetryRequest: %d after %d sends", code, len(sent))
	}
}

func TestNTLMRetryEdges(t *testing.T) {
	env := Env{Rand: byteReader(1)}
	resp := func(code int, hdrs ...string) *http.Response {
		h := http.Header{}
		for _, v := range hdrs {
			h.Add("WWW-Authenticate", v)
		}
		return &http.Response{StatusCode: code, Header: h}
	}
	req := newReq(t, "GET", "http://h/", "")
	if ok, _ := Retry(req, nil, "ntlm", params{}, resp(200), env); ok {
		t.Error("retried a 200")
	}
	if ok, _ := Retry(req, nil, "ntlm", params{}, resp(401, `Basic realm="x"`), env); ok {
		t.Error("retried without an NTLM challenge")
	}
	if ok, _ := Retry(req, nil, "ntlm", params{}, resp(403, "Negotiate"), env); !ok || ntlmMessageType(headerGet(req, "Authorization")) != 1 {
		t.Error("403 with Negotiate should start the handshake")
	}
	// the server answers the negotiate message without a Type 2 message
	ok, err := Retry(req, nil, "ntlm", params{}, resp(401, "NTLM"), env)
	if ok || err == nil || err.Error() != "ntlm: server did not send NTLM type 2 message" {
		t.Errorf("missing type 2: ok=%v err=%v", ok, err)
	}
	if ok, err := Retry(req, nil, "ntlm", params{}, resp(401, "NTLM AAAA"), env); ok || err == nil {
		t.Errorf("bad type 2: ok=%v err=%v", ok, err)
	}
}
