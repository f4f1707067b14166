package scripting

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dop251/goja"

	"github.com/courier-run/courier/collections"
)

// The request crosses between Go and JavaScript as Postman collection v2.1
// JSON: sdk.js builds its Request from it and serialises edits back to it.

// jsonRequest is the request as sdk.js serialises it back. Header, field
// and raw body values are read as their JSON text, so that a value that is
// not a string stays typed, its object keys in order.
type jsonRequest struct {
	Method string          `json:"method"`
	URL    json.RawMessage `json:"url"`
	Header []struct {
		Key      string          `json:"key"`
		Value    json.RawMessage `json:"value"`
		Disabled bool            `json:"disabled,omitempty"`
	} `json:"header"`
	Body        *jsonBodyIn     `json:"body,omitempty"`
	Auth        json.RawMessage `json:"auth,omitempty"`
	Description any             `json:"description,omitempty"`
}

type jsonBodyIn struct {
	Mode       string          `json:"mode,omitempty"`
	Raw        json.RawMessage `json:"raw,omitempty"`
	URLEncoded []jsonParamIn   `json:"urlencoded,omitempty"`
	FormData   []jsonParamIn   `json:"formdata,omitempty"`
	File       *jsonFile       `json:"file,omitempty"`
	GraphQL    *jsonGraphQL    `json:"graphql,omitempty"`
	Options    map[string]any  `json:"options,omitempty"`
	Disabled   bool            `json:"disabled,omitempty"`
}

type jsonParamIn struct {
	Key         any             `json:"key"`
	Value       json.RawMessage `json:"value"`
	Type        string          `json:"type,omitempty"`
	Src         any             `json:"src,omitempty"`
	ContentType string          `json:"contentType,omitempty"`
	Disabled    bool            `json:"disabled,omitempty"`
}

// jsonURL is a Url's members; nil pointers are absent ones.
type jsonURL struct {
	Protocol string         `json:"protocol,omitempty"`
	Auth     *jsonURLAuth   `json:"auth,omitempty"`
	Host     *[]string      `json:"host,omitempty"`
	Port     *string        `json:"port,omitempty"`
	Path     *[]string      `json:"path,omitempty"`
	Query    []jsonQuery    `json:"query,omitempty"`
	Hash     *string        `json:"hash,omitempty"`
	Variable []jsonVariable `json:"variable,omitempty"`
}

type jsonURLAuth struct {
	User     *string `json:"user,omitempty"`
	Password *string `json:"password,omitempty"`
}

type jsonQuery struct {
	Key      *string `json:"key"`
	Value    *string `json:"value"`
	Disabled bool    `json:"disabled,omitempty"`
}

type jsonVariable struct {
	Key         string `json:"key"`
	Value       any    `json:"value,omitempty"`
	Type        string `json:"type,omitempty"`
	Disabled    bool   `json:"disabled,omitempty"`
	Description any    `json:"description,omitempty"` // a string, or the SDK's {content, type}
}

type jsonHeader struct {
	Key      string `json:"key"`
	Value    any    `json:"value"` // a string, or typed JSON
	System   bool   `json:"system,omitempty"`
	Disabled bool   `json:"disabled,omitempty"`
}

type jsonBody struct {
	Mode       string         `json:"mode,omitempty"`
	Raw        any            `json:"raw,omitempty"`
	URLEncoded []jsonParam    `json:"urlencoded,omitempty"`
	FormData   []jsonParam    `json:"formdata,omitempty"`
	File       *jsonFile      `json:"file,omitempty"`
	GraphQL    *jsonGraphQL   `json:"graphql,omitempty"`
	Options    map[string]any `json:"options,omitempty"`
	Disabled   bool           `json:"disabled,omitempty"`
}

type jsonParam struct {
	Key         any    `json:"key"`
	Value       any    `json:"value,omitempty"` // a string, typed JSON, or nil (none)
	Type        string `json:"type,omitempty"`
	Src         any    `json:"src,omitempty"`
	ContentType string `json:"contentType,omitempty"`
	Disabled    bool   `json:"disabled,omitempty"`
}

