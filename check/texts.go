package check

import (
	"strings"
	"unicode/utf8"

	"github.com/courier-run/courier/collections"
)

// text is a string of a request (or an auth) that variables are
// substituted in, with where it is.
type text struct {
	s     string
	node  *jnode // the JSON string holding it (nil: not in the document)
	path  string
	where string // "url", "header Authorization", "body", "auth bearer token", …
	key   string // the field's or parameter's name, when it has one
}

// Body modes collections.Decode reads.
var bodyModes = map[string]bool{"raw": true, "urlencoded": true, "formdata": true, "file": true, "graphql": true}

// requestTexts calls fn for every string of a request definition that a
// run substitutes variables in and sends: the URL's parts (never an URL
// object's "raw", which Newman does not read), enabled headers, the body of
// its mode, and its own auth's parameters. Disabled headers, parameters and
// fields, descriptions and saved examples are left out.
func requestTexts(n *jnode, path string, fn func(text)) {
	if n == nil {
		return
	}
	if n.kind == jString {
		fn(text{s: n.str, node: n, path: path, where: "URL"})
		return
	}
	if n.kind != jObject {
		return
	}
	if u := n.get("url"); u != nil {
		urlTexts(u, pathKey(path, "url"), fn)
	}
	if h := n.get("header"); h != nil {
		headerTexts(h, pathKey(path, "header"), fn)
	}
	if b := n.get("body"); b != nil {
		bodyTexts(b, pathKey(path, "body"), fn)
	}
	if a := n.get("auth"); a != nil {
		authTexts(a, pathKey(path, "auth"), fn)
	}
}

func urlTexts(u *jnode, path string, fn func(text)) {
	switch u.kind {
	case jString:
		fn(text{s: u.str, node: u, path: path, where: "URL"})
		return
	case jObject:
	default:
		return
	}
	for _, k := range []string{"protocol", "host", "port", "path", "hash"} {
		if m := u.get(k); m != nil {
			strings1(m, pathKey(path, k), "URL", "", fn)
		}
	}
	if q := u.get("query"); q != nil {
		p := pathKey(path, "query")
		switch q.kind {
		case jString:
			fn(text{s: q.str, node: q, path: p, where: "URL query"})
		case jArray:
			for i, e := range q.kids {
				if e.kind == jString {
					fn(text{s: e.str, node: e, path: pathIndex(p, i), where: "URL query"})
				}
				if e.kind != jObject || e.get("disabled").truthy() {
					continue
				}
				key := ""
				if k := e.get("key"); k != nil && k.kind == jString {
					key = k.str
					fn(text{s: k.str, node: k, path: pathKey(pathIndex(p, i), "key"), where: "query parameter name", key: key})
				}
				if v := e.get("value"); v != nil && v.kind == jString {
					fn(text{s: v.str, node: v, path: pathKey(pathIndex(p, i), "value"), where: "query parameter " + key, key: key})
				}
			}
		case jObject:
			for i, k := range q.keys {
				if v := q.kids[i]; v.kind == jString {
					fn(text{s: v.str, node: v, path: pathKey(p, k), where: "query parameter " + k, key: k})
				}
			}
		}
	}
	if vs := u.get("variable"); vs != nil && vs.kind == jArray {
		for i, e := range vs.kids {
			if v := e.get("value"); v != nil && v.kind == jString {
				key := ""
				if k := e.get("key"); k != nil {
					key = k.str
				}
				fn(text{s: v.str, node: v, path: pathKey(pathIndex(pathKey(path, "variable"), i), "value"), where: "path variable " + key, key: key})
			}
		}
	}
	if a := u.get("auth"); a != nil && a.kind == jObject {
		for _, k := range []string{"user", "password"} {
			if v := a.get(k); v != nil && v.kind == jString {
				fn(text{s: v.str, node: v, path: pathKey(pathKey(path, "auth"), k), where: "URL " + k, key: k})
			}
		}
	}
}

func headerTexts(h *jnode, path string, fn func(text)) {
	switch h.kind {
	case jString:
		fn(text{s: h.str, node: h, path: path, where: "headers"})
	case jObject:
		for i, k := range h.keys {
			v := h.kids[i]
			switch v.kind {
			case jString:
				fn(text{s: v.str, node: v, path: pathKey(path, k), where: "header " + k, key: k})
			case jObject:
				headerObject(v, pathKey(path, k), fn)
			}
		}
	case jArray:
		for i, e := range h.kids {
			switch e.kind {
			case jString:
				fn(text{s: e.str, node: e, path: pathIndex(path, i), where: "header"})
			case jObject:
				headerObject(e, pathIndex(path, i), fn)
			}
		}
	}
}

func headerObject(e *jnode, path string, fn func(text)) {
	if e.get("disabled").truthy() {
		return
	}
	key := ""
	if k := e.get("key"); k != nil && k.kind == jString {
		key = k.str
		fn(text{s: k.str, node: k, path: pathKey(path, "key"), where: "header name", key: key})
	}
	if v := e.get("value"); v != nil {
		strings1(v, pathKey(path, "value"), "header "+key, key, fn)
	}
}

