package scripting

import (
	"context"
	"strings"
	"testing"

	"github.com/courier-run/courier/scripting/jslib"
)

// The pinned chai bundle calls every native hook once (js/build.mjs adds
// them to chai's source; a missing one would silently leave chai's slow
// JavaScript in place), and loads loupe and its assert interface lazily.
func TestChaiBundleHasHooks(t *testing.T) {
	src, ok := jslib.Source("chai")
	if !ok {
		t.Fatal("no chai bundle")
	}
	hooks := []string{"flag", "transferFlags", "proxify", "inspect", "init", "assert", "method", "property", "chainable"}
	for _, h := range hooks {
		if n := strings.Count(src, "__courier."+h+"("); n != 1 {
			t.Errorf("__courier.%s( is in the chai bundle %d times, want 1", h, n)
		}
	}
	// and the stubs of its two lazily loaded parts (loupe, chai.assert)
	for _, part := range []string{"chai-loupe", "chai-assert"} {
		if n := strings.Count(src, `__courier.lazy("`+part+`")`); n != 1 {
			t.Errorf("__courier.lazy(%q) is in the chai bundle %d times, want 1", part, n)
		}
	}
	if n := strings.Count(src, "__courier."); n != len(hooks)+2 {
		t.Errorf("%d hooks in the chai bundle, want %d", n, len(hooks)+2)
	}
}

// The native hooks are what a runtime uses, and plainChai runs chai's own
// functions (else TestChaiNativeMatchesChai would compare chai with itself).
func TestChaiHooksInstalled(t *testing.T) {
	const probe = `var u = require('chai').util, A = require('chai').Assertion;
	 var fns = [u.flag, u.transferFlags, u.proxify, u.inspect, A.prototype.assert,
	     Object.getOwnPropertyDescriptor(A.prototype, 'to').get, Object.getOwnPropertyDescriptor(A.prototype, 'lengthOf').get];
	 pm.test(fns.map(function (f) { return /native code/.test(Function.prototype.toString.call(f)) ? 'native' : 'js'; }).join());`
	plain := newLibrary(jslib.Source)
	plain.plainChai = true
	for _, tc := range []struct {
		lib  *Library
		want string
	}{
		{sharedLib, "native,native,native,native,native,native,native"},
		{plain, "js,js,js,js,js,js,js"},
	} {
		rt := New(newFakeHost(), Options{Lib: tc.lib})
		res, err := rt.Run(context.Background(), &Execution{Event: "test", Scripts: []Script{{Source: probe, Location: "request R"}},
			Item: Item{ID: "r", Name: "R"}, Request: testRequest(), Response: jsonResponse(200, "OK", `{}`)})
		rt.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Scripts) != 1 || len(res.Scripts[0].Tests) != 1 || res.Scripts[0].Tests[0].Name != tc.want {
			t.Errorf("plainChai=%v: got %+v, want a test named %q", tc.lib.plainChai, res.Scripts, tc.want)
		}
	}
}