type jsonFile struct {
	Src     string `json:"src,omitempty"`
	Content string `json:"content,omitempty"`
}

type jsonGraphQL struct {
	Query     any `json:"query,omitempty"`
	Variables any `json:"variables,omitempty"`
}

// urlJSON is a URL's members as Url#update reads them.
func urlJSON(u collections.URL) jsonURL {
	ju := jsonURL{Protocol: u.Protocol, Host: optStrings(u.Host), Path: optStrings(u.Path),
		Port: optString(u.Port, u.Port != "" || u.EmptyPort), Hash: optString(u.Hash, u.Hash != "" || u.EmptyHash)}
	if a := u.Auth; a != nil {
		ju.Auth = &jsonURLAuth{User: optString(a.User, a.HasUser), Password: optString(a.Password, a.HasPassword)}
	}
	for _, q := range u.Query {
		ju.Query = append(ju.Query, jsonQuery{Key: optString(q.Key, !q.NoKey), Value: optString(q.Value, !q.NoValue), Disabled: q.Disabled})
	}
	for _, v := range u.Variables {
		jv := jsonVariable{Key: v.Key, Value: v.Value, Type: v.Type, Disabled: v.Disabled}
		if v.Description != "" {
			jv.Description = v.Description
		}
		ju.Variable = append(ju.Variable, jv)
	}
	return ju
}

// requestJSON converts a request to the JSON that sdk.js reads.
func requestJSON(req *collections.Request) map[string]any {
	if req == nil {
		return nil
	}
	ju := urlJSON(req.URL)
	out := map[string]any{"method": req.Method, "url": ju}
	headers := make([]jsonHeader, 0, len(req.Headers))
	for _, h := range req.Headers {
		jh := jsonHeader{Key: h.Key, Value: h.Value, System: h.System, Disabled: h.Disabled}
		if h.JSON != nil {
			jh.Value = h.JSON
		}
		headers = append(headers, jh)
	}
	out["header"] = headers
	if b := req.Body; b != nil {
		jb := &jsonBody{Mode: b.Mode, Options: b.Options, Disabled: b.Disabled}
		switch b.Mode {
		case "raw":
			jb.Raw = b.Raw
			if b.RawJSON != nil {
				jb.Raw = b.RawJSON
			}
		case "urlencoded":
			jb.URLEncoded = formJSON(b.URLEncoded)
			if jb.URLEncoded == nil {
				jb.URLEncoded = []jsonParam{}
			}
		case "formdata":
			jb.FormData = formJSON(b.FormData)
			if jb.FormData == nil {
				jb.FormData = []jsonParam{}
			}
		case "file":
			if b.File != nil {
				jb.File = &jsonFile{Src: b.File.Src, Content: b.File.Content}
			} else {
				jb.File = &jsonFile{}
			}
		case "graphql":
			if b.GraphQL != nil {
				jb.GraphQL = &jsonGraphQL{Query: b.GraphQL.Query, Variables: b.GraphQL.Variables}
			} else {
				jb.GraphQL = &jsonGraphQL{}
			}
		}
		if b.Mode == "raw" && b.Language != "" {
			if jb.Options == nil {
				jb.Options = map[string]any{"raw": map[string]any{"language": b.Language}}
			}
		}
		out["body"] = jb
	}
	if a := req.Auth; a != nil && a.Type != "" {
		params := make([]map[string]any, 0, len(a.Params))
		for _, p := range a.Params {
			m := map[string]any{"key": p.Key, "value": p.Value}
			if p.NoValue {
				delete(m, "value")
			}
			if p.Type != "" {
				m["type"] = p.Type
			}
			params = append(params, m)
		}
		out["auth"] = map[string]any{"type": a.Type, a.Type: params}
	}
	if req.Description != "" {
		out["description"] = req.Description
	}
	return out
}

