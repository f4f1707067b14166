package v3

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/courier-run/courier/collections"
)

// Reading a tree: each directory's .resources/definition.yaml (optional),
// its subdirectories (folders) and *.request.yaml files, each request's
// examples; siblings in order of their "order" (0 when missing), then of
// their names (as JavaScript sorts strings), then of their file names.
// Files are read through an fs.FS: the caller opens the directory.

// Limits of a tree.
const (
	MaxTreeBytes = 512 << 20 // all files read
	maxDirDepth  = 100
)

// Loaded is a tree read as the v2.1 document it stands for.
type Loaded struct {
	Doc      []byte   // the v2.1 collection document
	Warnings []string // "FILE:LINE:COL: ..." lines: ignored fields, skipped requests, kept data no longer applied
}

// IsTree says whether dir of fsys is a v3 tree: it has a
// .resources/definition.yaml (or .yml).
func IsTree(fsys fs.FS, dir string) bool {
	for _, n := range []string{"definition.yaml", "definition.yml"} {
		if fi, err := fs.Stat(fsys, path.Join(dir, ".resources", n)); err == nil && fi.Mode().IsRegular() {
			return true
		}
	}
	return false
}

// Load reads the tree at dir of fsys. display is how dir is named in
// messages (an OS path); files are named display/relative/path.
func Load(fsys fs.FS, dir, display string) (*Loaded, error) {
	l := &loader{fsys: fsys, root: path.Clean(dir), display: display}
	name := path.Base(display)
	if name == "." || name == "/" || name == "" {
		name = "collection"
	}
	obj, _, err := l.folder(l.root, true, name, 0)
	if err != nil {
		return nil, err
	}
	return &Loaded{Doc: marshalJSON(obj, "\t"), Warnings: l.warns}, nil
}

// Decode reads the tree at dir of fsys as a collection.
func Decode(fsys fs.FS, dir, display string) (*collections.Collection, []string, error) {
	ld, err := Load(fsys, dir, display)
	if err != nil {
		return nil, nil, err
	}
	c, err := collections.Decode(display, ld.Doc)
	if err != nil {
		return nil, ld.Warnings, err
	}
	c.FromV3 = true
	return c, ld.Warnings, nil
}

type loader struct {
	fsys    fs.FS
	root    string
	display string
	warns   []string
	read    int64
}

func (l *loader) show(p string) string {
	rel := strings.TrimPrefix(strings.TrimPrefix(p, l.root), "/")
	if l.root == "." {
		rel = p
	}
	if rel == "" || rel == "." {
		return l.display
	}
	return strings.TrimSuffix(l.display, "/") + "/" + rel
}

func (l *loader) errf(p string, format string, args ...any) error {
	return &collections.Error{File: l.show(p), Msg: fmt.Sprintf(format, args...)}
}

func (l *loader) readFile(p string) (*ynode, error) {
	data, err := fs.ReadFile(l.fsys, p)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, l.errf(p, "cannot read: %v", err)
	}
	l.read += int64(len(data))
	if l.read > MaxTreeBytes {
		return nil, l.errf(p, "the tree's files add up to more than %d MiB", MaxTreeBytes>>20)
	}
	return parseYAML(l.show(p), data)
}

// child is a folder or request found in a directory, with its sort keys.
type child struct {
	order float64
	name  string
	file  string
	value *object
}

func sortChildren(cs []child) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.order != b.order {
			return a.order < b.order
		}
		if c := compareUTF16(a.name, b.name); c != 0 {
			return c < 0
		}
		return a.file < b.file
	})
}

// residueFor reads a file's x-courier, warning (and ignoring it) when the
// file changed since courier wrote it.
func (l *loader) residueFor(r *reader, n *ynode, p string) (*residue, error) {
	res, err := r.readResidue(n)
	if err != nil || res == nil {
		return nil, err
	}
	if res.Fingerprint != fingerprint(n) {
		l.warns = append(l.warns, fmt.Sprintf("%s: changed since courier wrote it: what it kept under %s (v2.1 that v3 cannot hold) is not applied", l.show(p), residueKey))
		return nil, nil
	}
	return res, nil
}

