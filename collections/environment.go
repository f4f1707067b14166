package collections

// Environment is a Postman environment or globals file.
type Environment struct {
	ID     string
	Name   string
	Values []Variable
	Raw    []byte
}

// DecodeEnvironment reads an environment or globals document. Both the export
// form ({id, name, values}) and a bare array of variables are accepted.
func DecodeEnvironment(file string, data []byte) (*Environment, error) {
	text, err := Text(file, data)
	if err != nil {
		return nil, err
	}
	root, err := parseJSON(file, text)
	if err != nil {
		return nil, err
	}
	w := walker{file: file}
	env := &Environment{Raw: text}
	switch t := root.(type) {
	case []any:
		env.Values, err = w.envVariables(t, "")
		return env, err
	case map[string]any:
		// The Postman API wraps exports: {"environment": {...}}.
		for _, k := range []string{"environment", "globals"} {
			if inner, ok := t[k].(map[string]any); ok && t["values"] == nil {
				t = inner
			}
		}
		if t["values"] == nil {
			if t["info"] != nil && t["item"] != nil {
				return nil, w.errf("", "this is a collection, not an environment or globals file")
			}
			return nil, w.errf("values", "not a Postman environment: missing \"values\" array")
		}
		if env.ID, err = w.str(t["id"], "id"); err != nil {
			return nil, err
		}
		if env.Name, err = w.str(t["name"], "name"); err != nil {
			return nil, err
		}
		env.Values, err = w.envVariables(t["values"], "values")
		return env, err
	}
	return nil, w.errf("", "not a Postman environment: the top-level value is %s", kind(root))
}

// envVariables reads an environment's variables: an array of objects (null
// members skipped).
func (w walker) envVariables(v any, path string) ([]Variable, error) {
	arr, ok := v.([]any)
	if !ok {
		return nil, w.errf(path, "expected an array, got %s", kind(v))
	}
	for i, e := range arr {
		if _, ok := e.(map[string]any); !ok && e != nil {
			return nil, w.errf(index(path, i), "expected an object, got %s", kind(e))
		}
	}
	return w.variables(arr, path, varEnv), nil
}
