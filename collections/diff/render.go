package diff

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// ANSI colours of the text output.
const (
	cReset  = "\x1b[0m"
	cBold   = "\x1b[1m"
	cRed    = "\x1b[31m"
	cGreen  = "\x1b[32m"
	cYellow = "\x1b[33m"
	cCyan   = "\x1b[36m"
)

type painter bool

func (p painter) paint(code, s string) string {
	if !p || s == "" {
		return s
	}
	return code + s + cReset
}

// group is the changes of one item, in output order.
type group struct {
	changes []*Change
}

func (g *group) first() *Change { return g.changes[0] }

// label names the group's item; folders end in "/".
func (g *group) label() string {
	c := g.first()
	l := c.ItemLabel()
	if c.ItemType == TypeFolder {
		l += "/"
	}
	return l
}

// classes summarises the group: "renamed, url 2, headers".
func (g *group) classes() string {
	counts := map[Class]int{}
	var parts []string
	for _, c := range g.changes {
		if c.Path == "" { // the item itself: added, removed, renamed, moved, reordered
			parts = append(parts, string(c.Kind))
			continue
		}
		counts[c.Class]++
	}
	for _, cl := range Classes() {
		switch n := counts[cl]; n {
		case 0:
		case 1:
			parts = append(parts, string(cl))
		default:
			parts = append(parts, fmt.Sprintf("%s %d", cl, n))
		}
	}
	return strings.Join(parts, ", ")
}

func (r *Result) groups() []*group {
	var out []*group
	last := -1
	for i := range r.Changes {
		c := &r.Changes[i]
		if len(out) == 0 || c.group != last {
			out = append(out, &group{})
			last = c.group
		}
		out[len(out)-1].changes = append(out[len(out)-1].changes, c)
	}
	return out
}

// itemOnly reports whether the group is a lone added or removed item.
func (g *group) itemOnly() bool {
	c := g.first()
	return len(g.changes) == 1 && c.Path == "" && (c.Kind == Added || c.Kind == Removed)
}

// variableRenames counts the renamed variables.
func (r *Result) variableRenames() int {
	n := 0
	for i := range r.Changes {
		if isVariableRename(&r.Changes[i]) {
			n++
		}
	}
	return n
}

// totals returns the item counts of the stat line.
func (r *Result) totals() (items, added, removed int) {
	for _, g := range r.groups() {
		switch g.first().ItemType {
		case TypeCollection, TypeEnvironment, TypeGlobals:
			continue
		}
		items++
		for _, c := range g.changes {
			if c.Path == "" && c.Kind == Added {
				added++
			}
			if c.Path == "" && c.Kind == Removed {
				removed++
			}
		}
	}
	return
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// statLine is the closing line of the stat block.
func (r *Result) statLine() string {
	items, added, removed := r.totals()
	s := plural(len(r.Changes), "change", "changes")
	var parts []string
	if items > 0 {
		s += " in " + plural(items, "item", "items")
		if added > 0 || removed > 0 {
			parts = append(parts, fmt.Sprintf("%d added, %d removed", added, removed))
		}
	}
	if n := r.variableRenames(); n > 0 {
		parts = append(parts, plural(n, "variable renamed", "variables renamed"))
	}
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s
}

// displayWidth approximates the terminal width of s: wide and emoji runes count 2.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case r == 0xFE0F || r == 0x200D:
		case r >= 0x1100 && (r <= 0x115F || (r >= 0x2E80 && r <= 0xA4CF) || (r >= 0xAC00 && r <= 0xD7A3) ||
			(r >= 0xF900 && r <= 0xFAFF) || (r >= 0xFF00 && r <= 0xFF60) || (r >= 0x1F000 && r <= 0x1FAFF)):
			w += 2
		default:
			w++
		}
	}
	return w
}

// maxStatLabel is the widest item label of the stat block; longer ones lose
// their beginning.
const maxStatLabel = 60

func statLabel(g *group) string {
	l := g.label()
	if displayWidth(l) <= maxStatLabel {
		return l
	}
	r := []rune(l)
	for len(r) > 0 && displayWidth(string(r))+1 > maxStatLabel {
		r = r[1:]
	}
	return "…" + string(r)
}

