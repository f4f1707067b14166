package parallel

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"

	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/runner"
)

// Options configure Run.
type Options struct {
	// Parallel is how many units run at once (--parallel); below 1 is 1.
	Parallel int
	// Handler receives the merged stream (see the package documentation),
	// on Run's goroutine, one event at a time.
	Handler events.Handler
	// Spool receives the events of units that cannot be delivered yet once
	// the held events exceed MemoryBudget (a temporary file: the command
	// creates it). nil keeps them all in memory.
	Spool io.ReadWriteSeeker
	// MemoryBudget bounds the held events kept in memory, all units
	// together (approximately: bodies and messages counted, plus a fixed
	// cost per event); 0 is DefaultMemoryBudget.
	MemoryBudget int64
	// Progress, when set, is told when a unit starts and ends, from the
	// goroutine running it (never two calls at once). It is not ordered
	// with Handler's events.
	Progress func(Progress)
}

// DefaultMemoryBudget is Options.MemoryBudget's default.
const DefaultMemoryBudget = 32 << 20

// headBacklog is how many events of the unit being delivered may wait
// for the handler before that unit's run waits for it.
const headBacklog = 4096

// Progress is a unit starting or ending.
type Progress struct {
	Unit                     Unit
	Done                     bool // the unit ended (else it started)
	Running, Finished, Total int  // units running and finished now, of all
}

// UnitResult is what one unit left behind.
type UnitResult struct {
	Unit   Unit
	Result *runner.Result // nil when the unit did not run
	Err    error          // runner.Run's error
	// Dropped: the unit's events were left out of the stream (it came
	// after a unit that bailed, or never started)
	Dropped bool
}

// Result is a parallel run's outcome.
type Result struct {
	Units   []UnitResult // in the units' order
	Failed  bool         // a delivered unit failed (an assertion, a script, a request)
	Aborted bool         // a delivered unit was aborted (--bail, interrupt, --timeout)
}

// Run runs the units (of Plan, or a shard of it) of runs (one
// runner.Options per collection, as for Plan; their Handler and Rand are
// not used) with up to o.Parallel at once, and delivers their merged
// stream to o.Handler. The error is the first unit's runner.UsageError (no
// events are then delivered for that unit), or the context's error when
// the run was interrupted or timed out (--timeout, runs[0].Timeout, bounds
// the whole command's run), or an error reading the spool back.
func Run(ctx context.Context, runs []runner.Options, units []Unit, o Options) (*Result, error) {
	if o.Parallel < 1 {
		o.Parallel = 1
	}
	if o.MemoryBudget <= 0 {
		o.MemoryBudget = DefaultMemoryBudget
	}
	if o.Handler == nil {
		o.Handler = events.HandlerFunc(func(events.Event) {})
	}
	if len(runs) > 0 && runs[0].Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, runs[0].Timeout)
		defer cancel()
	}
	// items without an id get theirs now, once: the units' runs then only
	// read the collection
	for _, r := range runs {
		if r.Collection != nil {
			r.Collection.AssignIDs(newID)
		}
	}
	e := &engine{o: o, runs: runs, units: units, bailAt: len(units),
		queues: make([]*queue, len(units)), results: make([]UnitResult, len(units)), cancels: make([]context.CancelFunc, len(units))}
	for i := range e.queues {
		q := &queue{}
		q.cond = sync.NewCond(&q.mu)
		e.queues[i] = q
		e.results[i].Unit = units[i]
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	workers := min(o.Parallel, len(units))
	for w := range workers {
		lane := ""
		if workers > 1 {
			lane = fmt.Sprintf("worker %d", w+1)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(units) {
					return
				}
				e.runUnit(ctx, i, lane)
			}
		}()
	}
	e.deliver()
	wg.Wait()

	res := &Result{Units: e.results}
	var ctxErr error
	for _, u := range e.results {
		var ue *runner.UsageError
		if errors.As(u.Err, &ue) {
			return res, u.Err
		}
		if u.Dropped || u.Result == nil {
			continue
		}
		res.Failed = res.Failed || u.Result.Failed
		res.Aborted = res.Aborted || u.Result.Aborted
		if ctxErr == nil && u.Err != nil && (errors.Is(u.Err, context.Canceled) || errors.Is(u.Err, context.DeadlineExceeded)) {
			ctxErr = u.Err
		}
	}
	if e.spoolErr != nil {
		return res, e.spoolErr
	}
	return res, ctxErr
}

