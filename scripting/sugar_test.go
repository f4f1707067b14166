package scripting

import (
	"context"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/courier-run/courier/scripting/jslib"
)

// sugarShow renders a value deterministically without calling anything
// Sugar changes (plain loops, no map/keys).
const sugarShow = `(function () {
	var toStr = Object.prototype.toString, has = Object.prototype.hasOwnProperty;
	function show(v, depth) {
		if (v === undefined) { return 'undefined'; }
		if (v === null) { return 'null'; }
		var t = typeof v;
		if (t === 'number') { return (v === 0 && 1 / v < 0) ? '-0' : String(v); }
		if (t === 'string') { return JSON.stringify(v); }
		if (t === 'boolean') { return String(v); }
		if (t === 'symbol') { return v.toString(); }
		if (t === 'function') { return 'function ' + v.name + '/' + v.length; }
		var cls = toStr.call(v);
		if (cls === '[object Date]') { return 'Date(' + (isNaN(v.getTime()) ? 'Invalid' : Date.prototype.toISOString.call(v)) + ')'; }
		if (cls === '[object RegExp]') { return String(v); }
		if (depth > 4) { return '...'; }
		var out = [], k;
		if (Array.isArray(v)) {
			for (k = 0; k < v.length; k++) { out.push(show(v[k], depth + 1)); }
			return '[' + out.join(',') + ']';
		}
		for (k in v) { if (has.call(v, k)) { out.push(k + ':' + show(v[k], depth + 1)); } }
		return cls + '{' + out.join(',') + '}';
	}
	return show;
})()`

// sugarEval runs body (statements ending in a return) as a function and
// renders its value or what it threw.
func sugarEval(t *testing.T, rt *runtime, body string) string {
	t.Helper()
	src := "(function (show) { try { return 'ok ' + show((function () {" + body +
		"\n})(), 0); } catch (e) { return 'throw ' + (e && e.name) + ': ' + (e && e.message); } })(" + sugarShow + ")"
	v, err := rt.vm.RunString(src)
	if err != nil {
		t.Fatalf("%s: %v", body, err)
	}
	return v.String()
}

func newSugarRuntime(t testing.TB, eager bool) *runtime {
	t.Helper()
	rt := New(newFakeHost(), Options{Lib: sharedLib, eagerSugar: eager}).(*runtime)
	if rt.initErr != nil {
		t.Fatal(rt.initErr)
	}
	return rt
}

