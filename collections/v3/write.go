package v3

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/courier-run/courier/collections"
)

// File is one file of a v3 tree: its path (slash-separated, relative to
// the tree's root) and content.
type File struct {
	Path string
	Data []byte
}

// Note is something of the v2.1 input that v3 cannot hold: where it is in
// the v2.1 document, in which file of the tree it is kept (under
// x-courier), and what it is.
type Note struct {
	File string // the v3 file that keeps it
	Path string // JSON pointer into the v2.1 entity of that file ("" for the entity's child list)
	What string
}

func (n Note) String() string {
	if n.Path == "" {
		return n.File + ": " + n.What
	}
	return n.File + ": " + n.Path + ": " + n.What
}

// Tree is a collection as a v3 tree.
type Tree struct {
	Files []File
	// Notes list what v3 cannot hold (kept for courier under x-courier).
	Notes []Note
}

// WriteOptions tune FromV2.
type WriteOptions struct {
	// Name is the tree's directory name: the collection's name when its
	// definition has none.
	Name string
	// Pure leaves x-courier out: what v3 cannot hold is only listed.
	Pure bool
}

// FromV2 converts a v2.1 collection document (as collections.Collection.Raw
// holds it) into a v3 tree.
func FromV2(doc []byte, opts WriteOptions) (*Tree, error) {
	v, err := parseJSON(doc)
	if err != nil {
		return nil, err
	}
	root, ok := v.(*object)
	if !ok {
		return nil, fmt.Errorf("not a collection: the top-level value is not an object")
	}
	if opts.Name == "" {
		opts.Name = "collection"
	}
	w := &writer{opts: opts}
	if err := w.folder(root, "", true, opts.Name, 0); err != nil {
		return nil, err
	}
	sort.SliceStable(w.tree.Files, func(i, j int) bool { return w.tree.Files[i].Path < w.tree.Files[j].Path })
	return &w.tree, nil
}

type writer struct {
	opts WriteOptions
	tree Tree
}

func defPath(dir string) string { return path.Join(dir, ".resources", "definition.yaml") }

// folder writes a collection (root) or folder and everything under it.
func (w *writer) folder(def *object, dir string, root bool, name string, order int) error {
	items, present := def.get("item")
	objs, sh := childShape(items, present)
	entity := clone(def).(*object)
	entity.del("item")
	content := fwdDefinition(entity, root, name, order)
	file := defPath(dir)
	err := w.write(file, content, entity, sh, func(r *reader, n *ynode) (*object, error) {
		return r.definition(n, root, name)
	})
	if err != nil {
		return err
	}
	dirs, stems := namer{".resources": true}, namer{}
	for i, it := range objs {
		o := 1000 * (i + 1)
		n, _ := it.str("name")
		if sub, ok := it.get("item"); ok && collections.Truthy(sub) {
			d := dirs.take(dirName(n))
			if err := w.folder(it, path.Join(dir, d), false, d, o); err != nil {
				return err
			}
			continue
		}
		stem := stems.take(sanitize(n, "http-request"))
		if err := w.request(it, dir, stem, o); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) request(item *object, dir, stem string, order int) error {
	resps, present := item.get("response")
	objs, sh := childShape(resps, present)
	entity := clone(item).(*object)
	entity.del("response")
	exDir := ""
	if len(objs) > 0 {
		exDir = "./" + path.Join(".resources", stem+".resources", "examples")
	}
	content := fwdRequest(entity, stem, order, exDir)
	file := path.Join(dir, stem+".request.yaml")
	err := w.write(file, content, entity, sh, func(r *reader, n *ynode) (*object, error) {
		return r.request(n, stem)
	})
	if err != nil {
		return err
	}
	names := namer{}
	for i, ex := range objs {
		n, _ := ex.str("name")
		exStem := names.take(sanitize(n, "example"))
		exFile := path.Join(dir, ".resources", stem+".resources", "examples", exStem+".example.yaml")
		content := fwdExample(ex, exStem, 1000*(i+1))
		err := w.write(exFile, content, ex, shape{}, func(r *reader, n *ynode) (*object, error) {
			return r.example(n, exStem)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// write adds a file: its v3 content, and under x-courier what reading the
// content back does not give of the entity.
func (w *writer) write(file string, content, entity *object, sh shape, inverse func(*reader, *ynode) (*object, error)) error {
	data := emitYAML(content)
	n, err := parseYAML(file, data)
	if err != nil {
		return fmt.Errorf("%s: courier wrote YAML it cannot read back (a bug): %v", file, err)
	}
	r := &reader{file: file}
	inv, err := inverse(r, n)
	if err != nil {
		return fmt.Errorf("%s: courier wrote a file it cannot read back (a bug): %v", file, err)
	}
	var ops []op
	diff(inv, entity, "", &ops)
	for _, o := range ops {
		w.tree.Notes = append(w.tree.Notes, Note{File: file, Path: o.Path, What: describeOp(o)})
	}
	if !sh.zero() {
		w.tree.Notes = append(w.tree.Notes, Note{File: file, What: describeShape(sh)})
	}
	if (len(ops) > 0 || !sh.zero()) && !w.opts.Pure {
		res := residue{Fingerprint: fingerprint(n), Patch: ops, Children: sh}
		content.set(residueKey, res.encode())
		data = emitYAML(content)
	}
	w.tree.Files = append(w.tree.Files, File{Path: file, Data: data})
	return nil
}

func describeOp(o op) string {
	v := o.JSON
	if len(v) > 80 {
		v = v[:77] + "..."
	}
	switch o.Op {
	case "add":
		return v
	case "remove":
		return "(absent; v3 would add it)"
	}
	return v + " (v3 writes it another way)"
}

func describeShape(s shape) string {
	var parts []string
	if s.Absent {
		parts = append(parts, "no list of items or saved responses")
	}
	if s.Single {
		parts = append(parts, "one object given where a list is expected")
	}
	if s.Value != "" {
		parts = append(parts, "a list given as "+s.Value)
	}
	for _, e := range s.Inline {
		parts = append(parts, fmt.Sprintf("entry %d is %s, not an object", e.At, e.JSON))
	}
	return strings.Join(parts, "; ")
}

// FromCollection converts a decoded collection (its Raw document).
func FromCollection(c *collections.Collection, opts WriteOptions) (*Tree, error) {
	return FromV2(c.Raw, opts)
}