func formJSON(ps []collections.FormParam) []jsonParam {
	var out []jsonParam
	for _, p := range ps {
		jp := jsonParam{Key: p.Key, Value: p.Value, Type: p.Type, ContentType: p.ContentType, Disabled: p.Disabled}
		switch {
		case p.JSON != nil:
			jp.Value = p.JSON
		case p.NoValue:
			jp.Value = nil // undefined in the SDK: left out
		}
		switch len(p.Src) {
		case 0:
		case 1:
			jp.Src = p.Src[0]
		default:
			jp.Src = p.Src
		}
		out = append(out, jp)
	}
	return out
}

// applyRequestJSON writes the script's edits (as sdk.js serialised them)
// into req, keeping the fields scripts cannot see (proxy, certificate).
func applyRequestJSON(req *collections.Request, data string) error {
	var jr jsonRequest
	if err := json.Unmarshal([]byte(data), &jr); err != nil {
		return fmt.Errorf("scripting: reading the edited request: %w", err)
	}
	req.Method = strings.ToUpper(jr.Method)
	if req.Method == "" {
		req.Method = "GET"
	}
	req.URL = urlFromJSON(jr.URL)
	req.Headers = req.Headers[:0]
	for _, h := range jr.Header {
		hd := collections.Header{Key: h.Key, Disabled: h.Disabled}
		if hd.JSON = collections.TypedJSON(h.Value); hd.JSON != nil {
			hd.Value = collections.HeaderText(hd.JSON)
		} else {
			hd.Value, _ = collections.TypedString(h.Value)
		}
		req.Headers = append(req.Headers, hd)
	}
	req.Body = bodyFromJSON(jr.Body, req.Body)
	req.Auth = authFromJSON(jr.Auth)
	if jr.Description != nil {
		req.Description = anyString(jr.Description)
	}
	return nil
}

// requestFromJSON builds a request for pm.sendRequest.
func requestFromJSON(data string) (*collections.Request, error) {
	req := &collections.Request{}
	if err := applyRequestJSON(req, data); err != nil {
		return nil, err
	}
	return req, nil
}

func anyString(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return t
	case map[string]any:
		if c, ok := t["content"]; ok {
			return anyString(c)
		}
	}
	return collections.ValueString(v)
}

func urlFromJSON(raw json.RawMessage) collections.URL {
	if len(raw) == 0 || string(raw) == "null" {
		return collections.URL{}
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return collections.ParseURL(s)
	}
	var ju jsonURL
	if err := json.Unmarshal(raw, &ju); err != nil {
		return collections.URL{}
	}
	u := collections.URL{Protocol: ju.Protocol}
	if ju.Host != nil {
		u.Host = append([]string{}, *ju.Host...)
	}
	if ju.Path != nil {
		u.Path = append([]string{}, *ju.Path...)
	}
	if ju.Port != nil {
		u.Port, u.EmptyPort = *ju.Port, *ju.Port == ""
	}
	if ju.Hash != nil {
		u.Hash, u.EmptyHash = *ju.Hash, *ju.Hash == ""
	}
	if a := ju.Auth; a != nil {
		u.Auth = &collections.URLAuth{}
		if a.User != nil {
			u.Auth.User, u.Auth.HasUser = *a.User, true
		}
		if a.Password != nil {
			u.Auth.Password, u.Auth.HasPassword = *a.Password, true
		}
	}
	for _, q := range ju.Query {
		p := collections.QueryParam{Disabled: q.Disabled}
		if q.Key == nil {
			p.NoKey = true
		} else {
			p.Key = *q.Key
		}
		if q.Value == nil {
			p.NoValue = true
		} else {
			p.Value = *q.Value
		}
		u.Query = append(u.Query, p)
	}
	for _, v := range ju.Variable {
		typ := v.Type
		if typ == "any" {
			typ = ""
		}
		u.Variables = append(u.Variables, collections.Variable{Key: v.Key, Value: v.Value, Type: typ, Disabled: v.Disabled, Description: anyString(v.Description)})
	}
	u.Raw = u.String()
	return u
}

func optString(s string, present bool) *string {
	if !present {
		return nil
	}
	return &s
}

func optStrings(s []string) *[]string {
	if s == nil {
		return nil
	}
	return &s
}

