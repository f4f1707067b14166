package diff

import (
	"strings"

	"github.com/courier-run/courier/collections"
)

// node is an item of one version's tree; the root stands for the collection.
type node struct {
	item     *collections.Item // nil for the root
	parent   *node
	children []*node
	index    int      // position among its siblings
	names    []string // names from the root down to the item
	seq      int      // pre-order position in its tree
	match    *node    // counterpart in the other tree
	how      string   // how it was matched: id, name, unique-name, method-url, children, similar
	score    int      // similarity in percent when how is "similar"
}

func (n *node) folder() bool { return n.item == nil || n.item.Folder }

// tree is one version's items in pre-order (the root first).
type tree struct {
	root  *node
	nodes []*node
}

func buildTree(c *collections.Collection) *tree {
	t := &tree{root: &node{}}
	t.nodes = append(t.nodes, t.root)
	var rec func(parent *node, items []*collections.Item)
	rec = func(parent *node, items []*collections.Item) {
		for i, it := range items {
			n := &node{item: it, parent: parent, index: i, seq: len(t.nodes)}
			n.names = append(append(make([]string, 0, len(parent.names)+1), parent.names...), it.Name)
			parent.children = append(parent.children, n)
			t.nodes = append(t.nodes, n)
			if it.Folder {
				rec(n, it.Items)
			}
		}
	}
	rec(t.root, c.Items)
	return t
}

func link(o, n *node, how string) {
	o.match, n.match = n, o
	o.how, n.how = how, how
}

// matchTrees pairs the items of the old and the new tree. renames is the
// similarity threshold in percent for the items the exact matchers leave
// over; 0 turns similarity matching off.
func matchTrees(old, new *tree, renames int) {
	link(old.root, new.root, "root")
	matchByID(old, new)
	matchByParentAndName(new)
	var sim *similarityMatcher
	for {
		n := matchByUniqueName(old, new)
		n += matchByMethodURL(old, new)
		n += matchFoldersByChildren(old, new)
		n += matchByParentAndName(new)
		if n > 0 {
			continue
		}
		if renames <= 0 {
			return
		}
		if sim == nil {
			sim = newSimilarityMatcher(renames)
		}
		if sim.match(old, new) == 0 {
			return
		}
	}
}

// matchByID pairs items whose id is unique on both sides and whose kind (folder
// or request) agrees.
func matchByID(old, new *tree) {
	ids := func(t *tree) map[string]*node {
		m := map[string]*node{}
		dup := map[string]bool{}
		for _, n := range t.nodes[1:] {
			id := n.item.ID
			if id == "" {
				continue
			}
			if _, ok := m[id]; ok {
				dup[id] = true
			}
			m[id] = n
		}
		for id := range dup {
			delete(m, id)
		}
		return m
	}
	om, nm := ids(old), ids(new)
	for _, n := range new.nodes[1:] {
		if nm[n.item.ID] != n {
			continue
		}
		if o := om[n.item.ID]; o != nil && o.folder() == n.folder() {
			link(o, n, "id")
		}
	}
}

// matchByParentAndName pairs unmatched items whose parents are matched and whose
// names and kinds agree; duplicate names pair up in order. It returns the number
// of new pairs.
func matchByParentAndName(new *tree) int {
	type key struct {
		folder bool
		name   string
	}
	// Unmatched old children of a matched parent by kind and name, in order;
	// built when the parent is first needed (it may be matched in this pass).
	queues := map[*node]map[key][]*node{}
	queue := func(parent *node) map[key][]*node {
		if m, ok := queues[parent]; ok {
			return m
		}
		m := map[key][]*node{}
		for _, c := range parent.children {
			if c.match == nil {
				k := key{c.folder(), c.item.Name}
				m[k] = append(m[k], c)
			}
		}
		queues[parent] = m
		return m
	}
	count := 0
	for _, n := range new.nodes[1:] {
		if n.match != nil || n.parent.match == nil {
			continue
		}
		m := queue(n.parent.match)
		k := key{n.folder(), n.item.Name}
		q := m[k]
		for len(q) > 0 && q[0].match != nil {
			q = q[1:]
		}
		if len(q) > 0 {
			link(q[0], n, "name")
			q = q[1:]
			count++
		}
		m[k] = q
	}
	return count
}

