package scripting

import (
	"errors"
	"fmt"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// goja does not account for what a script allocates. While a script runs,
// the watchdog samples the Go heap (runtime/metrics, a few hundred
// nanoseconds) every memSamplePeriod; when it has grown by more than the
// limit since the script started it collects garbage to see what is really
// live, and if that is still over the limit it interrupts the script, which
// ends with errMemory as its error. What the script held is then garbage and
// is collected and returned to the system.
//
// One JavaScript step can allocate a lot at once (s += s doubles a string),
// and an interrupt lands only after the step: a script can briefly hold
// about three times the limit (the last string, the one before, the one it
// was built from). DefaultMemoryLimit is chosen so that even then the
// process stays under 512 MiB.

// DefaultMemoryLimit is how much a script may add to the heap unless
// Options.MemoryLimit says otherwise.
const DefaultMemoryLimit = 256 << 20

const (
	memSamplePeriod = 10 * time.Millisecond
	// minForcedGCGap spaces the collections the watchdog forces when the
	// heap is over the limit with garbage rather than live values
	minForcedGCGap = 100 * time.Millisecond
)

var errMemory = errors.New("script memory limit")

// memoryMessage is the script's error when the watchdog stopped it.
func memoryMessage(limit int64) string {
	return fmt.Sprintf("sandbox: script memory limit exceeded: the script allocated more than %s", formatBytes(limit))
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// heapSamples reads the heap's size: all objects (live or not yet
// collected) and what the last collection found live.
type heapSamples struct {
	mu sync.Mutex
	s  [2]metrics.Sample
}

var heap = &heapSamples{s: [2]metrics.Sample{
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/gc/heap/live:bytes"},
}}

func (h *heapSamples) read() (objects, live int64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	metrics.Read(h.s[:])
	return sampleInt(h.s[0]), sampleInt(h.s[1])
}

func sampleInt(s metrics.Sample) int64 {
	if s.Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s.Value.Uint64())
}

// memWatch is the watchdog's memory part; its fields are guarded by the
// watchdog's mutex.
type memWatch struct {
	limit    int64 // <= 0: not watched
	base     int64 // live heap when the script started
	timer    *time.Timer
	lastGC   time.Time
	sampling bool // a sample is running (the timer is not re-armed meanwhile)
}

// startMemory arms the sampler for a script (w.mu held).
func (w *watchdog) startMemory() {
	m := &w.mem
	if m.limit <= 0 {
		return
	}
	_, live := heap.read()
	m.base = live
	if m.timer == nil {
		m.timer = time.AfterFunc(memSamplePeriod, w.sampleMemory)
	} else {
		m.timer.Reset(memSamplePeriod)
	}
}

// sampleMemory is the sampler's timer function.
func (w *watchdog) sampleMemory() {
	w.mu.Lock()
	if !w.armed || w.mem.sampling {
		w.mu.Unlock()
		return
	}
	w.mem.sampling = true
	limit, base, lastGC := w.mem.limit, w.mem.base, w.mem.lastGC
	w.mu.Unlock()

	over := false
	objects, live := heap.read()
	switch {
	case objects-base <= limit:
	case live-base > limit/2:
		// the last collection already found much of it live: do not wait
		// for another (a doubling string doubles again meanwhile)
		over = true
	case time.Since(lastGC) >= minForcedGCGap:
		// garbage counts in objects: see what is live
		goruntime.GC()
		_, live := heap.read()
		over = live-base > limit
		w.mu.Lock()
		w.mem.lastGC = time.Now()
		w.mu.Unlock()
	}
	if over {
		w.mu.Lock()
		w.mem.sampling = false
		w.mu.Unlock()
		w.fire(errMemory)
		return
	}
	w.mu.Lock()
	w.mem.sampling = false
	if w.armed {
		w.mem.timer.Reset(memSamplePeriod)
	}
	w.mu.Unlock()
}

// stopMemory disarms the sampler.
func (w *watchdog) stopMemory() {
	if w.mem.timer != nil {
		w.mem.timer.Stop()
	}
}

// releaseMemory returns what an interrupted script held to the system.
func releaseMemory() {
	debug.FreeOSMemory()
}
