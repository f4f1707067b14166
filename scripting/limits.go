package scripting

import (
	"errors"
	"math"
	"time"

	"github.com/dlclark/regexp2/v2"
	"github.com/dop251/goja"

	"github.com/courier-run/courier/scripting/internal/jsonread"
)

// Built-ins that could run unbounded inside one JavaScript step (goja checks
// interrupts only between steps) get a bound here:
//
//   - goja matches regular expressions with lookarounds or backreferences with
//     regexp2, which backtracks. SetMatchTimeout bounds one match; goja reads
//     a timed-out match as "no match", but the bound is never shorter than the
//     script's own timeout, so by the time a match gives up the watchdog has
//     fired and the script ends with the timeout error at its next step.
//   - JSON.stringify walks values recursively, and goja's cycle check makes a
//     deep value quadratic (100,000 levels take about a minute): a value
//     nested deeper than maxJSONDepth is refused with V8's RangeError.
//   - String.prototype.repeat, padStart and padEnd refuse a result longer
//     than V8's maximum string length with V8's RangeError. Concatenation
//     (+, +=, concat, join, template literals) cannot be capped without
//     changing goja: the memory watchdog (memwatch.go) covers it.

// maxStringLength is V8's String::kMaxLength on 64-bit platforms.
const maxStringLength = 1<<29 - 24

// maxJSONDepth is the deepest value JSON.stringify accepts (V8 allows about
// 4,000 levels, bounded by its stack; courier allows as many as its call
// stack).
const maxJSONDepth = maxCallStack

func init() {
	regexp2.DefaultMatchTimeout = defaultScriptTimeout
}

// SetMatchTimeout bounds one backtracking regular expression match
// (process-wide: it applies to regular expressions compiled afterwards, so
// call it before any Runtime is made). Use the longest time any script may
// run, the script timeout or the run's own timeout if that is shorter: a
// match that runs out of time is reported as no match, which the script
// never sees because its own timeout has ended it by then. It is the
// default script timeout (30s) unless set; d <= 0 leaves it unchanged.
func SetMatchTimeout(d time.Duration) {
	if d > 0 {
		regexp2.DefaultMatchTimeout = d
	}
}

// installLimits wraps the built-ins above; it runs before the prelude, so
// courier's own code uses the wrapped ones too.
func (r *runtime) installLimits() error {
	vm := r.vm
	jsonObj := vm.Get("JSON").ToObject(vm)
	if err := wrapMethod(vm, jsonObj, "stringify", 3, func(orig goja.Callable) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			if o, ok := c.Argument(0).(*goja.Object); ok && tooDeep(vm, o, maxJSONDepth) {
				r.throw("RangeError", "Maximum call stack size exceeded")
			}
			v, err := orig(c.This, c.Arguments...)
			if err != nil {
				rethrow(err)
			}
			return v
		}
	}); err != nil {
		return err
	}
	// goja's JSON.parse recurses once per level too: a text nested deeper
	// than the limit (a response of a million '[') would exhaust the stack,
	// which kills the process; V8 parses it (iteratively), courier refuses it
	// with the error V8 gives for a value too deep to handle
	if err := wrapMethod(vm, jsonObj, "parse", 2, func(orig goja.Callable) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			if s, ok := c.Argument(0).(goja.String); ok && jsonread.TooDeep(s.String(), maxJSONDepth) {
				r.throw("RangeError", "Maximum call stack size exceeded")
			}
			v, err := orig(c.This, c.Arguments...)
			if err != nil {
				rethrow(err)
			}
			return v
		}
	}); err != nil {
		return err
	}
	strProto := vm.Get("String").ToObject(vm).Get("prototype").ToObject(vm)
	// the result's length is known before the work: refuse it when too long
	capped := func(name string, length int, size func(c goja.FunctionCall) int64) error {
		return wrapMethod(vm, strProto, name, length, func(orig goja.Callable) func(goja.FunctionCall) goja.Value {
			return func(c goja.FunctionCall) goja.Value {
				if size(c) > maxStringLength {
					r.throw("RangeError", "Invalid string length")
				}
				v, err := orig(c.This, c.Arguments...)
				if err != nil {
					rethrow(err)
				}
				return v
			}
		})
	}
	thisLen := func(c goja.FunctionCall) int64 {
		if s, ok := c.This.(goja.String); ok {
			return int64(s.Length())
		}
		return 0 // a String object or other this: left to the memory watchdog
	}
	if err := capped("repeat", 1, func(c goja.FunctionCall) int64 {
		n := c.Argument(0).ToFloat()
		if n < 0 || math.IsInf(n, 1) {
			// V8's wording (goja leaves the count out)
			r.throw("RangeError", "Invalid count value: "+vm.ToValue(n).String())
		}
		if n != n || n < 1 {
			return 0 // NaN and 0: the original's answer
		}
		l := thisLen(c)
		if l == 0 {
			return 0
		}
		if n > float64(maxStringLength) {
			return maxStringLength + 1
		}
		return l * int64(n)
	}); err != nil {
		return err
	}
	pad := func(c goja.FunctionCall) int64 {
		n := c.Argument(0).ToFloat()
		if n != n || n <= float64(maxStringLength) {
			return 0
		}
		// V8 returns the string itself when the filler is empty
		if f := c.Argument(1); !goja.IsUndefined(f) && f.String() == "" {
			return 0
		}
		return maxStringLength + 1
	}
	if err := capped("padStart", 1, pad); err != nil {
		return err
	}
	return capped("padEnd", 1, pad)
}

