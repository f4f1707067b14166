package diff

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/courier-run/courier/collections"
)

// Similarity matching pairs the requests (and then the folders) that the exact
// matchers left over, the way git finds renames: by how much of their content
// the two sides share.
//
// A request's score is made of two parts. The endpoint: its method and URL
// path (the host and each path segment, with {{variable}} and :variable
// segments normalised, so that {{base_URL}}/books/:bookId and
// {{base_url}}/books/{{id}} are the same endpoint), compared as a weighted
// longest common run of segments; a method change keeps 70% of it. The
// content: query keys, header keys, the body's shape (its mode, the key paths
// of a JSON body, form field names, GraphQL or text lines) and the script
// lines, compared as weighted multisets. Every feature is weighted by how rare
// it is among the requests of the collection, so that a header or a test every
// request carries says little, and a path segment or body field few requests
// have says much. The score is the mean of the two parts when either side has
// content, the endpoint part alone when neither has.
//
// Candidates are found through an inverted index (the method and path shape,
// the path segments and content features) instead of comparing every removed
// request with every added one: only lists of at most maxPosting requests are
// followed, so the cost stays near linear in the number of requests.

// DefaultRenameThreshold is the default --find-renames threshold, in percent.
const DefaultRenameThreshold = 50

// maxPosting is the longest inverted-index list followed when looking for
// candidates: a feature shared by more unmatched requests says too little.
// maxCandidates bounds the requests scored against each new one, and
// maxPathFeatures the host and segments compared (a hostile URL).
const (
	maxPosting      = 64
	maxCandidates   = 512
	maxPathFeatures = 64
)

// methodChangeFactor is what is left of the endpoint part when the method differs.
const methodChangeFactor = 0.7

// Base weights of the features, before the rarity factor.
const (
	wVarSegment  = 0.25 // a {{variable}} host or a :variable path segment
	wHost        = 0.5  // a literal host
	wSegment     = 1.0  // a literal path segment
	wQuery       = 1.0
	wHeader      = 0.5
	wBodyMode    = 0.5
	wBodyField   = 1.0
	wLine        = 1.0 // a script, GraphQL or text body line
	wPunctLine   = 0.2 // a line without letters or digits ("});")
	wNoFeature   = 0.0
	scoreScale   = 1_000_000 // scores are compared as integers (deterministic)
	percentScale = scoreScale / 100
)

// hashString is 64-bit FNV-1a: deterministic, so that scores and their
// tie-breaks are the same on every run.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// feature is one element of a request's content multiset.
type feature struct {
	h    uint64
	base float64
	n    int // occurrences
	w    float64
}

// reqFeatures are the comparable parts of one request.
type reqFeatures struct {
	method  string
	path    []feature // the host, then each segment (n is unused)
	content []feature // sorted by h, merged
	shape   uint64    // method and normalised path: the bucket
}

// normalisedSegment turns a path segment into its comparable form: a whole
// variable (":id", "{{id}}") is "*", other {{variable}} references are "{{}}".
func normalisedSegment(s string) (string, float64) {
	if strings.HasPrefix(s, ":") && len(s) > 1 {
		return "*", wVarSegment
	}
	t := normaliseRefs(s)
	if t == "{{}}" {
		return "*", wVarSegment
	}
	return strings.ToLower(t), wSegment
}

// normaliseRefs replaces each {{name}} in s by {{}}.
func normaliseRefs(s string) string {
	if !strings.Contains(s, "{{") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "{{")
		if i < 0 {
			break
		}
		j := strings.Index(s[i+2:], "}}")
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		b.WriteString("{{}}")
		s = s[i+2+j+2:]
	}
	b.WriteString(s)
	return b.String()
}

