package runner

import (
	"encoding/json"
	"math"
	"sync"
	"testing"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
)

func TestWithAuthState(t *testing.T) {
	type kv = [2]string
	tests := []struct {
		name   string
		auth   events.AuthSpec
		stored []kv
		want   string // the params as JSON
	}{
		{"nothing stored", events.AuthSpec{Type: "digest", Params: []events.AuthParam{{Key: "username", Value: "u", Type: "string"}}}, nil,
			`[{"Key":"username","Value":"u","Type":"string","NoValue":false,"System":false}]`},
		{"stored keys appended in the order first stored", events.AuthSpec{Type: "digest", Params: []events.AuthParam{{Key: "username", Value: "u", Type: "string"}}},
			[]kv{{"nonce", "n"}, {"realm", "r"}, {"nonceCount", "00000001"}, {"nonceCount", "00000002"}},
			`[{"Key":"username","Value":"u","Type":"string","NoValue":false,"System":false},` +
				`{"Key":"nonce","Value":"n","Type":"any","NoValue":false,"System":true},` +
				`{"Key":"realm","Value":"r","Type":"any","NoValue":false,"System":true},` +
				`{"Key":"nonceCount","Value":"00000002","Type":"any","NoValue":false,"System":true}]`},
		{"an empty, null or missing parameter updated in place, its type kept", events.AuthSpec{Type: "digest", Params: []events.AuthParam{
			{Key: "nonce", Value: "", Type: "string"}, {Key: "nonceCount", Type: "any"}, {Key: "qop", NoValue: true}, {Key: "realm", Value: "mine"}}},
			[]kv{{"qop", "auth"}, {"nonceCount", "00000001"}, {"nonce", "n"}, {"realm", "theirs"}},
			`[{"Key":"nonce","Value":"n","Type":"string","NoValue":false,"System":true},` +
				`{"Key":"nonceCount","Value":"00000001","Type":"any","NoValue":false,"System":true},` +
				`{"Key":"qop","Value":"auth","Type":"","NoValue":false,"System":true},` +
				`{"Key":"realm","Value":"mine","Type":"","NoValue":false,"System":false}]`},
		{"hawk's timestamp a number", events.AuthSpec{Type: "hawk"}, []kv{{"nonce", "abc"}, {"timestamp", "1765000000"}},
			`[{"Key":"nonce","Value":"abc","Type":"any","NoValue":false,"System":true},` +
				`{"Key":"timestamp","Value":1765000000,"Type":"any","NoValue":false,"System":true}]`},
		{"ntlm's header undefined", events.AuthSpec{Type: "ntlm"}, []kv{{"state", "INITIALIZED"}, {"ntlmHeader", ""}},
			`[{"Key":"state","Value":"INITIALIZED","Type":"any","NoValue":false,"System":true},` +
				`{"Key":"ntlmHeader","Value":null,"Type":"any","NoValue":true,"System":true}]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			st := &authState{vals: map[string]string{}}
			for _, e := range tt.stored {
				st.set(e[0], e[1])
			}
			before, _ := json.Marshal(tt.auth.Params)
			got := withAuthState(&tt.auth, st, &mu)
			b, _ := json.Marshal(got.Params)
			if string(b) != tt.want {
				t.Errorf("params =\n%s\nwant\n%s", b, tt.want)
			}
			if after, _ := json.Marshal(tt.auth.Params); string(after) != string(before) {
				t.Errorf("the definition's params changed: %s", after)
			}
		})
	}
}

func TestAuthParamsSetKeepsUserValues(t *testing.T) {
	for _, tt := range []struct {
		name  string
		value any
		keeps bool
	}{
		{"a string", "mine", true}, {"a number", 0.0, true}, {"empty", "", false}, {"null", nil, false}, {"NaN", math.NaN(), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := authParams{auth: authWith("nonce", tt.value), state: &authState{vals: map[string]string{}}, mu: &sync.Mutex{}}
			a.Set("nonce", "stored")
			if _, stored := a.state.vals["nonce"]; stored == tt.keeps {
				t.Errorf("stored = %v, want %v", stored, !tt.keeps)
			}
		})
	}
}

func authWith(key string, value any) *collections.Auth {
	return &collections.Auth{Type: "digest", Params: []collections.AuthParam{{Key: key, Value: value}}}
}

func TestTypedAPIKeyHeader(t *testing.T) {
	tests := []struct {
		name   string
		params []collections.AuthParam
		want   string // the X-Key header's JSON
	}{
		{"a number", []collections.AuthParam{{Key: "key", Value: "X-Key"}, {Key: "value", Value: 123.0}}, "123"},
		{"a boolean", []collections.AuthParam{{Key: "key", Value: "X-Key"}, {Key: "value", Value: true}}, "true"},
		{"a string", []collections.AuthParam{{Key: "key", Value: "X-Key"}, {Key: "value", Value: "123"}}, ""},
		{"in the query", []collections.AuthParam{{Key: "key", Value: "X-Key"}, {Key: "value", Value: 123.0}, {Key: "in", Value: "query"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hs := []events.Header{{Key: "X-Key", Value: "own"}, {Key: "X-Key", Value: "123", System: true}}
			typedAPIKeyHeader(hs, &collections.Auth{Type: "apikey", Params: tt.params})
			if string(hs[1].JSON) != tt.want || hs[0].JSON != nil {
				t.Errorf("headers = %+v, want the system one typed %q", hs, tt.want)
			}
		})
	}
}