// sugarCases are expressions whose results must be the same with Sugar run at
// start-up (as Newman does) and with courier's lazy Sugar. loads says
// whether the case needs Sugar itself: the others must not load it.
var sugarCases = []struct {
	body  string
	loads bool
	alone bool // changes the built-ins for the cases after it
	fresh bool // also run in a lazy runtime of its own (alone cases always are)
}{
	// added methods
	{`return "diabetes".has("betes")`, true, false, true},
	{`return "diabetes".has(/bet/)`, true, false, false},
	{`return "abc".has()`, true, false, false},
	{`return [1, 2, 3].any(2)`, true, false, false},
	{`return [1, 2, 3].none(4)`, true, false, false},
	{`return [1, 2, 3].average()`, true, false, false},
	{`return [1, 2, 3, 4].sum()`, true, false, false},
	{`return [5, 2, 9].min()`, true, false, false},
	{`return [5, 2, 9].max()`, true, false, false},
	{`return [{a: 1}, {a: 3}].max('a')`, true, false, false},
	{`return [1, 1, 2, 3, 3].unique()`, true, false, false},
	{`return [{k: 'x', v: 1}, {k: 'y', v: 2}, {k: 'x', v: 3}].groupBy('k')`, true, false, false},
	{`return [{n: 3}, {n: 1}, {n: 2}].sortBy('n')`, true, false, false},
	{`return [[1, [2]], 3].flatten()`, true, false, false},
	{`return [1, 2, 3].first(2).concat([1, 2, 3].last())`, true, false, false},
	{`return (255).hex()`, true, false, false},
	{`return [(4).isEven(), (3).isOdd()]`, true, false, false},
	{`return [(1).ordinalize(), (2).ordinalize(), (11).ordinalize(), (23).ordinalize()]`, true, false, false},
	{`return (1234567.891).format(2)`, true, false, true},
	{`return (3.14159).round(2)`, true, false, false},
	{`return (5).pad(3)`, true, false, false},
	{`return "hello_world".camelize()`, true, false, false},
	{`return "helloWorld".spacify()`, true, false, false},
	{`return "abc".shift(1)`, true, false, false},
	{`return "hello world".capitalize(true)`, true, false, false},
	{`var n = 0; var f = (function () { return ++n; }).once(); f(); f(); return n`, true, false, true},
	{`return [Object.has({a: 1}, 'a'), Object.size({a: 1, b: 2})]`, true, false, false},
	{`return Object.merge({a: 1}, {b: 2})`, true, false, false},
	{`return Object.extended({a: 1}).keys()`, true, false, false},
	{`return Date.create('2020-01-15').format('{yyyy}-{MM}-{dd}')`, true, false, true},
	{`return Date.create('2020-01-15').addDays(3).format('{Weekday} {d} {Month} {yyyy}')`, true, false, false},
	{`return [Date.create('today').isToday(), new Date(2001, 0, 1).isToday()]`, true, false, false},
	{`return Date.create('2020-02-30').isValid()`, true, false, false},
	{`return String.prototype.has.call(null, 'x')`, true, false, true},
	{`return Object.isArray([])`, false, false, false},
	{`return Object.isArray === Array.isArray`, false, false, false},
	{`return Date.prototype.getWeekday === Date.prototype.getDay`, false, false, false},
	{`return (1).years === (1).year && (1).year !== (1).days`, false, false, false},
	// matchers on wrapped natives
	{`return [1, 2, 3].filter(2)`, true, false, true},
	{`return ['a', 'bb'].map('length')`, true, false, false},
	{`return [[1, 2, 3].some(2), [1, 2, 3].every(1)]`, true, false, false},
	{`return [{a: 1}, {a: 2}].filter({a: 1})`, true, false, false},
	{`return ['ab', 'cd'].filter(/c/)`, true, false, false},
	{`return [1, 2].map(async function (x) { return x; })`, true, false, false},
	{`return ["abc".startsWith(/a/), "abc".endsWith(/c/), "abc".startsWith("A", 0, false)]`, true, false, true},
	{`var out = []; var r = Object.keys({a: 1, b: 2}, function (k, v) { out.push(k + v); }); return [r, out]`, true, false, true},
	{`return Object.extend()`, true, true, false},
	// natives through the wrappers
	{`return [1, 2, 3].map(function (x) { return x * 2; })`, false, false, false},
	{`return [1, 2, 3].filter(function (x) { return x > 1; })`, false, false, false},
	{`return [[1, 2].some(function (x) { return x > 1; }), [1, 2].every(function (x) { return x > 1; })]`, false, false, false},
	{`return [].map()`, false, false, false},
	{`return [1].map(undefined)`, true, false, false},
	{`return Array.prototype.map.call(null, function (x) { return x; })`, false, false, false},
	{`return Array.prototype.map.call('ab', function (x) { return x + x; })`, false, false, false},
	{`return ["abc".startsWith("ab"), "abc".endsWith("bc"), "abc".startsWith("b", 1), "abc".endsWith("b", 2)]`, false, false, false},
	{`return String.prototype.startsWith.call(null, '[')`, false, false, false},
	{`return Object.keys({a: 1, b: 2})`, false, false, false},
	{`return Object.keys({a: 1}, 'x')`, false, false, false},
	{`return Object.keys(null)`, false, false, false},
	{`return ["  x  ".trim(), "  x  ".trimLeft(), "  x  ".trimRight(), "".trim(), "\u180e\u3000x\ufeff\u180e".trim()]`, false, false, false},
	{`return ["\u180e x".trimStart(), "x \u180e".trimEnd()]`, false, false, false},
	{`return String.prototype.trim.call(12)`, true, false, true},
	{`return String.prototype.trim.call(new String(' s '))`, true, false, false},
	{`return String.prototype.trimLeft.call(12)`, true, false, false},
	// names, lengths, descriptors, enumeration
	{`return [String.prototype.has.name, String.prototype.has.length, Number.prototype.format.length, Object.keys.name, Object.keys.length, Array.prototype.map.name, String.prototype.trim.name]`, false, false, false},
	{`return Object.getOwnPropertyDescriptor(String.prototype, 'has')`, false, false, false},
	{`return Object.getOwnPropertyDescriptor(Array, 'AlphanumericSortIgnoreCase')`, false, false, false},
	{`return Object.getOwnPropertyDescriptor(Date, 'utc')`, true, false, true},
	{`return Object.getOwnPropertyDescriptors(String).Inflector`, true, false, true},
	{`return Reflect.getOwnPropertyDescriptor(Array, 'SugarMethods').enumerable`, true, false, false},
	{`return typeof String.Inflector.plural`, true, false, true},
	{`return Object.keys(String)`, false, false, false},
	{`return Object.keys(Array)`, false, false, false},
	{`return Object.keys(Array.prototype).concat(Object.keys(String.prototype), Object.keys(Object.prototype))`, false, false, false},
	{`var k = []; for (var x in [1, 2]) { k.push(x); } for (x in 'ab') { k.push(x); } for (x in {a: 1}) { k.push(x); } return k`, false, false, false},
	{`return Object.getOwnPropertyNames(Number.prototype).join()`, false, false, false},
	{`return Object.getOwnPropertyNames(String.prototype).join()`, false, false, false},
	{`return Object.getOwnPropertyNames(Date).join()`, false, false, false},
	{`return Array.AlphanumericSortOrder.length + ' ' + Date.ISO8601_DATETIME`, false, false, false},
	{`return 'has' in String.prototype && 'any' in []`, false, false, false},
	// scripts' changes before the load survive it, as after Sugar in Newman
	{`String.prototype.has = function () { return 'mine'; };
		delete Array.prototype.sum;
		Array.prototype.map = function () { return 'mine'; };
		var eq = Array.AlphanumericSortEquivalents; eq.x = 'y';
		String.prototype.trimLeft = function () { return 'left'; };
		String.Inflector = 5;
		var f = String.prototype.camelize;
		return [' x '.trim(), [1].min(), 'x'.has('y'), typeof [].sum, [1].map(2), Array.AlphanumericSortEquivalents === eq && eq.x,
			String.Inflector, f === String.prototype.camelize, f.call('a_b'), String.prototype.camelize.call('a_b')]`, true, true, false},
	// (known difference: a Sugar method taken before the load still works but
	// is not === the one after it)
	{`var f = String.prototype.has; [1].sum(); return f.call('abc', 'b')`, true, false, true},
}

