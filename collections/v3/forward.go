package v3

import (
	"encoding/json"
	"strings"

	"github.com/courier-run/courier/collections"
)

// The forward mapping: a v2.1 entity (the collection, a folder, a request
// item, a saved response) to the v3 file that holds it. It writes what v3
// can hold; what it cannot is found afterwards by comparing the file's
// inverse with the entity (see residue.go), so this side need not be
// exact, only as close as v3 allows.

// descText is a v2.1 description's text (a string, or an object's content).
func descText(v any) (string, bool) {
	switch t := v.(type) {
	case string:
		return t, true
	case *object:
		if s, ok := t.str("content"); ok {
			return s, true
		}
	}
	return "", false
}

// fwdKeyValues writes entries {key, value, description, disabled} as a
// list, or as a key → value mapping when that is all they hold.
func fwdKeyValues(v any, nullValue bool, extra ...string) any {
	list, ok := v.([]any)
	if !ok {
		return nil
	}
	var out []any
	simple := true
	seen := map[string]bool{}
	for _, e := range list {
		o, ok := e.(*object)
		if !ok {
			continue
		}
		k, ok := o.str("key")
		if !ok {
			continue
		}
		entry := newObject().set("key", k)
		val, has := o.get("value")
		switch t := val.(type) {
		case string:
			entry.set("value", t)
		case nil:
			if nullValue {
				if has {
					entry.set("value", nil)
				}
				simple = false
			} else {
				entry.set("value", "")
			}
		default:
			entry.set("value", jsString(t))
		}
		for _, x := range extra {
			if s, ok := o.str(x); ok {
				entry.set(x, s)
				simple = false
			}
		}
		if d, ok := descText(o.vals["description"]); ok {
			entry.set("description", d)
			simple = false
		}
		if d, ok := o.get("disabled"); ok {
			if b, isBool := d.(bool); isBool {
				entry.set("disabled", b)
				simple = false
			}
		}
		if seen[k] {
			simple = false
		}
		seen[k] = true
		out = append(out, entry)
	}
	if len(out) == 0 {
		return nil
	}
	if simple {
		m := newObject()
		for _, e := range out {
			eo := e.(*object)
			m.set(eo.vals["key"].(string), eo.vals["value"])
		}
		return m
	}
	return out
}

// fwdAuth writes an auth as {type, credentials}.
func fwdAuth(v any) *object {
	a, ok := v.(*object)
	if !ok {
		return nil
	}
	typ, ok := a.str("type")
	if !ok || typ == "" {
		return nil
	}
	out := newObject().set("type", typ)
	creds := newObject()
	dup := false
	var list []any
	switch params := a.vals[typ].(type) {
	case []any:
		for _, p := range params {
			po, ok := p.(*object)
			if !ok {
				continue
			}
			k, ok := po.str("key")
			if !ok {
				continue
			}
			val := po.vals["value"]
			if _, has := creds.vals[k]; has {
				dup = true
			}
			creds.set(k, val)
			list = append(list, newObject().set("key", k).set("value", val))
		}
	case *object:
		for _, k := range params.keys {
			creds.set(k, params.vals[k])
			list = append(list, newObject().set("key", k).set("value", params.vals[k]))
		}
	}
	switch {
	case dup:
		out.set("credentials", list)
	case len(creds.keys) > 0:
		out.set("credentials", creds)
	}
	return out
}

// fwdScripts writes events as scripts; prefix is "http:" for a collection's
// or folder's. graphql maps prerequest to beforeQuery.
func fwdScripts(v any, prefix string, graphql bool) []any {
	var out []any
	for _, e := range asList(v) {
		ev, ok := e.(*object)
		if !ok {
			continue
		}
		listen, _ := ev.str("listen")
		var typ string
		switch listen {
		case "prerequest":
			typ = prefix + "beforeRequest"
			if graphql {
				typ = "beforeQuery"
			}
		case "test":
			typ = prefix + "afterResponse"
		default:
			continue
		}
		sc := ev.obj("script")
		if sc == nil {
			continue
		}
		s := newObject().set("type", typ)
		s.set("code", execText(sc.vals["exec"]))
		if t, ok := sc.str("type"); ok && t == "text/javascript" {
			s.set("language", t)
		}
		if p, ok := sc.vals["packages"].(*object); ok {
			s.set("packages", p)
		}
		if p, ok := sc.vals["requests"].(*object); ok {
			s.set("requests", p)
		}
		out = append(out, s)
	}
	return out
}

func asList(v any) []any {
	switch t := v.(type) {
	case []any:
		return t
	case *object:
		return []any{t}
	}
	return nil
}

func execText(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case []any:
		lines := make([]string, len(t))
		for i, l := range t {
			if s, ok := l.(string); ok {
				lines[i] = s
			} else if l != nil {
				lines[i] = jsString(l)
			}
		}
		return strings.Join(lines, "\n")
	}
	return ""
}

