package scripting

import (
	"fmt"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/courier-run/courier/scripting/internal/chaicore"
	"github.com/courier-run/courier/scripting/jslib"
)

// Library is a process-wide, concurrency-safe cache of compiled programs: the
// jslib bundles a script may require() and courier's own sandbox JavaScript.
// Create one with NewLibrary and share it between all runtimes; each program
// is compiled once, when first needed.
type Library struct {
	source func(name string) (string, bool)
	// plainChai runs chai's own JavaScript where the bundle has hooks for
	// courier's native versions (tests compare the two)
	plainChai bool

	mu     sync.Mutex
	progs  map[string]*libEntry
	warmed sync.WaitGroup // Warm's goroutines (tests wait for them)
}

type libEntry struct {
	once    sync.Once
	prog    *goja.Program
	err     error
	missing bool // module: no bundle has the name
}

// NewLibrary returns an empty cache backed by the jslib bundles.
func NewLibrary() *Library {
	return newLibrary(jslib.Source)
}

func newLibrary(source func(string) (string, bool)) *Library {
	return &Library{source: source, progs: map[string]*libEntry{}}
}

func (l *Library) entry(key string) *libEntry {
	l.mu.Lock()
	defer l.mu.Unlock()
	e := l.progs[key]
	if e == nil {
		e = &libEntry{}
		l.progs[key] = e
	}
	return e
}

// module returns the compiled bundle for a module name; evaluating the program
// yields function(module, exports, require) (chai's takes a fourth
// parameter, see chaiModuleParams). ok is false for unknown names. The
// bundle's source is read only to compile it.
func (l *Library) module(name string) (prog *goja.Program, ok bool, err error) {
	e := l.entry("module:" + name)
	e.once.Do(func() {
		src, found := l.source(name)
		if !found {
			e.missing = true
			return
		}
		params := "module, exports, require"
		if name == "chai" {
			params = chaiModuleParams
		}
		e.prog, e.err = goja.Compile(name, "(function ("+params+") {"+src+"\n})", false)
		if e.err != nil {
			e.err = fmt.Errorf("compiling bundle %s: %w", name, e.err)
		}
	})
	if e.missing {
		return nil, false, nil
	}
	return e.prog, true, e.err
}

// chaiModuleParams are the parameters of the function the chai bundle is
// compiled into: the last is the __courier object its hooks call (chaiHooks
// in js/build.mjs; see package chaicore).
const chaiModuleParams = "module, exports, require, __courier"

// chaiHooks returns the __courier object passed to the chai bundle: the
// native chai utilities (chaicore), or chai's own when the library is
// plainChai; and lazy(name), which loads one of chai's lazily loaded parts.
func (r *runtime) chaiHooks() goja.Value {
	var hooks goja.Value
	if r.lib.plainChai {
		hooks = chaicore.PlainHooks(r.vm)
	} else {
		hooks = chaicore.New(r.vm, r.fnCall, r.fnApply).Hooks()
	}
	o := hooks.ToObject(r.vm)
	_ = o.Set("lazy", func(call goja.FunctionCall) goja.Value {
		return r.loadVendorModule(call.Argument(0).String())
	})
	return hooks
}

// vendorModule returns the compiled bundle of one of the vendor files that
// are modules (a function(module, exports, require) like the modules'), but
// not ones a script can require(): chai's lazily loaded parts ("chai-loupe",
// "chai-assert": see chaiLazyParts in js/build.mjs) and "console-teleport".
func (l *Library) vendorModule(name string) (*goja.Program, error) {
	e := l.entry("vendor:" + name)
	e.once.Do(func() {
		src, found := jslib.Vendor(name)
		if _, module := vendorModules[name]; !found || !module {
			e.err = fmt.Errorf("scripting: no vendor module %q", name)
			return
		}
		params := "module, exports, require"
		if vendorModules[name].nativeJSON {
			params += ", JSON"
		}
		e.prog, e.err = goja.Compile(name, "(function ("+params+") {"+src+"\n})", false)
		if e.err != nil {
			e.err = fmt.Errorf("compiling bundle %s: %w", name, e.err)
		}
	})
	return e.prog, e.err
}

// vendorModules are the vendor files that are modules. nativeJSON: the
// module's JSON is the built-in one (the runtime passes it, runModule), as in
// postman-sandbox's bootcode, not the sandbox's global one (liquid-json's,
// whose errors are JSONErrors).
var vendorModules = map[string]struct{ nativeJSON bool }{
	"chai-assert":      {},
	"chai-loupe":       {},
	"console-teleport": {nativeJSON: true},
}

// internal returns one of courier's own embedded sandbox files, compiled;
// src makes its source, called only to compile it.
func (l *Library) internal(name string, src func() string) (*goja.Program, error) {
	e := l.entry("internal:" + name)
	e.once.Do(func() {
		e.prog, e.err = goja.Compile(name, src(), true)
		if e.err != nil {
			e.err = fmt.Errorf("compiling %s: %w", name, e.err)
		}
	})
	return e.prog, e.err
}

// prelude returns courier's sandbox set-up (preludeSource), compiled.
func (l *Library) prelude() (*goja.Program, error) {
	return l.internal("courier-prelude.js", preludeSource)
}

// Warm starts compiling what the given scripts need before they can run,
// on two goroutines: courier's prelude (every runtime runs it first, before
// any script) on one, then, when a script can reach the SDK's request side
// (see reachesRequest), sdk-request.js; on the other, what test scripts need later: when a
// script can reach chai (see reachesChai), the chai bundle and courier's
// chai-postman assertions, and when one can reach a response (see
// reachesResponse), the SDK's Response (sdk-response.js); and it reads
// Sugar's property table. It returns at once; a runtime that needs a program
// still being compiled waits for it. Call it as soon as the scripts of a run
// are known, so that compiling overlaps with whatever comes before the first
// script (loading the run's files, its first request); without scripts it
// does nothing.
func (l *Library) Warm(sources []string) {
	if len(sources) == 0 {
		return
	}
	var chai, response, request bool
	for _, src := range sources {
		chai = chai || reachesChai(src)
		response = response || reachesResponse(src)
		request = request || reachesRequest(src)
	}
	l.warmed.Go(func() {
		_, _ = l.prelude()
		if request {
			// while the runtime runs the prelude
			_, _ = l.sdkRequest()
		}
	})
	l.warmed.Go(func() { _, _ = loadSugarProps() })
	if chai || response {
		l.warmed.Go(func() {
			if chai {
				_, _, _ = l.module("chai")
				_, _ = l.part("assertions") // the plugin used when chai loads
			}
			if response || chai { // (pm.response.to is chai's)
				_, _ = l.part("sdk-response")
			}
		})
	}
}

// reachesRequest reports whether a script may use the SDK's request side:
// pm.request, pm.sendRequest, new sdk.Request and the like. It only decides
// what Warm compiles ahead.
func reachesRequest(src string) bool {
	return strings.Contains(src, "equest")
}

// reachesResponse reports whether a script may use a response: pm.response,
// the legacy response globals, pm.sendRequest's callback. It only decides
// what Warm compiles ahead.
func reachesResponse(src string) bool {
	return strings.Contains(src, "esponse") || strings.Contains(src, "sendRequest")
}

// reachesChai reports whether a script may use chai: pm.expect,
// pm.response.to and pm.request.to, or require('chai'). It only decides
// what Warm compiles ahead; a script it misses loads chai when it needs it.
func reachesChai(src string) bool {
	return strings.Contains(src, "expect") || strings.Contains(src, ".to") || strings.Contains(src, "chai")
}