// TestSugarLazyMatchesEager evaluates the cases in runtimes with Sugar run at
// start-up (as Newman does) and in lazy ones; results must be the same.
//
//   - Every case runs in a fresh lazy runtime whose load is replaced by a
//     probe: a case must try to load Sugar exactly when it needs it, and the
//     ones that do not must give the eager result.
//   - Cases marked fresh or alone (one for each way a load is triggered, and
//     the ones that change built-ins) run in a fresh lazy runtime that loads
//     Sugar for real.
//   - The others run one after the other in one lazy runtime (Sugar loaded
//     part-way through), compared with one eager runtime.
func TestSugarLazyMatchesEager(t *testing.T) {
	eager := newSugarRuntime(t, true) // shared by the cases that change nothing
	defer eager.Close()
	seq := newSugarRuntime(t, false)
	defer seq.Close()
	for _, tc := range sugarCases {
		t.Run(tc.body, func(t *testing.T) {
			ref := eager
			if tc.alone {
				ref = newSugarRuntime(t, true)
				defer ref.Close()
			}
			want := sugarEval(t, ref, tc.body)

			probe := newSugarRuntime(t, false)
			defer probe.Close()
			tried := false
			probe.sugar.onLoad = func() {
				tried = true
				probe.throw("Error", "probe")
			}
			got := sugarEval(t, probe, tc.body)
			if tried != tc.loads {
				t.Errorf("lazy runtime tried to load Sugar: %v, want %v (result %s)", tried, tc.loads, got)
			}
			if !tc.loads && got != want {
				t.Errorf("lazy:  %s\neager: %s", got, want)
			}

			if tc.fresh || tc.alone {
				lazy := newSugarRuntime(t, false)
				defer lazy.Close()
				if got := sugarEval(t, lazy, tc.body); got != want {
					t.Errorf("lazy:  %s\neager: %s", got, want)
				}
				if loaded := lazy.sugar.state == sugarLoaded; loaded != tc.loads {
					t.Errorf("lazy runtime loaded Sugar: %v, want %v", loaded, tc.loads)
				}
			}
			if !tc.alone {
				if got := sugarEval(t, seq, tc.body); got != want {
					t.Errorf("in sequence, lazy:  %s\neager: %s", got, want)
				}
			}
		})
	}
	if seq.sugar.state != sugarLoaded {
		t.Error("the sequence did not load Sugar")
	}
}

