package scripting

import (
	"context"
	_ "embed"
	"errors"
	"sync"
	"time"

	"github.com/courier-run/courier/vars"
	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"
)

// Options configures a Runtime.
type Options struct {
	// DefaultTimeout limits each script when Execution.Timeout is 0; 30s when 0.
	DefaultTimeout time.Duration
	// Lib is the process-wide cache of compiled libraries; nil makes a private one.
	Lib *Library
	// MemoryLimit is how many bytes a script may add to the heap before it
	// is interrupted (see memwatch.go): DefaultMemoryLimit when 0, no limit
	// when negative.
	MemoryLimit int64

	eagerSugar bool // run Sugar at start-up instead of on first use (tests)
}

const (
	defaultScriptTimeout = 30 * time.Second
	// maxCallStack bounds recursion (V8's default allows about 10,800 frames).
	maxCallStack = 10000
	// scriptFile names user scripts in stacks, as Newman does.
	scriptFile = "sandbox-script.js"
)

//go:embed js/prelude.js
var preludeJS string

// New creates a Runtime: one goja runtime reused by every Run call, like
// Newman's single sandbox context per run.
func New(host Host, opts Options) Runtime {
	r := &runtime{
		host:           host,
		lib:            opts.Lib,
		defaultTimeout: opts.DefaultTimeout,
		vm:             goja.New(),
		loop:           newLoop(),
		scripts:        map[string]*compiled{},
		modules:        map[string]goja.Value{},
	}
	if r.lib == nil {
		r.lib = NewLibrary()
	}
	if r.defaultTimeout <= 0 {
		r.defaultTimeout = defaultScriptTimeout
	}
	r.obs, _ = host.(Observer)
	if sh, ok := host.(Seeded); ok {
		if f := sh.MathRandom(); f != nil {
			r.vm.SetRandSource(f)
		}
	}
	r.wd.vm = r.vm
	r.wd.mem.limit = opts.MemoryLimit
	if r.wd.mem.limit == 0 {
		r.wd.mem.limit = DefaultMemoryLimit
	}
	r.vm.SetMaxCallStackSize(maxCallStack)
	r.initErr = r.installLimits()
	if r.initErr == nil {
		r.initErr = r.init()
	}
	if r.initErr == nil {
		r.initErr = r.installSugar(opts.eagerSugar)
	}
	return r
}

// testGlobal is a legacy global defined only for test scripts, with its
// accessor functions.
type testGlobal struct {
	key      string
	get, set goja.Value
}

type compiled struct {
	src  string
	prog *goja.Program
	err  *ErrorInfo
	fn   goja.Value // the script's function in this runtime, once made
}

type runtime struct {
	nativeJSON     goja.Value // the built-in JSON, taken before any script ran
	host           Host
	obs            Observer // host as an Observer, or nil
	lib            *Library
	defaultTimeout time.Duration
	vm             *goja.Runtime
	loop           *loop
	scripts        map[string]*compiled
	modules        map[string]goja.Value
	initErr        error
	closed         bool
	sugar          *sugarState

	// JavaScript side (see js/prelude.js)
	jsonParse     goja.Callable
	jsonStringify goja.Callable
	finishSync    goja.Callable
	settleRefs    goja.Callable
	runHook       goja.Callable
	requestJSON   goja.Callable

	// current execution
	ex         *Execution
	res        *Result
	cur        *ScriptResult
	runCtx     context.Context // the running script's parent context
	sctx       context.Context // see scriptContext
	sctxCancel context.CancelFunc
	skip       bool
	begun      bool                  // the execution's first script has started it in JavaScript
	reqLoaded  bool                  // the script side has read the request (pm.request may be edited)
	setHere    map[string]*scriptSet // the variables the running script set, by "scope\x00key"
	dataSaved  *vars.Scope           // the iteration data before the running script changed it
	keptRefs   bool                  // the running script keeps a value it set by reference (sdk.js)
	respBody   bodyCache             // what was derived from ex.Response's body
	wd         watchdog
	// curSource is the running script's source, for error messages
	curSource string
	// event names as JavaScript values
	preValue, testValue goja.Value
	reasons             map[int]goja.Value // host.reason's answers
	fnCall, fnApply     goja.Value         // the built-in Function.prototype.call and apply
	testGlobals         []testGlobal       // the legacy globals only test scripts have
}

