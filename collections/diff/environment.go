package diff

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/internal/redact"
)

// Types of compared documents (Result.Type) besides collections, and the item
// type of their changes.
const (
	TypeEnvironment = "environment"
	TypeGlobals     = "globals"
)

// Document types DocumentType tells apart.
const (
	DocCollection  = "collection"
	DocEnvironment = TypeEnvironment
	DocGlobals     = TypeGlobals
	DocRunReport   = "run report"
	DocDataFile    = "data file"
)

// DocumentType tells what kind of Postman document data holds, from its
// top-level keys as courier run does: a collection ("info", "item", v1
// "requests", or the API's {"collection": …} wrapper), an environment or
// globals file (`_postman_variable_scope`, a "values" array, or the API's
// {"environment": …} / {"globals": …} wrapper), a json run report ("run" and
// "collection"), a data file (a top-level array). It returns "" when it
// cannot tell (invalid JSON included: the collection reader reports that).
func DocumentType(data []byte) string {
	text, err := collections.Text("", data)
	if err != nil {
		return ""
	}
	t := bytes.TrimLeft(text, " \t\r\n")
	if len(t) > 0 && t[0] == '[' {
		return DocDataFile
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(t, &top) != nil {
		return ""
	}
	has := func(m map[string]json.RawMessage, k string) bool {
		v, ok := m[k]
		return ok && !bytes.Equal(bytes.TrimSpace(v), []byte("null"))
	}
	isObject := func(v json.RawMessage) bool {
		v = bytes.TrimSpace(v)
		return len(v) > 0 && v[0] == '{'
	}
	isArray := func(v json.RawMessage) bool {
		v = bytes.TrimSpace(v)
		return len(v) > 0 && v[0] == '['
	}
	if has(top, "info") || has(top, "item") || has(top, "requests") {
		return DocCollection
	}
	if has(top, "run") && has(top, "collection") && isObject(top["run"]) {
		return DocRunReport
	}
	if has(top, "collection") && isObject(top["collection"]) {
		return DocCollection
	}
	var scope string
	if json.Unmarshal(top["_postman_variable_scope"], &scope) == nil {
		switch scope {
		case "globals":
			return DocGlobals
		case "environment":
			return DocEnvironment
		}
	}
	if isArray(top["values"]) {
		return DocEnvironment
	}
	for _, k := range []string{"environment", "globals"} {
		if isObject(top[k]) {
			var inner map[string]json.RawMessage
			if json.Unmarshal(top[k], &inner) == nil && isArray(inner["values"]) {
				return k
			}
		}
	}
	return ""
}

// Environments compares two versions of an environment or globals file
// (typ is TypeEnvironment or TypeGlobals): the name, and variables added,
// removed, changed, retyped, enabled or disabled, and renamed when their
// names differ only in case. Secret values (type "secret", or a name that
// looks like a credential) are masked, and so are URL passwords and the
// values of secret variables inside other values.
func Environments(old, new *collections.Environment, typ string, opts Options) *Result {
	r := &Result{
		Old:      Source{Name: old.Name},
		New:      Source{Name: new.Name},
		Type:     typ,
		requests: map[int]string{},
	}
	m := redact.New(redact.Options{Mask: Secret})
	for _, e := range []*collections.Environment{old, new} {
		for _, v := range e.Values {
			if s, ok := v.Value.(string); ok && onlyReferences(s) {
				continue // {{a}} is shown as it is
			}
			m.AddVariable(v.Key, v.Value, v.Type)
		}
	}
	c := &comparer{opts: opts, res: r, group: -1}
	c.begin(nil, typ)
	if old.Name != new.Name {
		c.add(Change{Kind: Renamed, Class: ClassRenamed, Path: "name", Old: old.Name, New: new.Name})
	}
	renames := caseOnlyRenames(old.Values, new.Values)
	c.renamedVariables("values", renames)
	c.keyed(ClassVariables, "values", envEntries(renameVariables(old.Values, renames), m), envEntries(new.Values, m))
	// Values that are not secrets themselves may hold one: a URL's password,
	// a secret variable's value.
	for i := range r.Changes {
		ch := &r.Changes[i]
		if ch.Class != ClassVariables || isVariableRename(ch) {
			continue
		}
		for _, v := range []*any{&ch.Old, &ch.New} {
			if s, ok := (*v).(string); ok && !(ch.Masked && s == Secret) {
				if t := m.String(s); t != s {
					*v, ch.Masked = t, true
				}
			}
		}
		if ch.Masked && ch.Kind == Changed && ch.Old == ch.New && ch.Old != Secret {
			ch.Note = "a secret in it changed"
		}
	}
	return r
}

// envEntries are the keyed entries of an environment's variables.
func envEntries(vs []collections.Variable, m *redact.Masker) []entry {
	out := make([]entry, len(vs))
	for i, v := range vs {
		typ := v.Type
		if typ == "" {
			typ = "default"
		}
		out[i] = entry{key: v.Key, match: v.Key, value: collections.ValueString(v.Value),
			secret: strings.EqualFold(v.Type, "secret") || credentialName(v.Key) || m.IsSecretName(v.Key),
			attrs:  map[string]any{"disabled": v.Disabled, "type": typ}}
	}
	return out
}
