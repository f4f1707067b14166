// Package runner executes a collection the way Newman does: items depth-first
// in folder order, iterations, variables with Postman's precedence, auth
// inheritance, cookies, redirects and setNextRequest. It reports everything
// as a typed event stream (package events) and calls scripts through the
// scripting package's Runtime, implementing scripting.Host for it.
package runner

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/httpmsg"
	"github.com/courier-run/courier/internal/dynvars"
	"github.com/courier-run/courier/scripting"
	"github.com/courier-run/courier/vars"
)

// Result is what a run leaves behind for exports.
type Result struct {
	Variables *vars.Set // final scopes (environment, globals, collection)
	Jar       *Jar
	Aborted   bool
	Failed    bool // any assertion, script or request failure
	// AuthUpdates are the OAuth 2.0 tokens the collection's auths keep
	// (those that name no variable for them), for --export-collection
	AuthUpdates []AuthUpdate
}

// UsageError is an invalid run configuration (e.g. an unknown --folder); exit code 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// ExitCode is 2 for usage errors.
func (e *UsageError) ExitCode() int { return 2 }

// entry is one request in the run order.
type entry struct {
	item    *collections.Item
	parents []*collections.Item
}

// run holds one run's state. Nothing is shared between runs.
type run struct {
	opts   Options
	ctx    context.Context
	vars   *vars.Set
	jar    *Jar
	client *wireClient
	rt     scripting.Runtime
	order  []entry
	// positions are the entries' positions in the whole collection's order
	// and length its length (OnlyTop); nil positions: the order's own
	positions []int
	length    int
	// outside are the names and ids of requests not in the order (OnlyTop)
	outside map[string]bool
	rnd     *rand.Rand
	seeding *seeding  // --seed (seed.go); nil: not seeded
	entropy io.Reader // unpredictable bytes (entropy.go)
	dyn     *dynvars.Generator
	emit    func(events.Event)
	cursor  events.Cursor
	curItem events.Item
	failed  bool
	// authState keeps values auth schemes store back (digest nonce, hawk
	// nonce) per auth definition, for the rest of the run.
	authState map[*collections.Auth]*authState
	promptErr error
	// oauth are the run's OAuth 2.0 tokens (oauth2.go)
	oauth    oauth2Tokens
	abortErr *events.Error   // --bail folder: the error that aborted the run
	row      collections.Row // this iteration's data
	emitMu   sync.Mutex
	authMu   sync.Mutex
	// per item: an assertion failed or a script threw; a request failed
	itemFailure, itemError bool
	// obs is the event whose scripts are running (scripting.Observer reports into it)
	obs scriptObs
	// sending are the pm.sendRequest calls started and not yet reported
	sending []*scriptRequest
	// sendSlots bounds the pm.sendRequest calls in flight at once
	sendSlots chan struct{}
}

// maxScriptRequests is how many pm.sendRequest calls may be on the wire at
// once; the others wait for a slot (Newman opens them all, and thousands of
// calls from one script run out of file descriptors).
const maxScriptRequests = 64

// scriptObs is the state of the event whose scripts are running: assertions
// and script ends are emitted as the sandbox reports them, in order with the
// scripts' console output.
type scriptObs struct {
	event  string
	item   events.Item
	failed []string // names of the running script's failed assertions
	// err is the error that ends the event early under --bail: a script
	// error, or (--bail / --bail failure) a failed assertion as Newman's
	// AssertionFailure
	err *events.Error
}

// lockedSource makes a random source safe for concurrent use.
type lockedSource struct {
	mu  sync.Mutex
	src rand.Source
}

func (l *lockedSource) Uint64() uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.src.Uint64()
}