// watchdog interrupts the running script on timeout or cancellation. Its
// timer is made once and re-armed for every script.
type watchdog struct {
	vm       *goja.Runtime
	mu       sync.Mutex
	armed    bool
	fired    bool
	held     bool // see hold
	deadline time.Time
	abort    chan struct{} // made on demand; closed when it fires
	reason   error
	timer    *time.Timer
	mem      memWatch
}

var (
	errTimeout = errors.New("script timeout")
	errClosed  = errors.New("scripting: runtime closed")
)

// start arms the watchdog for one script of at most d; ctx's cancellation
// reaches it through watchContext.
func (w *watchdog) start(ctx context.Context, d time.Duration) {
	w.mu.Lock()
	w.armed, w.fired, w.held, w.reason, w.abort = true, false, false, nil, nil
	w.deadline = time.Now().Add(d)
	w.startMemory()
	w.mu.Unlock()
	if w.timer == nil {
		w.timer = time.AfterFunc(d, w.expired)
	} else {
		w.timer.Reset(d)
	}
	if ctx.Err() != nil { // cancelled before the watchdog was armed
		w.fire(context.Cause(ctx))
	}
}

// expired is the timer's function. A late call for an earlier script (its
// timer fired while being stopped) finds the deadline not yet reached.
func (w *watchdog) expired() {
	w.mu.Lock()
	due := w.armed && !w.held && !time.Now().Before(w.deadline)
	w.mu.Unlock()
	if due {
		w.fire(errTimeout)
	}
}

// watchContext makes ctx's cancellation fire the watchdog while a script is
// running; call the returned function when the execution ends.
func (w *watchdog) watchContext(ctx context.Context) func() bool {
	if ctx.Done() == nil {
		return func() bool { return true }
	}
	return context.AfterFunc(ctx, func() { w.fire(context.Cause(ctx)) })
}

// hold keeps the timeout from firing until the returned function is called,
// which adds the time in between to the deadline: courier's own work inside
// a script (loading Sugar, which Newman does before any script) is not the
// script's time. Cancellation still fires.
func (w *watchdog) hold() (release func()) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.armed || w.held {
		return func() {}
	}
	w.held = true
	start := time.Now()
	return func() {
		w.mu.Lock()
		defer w.mu.Unlock()
		w.held = false
		if w.armed {
			w.deadline = w.deadline.Add(time.Since(start))
			w.timer.Reset(time.Until(w.deadline))
		}
	}
}

func (w *watchdog) fire(reason error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.armed {
		return
	}
	w.armed, w.fired = false, true
	w.reason = reason
	w.vm.Interrupt(reason)
	if w.abort != nil {
		close(w.abort)
	}
}

// aborted returns a channel closed when the watchdog fires.
func (w *watchdog) aborted() <-chan struct{} {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.abort == nil {
		w.abort = make(chan struct{})
		if w.fired {
			close(w.abort)
		}
	}
	return w.abort
}

// firedWith is why the watchdog fired so far (nil if it has not).
func (w *watchdog) firedWith() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.reason
}

// stop disarms the watchdog and reports why it fired (nil if it did not).
func (w *watchdog) stop() error {
	w.timer.Stop()
	w.stopMemory()
	w.mu.Lock()
	w.armed = false
	reason := w.reason
	w.mu.Unlock()
	w.vm.ClearInterrupt()
	return reason
}

func (r *runtime) Close() {
	r.closed = true
	r.modules = nil
	r.scripts = nil
	if r.wd.timer != nil {
		r.wd.timer.Stop()
	}
	r.wd.stopMemory()
}