func (l *loader) patched(r *reader, n *ynode, p string, v *object) (*object, shape, error) {
	res, err := l.residueFor(r, n, p)
	if err != nil || res == nil {
		return v, shape{}, err
	}
	out, err := apply(v, res.Patch)
	if err != nil {
		return nil, shape{}, r.errf(n.get(residueKey), "%s: %v", residueKey, err)
	}
	o, ok := out.(*object)
	if !ok {
		return nil, shape{}, r.errf(n.get(residueKey), "%s: the patch does not give an object", residueKey)
	}
	return o, res.Children, nil
}

// folder reads a directory: the collection (root) or a folder.
func (l *loader) folder(dir string, root bool, name string, depth int) (*object, float64, error) {
	if depth > maxDirDepth {
		return nil, 0, l.errf(dir, "folders nested more than %d deep", maxDirDepth)
	}
	defFile := ""
	for _, n := range []string{"definition.yaml", "definition.yml"} {
		p := path.Join(dir, ".resources", n)
		if fi, err := fs.Stat(l.fsys, p); err == nil && !fi.IsDir() {
			if defFile != "" {
				return nil, 0, &collections.Error{File: l.show(p), Line: 1, Col: 1, Msg: "both .resources/definition.yaml and .resources/definition.yml: keep one"}
			}
			defFile = p
		}
	}
	var def *object
	var sh shape
	ord := 0.0
	if defFile != "" {
		n, err := l.readFile(defFile)
		if err != nil {
			return nil, 0, err
		}
		r := &reader{file: l.show(defFile), warns: &l.warns}
		if def, err = r.definition(n, root, name); err != nil {
			return nil, 0, err
		}
		if def, sh, err = l.patched(r, n, defFile, def); err != nil {
			return nil, 0, err
		}
		ord = order(n)
	} else {
		def = newObject()
		if root {
			def.set("info", newObject().set("name", name).set("schema", collections.SchemaV210))
		} else {
			def.set("name", name)
		}
	}

	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		return nil, 0, l.errf(dir, "cannot read the folder: %v", unwrapPath(err))
	}
	var cs []child
	for _, e := range entries {
		n := e.Name()
		p := path.Join(dir, n)
		switch {
		case e.IsDir():
			if strings.HasPrefix(n, ".") || strings.HasSuffix(n, ".resources") {
				continue
			}
			obj, o, err := l.folder(p, false, n, depth+1)
			if err != nil {
				return nil, 0, err
			}
			dn, _ := obj.str("name")
			cs = append(cs, child{order: o, name: dn, file: n, value: obj})
		case isRequestFile(n):
			if e.Type()&fs.ModeSymlink == 0 && !e.Type().IsRegular() {
				continue
			}
			obj, o, err := l.request(dir, n)
			if err != nil {
				return nil, 0, err
			}
			if obj == nil {
				continue
			}
			rn, _ := obj.str("name")
			cs = append(cs, child{order: o, name: rn, file: n, value: obj})
		}
	}
	sortChildren(cs)
	list := make([]any, len(cs))
	for i, c := range cs {
		list[i] = c.value
	}
	items, present, err := sh.children(list)
	if err != nil {
		return nil, 0, l.errf(defFile, "%s: %v", residueKey, err)
	}
	if !present {
		return def, ord, nil
	}
	// "item" after "info" (the collection) or after the folder's name and
	// description, where the Postman app writes it
	out := newObject()
	placed := false
	for _, k := range def.keys {
		out.set(k, def.vals[k])
		if !placed && (k == "info" || (!root && k == lastBefore(def))) {
			out.set("item", items)
			placed = true
		}
	}
	if !placed {
		out.set("item", items)
	}
	return out, ord, nil
}

