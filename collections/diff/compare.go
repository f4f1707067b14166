package diff

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/courier-run/courier/collections"
)

// Options tune a comparison.
type Options struct {
	IgnoreDescriptions bool // report no description changes
	IgnoreOrder        bool // report no reordering within a folder
	// RenameThreshold is the similarity (in percent, 1 to 100) from which
	// items the exact matchers leave over are paired as renamed or moved;
	// 0 is DefaultRenameThreshold.
	RenameThreshold int
	NoRenames       bool // no similarity matching
}

// renames is the similarity threshold to match with, 0 for none.
func (o Options) renames() int {
	switch {
	case o.NoRenames:
		return 0
	case o.RenameThreshold <= 0:
		return DefaultRenameThreshold
	}
	return min(o.RenameThreshold, 100)
}

// Collections compares two versions of a collection.
func Collections(old, new *collections.Collection, opts Options) *Result {
	r := &Result{
		Old:      Source{Name: old.Info.Name},
		New:      Source{Name: new.Info.Name},
		requests: map[int]string{},
	}
	ot, nt := buildTree(old), buildTree(new)
	matchTrees(ot, nt, opts.renames())
	c := &comparer{opts: opts, res: r, group: -1}
	renames := collectionVarRenames(old, new, ot, nt)

	c.begin(nil, TypeCollection)
	if old.Info.Name != new.Info.Name {
		c.add(Change{Kind: Renamed, Class: ClassRenamed, Path: "info.name", Old: old.Info.Name, New: new.Info.Name})
	}
	c.renamedVariables("variable", renames)
	c.variables("variable", renameVariables(old.Variables, renames), new.Variables)
	c.auth("auth", old.Auth, new.Auth)
	c.scripts("event", old.Events, new.Events)
	c.description("info.description", old.Info.Description, new.Info.Description)
	c.jsonMap(ClassSettings, "protocolProfileBehavior", old.ProtocolProfileBehavior, new.ProtocolProfileBehavior)

	reorder := map[*node]bool{}
	if !opts.IgnoreOrder {
		for _, n := range nt.nodes {
			if n.folder() && n.match != nil {
				for k := range reordered(n) {
					reorder[k] = true
				}
			}
		}
	}
	for _, n := range nt.nodes[1:] {
		if n.match == nil {
			c.begin(n.names, itemType(n))
			c.heading(n)
			c.add(Change{Kind: Added, Class: ClassAdded, New: summary(n)})
			continue
		}
		c.item(n.match, n, reorder[n])
	}
	for _, o := range ot.nodes[1:] {
		if o.match == nil {
			c.begin(o.names, itemType(o))
			c.heading(o)
			c.add(Change{Kind: Removed, Class: ClassRemoved, Old: summary(o)})
		}
	}
	return r
}

func itemType(n *node) string {
	if n.folder() {
		return TypeFolder
	}
	return TypeRequest
}

// summary describes an added or removed item: "GET {{base_url}}/orders" for a
// request, "folder with 3 requests" for a folder.
func summary(n *node) string {
	if !n.folder() {
		return methodURL(n.item.Request)
	}
	count := 0
	var rec func(*node)
	rec = func(f *node) {
		for _, c := range f.children {
			if c.folder() {
				rec(c)
			} else {
				count++
			}
		}
	}
	rec(n)
	if count == 1 {
		return "folder with 1 request"
	}
	return fmt.Sprintf("folder with %d requests", count)
}

func methodURL(r *collections.Request) string {
	if r == nil {
		return ""
	}
	return strings.TrimSpace(r.Method + " " + r.URL.Readable().String())
}

// comparer collects changes for the item being compared.
type comparer struct {
	opts     Options
	res      *Result
	group    int
	names    []string
	itemType string
	// renames are the renamed variables; rw rewrites the uses of those whose
	// every use followed, whose consequences are folded into them.
	renames []*varRename
	rw      rewriter
}

