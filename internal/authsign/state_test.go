package authsign

import (
	"net/http"
	"reflect"
	"testing"
)

// ntlm's pre step stores postman-runtime's starting state, once.
func TestNTLMSignStoresState(t *testing.T) {
	p := newStore(map[string]string{"username": "u", "password": "p"})
	req, _ := http.NewRequest("GET", "http://x/", nil)
	if err := Sign(req, nil, "ntlm", p, Env{}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"state": "INITIALIZED", "ntlmHeader": ""}
	if !reflect.DeepEqual(p.system, want) {
		t.Errorf("stored %v, want %v", p.system, want)
	}
	p.system["state"] = "T1_MSG_CREATED"
	if err := Sign(req, nil, "ntlm", p, Env{}); err != nil {
		t.Fatal(err)
	}
	if p.system["state"] != "T1_MSG_CREATED" {
		t.Errorf("a known state was reset: %v", p.system)
	}
}

func TestStateValue(t *testing.T) {
	tests := []struct {
		typ, key, value string
		want            any
		ok              bool
	}{
		{"hawk", "timestamp", "1765000000", 1765000000.0, true},
		{"hawk", "timestamp", "017", "017", true}, // not what postman-runtime stores: kept as text
		{"hawk", "nonce", "123456", "123456", true},
		{"ntlm", "ntlmHeader", "", nil, false},
		{"ntlm", "ntlmHeader", "TlRMTVNTUAAB", "TlRMTVNTUAAB", true},
		{"ntlm", "state", "INITIALIZED", "INITIALIZED", true},
		{"digest", "nonceCount", "00000001", "00000001", true},
	}
	for _, tt := range tests {
		got, ok := StateValue(tt.typ, tt.key, tt.value)
		if got != tt.want || ok != tt.ok {
			t.Errorf("StateValue(%q, %q, %q) = %#v, %v; want %#v, %v", tt.typ, tt.key, tt.value, got, ok, tt.want, tt.ok)
		}
	}
}
