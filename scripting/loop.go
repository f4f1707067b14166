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
type loop struct {
	timers  []*timer // pending, unordered (scripts keep few)
	nextID  int64
	seq     uint64
	pending int             // async host operations not yet completed
	done    chan completion // per script, made by its first spawn
	stop    chan struct{}   // closed when the current script ends; made with done
}

type timer struct {
	id        int64
	seq       uint64
	when      time.Time
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
	l.pending = 0
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
	if repeat && delay < time.Millisecond {
		delay = time.Millisecond // Node clamps intervals to 1 ms
	}
	t := &timer{id: l.nextID, seq: l.seq, when: time.Now().Add(delay), interval: delay,
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
		if t.when.Before(b.when) || (t.when.Equal(b.when) && t.seq < b.seq) {
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
			d := time.Until(t.when)
			if t.immediate || d <= 0 {
				if t.repeat {
					t.when = time.Now().Add(t.interval)
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
			select {
			case <-abort:
				return false
			case c := <-l.done:
				wait.Stop()
				l.pending--
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
			runCompletion(c.fn)
		}
	}
}