// TestSugarInScripts runs legacy snippets as scripts: Sugar works inside
// them, the script goes on after a Sugar call, and loading Sugar does not
// count against the script's timeout.
func TestSugarInScripts(t *testing.T) {
	rt := New(newFakeHost(), Options{Lib: sharedLib}).(*runtime)
	defer rt.Close()
	ex := &Execution{Event: "test", Scripts: []Script{{Source: `
tests["Body matches string"] = responseBody.has("items");
tests["after " + [1, 2, 3].sum()] = true;
pm.test("filter " + JSON.stringify([1, 2, 3].filter(2)));
`, Location: "request R"}}, Item: Item{ID: "r", Name: "R"}, Request: testRequest(),
		Response: jsonResponse(200, "OK", `{"items":[]}`), Timeout: 30 * time.Millisecond}
	res, err := rt.Run(context.Background(), ex)
	if err != nil {
		t.Fatal(err)
	}
	want := "PASS filter [2]\nPASS Body matches string\nPASS after 6\n"
	if got := summary(res); got != want {
		t.Errorf("got\n%swant\n%s(Sugar loaded in %v)", got, want, rt.sugar.loadDur)
	}
	if rt.sugar.state != sugarLoaded {
		t.Errorf("Sugar state %d", rt.sugar.state)
	}
}

// TestSugarNotLoadedByTypicalScripts: courier's own sandbox code and the
// libraries a typical script uses never need Sugar itself.
func TestSugarNotLoadedByTypicalScripts(t *testing.T) {
	rt := New(newFakeHost(), Options{Lib: sharedLib}).(*runtime)
	defer rt.Close()
	ex := typicalExecution(typicalBody())
	ex.Scripts = append(ex.Scripts, Script{Source: `
var _ = require('lodash'), moment = require('moment'), CryptoJS = require('crypto-js');
pm.test('lodash', function () { pm.expect(_.map([1, 2], function (x) { return x + 1; })).to.eql([2, 3]); });
pm.test('moment', function () { pm.expect(moment.utc('2020-01-02').format('YYYY')).to.equal('2020'); });
pm.test('crypto', function () { pm.expect(CryptoJS.MD5('a').toString()).to.have.lengthOf(32); });
pm.test('headers', function () { pm.expect(pm.response.headers.get('Content-Type')).to.include('json'); });
pm.test('schema', function () { pm.expect(tv4.validate({a: 1}, {type: 'object'})).to.be.true; });
pm.environment.set('x', ' y '.trim());
console.log(pm.response.json(), [1, 2], {a: new Date(0)});
`, Location: "request R"})
	res, err := rt.Run(context.Background(), ex)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range res.Scripts {
		if s.Error != nil {
			t.Fatalf("script error %s: %s", s.Error.Name, s.Error.Message)
		}
		for _, tt := range s.Tests {
			if !tt.Passed {
				t.Errorf("%s failed: %v", tt.Name, tt.Error)
			}
		}
	}
	if rt.sugar.state != sugarPending {
		t.Errorf("Sugar was loaded (state %d)", rt.sugar.state)
	}
}