// renamedVariables reports the renamed variables (before the other variable
// changes) and prepares the folding of what follows from them.
func (c *comparer) renamedVariables(prefix string, renames []*varRename) {
	c.renames = renames
	for _, v := range renames {
		ch := Change{Kind: Renamed, Class: ClassVariables, Path: prefix + "[" + v.to + "]", Old: v.from, New: v.to, Note: v.note()}
		if v.known {
			u := v.uses
			ch.Uses = &u
		}
		v.change = len(c.res.Changes)
		c.add(ch)
		if v.clean {
			if c.rw == nil {
				c.rw = rewriter{}
			}
			c.rw[v.from] = v.to
		}
	}
}

// fold attaches a change that only follows from a variable rename to the
// first rename it involves.
func (c *comparer) fold(ch Change) {
	o, _ := textOf(ch.Old)
	for _, v := range c.renames {
		if !v.clean {
			continue
		}
		hit := false
		eachUse(o, ch.Class == ClassScripts, func(name string) { hit = hit || name == v.from })
		if hit {
			f := &c.res.Changes[v.change].Folded
			*f = append(*f, ch)
			return
		}
	}
}

func (c *comparer) begin(names []string, typ string) {
	c.group++
	c.names = names
	if c.names == nil {
		c.names = []string{}
	}
	c.itemType = typ
}

func (c *comparer) heading(n *node) {
	if !n.folder() {
		c.res.requests[c.group] = methodURL(n.item.Request)
	}
}

func (c *comparer) add(ch Change) {
	ch.Item = c.names
	ch.ItemType = c.itemType
	ch.group = c.group
	if c.rw != nil && c.rw.follows(&ch) {
		c.fold(ch)
		return
	}
	c.res.Changes = append(c.res.Changes, ch)
}

func parentNames(n *node) []string {
	if n.parent == nil || len(n.parent.names) == 0 {
		return []string{}
	}
	return n.parent.names
}

func (c *comparer) item(o, n *node, reorder bool) {
	c.begin(n.names, itemType(n))
	c.heading(n)
	oi, ni := o.item, n.item
	score := 0 // the similarity goes on the first item-level change
	if n.how == "similar" {
		score = n.score
	}
	if oi.Name != ni.Name {
		c.add(Change{Kind: Renamed, Class: ClassRenamed, Old: oi.Name, New: ni.Name, Score: score})
		score = 0
	}
	if moved(n) {
		c.add(Change{Kind: Moved, Class: ClassMoved, Old: parentNames(o), New: parentNames(n), Score: score})
	} else if reorder {
		c.add(Change{Kind: Reordered, Class: ClassMoved, Old: o.index + 1, New: n.index + 1})
	}
	if n.folder() {
		c.variables("variable", oi.Variables, ni.Variables)
		c.auth("auth", oi.Auth, ni.Auth)
		c.scripts("event", oi.Events, ni.Events)
		c.description("description", oi.Description, ni.Description)
		c.jsonMap(ClassSettings, "protocolProfileBehavior", oi.ProtocolProfileBehavior, ni.ProtocolProfileBehavior)
		return
	}
	or, nr := oi.Request, ni.Request
	if or == nil {
		or = &collections.Request{}
	}
	if nr == nil {
		nr = &collections.Request{}
	}
	if or.Method != nr.Method {
		c.add(Change{Kind: Changed, Class: ClassMethod, Path: "request.method", Old: or.Method, New: nr.Method})
	}
	c.url(or.URL.Readable(), nr.URL.Readable())
	c.keyed(ClassHeaders, "request.header", headerEntries(or.Headers), headerEntries(nr.Headers))
	c.body(or.Body, nr.Body)
	c.auth("request.auth", or.Auth, nr.Auth)
	c.scripts("event", oi.Events, ni.Events)
	c.variables("variable", oi.Variables, ni.Variables)
	c.description("description", oi.Description, ni.Description)
	c.description("request.description", or.Description, nr.Description)
	c.jsonMap(ClassSettings, "protocolProfileBehavior", oi.ProtocolProfileBehavior, ni.ProtocolProfileBehavior)
	c.jsonMap(ClassSettings, "request.proxy", or.Proxy, nr.Proxy)
	c.jsonMap(ClassSettings, "request.certificate", or.Certificate, nr.Certificate)
	c.examples(oi.Responses, ni.Responses)
}

