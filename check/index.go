package check

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/courier-run/courier/collections"
)

// located is an input file read with positions.
type located struct {
	file  string
	text  []byte
	root  *jnode // the document's value courier reads (a collection inside {"collection": …})
	base  string // root's JSON path
	lines *lineIndex
	rank  int // the file's place in the output: collection, environment, globals, data
}

// readLocated reads a file's text with positions; nil when there is none
// or it does not read (findings then have no line and column).
func readLocated(file string, data []byte, rank int) *located {
	l := &located{file: file, rank: rank}
	if len(data) == 0 {
		return l
	}
	text, err := collections.Text(file, data)
	if err != nil {
		return l
	}
	root, err := parseLocated(text)
	if err != nil {
		return l
	}
	l.text, l.root, l.lines = text, root, newLineIndex(text)
	return l
}

// at is the location of the value n (at path) in this file.
func (l *located) at(n *jnode, path string) Location {
	loc := Location{File: l.file, JSONPath: path}
	if n != nil && l.lines != nil {
		loc.FileLine, loc.FileColumn = l.lines.position(n.off)
	}
	return loc
}

// atRune is the location of the i-th character of the string n.
func (l *located) atRune(n *jnode, path string, i int) Location {
	loc := Location{File: l.file, JSONPath: path}
	if n != nil && l.lines != nil {
		loc.FileLine, loc.FileColumn = l.lines.position(n.runeOffset(l.text, i))
	}
	return loc
}

// itemInfo is an item (folder or request) with where it is.
type itemInfo struct {
	it      *collections.Item
	parents []*itemInfo
	label   []string
	node    *jnode
	path    string
	pos     int // walk position (1-based; 0 is the collection)
	order   int // run position among the selected requests, -1 when not run
	scripts []*scriptInfo
}

// scriptInfo is one event's script.
type scriptInfo struct {
	owner    *itemInfo // nil: the collection's
	event    string    // "prerequest" or "test"
	src      string
	node     *jnode // the event
	path     string
	exec     *jnode // the code: a string, an array of lines, or nil
	execPath string
	facts    *scriptFacts
}

// checker holds what the rules share.
type checker struct {
	in        Input
	doc       *located
	env, glob *located

	items    []*itemInfo // every item in walk order
	byItem   map[*collections.Item]*itemInfo
	requests []*itemInfo // the requests a run would run, in order
	// for each --folder name: whether the run finds it, and what it matches
	folderFound   []bool
	folderMatches [][]*itemInfo // every item a --folder value names
	folderChosen  []*itemInfo   // the one a run takes (nil: none)
	collScripts   []*scriptInfo
	scripts       []*scriptInfo // every script: the collection's, then in walk order

	findings []Finding
	facts    map[string]*scriptFacts // by source: identical scripts are analysed once
}

// File ranks in the output.
const (
	rankCollection = iota
	rankEnvironment
	rankGlobals
	rankData
	rankCommandLine
)

func newChecker(in Input) *checker {
	c := &checker{in: in, byItem: map[*collections.Item]*itemInfo{}, facts: map[string]*scriptFacts{}}
	c.doc = readLocated(in.CollectionFile, in.CollectionText, rankCollection)
	switch {
	case in.Collection.FromV1:
		// a v1 file's paths do not lead to the v2.1 document courier runs
		c.doc.root, c.doc.lines = nil, nil
	case c.doc.root != nil:
		// Postman API exports wrap the collection, sometimes twice (as
		// collections.Decode unwraps them)
		if inner := c.doc.root.get("collection"); inner.truthy() && inner.kind == jObject {
			c.doc.root, c.doc.base = inner, "collection"
			if in2 := inner.get("collection"); in2 != nil && in2.kind == jObject && !inner.get("values").truthy() {
				c.doc.root, c.doc.base = in2, "collection.collection"
			}
		}
	}
	if in.Environment != nil {
		c.env = readLocated(in.EnvironmentFile, in.Environment.Raw, rankEnvironment)
	}
	if in.Globals != nil {
		c.glob = readLocated(in.GlobalsFile, in.Globals.Raw, rankGlobals)
	}
	c.index()
	return c
}

