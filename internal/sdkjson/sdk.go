package sdkjson

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"

	"github.com/courier-run/courier/collections"
)

// The functions below follow postman-collection 4.x (Newman 6.2.2): each
// builds what the SDK class makes of a definition, members in the order its
// constructor assigns them, values its toJSON() writes.

// ids makes the ids the SDK generates for properties that require one.
type ids interface{ newID() string }

// property is the Property constructor's part: meta (keys with a leading
// underscore), id, name, disabled and description. src is definition.info
// when that is an object (collections), else the definition.
func property(def map[string]any, requiresID bool, id string, g ids) object {
	var o object
	src := def
	if info, ok := asMap(def["info"]); ok {
		src = info
	} else if truthy(def["info"]) {
		src = nil // a truthy "info" that is not an object has no id or name
	}
	meta := object{}
	for _, k := range sortedKeys(src) {
		if strings.HasPrefix(k, "_") && k != "_" {
			meta = append(meta, field{strings.TrimLeft(k, "_"), src[k]})
		}
	}
	if len(meta) > 0 {
		o = append(o, field{"_", meta})
	}
	switch {
	case truthy(src["id"]):
		id = jsString(src["id"])
	case meta.hasTruthy("postman_id"):
		v, _ := meta.get("postman_id")
		id = jsString(v)
	case id == "" && requiresID:
		id = g.newID()
	}
	if id != "" {
		o = append(o, field{"id", id})
	}
	if truthy(src["name"]) {
		o = append(o, field{"name", src["name"]})
	}
	if has(def, "disabled") {
		o = append(o, field{"disabled", truthy(def["disabled"])})
	}
	if has(src, "description") {
		o = append(o, field{"description", description(src["description"])})
	}
	return o
}

func (o object) hasTruthy(k string) bool {
	v, ok := o.get(k)
	return ok && truthy(v)
}

// description is a Description: {content, type} (type defaults to text/plain).
func description(v any) object {
	var content, typ any = undefined, undefined
	switch t := v.(type) {
	case string:
		content, typ = t, "text/plain"
	case map[string]any:
		content = get(t, "content")
		typ = "text/plain"
		if truthy(t["type"]) {
			typ = t["type"]
		}
	case []any:
		// an array is an object to lodash: its content and type are undefined
		typ = "text/plain"
	default:
		if truthy(v) {
			content, typ = v, "text/plain"
		}
	}
	return object{{"content", content}, {"type", typ}}
}

// itemOrGroup is ItemGroup._createNewGroupOrItem.
func (b *builder) itemOrGroup(def map[string]any, id string) *node {
	if truthy(def["item"]) {
		return b.group(def, id)
	}
	return b.item(def, id)
}

// item is an Item: a request with its examples and events.
func (b *builder) item(def map[string]any, id string) *node {
	o := property(def, true, id, b)
	o = append(o, field{"request", request(def["request"], b)})
	o = append(o, field{"response", list(def["response"], func(v any) any { return response(v, b) })})
	o = append(o, field{"event", b.events(def["event"])})
	if ppb := def["protocolProfileBehavior"]; isObject(ppb) {
		// typeof "object": an array is kept too
		o = append(o, field{"protocolProfileBehavior", ppb})
	}
	n := &node{obj: o}
	n.id = idOf(o)
	return n
}

// group is an ItemGroup (a folder); the collection is one too.
func (b *builder) group(def map[string]any, id string) *node {
	o := property(def, true, id, b)
	n := &node{folder: true}
	o = append(o, field{"item", nil}) // filled in by the caller, in order
	if truthy(def["auth"]) {
		o = append(o, field{"auth", auth(def["auth"])})
	}
	o = append(o, field{"event", b.events(def["event"])})
	if ppb := def["protocolProfileBehavior"]; isObject(ppb) {
		// typeof "object": an array is kept too
		o = append(o, field{"protocolProfileBehavior", ppb})
	}
	n.obj = o
	n.id = idOf(o)
	return n
}

