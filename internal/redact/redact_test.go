package redact

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
)

func TestIsSecretName(t *testing.T) {
	m := New(Options{})
	tests := []struct {
		name string
		want bool
	}{
		{"token", true},
		{"accessToken", true},
		{"access_token", true},
		{"ACCESS_TOKEN", true},
		{"refresh-token", true},
		{"clientSecret", true},
		{"password", true},
		{"DB_PASSWORD", true},
		{"myPassword123", true},
		{"passwd", true},
		{"pwd", true},
		{"api_key", true},
		{"apiKey", true},
		{"APIKey", true},
		{"APIKEY", true},
		{"apikey", true},
		{"x-api-key", true},
		{"X-API-Key", true},
		{"sessionId", true},
		{"code", true},
		{"otp", true},
		{"credential", true},
		{"auth", true},
		{"authHeader", true},
		{"OAuth2Token", true},
		{"privateKey", true},
		{"key", true},
		{"authorization", true},
		// Not whole segments.
		{"monkey", false},
		{"keyboard", false},
		{"author", false},
		{"authorName", false},
		{"passwordless", false},
		{"tokenizer", false},
		{"baseUrl", false},
		{"userId", false},
		{"", false},
		{"Пароль", false},
		// Describing segments after the credential word.
		{"tokenType", false},
		{"token_type", false},
		{"authUrl", false},
		{"apiKeyName", false},
		{"token_expires_in", false},
		{"tokenEndpoint", false},
		// A describing word before the credential word does not count.
		{"urlToken", true},
	}
	for _, tt := range tests {
		if got := m.IsSecretName(tt.name); got != tt.want {
			t.Errorf("IsSecretName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestCustomNamePatterns(t *testing.T) {
	m := New(Options{NamePatterns: []string{"pin", "client_id"}})
	tests := []struct {
		name string
		want bool
	}{
		{"cardPin", true},
		{"clientId", true},
		{"CLIENT_ID", true},
		{"client", false},
		{"token", false}, // defaults replaced
		{"spinner", false},
	}
	for _, tt := range tests {
		if got := m.IsSecretName(tt.name); got != tt.want {
			t.Errorf("IsSecretName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	none := New(Options{NamePatterns: []string{}})
	if none.IsSecretName("password") {
		t.Error("empty non-nil NamePatterns still matched password")
	}
}

func TestSegments(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"apiKey", []string{"api", "key"}},
		{"APIKey", []string{"api", "key"}},
		{"X-API-Key", []string{"x", "api", "key"}},
		{"key2", []string{"key", "2"}},
		{"OAuth2Token", []string{"o", "auth", "2", "token"}},
		{"  a..b  ", []string{"a", "b"}},
		{"ПарольКлюч", []string{"пароль", "ключ"}},
		{"", nil},
	}
	for _, tt := range tests {
		got := segments(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("segments(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		name   string
		values []string
		in     string
		want   string
	}{
		{"no values", nil, "hello world", "hello world"},
		{"empty", []string{"s3cr3t"}, "", ""},
		{"one value", []string{"s3cr3t"}, "pw=s3cr3t;", "pw=********;"},
		{"every occurrence", []string{"abcd"}, "abcd abcdabcd", "******** ****************"},
		{"short values ignored", []string{"abc", "x"}, "abc x", "abc x"},
		{"js words ignored", []string{"true", "null", "false", "undefined"}, "true null false undefined", "true null false undefined"},
		{"blank ignored", []string{"     "}, "a     b", "a     b"},
		{"longest first", []string{"tok1", "tok1-extended"}, "tok1-extended and tok1", "******** and ********"},
		{"unicode", []string{"пароль123"}, "x пароль123 y", "x ******** y"},
		{"emoji", []string{"🔑🔑🔑🔑"}, "k=🔑🔑🔑🔑", "k=********"},
		{"query escaped form", []string{"p@ss word!"}, "https://h/?pw=p%40ss+word%21", "https://h/?pw=********"},
		{"path escaped form", []string{"a b/c d"}, "https://h/a%20b%2Fc%20d", "https://h/********"},
		{"json escaped form", []string{`quo"te\x`}, `{"pw":"quo\"te\\x"}`, `{"pw":"********"}`},
		{"trimmed form", []string{" padded-secret\n"}, "v=padded-secret", "v=********"},
		{"basic auth in url", nil, "GET https://alice:hunter2@example.com/x", "GET https://alice:********@example.com/x"},
		{"two urls", nil, "http://a:b@h1/ and ftp://c:dd@h2", "http://a:********@h1/ and ftp://c:********@h2"},
		{"user without password", nil, "https://alice@example.com/", "https://alice@example.com/"},
		{"at in path is not userinfo", nil, "https://example.com/a:b@c", "https://example.com/a:b@c"},
		{"header line", nil, "Authorization: Bearer abc.def", "Authorization: Bearer ********"},
		{"header line indented", nil, "  ↑ authorization: Basic YWxpY2U6aHVudGVyMg==\nnext", "  ↑ authorization: Basic ********\nnext"},
		{"cookie line", nil, "Cookie: sid=123; theme=dark", "Cookie: sid=********; theme=********"},
		{"api key line", nil, "X-API-Key: k-123456", "X-API-Key: ********"},
		{"set-cookie line", nil, "Set-Cookie: sid=xyz; Path=/; HttpOnly", "Set-Cookie: sid=********; Path=/; HttpOnly"},
		{"header word inside text", nil, "no-authorization: here", "no-authorization: here"},
		{"json header is not a line", nil, `{"Authorization": "Bearer x"}`, `{"Authorization": "Bearer x"}`},
		{"empty list printed by console.log", nil, "  │   cookie: [],\n  │   authorization: ''", "  │   cookie: [],\n  │   authorization: ''"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := New(Options{})
			for _, v := range tt.values {
				m.AddValue(v)
			}
			if got := m.String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCustomMaskAndMinLength(t *testing.T) {
	m := New(Options{Mask: "[hidden]", MinLength: 2})
	m.AddValue("ab")
	if got, want := m.String("x ab y"), "x [hidden] y"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if m.MaskText() != "[hidden]" {
		t.Errorf("MaskText = %q", m.MaskText())
	}
}

func TestReveal(t *testing.T) {
	m := New(Options{Reveal: true})
	m.AddValue("s3cr3t")
	m.AddVariable("token", "tok-123", "")
	in := "s3cr3t tok-123 https://a:b@h/"
	if got := m.String(in); got != in {
		t.Errorf("String with Reveal = %q, want input unchanged", got)
	}
	if got := m.Header("Authorization", "Bearer x"); got != "Bearer x" {
		t.Errorf("Header with Reveal = %q", got)
	}
}

func TestNilMasker(t *testing.T) {
	var m *Masker
	m.AddValue("s3cr3t")
	m.AddVariable("token", "s3cr3t", "secret")
	if m.String("s3cr3t") != "s3cr3t" || m.Header("Authorization", "x y") != "x y" || m.Len() != 0 || m.IsSecretName("token") {
		t.Error("nil Masker changed something")
	}
}

func TestAddVariable(t *testing.T) {
	tests := []struct {
		name  string
		key   string
		value any
		typ   string
		in    string
		want  string
	}{
		{"secret type", "whatever", "plainvalue", "secret", "a plainvalue", "a ********"},
		{"secret type any case", "whatever", "plainvalue", "Secret", "a plainvalue", "a ********"},
		{"credential name", "accessToken", "eyJhbGci", "default", "Bearer eyJhbGci", "Bearer ********"},
		{"ordinary name", "baseUrl", "https://api.example.com", "default", "https://api.example.com", "https://api.example.com"},
		{"described name", "tokenType", "Bearer", "", "Bearer x", "Bearer x"},
		{"number", "otp", float64(123456), "", "code 123456", "code ********"},
		{"int", "pin", 98765, "secret", "98765", "********"},
		{"json number", "code", json.Number("424242"), "", "424242", "********"},
		{"bool never", "authEnabled", true, "secret", "true", "true"},
		{"nil never", "token", nil, "", "null", "null"},
		{"object and leaves", "credentials", map[string]any{"user": "alice", "pass": "hunter22"}, "secret",
			`{"pass":"hunter22","user":"alice"} hunter22 alice`, `******** ******** ********`},
		{"array", "keys", []any{"k-1111", "k-2222"}, "secret", "k-1111,k-2222", "********,********"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := New(Options{})
			m.AddVariable(tt.key, tt.value, tt.typ)
			if got := m.String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHeader(t *testing.T) {
	tests := []struct {
		key, value, want string
	}{
		{"Authorization", "Bearer eyJ.abc.def", "Bearer ********"},
		{"authorization", "Basic YWxpY2U6aHVudGVyMg==", "Basic ********"},
		{"Authorization", "rawtoken", "********"},
		{"Authorization", `Digest username="a", response="b"`, "Digest ********"},
		{"Proxy-Authorization", "Basic Zm9vOmJhcg==", "Basic ********"},
		{"Cookie", "sid=abc; theme=dark", "sid=********; theme=********"},
		{"Cookie", "lonely", "********"},
		{"Set-Cookie", "sid=abc; Path=/; HttpOnly", "sid=********; Path=/; HttpOnly"},
		{"Set-Cookie", "sid=abc", "sid=********"},
		{"X-API-Key", "k-123", "********"},
		{"Api-Key", "k-123", "********"},
		{"X-Auth-Token", "t", "********"},
		{"Content-Type", "application/json", "application/json"},
		{"Keep-Alive", "timeout=5", "timeout=5"},
		{"Postman-Token", "e3815686-43f3-462b-9330-570559e54d00", "e3815686-43f3-462b-9330-570559e54d00"},
		{"Authorization", "", ""},
	}
	for _, tt := range tests {
		m := New(Options{})
		if got := m.Header(tt.key, tt.value); got != tt.want {
			t.Errorf("Header(%q, %q) = %q, want %q", tt.key, tt.value, got, tt.want)
		}
	}
	m := New(Options{})
	m.AddValue("known-secret")
	if got, want := m.Header("X-Trace", "id known-secret"), "id ********"; got != want {
		t.Errorf("ordinary header with a known value: got %q, want %q", got, want)
	}
}

func TestBytes(t *testing.T) {
	m := New(Options{})
	m.AddValue("s3cr3t")
	in := []byte("plain")
	if got := m.Bytes(in); &got[0] != &in[0] {
		t.Error("Bytes copied an unchanged slice")
	}
	if got := string(m.Bytes([]byte("a s3cr3t"))); got != "a ********" {
		t.Errorf("Bytes = %q", got)
	}
}

func TestValuesAddedLater(t *testing.T) {
	m := New(Options{})
	m.AddValue("first-secret")
	if got := m.String("first-secret second-secret"); got != "******** second-secret" {
		t.Fatalf("got %q", got)
	}
	m.AddValue("second-secret")
	if got := m.String("first-secret second-secret"); got != "******** ********" {
		t.Fatalf("after adding: got %q", got)
	}
}

func TestManyValues(t *testing.T) {
	m := New(Options{})
	var sb strings.Builder
	for i := 0; i < 5000; i++ {
		v := fmt.Sprintf("secret-%05d", i)
		m.AddValue(v)
		sb.WriteString(v)
		sb.WriteByte(' ')
	}
	got := m.String(sb.String())
	if strings.Contains(got, "secret-") {
		t.Fatal("a value was not masked")
	}
	if n := strings.Count(got, DefaultMask); n != 5000 {
		t.Fatalf("masked %d values, want 5000", n)
	}
}

func TestConcurrent(t *testing.T) {
	m := New(Options{})
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				v := fmt.Sprintf("g%d-value-%d", g, i)
				m.AddValue(v)
				if got := m.String("x " + v + " y"); got != "x ******** y" {
					t.Errorf("String right after AddValue(%q) = %q", v, got)
					return
				}
				_ = m.Header("Cookie", "a="+v)
			}
		}()
	}
	wg.Wait()
}