// wrapMethod replaces obj[name] with a native function made by wrap from
// the original, keeping the property's name, length and attributes.
func wrapMethod(vm *goja.Runtime, obj *goja.Object, name string, length int, wrap func(orig goja.Callable) func(goja.FunctionCall) goja.Value) error {
	orig, ok := goja.AssertFunction(obj.Get(name))
	if !ok {
		return nil
	}
	fn := vm.ToValue(wrap(orig)).(*goja.Object)
	if err := fn.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	if err := fn.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	return obj.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// tooDeep reports whether JSON.stringify would nest deeper than limit in v.
// It walks plain objects and arrays only (not objects with a toJSON method,
// whose result is what is written, nor functions), each object once, without
// recursion. A value that is circular within the limit is left to
// JSON.stringify, which reports the cycle.
func tooDeep(vm *goja.Runtime, root *goja.Object, limit int) bool {
	// the usual small value: a walk of a few thousand values without
	// bookkeeping cannot nest deeper than the limit
	if smallValue(root, 4096) {
		return false
	}
	type frame struct {
		obj  *goja.Object
		keys []string
		i    int
	}
	// height of each object already walked: a shared sub-value is walked once
	seen := map[*goja.Object]int{}
	onPath := map[*goja.Object]bool{}
	var stack []frame
	heights := map[*goja.Object]int{}
	push := func(o *goja.Object) bool {
		keys, ok := containerKeys(o)
		if !ok || len(keys) == 0 {
			seen[o] = 0
			return false
		}
		onPath[o] = true
		stack = append(stack, frame{obj: o, keys: keys})
		return true
	}
	if !push(root) {
		return false
	}
	for len(stack) > 0 {
		if len(stack) > limit {
			return true
		}
		f := &stack[len(stack)-1]
		if f.i == len(f.keys) {
			h := heights[f.obj] + 1
			seen[f.obj] = h
			delete(onPath, f.obj)
			delete(heights, f.obj)
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				p := stack[len(stack)-1].obj
				heights[p] = max(heights[p], h)
			}
			continue
		}
		child, ok := f.obj.Get(f.keys[f.i]).(*goja.Object)
		f.i++
		if !ok {
			continue
		}
		if onPath[child] {
			return false // circular: JSON.stringify says so
		}
		if h, done := seen[child]; done {
			if len(stack)+h > limit {
				return true
			}
			heights[f.obj] = max(heights[f.obj], h)
			continue
		}
		if !push(child) {
			heights[f.obj] = max(heights[f.obj], 0)
		}
	}
	return false
}

// containerKeys is what tooDeep walks in o: the keys of a plain object or
// array without toJSON (ok false for anything else).
func containerKeys(o *goja.Object) ([]string, bool) {
	if _, isFn := goja.AssertFunction(o); isFn {
		return nil, false
	}
	switch o.ClassName() {
	case "Object", "Array":
	default:
		return nil, false
	}
	if _, has := goja.AssertFunction(o.Get("toJSON")); has {
		return nil, false
	}
	return o.Keys(), true
}

// smallValue reports whether walking root visits at most budget objects
// (shared and circular ones as often as they are reached).
func smallValue(root *goja.Object, budget int) bool {
	todo := []*goja.Object{root}
	for len(todo) > 0 {
		o := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if budget--; budget < 0 {
			return false
		}
		keys, ok := containerKeys(o)
		if !ok {
			continue
		}
		for _, k := range keys {
			if c, ok := o.Get(k).(*goja.Object); ok {
				todo = append(todo, c)
			}
		}
	}
	return true
}

// mustPropagate reports whether an error of courier's own conversion of a
// script's value (JSON.stringify in fromJS) is the script's error rather
// than a value it cannot convert: a value nested too deep, the call stack,
// an interrupt.
func mustPropagate(err error) bool {
	var ie *goja.InterruptedError
	var so *goja.StackOverflowError
	if errors.As(err, &ie) || errors.As(err, &so) {
		return true
	}
	var ex *goja.Exception
	if !errors.As(err, &ex) {
		return false
	}
	o, ok := ex.Value().(*goja.Object)
	return ok && o.Get("name") != nil && o.Get("name").String() == "RangeError"
}