// scalar reports a change of a string field ("" is absent).
func (c *comparer) scalar(class Class, path, o, n string) {
	switch {
	case o == n:
	case o == "":
		c.add(Change{Kind: Added, Class: class, Path: path, New: n})
	case n == "":
		c.add(Change{Kind: Removed, Class: class, Path: path, Old: o})
	default:
		c.add(Change{Kind: Changed, Class: class, Path: path, Old: o, New: n})
	}
}

func (c *comparer) url(o, n collections.URL) {
	c.scalar(ClassURL, "request.url.protocol", o.Protocol, n.Protocol)
	c.scalar(ClassURL, "request.url.host", strings.Join(o.Host, "."), strings.Join(n.Host, "."))
	c.scalar(ClassURL, "request.url.port", o.Port, n.Port)
	c.scalar(ClassURL, "request.url.path", strings.Join(o.Path, "/"), strings.Join(n.Path, "/"))
	c.keyed(ClassURL, "request.url.query", queryEntries(o.Query), queryEntries(n.Query))
	c.scalar(ClassURL, "request.url.hash", o.Hash, n.Hash)
	c.keyed(ClassURL, "request.url.variable", variableEntries(o.Variables, false), variableEntries(n.Variables, false))
}

// entry is one keyed element of a list (a header, a query parameter, a
// variable, a form field, an auth parameter).
type entry struct {
	key    string         // as written
	match  string         // what pairs entries up (lower-cased for headers)
	value  any            // string, or nil for "no value"
	secret bool           // the value is a credential
	attrs  map[string]any // secondary fields reported separately: disabled, type, ...
}

func headerEntries(hs []collections.Header) []entry {
	out := make([]entry, len(hs))
	for i, h := range hs {
		out[i] = entry{key: h.Key, match: strings.ToLower(h.Key), value: h.Value,
			secret: credentialName(h.Key), attrs: map[string]any{"disabled": h.Disabled}}
	}
	return out
}

func queryEntries(qs []collections.QueryParam) []entry {
	out := make([]entry, len(qs))
	for i, q := range qs {
		var v any = q.Value
		if q.NoValue {
			v = nil
		}
		out[i] = entry{key: q.Key, match: q.Key, value: v, secret: credentialName(q.Key),
			attrs: map[string]any{"disabled": q.Disabled}}
	}
	return out
}

func variableEntries(vs []collections.Variable, withType bool) []entry {
	out := make([]entry, len(vs))
	for i, v := range vs {
		e := entry{key: v.Key, match: v.Key, value: collections.ValueString(v.Value),
			secret: v.Type == "secret" || credentialName(v.Key), attrs: map[string]any{"disabled": v.Disabled}}
		if withType {
			typ := v.Type
			if typ == "" {
				typ = "string"
			}
			e.attrs["type"] = typ
		}
		out[i] = e
	}
	return out
}

func formEntries(fs []collections.FormParam) []entry {
	out := make([]entry, len(fs))
	for i, f := range fs {
		var v any = f.Value
		if f.Type == "file" {
			v = "file " + strings.Join(f.Src, ", ")
		}
		out[i] = entry{key: f.Key, match: f.Key, value: v, secret: credentialName(f.Key),
			attrs: map[string]any{"disabled": f.Disabled, "contentType": f.ContentType}}
	}
	return out
}

