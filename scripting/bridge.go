package scripting

import (
	"crypto/rand"
	_ "embed"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/scripting/internal/jsonread"
	"github.com/courier-run/courier/vars"
)

//go:embed js/sdk.js
var sdkJS string

//go:embed js/sdk-request.js
var sdkRequestJS string

// preludeSource is sdk.js and prelude.js inside one function of `host`
// (the files a runtime needs only later are parts, see parts.go).
func preludeSource() string {
	return "(function (host) {\n'use strict';\nvar JSON = globalThis.JSON;\n" + sdkJS + "\n" + preludeJS + "\n})"
}

// sdkRequestSource is sdk-request.js inside its function.
func sdkRequestSource() string {
	return "(function (I, host, lib) {\n'use strict';\n" + sdkRequestJS + "\n})"
}

// sdkRequest returns sdk-request.js's program, compiled on first use.
func (l *Library) sdkRequest() (*goja.Program, error) {
	return l.internal("courier-sdk-request.js", sdkRequestSource)
}

// init runs the prelude, which defines the sandbox globals, and keeps the
// hooks it returns.
func (r *runtime) init() error {
	prog, err := r.lib.prelude()
	if err != nil {
		return err
	}
	v, err := r.vm.RunProgram(prog)
	if err != nil {
		return fmt.Errorf("scripting: prelude: %w", err)
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return fmt.Errorf("scripting: prelude is not a function")
	}
	hooksV, err := fn(goja.Undefined(), r.hostObject())
	if err != nil {
		return fmt.Errorf("scripting: prelude: %w", err)
	}
	// Function.prototype.call and apply before any script could replace them
	if fp, ok := r.vm.Get("Function").ToObject(r.vm).Get("prototype").(*goja.Object); ok {
		r.fnCall, r.fnApply = fp.Get("call"), fp.Get("apply")
	}
	hooks := hooksV.ToObject(r.vm)
	for name, dst := range map[string]*goja.Callable{
		"finishSync":    &r.finishSync,
		"settleRefs":    &r.settleRefs,
		"run":           &r.runHook,
		"requestJSON":   &r.requestJSON,
		"jsonParse":     &r.jsonParse,
		"jsonStringify": &r.jsonStringify,
	} {
		f, ok := goja.AssertFunction(hooks.Get(name))
		if !ok {
			return fmt.Errorf("scripting: prelude hook %s missing", name)
		}
		*dst = f
	}
	r.nativeJSON = hooks.Get("JSON")
	return nil
}

