package check

import (
	"fmt"
	"strings"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/internal/dynvars"
)

// Scopes, as scripts name them, and their precedence (vars.Set.Get: the
// highest wins).
var scopeRank = map[string]int{
	"variables":           5,
	"iterationData":       4,
	"environment":         3,
	"collectionVariables": 2,
	"globals":             1,
}

// scopeLabel is how findings name a scope.
var scopeLabel = map[string]string{
	"variables":           "pm.variables (local)",
	"iterationData":       "iteration data",
	"environment":         "environment",
	"collectionVariables": "collection",
	"globals":             "globals",
}

// varDef is a place that defines a variable: a file's variable, a data
// column, an option, or a script's set.
type varDef struct {
	scope    string
	name     string
	loc      Location
	value    any
	typ      string
	disabled bool
	script   *scriptInfo // a script's set (nil: a file or option)
	from     string      // the file or option ("env.json values[3]", "--env-var")
}

// varUse is a place that uses a variable.
type varUse struct {
	name   string
	loc    Location
	where  string
	scope  string      // a script's get names a scope ("variables": any); "" for {{name}}
	req    *itemInfo   // the request it is sent with (nil: a variable's value)
	owner  *itemInfo   // the folder whose auth holds it (req is then its first request)
	script *scriptInfo // a script's get, has or replaceIn
	get    bool        // a script's get or replaceIn (has only asks)
}

// variables gathers what defines and uses variables; built once.
type variables struct {
	defs    []*varDef
	byName  map[string][]*varDef
	uses    []*varUse
	dynamic []*scriptInfo // scripts that set variables by a computed name
	dynPos  []spos
	// itemVars are variables of folders and requests ("variable" of an
	// item), which neither Newman nor courier resolves
	itemVars map[string]*itemInfo
}

func (c *checker) vars() *variables {
	v := &variables{}
	coll := c.in.Collection
	// the collection's variables
	vnode := c.doc.root.get("variable")
	for _, vr := range coll.Variables {
		n, path := findVariable(vnode, pathKey(c.doc.base, "variable"), vr.Key)
		d := &varDef{scope: "collectionVariables", name: vr.Key, loc: c.doc.at(n, path), value: vr.Value, typ: vr.Type, disabled: vr.Disabled}
		d.from = fileWhere(d.loc)
		v.defs = append(v.defs, d)
		c.valueUses(v, d)
	}
	for _, f := range []struct {
		env   *collections.Environment
		l     *located
		scope string
		opts  []collections.Variable
		flag  string
	}{
		{c.in.Environment, c.env, "environment", c.in.EnvVars, "--env-var"},
		{c.in.Globals, c.glob, "globals", c.in.GlobalVars, "--global-var"},
	} {
		if f.env != nil {
			list, lpath := envValues(f.l)
			for _, vr := range f.env.Values {
				n, path := findVariable(list, lpath, vr.Key)
				d := &varDef{scope: f.scope, name: vr.Key, loc: f.l.at(n, path), value: vr.Value, typ: vr.Type, disabled: vr.Disabled}
				d.from = fileWhere(d.loc)
				v.defs = append(v.defs, d)
				c.valueUses(v, d)
			}
		}
		for _, vr := range f.opts {
			d := &varDef{scope: f.scope, name: vr.Key, loc: Location{JSONPath: f.flag + " " + vr.Key}, value: vr.Value, from: f.flag}
			v.defs = append(v.defs, d)
		}
	}
	seen := map[string]bool{}
	for _, row := range c.in.Data {
		for _, vr := range row {
			if !seen[vr.Key] && vr.Key != "" {
				seen[vr.Key] = true
				d := &varDef{scope: "iterationData", name: vr.Key, loc: Location{File: c.in.DataFile}, value: vr.Value, from: c.in.DataFile + " column " + vr.Key}
				v.defs = append(v.defs, d)
			}
		}
	}
	// scripts
	for _, s := range c.scripts {
		f := s.facts
		for _, r := range f.sets {
			loc := c.scriptLoc(s, r.pos.line, r.pos.col)
			v.defs = append(v.defs, &varDef{scope: r.scope, name: r.name, loc: loc, script: s, from: scriptWhere(s, r.pos)})
		}
		if len(f.dynamicSets) > 0 {
			v.dynamic = append(v.dynamic, s)
			v.dynPos = append(v.dynPos, f.dynamicSets[0])
		}
		for _, r := range f.gets {
			v.uses = append(v.uses, &varUse{name: r.name, scope: r.scope, loc: c.scriptLoc(s, r.pos.line, r.pos.col), where: getter(r.scope) + "(" + quoteJS(r.name) + ")", script: s, get: true})
		}
		for _, r := range f.has {
			v.uses = append(v.uses, &varUse{name: r.name, scope: r.scope, loc: c.scriptLoc(s, r.pos.line, r.pos.col), where: "pm." + r.scope + ".has", script: s})
		}
		for _, r := range f.templates {
			v.uses = append(v.uses, &varUse{name: r.name, scope: r.scope, loc: c.scriptLoc(s, r.pos.line, r.pos.col), where: "pm." + r.scope + ".replaceIn", script: s, get: true})
		}
	}
	// requests, and the auth of folders and the collection
	v.itemVars = map[string]*itemInfo{}
	for _, info := range c.items {
		for _, vr := range info.it.Variables {
			if v.itemVars[vr.Key] == nil {
				v.itemVars[vr.Key] = info
			}
		}
	}
	for _, info := range c.items {
		if info.it.Folder {
			if a := info.node.get("auth"); a != nil {
				first := c.firstRequest(info)
				authTexts(a, pathKey(info.path, "auth"), func(t text) { c.textUses(v, t, first, info) })
			}
			continue
		}
		if info.node == nil {
			modelTexts(info.it.Request, func(t text) { c.textUses(v, t, info, nil) })
			continue
		}
		requestTexts(info.node.get("request"), pathKey(info.path, "request"), func(t text) { c.textUses(v, t, info, nil) })
	}
	if a := c.doc.root.get("auth"); a != nil {
		var first *itemInfo
		if len(c.requests) > 0 {
			first = c.requests[0]
		}
		authTexts(a, pathKey(c.doc.base, "auth"), func(t text) { c.textUses(v, t, first, nil) })
	}
	v.byName = map[string][]*varDef{}
	for _, d := range v.defs {
		v.byName[d.name] = append(v.byName[d.name], d)
	}
	return v
}

