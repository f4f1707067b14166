package v3

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/courier-run/courier/collections"
)

// The inverse mapping: a v3 file's YAML (as ynodes, with positions for
// errors) to the v2.1 JSON it stands for, as the Postman app exports it.
// docs/collection-v3.md lists the mapping and where each rule comes from.

// reader reads one file.
type reader struct {
	file  string
	warns *[]string
}

func (r *reader) errf(n *ynode, format string, args ...any) error {
	l, c := 1, 1
	if n != nil {
		l, c = n.line, n.col
	}
	return &collections.Error{File: r.file, Line: l, Col: c, Msg: fmt.Sprintf(format, args...)}
}

func (r *reader) warnf(n *ynode, format string, args ...any) {
	if r.warns == nil {
		return
	}
	l, c := 1, 1
	if n != nil {
		l, c = n.line, n.col
	}
	*r.warns = append(*r.warns, fmt.Sprintf("%s:%d:%d: %s", r.file, l, c, fmt.Sprintf(format, args...)))
}

// fields checks m is a mapping and warns about keys outside known.
func (r *reader) fields(m *ynode, what string, known ...string) error {
	if m.kind != yMap {
		return r.errf(m, "%s: expected a mapping, got %s", what, m.describe())
	}
	for i, k := range m.keys {
		ok := false
		for _, x := range known {
			if k == x {
				ok = true
				break
			}
		}
		if !ok && !strings.HasPrefix(k, "x-") {
			r.warnf(&ynode{line: m.kpos[i][0], col: m.kpos[i][1]}, "%s: unknown field %q is ignored", what, k)
		}
	}
	return nil
}

// str reads a string scalar.
func (r *reader) str(n *ynode, what string) (string, error) {
	if n.kind != yScalar || n.tag != tagStr {
		hint := ""
		if n.kind == yScalar && n.tag != tagNull {
			hint = fmt.Sprintf(" (quote it: '%s')", n.text)
		}
		return "", r.errf(n, "%s: expected a string, got %s%s", what, n.describe(), hint)
	}
	return n.text, nil
}

// optStr reads m[k] as a string when present.
func (r *reader) optStr(m *ynode, k, what string) (string, bool, error) {
	n := m.get(k)
	if n == nil {
		return "", false, nil
	}
	s, err := r.str(n, what+"."+k)
	return s, err == nil, err
}

func (r *reader) boolean(n *ynode, what string) (bool, error) {
	if n.kind != yScalar || n.tag != tagBool {
		return false, r.errf(n, "%s: expected true or false, got %s", what, n.describe())
	}
	return strings.EqualFold(n.text, "true"), nil
}

// number reads a number scalar as JSON.
func (r *reader) number(n *ynode, what string) (json.Number, error) {
	if n.kind != yScalar || (n.tag != tagInt && n.tag != tagFloat) {
		return "", r.errf(n, "%s: expected a number, got %s", what, n.describe())
	}
	return scalarNumber(n), nil
}

// scalarNumber is a YAML number as JSON (0x10 is 16, 1_000 is 1000).
func scalarNumber(n *ynode) json.Number {
	text := strings.ReplaceAll(n.text, "_", "")
	if n.tag == tagInt {
		if i, err := strconv.ParseInt(text, 0, 64); err == nil {
			return json.Number(strconv.FormatInt(i, 10))
		}
		if u, err := strconv.ParseUint(strings.TrimPrefix(text, "+"), 0, 64); err == nil {
			return json.Number(strconv.FormatUint(u, 10))
		}
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return "null"
	}
	return json.Number(collections.FormatNumber(f))
}

// scalarJSON is any scalar as JSON: strings, numbers, booleans, null.
func scalarJSON(n *ynode) any {
	switch n.tag {
	case tagStr:
		return n.text
	case tagInt, tagFloat:
		if num := scalarNumber(n); num != "null" {
			return num
		}
		return nil
	case tagBool:
		return strings.EqualFold(n.text, "true")
	}
	return nil
}