// index walks the collection and the document side by side.
func (c *checker) index() {
	coll := c.in.Collection
	root := c.doc.root
	c.collScripts = c.eventScripts(nil, coll.Events, root.get("event"), pathKey(c.doc.base, "event"))
	c.scripts = append(c.scripts, c.collScripts...)
	var walk func(items []*collections.Item, n *jnode, path string, parents []*itemInfo)
	walk = func(items []*collections.Item, n *jnode, path string, parents []*itemInfo) {
		nodes, paths := rawItems(n, path)
		if len(nodes) != len(items) {
			nodes, paths = make([]*jnode, len(items)), make([]string, len(items))
		}
		for i, it := range items {
			info := &itemInfo{it: it, parents: parents, node: nodes[i], path: paths[i], pos: len(c.items) + 1, order: -1}
			for _, p := range parents {
				info.label = append(info.label, p.label[len(p.label)-1])
			}
			info.label = append(info.label, itemName(it))
			c.items = append(c.items, info)
			c.byItem[it] = info
			info.scripts = c.eventScripts(info, it.Events, nodes[i].get("event"), pathKey(paths[i], "event"))
			c.scripts = append(c.scripts, info.scripts...)
			if it.Folder {
				walk(it.Items, nodes[i].get("item"), pathKey(paths[i], "item"), append(parents[:len(parents):len(parents)], info))
			}
		}
	}
	walk(coll.Items, root.get("item"), pathKey(c.doc.base, "item"), nil)
	c.selectRequests()
}

// itemName is how an item is named in findings: its name, else its id.
func itemName(it *collections.Item) string {
	switch {
	case it.Name != "":
		return it.Name
	case it.ID != "":
		return it.ID
	}
	return "(unnamed)"
}

// selectRequests finds the requests a run would run, as the runner selects
// them: every request, or with --folder those inside each item (folder or
// request) named or identified by one of the names, in collection order.
func (c *checker) selectRequests() {
	folders := c.in.Folders
	var collect func(info *itemInfo)
	collect = func(info *itemInfo) {
		if !info.it.Folder {
			if info.order < 0 {
				info.order = len(c.requests)
				c.requests = append(c.requests, info)
			}
			return
		}
		for _, ch := range info.it.Items {
			collect(c.byItem[ch])
		}
	}
	c.folderFound = make([]bool, len(folders))
	c.folderMatches = make([][]*itemInfo, len(folders))
	c.folderChosen = make([]*itemInfo, len(folders))
	if len(folders) == 0 {
		for _, it := range c.in.Collection.Items {
			collect(c.byItem[it])
		}
		return
	}
	// the runner's selection (collections.Select, as postman-runtime's)
	sel, matched := collections.Select(c.in.Collection, folders)
	for _, s := range sel {
		collect(c.byItem[s.Item])
	}
	for i, f := range folders {
		c.folderFound[i] = matched[i] != nil
		c.folderChosen[i] = c.byItem[matched[i]]
		c.in.Collection.Walk(func(it *collections.Item, _ []*collections.Item) bool {
			if it.ID == f || it.Name == f {
				c.folderMatches[i] = append(c.folderMatches[i], c.byItem[it])
			}
			return true
		})
	}
}

// rawItems is the document's item list as collections.Decode reads it: an
// array's members but null, or a single object.
func rawItems(n *jnode, path string) ([]*jnode, []string) {
	if n == nil {
		return nil, nil
	}
	switch n.kind {
	case jArray:
		var nodes []*jnode
		var paths []string
		for i, k := range n.kids {
			if k.kind == jNull {
				continue
			}
			nodes = append(nodes, k)
			paths = append(paths, pathIndex(path, i))
		}
		return nodes, paths
	case jObject:
		return []*jnode{n}, []string{path}
	}
	if n.truthy() {
		return []*jnode{n}, []string{path}
	}
	return nil, nil
}