func bodyFromJSON(jb *jsonBodyIn, old *collections.Body) *collections.Body {
	if jb == nil || jb.Mode == "" {
		return nil
	}
	b := &collections.Body{Mode: jb.Mode, Options: jb.Options, Disabled: jb.Disabled}
	if raw, ok := jb.Options["raw"].(map[string]any); ok {
		if lang, ok := raw["language"].(string); ok {
			b.Language = lang
		}
	}
	switch jb.Mode {
	case "raw":
		// RequestBody keeps a raw body that is not a string typed, unless
		// it is falsy (then it is "")
		if s, ok := collections.TypedString(jb.Raw); ok {
			b.Raw = s
		} else if j := collections.TypedJSON(jb.Raw); j != nil && string(j) != "null" && string(j) != "false" && string(j) != "0" {
			b.RawJSON, b.Raw = j, collections.RawText(j)
		}
	case "urlencoded":
		b.URLEncoded = formFromJSON(jb.URLEncoded, true)
	case "formdata":
		b.FormData = formFromJSON(jb.FormData, false)
	case "file":
		if jb.File != nil {
			b.File = &collections.FileRef{Src: jb.File.Src, Content: jb.File.Content}
		}
	case "graphql":
		if jb.GraphQL != nil {
			g := &collections.GraphQL{Query: anyString(jb.GraphQL.Query)}
			switch v := jb.GraphQL.Variables.(type) {
			case nil:
			case string:
				g.Variables = v
			default:
				if enc, err := json.Marshal(v); err == nil {
					g.Variables = string(enc)
				}
			}
			b.GraphQL = g
		}
	}
	return b
}

func formFromJSON(ps []jsonParamIn, urlencoded bool) []collections.FormParam {
	var out []collections.FormParam
	for _, p := range ps {
		fp := collections.FormParam{Key: anyString(p.Key), Type: p.Type, ContentType: p.ContentType, Disabled: p.Disabled}
		switch fp.JSON = collections.TypedJSON(p.Value); {
		case len(p.Value) == 0:
			fp.NoValue = urlencoded
		case fp.JSON == nil:
			fp.Value, _ = collections.TypedString(p.Value)
		case urlencoded:
			fp.Value = collections.URLEncodedText(fp.JSON)
		default:
			fp.Value = collections.FormDataText(fp.JSON)
		}
		switch s := p.Src.(type) {
		case string:
			fp.Src = []string{s}
		case []any:
			for _, x := range s {
				fp.Src = append(fp.Src, anyString(x))
			}
		}
		out = append(out, fp)
	}
	return out
}

func authFromJSON(raw json.RawMessage) *collections.Auth {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return nil
	}
	var typ string
	if json.Unmarshal(m["type"], &typ) != nil || typ == "" {
		return nil
	}
	a := &collections.Auth{Type: typ}
	var params []struct {
		Key   string          `json:"key"`
		Value json.RawMessage `json:"value"`
		Type  string          `json:"type"`
	}
	if json.Unmarshal(m[typ], &params) == nil {
		for _, p := range params {
			t := p.Type
			if t == "any" {
				t = ""
			}
			var v any
			if len(p.Value) > 0 && json.Unmarshal(p.Value, &v) != nil {
				v = nil
			}
			a.Params = append(a.Params, collections.AuthParam{Key: p.Key, Value: v, Type: t, NoValue: len(p.Value) == 0})
		}
	}
	return a
}

