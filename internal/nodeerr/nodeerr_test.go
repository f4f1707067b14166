package nodeerr

import (
	"encoding/json"
	"testing"
)

// The properties are those Newman 6.2.2's sandbox handed pm.sendRequest's
// callback for the same errors (testdata/newman/sendrequest), and Node's for
// the codes that collection does not reach.
func TestProps(t *testing.T) {
	tests := []struct{ msg, want string }{
		{"connect ECONNREFUSED 127.0.0.1:1", `{"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"127.0.0.1","port":1}`},
		{"connect ECONNREFUSED ::1:8080", `{"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"::1","port":8080}`},
		{"getaddrinfo ENOTFOUND courier-test.invalid", `{"errno":-3008,"code":"ENOTFOUND","syscall":"getaddrinfo","hostname":"courier-test.invalid"}`},
		{"getaddrinfo EAI_AGAIN host", `{"errno":-3001,"code":"EAI_AGAIN","syscall":"getaddrinfo","hostname":"host"}`},
		{"read ECONNRESET", `{"errno":-104,"code":"ECONNRESET","syscall":"read"}`},
		{"ESOCKETTIMEDOUT", `{"code":"ESOCKETTIMEDOUT","connect":false}`},
		{"ETIMEDOUT", `{"code":"ETIMEDOUT","connect":true}`},
		{"Port should be >= 0 and < 65536. Received type string ('99999').", `{"code":"ERR_SOCKET_BAD_PORT"}`},
		{`Invalid character in header content ["X-Bad"]`, `{"code":"ERR_INVALID_CHAR"}`},
		{`Header name must be a valid HTTP token ["Bad Name"]`, `{"code":"ERR_INVALID_HTTP_TOKEN"}`},
		{"Request path contains unescaped characters", `{"code":"ERR_UNESCAPED_CHARACTERS"}`},
		{"tunneling socket could not be established, cause=connect ECONNREFUSED 127.0.0.1:9", `{"code":"ECONNRESET"}`},
		{"runtime:extensions~request: request url is empty", `{}`},
		{`Invalid URI "http:///"`, `{}`},
		{"Invalid protocol: ftp:", `{}`},
		{"", `{}`},
	}
	for _, tt := range tests {
		if got := JSON(Props(tt.msg)); got != tt.want {
			t.Errorf("Props(%q) = %s, want %s", tt.msg, got, tt.want)
		}
	}
}

// Whatever the message, the properties are a JSON object with a code when
// there are any.
func FuzzProps(f *testing.F) {
	for _, s := range []string{"connect ECONNREFUSED 127.0.0.1:1", "getaddrinfo ENOTFOUND \"x\\", "ESOCKETTIMEDOUT", "read E\x00", "connect EX [::1]:99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, msg string) {
		ps := Props(msg)
		var m map[string]any
		if err := json.Unmarshal([]byte(JSON(ps)), &m); err != nil {
			t.Fatalf("Props(%q): %s is not JSON: %v", msg, JSON(ps), err)
		}
		if len(ps) > 0 && m["code"] == nil {
			t.Errorf("Props(%q) = %s has no code", msg, JSON(ps))
		}
	})
}
