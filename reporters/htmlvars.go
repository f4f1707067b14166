package reporters

import (
	"encoding/json"
	"strconv"
)

// RunScopes are a run's environment, globals and collection variables at
// one moment (each Scope's Name and Values; values masked by whoever fills
// it, as Scope.JSON's are).
type RunScopes struct {
	Environment, Globals, Collection Scope
}

// htmlVarTable is one of the variables section's tables: the scopes at the
// start or at the end of the run.
type htmlVarTable struct {
	ID, Caption string
	Groups      []htmlVarGroup
	Unknown     string // why the table is absent
}

type htmlVarGroup struct {
	ID, Label, Name string
	Vars            []htmlVar
	Changes         string // "2 changed · 1 new" (end table)
}

// variables is the variables section: the scopes at the start and at the
// end of the run, the end's variables marked where they differ from the
// start's (changed, new, unset). Skipped names (htmlextra's
// skipEnvironmentVars, skipGlobalVars) are left out of both.
func (h *htmlBuilder) variables(start, end *RunScopes) []htmlVarTable {
	if start == nil && end == nil {
		return nil
	}
	type scopeOf func(*RunScopes) Scope
	kinds := []struct {
		id, label string
		get       scopeOf
		skip      []string
	}{
		{"environment", "Environment", func(r *RunScopes) Scope { return r.Environment }, h.o.SkipEnvironmentVars},
		{"globals", "Globals", func(r *RunScopes) Scope { return r.Globals }, h.o.SkipGlobalVars},
		{"collection", "Collection variables", func(r *RunScopes) Scope { return r.Collection }, nil},
	}
	table := func(id, caption string, r, before *RunScopes) htmlVarTable {
		t := htmlVarTable{ID: id, Caption: caption}
		if r == nil {
			t.Unknown = "Not known: the run did not get that far."
			return t
		}
		for _, k := range kinds {
			g := htmlVarGroup{ID: id + "-" + k.id, Label: k.label, Name: h.mask(k.get(r).Name)}
			g.Vars = h.varList(k.get(r), k.skip)
			if before != nil {
				g.Changes = markChanges(&g, h.varList(k.get(before), k.skip))
			}
			t.Groups = append(t.Groups, g)
		}
		return t
	}
	return []htmlVarTable{
		table("vars-start", "At the start of the run", start, nil),
		table("vars-end", "At the end of the run", end, start),
	}
}

// varList is a scope's variables as shown (masked, skipped ones left out).
func (h *htmlBuilder) varList(sc Scope, skip []string) []htmlVar {
	var out []htmlVar
	for _, v := range sc.Values {
		if named(skip, v.Key) {
			continue
		}
		text, ok := v.Value.(string)
		if !ok {
			b, _ := json.Marshal(v.Value)
			text = string(b)
		}
		out = append(out, htmlVar{Key: h.mask(v.Key), Value: h.mask(text), Disabled: v.Disabled})
	}
	return out
}

// markChanges marks g's variables that are new or changed since before,
// appends the ones before had and g lacks as unset, and sums them up.
// Variables pair by key and occurrence (a scope may list a key twice);
// disabled ones are not compared.
func markChanges(g *htmlVarGroup, before []htmlVar) string {
	type slot struct {
		key string
		n   int
	}
	slots := func(vs []htmlVar, each func(slot, *htmlVar)) {
		seen := map[string]int{}
		for i := range vs {
			if !vs[i].Disabled {
				seen[vs[i].Key]++
				each(slot{vs[i].Key, seen[vs[i].Key]}, &vs[i])
			}
		}
	}
	was := map[slot]string{}
	slots(before, func(k slot, v *htmlVar) { was[k] = v.Value })
	now := map[slot]bool{}
	changed, added, unset := 0, 0, 0
	slots(g.Vars, func(k slot, v *htmlVar) {
		now[k] = true
		old, ok := was[k]
		switch {
		case !ok:
			v.Mark, added = "new", added+1
		case old != v.Value:
			v.Mark, changed = "changed", changed+1
		}
	})
	slots(before, func(k slot, v *htmlVar) {
		if !now[k] {
			g.Vars = append(g.Vars, htmlVar{Key: v.Key, Mark: "unset"})
			unset++
		}
	})
	var parts []string
	for _, p := range []struct {
		n    int
		text string
	}{{changed, "changed"}, {added, "new"}, {unset, "unset"}} {
		if p.n > 0 {
			parts = append(parts, strconv.Itoa(p.n)+" "+p.text)
		}
	}
	if len(parts) == 0 {
		return "unchanged"
	}
	out := parts[0]
	for _, p := range parts[1:] {
		out += " · " + p
	}
	return out
}
