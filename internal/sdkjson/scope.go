package sdkjson

import (
	"encoding/json"
	"time"

	"github.com/courier-run/courier/collections"
)

// ScopeJSON is an environment or globals as postman-collection's
// VariableScope#toJSON writes it, the form of Newman's json report
// ("environment", "globals") and, with ExportFields, of
// --export-environment and --export-globals: the file's _-prefixed keys as
// meta under "_" (in the file's order), id, name, disabled and description
// as the file gives them, then "values", each variable as Variable#toJSON
// writes it.
//
// kind is "environment" or "globals" (the Postman API's wrapper key), file
// the document as read (nil when there is none), id the scope's id when the
// file gives none (Newman generates one), vars the scope's variables at the
// end of the run. value, when not nil, gives the value to write for each
// variable (reports mask secrets); it is not cast.
func ScopeJSON(kind string, file []byte, id string, vars []collections.Variable, value func(collections.Variable) any) json.RawMessage {
	def := scopeDefinition(kind, file)
	o := property(def, true, id, fixedID(id))
	values := make([]any, 0, len(vars))
	for _, v := range vars {
		values = append(values, VariableObject(v, value))
	}
	o = append(o, field{"values", values})
	return marshal(o)
}

// scopeDefinition is what Newman builds a VariableScope from: the file's
// object (unwrapped from the Postman API's {"environment": {...}}), or
// {values: [...]} for a bare array.
func scopeDefinition(kind string, file []byte) map[string]any {
	if len(file) == 0 {
		return nil
	}
	v, err := decodeOrdered(file)
	if err != nil {
		return nil
	}
	if arr, ok := v.([]any); ok {
		return map[string]any{"values": arr}
	}
	def, _ := asMap(v)
	// newman's extractModel: source[type] || source, then once more when
	// the result has no values
	if inner, ok := asMap(def[kind]); ok {
		def = inner
	} else if truthy(def[kind]) {
		return nil // a truthy value that is not an object: no scope
	}
	if !truthy(def["values"]) {
		if inner, ok := asMap(def[kind]); ok {
			def = inner
		}
	}
	return def
}

// VariableObject is one variable of courier's model as postman-collection's
// Variable#toJSON writes it: meta, id, name, disabled (as the file gave it;
// true for a variable courier holds disabled), description, type (any
// unless one the SDK knows), value (cast to the type; value(v) instead when
// value is not nil) and key, then system.
func VariableObject(v collections.Variable, value func(collections.Variable) any) any {
	def := modelVariable(v)
	o := variable(def)
	if value != nil {
		o.set("value", value(v))
	}
	return o
}

// modelVariable is the definition a variable of courier's model stands for.
func modelVariable(v collections.Variable) map[string]any {
	m := make(map[string]any, 6+len(v.Extra))
	for k, e := range v.Extra {
		m[k] = e
	}
	m["key"] = v.Key
	m["value"] = collections.StoredValue(v.Type, v.Value)
	if v.ID != "" {
		m["id"] = v.ID
	}
	if v.Type != "" {
		m["type"] = v.Type
	}
	if _, given := m["disabled"]; v.Disabled && (!given || !truthy(m["disabled"])) {
		// disabled by "enabled": false (or by the courier's own rules):
		// written as the SDK writes a disabled variable
		m["disabled"] = true
	}
	if v.Description != "" {
		m["description"] = v.Description
	}
	return m
}

// ExportFields is what Newman adds to a scope or collection it exports
// (--export-environment, --export-globals, --export-collection): a name
// ("environment", "globals", "collection") when it has none, then
// _postman_variable_scope, _postman_exported_at and
// _postman_exported_using. doc is the scope's or collection's JSON; the
// result is written as Newman writes it (JSON.stringify with two spaces).
func ExportFields(doc json.RawMessage, scope string, at time.Time, using string) ([]byte, error) {
	v, err := decodeOrdered(doc)
	if err != nil {
		return nil, err
	}
	m, ok := asMap(v)
	if !ok {
		return nil, errSyntax
	}
	o := orderedObject(m)
	if _, named := o.get("name"); !named {
		o = append(o, field{"name", scope})
	}
	o.set("_postman_variable_scope", scope)
	o.set("_postman_exported_at", at.UTC().Format("2006-01-02T15:04:05.000Z"))
	o.set("_postman_exported_using", using)
	return Indent(marshal(o))
}