// textUses records the {{references}} of a request's text.
func (c *checker) textUses(v *variables, t text, req, owner *itemInfo) {
	for _, r := range references(t.s) {
		loc := c.doc.atRune(t.node, t.path, r.at)
		switch {
		case owner != nil:
			loc.Item, loc.itemPos = owner.label, owner.pos
		case req != nil && !req.it.Folder && (t.path == "" || strings.HasPrefix(t.path, req.path)):
			loc.Item, loc.itemPos = req.label, req.pos
		}
		v.uses = append(v.uses, &varUse{name: r.name, loc: loc, where: t.where, req: req, owner: owner})
	}
}

// valueUses records the {{references}} inside a variable's value.
func (c *checker) valueUses(v *variables, d *varDef) {
	s, ok := d.value.(string)
	if !ok {
		return
	}
	l := c.doc
	switch {
	case c.env != nil && d.loc.File == c.env.file && d.scope == "environment":
		l = c.env
	case c.glob != nil && d.loc.File == c.glob.file && d.scope == "globals":
		l = c.glob
	}
	n, _ := lookup(l.root, d.loc.JSONPath)
	vn := n.get("value")
	for _, r := range references(s) {
		v.uses = append(v.uses, &varUse{name: r.name, loc: l.atRune(vn, pathKey(d.loc.JSONPath, "value"), r.at), where: "the value of " + d.name})
	}
}

// firstRequest is the first request run under a folder (nil: none).
func (c *checker) firstRequest(folder *itemInfo) *itemInfo {
	for _, r := range c.requests {
		for _, p := range r.parents {
			if p == folder {
				return r
			}
		}
	}
	return nil
}

// envValues is an environment file's list of variables and its path.
func envValues(l *located) (*jnode, string) {
	if l == nil || l.root == nil {
		return nil, ""
	}
	if l.root.kind == jArray {
		return l.root, ""
	}
	root, base := l.root, ""
	if root.get("values") == nil {
		for _, k := range []string{"environment", "globals"} {
			if inner := root.get(k); inner != nil && inner.kind == jObject {
				root, base = inner, k
				break
			}
		}
	}
	return root.get("values"), pathKey(base, "values")
}

