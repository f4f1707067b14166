package sdkjson

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/courier-run/courier/collections"
)

const schemaV21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"

// Tree is a collection as Newman's json report writes it: the whole
// document, and each item (request or folder) with its parent, by id.
type Tree struct {
	doc   json.RawMessage
	root  *node
	items map[string]*node
}

type node struct {
	id       string
	name     string
	folder   bool
	obj      object // while building; dropped once json is written
	parent   *node  // nil for the collection
	children []*node
	json     json.RawMessage
	scripts  []scriptRef
	// where the node's JSON is in the document, while it is written
	start, end int
}

// scriptRef is what ScriptID needs of a node's event.
type scriptRef struct {
	listen, id string
	disabled   bool
}

type builder struct {
	// v1: the document was converted from a v1 collection, where
	// postman-collection-transformer gives every request a body (null when
	// it has none, written by the SDK as {})
	v1 bool
}

// newID is a random version 4 UUID, as the SDK makes for an id it needs.
func (*builder) newID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "00000000-0000-4000-8000-000000000000"
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// Build makes the tree of c. It reads c's original document as the SDK
// would (so fields courier does not model are kept); ids the document lacks
// come from c, so they are the ids the run reports. A document that is not a
// v2 collection (v1, converted on reading) is written from c instead.
func Build(c *collections.Collection) *Tree {
	b := &builder{v1: c.FromV1}
	var def map[string]any
	if len(c.Raw) > 0 {
		if v, err := decodeOrdered(c.Raw); err == nil {
			def, _ = asMap(v)
		}
		if inner, ok := asMap(def["collection"]); ok && def["info"] == nil {
			def = inner // the Postman API's {"collection": {...}}
		}
	}
	if _, ok := def["item"].([]any); !ok && len(c.Items) > 0 || def == nil {
		def = modelCollection(c)
	}
	t := &Tree{items: map[string]*node{}}
	root := b.group(def, c.Info.PostmanID)
	root.obj = append(root.obj, field{"variable", list(def["variable"], func(e any) any {
		m, _ := asMap(e)
		return variable(m)
	})})
	if info, ok := asMap(def["info"]); ok && truthy(info["version"]) {
		root.obj = append(root.obj, field{"version", version(info["version"])})
	}
	t.root = root
	b.children(t, root, def["item"], c.Items)
	t.finish(root)
	t.doc = root.json
	return t
}

// children builds the items of a group, pairing each with the model's item
// at the same place (or, when the lists differ, of the same id or name) for
// the ids the document lacks.
func (b *builder) children(t *Tree, parent *node, v any, model []*collections.Item) {
	arr, isArr := v.([]any)
	if m, ok := v.(map[string]any); ok {
		arr = []any{m} // PropertyList takes a single object as its one member
	} else if !isArr && truthy(v) {
		arr = []any{v} // and any other truthy value too
	}
	var defs []map[string]any
	for _, e := range arr {
		if def, ok := asMap(e); ok {
			defs = append(defs, def)
		} else if truthy(e) {
			// a member that is not an object is an item without a request
			defs = append(defs, map[string]any{})
		}
	}
	used := make([]bool, len(model))
	pair := func(i int, def map[string]any) *collections.Item {
		if len(model) == len(defs) {
			return model[i]
		}
		for j, m := range model {
			if !used[j] && (truthy(def["id"]) && m.ID == jsString(def["id"]) || !truthy(def["id"]) && m.Name == jsString(get(def, "name"))) {
				used[j] = true
				return m
			}
		}
		return nil
	}
	for i, def := range defs {
		m := pair(i, def)
		id := ""
		if m != nil {
			id = m.ID
		}
		n := b.itemOrGroup(def, id)
		n.parent = parent
		if nm, ok := def["name"]; ok && nm != nil {
			n.name = jsString(nm)
		}
		if n.folder {
			var sub []*collections.Item
			if m != nil {
				sub = m.Items
			}
			b.children(t, n, def["item"], sub)
		}
		parent.children = append(parent.children, n)
		if n.id != "" {
			if _, dup := t.items[n.id]; !dup {
				t.items[n.id] = n
			}
		}
	}
}

