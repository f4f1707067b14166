package authsign

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

func base64HmacSHA256(data, key string) string {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(data))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

func signEdgeGrid(req *http.Request, body []byte, p Params, env Env) error {
	accessToken, clientToken, clientSecret := p.Get("accessToken"), p.Get("clientToken"), p.Get("clientSecret")
	if accessToken == "" || clientToken == "" || clientSecret == "" {
		return nil
	}
	removeHeader(req, "Authorization")

	host := req.URL.Host
	if b := p.Get("baseURL"); b != "" {
		host = edgegridBaseHost(b)
	}
	nonce := p.Get("nonce")
	if nonce == "" {
		n, err := uuidV4(env.rand())
		if err != nil {
			return err
		}
		nonce = n
	}
	timestamp := p.Get("timestamp")
	if timestamp == "" {
		timestamp = env.now().UTC().Format("20060102T15:04:05") + "+0000"
	}
	// maxBodySize compares as a JavaScript number: a non-numeric value
	// (NaN) limits nothing, zero or less hashes nothing
	maxBody, limit := 131072.0, true
	if m := p.Get("maxBodySize"); m != "" {
		if n, err := strconv.ParseFloat(jsTrim(m), 64); err == nil {
			maxBody = n
		} else {
			limit = false
		}
	}

	// headers to sign, looked up case-insensitively; repeated headers are skipped
	lower := map[string][]string{}
	for k, vs := range req.Header {
		lk := strings.ToLower(k)
		lower[lk] = append(lower[lk], vs...)
	}
	var canon []string
	if hs := p.Get("headersToSign"); hs != "" {
		for _, name := range strings.Split(hs, ",") {
			name = strings.ToLower(jsTrim(name))
			vs := lower[name]
			if len(vs) != 1 || vs[0] == "" {
				continue
			}
			canon = append(canon, name+":"+strings.Join(strings.Fields(jsTrim(vs[0])), " "))
		}
	}

	bodyHash := ""
	if req.Method == "POST" && len(body) > 0 && env.bodyMode(req, body) != modeFormData {
		b := body
		if limit && maxBody <= 0 {
			b = nil
		} else if limit && float64(len(b)) > maxBody {
			b = b[:int(maxBody)]
		}
		s := sha256.Sum256(b)
		bodyHash = base64.StdEncoding.EncodeToString(s[:])
	}

	auth := "EG1-HMAC-SHA256 " +
		"client_token=" + clientToken + ";" +
		"access_token=" + accessToken + ";" +
		"timestamp=" + timestamp + ";" +
		"nonce=" + nonce + ";"
	scheme := strings.ToLower(req.URL.Scheme)
	if scheme == "" {
		scheme = "http"
	}
	path := requestURI(req)
	if path == "" {
		path = "/"
	}
	data := strings.Join([]string{
		req.Method, scheme, host, path, strings.Join(canon, "\t"), bodyHash, auth,
	}, "\t")
	signingKey := base64HmacSHA256(timestamp, clientSecret)
	addHeader(req, "Authorization", auth+"signature="+base64HmacSHA256(data, signingKey))
	return nil
}

// edgegridBaseHost is the host (with port) of the baseURL parameter.
func edgegridBaseHost(b string) string {
	s := strings.TrimSpace(b)
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		// fall back to what precedes the first '/', '?' or '#'
		rest := s[strings.Index(s, "://")+3:]
		if i := strings.IndexAny(rest, "/?#"); i >= 0 {
			rest = rest[:i]
		}
		return strings.ToLower(rest)
	}
	return strings.ToLower(u.Host)
}
