package corpus

import (
	"fmt"
	"regexp"
	"strings"
)

// A Difference is one place where two runs disagree.
type Difference struct {
	Kind      string `json:"kind"` // exitCode, stats, executions, assertion, scriptErrors, requestError, report
	Item      string `json:"item,omitempty"`
	Iteration int    `json:"iteration,omitempty"`
	A         string `json:"newman"`  // what the first run (Newman) says
	B         string `json:"courier"` // what the second run says
	// Slot identifies an assertion slot ("item\x00iteration\x00occurrence\x00index in A")
	// so that slots unstable between two Newman runs can be left out.
	Slot string `json:"-"`
}

// Signature groups differences of one kind: the texts with numbers, quoted
// values and long words reduced, so that the same cause on different data
// falls in one group.
func (d Difference) Signature() string {
	return d.Kind + " | newman: " + squash(d.A) + " | courier: " + squash(d.B)
}

var (
	quotedRe = regexp.MustCompile(`'[^']*'|"[^"]*"`)
	numberRe = regexp.MustCompile(`\d+(\.\d+)?`)
	spaceRe  = regexp.MustCompile(`\s+`)
)

func squash(s string) string {
	s = quotedRe.ReplaceAllString(s, "'…'")
	s = numberRe.ReplaceAllString(s, "N")
	s = spaceRe.ReplaceAllString(s, " ")
	if len(s) > 160 {
		s = s[:160] + "…"
	}
	return s
}

// Comparison is the outcome of comparing two runs of one collection.
type Comparison struct {
	Total       int          `json:"total"`    // assertion slots compared (pairs, plus assertions only one side has)
	Agree       int          `json:"agree"`    // slots with the same name, status and message on both sides
	Unstable    int          `json:"unstable"` // slots left out because two Newman runs disagree on them
	Differences []Difference `json:"differences"`
}

type execKey struct {
	item      string
	iteration int
	n         int
}

func indexRuns(xs []Execution) (map[execKey]*Execution, []execKey) {
	m := map[execKey]*Execution{}
	var order []execKey
	seen := map[[2]any]int{}
	for i := range xs {
		x := &xs[i]
		id := [2]any{x.Item, x.Iteration}
		k := execKey{x.Item, x.Iteration, seen[id]}
		seen[id]++
		m[k] = x
		order = append(order, k)
	}
	return m, order
}

// Compare lists the differences between run a (Newman) and run b (courier)
// and counts assertion agreement. Slots named in unstable are not counted.
// A nil run (no report) counts every assertion of the other as different.
func Compare(a, b *Run, unstable map[string]bool) Comparison {
	var c Comparison
	add := func(d Difference) { c.Differences = append(c.Differences, d) }
	if a == nil || b == nil {
		ra, rb := a, b
		if ra == nil {
			ra = &Run{}
		}
		if rb == nil {
			rb = &Run{}
		}
		add(Difference{Kind: "report", A: describeMissing(a), B: describeMissing(b)})
		for _, x := range ra.Executions {
			c.Total += len(x.Assertions)
		}
		for _, x := range rb.Executions {
			c.Total += len(x.Assertions)
		}
		return c
	}
	if a.ExitCode != b.ExitCode {
		add(Difference{Kind: "exitCode", A: fmt.Sprint(a.ExitCode), B: fmt.Sprint(b.ExitCode)})
	}
	for _, k := range StatKeys {
		if a.Stats[k] != b.Stats[k] {
			add(Difference{Kind: "stats", Item: k, A: fmt.Sprintf("%s %+v", k, a.Stats[k]), B: fmt.Sprintf("%s %+v", k, b.Stats[k])})
		}
	}
	am, aorder := indexRuns(a.Executions)
	bm, border := indexRuns(b.Executions)
	for _, k := range aorder {
		x := am[k]
		y, ok := bm[k]
		if !ok {
			add(Difference{Kind: "executions", Item: k.item, Iteration: k.iteration, A: "ran", B: "did not run"})
			c.Total += len(x.Assertions)
			for i, as := range x.Assertions {
				slot := slotKey(k, i)
				if unstable[slot] {
					c.Unstable++
					c.Total--
					continue
				}
				add(Difference{Kind: "assertion", Item: k.item, Iteration: k.iteration, A: fmtAssertion(&as), B: "(not run)", Slot: slot})
			}
			continue
		}
		compareExec(&c, k, x, y, unstable)
	}
	for _, k := range border {
		if _, ok := am[k]; ok {
			continue
		}
		y := bm[k]
		add(Difference{Kind: "executions", Item: k.item, Iteration: k.iteration, A: "did not run", B: "ran"})
		c.Total += len(y.Assertions)
		for _, as := range y.Assertions {
			add(Difference{Kind: "assertion", Item: k.item, Iteration: k.iteration, A: "(not run)", B: fmtAssertion(&as)})
		}
	}
	return c
}

