package collections

import (
	"encoding/json"
	"strings"

	"github.com/tidwall/gjson"
	"github.com/tidwall/sjson"
)

// Decode reads a collection document. file is used in error messages only.
//
// As in Newman, a document whose name, order and requests are all set is a
// Postman collection v1 and is converted to v2.1 first (see convertV1); any
// other object with "info" or "item" is read as v2.0/v2.1, taking id and name
// from "info" or, without it, from the top level. Anything else is refused
// (Newman would run it as an empty collection).
func Decode(file string, data []byte) (*Collection, error) {
	text, err := Text(file, data)
	if err != nil {
		return nil, err
	}
	root, err := parseJSON(file, text)
	if err != nil {
		return nil, err
	}
	w := walker{file: file, scripts: map[string]string{}}
	obj, ok := root.(map[string]any)
	if !ok {
		return nil, w.errf("", "not a Postman collection: the top-level value is %s, not an object", kind(root))
	}
	// Exports from Postman's API wrap the collection: {"collection": {...}},
	// sometimes twice; Newman unwraps as much.
	var unwrap []string
	if inner := obj["collection"]; truthy(inner) {
		m, ok := inner.(map[string]any)
		if !ok {
			return nil, w.errf("collection", "expected an object, got %s", kind(inner))
		}
		unwrap, obj = []string{"collection"}, m
		if m, ok := obj["collection"].(map[string]any); ok && !truthy(obj["values"]) {
			unwrap, obj = append(unwrap, "collection"), m
		}
	}
	if truthy(obj["name"]) && truthy(obj["order"]) && truthy(obj["requests"]) {
		return decodeV1(w, text, unwrap)
	}
	if obj["info"] == nil && obj["item"] == nil {
		for _, k := range []string{"requests", "order", "folders"} {
			if _, ok := obj[k]; ok {
				return nil, w.errf("", "not a Postman collection Newman can run: it has %q like a v1 collection, but not all of a non-empty \"name\", \"order\" and \"requests\" (Newman runs such a file as an empty collection)", k)
			}
		}
		return nil, w.errf("", "not a Postman collection: there is no \"info\" and no \"item\" (Newman runs such a file as an empty collection; courier refuses it so that a wrong file does not pass)")
	}
	raw := text
	if len(unwrap) > 0 {
		// reports and exports show the collection itself, as Newman's do
		raw = []byte(gjson.GetBytes(text, strings.Join(unwrap, ".")).Raw)
	}
	c, err := w.collection(obj, raw)
	if err != nil {
		return nil, err
	}
	if obj["info"] == nil {
		c.Raw = withInfo(c.Raw, c.Info)
	}
	return c, nil
}

// withInfo moves a document's top-level id, name and description into an
// "info" block, as Newman's reports and exports show a collection that had
// no "info".
func withInfo(raw []byte, in Info) []byte {
	for _, k := range []string{"id", "_postman_id", "name", "description"} {
		if out, err := sjson.DeleteBytes(raw, k); err == nil {
			raw = out
		}
	}
	info, err := json.Marshal(struct {
		ID          string `json:"_postman_id,omitempty"`
		Name        string `json:"name,omitempty"`
		Description string `json:"description,omitempty"`
		Schema      string `json:"schema"`
	}{in.PostmanID, in.Name, in.Description, SchemaV210})
	if err != nil {
		return raw
	}
	if out, err := sjson.SetRawBytes(raw, "info", info); err == nil {
		raw = out
	}
	return raw
}

// decodeV1 converts a v1 collection and decodes the result; errors name the
// v1 fields.
func decodeV1(w walker, text []byte, unwrap []string) (*Collection, error) {
	ordered, err := parseOrdered(text)
	if err != nil {
		return nil, w.errf("", "invalid JSON: %v", err)
	}
	root := ordered.(*jsObject)
	for _, k := range unwrap {
		root = root.get(k).(*jsObject)
	}
	converted, conv, err := convertV1(w.file, root)
	if err != nil {
		return nil, err
	}
	c, err := w.collection(toGeneric(converted).(map[string]any), marshalOrdered(converted))
	if err != nil {
		return nil, conv.remap(err, converted)
	}
	c.FromV1 = true
	return c, nil
}