type engine struct {
	o       Options
	runs    []runner.Options
	units   []Unit
	queues  []*queue
	results []UnitResult

	mu       sync.Mutex // guards what follows
	bailAt   int        // the first unit that bailed (len(units): none)
	cancels  []context.CancelFunc
	memTotal int64 // bytes held in memory by units not being delivered
	spoolEnd int64
	spoolErr error

	progressMu        sync.Mutex
	running, finished int
}

// queue holds one unit's events until they are delivered: the spooled
// chunks first, then those in memory.
type queue struct {
	mu       sync.Mutex
	cond     *sync.Cond
	chunks   []chunk
	mem      []events.Event
	memBytes int64
	head     bool // being delivered
	done     bool // the unit's run returned (or never started)
	discard  bool // dropped after a bail: events are not kept
}

type chunk struct{ off, n int64 }

// runUnit runs unit i; lane names the worker running it in the items'
// ItemStart events (the html timeline's lanes).
func (e *engine) runUnit(ctx context.Context, i int, lane string) {
	q := e.queues[i]
	e.mu.Lock()
	if i > e.bailAt || ctx.Err() != nil {
		e.mu.Unlock()
		q.finish()
		return
	}
	uctx, cancel := context.WithCancel(ctx)
	e.cancels[i] = cancel
	e.mu.Unlock()
	defer cancel()

	u := e.units[i]
	e.progress(u, false)
	opts := unitOptions(e.runs[u.Collection], u)
	opts.Handler = events.HandlerFunc(func(ev events.Event) {
		switch x := ev.(type) {
		case events.RunEnd:
			if x.Aborted && x.Reason == "bail" {
				e.bail(i)
			}
		case events.ItemStart:
			if lane != "" {
				x.Lane = lane
				ev = x
			}
		}
		e.push(q, ev)
	})
	res, err := runner.Run(uctx, opts)
	e.results[i].Result, e.results[i].Err = res, err
	e.progress(u, true)
	q.finish()
}

func (e *engine) progress(u Unit, done bool) {
	if e.o.Progress == nil {
		return
	}
	e.progressMu.Lock()
	defer e.progressMu.Unlock()
	if done {
		e.running--
		e.finished++
	} else {
		e.running++
	}
	e.o.Progress(Progress{Unit: u, Done: done, Running: e.running, Finished: e.finished, Total: len(e.units)})
}

// bail stops every unit after unit i.
func (e *engine) bail(i int) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if i >= e.bailAt {
		return
	}
	e.bailAt = i
	for j := i + 1; j < len(e.cancels); j++ {
		if e.cancels[j] != nil {
			e.cancels[j]()
		}
	}
}

func (q *queue) finish() {
	q.mu.Lock()
	q.done = true
	q.cond.Broadcast()
	q.mu.Unlock()
}

// push holds or hands over one event of q's unit.
func (e *engine) push(q *queue, ev events.Event) {
	size := eventSize(ev)
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.head && len(q.mem) >= headBacklog && !q.discard {
		q.cond.Wait()
	}
	if q.discard {
		return
	}
	q.mem = append(q.mem, ev)
	q.memBytes += size
	q.cond.Broadcast()
	if q.head {
		return
	}
	e.mu.Lock()
	e.memTotal += size
	over := e.memTotal > e.o.MemoryBudget && e.o.Spool != nil && e.spoolErr == nil
	e.mu.Unlock()
	if over {
		e.spill(q)
	}
}

// spill moves q's events in memory to the spool (q.mu held). Events that
// cannot be written stay in memory.
func (e *engine) spill(q *queue) {
	var b []byte
	for _, ev := range q.mem {
		var err error
		if b, err = appendEvent(b, ev); err != nil {
			return
		}
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if _, err := e.o.Spool.Seek(e.spoolEnd, io.SeekStart); err != nil {
		e.spoolErr = fmt.Errorf("parallel run spool: %w", err)
		return
	}
	if _, err := e.o.Spool.Write(b); err != nil {
		e.spoolErr = fmt.Errorf("parallel run spool: %w", err)
		return
	}
	q.chunks = append(q.chunks, chunk{off: e.spoolEnd, n: int64(len(b))})
	e.spoolEnd += int64(len(b))
	e.memTotal -= q.memBytes
	q.mem, q.memBytes = nil, 0
}

// readChunk reads spooled events back.
func (e *engine) readChunk(c chunk) ([]events.Event, error) {
	b := make([]byte, c.n)
	e.mu.Lock()
	_, err := e.o.Spool.Seek(c.off, io.SeekStart)
	if err == nil {
		_, err = io.ReadFull(e.o.Spool, b)
	}
	e.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("parallel run spool: %w", err)
	}
	var out []events.Event
	for len(b) > 0 {
		ev, rest, err := readEvent(b)
		if err != nil {
			return out, fmt.Errorf("parallel run spool: %w", err)
		}
		out = append(out, ev)
		b = rest
	}
	return out, nil
}

