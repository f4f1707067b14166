package contiomock

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// oauthParams reads the parameters of an OAuth-style request from a JSON
// object or an application/x-www-form-urlencoded body. JSON booleans and
// numbers become their text, arrays of strings are joined with spaces (so
// "scopes": ["a", "b"] reads like scope=a b). For a repeated form parameter
// the first value wins.
func oauthParams(req *request) (map[string]string, *response) {
	out := map[string]string{}
	body := bytes.TrimSpace(req.body)
	if len(body) == 0 {
		return out, nil
	}
	ct, _, err := mime.ParseMediaType(req.http.Header.Get("Content-Type"))
	if err != nil {
		ct = ""
	}
	switch {
	case ct == "application/json" || strings.HasSuffix(ct, "+json") || (ct == "" && body[0] == '{'):
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(body, &raw); err != nil {
			r := errorResponse(http.StatusBadRequest, "invalid_request", "The request body must be a JSON object")
			return nil, &r
		}
		for k, v := range raw {
			if s, ok := jsonScalarText(v); ok {
				out[k] = s
			}
		}
		return out, nil
	case ct == "application/x-www-form-urlencoded" || ct == "":
		values, err := url.ParseQuery(string(body))
		if err != nil {
			r := errorResponse(http.StatusBadRequest, "invalid_request", "The form body could not be parsed")
			return nil, &r
		}
		for k, v := range values {
			if len(v) > 0 {
				out[k] = v[0]
			}
		}
		return out, nil
	default:
		r := errorResponse(http.StatusBadRequest, "invalid_request",
			"Unsupported Content-Type "+ct+"; send application/x-www-form-urlencoded or application/json")
		return nil, &r
	}
}

func jsonScalarText(v json.RawMessage) (string, bool) {
	var x any
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.UseNumber()
	if err := dec.Decode(&x); err != nil {
		return "", false
	}
	switch t := x.(type) {
	case string:
		return t, true
	case bool:
		return strconv.FormatBool(t), true
	case json.Number:
		return t.String(), true
	case []any:
		parts := make([]string, 0, len(t))
		for _, e := range t {
			s, ok := e.(string)
			if !ok {
				return "", false
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, " "), true
	}
	return "", false
}

// jsonObject decodes an API request body that must be a JSON object.
func jsonObject(req *request) (map[string]any, *response) {
	body := bytes.TrimSpace(req.body)
	if len(body) == 0 {
		r := errorResponse(http.StatusBadRequest, "invalid_request", "A JSON request body is required")
		return nil, &r
	}
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil || m == nil {
		r := errorResponse(http.StatusBadRequest, "invalid_request", "The request body must be a JSON object")
		return nil, &r
	}
	return m, nil
}

// optString reads an optional string field; null counts as absent.
func optString(m map[string]any, key string) (value string, present bool, bad *response) {
	v, ok := m[key]
	if !ok || v == nil {
		return "", false, nil
	}
	s, ok := v.(string)
	if !ok {
		r := errorResponse(http.StatusBadRequest, "invalid_request", key+" must be a string")
		return "", false, &r
	}
	return s, true, nil
}

// pagination reads limit (default 20, 1..100) and offset (default 0).
func pagination(q url.Values) (limit, offset int, bad *response) {
	limit, offset = 20, 0
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			r := errorResponse(http.StatusBadRequest, "invalid_request", "limit must be an integer between 1 and 100")
			return 0, 0, &r
		}
		limit = n
	}
	if v := q.Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			r := errorResponse(http.StatusBadRequest, "invalid_request", "offset must be a non-negative integer")
			return 0, 0, &r
		}
		offset = n
	}
	return limit, offset, nil
}

// listBody is the {items, total, limit, offset} envelope of list endpoints.
type listBody[T any] struct {
	Items  []T `json:"items"`
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

func pageOf[T any](all []T, limit, offset int) listBody[T] {
	items := []T{}
	if offset < len(all) {
		end := min(offset+limit, len(all))
		items = append(items, all[offset:end]...)
	}
	return listBody[T]{Items: items, Total: len(all), Limit: limit, Offset: offset}
}

// parseTime accepts RFC 3339 timestamps.
func parseTime(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, false
	}
	return t.UTC(), true
}

// parseDateOrTime accepts RFC 3339 timestamps and YYYY-MM-DD dates.
func parseDateOrTime(s string) (time.Time, bool) {
	if t, ok := parseTime(s); ok {
		return t, true
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

func formatTime(t time.Time) string {
	return t.UTC().Format(time.RFC3339)
}

func normalizeEmail(e string) string {
	return strings.ToLower(strings.TrimSpace(e))
}

func validEmail(e string) bool {
	at := strings.LastIndexByte(e, '@')
	return at > 0 && at < len(e)-1 && !strings.ContainsAny(e, " \t\r\n")
}