func idOf(o object) string {
	v, _ := o.get("id")
	s, _ := v.(string)
	return s
}

// list maps a definition array through fn (a missing or non-array value is
// an empty list, as PropertyList makes it).
func list(v any, fn func(any) any) []any {
	arr, isArr := v.([]any)
	if m, ok := v.(map[string]any); ok {
		arr = []any{m} // PropertyList takes a single object as its one member
	} else if !isArr && truthy(v) {
		arr = []any{v} // and any other truthy value too
	}
	out := make([]any, 0, len(arr))
	for _, e := range arr {
		if e == nil {
			continue
		}
		out = append(out, fn(e))
	}
	return out
}

// events is an EventList.
func (b *builder) events(v any) []any {
	return list(v, func(e any) any {
		def, ok := asMap(e)
		if !ok {
			return object{}
		}
		o := property(def, false, "", b)
		if s, ok := def["listen"].(string); ok {
			o = append(o, field{"listen", s})
		}
		switch s := def["script"].(type) {
		case string, []any:
			o = append(o, field{"script", script(map[string]any{"exec": s}, b)})
		case map[string]any:
			o = append(o, field{"script", script(s, b)})
		}
		return o
	})
}

var newline = regexp.MustCompile(`\r?\n`)

// script is a Script: its id (generated when missing), type and lines.
func script(def map[string]any, g ids) object {
	o := property(def, true, "", g)
	typ := any("text/javascript")
	if truthy(def["type"]) {
		typ = def["type"]
	}
	o = append(o, field{"type", typ})
	if p, ok := def["packages"]; ok {
		o = append(o, field{"packages", p})
	}
	if has(def, "src") {
		o = append(o, field{"src", url(def["src"])})
		return o
	}
	if has(def, "exec") {
		switch e := def["exec"].(type) {
		case string:
			o = append(o, field{"exec", newline.Split(e, -1)})
		case []any:
			o = append(o, field{"exec", e})
		}
	}
	return o
}

// request is a Request.
func request(v any, g ids) object {
	def, _ := asMap(v)
	if s, ok := v.(string); ok {
		def = map[string]any{"url": s}
	}
	o := property(def, false, "", g)
	var u any = url("")
	if has(def, "url") {
		u = url(def["url"])
	}
	o = append(o, field{"url", u})
	if hs := headers(def["header"]); len(hs) > 0 {
		o = append(o, field{"header", hs})
	}
	method := "GET"
	if m, ok := def["method"]; ok && m != nil {
		method = strings.ToUpper(jsString(m))
	}
	o = append(o, field{"method", method})
	if b, ok := g.(*builder); has(def, "body") || ok && b.v1 {
		o = append(o, field{"body", body(def["body"])})
	}
	if truthy(def["auth"]) {
		o = append(o, field{"auth", auth(def["auth"])})
	}
	if truthy(def["proxy"]) {
		o = append(o, field{"proxy", proxy(def["proxy"], g)})
	}
	if truthy(def["certificate"]) {
		o = append(o, field{"certificate", certificate(def["certificate"], g)})
	}
	return o
}

// proxy is a ProxyConfig, with its defaults.
func proxy(v any, g ids) any {
	def, ok := asMap(v)
	if !ok {
		def = map[string]any{} // a truthy proxy that is not an object: the defaults
	}
	o := property(def, true, "", g)
	host, pattern, port, tunnel := any(""), "http+https://*:*/*", any(json.Number("8080")), any(false)
	if h, ok := def["host"].(string); ok {
		host = collections.ParseURL(h).HostString() // Url#getHost
	}
	if m, ok := def["match"].(string); ok {
		pattern = m
	} else if mm, ok := asMap(def["match"]); ok {
		if p, ok := mm["pattern"].(string); ok {
			pattern = p
		}
	}
	if n := jsInt32(jsNumber(def["port"])); n != 0 { // port >> 0
		port = json.Number(strconv.FormatInt(int64(n), 10))
	}
	if b, ok := def["tunnel"].(bool); ok {
		tunnel = b
	}
	o = append(o, field{"host", host}, field{"match", object{{"pattern", pattern}}}, field{"port", port}, field{"tunnel", tunnel})
	if arr, ok := def["bypass"].([]any); ok {
		var ps []any
		for _, p := range arr {
			ps = append(ps, object{{"pattern", p}})
		}
		o = append(o, field{"bypass", ps})
	}
	authenticate := any(false)
	if b, ok := def["authenticate"].(bool); ok {
		authenticate = b
	}
	o = append(o, field{"authenticate", authenticate})
	for _, k := range []string{"username", "password"} {
		if s, ok := def[k].(string); ok {
			o = append(o, field{k, s})
		}
	}
	return o
}