// keyed compares two lists of entries paired by key and occurrence: changed
// and added entries in the new order, then removed ones in the old order.
func (c *comparer) keyed(class Class, prefix string, olds, news []entry) {
	type slot struct {
		key string
		n   int
	}
	index := func(es []entry) ([]slot, map[slot]int) {
		seen := map[string]int{}
		slots := make([]slot, len(es))
		m := make(map[slot]int, len(es))
		for i, e := range es {
			s := slot{e.match, seen[e.match]}
			seen[e.match]++
			slots[i] = s
			m[s] = i
		}
		return slots, m
	}
	oslots, om := index(olds)
	nslots, nm := index(news)
	path := func(e entry, s slot) string {
		p := prefix + "[" + e.key + "]"
		if s.n > 0 {
			p += fmt.Sprintf("#%d", s.n+1)
		}
		return p
	}
	for i, ne := range news {
		s := nslots[i]
		oi, ok := om[s]
		if !ok {
			ch := Change{Kind: Added, Class: class, Path: path(ne, s), New: ne.value}
			if ne.secret {
				ch.New, ch.Masked = maskValue(ne.value)
			}
			if d, _ := ne.attrs["disabled"].(bool); d {
				ch.Note = "disabled"
			}
			c.add(ch)
			continue
		}
		oe := olds[oi]
		if !reflect.DeepEqual(oe.value, ne.value) {
			ch := Change{Kind: Changed, Class: class, Path: path(ne, s), Old: oe.value, New: ne.value}
			if oe.secret || ne.secret {
				var m1, m2 bool
				ch.Old, m1 = maskValue(oe.value)
				ch.New, m2 = maskValue(ne.value)
				ch.Masked = m1 || m2
			}
			c.add(ch)
		}
		keys := make([]string, 0, len(ne.attrs))
		for k := range ne.attrs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if ov, nv := oe.attrs[k], ne.attrs[k]; !reflect.DeepEqual(ov, nv) {
				c.add(Change{Kind: Changed, Class: class, Path: path(ne, s) + "." + k, Old: ov, New: nv})
			}
		}
	}
	for i, oe := range olds {
		s := oslots[i]
		if _, ok := nm[s]; ok {
			continue
		}
		ch := Change{Kind: Removed, Class: class, Path: path(oe, s), Old: oe.value}
		if oe.secret {
			ch.Old, ch.Masked = maskValue(oe.value)
		}
		c.add(ch)
	}
}

func (c *comparer) variables(prefix string, o, n []collections.Variable) {
	c.keyed(ClassVariables, prefix, variableEntries(o, true), variableEntries(n, true))
}

func (c *comparer) auth(prefix string, o, n *collections.Auth) {
	switch {
	case o == nil && n == nil:
		return
	case o == nil:
		c.add(Change{Kind: Added, Class: ClassAuth, Path: prefix, New: n.Type})
		return
	case n == nil:
		c.add(Change{Kind: Removed, Class: ClassAuth, Path: prefix, Old: o.Type})
		return
	case o.Type != n.Type:
		c.add(Change{Kind: Changed, Class: ClassAuth, Path: prefix + ".type", Old: o.Type, New: n.Type})
		return
	}
	params := func(a *collections.Auth) []entry {
		out := make([]entry, len(a.Params))
		for i, p := range a.Params {
			out[i] = entry{key: p.Key, match: p.Key, value: collections.ValueString(p.Value),
				secret: secretAuthParam(a.Type, p.Key)}
		}
		return out
	}
	c.keyed(ClassAuth, prefix+"."+n.Type, params(o), params(n))
}

// scriptText joins the enabled and disabled scripts of each event type.
func scriptTexts(evs []collections.Event) (map[string]string, map[string]bool) {
	text := map[string]string{}
	disabled := map[string]bool{}
	for _, e := range evs {
		if strings.TrimSpace(e.Script.Exec) == "" {
			continue
		}
		if t, ok := text[e.Listen]; ok {
			text[e.Listen] = t + "\n" + e.Script.Exec
		} else {
			text[e.Listen] = e.Script.Exec
		}
		if e.Disabled {
			disabled[e.Listen] = true
		}
	}
	return text, disabled
}