// Run runs the execution's scripts in order; each script's timers, promises
// and async host calls are drained before the next one starts.
func (r *runtime) Run(ctx context.Context, ex *Execution) (*Result, error) {
	if r.closed {
		return nil, errClosed
	}
	if r.initErr != nil {
		return nil, r.initErr
	}
	if ex == nil {
		return nil, errors.New("scripting: nil execution")
	}
	res := &Result{Scripts: make([]ScriptResult, 0, len(ex.Scripts))}
	r.ex, r.res, r.skip, r.respBody, r.begun, r.reqLoaded = ex, res, false, bodyCache{}, false, false
	defer func() { r.ex, r.res, r.cur, r.respBody = nil, nil, nil, bodyCache{} }()

	timeout := ex.Timeout
	if timeout <= 0 {
		timeout = r.defaultTimeout
	}
	stopWatch := r.wd.watchContext(ctx)
	defer stopWatch()
	var runErr error
	for _, s := range ex.Scripts {
		if err := ctx.Err(); err != nil {
			runErr = err
			break
		}
		res.Scripts = append(res.Scripts, ScriptResult{Script: s})
		r.cur = &res.Scripts[len(res.Scripts)-1]
		clear(r.setHere)
		err := r.runScript(ctx, s, timeout)
		r.settleSets()
		if err != nil {
			runErr = err
			break
		}
		if r.obs != nil && r.obs.ScriptEnd(*r.cur) {
			break
		}
		if r.skip {
			break
		}
	}
	if ex.Event == "prerequest" && ex.Request != nil && r.reqLoaded {
		if err := r.writeBackRequest(ex.Request); err != nil && runErr == nil {
			runErr = err
		}
	}
	return res, runErr
}

// eventValue is the event name as a JavaScript string, made once per name.
func (r *runtime) eventValue(event string) goja.Value {
	switch event {
	case "prerequest":
		if r.preValue == nil {
			r.preValue = r.vm.ToValue(event)
		}
		return r.preValue
	case "test":
		if r.testValue == nil {
			r.testValue = r.vm.ToValue(event)
		}
		return r.testValue
	}
	return r.vm.ToValue(event)
}

// scriptContext is the running script's context (pm.sendRequest and cookie
// jar calls run under it), made on first use and cancelled when the script
// ends.
func (r *runtime) scriptContext() context.Context {
	if r.sctx == nil {
		r.sctx, r.sctxCancel = context.WithCancel(r.runCtx)
	}
	return r.sctx
}

// runScript runs one script and drains its event loop. It returns an error
// only when ctx ended.
func (r *runtime) runScript(ctx context.Context, s Script, timeout time.Duration) error {
	c := r.compile(s)
	if c.err != nil {
		e := *c.err
		r.cur.Error = &e
		return nil
	}
	r.runCtx, r.sctx, r.sctxCancel = ctx, nil, nil
	r.curSource = s.Source
	r.loop.begin()
	r.wd.start(ctx, timeout)

	fn, err := r.scriptFunc(c)
	if err == nil {
		if r.begun {
			_, err = r.runHook(goja.Undefined(), fn, r.vm.ToValue(s.Location))
		} else {
			// the execution's first script also starts the execution
			r.begun = true
			_, err = r.runHook(goja.Undefined(), fn, r.vm.ToValue(s.Location), r.eventValue(r.ex.Event),
				r.vm.ToValue(r.ex.Request != nil), r.vm.ToValue(r.ex.Response != nil))
		}
	}
	if err != nil {
		r.recordSyncError(err)
		// the hook records legacy tests[] itself unless it was interrupted
		if _, ferr := r.finishSync(goja.Undefined()); ferr != nil {
			r.recordSyncError(ferr)
		}
	}
	// Postman's sandbox words a timeout by whether the script had set a
	// timer or begun an async operation (pm.sendRequest, a cookie jar call)
	// by then: "asynchronous" even when it struck in the script's own run
	synchronous := errors.Is(r.wd.firedWith(), errTimeout) && r.loop.started == 0
	if !r.skip {
		r.loop.drain(r.wd.aborted, r.callTimer, r.runCompletion)
	}
	reason := r.wd.stop()
	r.loop.end()
	if r.sctxCancel != nil {
		r.sctxCancel()
	}
	if r.keptRefs {
		// what the script kept by reference, as it is now
		r.keptRefs = false
		if _, err := r.settleRefs(goja.Undefined()); err != nil && r.cur.Error == nil {
			r.cur.Error = r.errorInfo(err)
		}
	}
	r.restoreData()
	r.runCtx, r.sctx, r.sctxCancel = nil, nil, nil
	switch {
	case reason == nil:
	case errors.Is(reason, errTimeout):
		phase := "asynchronous"
		if synchronous {
			phase = "synchronous"
		}
		r.cur.Error = &ErrorInfo{Name: "Error", Message: "sandbox: " + phase + " script execution timeout"}
		r.cur.Error.Stack = r.cur.Error.Name + ": " + r.cur.Error.Message
	case errors.Is(reason, errMemory):
		r.cur.Error = &ErrorInfo{Name: "RangeError", Message: memoryMessage(r.wd.mem.limit)}
		r.cur.Error.Stack = r.cur.Error.Name + ": " + r.cur.Error.Message
		releaseMemory()
	default:
		return reason
	}
	return nil
}

