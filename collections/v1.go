package collections

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode/utf16"
)

// Postman collection v1 support. Newman 6.2.2 treats a document as v1 when
// its name, order and requests are all truthy, and converts it with
// postman-collection-transformer 4.1.8 to v2.1.0 before the SDK reads it.
// convertV1 does the same conversion (written from the transformer's
// behaviour, not its code): the v2.1 document it returns is then decoded like
// any other, and it is what exports and reports show.
//
// What the conversion does, in short:
//   - items: the root "order" lists the requests at the top level (each once,
//     in that order); "folders" become folders in the order of the root
//     "folders_order" (or of "folders"), each holding its "folders_order"
//     subfolders, then its "order" requests. A request or folder no order
//     names is dropped; one named twice appears twice. Folders nested in
//     another are not also shown at the top.
//   - request and folder ids are not kept (each run gives new ones); names,
//     descriptions, methods and protocolProfileBehavior are;
//   - headers: an array is kept as is; otherwise "headerData" entries, then
//     the "Key: value" lines of the "headers" string that headerData did not
//     name; a key starting with "//" (or enabled: false) is a disabled header;
//   - URL: parsed into a v2.1 URL object; "queryParams" replace the query of
//     the URL string (with "equals"), "pathVariableData" then "pathVariables"
//     give the path variables;
//   - body by "dataMode" (params → formdata, urlencoded, raw, binary → file,
//     graphql) from "data", "rawModeData", "graphqlModeData", "dataOptions",
//     "dataDisabled";
//   - auth: "currentHelper" with "helperAttributes" (mapped per helper: basic,
//     bearer, digest, oAuth1, oAuth2, hawk, ntlm, apikey, awsSigV4), or a v2.1
//     "auth" when there is no helper;
//   - scripts: "tests" and "preRequestScript" strings, or else "events";
//   - "variables" (or "variable"), "responses" (in "responses_order").
//   "collectionVariables", "pathVariableData" of folders and other v1 fields
//   are ignored, as the transformer ignores them.

// v1Converter converts one v1 collection.
type v1Converter struct {
	file string
	// requests by String(id), and where each is in the input
	cache     map[string]any
	cachePath map[string]string
	// where each converted item and folder came from, and how its fields are
	// named in v1 (for errors the v2 decoder reports on the converted document)
	sources map[*jsObject]v1Source
	err     error
}

type v1Source struct {
	path   string
	fields [][2]string // v2 field path prefix → v1 field path
}

func (c *v1Converter) fail(path, format string, args ...any) {
	if c.err == nil {
		c.err = &Error{File: c.file, Path: path, Msg: fmt.Sprintf(format, args...)}
	}
}

// obj reads v as an object, as a JavaScript property read would: null and
// undefined fail (TypeError in the transformer), other values read as empty.
func (c *v1Converter) obj(v any, path string) *jsObject {
	switch t := v.(type) {
	case *jsObject:
		return t
	case nil, undefinedT:
		c.fail(path, "expected an object, got %s", v1Kind(v))
		return nil
	}
	return newObject()
}

func v1Kind(v any) string {
	switch v.(type) {
	case undefinedT:
		return "nothing"
	case *jsObject:
		return "object"
	}
	return kind(v)
}

func v1Index(path string, key string, isArr bool) string {
	if isArr {
		return path + "[" + key + "]"
	}
	return join(path, key)
}

// convertV1 converts a v1 collection to a v2.1.0 document.
func convertV1(file string, root *jsObject) (*jsObject, *v1Converter, error) {
	c := &v1Converter{file: file, cache: map[string]any{}, cachePath: map[string]string{}, sources: map[*jsObject]v1Source{}}
	out := newObject()
	info := newObject()
	if id := root.get("id"); truthy(id) {
		info.set("_postman_id", id)
	}
	info.set("name", root.get("name"))
	if d := root.get("description"); truthy(d) {
		info.set("description", d)
	}
	info.set("schema", SchemaV210)
	out.set("info", info)
	out.set("item", c.items(root))
	if a := c.auth(root, "", true); truthy(a) {
		out.set("auth", a)
	}
	evField := "events"
	if e := c.event(root, ""); truthy(e) {
		out.set("event", e)
		if !notLegacyEvent(root) {
			evField = "tests"
		}
	}
	if v := c.variable(root, ""); v != undefined {
		out.set("variable", v)
	}
	addProtocolProfileBehavior(root, out)
	c.sources[out] = v1Source{path: "", fields: append(c.authFields(root, "auth"), [2]string{"info.name", "name"},
		[2]string{"info.description", "description"}, [2]string{"event", evField}, [2]string{"variable", "variables"})}
	if c.err != nil {
		return nil, nil, c.err
	}
	if err := c.checkCycles(out); err != nil {
		return nil, nil, err
	}
	return out, c, nil
}

func addProtocolProfileBehavior(src, dst *jsObject) {
	if p, ok := src.get("protocolProfileBehavior").(*jsObject); ok && len(p.keys) > 0 {
		dst.set("protocolProfileBehavior", p)
	}
}

// authFields maps a converted auth's paths (under prefix) to the v1 fields.
func (c *v1Converter) authFields(e *jsObject, prefix string) [][2]string {
	if notLegacyAuth(e) {
		return [][2]string{{prefix, "auth"}}
	}
	return [][2]string{{prefix, "helperAttributes"}, {prefix + ".type", "currentHelper"}}
}

