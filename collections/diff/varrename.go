package diff

import (
	"fmt"
	"sort"
	"strings"

	"github.com/courier-run/courier/collections"
)

// Variable renames: a collection variable removed and another added whose
// uses were rewritten from the old name to the new (or whose names differ
// only in case) are one change. A use is a {{name}} reference in a request
// (URL, headers, body, auth), in a variable's value or in an auth parameter,
// or the name as a quoted string in a script (pm.collectionVariables.get("name")).

// VarUses says how the uses of a renamed variable followed the rename.
type VarUses struct {
	// Updated is the number of uses of the old name, in items present in both
	// versions, that use the new name in the new version.
	Updated int `json:"updated"`
	// Total is the number of uses of the old name in items present in both versions.
	Total int `json:"total"`
	// Stale lists the items of the new version that still use the old name.
	Stale []string `json:"stale,omitempty"`
}

// varRename is one detected variable rename.
type varRename struct {
	from, to string
	uses     VarUses
	known    bool // uses were counted (not for environments)
	clean    bool // every use followed: changes that only follow from it are folded
	change   int  // index of the rename change in Result.Changes, -1 before it is added
}

// note is the rename's human-readable detail.
func (v *varRename) note() string {
	if !v.known {
		return ""
	}
	u := v.uses
	var s string
	switch {
	case u.Total == 0 && u.Updated == 0:
		s = "no uses"
	case u.Updated == u.Total:
		s = plural(u.Updated, "use", "uses") + " updated"
	default:
		s = fmt.Sprintf("%d of %d uses updated", u.Updated, u.Total)
	}
	if len(u.Stale) > 0 {
		const show = 5
		places := u.Stale
		more := ""
		if len(places) > show {
			more = fmt.Sprintf(" and %d more", len(places)-show)
			places = places[:show]
		}
		s += fmt.Sprintf("; {{%s}} still used in %s%s", v.from, strings.Join(places, ", "), more)
	}
	if !v.clean {
		s += ", so the changes that follow from the rename are not folded"
	}
	return s
}

// eachQuoted calls fn with the bounds (quotes included) of every quoted
// string in a script that holds no blank, quote or backslash ("name",
// 'name', `name`), scanning left to right.
func eachQuoted(s string, fn func(start, end int)) {
	for i := 0; i < len(s); i++ {
		q := s[i]
		if q != '\'' && q != '"' && q != '`' {
			continue
		}
		k := i + 1
		for k < len(s) && !quotedStop(s[k]) {
			k++
		}
		if k < len(s) && s[k] == q && k > i+1 {
			fn(i, k+1)
			i = k
		}
	}
}

func quotedStop(c byte) bool {
	switch c {
	case '\'', '"', '`', '\\', ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return false
}

// eachRef calls fn with the name of every {{name}} in s.
func eachRef(s string, fn func(name string)) {
	for {
		i := strings.Index(s, "{{")
		if i < 0 {
			return
		}
		j := strings.Index(s[i+2:], "}}")
		if j < 0 {
			return
		}
		fn(s[i+2 : i+2+j])
		s = s[i+2+j+2:]
	}
}

// eachUse calls fn with every variable name s uses: {{name}} references, and
// quoted strings in a script.
func eachUse(s string, script bool, fn func(name string)) {
	eachRef(s, fn)
	if script && strings.ContainsAny(s, "'\"`") {
		eachQuoted(s, func(i, j int) { fn(s[i+1 : j-1]) })
	}
}

// rewriter replaces the uses of renamed variables by their new names.
type rewriter map[string]string

// rewrite returns s with the uses of the renamed variables replaced, and
// whether anything was replaced.
func (rw rewriter) rewrite(s string, script bool) (string, bool) {
	if len(rw) == 0 || (!strings.Contains(s, "{{") && !(script && strings.ContainsAny(s, "'\"`"))) {
		return s, false
	}
	changed := false
	var b strings.Builder
	rest := s
	for {
		i := strings.Index(rest, "{{")
		if i < 0 {
			break
		}
		j := strings.Index(rest[i+2:], "}}")
		if j < 0 {
			break
		}
		name := rest[i+2 : i+2+j]
		b.WriteString(rest[:i+2])
		if to, ok := rw[name]; ok {
			b.WriteString(to)
			changed = true
		} else {
			b.WriteString(name)
		}
		b.WriteString("}}")
		rest = rest[i+2+j+2:]
	}
	b.WriteString(rest)
	out := b.String()
	if script && strings.ContainsAny(out, "'\"`") {
		var q strings.Builder
		last := 0
		eachQuoted(out, func(i, j int) {
			if to, ok := rw[out[i+1:j-1]]; ok {
				q.WriteString(out[last : i+1])
				q.WriteString(to)
				last = j - 1
				changed = true
			}
		})
		if last > 0 {
			q.WriteString(out[last:])
			out = q.String()
		}
	}
	return out, changed
}

// rewriteAny rewrites the strings inside a JSON value (a saved example).
func (rw rewriter) rewriteAny(v any) any {
	if len(rw) == 0 {
		return v
	}
	switch t := v.(type) {
	case string:
		s, _ := rw.rewrite(t, false)
		return s
	case map[string]any:
		m := make(map[string]any, len(t))
		for k, e := range t {
			m[k] = rw.rewriteAny(e)
		}
		return m
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = rw.rewriteAny(e)
		}
		return out
	}
	return v
}