// fwdDefinition writes a collection (root) or folder as a definition file.
func fwdDefinition(def *object, root bool, name string, order int) *object {
	out := newObject().set("$kind", "collection")
	src := def
	if root {
		src = def.obj("info")
		if src == nil {
			src = newObject()
		}
		if id, ok := src.str("_postman_id"); ok && id != "" {
			out.set("id", id)
		}
		if n, ok := src.str("name"); ok {
			out.set("name", n)
		}
	} else {
		if id, ok := def.str("id"); ok && id != "" {
			out.set("id", id)
		}
		if n, ok := def.str("name"); ok && n != name {
			out.set("name", n)
		}
	}
	if d, ok := descText(src.vals["description"]); ok {
		out.set("description", d)
	}
	if vars := fwdKeyValues(def.vals["variable"], false); vars != nil {
		out.set("variables", vars)
	}
	if a := fwdAuth(def.vals["auth"]); a != nil {
		out.set("auth", a)
	}
	if s := fwdScripts(def.vals["event"], "http:", false); len(s) > 0 {
		out.set("scripts", s)
	}
	if !root {
		out.set("order", order)
	}
	return out
}

// isGraphQL: a request whose body is a GraphQL body.
func isGraphQL(req *object) bool {
	b := req.obj("body")
	if b == nil {
		return false
	}
	m, _ := b.str("mode")
	return m == "graphql"
}

// fwdRequest writes a request item as a request file.
func fwdRequest(item *object, name string, order int, examples string) *object {
	req := item.obj("request")
	if req == nil {
		req = newObject()
	}
	gql := isGraphQL(req)
	out := newObject()
	if gql {
		out.set("$kind", kindGraphQL)
	} else {
		out.set("$kind", kindHTTP)
	}
	if id, ok := item.str("id"); ok && id != "" {
		out.set("id", id)
	}
	if n, ok := item.str("name"); ok && n != name {
		out.set("name", n)
	}
	if d, ok := descText(req.vals["description"]); ok {
		out.set("description", d)
	}
	fwdURL(out, req.vals["url"])
	if !gql {
		if m, ok := req.str("method"); ok {
			out.set("method", m)
		}
	} else {
		g := req.obj("body").obj("graphql")
		if q, ok := g.str("query"); ok {
			out.set("query", q)
		}
		if v, ok := g.str("variables"); ok && v != "" {
			out.set("variables", v)
		}
	}
	if h := fwdKeyValues(req.vals["header"], false); h != nil {
		out.set("headers", h)
	}
	if !gql {
		if q, ok := out.vals["queryParams"]; ok {
			delete(out.vals, "queryParams")
			out.keys = removeKey(out.keys, "queryParams")
			out.set("queryParams", q)
		}
		if p, ok := out.vals["pathVariables"]; ok {
			delete(out.vals, "pathVariables")
			out.keys = removeKey(out.keys, "pathVariables")
			out.set("pathVariables", p)
		}
		if b := fwdBody(req.vals["body"]); b != nil {
			out.set("body", b)
		}
	} else {
		out.del("queryParams")
		out.del("pathVariables")
	}
	if a := fwdAuth(req.vals["auth"]); a != nil {
		out.set("auth", a)
	}
	if s := fwdScripts(item.vals["event"], "", gql); len(s) > 0 {
		out.set("scripts", s)
	}
	if st := fwdSettings(item.vals["protocolProfileBehavior"]); st != nil {
		out.set("settings", st)
	}
	if examples != "" {
		out.set("examples", examples)
	}
	out.set("order", order)
	return out
}

func removeKey(keys []string, k string) []string {
	for i, x := range keys {
		if x == k {
			return append(keys[:i:i], keys[i+1:]...)
		}
	}
	return keys
}

// fwdURL sets url, queryParams and pathVariables.
func fwdURL(out *object, v any) {
	switch t := v.(type) {
	case string:
		out.set("url", t)
	case *object:
		raw, ok := t.str("raw")
		if !ok {
			raw = membersString(t)
		}
		out.set("url", raw)
		if q := fwdKeyValues(t.vals["query"], true); q != nil {
			out.set("queryParams", q)
		}
		if p := fwdKeyValues(t.vals["variable"], false); p != nil {
			out.set("pathVariables", p)
		}
	}
}

// membersString is a url object's members as the string Newman sends.
func membersString(u *object) string {
	doc := newObject().set("item", []any{newObject().set("request", newObject().set("url", u))})
	c, err := collections.Decode("url", marshalJSON(doc, ""))
	if err != nil || len(c.Items) == 0 || c.Items[0].Request == nil {
		return ""
	}
	return c.Items[0].Request.URL.String()
}