// certificate is a Certificate; it never writes the key or certificate
// contents.
func certificate(v any, g ids) any {
	def, ok := asMap(v)
	if !ok {
		def = map[string]any{} // a truthy certificate that is not an object: its parts are empty
	}
	o := property(def, true, "", g)
	o.set("id", idOf(o))
	o.set("name", get(def, "name"))
	if arr, ok := def["matches"].([]any); ok {
		var ps []any
		for _, p := range arr {
			ps = append(ps, object{{"pattern", p}})
		}
		o.set("matches", ps)
	}
	for _, k := range []string{"key", "cert", "pfx"} {
		var part any = object{{"src", get(def, k)}}
		if m, ok := asMap(def[k]); ok {
			c := map[string]any{}
			for mk, mv := range m {
				if mk != "value" && mk != orderKey {
					c[mk] = mv
				}
			}
			part = c
		} else if isObject(def[k]) {
			part = def[k]
		}
		o.set(k, part)
	}
	o.set("passphrase", get(def, "passphrase"))
	return o
}

// headers is a HeaderList: an array of headers or a "Key: value" block.
func headers(v any) []any {
	if s, ok := v.(string); ok {
		var out []any
		for _, h := range collections.ParseHeaders(s) {
			out = append(out, header(map[string]any{"key": h.Key, "value": h.Value}))
		}
		return out
	}
	if m, ok := v.(map[string]any); ok {
		// Header.create(value, key) for each member
		var out []any
		for _, k := range sortedKeys(m) {
			switch t := m[k].(type) {
			case string:
				out = append(out, header(map[string]any{"key": k, "value": t}))
			case map[string]any:
				out = append(out, header(t))
			default:
				out = append(out, header(nil))
			}
		}
		return out
	}
	return list(v, func(e any) any {
		if s, ok := e.(string); ok {
			return header(parseHeader(s))
		}
		m, _ := asMap(e)
		return header(m)
	})
}

func parseHeader(s string) map[string]any {
	k, val, _ := strings.Cut(s, ":")
	return map[string]any{"key": strings.TrimSpace(k), "value": strings.TrimSpace(val)}
}

// header is a Header.
func header(def map[string]any) object {
	o := property(def, false, "", nil)
	key := any("")
	if truthy(def["key"]) {
		key = def["key"]
	}
	o.set("key", key)
	val := any("")
	if has(def, "value") {
		val = def["value"]
	}
	o.set("value", val)
	if has(def, "system") {
		o.set("system", def["system"])
	}
	if has(def, "disabled") {
		o.set("disabled", def["disabled"])
	}
	return o
}

// queryParam is a QueryParam (also an urlencoded body field).
func queryParam(def map[string]any) object {
	o := property(def, false, "", nil)
	o = append(o, field{"key", get(def, "key")}, field{"value", get(def, "value")})
	if has(def, "system") {
		o = append(o, field{"system", def["system"]})
	}
	return o
}

