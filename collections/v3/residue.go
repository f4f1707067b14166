package v3

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// What v3 cannot hold is kept in the file it belongs to, under the key
// x-courier (Postman's tools ignore keys they do not know at a file's top
// level): the JSON-pointer operations that turn the file's v2.1 reading
// into the v2.1 entity it was written from, and a fingerprint of the file's
// v3 content. courier applies them only while the file's content is as
// written: once a person or the Postman app edits the file, the kept data
// may no longer fit, and courier warns and reads the file as it is.
//
//	x-courier:
//	  fingerprint: 0f3a…          # of the file less x-courier
//	  patch:                      # v2.1 that v3 cannot hold
//	    - {op: add, path: /request/proxy, json: '{"host":"p","port":8080}'}
//	  children:                   # the shape of the entity's item or response list
//	    absent: true              # none at all (v2.1 without "response")
//	    single: true              # one object, not a list
//	    value: '"x"'              # neither a list nor an object
//	    inline: [{at: 2, json: 'null'}]   # entries that are not objects

const residueKey = "x-courier"

type op struct {
	Op   string // add, replace, remove
	Path string // JSON pointer into the v2.1 entity
	JSON string // the value, as JSON (add, replace)
}

type inlineEntry struct {
	At   int
	JSON string
}

// shape is how an entity's child list (a folder's "item", a request's
// "response") was written in v2.1, when not as a plain list of objects.
type shape struct {
	Absent bool
	Single bool
	Value  string // JSON of a value that is neither a list nor an object
	Inline []inlineEntry
}

func (s shape) zero() bool { return !s.Absent && !s.Single && s.Value == "" && len(s.Inline) == 0 }

type residue struct {
	Fingerprint string
	Patch       []op
	Children    shape
}

