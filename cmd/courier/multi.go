package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/reporters"
)

// Several collections in one command (courier run a.json b.json dir/):
// each collection is a run of its own (its own variables from the same
// files and flags, its own cookie jar), run one after another (or as units
// with --parallel, --shard); the reporters see one run (combined).

// collectionSources expands the command's collection arguments: a folder
// is its *.postman_collection.json files, then its other *.json files,
// each group sorted by name. A folder with none is a usage error. A folder
// that is a v3 tree (see v3TreeDir) is one collection; one with no .json
// file whose subfolders are v3 trees (postman/collections) is those trees.
func collectionSources(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		if _, ok := v3TreeDir(a); ok {
			out = append(out, a)
			continue
		}
		fi, err := os.Stat(a)
		if err != nil || !fi.IsDir() {
			out = append(out, a) // a file, URL or UID: loading reports what is wrong
			continue
		}
		if trees := v3TreesIn(a); len(trees) > 0 {
			out = append(out, trees...)
			continue
		}
		ents, err := os.ReadDir(a)
		if err != nil {
			return nil, usagef("%s: %v", a, err)
		}
		var named, other []string
		for _, d := range ents {
			n := d.Name()
			if d.IsDir() || !strings.HasSuffix(strings.ToLower(n), ".json") {
				continue
			}
			if strings.HasSuffix(strings.ToLower(n), ".postman_collection.json") {
				named = append(named, filepath.Join(a, n))
			} else {
				other = append(other, filepath.Join(a, n))
			}
		}
		if len(named)+len(other) == 0 {
			return nil, usagef("%s: a folder with no collection (*.postman_collection.json or *.json) in it", a)
		}
		sort.Strings(named)
		sort.Strings(other)
		out = append(out, named...)
		out = append(out, other...)
	}
	return out, nil
}

// notACollection says why a JSON file found in a folder is clearly not a
// collection ("" when it may be one): an environment or globals file, a
// data file (an array), a json run report.
func notACollection(data []byte) string {
	var v any
	if json.Unmarshal(data, &v) != nil {
		return ""
	}
	switch t := v.(type) {
	case []any:
		return "a data file (a JSON array)"
	case map[string]any:
		_, item := t["item"]
		_, info := t["info"]
		_, requests := t["requests"] // v1
		if item || info || requests {
			return ""
		}
		if scope, ok := t["_postman_variable_scope"].(string); ok {
			return "a Postman " + scope + " file"
		}
		if _, ok := t["values"].([]any); ok {
			return "an environment file"
		}
		if _, ok := t["run"].(map[string]any); ok {
			if _, ok := t["collection"]; ok {
				return "a json run report"
			}
		}
	}
	return ""
}

// fromFolder says whether path was found in one of the folder arguments.
func fromFolder(path string, args []string) bool {
	for _, a := range args {
		if a == path {
			return false
		}
	}
	return true
}

// loadCollections loads every collection the arguments name, skipping
// (with a warning) a file found in a folder that is clearly not one.
func loadCollections(ctx context.Context, a *runArgs, e *env, api postmanAPI) ([]*collections.Collection, error) {
	srcs, err := collectionSources(a.collections)
	if err != nil {
		return nil, err
	}
	var out []*collections.Collection
	for _, src := range srcs {
		if fromFolder(src, a.collections) {
			if data, err := os.ReadFile(src); err == nil {
				if why := notACollection(data); why != "" {
					if !a.silent {
						fmt.Fprintf(e.stderr, "courier: warning: %s is %s, not a collection: skipped\n", src, why)
					}
					continue
				}
			}
		}
		var c *collections.Collection
		if dir, ok := v3TreeDir(src); ok {
			c, err = loadV3(dir, e, a.silent)
		} else {
			c, err = loadCollection(ctx, src, api)
		}
		if err != nil {
			return nil, err
		}
		if c.FromV1 && !a.silent {
			fmt.Fprintf(e.stderr, "courier: warning: %s is a Postman collection v1; it is converted to v2.1 as Newman converts it (request ids are not kept)\n", src)
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, usagef("%s: no collection to run", strings.Join(a.collections, ", "))
	}
	return out, nil
}

// combined makes the stream of several collections' runs (a RunStart and
// RunEnd each) one run for the reporters: the first RunStart, a
// CollectionStart for each later collection, and one RunEnd at the end
// (Close), aborted when any collection's run was, with the first such
// run's reason and error.
type combined struct {
	mu      sync.Mutex
	h       events.Handler
	started int
	end     *events.RunEnd
}

func (c *combined) Handle(ev events.Event) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch t := ev.(type) {
	case events.RunStart:
		c.started++
		if c.started > 1 {
			c.h.Handle(events.CollectionStart{Collection: t.Collection, CollectionID: t.CollectionID, Index: c.started - 1, Time: t.Time,
				Iterations: t.Iterations, Length: t.Length})
			return
		}
	case events.RunEnd:
		if c.end == nil {
			c.end = &t
			return
		}
		c.end.Time = t.Time
		if t.Aborted && !c.end.Aborted {
			c.end.Aborted, c.end.Reason, c.end.Error = true, t.Reason, t.Error
		} else if c.end.Error == nil && t.Error != nil {
			c.end.Error = t.Error
		}
		return
	}
	c.h.Handle(ev)
}

// Close delivers the held RunEnd.
func (c *combined) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.end != nil {
		c.h.Handle(*c.end)
		c.end = nil
	}
}

// multiTree is several collections' trees for the json report: executions
// and failures look their items up in their own collection's
// (reporters.CollectionTrees); the methods below, for what knows no
// collection, in each collection in the command's order.
type multiTree []reporters.CollectionTree

func (m multiTree) Collection(i int) reporters.CollectionTree {
	if i >= 0 && i < len(m) {
		return m[i]
	}
	return nil
}

func (m multiTree) Item(id string) (json.RawMessage, bool) {
	for _, t := range m {
		if r, ok := t.Item(id); ok {
			return r, true
		}
	}
	return nil, false
}

func (m multiTree) Parent(id string) (json.RawMessage, bool) {
	for _, t := range m {
		if _, ok := t.Item(id); ok {
			return t.Parent(id)
		}
	}
	return nil, false
}

func (m multiTree) ScriptID(itemID, location, event string) string {
	for _, t := range m {
		if _, ok := t.Item(itemID); ok {
			return t.ScriptID(itemID, location, event)
		}
	}
	if len(m) > 0 {
		return m[0].ScriptID(itemID, location, event)
	}
	return ""
}

// checkSeveral refuses what a command with several collections cannot do:
// the exports (each collection has its own variables and cookies).
func checkSeveral(a *runArgs, in *runInputs) error {
	if len(in.colls) < 2 {
		return nil
	}
	for _, x := range []struct{ flag, value string }{
		{"--export-environment", a.exportEnvironment}, {"--export-globals", a.exportGlobals},
		{"--export-collection", a.exportCollection}, {"--export-cookie-jar", a.exportCookieJar},
	} {
		if x.value != "" {
			return usagef("%s cannot be used with several collections (%d): each has its own variables and cookies; run them one at a time to export", x.flag, len(in.colls))
		}
	}
	return nil
}
