package authsign

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/courier-run/courier/internal/lazyre"
)

var jwtAlgorithms = map[string]bool{
	"HS256": true, "HS384": true, "HS512": true,
	"RS256": true, "RS384": true, "RS512": true,
	"PS256": true, "PS384": true, "PS512": true,
	"ES256": true, "ES384": true, "ES512": true,
}

func jwtHash(alg string) crypto.Hash {
	switch alg[2:] {
	case "384":
		return crypto.SHA384
	case "512":
		return crypto.SHA512
	}
	return crypto.SHA256
}

// signJWT: the jwt auth type.
func signJWT(req *http.Request, p Params) error {
	alg := p.Get("algorithm")
	if !jwtAlgorithms[alg] {
		return errors.New("invalid algorithm")
	}
	isHS := strings.HasPrefix(alg, "HS")
	secret, privateKey := p.Get("secret"), p.Get("privateKey")
	if isHS && secret == "" {
		return errors.New("Invalid secret key. Enter a valid key.")
	}
	if !isHS && privateKey == "" {
		return errors.New("Invalid private key. Enter a valid key.")
	}

	// header: the given JSON with alg set, as {...header, alg}
	header := newJSObject()
	if raw := jsTrim(p.Get("header")); raw != "" {
		hv, err := parseJSON(raw)
		if err != nil {
			return err
		}
		header = spreadValue(hv)
	}
	header.set("alg", alg)

	var payload any = newJSObject()
	if raw := jsTrim(p.Get("payload")); raw != "" {
		pv, err := parseJSON(raw)
		if err != nil {
			return err
		}
		payload = pv
	}
	if _, ok := payload.(*jsObject); !ok {
		return errors.New("JWT Claims Set MUST be an object")
	}

	var key any
	if isHS {
		if truthy(p.Get("isSecretBase64Encoded")) {
			key = nodeBase64Decode(secret)
		} else {
			key = []byte(secret)
		}
	} else {
		k, err := importPKCS8(privateKey)
		if err != nil {
			return err
		}
		key = k
	}
	token, err := joseSign(header, payload.(*jsObject), key)
	if err != nil {
		return err
	}

	addTo := p.Get("addTokenTo")
	if addTo == "" {
		addTo = "header"
	}
	switch addTo {
	case "header":
		removeHeader(req, "Authorization")
		prefix, ok := lookup(p, "headerPrefix")
		if !ok {
			prefix = "Bearer"
		}
		if prefix != "" {
			prefix += " "
		}
		addHeader(req, "Authorization", prefix+token)
	case "queryParam":
		qk := p.Get("queryParamKey")
		if qk == "" {
			qk = "token"
		}
		removeQueryParams(req, qk)
		addQueryParam(req, qk, token)
	}
	return nil
}

// spreadValue is {...v} for a parsed JSON value.
func spreadValue(v any) *jsObject {
	switch t := v.(type) {
	case *jsObject:
		return t.spread()
	case []any:
		o := newJSObject()
		for i, e := range t {
			o.set(fmt.Sprint(i), e)
		}
		return o
	case string:
		o := newJSObject()
		for i, u := range utf16Units(t) {
			o.set(fmt.Sprint(i), u)
		}
		return o
	}
	return newJSObject()
}

func utf16Units(s string) []string {
	var out []string
	for _, r := range s {
		if r >= 0x10000 {
			// a surrogate pair: the halves cannot stand alone in Go strings
			out = append(out, string(r), "")
			continue
		}
		out = append(out, string(r))
	}
	return out
}

var (
	asapAlgorithms = map[string]bool{
		"RS256": true, "RS384": true, "RS512": true,
		"PS256": true, "PS384": true, "PS512": true,
		"ES256": true, "ES384": true, "ES512": true,
	}
	asapDataURI = lazyre.New(`^data:application/pkcs8;kid=([\w.\-+/]+);base64,([a-zA-Z0-9+/=]+)$`)
)