// item builds the top level: folders first, then the root order's requests.
func (c *v1Converter) items(root *jsObject) []any {
	requests := root.get("requests")
	_, reqArr := requests.([]any)
	var allIDs []any
	each(requests, func(k string, r any) {
		id, _ := prop(r, "id")
		key := jsStr(id)
		c.cache[key] = r
		c.cachePath[key] = v1Index("requests", k, reqArr)
		allIDs = append(allIDs, id)
	})
	result := c.itemGroups(root)
	for _, id := range intersection(root.get("order"), allIDs) {
		key := jsStr(id)
		if it := c.singleItem(c.cache[key], c.cachePath[key]); it != nil {
			result = append(result, it)
		}
	}
	return result
}

// intersection is lodash's _.intersection(order, ids): the distinct values of
// order that ids holds, in order's order.
func intersection(order any, ids []any) []any {
	arr, ok := order.([]any)
	if !ok {
		return nil
	}
	in := map[string]bool{}
	for _, id := range ids {
		if k, ok := sameKey(id); ok {
			in[k] = true
		}
	}
	seen := map[string]bool{}
	var out []any
	for _, v := range arr {
		k, ok := sameKey(v)
		if !ok || !in[k] || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, v)
	}
	return out
}

// uniq is lodash's _.uniq over an array (or a string's characters).
func uniq(v any) []any {
	var out []any
	seen := map[string]bool{}
	add := func(e any) {
		k, ok := sameKey(e)
		if ok && seen[k] {
			return
		}
		if ok {
			seen[k] = true
		}
		out = append(out, e)
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			add(e)
		}
	case string:
		each(t, func(_ string, e any) { add(e) })
	}
	return out
}

type v1Group struct {
	obj  *jsObject
	sub  bool
	path string
}

func (c *v1Converter) itemGroups(root *jsObject) []any {
	folders := root.get("folders")
	_, fArr := folders.([]any)
	groups := map[string]*v1Group{}
	var byObj []*v1Group
	each(folders, func(k string, f any) {
		if !truthy(f) {
			return
		}
		path := v1Index("folders", k, fArr)
		fo := c.obj(f, path)
		if fo == nil {
			return
		}
		g := newObject()
		g.set("name", fo.get("name"))
		g.set("item", []any{})
		if d := fo.get("description"); truthy(d) {
			g.set("description", d)
		}
		auth := c.auth(fo, path, false)
		if truthy(auth) || auth == nil {
			g.set("auth", auth)
		}
		evField := "events"
		if e := c.event(fo, path); truthy(e) {
			g.set("event", e)
			if !notLegacyEvent(fo) {
				evField = "tests"
			}
		}
		if v := c.variable(fo, path); v != undefined {
			g.set("variable", v)
		}
		addProtocolProfileBehavior(fo, g)
		c.sources[g] = v1Source{path: path, fields: append(c.authFields(fo, "auth"), [2]string{"name", "name"},
			[2]string{"description", "description"}, [2]string{"event", evField}, [2]string{"variable", "variables"})}
		id, _ := prop(fo, "id")
		grp := &v1Group{obj: g, path: path}
		groups[jsStr(id)] = grp
		byObj = append(byObj, grp)
	})
	each(folders, func(k string, f any) {
		fo, ok := f.(*jsObject)
		if !ok || !truthy(f) {
			return
		}
		id, _ := prop(fo, "id")
		g := groups[jsStr(id)]
		if l, _ := prop(fo.get("folders_order"), "length"); truthy(fo.get("folders_order")) && truthy(l) {
			each(fo.get("folders_order"), func(_ string, sid any) {
				sg := groups[jsStr(sid)]
				if sg == nil {
					return
				}
				sg.sub = true
				g.obj.set("item", append(g.obj.get("item").([]any), sg.obj))
			})
		}
		if l, _ := prop(fo.get("order"), "length"); truthy(fo.get("order")) && truthy(l) {
			each(fo.get("order"), func(_ string, rid any) {
				key := jsStr(rid)
				r := c.cache[key]
				if !truthy(r) {
					return
				}
				if it := c.singleItem(r, c.cachePath[key]); it != nil {
					g.obj.set("item", append(g.obj.get("item").([]any), it))
				}
			})
		}
	})
	var top any = root.get("folders_order")
	if !truthy(top) {
		var ids []any
		each(folders, func(_ string, f any) {
			id, _ := prop(f, "id")
			ids = append(ids, id)
		})
		top = ids
	}
	var items []any
	for _, fid := range uniq(top) {
		if g := groups[jsStr(fid)]; g != nil && !g.sub {
			items = append(items, g.obj)
		}
	}
	return items
}

// maxV1Items bounds the converted tree: a folder listed several times in
// several folders_order lists is copied each time, which can grow
// exponentially.
const maxV1Items = 100000

