package authsign

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/courier-run/courier/internal/lazyre"
)

// Headers aws4 (1.12.0) never signs.
var awsIgnoredHeaders = map[string]bool{
	"authorization": true, "connection": true, "x-amzn-trace-id": true, "user-agent": true,
	"expect": true, "presigned-expires": true, "range": true,
}

var awsPathSafe = lazyre.New(`^[0-9A-Za-z;,/?:@&=+$\-_.!~*'()#%]*$`)

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
	a := newAWSV4(p)

	// sic: postman-runtime takes the URL before it removes the old X-Amz-*
	// query parameters, so aws4 still sees them
	path := requestURI(req)
	for _, h := range []string{"Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-Sha256"} {
		removeHeader(req, h)
	}
	removeQueryParams(req, "X-Amz-Security-Token", "X-Amz-Date", "X-Amz-Algorithm",
		"X-Amz-Credential", "X-Amz-SignedHeaders", "X-Amz-Signature")

	headers := awsRequestHeaders(req)
	if !a.signQuery {
		mode := env.bodyMode(req, body)
		if len(body) > 0 && mode != modeFormData {
			bh := sha256Hex(body)
			upsertHeader(req, "X-Amz-Content-Sha256", bh)
			headers = append(headers, awsHeader{"X-Amz-Content-Sha256", bh})
		}
	}
	t, err := awsTime(req, env)
	if err != nil {
		return err
	}
	a.setDatetime(t.UTC().Format("20060102T150405Z"))
	path, query, err := splitAWSPath(path)
	if err != nil {
		return err
	}
	signedHeaders, lines := a.signHeaders(req, headers)
	if a.signQuery {
		a.presignQuery(query, signedHeaders)
	}

	// canonical request
	bodyHash := getHeaderIn(headers, "x-amz-content-sha256")
	switch {
	case a.service == "s3" && a.signQuery:
		bodyHash = "UNSIGNED-PAYLOAD"
	case bodyHash == "":
		bodyHash = sha256Hex(nil)
	}
	canonPath, err := awsCanonicalPath(path, a.service)
	if err != nil {
		return err
	}
	canonical := strings.Join([]string{
		req.Method, canonPath, query.canonical(a.service), strings.Join(lines, "\n") + "\n", signedHeaders, bodyHash,
	}, "\n")
	signature := a.signature(canonical)

	if a.signQuery {
		query.set("X-Amz-Signature", signature)
		query.appendAmzTo(req)
		return nil
	}
	upsertHeader(req, "X-Amz-Date", a.datetime)
	upsertHeader(req, "Authorization", "AWS4-HMAC-SHA256 Credential="+a.accessKey+"/"+a.scope+
		", SignedHeaders="+signedHeaders+", Signature="+signature)
	return nil
}

// awsV4 is one AWS Signature Version 4 signing as aws4 (1.12.0) does it.
type awsV4 struct {
	accessKey, secretKey, sessionToken string
	service, region                    string
	signQuery                          bool // addAuthDataToQuery: a presigned URL
	datetime, date, scope              string
}

func newAWSV4(p Params) *awsV4 {
	a := &awsV4{accessKey: p.Get("accessKey"), secretKey: p.Get("secretKey"), sessionToken: p.Get("sessionToken"),
		service: p.Get("service"), region: p.Get("region"), signQuery: truthy(p.Get("addAuthDataToQuery"))}
	if a.service == "" {
		a.service = "execute-api"
	}
	if a.region == "" {
		a.region = "us-east-1"
	}
	if a.service == "email" {
		a.service = "ses"
	}
	return a
}

// setDatetime sets the signing time (20060102T150405Z) and the scope's date.
func (a *awsV4) setDatetime(datetime string) {
	a.datetime = datetime
	a.date = datetime[:min(8, len(datetime))]
	a.scope = a.date + "/" + a.region + "/" + a.service + "/aws4_request"
}

// awsRequestHeaders are the headers aws4 is given: the request's, plus Host
// (which it also sets as req.Host).
func awsRequestHeaders(req *http.Request) []awsHeader {
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
	return headers
}

// awsTime is the signing time: from a Date header if the user set one.
func awsTime(req *http.Request, env Env) (time.Time, error) {
	if d := headerGet(req, "Date"); d != "" {
		return parseJSDate(d)
	}
	return env.now(), nil
}

// signHeaders lists the signed headers (adding to req the ones signing
// adds) and gives their names joined by ";" and their canonical lines.
func (a *awsV4) signHeaders(req *http.Request, headers []awsHeader) (names string, lines []string) {
	type chdr struct{ lname, value string }
	var signed []chdr
	for _, h := range headers {
		ln := strings.ToLower(h.name)
		if awsIgnoredHeaders[ln] {
			continue
		}
		signed = append(signed, chdr{ln, h.value})
	}
	if !a.signQuery && a.service == "s3" && getHeaderIn(headers, "x-amz-content-sha256") == "" {
		upsertHeader(req, "X-Amz-Content-Sha256", sha256Hex(nil))
		signed = append(signed, chdr{"x-amz-content-sha256", sha256Hex(nil)})
	}
	if !a.signQuery {
		if a.sessionToken != "" {
			upsertHeader(req, "X-Amz-Security-Token", a.sessionToken)
			signed = append(signed, chdr{"x-amz-security-token", a.sessionToken})
		}
		signed = append(signed, chdr{"x-amz-date", a.datetime})
	}
	sort.SliceStable(signed, func(i, j int) bool { return signed[i].lname < signed[j].lname })
	nameList := make([]string, len(signed))
	lines = make([]string, len(signed))
	for i, h := range signed {
		nameList[i] = h.lname
		lines[i] = h.lname + ":" + strings.Join(strings.Fields(jsTrim(h.value)), " ")
	}
	return strings.Join(nameList, ";"), lines
}