// chaiProbes are scripts whose every observable outcome (test names,
// failures, messages, stacks, console output) must be the same with the
// native chai utilities as with chai's own JavaScript. Each runs in a fresh
// runtime pair.
var chaiProbes = []string{
	// passing chains
	`t('eq', () => pm.expect(1).to.equal(1));
	 t('eql', () => pm.expect({a: [1, {b: 2}]}).to.eql({a: [1, {b: 2}]}));
	 t('deepEq', () => pm.expect([1, 2]).to.deep.equal([1, 2]));
	 t('include', () => pm.expect('foobar').to.include('oba'));
	 t('includeArr', () => pm.expect([1, 2, 3]).to.include(2).and.not.include(5));
	 t('prop', () => pm.expect({a: {b: 1}}).to.have.property('a').that.has.property('b', 1));
	 t('nested', () => pm.expect({a: {b: [1, 2]}}).to.have.nested.property('a.b[1]', 2));
	 t('own', () => pm.expect({a: 1}).to.have.own.property('a'));
	 t('lengthOf', () => pm.expect([1, 2]).to.have.lengthOf(2));
	 t('lengthAbove', () => pm.expect('abc').to.have.length.above(2));
	 t('lengthChain', () => pm.expect([1, 2, 3]).to.have.length.within(1, 5));
	 t('typeA', () => pm.expect('x').to.be.a('string'));
	 t('typeAn', () => pm.expect([]).to.be.an('array').that.is.empty);
	 t('instanceOf', () => pm.expect(new Date()).to.be.instanceOf(Date));
	 t('oneOf', () => pm.expect(2).to.be.oneOf([1, 2]));
	 t('keys', () => pm.expect({a: 1, b: 2}).to.have.all.keys('a', 'b'));
	 t('anyKeys', () => pm.expect({a: 1, b: 2}).to.have.any.keys('a', 'z'));
	 t('members', () => pm.expect([1, 2, 3]).to.have.members([3, 2, 1]));
	 t('orderedMembers', () => pm.expect([1, 2]).to.have.ordered.members([1, 2]));
	 t('match', () => pm.expect('abc').to.match(/^a/));
	 t('string', () => pm.expect('abc').to.have.string('b'));
	 t('within', () => pm.expect(5).to.be.within(1, 10));
	 t('closeTo', () => pm.expect(1.5).to.be.closeTo(1, 0.6));
	 t('satisfy', () => pm.expect(3).to.satisfy(n => n > 2));
	 t('throw', () => pm.expect(() => { throw new TypeError('bad'); }).to.throw(TypeError, 'bad'));
	 t('respondTo', () => pm.expect([]).to.respondTo('push'));
	 t('exist', () => pm.expect(0).to.exist);
	 t('flags', () => pm.expect(true).to.be.true.and.not.false);
	 t('nullUndef', () => { pm.expect(null).to.be.null; pm.expect(undefined).to.be.undefined; });
	 t('nan', () => pm.expect(NaN).to.be.NaN);
	 t('finite', () => pm.expect(1).to.be.finite);
	 t('ok', () => pm.expect(1).to.be.ok);
	 t('above', () => pm.expect(5).to.be.above(1).and.below(10));
	 t('least', () => pm.expect(5).to.be.at.least(5).and.at.most(5));
	 t('increase', () => { var o = {n: 1}; pm.expect(() => { o.n++; }).to.increase(o, 'n').by(1); });
	 t('change', () => { var v = 1; pm.expect(() => { v = 2; }).to.change(() => v); });
	 t('sealed', () => pm.expect(Object.seal({})).to.be.sealed);
	 t('frozen', () => pm.expect(Object.freeze({})).to.be.frozen.and.extensible === undefined);
	 t('extensible', () => pm.expect({}).to.be.extensible);
	 t('empty', () => pm.expect('').to.be.empty);
	 t('arguments', () => pm.expect((function () { return arguments; })()).to.be.arguments);
	 t('deepInclude', () => pm.expect([{a: 1}]).to.deep.include({a: 1}));
	 t('deepOwnInclude', () => pm.expect({a: {b: 1}}).to.deep.own.include({a: {b: 1}}));
	 t('containSubset', () => pm.expect({a: 1, b: 2}).to.include({a: 1}));
	 t('should', () => { chai_ = require('chai'); pm.expect(chai_.should).to.be.a('function'); });
	 t('assertStyle', () => require('chai').assert.equal(1, 1));
	 t('expectFail', () => pm.expect.fail(1, 2, 'boom'));`,
	// failures and their messages
	`t('eq', () => pm.expect(1).to.equal(2));
	 t('notEq', () => pm.expect(1).to.not.equal(1));
	 t('eql', () => pm.expect({a: [1]}).to.eql({a: [2]}));
	 t('include', () => pm.expect('foobar').to.include('baz'));
	 t('includeNot', () => pm.expect([1, 2]).to.not.include(2));
	 t('prop', () => pm.expect({a: 1}).to.have.property('b'));
	 t('propVal', () => pm.expect({a: 1}).to.have.property('a', 2));
	 t('nested', () => pm.expect({a: {b: 1}}).to.have.nested.property('a.c'));
	 t('lengthOf', () => pm.expect([1, 2]).to.have.lengthOf(3));
	 t('lengthOfMsg', () => pm.expect([1, 2], 'my list').to.have.lengthOf(3));
	 t('lengthAbove', () => pm.expect('abc').to.have.length.above(5));
	 t('typeA', () => pm.expect(5).to.be.a('string'));
	 t('typeAMsg', () => pm.expect(5).to.be.a('string', 'custom'));
	 t('oneOf', () => pm.expect(5).to.be.oneOf([1, 2]));
	 t('keys', () => pm.expect({a: 1, b: 2}).to.have.all.keys('a'));
	 t('members', () => pm.expect([1, 2]).to.have.members([1, 3]));
	 t('match', () => pm.expect('abc').to.match(/^x/));
	 t('within', () => pm.expect(50).to.be.within(1, 10));
	 t('closeTo', () => pm.expect(2).to.be.closeTo(1, 0.5));
	 t('throwNone', () => pm.expect(() => {}).to.throw());
	 t('throwWrong', () => pm.expect(() => { throw new Error('x'); }).to.throw(TypeError));
	 t('true', () => pm.expect(false).to.be.true);
	 t('null', () => pm.expect(undefined).to.be.null);
	 t('exist', () => pm.expect(null).to.exist);
	 t('empty', () => pm.expect([]).to.not.be.empty);
	 t('above', () => pm.expect(5).to.be.above(10));
	 t('msg', () => pm.expect(1, 'custom msg').to.equal(2));
	 t('deepInclude', () => pm.expect([{a: 1}]).to.deep.include({a: 2}));
	 t('objInspect', () => pm.expect({a: [1, 2, {b: 'c'}], d: new Date(0)}).to.equal({}));
	 t('longArray', () => pm.expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).to.equal([]));
	 t('fail', () => pm.expect.fail('boom'));
	 t('satisfy', () => pm.expect(1).to.satisfy(function isBig(n) { return n > 2; }));
	 t('instanceOf', () => pm.expect({}).to.be.instanceOf(Date));
	 t('increase', () => { var o = {n: 1}; pm.expect(() => {}).to.increase(o, 'n'); });
	 t('assertStyle', () => require('chai').assert.equal(1, 2, 'assert msg'));
	 t('bareThrow', () => { pm.expect(1).to.equal(2); });
	 pm.test('uncaught in test', function () { pm.expect('a').to.have.lengthOf(3); });
	 pm.test('status', function () { pm.response.to.have.status(404); });
	 pm.test('header', function () { pm.response.to.have.header('X-Nope'); });
	 pm.test('notOk', function () { pm.response.to.not.be.ok; });`,
	// misspelt properties: chai's own errors
	`t('typo', () => pm.expect(1).to.be.tru);
	 t('typoMethod', () => pm.expect(1).to.equall(1));
	 t('typoFar', () => pm.expect(1).to.be.zzzzzzzzzz);
	 t('typoAfterMethod', () => pm.expect(1).to.equal.foo);
	 t('lengthGuard', () => pm.expect([1]).to.have.lengthOf.length);
	 t('lengthGuard2', () => pm.expect([1]).to.equal.length);
	 t('chainableTypo', () => pm.expect([1]).to.have.lengthOf.foo);
	 t('typoResponse', () => pm.response.to.have.statuss(200));
	 t('typoResponseProp', () => pm.response.to.be.okk);
	 t('index', () => pm.expect(1)[0]);
	 t('symbol', () => pm.expect(1)[Symbol.iterator] === undefined);
	 t('excludedThen', () => pm.expect(1).then === undefined);
	 t('excludedToJSON', () => JSON.stringify(pm.expect(1).toJSON));
	 t('flagsAccess', () => typeof pm.expect(1).__flags);
	 t('objAccess', () => pm.expect(5)._obj === 5);
	 t('methods', () => typeof pm.expect(1).__methods);
	 t('inOperator', () => ('to' in pm.expect(1)) && !('tru' in pm.expect(1)));
	 t('keysOf', () => Object.keys(pm.expect(1)).join());
	 t('instance', () => pm.expect(1) instanceof require('chai').Assertion);
	 t('typeofProxy', () => typeof pm.expect(1) + typeof pm.expect(1).to.equal);`,
	// configuration a script may change
	`var chai = require('chai');
	 chai.config.proxyExcludedKeys.push('tru');
	 t('excludedTypo', () => String(pm.expect(1).to.be.tru));
	 chai.config.proxyExcludedKeys = ['then'];
	 t('replacedExcluded', () => pm.expect(1).toJSON);
	 chai.config.proxyExcludedKeys = ['then', 'catch', 'inspect', 'toJSON'];
	 chai.config.useProxy = false;
	 t('noProxyTypo', () => String(pm.expect(1).to.be.tru));
	 t('noProxyEq', () => pm.expect(1).to.equal(2));
	 t('noProxyLen', () => pm.expect([1, 2]).to.have.lengthOf(2));
	 chai.config.useProxy = true;
	 t('proxyAgain', () => pm.expect(1).to.be.tru);
	 chai.config.truncateThreshold = 0;
	 t('noTruncate', () => pm.expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).to.equal([]));
	 chai.config.truncateThreshold = 40;
	 chai.config.includeStack = true;
	 t('includeStack', () => pm.expect(1).to.equal(2));
	 chai.config.includeStack = false;
	 chai.config.showDiff = false;
	 t('noDiff', () => pm.expect(1).to.equal(2));`,
	// plugins and chai's utilities used directly
	`var chai = require('chai');
	 chai.use(function (_chai, utils) {
	     _chai.Assertion.addProperty('foo', function () {
	         this.assert(utils.flag(this, 'object') === 'foo', 'expected #{this} to be foo', 'expected #{this} not to be foo');
	     });
	     _chai.Assertion.addMethod('twice', function (n) {
	         var obj = this._obj;
	         new _chai.Assertion(obj).to.equal(n * 2);
	     });
	     _chai.Assertion.addChainableMethod('pair', function (a) {
	         this.assert(utils.flag(this, 'object').length === 2 && this._obj[0] === a, 'expected pair starting #{exp}', 'no', a);
	     }, function () { utils.flag(this, 'paired', true); });
	     _chai.Assertion.overwriteMethod('equal', function (_super) {
	         return function (v) {
	             if (utils.flag(this, 'loose')) { return this.assert(this._obj == v, 'expected #{this} loosely #{exp}', 'no', v); }
	             return _super.apply(this, arguments);
	         };
	     });
	     _chai.Assertion.addProperty('loose', function () { utils.flag(this, 'loose', true); });
	     _chai.Assertion.overwriteProperty('ok', function (_super) {
	         return function () { utils.flag(this, 'sawOk', true); return _super.call(this); };
	     });
	 });
	 t('foo', () => pm.expect('foo').to.be.foo);
	 t('fooFail', () => pm.expect('bar').to.be.foo);
	 t('notFoo', () => pm.expect('foo').to.not.be.foo);
	 t('twice', () => pm.expect(4).to.twice(2));
	 t('twiceFail', () => pm.expect(5).to.twice(2));
	 t('pair', () => pm.expect([1, 2]).to.be.pair(1));
	 t('pairChain', () => pm.expect([1, 2]).to.be.pair.with.lengthOf(2));
	 t('pairFail', () => pm.expect([3, 2]).to.be.pair(1));
	 t('loose', () => pm.expect('1').to.be.loose.equal(1));
	 t('looseFail', () => pm.expect('2').to.be.loose.equal(1));
	 t('strict', () => pm.expect('1').to.equal(1));
	 t('okOverwritten', () => pm.expect(1).to.be.ok);
	 t('okOverwrittenFail', () => pm.expect(0).to.be.ok);
	 t('responseOk', () => pm.response.to.be.ok);
	 var u = chai.util;
	 t('utilFlag', () => { var o = {}; u.flag(o, 'x', 1); return u.flag(o, 'x') + ',' + Object.keys(o.__flags).join() + ',' + u.flag(o, 'y'); });
	 t('utilFlagUndef', () => { var o = {}; u.flag(o, 'x', undefined); return Object.keys(o.__flags).join() + ',' + ('x' in o.__flags); });
	 t('utilFlagPrim', () => u.flag(5, 'x'));
	 t('utilFlagNull', () => u.flag(null, 'x'));
	 t('utilFlagNumKey', () => { var o = {}; u.flag(o, 1, 'one'); return u.flag(o, '1'); });
	 t('utilFlagProto', () => { var o = {__flags: {a: 1}}; return u.flag(o, 'toString') === Object.prototype.toString; });
	 t('utilFlagStrFlags', () => { var o = {__flags: 'ab'}; u.flag(o, 'z', 1); return u.flag(o, 'length') + ',' + u.flag(o, 'z'); });
	 t('utilFlagFrozen', () => { var o = {__flags: Object.freeze({a: 1})}; u.flag(o, 'a', 2); return u.flag(o, 'a'); });
	 t('utilFlagSetter', () => { var seen = []; var o = {__flags: {set a(v) { seen.push(v); }}}; u.flag(o, 'a', 3); return seen.join(); });
	 t('utilFlagThrowingSetter', () => { var o = {__flags: {set a(v) { throw new RangeError('no ' + v); }}}; u.flag(o, 'a', 3); });
	 t('transfer', () => { var a = {}, b = {}; u.flag(a, 'x', 1); u.flag(a, 'object', 2); u.transferFlags(a, b, false); return JSON.stringify(b.__flags); });
	 t('transferAll', () => { var a = {}, b = {}; u.flag(a, 'x', 1); u.flag(a, 'object', 2); u.transferFlags(a, b); return JSON.stringify(b.__flags); });
	 t('transferInherited', () => { var a = {__flags: Object.create({inh: 1})}, b = {}; a.__flags.own = 2; u.transferFlags(a, b); return JSON.stringify(b.__flags) + Object.keys(b.__flags); });
	 t('transferPrim', () => u.transferFlags(1, {}));
	 t('transferPrimFlags', () => { var b = {}; u.transferFlags({__flags: 'xy'}, b); return JSON.stringify(b.__flags); });
	 t('proxify', () => { var p = u.proxify({a: 1}); return p.a; });
	 t('proxifyTypo', () => { var p = u.proxify({abc: 1}); return p.abd; });
	 t('proxifyNamed', () => { var p = u.proxify(function () {}, 'meth'); return p.nope; });
	 t('proxifyPrim', () => u.proxify(5));
	 t('proxifyNumName', () => { var p = u.proxify({}, 7); return p.x; });
	 t('addLengthGuard', () => u.addLengthGuard(function () {}, 'x', false).length);`,
	// chai's wrappers called in unusual ways, and replaced pieces
	`var chai = require('chai'), u = chai.util, A = chai.Assertion;
	 t('methodCallPrim', () => A.prototype.equal.call(5, 5));
	 t('methodCallObj', () => { var a = pm.expect(3); return A.prototype.equal.call(a, 3) === undefined; });
	 t('chainablePrim', () => { var f = pm.expect([1]).to.have.lengthOf; return f.call(5, 1); });
	 t('chainableApplyArgs', () => pm.expect([1, 2]).to.have.lengthOf.apply(null, [2]));
	 t('chainableCallOwn', () => typeof pm.expect([1]).to.have.lengthOf.call);
	 t('chainableName', () => pm.expect([1]).to.have.lengthOf.name);
	 t('chainableLengthProp', () => pm.expect([1]).to.have.lengthOf.length);
	 t('chainableAsProp', () => pm.expect([1, 2]).to.have.length.above(1).and.below(3));
	 t('chainableTwice', () => { var e = pm.expect([1]).to.have; return e.lengthOf === e.lengthOf; });
	 t('propertyGetterPrim', () => Object.getOwnPropertyDescriptor(A.prototype, 'to').get.call(5));
	 t('propertyGetterName', () => Object.getOwnPropertyDescriptor(A.prototype, 'to').get.name);
	 t('methodName', () => A.prototype.__methods ? 'has' : 'none');
	 t('assertPrim', () => A.prototype.assert.call(5, false, 'm', 'n'));
	 t('assertLen', () => A.prototype.assert.length + ',' + A.prototype.assert.name);
	 t('assertNegated', () => pm.expect(1).not.to.equal(2));
	 t('assertFalsy', () => pm.expect(0).to.be.ok);
	 t('customApply', () => {
	     A.addMethod('weird', function (n) { return 'w' + n; });
	     return pm.expect(1).to.weird(2);
	 });
	 t('methodReturningValue', () => { A.addMethod('give', function () { return 42; }); return pm.expect(1).give(); });
	 t('propertyReturningValue', () => { A.addProperty('gift', function () { return 'g'; }); return pm.expect(1).gift; });
	 t('overwriteChainable', () => {
	     A.overwriteChainableMethod('lengthOf', function (_super) {
	         return function (n) { u.flag(this, 'seen', n); return _super.apply(this, arguments); };
	     }, function (_super) { return function () { u.flag(this, 'chained', true); _super.call(this); }; });
	     var r = pm.expect([1, 2]).to.have.lengthOf(2);
	     return u.flag(r, 'seen') + ',' + u.flag(r, 'chained');
	 });
	 t('overwriteChainableFail', () => pm.expect([1, 2]).to.have.lengthOf(3));
	 t('replacedTest', () => { var orig = u.test; u.test = function () { return true; }; try { pm.expect(1).to.equal(2); return 'passed'; } finally { u.test = orig; } });
	 t('replacedApply', () => {
	     var m = function () { return 'direct'; };
	     m.apply = function (self, args) { return 'via apply ' + args.length; };
	     A.addMethod('applied', m);
	     return pm.expect(1).applied(1, 2);
	 });
	 t('replacedChainingCall', () => {
	     var beh = function () { u.flag(this, 'b', 1); };
	     beh.call = function () { return 'no'; };
	     A.addChainableMethod('chainy', function () { return u.flag(this, 'b'); }, beh);
	     return pm.expect(1).chainy();
	 });
	 t('replacedMethodApply', () => {
	     var mm = function () { return 'plain'; };
	     A.addChainableMethod('mchain', mm);
	     mm.apply = function (self, args) { return 'custom ' + Array.prototype.slice.call(args).join('+'); };
	     return pm.expect(1).mchain(4, 5);
	 });
	 t('assertionReplaced', () => { var orig = chai.Assertion; chai.Assertion = 5; try { return pm.expect(1).to.equal(1); } finally { chai.Assertion = orig; } });
	 t('assertionReplacedCtor', () => { var orig = chai.Assertion; chai.Assertion = function () { this.mine = 1; }; try { var r = orig.prototype.equal.call(new orig(1), 1); return r.mine + ',' + Object.keys(r.__flags); } finally { chai.Assertion = orig; } });`,
	// inspect (memoized for strings) and the constructor's body
	`var chai = require('chai'), u = chai.util;
	 var long = 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz';
	 t('inspectStr', () => u.inspect('length') + u.inspect('length') + u.inspect("it's \"q\"\n"));
	 t('inspectLong', () => u.inspect(long));
	 t('inspectArgs', () => u.inspect('x', true) + u.inspect('x', undefined, 0) + u.inspect('x', undefined, undefined, true));
	 t('inspectNonString', () => u.inspect(12) + u.inspect([1, 'a']) + u.inspect({a: 'b'}) + u.inspect(new String('s')));
	 t('propMsg', () => pm.expect({}).to.have.property(long));
	 chai.config.truncateThreshold = 10;
	 t('inspectTrunc', () => u.inspect(long) + u.inspect('length'));
	 t('inspectTruncEdges', () => ['12345678', '123456789', "1234567'", '\n\n\n\n\n', 'ab\ud83d\ude00cdefgh'].map(function (s) { return u.inspect(s); }).join(' '));
	 t('inspectTruncNumbers', () => [1234567890, 12345678901, 1.23456789012, -123456789.5, 1e21].map(function (n) { return u.inspect(n); }).join(' '));
	 [1, 1.5, 2, 2.5, 3, 3.7, -1].forEach(function (th) {
	     chai.config.truncateThreshold = th;
	     t('inspectThreshold ' + th, () => u.inspect('abcdef') + u.inspect('a') + u.inspect('') + u.inspect(123456) + u.inspect(7));
	 });
	 chai.config.truncateThreshold = 10;
	 t('propMsgTrunc', () => pm.expect({}).to.have.property(long));
	 chai.config.truncateThreshold = 0;
	 t('inspectNoTrunc', () => u.inspect(long));
	 chai.config.truncateThreshold = '12';
	 t('inspectStrTrunc', () => u.inspect(long));
	 chai.config.truncateThreshold = 40;
	 t('inspectAgain', () => u.inspect(long));
	 t('inspectMeta', () => u.inspect.name + u.inspect.length);
	 var specials = "a'b\"c\\d\b\t\n\v\f\r\x00\x1f\x7f\x9f\xa0\xad\u0600\u0604\u0605\u070f\u17b4\u17b5\u200b\u200c\u200f\u2028\u202f\u2060\u206f\u2070\ufeff\ufff0\uffff\ud83d\ude00\ud800é";
	 t('inspectSpecials', () => u.inspect(specials));
	 t('inspectSpecialsEach', () => specials.split('').map(function (ch) { return u.inspect(ch); }).join(' '));
	 t('inspectEmpty', () => u.inspect('') + u.inspect(' ') + u.inspect("'"));
	 t('inspectNumbers', () => [0, -0, 1, -1, 1.5, 0.1 + 0.2, 1e21, 1e-7, -1e-7, 123456789012345680000, NaN, Infinity, -Infinity, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE].map(function (n) { return u.inspect(n); }).join(' '));
	 t('inspectOthers', () => [true, null, undefined, 10n, Symbol('s'), new Number(3), [], {}].map(function (n) { return u.inspect(n); }).join(' '));
	 t('includeMsg', () => pm.expect('abc').to.include("x'y\n"));
	 t('includeNum', () => pm.expect([1, 2]).to.include(3));
	 t('propertyMsg', () => pm.expect({}).to.have.property('a\u2028b', 1));
	 t('callNoNew', () => { var r = chai.Assertion(5); return typeof r + ',' + typeof globalThis.__flags + ',' + u.flag(r, 'object'); });
	 t('newWithArgs', () => { var a = new chai.Assertion(7, 'm', null, true); return [u.flag(a, 'object'), u.flag(a, 'message'), typeof u.flag(a, 'ssfi'), u.flag(a, 'lockSsfi')].join(); });
	 t('deepEqualConfig', () => { chai.config.deepEqual = function (a, b) { return true; }; try { return pm.expect({a: 1}).to.eql({a: 2}); } finally { chai.config.deepEqual = null; } });
	 t('proxifyReplaced', () => { var orig = u.proxify; u.proxify = function (o) { o.wrapped = true; return o; }; try { return pm.expect(1).wrapped; } finally { u.proxify = orig; } });
	 t('ctorLength', () => chai.Assertion.length + chai.Assertion.name);`,
	// flags objects behave as null-prototype objects (same script run on one
	// that chai's utilities made and on a plain one)
	`var u = require('chai').util;
	 function ops(f) {
	     f.b = 1; f.a = 2; f['10'] = 'ten'; f['2'] = 'two'; f.c = undefined; f.a = 3; delete f.b; f['01'] = 'x';
	     var forIn = []; for (var k in f) { forIn.push(k); }
	     var d = Object.getOwnPropertyDescriptor(f, 'a');
	     return [Object.keys(f).join(), Object.getOwnPropertyNames(f).join(), forIn.join(), JSON.stringify(f),
	         Object.getPrototypeOf(f), 'c' in f, 'b' in f, Object.prototype.hasOwnProperty.call(f, 'c'),
	         d.value, d.writable, d.enumerable, d.configurable, typeof f, Object.prototype.toString.call(f),
	         Object.isExtensible(f), f.toString, Object.entries(f).length].join('|');
	 }
	 var o = {}; u.flag(o, 'z', 0); delete o.__flags.z;
	 var plain = Object.create(null);
	 t('flagsObject', () => ops(o.__flags));
	 t('plainObject', () => ops(plain));
	 t('assign', () => JSON.stringify(Object.assign({}, pm.expect(1).not.__flags, {x: 1})).length);
	 t('spread', () => Object.keys({...pm.expect([1]).to.have.__flags}).join());`,
	// how assertions print
	`console.log(pm.expect([1]).to.have.lengthOf, pm.expect(1).to.equal, require('chai').Assertion.prototype.equal);
	 console.log(Object.getOwnPropertyNames(pm.expect([1]).to.have.lengthOf).sort());
	 console.log(Object.getOwnPropertyNames(pm.expect(1).to.equal).sort());
	 console.log(Object.getOwnPropertyNames(Object.getOwnPropertyDescriptor(require('chai').Assertion.prototype, 'to').get).sort());
	 console.log(String(pm.expect(1).to.equal).length > 0, typeof pm.expect(1).to.equal.prototype, typeof pm.expect([1]).to.have.lengthOf.prototype);
	 console.log(pm.expect(1));
	 console.log(pm.expect([1, 2]).to.have.lengthOf(2));
	 console.log(pm.expect({a: 1}).to);
	 console.log(Object.keys(pm.expect(1).to.be.__flags));
	 var a = pm.expect(7).not;
	 console.log(Object.keys(a.__flags), a.__flags.negate, a.__flags.object);
	 t('str', () => String(pm.expect(1)));
	 t('json', () => JSON.stringify(pm.expect({a: 1})));
	 t('flagsObject', () => JSON.stringify(Object.keys(pm.expect(1).to.deep.__flags)));`,
	// async tests
	`pm.test('async', function (done) { setTimeout(function () { pm.expect(1).to.equal(2); done(); }, 1); });
	 pm.test('promise', function () { return Promise.resolve().then(function () { pm.expect([1]).to.have.lengthOf(2); }); });
	 pm.test('awaitAssertion', async function () { var x = await pm.expect(1).to.equal(1); pm.expect(x).to.be.an('object'); });`,
}

