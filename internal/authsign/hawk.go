package authsign

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"hash"
	"net/http"
	"strconv"
	"strings"
)

const hawkNonceAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func signHawk(req *http.Request, body []byte, p Params, env Env) error {
	// Postman's pre step: a nonce and a timestamp when missing, stored back
	nonce, timestamp := p.Get("nonce"), p.Get("timestamp")
	if nonce == "" {
		n, err := randomString(env.rand(), hawkNonceAlphabet, 6)
		if err != nil {
			return err
		}
		nonce = n
		if s, ok := p.(Setter); ok {
			s.Set("nonce", nonce)
			nonce = p.Get("nonce")
		}
	}
	if n, ok := jsParseIntString(timestamp); !ok || n == 0 {
		timestamp = strconv.FormatInt(env.now().Unix(), 10)
		if s, ok := p.(Setter); ok {
			s.Set("timestamp", timestamp)
			timestamp = p.Get("timestamp")
		}
	}

	id, key, algorithm := p.Get("authId"), p.Get("authKey"), p.Get("algorithm")
	if id == "" || key == "" {
		return nil
	}
	removeHeader(req, "Authorization")

	var newHash func() hash.Hash
	switch algorithm {
	case "sha1":
		newHash = sha1.New
	case "sha256":
		newHash = sha256.New
	default:
		// postman-request's hawk gives an empty header for other algorithms
		addHeader(req, "Authorization", "")
		return nil
	}

	payloadHash := ""
	if truthy(p.Get("includePayloadHash")) && len(body) > 0 && env.bodyMode(req, body) != modeFormData {
		h := newHash()
		h.Write([]byte("hawk.1.payload\n"))
		ct := headerGet(req, "Content-Type")
		h.Write([]byte(strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0])) + "\n"))
		h.Write(body)
		h.Write([]byte("\n"))
		payloadHash = base64.StdEncoding.EncodeToString(h.Sum(nil))
	}

	port := req.URL.Port()
	if port == "" {
		if strings.EqualFold(req.URL.Scheme, "http") {
			port = "80"
		} else {
			port = "443"
		}
	}
	ext, app, dlg := p.Get("extraData"), p.Get("app"), p.Get("delegation")
	normalized := "hawk.1.header\n" +
		timestamp + "\n" +
		nonce + "\n" +
		strings.ToUpper(req.Method) + "\n" +
		requestURI(req) + "\n" +
		strings.ToLower(req.URL.Hostname()) + "\n" +
		port + "\n" +
		payloadHash + "\n"
	if ext != "" {
		// sic: only the first backslash and the first newline are escaped
		normalized += strings.Replace(strings.Replace(ext, `\`, `\\`, 1), "\n", `\n`, 1)
	}
	normalized += "\n"
	if app != "" {
		normalized += app + "\n" + dlg + "\n"
	}
	m := hmac.New(newHash, []byte(key))
	m.Write([]byte(normalized))
	mac := base64.StdEncoding.EncodeToString(m.Sum(nil))

	header := `Hawk id="` + id + `", ts="` + timestamp + `", nonce="` + nonce
	if payloadHash != "" {
		header += `", hash="` + payloadHash
	}
	if ext != "" {
		header += `", ext="` + strings.ReplaceAll(strings.ReplaceAll(ext, `\`, `\\`), `"`, `\"`)
	}
	header += `", mac="` + mac + `"`
	if app != "" {
		header += `, app="` + app
		if dlg != "" {
			header += `", dlg="` + dlg
		}
		header += `"`
	}
	addHeader(req, "Authorization", header)
	return nil
}
