package check

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/internal/dynvars"
	"github.com/courier-run/courier/internal/redact"
)

// Precedence is the order in which a run looks a variable up, highest
// first (vars.Set.Get): a script's pm.variables.set for the current
// request, the iteration's data row, the environment (with --env-var), the
// collection's variables, the globals (with --global-var); a {{$name}}
// dynamic variable only when none of them has the name.
var Precedence = []string{"variables", "iterationData", "environment", "collectionVariables", "globals"}

// Explanation tells where a variable comes from at each place it is used.
type Explanation struct {
	Variable    string       `json:"variable"`
	Precedence  []string     `json:"precedence"`
	Definitions []ExplainDef `json:"definitions"`
	Sets        []ExplainDef `json:"sets"`
	Uses        []ExplainUse `json:"uses"`
}

// ExplainDef is a file's, an option's or a script's definition.
type ExplainDef struct {
	Scope    string   `json:"scope"`
	From     string   `json:"from"`
	Value    *string  `json:"value,omitempty"` // masked when it is a secret; absent for a script's set
	Type     string   `json:"type,omitempty"`
	Disabled bool     `json:"disabled,omitempty"`
	Location Location `json:"location"`
}

// ExplainUse is a use and the scope that supplies it there.
type ExplainUse struct {
	Where    string   `json:"where"`
	Location Location `json:"location"`
	// Scope supplies the value ("" when nothing does; "dynamic" for a
	// {{$name}}); From is the file, option or script it comes from.
	Scope string `json:"scope"`
	From  string `json:"from,omitempty"`
	// Shadows are the other definitions it wins over.
	Shadows []string `json:"shadows,omitempty"`
	// Later is a script's set that runs only after the use: the value from
	// the next iteration on.
	Later string `json:"later,omitempty"`
}

// Explain tells which scope supplies name at each of its uses.
func Explain(in Input, name string) *Explanation {
	c := newChecker(in)
	c.analyseAll()
	v := c.vars()
	e := &Explanation{Variable: name, Precedence: Precedence, Definitions: []ExplainDef{}, Sets: []ExplainDef{}, Uses: []ExplainUse{}}
	m := redact.New(redact.Options{})
	for _, d := range v.defs {
		if d.name != name {
			continue
		}
		ed := ExplainDef{Scope: d.scope, From: d.from, Type: d.typ, Disabled: d.disabled, Location: d.loc}
		if d.script != nil {
			e.Sets = append(e.Sets, ed)
			continue
		}
		val := shown(d.value)
		if strings.EqualFold(d.typ, "secret") || m.IsSecretName(name) {
			val = redact.DefaultMask
		}
		ed.Value = &val
		e.Definitions = append(e.Definitions, ed)
	}
	known := map[string]bool{}
	for _, n := range dynvars.Names() {
		known[n] = true
	}
	var order [][]int
	for _, u := range v.uses {
		if u.name != name {
			continue
		}
		eu := ExplainUse{Where: u.where, Location: u.loc}
		var best *varDef
		var cands []*varDef
		for _, d := range v.byName[name] {
			if d.disabled || !matches(d, u) || d.script != nil && !c.setBefore(d, u) {
				continue
			}
			cands = append(cands, d)
			if best == nil || c.wins(d, best) {
				best = d
			}
		}
		var others []*varDef
		for _, d := range cands {
			if d != best && (scopeRank[d.scope] < scopeRank[best.scope] || d.scope == best.scope && d.script == nil && best.script != nil) {
				others = append(others, d)
			}
		}
		switch {
		case best != nil:
			eu.Scope, eu.From = best.scope, best.from
			for _, o := range others {
				eu.Shadows = append(eu.Shadows, scopeLabel[o.scope]+" ("+o.from+")")
			}
		case strings.HasPrefix(name, "$") && known[name[1:]]:
			eu.Scope = "dynamic"
		default:
			for _, d := range v.byName[name] {
				if d.script != nil && !d.disabled && matches(d, u) {
					eu.Later = scopeLabel[d.scope] + " (" + d.from + ")"
					break
				}
			}
		}
		e.Uses = append(e.Uses, eu)
		order = append(order, c.orderOf(u.loc))
	}
	idx := make([]int, len(e.Uses))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return lessOrder(order[idx[i]], order[idx[j]]) })
	uses := make([]ExplainUse, len(idx))
	for i, k := range idx {
		uses[i] = e.Uses[k]
	}
	e.Uses = uses
	return e
}

