package scripting

import (
	"context"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/httpmsg"
	"github.com/courier-run/courier/vars"
)

// Seeded is implemented by a host whose run is reproducible (courier run
// --seed): when MathRandom returns a function, Math.random draws from it
// instead of an unpredictable source.
type Seeded interface {
	MathRandom() func() float64
}

// Host is everything the sandbox needs from the run. The runner implements it;
// this package never imports the runner.
//
// Threading: every Host method, and ScriptRequest's Start and Done, is
// called on the goroutine running the script, so what they hand out (the
// variable scopes above all) is only ever touched from there. The one
// exception is ScriptRequest.Do, which runs on a goroutine of its own while
// the script goes on: it must use only what SendRequest captured for it and
// parts of the run that are safe for concurrent use (the cookie jar, the
// connection pool, event delivery), never the variables or the run's
// current item. runner.TestSendRequestConcurrentWithScript checks this under
// the race detector.
type Host interface {
	// Variables returns the run's variable scopes (shared, mutated in place).
	Variables() *vars.Set
	// SendRequest begins a pm.sendRequest as the script makes the call
	// (postman-runtime checks the request then). script is the script
	// making it. The sandbox goes on with the returned ScriptRequest.
	SendRequest(script Script, req *collections.Request) ScriptRequest
	// Cookies is the run's cookie jar.
	Cookies() CookieJar
	// Console delivers one console.* call; args are already formatted.
	Console(level string, args []string)
}

// ScriptRequest is one pm.sendRequest under way. The sandbox calls Start
// when postman-runtime starts the request (on a timer of its own, set when
// the script made the call, so what the script does synchronously and the
// timers it set before come first), then Do on another goroutine, then Done
// on its own goroutine with Do's outcome, before the script's callback.
type ScriptRequest interface {
	Start()
	// Do sends the request through the run's client (cookie jar, proxy,
	// TLS settings). ctx ends with the script.
	Do(ctx context.Context) (*Response, error)
	Done()
}

// Observer is optionally implemented by a Host that wants each test result
// and the end of each script as they happen, in order with its Console
// calls (Newman reports them in that order).
type Observer interface {
	// Test is called as a test result is recorded: pm.test when it settles,
	// the legacy tests[] entries when the script ends.
	Test(s Script, t Test)
	// ScriptEnd is called when a script and everything it started have
	// finished (not when the run's context ended). Returning true skips the
	// execution's remaining scripts, as Newman's --bail does.
	ScriptEnd(r ScriptResult) (stop bool)
}

// CookieJar is the run's cookie jar as pm.cookies.jar() sees it.
type CookieJar interface {
	// Get is the first of GetAll's cookies with that name, nil if none.
	Get(url, name string) (*Cookie, error)
	// GetAll lists the cookies a request to url would send.
	GetAll(url string) ([]Cookie, error)
	// Prepare returns c as the jar would keep it when set for url (its
	// domain and path defaulted from url), or why the jar refuses it.
	Prepare(url string, c Cookie) (Cookie, error)
	// Put stores a prepared cookie in place of the one with its name,
	// domain and path (an expired one removes that one).
	Put(c Cookie)
	// Remove deletes the cookie with c's name, domain and path.
	Remove(c Cookie)
}

// Cookie, Header and Response are the HTTP values the sandbox and the run
// share; they live in package httpmsg, a leaf both import.
type (
	Cookie   = httpmsg.Cookie
	Header   = httpmsg.Header
	Response = httpmsg.Response
)

// Execution is one event (pre-request or test) of one item: the scripts to
// run, outermost (collection) first.
type Execution struct {
	Event    string // "prerequest" or "test"
	Scripts  []Script
	Item     Item
	Request  *collections.Request // pre-request: editable, sent as edited; test: the request that was sent
	Response *Response            // test scripts only
	Info     Info
	Timeout  time.Duration // per script; 0 means the sandbox default
}

// Script is one script to run.
type Script struct {
	ID       string // stable cache key (e.g. item id + event index); "" = no caching
	Source   string
	Location string // e.g. "collection", "folder Orders", "request Get order"
}

// Item identifies the collection item being run.
type Item struct {
	ID   string
	Name string
	Path []string // folder names, outermost first
}

// Info backs pm.info.
type Info struct {
	EventName      string
	Iteration      int // 0-based
	IterationCount int
	RequestName    string
	RequestID      string
	RequestIDValue any // RequestID as the collection typed it, when not a string (pm.info.requestId is 5 for "id": 5)
}

// Result is the outcome of one Execution.
type Result struct {
	Scripts     []ScriptResult
	NextRequest NextRequest
	SkipRequest bool
	Visualizer  *Visualizer
}

// ScriptResult is the outcome of one script.
type ScriptResult struct {
	Script Script
	Tests  []Test
	Error  *ErrorInfo // uncaught exception, timeout, or syntax error
	// AsyncError is the first exception Newman's sandbox does not count as
	// the script's error: one thrown by a timer, pm.sendRequest or cookie
	// jar callback, or by the script's synchronous part once that had
	// started any of those. Newman ignores it (it is not printed or
	// counted) unless --bail folder, which makes it the script's error.
	AsyncError *ErrorInfo
}

// Test is one pm.test / tests[] assertion.
type Test struct {
	Name    string
	Index   int // within its script: pm.test's when called, tests[]' after the last pm.test
	Passed  bool
	Skipped bool
	Error   *ErrorInfo // set when failed
}

// ErrorInfo is a JavaScript error as reports show it.
type ErrorInfo struct {
	Name    string // "AssertionError", "TypeError", "Error", "ScriptTimeoutError"
	Message string
	Stack   string
}

// NextRequest records postman.setNextRequest / pm.execution.setNextRequest.
type NextRequest struct {
	Set  bool
	Name string // request name or id
	Stop bool   // setNextRequest(null): end the run after this item
}

// Visualizer is pm.visualizer.set's data, and the template rendered with
// Handlebars as the Postman app renders it (or why it could not be).
type Visualizer struct {
	Template string
	Data     any
	Options  any
	HTML     string
	Error    string
}

// Runtime runs scripts; one per run (or per parallel worker), like Newman's
// single sandbox context. It is not safe for concurrent use.
type Runtime interface {
	Run(ctx context.Context, ex *Execution) (*Result, error)
	Close()
}