// Run executes the collection. The returned error is a UsageError for bad
// configuration or the context's error when the run was aborted; reports have
// received a RunEnd event in every case but a UsageError.
func Run(ctx context.Context, opts Options) (*Result, error) {
	if opts.Collection == nil {
		return nil, &UsageError{Msg: "no collection"}
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Sleep == nil {
		opts.Sleep = SleepContext
	}
	if opts.Rand == nil {
		opts.Rand = fastSource()
	}
	if opts.UserAgent == "" {
		opts.UserAgent = "PostmanRuntime/7.39.1"
	}
	// pm.sendRequest may run requests on other goroutines: randomness, auth
	// state, transports and event delivery are shared, so they are guarded
	src := &lockedSource{src: opts.Rand}
	r := &run{opts: opts, rnd: rand.New(src), entropy: entropySource(opts), authState: map[*collections.Auth]*authState{},
		sendSlots: make(chan struct{}, maxScriptRequests)}
	r.emit = func(events.Event) {}
	if opts.Handler != nil {
		h := opts.Handler
		r.emit = func(e events.Event) {
			r.emitMu.Lock()
			defer r.emitMu.Unlock()
			h.Handle(e)
		}
	}
	// items without an id get one, as the Postman SDK gives them when it loads
	// a collection (pm.info.requestId, report ids)
	opts.Collection.AssignIDs(r.newRef)
	order, err := selectItems(opts.Collection, opts.Folders)
	if err != nil {
		return nil, err
	}
	r.order, r.length = order, len(order)
	if opts.OnlyTop != nil {
		r.selectTop(opts.OnlyTop)
	}
	if opts.Seed != nil {
		r.seeding = newSeeding(*opts.Seed, src, opts.Collection)
		r.dyn = dynvars.New(r.rnd, randReader{r.rnd}, opts.Now)
	} else {
		r.dyn = dynvars.New(r.rnd, r.entropy, opts.Now)
	}
	r.vars = &vars.Set{
		Local:       vars.NewScope(vars.Local, nil),
		Data:        vars.NewScope(vars.Data, nil),
		Environment: scopeFrom(vars.Environment, opts.Environment, opts.EnvVars),
		Collection:  vars.NewScope(vars.Collection, opts.Collection.Variables),
		Globals:     scopeFrom(vars.Globals, opts.Globals, opts.GlobalVars),
		Dynamic:     r.dyn.Value,
	}
	if opts.OnVariable != nil {
		for _, sc := range r.scopes() {
			for _, v := range sc.Variables() {
				opts.OnVariable(v.Key, v.Value, v.Type)
			}
			sc.OnSet = opts.OnVariable
		}
	}
	r.jar = NewJar(opts.Now)
	if len(opts.Cookies) > 0 {
		var cs []httpmsg.Cookie
		for _, c := range opts.Cookies {
			cs = append(cs, httpmsg.Cookie{Name: c.Name, Value: c.Value, Domain: c.Domain, Path: c.Path, Expires: c.Expires, HTTPOnly: c.HttpOnly, Secure: c.Secure})
		}
		r.jar.Load(cs)
	}
	if len(opts.StoredCookies) > 0 {
		r.jar.LoadStored(opts.StoredCookies)
	}
	r.client = newWireClient(opts)
	defer r.client.close()
	defer func() {
		if r.rt != nil {
			r.rt.Close()
		}
	}()
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	r.ctx = ctx

	iterations := opts.Iterations
	if iterations <= 0 {
		iterations = len(opts.Data)
		if iterations == 0 {
			iterations = 1
		}
	}
	r.emit(events.RunStart{Collection: opts.Collection.Info.Name, CollectionID: opts.Collection.Info.PostmanID,
		Iterations: iterations, Length: r.length, Time: opts.Now()})
	aborted, reason := r.iterate(iterations)
	end := events.RunEnd{Time: opts.Now(), Aborted: aborted, Reason: reason}
	var runErr error
	if aborted && ctx.Err() != nil {
		runErr = ctx.Err()
		msg := "the run was interrupted"
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			msg = fmt.Sprintf("callback timed out: the run exceeded --timeout %v", opts.Timeout)
		}
		end.Error = &events.Error{Name: "Error", Message: msg}
	}
	if r.abortErr != nil {
		end.Error = r.abortErr
	}
	if r.promptErr != nil {
		end.Reason = "prompt"
		var stop *oauth2Stop
		if errors.As(r.promptErr, &stop) {
			end.Reason = "oauth2"
		}
		end.Error = &events.Error{Name: "Error", Message: r.promptErr.Error()}
		runErr = &UsageError{Msg: r.promptErr.Error()}
	}
	r.emit(end)
	return &Result{Variables: r.vars, Jar: r.jar, Aborted: aborted, Failed: r.failed || end.Error != nil,
		AuthUpdates: r.oauth.authUpdates()}, runErr
}

// scopeFrom builds the environment or globals scope from its file (may be nil)
// and the --env-var / --global-var overrides.
func scopeFrom(name string, env *collections.Environment, overrides []collections.Variable) *vars.Scope {
	if env == nil {
		env = &collections.Environment{}
	}
	s := vars.NewScope(name, env.Values)
	s.ID, s.Label = env.ID, env.Name
	for _, o := range overrides {
		s.Set(o.Key, o.Value)
	}
	return s
}

