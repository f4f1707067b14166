package scripting

// Sugar.js in the sandbox.
//
// Postman's sandbox (postman-sandbox 4.7.1, Newman 6.2.2) runs Sugar 1.3.9
// (jslib.Vendor("sugar")) in its context before anything else, so every
// script, and every library a script requires, sees Sugar's additions to the
// built-ins ("x".has, [].sum, Date.create, ...) and its conditional
// replacements of some natives ([1,2,3].filter(2), "ab".startsWith(/a/),
// Object.keys(o, fn), Sugar's own trim).
//
// Running Sugar in goja costs about 100 ms, more than a whole run's start-up,
// and most runs never use it. So a runtime starts with what Sugar would have
// put on the built-ins (jslib.Vendor("sugar-props"), which js/build.mjs
// records from V8 running Sugar as postman-sandbox does), installed cheaply:
//
//   - every function Sugar adds is a stub with Sugar's name, length and
//     descriptor (functions Sugar shares between names share one stub);
//   - built-ins Sugar aliases (Object.isArray) and its constant data
//     (Date.RFC1123, Array.AlphanumericSortOrder, ...) are installed as such;
//   - its own state objects (Klass.SugarMethods, String.Inflector, Date.utc)
//     are accessors with Sugar's enumerability (and until the load,
//     Object.getOwnPropertyDescriptor(s) and Reflect.getOwnPropertyDescriptor
//     load Sugar before describing one of them);
//   - the natives Sugar wraps (Array#map/filter/every/some,
//     String#startsWith/endsWith, Object.keys) get a Go wrapper that applies
//     Sugar's own condition: the native is called directly unless Sugar would
//     take the call; the natives it replaces outright (String#trim, trimLeft,
//     trimRight) get a Go version of Sugar's for string receivers.
//
// The first call that needs Sugar itself (a stub, a wrapped native with
// arguments Sugar takes, a read or write of an accessor) loads it: the built-ins are
// put back as they were before Sugar, Sugar runs once, its functions replace
// the stubs (the wrappers stay and hand Sugar's calls to Sugar's wrapper),
// whatever a script had changed on those properties in the meantime is put
// back, and the call is dispatched to the real method. The script timeout
// does not count the load, which Newman does before any script.

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/courier-run/courier/scripting/jslib"
)

type sugarKind uint8

const (
	sugarFn     sugarKind = iota // a function Sugar made
	sugarSame                    // the same function as an earlier property
	sugarNative                  // a built-in function that existed before Sugar
	sugarWrap                    // Sugar's function replaced a built-in one
	sugarJSON                    // constant data
	sugarObject                  // Sugar's own state object
)

// sugarWrapKind says how Sugar replaced a native: the condition under which
// its wrapper calls Sugar's function instead of the native, or outright.
type sugarWrapKind uint8

const (
	wrapCallback sugarWrapKind = iota + 1 // Sugar when an argument is given that is not a function
	wrapRegExp                            // Sugar for a RegExp first argument or a third argument
	wrapKeysFn                            // Sugar when the second argument is a function
	wrapTrim                              // Sugar's trim, trimLeft, trimRight replace the natives
	wrapTrimLeft
	wrapTrimRight
)

// sugarWraps are the natives Sugar 1.3.9 wraps or replaces under V8, with
// Sugar's conditions (its buildEnhancements, extend(string, ...,
// isRegExp(reg) || arguments.length > 2), extend(object, ...,
// isFunction(arg2)) and buildTrim, whose support check fails because \s does
// not match U+180E). sugar-props must list exactly these as "wrap".
var sugarWraps = map[string]sugarWrapKind{
	"Array.prototype.map":         wrapCallback,
	"Array.prototype.filter":      wrapCallback,
	"Array.prototype.every":       wrapCallback,
	"Array.prototype.some":        wrapCallback,
	"String.prototype.startsWith": wrapRegExp,
	"String.prototype.endsWith":   wrapRegExp,
	"Object.keys":                 wrapKeysFn,
	"String.prototype.trim":       wrapTrim,
	"String.prototype.trimLeft":   wrapTrimLeft,
	"String.prototype.trimRight":  wrapTrimRight,
}