// checkCycles refuses folders that contain themselves through folders_order
// (the transformer builds a cyclic structure that Newman cannot run), and
// trees that repeated folders make too large to run.
func (c *v1Converter) checkCycles(root *jsObject) error {
	onPath := map[*jsObject]bool{}
	count := 0
	var walk func(o *jsObject) error
	walk = func(o *jsObject) error {
		items, _ := o.get("item").([]any)
		count += len(items)
		if count > maxV1Items {
			return &Error{File: c.file, Path: "folders", Msg: fmt.Sprintf("the folders expand to more than %d items (folders listed many times in folders_order)", maxV1Items)}
		}
		for _, e := range items {
			it, ok := e.(*jsObject)
			if !ok || !it.has("item") {
				continue
			}
			if onPath[it] {
				return &Error{File: c.file, Path: c.sources[it].path, Msg: "the folder contains itself (through folders_order)"}
			}
			onPath[it] = true
			if err := walk(it); err != nil {
				return err
			}
			delete(onPath, it)
		}
		return nil
	}
	return walk(root)
}

func notLegacyEvent(e *jsObject) bool {
	return !(truthy(e.get("tests")) || truthy(e.get("preRequestScript")))
}

func notLegacyAuth(e *jsObject) bool {
	return e.has("auth") && !(e.has("currentHelper") || truthy(e.get("helperAttributes")))
}

func (c *v1Converter) singleItem(r any, path string) *jsObject {
	if !truthy(r) {
		return nil
	}
	ro, ok := r.(*jsObject)
	if !ok {
		c.fail(path, "expected an object, got %s", v1Kind(r))
		return nil
	}
	it := newObject()
	name := ro.get("name")
	if !truthy(name) {
		name = ""
	}
	it.set("name", name)
	evField := "events"
	ev := c.event(ro, path)
	it.set("event", ev)
	if !notLegacyEvent(ro) {
		evField = "tests"
	}
	addProtocolProfileBehavior(ro, it)
	req, fields := c.request(ro, path)
	it.set("request", req)
	it.set("response", c.response(ro, path))
	if v := c.variable(ro, path); v != undefined {
		it.set("variable", v)
	}
	c.sources[it] = v1Source{path: path, fields: append(fields, [2]string{"name", "name"}, [2]string{"event", evField},
		[2]string{"variable", "variables"}, [2]string{"response", "responses"})}
	return it
}

// request converts a v1 request (or a saved response's request) to a v2.1
// request, and says where its v2 fields came from.
func (c *v1Converter) request(r any, path string) (*jsObject, [][2]string) {
	ro, _ := r.(*jsObject)
	if ro == nil {
		ro = newObject() // a property read of a number or string finds nothing
	}
	req := newObject()
	req.set("auth", c.auth(ro, path, false))
	req.set("method", ro.get("method"))
	header, hField := c.header(ro, path)
	req.set("header", header)
	req.set("body", c.body(ro, path))
	req.set("url", c.url(ro, path))
	if d := ro.get("description"); truthy(d) {
		req.set("description", d)
	}
	return req, append(c.authFields(ro, "request.auth"), [2]string{"request.method", "method"}, [2]string{"request.header", hField},
		[2]string{"request.body.formdata", "data"}, [2]string{"request.body.urlencoded", "data"}, [2]string{"request.body.raw", "rawModeData"},
		[2]string{"request.body.graphql", "graphqlModeData"}, [2]string{"request.body.options", "dataOptions"}, [2]string{"request.body", "dataMode"},
		[2]string{"request.url.query", "queryParams"}, [2]string{"request.url.variable", "pathVariableData"}, [2]string{"request.url", "url"},
		[2]string{"request.description", "description"})
}

// legacy auth helpers: v1 name → v2 type, and how their attributes map.
var v1AuthTypes = map[string]string{
	"apikeyAuth": "apikey", "basicAuth": "basic", "bearerAuth": "bearer", "digestAuth": "digest", "hawkAuth": "hawk",
	"oAuth1": "oauth1", "oAuth2": "oauth2", "ntlmAuth": "ntlm", "awsSigV4": "awsv4",
}

// v1AuthParams lists, per helper, the v2 parameter names and the v1
// attributes they come from ("=false" is the constant false).
var v1AuthParams = map[string][][2]string{
	"apikeyAuth": {{"key", "key"}, {"value", "value"}, {"in", "in"}},
	"basicAuth":  {{"username", "username"}, {"password", "password"}, {"saveHelperData", "saveToRequest"}, {"showPassword", "=false"}},
	"bearerAuth": {{"token", "token"}},
	"digestAuth": {{"algorithm", "algorithm"}, {"username", "username"}, {"realm", "realm"}, {"password", "password"},
		{"nonce", "nonce"}, {"nonceCount", "nonceCount"}, {"clientNonce", "clientNonce"}, {"opaque", "opaque"}, {"qop", "qop"},
		{"disableRetryRequest", "disableRetryRequest"}},
	"oAuth1": {{"consumerKey", "consumerKey"}, {"consumerSecret", "consumerSecret"}, {"token", "token"},
		{"tokenSecret", "tokenSecret"}, {"signatureMethod", "signatureMethod"}, {"timestamp", "timestamp"}, {"nonce", "nonce"},
		{"version", "version"}, {"realm", "realm"}, {"addParamsToHeader", "header"}, {"autoAddParam", "auto"},
		{"addEmptyParamsToSign", "includeEmpty"}},
	"hawkAuth": {{"authId", "hawk_id"}, {"authKey", "hawk_key"}, {"algorithm", "algorithm"}, {"user", "user"},
		{"saveHelperData", "saveToRequest"}, {"nonce", "nonce"}, {"extraData", "ext"}, {"appId", "app"},
		{"delegation", "dlg"}, {"timestamp", "timestamp"}},
	"ntlmAuth": {{"username", "username"}, {"password", "password"}, {"domain", "domain"}, {"workstation", "workstation"},
		{"disableRetryRequest", "disableRetryRequest"}},
	"oAuth2": {{"accessToken", "accessToken"}, {"addTokenTo", "addTokenTo"}, {"callBackUrl", "callBackUrl"},
		{"authUrl", "authUrl"}, {"accessTokenUrl", "accessTokenUrl"}, {"clientId", "clientId"}, {"clientSecret", "clientSecret"},
		{"clientAuth", "clientAuth"}, {"grantType", "grantType"}, {"scope", "scope"}, {"username", "username"},
		{"password", "password"}, {"tokenType", "tokenType"}, {"redirectUri", "redirectUri"}, {"refreshToken", "refreshToken"}},
}