// signASAP: Atlassian S2S auth, a JWT signed with a private key.
func signASAP(req *http.Request, p Params, env Env) error {
	var claims any = newJSObject()
	if raw := p.Get("claims"); raw != "" {
		t := jsTrim(raw)
		if t == "" {
			claims = ""
		} else {
			c, err := parseJSON(t)
			if err != nil {
				return errors.New("Failed to parse claims")
			}
			claims = c
		}
	}
	claim := func(k string) any {
		if o, ok := claims.(*jsObject); ok {
			return o.get(k)
		}
		return nil
	}
	or := func(vs ...any) any {
		for _, v := range vs {
			if jsTruthy(v) {
				return v
			}
		}
		return vs[len(vs)-1]
	}
	param := func(k string) any {
		if v := p.Get(k); v != "" {
			return v
		}
		return nil
	}
	issuer := or(claim("iss"), param("iss"))
	subject := or(claim("sub"), param("sub"), issuer)
	audience := or(claim("aud"), param("aud"))
	jti := claim("jti")
	if !jsTruthy(jti) {
		u, err := uuidV4(env.rand())
		if err != nil {
			return err
		}
		jti = u
	}
	now := float64(env.now().Unix())
	issuedAt := or(claim("iat"), now)
	expiry := 3600.0
	if e, ok := jsParseIntString(p.Get("exp")); ok && e != 0 {
		expiry = e
	}
	expTS := now + expiry
	if ce := claim("exp"); jsTruthy(ce) {
		if e, ok := jsParseInt(ce); ok && e != 0 {
			expTS = e
		}
	}
	privateKey := p.Get("privateKey")
	kid := or(claim("kid"), param("kid"))
	alg := p.Get("alg")
	if alg == "" {
		alg = "RS256"
	}
	if !jsTruthy(kid) || !jsTruthy(issuer) || !jsTruthy(audience) || privateKey == "" {
		return errors.New("One or more of required claims missing")
	}
	if !asapAlgorithms[alg] {
		return errors.New("invalid algorithm")
	}
	pemText, err := asapPrivateKey(kid, strings.ReplaceAll(privateKey, "\n", ""))
	if err != nil {
		return errors.New("Failed to parse private key.")
	}
	co, ok := claims.(*jsObject)
	if !ok {
		return errors.New("Failed to sign request with key.")
	}
	key, err := importPKCS8(pemText)
	if err != nil {
		return errors.New("Failed to sign request with key.")
	}
	payload := co.spread()
	payload.set("iat", issuedAt)
	payload.set("iss", issuer)
	payload.set("sub", subject)
	payload.set("jti", jti)
	payload.set("aud", audience)
	payload.set("exp", expTS)
	header := newJSObject()
	header.set("alg", alg)
	header.set("kid", kid)
	token, err := joseSign(header, payload, key)
	if err != nil {
		return errors.New("Failed to sign request with key.")
	}
	removeHeader(req, "Authorization")
	addHeader(req, "Authorization", "Bearer "+token)
	return nil
}

// asapPrivateKey undoes the quoting and URI encoding Postman accepts, and
// turns a data URI (an RSA key in DER) into PKCS#8 PEM text.
func asapPrivateKey(kid any, key string) (string, error) {
	if len(key) >= 2 && key[0] == '"' && key[len(key)-1] == '"' {
		key = key[1 : len(key)-1]
	}
	d, err := decodeURIComponent(key)
	if err != nil {
		return "", err
	}
	if !strings.HasPrefix(d, "data:") {
		return d, nil
	}
	m := asapDataURI().FindStringSubmatch(d)
	if m == nil {
		return "", errors.New("Malformed Data URI")
	}
	if k, ok := kid.(string); !ok || m[1] != k {
		return "", errors.New("Supplied key id does not match the one included in data uri.")
	}
	der := nodeBase64Decode(m[2])
	var rk *rsa.PrivateKey
	if k, err := x509.ParsePKCS8PrivateKey(der); err == nil {
		r, ok := k.(*rsa.PrivateKey)
		if !ok {
			return "", errors.New("not an RSA key")
		}
		rk = r
	} else if r, err := x509.ParsePKCS1PrivateKey(der); err == nil {
		rk = r
	} else {
		return "", err
	}
	out, err := x509.MarshalPKCS8PrivateKey(rk)
	if err != nil {
		return "", err
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: out})), nil
}

var (
	pemMarkers = lazyre.New(`-----(BEGIN|END) PRIVATE KEY-----|\s`)
	pemBlockRe = lazyre.New(`-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END [A-Z ]+-----`)
)

// importPKCS8 is jose's importPKCS8: the text must start with the PKCS#8
// PEM header; markers and white space are dropped and the rest decoded.
func importPKCS8(text string) (crypto.Signer, error) {
	if !strings.HasPrefix(text, "-----BEGIN PRIVATE KEY-----") {
		return nil, errors.New(`"pkcs8" must be PKCS#8 formatted string`)
	}
	der := nodeBase64Decode(pemMarkers().ReplaceAllString(text, ""))
	k, err := x509.ParsePKCS8PrivateKey(der)
	if err != nil {
		return nil, err
	}
	s, ok := k.(crypto.Signer)
	if !ok {
		return nil, errors.New("unsupported key type")
	}
	return s, nil
}