// sugarProp is one line of sugar-props.
type sugarProp struct {
	target, name                       string // "String.prototype", "has"
	enumerable, writable, configurable bool
	kind                               sugarKind
	length                             int        // fn, wrap
	fname                              string     // fn, wrap: the function's name
	ref                                int        // same: index of the property whose function this is
	native                             string     // native: "Array.isArray"
	data                               *sugarData // json
	wrap                               sugarWrapKind
}

var (
	sugarPropsOnce sync.Once
	sugarPropsList []sugarProp
	sugarPropsErr  error
)

// loadSugarProps parses jslib's sugar-props once per process.
func loadSugarProps() ([]sugarProp, error) {
	sugarPropsOnce.Do(func() {
		src, ok := jslib.Vendor("sugar-props")
		if !ok {
			sugarPropsErr = fmt.Errorf("scripting: sugar-props is not embedded")
			return
		}
		sugarPropsList, sugarPropsErr = parseSugarProps(src)
	})
	return sugarPropsList, sugarPropsErr
}

func parseSugarProps(src string) ([]sugarProp, error) {
	type key struct{ target, name string }
	props := make([]sugarProp, 0, strings.Count(src, "\n"))
	index := make(map[key]int, cap(props))
	pathKey := func(path string) key {
		dot := strings.LastIndexByte(path, '.')
		if dot < 0 {
			return key{}
		}
		return key{path[:dot], path[dot+1:]}
	}
	var f [7]string
	for n, rest := 1, src; rest != ""; n++ {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		bad := func(why string) error {
			return fmt.Errorf("scripting: sugar-props line %d: %s: %q", n, why, line)
		}
		nf := 0
		for field := line; nf < len(f); nf++ {
			var more bool
			f[nf], field, more = strings.Cut(field, "\t")
			if !more {
				nf++
				break
			}
		}
		if nf < 4 || len(f[2]) != 3 {
			return nil, bad("malformed")
		}
		p := sugarProp{target: f[0], name: f[1],
			enumerable: f[2][0] == 'e', writable: f[2][1] == 'w', configurable: f[2][2] == 'c'}
		want := 0
		switch f[3] {
		case "fn", "wrap":
			p.kind, want = sugarFn, 6
			if f[3] == "wrap" {
				p.kind = sugarWrap
				if p.wrap = sugarWraps[p.target+"."+p.name]; p.wrap == 0 {
					return nil, bad("Sugar replaces a native courier does not know how to wrap")
				}
			}
			if nf == want {
				l, err := strconv.Atoi(f[4])
				if err != nil {
					return nil, bad("bad length")
				}
				p.length, p.fname = l, f[5]
			}
		case "same":
			p.kind, want = sugarSame, 5
			if nf == want {
				i, ok := index[pathKey(f[4])]
				if !ok || props[i].kind != sugarFn {
					return nil, bad("refers to an unknown function")
				}
				p.ref = i
			}
		case "native":
			p.kind, want = sugarNative, 5
			if nf == want {
				p.native = f[4]
			}
		case "json":
			p.kind, want = sugarJSON, 5
			if nf == want {
				var err error
				if p.data, err = parseSugarData(f[4]); err != nil {
					return nil, bad(err.Error())
				}
			}
		case "object":
			p.kind, want = sugarObject, 4
		default:
			return nil, bad("unknown kind")
		}
		if nf != want {
			return nil, bad("wrong number of fields")
		}
		k := key{p.target, p.name}
		if _, dup := index[k]; dup {
			return nil, bad("listed twice")
		}
		index[k] = len(props)
		props = append(props, p)
	}
	for path := range sugarWraps {
		if i, ok := index[pathKey(path)]; !ok || props[i].kind != sugarWrap {
			return nil, fmt.Errorf("scripting: sugar-props does not list %s as wrapped", path)
		}
	}
	return props, nil
}

// sugarData is a JSON value of sugar-props with its objects' key order.
type sugarData struct {
	v    any // string, float64, bool or nil; or:
	keys []string
	vals []*sugarData // an object (keys) or an array
	arr  bool
	obj  bool
}