const chaiProbePrelude = `function t(label, f) {
	try {
		var v = f();
		pm.test(label + ' => ' + (v === undefined ? 'pass' : typeof v === 'object' && v !== null ? 'object' : String(v)));
	} catch (e) {
		pm.test(label + ' => ' + (e && e.name) + ': ' + (e && e.message));
	}
}
`

func renderProbe(res *Result, h *fakeHost) string {
	var b strings.Builder
	for _, s := range res.Scripts {
		for _, t := range s.Tests {
			b.WriteString(t.Name)
			if t.Error != nil {
				b.WriteString(" !! " + t.Error.Name + ": " + t.Error.Message + " @ " + t.Error.Stack)
			}
			b.WriteString("\n")
		}
		if s.Error != nil {
			b.WriteString("ERROR " + s.Error.Name + ": " + s.Error.Message + " @ " + s.Error.Stack + "\n")
		}
	}
	b.WriteString(h.consoleText())
	return b.String()
}

func TestChaiNativeMatchesChai(t *testing.T) {
	plain := newLibrary(jslib.Source)
	plain.plainChai = true
	for i, probe := range chaiProbes {
		var out [2]string
		for j, lib := range []*Library{sharedLib, plain} {
			h := newFakeHost()
			rt := New(h, Options{Lib: lib})
			ex := &Execution{Event: "test", Scripts: []Script{{Source: chaiProbePrelude + probe, Location: "request R"}},
				Item: Item{ID: "r", Name: "R"}, Request: testRequest(), Response: jsonResponse(200, "OK", `{"a":1}`)}
			res, err := rt.Run(context.Background(), ex)
			rt.Close()
			if err != nil {
				t.Fatal(err)
			}
			out[j] = renderProbe(res, h)
		}
		if out[0] != out[1] {
			gl, wl := strings.Split(out[0], "\n"), strings.Split(out[1], "\n")
			for k := 0; k < len(gl) || k < len(wl); k++ {
				var g, w string
				if k < len(gl) {
					g = gl[k]
				}
				if k < len(wl) {
					w = wl[k]
				}
				if g != w {
					t.Errorf("probe %d line %d:\nnative: %s\n chai:  %s", i, k+1, g, w)
				}
			}
		}
		if !strings.Contains(out[1], " => ") && !strings.Contains(out[1], "log:") && !strings.Contains(out[1], "!!") {
			t.Errorf("probe %d printed nothing:\n%s", i, out[1])
		}
	}
}