// findVariable finds the last variable of key in a variable list.
func findVariable(list *jnode, path, key string) (*jnode, string) {
	if list == nil {
		return nil, path
	}
	if list.kind == jObject {
		return list, path
	}
	for i := len(list.kids) - 1; i >= 0; i-- {
		e := list.kids[i]
		k := e.get("key")
		if k == nil || !k.truthy() {
			k = e.get("id")
		}
		if k != nil && k.str == key {
			return e, pathIndex(path, i)
		}
	}
	return list, path
}

func fileWhere(loc Location) string {
	if loc.JSONPath == "" {
		return loc.File
	}
	return loc.File + " " + loc.JSONPath
}

func scriptWhere(s *scriptInfo, p spos) string {
	owner := "the collection's"
	if s.owner != nil {
		owner = strings.Join(s.owner.label, " / ")
	}
	ev := "pre-request"
	if s.event == "test" {
		ev = "test"
	}
	return fmt.Sprintf("%s %s script %d:%d", owner, ev, p.line, p.col)
}

func getter(scope string) string { return "pm." + scope + ".get" }

// quoteJS quotes a name as a script would.
func quoteJS(s string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
}

// The run's timeline: each request runs its pre-request scripts, is sent,
// then runs its test scripts. tick orders these (request position, phase).
type tick struct{ order, phase int }

const (
	phasePre = iota
	phaseRequest
	phaseTest
)

func (a tick) before(b tick) bool {
	return a.order < b.order || a.order == b.order && a.phase < b.phase
}

func phaseOf(event string) int {
	if event == "test" {
		return phaseTest
	}
	return phasePre
}

// scriptTicks is when a script first runs (ok false: never, with the
// folders selected); a folder's and the collection's scripts run for every
// request under them.
func (c *checker) scriptTick(s *scriptInfo) (tick, bool) {
	var req *itemInfo
	switch {
	case s.owner == nil:
		if len(c.requests) > 0 {
			req = c.requests[0]
		}
	case s.owner.it.Folder:
		req = c.firstRequest(s.owner)
	default:
		if s.owner.order >= 0 {
			req = s.owner
		}
	}
	if req == nil {
		return tick{}, false
	}
	return tick{req.order, phaseOf(s.event)}, true
}

// runsFor says whether a script runs for a request (its own, its folders',
// or the collection's).
func runsFor(s *scriptInfo, req *itemInfo) bool {
	if s.owner == nil || s.owner == req {
		return true
	}
	for _, p := range req.parents {
		if p == s.owner {
			return true
		}
	}
	return false
}

// useTick is when a use is first needed (ok false: never run).
func (c *checker) useTick(u *varUse) (tick, bool) {
	if u.script != nil {
		return c.scriptTick(u.script)
	}
	if u.req == nil || u.req.order < 0 {
		return tick{}, false
	}
	return tick{u.req.order, phaseRequest}, true
}

// setBefore says whether a script's set runs before a use (a pm.variables
// set lasts for its request only); at the same tick it counts as before.
func (c *checker) setBefore(d *varDef, u *varUse) bool {
	ut, ok := c.useTick(u)
	if !ok {
		return true // not run: nothing to say
	}
	if d.scope == "variables" {
		req := u.req
		if u.script != nil {
			if u.script.owner == nil || u.script.owner.it.Folder {
				return true // runs for many requests: lenient
			}
			req = u.script.owner
		}
		if req == nil {
			return true
		}
		return runsFor(d.script, req) && phaseOf(d.script.event) <= ut.phase
	}
	st, ok := c.scriptTick(d.script)
	return ok && !ut.before(st)
}

// matches says whether a definition can supply a use: the scope a script's
// get names, or any.
func matches(d *varDef, u *varUse) bool {
	return d.name == u.name && (u.scope == "" || u.scope == "variables" || u.scope == d.scope)
}

// checkVariables reports variables used but defined nowhere, and variables
// defined and never used.
func (c *checker) checkVariables() {
	v := c.vars()
	known := map[string]bool{}
	for _, n := range dynvars.Names() {
		known[n] = true
	}
	for _, u := range v.uses {
		if _, run := c.useTick(u); !run && (u.req != nil || u.script != nil) {
			continue // not in the selected folders
		}
		if !u.get && u.script != nil {
			continue // has() only asks
		}
		c.checkUse(v, u, known)
	}
	c.checkUnused(v)
}

