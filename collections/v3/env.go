package v3

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/courier-run/courier/collections"
)

// IsYAMLFile says whether a file name is a YAML file's (.yaml or .yml).
func IsYAMLFile(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".yml")
}

// EnvironmentJSON reads a v3 environment or globals file
// (postman/environments/NAME.environment.yaml, postman/globals/NAME.globals.yaml:
// name, values [{key, value, enabled, type}]) as the JSON environment it
// stands for, which collections.DecodeEnvironment reads. Its shape is
// checked here, so that errors name the line and column.
func EnvironmentJSON(file string, data []byte) ([]byte, error) {
	n, err := parseYAML(file, data)
	if err != nil {
		return nil, err
	}
	r := &reader{file: file}
	if n.kind != yMap {
		return nil, r.errf(n, "expected a mapping with name and values, got %s", n.describe())
	}
	vals := n.get("values")
	if vals == nil {
		return nil, r.errf(n, "not a Postman environment: no values")
	}
	if vals.kind != ySeq {
		return nil, r.errf(vals, "values: expected a list, got %s", vals.describe())
	}
	for i, v := range vals.items {
		w := fmt.Sprintf("values[%d]", i)
		if v.kind != yMap {
			return nil, r.errf(v, "%s: expected a mapping with key and value, got %s", w, v.describe())
		}
		kn := v.get("key")
		if kn == nil {
			return nil, r.errf(v, "%s: no key", w)
		}
		if _, err := r.str(kn, w+".key"); err != nil {
			return nil, err
		}
		for _, b := range []string{"enabled", "disabled"} {
			if bn := v.get(b); bn != nil {
				if _, err := r.boolean(bn, w+"."+b); err != nil {
					return nil, err
				}
			}
		}
		if tn := v.get("type"); tn != nil {
			if _, err := r.str(tn, w+".type"); err != nil {
				return nil, err
			}
		}
	}
	return marshalJSON(toJSON(n), "\t"), nil
}

// SetVariables returns the v2.1 document with its collection variables set
// to vars (the values a run ended with): a variable the document has keeps
// its entry, with the new value; others are added as {key, value}.
func SetVariables(doc []byte, vars []collections.Variable) ([]byte, error) {
	v, err := parseJSON(doc)
	if err != nil {
		return nil, err
	}
	root, ok := v.(*object)
	if !ok {
		return nil, fmt.Errorf("not a collection")
	}
	old := map[string]*object{}
	if list, ok := root.arr("variable"); ok {
		for _, e := range list {
			if o, ok := e.(*object); ok {
				if k, ok := o.str("key"); ok {
					old[k] = o
				}
			}
		}
	}
	out := make([]any, 0, len(vars))
	for _, vr := range vars {
		val, err := parseJSON(mustJSON(collections.StoredValue(vr.Type, vr.Value)))
		if err != nil {
			return nil, err
		}
		e, ok := old[vr.Key]
		if ok {
			e = clone(e).(*object)
		} else {
			e = newObject().set("key", vr.Key)
			if vr.Type != "" {
				e.set("type", vr.Type)
			}
		}
		if _, isUndefined := vr.Value.(collections.NotJSON); isUndefined && vr.Value == collections.NotJSON("") && !ok {
			out = append(out, e)
			continue
		}
		e.set("value", val)
		out = append(out, e)
	}
	root.set("variable", out)
	return marshalJSON(root, "\t"), nil
}

// mustJSON encodes a decoded JSON value (as encoding/json decodes one).
func mustJSON(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return []byte("null")
	}
	return bytes.TrimSpace(b.Bytes())
}