func pad(s string, width int) string {
	if d := width - displayWidth(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return s
}

// Write prints the result in the chosen format.
func (r *Result) Write(w io.Writer, o WriteOptions) error {
	var b bytes.Buffer
	switch o.Format {
	case FormatJSON:
		if err := encodeJSON(&b, r.report(o.Summary, o.Verbose)); err != nil {
			return err
		}
	case FormatMarkdown:
		r.writeMarkdown(&b, o.Summary, o.Verbose)
	default:
		r.writeText(&b, o.Summary, o.Verbose, painter(o.Color))
	}
	_, err := w.Write(b.Bytes())
	return err
}

func (r *Result) writeText(b *bytes.Buffer, summary, verbose bool, p painter) {
	if r.Identical() {
		b.WriteString("no changes\n")
		return
	}
	name := r.New.Name
	if r.Old.Name != r.New.Name {
		name = r.Old.Name + " → " + r.New.Name
	}
	if summary {
		fmt.Fprintf(b, "%s: %s\n", name, r.statLine())
		counts := r.Counts()
		for _, cl := range Classes() {
			if counts[cl] > 0 {
				fmt.Fprintf(b, "  %-12s %d\n", cl, counts[cl])
			}
		}
		return
	}
	fmt.Fprintf(b, "%s %s\n", p.paint(cBold, "---"), p.paint(cBold, sideText(r.Old)))
	fmt.Fprintf(b, "%s %s\n", p.paint(cBold, "+++"), p.paint(cBold, sideText(r.New)))
	groups := r.groups()
	width := 0
	for _, g := range groups {
		width = max(width, displayWidth(statLabel(g)))
	}
	for _, g := range groups {
		cls := g.classes()
		switch g.first().Kind {
		case Added:
			if g.first().Path == "" {
				cls = p.paint(cGreen, cls)
			}
		case Removed:
			if g.first().Path == "" {
				cls = p.paint(cRed, cls)
			}
		}
		fmt.Fprintf(b, " %s | %s\n", pad(statLabel(g), width), cls)
	}
	fmt.Fprintf(b, " %s\n", r.statLine())
	for _, g := range groups {
		b.WriteString("\n")
		head := p.paint(cBold, g.label())
		if req := r.requests[g.first().group]; req != "" && !g.itemOnly() {
			head += "  " + p.paint(cCyan, req)
		}
		b.WriteString(head + "\n")
		for _, c := range g.changes {
			s := sign(c)
			line := s + " " + describe(c, plainStyle)
			switch s {
			case "+":
				line = p.paint(cGreen, line)
			case "-":
				line = p.paint(cRed, line)
			default:
				line = p.paint(cYellow, line)
			}
			b.WriteString("  " + line + "\n")
			writeTextDiff(b, c.Diff, "      ", p)
			if verbose {
				for i := range c.Folded {
					f := &c.Folded[i]
					b.WriteString("      " + p.paint(cYellow, sign(f)+" "+f.ItemLabel()+": "+describe(f, plainStyle)) + "\n")
					writeTextDiff(b, f.Diff, "          ", p)
				}
			}
		}
	}
}

// writeTextDiff writes a unified diff, indented.
func writeTextDiff(b *bytes.Buffer, diff, indent string, p painter) {
	if diff == "" {
		return
	}
	for _, l := range splitLines(diff) {
		switch {
		case strings.HasPrefix(l, "@@"):
			l = p.paint(cCyan, l)
		case strings.HasPrefix(l, "+"):
			l = p.paint(cGreen, l)
		case strings.HasPrefix(l, "-"):
			l = p.paint(cRed, l)
		}
		b.WriteString(indent + l + "\n")
	}
}

func sideText(s Source) string {
	switch {
	case s.Source != "" && s.Name != "":
		return s.Source + "  (" + s.Name + ")"
	case s.Source != "":
		return s.Source
	}
	return s.Name
}

// Markdown ------------------------------------------------------------------

// mdEscape escapes Markdown punctuation in plain text.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdCode wraps s in a code span long enough not to be closed by its content.
func mdCode(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") || s == "" {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

// mdValue renders a change value as a code span ("(none)" and "(secret)" plain).
func mdValue(c *Change, v any) string {
	t := valueText(c, v)
	if v == nil || (c.Masked && v == Secret) {
		return "*" + t + "*"
	}
	return mdCode(t)
}

var markdownStyle = style{
	field: func(s string) string { return "**" + mdEscape(s) + "**" },
	value: mdValue,
	text:  mdEscape,
	verbs: true,
}

// mdFence returns a code fence longer than any backtick run in s.
func mdFence(s string) string {
	fence := "```"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	return fence
}

func (r *Result) writeMarkdown(b *bytes.Buffer, summary, verbose bool) {
	if r.Identical() {
		b.WriteString("No changes.\n")
		return
	}
	name := r.New.Name
	if r.Old.Name != r.New.Name {
		name = r.Old.Name + " → " + r.New.Name
	}
	title := "Collection"
	switch r.Type {
	case TypeEnvironment:
		title = "Environment"
	case TypeGlobals:
		title = "Globals"
	}
	fmt.Fprintf(b, "### %s diff: %s\n\n", title, mdEscape(name))
	if r.Old.Source != "" || r.New.Source != "" {
		fmt.Fprintf(b, "%s → %s: ", mdCode(r.Old.Source), mdCode(r.New.Source))
	}
	fmt.Fprintf(b, "**%s**\n\n", r.statLine())
	if summary {
		b.WriteString("| Class | Changes |\n| --- | ---: |\n")
		counts := r.Counts()
		for _, cl := range Classes() {
			if counts[cl] > 0 {
				fmt.Fprintf(b, "| %s | %d |\n", cl, counts[cl])
			}
		}
		return
	}
	groups := r.groups()
	b.WriteString("| Item | Changes |\n| --- | --- |\n")
	for _, g := range groups {
		fmt.Fprintf(b, "| %s | %s |\n", mdEscape(g.label()), g.classes())
	}
	for _, g := range groups {
		fmt.Fprintf(b, "\n#### %s\n\n", mdEscape(g.label()))
		if req := r.requests[g.first().group]; req != "" && !g.itemOnly() {
			fmt.Fprintf(b, "%s\n\n", mdCode(req))
		}
		for _, c := range g.changes {
			fmt.Fprintf(b, "- %s\n", describe(c, markdownStyle))
			writeMarkdownDiff(b, c.Diff, "  ")
			if verbose {
				for i := range c.Folded {
					f := &c.Folded[i]
					fmt.Fprintf(b, "  - %s: %s\n", mdEscape(f.ItemLabel()), describe(f, markdownStyle))
					writeMarkdownDiff(b, f.Diff, "    ")
				}
			}
		}
	}
}

// writeMarkdownDiff writes a unified diff as a fenced block, indented.
func writeMarkdownDiff(b *bytes.Buffer, diff, indent string) {
	if diff == "" {
		return
	}
	fence := mdFence(diff)
	fmt.Fprintf(b, "\n%s%sdiff\n", indent, fence)
	for _, l := range splitLines(diff) {
		b.WriteString(indent + l + "\n")
	}
	fmt.Fprintf(b, "%s%s\n\n", indent, fence)
}

// JSON ------------------------------------------------------------------------

// Report is the JSON output (schema version 1):
//
//	{
//	  "version": 1,
//	  "type": "environment",                     // environment or globals files only
//	  "old": {"source": "HEAD~1:shop.json", "name": "Shop API"},
//	  "new": {"source": "shop.json", "name": "Shop API"},
//	  "identical": false,
//	  "counts": {"added": 1, "auth": 0, ...},   // every class, changes per class
//	  "changes": [Change, ...]                   // absent with --summary
//	}
//
// See Change for the fields of a change.
type Report struct {
	Version int `json:"version"`
	// Type is "environment" or "globals" when two environment or globals
	// files were compared; absent for collections.
	Type      string        `json:"type,omitempty"`
	Old       Source        `json:"old"`
	New       Source        `json:"new"`
	Identical bool          `json:"identical"`
	Counts    map[Class]int `json:"counts"`
	Changes   *[]Change     `json:"changes,omitempty"`
}

// JSONVersion is the version of the JSON schema.
const JSONVersion = 1

// Report builds the JSON output; summary leaves the changes out. Changes
// folded into variable renames are left out (see ReportVerbose).
func (r *Result) Report(summary bool) Report { return r.report(summary, false) }

// ReportVerbose is Report with the folded changes of variable renames.
func (r *Result) ReportVerbose(summary bool) Report { return r.report(summary, true) }

func (r *Result) report(summary, verbose bool) Report {
	rep := Report{Version: JSONVersion, Type: r.Type, Old: r.Old, New: r.New, Identical: r.Identical(), Counts: r.Counts()}
	if !summary {
		ch := r.Changes
		if ch == nil {
			ch = []Change{}
		}
		if !verbose {
			for i := range ch {
				if ch[i].Folded != nil {
					ch = append([]Change(nil), ch...)
					for j := range ch {
						ch[j].Folded = nil
					}
					break
				}
			}
		}
		rep.Changes = &ch
	}
	return rep
}

func encodeJSON(b *bytes.Buffer, v any) error {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