// BenchmarkSugarInstall is what lazy Sugar adds to every runtime's start-up.
func BenchmarkSugarInstall(b *testing.B) {
	rt := newSugarRuntime(b, false)
	defer rt.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := rt.installSugar(false); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSugarLoad is the first call that needs Sugar (the process has
// compiled sugar.js already).
func BenchmarkSugarLoad(b *testing.B) {
	warm := newSugarRuntime(b, false)
	warm.sugar.load()
	warm.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		rt := newSugarRuntime(b, false)
		b.StartTimer()
		if _, err := rt.vm.RunString(`"abc".has("b")`); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		rt.Close()
		b.StartTimer()
	}
}

// sugarPropsJS is js/build.mjs's sugarProps in two halves: snapshot() before
// Sugar runs, and diff(snapshot) after, returning sugar-props' lines.
const sugarPropsJS = `({
  snapshot: function () {
    var G = this, names = ['Object', 'Array', 'String', 'Number', 'Boolean', 'Date', 'Function', 'RegExp', 'Math', 'JSON'];
    var targets = [['global', G]];
    names.forEach(function (n) {
      targets.push([n, G[n]]);
      if (G[n].prototype) { targets.push([n + '.prototype', G[n].prototype]); }
    });
    var before = targets.map(function (t) { return Object.getOwnPropertyDescriptors(t[1]); });
    var natives = new Map();
    targets.forEach(function (t, i) {
      Object.getOwnPropertyNames(before[i]).forEach(function (k) {
        var v = before[i][k].value;
        if (typeof v === 'function' && !natives.has(v)) { natives.set(v, t[0] + '.' + k); }
      });
    });
    return { targets: targets, before: before, natives: natives };
  },
  diff: function (snap) {
    var targets = snap.targets, before = snap.before, natives = snap.natives;
    function plain(v) {
      if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') { return true; }
      if (typeof v !== 'object') { return false; }
      var proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== Array.prototype) { return false; }
      return Object.getOwnPropertyNames(v).every(function (k) {
        var d = Object.getOwnPropertyDescriptor(v, k);
        return (Array.isArray(v) && k === 'length') || (d.enumerable && 'value' in d && plain(d.value));
      });
    }
    var out = [], made = new Map();
    targets.forEach(function (t, i) {
      var b = before[i];
      Object.getOwnPropertyNames(t[1]).forEach(function (k) {
        var d = Object.getOwnPropertyDescriptor(t[1], k), was = b[k];
        if (was && Object.is(was.value, d.value) && was.get === d.get && was.set === d.set &&
            was.enumerable === d.enumerable && was.writable === d.writable && was.configurable === d.configurable) { return; }
        if (!('value' in d)) { out.push(t[0] + '.' + k + ': an accessor'); return; }
        var v = d.value, path = t[0] + '.' + k, line = [t[0], k, (d.enumerable ? 'e' : '-') + (d.writable ? 'w' : '-') + (d.configurable ? 'c' : '-')];
        if (typeof v === 'function') {
          if (was) { line.push('wrap', v.length, v.name); }
          else if (natives.has(v)) { line.push('native', natives.get(v)); }
          else if (made.has(v)) { line.push('same', made.get(v)); }
          else { made.set(v, path); line.push('fn', v.length, v.name); }
        } else if (plain(v)) {
          line.push('json', JSON.stringify(v));
        } else {
          line.push('object');
        }
        out.push(line.join('\t'));
      });
      Object.getOwnPropertyNames(b).forEach(function (k) {
        if (!Object.prototype.hasOwnProperty.call(t[1], k)) { out.push(t[0] + '.' + k + ': deleted'); }
      });
    });
    return out.join('\n');
  }
})`

// TestSugarPropsMatchGoja runs Sugar in goja as courier does and checks that
// it changes the built-ins exactly as sugar-props (recorded from V8) says:
// where goja's natives differ from V8's in a way Sugar tests, this fails.
func TestSugarPropsMatchGoja(t *testing.T) {
	vm := goja.New()
	rt := &runtime{vm: vm, lib: sharedLib}
	s := &sugarState{r: rt, global: vm.GlobalObject()}
	s.gopd, _ = goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("getOwnPropertyDescriptor"))
	s.defProp, _ = goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("defineProperty"))
	helpers, err := vm.RunString(sugarPropsJS)
	if err != nil {
		t.Fatal(err)
	}
	snapshot, _ := goja.AssertFunction(helpers.ToObject(vm).Get("snapshot"))
	diff, _ := goja.AssertFunction(helpers.ToObject(vm).Get("diff"))
	snap, err := snapshot(vm.GlobalObject())
	if err != nil {
		t.Fatal(err)
	}
	run, err := s.sugarFunc()
	if err != nil {
		t.Fatal(err)
	}
	if err := run(); err != nil {
		t.Fatal(err)
	}
	got, err := diff(goja.Undefined(), snap)
	if err != nil {
		t.Fatal(err)
	}
	src, _ := jslib.Vendor("sugar-props")
	var want []string
	for _, line := range strings.Split(src, "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			want = append(want, line)
		}
	}
	// Sugar's own properties come in Sugar's order; the natives it wraps
	// keep their places, which differ between goja and V8.
	order := func(lines []string) (own, wrapped []string) {
		for _, l := range lines {
			if strings.Contains(l, "\twrap\t") {
				wrapped = append(wrapped, l)
			} else {
				own = append(own, l)
			}
		}
		sort.Strings(wrapped)
		return own, wrapped
	}
	gotOwn, gotWrapped := order(strings.Split(got.String(), "\n"))
	wantOwn, wantWrapped := order(want)
	if !reflect.DeepEqual(gotOwn, wantOwn) || !reflect.DeepEqual(gotWrapped, wantWrapped) {
		gotSet := map[string]bool{}
		for _, l := range append(gotOwn, gotWrapped...) {
			gotSet[l] = true
		}
		for _, l := range want {
			if !gotSet[l] {
				t.Errorf("V8 only:   %s", l)
			}
			delete(gotSet, l)
		}
		for l := range gotSet {
			t.Errorf("goja only: %s", l)
		}
		if !t.Failed() {
			t.Errorf("Sugar's properties in another order")
		}
	}
}

