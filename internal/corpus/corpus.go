package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Case is one collection of the corpus: a folder holding the collection
// and, when its repository had them, an environment, globals, a data file
// and extra runner arguments.
type Case struct {
	Name       string
	Dir        string
	Collection string   // file name inside Dir
	Env        string   // "" when none
	Globals    string   // "" when none
	Data       string   // "" when none
	Args       []string // from the folder's "args" file, one argument per line
}

// LoadCase reads a corpus folder: the collection is collection.json or
// *.postman_collection(.json) or *.json.postman_collection; the environment
// environment.json or *.postman_environment(.json); globals globals.json or
// *.postman_globals(.json); data data.csv or data.json; args one argument a
// line. It returns ok false when the folder has no collection.
func LoadCase(dir string) (Case, bool) {
	c := Case{Name: filepath.Base(dir), Dir: dir}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return c, false
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	pick := func(exact string, suffixes ...string) string {
		for _, n := range names {
			if n == exact {
				return n
			}
		}
		for _, n := range names {
			for _, s := range suffixes {
				if strings.HasSuffix(n, s) {
					return n
				}
			}
		}
		return ""
	}
	c.Collection = pick("collection.json", ".postman_collection.json", ".postman_collection", ".json.postman_collection")
	c.Env = pick("environment.json", ".postman_environment.json", ".postman_environment")
	c.Globals = pick("globals.json", ".postman_globals.json", ".postman_globals")
	c.Data = pick("data.csv", "data.json")
	if b, err := os.ReadFile(filepath.Join(dir, "args")); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if line = strings.TrimRight(line, "\r"); line != "" {
				c.Args = append(c.Args, line)
			}
		}
	}
	return c, c.Collection != ""
}

var leadingVarRe = regexp.MustCompile(`^\s*\{\{([^{}]+)\}\}(://|:|)(\{\{([^{}]+)\}\})?`)

// BaseVariables returns values for the variables a collection's request URLs
// start with ("{{baseUrl}}/x", "{{host}}:{{port}}/x", "{{scheme}}://{{host}}/x")
// that neither the collection nor the given environment and globals define:
// a real user runs such a collection with an environment that sets them, and
// every host reaches the stand-in anyway. Values are a function of the name:
// "http://base-url.test", a bare "host.test", "8080" for a port, "http" for
// a scheme.
func BaseVariables(collection []byte, defined map[string]bool) map[string]string {
	var root any
	if json.Unmarshal(collection, &root) != nil {
		return nil
	}
	m, _ := root.(map[string]any)
	if m == nil {
		return nil
	}
	def := map[string]bool{}
	for k, v := range defined {
		def[k] = v
	}
	for _, key := range []string{"variable", "variables"} {
		if vs, ok := m[key].([]any); ok {
			for _, v := range vs {
				if vm, ok := v.(map[string]any); ok {
					if k := stringOf(vm["key"]); k != "" {
						def[k] = true
					} else if k := stringOf(vm["id"]); k != "" {
						def[k] = true
					}
				}
			}
		}
	}
	var urls []string
	var walk func(items []any)
	walk = func(items []any) {
		for _, it := range items {
			item, _ := it.(map[string]any)
			if item == nil {
				continue
			}
			if sub, ok := item["item"].([]any); ok {
				walk(sub)
				continue
			}
			if _, u := requestParts(item["request"]); u != "" {
				urls = append(urls, u)
			}
		}
	}
	if items, ok := m["item"].([]any); ok {
		walk(items)
	}
	if reqs, ok := m["requests"].([]any); ok {
		for _, r := range reqs {
			if rm, ok := r.(map[string]any); ok {
				urls = append(urls, stringOf(rm["url"]))
			}
		}
	}
	out := map[string]string{}
	for _, u := range urls {
		sm := leadingVarRe.FindStringSubmatch(u)
		if sm == nil {
			continue
		}
		first, sep, second := strings.TrimSpace(sm[1]), sm[2], strings.TrimSpace(sm[4])
		if strings.HasPrefix(first, "$") {
			continue
		}
		setIf := func(name, value string) {
			if name != "" && !def[name] && !strings.HasPrefix(name, "$") {
				if _, ok := out[name]; !ok {
					out[name] = value
				}
			}
		}
		switch sep {
		case "://":
			setIf(first, "http")
			setIf(second, hostFor(second))
		case ":":
			setIf(first, hostFor(first))
			setIf(second, "8080")
		default:
			setIf(first, "http://"+hostFor(first))
		}
	}
	return out
}

var nonHostRe = regexp.MustCompile(`[^a-z0-9-]+`)

func hostFor(name string) string {
	h := strings.Trim(nonHostRe.ReplaceAllString(strings.ToLower(name), "-"), "-")
	if h == "" {
		h = "host"
	}
	return h + ".test"
}

// DefinedIn returns the names of the enabled variables of an environment or
// globals file.
func DefinedIn(doc []byte) map[string]bool {
	out := map[string]bool{}
	var f struct {
		Values []struct {
			Key     string `json:"key"`
			Enabled *bool  `json:"enabled"`
		} `json:"values"`
	}
	if json.Unmarshal(doc, &f) == nil {
		for _, v := range f.Values {
			out[v.Key] = true
		}
	}
	return out
}