// throw raises a JavaScript exception from a Go function called by script.
func (r *runtime) throw(ctor string, msg string) {
	c, _ := goja.AssertConstructor(r.vm.Get(ctor))
	if c == nil {
		panic(r.vm.NewTypeError(msg))
	}
	obj, err := c(nil, r.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	panic(obj)
}

// rethrow propagates an error from a call back into JavaScript.
func rethrow(err error) {
	panic(err)
}

func (r *runtime) hostObject() *goja.Object {
	o := r.vm.NewObject()
	def := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = o.Set(name, fn)
	}
	def("addTest", r.jsAddTest)
	def("console", r.jsConsole)
	def("setTimer", r.jsSetTimer)
	def("clearTimer", func(c goja.FunctionCall) goja.Value {
		r.loop.clear(c.Argument(0).ToInteger())
		return goja.Undefined()
	})
	def("module", func(c goja.FunctionCall) goja.Value { return r.loadModule(c.Argument(0).String()) })
	def("held", func(c goja.FunctionCall) goja.Value {
		// held(fn) runs fn as courier's own set-up work (linking a library
		// it loaded), which does not count against the script's timeout
		fn, ok := goja.AssertFunction(c.Argument(0))
		if !ok {
			return goja.Undefined()
		}
		release := r.wd.hold()
		defer release()
		v, err := fn(goja.Undefined())
		if err != nil {
			rethrow(err)
		}
		return v
	})
	def("varGet", r.jsVarGet)
	def("varHas", r.jsVarHas)
	def("varSet", r.jsVarSet)
	def("varUnset", r.jsVarUnset)
	def("varClear", r.jsVarClear)
	def("varObject", r.jsVarObject)
	def("varReplace", r.jsVarReplace)
	def("varList", r.jsVarList)
	def("varWhere", r.jsVarWhere)
	def("varSettle", r.jsVarSettle)
	def("keepRefs", func(goja.FunctionCall) goja.Value {
		r.keptRefs = true
		return goja.Undefined()
	})
	def("varScopeName", func(c goja.FunctionCall) goja.Value {
		// pm.environment.name / pm.globals.name: the file's name, undefined without one
		if sc := r.scope(c.Argument(0).String()); sc != nil && sc.Label != "" {
			return r.vm.ToValue(sc.Label)
		}
		return goja.Undefined()
	})
	def("varScopeID", func(c goja.FunctionCall) goja.Value {
		// the environment's or globals' file id, undefined without one
		if sc := r.scope(c.Argument(0).String()); sc != nil && sc.ID != "" {
			return r.vm.ToValue(sc.ID)
		}
		return goja.Undefined()
	})
	def("nextRequest", r.jsNextRequest)
	def("skipRequest", r.jsSkipRequest)
	def("visualizer", r.jsVisualizer)
	def("visualizerClear", func(goja.FunctionCall) goja.Value {
		if r.res != nil {
			r.res.Visualizer = nil
		}
		return goja.Undefined()
	})
	def("registerTestGlobals", func(c goja.FunctionCall) goja.Value {
		keys, gets, sets := c.Argument(0).ToObject(r.vm), c.Argument(1).ToObject(r.vm), c.Argument(2).ToObject(r.vm)
		n := int(keys.Get("length").ToInteger())
		r.testGlobals = make([]testGlobal, n)
		for i := range r.testGlobals {
			idx := strconv.Itoa(i)
			r.testGlobals[i] = testGlobal{key: keys.Get(idx).String(), get: gets.Get(idx), set: sets.Get(idx)}
		}
		return goja.Undefined()
	})
	def("setTestGlobals", func(c goja.FunctionCall) goja.Value {
		g := r.vm.GlobalObject()
		define := c.Argument(0).ToBoolean()
		for _, tg := range r.testGlobals {
			var err error
			if define {
				err = g.DefineAccessorProperty(tg.key, tg.get, tg.set, goja.FLAG_TRUE, goja.FLAG_FALSE)
			} else {
				err = g.Delete(tg.key)
			}
			if err != nil {
				rethrow(err)
			}
		}
		return goja.Undefined()
	})
	def("sendRequest", r.jsSendRequest)
	def("jar", r.jsJar)
	def("request", func(goja.FunctionCall) goja.Value {
		if r.ex == nil || r.ex.Request == nil {
			return r.vm.ToValue("null")
		}
		r.reqLoaded = true
		b, err := json.Marshal(requestJSON(r.ex.Request))
		if err != nil {
			r.throw("Error", err.Error())
		}
		return r.vm.ToValue(string(b))
	})
	def("info", func(goja.FunctionCall) goja.Value {
		if r.ex == nil {
			return goja.Undefined()
		}
		return r.infoObject(r.ex)
	})
	def("location", func(goja.FunctionCall) goja.Value {
		if r.ex == nil {
			return r.vm.NewArray()
		}
		return r.locationArray(r.ex)
	})
	def("response", func(goja.FunctionCall) goja.Value {
		if r.ex == nil || r.ex.Response == nil {
			return goja.Null()
		}
		return r.responseObject(r.ex.Response)
	})
	def("responseLoad", func(c goja.FunctionCall) goja.Value {
		if r.ex == nil || r.ex.Response == nil {
			return goja.Undefined()
		}
		return r.loadBody(r.ex.Response.Body, &r.respBody, c.Argument(0).String())
	})
	def("reason", func(c goja.FunctionCall) goja.Value {
		// [name, detail]; sdk.js only reads it, so one array per code serves
		code := int(c.Argument(0).ToInteger())
		if v, ok := r.reasons[code]; ok {
			return v
		}
		name, detail := statusReason(code)
		arr := r.vm.NewArray()
		if code >= 0 && code < 1000 { // a script may set any code
			if r.reasons == nil {
				r.reasons = map[int]goja.Value{}
			}
			r.reasons[code] = arr
		}
		if name == "" {
			_ = arr.Set("0", goja.Undefined())
			_ = arr.Set("1", goja.Undefined())
		} else {
			_ = arr.Set("0", name)
			_ = arr.Set("1", detail)
		}
		return arr
	})
	def("contentInfo", func(c goja.FunctionCall) goja.Value {
		// the third argument says whether the response is the execution's own
		var body []byte
		if c.Argument(2).ToBoolean() && r.ex != nil && r.ex.Response != nil {
			body = r.ex.Response.Body
		}
		return r.contentInfoValue(c.Argument(0).String(), c.Argument(1).String(), body)
	})
	def("jsonError", func(c goja.FunctionCall) goja.Value {
		text := c.Argument(0).String()
		if jsonread.TooDeep(text, maxJSONDepth) {
			return r.vm.ToValue("") // JSON.parse's RangeError stands
		}
		return r.vm.ToValue(jsonread.ErrorMessage(text))
	})
	def("base64", func(c goja.FunctionCall) goja.Value {
		return r.vm.ToValue(base64.StdEncoding.EncodeToString([]byte(c.Argument(0).String())))
	})
	def("uuid", func(goja.FunctionCall) goja.Value { return r.vm.ToValue(newUUID()) })
	// sdk-request.js and the parts: compiled once per process, made on
	// first use (Newman has its SDK from the start: this is courier's set-up,
	// not the script's time)
	def("sdkRequest", func(goja.FunctionCall) goja.Value { return r.runHeld(r.lib.sdkRequest) })
	def("vendor", func(c goja.FunctionCall) goja.Value { return r.loadVendorModule(c.Argument(0).String()) })
	def("part", func(c goja.FunctionCall) goja.Value {
		name := c.Argument(0).String()
		return r.runHeld(func() (*goja.Program, error) { return r.lib.part(name) })
	})
	def("byteLength", func(c goja.FunctionCall) goja.Value {
		return r.vm.ToValue(len(c.Argument(0).String()))
	})
	return o
}