// collection decodes a v2.0/v2.1 document (raw is kept for exports).
func (w walker) collection(obj map[string]any, raw []byte) (*Collection, error) {
	c := &Collection{Raw: raw}
	if obj["info"] != nil {
		info, err := w.object(obj["info"], "info")
		if err != nil {
			return nil, err
		}
		if c.Info, err = w.info(info, "info."); err != nil {
			return nil, err
		}
	} else {
		// no "info": the SDK takes id and name from the top level
		var err error
		c.Info.Version = "2.1.0"
		if c.Info.Name, err = w.truthyStr(obj["name"], "name"); err != nil {
			return nil, err
		}
		if c.Info.PostmanID, err = w.truthyStr(first(truthyOrNil(obj["id"]), truthyOrNil(obj["_postman_id"])), "id"); err != nil {
			return nil, err
		}
		if c.Info.Description, err = w.description(obj["description"], "description"); err != nil {
			return nil, err
		}
	}
	var err error
	if c.Items, err = w.items(obj["item"], "item"); err != nil {
		return nil, err
	}
	if c.Events, err = w.events(obj["event"], "event"); err != nil {
		return nil, err
	}
	if c.Variables, err = w.variables(obj["variable"], "variable", false); err != nil {
		return nil, err
	}
	if c.Auth, err = w.auth(obj["auth"], "auth"); err != nil {
		return nil, err
	}
	if c.ProtocolProfileBehavior, err = w.object(obj["protocolProfileBehavior"], "protocolProfileBehavior"); err != nil {
		return nil, err
	}
	c.ProtocolProfileBehavior = plainMap(c.ProtocolProfileBehavior)
	return c, nil
}

// truthyOrNil maps falsy values (as the SDK sees them) to nil.
func truthyOrNil(v any) any {
	if truthy(v) {
		return v
	}
	return nil
}

// truthyStr reads a name or id as the SDK does: falsy values are absent.
func (w walker) truthyStr(v any, path string) (string, error) {
	if !truthy(v) {
		return "", nil
	}
	return w.str(v, path)
}