// TestParseSugarProps: the embedded table parses, and malformed tables are
// errors, not panics.
func TestParseSugarProps(t *testing.T) {
	props, err := loadSugarProps()
	if err != nil {
		t.Fatal(err)
	}
	if len(props) < 400 {
		t.Fatalf("only %d properties", len(props))
	}
	src, _ := jslib.Vendor("sugar-props")
	for _, bad := range []struct{ line, err string }{
		{"String.prototype\tzz\t-wc\tfn\t1\n", "wrong number of fields"},
		{"String.prototype\tzz\t-w\tfn\t1\tzz\n", "malformed"},
		{"String.prototype\tzz\t-wc\tfn\tx\tzz\n", "bad length"},
		{"String.prototype\tzz\t-wc\tthing\n", "unknown kind"},
		{"String.prototype\tzz\t-wc\tsame\tString.prototype.nope\n", "unknown function"},
		{"String.prototype\tzz\t-wc\twrap\t0\t\n", "does not know how to wrap"},
		{"Date\tzz\t-wc\tjson\t{\"a\":\n", "EOF"},
		{"Date\tzz\t-wc\tjson\t1 2\n", "trailing data"},
		{"String.prototype\thas\t-wc\tfn\t1\thas\n", "listed twice"},
	} {
		if _, err := parseSugarProps(src + bad.line); err == nil || !strings.Contains(err.Error(), bad.err) {
			t.Errorf("parseSugarProps(... %q) = %v, want an error with %q", bad.line, err, bad.err)
		}
	}
	if _, err := parseSugarProps(strings.Replace(src, "\twrap\t", "\tfn\t", 1)); err == nil || !strings.Contains(err.Error(), "as wrapped") {
		t.Errorf("a table without one of the wraps: %v", err)
	}
}

func FuzzParseSugarProps(f *testing.F) {
	src, _ := jslib.Vendor("sugar-props")
	f.Add(src)
	f.Add("Date\tX\t-wc\tjson\t{\"a\":[1,{\"b\":null}]}\n")
	f.Fuzz(func(t *testing.T, src string) {
		props, err := parseSugarProps(src)
		if err != nil {
			return
		}
		var vm *goja.Runtime
		for _, p := range props {
			if p.kind == sugarJSON {
				if vm == nil {
					vm = goja.New()
				}
				p.data.value(vm)
			}
		}
	})
}

