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
	// the transformer gives every request a body (undefined when it has
	// none), which the SDK makes an empty RequestBody
	c.Walk(func(it *Item, _ []*Item) bool {
		if it.Request != nil && it.Request.Body == nil {
			it.Request.Body = &Body{}
		}
		return true
	})
	return c, nil
}

// collection decodes a v2.0/v2.1 document (raw is kept for exports).
// collection decodes a v2.0/v2.1 document (raw is kept for exports).
//
// The document is read as postman-collection 4.x reads it: each field
// accepts every JSON type the SDK accepts and means what it means to Newman
// (a request may be a URL string, a body a raw string, headers a block of
// "Key: value" lines, a script a string; values of the wrong type mostly
// count as absent). What Newman cannot run is an error.
func (w walker) collection(obj map[string]any, raw []byte) (*Collection, error) {
	w.doc = &orderedDoc{raw: raw}
	c := &Collection{Raw: raw}
	switch info := obj["info"].(type) {
	case map[string]any:
		c.Info = w.info(info, "info.")
	default:
		if truthy(info) {
			// the SDK reads id and name from a truthy "info", whatever it is
			c.Info.Version = "2.1.0"
			break
		}
		// no "info": the SDK takes id and name from the top level
		c.Info.Version = "2.1.0"
		c.Info.Name = truthyStr(obj["name"])
		c.Info.PostmanID = truthyStr(first(truthyOrNil(obj["id"]), truthyOrNil(obj["_postman_id"])))
		c.Info.Description = description(obj["description"])
	}
	var err error
	if c.Items, err = w.items(obj["item"], "item"); err != nil {
		return nil, err
	}
	c.Events = w.events(obj["event"], "event")
	c.Variables = w.variables(obj["variable"], "variable", varCollection)
	c.Auth = w.auth(obj["auth"], "auth")
	c.ProtocolProfileBehavior = protocolProfileBehavior(obj["protocolProfileBehavior"])
	return c, nil
}

// truthyOrNil maps falsy values (as the SDK sees them) to nil.
func truthyOrNil(v any) any {
	if truthy(v) {
		return v
	}
	return nil
}

// truthyStr reads a name or id as the SDK does: falsy values are absent,
// anything else is taken as String() gives it.
func truthyStr(v any) string {
	if !truthy(v) {
		return ""
	}
	return toJSString(v)
}

// list is what a PropertyList makes of a definition: an array's members
// (null ones skipped), a single object as its one member, nothing for other
// falsy values; other truthy values are passed on as one member.
func list(v any) []any {
	switch t := v.(type) {
	case []any:
		return t
	case map[string]any:
		return []any{t}
	}
	if truthy(v) {
		return []any{v}
	}
	return nil
}

func plainMap(m map[string]any) map[string]any {
	if m == nil {
		return nil
	}
	return plain(m).(map[string]any)
}

// protocolProfileBehavior keeps an object; anything else is no settings.
func protocolProfileBehavior(v any) map[string]any {
	m, _ := v.(map[string]any)
	return plainMap(m)
}

func (w walker) info(o map[string]any, p string) Info {
	var in Info
	in.Name = truthyStr(o["name"])
	in.PostmanID = truthyStr(first(truthyOrNil(o["id"]), truthyOrNil(o["_postman_id"])))
	in.Schema = stringOr(o["schema"], "")
	in.Description = description(o["description"])
	// Newman does not look at the schema: any document with items under
	// "item" runs as v2
	in.Version = "2.1.0"
	if strings.Contains(in.Schema, "v2.0") {
		in.Version = "2.0.0"
	}
	return in
}

// description reads a string or the content of a {content, type} object;
// anything else is no description.
func description(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case map[string]any:
		return stringOr(t["content"], "")
	}
	return ""
}

