// Package chaicore is courier's native version of chai 4's hottest
// utilities, for the goja runtime a script runs in.
//
// chai builds every assertion from a few small utilities: flag (read or
// write one of an assertion's flags), transferFlags (copy flags to the next
// link of a chain), proxify (wrap an assertion in a Proxy that turns
// misspelt properties into "Invalid Chai property" errors), inspect, the
// Assertion constructor, assert, and the wrappers addMethod, addProperty and
// addChainableMethod put around every assertion. Each link of
// `pm.expect(x).to.equal(y)` runs them dozens of times, and in goja their
// JavaScript is slow: most read `arguments` (an allocation per call) and
// every property access runs a JavaScript proxy trap.
//
// The chai bundle courier embeds (scripting/jslib) is built with hooks in
// chai's source (chaiHooks in js/build.mjs): where chai defines one of these
// functions it passes it to `__courier.NAME(fn, ...)`, and uses what that
// returns. Hooks makes that __courier object: each of its functions returns
// a native function with the same semantics, which keeps chai's own function
// and calls it for anything unusual (a misspelt property, a failing
// assertion, a replaced util.test, a method whose call or apply was
// replaced, a non-array proxyExcludedKeys, ...), so error messages come from
// chai itself. PlainHooks makes one that leaves chai's functions in place;
// scripting's TestChaiNativeMatchesChai runs a corpus of probes against
// both.
//
// Deliberate differences, none of which an assertion shows:
//   - the internal `ssfi` flag (the function V8 would start a failed
//     assertion's stack trace at; goja has no Error.captureStackTrace, so
//     chai never uses it) may hold a different function than in Node;
//   - the flags objects the native code creates are Go-backed (flagStore):
//     they cannot be frozen or given accessors or symbol keys;
//   - flags objects are assumed to be chai's plain ones: a copy reads the
//     target's __flags once, and writes that change nothing are skipped;
//   - chai's inspect of a string is memoized per truncation setting;
//   - the replaced functions are native (their toString differs).
//
// The package depends on goja only; scripting uses it, never the reverse.
package chaicore

import (
	"math"

	"github.com/dop251/goja"
)

// Core is one runtime's native chai utilities.
type Core struct {
	vm           *goja.Runtime
	origFlag     goja.Callable // chai's flag
	sloppySet    goja.Callable // function (o, k, v) { o[k] = v; }
	origTransfer goja.Callable // chai's transferFlags
	transferLoop goja.Callable // its for-in loop
	origProxy    goja.Callable // chai's proxy (proxify without the useProxy check)
	config       *goja.Object  // chai.config
	ssfi         goja.Value    // stored as the ssfi flag by the native proxy
	plainTraps   *goja.ProxyTrapConfig
	methodTraps  map[string]*goja.ProxyTrapConfig
	util         *goja.Object // chai.util
	proxifyFn    goja.Value   // the native proxify
	// the Assertion constructor and the util and config objects its body
	// uses
	assertionCtor, assertionUtil, assertionConfig goja.Value
	origTest                                      goja.Value // chai.util.test as chai defined it
	newHelper                                     goja.Callable
	// Function.prototype.call and apply as the runtime started with
	fnCall, fnApply goja.Value
}

// New returns the native chai utilities for vm; fnCall and fnApply are
// Function.prototype.call and apply as the runtime started with (before any
// script could replace them).
func New(vm *goja.Runtime, fnCall, fnApply goja.Value) *Core {
	return &Core{vm: vm, methodTraps: map[string]*goja.ProxyTrapConfig{}, fnCall: fnCall, fnApply: fnApply}
}

