package diff

import (
	"strings"
	"unicode"
)

// credentialWords are name words that mark a value as a credential.
var credentialWords = []string{
	"token", "secret", "password", "passwd", "pwd", "passphrase", "apikey", "key",
	"session", "code", "credential", "auth", "authorization", "authentication",
	"cookie", "signature", "private", "privatekey", "otp", "pin", "bearer", "jwt",
}

// nameWords splits an identifier into lower-case words at non-alphanumeric
// characters and camelCase boundaries: "X-API-Key" → x api key,
// "accessToken" → access token, "oauth_token" → oauth token.
func nameWords(s string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && len(cur) > 0 &&
			(unicode.IsLower(cur[len(cur)-1]) || (i+1 < len(rs) && unicode.IsLower(rs[i+1]))):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return words
}

// credentialName reports whether a variable, header, parameter or field name
// looks like it holds a credential: one of its words (or its plural) is a
// credential word, or two adjacent words spell one ("api key").
func credentialName(name string) bool {
	words := nameWords(name)
	is := func(w string) bool {
		for _, c := range credentialWords {
			if w == c || w == c+"s" {
				return true
			}
		}
		return false
	}
	for i, w := range words {
		if is(w) {
			return true
		}
		if i > 0 && is(words[i-1]+w) {
			return true
		}
	}
	return false
}

// secretAuthParams are the credential parameters of each Postman auth type.
var secretAuthParams = map[string][]string{
	"apikey":   {"value"},
	"awsv4":    {"accessKey", "secretKey", "sessionToken"},
	"basic":    {"password"},
	"bearer":   {"token"},
	"digest":   {"password"},
	"edgegrid": {"accessToken", "clientToken", "clientSecret"},
	"hawk":     {"authKey"},
	"oauth1":   {"consumerSecret", "token", "tokenSecret", "privateKey"},
	"oauth2":   {"accessToken", "refreshToken", "clientSecret", "password", "id_token", "idToken"},
	"ntlm":     {"password"},
	"asap":     {"privateKey"},
	"jwt":      {"secret", "privateKey"},
}

// plainAuthParams are parameters whose names look like credentials but that
// hold none.
var plainAuthParams = map[string][]string{
	"apikey": {"key", "in"},
	"oauth2": {"tokenName", "tokenType", "headerPrefix", "addTokenTo", "accessTokenUrl", "authUrl",
		"grant_type", "client_authentication", "tokenRequestParams", "authRequestParams", "refreshTokenUrl"},
	"oauth1": {"signatureMethod", "addParamsToHeader", "addEmptyParamsToSign", "includeBodyHash"},
	"hawk":   {"authId", "algorithm"},
	"asap":   {"kid", "alg"},
	"jwt":    {"algorithm", "isSecretBase64Encoded", "addTokenTo", "headerPrefix", "queryParamKey"},
}

// secretAuthParam reports whether an auth parameter holds a credential.
func secretAuthParam(typ, key string) bool {
	for _, k := range secretAuthParams[typ] {
		if k == key {
			return true
		}
	}
	for _, k := range plainAuthParams[typ] {
		if k == key {
			return false
		}
	}
	return credentialName(key)
}

// onlyReferences reports whether s consists of {{variable}} references and
// punctuation only (after an optional auth scheme word such as "Bearer "), so
// that printing it reveals no credential.
func onlyReferences(s string) bool {
	for _, scheme := range []string{"bearer ", "basic ", "token ", "digest "} {
		if len(s) > len(scheme) && strings.EqualFold(s[:len(scheme)], scheme) {
			s = s[len(scheme):]
			break
		}
	}
	refs := 0
	for {
		i := strings.Index(s, "{{")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], "}}")
		if j < 0 {
			break
		}
		if strings.IndexFunc(s[:i], isAlnum) >= 0 {
			return false
		}
		s = s[i+j+2:]
		refs++
	}
	return refs > 0 && strings.IndexFunc(s, isAlnum) < 0
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// maskValue hides a credential value: absent and empty values and values made
// only of {{variable}} references are shown, everything else is "(secret)".
// The bool reports whether the value was hidden.
func maskValue(v any) (any, bool) {
	switch t := v.(type) {
	case nil:
		return nil, false
	case string:
		if t == "" || onlyReferences(t) {
			return t, false
		}
	case varRef:
		return t, false
	}
	return Secret, true
}

// maskJSON hides the values of credential-named keys inside a JSON value
// (`{"method": "card", "token": "tok_123"}`); the bool reports whether anything
// was hidden.
func maskJSON(v any) (any, bool) {
	switch t := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(t))
		hid := false
		for k, e := range t {
			var h bool
			if credentialName(k) {
				out[k], h = maskValue(e)
			} else {
				out[k], h = maskJSON(e)
			}
			hid = hid || h
		}
		return out, hid
	case []any:
		out := make([]any, len(t))
		hid := false
		for i, e := range t {
			var h bool
			out[i], h = maskJSON(e)
			hid = hid || h
		}
		return out, hid
	}
	return v, false
}