// SleepContext waits d or until ctx is done (Options.Sleep's default).
func SleepContext(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// selectItems flattens the collection (or the --folder selection) into the run order.
func selectItems(c *collections.Collection, folders []string) ([]entry, error) {
	var all []entry
	collect := func(root *collections.Item, parents []*collections.Item) {
		if !root.Folder {
			all = append(all, entry{item: root, parents: parents})
			return
		}
		var rec func(it *collections.Item, ps []*collections.Item)
		rec = func(it *collections.Item, ps []*collections.Item) {
			if !it.Folder {
				all = append(all, entry{item: it, parents: ps})
				return
			}
			next := append(ps[:len(ps):len(ps)], it)
			for _, ch := range it.Items {
				rec(ch, next)
			}
		}
		rec(root, parents)
	}
	if len(folders) == 0 {
		for _, it := range c.Items {
			collect(it, nil)
		}
		return all, nil
	}
	sel, matched := collections.Select(c, folders)
	for i, m := range matched {
		if m == nil {
			return nil, &UsageError{Msg: fmt.Sprintf("unable to find a folder or request: %s", folders[i])}
		}
	}
	for _, s := range sel {
		collect(s.Item, s.Parents)
	}
	return all, nil
}

// selectTop narrows the whole order to the given top-level items, keeping
// each entry's position in the whole order.
func (r *run) selectTop(top []int) {
	want := map[*collections.Item]bool{}
	for _, i := range top {
		if i >= 0 && i < len(r.opts.Collection.Items) {
			want[r.opts.Collection.Items[i]] = true
		}
	}
	var order []entry
	var positions []int
	r.outside = map[string]bool{}
	for pos, e := range r.order {
		root := e.item
		if len(e.parents) > 0 {
			root = e.parents[0]
		}
		if want[root] {
			order = append(order, e)
			positions = append(positions, pos)
			continue
		}
		for _, k := range []string{e.item.ID, e.item.Name} {
			if k != "" {
				r.outside[k] = true
			}
		}
	}
	r.order, r.positions = order, positions
}

// position is the cursor position of the order's entry i.
func (r *run) position(i int) int {
	if r.positions != nil {
		return r.positions[i]
	}
	return i
}

// iterate runs every iteration; it reports whether the run was aborted.
func (r *run) iterate(iterations int) (bool, string) {
	its := r.opts.OnlyIterations
	if its == nil {
		its = make([]int, iterations)
		for i := range its {
			its[i] = i
		}
	}
	for _, it := range its {
		if it < 0 || it >= iterations {
			continue
		}
		if len(r.opts.Data) > 0 {
			r.row = r.opts.Data[min(it, len(r.opts.Data)-1)]
			if r.vars.Data.OnSet != nil {
				for _, v := range r.row {
					r.vars.Data.OnSet(v.Key, v.Value, v.Type)
				}
			}
		}
		r.cursor = events.Cursor{Iteration: it, Length: r.length, Cycles: iterations}
		r.emit(events.IterationStart{Cursor: r.cursor})
		stop, reason := r.runIteration(it, iterations)
		if r.abortErr != nil {
			// --bail folder: Newman's run ends with the error, this iteration unfinished
			return true, reason
		}
		r.emit(events.IterationEnd{Cursor: events.Cursor{Iteration: it, Length: r.length, Cycles: iterations}})
		if stop {
			return true, reason
		}
	}
	return false, ""
}

// runIteration runs the items of one iteration, following setNextRequest.
func (r *run) runIteration(iter, iterations int) (bool, string) {
	lookupNames := map[string]int{}
	lookupIDs := map[string]int{}
	for i, e := range r.order {
		if e.item.ID != "" {
			lookupIDs[e.item.ID] = i
		}
		if e.item.Name != "" {
			lookupNames[e.item.Name] = i // the last item with a name wins, as in postman-runtime
		}
	}
	pos := 0
	for pos < len(r.order) {
		if err := r.ctx.Err(); err != nil {
			return true, "interrupted"
		}
		if pos > 0 && r.opts.DelayRequest > 0 {
			if err := r.opts.Sleep(r.ctx, r.opts.DelayRequest); err != nil {
				return true, "interrupted"
			}
		}
		if r.seeding != nil {
			r.seeding.enter(r.order[pos], iter)
		}
		out := r.runItem(r.order[pos], iter, iterations, pos)
		if r.ctx.Err() != nil {
			return true, "interrupted"
		}
		if out.bail {
			return true, "bail"
		}
		if out.next.Set {
			if out.next.Stop {
				return false, ""
			}
			if i, ok := lookupIDs[out.next.Name]; ok {
				pos = i
				continue
			}
			if i, ok := lookupNames[out.next.Name]; ok {
				pos = i
				continue
			}
			if r.outside[out.next.Name] {
				r.warn(fmt.Sprintf("courier: setNextRequest(%q) names a request outside this unit of a parallel or sharded run; the iteration ends here", out.next.Name))
			}
			return false, "" // unknown target: end this iteration
		}
		pos++
	}
	return false, ""
}

type itemOutcome struct {
	next scripting.NextRequest
	bail bool
}

func (r *run) newRef() string {
	var b [16]byte
	r.entropyBytes(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// itemPath names an item's folders, outermost first; a folder without a name
// is shown by its id, as Newman's reporters show it.
func itemPath(parents []*collections.Item) []string {
	if len(parents) == 0 {
		return nil
	}
	p := make([]string, len(parents))
	for i, f := range parents {
		p[i] = f.Name
		if p[i] == "" {
			p[i] = f.ID
		}
	}
	return p
}

// folderNames are the names of an item's folders ("" for a nameless one).
func folderNames(parents []*collections.Item) []string {
	p := make([]string, len(parents))
	for i, f := range parents {
		p[i] = f.Name
	}
	return p
}

// scriptsFor collects the enabled scripts of an event, outermost first.
func (r *run) scriptsFor(e entry, listen string) []scripting.Script {
	var out []scripting.Script
	add := func(evs []collections.Event, loc string) {
		for _, ev := range evs {
			// an empty script still counts: Newman's stats count every item
			// that listens to the event, whatever its script holds
			if ev.Listen != listen || ev.Disabled {
				continue
			}
			// the source is the cache key: identical scripts on many requests compile once
			out = append(out, scripting.Script{ID: ev.Script.Exec, Source: ev.Script.Exec, Location: loc})
		}
	}
	add(r.opts.Collection.Events, "collection")
	for _, f := range e.parents {
		add(f.Events, "folder "+f.Name)
	}
	add(e.item.Events, "request "+e.item.Name)
	return out
}

// effectiveAuth finds the auth that applies: the request's own, else the
// nearest folder's, else the collection's.
func (r *run) effectiveAuth(e entry, req *collections.Request) *collections.Auth {
	if req.Auth != nil {
		return req.Auth
	}
	for i := len(e.parents) - 1; i >= 0; i-- {
		if e.parents[i].Auth != nil {
			return e.parents[i].Auth
		}
	}
	return r.opts.Collection.Auth
}

func (r *run) runItem(e entry, iter, iterations, pos int) itemOutcome {
	var out itemOutcome
	item := events.Item{ID: e.item.ID, Name: e.item.Name, Path: itemPath(e.parents)}
	r.cursor = events.Cursor{Iteration: iter, Position: r.position(pos), Length: r.length, Cycles: iterations, Ref: r.newRef()}
	r.curItem = item
	cur := r.cursor
	r.emit(events.ItemStart{Cursor: cur, Item: item, Time: r.opts.Now()})
	r.itemFailure, r.itemError = false, false
	r.obs = scriptObs{}
	// each item starts from the iteration's data row (pm.iterationData.set lasts one item, as in Newman)
	onSet := r.vars.Data.OnSet
	*r.vars.Data = *vars.NewScope(vars.Data, r.row)
	r.vars.Data.OnSet = onSet
	info := scripting.Info{Iteration: iter, IterationCount: iterations, RequestName: e.item.Name, RequestID: e.item.ID, RequestIDValue: e.item.IDValue}
	sItem := scripting.Item{ID: e.item.ID, Name: e.item.Name, Path: append([]string{r.opts.Collection.Info.Name}, folderNames(e.parents)...)}

	req := cloneRequest(e.item.Request)
	if req.Auth == nil {
		// inherited auth is resolved per request, on a copy
		req.Auth = cloneAuth(r.effectiveAuth(e, req))
	}
	authSource := r.effectiveAuth(e, e.item.Request)

	// --prompt: a variable the request uses is asked for before its
	// pre-request scripts run, so that they see it too (and again below for
	// one the scripts brought in)
	if err := r.promptMissing(e.item.Name, req); err != nil {
		r.promptErr = err
		r.emit(events.ItemEnd{Cursor: cur, Item: item, Stopped: true, Time: r.opts.Now()})
		out.bail = true
		return out
	}

	// pre-request scripts
	if scripts := r.scriptsFor(e, "prerequest"); len(scripts) > 0 && r.opts.Scripts != nil {
		info.EventName = "prerequest"
		res := r.runScripts(&scripting.Execution{Event: "prerequest", Scripts: scripts, Item: sItem, Request: req, Info: info, Timeout: r.opts.TimeoutScript}, item)
		if r.bailAfter(r.obs.err, &out) {
			// Newman (--bail): no request, no test scripts
			r.emit(events.ItemEnd{Cursor: cur, Item: item, Stopped: true, Time: r.opts.Now()})
			return out
		}
		if res != nil {
			if res.NextRequest.Set {
				out.next = res.NextRequest
			}
			if res.SkipRequest {
				r.emit(events.ItemEnd{Cursor: cur, Item: item, Skipped: true, Time: r.opts.Now()})
				return out
			}
		}
	}
	if r.ctx.Err() != nil || r.stopForOAuth2(nil, &out) {
		r.emit(events.ItemEnd{Cursor: cur, Item: item, Stopped: true, Time: r.opts.Now()})
		return out
	}

	// the request
	if err := r.promptMissing(e.item.Name, req); err != nil {
		r.promptErr = err
		r.emit(events.ItemEnd{Cursor: cur, Item: item, Stopped: true, Time: r.opts.Now()})
		out.bail = true
		return out
	}
	sent := cloneRequest(req)
	resolveRequest(sent, r.vars)
	unknownAuth := r.unknownAuth(sent, e.item.Request.Auth == nil)
	// each exchange opens with a RequestStart (Newman's beforeRequest), so
	// what is logged while it is in flight comes between it and its end; a
	// digest or NTLM challenge answered by a replay is a request of its own
	started := false
	hooks := &sendHooks{
		presend: func() {
			if unknownAuth != "" {
				r.warnUnknownAuth(unknownAuth) // after files are loaded, as postman-runtime's auth helper
			}
		},
		starting: func(req events.Request) {
			started = true
			r.emit(events.RequestStart{Cursor: cur, Item: item, Request: req, Time: r.opts.Now()})
		},
		answered: func(req events.Request, resp *httpmsg.Response) {
			started = false
			r.emit(events.RequestDone{Cursor: cur, Item: item, Request: req, Response: eventResponse(resp), Time: r.opts.Now()})
		},
		own:      true,
		itemName: item.Name,
		cursor:   cur,
		item:     item,
	}
	evReq, resp, reqErr := r.sendItem(sent, authSource, r.settingsFor(&e), hooks, &started, cur, item)
	r.keepTokens()
	if r.stopForOAuth2(reqErr, &out) {
		// a token only a person could give, and none can: no request, no tests
		r.emit(events.ItemEnd{Cursor: cur, Item: item, Stopped: true, Time: r.opts.Now()})
		return out
	}
	if !started {
		// the request failed before it could go (Newman still announces it)
		r.emit(events.RequestStart{Cursor: cur, Item: item, Request: evReq, Time: r.opts.Now()})
	}
	if unknownAuth != "" && reqErr == nil {
		r.warnUnknownAuth(unknownAuth)
	}
	done := events.RequestDone{Cursor: cur, Item: item, Request: evReq, Time: r.opts.Now()}
	var sresp *httpmsg.Response
	if reqErr != nil {
		done.Error = &events.Error{Name: errorName(reqErr), Message: reqErr.Error()}
		r.failed = true
		r.itemError = true
	} else {
		sresp = resp
		done.Response = eventResponse(resp)
	}
	r.emit(done)
	if done.Error != nil && r.bailAfter(done.Error, &out) {
		// Newman (--bail): a request error ends the item without its test scripts
		r.emit(events.ItemEnd{Cursor: cur, Item: item, Stopped: true, Time: r.opts.Now()})
		return out
	}

	// test scripts (Newman runs them even after a request error, without a response)
	if scripts := r.scriptsFor(e, "test"); len(scripts) > 0 && r.opts.Scripts != nil && r.ctx.Err() == nil {
		info.EventName = "test"
		// test scripts see the request as sent, as Newman's pm.request does:
		// the encoded URL parsed again (path variables as that parse finds
		// them; postman-runtime updates the URL before it sends) and the headers
		if evReq.URL != "" {
			sent.URL = collections.ParseURL(evReq.URL)
		}
		if reqErr == nil || evReq.Headers != nil {
			// (a request that failed once it had its headers shows them too)
			sent.Headers = sent.Headers[:0]
			for _, h := range evReq.Headers {
				sent.Headers = append(sent.Headers, collections.Header{Key: h.Key, Value: h.Value, JSON: h.JSON, Disabled: h.Disabled, System: h.System})
			}
		}
		if sresp == nil {
			sresp = &httpmsg.Response{}
		}
		res := r.runScripts(&scripting.Execution{Event: "test", Scripts: scripts, Item: sItem, Request: sent, Response: sresp, Info: info, Timeout: r.opts.TimeoutScript}, item)
		if res != nil && res.NextRequest.Set {
			out.next = res.NextRequest
		}
		r.bailAfter(r.obs.err, &out)
		r.stopForOAuth2(nil, &out)
	}
	r.emit(events.ItemEnd{Cursor: cur, Item: item, Time: r.opts.Now()})
	return out
}

// stopForOAuth2 ends the run when a request (err) or a pm.sendRequest of
// the item's scripts needed an OAuth 2.0 token only a person could give
// and none can (exit 2, as a --prompt that cannot be answered).
func (r *run) stopForOAuth2(err error, out *itemOutcome) bool {
	if err == nil && !r.oauth.stopping.Load() {
		return false // the usual case, without allocating
	}
	var stop *oauth2Stop
	if !errors.As(err, &stop) {
		if s := r.oauth.stopped(); s != nil {
			stop, _ = s.(*oauth2Stop)
		}
	}
	if stop == nil {
		return false
	}
	if r.promptErr == nil {
		r.promptErr = stop
	}
	out.bail = true
	return true
}

// stopOnFailure and abortOnError are postman-runtime's options as Newman
// sets them: --bail and --bail failure stop the run gracefully after the
// item that had a failed assertion, a script error or a request error;
// --bail folder aborts the run with the first script or request error.
func (b Bail) stopOnFailure() bool { return b.Enabled && (b.Failure || !b.Folder) }
func (b Bail) abortOnError() bool  { return b.Enabled && b.Folder }

// bailAfter decides what err (nil: none) means under --bail: it marks the
// item's outcome and reports whether the item stops here.
func (r *run) bailAfter(err *events.Error, out *itemOutcome) bool {
	b := r.opts.Bail
	if err == nil || !(b.stopOnFailure() || b.abortOnError()) {
		return false
	}
	out.bail = true
	if b.abortOnError() {
		e := *err
		r.abortErr = &e
	}
	return true
}

// runScripts runs one event's scripts. Their assertions and script ends are
// emitted as the sandbox reports them (Test, ScriptEnd), in order with the
// scripts' console output.
func (r *run) runScripts(ex *scripting.Execution, item events.Item) *scripting.Result {
	if r.rt == nil { // the sandbox starts with the first script, so runs without scripts never pay for it
		r.rt = r.opts.Scripts(r)
	}
	r.obs = scriptObs{event: ex.Event, item: item}
	res, err := r.rt.Run(r.ctx, ex)
	r.finishSending()
	cur := r.cursor
	if err != nil {
		r.failed = true
		r.itemFailure = true
		r.emit(events.Script{Cursor: cur, Item: item, Event: ex.Event, Location: "sandbox", Error: &events.Error{Name: "Error", Message: err.Error()}})
		return nil
	}
	if res.Visualizer != nil {
		v := res.Visualizer
		r.emit(events.Visualizer{Cursor: cur, Item: item, Template: v.Template, Data: v.Data, HTML: v.HTML, Error: v.Error})
	}
	return res
}

// Test implements scripting.Observer: one assertion, as it is recorded.
func (r *run) Test(s scripting.Script, t scripting.Test) {
	o := &r.obs
	a := events.Assertion{Cursor: r.cursor, Item: o.item, Event: o.event, Location: s.Location, Name: t.Name, Index: t.Index, Skipped: t.Skipped, Time: r.opts.Now()}
	if t.Error != nil && !t.Skipped {
		a.Error = &events.Error{Name: t.Error.Name, Message: t.Error.Message, Stack: t.Error.Stack}
		r.failed = true
		r.itemFailure = true
		o.failed = append(o.failed, t.Name)
	}
	r.emit(a)
}

// ScriptEnd implements scripting.Observer: the script's end (with its error).
// Under --bail a script error, or a failed assertion as Newman's
// AssertionFailure error, skips the event's remaining scripts.
func (r *run) ScriptEnd(sr scripting.ScriptResult) bool {
	o := &r.obs
	ev := events.Script{Cursor: r.cursor, Item: o.item, Event: o.event, Location: sr.Script.Location}
	if sr.Error == nil && sr.AsyncError != nil && r.opts.Bail.abortOnError() {
		// postman-runtime counts the first asynchronous error only then
		sr.Error = sr.AsyncError
	}
	if sr.Error != nil {
		ev.Error = &events.Error{Name: sr.Error.Name, Message: sr.Error.Message, Stack: sr.Error.Stack}
		r.failed = true
		r.itemFailure = true
	} else if len(o.failed) > 0 && r.opts.Bail.stopOnFailure() {
		// postman-runtime turns the script's failed assertions into its error
		msg := strings.Join(o.failed, ", ")
		ev.Error = &events.Error{Name: "AssertionFailure", Message: msg, Stack: "AssertionFailure: " + msg}
	}
	o.failed = nil
	r.startQueued()
	r.emit(ev)
	b := r.opts.Bail
	if ev.Error != nil && (b.stopOnFailure() || b.abortOnError()) {
		o.err = ev.Error
		return true
	}
	return false
}

func eventResponse(resp *httpmsg.Response) *events.Response {
	return &events.Response{Code: resp.Code, Status: resp.Reason, Headers: toEventHeaders(resp.Headers),
		Body: resp.Body, ResponseTime: resp.ResponseTime, Size: resp.ResponseSize}
}

// errorName is the JavaScript name of a request error ("Error" unless it says otherwise).
func errorName(err error) string {
	var ne interface{ ErrorName() string }
	if errors.As(err, &ne) {
		return ne.ErrorName()
	}
	return "Error"
}

func toEventHeaders(hs []httpmsg.Header) []events.Header {
	out := make([]events.Header, len(hs))
	for i, h := range hs {
		out[i] = events.Header{Key: h.Key, Value: h.Value}
	}
	return out
}

// Host implementation for the sandbox.

// Variables implements scripting.Host.
func (r *run) Variables() *vars.Set { return r.vars }

// Cookies implements scripting.Host.
func (r *run) Cookies() scripting.CookieJar { return scriptJar{r.jar} }

// Console implements scripting.Host.
func (r *run) Console(level string, args []string) {
	r.emit(events.Console{Cursor: r.cursor, Item: r.curItem, Level: level, Messages: append([]string(nil), args...), Time: r.opts.Now()})
}

// SendRequest implements scripting.Host (pm.sendRequest). The request is
// reported as Newman reports it: a request of the run (RequestStart and
// RequestDone with the script that made it) in the item whose script made
// it, not the item's own request.
func (r *run) SendRequest(script scripting.Script, req *collections.Request) scripting.ScriptRequest {
	// postman-runtime sends it as the script built it: no variables
	// substituted, the URL not written out and parsed again, and a body
	// even for GET; but it takes out files, which scripts may not upload
	c := cloneRequest(req)
	if stripFiles(c) {
		r.warn("uploading files from scripts is not allowed")
	}
	s := &scriptRequest{r: r, req: c, cursor: r.cursor, item: r.curItem,
		script: &events.ScriptRef{Event: r.obs.event, Location: script.Location}, finished: make(chan struct{})}
	r.sending = append(r.sending, s)
	return s
}

// stripFiles takes a binary body and form-data files out of req, as
// postman-runtime does with a script's request; it reports whether it did.
func stripFiles(req *collections.Request) bool {
	b := req.Body
	if b == nil {
		return false
	}
	switch b.Mode {
	case "file":
		req.Body = nil
		return true
	case "formdata":
		kept := b.FormData[:0:0]
		for _, f := range b.FormData {
			if f.Type != "file" {
				kept = append(kept, f)
			}
		}
		if len(kept) == len(b.FormData) {
			return false
		}
		nb := *b
		nb.FormData = kept
		req.Body = &nb
		return true
	}
	return false
}

// scriptRequest is one pm.sendRequest (scripting.ScriptRequest).
type scriptRequest struct {
	r      *run
	req    *collections.Request
	cursor events.Cursor
	item   events.Item
	script *events.ScriptRef
	// set by Do, read once finished is closed
	finished chan struct{}
	sent     events.Request
	resp     *httpmsg.Response
	err      error
	replays  []events.Event // a digest or NTLM challenge and the replay answering it
	started  bool
	reported bool
}

// Start announces the request (Newman's beforeRequest, its cli line).
func (s *scriptRequest) Start() {
	method := s.req.Method
	if method == "" {
		method = "GET"
	}
	shown := s.req.URL.String()
	s.started = true
	s.r.emit(events.RequestStart{Cursor: s.cursor, Item: s.item, Script: s.script,
		Request: events.Request{Method: method, URL: shown, Display: shown}, Time: s.r.opts.Now()})
}

// Do sends the request. It goes on when the script ends (a script timeout
// does not stop it in Newman either): the run waits for it after the
// script and reports it then.
func (s *scriptRequest) Do(context.Context) (*httpmsg.Response, error) {
	defer close(s.finished)
	st := s.r.settingsFor(nil)
	st.disableBodyPruning = true
	exchanges := 0
	hooks := &sendHooks{
		starting: func(req events.Request) {
			if exchanges++; exchanges > 1 {
				s.replays = append(s.replays, events.RequestStart{Cursor: s.cursor, Item: s.item, Script: s.script, Request: req, Time: s.r.opts.Now()})
			}
		},
		answered: func(req events.Request, resp *httpmsg.Response) {
			s.replays = append(s.replays, events.RequestDone{Cursor: s.cursor, Item: s.item, Script: s.script, Request: req,
				Response: eventResponse(resp), Time: s.r.opts.Now()})
		},
		// reported with the exchanges, before the request's end
		authToken: func(ev events.AuthToken) {
			ev.Cursor, ev.Item, ev.Script = s.cursor, s.item, s.script
			s.replays = append(s.replays, ev)
		},
		// this runs on the sending goroutine: it names the item and script
		// that made the request, never the run's current ones
		warn: func(msg string) {
			s.r.emit(events.Console{Cursor: s.cursor, Item: s.item, Level: "warn", Messages: []string{inspectString(msg)}, Time: s.r.opts.Now()})
		},
	}
	select {
	case s.r.sendSlots <- struct{}{}:
		defer func() { <-s.r.sendSlots }()
	case <-s.r.ctx.Done():
		s.sent = events.Request{Method: s.req.Method, URL: s.req.URL.String()}
		s.err = context.Cause(s.r.ctx)
		return nil, s.err
	}
	s.sent, s.resp, s.err = s.r.sendAuthed(s.r.ctx, s.req, s.req.Auth, st, hooks)
	return s.resp, s.err
}

// Done reports the request's end (Newman's request event), before the
// script's callback runs.
func (s *scriptRequest) Done() {
	if s.reported {
		return
	}
	s.reported = true
	for i, o := range s.r.sending {
		if o == s {
			s.r.sending = append(s.r.sending[:i], s.r.sending[i+1:]...)
			break
		}
	}
	for _, e := range s.replays {
		s.r.emit(e)
	}
	done := events.RequestDone{Cursor: s.cursor, Item: s.item, Script: s.script, Request: s.sent, Time: s.r.opts.Now()}
	if s.err != nil {
		// a failed pm.sendRequest is one of the run's failures (exit code 1),
		// though it does not end the item under --bail
		done.Error = &events.Error{Name: errorName(s.err), Message: s.err.Error()}
		s.r.failed = true
	} else {
		done.Response = eventResponse(s.resp)
	}
	s.r.emit(done)
}

// startQueued starts the pm.sendRequest calls the ending script made but
// left unstarted (it timed out or skipped its request before their timers
// ran): postman-runtime has them queued by then and sends them, without a
// callback to call, before it reports the script's end.
func (r *run) startQueued() {
	for _, s := range r.sending {
		if !s.started {
			s.Start()
			go s.Do(r.ctx)
		}
	}
}

// finishSending reports the pm.sendRequest calls a script left under way
// (it timed out, was stopped or skipped its request): the run waits for
// each, as Newman's reports get each one's outcome whenever it comes.
func (r *run) finishSending() {
	r.startQueued() // in case the script never reported its end
	for len(r.sending) > 0 {
		s := r.sending[0]
		<-s.finished
		s.Done()
	}
}

var _ scripting.Host = (*run)(nil)
var _ scripting.Observer = (*run)(nil)
var _ http.CookieJar = (*Jar)(nil)