// presignQuery puts the auth data in the query (a date already there is
// the signing time).
func (a *awsV4) presignQuery(query *awsQuery, signedHeaders string) {
	if a.sessionToken != "" {
		query.set("X-Amz-Security-Token", a.sessionToken)
	}
	if a.service == "s3" && query.get("X-Amz-Expires") == "" {
		query.set("X-Amz-Expires", "86400")
	}
	if d := query.get("X-Amz-Date"); d != "" {
		a.setDatetime(d)
	} else {
		query.set("X-Amz-Date", a.datetime)
	}
	query.set("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
	query.set("X-Amz-Credential", a.accessKey+"/"+a.scope)
	query.set("X-Amz-SignedHeaders", signedHeaders)
	query.present = true
}

// signature signs the canonical request with the key derived for the scope.
func (a *awsV4) signature(canonical string) string {
	stringToSign := "AWS4-HMAC-SHA256\n" + a.datetime + "\n" + a.scope + "\n" + sha256Hex([]byte(canonical))
	k := hmacSHA256([]byte("AWS4"+a.secretKey), a.date)
	k = hmacSHA256(k, a.region)
	k = hmacSHA256(k, a.service)
	k = hmacSHA256(k, "aws4_request")
	return hex.EncodeToString(hmacSHA256(k, stringToSign))
}

// awsQuery is a query string as aws4 parses it: keys in the order first
// seen, each with its values.
type awsQuery struct {
	params  []*awsQueryParam
	present bool // the URL has a query ('?'), or the signing added one
}

type awsQueryParam struct {
	key  string
	vals []string
}

// splitAWSPath splits the request's path and query as aws4 parses them.
func splitAWSPath(path string) (string, *awsQuery, error) {
	if !awsPathSafe().MatchString(path) {
		d, err := decodeURI(path)
		if err != nil {
			return "", nil, err
		}
		path = encodeURI(d)
	}
	q := &awsQuery{}
	i := strings.IndexByte(path, '?')
	if i < 0 {
		return path, q, nil
	}
	q.present = true
	for _, seg := range strings.Split(path[i+1:], "&") {
		if seg == "" {
			continue
		}
		k, v, _ := strings.Cut(seg, "=")
		q.add(qsUnescape(strings.ReplaceAll(k, "+", " ")), qsUnescape(strings.ReplaceAll(v, "+", " ")))
	}
	return path[:i], q, nil
}

func (q *awsQuery) add(k, v string) {
	found := false
	for _, p := range q.params {
		if p.key == k {
			p.vals = append(p.vals, v)
			found = true
		}
	}
	if !found {
		q.params = append(q.params, &awsQueryParam{k, []string{v}})
	}
}

func (q *awsQuery) set(k, v string) {
	for _, p := range q.params {
		if p.key == k {
			p.vals = []string{v}
			return
		}
	}
	q.params = append(q.params, &awsQueryParam{k, []string{v}})
}

func (q *awsQuery) get(k string) string {
	for _, p := range q.params {
		if p.key == k && len(p.vals) > 0 {
			return p.vals[0]
		}
	}
	return ""
}

// canonical is the canonical query string: keys encoded and sorted, values
// of a repeated key sorted (s3 signs only the first).
func (q *awsQuery) canonical(service string) string {
	if !q.present {
		return ""
	}
	var keys []string
	for _, p := range q.params {
		if p.key == "" {
			continue
		}
		keys = append(keys, rfc3986(p.key))
	}
	sort.SliceStable(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var pieces []string
	for _, k := range keys {
		var p *awsQueryParam
		for _, x := range q.params {
			if rfc3986(x.key) == k {
				p = x
			}
		}
		vals := p.vals
		if service == "s3" || len(vals) == 1 {
			pieces = append(pieces, k+"="+rfc3986(vals[0]))
			continue
		}
		enc := make([]string, len(vals))
		for i, v := range vals {
			enc[i] = rfc3986(v)
		}
		sort.Strings(enc)
		for _, v := range enc {
			pieces = append(pieces, k+"="+v)
		}
	}
	return strings.Join(pieces, "&")
}

// appendAmzTo adds the X-Amz-* parameters of a presigned URL that req's
// query does not have yet.
func (q *awsQuery) appendAmzTo(req *http.Request) {
	existing := map[string]bool{}
	for _, s := range querySegments(req.URL.RawQuery) {
		existing[segmentKey(s)] = true
	}
	for _, p := range q.params {
		name := rfc3986(p.key)
		if !strings.HasPrefix(name, "X-Amz-") || existing[name] {
			continue
		}
		existing[name] = true
		appendQuery(req, name+"="+rfc3986(p.vals[0]))
	}
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