// requestFeatures extracts the features of a request item.
func requestFeatures(it *collections.Item) *reqFeatures {
	f := &reqFeatures{}
	r := it.Request
	if r == nil {
		r = &collections.Request{}
	}
	f.method = strings.ToUpper(r.Method)
	u := r.URL.Readable()
	var shape strings.Builder
	shape.WriteString(f.method)
	shape.WriteByte(' ')
	if host := strings.Join(u.Host, "."); host != "" {
		t := strings.ToLower(normaliseRefs(host))
		w := wHost
		if t == "{{}}" {
			w = wVarSegment
		}
		f.path = append(f.path, feature{h: hashString("H\x00" + t), base: w})
		shape.WriteString(t)
	}
	for _, seg := range u.Path {
		if seg == "" || len(f.path) >= maxPathFeatures {
			continue
		}
		t, w := normalisedSegment(seg)
		f.path = append(f.path, feature{h: hashString("P\x00" + t), base: w})
		shape.WriteByte('/')
		shape.WriteString(t)
	}
	f.shape = hashString(shape.String())

	var content []feature
	add := func(kind, s string, w float64) {
		content = append(content, feature{h: hashString(kind + "\x00" + s), base: w, n: 1})
	}
	for _, q := range u.Query {
		if q.Key != "" {
			add("Q", q.Key, wQuery)
		}
	}
	for _, h := range r.Headers {
		if h.Key != "" {
			add("Hd", strings.ToLower(h.Key), wHeader)
		}
	}
	bodyFeatures(r.Body, add)
	for _, e := range it.Events {
		lines(e.Script.Exec, func(l string, w float64) { add("S"+e.Listen, l, w) })
	}
	sort.Slice(content, func(i, j int) bool { return content[i].h < content[j].h })
	merged := content[:0]
	for _, c := range content {
		if k := len(merged); k > 0 && merged[k-1].h == c.h {
			merged[k-1].n++
			continue
		}
		merged = append(merged, c)
	}
	f.content = merged
	return f
}

// lines calls fn with each non-empty trimmed line of s (references
// normalised) and its weight.
func lines(s string, fn func(string, float64)) {
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		w := wPunctLine
		if strings.IndexFunc(l, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			w = wLine
		}
		fn(normaliseRefs(l), w)
	}
}

// bodyFeatures adds the shape of a body: its mode, and the key paths of a JSON
// body, the field names of a form, the lines of a GraphQL query or text.
func bodyFeatures(b *collections.Body, add func(kind, s string, w float64)) {
	if emptyBody(b) {
		return
	}
	add("Bm", bodySummary(b), wBodyMode)
	switch b.Mode {
	case "raw":
		if v, ok := parseLooseJSON(b.Raw); ok {
			jsonShape("$", v, func(p string) { add("Bj", p, wBodyField) }, 0)
			return
		}
		lines(b.Raw, func(l string, w float64) { add("Bl", l, w) })
	case "urlencoded":
		for _, p := range b.URLEncoded {
			add("Bf", p.Key, wBodyField)
		}
	case "formdata":
		for _, p := range b.FormData {
			add("Bf", p.Key, wBodyField)
		}
	case "graphql":
		if b.GraphQL != nil {
			lines(b.GraphQL.Query, func(l string, w float64) { add("Bl", l, w) })
			if v, ok := parseLooseJSON(b.GraphQL.Variables); ok {
				jsonShape("$", v, func(p string) { add("Bj", p, wBodyField) }, 0)
			}
		}
	}
}

// maxShapeDepth bounds the key paths taken from a JSON body.
const maxShapeDepth = 16

// jsonShape calls fn with the key path of every value in v (array elements
// share "[]").
func jsonShape(path string, v any, fn func(string), depth int) {
	if depth > maxShapeDepth {
		return
	}
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			p := path + "." + k
			fn(p)
			jsonShape(p, e, fn, depth+1)
		}
	case []any:
		p := path + "[]"
		for _, e := range t {
			jsonShape(p, e, fn, depth+1)
		}
	}
}

// rarity weighs the features of both versions' requests: a feature that n of
// the N requests of a version carry (the larger count of the two versions)
// weighs ln(1+N/n)/ln(1+N): 1 when only one request has it, ln 2/ln(1+N) when
// every request has it.
type rarity struct {
	count map[uint64][2]int32
	n     float64
}

