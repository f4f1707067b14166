package parallel

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Shard is one part of a split of the plan: Index (0-based) of Total.
type Shard struct{ Index, Total int }

// String is the shard as --shard takes it ("2/3", 1-based).
func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.Index+1, s.Total) }

// maxShards bounds --shard's total (a typo such as 1/10000000 would
// otherwise plan millions of empty shards' worth of work).
const maxShards = 100000

// ParseShard reads --shard's "i/n": the i-th (1-based) of n shards.
func ParseShard(s string) (Shard, error) {
	i, n, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok {
		return Shard{}, fmt.Errorf("--shard %q: want INDEX/TOTAL, e.g. 1/4 (or auto)", s)
	}
	return shardOf(s, i, n, 1)
}

// shardOf reads an index (counted from base) and a total.
func shardOf(what, index, total string, base int) (Shard, error) {
	i, err1 := strconv.Atoi(strings.TrimSpace(index))
	n, err2 := strconv.Atoi(strings.TrimSpace(total))
	switch {
	case err1 != nil || err2 != nil:
		return Shard{}, fmt.Errorf("--shard %s: the index and total must be whole numbers", what)
	case n < 1 || n > maxShards:
		return Shard{}, fmt.Errorf("--shard %s: the total must be between 1 and %d", what, maxShards)
	case i < base || i-base >= n:
		return Shard{}, fmt.Errorf("--shard %s: the index must be between %d and %d", what, base, n-1+base)
	}
	return Shard{Index: i - base, Total: n}, nil
}

// ciShards are the CI systems --shard auto knows, in the order they are
// tried: the variables holding the index and total and the index's base.
var ciShards = []struct {
	name, index, total string
	base               int
}{
	{"GitLab", "CI_NODE_INDEX", "CI_NODE_TOTAL", 1},
	{"CircleCI", "CIRCLE_NODE_INDEX", "CIRCLE_NODE_TOTAL", 0},
	{"Buildkite", "BUILDKITE_PARALLEL_JOB", "BUILDKITE_PARALLEL_JOB_COUNT", 0},
	{"Kubernetes", "JOB_COMPLETION_INDEX", "", 0},
}

// AutoShard is --shard auto: the shard the CI's own variables say, read
// through lookup (os.LookupEnv in the command): GitLab's CI_NODE_INDEX
// (1-based) and CI_NODE_TOTAL, CircleCI's CIRCLE_NODE_INDEX (0-based) and
// CIRCLE_NODE_TOTAL, Buildkite's BUILDKITE_PARALLEL_JOB (0-based) and
// BUILDKITE_PARALLEL_JOB_COUNT, or a Kubernetes Indexed Job's
// JOB_COMPLETION_INDEX (0-based) with total (--shard-total; 0 when not
// given). The first system whose index variable is set is used; it says
// which in from ("GitLab CI_NODE_INDEX=2 CI_NODE_TOTAL=4").
func AutoShard(lookup func(string) (string, bool), total int) (s Shard, from string, err error) {
	for _, ci := range ciShards {
		index, ok := lookup(ci.index)
		if !ok || index == "" {
			continue
		}
		what := fmt.Sprintf("auto (%s %s=%s", ci.name, ci.index, index)
		var n string
		if ci.total == "" {
			if total <= 0 {
				return Shard{}, "", fmt.Errorf("--shard auto: %s=%s is set (a Kubernetes Indexed Job) but not the total: add --shard-total N (the Job's completions)", ci.index, index)
			}
			n = strconv.Itoa(total)
			what += fmt.Sprintf(", --shard-total %d)", total)
		} else {
			v, ok := lookup(ci.total)
			if !ok || v == "" {
				return Shard{}, "", fmt.Errorf("--shard auto: %s=%s is set (%s) but %s is not", ci.index, index, ci.name, ci.total)
			}
			n = v
			what += fmt.Sprintf(" %s=%s)", ci.total, v)
		}
		s, err := shardOf(what, index, n, ci.base)
		if err != nil {
			return Shard{}, "", err
		}
		return s, strings.TrimSuffix(strings.TrimPrefix(what, "auto ("), ")"), nil
	}
	return Shard{}, "", fmt.Errorf("--shard auto: no CI shard variables are set (GitLab CI_NODE_INDEX/CI_NODE_TOTAL, CircleCI CIRCLE_NODE_INDEX/CIRCLE_NODE_TOTAL, Buildkite BUILDKITE_PARALLEL_JOB/BUILDKITE_PARALLEL_JOB_COUNT, Kubernetes JOB_COMPLETION_INDEX with --shard-total); give --shard INDEX/TOTAL")
}

// SplitByCount is shard s of the plan by count: the plan cut into s.Total
// consecutive runs of units whose sizes differ by at most one, so the
// shards' reports, concatenated in shard order, follow the plan's order.
func SplitByCount(units []Unit, s Shard) []Unit {
	k := len(units)
	// rounded up, so that the first shards get the larger parts (and one
	// unit goes to shard 1)
	from, to := (s.Index*k+s.Total-1)/s.Total, ((s.Index+1)*k+s.Total-1)/s.Total
	return slices.Clone(units[from:to])
}

// SplitByDurations is shard s of the plan balanced by how long each unit
// took (durations[i] is units[i]'s): longest first, each unit goes to the
// shard with the least time so far (the lowest index on a tie), the
// greedy longest-processing-time rule, which is within 4/3 of the best
// split. The shard's units are returned in the plan's order.
func SplitByDurations(units []Unit, durations []time.Duration, s Shard) []Unit {
	idx := make([]int, len(units))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(durations[b], durations[a]) })
	load := make([]time.Duration, s.Total)
	mine := make([]bool, len(units))
	for _, i := range idx {
		best := 0
		for j := 1; j < s.Total; j++ {
			if load[j] < load[best] {
				best = j
			}
		}
		load[best] += durations[i]
		mine[i] = best == s.Index
	}
	var out []Unit
	for i, u := range units {
		if mine[i] {
			out = append(out, u)
		}
	}
	return out
}