// formParam is a FormParam.
func formParam(def map[string]any) object {
	o := property(def, false, "", nil)
	key := any("")
	if truthy(def["key"]) {
		key = def["key"]
	}
	val := any("")
	if truthy(def["value"]) {
		val = def["value"]
	}
	o = append(o, field{"key", key}, field{"value", val}, field{"type", get(def, "type")},
		field{"src", get(def, "src")}, field{"contentType", get(def, "contentType")}, field{"fileName", get(def, "fileName")})
	if s, ok := val.(string); def["type"] == "file" && (!ok || s == "") {
		o.del("value")
	}
	return o
}

var bodyModes = map[string]bool{"file": true, "formdata": true, "graphql": true, "raw": true, "urlencoded": true}

// body is a RequestBody.
func body(v any) object {
	def, _ := asMap(v)
	if s, ok := v.(string); ok && s != "" {
		def = map[string]any{"mode": "raw", "raw": s}
	}
	o := object{}
	if def == nil {
		return o
	}
	for _, k := range sortedKeys(def) {
		if strings.HasPrefix(k, "_") && k != "_" {
			// PropertyBase keeps meta keys
			meta, _ := o.get("_")
			mo, _ := meta.(object)
			o.set("_", append(mo, field{strings.TrimLeft(k, "_"), def[k]}))
		}
	}
	if !truthy(def["mode"]) {
		return o
	}
	mode := strings.ToLower(jsString(def["mode"]))
	if !bodyModes[mode] {
		mode = "raw"
	}
	raw := get(def, "raw")
	var urlencoded, formdata, file, graphql any = get(def, "urlencoded"), get(def, "formdata"), get(def, "file"), get(def, "graphql")
	if truthy(def["urlencoded"]) {
		src := def["urlencoded"]
		if s, ok := src.(string); ok {
			src = parseQueryString(s)
		}
		urlencoded = list(src, queryParamOf)
	}
	if _, isStr := def["formdata"].(string); truthy(def["formdata"]) && !isStr { // FormParam.parse reads nothing from a string
		formdata = list(def["formdata"], func(e any) any { m, _ := asMap(e); return formParam(m) })
	}
	if g, ok := asMap(def["graphql"]); ok && truthy(def["graphql"]) {
		graphql = object{{"query", get(g, "query")}, {"operationName", get(g, "operationName")}, {"variables", get(g, "variables")}}
	}
	if s, ok := def["file"].(string); ok {
		file = object{{"src", s}}
	}
	if mode == "raw" && !truthy(raw) {
		raw = ""
	}
	if mode == "urlencoded" && !truthy(def["urlencoded"]) {
		urlencoded = []any{}
	}
	if mode == "formdata" && !truthy(def["formdata"]) {
		formdata = []any{}
	}
	if mode == "graphql" && !truthy(def["graphql"]) {
		graphql = object{}
	}
	if f, ok := asMap(file); ok {
		if c, has := f["content"]; has && c != nil {
			if _, isStr := c.(string); !isStr {
				cp := map[string]any{}
				for k, v := range f {
					if k != "content" {
						cp[k] = v
					}
				}
				file = cp
			}
		}
	}
	var options any = undefined
	if isObject(def["options"]) {
		options = def["options"]
	}
	o = append(o, field{"mode", mode}, field{"raw", raw}, field{"urlencoded", urlencoded}, field{"formdata", formdata},
		field{"file", file}, field{"graphql", graphql}, field{"options", options}, field{"disabled", get(def, "disabled")})
	return o
}

// auth is a RequestAuth: its type, then a parameter list for each key of
// the definition holding an object or array (the type's own first).
func auth(v any) object {
	def, _ := asMap(v)
	o := property(def, false, "", nil)
	if t, ok := def["type"].(string); ok && t != "type" {
		o = append(o, field{"type", t}, field{t, []any{}})
	}
	for _, k := range sortedKeys(def) {
		if k == "type" || !isObject(def[k]) {
			continue
		}
		prev, _ := o.get(k)
		params, _ := prev.([]any)
		o.set(k, authParams(params, def[k]))
	}
	return o
}