// items reads an item list as ItemGroup does: a single object is one item,
// and a member that is truthy but not an object (a string, a number, an
// array) is an item without a request. A false, 0 or "" member stops Newman
// ("item.request.clone is not a function") and is an error here.
func (w walker) items(v any, path string) ([]*Item, error) {
	if _, isArr := v.([]any); !isArr {
		if o, ok := v.(map[string]any); ok {
			it, err := w.item(o, path)
			if err != nil {
				return nil, err
			}
			return []*Item{it}, nil
		}
		if truthy(v) {
			return []*Item{emptyItem()}, nil
		}
		return nil, nil
	}
	arr := v.([]any)
	out := make([]*Item, 0, len(arr))
	for i, e := range arr {
		p := index(path, i)
		switch t := e.(type) {
		case nil:
			continue
		case map[string]any:
			it, err := w.item(t, p)
			if err != nil {
				return nil, err
			}
			out = append(out, it)
		default:
			if !truthy(e) {
				return nil, w.errf(p, "expected an object, got %s %s (Newman 6.2.2 stops the run on such an item)", kind(e), jsonStringify(e))
			}
			out = append(out, emptyItem())
		}
	}
	return out, nil
}

// emptyItem is an item without a request: a GET of an empty URL.
func emptyItem() *Item { return &Item{Request: &Request{Method: "GET"}} }

