package sdkjson

import (
	"strings"

	"github.com/courier-run/courier/collections"
)

// modelCollection writes c as a v2.1 definition, for documents the SDK
// builder cannot read as one (v1 collections, converted when read).
func modelCollection(c *collections.Collection) map[string]any {
	info := map[string]any{"schema": schemaV21}
	if c.Info.PostmanID != "" {
		info["_postman_id"] = c.Info.PostmanID
	}
	if c.Info.Name != "" {
		info["name"] = c.Info.Name
	}
	if c.Info.Description != "" {
		info["description"] = c.Info.Description
	}
	if c.Info.Version != "" && c.Info.Version != "2.0.0" && c.Info.Version != "2.1.0" {
		info["version"] = c.Info.Version
	}
	def := map[string]any{"info": info, "item": modelItems(c.Items), "event": modelEvents(c.Events), "variable": modelVariables(c.Variables)}
	if c.Auth != nil {
		def["auth"] = modelAuth(c.Auth)
	}
	if c.ProtocolProfileBehavior != nil {
		def["protocolProfileBehavior"] = c.ProtocolProfileBehavior
	}
	return def
}

func modelItems(items []*collections.Item) []any {
	out := make([]any, 0, len(items))
	for _, it := range items {
		d := map[string]any{"event": modelEvents(it.Events)}
		if it.ID != "" {
			d["id"] = it.ID
		}
		if it.Name != "" {
			d["name"] = it.Name
		}
		if it.Description != "" {
			d["description"] = it.Description
		}
		if it.ProtocolProfileBehavior != nil {
			d["protocolProfileBehavior"] = it.ProtocolProfileBehavior
		}
		if it.Folder {
			d["item"] = modelItems(it.Items)
			if it.Auth != nil {
				d["auth"] = modelAuth(it.Auth)
			}
		} else {
			if it.Request != nil {
				d["request"] = modelRequest(it.Request)
			}
			var rs []any
			for _, r := range it.Responses {
				if r.Raw != nil {
					rs = append(rs, r.Raw)
				}
			}
			d["response"] = rs
		}
		out = append(out, d)
	}
	return out
}

func modelRequest(r *collections.Request) map[string]any {
	d := map[string]any{"method": r.Method, "url": modelURL(r.URL)}
	var hs []any
	for _, h := range r.Headers {
		m := map[string]any{"key": h.Key, "value": h.Value}
		if h.Disabled {
			m["disabled"] = true
		}
		hs = append(hs, m)
	}
	if len(hs) > 0 {
		d["header"] = hs
	}
	if r.Body != nil {
		d["body"] = modelBody(r.Body)
	}
	if r.Auth != nil {
		d["auth"] = modelAuth(r.Auth)
	}
	if r.Description != "" {
		d["description"] = r.Description
	}
	if r.Proxy != nil {
		d["proxy"] = r.Proxy
	}
	if r.Certificate != nil {
		d["certificate"] = r.Certificate
	}
	return d
}

func modelURL(u collections.URL) map[string]any {
	d := map[string]any{}
	if u.Protocol != "" {
		d["protocol"] = strings.TrimSuffix(u.Protocol, ":")
	}
	if len(u.Host) > 0 {
		d["host"] = toAny(u.Host)
	}
	if u.Port != "" {
		d["port"] = u.Port
	}
	if len(u.Path) > 0 {
		d["path"] = toAny(u.Path)
	}
	if u.Hash != "" {
		d["hash"] = u.Hash
	}
	var q []any
	for _, p := range u.Query {
		m := map[string]any{"key": p.Key, "value": p.Value}
		if p.NoValue {
			m["value"] = nil
		}
		if p.Disabled {
			m["disabled"] = true
		}
		q = append(q, m)
	}
	if q != nil {
		d["query"] = q
	}
	if len(u.Variables) > 0 {
		d["variable"] = modelVariables(u.Variables)
	}
	return d
}

func modelBody(b *collections.Body) map[string]any {
	d := map[string]any{"mode": b.Mode}
	if b.Disabled {
		d["disabled"] = true
	}
	if b.Options != nil {
		d["options"] = b.Options
	}
	switch b.Mode {
	case "raw":
		d["raw"] = b.Raw
	case "urlencoded", "formdata":
		var fs []any
		params := b.URLEncoded
		if b.Mode == "formdata" {
			params = b.FormData
		}
		for _, p := range params {
			m := map[string]any{"key": p.Key, "value": p.Value}
			if p.Type != "" {
				m["type"] = p.Type
			}
			if p.ContentType != "" {
				m["contentType"] = p.ContentType
			}
			if len(p.Src) == 1 {
				m["src"] = p.Src[0]
			} else if len(p.Src) > 1 {
				m["src"] = toAny(p.Src)
			}
			if p.Disabled {
				m["disabled"] = true
			}
			fs = append(fs, m)
		}
		d[b.Mode] = fs
	case "file":
		if b.File != nil {
			d["file"] = map[string]any{"src": b.File.Src}
		}
	case "graphql":
		if b.GraphQL != nil {
			d["graphql"] = map[string]any{"query": b.GraphQL.Query, "variables": b.GraphQL.Variables}
		}
	}
	return d
}

func modelAuth(a *collections.Auth) map[string]any {
	var ps []any
	for _, p := range a.Params {
		m := map[string]any{"key": p.Key, "value": p.Value}
		if p.NoValue {
			delete(m, "value")
		}
		if p.Type != "" {
			m["type"] = p.Type
		}
		ps = append(ps, m)
	}
	if ps == nil {
		ps = []any{}
	}
	return map[string]any{"type": a.Type, a.Type: ps}
}

func modelEvents(evs []collections.Event) []any {
	out := []any{}
	for _, e := range evs {
		s := map[string]any{"exec": e.Script.Exec}
		if e.Script.ID != "" {
			s["id"] = e.Script.ID
		}
		if e.Script.Type != "" {
			s["type"] = e.Script.Type
		}
		if e.Script.Src != "" {
			s["src"] = e.Script.Src
		}
		if e.Script.Name != "" {
			s["name"] = e.Script.Name
		}
		d := map[string]any{"listen": e.Listen, "script": s}
		if e.ID != "" {
			d["id"] = e.ID
		}
		if e.Disabled {
			d["disabled"] = true
		}
		out = append(out, d)
	}
	return out
}

func modelVariables(vs []collections.Variable) []any {
	out := []any{}
	for _, v := range vs {
		m := map[string]any{"key": v.Key, "value": v.Value}
		for k, e := range v.Extra {
			m[k] = e
		}
		if v.ID != "" {
			m["id"] = v.ID
		}
		if v.Type != "" {
			m["type"] = v.Type
		}
		if _, given := m["disabled"]; v.Disabled && !given {
			m["disabled"] = true
		}
		if v.Description != "" {
			m["description"] = v.Description
		}
		out = append(out, m)
	}
	return out
}