// parsePEMPrivateKey reads a PKCS#1, SEC 1 or PKCS#8 PEM private key,
// tolerating missing line breaks.
func parsePEMPrivateKey(text string) (crypto.Signer, error) {
	m := pemBlockRe().FindStringSubmatch(text)
	if m == nil {
		return nil, errors.New("invalid private key")
	}
	der := nodeBase64Decode(m[2])
	var k any
	var err error
	switch m[1] {
	case "RSA PRIVATE KEY":
		k, err = x509.ParsePKCS1PrivateKey(der)
	case "EC PRIVATE KEY":
		k, err = x509.ParseECPrivateKey(der)
	default:
		k, err = x509.ParsePKCS8PrivateKey(der)
	}
	if err != nil {
		return nil, err
	}
	s, ok := k.(crypto.Signer)
	if !ok {
		return nil, errors.New("unsupported key type")
	}
	return s, nil
}

var b64url = base64.RawURLEncoding

// joseSign produces a compact JWS as jose's SignJWT does.
func joseSign(header, payload *jsObject, key any) (string, error) {
	if crit, ok := header.vals["crit"]; ok {
		list, isList := crit.([]any)
		if !isList || len(list) == 0 {
			return "", errors.New(`"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present`)
		}
		for _, c := range list {
			if s, ok := c.(string); !ok || s == "" {
				return "", errors.New(`"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present`)
			}
		}
		for _, c := range list {
			if c.(string) != "b64" {
				return "", fmt.Errorf(`Extension Header Parameter "%s" is not recognized`, c)
			}
			b, present := header.vals["b64"]
			if !present {
				return "", errors.New(`Extension Header Parameter "b64" is missing`)
			}
			if bv, isBool := b.(bool); !isBool {
				return "", errors.New(`The "b64" (base64url-encode payload) Header Parameter must be a boolean`)
			} else if !bv {
				return "", errors.New("JWTs MUST NOT use unencoded payload")
			}
		}
	}
	alg, _ := header.vals["alg"].(string)
	input := b64url.EncodeToString([]byte(stringifyJSON(header))) + "." +
		b64url.EncodeToString([]byte(stringifyJSON(payload)))
	sig, err := jwsSignature(alg, key, []byte(input))
	if err != nil {
		return "", err
	}
	return input + "." + b64url.EncodeToString(sig), nil
}

func jwsSignature(alg string, key any, data []byte) ([]byte, error) {
	if !jwtAlgorithms[alg] {
		return nil, fmt.Errorf("alg %s is not supported", alg)
	}
	h := jwtHash(alg)
	if strings.HasPrefix(alg, "HS") {
		secret, ok := key.([]byte)
		if !ok {
			return nil, errors.New("Key for the " + alg + " algorithm must be of type Uint8Array")
		}
		m := hmac.New(h.New, secret)
		m.Write(data)
		return m.Sum(nil), nil
	}
	x := h.New()
	x.Write(data)
	digest := x.Sum(nil)
	switch alg[:2] {
	case "RS", "PS":
		rk, ok := key.(*rsa.PrivateKey)
		if !ok {
			return nil, errors.New("Invalid key for this operation, its asymmetricKeyType must be rsa")
		}
		if rk.N.BitLen() < 2048 {
			return nil, fmt.Errorf("%s requires key modulusLength to be 2048 bits or larger", alg)
		}
		if alg[0] == 'R' {
			return rsa.SignPKCS1v15(nil, rk, h, digest)
		}
		return rsa.SignPSS(rand.Reader, rk, h, digest, &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthEqualsHash})
	}
	ek, ok := key.(*ecdsa.PrivateKey)
	if !ok {
		return nil, errors.New("Invalid key for this operation, its asymmetricKeyType must be ec")
	}
	want := map[string]elliptic.Curve{"ES256": elliptic.P256(), "ES384": elliptic.P384(), "ES512": elliptic.P521()}[alg]
	if ek.Curve != want {
		return nil, fmt.Errorf("Invalid key curve for the algorithm, its curve must be %s, got %s", want.Params().Name, ek.Curve.Params().Name)
	}
	r, s, err := ecdsa.Sign(rand.Reader, ek, digest)
	if err != nil {
		return nil, err
	}
	size := (want.Params().BitSize + 7) / 8
	out := make([]byte, 2*size)
	r.FillBytes(out[:size])
	s.FillBytes(out[size:])
	return out, nil
}