func newRarity(old, new []*reqFeatures) *rarity {
	r := &rarity{count: map[uint64][2]int32{}, n: float64(max(len(old), len(new), 1))}
	seen := map[uint64]bool{}
	for side, fs := range [2][]*reqFeatures{old, new} {
		for _, f := range fs {
			clear(seen)
			mark := func(h uint64) {
				if !seen[h] {
					seen[h] = true
					c := r.count[h]
					c[side]++
					r.count[h] = c
				}
			}
			for _, p := range f.path {
				mark(p.h)
			}
			for _, c := range f.content {
				mark(c.h)
			}
		}
	}
	return r
}

func (r *rarity) weigh(f *reqFeatures) {
	w := func(h uint64, base float64) float64 {
		c := r.count[h]
		df := float64(max(c[0], c[1], 1))
		if r.n <= 1 {
			return base
		}
		return base * math.Log1p(r.n/df) / math.Log1p(r.n)
	}
	for i := range f.path {
		f.path[i].w = w(f.path[i].h, f.path[i].base)
	}
	for i := range f.content {
		f.content[i].w = w(f.content[i].h, f.content[i].base)
	}
}

// similarity scores two requests, from 0 to scoreScale.
func similarity(a, b *reqFeatures) int {
	e := pathSimilarity(a.path, b.path)
	if a.method != b.method {
		e *= methodChangeFactor
	}
	shared, ta, tb := 0.0, 0.0, 0.0
	i, j := 0, 0
	for i < len(a.content) || j < len(b.content) {
		switch {
		case j == len(b.content) || (i < len(a.content) && a.content[i].h < b.content[j].h):
			ta += a.content[i].w * float64(a.content[i].n)
			i++
		case i == len(a.content) || b.content[j].h < a.content[i].h:
			tb += b.content[j].w * float64(b.content[j].n)
			j++
		default:
			w := a.content[i].w
			ta += w * float64(a.content[i].n)
			tb += w * float64(b.content[j].n)
			shared += w * float64(min(a.content[i].n, b.content[j].n))
			i++
			j++
		}
	}
	s := e
	if total := max(ta, tb); total > 0 {
		s = (e + shared/total) / 2
	}
	return int(math.Round(s * scoreScale))
}

// pathSimilarity is the weight of the longest common run of path features
// over the larger of the two paths' weights (1 when both are empty).
func pathSimilarity(a, b []feature) float64 {
	ta, tb := 0.0, 0.0
	for _, f := range a {
		ta += f.w
	}
	for _, f := range b {
		tb += f.w
	}
	if ta == 0 && tb == 0 {
		if len(a) == len(b) {
			return 1
		}
		return 0
	}
	// Weighted LCS; paths are short.
	prev := make([]float64, len(b)+1)
	cur := make([]float64, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1].h == b[j-1].h:
				cur[j] = prev[j-1] + a[i-1].w
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)] / max(ta, tb)
}

// candidate is a scored pair of unmatched items.
type candidate struct {
	o, n      *node
	score     int
	sameWhere bool // the parents are counterparts
	sameName  bool
}

// better orders candidates: higher score, then the same parent, then the same
// name, then the earlier old item, then the earlier new item.
func better(a, b *candidate) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if a.sameWhere != b.sameWhere {
		return a.sameWhere
	}
	if a.sameName != b.sameName {
		return a.sameName
	}
	if a.o.seq != b.o.seq {
		return a.o.seq < b.o.seq
	}
	return a.n.seq < b.n.seq
}

func newCandidate(o, n *node, score int) candidate {
	return candidate{o: o, n: n, score: score,
		sameWhere: o.parent.match != nil && o.parent.match == n.parent,
		sameName:  o.item.Name == n.item.Name}
}

// pairGreedily links the best candidates first; it returns the number of pairs.
func pairGreedily(cands []candidate) int {
	sort.Slice(cands, func(i, j int) bool { return better(&cands[i], &cands[j]) })
	count := 0
	for i := range cands {
		c := &cands[i]
		if c.o.match != nil || c.n.match != nil {
			continue
		}
		link(c.o, c.n, "similar")
		c.o.score, c.n.score = c.score/percentScale, c.score/percentScale
		count++
	}
	return count
}

// similarityMatcher pairs leftover items by similarity; it keeps the features
// of each request between rounds.
type similarityMatcher struct {
	threshold int // in scoreScale units
	feats     map[*node]*reqFeatures
}