// finish writes the document once, every node's JSON a slice of it (no
// copies: a large collection costs its document's size once), and keeps
// what ScriptID needs.
func (t *Tree) finish(root *node) {
	var all []*node
	var prepare func(n *node)
	prepare = func(n *node) {
		all = append(all, n)
		if n.folder {
			kids := make([]any, len(n.children))
			for i, ch := range n.children {
				prepare(ch)
				kids[i] = ch
			}
			n.obj.set("item", kids)
		}
		evs, _ := n.obj.get("event")
		list, _ := evs.([]any)
		for _, e := range list {
			eo, _ := e.(object)
			l, _ := eo.get("listen")
			d, _ := eo.get("disabled")
			sc, _ := eo.get("script")
			so, _ := sc.(object)
			id, _ := so.get("id")
			ls, _ := l.(string)
			ids, _ := id.(string)
			n.scripts = append(n.scripts, scriptRef{listen: ls, id: ids, disabled: d == true})
		}
	}
	prepare(root)
	root.obj = collectionJSON(root.obj)
	var buf bytes.Buffer
	buf.Grow(len(all) * 512)
	encode(&buf, root)
	doc := buf.Bytes()
	if cap(doc)-len(doc) > 4096 {
		doc = append([]byte(nil), doc...)
	}
	for _, n := range all {
		n.json = doc[n.start:n.end:n.end]
		n.obj, n.children = nil, nil // the JSON is all that is needed from here on
	}
}

// collectionJSON is Collection#toJSON: id, name, version and description go
// into info.
func collectionJSON(o object) object {
	out := make(object, 0, len(o)+1)
	info := object{}
	get := func(k string) any {
		v, ok := o.get(k)
		if !ok {
			return undefined
		}
		return v
	}
	info = append(info, field{"_postman_id", get("id")}, field{"name", get("name")}, field{"version", get("version")},
		field{"schema", schemaV21})
	if d, ok := o.get("description"); ok {
		info = append(info, field{"description", d})
	}
	for _, f := range o {
		switch f.k {
		case "id", "name", "version", "description":
			continue
		}
		out = append(out, f)
	}
	return append(out, field{"info", info})
}

// version is a Version: a semver string parsed, or an object as given.
func version(v any) any {
	s, ok := v.(string)
	if !ok {
		return v
	}
	core, build, _ := strings.Cut(s, "+")
	core, pre, _ := strings.Cut(core, "-")
	parts := strings.Split(strings.TrimPrefix(strings.TrimSpace(core), "v"), ".")
	if len(parts) != 3 {
		return object{{"raw", undefined}, {"major", undefined}, {"minor", undefined}, {"patch", undefined},
			{"prerelease", undefined}, {"build", undefined}, {"string", undefined}}
	}
	nums := make([]any, 3)
	for i, p := range parts {
		n := jsNumber(p)
		nums[i] = number(n)
	}
	// the SDK joins semver's prerelease and build parts with commas
	var preV, buildV any = []any{}, []any{}
	str := strings.Join(parts, ".")
	if pre != "" {
		preV = strings.ReplaceAll(pre, ".", ",")
		str += "-" + pre
	}
	if build != "" {
		buildV = strings.ReplaceAll(build, ".", ",")
	}
	return object{{"raw", s}, {"major", nums[0]}, {"minor", nums[1]}, {"patch", nums[2]},
		{"prerelease", preV}, {"build", buildV}, {"string", str}}
}

// Document is the collection as the report's "collection".
func (t *Tree) Document() json.RawMessage { return t.doc }

// Item is the item with this id (executions[].item, failures[].source).
func (t *Tree) Item(id string) (json.RawMessage, bool) {
	n, ok := t.items[id]
	if !ok {
		return nil, false
	}
	return n.json, true
}

// Parent is the folder holding the item, or the collection (failures[].parent).
func (t *Tree) Parent(id string) (json.RawMessage, bool) {
	n, ok := t.items[id]
	if !ok || n.parent == nil {
		return nil, false
	}
	return n.parent.json, true
}

// ScriptID is the id of the script that ran for an item's event ("prerequest"
// or "test") at location ("collection", "folder NAME" or "request NAME", as
// the runner reports it), or "" when it cannot be told.
func (t *Tree) ScriptID(itemID, location, event string) string {
	n, ok := t.items[itemID]
	if !ok {
		return ""
	}
	switch {
	case location == "collection":
		n = t.root
	case strings.HasPrefix(location, "folder "):
		name := strings.TrimPrefix(location, "folder ")
		for n = n.parent; n != nil && (n == t.root || n.name != name); n = n.parent {
		}
		if n == nil {
			return ""
		}
	}
	for _, sr := range n.scripts {
		if sr.listen == event && !sr.disabled {
			return sr.id
		}
	}
	return ""
}
