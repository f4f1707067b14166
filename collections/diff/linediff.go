package diff

import (
	"fmt"
	"strings"
)

// op is one step of an edit script: '=' keeps a[i] (= b[j]), '-' deletes a[i],
// '+' inserts b[j].
type op struct {
	kind byte
	a, b int
}

// maxEdit bounds the edit distance the alignment searches; beyond it the
// differing middle is reported as replaced wholesale.
const maxEdit = 1000

// align computes a shortest edit script turning a sequence of n elements into
// one of m elements, where eq(i, j) says whether a[i] equals b[j] (Myers' O(ND)
// algorithm, after stripping the common prefix and suffix).
func align(n, m int, eq func(i, j int) bool) []op {
	pre := 0
	for pre < n && pre < m && eq(pre, pre) {
		pre++
	}
	suf := 0
	for suf < n-pre && suf < m-pre && eq(n-1-suf, m-1-suf) {
		suf++
	}
	ops := make([]op, 0, n+m)
	for i := 0; i < pre; i++ {
		ops = append(ops, op{'=', i, i})
	}
	ops = append(ops, middle(pre, n-suf, pre, m-suf, eq)...)
	for k := 0; k < suf; k++ {
		ops = append(ops, op{'=', n - suf + k, m - suf + k})
	}
	return ops
}

// middle aligns a[a0:a1] with b[b0:b1].
func middle(a0, a1, b0, b1 int, eq func(i, j int) bool) []op {
	n, m := a1-a0, b1-b0
	replace := func() []op {
		out := make([]op, 0, n+m)
		for i := a0; i < a1; i++ {
			out = append(out, op{'-', i, -1})
		}
		for j := b0; j < b1; j++ {
			out = append(out, op{'+', -1, j})
		}
		return out
	}
	if n == 0 || m == 0 {
		return replace()
	}
	max := n + m
	// v[k+off] is the furthest x on diagonal k; trace keeps v after each d.
	off := max
	v := make([]int, 2*max+2)
	var trace [][]int
	found := -1
	for d := 0; d <= max && d <= maxEdit; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[k-1+off] < v[k+1+off]) {
				x = v[k+1+off]
			} else {
				x = v[k-1+off] + 1
			}
			y := x - k
			for x < n && y < m && eq(a0+x, b0+y) {
				x++
				y++
			}
			v[k+off] = x
			if x >= n && y >= m {
				found = d
				break
			}
		}
		snap := make([]int, 2*d+1)
		copy(snap, v[off-d:off+d+1])
		trace = append(trace, snap)
		if found >= 0 {
			break
		}
	}
	if found < 0 {
		return replace()
	}
	// Walk back from (n, m) through the snapshots.
	var rev []op
	x, y := n, m
	for d := found; d > 0; d-- {
		prev := trace[d-1] // covers k in [-(d-1), d-1]
		get := func(k int) int { return prev[k+d-1] }
		k := x - y
		var pk int
		if k == -d || (k != d && get(k-1) < get(k+1)) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := get(pk)
		py := px - pk
		for x > px && y > py {
			x--
			y--
			rev = append(rev, op{'=', a0 + x, b0 + y})
		}
		if pk == k+1 {
			y--
			rev = append(rev, op{'+', -1, b0 + y})
		} else {
			x--
			rev = append(rev, op{'-', a0 + x, -1})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		rev = append(rev, op{'=', a0 + x, b0 + y})
	}
	out := make([]op, len(rev))
	for i, o := range rev {
		out[len(rev)-1-i] = o
	}
	return out
}

// splitLines splits text into lines; "\r\n" counts as "\n" and a final newline
// adds no empty line.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.TrimSuffix(s, "\n")
	return strings.Split(s, "\n")
}

// unified returns a unified diff of two texts with three lines of context and
// no file header; "" when the texts have the same lines.
func unified(oldText, newText string) string {
	a, b := splitLines(oldText), splitLines(newText)
	ops := align(len(a), len(b), func(i, j int) bool { return a[i] == b[j] })
	const ctx = 3
	var sb strings.Builder
	for i := 0; i < len(ops); {
		if ops[i].kind == '=' {
			i++
			continue
		}
		// A hunk starts ctx lines before the change and runs until more than
		// 2*ctx unchanged lines follow a change.
		start := i - ctx
		if start < 0 {
			start = 0
		}
		end := i
		for end < len(ops) {
			if ops[end].kind != '=' {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == '=' {
				run++
			}
			if run == len(ops) || run-end > 2*ctx {
				end += min(ctx, run-end)
				break
			}
			end = run
		}
		writeHunk(&sb, ops, start, end, a, b)
		i = end
	}
	return sb.String()
}

func writeHunk(sb *strings.Builder, ops []op, start, end int, a, b []string) {
	aPos, bPos := 0, 0 // lines of each side before the hunk
	for _, o := range ops[:start] {
		if o.kind != '+' {
			aPos++
		}
		if o.kind != '-' {
			bPos++
		}
	}
	aLen, bLen := 0, 0
	for _, o := range ops[start:end] {
		if o.kind != '+' {
			aLen++
		}
		if o.kind != '-' {
			bLen++
		}
	}
	fmt.Fprintf(sb, "@@ -%s +%s @@\n", hunkRange(aPos, aLen), hunkRange(bPos, bLen))
	for _, o := range ops[start:end] {
		switch o.kind {
		case '=':
			sb.WriteString(" " + a[o.a] + "\n")
		case '-':
			sb.WriteString("-" + a[o.a] + "\n")
		case '+':
			sb.WriteString("+" + b[o.b] + "\n")
		}
	}
}

// hunkRange prints one side of a hunk header as diff -u does: the 1-based first
// line and the length (",1" omitted); an empty side names the line it follows.
func hunkRange(before, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", before)
	case 1:
		return fmt.Sprint(before + 1)
	}
	return fmt.Sprintf("%d,%d", before+1, n)
}