// orderedObject is a decoded object with its members in document order
// (members that are objects stay as decoded: encode writes them in order).
func orderedObject(m map[string]any) object {
	keys := sortedKeys(m)
	o := make(object, 0, len(keys))
	for _, k := range keys {
		o = append(o, field{k, ordered(m[k])})
	}
	return o
}

// ordered turns decoded objects into ordered ones, recursively.
func ordered(v any) any {
	switch t := v.(type) {
	case map[string]any:
		return orderedObject(t)
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = ordered(e)
		}
		return out
	}
	return v
}

// Export is the collection as --export-collection writes it: the
// collection's toJSON() with vars, the collection variables the run ended
// with, as its "variable" (Newman writes the ones it started with,
// postmanlabs/newman#2680; the Postman app's runner keeps the new values),
// each script that ran marked with the _lastExecutionId postman-runtime
// gives it (a new id from newID), and Newman's export fields.
//
// patches set auth parameters the run keeps (the OAuth 2.0 tokens courier
// got: see runner.AuthUpdate).
func (t *Tree) Export(vars []collections.Variable, ran func(scriptID string) bool, newID func() string, at time.Time, using string, patches []AuthPatch) ([]byte, error) {
	v, err := decodeOrdered(t.doc)
	if err != nil {
		return nil, err
	}
	m, ok := asMap(v)
	if !ok {
		return nil, errSyntax
	}
	o := markRun(orderedObject(m), ran, newID)
	for _, p := range patches {
		patchAuth(o, p)
	}
	values := make([]any, 0, len(vars))
	for _, v := range vars {
		values = append(values, VariableObject(v, nil))
	}
	o.set("variable", values)
	return ExportFields(marshal(o), "collection", at, using)
}

// markRun adds _lastExecutionId to every script under an "event" list whose
// id ran says ran.
func markRun(o object, ran func(string) bool, newID func() string) object {
	for i, f := range o {
		switch v := f.v.(type) {
		case object:
			o[i].v = markRun(v, ran, newID)
		case []any:
			for j, e := range v {
				eo, ok := e.(object)
				if !ok {
					continue
				}
				if f.k == "event" {
					if s, ok := eo.get("script"); ok {
						if so, ok := s.(object); ok && ran != nil {
							if id, _ := so.get("id"); id != nil && ran(jsString(id)) {
								so.set("_lastExecutionId", newID())
								eo.set("script", so)
							}
						}
					}
				}
				v[j] = markRun(eo, ran, newID)
			}
		}
	}
	return o
}

// AuthPatch sets parameters of one auth definition of an exported
// collection: the collection's (ItemID ""), a folder's, or a request's
// (Request: the item's request's auth).
type AuthPatch struct {
	ItemID  string
	Request bool
	Params  []collections.AuthParam // string values
}

// patchAuth applies p to the collection object o (what Tree.Export
// decoded): each parameter's value replaced, or the parameter appended as
// {type: "string", value, key}.
func patchAuth(o object, p AuthPatch) {
	holder := o
	if p.ItemID != "" {
		it, ok := findItem(o, p.ItemID)
		if !ok {
			return
		}
		holder = it
		if p.Request {
			r, _ := holder.get("request")
			if holder, ok = r.(object); !ok {
				return
			}
		}
	}
	a, _ := holder.get("auth")
	auth, ok := a.(object)
	if !ok {
		return
	}
	t, _ := auth.get("type")
	typ, ok := t.(string)
	if !ok {
		return
	}
	l, _ := auth.get(typ)
	list, _ := l.([]any)
	for _, param := range p.Params {
		found := false
		for i, e := range list {
			po, ok := e.(object)
			if !ok {
				continue
			}
			if k, _ := po.get("key"); k == param.Key {
				po.set("value", param.Value)
				list[i] = po
				found = true
			}
		}
		if !found {
			list = append(list, object{{"type", "string"}, {"value", param.Value}, {"key", param.Key}})
		}
	}
	auth.set(typ, list)
	holder.set("auth", auth)
}

// findItem finds the item (request or folder) with this id under o's
// "item" lists.
func findItem(o object, id string) (object, bool) {
	v, _ := o.get("item")
	list, _ := v.([]any)
	for _, e := range list {
		it, ok := e.(object)
		if !ok {
			continue
		}
		if x, _ := it.get("id"); x == id {
			return it, true
		}
		if found, ok := findItem(it, id); ok {
			return found, true
		}
	}
	return nil, false
}