// toJSON is a YAML value as JSON (used for values kept as given: auth
// credentials, script packages).
func toJSON(n *ynode) any {
	switch n.kind {
	case yMap:
		o := newObject()
		for i, k := range n.keys {
			o.set(k, toJSON(n.vals[i]))
		}
		return o
	case ySeq:
		a := make([]any, len(n.items))
		for i, x := range n.items {
			a[i] = toJSON(x)
		}
		return a
	}
	return scalarJSON(n)
}

// description reads a description (a string).
func (r *reader) description(m *ynode, what string) (string, bool, error) {
	return r.optStr(m, "description", what)
}

// keyValues reads a list of {key, value, description, disabled} entries or
// a key → value mapping (headers, query parameters, path variables,
// url-encoded fields, variables). nullValue allows value: null and a
// missing value (query parameters).
func (r *reader) keyValues(n *ynode, what string, nullValue bool, extra ...string) ([]*object, error) {
	var out []*object
	switch n.kind {
	case yMap:
		for i, k := range n.keys {
			v := n.vals[i]
			e := newObject().set("key", k)
			if nullValue && v.kind == yScalar && v.tag == tagNull {
				e.set("value", nil)
			} else {
				s, err := r.str(v, what+"."+k)
				if err != nil {
					return nil, err
				}
				e.set("value", s)
			}
			out = append(out, e)
		}
		return out, nil
	case ySeq:
		for i, item := range n.items {
			w := fmt.Sprintf("%s[%d]", what, i)
			if err := r.fields(item, w, append([]string{"key", "value", "description", "disabled"}, extra...)...); err != nil {
				return nil, err
			}
			kn := item.get("key")
			if kn == nil {
				return nil, r.errf(item, "%s: no key", w)
			}
			k, err := r.str(kn, w+".key")
			if err != nil {
				return nil, err
			}
			e := newObject().set("key", k)
			switch vn := item.get("value"); {
			case vn == nil && nullValue:
			case vn == nil:
				return nil, r.errf(item, "%s: no value (write value: '')", w)
			case nullValue && vn.kind == yScalar && vn.tag == tagNull:
				e.set("value", nil)
			default:
				s, err := r.str(vn, w+".value")
				if err != nil {
					return nil, err
				}
				e.set("value", s)
			}
			for _, x := range extra {
				if err := copyField(e, item, x, w, r.str); err != nil {
					return nil, err
				}
			}
			if err := r.describedDisabled(e, item, w); err != nil {
				return nil, err
			}
			out = append(out, e)
		}
		return out, nil
	}
	return nil, r.errf(n, "%s: expected a list or a mapping, got %s", what, n.describe())
}

// variables reads a definition's variables into v2.1's variable list.
func (r *reader) variables(n *ynode) ([]any, error) {
	kvs, err := r.keyValues(n, "variables", false)
	if err != nil {
		return nil, err
	}
	out := make([]any, len(kvs))
	for i, e := range kvs {
		out[i] = e
	}
	return out, nil
}

// auth reads an auth: {type, credentials} or, for several (Postman's
// multi-auth), a list of them, of which the last applies (as the Postman
// CLI 1.34 applies it). It returns nil for type inherit (the request
// inherits its parent's auth, as a v2.1 request without auth does).
func (r *reader) auth(n *ynode, what string) (*object, error) {
	if n.kind == ySeq {
		if len(n.items) == 0 {
			return nil, nil
		}
		if len(n.items) > 1 {
			r.warnf(n, "%s: %d auths are given; the last one (%s) applies, as in the Postman CLI", what, len(n.items), describeAuth(n.items[len(n.items)-1]))
		}
		for i, a := range n.items[:len(n.items)-1] {
			if err := r.fields(a, fmt.Sprintf("%s[%d]", what, i), "id", "name", "type", "credentials", "rules"); err != nil {
				return nil, err
			}
		}
		last := n.items[len(n.items)-1]
		if err := r.fields(last, fmt.Sprintf("%s[%d]", what, len(n.items)-1), "id", "name", "type", "credentials", "rules"); err != nil {
			return nil, err
		}
		return r.oneAuth(last, fmt.Sprintf("%s[%d]", what, len(n.items)-1))
	}
	if err := r.fields(n, what, "type", "credentials"); err != nil {
		return nil, err
	}
	return r.oneAuth(n, what)
}