func (w walker) item(o map[string]any, path string) (*Item, error) {
	it := &Item{}
	// the SDK takes id, name and description from "info" when an item has one
	src := o
	if truthy(o["info"]) {
		src, _ = o["info"].(map[string]any)
	}
	idv := first(truthyOrNil(src["id"]), truthyOrNil(src["_postman_id"]))
	it.ID = truthyStr(idv)
	if _, isStr := idv.(string); idv != nil && !isStr {
		it.IDValue = plain(idv)
	}
	it.Name = truthyStr(src["name"])
	it.Description = description(src["description"])
	it.Events = w.events(o["event"], join(path, "event"))
	it.Variables = w.variables(o["variable"], join(path, "variable"), varCollection)
	it.ProtocolProfileBehavior = protocolProfileBehavior(o["protocolProfileBehavior"])
	var err error
	if sub := o["item"]; truthy(sub) { // the SDK's test: a truthy "item" makes a folder
		it.Folder = true
		if it.Items, err = w.items(sub, join(path, "item")); err != nil {
			return nil, err
		}
		it.Auth = w.auth(o["auth"], join(path, "auth"))
		return it, nil
	}
	if it.Request, err = w.request(o["request"], join(path, "request")); err != nil {
		return nil, err
	}
	it.Responses = w.responses(o["response"], join(path, "response"))
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

// responses keeps the saved examples that are objects.
func (w walker) responses(v any, path string) []Response {
	var out []Response
	for _, e := range list(v) {
		o, ok := e.(map[string]any)
		if !ok {
			continue
		}
		r := Response{Raw: plain(o)}
		r.ID = stringOr(o["id"], "")
		r.Name = stringOr(o["name"], "")
		r.Status = stringOr(o["status"], "")
		r.Body = stringOr(o["body"], "")
		if n, ok := o["code"].(json.Number); ok {
			c, _ := n.Int64()
			r.Code = int(c)
		}
		out = append(out, r)
	}
	return out
}

// request reads a request: a URL string, or an object; anything else is a
// GET of an empty URL (Newman's request error).
func (w walker) request(v any, path string) (*Request, error) {
	r := &Request{Method: "GET"}
	o, ok := v.(map[string]any)
	if !ok {
		if s, ok := v.(string); ok { // a request may be just a URL string
			r.URL = ParseURL(s)
		}
		return r, nil
	}
	if m, ok := o["method"]; ok && m != nil {
		// String(method).toUpperCase(): an empty method is sent as GET
		r.Method = strings.ToUpper(toJSString(m))
	}
	if u, ok := o["url"]; ok {
		r.URL = w.url(u, join(path, "url"))
	}
	r.Headers = w.headers(o["header"], join(path, "header"))
	if b, ok := o["body"]; ok {
		// a body that is there, even null, is a RequestBody (without a mode
		// it sends nothing)
		var err error
		if r.Body, err = w.body(b, join(path, "body")); err != nil {
			return nil, err
		}
		if r.Body == nil {
			r.Body = &Body{}
		}
	}
	r.Auth = w.auth(o["auth"], join(path, "auth"))
	r.Description = description(o["description"])
	// a truthy proxy or certificate that is not an object is one with
	// nothing set (ProxyConfig's defaults: localhost:8080)
	if m, ok := o["proxy"].(map[string]any); ok {
		r.Proxy = plainMap(m)
	} else if truthy(o["proxy"]) {
		r.Proxy = map[string]any{}
	} else if v, given := o["proxy"]; given {
		r.FalsyProxy = w.typedAt(v, join(path, "proxy"))
	}
	if m, ok := o["certificate"].(map[string]any); ok {
		r.Certificate = plainMap(m)
	} else if truthy(o["certificate"]) {
		r.Certificate = map[string]any{}
	} else if v, given := o["certificate"]; given {
		r.FalsyCertificate = w.typedAt(v, join(path, "certificate"))
	}
	return r, nil
}

// url reads a URL string or object (as postman-collection's Url#update: the
// members, never "raw"); any other value is an empty URL.
func (w walker) url(v any, path string) URL {
	switch t := v.(type) {
	case string:
		return ParseURL(t)
	case map[string]any:
		var u URL
		u.Raw = stringOr(t["raw"], "")
		if truthy(t["protocol"]) {
			u.Protocol = toJSString(t["protocol"])
		}
		u.Auth = urlAuth(t["auth"])
		u.Host = w.segments(t["host"], ".")
		if p, ok := t["port"]; ok && p != nil {
			// any port with a toString() is written, an empty one as "host:"
			u.Port = toJSString(p)
			u.EmptyPort = u.Port == ""
		}
		u.Path = w.segments(t["path"], "/")
		if h, ok := t["hash"].(string); ok { // only a string hash is written
			u.Hash = h
			u.EmptyHash = h == ""
		}
		u.Query = w.query(t["query"], join(path, "query"))
		u.Variables = w.variables(t["variable"], join(path, "variable"), varURL)
		return u
	}
	return URL{}
}

// urlAuth reads a URL object's user info, {"user": ..., "password": ...};
// only string members are written.
func urlAuth(v any) *URLAuth {
	o, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	a := &URLAuth{}
	a.User, a.HasUser = o["user"].(string)
	a.Password, a.HasPassword = o["password"].(string)
	return a
}

// segments reads host or path as Url#update does: an array of strings or
// {type, value} segments, or a string, which a host splits on dots outside
// {{…}} and a path, less one leading slash, on slashes ("" is no path, "/"
// one empty segment). Other members are written as String() gives them.
func (w walker) segments(v any, sep string) []string {
	switch t := v.(type) {
	case nil:
		return nil
	case string:
		if sep == "." {
			return splitHost(t)
		}
		if len(t) > 1 {
			t = strings.TrimPrefix(t, "/")
		}
		switch t {
		case "":
			return nil
		case "/":
			return []string{""}
		}
		return strings.Split(t, "/")
	case []any:
		out := make([]string, 0, len(t))
		for _, e := range t {
			switch s := e.(type) {
			case map[string]any:
				out = append(out, segmentString(s["value"]))
			default:
				out = append(out, segmentString(e))
			}
		}
		return out
	}
	if sep == "." && truthy(v) {
		return splitHost(toJSString(v)) // the host's toString()
	}
	return nil
}

// segmentString is a segment as Array#join writes it (null is empty).
func segmentString(v any) string {
	if v == nil {
		return ""
	}
	return toJSString(v)
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

// query reads a URL's query as Url#update does: a string is parsed, an
// object with members is one parameter per member, a list's members may be
// "k=v" strings or {key, value} objects. Only string keys and values are
// written (QueryParam.unparseSingle): anything else counts as absent.
func (w walker) query(v any, path string) []QueryParam {
	switch t := v.(type) {
	case nil:
		return nil
	case string:
		if t == "" {
			return nil
		}
		return parseQuery(t)
	case map[string]any:
		if len(t) > 0 {
			var out []QueryParam
			for _, k := range w.keys(t, path) {
				q := QueryParam{Key: k}
				q.Value, q.NoValue = t[k].(string)
				q.NoValue = !q.NoValue
				out = append(out, q)
			}
			return out
		}
	}
	if !truthy(v) {
		return nil
	}
	var out []QueryParam
	for _, e := range list(v) {
		switch t := e.(type) {
		case nil:
			continue
		case string:
			out = append(out, parseQueryParam(t, true))
		case map[string]any:
			var q QueryParam
			var isStr bool
			q.Key, isStr = t["key"].(string)
			q.NoKey = !isStr
			q.Value, isStr = t["value"].(string)
			q.NoValue = !isStr
			q.Disabled = truthy(t["disabled"])
			out = append(out, q)
		default:
			out = append(out, QueryParam{NoKey: true, NoValue: true})
		}
	}
	return out
}

// keys lists an object's keys in the document's order (JavaScript's: array
// indices first), or sorted when the document cannot tell.
func (w walker) keys(m map[string]any, path string) []string {
	if o, ok := w.doc.at(path); ok {
		if jo, ok := o.(*jsObject); ok && len(jo.keys) == len(m) {
			return append([]string(nil), jo.keys...)
		}
	}
	return sortedKeys(m)
}

// headers reads a header list as HeaderList does: a "Key: value" block, an
// object of key → value members, or a list of such strings or
// {key, value, disabled} objects. Values are sent as String() gives them; a
// header without a key is not sent.
func (w walker) headers(v any, path string) []Header {
	if !truthy(v) {
		return nil
	}
	switch t := v.(type) {
	case string:
		return ParseHeaders(t)
	case map[string]any:
		// Header.create(value, key) for each member: an object value is a
		// header definition of its own, any other value an empty header
		var out []Header
		for _, k := range w.keys(t, path) {
			switch m := t[k].(type) {
			case string:
				out = append(out, Header{Key: k, Value: m})
			case map[string]any:
				out = append(out, w.headerObject(m, join(path, k)))
			default:
				out = append(out, Header{})
			}
		}
		return out
	case []any:
		out := make([]Header, 0, len(t))
		for i, e := range t {
			switch h := e.(type) {
			case nil:
			case string:
				out = append(out, sdkHeader(h))
			case map[string]any:
				out = append(out, w.headerObject(h, index(path, i)))
			default:
				out = append(out, Header{})
			}
		}
		return out
	}
	return []Header{{}}
}

// headerObject is a header definition {key, value, disabled} at path. A
// value that is not a string stays typed (see typed.go); it goes out as Node
// writes it: String(v), an array as the header repeated per element
// (Header.HeaderValues).
func (w walker) headerObject(h map[string]any, path string) Header {
	var hd Header
	if truthy(h["key"]) {
		hd.Key = toJSString(h["key"])
	}
	if val, ok := h["value"]; ok {
		if s, isString := val.(string); isString {
			hd.Value = s
		} else {
			hd.JSON = w.typedAt(val, join(path, "value"))
			hd.Value = HeaderText(hd.JSON)
		}
	}
	hd.Disabled = truthy(h["disabled"])
	return hd
}

var bodyModes = map[string]bool{"raw": true, "urlencoded": true, "formdata": true, "file": true, "graphql": true}

// body reads a request body as RequestBody does: a string is a raw body;
// the mode is matched in any case, an unknown one is raw; without a mode
// nothing is sent.
func (w walker) body(v any, path string) (*Body, error) {
	var o map[string]any
	switch t := v.(type) {
	case nil:
		return nil, nil
	case string:
		if t == "" {
			return &Body{}, nil
		}
		return &Body{Mode: "raw", Raw: t}, nil
	case map[string]any:
		o = t
	default:
		return &Body{}, nil // a body without a mode
	}
	b := &Body{Disabled: truthy(o["disabled"])}
	if opts, ok := o["options"].(map[string]any); ok {
		b.Options = plainMap(opts)
		if raw, ok := opts["raw"].(map[string]any); ok {
			b.Language, _ = raw["language"].(string)
		}
	}
	if !truthy(o["mode"]) {
		return b, nil
	}
	b.Mode = strings.ToLower(toJSString(o["mode"]))
	if !bodyModes[b.Mode] {
		b.Mode = "raw"
	}
	switch b.Mode {
	case "raw":
		switch raw := o["raw"].(type) {
		case string:
			b.Raw = raw
		case map[string]any:
			// RequestBody keeps it typed (see typed.go); postman-runtime
			// sends JSON.stringify(raw) unless it is empty
			b.RawJSON = w.typedAt(raw, join(path, "raw"))
			b.Raw = RawText(b.RawJSON)
		case json.Number, bool:
			if truthy(raw) {
				b.RawJSON = w.typedAt(raw, join(path, "raw")) // kept typed, sends nothing
			}
		case []any:
			if len(raw) > 0 {
				return nil, w.errf(join(path, "raw"), "expected a string, got array (Newman 6.2.2 stops the run on a raw body that is an array)")
			}
			b.RawJSON = json.RawMessage("[]") // kept typed, sends nothing
		}
		// numbers, booleans and empty objects are an empty body
	case "urlencoded":
		b.URLEncoded = w.urlencoded(o["urlencoded"], join(path, "urlencoded"))
	case "formdata":
		b.FormData = w.formParams(o["formdata"], join(path, "formdata"))
	case "file":
		b.File = &FileRef{}
		switch f := o["file"].(type) {
		case string:
			b.File.Src = f
		case map[string]any:
			if truthy(f["src"]) {
				b.File.Src = toJSString(f["src"])
			}
			b.File.Content = stringOr(f["content"], "")
		}
	case "graphql":
		// the SDK keeps {query, operationName, variables} of an object (of
		// anything else, or nothing, they are all undefined)
		b.GraphQL = &GraphQL{NoQuery: true}
		if g, ok := o["graphql"].(map[string]any); ok {
			if q, ok := g["query"].(string); ok {
				b.GraphQL.Query, b.GraphQL.NoQuery = q, false
			} else if q, present := g["query"]; present {
				b.GraphQL.QueryJSON = w.typedAt(q, join(path, "graphql.query"))
			}
			_, b.GraphQL.HasVariables = g["variables"]
			if op, ok := g["operationName"].(string); ok {
				b.GraphQL.OperationName, b.GraphQL.HasOperationName = op, true
			}
			switch vv := g["variables"].(type) {
			case string:
				b.GraphQL.Variables = vv
			default:
				if _, present := g["variables"]; present {
					b.GraphQL.Variables = w.stringifyAt(vv, join(path, "graphql.variables"))
					b.GraphQL.VariablesJSON = true
				}
			}
		}
	}
	if b.Mode != "urlencoded" {
		// RequestBody keeps the fields of another mode too (only reported)
		b.URLEncoded = w.urlencoded(o["urlencoded"], join(path, "urlencoded"))
	}
	return b, nil
}

// urlencoded reads urlencoded fields (QueryParams, as Node's querystring
// writes them): a "k=v&…" string, a list of such strings or {key, value}
// objects, or one object. A key is String(key) ("undefined" when missing);
// a value that is not a string stays typed (see typed.go): it goes out as
// querystring writes it (values that are not strings, numbers or booleans
// are empty, and a list of values is one field per value).
func (w walker) urlencoded(v any, path string) []FormParam {
	if !truthy(v) {
		return nil
	}
	if s, ok := v.(string); ok {
		var out []FormParam
		for _, q := range parseQuery(s) {
			f := FormParam{Key: q.Key, Value: q.Value}
			if q.NoKey {
				f.Key = "null"
			}
			if q.NoValue {
				f.JSON = json.RawMessage("null") // QueryParam.parse's null value, sent empty
			}
			out = append(out, f)
		}
		return out
	}
	var out []FormParam
	_, isArr := v.([]any)
	for i, e := range list(v) {
		switch t := e.(type) {
		case nil:
		case string:
			q := parseQueryParam(t, true)
			f := FormParam{Key: q.Key, Value: q.Value}
			if q.NoValue {
				f.JSON = json.RawMessage("null")
			}
			out = append(out, f)
		case map[string]any:
			key, noKey := "undefined", true
			if k, ok := t["key"]; ok {
				key, noKey = toJSString(k), false
			}
			f := FormParam{Key: key, NoKey: noKey, Disabled: truthy(t["disabled"])}
			switch val, present := t["value"]; {
			case !present:
				f.NoValue = true
			case val == nil:
				f.JSON = w.typedAt(nil, "")
			default:
				if s, ok := val.(string); ok {
					f.Value = s
					break
				}
				p := path
				if isArr {
					p = index(path, i)
				}
				f.JSON = w.typedAt(val, join(p, "value"))
				f.Value = URLEncodedText(f.JSON)
			}
			out = append(out, f)
		default:
			out = append(out, FormParam{Key: "undefined"})
		}
	}
	return out
}

// formParams reads form-data fields as FormParam does: falsy keys and values
// are empty, a text value that is not a string is sent as its JSON.
func (w walker) formParams(v any, path string) []FormParam {
	if _, ok := v.(string); ok {
		return nil // FormParam.parse reads nothing from a string
	}
	var out []FormParam
	elems := list(v)
	_, isArr := v.([]any)
	for i, e := range elems {
		p := path
		if isArr {
			p = index(path, i)
		}
		o, ok := e.(map[string]any)
		if !ok {
			if e != nil {
				out = append(out, FormParam{})
			}
			continue
		}
		var f FormParam // Type stays "" (text) when the collection gives none, as in the SDK
		if truthy(o["key"]) {
			f.Key = toJSString(o["key"])
		}
		f.Type = stringOr(o["type"], "")
		if val := o["value"]; truthy(val) {
			if s, ok := val.(string); ok {
				f.Value = s
			} else if f.Type != "file" {
				// kept typed (see typed.go), sent as its JSON
				f.JSON = w.typedAt(val, join(p, "value"))
				f.Value = FormDataText(f.JSON)
			}
		}
		f.ContentType = stringOr(o["contentType"], "")
		f.Disabled = truthy(o["disabled"])
		switch src := o["src"].(type) {
		case nil:
		case string:
			if src != "" {
				f.Src = []string{src}
			}
		case []any:
			f.SrcList = true
			for _, s := range src {
				f.Src = append(f.Src, segmentString(s))
			}
		default:
			f.Src = []string{toJSString(src)}
		}
		out = append(out, f)
	}
	return out
}

// AuthTypes lists the auth types Postman defines.
var authTypes = []string{"noauth", "apikey", "awsv4", "basic", "bearer", "digest", "edgegrid", "hawk", "oauth1", "oauth2", "ntlm", "asap", "jwt"}

// AuthTypes returns the 13 auth types Postman defines.
func AuthTypes() []string { return append([]string(nil), authTypes...) }

// KnownAuthType reports whether postman-runtime has a handler for an auth
// type. Newman sends a request whose auth has another type without auth,
// with a warning.
func KnownAuthType(t string) bool {
	for _, k := range authTypes {
		if k == t {
			return true
		}
	}
	return false
}

// auth reads an auth definition as RequestAuth does. Its type must be a
// string other than "type": without one the definition does not count and
// the request inherits its parent's auth (nil is returned). Any other type
// is kept, known to postman-runtime or not. The type's parameters are a
// list of {key, value, type} (later keys replace earlier ones) or a
// key → value object (v2.0); values are cast to their declared type.
func (w walker) auth(v any, path string) *Auth {
	o, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	typ, ok := o["type"].(string)
	if !ok || typ == "type" {
		return nil
	}
	a := &Auth{Type: typ}
	set := func(p AuthParam) {
		for i := range a.Params {
			if a.Params[i].Key == p.Key {
				a.Params[i] = p
				return
			}
		}
		a.Params = append(a.Params, p)
	}
	pp := join(path, typ)
	switch params := o[typ].(type) {
	case []any: // v2.1: [{key, value, type}]
		for i, e := range params {
			po, ok := e.(map[string]any)
			if !ok {
				continue
			}
			k, ok := po["key"]
			if !ok {
				continue
			}
			t, _ := po["type"].(string)
			val := plain(po["value"])
			_, has := po["value"]
			if has && variableTypes[strings.ToLower(t)] {
				val = w.castVariable(t, po["value"], join(index(pp, i), "value"))
			}
			set(AuthParam{Key: toJSString(k), Value: val, Type: t, NoValue: !has})
		}
	case map[string]any: // v2.0: {key: value}
		for _, k := range w.keys(params, pp) {
			set(AuthParam{Key: k, Value: plain(params[k])})
		}
	}
	return a
}

// events reads an event list: a single object is one event. An event runs
// its script when the script is a string, an array of lines or an object;
// a script with "src" has no code; an event without a script does not run
// (and does not count).
func (w walker) events(v any, path string) []Event {
	var out []Event
	for _, e := range list(v) {
		o, ok := e.(map[string]any)
		if !ok {
			continue
		}
		var ev Event
		ev.ID = stringOr(o["id"], "")
		if truthy(o["id"]) {
			ev.ID = toJSString(o["id"])
		}
		ev.Listen = stringOr(o["listen"], "")
		ev.Disabled = truthy(o["disabled"])
		switch s := o["script"].(type) {
		case string, []any:
			ev.Script.Exec = w.exec(s)
		case map[string]any:
			if truthy(s["id"]) {
				ev.Script.ID = toJSString(s["id"])
			}
			ev.Script.Type = stringOr(s["type"], "")
			ev.Script.Name = stringOr(s["name"], "")
			if src, ok := s["src"]; ok {
				// a script with a src has no exec
				ev.Script.Src = stringOr(src, "")
				break
			}
			ev.Script.Exec = w.exec(s["exec"])
		default:
			continue
		}
		out = append(out, ev)
	}
	return out
}

// exec reads a script's code: a string, or lines joined with "\n" (as
// Array#join writes them); anything else is no code.
func (w walker) exec(v any) string {
	switch t := v.(type) {
	case string:
		return w.intern(t)
	case []any:
		lines := make([]string, len(t))
		for i, e := range t {
			lines[i] = segmentString(e)
		}
		return w.intern(strings.Join(lines, "\n"))
	}
	return ""
}

// Variable list kinds: they differ in how a variable without a key counts.
const (
	varCollection = iota // collection variables: without a key, unreachable
	varURL               // path variables: the id stands in for a missing key
	varEnv               // environment files: "enabled" too; the id stands in
)

// variables reads a variable list (a single object is one variable;
// members that are not objects are no variables).
func (w walker) variables(v any, path string, kind int) []Variable {
	var out []Variable
	for _, e := range list(v) {
		o, ok := e.(map[string]any)
		if !ok {
			continue
		}
		var vr Variable
		if truthy(o["id"]) {
			vr.ID = toJSString(o["id"])
		}
		key := o["key"]
		if kind != varCollection && !truthy(key) {
			key = truthyOrNil(o["id"])
		}
		if !truthy(key) {
			// VariableList indexes variables by a truthy key; this one
			// cannot be reached
			continue
		}
		vr.Key = toJSString(key)
		vr.Type = stringOr(o["type"], "")
		vr.Description = description(o["description"])
		vr.Value = plain(o["value"])
		_, present := o["value"]
		if !present {
			// the SDK's Variable holds undefined, substituted as "" (and as
			// its type casts undefined: "undefined", NaN, false)
			vr.Value = NotJSON("")
		}
		if t := strings.ToLower(vr.Type); t == "string" || t == "boolean" || t == "number" {
			// Variable#set casts the value to the declared type
			switch {
			case present:
				vr.Value = w.castVariable(t, o["value"], "")
			case t == "string":
				vr.Value = "undefined"
			case t == "boolean":
				vr.Value = false
			default:
				vr.Value = "NaN"
			}
		}
		if kind == varEnv {
			if en, ok := o["enabled"]; ok {
				vr.Disabled = !truthy(en)
			}
		}
		if d, ok := o["disabled"]; ok {
			vr.Disabled = truthy(d)
			if vr.Disabled && d != true {
				vr.DisabledValue = plain(d)
			}
		}
		for k, val := range o {
			switch k {
			case "id", "key", "value", "type", "description", "enabled":
			default:
				if vr.Extra == nil {
					vr.Extra = map[string]any{}
				}
				vr.Extra[k] = plain(val)
			}
		}
		out = append(out, vr)
	}
	return out
}