func describeMissing(r *Run) string {
	if r == nil {
		return "no report"
	}
	if r.Error != "" {
		return "exit " + fmt.Sprint(r.ExitCode) + ": " + r.Error
	}
	return "report"
}

func slotKey(k execKey, i int) string {
	return fmt.Sprintf("%s\x00%d\x00%d\x00%d", k.item, k.iteration, k.n, i)
}

func compareExec(c *Comparison, k execKey, x, y *Execution, unstable map[string]bool) {
	for _, p := range PairAssertions(x.Assertions, y.Assertions) {
		slot := ""
		if p[0] >= 0 {
			slot = slotKey(k, p[0])
			if unstable[slot] {
				c.Unstable++
				continue
			}
		}
		c.Total++
		var wa, ga *Assertion
		if p[0] >= 0 {
			wa = &x.Assertions[p[0]]
		}
		if p[1] >= 0 {
			ga = &y.Assertions[p[1]]
		}
		if wa != nil && ga != nil && *wa == *ga {
			c.Agree++
			continue
		}
		c.Differences = append(c.Differences, Difference{Kind: "assertion", Item: k.item, Iteration: k.iteration, A: fmtAssertion(wa), B: fmtAssertion(ga), Slot: slot})
	}
	if fmt.Sprint(x.ScriptErrors) != fmt.Sprint(y.ScriptErrors) {
		c.Differences = append(c.Differences, Difference{Kind: "scriptErrors", Item: k.item, Iteration: k.iteration, A: joinErrors(x.ScriptErrors), B: joinErrors(y.ScriptErrors)})
	}
	if x.RequestError != y.RequestError || x.Code != y.Code {
		c.Differences = append(c.Differences, Difference{Kind: "requestError", Item: k.item, Iteration: k.iteration,
			A: fmt.Sprintf("code %d %s", x.Code, x.RequestError), B: fmt.Sprintf("code %d %s", y.Code, y.RequestError)})
	}
}

func joinErrors(es []ScriptError) string {
	if len(es) == 0 {
		return "(none)"
	}
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.String()
	}
	return strings.Join(parts, "; ")
}

func fmtAssertion(a *Assertion) string {
	if a == nil {
		return "(none)"
	}
	if a.Message == "" {
		return fmt.Sprintf("%s %q", a.Status, a.Name)
	}
	return fmt.Sprintf("%s %q: %s", a.Status, a.Name, a.Message)
}

// UnstableSlots compares two runs of the same runner and returns the slots of
// the first whose assertion differs in the second, and whether the runs
// executed different items (then the whole collection is unstable).
func UnstableSlots(a, b *Run) (map[string]bool, bool) {
	out := map[string]bool{}
	if a == nil || b == nil {
		return out, a != b
	}
	am, aorder := indexRuns(a.Executions)
	bm, border := indexRuns(b.Executions)
	if len(aorder) != len(border) {
		return out, true
	}
	for _, k := range aorder {
		x := am[k]
		y, ok := bm[k]
		if !ok {
			return out, true
		}
		for _, p := range PairAssertions(x.Assertions, y.Assertions) {
			if p[0] < 0 {
				continue
			}
			if p[1] < 0 || x.Assertions[p[0]] != y.Assertions[p[1]] {
				out[slotKey(k, p[0])] = true
			}
		}
	}
	return out, false
}

// PairAssertions lines up two lists of assertions: by position when both
// have as many (names may differ by a value they show), otherwise by name
// (longest common subsequence). Each pair holds the indexes, -1 for the side
// that lacks one.
func PairAssertions(w, g []Assertion) [][2]int {
	var out [][2]int
	if len(w) == len(g) {
		for i := range w {
			out = append(out, [2]int{i, i})
		}
		return out
	}
	lcs := make([][]int, len(w)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(g)+1)
	}
	for i := len(w) - 1; i >= 0; i-- {
		for j := len(g) - 1; j >= 0; j-- {
			if w[i].Name == g[j].Name {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(w) || j < len(g) {
		switch {
		case i < len(w) && j < len(g) && w[i].Name == g[j].Name:
			out = append(out, [2]int{i, j})
			i++
			j++
		case j < len(g) && (i == len(w) || lcs[i][j+1] >= lcs[i+1][j]):
			out = append(out, [2]int{-1, j})
			j++
		default:
			out = append(out, [2]int{i, -1})
			i++
		}
	}
	return out
}