func parseSugarData(src string) (*sugarData, error) {
	switch {
	case src == "true" || src == "false":
		return &sugarData{v: src == "true"}, nil
	case len(src) >= 2 && src[0] == '"' && src[len(src)-1] == '"' && plainJSONString(src[1:len(src)-1]):
		return &sugarData{v: src[1 : len(src)-1]}, nil // a string without escapes
	}
	dec := json.NewDecoder(strings.NewReader(src))
	d, err := decodeSugarData(dec)
	if err == nil && dec.More() {
		err = fmt.Errorf("trailing data")
	}
	return d, err
}

func decodeSugarData(dec *json.Decoder) (*sugarData, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	delim, ok := tok.(json.Delim)
	if !ok {
		return &sugarData{v: tok}, nil
	}
	d := &sugarData{arr: delim == '[', obj: delim == '{'}
	for dec.More() {
		if !d.arr {
			k, err := dec.Token()
			if err != nil {
				return nil, err
			}
			d.keys = append(d.keys, k.(string))
		}
		v, err := decodeSugarData(dec)
		if err != nil {
			return nil, err
		}
		d.vals = append(d.vals, v)
	}
	_, err = dec.Token() // the closing delimiter
	return d, err
}

// plainJSONString reports whether s is the inside of a JSON string without
// escapes.
func plainJSONString(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' {
			return false
		}
	}
	return utf8.ValidString(s)
}

// value makes the value in vm: a fresh object each time.
func (d *sugarData) value(vm *goja.Runtime) goja.Value {
	switch {
	case d.arr:
		items := make([]any, len(d.vals))
		for i, v := range d.vals {
			items[i] = v.value(vm)
		}
		return vm.NewArray(items...)
	case d.obj:
		o := vm.NewObject()
		for i, k := range d.keys {
			_ = o.Set(k, d.vals[i].value(vm))
		}
		return o
	case d.v == nil:
		return goja.Null()
	}
	return vm.ToValue(d.v)
}

// Sugar's load state in one runtime.
const (
	sugarPending = iota // stubs installed, Sugar not run
	sugarLoading
	sugarLoaded
	sugarEager // Sugar ran at start-up (tests' reference runtime)
)

type sugarState struct {
	r       *runtime
	props   []sugarProp
	targets []*goja.Object  // each property's object
	put     []goja.Value    // what start-up put there (for accessors: the getter)
	sets    []goja.Value    // accessors: the setter
	natives []goja.Value    // wrap: the native it replaced
	nativeF []goja.Callable // wrap: the same, callable
	realF   []goja.Callable // after the load: Sugar's own function for the property
	global  *goja.Object    // `this` for a wrapped native called on null or undefined (Sugar's wrapper is sloppy)
	gopd    goja.Callable   // Object.getOwnPropertyDescriptor
	defProp goja.Callable   // Object.defineProperty
	strProt *goja.Object    // String.prototype
	trimL   goja.Value      // the installed String#trimLeft and trimRight (Sugar's trim calls them)
	trimR   goja.Value
	peekers []sugarPeeker // see installPeekers
	onLoad  func()        // tests: called when a load starts
	state   int
	loadDur time.Duration // how long the load took
}

func flag(b bool) goja.Flag {
	if b {
		return goja.FLAG_TRUE
	}
	return goja.FLAG_FALSE
}