// Loading chai loads no buffer code (the chai bundle looks Buffer up when it
// first prints one, js/shims/node-globals-lazy.js), and chai still names a
// Buffer as Newman 6.2.2 prints it, with the host's Buffer or, when a script
// has replaced the global, the buffer bundle's.
func TestChaiBufferLookedUpOnUse(t *testing.T) {
	rt := New(newFakeHost(), Options{Lib: sharedLib})
	defer rt.Close()
	res := runIn(t, rt, "test", `pm.test('eq', function () { pm.expect(1).to.equal(1); });`, jsonResponse(200, "OK", `{}`))
	if got := summary(res); got != "PASS eq\n" {
		t.Fatalf("got %q", got)
	}
	if _, loaded := rt.(*runtime).modules["buffer"]; loaded {
		t.Error("loading chai loaded the buffer bundle")
	}
	const want = "FAIL buf | AssertionError: expected Buffer[ 97, 98 ] to equal 1\n" +
		"FAIL u8 | AssertionError: expected Uint8Array[ 1, 2 ] to equal 1\n" +
		"FAIL deep | AssertionError: expected { b: Buffer[ 97 ] } to deeply equal { b: 2 }\n"
	const probe = `pm.test('buf', function () { pm.expect(Buffer.from('ab')).to.equal(1); });
pm.test('u8', function () { pm.expect(new Uint8Array([1, 2])).to.equal(1); });
pm.test('deep', function () { pm.expect({b: Buffer.from('a')}).to.eql({b: 2}); });`
	if got := summary(runIn(t, rt, "test", probe, jsonResponse(200, "OK", `{}`))); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// the global Buffer replaced before chai's first use: require('buffer')'s
	rt2 := New(newFakeHost(), Options{Lib: sharedLib})
	defer rt2.Close()
	replaced := `var B = require('buffer').Buffer; Buffer = undefined;
pm.test('buf', function () { pm.expect(B.from('ab')).to.equal(1); });
pm.test('u8', function () { pm.expect(new Uint8Array([1, 2])).to.equal(1); });
pm.test('deep', function () { pm.expect({b: B.from('a')}).to.eql({b: 2}); });`
	if got := summary(runIn(t, rt2, "test", replaced, jsonResponse(200, "OK", `{}`))); got != want {
		t.Errorf("Buffer replaced: got\n%s\nwant\n%s", got, want)
	}
}

