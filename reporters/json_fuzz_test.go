package reporters

import (
	"encoding/json"
	"testing"
)

// FuzzRequestErrorFields and parseStack read messages and stacks made
// elsewhere: any input gives valid report JSON.
func FuzzRequestErrorFields(f *testing.F) {
	for _, s := range []string{"connect ECONNREFUSED 127.0.0.1:1", "getaddrinfo ENOTFOUND x.invalid", "ESOCKETTIMEDOUT", "read ECONNRESET",
		"connect ECONNREFUSED [::1]:80", "Error: x\n    at f (a.js:1:2)\n   at Object.eval sandbox-script.js:3:4)", "connect EADDRNOTAVAIL ::"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := serialisedError{nodeErrorFields: requestErrorFields(s), Name: "Error", Message: s, Stack: s}
		e.Stacktrace = parseStack(s)
		if b, err := json.Marshal(e); err != nil || !json.Valid(b) {
			t.Fatalf("%v %s", err, b)
		}
	})
}

// Node's own codes for the header errors courier reports in Node's words.
func TestHeaderErrorCodes(t *testing.T) {
	for msg, code := range map[string]string{
		`Header name must be a valid HTTP token ["X Bad"]`: "ERR_INVALID_HTTP_TOKEN",
		`Invalid character in header content ["X-Euro"]`:   "ERR_INVALID_CHAR",
		"connect ECONNREFUSED 127.0.0.1:1":                 "ECONNREFUSED",
		// the codes Newman's report showed for these (misc-errors, misc-proxy)
		"Port should be >= 0 and < 65536. Received type string ('99999').":                  "ERR_SOCKET_BAD_PORT",
		"tunneling socket could not be established, cause=connect ECONNREFUSED 127.0.0.1:1": "ECONNRESET",
	} {
		if f := requestErrorFields(msg); f == nil || f.Code != code {
			t.Errorf("requestErrorFields(%q) = %+v, want code %s", msg, f, code)
		}
	}
}