func bodyTexts(b *jnode, path string, fn func(text)) {
	if b.kind == jString {
		fn(text{s: b.str, node: b, path: path, where: "body"})
		return
	}
	if b.kind != jObject || b.get("disabled").truthy() || !b.get("mode").truthy() {
		return
	}
	mode := strings.ToLower(b.get("mode").str)
	if !bodyModes[mode] {
		mode = "raw"
	}
	p := pathKey(path, mode)
	m := b.get(mode)
	if m == nil {
		return
	}
	switch mode {
	case "raw":
		strings1(m, p, "body", "", fn)
	case "urlencoded", "formdata":
		if m.kind == jString && mode == "urlencoded" {
			fn(text{s: m.str, node: m, path: p, where: "body"})
			return
		}
		elems, paths := []*jnode{m}, []string{p}
		if m.kind == jArray {
			elems, paths = m.kids, nil
			for i := range m.kids {
				paths = append(paths, pathIndex(p, i))
			}
		}
		for i, e := range elems {
			if e.kind != jObject || e.get("disabled").truthy() {
				continue
			}
			key := ""
			if k := e.get("key"); k != nil && k.kind == jString {
				key = k.str
				fn(text{s: k.str, node: k, path: pathKey(paths[i], "key"), where: "body field name", key: key})
			}
			for _, f := range []string{"value", "src", "contentType"} {
				if v := e.get(f); v != nil {
					where := "body field " + key
					if f != "value" {
						where += " " + f
					}
					strings1(v, pathKey(paths[i], f), where, key, fn)
				}
			}
		}
	case "file":
		if m.kind == jString {
			fn(text{s: m.str, node: m, path: p, where: "body file"})
		} else if s := m.get("src"); s != nil && s.kind == jString {
			fn(text{s: s.str, node: s, path: pathKey(p, "src"), where: "body file"})
		}
	case "graphql":
		for _, f := range []string{"query", "variables", "operationName"} {
			if v := m.get(f); v != nil {
				strings1(v, pathKey(p, f), "body graphql "+f, "", fn)
			}
		}
	}
}

// authTexts calls fn for an auth's parameters (the parameters of its type).
func authTexts(a *jnode, path string, fn func(text)) {
	t := a.get("type")
	if t == nil || t.kind != jString || t.str == "type" {
		return
	}
	p := pathKey(path, t.str)
	params := a.get(t.str)
	if params == nil {
		return
	}
	switch params.kind {
	case jArray:
		for i, e := range params.kids {
			if e.kind != jObject {
				continue
			}
			key := ""
			if k := e.get("key"); k != nil {
				key = k.str
			}
			if v := e.get("value"); v != nil {
				strings1(v, pathKey(pathIndex(p, i), "value"), "auth "+t.str+" "+key, key, fn)
			}
		}
	case jObject:
		for i, k := range params.keys {
			strings1(params.kids[i], pathKey(p, k), "auth "+t.str+" "+k, k, fn)
		}
	}
}

// strings1 calls fn for every string inside n (n itself, or the members of
// an array or object).
func strings1(n *jnode, path, where, key string, fn func(text)) {
	switch n.kind {
	case jString:
		fn(text{s: n.str, node: n, path: path, where: where, key: key})
	case jArray:
		for i, k := range n.kids {
			strings1(k, pathIndex(path, i), where, key, fn)
		}
	case jObject:
		for i, k := range n.keys {
			strings1(n.kids[i], pathKey(path, k), where, key, fn)
		}
	}
}

// modelTexts is requestTexts for a request known only from the model (a
// v1 collection, whose file paths do not lead to what courier runs).
func modelTexts(r *collections.Request, fn func(text)) {
	if r == nil {
		return
	}
	for _, h := range r.Headers {
		if !h.Disabled {
			fn(text{s: h.Value, where: "header " + h.Key, key: h.Key})
		}
	}
	if b := r.Body; b != nil && !b.Disabled {
		fn(text{s: b.Raw, where: "body"})
		for _, f := range append(append([]collections.FormParam(nil), b.URLEncoded...), b.FormData...) {
			if !f.Disabled {
				fn(text{s: f.Value, where: "body field " + f.Key, key: f.Key})
			}
		}
		if g := b.GraphQL; g != nil {
			fn(text{s: g.Query + "\n" + g.Variables, where: "body graphql"})
		}
	}
	if r.Auth != nil {
		for _, p := range r.Auth.Params {
			if s, ok := p.Value.(string); ok {
				fn(text{s: s, where: "auth " + r.Auth.Type + " " + p.Key, key: p.Key})
			}
		}
	}
	fn(text{s: r.URL.String(), where: "URL"})
}

// ref is a {{name}} reference in a text, at character index at.
type ref struct {
	name string
	at   int
}

// references finds the {{name}} references of s as vars.Replace resolves
// them: a name holds no brace (in {{a{{b}}}} only b is a reference before
// substitution).
func references(s string) []ref {
	var out []ref
	for i := 0; i < len(s); {
		open := strings.Index(s[i:], "{{")
		if open < 0 {
			break
		}
		open += i
		j := open + 2
		for j < len(s) && s[j] != '{' && s[j] != '}' {
			j++
		}
		if j+1 < len(s) && s[j] == '}' && s[j+1] == '}' {
			out = append(out, ref{name: s[open+2 : j], at: utf8.RuneCountInString(s[:open])})
			i = j + 2
			continue
		}
		i = open + 1
	}
	return out
}