// chai's lazily loaded parts (loupe, chai.assert) stay unloaded while
// scripts only assert on strings and numbers and pass, and load when needed.
func TestChaiPartsLoadedWhenNeeded(t *testing.T) {
	rt := New(newFakeHost(), Options{Lib: sharedLib}).(*runtime)
	defer rt.Close()
	run := func(src string) string {
		t.Helper()
		ex := &Execution{Event: "test", Scripts: []Script{{Source: src, Location: "request R"}},
			Item: Item{ID: "r", Name: "R"}, Request: testRequest(), Response: jsonResponse(200, "OK", `{"a":[1,2],"s":"x@y"}`)}
		res, err := rt.Run(context.Background(), ex)
		if err != nil {
			t.Fatal(err)
		}
		return summary(res)
	}
	loaded := func() (loupe, assert bool) {
		_, loupe = rt.modules["vendor:chai-loupe"]
		_, assert = rt.modules["vendor:chai-assert"]
		return
	}
	got := run(`pm.test('t', function () {
		pm.response.to.have.status(200);
		pm.expect(pm.response.json().a).to.have.lengthOf(2);
		pm.expect(pm.response.json().s).to.include('@');
		pm.expect(pm.response.json()).to.have.property('s', 'x@y');
		pm.expect(12).to.equal(12);
	});
	pm.test('f', function () { pm.expect('a').to.equal('b'); });`)
	if got != "PASS t\nFAIL f | AssertionError: expected 'a' to equal 'b'\n" {
		t.Fatalf("results: %q", got)
	}
	if l, a := loaded(); l || a {
		t.Fatalf("loaded loupe %v, chai.assert %v after strings and numbers", l, a)
	}
	if got := run(`pm.test('o', function () { pm.expect({a: 1}).to.equal(1); });`); got != "FAIL o | AssertionError: expected { a: 1 } to equal 1\n" {
		t.Fatalf("results: %q", got)
	}
	if l, a := loaded(); !l || a {
		t.Fatalf("loaded loupe %v, chai.assert %v after printing an object", l, a)
	}
	if got := run(`pm.test('a', function () { require('chai').assert.deepEqual({a: [1]}, {a: [1]}); });`); got != "PASS a\n" {
		t.Fatalf("results: %q", got)
	}
	if _, a := loaded(); !a {
		t.Fatal("chai.assert not loaded after use")
	}
}