// textOf returns a change value as text for folding ("" and false when it is
// not text).
func textOf(v any) (string, bool) {
	switch t := v.(type) {
	case string:
		return t, true
	case varRef:
		return string(t), true
	}
	return "", false
}

// follows reports whether a change only follows from the renames: its old
// value, rewritten, is its new value.
func (rw rewriter) follows(ch *Change) bool {
	if len(rw) == 0 || ch.Kind != Changed || ch.Masked {
		return false
	}
	o, ok1 := textOf(ch.Old)
	n, ok2 := textOf(ch.New)
	if !ok1 || !ok2 {
		return false
	}
	r, changed := rw.rewrite(o, ch.Class == ClassScripts)
	return changed && r == n
}

// eachString calls fn with every string of a request or folder item that may
// use a variable (descriptions and saved examples aside).
func eachString(it *collections.Item, fn func(s string, script bool)) {
	for _, v := range it.Variables {
		fn(collections.ValueString(v.Value), false)
	}
	for _, e := range it.Events {
		fn(e.Script.Exec, true)
	}
	eachAuthString(it.Auth, fn)
	r := it.Request
	if r == nil {
		return
	}
	u := r.URL.Readable()
	fn(u.Protocol, false)
	for _, h := range u.Host {
		fn(h, false)
	}
	fn(u.Port, false)
	for _, p := range u.Path {
		fn(p, false)
	}
	for _, q := range u.Query {
		fn(q.Key, false)
		fn(q.Value, false)
	}
	fn(u.Hash, false)
	for _, v := range u.Variables {
		fn(collections.ValueString(v.Value), false)
	}
	for _, h := range r.Headers {
		fn(h.Key, false)
		fn(h.Value, false)
	}
	if b := r.Body; b != nil {
		fn(b.Raw, false)
		for _, ps := range [][]collections.FormParam{b.URLEncoded, b.FormData} {
			for _, p := range ps {
				fn(p.Key, false)
				fn(p.Value, false)
			}
		}
		if b.File != nil {
			fn(b.File.Src, false)
		}
		if b.GraphQL != nil {
			fn(b.GraphQL.Query, false)
			fn(b.GraphQL.Variables, false)
		}
	}
	eachAuthString(r.Auth, fn)
}

func eachAuthString(a *collections.Auth, fn func(string, bool)) {
	if a == nil {
		return
	}
	for _, p := range a.Params {
		if s, ok := p.Value.(string); ok {
			fn(s, false)
		}
	}
}

// eachCollectionString is eachString for the collection's own fields.
func eachCollectionString(c *collections.Collection, fn func(string, bool)) {
	for _, v := range c.Variables {
		fn(collections.ValueString(v.Value), false)
	}
	for _, e := range c.Events {
		fn(e.Script.Exec, true)
	}
	eachAuthString(c.Auth, fn)
}

// useCounts counts, for each node of a tree, the uses of the names in want.
func useCounts(t *tree, c *collections.Collection, want map[string]bool) map[*node]map[string]int {
	out := map[*node]map[string]int{}
	for _, n := range t.nodes {
		var m map[string]int
		count := func(s string, script bool) {
			eachUse(s, script, func(name string) {
				if want[name] {
					if m == nil {
						m = map[string]int{}
					}
					m[name]++
				}
			})
		}
		if n.item == nil {
			eachCollectionString(c, count)
		} else {
			eachString(n.item, count)
		}
		if m != nil {
			out[n] = m
		}
	}
	return out
}

// variableKeys lists the keys of vs in order, first occurrences only.
func variableKeys(vs []collections.Variable) ([]string, map[string]bool) {
	var keys []string
	set := map[string]bool{}
	for _, v := range vs {
		if !set[v.Key] {
			set[v.Key] = true
			keys = append(keys, v.Key)
		}
	}
	return keys, set
}

// removedAndAdded returns the keys only in olds and those only in news.
func removedAndAdded(olds, news []collections.Variable) (removed, added []string) {
	ok, oset := variableKeys(olds)
	nk, nset := variableKeys(news)
	for _, k := range ok {
		if !nset[k] {
			removed = append(removed, k)
		}
	}
	for _, k := range nk {
		if !oset[k] {
			added = append(added, k)
		}
	}
	return removed, added
}