func (c *checker) checkUse(v *variables, u *varUse, known map[string]bool) {
	var disabled []*varDef
	var later *varDef
	for _, d := range v.byName[u.name] {
		if !matches(d, u) {
			continue
		}
		switch {
		case d.disabled:
			disabled = append(disabled, d)
		case d.script == nil || c.setBefore(d, u):
			return
		case later == nil:
			later = d
		}
	}
	what := "{{" + u.name + "}}"
	sev := Error
	if u.script != nil {
		what = u.where
		sev = Warning
	}
	if u.script == nil && strings.HasPrefix(u.name, "$") && u.scope == "" {
		if known[u.name[1:]] {
			return
		}
		c.add("undefined-variable", Error, u.loc, "%s in the %s is not a dynamic variable courier knows (such as $guid, $timestamp, $randomInt), and no scope defines it: it is sent as written", what, u.where)
		return
	}
	in := "the " + u.where
	if u.script != nil {
		in = "the script"
	}
	switch {
	case later != nil:
		c.add("undefined-variable", Warning, u.loc, "%s in %s is set only by a script that runs after it (%s): on the first iteration %s", what, in, later.from, unresolvedHow(u))
	case len(v.dynamic) > 0:
		c.add("undefined-variable", Warning, u.loc, "%s in %s is defined by no file and set by no script by name; %s sets variables by computed names, which the check cannot follow", what, in, scriptWhere(v.dynamic[0], v.dynPos[0]))
	default:
		msg := fmt.Sprintf("%s in %s is defined nowhere: %s, and no script sets it", what, in, c.scopesSearched(u))
		if len(disabled) > 0 {
			msg += fmt.Sprintf("; it is disabled in %s (a disabled variable is never substituted)", disabled[0].from)
		}
		if it := v.itemVars[u.name]; it != nil {
			msg += fmt.Sprintf("; %s defines it among its own variables, which Newman and courier do not resolve (only the collection's count)", strings.Join(it.label, " / "))
		}
		c.add("undefined-variable", sev, u.loc, "%s; %s", msg, unresolvedHow(u))
	}
}

// unresolvedHow says what happens to an undefined variable.
func unresolvedHow(u *varUse) string {
	if u.script != nil {
		return "it is undefined"
	}
	return "it is sent as {{" + u.name + "}}"
}

// scopesSearched lists where a use was looked for.
func (c *checker) scopesSearched(u *varUse) string {
	var places []string
	add := func(scope, where string) {
		if u.scope == "" || u.scope == "variables" || u.scope == scope {
			places = append(places, where)
		}
	}
	add("collectionVariables", "not a collection variable")
	if c.in.Environment != nil {
		add("environment", "not in "+c.in.EnvironmentFile)
	} else {
		add("environment", "no environment given (-e)")
	}
	switch {
	case c.in.Globals != nil:
		add("globals", "not in "+c.in.GlobalsFile)
	case u.scope == "globals":
		add("globals", "no globals given (-g)")
	}
	switch {
	case c.in.DataFile != "":
		add("iterationData", "not a column of "+c.in.DataFile)
	case u.scope == "iterationData":
		add("iterationData", "no data file given (-d)")
	}
	if len(places) == 0 {
		return "no such scope is given"
	}
	return strings.Join(places, ", ")
}

func (c *checker) checkUnused(v *variables) {
	used := map[string]bool{}
	for _, u := range v.uses {
		used[u.name] = true
	}
	for _, s := range c.scripts {
		for w := range s.facts.words {
			used[w] = true
		}
	}
	reported := map[string]bool{}
	for _, d := range v.defs {
		if d.script != nil || d.disabled || used[d.name] {
			continue
		}
		key := d.scope + "\x00" + d.name + "\x00" + d.from
		if reported[key] {
			continue
		}
		reported[key] = true
		where := scopeLabel[d.scope] + " variable"
		if d.scope == "iterationData" {
			where = "data column"
		}
		c.add("unused-variable", Note, d.loc, "%s %s is never used: no {{%s}} and no script names it", where, d.name, d.name)
	}
}
