package authsign

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"time"
)

// Headers aws4 (1.12.0) never signs.
var awsIgnoredHeaders = map[string]bool{
	"authorization": true, "connection": true, "x-amzn-trace-id": true, "user-agent": true,
	"expect": true, "presigned-expires": true, "range": true,
}

var awsPathSafe = regexp.MustCompile(`^[0-9A-Za-z;,/?:@&=+$\-_.!~*'()#%]*$`)

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func hmacSHA256(key []byte, s string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(s))
	return m.Sum(nil)
}

func signAWSV4(req *http.Request, body []byte, p Params, env Env) error {
	accessKey, secretKey, sessionToken := p.Get("accessKey"), p.Get("secretKey"), p.Get("sessionToken")
	service := p.Get("service")
	if service == "" {
		service = "execute-api"
	}
	region := p.Get("region")
	if region == "" {
		region = "us-east-1"
	}
	if service == "email" {
		service = "ses"
	}
	signQuery := truthy(p.Get("addAuthDataToQuery"))

	// sic: postman-runtime takes the URL before it removes the old X-Amz-*
	// query parameters, so aws4 still sees them
	path := requestURI(req)
	for _, h := range []string{"Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-Sha256"} {
		removeHeader(req, h)
	}
	removeQueryParams(req, "X-Amz-Security-Token", "X-Amz-Date", "X-Amz-Algorithm",
		"X-Amz-Credential", "X-Amz-SignedHeaders", "X-Amz-Signature")

	// the headers aws4 is given: the request's, plus Host
	var headers []awsHeader
	for k, vs := range req.Header {
		headers = append(headers, awsHeader{k, strings.Join(vs, ",")})
	}
	hostKey := ""
	for _, h := range headers {
		if (h.name == "Host" || h.name == "host") && len(req.Header[h.name]) > 0 {
			hostKey = h.name
		}
	}
	if hostKey == "" {
		host := req.URL.Host
		headers = append(headers, awsHeader{"Host", host})
		req.Host = host
	} else {
		req.Host = req.Header[hostKey][0]
	}

	if !signQuery {
		mode := env.bodyMode(req, body)
		if len(body) > 0 && mode != modeFormData {
			bh := sha256Hex(body)
			upsertHeader(req, "X-Amz-Content-Sha256", bh)
			headers = append(headers, awsHeader{"X-Amz-Content-Sha256", bh})
		}
	}

	// the date: from a Date header if the user set one
	var t time.Time
	if d := headerGet(req, "Date"); d != "" {
		var err error
		t, err = parseJSDate(d)
		if err != nil {
			return err
		}
	} else {
		t = env.now()
	}
	datetime := t.UTC().Format("20060102T150405Z")
	date := datetime[:8]
	scope := date + "/" + region + "/" + service + "/aws4_request"

	// path and query as aws4 parses them
	if !awsPathSafe.MatchString(path) {
		d, err := decodeURI(path)
		if err != nil {
			return err
		}
		path = encodeURI(d)
	}
	type qv struct {
		key  string
		vals []string
	}
	var query []*qv
	hasQuery := false
	if i := strings.IndexByte(path, '?'); i >= 0 {
		hasQuery = true
		for _, seg := range strings.Split(path[i+1:], "&") {
			if seg == "" {
				continue
			}
			k, v, _ := strings.Cut(seg, "=")
			k = qsUnescape(strings.ReplaceAll(k, "+", " "))
			v = qsUnescape(strings.ReplaceAll(v, "+", " "))
			found := false
			for _, q := range query {
				if q.key == k {
					q.vals = append(q.vals, v)
					found = true
				}
			}
			if !found {
				query = append(query, &qv{k, []string{v}})
			}
		}
		path = path[:i]
	}
	setQuery := func(k, v string) {
		for _, q := range query {
			if q.key == k {
				q.vals = []string{v}
				return
			}
		}
		query = append(query, &qv{k, []string{v}})
	}
	getQuery := func(k string) string {
		for _, q := range query {
			if q.key == k && len(q.vals) > 0 {
				return q.vals[0]
			}
		}
		return ""
	}

	// signed headers
	type chdr struct{ lname, value string }
	var signed []chdr
	for _, h := range headers {
		ln := strings.ToLower(h.name)
		if awsIgnoredHeaders[ln] {
			continue
		}
		signed = append(signed, chdr{ln, h.value})
	}
	if !signQuery && service == "s3" && getHeaderIn(headers, "x-amz-content-sha256") == "" {
		upsertHeader(req, "X-Amz-Content-Sha256", sha256Hex(nil))
		signed = append(signed, chdr{"x-amz-content-sha256", sha256Hex(nil)})
	}
	if !signQuery {
		if sessionToken != "" {
			upsertHeader(req, "X-Amz-Security-Token", sessionToken)
			signed = append(signed, chdr{"x-amz-security-token", sessionToken})
		}
		signed = append(signed, chdr{"x-amz-date", datetime})
	}
	sort.SliceStable(signed, func(i, j int) bool { return signed[i].lname < signed[j].lname })
	names := make([]string, len(signed))
	lines := make([]string, len(signed))
	for i, h := range signed {
		names[i] = h.lname
		lines[i] = h.lname + ":" + strings.Join(strings.Fields(jsTrim(h.value)), " ")
	}
	signedHeaders := strings.Join(names, ";")

	if signQuery {
		if sessionToken != "" {
			setQuery("X-Amz-Security-Token", sessionToken)
		}
		if service == "s3" && getQuery("X-Amz-Expires") == "" {
			setQuery("X-Amz-Expires", "86400")
		}
		if d := getQuery("X-Amz-Date"); d != "" {
			datetime = d
			date = datetime[:min(8, len(datetime))]
			scope = date + "/" + region + "/" + service + "/aws4_request"
		} else {
			setQuery("X-Amz-Date", datetime)
		}
		setQuery("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
		setQuery("X-Amz-Credential", accessKey+"/"+scope)
		setQuery("X-Amz-SignedHeaders", signedHeaders)
		hasQuery = true
	}

	// canonical request
	var bodyHash string
	switch {
	case service == "s3" && signQuery:
		bodyHash = "UNSIGNED-PAYLOAD"
	default:
		if v := getHeaderIn(headers, "x-amz-content-sha256"); v != "" {
			bodyHash = v
		} else {
			bodyHash = sha256Hex(nil)
		}
	}
	queryStr := ""
	if hasQuery {
		type pair struct{ k, v string }
		var ps []pair
		for _, q := range query {
			if q.key == "" {
				continue
			}
			ps = append(ps, pair{rfc3986(q.key), ""})
		}
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].k < ps[j].k })
		var pieces []string
		for _, pr := range ps {
			var q *qv
			for _, x := range query {
				if rfc3986(x.key) == pr.k {
					q = x
				}
			}
			vals := q.vals
			if service == "s3" || len(vals) == 1 {
				pieces = append(pieces, pr.k+"="+rfc3986(vals[0]))
				continue
			}
			enc := make([]string, len(vals))
			for i, v := range vals {
				enc[i] = rfc3986(v)
			}
			sort.Strings(enc)
			for _, v := range enc {
				pieces = append(pieces, pr.k+"="+v)
			}
		}
		queryStr = strings.Join(pieces, "&")
	}
	canonPath, err := awsCanonicalPath(path, service)
	if err != nil {
		return err
	}
	canonical := strings.Join([]string{
		req.Method, canonPath, queryStr, strings.Join(lines, "\n") + "\n", signedHeaders, bodyHash,
	}, "\n")
	stringToSign := "AWS4-HMAC-SHA256\n" + datetime + "\n" + scope + "\n" + sha256Hex([]byte(canonical))
	k := hmacSHA256([]byte("AWS4"+secretKey), date)
	k = hmacSHA256(k, region)
	k = hmacSHA256(k, service)
	k = hmacSHA256(k, "aws4_request")
	signature := hex.EncodeToString(hmacSHA256(k, stringToSign))

	if signQuery {
		setQuery("X-Amz-Signature", signature)
		existing := map[string]bool{}
		for _, s := range querySegments(req.URL.RawQuery) {
			existing[segmentKey(s)] = true
		}
		for _, q := range query {
			name := rfc3986(q.key)
			if !strings.HasPrefix(name, "X-Amz-") || existing[name] {
				continue
			}
			existing[name] = true
			appendQuery(req, name+"="+rfc3986(q.vals[0]))
		}
		return nil
	}
	upsertHeader(req, "X-Amz-Date", datetime)
	upsertHeader(req, "Authorization", "AWS4-HMAC-SHA256 Credential="+accessKey+"/"+scope+
		", SignedHeaders="+signedHeaders+", Signature="+signature)
	return nil
}