func (c *comparer) scripts(prefix string, o, n []collections.Event) {
	ot, od := scriptTexts(o)
	nt, nd := scriptTexts(n)
	listens := []string{}
	for l := range ot {
		listens = append(listens, l)
	}
	for l := range nt {
		if _, ok := ot[l]; !ok {
			listens = append(listens, l)
		}
	}
	rank := func(l string) string {
		switch l {
		case "prerequest":
			return "0"
		case "test":
			return "1"
		}
		return "2" + l
	}
	sort.Slice(listens, func(i, j int) bool { return rank(listens[i]) < rank(listens[j]) })
	for _, l := range listens {
		p := prefix + "[" + l + "]"
		os, inO := ot[l]
		ns, inN := nt[l]
		switch {
		case !inO:
			c.add(Change{Kind: Added, Class: ClassScripts, Path: p, New: ns, Diff: unified("", ns)})
		case !inN:
			c.add(Change{Kind: Removed, Class: ClassScripts, Path: p, Old: os, Diff: unified(os, "")})
		default:
			if d := unified(os, ns); d != "" {
				c.add(Change{Kind: Changed, Class: ClassScripts, Path: p, Old: os, New: ns, Diff: d})
			}
			if od[l] != nd[l] {
				c.add(Change{Kind: Changed, Class: ClassScripts, Path: p + ".disabled", Old: od[l], New: nd[l]})
			}
		}
	}
}

func (c *comparer) description(path, o, n string) {
	if c.opts.IgnoreDescriptions {
		return
	}
	o = strings.ReplaceAll(o, "\r\n", "\n")
	n = strings.ReplaceAll(n, "\r\n", "\n")
	if strings.TrimSpace(o) == strings.TrimSpace(n) {
		return
	}
	ch := Change{Class: ClassDescription, Path: path}
	switch {
	case strings.TrimSpace(o) == "":
		ch.Kind, ch.New = Added, n
	case strings.TrimSpace(n) == "":
		ch.Kind, ch.Old = Removed, o
	default:
		ch.Kind, ch.Old, ch.New = Changed, o, n
	}
	if strings.Contains(o, "\n") || strings.Contains(n, "\n") {
		ch.Diff = unified(o, n)
	}
	c.add(ch)
}

// jsonValues reports the differences between two JSON values at path.
func (c *comparer) jsonValues(class Class, path string, o, n any) {
	var out []jsonChange
	diffJSON("$", "", o, n, &out)
	for _, j := range out {
		ch := Change{Kind: j.kind, Class: class, Path: path, JSONPath: j.path, Old: j.old, New: j.new}
		var m1, m2 bool
		if j.key != "" && credentialName(j.key) {
			ch.Old, m1 = maskValue(j.old)
			ch.New, m2 = maskValue(j.new)
		} else {
			ch.Old, m1 = maskJSON(j.old)
			ch.New, m2 = maskJSON(j.new)
		}
		ch.Masked = m1 || m2
		c.add(ch)
	}
}

// jsonMap compares two settings objects (nil is empty).
func (c *comparer) jsonMap(class Class, path string, o, n map[string]any) {
	if len(o) == 0 && len(n) == 0 {
		return
	}
	if o == nil {
		o = map[string]any{}
	}
	if n == nil {
		n = map[string]any{}
	}
	c.jsonValues(class, path, o, n)
}

// bodySummary names a body: its mode, with the raw language.
func bodySummary(b *collections.Body) string {
	if b.Mode == "raw" && b.Language != "" {
		return "raw (" + b.Language + ")"
	}
	if b.Mode == "" {
		return "empty"
	}
	return b.Mode
}

