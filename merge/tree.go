package merge

import (
	"encoding/json"
	"strconv"
)

// tree is what the merge needs of one report's collection: for each item
// id, the top-level item it sits under (the unit a shard runs), its folder
// path and name; for each script id, the location the runner gives it
// ("collection", "folder NAME", "request NAME"). Ids are the report's own:
// items without an id get new ones in every run, so each report is read
// with its own tree.
type tree struct {
	items   map[string]treeItem
	scripts map[string]scriptLoc
	name    string // the collection's name
	id      string // its _postman_id
	info    json.RawMessage
	// nodes are the ids and names of every folder and request in the
	// collection's order (for adopt)
	nodes []treeNode
}

type treeNode struct{ id, name string }

type scriptLoc struct{ location, event string }

type treeItem struct {
	id   string
	top  int
	path []string
	name string
}

type jsonNode struct {
	ID    string          `json:"id"`
	Name  json.RawMessage `json:"name"`
	Item  []jsonNode      `json:"item"`
	Event []struct {
		Listen string `json:"listen"`
		Script struct {
			ID string `json:"id"`
		} `json:"script"`
	} `json:"event"`
}

func (n *jsonNode) name() string {
	var s string
	if json.Unmarshal(n.Name, &s) != nil {
		return ""
	}
	return s
}

// buildTree reads a report's collection member. It is lenient about what
// it does not need: a malformed collection is a report problem only where
// it stops the merge (see reader.header).
func buildTree(raw json.RawMessage) (*tree, error) {
	var doc struct {
		Info json.RawMessage `json:"info"`
		jsonNode
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, err
	}
	t := &tree{items: map[string]treeItem{}, scripts: map[string]scriptLoc{}, info: doc.Info}
	var info struct {
		ID   string          `json:"_postman_id"`
		Name json.RawMessage `json:"name"`
	}
	if json.Unmarshal(doc.Info, &info) == nil {
		t.id = info.ID
		_ = json.Unmarshal(info.Name, &t.name)
	}
	for _, e := range doc.Event {
		if e.Script.ID != "" {
			t.scripts[e.Script.ID] = scriptLoc{"collection", e.Listen}
		}
	}
	for i := range doc.Item {
		t.walk(&doc.Item[i], i, nil)
	}
	return t, nil
}

func (t *tree) walk(n *jsonNode, top int, path []string) {
	name := n.name()
	t.nodes = append(t.nodes, treeNode{n.ID, name})
	folder := n.Item != nil
	loc := "request " + name
	if folder {
		loc = "folder " + name
	}
	for _, e := range n.Event {
		if e.Script.ID != "" {
			t.scripts[e.Script.ID] = scriptLoc{loc, e.Listen}
		}
	}
	if n.ID != "" {
		if _, dup := t.items[n.ID]; !dup {
			t.items[n.ID] = treeItem{id: n.ID, top: top, path: path, name: name}
		}
	}
	if !folder {
		return
	}
	sub := append(append([]string(nil), path...), name)
	for i := range n.Item {
		t.walk(&n.Item[i], top, sub)
	}
}

// adopt gives the items of t the ids of the same items in first: a
// collection file without ids gets new ones in every run, so each shard's
// report has its own, and the merged summary (junit suites, html charts)
// must see one item, not one per shard. The trees must have the same
// folders and requests, with the same names, in the same order (else ids
// stay as they are).
func (t *tree) adopt(first *tree) {
	if len(t.nodes) != len(first.nodes) {
		return
	}
	for i, n := range t.nodes {
		if n.name != first.nodes[i].name {
			return
		}
	}
	for i, n := range t.nodes {
		if ti, ok := t.items[n.id]; ok && n.id != "" && first.nodes[i].id != "" {
			ti.id = first.nodes[i].id
			t.items[n.id] = ti
		}
	}
}

// label is how messages name the collection.
func (t *tree) label() string {
	switch {
	case t.name != "" && t.id != "":
		return strconv.Quote(t.name) + " (" + t.id + ")"
	case t.name != "":
		return strconv.Quote(t.name)
	case t.id != "":
		return t.id
	}
	return "a collection without a name or id"
}