// eventScripts pairs an item's events with the document's (an event whose
// script is a string, an array or an object counts, as in
// collections.Decode).
func (c *checker) eventScripts(owner *itemInfo, evs []collections.Event, n *jnode, path string) []*scriptInfo {
	var nodes []*jnode
	var paths []string
	if n != nil {
		members, mpaths := []*jnode{n}, []string{path}
		if n.kind == jArray {
			members, mpaths = n.kids, nil
			for i := range n.kids {
				mpaths = append(mpaths, pathIndex(path, i))
			}
		}
		for i, m := range members {
			if m.kind != jObject {
				continue
			}
			if s := m.get("script"); s != nil && (s.kind == jString || s.kind == jArray || s.kind == jObject) {
				nodes = append(nodes, m)
				paths = append(paths, mpaths[i])
			}
		}
	}
	if len(nodes) != len(evs) {
		nodes, paths = make([]*jnode, len(evs)), make([]string, len(evs))
	}
	var out []*scriptInfo
	for i, ev := range evs {
		if ev.Disabled || (ev.Listen != "prerequest" && ev.Listen != "test") {
			continue
		}
		s := &scriptInfo{owner: owner, event: ev.Listen, src: ev.Script.Exec, node: nodes[i], path: paths[i]}
		if sn := nodes[i].get("script"); sn != nil {
			switch sn.kind {
			case jString, jArray:
				s.exec, s.execPath = sn, pathKey(paths[i], "script")
			case jObject:
				if sn.get("src") == nil {
					s.exec, s.execPath = sn.get("exec"), pathKey(pathKey(paths[i], "script"), "exec")
				}
			}
		}
		out = append(out, s)
	}
	return out
}

// scriptLoc is the location of line:col (1-based, col in characters) of a
// script.
func (c *checker) scriptLoc(s *scriptInfo, line, col int) Location {
	var loc Location
	n, path, idx := s.place(line, col)
	switch {
	case n == nil:
		loc = c.doc.at(s.node, s.path)
	case idx < 0:
		loc = c.doc.at(n, path)
	default:
		loc = c.doc.atRune(n, path, idx)
	}
	loc.Event, loc.Line, loc.Column = s.event, line, col
	if s.owner != nil {
		loc.Item, loc.itemPos = s.owner.label, s.owner.pos
	}
	return loc
}

// place finds line:col of the script in the document: the string that
// holds it (the code, or the array member that holds that line), its path,
// and the character's index in it (-1: the value itself).
func (s *scriptInfo) place(line, col int) (*jnode, string, int) {
	if s.exec == nil {
		return nil, "", -1
	}
	switch s.exec.kind {
	case jString:
		return s.exec, s.execPath, runeIndex(s.exec.str, line, col)
	case jArray:
		start := 1
		for k, e := range s.exec.kids {
			text := ""
			if e.kind != jNull && e.kind != jArray && e.kind != jObject {
				text = e.str
			}
			n := strings.Count(text, "\n") + 1
			if line < start+n {
				p := pathIndex(s.execPath, k)
				if e.kind != jString {
					return e, p, -1
				}
				return e, p, runeIndex(text, line-start+1, col)
			}
			start += n
		}
	}
	return s.exec, s.execPath, -1
}

// runeIndex is the index of the character at line:col of text.
func runeIndex(text string, line, col int) int {
	idx := 0
	for l := 1; l < line; l++ {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			break
		}
		idx += utf8.RuneCountInString(text[:i]) + 1
		text = text[i+1:]
	}
	return idx + col - 1
}

// add records a finding.
func (c *checker) add(rule string, sev Severity, loc Location, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	c.findings = append(c.findings, Finding{Rule: rule, Severity: sev, Message: msg, Location: loc, order: c.orderOf(loc)})
}

// orderOf sorts findings by file, item, place in the file, then place in
// the script.
func (c *checker) orderOf(loc Location) []int {
	rank, pos := rankCommandLine, 0
	switch {
	case loc.File == c.in.CollectionFile && loc.File != "":
		rank = rankCollection
	case c.env != nil && loc.File == c.env.file:
		rank = rankEnvironment
	case c.glob != nil && loc.File == c.glob.file:
		rank = rankGlobals
	case loc.File != "" && loc.File == c.in.DataFile:
		rank = rankData
	}
	if len(loc.Item) > 0 {
		pos = loc.itemPos
	}
	return []int{rank, pos, loc.FileLine, loc.FileColumn, loc.Line, loc.Column}
}

// itemLoc is the location of an item (or of its member at key, when it has
// one).
func (c *checker) itemLoc(info *itemInfo, keys ...string) Location {
	n, path := info.node, info.path
	for _, k := range keys {
		if m := n.get(k); m != nil {
			n, path = m, pathKey(path, k)
		}
	}
	loc := c.doc.at(n, path)
	loc.Item, loc.itemPos = info.label, info.pos
	return loc
}
