package collections

import (
	"encoding/json"
	"time"

	"github.com/tidwall/sjson"
)

// exportVariable is a variable in the form Postman writes it.
func exportVariable(v Variable, env bool) map[string]any {
	m := make(map[string]any, 6+len(v.Extra))
	for k, e := range v.Extra {
		m[k] = e
	}
	if v.ID != "" && !env {
		m["id"] = v.ID
	}
	m["key"] = v.Key
	m["value"] = StoredValue(v.Type, v.Value)
	if v.Type != "" {
		m["type"] = v.Type
	} else if env {
		m["type"] = "default"
	}
	if v.Description != "" {
		m["description"] = v.Description
	}
	if env {
		m["enabled"] = !v.Disabled
	} else if v.DisabledValue != nil {
		m["disabled"] = v.DisabledValue
	} else if v.Disabled {
		m["disabled"] = true
	}
	return m
}

// ExportCollection returns the original collection document with its
// "variable" array replaced by vars; every other field is written back as read.
func ExportCollection(c *Collection, vars []Variable) ([]byte, error) {
	list := make([]map[string]any, len(vars))
	for i, v := range vars {
		list[i] = exportVariable(v, false)
	}
	enc, err := json.Marshal(list)
	if err != nil {
		return nil, err
	}
	raw := c.Raw
	if len(raw) == 0 {
		raw = []byte("{}")
	}
	return sjson.SetRawBytesOptions(raw, "variable", enc, &sjson.Options{ReplaceInPlace: false})
}

// ExportScope writes an environment or globals file as Newman does
// (scope is "environment" or "globals").
func ExportScope(scope, id, name string, vars []Variable, now time.Time, using string) ([]byte, error) {
	values := make([]map[string]any, len(vars))
	for i, v := range vars {
		values[i] = exportVariable(v, true)
	}
	doc := struct {
		ID         string           `json:"id,omitempty"`
		Name       string           `json:"name,omitempty"`
		Values     []map[string]any `json:"values"`
		Scope      string           `json:"_postman_variable_scope"`
		ExportedAt string           `json:"_postman_exported_at"`
		Using      string           `json:"_postman_exported_using"`
	}{id, name, values, scope, now.UTC().Format("2006-01-02T15:04:05.000Z"), using}
	return json.MarshalIndent(doc, "", "\t")
}
