package scripting

import (
	"context"
	"time"

	"github.com/dop251/goja"
)

// loop is the per-runtime event loop: timers (setTimeout, setInterval,
// setImmediate) and completions of asynchronous host work (pm.sendRequest,
// cookie jar calls). Promise jobs are run by goja itself whenever a call from
// Go into JavaScript returns. All fields are used on the runtime's goroutine
// only, except done, which worker goroutines send on.
//
// Timers fire in an order that does not depend on the machine's speed: by
// due time, then in creation order, where a timer's due time is its delay
// after the moment the code that set it was started by the loop (the
// script's start, the due time of the timer whose callback set it, or the
// arrival of the host result whose callback did). Like libuv's loop time,
// that clock (now) does not move while JavaScript runs, so a slow script,
// a library loaded on first use or a busy machine makes timers late but never
// reorders them, and intervals do not drift against other timers. Each timer
// still waits on the wall clock for at least its delay after it was set, but
// a host result is not taken before a timer already due on the loop's clock
// (Node runs the expired timers before it polls for I/O).
type loop struct {
	timers  []*timer // pending, unordered (scripts keep few)
	nextID  int64
	seq     uint64
	start   time.Time       // when the current script started
	now     time.Duration   // the loop's clock, since start
	pending int             // async host operations not yet completed
	started int             // timers set and host operations spawned by the current script
	done    chan completion // per script, made by its first spawn
	stop    chan struct{}   // closed when the current script ends; made with done
}

type timer struct {
	id        int64
	seq       uint64
	when      time.Duration // due, on the loop's clock
	wall      time.Time     // not before then (set + delay)
	interval  time.Duration
	repeat    bool
	immediate bool
	fn        goja.Callable
	args      []goja.Value
}

// completion is work finished on another goroutine; fn runs on the loop.
type completion struct {
	fn func()
}

func newLoop() *loop {
	return &loop{}
}

// begin prepares the loop for one script.
func (l *loop) begin() {
	l.timers = l.timers[:0]
	l.pending, l.started = 0, 0
	l.start, l.now = time.Now(), 0
	l.stop, l.done = nil, nil // per script: late results of an earlier script are never read
}

// end drops every pending timer and abandons outstanding async work.
func (l *loop) end() {
	for i := range l.timers {
		l.timers[i] = nil
	}
	l.timers = l.timers[:0]
	l.pending = 0
	if l.stop != nil {
		close(l.stop)
	}
	l.stop, l.done = nil, nil
}

func (l *loop) add(fn goja.Callable, delay time.Duration, args []goja.Value, repeat, immediate bool) int64 {
	if delay < 0 {
		delay = 0
	}
	l.nextID++
	l.seq++
	l.started++
	if repeat && delay < time.Millisecond {
		delay = time.Millisecond // Node clamps intervals to 1 ms
	}
	t := &timer{id: l.nextID, seq: l.seq, when: l.now + delay, wall: time.Now().Add(delay), interval: delay,
		repeat: repeat, immediate: immediate, fn: fn, args: args}
	l.timers = append(l.timers, t)
	return t.id
}

func (l *loop) clear(id int64) {
	for i, t := range l.timers {
		if t.id == id {
			l.timers = append(l.timers[:i], l.timers[i+1:]...)
			return
		}
	}
}

// live is the number of timers and host operations still to come.
func (l *loop) live() int { return len(l.timers) + l.pending }

// next returns the timer to fire first: immediates in order, then the
// earliest timer (ties in creation order).
func (l *loop) next() (int, *timer) {
	best := -1
	for i, t := range l.timers {
		if best < 0 {
			best = i
			continue
		}
		b := l.timers[best]
		if t.immediate != b.immediate {
			if t.immediate {
				best = i
			}
			continue
		}
		if t.when < b.when || (t.when == b.when && t.seq < b.seq) {
			best = i
		}
	}
	if best < 0 {
		return -1, nil
	}
	return best, l.timers[best]
}

// spawn runs work on another goroutine; the function it returns runs on the
// loop (and may call into JavaScript). ctx is cancelled when the script ends.
func (l *loop) spawn(ctx context.Context, work func(ctx context.Context) func()) {
	l.pending++
	l.started++
	if l.done == nil {
		l.stop = make(chan struct{})
		l.done = make(chan completion)
	}
	stop := l.stop
	done := l.done
	go func() {
		fn := work(ctx)
		select {
		case done <- completion{fn: fn}:
		case <-stop:
		}
	}()
}

// drain runs timers and async completions until none are left or the
// channel aborted returns is closed. call runs a JavaScript callback and
// reports its error.
func (l *loop) drain(aborted func() <-chan struct{}, call func(fn goja.Callable, args []goja.Value), runCompletion func(func())) bool {
	if len(l.timers) == 0 && l.pending == 0 {
		return true // the usual case: nothing was scheduled
	}
	abort := aborted()
	var wait *time.Timer
	defer func() {
		if wait != nil {
			wait.Stop()
		}
	}()
	for {
		select {
		case <-abort:
			return false
		default:
		}
		i, t := l.next()
		if t == nil && l.pending == 0 {
			return true
		}
		if t != nil {
			d := time.Until(t.wall)
			if !t.immediate && d <= 0 && t.when > l.now {
				// due on the wall clock but not yet on the loop's: as Node
				// polls for I/O between its timer phases, a host result
				// already there goes first (else an interval slower than its
				// delay would starve every pm.sendRequest callback)
				select {
				case c := <-l.done:
					l.pending--
					l.arrived(t)
					runCompletion(c.fn)
					continue
				default:
				}
			}
			if t.immediate || d <= 0 {
				if !t.immediate && t.when > l.now {
					l.now = t.when
				}
				if t.repeat {
					// Node reschedules an interval from the time it fired
					t.when, t.wall = l.now+t.interval, time.Now().Add(t.interval)
					l.seq++
					t.seq = l.seq
				} else {
					l.timers = append(l.timers[:i], l.timers[i+1:]...)
				}
				call(t.fn, t.args)
				continue
			}
			if wait == nil {
				wait = time.NewTimer(d)
			} else {
				wait.Reset(d)
			}
			if t.when <= l.now {
				// due on the loop's clock already (set in the same turn as
				// a timer that has fired, with the same delay): as in Node,
				// it fires before any host result is taken; it only waits
				// out its delay on the wall clock
				select {
				case <-abort:
					return false
				case <-wait.C:
				}
				continue
			}
			select {
			case <-abort:
				return false
			case c := <-l.done:
				wait.Stop()
				l.pending--
				l.arrived(t)
				runCompletion(c.fn)
			case <-wait.C:
			}
			continue
		}
		select {
		case <-abort:
			return false
		case c := <-l.done:
			l.pending--
			l.arrived(nil)
			runCompletion(c.fn)
		}
	}
}

// arrived moves the loop's clock to the wall clock for a completion of host
// work (a response arrives when it arrives), but not past next, the timer
// the loop was waiting for: timers due before the completion still fire
// before what its callback sets.
func (l *loop) arrived(next *timer) {
	now := time.Since(l.start)
	if next != nil && !next.immediate && now > next.when {
		now = next.when
	}
	if now > l.now {
		l.now = now
	}
}
