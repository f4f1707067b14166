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