// installSugar gives the runtime Sugar's view of the built-ins: lazily (see
// the top of this file) or, when eager, by running Sugar now as Newman does.
func (r *runtime) installSugar(eager bool) error {
	props, err := loadSugarProps()
	if err != nil {
		return err
	}
	vm := r.vm
	s := &sugarState{r: r, props: props, global: vm.GlobalObject()}
	r.sugar = s
	objectCtor, _ := vm.Get("Object").(*goja.Object)
	if objectCtor == nil {
		return fmt.Errorf("scripting: no Object")
	}
	s.gopd, _ = goja.AssertFunction(objectCtor.Get("getOwnPropertyDescriptor"))
	s.defProp, _ = goja.AssertFunction(objectCtor.Get("defineProperty"))
	if s.gopd == nil || s.defProp == nil {
		return fmt.Errorf("scripting: built-ins missing")
	}
	if eager {
		s.state = sugarEager
		run, err := s.sugarFunc()
		if err == nil {
			err = run()
		}
		if err != nil {
			return fmt.Errorf("scripting: running Sugar: %w", err)
		}
		return nil
	}

	n := len(props)
	s.targets = make([]*goja.Object, n)
	s.put = make([]goja.Value, n)
	s.sets = make([]goja.Value, n)
	s.natives = make([]goja.Value, n)
	s.nativeF = make([]goja.Callable, n)
	s.realF = make([]goja.Callable, n)
	objects := map[string]*goja.Object{}
	lookup := func(path string) (*goja.Object, error) {
		if o, ok := objects[path]; ok {
			return o, nil
		}
		var v goja.Value = s.global
		for _, part := range strings.Split(path, ".") {
			if part == "global" {
				continue
			}
			o, ok := v.(*goja.Object)
			if !ok {
				return nil, fmt.Errorf("scripting: Sugar's target %s is missing", path)
			}
			v = o.Get(part)
		}
		o, ok := v.(*goja.Object)
		if !ok {
			return nil, fmt.Errorf("scripting: Sugar's target %s is missing", path)
		}
		objects[path] = o
		return o, nil
	}
	accessors := map[*goja.Object]map[string]bool{}
	for i := range props {
		p := &props[i]
		t, err := lookup(p.target)
		if err != nil {
			return err
		}
		s.targets[i] = t
		var v goja.Value
		switch p.kind {
		case sugarFn:
			v = s.function(s.stub(i), p.fname, p.length)
		case sugarSame:
			v = s.put[p.ref]
		case sugarNative:
			dot := strings.LastIndexByte(p.native, '.')
			o, err := lookup(p.native[:dot])
			if err != nil {
				return err
			}
			v = o.Get(p.native[dot+1:])
		case sugarWrap:
			s.natives[i] = t.Get(p.name)
			s.nativeF[i], _ = goja.AssertFunction(s.natives[i])
			if s.nativeF[i] == nil {
				return fmt.Errorf("scripting: %s.%s is not a function", p.target, p.name)
			}
			v = s.function(s.wrapper(i, p.wrap), p.fname, p.length)
		case sugarJSON:
			v = p.data.value(vm)
		case sugarObject:
			get := s.function(s.getter(i), "", 0)
			set := s.function(s.setter(i), "", 1)
			s.put[i], s.sets[i] = get, set
			if accessors[t] == nil {
				accessors[t] = map[string]bool{}
			}
			accessors[t][p.name] = true
			if err := t.DefineAccessorProperty(p.name, get, set, flag(p.configurable), flag(p.enumerable)); err != nil {
				return err
			}
			continue
		}
		s.put[i] = v
		if err := t.DefineDataProperty(p.name, v, flag(p.writable), flag(p.configurable), flag(p.enumerable)); err != nil {
			return err
		}
		if p.kind == sugarWrap && p.target == "String.prototype" {
			s.strProt = t
			switch p.wrap {
			case wrapTrimLeft:
				s.trimL = v
			case wrapTrimRight:
				s.trimR = v
			}
		}
	}
	return s.installPeekers(objectCtor, accessors)
}

// sugarPeeker is a built-in that could tell an accessor installSugar put
// for Sugar's state from Sugar's data property, wrapped until Sugar loads.
type sugarPeeker struct {
	target *goja.Object
	name   string
	native goja.Value
	put    goja.Value
}