// auth converts an entity's auth to the v2.1 form: {type, [type]: [{key, value, type}]}.
// It returns undefined for none and nil for an explicit null.
func (c *v1Converter) auth(e *jsObject, path string, excludeNoauth bool) any {
	var base any = undefined
	switch {
	case notLegacyAuth(e) && truthy(e.get("auth")):
		base = c.authArrayToMap(e.get("auth"), join(path, "auth"), excludeNoauth)
	case !truthy(e.get("currentHelper")) || e.get("currentHelper") == "normal":
		return undefined
	default:
		helper := e.get("currentHelper")
		hs, _ := helper.(string)
		var typ any = helper
		if t, ok := v1AuthTypes[hs]; ok {
			typ = t
		}
		a := newObject()
		a.set("type", typ)
		attrs := e.get("helperAttributes")
		if s, ok := attrs.(string); ok {
			parsed, err := parseOrdered([]byte(s))
			if err != nil || !json.Valid([]byte(s)) {
				return c.mapToArray(undefined, excludeNoauth)
			}
			attrs = parsed
		}
		var params any = undefined
		if truthy(attrs) {
			if hs == "awsSigV4" {
				params = attrs
			} else if m, ok := v1AuthParams[hs]; ok {
				p := newObject()
				for _, kv := range m {
					if kv[1] == "=false" {
						p.set(kv[0], false)
						continue
					}
					v, _ := prop(attrs, kv[1])
					p.set(kv[0], v)
				}
				params = p
			}
		}
		if truthy(params) {
			a.set(jsStr(typ), params)
		}
		base = a
	}
	return c.mapToArray(base, excludeNoauth)
}

// cleanAuth is the transformer's auth cleansing.
func cleanAuth(a any, excludeNoauth bool) any {
	if a == nil {
		return nil
	}
	t, _ := prop(a, "type")
	if !truthy(a) || !truthy(t) {
		return undefined
	}
	if t == "noauth" {
		if excludeNoauth {
			return nil
		}
		o := newObject()
		o.set("type", "noauth")
		return o
	}
	return a
}

// authArrayToMap turns a v2.1-style auth (params as [{key, value}]) into
// the {type, [type]: {key: value}} form.
func (c *v1Converter) authArrayToMap(a any, path string, excludeNoauth bool) any {
	auth := cleanAuth(a, excludeNoauth)
	ao, ok := auth.(*jsObject)
	if !ok {
		return auth
	}
	typ := ao.get("type")
	res := newObject()
	res.set("type", typ)
	if typ != "noauth" {
		m := newObject()
		params := ao.get(jsStr(typ))
		_, isArr := params.([]any)
		each(params, func(k string, p any) {
			if _, isStr := params.(string); isStr {
				m.set("undefined", undefined)
				return
			}
			if p == nil || p == undefined {
				c.fail(v1Index(join(path, jsStr(typ)), k, isArr), "expected an object, got %s", v1Kind(p))
				return
			}
			key, _ := prop(p, "key")
			val, _ := prop(p, "value")
			m.set(jsStr(key), val)
		})
		res.set(jsStr(typ), m)
	}
	return res
}

// mapToArray is the v2.1 step: parameters as [{key, value, type}].
func (c *v1Converter) mapToArray(a any, excludeNoauth bool) any {
	auth := cleanAuth(a, excludeNoauth)
	ao, ok := auth.(*jsObject)
	if !ok {
		return auth
	}
	typ := ao.get("type")
	res := newObject()
	res.set("type", typ)
	if typ != "noauth" {
		var params []any
		src := ao.get(jsStr(typ))
		_, isArr := src.([]any)
		each(src, func(k string, v any) {
			p := newObject()
			if isArr {
				p.set("key", json.Number(k))
			} else {
				p.set("key", k)
			}
			p.set("value", v)
			p.set("type", jsTypeName(v))
			params = append(params, p)
		})
		if len(params) > 0 {
			res.set(jsStr(typ), params)
		}
	}
	return res
}

func jsTypeName(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case json.Number:
		return "number"
	case bool:
		return "boolean"
	}
	return "any"
}

// objectProtoKeys are the names a plain JavaScript object already answers
// (the transformer's "traversed" maps see them as present).
var objectProtoKeys = map[string]bool{"constructor": true, "__defineGetter__": true, "__defineSetter__": true,
	"hasOwnProperty": true, "__lookupGetter__": true, "__lookupSetter__": true, "isPrototypeOf": true,
	"propertyIsEnumerable": true, "toString": true, "valueOf": true, "__proto__": true, "toLocaleString": true}