func describeAuth(n *ynode) string {
	if t := n.get("type"); t != nil && t.kind == yScalar {
		return t.text
	}
	return "?"
}

func (r *reader) oneAuth(n *ynode, what string) (*object, error) {
	tn := n.get("type")
	if tn == nil {
		return nil, r.errf(n, "%s: no type", what)
	}
	typ, err := r.str(tn, what+".type")
	if err != nil {
		return nil, err
	}
	if typ == "inherit" {
		return nil, nil
	}
	a := newObject().set("type", typ)
	cn := n.get("credentials")
	if cn == nil {
		return a, nil
	}
	var params []any
	add := func(k string, v *ynode, w string) error {
		if v.kind != yScalar {
			// objects and lists are kept as given (oauth2's
			// refreshRequestParams, for one)
			params = append(params, newObject().set("key", k).set("value", toJSON(v)).set("type", "any"))
			return nil
		}
		val := scalarJSON(v)
		params = append(params, newObject().set("key", k).set("value", val).set("type", paramType(val)))
		return nil
	}
	switch cn.kind {
	case yMap:
		for i, k := range cn.keys {
			if err := add(k, cn.vals[i], what+".credentials."+k); err != nil {
				return nil, err
			}
		}
	case ySeq:
		for i, item := range cn.items {
			w := fmt.Sprintf("%s.credentials[%d]", what, i)
			if err := r.fields(item, w, "key", "value"); err != nil {
				return nil, err
			}
			kn := item.get("key")
			if kn == nil {
				return nil, r.errf(item, "%s: no key", w)
			}
			k, err := r.str(kn, w+".key")
			if err != nil {
				return nil, err
			}
			v := item.get("value")
			if v == nil {
				v = &ynode{kind: yScalar, tag: tagNull, text: "null"}
			}
			if err := add(k, v, w); err != nil {
				return nil, err
			}
		}
	default:
		return nil, r.errf(cn, "%s.credentials: expected a mapping or a list, got %s", what, cn.describe())
	}
	if typ != "noauth" || len(params) > 0 {
		a.set(typ, params)
	}
	return a, nil
}

// paramType is the type the Postman app gives an auth parameter of this value.
func paramType(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	}
	return "any"
}

// Script types: a request's, and a collection's or folder's (prefixed with
// the protocol).
var (
	requestListen = map[string]string{"beforeRequest": "prerequest", "afterResponse": "test"}
	graphqlListen = map[string]string{"beforeQuery": "prerequest", "afterResponse": "test"}
	scopeListen   = map[string]string{"http:beforeRequest": "prerequest", "http:afterResponse": "test"}
)

// scripts reads scripts into v2.1 events.
func (r *reader) scripts(n *ynode, types map[string]string, scope bool) ([]any, error) {
	if n.kind != ySeq {
		return nil, r.errf(n, "scripts: expected a list, got %s", n.describe())
	}
	var out []any
	for i, s := range n.items {
		w := fmt.Sprintf("scripts[%d]", i)
		if err := r.fields(s, w, "type", "code", "language", "packages", "requests"); err != nil {
			return nil, err
		}
		tn := s.get("type")
		if tn == nil {
			return nil, r.errf(s, "%s: no type", w)
		}
		typ, err := r.str(tn, w+".type")
		if err != nil {
			return nil, err
		}
		listen, ok := types[typ]
		if !ok {
			if scope && strings.Contains(typ, ":") && !strings.HasPrefix(typ, "http:") {
				r.warnf(tn, "%s: a %s script is for another protocol's requests; courier runs HTTP requests: ignored", w, typ)
				continue
			}
			var want []string
			for k := range types {
				want = append(want, k)
			}
			return nil, r.errf(tn, "%s.type: %q is not a script type here (expected %s)", w, typ, strings.Join(sortedStrings(want), " or "))
		}
		code := ""
		if cn := s.get("code"); cn != nil {
			if code, err = r.str(cn, w+".code"); err != nil {
				return nil, err
			}
		}
		script := newObject()
		if ln := s.get("language"); ln != nil {
			lang, err := r.str(ln, w+".language")
			if err != nil {
				return nil, err
			}
			if lang != "text/javascript" {
				return nil, r.errf(ln, "%s.language: %q is not a script language (expected text/javascript)", w, lang)
			}
			script.set("type", lang)
		}
		script.set("exec", execLines(code))
		if pn := s.get("packages"); pn != nil {
			script.set("packages", toJSON(pn))
		}
		if rn := s.get("requests"); rn != nil {
			script.set("requests", toJSON(rn))
		}
		out = append(out, newObject().set("listen", listen).set("script", script))
	}
	return out, nil
}