// infoObject is pm.info: read-only, non-enumerable properties, as in Newman.
func (r *runtime) infoObject(ex *Execution) goja.Value {
	o := r.vm.NewObject()
	event := ex.Info.EventName
	if event == "" {
		event = ex.Event
	}
	def := func(k string, v any) {
		_ = o.DefineDataProperty(k, r.vm.ToValue(v), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	}
	def("eventName", event)
	def("iteration", ex.Info.Iteration)
	def("iterationCount", ex.Info.IterationCount)
	if ex.Info.RequestName == "" {
		def("requestName", goja.Undefined()) // an item without a name, as in Newman
	} else {
		def("requestName", ex.Info.RequestName)
	}
	if ex.Info.RequestIDValue != nil {
		def("requestId", r.toJS(ex.Info.RequestIDValue))
	} else {
		def("requestId", ex.Info.RequestID)
	}
	return o
}

// locationArray is pm.execution.location: the item's path and its name.
func (r *runtime) locationArray(ex *Execution) goja.Value {
	items := make([]any, 0, len(ex.Item.Path)+1)
	names := append(append(make([]string, 0, len(ex.Item.Path)+1), ex.Item.Path...), ex.Item.Name)
	for _, p := range names {
		if p == "" {
			items = append(items, goja.Undefined()) // no name: undefined, as in Newman
		} else {
			items = append(items, p)
		}
	}
	return r.vm.NewArray(items...)
}

// responseObject is the data sdk.js builds pm.response from (the body is
// loaded lazily; headers are key, value pairs).
func (r *runtime) responseObject(res *Response) goja.Value {
	o := r.vm.NewObject()
	_ = o.Set("id", newUUID()) // the SDK gives every Response an id
	_ = o.Set("code", res.Code)
	_ = o.Set("status", res.Reason)
	pairs := make([]any, 0, 2*len(res.Headers))
	for _, h := range res.Headers {
		pairs = append(pairs, h.Key, h.Value)
	}
	_ = o.Set("headerPairs", r.vm.NewArray(pairs...))
	cookies := make([]any, len(res.Cookies))
	for i, c := range res.Cookies {
		co := r.vm.NewObject()
		for _, kv := range [...]struct {
			k string
			v any
		}{{"name", c.Name}, {"value", c.Value}, {"domain", c.Domain}, {"path", c.Path},
			{"httpOnly", c.HTTPOnly}, {"secure", c.Secure}, {"hostOnly", c.HostOnly}, {"maxAge", c.MaxAge}} {
			_ = co.Set(kv.k, kv.v)
		}
		if c.Expires.IsZero() {
			_ = co.Set("expires", goja.Null())
		} else {
			_ = co.Set("expires", c.Expires.UTC().Format("2006-01-02T15:04:05.000Z"))
		}
		cookies[i] = co
	}
	_ = o.Set("cookie", r.vm.NewArray(cookies...))
	_ = o.Set("responseTime", res.ResponseTime.Milliseconds())
	_ = o.Set("responseSize", len(res.Body))
	return o
}

// responseMeta is a response without its body, which is loaded lazily.
func responseMeta(res *Response) map[string]any {
	headers := make([]map[string]any, 0, len(res.Headers))
	for _, h := range res.Headers {
		headers = append(headers, map[string]any{"key": h.Key, "value": h.Value})
	}
	cookies := make([]map[string]any, 0, len(res.Cookies))
	for _, c := range res.Cookies {
		cookies = append(cookies, cookieJSON(c))
	}
	return map[string]any{
		"id":           newUUID(),
		"code":         res.Code,
		"status":       res.Reason,
		"header":       headers,
		"cookie":       cookies,
		"responseTime": res.ResponseTime.Milliseconds(),
		"responseSize": len(res.Body),
	}
}

func cookieJSON(c Cookie) map[string]any {
	m := map[string]any{
		"name":     c.Name,
		"value":    c.Value,
		"domain":   c.Domain,
		"path":     c.Path,
		"httpOnly": c.HTTPOnly,
		"secure":   c.Secure,
		"hostOnly": c.HostOnly,
		"expires":  nil,
		"maxAge":   c.MaxAge,
	}
	if !c.Expires.IsZero() {
		m["expires"] = c.Expires.UTC().Format("2006-01-02T15:04:05.000Z")
	}
	return m
}

// writeBackRequest stores pre-request edits of pm.request into the request
// the runner will send.
func (r *runtime) writeBackRequest(req *collections.Request) error {
	v, err := r.requestJSON(nil)
	if err != nil {
		return fmt.Errorf("scripting: serialising pm.request: %w", err)
	}
	s := v.String()
	if s == "" {
		return nil
	}
	return applyRequestJSON(req, s)
}