// Hooks returns the __courier object the chai bundle's hooks call, which
// installs the native utilities. Pass it to the bundle once.
func (c *Core) Hooks() goja.Value {
	o := c.vm.NewObject()
	_ = o.Set("flag", func(call goja.FunctionCall) goja.Value {
		c.origFlag = c.mustFunction(call.Argument(0))
		c.sloppySet = c.mustFunction(call.Argument(1))
		c.newHelper = c.mustFunction(call.Argument(2))
		return c.nativeFunc(c.flag, call.Argument(0))
	})
	_ = o.Set("transferFlags", func(call goja.FunctionCall) goja.Value {
		c.origTransfer = c.mustFunction(call.Argument(0))
		c.transferLoop = c.mustFunction(call.Argument(1))
		return c.nativeFunc(c.transferFlags, call.Argument(0))
	})
	_ = o.Set("proxify", func(call goja.FunctionCall) goja.Value {
		c.config, _ = call.Argument(1).(*goja.Object)
		c.origProxy = c.mustFunction(call.Argument(2))
		c.ssfi = c.ssfiFunc()
		c.plainTraps = c.traps(goja.Undefined())
		c.proxifyFn = c.nativeFunc(c.proxify, call.Argument(0))
		return c.proxifyFn
	})
	_ = o.Set("inspect", func(call goja.FunctionCall) goja.Value {
		orig := c.mustFunction(call.Argument(0))
		config, _ := call.Argument(1).(*goja.Object)
		return c.nativeFunc(func(call goja.FunctionCall) goja.Value { return c.inspect(orig, config, call) }, call.Argument(0))
	})
	_ = o.Set("init", func(call goja.FunctionCall) goja.Value {
		c.assertionCtor, c.assertionUtil, c.assertionConfig = call.Argument(0), call.Argument(1), call.Argument(2)
		return c.vm.ToValue(c.initAssertion)
	})
	_ = o.Set("assert", func(call goja.FunctionCall) goja.Value {
		orig := c.mustFunction(call.Argument(0))
		c.util, _ = call.Argument(1).(*goja.Object)
		if c.util != nil {
			c.origTest = c.util.Get("test")
		}
		return c.nativeFunc(func(call goja.FunctionCall) goja.Value { return c.assert(orig, call) }, call.Argument(0))
	})
	_ = o.Set("method", func(call goja.FunctionCall) goja.Value {
		return c.methodWrapper(call.Argument(0), call.Argument(1), call.Argument(2))
	})
	_ = o.Set("property", func(call goja.FunctionCall) goja.Value {
		return c.propertyGetter(call.Argument(0), call.Argument(1), call.Argument(2))
	})
	_ = o.Set("chainable", func(call goja.FunctionCall) goja.Value {
		return c.chainableGetter(call.Arguments)
	})
	return o
}

// PlainHooks returns a __courier object whose hooks leave chai's own
// JavaScript in place (tests compare it with the native utilities).
func PlainHooks(vm *goja.Runtime) goja.Value {
	o := vm.NewObject()
	same := func(call goja.FunctionCall) goja.Value { return call.Argument(0) }
	for _, name := range [...]string{"flag", "transferFlags", "proxify", "inspect", "assert", "method", "property", "chainable"} {
		_ = o.Set(name, same)
	}
	_ = o.Set("init", func(goja.FunctionCall) goja.Value { return goja.Null() })
	return o
}

func (c *Core) mustFunction(v goja.Value) goja.Callable {
	f, ok := goja.AssertFunction(v)
	if !ok {
		panic(c.vm.NewTypeError("courier: a chai hook expects a function")) // never: the hooks pass functions
	}
	return f
}

// nativeFunc makes fn a JavaScript function that looks like chai's function
// like, which it replaces: its name (as the bundle names it), length and
// prototype object.
func (c *Core) nativeFunc(fn func(goja.FunctionCall) goja.Value, like goja.Value) goja.Value {
	var name, length goja.Value = c.vm.ToValue(""), c.vm.ToValue(0)
	if o, ok := like.(*goja.Object); ok {
		if v := o.Get("name"); v != nil && goja.IsString(v) {
			name = v
		}
		if v := o.Get("length"); v != nil && goja.IsNumber(v) {
			length = v
		}
	}
	return c.makeFunc(fn, name, length)
}