// installPeekers wraps Object.getOwnPropertyDescriptor(s) and
// Reflect.getOwnPropertyDescriptor so that asking for the descriptor of
// one of Sugar's state objects loads Sugar first; the load puts the natives
// back.
func (s *sugarState) installPeekers(objectCtor *goja.Object, accessors map[*goja.Object]map[string]bool) error {
	reflect, _ := s.r.vm.Get("Reflect").(*goja.Object)
	for _, pk := range []struct {
		target *goja.Object
		name   string
		all    bool // every own property
	}{
		{objectCtor, "getOwnPropertyDescriptor", false},
		{objectCtor, "getOwnPropertyDescriptors", true},
		{reflect, "getOwnPropertyDescriptor", false},
	} {
		if pk.target == nil {
			continue
		}
		native := pk.target.Get(pk.name)
		call, ok := goja.AssertFunction(native)
		if !ok {
			continue
		}
		all := pk.all
		wrapper := func(c goja.FunctionCall) goja.Value {
			if s.state == sugarPending {
				if o, ok := c.Argument(0).(*goja.Object); ok {
					if names := accessors[o]; names != nil {
						if key, ok := c.Argument(1).(goja.String); all || ok && names[key.String()] {
							s.load()
						}
					}
				}
			}
			v, err := call(c.This, c.Arguments...)
			if err != nil {
				rethrow(err)
			}
			return v
		}
		no := native.(*goja.Object)
		w := s.function(wrapper, no.Get("name").String(), int(no.Get("length").ToInteger()))
		if err := pk.target.DefineDataProperty(pk.name, w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
		s.peekers = append(s.peekers, sugarPeeker{target: pk.target, name: pk.name, native: native, put: w})
	}
	return nil
}

// function makes a Go function with the given JavaScript name and length.
func (s *sugarState) function(f func(goja.FunctionCall) goja.Value, name string, length int) *goja.Object {
	o := s.r.vm.ToValue(f).(*goja.Object)
	_ = o.DefineDataProperty("name", s.r.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if length != 0 {
		_ = o.DefineDataProperty("length", s.r.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return o
}

// stub is a function Sugar adds: it loads Sugar and calls Sugar's function.
func (s *sugarState) stub(i int) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value { return s.callSugar(i, c) }
}

// callSugar loads Sugar if needed and calls Sugar's function for property i.
func (s *sugarState) callSugar(i int, c goja.FunctionCall) goja.Value {
	s.load()
	f := s.realF[i]
	if f == nil {
		p := &s.props[i]
		s.r.throw("TypeError", fmt.Sprintf("courier: Sugar did not define %s.%s", p.target, p.name))
	}
	v, err := f(c.This, c.Arguments...)
	if err != nil {
		rethrow(err)
	}
	return v
}

// callNative calls the native a wrapper replaced. Sugar's wrapper is sloppy
// code, so a null or undefined receiver becomes the global object.
func (s *sugarState) callNative(i int, c goja.FunctionCall) goja.Value {
	this := c.This
	if this == nil || goja.IsUndefined(this) || goja.IsNull(this) {
		this = s.global
	}
	v, err := s.nativeF[i](this, c.Arguments...)
	if err != nil {
		rethrow(err)
	}
	return v
}

// sugarClass reports whether Object.prototype.toString would call v
// "[object cls]", which is how Sugar tells functions and RegExps apart.
func sugarClass(v goja.Value, cls string) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	name := o.ClassName()
	if tag, ok := o.GetSymbol(goja.SymToStringTag).(goja.String); ok {
		name = tag.String()
	}
	return name == cls
}

// wrapper is the Go version of Sugar's wrapper around the native of
// property i: the native unless Sugar's condition picks Sugar's function.
func (s *sugarState) wrapper(i int, kind sugarWrapKind) func(goja.FunctionCall) goja.Value {
	switch kind {
	case wrapCallback:
		return func(c goja.FunctionCall) goja.Value {
			if len(c.Arguments) > 0 && !sugarClass(c.Arguments[0], "Function") {
				return s.callSugar(i, c)
			}
			return s.callNative(i, c)
		}
	case wrapRegExp:
		return func(c goja.FunctionCall) goja.Value {
			if len(c.Arguments) > 2 || sugarClass(c.Argument(0), "RegExp") {
				return s.callSugar(i, c)
			}
			return s.callNative(i, c)
		}
	case wrapKeysFn:
		return func(c goja.FunctionCall) goja.Value {
			if len(c.Arguments) > 1 && sugarClass(c.Arguments[1], "Function") {
				return s.callSugar(i, c)
			}
			return s.callNative(i, c)
		}
	}
	// Sugar's trim is this.toString().trimLeft().trimRight(), and trimLeft
	// and trimRight remove its whitespace set with String#replace. For a
	// string receiver (with trimLeft and trimRight still courier's) that is
	// computed here; anything else goes to Sugar's own function.
	left, right := kind != wrapTrimRight, kind != wrapTrimLeft
	return func(c goja.FunctionCall) goja.Value {
		if str, ok := c.This.(goja.String); ok &&
			(kind != wrapTrim || (s.strProt.Get("trimLeft") == s.trimL && s.strProt.Get("trimRight") == s.trimR)) {
			return sugarTrim(str, left, right)
		}
		return s.callSugar(i, c)
	}
}

// sugarSpace reports whether Sugar's trim removes the UTF-16 unit c (its
// getTrimmableCharacters).
func sugarSpace(c uint16) bool {
	switch c {
	case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x180E, 0x202F, 0x205F, 0x2028, 0x2029, 0x3000, 0xFEFF:
		return true
	}
	return c >= 0x2000 && c <= 0x200A
}

func sugarTrim(str goja.String, left, right bool) goja.Value {
	n := str.Length()
	start, end := 0, n
	if left {
		for start < end && sugarSpace(str.CharAt(start)) {
			start++
		}
	}
	if right {
		for end > start && sugarSpace(str.CharAt(end-1)) {
			end--
		}
	}
	if start == 0 && end == n {
		return str
	}
	return str.Substring(start, end)
}

// getter and setter stand for Sugar's state object at property i until
// Sugar is loaded, which replaces them with the data property.
func (s *sugarState) getter(i int) func(goja.FunctionCall) goja.Value {
	name := s.props[i].name
	return func(c goja.FunctionCall) goja.Value {
		s.load()
		return c.This.ToObject(s.r.vm).Get(name)
	}
}

func (s *sugarState) setter(i int) func(goja.FunctionCall) goja.Value {
	name := s.props[i].name
	return func(c goja.FunctionCall) goja.Value {
		s.load()
		if err := c.This.ToObject(s.r.vm).Set(name, c.Argument(0)); err != nil {
			rethrow(err)
		}
		return goja.Undefined()
	}
}

// sugarFunc returns a function that runs Sugar as postman-sandbox does.
func (s *sugarState) sugarFunc() (func() error, error) {
	prog, err := s.r.lib.sugar()
	if err != nil {
		return nil, err
	}
	v, err := s.r.vm.RunProgram(prog)
	if err != nil {
		return nil, err
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return nil, fmt.Errorf("scripting: Sugar's wrapper is not a function")
	}
	vm := s.r.vm
	undef := goja.Undefined()
	// Sugar's delay calls setTimeout, which postman-sandbox's context does
	// not have.
	missing := func(name string) goja.Value {
		return vm.ToValue(func(goja.FunctionCall) goja.Value {
			s.r.throw("ReferenceError", name+" is not defined")
			return nil
		})
	}
	setTimeout, clearTimeout := missing("setTimeout"), missing("clearTimeout")
	return func() error {
		// Sugar takes btoa and atob from its global `this` when it has them;
		// postman-sandbox's context has neither.
		global := s.global
		var saved []goja.Value
		for _, name := range []string{"btoa", "atob"} {
			d, _ := s.gopdNative(global, name)
			saved = append(saved, d)
			if !goja.IsUndefined(d) {
				if err := global.Delete(name); err != nil {
					return err
				}
			}
		}
		_, err := fn(vm.NewObject(), undef, undef, undef, setTimeout, clearTimeout)
		for i, name := range []string{"btoa", "atob"} {
			if !goja.IsUndefined(saved[i]) {
				if _, derr := s.defProp(undef, global, vm.ToValue(name), saved[i]); derr != nil && err == nil {
					err = derr
				}
			}
		}
		return err
	}, nil
}

// gopdNative is Object.getOwnPropertyDescriptor(o, name) as the built-in.
func (s *sugarState) gopdNative(o *goja.Object, name string) (goja.Value, error) {
	return s.gopd(goja.Undefined(), o, s.r.vm.ToValue(name))
}

// sugar returns sugar.js compiled, once per process.
func (l *Library) sugar() (*goja.Program, error) {
	e := l.entry("vendor:sugar")
	e.once.Do(func() {
		src, ok := jslib.Vendor("sugar")
		if !ok {
			e.err = fmt.Errorf("scripting: sugar.js is not embedded")
			return
		}
		e.prog, e.err = goja.Compile("sugar.js", "(function (global, self, window, setTimeout, clearTimeout) {"+src+"\n})", false)
		if e.err != nil {
			e.err = fmt.Errorf("compiling sugar.js: %w", e.err)
		}
	})
	return e.prog, e.err
}

// load runs Sugar once (see the top of this file). It throws into the
// calling script when Sugar cannot be loaded.
func (s *sugarState) load() {
	switch s.state {
	case sugarLoaded, sugarEager:
		return
	case sugarLoading:
		s.r.throw("Error", "courier: Sugar was needed while it was loading")
	}
	if s.onLoad != nil {
		s.onLoad()
	}
	s.state = sugarLoading
	release := s.r.wd.hold()
	defer release()
	start := time.Now()
	err := s.run()
	s.loadDur = time.Since(start)
	if err != nil {
		// run put the stubs back: the next call tries again
		s.state = sugarPending
		var ex *goja.Exception
		if errors.As(err, &ex) {
			s.r.throw("Error", "courier: loading Sugar failed: "+ex.Value().String())
		}
		rethrow(err) // an interrupt or a stack overflow, as it is
	}
	s.state = sugarLoaded
}

func (s *sugarState) run() error {
	vm := s.r.vm
	run, err := s.sugarFunc()
	if err != nil {
		return err
	}
	n := len(s.props)
	saved := make([]goja.Value, n) // each property's descriptor before the load (undefined: absent)
	ours := make([]bool, n)        // whether it still is what installSugar put there
	for i := range s.props {
		p := &s.props[i]
		d, err := s.gopd(goja.Undefined(), s.targets[i], vm.ToValue(p.name))
		if err != nil {
			return err
		}
		saved[i] = d
		if do, ok := d.(*goja.Object); ok {
			key := "value"
			if p.kind == sugarObject {
				key = "get"
			}
			ours[i] = do.Get(key).StrictEquals(s.put[i])
		}
	}
	// the built-ins as they were before Sugar ran
	var errs []error
	for i := range s.props {
		p := &s.props[i]
		if p.kind == sugarWrap {
			err = s.targets[i].DefineDataProperty(p.name, s.natives[i], flag(p.writable), flag(p.configurable), flag(p.enumerable))
		} else if !goja.IsUndefined(saved[i]) {
			err = s.targets[i].Delete(p.name)
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 {
		if err = run(); err != nil {
			errs = append(errs, err)
		}
	}
	// Sugar's functions; then every property the scripts changed, every
	// wrapper and every constant goes back, and on failure every stub.
	failed := len(errs) > 0
	for i := range s.props {
		p := &s.props[i]
		var real goja.Value
		if d, err := s.gopd(goja.Undefined(), s.targets[i], vm.ToValue(p.name)); err == nil {
			if do, ok := d.(*goja.Object); ok {
				real = do.Get("value")
			}
		}
		if !failed && (p.kind == sugarFn || p.kind == sugarSame || p.kind == sugarWrap) && real != nil {
			s.realF[i], _ = goja.AssertFunction(real)
		}
		switch {
		case !ours[i]:
			if goja.IsUndefined(saved[i]) {
				err = s.targets[i].Delete(p.name)
			} else {
				_, err = s.defProp(goja.Undefined(), s.targets[i], vm.ToValue(p.name), saved[i])
			}
		case failed || real == nil || p.kind == sugarWrap || p.kind == sugarJSON || p.kind == sugarNative:
			if p.kind == sugarObject {
				err = s.targets[i].DefineAccessorProperty(p.name, s.put[i], s.sets[i], flag(p.configurable), flag(p.enumerable))
			} else {
				err = s.targets[i].DefineDataProperty(p.name, s.put[i], flag(p.writable), flag(p.configurable), flag(p.enumerable))
			}
		default:
			err = nil // Sugar's own value stays
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return errs[0]
	}
	for _, pk := range s.peekers {
		if pk.target.Get(pk.name) == pk.put {
			_ = pk.target.DefineDataProperty(pk.name, pk.native, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	return nil
}