// pairRenames picks renames greedily from candidates (best first).
func pairRenames(cands []*varRename, better func(a, b *varRename) bool) []*varRename {
	sort.SliceStable(cands, func(i, j int) bool { return better(cands[i], cands[j]) })
	usedFrom, usedTo := map[string]bool{}, map[string]bool{}
	var out []*varRename
	for _, c := range cands {
		if usedFrom[c.from] || usedTo[c.to] {
			continue
		}
		usedFrom[c.from], usedTo[c.to] = true, true
		out = append(out, c)
	}
	return out
}

// collectionVarRenames finds the renamed collection variables of two matched trees.
func collectionVarRenames(old, new *collections.Collection, ot, nt *tree) []*varRename {
	removed, added := removedAndAdded(old.Variables, new.Variables)
	if len(removed) == 0 || len(added) == 0 {
		return nil
	}
	want := map[string]bool{}
	for _, k := range removed {
		want[k] = true
	}
	for _, k := range added {
		want[k] = true
	}
	oc := useCounts(ot, old, want)
	nc := useCounts(nt, new, want)
	usedInOld := map[string]bool{}
	for _, m := range oc {
		for k := range m {
			usedInOld[k] = true
		}
	}
	label := func(n *node) string {
		if n.item == nil {
			return "(collection)"
		}
		return strings.Join(n.names, " / ")
	}
	isRemoved := map[string]bool{}
	for _, k := range removed {
		isRemoved[k] = true
	}
	// Per old name: its uses in items present in both versions, and how many
	// of them the counterpart item makes with each new name; the new items
	// still using it.
	total := map[string]int{}
	updated := map[string]map[string]int{}
	for _, o := range ot.nodes {
		if o.match == nil {
			continue
		}
		for x, k := range oc[o] {
			if !isRemoved[x] {
				continue
			}
			total[x] += k
			for y, ky := range nc[o.match] {
				if isRemoved[y] || usedInOld[y] {
					continue
				}
				if updated[x] == nil {
					updated[x] = map[string]int{}
				}
				updated[x][y] += min(k, ky)
			}
		}
	}
	stale := map[string][]string{}
	for _, n := range nt.nodes {
		for x := range nc[n] {
			if isRemoved[x] {
				stale[x] = append(stale[x], label(n))
			}
		}
	}
	// Candidates: the new names the old name's uses became, and the names
	// differing only in case (not every pair: there may be thousands).
	addedAt := map[string]int{}
	byFold := map[string][]string{}
	for i, k := range added {
		addedAt[k] = i
		byFold[strings.ToLower(k)] = append(byFold[strings.ToLower(k)], k)
	}
	var cands []*varRename
	for _, x := range removed {
		ys := append([]string(nil), byFold[strings.ToLower(x)]...)
		for y := range updated[x] {
			if _, ok := addedAt[y]; ok && !strings.EqualFold(x, y) {
				ys = append(ys, y)
			}
		}
		sort.Slice(ys, func(i, j int) bool { return addedAt[ys[i]] < addedAt[ys[j]] })
		for _, y := range ys {
			if usedInOld[y] {
				continue // the new name already meant something
			}
			u := VarUses{Updated: updated[x][y], Total: total[x], Stale: stale[x]}
			if !strings.EqualFold(x, y) && (u.Updated == 0 || 2*u.Updated <= u.Total) {
				continue
			}
			cands = append(cands, &varRename{from: x, to: y, known: true, change: -1, uses: u,
				clean: u.Updated == u.Total && len(u.Stale) == 0})
		}
	}
	order := map[string]int{}
	for i, k := range removed {
		order["-"+k] = i
	}
	for i, k := range added {
		order["+"+k] = i
	}
	return pairRenames(cands, func(a, b *varRename) bool {
		if a.uses.Updated != b.uses.Updated {
			return a.uses.Updated > b.uses.Updated
		}
		if ac, bc := strings.EqualFold(a.from, a.to), strings.EqualFold(b.from, b.to); ac != bc {
			return ac
		}
		if order["-"+a.from] != order["-"+b.from] {
			return order["-"+a.from] < order["-"+b.from]
		}
		return order["+"+a.to] < order["+"+b.to]
	})
}

// caseOnlyRenames finds variables whose names differ only in case (for
// environments, where no uses are visible).
func caseOnlyRenames(olds, news []collections.Variable) []*varRename {
	removed, added := removedAndAdded(olds, news)
	var out []*varRename
	taken := map[string]bool{}
	for _, x := range removed {
		for _, y := range added {
			if !taken[y] && strings.EqualFold(x, y) {
				taken[y] = true
				out = append(out, &varRename{from: x, to: y, change: -1})
				break
			}
		}
	}
	return out
}

// renameVariables returns olds with the renamed keys changed to their new names.
func renameVariables(olds []collections.Variable, renames []*varRename) []collections.Variable {
	if len(renames) == 0 {
		return olds
	}
	to := map[string]string{}
	for _, r := range renames {
		to[r.from] = r.to
	}
	out := make([]collections.Variable, len(olds))
	for i, v := range olds {
		if t, ok := to[v.Key]; ok {
			v.Key = t
		}
		out[i] = v
	}
	return out
}