func emptyBody(b *collections.Body) bool {
	if b == nil {
		return true
	}
	switch b.Mode {
	case "":
		return true
	case "raw":
		return b.Raw == ""
	case "urlencoded":
		return len(b.URLEncoded) == 0
	case "formdata":
		return len(b.FormData) == 0
	case "file":
		return b.File == nil || (b.File.Src == "" && b.File.Content == "")
	case "graphql":
		return b.GraphQL == nil || (b.GraphQL.Query == "" && b.GraphQL.Variables == "")
	}
	return false
}

func (c *comparer) body(o, n *collections.Body) {
	oe, ne := emptyBody(o), emptyBody(n)
	switch {
	case oe && ne:
		return
	case oe:
		c.add(Change{Kind: Added, Class: ClassBody, Path: "request.body", New: bodySummary(n)})
		return
	case ne:
		c.add(Change{Kind: Removed, Class: ClassBody, Path: "request.body", Old: bodySummary(o)})
		return
	case o.Mode != n.Mode:
		c.add(Change{Kind: Changed, Class: ClassBody, Path: "request.body.mode", Old: bodySummary(o), New: bodySummary(n)})
		return
	}
	if o.Disabled != n.Disabled {
		c.add(Change{Kind: Changed, Class: ClassBody, Path: "request.body.disabled", Old: o.Disabled, New: n.Disabled})
	}
	switch n.Mode {
	case "raw":
		c.text(ClassBody, "request.body.raw", o.Raw, n.Raw)
	case "urlencoded":
		c.keyed(ClassBody, "request.body.urlencoded", formEntries(o.URLEncoded), formEntries(n.URLEncoded))
	case "formdata":
		c.keyed(ClassBody, "request.body.formdata", formEntries(o.FormData), formEntries(n.FormData))
	case "file":
		of, nf := o.File, n.File
		if of == nil {
			of = &collections.FileRef{}
		}
		if nf == nil {
			nf = &collections.FileRef{}
		}
		c.scalar(ClassBody, "request.body.file.src", of.Src, nf.Src)
		c.text(ClassBody, "request.body.file.content", of.Content, nf.Content)
	case "graphql":
		og, ng := o.GraphQL, n.GraphQL
		if og == nil {
			og = &collections.GraphQL{}
		}
		if ng == nil {
			ng = &collections.GraphQL{}
		}
		c.text(ClassBody, "request.body.graphql.query", og.Query, ng.Query)
		c.text(ClassBody, "request.body.graphql.variables", og.Variables, ng.Variables)
	}
	c.jsonMap(ClassBody, "request.body.options", o.Options, n.Options)
}

// text compares two texts: as JSON by JSON path when both parse as JSON
// (allowing unquoted {{variable}} references), else as a unified line diff.
func (c *comparer) text(class Class, path, o, n string) {
	if o == n {
		return
	}
	if oj, ok := parseLooseJSON(o); ok {
		if nj, ok := parseLooseJSON(n); ok {
			c.jsonValues(class, path, oj, nj)
			return
		}
	}
	switch {
	case o == "":
		c.add(Change{Kind: Added, Class: class, Path: path, New: n, Diff: unified("", n)})
	case n == "":
		c.add(Change{Kind: Removed, Class: class, Path: path, Old: o, Diff: unified(o, "")})
	default:
		d := unified(o, n)
		if d == "" { // only line endings or a final newline differ
			d = "(whitespace only)\n"
		}
		c.add(Change{Kind: Changed, Class: class, Path: path, Old: o, New: n, Diff: d})
	}
}

// exampleSummary describes a saved example: "200 OK".
func exampleSummary(r collections.Response) string {
	switch {
	case r.Code != 0 && r.Status != "":
		return fmt.Sprintf("%d %s", r.Code, r.Status)
	case r.Code != 0:
		return fmt.Sprint(r.Code)
	}
	return r.Status
}