// runHeld runs the program compile returns (compiling it if need be) with
// the script's watchdog held, and returns its value; an error is thrown
// into the script.
func (r *runtime) runHeld(compile func() (*goja.Program, error)) goja.Value {
	release := r.wd.hold()
	defer release()
	prog, err := compile()
	if err != nil {
		r.throw("Error", err.Error())
	}
	v, err := r.vm.RunProgram(prog)
	if err != nil {
		rethrow(err)
	}
	return v
}

// newUUID is a random (version 4) UUID, as the SDK's uuid.v4 makes.
func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	var out [36]byte
	hex.Encode(out[0:8], b[0:4])
	out[8] = '-'
	hex.Encode(out[9:13], b[4:6])
	out[13] = '-'
	hex.Encode(out[14:18], b[6:8])
	out[18] = '-'
	hex.Encode(out[19:23], b[8:10])
	out[23] = '-'
	hex.Encode(out[24:], b[10:])
	return string(out[:])
}

// bodyCache holds what loadBody derived from one response body.
type bodyCache struct {
	text    goja.Value    // the body as a string
	json    *jsonread.Doc // the body parsed, when it is plain JSON
	notJSON bool          // the body is not plain JSON (JSON.parse decides)
}

// loadBody answers a Response's lazy questions about its body.
func (r *runtime) loadBody(body []byte, cache *bodyCache, what string) goja.Value {
	switch what {
	case "text":
		// the body as UTF-8, as iconv-lite decodes it for the SDK's text()
		if cache.text == nil {
			cache.text = r.vm.ToValue(decodeUTF8(body))
		}
		return cache.text
	case "stream":
		buf, err := r.newBuffer(body)
		if err != nil {
			rethrow(err)
		}
		return buf
	case "base64":
		return r.vm.ToValue(base64.StdEncoding.EncodeToString(body))
	case "size":
		return r.vm.ToValue(len(body))
	case "json":
		// every call returns new objects, as a new parse would
		if cache.json == nil && !cache.notJSON && jsonread.TooDeep(string(body), maxJSONDepth) {
			cache.notJSON = true // JSON.parse refuses it (limits.go)
		}
		if cache.json == nil && !cache.notJSON {
			doc, ok := jsonread.Parse(r.vm, string(body))
			cache.json, cache.notJSON = doc, !ok
		}
		if cache.json == nil {
			return goja.Undefined()
		}
		return cache.json.Build(r.vm)
	case "gzip":
		return r.vm.ToValue(len(body) > 2 && body[0] == 0x1f && body[1] == 0x8b && body[2] == 0x08)
	}
	return goja.Undefined()
}