// authParams is a VariableList filled from an array of {key, value, type}
// (later keys replace earlier ones in place) or from an object of values.
func authParams(params []any, v any) []any {
	if params == nil {
		params = []any{}
	}
	upsert := func(key string, vo object) {
		for i, p := range params {
			if po, ok := p.(object); ok {
				if k, _ := po.get("key"); k == key {
					params[i] = vo
					return
				}
			}
		}
		params = append(params, vo)
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			m, ok := asMap(e)
			if !ok || !has(m, "key") {
				continue
			}
			upsert(jsString(m["key"]), variable(m))
		}
	case map[string]any:
		for _, k := range sortedKeys(t) {
			upsert(k, variable(map[string]any{"key": k, "value": t[k]}))
		}
	}
	return params
}

var variableTypes = map[string]bool{"string": true, "boolean": true, "number": true, "array": true, "object": true, "any": true}

// variable is a Variable: type (any unless a known one), value cast to it, key.
func variable(def map[string]any) object {
	o := property(def, false, "", nil)
	if d, ok := def["disabled"]; ok {
		// Variable#update sets disabled as given ("false" stays a string)
		o.set("disabled", d)
	}
	typ := "any"
	if t, ok := def["type"]; ok && t != nil && variableTypes[strings.ToLower(jsString(t))] {
		typ = strings.ToLower(jsString(t))
	}
	o = append(o, field{"type", typ})
	var val any = undefined
	if has(def, "value") {
		val = castIn(typ, def["value"])
	}
	o = append(o, field{"value", val})
	if has(def, "key") {
		o = append(o, field{"key", def["key"]})
	}
	if has(def, "system") {
		o = append(o, field{"system", def["system"]})
	}
	return o
}

func castIn(typ string, v any) any {
	switch typ {
	case "string":
		return jsString(v)
	case "boolean":
		return truthy(v)
	case "number":
		return number(jsNumber(v))
	case "array", "object":
		if s, ok := v.(string); ok {
			return s
		}
		return stringify(v)
	}
	return v
}

// lodashEmpty is lodash's _.isEmpty: numbers and booleans are empty too.
func lodashEmpty(v any) bool {
	switch t := v.(type) {
	case string:
		return t == ""
	case []any:
		return len(t) == 0
	case map[string]any:
		n := len(t)
		if _, ok := t[orderKey]; ok {
			n-- // the document order kept beside the members
		}
		return n == 0
	}
	return true
}

// response is a Response (a saved example).
func response(v any, g ids) object {
	def, _ := asMap(v)
	o := property(def, true, "", g)
	if truthy(def["originalRequest"]) {
		o = append(o, field{"originalRequest", request(def["originalRequest"], g)})
	}
	status := any(undefined)
	switch {
	case !lodashEmpty(def["reason"]):
		status = def["reason"]
	case !lodashEmpty(def["status"]):
		status = def["status"]
	default:
		if reason := httpReason(def["code"]); reason != "" {
			status = reason
		}
	}
	o = append(o, field{"status", status}, field{"code", get(def, "code")})
	o = append(o, field{"header", headersAlways(def["header"])})
	o = append(o, field{"body", get(def, "body")})
	if b, ok := def["body"]; ok && isObject(b) && truthy(b) {
		o = append(o, field{"stream", b})
	}
	o = append(o, field{"cookie", list(def["cookie"], cookie)})
	o = append(o, field{"responseTime", get(def, "responseTime")})
	return o
}

// headersAlways is a HeaderList that is written even when empty.
func headersAlways(v any) []any {
	hs := headers(v)
	if hs == nil {
		return []any{}
	}
	return hs
}

// cookie is a Cookie: name (or key), then the rest as given.
func cookie(v any) any {
	def, ok := asMap(v)
	if !ok {
		return object{}
	}
	o := object{}
	name := get(def, "name")
	if !truthy(name) {
		name = get(def, "key")
	}
	o = append(o, field{"name", name})
	for _, k := range sortedKeys(def) {
		if k != "name" && k != "key" {
			o = append(o, field{k, def[k]})
		}
	}
	return o
}
