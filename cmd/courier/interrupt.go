package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/runner"
	"github.com/courier-run/courier/vars"
)

// interruptGrace is how long a run may take to stop after an interrupt
// (SIGINT, SIGTERM) or after --timeout has passed. A run stops at its next
// step, which is almost always at once; one that does not (a script stuck
// inside a single built-in call) is abandoned: its reports are written from
// what it had finished and courier exits 3. A second interrupt abandons the
// run at once.
const interruptGrace = 2 * time.Second

// gate passes events to the reporters until it is closed; a run abandoned
// after the grace period may still emit, and those events are dropped, so
// the reporters never see an event after the one that ends the run.
type gate struct {
	mu     sync.Mutex
	h      events.Handler
	closed bool
}

func (g *gate) Handle(ev events.Event) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.closed {
		g.h.Handle(ev)
	}
}

// end closes the gate with a last event.
func (g *gate) end(ev events.Event) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.closed {
		g.closed = true
		g.h.Handle(ev)
	}
}

// runBounded runs the collection and returns its result, or abandons it
// (abandoned true, res nil) when it has not stopped interruptGrace after ctx
// was cancelled or after --timeout, or at once on a second interrupt.
func runBounded(ctx context.Context, run runFunc, opts runner.Options, e *env, quiet bool) (res *runner.Result, runErr error, abandoned bool) {
	g := &gate{h: opts.Handler}
	if opts.Handler != nil {
		opts.Handler = g
	}
	type outcome struct {
		res   *runner.Result
		err   error
		panic any
	}
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- outcome{panic: p}
			}
		}()
		res, err := run(ctx, opts)
		done <- outcome{res: res, err: err}
	}()
	finished := func(o outcome) (*runner.Result, error, bool) {
		if o.panic != nil {
			panic(o.panic) // Main reports it
		}
		return o.res, o.err, false
	}
	var overrun <-chan time.Time
	if opts.Timeout > 0 {
		t := time.NewTimer(opts.Timeout + interruptGrace)
		defer t.Stop()
		overrun = t.C
	}
	interrupted := ctx.Done()
	var grace <-chan time.Time
	timedOut := false
wait:
	for {
		select {
		case o := <-done:
			return finished(o)
		case <-interrupted:
			interrupted = nil
			t := time.NewTimer(interruptGrace)
			defer t.Stop()
			grace = t.C
		case <-grace:
			break wait
		case <-overrun:
			timedOut = true
			break wait
		case <-e.hurry:
			break wait
		}
	}
	select {
	case o := <-done: // it ended just now
		return finished(o)
	default:
	}
	msg, runErr := "the run was interrupted", context.Cause(ctx)
	if timedOut && ctx.Err() == nil {
		msg, runErr = fmt.Sprintf("callback timed out: the run exceeded --timeout %v", opts.Timeout), context.DeadlineExceeded
	}
	if runErr == nil {
		runErr = context.Canceled
	}
	if !quiet {
		fmt.Fprintf(e.stderr, "courier: warning: the run did not stop within %v; it is abandoned and the reports hold what it finished\n", interruptGrace)
	}
	g.end(events.RunEnd{Time: e.now(), Aborted: true, Reason: "interrupted", Error: &events.Error{Name: "Error", Message: msg}})
	return nil, runErr, true
}

// fileScope is an environment or globals scope as its file gives it (for
// the reports of an abandoned run).
func fileScope(name string, f *collections.Environment) *vars.Scope {
	if f == nil {
		return vars.NewScope(name, nil)
	}
	s := vars.NewScope(name, f.Values)
	s.ID, s.Label = f.ID, f.Name
	return s
}

// matchTimeout bounds one backtracking regular expression match: the
// longest a script may run (see scripting.SetMatchTimeout).
func matchTimeout(a *runArgs) time.Duration {
	d := a.timeoutScript
	if d <= 0 {
		d = 30 * time.Second
	}
	if a.timeout > 0 && a.timeout < d {
		d = a.timeout
	}
	return d
}

// scriptMemoryLimit is scripting.Options.MemoryLimit for --max-script-memory
// (-1 when not given, 0 for no limit).
func scriptMemoryLimit(n int64) int64 {
	switch {
	case n < 0:
		return 0 // the default
	case n == 0:
		return -1
	}
	return n
}