// scriptFunc is the compiled script's function in this runtime. The wrapper
// function has no state of its own, so one instance serves every run.
func (r *runtime) scriptFunc(c *compiled) (goja.Value, error) {
	if c.fn != nil {
		return c.fn, nil
	}
	fn, err := r.vm.RunProgram(c.prog)
	if err != nil {
		return nil, err
	}
	c.fn = fn
	return fn, nil
}

// callTimer runs a timer callback; its exception is an asynchronous error.
func (r *runtime) callTimer(fn goja.Callable, args []goja.Value) {
	if r.skip {
		return // the execution ended with pm.execution.skipRequest()
	}
	if _, err := fn(goja.Undefined(), args...); err != nil {
		r.recordAsyncError(err)
	}
}

func (r *runtime) runCompletion(fn func()) {
	if fn != nil {
		fn()
	}
}

// recordSyncError records an exception of the script's synchronous part.
// postman-sandbox ends a script that started no timer, pm.sendRequest or
// cookie jar call with that error. One that did goes on until they are done,
// and the error goes to the handler of asynchronous errors; if all of them
// were cleared again the execution has already ended when the error comes,
// and it is lost.
func (r *runtime) recordSyncError(err error) {
	switch {
	case r.loop.started == 0:
		r.recordError(err)
	case r.loop.live() > 0:
		r.recordAsyncError(err)
	}
}

// recordError keeps the script's first error. Interrupts are handled by the
// watchdog's reason instead.
func (r *runtime) recordError(err error) {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		return
	}
	if r.cur == nil || r.cur.Error != nil {
		return
	}
	r.cur.Error = r.errorInfo(err)
}

// recordAsyncError keeps the script's first asynchronous error (see
// ScriptResult.AsyncError).
func (r *runtime) recordAsyncError(err error) {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		return
	}
	if r.cur == nil || r.cur.AsyncError != nil {
		return
	}
	r.cur.AsyncError = r.errorInfo(err)
}

// compile compiles a script once (cached by Script.ID; "" is not cached)
// wrapped in a function, so top-level declarations stay local to the script.
func (r *runtime) compile(s Script) *compiled {
	if s.ID != "" {
		if c, ok := r.scripts[s.ID]; ok && c.src == s.Source {
			return c
		}
	}
	prog, err := compileScript(s.Source)
	c := &compiled{src: s.Source, prog: prog}
	if err != nil {
		c.err = syntaxErrorInfo(err, s.Source)
	}
	if s.ID != "" {
		r.scripts[s.ID] = c
	}
	return c
}

// A script runs as the body of a function, as postman-sandbox runs it
// (uniscope's Function body ";var arguments = undefined;\n" + code + "\n;"):
// arguments is undefined at its top level (here a parameter the call leaves
// undefined, which spares goja an arguments object), a 'use strict' at its
// start is no directive, and a missing bracket is reported as V8 reports it
// in that body. The prefix stays on the first line, so the script's lines
// keep their numbers.
const (
	scriptPrefix = "(function (arguments) {;"
	scriptSuffix = "\n;\n})"
)

func compileScript(src string) (*goja.Program, error) {
	prog, err := compileWrapped(scriptPrefix + src + scriptSuffix)
	if err == nil {
		return prog, nil
	}
	// goja lacks `for await` and async generators: lower the script to ES2017
	// with esbuild and try again.
	out := api.Transform(scriptPrefix+src+scriptSuffix+"();", api.TransformOptions{
		Loader:     api.LoaderJS,
		Target:     api.ES2017,
		Sourcefile: scriptFile,
		LogLevel:   api.LogLevelSilent,
	})
	if len(out.Errors) > 0 {
		return nil, err
	}
	prog2, err2 := compileWrapped("(function () {" + string(out.Code) + "\n})")
	if err2 != nil {
		return nil, err
	}
	return prog2, nil
}