func execLines(code string) []any {
	lines := strings.Split(code, "\n")
	out := make([]any, len(lines))
	for i, l := range lines {
		out[i] = l
	}
	return out
}

func sortedStrings(s []string) []string {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

// definition reads a collection's or folder's definition.yaml into the
// v2.1 object it stands for, less its items. root: the collection's own
// (into "info"); name is the default name (the directory's).
func (r *reader) definition(n *ynode, root bool, name string) (*object, error) {
	if err := r.fields(n, "definition", "$kind", "id", "name", "description", "variables", "auth", "scripts", "order", "x-courier"); err != nil {
		return nil, err
	}
	if err := r.kind(n, "collection"); err != nil {
		return nil, err
	}
	out := newObject()
	id, hasID, err := r.optStr(n, "id", "definition")
	if err != nil {
		return nil, err
	}
	if nn, ok, err := r.optStr(n, "name", "definition"); err != nil {
		return nil, err
	} else if ok {
		name = nn
	}
	desc, hasDesc, err := r.description(n, "definition")
	if err != nil {
		return nil, err
	}
	if root {
		info := newObject()
		if hasID {
			info.set("_postman_id", id)
		}
		info.set("name", name)
		if hasDesc {
			info.set("description", desc)
		}
		info.set("schema", collections.SchemaV210)
		out.set("info", info)
	} else {
		if hasID {
			out.set("id", id)
		}
		out.set("name", name)
		if hasDesc {
			out.set("description", desc)
		}
	}
	if vn := n.get("variables"); vn != nil {
		vars, err := r.variables(vn)
		if err != nil {
			return nil, err
		}
		out.set("variable", vars)
	}
	if an := n.get("auth"); an != nil {
		a, err := r.auth(an, "auth")
		if err != nil {
			return nil, err
		}
		if a != nil {
			out.set("auth", a)
		}
	}
	if sn := n.get("scripts"); sn != nil {
		ev, err := r.scripts(sn, scopeListen, true)
		if err != nil {
			return nil, err
		}
		if ev != nil {
			out.set("event", ev)
		}
	}
	if on := n.get("order"); on != nil {
		if _, err := r.number(on, "order"); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (r *reader) kind(n *ynode, want ...string) error {
	kn := n.get("$kind")
	if kn == nil {
		return r.errf(n, "no $kind (expected $kind: %s)", want[0])
	}
	k, err := r.str(kn, "$kind")
	if err != nil {
		return err
	}
	for _, w := range want {
		if k == w {
			return nil
		}
	}
	return r.errf(kn, "$kind: %q, expected %s", k, strings.Join(want, " or "))
}

// Request kinds courier runs; the others are skipped (see load.go).
const (
	kindHTTP    = "http-request"
	kindGraphQL = "graphql-request"
)

var httpRequestFields = []string{"$kind", "id", "name", "description", "order", "url", "method", "headers", "queryParams", "pathVariables", "body", "auth", "scripts", "settings", "examples", "x-courier"}
var graphqlRequestFields = []string{"$kind", "id", "name", "description", "order", "url", "query", "variables", "headers", "auth", "scripts", "settings", "schema", "examples", "x-courier"}

// request reads a request file into the v2.1 item it stands for, less its
// saved examples ("response").
func (r *reader) request(n *ynode, name string) (*object, error) {
	if n.kind != yMap {
		return nil, r.errf(n, "expected a mapping, got %s", n.describe())
	}
	if err := r.kind(n, kindHTTP, kindGraphQL); err != nil {
		return nil, err
	}
	kind := n.get("$kind").text
	fields := httpRequestFields
	if kind == kindGraphQL {
		fields = graphqlRequestFields
	}
	if err := r.fields(n, kind, fields...); err != nil {
		return nil, err
	}
	item := newObject()
	if id, ok, err := r.optStr(n, "id", kind); err != nil {
		return nil, err
	} else if ok {
		item.set("id", id)
	}
	if nn, ok, err := r.optStr(n, "name", kind); err != nil {
		return nil, err
	} else if ok {
		name = nn
	}
	item.set("name", name)
	if sn := n.get("scripts"); sn != nil {
		types := requestListen
		if kind == kindGraphQL {
			types = graphqlListen
		}
		ev, err := r.scripts(sn, types, false)
		if err != nil {
			return nil, err
		}
		if ev != nil {
			item.set("event", ev)
		}
	}
	req, err := r.httpRequest(n, kind, true)
	if err != nil {
		return nil, err
	}
	item.set("request", req)
	if on := n.get("order"); on != nil {
		if _, err := r.number(on, "order"); err != nil {
			return nil, err
		}
	}
	if st := n.get("settings"); st != nil {
		ppb, err := r.settings(st)
		if err != nil {
			return nil, err
		}
		if ppb != nil {
			item.set("protocolProfileBehavior", ppb)
		}
	}
	return item, nil
}

// httpRequest reads the request part of a request file or of an example's
// "request" into a v2.1 request.
func (r *reader) httpRequest(n *ynode, kind string, full bool) (*object, error) {
	req := newObject()
	method := "GET"
	if kind == kindGraphQL {
		method = "POST"
	}
	if mn := n.get("method"); mn != nil && kind != kindGraphQL {
		m, err := r.str(mn, "method")
		if err != nil {
			return nil, err
		}
		method = strings.ToUpper(m)
	}
	if an := n.get("auth"); an != nil && full {
		a, err := r.auth(an, "auth")
		if err != nil {
			return nil, err
		}
		if a != nil {
			req.set("auth", a)
		}
	} else if an != nil {
		a, err := r.auth(an, "request.auth")
		if err != nil {
			return nil, err
		}
		if a != nil {
			req.set("auth", a)
		}
	}
	req.set("method", method)
	header := []any{}
	if hn := n.get("headers"); hn != nil {
		hs, err := r.keyValues(hn, "headers", false)
		if err != nil {
			return nil, err
		}
		for _, h := range hs {
			header = append(header, h)
		}
	}
	req.set("header", header)
	switch {
	case kind == kindGraphQL:
		g := newObject()
		q := ""
		if qn := n.get("query"); qn != nil {
			s, err := r.str(qn, "query")
			if err != nil {
				return nil, err
			}
			q = s
		}
		g.set("query", q)
		vars := ""
		if vn := n.get("variables"); vn != nil {
			s, err := r.str(vn, "variables")
			if err != nil {
				return nil, err
			}
			vars = s
		}
		g.set("variables", vars)
		req.set("body", newObject().set("mode", "graphql").set("graphql", g))
	case n.get("body") != nil:
		b, err := r.body(n.get("body"))
		if err != nil {
			return nil, err
		}
		req.set("body", b)
	}
	u, err := r.url(n)
	if err != nil {
		return nil, err
	}
	req.set("url", u)
	if full || n.get("description") != nil {
		if d, ok, err := r.description(n, "request"); err != nil {
			return nil, err
		} else if ok {
			req.set("description", d)
		}
	}
	return req, nil
}

// Body types of a request, and the raw languages they stand for.
var rawTypes = map[string]bool{"json": true, "text": true, "xml": true, "html": true, "javascript": true}

func (r *reader) body(n *ynode) (*object, error) {
	if err := r.fields(n, "body", "type", "content"); err != nil {
		return nil, err
	}
	tn := n.get("type")
	if tn == nil {
		return nil, r.errf(n, "body: no type (none, json, text, xml, html, javascript, urlencoded, formdata or file)")
	}
	typ, err := r.str(tn, "body.type")
	if err != nil {
		return nil, err
	}
	cn := n.get("content")
	b := newObject()
	switch {
	case typ == "none":
		return b, nil
	case rawTypes[typ]:
		if cn == nil {
			return nil, r.errf(n, "body: a %s body has no content", typ)
		}
		s, err := r.str(cn, "body.content")
		if err != nil {
			return nil, err
		}
		b.set("mode", "raw").set("raw", s)
		b.set("options", newObject().set("raw", newObject().set("language", typ)))
	case typ == "urlencoded":
		if cn == nil {
			return nil, r.errf(n, "body: a urlencoded body has no content")
		}
		kvs, err := r.keyValues(cn, "body.content", false)
		if err != nil {
			return nil, err
		}
		list := make([]any, len(kvs))
		for i, e := range kvs {
			list[i] = withType(e, "text")
		}
		b.set("mode", "urlencoded").set("urlencoded", list)
	case typ == "formdata":
		if cn == nil {
			return nil, r.errf(n, "body: a formdata body has no content")
		}
		list, err := r.formdata(cn)
		if err != nil {
			return nil, err
		}
		b.set("mode", "formdata").set("formdata", list)
	case typ == "file":
		if cn == nil {
			return nil, r.errf(n, "body: a file body has no content (content: {src: path})")
		}
		if err := r.fields(cn, "body.content", "src"); err != nil {
			return nil, err
		}
		f := newObject()
		if sn := cn.get("src"); sn != nil {
			s, err := r.str(sn, "body.content.src")
			if err != nil {
				return nil, err
			}
			f.set("src", s)
		}
		b.set("mode", "file").set("file", f)
	default:
		return nil, r.errf(tn, "body.type: %q is not a body type (none, json, text, xml, html, javascript, urlencoded, formdata or file)", typ)
	}
	return b, nil
}

// withType puts "type" after key and value, as the Postman app writes
// url-encoded fields.
func withType(e *object, typ string) *object {
	out := newObject()
	for _, k := range e.keys {
		out.set(k, e.vals[k])
		if k == "value" || (k == "key" && !hasKey(e, "value")) {
			out.set("type", typ)
		}
	}
	return out
}

func hasKey(o *object, k string) bool { _, ok := o.vals[k]; return ok }

func (r *reader) formdata(n *ynode) ([]any, error) {
	if n.kind != ySeq {
		return nil, r.errf(n, "body.content: a formdata body's content is a list of fields, got %s", n.describe())
	}
	var out []any
	for i, item := range n.items {
		w := fmt.Sprintf("body.content[%d]", i)
		if err := r.fields(item, w, "key", "type", "value", "src", "contentType", "description", "disabled"); err != nil {
			return nil, err
		}
		e := newObject()
		kn := item.get("key")
		if kn == nil {
			return nil, r.errf(item, "%s: no key", w)
		}
		k, err := r.str(kn, w+".key")
		if err != nil {
			return nil, err
		}
		e.set("key", k)
		typ := "text"
		if tn := item.get("type"); tn != nil {
			if typ, err = r.str(tn, w+".type"); err != nil {
				return nil, err
			}
			if typ != "text" && typ != "file" {
				return nil, r.errf(tn, "%s.type: %q, expected text or file", w, typ)
			}
		}
		if err := copyField(e, item, "value", w, r.str); err != nil {
			return nil, err
		}
		e.set("type", typ)
		if err := copyField(e, item, "src", w, r.str); err != nil {
			return nil, err
		}
		if err := copyField(e, item, "contentType", w, r.str); err != nil {
			return nil, err
		}
		if err := r.describedDisabled(e, item, w); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	if out == nil {
		out = []any{}
	}
	return out, nil
}

// url reads url, queryParams and pathVariables into a v2.1 url object, as
// the Postman app writes one: raw, then the members postman-collection's
// Url.parse finds in it. queryParams take the place of the url's own
// parameters of the same key and are added after them otherwise, as the
// Postman CLI merges them.
func (r *reader) url(n *ynode) (any, error) {
	raw := ""
	if un := n.get("url"); un != nil {
		s, err := r.str(un, "url")
		if err != nil {
			return nil, err
		}
		raw = s
	}
	var query []*object
	hasQuery := false
	if qn := n.get("queryParams"); qn != nil {
		q, err := r.keyValues(qn, "queryParams", true)
		if err != nil {
			return nil, err
		}
		query, hasQuery = q, true
	}
	var vars []*object
	if pn := n.get("pathVariables"); pn != nil {
		v, err := r.keyValues(pn, "pathVariables", false)
		if err != nil {
			return nil, err
		}
		vars = v
	}
	return urlObject(raw, query, hasQuery, vars), nil
}

// urlObject builds a v2.1 url from its string, query parameters and path
// variables.
func urlObject(raw string, query []*object, hasQuery bool, vars []*object) any {
	if raw == "" && !hasQuery && len(vars) == 0 {
		return ""
	}
	u := collections.ParseURL(raw)
	o := newObject().set("raw", raw)
	if u.Protocol != "" {
		o.set("protocol", u.Protocol)
	}
	if u.Auth != nil {
		a := newObject()
		if u.Auth.HasUser {
			a.set("user", u.Auth.User)
		}
		if u.Auth.HasPassword {
			a.set("password", u.Auth.Password)
		}
		o.set("auth", a)
	}
	if u.Host != nil {
		o.set("host", strList(u.Host))
	}
	if u.Port != "" || u.EmptyPort {
		o.set("port", u.Port)
	}
	if u.Path != nil {
		o.set("path", strList(u.Path))
	}
	var q []any
	var fromURL []bool // entries of the url's own query, which a parameter of the same key replaces
	for _, p := range u.Query {
		e := newObject()
		if p.NoKey {
			e.set("key", nil)
		} else {
			e.set("key", p.Key)
		}
		if p.NoValue {
			e.set("value", nil)
		} else {
			e.set("value", p.Value)
		}
		q = append(q, e)
		fromURL = append(fromURL, true)
	}
	if hasQuery {
		for _, p := range query {
			k := p.vals["key"]
			replaced := false
			for i, e := range q {
				if fromURL[i] && equalJSON(e.(*object).vals["key"], k) {
					q[i], fromURL[i] = p, false
					replaced = true
					break
				}
			}
			if !replaced {
				q = append(q, p)
				fromURL = append(fromURL, false)
			}
		}
	}
	if len(q) > 0 {
		o.set("query", q)
	}
	if u.Hash != "" || u.EmptyHash {
		o.set("hash", u.Hash)
	}
	if len(vars) > 0 {
		vl := make([]any, len(vars))
		for i, v := range vars {
			vl[i] = v
		}
		o.set("variable", vl)
	}
	return o
}

func strList(s []string) []any {
	out := make([]any, len(s))
	for i, x := range s {
		out[i] = x
	}
	return out
}

// settings reads a request's settings into v2.1's protocolProfileBehavior.
func (r *reader) settings(n *ynode) (*object, error) {
	if err := r.fields(n, "settings", "protocolVersion", "strictSSL", "followRedirects", "maxRedirects", "disabledSystemHeaders"); err != nil {
		return nil, err
	}
	out := newObject()
	for _, k := range n.keys {
		v := n.get(k)
		switch k {
		case "strictSSL", "followRedirects":
			b, err := r.boolean(v, "settings."+k)
			if err != nil {
				return nil, err
			}
			out.set(k, b)
		case "maxRedirects":
			num, err := r.number(v, "settings."+k)
			if err != nil {
				return nil, err
			}
			out.set(k, num)
		case "protocolVersion":
			s, err := r.str(v, "settings."+k)
			if err != nil {
				return nil, err
			}
			out.set(k, s)
		case "disabledSystemHeaders":
			if v.kind != ySeq {
				return nil, r.errf(v, "settings.disabledSystemHeaders: expected a list of header names, got %s", v.describe())
			}
			m := newObject()
			for i, h := range v.items {
				s, err := r.str(h, fmt.Sprintf("settings.disabledSystemHeaders[%d]", i))
				if err != nil {
					return nil, err
				}
				m.set(s, true)
			}
			out.set(k, m)
		}
	}
	if len(out.keys) == 0 {
		return nil, nil
	}
	return out, nil
}

// example reads an example file into a v2.1 saved response.
func (r *reader) example(n *ynode, name string) (*object, error) {
	if n.kind != yMap {
		return nil, r.errf(n, "expected a mapping, got %s", n.describe())
	}
	if err := r.kind(n, "http-example"); err != nil {
		return nil, err
	}
	if err := r.fields(n, "http-example", "$kind", "id", "name", "description", "order", "request", "response", "x-courier"); err != nil {
		return nil, err
	}
	out := newObject()
	if id, ok, err := r.optStr(n, "id", "http-example"); err != nil {
		return nil, err
	} else if ok {
		out.set("id", id)
	}
	if nn, ok, err := r.optStr(n, "name", "http-example"); err != nil {
		return nil, err
	} else if ok {
		name = nn
	}
	out.set("name", name)
	if rn := n.get("request"); rn != nil {
		if err := r.fields(rn, "request", "url", "method", "headers", "queryParams", "pathVariables", "body", "auth", "description"); err != nil {
			return nil, err
		}
		req, err := r.httpRequest(rn, kindHTTP, false)
		if err != nil {
			return nil, err
		}
		out.set("originalRequest", req)
	}
	resp := n.get("response")
	if resp == nil {
		return nil, r.errf(n, "http-example: no response")
	}
	if err := r.fields(resp, "response", "statusCode", "statusText", "headers", "body"); err != nil {
		return nil, err
	}
	status := ""
	if s, ok, err := r.optStr(resp, "statusText", "response"); err != nil {
		return nil, err
	} else if ok {
		status = s
	}
	out.set("status", status)
	if cn := resp.get("statusCode"); cn != nil {
		num, err := r.number(cn, "response.statusCode")
		if err != nil {
			return nil, err
		}
		out.set("code", num)
	}
	lang, content := "text", ""
	if bn := resp.get("body"); bn != nil {
		if err := r.fields(bn, "response.body", "type", "content"); err != nil {
			return nil, err
		}
		if tn := bn.get("type"); tn != nil {
			s, err := r.str(tn, "response.body.type")
			if err != nil {
				return nil, err
			}
			lang = s
		}
		if cn := bn.get("content"); cn != nil {
			s, err := r.str(cn, "response.body.content")
			if err != nil {
				return nil, err
			}
			content = s
		}
	}
	out.set("_postman_previewlanguage", lang)
	header := []any{}
	if hn := resp.get("headers"); hn != nil {
		hs, err := r.keyValues(hn, "response.headers", false)
		if err != nil {
			return nil, err
		}
		for _, h := range hs {
			header = append(header, h)
		}
	}
	out.set("header", header)
	out.set("cookie", []any{})
	out.set("body", content)
	return out, nil
}

// order reads an entity's order (0 when it has none).
func order(n *ynode) float64 {
	on := n.get("order")
	if on == nil || on.kind != yScalar || (on.tag != tagInt && on.tag != tagFloat) {
		return 0
	}
	f, err := strconv.ParseFloat(string(scalarNumber(on)), 64)
	if err != nil {
		return 0
	}
	return f
}

// copyField sets e's member k to item's k, read by read (r.str, r.boolean),
// when item has it.
func copyField[T any](e *object, item *ynode, k, where string, read func(*ynode, string) (T, error)) error {
	n := item.get(k)
	if n == nil {
		return nil
	}
	v, err := read(n, where+"."+k)
	if err != nil {
		return err
	}
	e.set(k, v)
	return nil
}

// describedDisabled sets e's description and disabled from item's, when it
// has them.
func (r *reader) describedDisabled(e *object, item *ynode, where string) error {
	d, ok, err := r.description(item, where)
	if err != nil {
		return err
	}
	if ok {
		e.set("description", d)
	}
	return copyField(e, item, "disabled", where, r.boolean)
}