type awsHeader struct{ name, value string }

func getHeaderIn(hs []awsHeader, lname string) string {
	for _, h := range hs {
		if strings.ToLower(h.name) == lname {
			return h.value
		}
	}
	return ""
}

// awsCanonicalPath normalizes and encodes the path as aws4 does.
func awsCanonicalPath(path, service string) (string, error) {
	if path == "/" {
		return path, nil
	}
	s3 := service == "s3"
	if !s3 {
		for strings.Contains(path, "//") {
			path = strings.ReplaceAll(path, "//", "/")
		}
	}
	var out []string
	for _, piece := range strings.Split(path, "/") {
		switch {
		case !s3 && piece == "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		case s3 || piece != ".":
			if s3 {
				d, err := decodeURIComponent(strings.ReplaceAll(piece, "+", " "))
				if err != nil {
					return "", err
				}
				piece = d
			}
			out = append(out, rfc3986(piece))
		}
	}
	res := strings.Join(out, "/")
	if !strings.HasPrefix(res, "/") {
		res = "/" + res
	}
	if s3 {
		res = strings.ReplaceAll(res, "%2F", "/")
	}
	return res, nil
}

// parseJSDate reads a Date header value the way new Date(string) does for
// the usual formats.
func parseJSDate(s string) (time.Time, error) {
	if t, err := http.ParseTime(s); err == nil {
		return t, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02", time.RFC1123Z, time.UnixDate} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errors.New("RangeError: Invalid time value")
}