// fwdBody writes a request body as {type, content}.
func fwdBody(v any) *object {
	b, ok := v.(*object)
	if !ok {
		return nil
	}
	mode, _ := b.str("mode")
	out := newObject()
	switch mode {
	case "":
		out.set("type", "none")
	case "raw":
		lang := "text"
		if l, ok := b.obj("options").obj("raw").str("language"); ok && rawTypes[l] {
			lang = l
		}
		raw, _ := b.str("raw")
		out.set("type", lang).set("content", raw)
	case "urlencoded":
		c := fwdKeyValues(b.vals["urlencoded"], false)
		if c == nil {
			c = []any{}
		}
		out.set("type", "urlencoded").set("content", c)
	case "formdata":
		var list []any
		for _, e := range asList(b.vals["formdata"]) {
			f, ok := e.(*object)
			if !ok {
				continue
			}
			entry := newObject()
			k, _ := f.str("key")
			entry.set("key", k)
			typ, _ := f.str("type")
			if typ != "file" {
				typ = "text"
			}
			entry.set("type", typ)
			if s, ok := f.str("value"); ok {
				entry.set("value", s)
			}
			if s, ok := f.str("src"); ok {
				entry.set("src", s)
			}
			if s, ok := f.str("contentType"); ok {
				entry.set("contentType", s)
			}
			if d, ok := descText(f.vals["description"]); ok {
				entry.set("description", d)
			}
			if d, ok := f.vals["disabled"].(bool); ok {
				entry.set("disabled", d)
			}
			list = append(list, entry)
		}
		if list == nil {
			list = []any{}
		}
		out.set("type", "formdata").set("content", list)
	case "file":
		c := newObject()
		if f := b.obj("file"); f != nil {
			if s, ok := f.str("src"); ok {
				c.set("src", s)
			}
		}
		out.set("type", "file").set("content", c)
	default:
		return nil
	}
	return out
}

// fwdSettings writes the protocolProfileBehavior v3 settings hold.
func fwdSettings(v any) *object {
	p, ok := v.(*object)
	if !ok {
		return nil
	}
	out := newObject()
	for _, k := range p.keys {
		val := p.vals[k]
		switch k {
		case "strictSSL", "followRedirects":
			if b, ok := val.(bool); ok {
				out.set(k, b)
			}
		case "maxRedirects":
			if n, ok := val.(json.Number); ok {
				out.set(k, n)
			}
		case "protocolVersion":
			if s, ok := val.(string); ok {
				out.set(k, s)
			}
		case "disabledSystemHeaders":
			m, ok := val.(*object)
			if !ok {
				continue
			}
			var names []any
			for _, h := range m.keys {
				if m.vals[h] == true {
					names = append(names, h)
				}
			}
			if names != nil {
				out.set(k, names)
			}
		}
	}
	if len(out.keys) == 0 {
		return nil
	}
	return out
}

// fwdExample writes a saved response as an example file.
func fwdExample(resp *object, name string, order int) *object {
	out := newObject().set("$kind", "http-example")
	if id, ok := resp.str("id"); ok && id != "" {
		out.set("id", id)
	}
	if n, ok := resp.str("name"); ok && n != name {
		out.set("name", n)
	}
	if orig := resp.obj("originalRequest"); orig != nil {
		r := newObject()
		fwdURL(r, orig.vals["url"])
		if m, ok := orig.str("method"); ok {
			r.set("method", m)
		}
		if h := fwdKeyValues(orig.vals["header"], false); h != nil {
			r.set("headers", h)
		}
		if q, ok := r.vals["queryParams"]; ok {
			r.del("queryParams")
			r.set("queryParams", q)
		}
		if p, ok := r.vals["pathVariables"]; ok {
			r.del("pathVariables")
			r.set("pathVariables", p)
		}
		if b := fwdBody(orig.vals["body"]); b != nil {
			r.set("body", b)
		}
		if a := fwdAuth(orig.vals["auth"]); a != nil {
			r.set("auth", a)
		}
		if d, ok := descText(orig.vals["description"]); ok {
			r.set("description", d)
		}
		out.set("request", r)
	}
	rs := newObject()
	if c, ok := resp.vals["code"].(json.Number); ok {
		rs.set("statusCode", c)
	}
	if s, ok := resp.str("status"); ok {
		rs.set("statusText", s)
	}
	if h := fwdKeyValues(resp.vals["header"], false); h != nil {
		rs.set("headers", h)
	}
	lang, _ := resp.str("_postman_previewlanguage")
	if !rawTypes[lang] {
		lang = "text"
	}
	body, _ := resp.str("body")
	rs.set("body", newObject().set("type", lang).set("content", body))
	out.set("response", rs)
	out.set("order", order)
	return out
}
