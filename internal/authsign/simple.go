package authsign

import (
	"encoding/base64"
	"net/http"
	"strings"
)

// basic: always signs, missing username/password read as "".
func signBasic(req *http.Request, p Params) error {
	cred := p.Get("username") + ":" + p.Get("password")
	removeHeader(req, "Authorization")
	addHeader(req, "Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(cred)))
	return nil
}

// bearer: needs a token.
func signBearer(req *http.Request, p Params) error {
	token := p.Get("token")
	if token == "" {
		return nil
	}
	removeHeader(req, "Authorization")
	addHeader(req, "Authorization", "Bearer "+token)
	return nil
}

// apikey: needs a key or a value; in is "query" or (default) header.
func signAPIKey(req *http.Request, p Params) error {
	key, value := p.Get("key"), p.Get("value")
	if key == "" && value == "" {
		return nil
	}
	if p.Get("in") == "query" {
		removeQueryParams(req, key)
		addQueryParam(req, key, value)
		return nil
	}
	lkey := lodashLowerCase(key)
	for k := range req.Header {
		if lodashLowerCase(k) == lkey {
			delete(req.Header, k)
		}
	}
	if key == "" {
		// Postman would add a header with an empty name, which cannot be sent.
		return nil
	}
	addHeader(req, key, value)
	return nil
}

// oauth2: adds an already obtained access token (no token fetching).
func signOAuth2(req *http.Request, p Params) error {
	token := p.Get("accessToken")
	if token == "" {
		return nil
	}
	addTo := p.Get("addTokenTo")
	if addTo == "" {
		addTo = "header"
	}
	tokenType := p.Get("tokenType")
	if tokenType == "" {
		tokenType = "bearer"
	}
	prefix, ok := lookup(p, "headerPrefix")
	if !ok {
		prefix = "Bearer"
	} else {
		prefix = jsTrim(prefix)
	}
	if prefix != "" {
		prefix += " "
	}
	if strings.ToLower(tokenType) == "mac" {
		return nil
	}
	removeHeader(req, "Authorization")
	removeQueryParams(req, "access_token")
	switch addTo {
	case "queryParams":
		addQueryParam(req, "access_token", token)
	case "header":
		addHeader(req, "Authorization", prefix+token)
	}
	return nil
}

// jsTrim is String.prototype.trim (JavaScript white space and line
// terminators).
func jsTrim(s string) string {
	return strings.TrimFunc(s, isJSSpace)
}

func isJSSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}