func cleanEmptyValue(o *jsObject, k string) {
	if o.has(k) && !truthy(o.get(k)) {
		o.del(k)
	}
}

func (c *v1Converter) header(r *jsObject, path string) (any, string) {
	if h, ok := r.get("headers").([]any); ok {
		return h, "headers"
	}
	headers := []any{}
	traversed := map[string]bool{}
	hd := r.get("headerData")
	if !truthy(hd) {
		hd = []any{}
	}
	_, hdArr := hd.([]any)
	each(hd, func(k string, h any) {
		p := v1Index(join(path, "headerData"), k, hdArr)
		ho, ok := h.(*jsObject)
		if !ok {
			c.fail(p, "expected an object, got %s", v1Kind(h))
			return
		}
		key := ho.get("key")
		ks, isStr := key.(string)
		if (isStr && strings.HasPrefix(ks, "//")) || ho.get("enabled") == false {
			if !isStr {
				c.fail(join(p, "key"), "expected a string, got %s", v1Kind(key))
				return
			}
			ho.set("disabled", true)
			ho.set("key", jsTrim(strings.Replace(ks, "//", "", 1)))
		}
		cleanEmptyValue(ho, "description")
		ho.del("enabled")
		headers = append(headers, ho)
		traversed[jsStr(ho.get("key"))] = true
	})
	for _, h := range parseHeaderLines(r.get("headers")) {
		k := jsStr(h.get("key"))
		if !traversed[k] && !objectProtoKeys[k] {
			headers = append(headers, h)
		}
	}
	return headers, "headerData"
}

func jsTrim(s string) string { return jsTrimRight(jsTrimLeft(s)) }

// parseHeaderLines reads a v1 header string the way the transformer does,
// with the regular expression /^((\/\/\s*)?\S+):(.*)$/gm: one "Key: value" per
// line; the key is the line's first run of non-space characters up to its
// last colon; lines that start with white space or have no such colon are
// skipped. As in the transformer, the first match is taken from the string as
// given and the following ones, from the same offset on, from the string with
// "\r\n" + space/tab continuations joined.
func parseHeaderLines(v any) []*jsObject {
	s, ok := v.(string)
	if !ok || s == "" {
		return nil
	}
	units := utf16.Encode([]rune(s))
	var out []*jsObject
	eachHeaderLine(units, true, func(key, value string) {
		h := newObject()
		h.set("key", key)
		h.set("value", jsTrim(value))
		if strings.HasPrefix(key, "//") {
			h.set("disabled", true)
			h.set("key", jsTrim(strings.Replace(key, "//", "", 1)))
		}
		out = append(out, h)
	})
	return out
}

// eachHeaderLine calls fn with each match's key and (untrimmed) value: the
// first from the string as given, the following ones, from the same offset
// on, from the string with "\r\n" + space/tab continuations joined. comment
// allows the transformer's "//" (and spaces) before the key.
func eachHeaderLine(units []uint16, comment bool, fn func(key, value string)) {
	start, end, ok := headerMatch(units, 0, comment)
	if !ok {
		return
	}
	folded := foldHeaders(units)
	cur := units
	for ok {
		fn(headerParts(cur, start, end))
		cur = folded
		start, end, ok = headerMatch(cur, end, comment)
	}
}

func foldHeaders(u []uint16) []uint16 {
	out := make([]uint16, 0, len(u))
	for i := 0; i < len(u); i++ {
		if u[i] == '\r' && i+2 < len(u) && u[i+1] == '\n' && (u[i+2] == ' ' || u[i+2] == '\t') {
			i++
			continue
		}
		out = append(out, u[i])
	}
	return out
}

func isLineTerm(c uint16) bool { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 }

func isJSSpaceUnit(c uint16) bool { return isJSSpace(rune(c)) }

// headerMatch finds the next match at or after from; it returns the match's
// start and end (end of the value, before the line terminator). comment
// allows "//" and spaces before the key (the transformer's expression).
func headerMatch(u []uint16, from int, comment bool) (int, int, bool) {
	for p := from; p < len(u); p++ {
		if p > 0 && !isLineTerm(u[p-1]) {
			continue
		}
		try := func(q int) (int, bool) {
			// a run of non-space characters from q, with a colon after its first character
			r := q
			for r < len(u) && !isJSSpaceUnit(u[r]) {
				r++
			}
			for k := r - 1; k > q; k-- {
				if u[k] == ':' {
					return k, true
				}
			}
			return 0, false
		}
		colon, found := -1, false
		if comment && p+1 < len(u) && u[p] == '/' && u[p+1] == '/' {
			q := p + 2
			for q < len(u) && isJSSpaceUnit(u[q]) {
				q++
			}
			colon, found = try(q)
			if found && colon == q {
				found = false
			}
		}
		if !found {
			colon, found = try(p)
		}
		if !found {
			continue
		}
		end := colon + 1
		for end < len(u) && !isLineTerm(u[end]) {
			end++
		}
		return p, end, true
	}
	return 0, 0, false
}

