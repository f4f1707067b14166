package diff

import (
	"reflect"
	"testing"
)

func TestCredentialName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"oauth_token", true},
		{"refresh_token", true},
		{"partner_client_secret", true},
		{"password", true},
		{"db_passwd", true},
		{"api_key", true},
		{"apiKey", true},
		{"APIKEY", true},
		{"X-API-Key", true},
		{"x-api-key", true},
		{"session_id", true},
		{"auth_session", true},
		{"otp_code", true},
		{"authorization_code", true},
		{"Authorization", true},
		{"credentials", true},
		{"accessToken", true},
		{"Cookie", true},
		{"base_url", false},
		{"redirect_uri", false},
		{"meeting_id", false},
		{"oauth_scopes", false},
		{"monkey", false},
		{"keyboard_layout", false},
		{"author", false},
		{"Accept", false},
		{"page_size", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := credentialName(tt.name); got != tt.want {
			t.Errorf("credentialName(%q) = %v, want %v (words %v)", tt.name, got, tt.want, nameWords(tt.name))
		}
	}
}

func TestSecretAuthParam(t *testing.T) {
	tests := []struct {
		typ, key string
		want     bool
	}{
		{"basic", "username", false},
		{"basic", "password", true},
		{"bearer", "token", true},
		{"apikey", "key", false},
		{"apikey", "value", true},
		{"apikey", "in", false},
		{"oauth2", "accessToken", true},
		{"oauth2", "tokenType", false},
		{"oauth2", "headerPrefix", false},
		{"oauth2", "clientId", false},
		{"oauth2", "clientSecret", true},
		{"oauth1", "consumerKey", true},
		{"awsv4", "region", false},
		{"awsv4", "secretKey", true},
		{"hawk", "authId", false},
		{"hawk", "authKey", true},
		{"digest", "realm", false},
	}
	for _, tt := range tests {
		if got := secretAuthParam(tt.typ, tt.key); got != tt.want {
			t.Errorf("secretAuthParam(%q, %q) = %v, want %v", tt.typ, tt.key, got, tt.want)
		}
	}
}

func TestMaskValue(t *testing.T) {
	tests := []struct {
		in     any
		want   any
		masked bool
	}{
		{"hunter2", Secret, true},
		{"", "", false},
		{nil, nil, false},
		{"{{password}}", "{{password}}", false},
		{"{{user}}:{{password}}", "{{user}}:{{password}}", false},
		{"Bearer {{token}}", "Bearer {{token}}", false},
		{"Bearer abc.def", Secret, true},
		{"sk_{{env}}_123", Secret, true},
		{"{{unclosed", Secret, true},
		{true, Secret, true},
		{varRef("{{t}}"), varRef("{{t}}"), false},
	}
	for _, tt := range tests {
		got, masked := maskValue(tt.in)
		if got != tt.want || masked != tt.masked {
			t.Errorf("maskValue(%#v) = %#v, %v; want %#v, %v", tt.in, got, masked, tt.want, tt.masked)
		}
	}
}

func TestMaskJSON(t *testing.T) {
	in := map[string]any{
		"method":  "card",
		"token":   "tok_123",
		"nested":  []any{map[string]any{"password": "p", "user": "u"}},
		"api_key": "{{key}}",
	}
	want := map[string]any{
		"method":  "card",
		"token":   Secret,
		"nested":  []any{map[string]any{"password": Secret, "user": "u"}},
		"api_key": "{{key}}",
	}
	got, masked := maskJSON(in)
	if !masked || !reflect.DeepEqual(got, want) {
		t.Errorf("maskJSON = %#v, %v; want %#v, true", got, masked, want)
	}
	if in["token"] != "tok_123" {
		t.Error("maskJSON changed its input")
	}
}
