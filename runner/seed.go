package runner

import (
	"encoding/binary"
	"math/rand/v2"

	"github.com/courier-run/courier/collections"
)

// seeding restarts a seeded run's generator (Options.Seed) at each
// top-level item of each iteration, from the seed, the iteration, the
// item's place among the collection's top-level items and how many times
// the iteration has entered that item before: what a unit of a parallel
// or sharded run draws is then what the whole run draws there.
type seeding struct {
	seed   uint64
	src    *lockedSource
	top    map[*collections.Item]int // top-level items by place
	iter   int
	cur    int         // the top-level item being run (-1: none yet)
	visits map[int]int // entries into each top-level item this iteration
}

func newSeeding(seed uint64, src *lockedSource, c *collections.Collection) *seeding {
	s := &seeding{seed: seed, src: src, top: map[*collections.Item]int{}, cur: -1, iter: -1}
	for i, it := range c.Items {
		s.top[it] = i
	}
	return s
}

// enter is called before each item runs.
func (s *seeding) enter(e entry, iter int) {
	if iter != s.iter {
		s.iter, s.cur, s.visits = iter, -1, map[int]int{}
	}
	root := e.item
	if len(e.parents) > 0 {
		root = e.parents[0]
	}
	top := s.top[root]
	if top == s.cur {
		return
	}
	s.cur = top
	visit := s.visits[top]
	s.visits[top] = visit + 1
	var key [32]byte
	binary.LittleEndian.PutUint64(key[0:], s.seed)
	binary.LittleEndian.PutUint64(key[8:], uint64(iter))
	binary.LittleEndian.PutUint64(key[16:], uint64(top))
	binary.LittleEndian.PutUint64(key[24:], uint64(visit))
	s.src.mu.Lock()
	s.src.src = rand.NewChaCha8(key)
	s.src.mu.Unlock()
}

// randReader is an io.Reader of a generator's bytes (a seeded run's $guid).
type randReader struct{ r *rand.Rand }

func (rr randReader) Read(p []byte) (int, error) {
	for i := 0; i < len(p); i += 8 {
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], rr.r.Uint64())
		copy(p[i:], b[:])
	}
	return len(p), nil
}

// MathRandom is Math.random's source in a seeded run (scripting.Seeded);
// nil otherwise.
func (r *run) MathRandom() func() float64 {
	if r.seeding == nil {
		return nil
	}
	return r.rnd.Float64
}