// headerParts splits a match into the key (up to the colon) and the value.
func headerParts(u []uint16, start, end int) (string, string) {
	m := u[start:end]
	colon := -1
	// the key ends at the last colon of the first run of non-space characters
	// after an optional "//" and spaces: recompute as headerMatch did
	q := 0
	if len(m) > 1 && m[0] == '/' && m[1] == '/' {
		q = 2
		for q < len(m) && isJSSpaceUnit(m[q]) {
			q++
		}
	}
	for _, base := range []int{q, 0} {
		r := base
		for r < len(m) && !isJSSpaceUnit(m[r]) {
			r++
		}
		for k := r - 1; k > base; k-- {
			if m[k] == ':' {
				colon = k
				break
			}
		}
		if colon >= 0 {
			break
		}
	}
	return string(utf16.Decode(m[:colon])), string(utf16.Decode(m[colon+1:]))
}

var v1BodyModes = map[string]string{"binary": "file", "graphql": "graphql", "params": "formdata", "raw": "raw", "urlencoded": "urlencoded"}

func (c *v1Converter) body(r *jsObject, path string) any {
	dm := r.get("dataMode")
	mode := ""
	if s, ok := dm.(string); ok {
		mode = v1BodyModes[s]
	}
	data, rawMode, gqlMode := r.get("data"), r.get("rawModeData"), r.get("graphqlModeData")
	if (mode == "" && isEmpty(data) && isEmpty(rawMode) && isEmpty(gqlMode)) || dm == nil {
		return undefined
	}
	var rawModeData any = undefined
	if s, ok := rawMode.(string); ok {
		rawModeData = s
	} else if a, ok := rawMode.([]any); ok && len(a) == 1 {
		if s, ok := a[0].(string); ok {
			rawModeData = s
		}
	}
	var gql any = undefined
	if !isEmpty(gqlMode) {
		gql = gqlMode
	} else if opts := r.get("dataOptions"); truthy(opts) {
		if g, _ := prop(opts, "graphql"); g != undefined && !isEmpty(data) {
			gql = data
		}
	}
	dataOrRaw := data
	if !truthy(dataOrRaw) {
		dataOrRaw = rawMode
	}
	if mode == "" {
		_, arr := dataOrRaw.([]any)
		switch {
		case !truthy(rawModeData) && arr:
			mode = "formdata"
		case !truthy(rawModeData) && truthy(gql):
			mode = "graphql"
		default:
			mode = "raw"
		}
	}
	b := newObject()
	b.set("mode", mode)
	switch mode {
	case "raw":
		switch {
		case truthy(rawModeData):
			b.set("raw", rawModeData)
		default:
			if s, ok := data.(string); ok {
				b.set("raw", s)
			} else {
				b.set("raw", "")
			}
		}
	case "graphql":
		b.set("graphql", gql)
	case "file":
		f := newObject()
		f.set("src", rawModeData)
		b.set("file", f)
	default:
		b.set(mode, c.formData(dataOrRaw))
	}
	if opts := r.get("dataOptions"); truthy(opts) {
		bo := newObject()
		for _, m := range []string{"binary", "graphql", "params", "raw", "urlencoded"} {
			if v, _ := prop(opts, m); !isEmpty(v) {
				bo.set(v1BodyModes[m], v)
			}
		}
		if len(bo.keys) > 0 {
			b.set("options", bo)
		}
	}
	if truthy(r.get("dataDisabled")) {
		b.set("disabled", true)
	}
	return b
}

func (c *v1Converter) formData(v any) []any {
	arr, ok := v.([]any)
	out := []any{}
	if !ok {
		return out
	}
	for _, e := range arr {
		src, ok := e.(*jsObject)
		if !ok {
			continue // Object.assign({}, x) of a non-object has no key
		}
		p := src.clone()
		if k := p.get("key"); k == nil || k == undefined {
			continue
		}
		if p.get("type") == "file" && !truthy(p.get("src")) && truthy(p.get("value")) {
			val := p.get("value")
			switch val.(type) {
			case string, []any:
				p.set("src", val)
			default:
				p.set("src", nil)
			}
			p.del("value")
		}
		if p.has("enabled") {
			if p.get("enabled") == false {
				p.set("disabled", true)
			}
			p.del("enabled")
		}
		cleanEmptyValue(p, "description")
		out = append(out, p)
	}
	return out
}

