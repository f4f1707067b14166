package corpus

import (
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// An Example is a saved response from a collection (v2 `response[]` or v1
// `responses[]`) with the request it was saved for.
type Example struct {
	Item    string      // the request's name, for the log
	Name    string      // the example's name
	Method  string      // upper case; "" matches any
	Host    string      // the template's host part, e.g. "{{baseUrl}}" or "api.example.com"
	Path    []string    // path segments of the template; variables are kept as written
	Query   [][2]string // the template's query pairs
	Code    int
	Headers [][2]string
	Body    string
}

// Examples holds a collection's saved responses in document order.
type Examples struct {
	list []Example
}

// Len is the number of examples.
func (e *Examples) Len() int { return len(e.list) }

// LoadExamples collects the saved example responses of a collection document
// (v2.x with `item`, v1 with `requests`). A document it cannot read yields no
// examples and an error; the stand-in still answers with echoes.
func LoadExamples(doc []byte) (*Examples, error) {
	var root any
	if err := json.Unmarshal(doc, &root); err != nil {
		return &Examples{}, fmt.Errorf("collection: %w", err)
	}
	ex := &Examples{}
	m, _ := root.(map[string]any)
	if m == nil {
		return ex, nil
	}
	if items, ok := m["item"].([]any); ok {
		ex.walkV2(items)
	}
	if reqs, ok := m["requests"].([]any); ok {
		for _, r := range reqs {
			ex.addV1(r)
		}
	}
	return ex, nil
}

func (e *Examples) walkV2(items []any) {
	for _, it := range items {
		item, _ := it.(map[string]any)
		if item == nil {
			continue
		}
		if sub, ok := item["item"].([]any); ok {
			e.walkV2(sub)
			continue
		}
		name, _ := item["name"].(string)
		reqMethod, reqURL := requestParts(item["request"])
		resps, _ := item["response"].([]any)
		for _, r := range resps {
			resp, _ := r.(map[string]any)
			if resp == nil {
				continue
			}
			method, u := reqMethod, reqURL
			if orig, ok := resp["originalRequest"]; ok && orig != nil {
				if om, ou := requestParts(orig); ou != "" || om != "" {
					if om != "" {
						method = om
					}
					if ou != "" {
						u = ou
					}
				}
			}
			x := Example{Item: name, Method: method, Code: 200}
			x.Name, _ = resp["name"].(string)
			if c, ok := resp["code"].(float64); ok && c >= 100 && c <= 999 {
				x.Code = int(c)
			}
			x.Headers = headerPairs(resp["header"])
			x.Body = stringOf(resp["body"])
			x.Host, x.Path, x.Query = splitTemplate(u)
			e.list = append(e.list, x)
		}
	}
}

func (e *Examples) addV1(r any) {
	req, _ := r.(map[string]any)
	if req == nil {
		return
	}
	name, _ := req["name"].(string)
	method, _ := req["method"].(string)
	u, _ := req["url"].(string)
	resps, _ := req["responses"].([]any)
	for _, x := range resps {
		resp, _ := x.(map[string]any)
		if resp == nil {
			continue
		}
		ex := Example{Item: name, Method: strings.ToUpper(method), Code: 200}
		ex.Name, _ = resp["name"].(string)
		if rc, ok := resp["responseCode"].(map[string]any); ok {
			if c, ok := rc["code"].(float64); ok && c >= 100 && c <= 999 {
				ex.Code = int(c)
			}
		}
		ex.Headers = headerPairs(resp["headers"])
		ex.Body = stringOf(resp["text"])
		tu := u
		if orig, ok := resp["request"].(map[string]any); ok {
			if ou, ok := orig["url"].(string); ok && ou != "" {
				tu = ou
			}
			if om, ok := orig["method"].(string); ok && om != "" {
				ex.Method = strings.ToUpper(om)
			}
		}
		ex.Host, ex.Path, ex.Query = splitTemplate(tu)
		e.list = append(e.list, ex)
	}
}

// requestParts returns the method and the raw URL of a v2 request (a string
// or an object).
func requestParts(r any) (method, rawURL string) {
	switch v := r.(type) {
	case string:
		return "GET", v
	case map[string]any:
		method, _ = v["method"].(string)
		method = strings.ToUpper(method)
		if method == "" {
			method = "GET"
		}
		switch u := v["url"].(type) {
		case string:
			rawURL = u
		case map[string]any:
			rawURL = urlObjectRaw(u)
		}
	}
	return method, rawURL
}

// urlObjectRaw is the raw form of a v2 URL object: its `raw` when present,
// else one assembled from host, path and query.
func urlObjectRaw(u map[string]any) string {
	if raw, ok := u["raw"].(string); ok && raw != "" {
		return raw
	}
	var b strings.Builder
	if p, ok := u["protocol"].(string); ok && p != "" {
		b.WriteString(p + "://")
	}
	switch h := u["host"].(type) {
	case string:
		b.WriteString(h)
	case []any:
		parts := make([]string, 0, len(h))
		for _, s := range h {
			parts = append(parts, stringOf(s))
		}
		b.WriteString(strings.Join(parts, "."))
	}
	if p, ok := u["port"].(string); ok && p != "" {
		b.WriteString(":" + p)
	}
	switch p := u["path"].(type) {
	case string:
		if !strings.HasPrefix(p, "/") {
			b.WriteString("/")
		}
		b.WriteString(p)
	case []any:
		for _, s := range p {
			b.WriteString("/" + stringOf(s))
		}
	}
	if q, ok := u["query"].([]any); ok && len(q) > 0 {
		var pairs []string
		for _, x := range q {
			m, _ := x.(map[string]any)
			if m == nil {
				continue
			}
			if d, _ := m["disabled"].(bool); d {
				continue
			}
			k := stringOf(m["key"])
			if m["value"] == nil {
				pairs = append(pairs, k)
			} else {
				pairs = append(pairs, k+"="+stringOf(m["value"]))
			}
		}
		if len(pairs) > 0 {
			b.WriteString("?" + strings.Join(pairs, "&"))
		}
	}
	return b.String()
}

func stringOf(v any) string {
	switch s := v.(type) {
	case nil:
		return ""
	case string:
		return s
	case float64, bool:
		return fmt.Sprint(s)
	default:
		b, _ := json.Marshal(s)
		return string(b)
	}
}

// headerPairs reads headers given as [{key, value}] or as a "K: V\n" string.
func headerPairs(v any) [][2]string {
	var out [][2]string
	switch h := v.(type) {
	case []any:
		for _, x := range h {
			m, _ := x.(map[string]any)
			if m == nil {
				continue
			}
			if d, _ := m["disabled"].(bool); d {
				continue
			}
			k := stringOf(m["key"])
			if k == "" {
				k = stringOf(m["name"])
			}
			if k != "" {
				out = append(out, [2]string{k, stringOf(m["value"])})
			}
		}
	case string:
		for _, line := range strings.Split(h, "\n") {
			k, val, ok := strings.Cut(line, ":")
			if ok && strings.TrimSpace(k) != "" {
				out = append(out, [2]string{strings.TrimSpace(k), strings.TrimSpace(val)})
			}
		}
	}
	return out
}

var schemeRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*://`)

// splitTemplate splits a raw URL template into host, path segments and query
// pairs. A template starting with a variable ("{{base}}/x") has that variable
// as its host.
func splitTemplate(raw string) (host string, path []string, query [][2]string) {
	s := strings.TrimSpace(raw)
	s = schemeRe.ReplaceAllString(s, "")
	if i := strings.Index(s, "#"); i >= 0 && !strings.Contains(s[:i], "{{") {
		s = s[:i]
	}
	q := ""
	if i := strings.Index(s, "?"); i >= 0 {
		s, q = s[:i], s[i+1:]
	}
	if strings.HasPrefix(s, "{{") {
		if end := strings.Index(s, "}}"); end >= 0 {
			host, s = s[:end+2], s[end+2:]
			// "{{host}}:{{port}}/x" or "{{base}}v1/x": the rest up to the first slash belongs to the host
			if i := strings.Index(s, "/"); i > 0 {
				host, s = host+s[:i], s[i:]
			} else if i < 0 {
				host, s = host+s, ""
			}
		}
	} else {
		i := strings.Index(s, "/")
		if i < 0 {
			host, s = s, ""
		} else {
			host, s = s[:i], s[i:]
		}
	}
	for _, seg := range strings.Split(s, "/") {
		if seg != "" {
			path = append(path, seg)
		}
	}
	if q != "" {
		for _, p := range strings.Split(q, "&") {
			if p == "" {
				continue
			}
			k, v, _ := strings.Cut(p, "=")
			query = append(query, [2]string{k, v})
		}
	}
	return host, path, query
}

// isVariable says whether a template segment stands for any value: a
// {{variable}} anywhere in it, or a :pathVariable.
func isVariable(seg string) bool {
	return strings.Contains(seg, "{{") || (strings.HasPrefix(seg, ":") && len(seg) > 1)
}

// segEqual compares a literal template segment with a request segment
// (escaped as received); either may be percent-encoded.
func segEqual(tmpl, got string) bool {
	if tmpl == got {
		return true
	}
	ut, err1 := url.PathUnescape(tmpl)
	ug, err2 := url.PathUnescape(got)
	return err1 == nil && err2 == nil && ut == ug
}

// Match returns the example that best fits a request, or nil. Method must be
// equal; path segments must match (literal segments equal, variable segments
// anything), over the whole path or, when the template's host is a variable
// (a base URL may carry a path prefix), over the request path's tail. Among
// fits, more literal segments win, then a whole-path fit, then more matching
// query pairs, then a 2xx code, then document order.
func (e *Examples) Match(method string, host string, path []string, query url.Values) *Example {
	var best *Example
	var bestScore [5]int
	for i := range e.list {
		x := &e.list[i]
		if x.Method != "" && !strings.EqualFold(x.Method, method) {
			continue
		}
		whole, ok := pathFits(x.Path, path)
		if !ok && strings.HasPrefix(x.Host, "{{") && literalCount(x.Path) > 0 && len(x.Path) < len(path) {
			_, ok = pathFits(x.Path, path[len(path)-len(x.Path):])
		}
		if !ok {
			continue
		}
		if !strings.Contains(x.Host, "{{") && x.Host != "" && !hostFits(x.Host, host) {
			continue
		}
		score := [5]int{literalCount(x.Path), b2i(whole), queryScore(x.Query, query), b2i(x.Code >= 200 && x.Code < 300), -i}
		if best == nil || less(bestScore, score) {
			best, bestScore = x, score
		}
	}
	return best
}

func pathFits(tmpl, got []string) (whole, ok bool) {
	if len(tmpl) != len(got) {
		return false, false
	}
	for i, t := range tmpl {
		if !isVariable(t) && !segEqual(t, got[i]) {
			return false, false
		}
	}
	return true, true
}

// hostFits compares a literal template host ("api.x.com:8080") with the
// request's host, ignoring the port when the template has none and case.
func hostFits(tmpl, got string) bool {
	tmpl, got = strings.ToLower(tmpl), strings.ToLower(got)
	if tmpl == got {
		return true
	}
	if !strings.Contains(tmpl, ":") {
		if h, _, ok := strings.Cut(got, ":"); ok {
			return h == tmpl
		}
	}
	return false
}

func literalCount(p []string) int {
	n := 0
	for _, s := range p {
		if !isVariable(s) {
			n++
		}
	}
	return n
}

func queryScore(tmpl [][2]string, got url.Values) int {
	n := 0
	for _, kv := range tmpl {
		vals, ok := got[kv[0]]
		if !ok {
			continue
		}
		for _, v := range vals {
			if isVariable(kv[1]) || v == kv[1] {
				n++
				break
			}
		}
	}
	return n
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func less(a, b [5]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}