// deliver hands the units' events to the handler, unit after unit.
func (e *engine) deliver() {
	m := &merger{h: e.o.Handler, coll: -1}
	for i, q := range e.queues {
		e.mu.Lock()
		dropped := i > e.bailAt
		e.mu.Unlock()
		q.mu.Lock()
		if dropped {
			q.discard = true
			q.cond.Broadcast()
			for !q.done {
				q.cond.Wait()
			}
			e.mu.Lock()
			e.memTotal -= q.memBytes
			e.mu.Unlock()
			q.mem, q.chunks = nil, nil
			q.mu.Unlock()
			e.results[i].Dropped = true
			continue
		}
		q.head = true
		e.mu.Lock()
		e.memTotal -= q.memBytes
		e.mu.Unlock()
		q.cond.Broadcast()
		m.unit(e.units[i])
		for {
			for len(q.chunks) == 0 && len(q.mem) == 0 && !q.done {
				q.cond.Wait()
			}
			if len(q.chunks) > 0 {
				c := q.chunks[0]
				q.chunks = q.chunks[1:]
				q.mu.Unlock()
				evs, err := e.readChunk(c)
				if err != nil {
					e.mu.Lock()
					if e.spoolErr == nil {
						e.spoolErr = err
					}
					e.mu.Unlock()
				}
				m.events(evs)
				q.mu.Lock()
				continue
			}
			if len(q.mem) > 0 {
				evs := q.mem
				q.mem, q.memBytes = nil, 0
				q.cond.Broadcast()
				q.mu.Unlock()
				m.events(evs)
				q.mu.Lock()
				continue
			}
			break // done, and nothing left
		}
		q.mu.Unlock()
		if e.results[i].Result == nil {
			// it never ran (interrupted before it could start)
			e.results[i].Dropped = true
		}
	}
	m.close()
}

// merger turns the units' streams into one: per collection one RunStart
// and RunEnd, an iteration split over units opened and closed once.
type merger struct {
	h          events.Handler
	coll       int
	started    bool
	end        events.RunEnd
	pendingEnd *events.IterationEnd
}

func (m *merger) unit(u Unit) {
	if u.Collection != m.coll {
		m.close()
		m.coll, m.started, m.end = u.Collection, false, events.RunEnd{}
	}
}

func (m *merger) flush() {
	if m.pendingEnd != nil {
		m.h.Handle(*m.pendingEnd)
		m.pendingEnd = nil
	}
}

func (m *merger) close() {
	m.flush()
	if m.started {
		m.h.Handle(m.end)
		m.started = false
	}
}

func (m *merger) events(evs []events.Event) {
	for _, ev := range evs {
		switch x := ev.(type) {
		case events.RunStart:
			if !m.started {
				m.started = true
				m.h.Handle(x)
			}
		case events.RunEnd:
			m.end.Time = x.Time
			if x.Aborted && !m.end.Aborted {
				m.end.Aborted, m.end.Reason = true, x.Reason
				if x.Error != nil {
					m.end.Error = x.Error
				}
			}
			if m.end.Error == nil && x.Error != nil {
				m.end.Error = x.Error
			}
		case events.IterationStart:
			if m.pendingEnd != nil && m.pendingEnd.Cursor.Iteration == x.Cursor.Iteration {
				m.pendingEnd = nil // the iteration goes on in this unit
				continue
			}
			m.flush()
			m.h.Handle(x)
		case events.IterationEnd:
			m.flush()
			m.pendingEnd = &x
		default:
			m.flush()
			m.h.Handle(ev)
		}
	}
}

// eventSize estimates what an event holds in memory.
func eventSize(ev events.Event) int64 {
	n := 512
	switch x := ev.(type) {
	case events.RequestDone:
		n += len(x.Request.Body) + 64*len(x.Request.Headers)
		if x.Response != nil {
			n += len(x.Response.Body) + 64*len(x.Response.Headers)
		}
	case events.RequestRetry:
		n += len(x.Request.Body)
	case events.Console:
		for _, s := range x.Messages {
			n += len(s)
		}
	case events.Visualizer:
		n += len(x.Template) + len(x.HTML)
	}
	return int64(n)
}

// newID is a random (version 4) UUID.
func newID() string {
	var b [16]byte
	rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