func (c *v1Converter) url(r *jsObject, path string) any {
	rawURL := r.get("url")
	switch rawURL.(type) {
	case *jsObject, []any:
		c.fail(join(path, "url"), "expected a string, got %s", v1Kind(rawURL))
		return undefined
	}
	parsed := v1URLParse(rawURL)
	var query []any
	altered := false
	qps := r.get("queryParams")
	_, qArr := qps.([]any)
	each(qps, func(k string, q any) {
		qo, ok := q.(*jsObject)
		if !ok {
			if q == nil || q == undefined {
				c.fail(v1Index(join(path, "queryParams"), k, qArr), "expected an object, got %s", v1Kind(q))
				return
			}
			query = append(query, q) // kept as is (the v2 decoder refuses it)
			return
		}
		if qo.get("enabled") == false {
			qo.set("disabled", true)
		}
		qo.del("enabled")
		cleanEmptyValue(qo, "description")
		if qo.has("equals") {
			if truthy(qo.get("equals")) {
				if qo.get("value") == nil {
					qo.set("value", "")
				}
			} else if !truthy(qo.get("value")) {
				qo.set("value", nil)
			}
			altered = true
			qo.del("equals")
		}
		query = append(query, qo)
	})
	var q any = query
	if len(query) == 0 {
		q = parsed.get("query")
	}
	var vars []any
	traversed := map[string]bool{}
	pvd := r.get("pathVariableData")
	_, pvdArr := pvd.([]any)
	each(pvd, func(k string, pv any) {
		if pv == nil || pv == undefined {
			c.fail(v1Index(join(path, "pathVariableData"), k, pvdArr), "expected an object, got %s", v1Kind(pv))
			return
		}
		po, ok := pv.(*jsObject)
		if !ok {
			vars = append(vars, pv)
			traversed["undefined"] = true
			return
		}
		po = po.clone()
		cleanEmptyValue(po, "description")
		if truthy(po.get("id")) {
			po.del("id")
		}
		vars = append(vars, po)
		traversed[jsStr(po.get("key"))] = true
	})
	pvs := r.get("pathVariables")
	_, pvArr := pvs.([]any)
	each(pvs, func(k string, v any) {
		if traversed[k] || objectProtoKeys[k] {
			return
		}
		o := newObject()
		o.set("value", v)
		if pvArr {
			o.set("key", json.Number(k))
		} else {
			o.set("key", k)
		}
		vars = append(vars, o)
	})
	if !isEmpty(q) {
		parsed.set("query", q)
	}
	if len(vars) > 0 {
		parsed.set("variable", vars)
	}
	if altered {
		parsed.set("raw", v1URLUnparse(parsed))
	}
	if truthy(parsed.get("query")) || truthy(parsed.get("variable")) {
		return parsed
	}
	if raw := parsed.get("raw"); truthy(raw) {
		return v1URLParse(raw)
	}
	if rawURL == nil || rawURL == undefined {
		return undefined
	}
	return v1URLParse(jsStr(rawURL))
}

func (c *v1Converter) event(e *jsObject, path string) any {
	if notLegacyEvent(e) && !isEmpty(e.get("events")) {
		evs := e.get("events")
		_, arr := evs.([]any)
		each(evs, func(k string, ev any) {
			eo, ok := ev.(*jsObject)
			if !ok {
				if ev == nil || ev == undefined {
					c.fail(v1Index(join(path, "events"), k, arr), "expected an object, got %s", v1Kind(ev))
				}
				return
			}
			if !truthy(eo.get("listen")) {
				eo.set("listen", "test")
			}
			if truthy(eo.get("id")) {
				eo.del("id")
			}
			if so, ok := eo.get("script").(*jsObject); ok {
				if truthy(so.get("id")) {
					so.del("id")
				}
				if !truthy(so.get("type")) {
					so.set("type", "text/javascript")
				}
				if s, ok := so.get("exec").(string); ok {
					so.set("exec", splitLines(s))
				}
			}
		})
		return evs
	}
	var events []any
	for _, l := range [][2]string{{"tests", "test"}, {"preRequestScript", "prerequest"}} {
		src := e.get(l[0])
		if !truthy(src) {
			continue
		}
		script := newObject()
		script.set("type", "text/javascript")
		if s, ok := src.(string); ok {
			script.set("exec", splitLines(s))
		} else {
			script.set("exec", src)
		}
		ev := newObject()
		ev.set("listen", l[1])
		ev.set("script", script)
		events = append(events, ev)
	}
	if len(events) == 0 {
		return undefined
	}
	return events
}

func splitLines(s string) []any {
	parts := strings.Split(s, "\n")
	out := make([]any, len(parts))
	for i, p := range parts {
		out[i] = p
	}
	return out
}

// variable is the transformer's handleVars: {key, value, type, disabled,
// description} from "variables" (or "variable"); undefined when there are none.
func (c *v1Converter) variable(e *jsObject, path string) any {
	src := e.get("variables")
	field := "variables"
	if !truthy(src) {
		src, field = e.get("variable"), "variable"
	}
	_, arr := src.([]any)
	var out []any
	each(src, func(k string, item any) {
		if item == nil || item == undefined {
			c.fail(v1Index(join(path, field), k, arr), "expected an object, got %s", v1Kind(item))
			return
		}
		res := newObject()
		key, _ := prop(item, "key")
		if !truthy(key) {
			key, _ = prop(item, "id")
		}
		res.set("key", key)
		v, _ := prop(item, "value")
		res.set("value", v)
		if t, _ := prop(item, "type"); truthy(t) {
			if t == "text" {
				t = "string"
			}
			res.set("type", t)
		}
		if d, _ := prop(item, "disabled"); truthy(d) {
			res.set("disabled", true)
		}
		if d, _ := prop(item, "description"); truthy(d) {
			res.set("description", d)
		}
		out = append(out, res)
	})
	if len(out) == 0 {
		return undefined
	}
	return out
}

func (c *v1Converter) response(r *jsObject, path string) []any {
	var responses any = r.get("responses")
	if responses == undefined {
		responses = []any{}
	}
	cache := map[string]any{}
	var ids []any
	each(responses, func(_ string, resp any) {
		id, _ := prop(resp, "id")
		cache[jsStr(id)] = resp
		ids = append(ids, id)
	})
	var order any = r.get("responses_order")
	if order == undefined {
		order = []any{}
	}
	if l, _ := prop(order, "length"); !truthy(order) || !truthy(l) {
		order = ids
	}
	out := []any{}
	each(order, func(_ string, id any) {
		resp, ok := cache[jsStr(id)]
		if !ok {
			return
		}
		out = append(out, c.singleResponse(resp, join(path, "responses")))
	})
	return out
}