// lastBefore is the key of a folder after which "item" goes.
func lastBefore(def *object) string {
	last := ""
	for _, k := range def.keys {
		switch k {
		case "id", "name", "description":
			last = k
		}
	}
	return last
}

func isRequestFile(n string) bool {
	return strings.HasSuffix(n, ".request.yaml") || strings.HasSuffix(n, ".request.yml")
}

func requestStem(n string) string {
	n = strings.TrimSuffix(n, ".yaml")
	n = strings.TrimSuffix(n, ".yml")
	return strings.TrimSuffix(n, ".request")
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// request reads a request file and its examples; nil for a request kind
// courier does not run (skipped with a warning).
func (l *loader) request(dir, file string) (*object, float64, error) {
	p := path.Join(dir, file)
	n, err := l.readFile(p)
	if err != nil {
		return nil, 0, err
	}
	r := &reader{file: l.show(p), warns: &l.warns}
	if n.kind == yMap {
		if k := n.get("$kind"); k != nil && k.kind == yScalar && k.tag == tagStr && k.text != kindHTTP && k.text != kindGraphQL && strings.HasSuffix(k.text, "-request") {
			l.warns = append(l.warns, fmt.Sprintf("%s:%d:%d: a %s: courier runs HTTP and GraphQL requests; skipped", l.show(p), k.line, k.col, k.text))
			return nil, 0, nil
		}
	}
	stem := requestStem(file)
	item, err := r.request(n, stem)
	if err != nil {
		return nil, 0, err
	}
	item, sh, err := l.patched(r, n, p, item)
	if err != nil {
		return nil, 0, err
	}
	// examples
	exDir := ""
	if en := n.get("examples"); en != nil {
		s, err := r.str(en, "examples")
		if err != nil {
			return nil, 0, err
		}
		exDir = path.Clean(path.Join(dir, s))
		if !fs.ValidPath(exDir) || !within(l.root, exDir) {
			return nil, 0, r.errf(en, "examples: %q leads outside the collection", s)
		}
	} else {
		for _, d := range []string{path.Join(dir, ".resources", stem+".resources", "examples"), path.Join(dir, stem+".resources", "examples")} {
			if fi, err := fs.Stat(l.fsys, d); err == nil && fi.IsDir() {
				exDir = d
				break
			}
		}
	}
	var list []any
	if exDir != "" {
		entries, err := fs.ReadDir(l.fsys, exDir)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, 0, l.errf(exDir, "cannot read the examples: %v", unwrapPath(err))
		}
		var cs []child
		for _, e := range entries {
			en := e.Name()
			if e.IsDir() || !(strings.HasSuffix(en, ".example.yaml") || strings.HasSuffix(en, ".example.yml")) {
				continue
			}
			ep := path.Join(exDir, en)
			xn, err := l.readFile(ep)
			if err != nil {
				return nil, 0, err
			}
			xr := &reader{file: l.show(ep), warns: &l.warns}
			exStem := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(en, ".yaml"), ".yml"), ".example")
			ex, err := xr.example(xn, exStem)
			if err != nil {
				return nil, 0, err
			}
			if ex, _, err = l.patched(xr, xn, ep, ex); err != nil {
				return nil, 0, err
			}
			name, _ := ex.str("name")
			cs = append(cs, child{order: order(xn), name: name, file: en, value: ex})
		}
		sortChildren(cs)
		for _, c := range cs {
			list = append(list, c.value)
		}
	}
	resp, present, err := sh.children(list)
	if err != nil {
		return nil, 0, l.errf(p, "%s: %v", residueKey, err)
	}
	if present {
		item.set("response", resp)
	}
	return item, order(n), nil
}

func within(root, p string) bool {
	if root == "." {
		return p != ".." && !strings.HasPrefix(p, "../")
	}
	return p == root || strings.HasPrefix(p, root+"/")
}