// TestSugarSeesNoSandboxGlobals: Sugar runs in postman-sandbox's context,
// whose global object has only the ECMAScript built-ins. courier's sandbox
// globals (pm, console, timers, btoa, ...) must stay invisible to it: while
// Sugar loads and while the cases run, no read of one may happen.
func TestSugarSeesNoSandboxGlobals(t *testing.T) {
	standard := map[string]bool{}
	for _, k := range goja.New().GlobalObject().GetOwnPropertyNames() {
		standard[k] = true
	}
	rt := newSugarRuntime(t, false)
	defer rt.Close()
	var extra []any
	for _, k := range rt.vm.GlobalObject().GetOwnPropertyNames() {
		if !standard[k] {
			extra = append(extra, k)
		}
	}
	if len(extra) < 10 {
		t.Fatalf("only %d sandbox globals: %v", len(extra), extra)
	}
	spy, err := rt.vm.RunString(`(function (names) {
		var G = globalThis, reads = [];
		names.forEach(function (name) {
			var d = Object.getOwnPropertyDescriptor(G, name);
			Object.defineProperty(G, name, {
				configurable: true, enumerable: d.enumerable,
				get: function () { reads.push(name); return d.get ? d.get.call(G) : d.value; },
				set: function (v) { if (d.set) { d.set.call(G, v); } else { d.value = v; } }
			});
		});
		return reads;
	})`)
	if err != nil {
		t.Fatal(err)
	}
	spyFn, _ := goja.AssertFunction(spy)
	reads, err := spyFn(goja.Undefined(), rt.vm.NewArray(extra...))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range sugarCases {
		if !tc.alone {
			sugarEval(t, rt, tc.body)
		}
	}
	if rt.sugar.state != sugarLoaded {
		t.Fatal("Sugar was not loaded")
	}
	if got := reads.Export(); len(got.([]any)) != 0 {
		t.Errorf("Sugar read sandbox globals: %v", got)
	}
}

// TestSugarLoadFailure: when Sugar cannot be loaded (here a script made a
// property Sugar defines non-configurable before the load) the call that
// needed it throws, the built-ins are as before, and the next call tries
// again.
func TestSugarLoadFailure(t *testing.T) {
	rt := newSugarRuntime(t, false)
	defer rt.Close()
	body := `Object.defineProperty(String.prototype, 'has', {value: function () { return 'frozen'; }, configurable: false});
		var out = [];
		try { [1].sum(); } catch (e) { out.push(e.name + ': ' + e.message); }
		out.push('x'.has('y'), typeof [].sum, [1, 2].filter(function (x) { return x > 1; }).length);
		try { [1].sum(); } catch (e) { out.push('again ' + e.name); }
		return out`
	want := `ok [` +
		`"Error: courier: loading Sugar failed: TypeError: Cannot delete property 'has' of [object String]",` +
		`"frozen","function",1,"again Error"]`
	if got := sugarEval(t, rt, body); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if rt.sugar.state != sugarPending {
		t.Errorf("state %d", rt.sugar.state)
	}
}

// TestParseSugarData: sugar-props' JSON values become the same values in
// goja, objects keeping their key order.
func TestParseSugarData(t *testing.T) {
	vm := goja.New()
	stringify, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	for _, tc := range []struct{ in, want string }{
		{`"abc"`, `"abc"`},
		{`"AaÁáÀà"`, `"AaÁáÀà"`},
		{`"a\"b\\c"`, `"a\"b\\c"`},
		{`"\u00e9\n"`, `"é\n"`},
		{`true`, `true`},
		{`false`, `false`},
		{`null`, `null`},
		{`1.5`, `1.5`},
		{`{"b":1,"a":[true,"x",{}],"é":"e"}`, `{"b":1,"a":[true,"x",{}],"é":"e"}`},
		{`[]`, `[]`},
	} {
		d, err := parseSugarData(tc.in)
		if err != nil {
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		got, err := stringify(goja.Undefined(), d.value(vm))
		if err != nil || got.String() != tc.want {
			t.Errorf("%s: got %v (%v), want %s", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{`"a`, `{"a":1`, `[1,]`, `1 2`, ``, "\"a\tb\""} {
		if _, err := parseSugarData(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