func newSimilarityMatcher(percent int) *similarityMatcher {
	return &similarityMatcher{threshold: percent * percentScale}
}

// unmatchedRequests lists the unmatched requests of a tree.
func unmatchedRequests(t *tree) []*node {
	var out []*node
	for _, n := range t.nodes[1:] {
		if n.match == nil && !n.folder() {
			out = append(out, n)
		}
	}
	return out
}

// features computes (once) the weighted features of every request of both trees.
func (m *similarityMatcher) features(old, new *tree) {
	if m.feats != nil {
		return
	}
	m.feats = map[*node]*reqFeatures{}
	var of, nf []*reqFeatures
	for side, t := range [2]*tree{old, new} {
		for _, n := range t.nodes[1:] {
			if n.folder() {
				continue
			}
			f := requestFeatures(n.item)
			m.feats[n] = f
			if side == 0 {
				of = append(of, f)
			} else {
				nf = append(nf, f)
			}
		}
	}
	r := newRarity(of, nf)
	for _, f := range m.feats {
		r.weigh(f)
	}
}

// match pairs unmatched requests, then unmatched folders, by similarity. It
// returns the number of new pairs.
func (m *similarityMatcher) match(old, new *tree) int {
	return m.matchRequests(old, new) + m.matchFolders(old, new)
}

func (m *similarityMatcher) matchRequests(old, new *tree) int {
	olds, news := unmatchedRequests(old), unmatchedRequests(new)
	if len(olds) == 0 || len(news) == 0 {
		return 0
	}
	m.features(old, new)
	// The inverted index: the method and path shape, each path feature and
	// each content feature → the unmatched old requests having it.
	index := map[uint64][]int32{}
	keys := func(f *reqFeatures, fn func(uint64)) {
		fn(f.shape)
		for _, p := range f.path {
			if p.base >= wSegment {
				fn(p.h)
			}
		}
		for _, c := range f.content {
			if c.base >= wHeader {
				fn(c.h)
			}
		}
	}
	for i, o := range olds {
		keys(m.feats[o], func(h uint64) {
			l := index[h]
			if len(l) == 0 || l[len(l)-1] != int32(i) {
				index[h] = append(l, int32(i))
			}
		})
	}
	var cands []candidate
	stamp := make([]int, len(olds))
	for ni, n := range news {
		nf := m.feats[n]
		scored := 0
		keys(nf, func(h uint64) {
			l := index[h]
			if len(l) > maxPosting || scored >= maxCandidates {
				return
			}
			for _, oi := range l {
				if stamp[oi] == ni+1 || scored >= maxCandidates {
					continue
				}
				stamp[oi] = ni + 1
				scored++
				o := olds[oi]
				if s := similarity(m.feats[o], nf); s >= m.threshold {
					cands = append(cands, newCandidate(o, n, s))
				}
			}
		})
	}
	return pairGreedily(cands)
}

// matchFolders pairs unmatched folders by their contents: the children that
// are counterparts of each other over the larger number of children,
// repeated while pairs are found so that folders of folders follow.
func (m *similarityMatcher) matchFolders(old, new *tree) int {
	total := 0
	for {
		var cands []candidate
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
			for o, v := range votes {
				s := int(math.Round(float64(v) / float64(max(len(o.children), len(n.children))) * scoreScale))
				if s >= m.threshold {
					cands = append(cands, newCandidate(o, n, s))
				}
			}
		}
		count := pairGreedily(cands)
		total += count
		if count == 0 {
			return total
		}
	}
}

// ParseRenameThreshold reads a --find-renames value: a whole percentage from
// 1 to 100, with or without "%" ("60%", "60").
func ParseRenameThreshold(s string) (int, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimSpace(strings.TrimSuffix(t, "%"))
	n := 0
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' || n > 100 {
			n = -1
			break
		}
		n = n*10 + int(t[i]-'0')
	}
	if t == "" || n < 1 || n > 100 {
		return 0, fmt.Errorf("invalid similarity threshold %q (expected a percentage from 1%% to 100%%, e.g. 60%%)", s)
	}
	return n, nil
}
