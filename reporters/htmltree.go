package reporters

import (
	"io"
	"sort"
	"strconv"

	"github.com/courier-run/courier/events"
)

// The html report's requests section groups the executions by iteration,
// then by folder: one section per iteration (in iteration order), holding
// the iteration's folders and requests as a tree in the order each first
// ran. An execution that a pm.execution.setNextRequest jump ran out of its
// folder's order is still listed under its folder (a folder appears once
// per iteration), so the roll-up counts are the whole folder's in that
// iteration. The tree is built in a first pass over s.Executions that keeps
// per execution only its index and status; the executions are then written
// one at a time, in tree order.

// htmlCounts are a folder's or an iteration's executions by status.
type htmlCounts struct{ Requests, Passed, Failed, Skipped int }

func (c *htmlCounts) add(status string) {
	c.Requests++
	switch status {
	case "failed":
		c.Failed++
	case "skipped":
		c.Skipped++
	default:
		c.Passed++
	}
}

// Text is the roll-up as shown: "3 passed · 1 failed · 2 skipped" (passed
// always, the others when there are any).
func (c htmlCounts) Text() string {
	s := strconv.Itoa(c.Passed) + " passed"
	if c.Failed > 0 {
		s += " · " + strconv.Itoa(c.Failed) + " failed"
	}
	if c.Skipped > 0 {
		s += " · " + strconv.Itoa(c.Skipped) + " skipped"
	}
	return s
}

// htmlNode is a folder (or an iteration's root) in the tree.
type htmlNode struct {
	name, path string
	folders    map[string]*htmlNode
	kids       []htmlKid // folders and executions, in the order they first ran
	counts     htmlCounts
	shown      int // executions listed (all but passing ones under OnlyFailures)
}

// htmlKid is a folder or an execution (its index in s.Executions).
type htmlKid struct {
	folder *htmlNode
	exec   int
}

// htmlIteration is one iteration's section.
type htmlIteration struct {
	N      int // 0-based
	Label  string
	Counts htmlCounts
	root   *htmlNode
}

func execStatus(x *events.Execution) string {
	switch {
	case executionFailed(x):
		return "failed"
	case x.Skipped:
		return "skipped"
	}
	return "passed"
}

// htmlTree groups s's executions by iteration and folder. With executions
// of several collections (courier run a.json b.json) each collection is a
// top-level folder.
func htmlTree(s *events.Summary, onlyFailures bool) []*htmlIteration {
	byN := map[int]*htmlIteration{}
	var its []*htmlIteration
	several := false
	for _, x := range s.Executions {
		if x.CollectionIndex != s.Executions[0].CollectionIndex {
			several = true
			break
		}
	}
	for i, x := range s.Executions {
		it := byN[x.Cursor.Iteration]
		if it == nil {
			it = &htmlIteration{N: x.Cursor.Iteration, Label: "Iteration " + strconv.Itoa(x.Cursor.Iteration+1), root: &htmlNode{}}
			byN[it.N] = it
			its = append(its, it)
		}
		status := execStatus(x)
		shown := !onlyFailures || status == "failed"
		it.Counts.add(status)
		n := it.root
		n.counts.add(status)
		if shown {
			n.shown++
		}
		path := x.Item.Path
		if several {
			path = append([]string{stringOr(x.Collection, "collection "+strconv.Itoa(x.CollectionIndex+1))}, path...)
		}
		for _, name := range path {
			f := n.folders[name]
			if f == nil {
				f = &htmlNode{name: name, path: name}
				if n.path != "" {
					f.path = n.path + "/" + name
				}
				if n.folders == nil {
					n.folders = map[string]*htmlNode{}
				}
				n.folders[name] = f
				n.kids = append(n.kids, htmlKid{folder: f})
			}
			n = f
			n.counts.add(status)
			if shown {
				n.shown++
			}
		}
		if shown {
			n.kids = append(n.kids, htmlKid{folder: nil, exec: i})
		}
	}
	sort.SliceStable(its, func(a, b int) bool { return its[a].N < its[b].N })
	return its
}

// htmlFolder is a folder's opening, as the template writes it.
type htmlFolder struct {
	Path, Name string
	Counts     htmlCounts
	Depth      int
}

// writeTree writes the requests section's iterations, folders and
// executions; exec writes one execution.
func (h *htmlBuilder) writeTree(w io.Writer, its []*htmlIteration, exec func(i int) error) error {
	for _, it := range its {
		if err := h.t.ExecuteTemplate(w, "iteration", htmlIterationHead{it, len(its) > 1}); err != nil {
			return err
		}
		if it.root.shown == 0 {
			if _, err := io.WriteString(w, `<p class="empty">No failed requests in this iteration.</p>`+"\n"); err != nil {
				return err
			}
		}
		if err := h.writeNode(w, it.root, 0, exec); err != nil {
			return err
		}
		if _, err := io.WriteString(w, "</section>\n"); err != nil {
			return err
		}
	}
	return nil
}

func (h *htmlBuilder) writeNode(w io.Writer, n *htmlNode, depth int, exec func(i int) error) error {
	for _, k := range n.kids {
		if k.folder == nil {
			if err := exec(k.exec); err != nil {
				return err
			}
			continue
		}
		f := k.folder
		if f.shown == 0 {
			continue
		}
		if err := h.t.ExecuteTemplate(w, "folder", htmlFolder{Path: h.mask(f.path), Name: h.mask(f.name), Counts: f.counts, Depth: depth}); err != nil {
			return err
		}
		if err := h.writeNode(w, f, depth+1, exec); err != nil {
			return err
		}
		if _, err := io.WriteString(w, "</div></details>\n"); err != nil {
			return err
		}
	}
	return nil
}

// htmlIterationHead is an iteration section's opening; Heading when there
// are several.
type htmlIterationHead struct {
	*htmlIteration
	Heading bool
}