// newBuffer makes a Node Buffer (from the buffer bundle) holding a copy of b.
func (r *runtime) newBuffer(b []byte) (goja.Value, error) {
	mod := r.loadModule("buffer").ToObject(r.vm)
	bufCtor := mod.Get("Buffer").ToObject(r.vm)
	from, ok := goja.AssertFunction(bufCtor.Get("from"))
	if !ok {
		return nil, fmt.Errorf("scripting: Buffer.from missing")
	}
	ab := r.vm.NewArrayBuffer(append([]byte(nil), b...))
	return from(bufCtor, r.vm.ToValue(ab))
}

func (r *runtime) jsAddTest(c goja.FunctionCall) goja.Value {
	if r.cur == nil {
		return goja.Undefined()
	}
	t := Test{Name: c.Argument(0).String(), Passed: c.Argument(1).ToBoolean(), Skipped: c.Argument(2).ToBoolean(),
		Index: int(c.Argument(4).ToInteger())}
	if !t.Passed {
		thrown := c.Argument(3)
		t.Error = r.valueErrorInfo(thrown)
		if _, isObj := thrown.(*goja.Object); !isObj && !goja.IsUndefined(thrown) && !goja.IsNull(thrown) {
			// postman-sandbox reports a thrown primitive with the test's name as its message
			t.Error.Message, t.Error.Stack = t.Name, t.Error.Name+": "+t.Name
		}
	}
	r.cur.Tests = append(r.cur.Tests, t)
	if r.obs != nil {
		r.obs.Test(r.cur.Script, t)
	}
	return goja.Undefined()
}

func (r *runtime) jsConsole(c goja.FunctionCall) goja.Value {
	level := c.Argument(0).String()
	var args []string
	if obj, ok := c.Argument(1).(*goja.Object); ok {
		n := int(obj.Get("length").ToInteger())
		args = make([]string, n)
		for i := 0; i < n; i++ {
			args[i] = obj.Get(fmt.Sprint(i)).String()
		}
	}
	if r.host != nil {
		r.host.Console(level, args)
	}
	return goja.Undefined()
}

func (r *runtime) jsSetTimer(c goja.FunctionCall) goja.Value {
	fn, ok := goja.AssertFunction(c.Argument(0))
	if !ok {
		return goja.Undefined()
	}
	ms := c.Argument(1).ToFloat()
	if math.IsNaN(ms) || ms < 1 {
		ms = 1 // Node treats delays below 1 ms as 1 ms
	}
	if ms > math.MaxInt32 {
		ms = 1
	}
	kind := c.Argument(2).ToInteger()
	id := r.loop.add(fn, time.Duration(ms*float64(time.Millisecond)), nil, kind == 1, kind == 2)
	return r.vm.ToValue(id)
}

// loadModule instantiates a jslib bundle once per runtime. Compiling and
// instantiating it does not count against the running script's timeout:
// Newman's sandbox has its libraries loaded before any script runs.
func (r *runtime) loadModule(name string) goja.Value {
	key := strings.TrimPrefix(name, "node:")
	if v, ok := r.modules[key]; ok {
		return v
	}
	release := r.wd.hold()
	defer release()
	prog, ok, err := r.lib.module(name)
	if !ok {
		r.throw("Error", "Cannot find module '"+name+"'")
	}
	if err != nil {
		r.throw("Error", err.Error())
	}
	return r.runModule(key, prog)
}