// makeFunc makes fn a JavaScript function with this name and length and a
// prototype object, as a function expression has.
func (c *Core) makeFunc(fn func(goja.FunctionCall) goja.Value, name, length goja.Value) goja.Value {
	f := c.vm.ToValue(fn).(*goja.Object)
	_ = f.DefineDataProperty("name", name, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = f.DefineDataProperty("length", length, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	proto := c.vm.NewObject()
	_ = proto.DefineDataProperty("constructor", f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = f.DefineDataProperty("prototype", proto, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return f
}

// callOriginal runs the JavaScript original with the same this and arguments.
func callOriginal(fn goja.Callable, call goja.FunctionCall) goja.Value {
	v, err := fn(call.This, call.Arguments...)
	if err != nil {
		panic(err)
	}
	return v
}

// set is a sloppy-mode `o[key] = v`.
func (c *Core) set(o *goja.Object, key string, v goja.Value) {
	if err := o.Set(key, v); err != nil {
		// a failed [[Set]] throws natively but is silent in sloppy mode:
		// repeat it in JavaScript, which throws only what it should
		if _, err := c.sloppySet(goja.Undefined(), o, c.vm.ToValue(key), v); err != nil {
			panic(err)
		}
	}
}

// update is set for a flags object, skipping a write that would not change
// anything: an own data property already holding the value (flags objects
// have no prototype; chai never gives them accessors).
func (c *Core) update(o *goja.Object, key string, v goja.Value) {
	if o.Prototype() == nil {
		if cur := o.Get(key); cur != nil && cur.SameAs(v) {
			return
		}
	}
	c.set(o, key, v)
}

// updateFlag is setFlag through update.
func (c *Core) updateFlag(obj *goja.Object, key string, value goja.Value) {
	if flags, ok := c.flagsOf(obj).(*goja.Object); ok {
		c.update(flags, key, value)
		return
	}
	c.setFlag(obj, key, value)
}

// flagsOf is chai's `obj.__flags || (obj.__flags = Object.create(null))`:
// an object, or (never in practice) a truthy primitive.
func (c *Core) flagsOf(obj *goja.Object) goja.Value {
	v := obj.Get("__flags")
	if _, ok := v.(*goja.Object); ok {
		return v
	}
	if v != nil && v.ToBoolean() {
		return v
	}
	f := c.newFlags()
	c.set(obj, "__flags", f)
	return f
}

// getFlag and setFlag are flag(obj, key) and flag(obj, key, value).
func (c *Core) getFlag(obj *goja.Object, key string) goja.Value {
	flags := c.flagsOf(obj)
	var v goja.Value
	if fo, ok := flags.(*goja.Object); ok {
		v = fo.Get(key)
	} else {
		v = flags.ToObject(c.vm).Get(key)
	}
	if v == nil {
		return goja.Undefined()
	}
	return v
}

func (c *Core) setFlag(obj *goja.Object, key string, value goja.Value) {
	switch flags := c.flagsOf(obj).(type) {
	case *goja.Object:
		c.set(flags, key, value)
	default:
		// a property of a primitive: sloppy mode, in JavaScript
		if _, err := c.sloppySet(goja.Undefined(), flags, c.vm.ToValue(key), value); err != nil {
			panic(err)
		}
	}
}

func (c *Core) flag(call goja.FunctionCall) goja.Value {
	obj, ok := call.Argument(0).(*goja.Object)
	key := call.Argument(1)
	if !ok || !goja.IsString(key) {
		return callOriginal(c.origFlag, call)
	}
	if len(call.Arguments) == 3 {
		c.setFlag(obj, key.String(), call.Arguments[2])
		return goja.Undefined()
	}
	return c.getFlag(obj, key.String())
}

// transferSkips are the flags transferFlags leaves out unless includeAll.
func transferSkips(k string) bool {
	return k == "object" || k == "ssfi" || k == "lockSsfi" || k == "message"
}

func (c *Core) transferFlags(call goja.FunctionCall) goja.Value {
	from, ok1 := call.Argument(0).(*goja.Object)
	to, ok2 := call.Argument(1).(*goja.Object)
	if !ok1 || !ok2 {
		return callOriginal(c.origTransfer, call)
	}
	includeAll := goja.Value(nil)
	if len(call.Arguments) == 3 {
		includeAll = call.Arguments[2]
	}
	c.transfer(from, to, includeAll)
	return goja.Undefined()
}

// transfer is transferFlags(from, to[, includeAll]); includeAll is nil when
// not passed.
func (c *Core) transfer(from, to *goja.Object, includeAll goja.Value) {
	src := c.flagsOf(from)
	dst := c.flagsOf(to)
	if includeAll == nil {
		includeAll = c.vm.ToValue(true)
	}
	srcObj, ok1 := src.(*goja.Object)
	dstObj, ok2 := dst.(*goja.Object)
	if ok1 && ok2 {
		if st := storeOf(srcObj); st != nil {
			// for-in over a store: its keys in property order
			all := includeAll.ToBoolean()
			var buf [16]string
			for _, k := range st.ordered(buf[:0]) {
				if all || !transferSkips(k) {
					if v := st.Get(k); v != nil { // (deleted by a setter meanwhile: skipped)
						c.update(dstObj, k, v)
					}
				}
			}
			return
		}
	}
	if !ok1 || !ok2 || srcObj.Prototype() != nil {
		// for-in would see inherited or primitive keys: run chai's loop
		if _, err := c.transferLoop(goja.Undefined(), src, to, includeAll); err != nil {
			panic(err)
		}
		return
	}
	// The loop reads to.__flags once, not per key: for the objects chai
	// passes (plain objects, functions, its proxies) the reads are pure.
	all := includeAll.ToBoolean()
	for _, k := range srcObj.Keys() {
		if !all && transferSkips(k) {
			continue
		}
		v := srcObj.Get(k)
		if v == nil {
			continue // deleted while copying: for-in skips it
		}
		c.update(dstObj, k, v)
	}
}

// transferValues is transferFlags(from, to) for any values (chai's
// JavaScript handles primitives).
func (c *Core) transferValues(from, to goja.Value) {
	f, ok1 := from.(*goja.Object)
	t, ok2 := to.(*goja.Object)
	if ok1 && ok2 {
		c.transfer(f, t, nil)
		return
	}
	callWith(c.origTransfer, goja.Undefined(), from, to)
}

func callWith(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// builtin reports whether fn.call (or fn.apply) is the runtime's own, so
// that calling fn directly is what fn.call(...) would do.
func (c *Core) builtin(fn goja.Value, method string, want goja.Value) bool {
	o, ok := fn.(*goja.Object)
	if !ok || want == nil {
		return false
	}
	m := o.Get(method)
	return m != nil && m.SameAs(want)
}

// chainNext is the end of chai's wrappers:
// `var o = new exports.Assertion; transferFlags(this, o); return o`.
func (c *Core) chainNext(this goja.Value, exports *goja.Object) goja.Value {
	ctorV := exports.Get("Assertion")
	if ctorV == nil {
		ctorV = goja.Undefined()
	}
	var next goja.Value
	if c.assertionCtor != nil && ctorV.SameAs(c.assertionCtor) {
		// `new Assertion()` without the JavaScript frame: an object with
		// the constructor's prototype, then its (native) body
		undef := goja.Undefined()
		proto, ok := ctorV.(*goja.Object).Get("prototype").(*goja.Object)
		if !ok {
			proto = c.vm.Get("Object").ToObject(c.vm).Get("prototype").(*goja.Object)
		}
		obj := c.vm.CreateObject(proto)
		next = c.construct(ctorV, c.assertionUtil, c.assertionConfig, obj, undef, undef, undef, undef)
		if _, isObj := next.(*goja.Object); !isObj {
			next = obj
		}
	} else if ctor, ok := goja.AssertConstructor(ctorV); ok {
		o, err := ctor(nil)
		if err != nil {
			panic(err)
		}
		next = o
	} else {
		next = callWith(c.newHelper, goja.Undefined(), ctorV) // throws chai's (goja's) TypeError
	}
	c.transferValues(this, next)
	return next
}

// inspect is chai's inspect(obj, showHidden, depth, colors), which calls
// loupe.inspect(obj, {colors, depth, showHidden, truncate}): a string or a
// number with the other arguments undefined is printed natively (loupe.go),
// anything else by chai, and so by loupe.
func (c *Core) inspect(orig goja.Callable, config *goja.Object, call goja.FunctionCall) goja.Value {
	v := call.Argument(0)
	str, isStr := v.(goja.String)
	isNum := !isStr && goja.IsNumber(v)
	if (!isStr && !isNum) || config == nil || len(call.Arguments) > 4 {
		return callOriginal(orig, call)
	}
	for _, a := range call.Arguments[1:] {
		if !goja.IsUndefined(a) {
			return callOriginal(orig, call)
		}
	}
	// chai: truncate = config.truncateThreshold ? config.truncateThreshold : Infinity
	trunc := math.Inf(1)
	if t := config.Get("truncateThreshold"); t != nil && t.ToBoolean() {
		if !goja.IsNumber(t) {
			return callOriginal(orig, call)
		}
		trunc = t.ToFloat()
	}
	if isStr {
		return loupeString(str, trunc)
	}
	return loupeNumber(c.vm, v, trunc)
}

// initAssertion is the Assertion constructor's body; the hook passes this
// and the constructor's arguments (object, message, ssfi, lockSsfi).
func (c *Core) initAssertion(call goja.FunctionCall) goja.Value {
	return c.construct(c.assertionCtor, c.assertionUtil, c.assertionConfig, c.sloppyThis(call.Argument(0)),
		call.Argument(1), call.Argument(2), call.Argument(3), call.Argument(4))
}

// construct runs the Assertion constructor's body on this.
func (c *Core) construct(ctor, util, config goja.Value, this *goja.Object, object, message, ssfi, lockSsfi goja.Value) goja.Value {
	if !ssfi.ToBoolean() {
		ssfi = ctor
	}
	c.setFlag(this, "ssfi", ssfi)
	c.setFlag(this, "lockSsfi", lockSsfi)
	c.setFlag(this, "object", object)
	c.setFlag(this, "message", message)
	var eql goja.Value
	if cfg, ok := config.(*goja.Object); ok {
		eql = cfg.Get("deepEqual")
	}
	if eql == nil || !eql.ToBoolean() {
		eql = nil
		if u, ok := util.(*goja.Object); ok {
			eql = u.Get("eql")
		}
		if eql == nil {
			eql = goja.Undefined()
		}
	}
	c.setFlag(this, "eql", eql)
	u, ok := util.(*goja.Object)
	if !ok {
		panic(c.vm.NewTypeError("Cannot read property 'proxify' of %s", util))
	}
	proxify := u.Get("proxify")
	if proxify != nil && c.proxifyFn != nil && proxify.SameAs(c.proxifyFn) {
		return c.proxifyValue(this, goja.Undefined())
	}
	fn, ok := goja.AssertFunction(proxify)
	if !ok {
		panic(c.vm.NewTypeError("Object has no member 'proxify'"))
	}
	return callWith(fn, util, this)
}

// sloppyThis is `this` in a sloppy-mode function (chai's are): the global
// object for undefined and null, an object for a primitive.
func (c *Core) sloppyThis(v goja.Value) *goja.Object {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return c.vm.GlobalObject()
	}
	return v.ToObject(c.vm)
}

// assert is Assertion#assert: a passing assertion returns at once; a
// failing one (or a replaced util.test) runs chai's own.
func (c *Core) assert(orig goja.Callable, call goja.FunctionCall) goja.Value {
	this, ok := call.This.(*goja.Object)
	if !ok || c.util == nil {
		return callOriginal(orig, call)
	}
	if t := c.util.Get("test"); t == nil || !t.SameAs(c.origTest) {
		return callOriginal(orig, call)
	}
	pass := call.Argument(0).ToBoolean()
	if c.getFlag(this, "negate").ToBoolean() {
		pass = !pass
	}
	if pass {
		return goja.Undefined()
	}
	return callOriginal(orig, call)
}

// methodWrapper is addMethod's wrapper (origV) around method; exportsV is
// chai's exports.
func (c *Core) methodWrapper(origV, method, exportsV goja.Value) goja.Value {
	orig := c.mustFunction(origV)
	fn, isFn := goja.AssertFunction(method)
	exports, _ := exportsV.(*goja.Object)
	var self goja.Value
	self = c.nativeFunc(func(call goja.FunctionCall) goja.Value {
		if !isFn || exports == nil || !c.builtin(method, "apply", c.fnApply) {
			return callOriginal(orig, call)
		}
		this := c.sloppyThis(call.This)
		if !c.getFlag(this, "lockSsfi").ToBoolean() {
			c.setFlag(this, "ssfi", self)
		}
		res := callWith(fn, this, call.Arguments...)
		if !goja.IsUndefined(res) {
			return res
		}
		return c.chainNext(this, exports)
	}, origV)
	return self
}

// propertyGetter is addProperty's getter (origV) around getter; exportsV
// is chai's exports.
func (c *Core) propertyGetter(origV, getter, exportsV goja.Value) goja.Value {
	orig := c.mustFunction(origV)
	fn, isFn := goja.AssertFunction(getter)
	exports, _ := exportsV.(*goja.Object)
	var self goja.Value
	self = c.nativeFunc(func(call goja.FunctionCall) goja.Value {
		if !isFn || exports == nil || !c.builtin(getter, "call", c.fnCall) {
			return callOriginal(orig, call)
		}
		this := c.sloppyThis(call.This)
		if !c.proxyEnabled() && !c.getFlag(this, "lockSsfi").ToBoolean() {
			c.setFlag(this, "ssfi", self)
		}
		res := callWith(fn, this)
		if !goja.IsUndefined(res) {
			return res
		}
		return c.chainNext(this, exports)
	}, origV)
	return self
}

// chainableGetter is addChainableMethod's getter; args are the hook's:
// chai's own getter, the method's {method, chainingBehavior} record, its
// name, chai's exports, addLengthGuard, Function.prototype.call and apply
// as chai saw them, and whether Object.setPrototypeOf exists.
func (c *Core) chainableGetter(args []goja.Value) goja.Value {
	arg := func(i int) goja.Value {
		if i < len(args) {
			return args[i]
		}
		return goja.Undefined()
	}
	orig := c.mustFunction(arg(0))
	record, _ := arg(1).(*goja.Object)
	name := arg(2)
	exports, _ := arg(3).(*goja.Object)
	guard, guardOK := goja.AssertFunction(arg(4))
	callFn, applyFn, canSetProto := arg(5), arg(6), arg(7).ToBoolean()
	return c.nativeFunc(func(call goja.FunctionCall) goja.Value {
		if record == nil || exports == nil || !guardOK || !canSetProto {
			return callOriginal(orig, call)
		}
		this := c.sloppyThis(call.This)
		behaviour := record.Get("chainingBehavior")
		bfn, ok := goja.AssertFunction(behaviour)
		if !ok || !c.builtin(behaviour, "call", c.fnCall) {
			return callOriginal(orig, call)
		}
		callWith(bfn, this)
		wrapper := c.chainableMethod(record, exports)
		callWith(guard, goja.Undefined(), wrapper, name, c.vm.ToValue(true))
		proto := c.vm.CreateObject(this)
		c.set(proto, "call", callFn)
		c.set(proto, "apply", applyFn)
		if err := wrapper.(*goja.Object).SetPrototype(proto); err != nil {
			panic(err)
		}
		c.transferValues(this, wrapper)
		return c.proxifyValue(wrapper, goja.Undefined())
	}, arg(0))
}

// chainableWrapperName is the name the chai bundle's chainable methods have
// (esbuild's name for chainableMethodWrapper in addChainableMethod.js, which
// no hook sees; TestChaiNativeMatchesChai checks it).
const chainableWrapperName = "c"

// chainableMethod is the function a chainable method's getter returns.
func (c *Core) chainableMethod(record, exports *goja.Object) goja.Value {
	var self goja.Value
	self = c.makeFunc(func(call goja.FunctionCall) goja.Value {
		this := c.sloppyThis(call.This)
		if !c.getFlag(this, "lockSsfi").ToBoolean() {
			c.setFlag(this, "ssfi", self)
		}
		method := record.Get("method")
		var res goja.Value
		if fn, ok := goja.AssertFunction(method); ok && c.builtin(method, "apply", c.fnApply) {
			res = callWith(fn, this, call.Arguments...)
		} else {
			// method.apply(this, arguments) with whatever apply is there
			var apply goja.Value
			if o, ok := method.(*goja.Object); ok {
				apply = o.Get("apply")
			}
			afn, ok := goja.AssertFunction(apply)
			if !ok {
				panic(c.vm.NewTypeError("Cannot call method 'apply' of %s", method))
			}
			items := make([]any, len(call.Arguments))
			for i, a := range call.Arguments {
				items[i] = a
			}
			res = callWith(afn, method, this, c.vm.NewArray(items...))
		}
		if !goja.IsUndefined(res) {
			return res
		}
		return c.chainNext(this, exports)
	}, c.vm.ToValue(chainableWrapperName), c.vm.ToValue(0))
	return self
}

// proxyEnabled is chai's isProxyEnabled().
func (c *Core) proxyEnabled() bool {
	if c.config == nil {
		return false
	}
	if v := c.config.Get("useProxy"); v == nil || !v.ToBoolean() {
		return false
	}
	g := c.vm.GlobalObject()
	for _, name := range [...]string{"Proxy", "Reflect"} {
		if v := g.Get(name); v == nil || goja.IsUndefined(v) {
			return false
		}
	}
	return true
}

func (c *Core) proxify(call goja.FunctionCall) goja.Value {
	return c.proxifyValue(call.Argument(0), call.Argument(1))
}

// proxifyValue is proxify(target, name).
func (c *Core) proxifyValue(target, name goja.Value) goja.Value {
	if !c.proxyEnabled() {
		return target
	}
	obj, ok := target.(*goja.Object)
	traps := c.traps(name)
	if !ok || traps == nil {
		return callWith(c.origProxy, goja.Undefined(), target, name)
	}
	return c.vm.ToValue(c.vm.NewProxy(obj, traps))
}

// traps returns the native proxy handler for proxify's method name argument
// (undefined for assertions), or nil when the JavaScript proxy must be used.
func (c *Core) traps(name goja.Value) *goja.ProxyTrapConfig {
	if goja.IsUndefined(name) {
		if c.plainTraps != nil {
			return c.plainTraps
		}
	} else if !goja.IsString(name) {
		return nil
	} else if t := c.methodTraps[name.String()]; t != nil {
		return t
	}
	t := &goja.ProxyTrapConfig{
		Get: func(target *goja.Object, prop string, _ goja.Value) goja.Value {
			// chai checks `prop in target` (throwing for misspelt
			// properties) and then returns Reflect.get(target, prop); the
			// get alone tells whether the property exists. A missing one
			// goes to chai's own proxy, which throws its own error (or,
			// for proxyExcludedKeys, returns undefined).
			v := target.Get(prop)
			if v == nil {
				slow, err := c.origProxy(goja.Undefined(), target, name)
				if err != nil {
					panic(err)
				}
				return slow.(*goja.Object).Get(prop)
			}
			if !chaiBuiltin(prop) && !c.getFlag(target, "lockSsfi").ToBoolean() {
				c.updateFlag(target, "ssfi", c.ssfi)
			}
			return v
		},
		GetSym: func(target *goja.Object, prop *goja.Symbol, _ goja.Value) goja.Value {
			if !c.getFlag(target, "lockSsfi").ToBoolean() {
				c.updateFlag(target, "ssfi", c.ssfi)
			}
			if v := target.GetSymbol(prop); v != nil {
				return v
			}
			return goja.Undefined()
		},
	}
	if goja.IsUndefined(name) {
		c.plainTraps = t
	} else {
		c.methodTraps[name.String()] = t
	}
	return t
}

// chaiBuiltin reports the properties chai's proxy leaves the ssfi flag alone for.
func chaiBuiltin(prop string) bool {
	switch prop {
	case "__flags", "__methods", "_obj", "assert":
		return true
	}
	return false
}

// ssfiFunc is what the native proxy stores as the ssfi flag: a function
// named like the get trap of chai's proxy, so that printing an assertion's
// flags looks the same.
func (c *Core) ssfiFunc() goja.Value {
	var trap goja.Value
	if p, err := c.origProxy(goja.Undefined(), c.vm.NewObject()); err == nil {
		if px, ok := p.Export().(goja.Proxy); ok {
			trap = px.Handler().Get("get")
		}
	}
	return c.nativeFunc(func(goja.FunctionCall) goja.Value { return goja.Undefined() }, trap)
}