// objects decodes an array of objects with fn, skipping null elements.
func objects[T any](w walker, v any, path string, fn func(o map[string]any, p string) (T, error)) ([]T, error) {
	arr, err := w.array(v, path)
	if err != nil {
		return nil, err
	}
	out := make([]T, 0, len(arr))
	for i, e := range arr {
		p := index(path, i)
		o, err := w.object(e, p)
		if err != nil {
			return nil, err
		}
		if o == nil {
			continue
		}
		x, err := fn(o, p)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, nil
}

func plainMap(m map[string]any) map[string]any {
	if m == nil {
		return nil
	}
	return plain(m).(map[string]any)
}

func (w walker) info(o map[string]any, p string) (Info, error) {
	var in Info
	var err error
	if in.Name, err = w.truthyStr(o["name"], p+"name"); err != nil {
		return in, err
	}
	if in.PostmanID, err = w.truthyStr(first(truthyOrNil(o["id"]), truthyOrNil(o["_postman_id"])), p+"_postman_id"); err != nil {
		return in, err
	}
	if in.Schema, err = w.str(o["schema"], p+"schema"); err != nil {
		return in, err
	}
	if in.Description, err = w.description(o["description"], p+"description"); err != nil {
		return in, err
	}
	switch {
	case strings.Contains(in.Schema, "v2.0"):
		in.Version = "2.0.0"
	case strings.Contains(in.Schema, "v2.1"), in.Schema == "", strings.Contains(in.Schema, "/v1"):
		// Newman does not look at the schema: a v1 schema URL on a v2-shaped
		// document (items under "item") runs as v2
		in.Version = "2.1.0"
	default:
		return in, w.errf(p+"schema", "unsupported collection schema %q (courier reads v1.0.0, v2.0.0 and v2.1.0)", in.Schema)
	}
	return in, nil
}

// items reads an item list; a single object is one item, as in the SDK.
func (w walker) items(v any, path string) ([]*Item, error) {
	if o, ok := v.(map[string]any); ok {
		it, err := w.item(o, path)
		if err != nil {
			return nil, err
		}
		return []*Item{it}, nil
	}
	return objects(w, v, path, w.item)
}

func (w walker) item(o map[string]any, path string) (*Item, error) {
	it := &Item{}
	var err error
	// the SDK takes id, name and description from "info" when an item has one
	src, srcPath := o, path
	if truthy(o["info"]) {
		src, srcPath = map[string]any{}, join(path, "info")
		if m, ok := o["info"].(map[string]any); ok {
			src = m
		}
	}
	if it.ID, err = w.truthyStr(first(truthyOrNil(src["id"]), truthyOrNil(src["_postman_id"])), join(srcPath, "id")); err != nil {
		return nil, err
	}
	if it.Name, err = w.truthyStr(src["name"], join(srcPath, "name")); err != nil {
		return nil, err
	}
	if it.Description, err = w.description(src["description"], join(srcPath, "description")); err != nil {
		return nil, err
	}
	if it.Events, err = w.events(o["event"], join(path, "event")); err != nil {
		return nil, err
	}
	if it.Variables, err = w.variables(o["variable"], join(path, "variable"), false); err != nil {
		return nil, err
	}
	if ppb, err := w.object(o["protocolProfileBehavior"], join(path, "protocolProfileBehavior")); err != nil {
		return nil, err
	} else {
		it.ProtocolProfileBehavior = plainMap(ppb)
	}
	if sub := o["item"]; truthy(sub) { // the SDK's test: a truthy "item" makes a folder
		it.Folder = true
		if it.Items, err = w.items(sub, join(path, "item")); err != nil {
			return nil, err
		}
		if it.Auth, err = w.auth(o["auth"], join(path, "auth")); err != nil {
			return nil, err
		}
		return it, nil
	}
	if o["request"] == nil {
		// Postman treats an item without a request as a GET of an empty URL.
		it.Request = &Request{Method: "GET"}
	} else if it.Request, err = w.request(o["request"], join(path, "request")); err != nil {
		return nil, err
	}
	if it.Responses, err = w.responses(o["response"], join(path, "response")); err != nil {
		return nil, err
	}
	return it, nil
}

func first(vs ...any) any {
	for _, v := range vs {
		if v != nil {
			return v
		}
	}
	return nil
}

func (w walker) responses(v any, path string) ([]Response, error) {
	return objects(w, v, path, func(o map[string]any, p string) (Response, error) {
		r := Response{Raw: plain(o)}
		r.ID, _ = w.str(o["id"], join(p, "id"))
		r.Name, _ = w.str(o["name"], join(p, "name"))
		r.Status, _ = w.str(o["status"], join(p, "status"))
		r.Body, _ = w.str(o["body"], join(p, "body"))
		if n, ok := o["code"].(json.Number); ok {
			c, _ := n.Int64()
			r.Code = int(c)
		}
		return r, nil
	})
}

func (w walker) request(v any, path string) (*Request, error) {
	r := &Request{Method: "GET"}
	if s, ok := v.(string); ok { // a request may be just a URL string
		r.URL = ParseURL(s)
		return r, nil
	}
	o, err := w.object(v, path)
	if err != nil {
		return nil, err
	}
	if m, err := w.str(o["method"], join(path, "method")); err != nil {
		return nil, err
	} else if m != "" {
		r.Method = strings.ToUpper(m)
	}
	if r.URL, err = w.url(o["url"], join(path, "url")); err != nil {
		return nil, err
	}
	if r.Headers, err = w.headers(o["header"], join(path, "header")); err != nil {
		return nil, err
	}
	if r.Body, err = w.body(o["body"], join(path, "body")); err != nil {
		return nil, err
	}
	if r.Auth, err = w.auth(o["auth"], join(path, "auth")); err != nil {
		return nil, err
	}
	if r.Description, err = w.description(o["description"], join(path, "description")); err != nil {
		return nil, err
	}
	if r.Proxy, err = w.object(o["proxy"], join(path, "proxy")); err != nil {
		return nil, err
	}
	r.Proxy = plainMap(r.Proxy)
	if r.Certificate, err = w.object(o["certificate"], join(path, "certificate")); err != nil {
		return nil, err
	}
	r.Certificate = plainMap(r.Certificate)
	return r, nil
}

func (w walker) url(v any, path string) (URL, error) {
	switch t := v.(type) {
	case nil:
		return URL{}, nil
	case string:
		return ParseURL(t), nil
	case map[string]any:
		// as postman-collection's Url#update: the members, never "raw"
		var u URL
		var err error
		if u.Raw, err = w.str(t["raw"], join(path, "raw")); err != nil {
			return u, err
		}
		if u.Protocol, err = w.str(t["protocol"], join(path, "protocol")); err != nil {
			return u, err
		}
		if u.Auth, err = w.urlAuth(t["auth"], join(path, "auth")); err != nil {
			return u, err
		}
		if u.Host, err = w.segments(t["host"], join(path, "host"), "."); err != nil {
			return u, err
		}
		if u.Port, err = w.str(t["port"], join(path, "port")); err != nil {
			return u, err
		}
		u.EmptyPort = t["port"] != nil && u.Port == ""
		if u.Path, err = w.segments(t["path"], join(path, "path"), "/"); err != nil {
			return u, err
		}
		if u.Hash, err = w.str(t["hash"], join(path, "hash")); err != nil {
			return u, err
		}
		_, isString := t["hash"].(string)
		u.EmptyHash = isString && u.Hash == ""
		if u.Query, err = w.query(t["query"], join(path, "query")); err != nil {
			return u, err
		}
		if u.Variables, err = w.variables(t["variable"], join(path, "variable"), false); err != nil {
			return u, err
		}
		return u, nil
	}
	return URL{}, w.errf(path, "expected a string or an object, got %s", kind(v))
}

// urlAuth reads a URL object's user info, {"user": ..., "password": ...}.
func (w walker) urlAuth(v any, path string) (*URLAuth, error) {
	if v == nil {
		return nil, nil
	}
	o, err := w.object(v, path)
	if err != nil {
		return nil, err
	}
	a := &URLAuth{}
	if a.User, a.HasUser = o["user"].(string); !a.HasUser && o["user"] != nil {
		return nil, w.errf(join(path, "user"), "expected a string, got %s", kind(o["user"]))
	}
	if a.Password, a.HasPassword = o["password"].(string); !a.HasPassword && o["password"] != nil {
		return nil, w.errf(join(path, "password"), "expected a string, got %s", kind(o["password"]))
	}
	return a, nil
}

// segments reads host or path as Url#update does: an array of strings or
// {type, value} segments, or a string, which a host splits on dots outside
// {{…}} and a path, less one leading slash, on slashes ("" is no path, "/"
// one empty segment).
func (w walker) segments(v any, path, sep string) ([]string, error) {
	switch t := v.(type) {
	case nil:
		return nil, nil
	case string:
		if sep == "." {
			return splitHost(t), nil
		}
		if len(t) > 1 {
			t = strings.TrimPrefix(t, "/")
		}
		switch t {
		case "":
			return nil, nil
		case "/":
			return []string{""}, nil
		}
		return strings.Split(t, "/"), nil
	case []any:
		out := make([]string, 0, len(t))
		for i, e := range t {
			if o, ok := e.(map[string]any); ok {
				s, err := w.str(o["value"], join(index(path, i), "value"))
				if err != nil {
					return nil, err
				}
				out = append(out, s)
				continue
			}
			s, err := w.str(e, index(path, i))
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, w.errf(path, "expected a string or an array, got %s", kind(v))
}

// splitHost splits a host string on each "." that is not followed by "}}"
// before the next "{" (the dots of a {{variable.name}} stay).
func splitHost(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		inVar := false
		for j := i + 1; j < len(s) && s[j] != '{'; j++ {
			if s[j] == '}' && j+1 < len(s) && s[j+1] == '}' {
				inVar = true
				break
			}
		}
		if !inVar {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func (w walker) query(v any, path string) ([]QueryParam, error) {
	if s, ok := v.(string); ok {
		if s == "" {
			return nil, nil
		}
		return parseQuery(s), nil
	}
	return objects(w, v, path, func(o map[string]any, p string) (QueryParam, error) {
		var q QueryParam
		var err error
		if q.Key, err = w.str(o["key"], join(p, "key")); err != nil {
			return q, err
		}
		q.NoKey = o["key"] == nil
		if o["value"] == nil {
			q.NoValue = true
		} else if q.Value, err = w.str(o["value"], join(p, "value")); err != nil {
			return q, err
		}
		q.Disabled, err = w.boolean(o["disabled"], join(p, "disabled"))
		return q, err
	})
}

func (w walker) headers(v any, path string) ([]Header, error) {
	if s, ok := v.(string); ok {
		return parseHeaderString(s), nil
	}
	arr, err := w.array(v, path)
	if err != nil {
		return nil, err
	}
	out := make([]Header, 0, len(arr))
	for i, e := range arr {
		p := index(path, i)
		if s, ok := e.(string); ok {
			out = append(out, parseHeaderString(s)...)
			continue
		}
		o, err := w.object(e, p)
		if err != nil {
			return nil, err
		}
		if o == nil {
			continue
		}
		var h Header
		if h.Key, err = w.str(o["key"], join(p, "key")); err != nil {
			return nil, err
		}
		if h.Value, err = w.str(o["value"], join(p, "value")); err != nil {
			return nil, err
		}
		if h.Disabled, err = w.boolean(o["disabled"], join(p, "disabled")); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, nil
}

// parseHeaderString reads "Key: Value" lines; disabled lines start with "//".
func parseHeaderString(s string) []Header {
	var out []Header
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		h := Header{}
		if strings.HasPrefix(line, "//") {
			h.Disabled = true
			line = strings.TrimSpace(line[2:])
		}
		k, val, _ := strings.Cut(line, ":")
		h.Key = strings.TrimSpace(k)
		h.Value = strings.TrimSpace(val)
		out = append(out, h)
	}
	return out
}

func (w walker) body(v any, path string) (*Body, error) {
	o, err := w.object(v, path)
	if err != nil || o == nil {
		return nil, err
	}
	b := &Body{}
	if b.Mode, err = w.str(o["mode"], join(path, "mode")); err != nil {
		return nil, err
	}
	if b.Disabled, err = w.boolean(o["disabled"], join(path, "disabled")); err != nil {
		return nil, err
	}
	opts, err := w.object(o["options"], join(path, "options"))
	if err != nil {
		return nil, err
	}
	b.Options = plainMap(opts)
	if raw, ok := opts["raw"].(map[string]any); ok {
		b.Language, _ = raw["language"].(string)
	}
	switch b.Mode {
	case "raw":
		b.Raw, err = w.str(o["raw"], join(path, "raw"))
	case "urlencoded":
		b.URLEncoded, err = w.formParams(o["urlencoded"], join(path, "urlencoded"))
	case "formdata":
		b.FormData, err = w.formParams(o["formdata"], join(path, "formdata"))
	case "file":
		fo, ferr := w.object(o["file"], join(path, "file"))
		if ferr != nil {
			return nil, ferr
		}
		b.File = &FileRef{}
		if fo != nil {
			if b.File.Src, err = w.str(fo["src"], join(path, "file.src")); err != nil {
				return nil, err
			}
			b.File.Content, err = w.str(fo["content"], join(path, "file.content"))
		}
	case "graphql":
		g, gerr := w.object(o["graphql"], join(path, "graphql"))
		if gerr != nil {
			return nil, gerr
		}
		b.GraphQL = &GraphQL{}
		if g != nil {
			if b.GraphQL.Query, err = w.str(g["query"], join(path, "graphql.query")); err != nil {
				return nil, err
			}
			switch vv := g["variables"].(type) {
			case map[string]any, []any:
				bs, _ := json.Marshal(plain(vv))
				b.GraphQL.Variables = string(bs)
			default:
				b.GraphQL.Variables, err = w.str(vv, join(path, "graphql.variables"))
			}
		}
	case "":
		if o["raw"] != nil {
			b.Mode = "raw"
			b.Raw, err = w.str(o["raw"], join(path, "raw"))
		}
	default:
		return nil, w.errf(join(path, "mode"), "unknown body mode %q (expected raw, urlencoded, formdata, file or graphql)", b.Mode)
	}
	if err != nil {
		return nil, err
	}
	return b, nil
}

func (w walker) formParams(v any, path string) ([]FormParam, error) {
	return objects(w, v, path, func(o map[string]any, p string) (FormParam, error) {
		var err error
		var f FormParam // Type stays "" (text) when the collection gives none, as in the SDK
		if f.Key, err = w.str(o["key"], join(p, "key")); err != nil {
			return f, err
		}
		if f.Value, err = w.str(o["value"], join(p, "value")); err != nil {
			return f, err
		}
		if t, err := w.str(o["type"], join(p, "type")); err != nil {
			return f, err
		} else if t != "" {
			f.Type = t
		}
		if f.ContentType, err = w.str(o["contentType"], join(p, "contentType")); err != nil {
			return f, err
		}
		if f.Disabled, err = w.boolean(o["disabled"], join(p, "disabled")); err != nil {
			return f, err
		}
		switch src := o["src"].(type) {
		case nil:
		case string:
			if src != "" {
				f.Src = []string{src}
			}
		case []any:
			f.SrcList = true
			for j, s := range src {
				str, err := w.str(s, index(join(p, "src"), j))
				if err != nil {
					return f, err
				}
				f.Src = append(f.Src, str)
			}
		default:
			return f, w.errf(join(p, "src"), "expected a string or an array, got %s", kind(src))
		}
		return f, nil
	})
}

// AuthTypes lists the auth types Postman defines.
var authTypes = []string{"noauth", "apikey", "awsv4", "basic", "bearer", "digest", "edgegrid", "hawk", "oauth1", "oauth2", "ntlm", "asap", "jwt"}

// AuthTypes returns the 13 auth types Postman defines.
func AuthTypes() []string { return append([]string(nil), authTypes...) }

func (w walker) auth(v any, path string) (*Auth, error) {
	o, err := w.object(v, path)
	if err != nil || o == nil {
		return nil, err
	}
	a := &Auth{}
	if a.Type, err = w.str(o["type"], join(path, "type")); err != nil {
		return nil, err
	}
	known := false
	for _, t := range authTypes {
		if t == a.Type {
			known = true
		}
	}
	if !known {
		return nil, w.errf(join(path, "type"), "unknown auth type %q (expected one of %s)", a.Type, strings.Join(authTypes, ", "))
	}
	pp := join(path, a.Type)
	switch params := o[a.Type].(type) {
	case nil:
	case []any: // v2.1: [{key, value, type}]
		for i, e := range params {
			p := index(pp, i)
			po, err := w.object(e, p)
			if err != nil {
				return nil, err
			}
			if po == nil {
				continue
			}
			k, err := w.str(po["key"], join(p, "key"))
			if err != nil {
				return nil, err
			}
			t, _ := po["type"].(string)
			a.Params = append(a.Params, AuthParam{Key: k, Value: plain(po["value"]), Type: t})
		}
	case map[string]any: // v2.0: {key: value}
		for _, k := range sortedKeys(params) {
			a.Params = append(a.Params, AuthParam{Key: k, Value: plain(params[k])})
		}
	default:
		return nil, w.errf(pp, "expected an array or an object, got %s", kind(params))
	}
	return a, nil
}

func (w walker) events(v any, path string) ([]Event, error) {
	return objects(w, v, path, func(o map[string]any, p string) (Event, error) {
		var err error
		var ev Event
		if ev.ID, err = w.str(o["id"], join(p, "id")); err != nil {
			return ev, err
		}
		if ev.Listen, err = w.str(o["listen"], join(p, "listen")); err != nil {
			return ev, err
		}
		if ev.Disabled, err = w.boolean(o["disabled"], join(p, "disabled")); err != nil {
			return ev, err
		}
		switch s := o["script"].(type) {
		case nil:
		case string: // a bare script string
			ev.Script.Exec = s
		case map[string]any:
			sp := join(p, "script")
			if ev.Script.ID, err = w.str(s["id"], join(sp, "id")); err != nil {
				return ev, err
			}
			if ev.Script.Type, err = w.str(s["type"], join(sp, "type")); err != nil {
				return ev, err
			}
			if ev.Script.Name, err = w.str(s["name"], join(sp, "name")); err != nil {
				return ev, err
			}
			if src, ok := s["src"].(string); ok {
				ev.Script.Src = src
			}
			if ev.Script.Exec, err = w.exec(s["exec"], join(sp, "exec")); err != nil {
				return ev, err
			}
		default:
			return ev, w.errf(join(p, "script"), "expected an object, got %s", kind(s))
		}
		return ev, nil
	})
}

func (w walker) exec(v any, path string) (string, error) {
	switch t := v.(type) {
	case nil:
		return "", nil
	case string:
		return w.intern(t), nil
	case []any:
		lines := make([]string, len(t))
		for i, e := range t {
			s, err := w.str(e, index(path, i))
			if err != nil {
				return "", err
			}
			lines[i] = s
		}
		return w.intern(strings.Join(lines, "\n")), nil
	}
	return "", w.errf(path, "expected a string or an array of strings, got %s", kind(v))
}

// variables reads a variable list. env selects the environment form, where
// "enabled" (default true) replaces "disabled".
func (w walker) variables(v any, path string, env bool) ([]Variable, error) {
	return objects(w, v, path, func(o map[string]any, p string) (Variable, error) {
		var err error
		var vr Variable
		if vr.ID, err = w.str(o["id"], join(p, "id")); err != nil {
			return vr, err
		}
		if vr.Key, err = w.str(first(o["key"], o["id"]), join(p, "key")); err != nil {
			return vr, err
		}
		if vr.Type, err = w.str(o["type"], join(p, "type")); err != nil {
			return vr, err
		}
		if vr.Description, err = w.description(o["description"], join(p, "description")); err != nil {
			return vr, err
		}
		vr.Value = plain(o["value"])
		if vr.Value == nil {
			vr.Value = ""
			if _, present := o["value"]; present {
				vr.Value = nil
			}
		}
		if env {
			if en, ok := o["enabled"]; ok {
				on, err := w.boolean(en, join(p, "enabled"))
				if err != nil {
					return vr, err
				}
				vr.Disabled = !on
			}
		}
		if d, ok := o["disabled"]; ok {
			if vr.Disabled, err = w.boolean(d, join(p, "disabled")); err != nil {
				return vr, err
			}
		}
		for k, val := range o {
			switch k {
			case "id", "key", "value", "type", "description", "disabled", "enabled":
			default:
				if vr.Extra == nil {
					vr.Extra = map[string]any{}
				}
				vr.Extra[k] = plain(val)
			}
		}
		return vr, nil
	})
}