func (c *comparer) examples(o, n []collections.Response) {
	entries := func(rs []collections.Response) []entry {
		out := make([]entry, len(rs))
		for i, r := range rs {
			out[i] = entry{key: r.Name, match: r.Name, value: exampleSummary(r)}
		}
		return out
	}
	before := len(c.res.Changes)
	c.keyed(ClassExamples, "response", entries(o), entries(n))
	// The summary (code and status) may be equal while the example changed:
	// compare the whole example, ids aside, and name the fields that differ.
	changed := map[string]bool{}
	for _, ch := range c.res.Changes[before:] {
		changed[ch.Path] = true
	}
	seen := map[string]int{}
	oseen := map[string]int{}
	oidx := map[string]collections.Response{}
	for _, r := range o {
		k := fmt.Sprintf("%s#%d", r.Name, oseen[r.Name])
		oseen[r.Name]++
		oidx[k] = r
	}
	for _, r := range n {
		k := fmt.Sprintf("%s#%d", r.Name, seen[r.Name])
		p := "response[" + r.Name + "]"
		if seen[r.Name] > 0 {
			p += fmt.Sprintf("#%d", seen[r.Name]+1)
		}
		seen[r.Name]++
		or, ok := oidx[k]
		if !ok {
			continue
		}
		fields := differingFields(c.rw.rewriteAny(or.Raw), r.Raw)
		if len(fields) == 0 {
			if c.rw != nil {
				// what differs only follows from renamed variables
				if f := differingFields(or.Raw, r.Raw); len(f) > 0 {
					c.foldExample(Change{Kind: Changed, Class: ClassExamples, Path: p, Old: exampleSummary(or), New: exampleSummary(r),
						Note: "changed: " + strings.Join(f, ", ")}, or.Raw)
				}
			}
			continue
		}
		note := "changed: " + strings.Join(fields, ", ")
		if changed[p] {
			for i := before; i < len(c.res.Changes); i++ {
				if c.res.Changes[i].Path == p {
					c.res.Changes[i].Note = note
				}
			}
			continue
		}
		c.add(Change{Kind: Changed, Class: ClassExamples, Path: p, Old: exampleSummary(or), New: exampleSummary(r), Note: note})
	}
}

// foldExample folds an example change into the first clean rename whose old
// name the old example uses.
func (c *comparer) foldExample(ch Change, raw any) {
	ch.Item, ch.ItemType, ch.group = c.names, c.itemType, c.group
	for _, v := range c.renames {
		if v.clean && usesIn(raw, v.from) {
			f := &c.res.Changes[v.change].Folded
			*f = append(*f, ch)
			return
		}
	}
}

// usesIn reports whether a JSON value references {{name}}.
func usesIn(v any, name string) bool {
	switch t := v.(type) {
	case string:
		hit := false
		eachRef(t, func(n string) { hit = hit || n == name })
		return hit
	case map[string]any:
		for _, e := range t {
			if usesIn(e, name) {
				return true
			}
		}
	case []any:
		for _, e := range t {
			if usesIn(e, name) {
				return true
			}
		}
	}
	return false
}

// differingFields lists the top-level fields of two examples that differ,
// ignoring ids.
func differingFields(o, n any) []string {
	om, _ := o.(map[string]any)
	nm, _ := n.(map[string]any)
	keys := map[string]bool{}
	for k := range om {
		keys[k] = true
	}
	for k := range nm {
		keys[k] = true
	}
	var out []string
	for k := range keys {
		if k == "id" || k == "_postman_id" {
			continue
		}
		if !reflect.DeepEqual(stripIDs(om[k]), stripIDs(nm[k])) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// stripIDs removes "id" keys from objects nested in an example (original
// requests and headers carry generated ids).
func stripIDs(v any) any {
	switch t := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(t))
		for k, e := range t {
			if k != "id" && k != "_postman_id" {
				m[k] = stripIDs(e)
			}
		}
		return m
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = stripIDs(e)
		}
		return out
	}
	return v
}
