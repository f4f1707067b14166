package contiomock

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
)

// idTokenClaims are the claims of the ID tokens the mock issues.
type idTokenClaims struct {
	Iss           string `json:"iss"`
	Sub           string `json:"sub"`
	Aud           string `json:"aud"`
	Exp           int64  `json:"exp"`
	Iat           int64  `json:"iat"`
	AuthTime      int64  `json:"auth_time"`
	Jti           string `json:"jti"`
	Email         string `json:"email"`
	EmailVerified bool   `json:"email_verified"`
	Name          string `json:"name,omitempty"`
}

// jwtHeaderHS256 is the protected header of every ID token.
const jwtHeaderHS256 = `{"alg":"HS256","typ":"JWT"}`

// signJWT returns the compact JWS serialization (RFC 7515 section 7.1) of
// claims, signed with HMAC-SHA256 under key.
func signJWT(claims any, key []byte) (string, error) {
	payload, err := json.Marshal(claims)
	if err != nil {
		return "", fmt.Errorf("contiomock: encoding JWT claims: %w", err)
	}
	input := base64.RawURLEncoding.EncodeToString([]byte(jwtHeaderHS256)) + "." +
		base64.RawURLEncoding.EncodeToString(payload)
	return input + "." + hs256(input, key), nil
}

// hs256 is the base64url HMAC-SHA256 of a JWS signing input.
func hs256(signingInput string, key []byte) string {
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(signingInput))
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}