// groupUnmatched groups the unmatched items of a tree by key (skipping "").
func groupUnmatched(t *tree, key func(*node) string) map[string][]*node {
	m := map[string][]*node{}
	for _, n := range t.nodes[1:] {
		if n.match != nil {
			continue
		}
		if k := key(n); k != "" {
			m[k] = append(m[k], n)
		}
	}
	return m
}

// matchUnique pairs unmatched items whose key is unique among the unmatched
// items of each side.
func matchUnique(old, new *tree, how string, key func(*node) string) int {
	om := groupUnmatched(old, key)
	nm := groupUnmatched(new, key)
	count := 0
	for _, n := range new.nodes[1:] {
		if n.match != nil {
			continue
		}
		k := key(n)
		if k == "" || len(nm[k]) != 1 || len(om[k]) != 1 {
			continue
		}
		link(om[k][0], n, how)
		count++
	}
	return count
}

// matchByUniqueName pairs items moved to another folder: same kind and a name
// no other unmatched item has.
func matchByUniqueName(old, new *tree) int {
	return matchUnique(old, new, "unique-name", func(n *node) string {
		if n.folder() {
			return "F\x00" + n.item.Name
		}
		return "R\x00" + n.item.Name
	})
}

// matchByMethodURL pairs requests whose id and name both changed but whose
// method and URL did not.
func matchByMethodURL(old, new *tree) int {
	return matchUnique(old, new, "method-url", func(n *node) string {
		if n.folder() || n.item.Request == nil {
			return ""
		}
		u := n.item.Request.URL.Readable().String()
		if u == "" {
			return ""
		}
		return n.item.Request.Method + " " + u
	})
}

// matchFoldersByChildren pairs an unmatched new folder with the unmatched old
// folder that holds the old counterparts of at least half of its children, when
// those are also at least half of that old folder's children.
func matchFoldersByChildren(old, new *tree) int {
	count := 0
	for _, n := range new.nodes[1:] {
		if n.match != nil || !n.folder() || len(n.children) == 0 {
			continue
		}
		votes := map[*node]int{}
		for _, c := range n.children {
			if c.match != nil && c.match.parent.match == nil && c.match.parent.item != nil {
				votes[c.match.parent]++
			}
		}
		var best *node
		bestVotes, tie := 0, false
		for o, v := range votes {
			switch {
			case v > bestVotes:
				best, bestVotes, tie = o, v, false
			case v == bestVotes:
				tie = true
			}
		}
		if best == nil || tie || 2*bestVotes < len(n.children) || 2*bestVotes < len(best.children) {
			continue
		}
		link(best, n, "children")
		count++
	}
	return count
}

// moved reports whether a matched item's parent is not the counterpart of its
// old parent.
func moved(n *node) bool {
	return n.match.parent.match != n.parent
}

// reordered returns the matched, unmoved children of a new folder whose
// relative order changed: those outside a longest increasing run of old
// positions.
func reordered(parent *node) map[*node]bool {
	var seq []*node
	for _, c := range parent.children {
		if c.match != nil && !moved(c) {
			seq = append(seq, c)
		}
	}
	if len(seq) < 2 {
		return nil
	}
	keep := longestIncreasing(seq)
	out := map[*node]bool{}
	for i, c := range seq {
		if !keep[i] {
			out[c] = true
		}
	}
	return out
}

// longestIncreasing marks the members of one longest subsequence of seq whose
// old positions increase (patience sorting, O(n log n); deterministic).
func longestIncreasing(seq []*node) []bool {
	tails := []int{}              // index into seq of the smallest tail of each length
	prev := make([]int, len(seq)) // predecessor in the best run ending here
	for i, c := range seq {
		v := c.match.index
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if seq[tails[mid]].match.index < v {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		prev[i] = -1
		if lo > 0 {
			prev[i] = tails[lo-1]
		}
		if lo == len(tails) {
			tails = append(tails, i)
		} else {
			tails[lo] = i
		}
	}
	keep := make([]bool, len(seq))
	if len(tails) == 0 {
		return keep
	}
	for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
		keep[i] = true
	}
	return keep
}

// pathString joins names for messages.
func pathString(names []string) string {
	if len(names) == 0 {
		return "(top level)"
	}
	return strings.Join(names, " / ")
}