func (c *v1Converter) savedRequest(resp *jsObject) any {
	var id any
	for _, k := range []string{"requestObject", "request"} {
		v := resp.get(k)
		if !truthy(v) {
			continue
		}
		s, ok := v.(string)
		if !ok {
			return v
		}
		if json.Valid([]byte(s)) {
			parsed, err := parseOrdered([]byte(s))
			if err == nil {
				return parsed
			}
		}
		id = s
	}
	if id == nil {
		return undefined
	}
	if r, ok := c.cache[jsStr(id)]; ok {
		return r
	}
	return undefined
}

func (c *v1Converter) singleResponse(r any, path string) *jsObject {
	ro, ok := r.(*jsObject)
	if !ok {
		if r == nil || r == undefined {
			c.fail(path, "a response is %s", v1Kind(r))
			return newObject()
		}
		ro = newObject()
	}
	out := newObject()
	name := ro.get("name")
	if !truthy(name) {
		name = "response"
	}
	out.set("name", name)
	var orig any = undefined
	if req := c.savedRequest(ro); truthy(req) {
		orig, _ = c.request(req, path)
	}
	out.set("originalRequest", orig)
	code := ro.get("responseCode")
	var status, num any = undefined, undefined
	if truthy(code) {
		if n, _ := prop(code, "name"); truthy(n) {
			status = n
		}
		cv, _ := prop(code, "code")
		if f := jsNumber(cv); f != 0 && !math.IsNaN(f) {
			num = json.Number(FormatNumber(f))
		}
	}
	out.set("status", status)
	out.set("code", num)
	out.set("_postman_previewlanguage", ro.get("language"))
	out.set("_postman_previewtype", ro.get("previewType"))
	out.set("header", ro.get("headers"))
	cookies := []any{}
	each(ro.get("cookies"), func(_ string, ck any) {
		if ck == nil || ck == undefined {
			c.fail(join(path, "cookies"), "a cookie is %s", v1Kind(ck))
			return
		}
		get := func(k string) any { v, _ := prop(ck, k); return v }
		o := newObject()
		exp, _ := prop(ck, "expirationDate")
		o.set("expires", jsDateString(jsNumber(exp)*1000))
		o.set("hostOnly", get("hostOnly"))
		o.set("httpOnly", get("httpOnly"))
		o.set("domain", get("domain"))
		o.set("path", get("path"))
		o.set("secure", get("secure"))
		o.set("session", get("session"))
		o.set("value", get("value"))
		o.set("key", get("name"))
		cookies = append(cookies, o)
	})
	out.set("cookie", cookies)
	out.set("responseTime", ro.get("time"))
	out.set("body", ro.get("text"))
	return out
}

// jsNumber is JavaScript's Number(v) for JSON values.
func jsNumber(v any) float64 {
	switch t := v.(type) {
	case json.Number:
		return numberOf(t)
	case string:
		return jsToNumber(t)
	case bool:
		if t {
			return 1
		}
		return 0
	case nil:
		return 0
	case []any:
		return jsToNumber(jsStr(t))
	}
	return math.NaN()
}

// jsDateString is Date#toString in UTC.
func jsDateString(ms float64) string {
	if math.IsNaN(ms) || math.Abs(ms) > 8.64e15 {
		return "Invalid Date"
	}
	t := time.UnixMilli(int64(ms)).UTC()
	year := t.Year()
	ys := fmt.Sprintf("%04d", year)
	if year < 0 {
		ys = fmt.Sprintf("-%06d", -year)
	}
	return t.Format("Mon Jan 02 ") + ys + t.Format(" 15:04:05") + " GMT+0000 (Coordinated Universal Time)"
}

// remap rewrites an error the v2 decoder reported on the converted document
// so that it names the v1 field it came from.
func (c *v1Converter) remap(err error, converted *jsObject) error {
	e, ok := err.(*Error)
	if !ok || e.Path == "" {
		return err
	}
	type entry struct {
		path string
		src  v1Source
	}
	var best *entry
	var walk func(o *jsObject, p string)
	walk = func(o *jsObject, p string) {
		if s, ok := c.sources[o]; ok && pathHasPrefix(e.Path, p) && (best == nil || len(p) >= len(best.path)) {
			best = &entry{p, s}
		}
		items, _ := o.get("item").([]any)
		for i, it := range items {
			if io, ok := it.(*jsObject); ok {
				walk(io, index(join(p, "item"), i))
			}
		}
	}
	walk(converted, "")
	if best == nil {
		return err
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(e.Path, best.path), ".")
	mapped := rest
	bestLen := -1
	for _, f := range best.src.fields {
		if pathHasPrefix(rest, f[0]) && len(f[0]) > bestLen {
			bestLen = len(f[0])
			mapped = f[1] + rest[len(f[0]):]
		}
	}
	out := *e
	out.Path = join(best.src.path, mapped)
	return &out
}

// pathHasPrefix reports whether JSON path p starts with prefix at a segment boundary.
func pathHasPrefix(p, prefix string) bool {
	if prefix == "" {
		return true
	}
	if !strings.HasPrefix(p, prefix) {
		return false
	}
	return len(p) == len(prefix) || p[len(prefix)] == '.' || p[len(prefix)] == '['
}