// wins says whether definition d supplies a value over best: a higher
// scope; in the same scope, a script's set over a file's value, a later set
// over an earlier one, and a later file value (--env-var after the file).
func (c *checker) wins(d, best *varDef) bool {
	if rd, rb := scopeRank[d.scope], scopeRank[best.scope]; rd != rb {
		return rd > rb
	}
	if (d.script != nil) != (best.script != nil) {
		return d.script != nil
	}
	if d.script != nil {
		td, _ := c.scriptTick(d.script)
		tb, _ := c.scriptTick(best.script)
		return tb.before(td)
	}
	return true
}

// shown is a value as the explanation prints it (at most 60 characters).
func shown(v any) string {
	if _, undef := v.(collections.NotJSON); undef {
		return "(no value)"
	}
	s := collections.ValueString(v)
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "..."
	}
	return s
}

// Write writes the explanation as text or JSON.
func (e *Explanation) Write(w io.Writer, o WriteOptions) error {
	var b bytes.Buffer
	if o.Format == FormatJSON {
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(e); err != nil {
			return err
		}
		_, err := w.Write(b.Bytes())
		return err
	}
	p := painter(o.Color)
	var prec []string
	for _, s := range e.Precedence {
		prec = append(prec, scopeLabel[s])
	}
	fmt.Fprintf(&b, "%s\n", p.paint(cBold, "{{"+e.Variable+"}}"))
	fmt.Fprintf(&b, "  precedence, highest first: %s; a {{$name}} dynamic variable only when no scope has the name\n", strings.Join(prec, " > "))
	b.WriteString("\n" + p.paint(cBold, "defined by files and options") + "\n")
	if len(e.Definitions) == 0 {
		b.WriteString("  (none)\n")
	}
	for _, d := range e.Definitions {
		extra := ""
		if d.Disabled {
			extra = "  (disabled: never substituted)"
		}
		fmt.Fprintf(&b, "  %-20s %s = %q%s\n", scopeLabel[d.Scope], placeOf(d.Location, d.From), *d.Value, extra)
	}
	b.WriteString("\n" + p.paint(cBold, "set by scripts") + "\n")
	if len(e.Sets) == 0 {
		b.WriteString("  (none)\n")
	}
	for _, d := range e.Sets {
		fmt.Fprintf(&b, "  %-20s %s\n", scopeLabel[d.Scope], d.From)
	}
	b.WriteString("\n" + p.paint(cBold, fmt.Sprintf("used (%d)", len(e.Uses))) + "\n")
	if len(e.Uses) == 0 {
		b.WriteString("  (nowhere)\n")
	}
	for _, u := range e.Uses {
		item := "(collection)"
		if len(u.Location.Item) > 0 {
			item = strings.Join(u.Location.Item, " / ")
		} else if u.Location.File != "" && u.Location.JSONPath != "" && !strings.HasPrefix(u.Location.JSONPath, "item") {
			item = "(" + u.Location.File + ")"
		}
		where := u.Where
		if w := scriptWhat(u.Location); w != "" {
			where = w + " " + where
		}
		supplier := p.paint(cRed, "nothing: unresolved")
		switch u.Scope {
		case "":
			if u.Later != "" {
				supplier = p.paint(cRed, "nothing on the first iteration") + "; from then on " + u.Later
			}
		case "dynamic":
			supplier = "a dynamic variable"
		default:
			supplier = scopeLabel[u.Scope] + " (" + u.From + ")"
		}
		fmt.Fprintf(&b, "  %s: %s\n      ← %s\n", item, where, supplier)
		if len(u.Shadows) > 0 {
			fmt.Fprintf(&b, "        over %s\n", strings.Join(u.Shadows, ", "))
		}
		if place := filePlace(u.Location); place != "" {
			fmt.Fprintf(&b, "      %s\n", p.paint(cDim, place))
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// placeOf is a definition's place: file:line:col and path, or the option.
func placeOf(l Location, from string) string {
	if l.FileLine > 0 {
		return fmt.Sprintf("%s:%d:%d %s", l.File, l.FileLine, l.FileColumn, l.JSONPath)
	}
	return from
}