// loadVendorModule returns the exports of one of the vendor modules (chai's
// lazily loaded parts, for the chai bundle's __courier.lazy, and the
// console's teleport), run once per runtime as a module.
func (r *runtime) loadVendorModule(name string) goja.Value {
	key := "vendor:" + name // (no module name has a colon but node:)
	if v, ok := r.modules[key]; ok {
		return v
	}
	release := r.wd.hold()
	defer release()
	prog, err := r.lib.vendorModule(name)
	if err != nil {
		r.throw("Error", err.Error())
	}
	return r.runModule(key, prog)
}

// runModule runs a module's program, a function(module, exports, require),
// and keeps its module.exports under key.
func (r *runtime) runModule(key string, prog *goja.Program) goja.Value {
	fnv, err := r.vm.RunProgram(prog)
	if err != nil {
		rethrow(err)
	}
	fn, ok := goja.AssertFunction(fnv)
	if !ok {
		r.throw("Error", "Cannot load module '"+key+"'")
	}
	module := r.vm.NewObject()
	exports := r.vm.NewObject()
	_ = module.Set("exports", exports)
	r.modules[key] = exports // a cyclic require sees the partial exports
	req := r.vm.Get("require")
	args := []goja.Value{module, exports, req}
	if key == "chai" {
		args = append(args, r.chaiHooks())
	} else if vendor, ok := strings.CutPrefix(key, "vendor:"); ok && vendorModules[vendor].nativeJSON {
		args = append(args, r.nativeJSON)
	}
	if _, err := fn(goja.Undefined(), args...); err != nil {
		delete(r.modules, key)
		rethrow(err)
	}
	v := module.Get("exports")
	if key == "buffer" {
		// the name Newman's sandbox bundle gives the Buffer class
		if b, ok := v.ToObject(r.vm).Get("Buffer").(*goja.Object); ok {
			_ = b.DefineDataProperty("name", r.vm.ToValue("s"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	r.modules[key] = v
	return v
}

// ------------------------------------------------------------ variables

func (r *runtime) vars() *vars.Set {
	if r.host == nil {
		return nil
	}
	return r.host.Variables()
}

// scope returns a named scope, creating it when the set lacks it.
func (r *runtime) scope(name string) *vars.Scope {
	vs := r.vars()
	if vs == nil {
		return nil
	}
	var p **vars.Scope
	switch name {
	case vars.Local:
		p = &vs.Local
	case vars.Data:
		p = &vs.Data
	case vars.Environment:
		p = &vs.Environment
	case vars.Collection:
		p = &vs.Collection
	case vars.Globals:
		p = &vs.Globals
	default:
		return nil
	}
	if *p == nil {
		*p = vars.NewScope(name, nil)
	}
	return *p
}

// byPrecedence is the order pm.variables looks in.
var byPrecedence = []string{vars.Local, vars.Data, vars.Environment, vars.Collection, vars.Globals}

// scriptVariable finds a variable as a script's get and has do (see
// vars.Scope.ScriptVariable): for pm.variables in every scope by
// precedence. It returns the scope that has it.
func (r *runtime) scriptVariable(name, key string) (string, collections.Variable, bool) {
	vs := r.vars()
	if vs == nil {
		return "", collections.Variable{}, false
	}
	if name != vars.Local {
		v, ok := r.scope(name).ScriptVariable(key)
		return name, v, ok
	}
	for _, sn := range byPrecedence {
		if v, ok := vs.ByName(sn).ScriptVariable(key); ok {
			return sn, v, true
		}
	}
	return "", collections.Variable{}, false
}

func (r *runtime) jsVarGet(c goja.FunctionCall) goja.Value {
	if sn, v, ok := r.scriptVariable(c.Argument(0).String(), c.Argument(1).String()); ok {
		return r.toJS(r.sandboxValue(sn, v))
	}
	return goja.Undefined()
}

// jsVarWhere is the name of the scope whose variable pm.variables.get finds
// for a key ("" if none).
func (r *runtime) jsVarWhere(c goja.FunctionCall) goja.Value {
	sn, _, _ := r.scriptVariable(vars.Local, c.Argument(0).String())
	return r.vm.ToValue(sn)
}

// scriptSet is what a script did to one variable with set(): what Newman
// carries out of the sandbox is the key and the value, not a type given to
// set().
type scriptSet struct {
	scope    *vars.Scope
	key      string
	typed    bool   // set() was given a type (other than secret)
	prevType string // the variable's type before the script set it
	raw      any    // the last value set
}

// settleSets ends the running script's sets as Newman's runtime takes them
// over, through JSON: a value JSON cannot hold (NaN, ±Infinity) is null, and
// a variable set with a type keeps the type it had before the script (none
// when new), its last value cast to that.
func (r *runtime) settleSets() {
	for _, e := range r.setHere {
		if !e.scope.Has(e.key) {
			continue
		}
		raw, notJSON := e.raw, false
		if f, ok := raw.(float64); ok && (math.IsNaN(f) || math.IsInf(f, 0)) {
			raw, notJSON = nil, true
		}
		switch {
		case e.typed:
			e.scope.SetTyped(e.key, raw, e.prevType)
		case notJSON:
			e.scope.Set(e.key, raw)
		}
	}
}

// sandboxValue is a variable's value as the running script sees it. Newman
// hands each script the variables through JSON: a value JSON cannot hold
// (NaN, ±Infinity) arrives as null, which a number variable casts to 0. What
// the script set itself it sees as it set it.
func (r *runtime) sandboxValue(scope string, v collections.Variable) any {
	f, ok := v.Value.(float64)
	if !ok || !(math.IsNaN(f) || math.IsInf(f, 0)) || r.setHere[scope+"\x00"+v.Key] != nil {
		return v.Value
	}
	if strings.EqualFold(v.Type, "number") {
		return 0.0
	}
	return collections.CastValue(v.Type, nil)
}

func (r *runtime) jsVarHas(c goja.FunctionCall) goja.Value {
	_, _, ok := r.scriptVariable(c.Argument(0).String(), c.Argument(1).String())
	return r.vm.ToValue(ok)
}

// jsVarSet is host.varSet(scope, key, value, type, keep). It returns
// whether the script is to keep the value by reference (sdk.js): an object,
// a function or undefined, set in a variable whose type casts nothing.
//
// With keep (pm.*.set), an object, function or undefined that the variable
// keeps as it is given is not converted now: the script keeps it by
// reference and it is stored when the script ends (jsVarSettle).
func (r *runtime) jsVarSet(c goja.FunctionCall) goja.Value {
	name := c.Argument(0).String()
	sc := r.scope(name)
	if sc == nil {
		return goja.Undefined()
	}
	key, typ := c.Argument(1).String(), c.Argument(3).String()
	jv := c.Argument(2)
	kept := false
	if c.Argument(4).ToBoolean() && (goja.IsUndefined(jv) || isObject(jv)) {
		t := typ
		if t == "" {
			v, _ := sc.Variable(key)
			t = v.Type
		}
		kept = !castingType(t)
	}
	var val any
	if !kept {
		val = r.fromJS(jv)
	}
	if name == vars.Data {
		r.saveData(sc)
	}
	if r.setHere == nil {
		r.setHere = map[string]*scriptSet{}
	}
	k := c.Argument(0).String() + "\x00" + key
	e := r.setHere[k]
	if e == nil {
		e = &scriptSet{scope: sc, key: key}
		if v, ok := sc.Variable(key); ok {
			e.prevType = v.Type
		}
		r.setHere[k] = e
	}
	// a secret type stays (reports mask the variable; it casts nothing)
	e.raw, e.typed = val, e.typed || typ != "" && !strings.EqualFold(typ, "secret")
	if typ != "" {
		sc.SetTyped(key, val, typ)
	} else {
		sc.Set(key, val)
	}
	return r.vm.ToValue(kept)
}

func isObject(v goja.Value) bool {
	_, ok := v.(*goja.Object)
	return ok
}

// castingType reports whether the SDK's Variable casts values of this type.
func castingType(typ string) bool {
	switch strings.ToLower(typ) {
	case "string", "boolean", "number", "array", "object":
		return true
	}
	return false
}

// jsVarSettle is host.varSettle(scope, key, value): at the end of a script,
// a value it set and kept by reference (an object, a function, undefined)
// as Newman's sandbox hands it on, through JSON: an object as its JSON at
// that moment, a function as null, undefined as null in the tracked scopes
// and as undefined in pm.variables' own.
func (r *runtime) jsVarSettle(c goja.FunctionCall) goja.Value {
	name, key, v := c.Argument(0).String(), c.Argument(1).String(), c.Argument(2)
	sc := r.scope(name)
	if sc == nil || !sc.Has(key) {
		return goja.Undefined()
	}
	var val any
	if goja.IsUndefined(v) && name == vars.Local {
		val = collections.NotJSON("")
	} else {
		val = r.fromJS(v)
	}
	sc.Set(key, val)
	if e := r.setHere[name+"\x00"+key]; e != nil {
		e.raw = val
	}
	return goja.Undefined()
}

// saveData keeps the iteration data as it was before the running script
// changed it: in Newman pm.iterationData.set, unset and clear last only for
// the script.
func (r *runtime) saveData(sc *vars.Scope) {
	if r.dataSaved == nil {
		r.dataSaved = sc.Clone()
	}
}

// restoreData undoes the running script's changes to the iteration data.
func (r *runtime) restoreData() {
	if r.dataSaved == nil {
		return
	}
	if sc := r.scope(vars.Data); sc != nil {
		sc.CopyFrom(r.dataSaved)
	}
	r.dataSaved = nil
}

func (r *runtime) jsVarUnset(c goja.FunctionCall) goja.Value {
	name := c.Argument(0).String()
	if sc := r.scope(name); sc != nil {
		if name == vars.Data {
			r.saveData(sc)
		}
		sc.Unset(c.Argument(1).String())
	}
	return goja.Undefined()
}

func (r *runtime) jsVarClear(c goja.FunctionCall) goja.Value {
	name := c.Argument(0).String()
	if sc := r.scope(name); sc != nil {
		if name == vars.Data {
			r.saveData(sc)
		}
		sc.Clear()
	}
	return goja.Undefined()
}

// jsVarObject returns {key: value}; for pm.variables every scope merged by precedence.
func (r *runtime) jsVarObject(c goja.FunctionCall) goja.Value {
	name := c.Argument(0).String()
	obj := r.vm.NewObject()
	add := func(sn string, sc *vars.Scope) {
		sc.ScriptEach(func(v collections.Variable) {
			_ = obj.Set(v.Key, r.toJS(r.sandboxValue(sn, v)))
		})
	}
	if name == vars.Local {
		if vs := r.vars(); vs != nil {
			for _, sn := range []string{vars.Globals, vars.Collection, vars.Environment, vars.Data, vars.Local} {
				add(sn, vs.ByName(sn))
			}
		}
		return obj
	}
	add(name, r.scope(name))
	return obj
}

// jsVarReplace is host.varReplace(scope, template, overrides): overrides,
// when given, maps "scope\x00key" to the text of a value the script keeps by
// reference.
func (r *runtime) jsVarReplace(c goja.FunctionCall) goja.Value {
	name, s := c.Argument(0).String(), c.Argument(1).String()
	vs := r.vars()
	if vs == nil {
		return r.vm.ToValue(s)
	}
	scopes := []string{name}
	if name == vars.Local {
		scopes = byPrecedence
	}
	var overrides *goja.Object
	if o := c.Argument(2); !goja.IsUndefined(o) && !goja.IsNull(o) {
		overrides = o.ToObject(r.vm)
	}
	// the values as the script sees them (sandboxValue)
	return r.vm.ToValue(vars.Replace(s, func(key string) (string, bool) {
		for _, sn := range scopes {
			sc := vs.ByName(sn)
			if name != vars.Local {
				sc = r.scope(sn)
			}
			if v, ok := sc.Variable(key); ok {
				if overrides != nil {
					if o := overrides.Get(sn + "\x00" + key); o != nil {
						return o.String(), true
					}
				}
				return collections.ValueString(r.sandboxValue(sn, v)), true
			}
		}
		if strings.HasPrefix(key, "$") && vs.Dynamic != nil {
			return vs.Dynamic(key[1:])
		}
		return "", false
	}))
}

func (r *runtime) jsVarList(c goja.FunctionCall) goja.Value {
	arr := r.vm.NewArray()
	sc := r.scope(c.Argument(0).String())
	if sc == nil {
		return arr
	}
	i := 0
	for _, v := range sc.Variables() {
		if v.Disabled && v.DisabledValue == nil {
			continue
		}
		o := r.vm.NewObject()
		if v.Disabled {
			_ = o.Set("disabled", r.toJS(v.DisabledValue))
		}
		typ := v.Type
		if typ == "" {
			typ = "any"
		}
		_ = o.Set("type", typ)
		_ = o.Set("value", r.toJS(r.sandboxValue(c.Argument(0).String(), v)))
		_ = o.Set("key", v.Key)
		_ = arr.Set(fmt.Sprint(i), o)
		i++
	}
	return arr
}

// toJS converts a variable value to JavaScript; objects and arrays become
// plain JavaScript data.
func (r *runtime) toJS(v any) goja.Value {
	switch t := v.(type) {
	case nil:
		return goja.Null()
	case collections.NotJSON:
		return goja.Undefined()
	case string, bool, float64, int, int64:
		return r.vm.ToValue(t)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return goja.Undefined()
	}
	out, err := r.jsonParse(goja.Undefined(), r.vm.ToValue(string(b)))
	if err != nil {
		return goja.Undefined()
	}
	return out
}

// fromJS converts a script value to a variable value: strings, float64,
// bool, nil, or JSON data (map[string]any, []any) for objects, as JSON
// gives them (a Date as its ISO text, a function as nil).
func (r *runtime) fromJS(v goja.Value) any {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	if _, isObj := v.(*goja.Object); !isObj {
		switch e := v.Export().(type) {
		case string:
			return e
		case bool:
			return e
		case int64:
			return float64(e)
		case float64:
			return e
		}
		return v.String()
	}
	if _, ok := goja.AssertFunction(v); ok {
		return nil
	}
	s, err := r.jsonStringify(goja.Undefined(), v)
	if err != nil && mustPropagate(err) {
		rethrow(err) // too deep, or interrupted: the script's error
	}
	if err != nil || goja.IsUndefined(s) {
		return v.String()
	}
	var out any
	if err := json.Unmarshal([]byte(s.String()), &out); err != nil {
		return v.String()
	}
	return out
}

// ------------------------------------------------------------ execution control

func (r *runtime) jsNextRequest(c goja.FunctionCall) goja.Value {
	if r.res == nil {
		return goja.Undefined()
	}
	v := c.Argument(0)
	if goja.IsNull(v) {
		r.res.NextRequest = NextRequest{Set: true, Stop: true}
		return goja.Undefined()
	}
	if goja.IsUndefined(v) {
		r.res.NextRequest = NextRequest{}
		return goja.Undefined()
	}
	r.res.NextRequest = NextRequest{Set: true, Name: v.String()}
	return goja.Undefined()
}

// errSkipped interrupts a script that called pm.execution.skipRequest().
var errSkipped = errors.New("scripting: the request was skipped")

// jsSkipRequest ends the execution at once, as postman-sandbox does: what the
// script does after the call (console output, tests, variable changes, an
// error) never reaches the run, and pending timers never fire. The script
// is interrupted, which nothing in it can catch, and the interrupt is no
// error of the script's.
func (r *runtime) jsSkipRequest(goja.FunctionCall) goja.Value {
	if r.res != nil {
		r.res.SkipRequest = true
		r.skip = true // pending and later timers never run
		r.loop.timers = nil
		r.vm.Interrupt(errSkipped)
	}
	return goja.Undefined()
}

func (r *runtime) jsVisualizer(c goja.FunctionCall) goja.Value {
	if r.res == nil {
		return goja.Undefined()
	}
	vz := &Visualizer{Template: c.Argument(0).String()}
	if d := c.Argument(1); !goja.IsUndefined(d) && !goja.IsNull(d) {
		vz.Data = r.fromJS(d)
	}
	if o := c.Argument(2); !goja.IsUndefined(o) && !goja.IsNull(o) {
		vz.Options = r.fromJS(o)
	}
	if h := c.Argument(3); !goja.IsUndefined(h) {
		vz.HTML = h.String()
	}
	if e := c.Argument(4); !goja.IsUndefined(e) {
		vz.Error = e.String()
	}
	r.res.Visualizer = vz
	return goja.Undefined()
}