// fingerprint hashes a file's v3 content, less x-courier, so that courier
// can tell whether the file was edited since it was written.
func fingerprint(n *ynode) string {
	h := sha256.New()
	var walk func(n *ynode, top bool)
	walk = func(n *ynode, top bool) {
		switch n.kind {
		case yMap:
			idx := make([]int, 0, len(n.keys))
			for i, k := range n.keys {
				if top && k == residueKey {
					continue
				}
				idx = append(idx, i)
			}
			sort.Slice(idx, func(a, b int) bool { return n.keys[idx[a]] < n.keys[idx[b]] })
			h.Write([]byte("{"))
			for _, i := range idx {
				fmt.Fprintf(h, "%d:%s", len(n.keys[i]), n.keys[i])
				walk(n.vals[i], false)
			}
			h.Write([]byte("}"))
		case ySeq:
			h.Write([]byte("["))
			for _, x := range n.items {
				walk(x, false)
			}
			h.Write([]byte("]"))
		default:
			v := toJSON(n)
			b := marshalJSON(v, "")
			fmt.Fprintf(h, "%d:%s", len(b), b)
		}
	}
	walk(n, true)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// diff lists the operations that turn a into b.
func diff(a, b any, path string, out *[]op) {
	ao, aok := a.(*object)
	bo, bok := b.(*object)
	if aok && bok {
		for _, k := range ao.keys {
			if _, ok := bo.vals[k]; !ok {
				*out = append(*out, op{Op: "remove", Path: path + "/" + escapePointer(k)})
			}
		}
		for _, k := range bo.keys {
			p := path + "/" + escapePointer(k)
			av, ok := ao.vals[k]
			if !ok {
				*out = append(*out, op{Op: "add", Path: p, JSON: string(marshalJSON(bo.vals[k], ""))})
				continue
			}
			diff(av, bo.vals[k], p, out)
		}
		return
	}
	al, alok := a.([]any)
	bl, blok := b.([]any)
	if alok && blok && len(al) == len(bl) {
		for i := range al {
			diff(al[i], bl[i], path+"/"+strconv.Itoa(i), out)
		}
		return
	}
	if !equalJSON(a, b) {
		*out = append(*out, op{Op: "replace", Path: path, JSON: string(marshalJSON(b, ""))})
	}
}

func escapePointer(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}

func unescapePointer(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~1", "/"), "~0", "~")
}

// apply runs the operations on doc (which they change) and returns it.
func apply(doc any, ops []op) (any, error) {
	for _, o := range ops {
		var val any
		if o.Op != "remove" {
			v, err := parseJSON([]byte(o.JSON))
			if err != nil {
				return nil, fmt.Errorf("patch %s %s: %v", o.Op, o.Path, err)
			}
			val = v
		}
		if o.Path == "" {
			if o.Op == "remove" {
				return nil, fmt.Errorf("patch remove of the whole entity")
			}
			doc = val
			continue
		}
		if !strings.HasPrefix(o.Path, "/") {
			return nil, fmt.Errorf("patch path %q does not start with /", o.Path)
		}
		parts := strings.Split(o.Path[1:], "/")
		parent := doc
		for _, p := range parts[:len(parts)-1] {
			next, err := step(parent, unescapePointer(p))
			if err != nil {
				return nil, fmt.Errorf("patch %s %s: %v", o.Op, o.Path, err)
			}
			parent = next
		}
		last := unescapePointer(parts[len(parts)-1])
		switch t := parent.(type) {
		case *object:
			switch o.Op {
			case "remove":
				if _, ok := t.vals[last]; !ok {
					return nil, fmt.Errorf("patch remove %s: no such member", o.Path)
				}
				t.del(last)
			case "add", "replace":
				t.set(last, val)
			default:
				return nil, fmt.Errorf("patch op %q is not add, replace or remove", o.Op)
			}
		case []any:
			i, err := strconv.Atoi(last)
			if err != nil || i < 0 || i >= len(t) || o.Op != "replace" {
				return nil, fmt.Errorf("patch %s %s: not an element that can be replaced", o.Op, o.Path)
			}
			t[i] = val
		default:
			return nil, fmt.Errorf("patch %s %s: the parent is not an object or a list", o.Op, o.Path)
		}
	}
	return doc, nil
}

func step(v any, k string) (any, error) {
	switch t := v.(type) {
	case *object:
		x, ok := t.vals[k]
		if !ok {
			return nil, fmt.Errorf("no member %q", k)
		}
		return x, nil
	case []any:
		i, err := strconv.Atoi(k)
		if err != nil || i < 0 || i >= len(t) {
			return nil, fmt.Errorf("no element %q", k)
		}
		return t[i], nil
	}
	return nil, fmt.Errorf("%q is inside a value that is not an object or a list", k)
}

// encode is the x-courier value of a residue.
func (r residue) encode() *object {
	out := newObject().set("fingerprint", r.Fingerprint)
	if len(r.Patch) > 0 {
		var list []any
		for _, o := range r.Patch {
			e := newObject().set("op", o.Op).set("path", o.Path)
			if o.Op != "remove" {
				e.set("json", o.JSON)
			}
			list = append(list, e)
		}
		out.set("patch", list)
	}
	if !r.Children.zero() {
		c := newObject()
		if r.Children.Absent {
			c.set("absent", true)
		}
		if r.Children.Single {
			c.set("single", true)
		}
		if r.Children.Value != "" {
			c.set("value", r.Children.Value)
		}
		if len(r.Children.Inline) > 0 {
			var list []any
			for _, e := range r.Children.Inline {
				list = append(list, newObject().set("at", e.At).set("json", e.JSON))
			}
			out.set("children", c.set("inline", list))
		} else {
			out.set("children", c)
		}
	}
	return out
}

// readResidue reads a file's x-courier (nil when it has none).
func (r *reader) readResidue(n *ynode) (*residue, error) {
	x := n.get(residueKey)
	if x == nil {
		return nil, nil
	}
	bad := func(at *ynode, what string) error {
		return r.errf(at, "%s: %s (courier writes this key; remove it to read the file as Postman does)", residueKey, what)
	}
	if x.kind != yMap {
		return nil, bad(x, "expected a mapping")
	}
	res := &residue{}
	fp := x.get("fingerprint")
	if fp == nil || fp.kind != yScalar || fp.tag != tagStr {
		return nil, bad(x, "no fingerprint")
	}
	res.Fingerprint = fp.text
	if p := x.get("patch"); p != nil {
		if p.kind != ySeq {
			return nil, bad(p, "patch is not a list")
		}
		for _, e := range p.items {
			var o op
			on, pn, jn := e.get("op"), e.get("path"), e.get("json")
			if on == nil || pn == nil || on.kind != yScalar || pn.kind != yScalar {
				return nil, bad(e, "a patch entry needs op and path")
			}
			o.Op, o.Path = on.text, pn.text
			switch o.Op {
			case "add", "replace":
				if jn == nil || jn.kind != yScalar || jn.tag != tagStr {
					return nil, bad(e, "an add or replace needs json")
				}
				o.JSON = jn.text
			case "remove":
			default:
				return nil, bad(on, fmt.Sprintf("op %q is not add, replace or remove", o.Op))
			}
			res.Patch = append(res.Patch, o)
		}
	}
	if c := x.get("children"); c != nil {
		if c.kind != yMap {
			return nil, bad(c, "children is not a mapping")
		}
		if a := c.get("absent"); a != nil {
			res.Children.Absent = a.tag == tagBool && strings.EqualFold(a.text, "true")
		}
		if s := c.get("single"); s != nil {
			res.Children.Single = s.tag == tagBool && strings.EqualFold(s.text, "true")
		}
		if v := c.get("value"); v != nil {
			if v.kind != yScalar || v.tag != tagStr {
				return nil, bad(v, "children.value is not JSON text")
			}
			res.Children.Value = v.text
		}
		if l := c.get("inline"); l != nil {
			if l.kind != ySeq {
				return nil, bad(l, "children.inline is not a list")
			}
			for _, e := range l.items {
				at, js := e.get("at"), e.get("json")
				if at == nil || js == nil || at.tag != tagInt || js.tag != tagStr {
					return nil, bad(e, "an inline child needs at and json")
				}
				i, err := strconv.Atoi(string(scalarNumber(at)))
				if err != nil || i < 0 {
					return nil, bad(at, "inline child position")
				}
				res.Children.Inline = append(res.Children.Inline, inlineEntry{At: i, JSON: js.text})
			}
		}
	}
	return res, nil
}

// children shapes a list of entities (files) back into the v2.1 value the
// shape describes.
func (s shape) children(list []any) (any, bool, error) {
	if s.Absent {
		return nil, false, nil
	}
	if s.Value != "" {
		v, err := parseJSON([]byte(s.Value))
		return v, true, err
	}
	for _, e := range s.Inline {
		v, err := parseJSON([]byte(e.JSON))
		if err != nil {
			return nil, false, err
		}
		at := min(e.At, len(list))
		list = append(list[:at], append([]any{v}, list[at:]...)...)
	}
	if s.Single && len(list) == 1 {
		return list[0], true, nil
	}
	if list == nil {
		list = []any{}
	}
	return list, true, nil
}

// childShape splits a v2.1 child list (items, responses) into the objects
// that become files and the shape of the rest.
func childShape(v any, present bool) ([]*object, shape) {
	var s shape
	if !present {
		s.Absent = true
		return nil, s
	}
	switch t := v.(type) {
	case []any:
		var objs []*object
		for i, e := range t {
			if o, ok := e.(*object); ok {
				objs = append(objs, o)
				continue
			}
			s.Inline = append(s.Inline, inlineEntry{At: i, JSON: string(marshalJSON(e, ""))})
		}
		return objs, s
	case *object:
		s.Single = true
		return []*object{t}, s
	}
	s.Value = string(marshalJSON(v, ""))
	return nil, s
}
