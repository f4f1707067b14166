package oauth2

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"mime"
	"net/url"
	"strconv"
	"strings"
)

// Token is a token endpoint's successful answer (RFC 6749 5.1).
type Token struct {
	AccessToken  string
	TokenType    string
	RefreshToken string
	Scope        string
	IDToken      string
	// ExpiresIn is the access token's lifetime in seconds (0: not said).
	ExpiresIn int64
}

// Error is an OAuth 2.0 error (RFC 6749 5.2 from a token endpoint, 4.1.2.1
// from an authorization redirect).
type Error struct {
	Code        string // "invalid_client", "invalid_grant", "access_denied", ...
	Description string
	URI         string
}

func (e *Error) Error() string {
	s := e.Code
	if e.Description != "" {
		s += ": " + e.Description
	}
	if e.URI != "" {
		s += " (" + e.URI + ")"
	}
	return s
}

// maxField bounds what an error keeps of a server's text.
const maxField = 300

// clip shortens a server's text for a one-line message.
func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > maxField {
		cut := maxField
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// maxExpiresIn bounds expires_in (100 years): more is taken as that.
const maxExpiresIn = 100 * 365 * 24 * 3600

// ParseToken reads a token endpoint's answer: its status code, Content-Type
// and body (already bounded by the caller). A JSON or form-encoded answer
// with "error" is an *Error whatever the status; another answer that is not
// a 2xx, one that is neither JSON nor form-encoded, and one without an
// access_token are plain errors saying so.
func ParseToken(status int, contentType string, body []byte) (Token, error) {
	fields, kind := decodeFields(contentType, body)
	if fields != nil {
		if code := fields["error"]; code != "" {
			return Token{}, &Error{Code: clip(code), Description: clip(fields["error_description"]), URI: clip(fields["error_uri"])}
		}
	}
	if status < 200 || status > 299 {
		if fields == nil && len(bytes.TrimSpace(body)) > 0 {
			return Token{}, fmt.Errorf("status %d, and the answer is not an OAuth 2.0 error (%s)", status, describe(contentType, body))
		}
		return Token{}, fmt.Errorf("status %d without an OAuth 2.0 error", status)
	}
	if fields == nil {
		return Token{}, fmt.Errorf("the answer is not JSON (%s)", describe(contentType, body))
	}
	t := Token{AccessToken: fields["access_token"], TokenType: fields["token_type"], RefreshToken: fields["refresh_token"],
		Scope: fields["scope"], IDToken: fields["id_token"]}
	if t.AccessToken == "" {
		return Token{}, fmt.Errorf("the %s answer has no access_token", kind)
	}
	if s := fields["expires_in"]; s != "" {
		if f, err := strconv.ParseFloat(s, 64); err == nil && f > 0 && !math.IsInf(f, 0) {
			t.ExpiresIn = int64(math.Min(math.Ceil(f), maxExpiresIn))
		}
	}
	return t, nil
}

// describe says what an answer is, for an error: its Content-Type and size.
func describe(contentType string, body []byte) string {
	ct := strings.TrimSpace(contentType)
	if ct == "" {
		ct = "no Content-Type"
	} else {
		ct = "Content-Type " + clip(ct)
	}
	return fmt.Sprintf("%s, %d bytes", ct, len(body))
}

// decodeFields reads an answer's top-level members as strings (numbers as
// their text): JSON (an object), or form-encoded when the Content-Type says
// so or the body reads as a form naming access_token or error. nil: neither.
func decodeFields(contentType string, body []byte) (map[string]string, string) {
	mt, _, _ := mime.ParseMediaType(contentType)
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && trimmed[0] == '{' {
		if m := jsonFields(trimmed); m != nil {
			return m, "JSON"
		}
		return nil, ""
	}
	if mt == "application/json" || strings.HasSuffix(mt, "+json") {
		return nil, ""
	}
	if len(trimmed) == 0 || bytes.ContainsAny(trimmed, " \t\r\n<") {
		return nil, ""
	}
	vals, err := url.ParseQuery(string(trimmed))
	if err != nil {
		return nil, ""
	}
	if mt != "application/x-www-form-urlencoded" && !vals.Has("access_token") && !vals.Has("error") {
		return nil, ""
	}
	m := make(map[string]string, len(vals))
	for k, v := range vals {
		if len(v) > 0 {
			m[k] = v[0]
		}
	}
	return m, "form-encoded"
}

// jsonFields reads a JSON object's members: strings as they are, numbers
// and booleans as their text, others left out. nil when it is not an object.
func jsonFields(b []byte) map[string]string {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var raw map[string]any
	if err := dec.Decode(&raw); err != nil {
		return nil
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil // trailing data
	}
	m := make(map[string]string, len(raw))
	for k, v := range raw {
		switch x := v.(type) {
		case string:
			m[k] = x
		case json.Number:
			m[k] = x.String()
		case bool:
			m[k] = strconv.FormatBool(x)
		}
	}
	return m
}

// NewVerifier is a PKCE code verifier: 32 random bytes as 43 base64url
// characters (RFC 7636 4.1).
func NewVerifier(r io.Reader) (string, error) {
	if r == nil {
		r = rand.Reader
	}
	var b [32]byte
	if _, err := io.ReadFull(r, b[:]); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b[:]), nil
}

// NewState is a random state for an authorization request.
func NewState(r io.Reader) (string, error) {
	if r == nil {
		r = rand.Reader
	}
	var b [16]byte
	if _, err := io.ReadFull(r, b[:]); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b[:]), nil
}

// Challenge is the code challenge of a verifier: BASE64URL(SHA256(verifier))
// for S256, the verifier itself for plain.
func Challenge(verifier, method string) string {
	if method == "plain" {
		return verifier
	}
	sum := sha256.Sum256([]byte(verifier))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}
