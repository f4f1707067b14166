package jslib

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path"
	"reflect"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/courier-run/courier/scripting/internal/chaicore"
)

// allNames is the require() list from Postman's sandbox (see
// /work/shared/research/newman-reference.md), written out by hand, plus
// handlebars, which renders pm.visualizer templates as the Postman app does,
// and http-reasons, the SDK's status descriptions (both used internally).
var allNames = []string{
	"ajv", "assert", "atob", "backbone", "btoa", "buffer", "chai", "chai-postman",
	"cheerio", "crypto-js", "csv-parse/lib/sync", "events", "handlebars", "http-reasons", "lodash", "lodash3",
	"moment", "os", "path", "postman-collection", "punycode", "querystring",
	"stream", "string_decoder", "timers", "tv4", "url", "util", "uuid", "xml2js",
}

func TestNames(t *testing.T) {
	got := Names()
	if !reflect.DeepEqual(got, allNames) {
		t.Fatalf("Names() = %q\nwant %q", got, allNames)
	}
	// The result is a copy: changing it must not affect later calls.
	got[0] = "changed"
	if Names()[0] != "ajv" {
		t.Fatal("Names() returned shared state")
	}
}

func TestEveryBundleFileIsMapped(t *testing.T) {
	entries, err := bundleFS.ReadDir("bundles")
	if err != nil {
		t.Fatal(err)
	}
	mapped := map[string]bool{}
	for _, file := range bundleFiles {
		mapped[file] = true
	}
	for _, file := range vendorFiles {
		mapped[file] = true
	}
	for _, e := range entries {
		if !mapped[e.Name()] {
			t.Errorf("bundles/%s is embedded but no name maps to it", e.Name())
		}
		delete(mapped, e.Name())
	}
	for file := range mapped {
		t.Errorf("a name maps to bundles/%s, which is not embedded", file)
	}
}

func TestSource(t *testing.T) {
	tests := []struct {
		name     string
		wantOK   bool
		sameAs   string // when non-empty, the source must equal Source(sameAs)
		contains string // a fragment the bundle must contain
	}{
		{name: "lodash", wantOK: true, contains: "4.17.21"},
		{name: "lodash3", wantOK: true, contains: "3.10.2"},
		{name: "csv-parse/lib/sync", wantOK: true},
		{name: "chai-postman", wantOK: true, contains: "expected response to have status code #{exp} but got #{act}"},
		{name: "node:buffer", wantOK: true, sameAs: "buffer"},
		{name: "node:url", wantOK: true, sameAs: "url"},
		{name: "node:string_decoder", wantOK: true, sameAs: "string_decoder"},
		{name: "node:assert", wantOK: true, sameAs: "assert"},
		{name: "node:lodash", wantOK: false},
		{name: "node:", wantOK: false},
		{name: "node:node:buffer", wantOK: false},
		{name: "fs", wantOK: false},
		{name: "child_process", wantOK: false},
		{name: "csv-parse", wantOK: false},
		{name: "Lodash", wantOK: false},
		{name: "lodash.js", wantOK: false},
		{name: "csv-parse__lib__sync", wantOK: false},
		{name: "", wantOK: false},
		{name: "../bundles/lodash", wantOK: false},
		{name: "sugar", wantOK: false},
		{name: "sugar-props", wantOK: false},
		{name: "vendor:sugar", wantOK: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src, ok := Source(tc.name)
			if ok != tc.wantOK {
				t.Fatalf("Source(%q) ok = %v, want %v", tc.name, ok, tc.wantOK)
			}
			if !ok {
				if src != "" {
					t.Fatalf("Source(%q) returned text with ok = false", tc.name)
				}
				return
			}
			if len(src) < 100 {
				t.Fatalf("Source(%q) is only %d bytes", tc.name, len(src))
			}
			if tc.sameAs != "" {
				other, _ := Source(tc.sameAs)
				if src != other {
					t.Fatalf("Source(%q) differs from Source(%q)", tc.name, tc.sameAs)
				}
			}
			if tc.contains != "" && !strings.Contains(src, tc.contains) {
				t.Fatalf("Source(%q) lacks %q", tc.name, tc.contains)
			}
		})
	}
}

// TestManifest checks bundles/MANIFEST (written by js/build.mjs) against the
// embedded files: same names, same files, same SHA-256.
func TestManifest(t *testing.T) {
	f, err := os.Open("bundles/MANIFEST")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var names, vendorNames []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			t.Fatalf("malformed MANIFEST line %q", line)
		}
		name, file, sum := fields[0], fields[1], fields[2]
		if vendor, ok := strings.CutPrefix(name, "vendor:"); ok {
			vendorNames = append(vendorNames, vendor)
			if vendorFiles[vendor] != file {
				t.Errorf("MANIFEST maps %q to %q, package maps it to %q", name, file, vendorFiles[vendor])
				continue
			}
		} else {
			names = append(names, name)
			if bundleFiles[name] != file {
				t.Errorf("MANIFEST maps %q to %q, package maps it to %q", name, file, bundleFiles[name])
				continue
			}
		}
		data, err := bundleFS.ReadFile(path.Join("bundles", file))
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		h := sha256.Sum256(data)
		if got := hex.EncodeToString(h[:]); got != sum {
			t.Errorf("%s: sha256 %s, MANIFEST says %s", file, got, sum)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(names, allNames) {
		t.Errorf("MANIFEST names = %q\nwant %q", names, allNames)
	}
	if want := []string{"chai-assert", "chai-loupe", "console-teleport", "sugar", "sugar-props"}; !reflect.DeepEqual(vendorNames, want) {
		t.Errorf("MANIFEST vendor names = %q\nwant %q", vendorNames, want)
	}
}

// TestVendorSugar checks the shipped Sugar: its MIT licence header, the
// provenance line js/build.mjs writes, and the start and end of Sugar's
// module in postman-sandbox 4.7.1's bootcode (with Postman's modification).
func TestVendorSugar(t *testing.T) {
	src, ok := Vendor("sugar")
	if !ok {
		t.Fatal("Vendor(sugar) not found")
	}
	header := "/*\n *  Sugar Library vedge\n *\n *  Freely distributable and licensed under the MIT-style license.\n" +
		" *  Copyright (c) 2013 Andrew Plummer\n *  http://sugarjs.com/\n *\n * ---------------------------- */\n" +
		"/* Sugar as postman-sandbox 4.7.1 runs it: the body of its browserify module in .cache/bootcode.js (lib/vendor/sugar.js, minified) */\n" +
		"(function(e){(function(){!function(){"
	if !strings.HasPrefix(src, header) {
		t.Errorf("sugar.js starts %.400q", src)
	}
	for _, want := range []string{
		`f="Array,Boolean,Date,Function,Number,String,RegExp".split(",");f.forEach((function(e){l[e]||(l[e]=Function("return "+e)())}))`,
		`}).call(this)}).call(this,"undefined"!=typeof global?global:"undefined"!=typeof self?self:"undefined"!=typeof window?window:{})` + "\n",
	} {
		if !strings.Contains(src, want) {
			t.Errorf("sugar.js lacks %q", want)
		}
	}
	props, ok := Vendor("sugar-props")
	if !ok || !strings.Contains(props, "String.prototype\thas\t-wc\tfn\t1\thas\n") {
		t.Errorf("Vendor(sugar-props) = %.200q, %v", props, ok)
	}
	if _, ok := Vendor("lodash"); ok {
		t.Error("Vendor(lodash) found a module")
	}
}

// programs compiles each bundle at most once per test run.
type programs struct {
	t     *testing.T
	cache map[string]*goja.Program
}

func (p *programs) get(name string) (*goja.Program, error) {
	if prog, ok := p.cache[name]; ok {
		return prog, nil
	}
	src, ok := Source(name)
	if vendor, found := strings.CutPrefix(name, "vendor:"); found {
		src, ok = Vendor(vendor) // one of chai's lazily loaded parts
	}
	if !ok {
		return nil, fmt.Errorf("Cannot find module '%s'", name)
	}
	params := "module, exports"
	if name == "chai" {
		params += ", __courier" // its hooks (see the package doc)
	}
	prog, err := goja.Compile(name, "(function ("+params+") {"+src+"\n})", false)
	if err != nil {
		p.t.Fatalf("compiling %s: %v", name, err)
	}
	p.cache[name] = prog
	return prog, nil
}

// testPrelude gives the runtime what every sandbox has and some libraries
// use: a setTimeout that only queues callbacks (run them with
// __runTimers()), needed by process.nextTick, and a console (ajv takes it as
// its default logger).
const testPrelude = `
var console = {log: function () {}, warn: function () {}, error: function () {}};
var __timers = [];
function setTimeout(fn) { __timers.push(fn); return __timers.length; }
function clearTimeout() {}
function __runTimers() { while (__timers.length > 0) { __timers.shift()(); } }
`

// newRuntime returns a fresh goja runtime with a test-only require() that
// runs a bundle in a (function (module, exports) {...}) wrapper the first
// time a name is required and caches its module.exports.
func newRuntime(t *testing.T, progs *programs) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	if _, err := vm.RunString(testPrelude); err != nil {
		t.Fatal(err)
	}
	loaded := map[string]goja.Value{}
	var require func(call goja.FunctionCall) goja.Value
	require = func(call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		if v, ok := loaded[name]; ok {
			return v
		}
		prog, err := progs.get(name)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		wrapper, err := vm.RunProgram(prog)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		fn, ok := goja.AssertFunction(wrapper)
		if !ok {
			panic(vm.NewTypeError("bundle %s is not a function", name))
		}
		module := vm.NewObject()
		exports := vm.NewObject()
		if err := module.Set("exports", exports); err != nil {
			panic(vm.NewGoError(err))
		}
		// (chai's hooks keep chai's own functions here, and load its
		// lazily loaded parts through this require)
		hooks := chaicore.PlainHooks(vm).ToObject(vm)
		_ = hooks.Set("lazy", func(call goja.FunctionCall) goja.Value {
			return require(goja.FunctionCall{Arguments: []goja.Value{vm.ToValue("vendor:" + call.Argument(0).String())}})
		})
		if _, err := fn(exports, module, exports, hooks); err != nil {
			panic(vm.NewGoError(fmt.Errorf("loading %s: %w", name, err)))
		}
		v := module.Get("exports")
		loaded[name] = v
		return v
	}
	if err := vm.Set("require", require); err != nil {
		t.Fatal(err)
	}
	return vm
}

// TestBundlesRunInGoja loads every bundle in a fresh runtime and runs one
// hand-checked smoke script per library. Each script's completion value is
// compared with the expected string.
func TestBundlesRunInGoja(t *testing.T) {
	const uuidRE = `/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/`
	tests := []struct {
		name   string // the module under test (or a label for a cross-bundle check)
		script string
		want   string
	}{
		{
			name: "lodash",
			script: `var _ = require('lodash');
				[JSON.stringify(_.chunk([1, 2, 3, 4, 5], 2)), _.VERSION, typeof globalThis._].join('|')`,
			want: `[[1,2],[3,4],[5]]|4.17.21|undefined`,
		},
		{
			name: "lodash3",
			// _.pluck exists in lodash 3 only.
			script: `var _ = require('lodash3');
				[JSON.stringify(_.pluck([{a: 1}, {a: 2}], 'a')), _.VERSION, typeof globalThis._].join('|')`,
			want: `[1,2]|3.10.2|undefined`,
		},
		{
			name: "moment",
			// 2024-02-29 is a Thursday. Locales are not bundled: switching to
			// one keeps English (its require() is caught inside moment).
			script: `var moment = require('moment');
				[moment.utc('2024-02-29T13:45:30Z').format('dddd, MMMM Do YYYY, h:mm:ss a'),
				 moment.utc(0).toISOString(), moment.version, moment.locale('fr')].join('|')`,
			want: `Thursday, February 29th 2024, 1:45:30 pm|1970-01-01T00:00:00.000Z|2.30.1|en`,
		},
		{
			name: "crypto-js",
			// RFC 4231 test case 2; RFC 1321 MD5("").
			script: `var C = require('crypto-js');
				[C.HmacSHA256('what do ya want for nothing?', 'Jefe').toString(), C.MD5('').toString(),
				 C.enc.Base64.stringify(C.enc.Utf8.parse('hi'))].join('|')`,
			want: `5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843|d41d8cd98f00b204e9800998ecf8427e|aGk=`,
		},
		{
			name: "chai",
			script: `var chai = require('chai');
				chai.expect({a: [1, 2]}).to.deep.equal({a: [1, 2]});
				var msg = 'no error';
				try { chai.expect(200).to.equal(201); } catch (e) { msg = e.name + ': ' + e.message; }
				msg`,
			want: `AssertionError: expected 200 to equal 201`,
		},
		{
			name: "chai-postman",
			script: `var chai = require('chai'), sdk = require('postman-collection');
				chai.use(require('chai-postman')(sdk, require('lodash'), require('ajv')));
				var response = new sdk.Response({code: 200, body: '{"a":1}'});
				chai.expect(response).to.have.status(200);
				chai.expect(response).to.have.status('OK');
				chai.expect(response).to.have.jsonBody('a', 1);
				var msg = 'no error';
				try { chai.expect(response).to.have.status(404); } catch (e) { msg = e.name + ': ' + e.message; }
				// pm.response.to... as postman-sandbox wires it.
				Object.defineProperty(response, 'to', {get: function () { return chai.expect(this).to; }});
				response.to.be.ok;
				response.to.not.have.status(404);
				var msg2 = 'no error';
				try { response.to.have.header('X-Missing'); } catch (e) { msg2 = e.message; }
				[msg, msg2].join('|')`,
			want: `AssertionError: expected response to have status code 404 but got 200|expected response to have header with key 'X-Missing'`,
		},
		{
			name: "postman-collection",
			script: `var sdk = require('postman-collection');
				var r = new sdk.Response({code: 200, body: '{"a":1}'});
				[JSON.stringify(r.json()), r.code, r.reason(), ` + uuidRE + `.test(r.id),
				 new sdk.Url('https://example.com/a/b?x=1&y=2').getPathWithQuery()].join('|')`,
			want: `{"a":1}|200|OK|true|/a/b?x=1&y=2`,
		},
		{
			name: "tv4",
			script: `var tv4 = require('tv4');
				var schema = {type: 'object', properties: {a: {type: 'integer'}}, required: ['a']};
				[tv4.validate({a: 1}, schema), tv4.validate({a: 'x'}, schema), tv4.error.message, tv4.error.dataPath].join('|')`,
			want: `true|false|Invalid type: string (expected integer)|/a`,
		},
		{
			name: "ajv",
			script: `var Ajv = require('ajv');
				var validate = new Ajv({allErrors: true}).compile(
					{type: 'object', properties: {a: {type: 'integer'}}, required: ['a']});
				[validate({a: 1}), validate({a: 'x'}), validate.errors[0].dataPath, validate.errors[0].message].join('|')`,
			want: `true|false|.a|should be integer`,
		},
		{
			name: "cheerio",
			script: `var $ = require('cheerio').load('<ul><li class="x">one</li><li>two</li></ul>');
				[$('li.x').text(), $('li').length, $('li').last().text()].join('|')`,
			want: `one|2|two`,
		},
		{
			name: "xml2js",
			// parseString calls back synchronously (no timers run here).
			script: `var xml2js = require('xml2js'), out = 'not called';
				xml2js.parseString('<r id="7"><i>1</i><i>2</i></r>', function (err, res) {
					out = err ? 'error: ' + err.message : JSON.stringify(res);
				});
				var built = new xml2js.Builder({headless: true, renderOpts: {pretty: false}}).buildObject({a: {b: 'c'}});
				[out, built].join('|')`,
			want: `{"r":{"$":{"id":"7"},"i":["1","2"]}}|<a><b>c</b></a>`,
		},
		{
			name: "csv-parse/lib/sync",
			script: `var parse = require('csv-parse/lib/sync');
				[JSON.stringify(parse('a,"b,c",d\n1,2,3\n')),
				 JSON.stringify(parse('a,"b,c"\n1,2\n', {columns: true}))].join('|')`,
			want: `[["a","b,c","d"],["1","2","3"]]|[{"a":"1","b,c":"2"}]`,
		},
		{
			name: "uuid",
			script: `var uuid = require('uuid'), re = ` + uuidRE + `;
				var a = uuid(), b = uuid.v4();
				[re.test(a), re.test(b), a !== b, typeof uuid.v1].join('|')`,
			want: `true|true|true|undefined`,
		},
		{
			name: "atob",
			// "4pyT" is base64 of the UTF-8 bytes of U+2713.
			script: `var atob = require('atob');
				[atob('aGk='), Array.prototype.map.call(atob('4pyT'), function (c) { return c.charCodeAt(0); }).join(',')].join('|')`,
			want: `hi|226,156,147`,
		},
		{
			name: "btoa",
			script: `var btoa = require('btoa');
				[btoa('hi'), btoa(String.fromCharCode(226, 156, 147))].join('|')`,
			want: `aGk=|4pyT`,
		},
		{
			name: "backbone",
			script: `var Backbone = require('backbone');
				var m = new Backbone.Model({a: 1}), changes = [];
				m.on('change:a', function (model, v) { changes.push(v); });
				m.set('a', 2);
				var c = new Backbone.Collection([{id: 1}, {id: 2}]);
				[m.get('a'), changes.join(','), c.length, c.get(2).id, Backbone.VERSION].join('|')`,
			want: `2|2|2|2|1.6.0`,
		},
		{
			name: "buffer",
			script: `var Buffer = require('buffer').Buffer;
				[Buffer.from('hi').toString('base64'), Buffer.from('aGk=', 'base64').toString(),
				 Buffer.byteLength('\u20ac'), Buffer.from([1, 2, 255]).toString('hex')].join('|')`,
			want: `aGk=|hi|3|0102ff`,
		},
		{
			// With a global Buffer set to the buffer bundle's Buffer before
			// other bundles load, they use it: instanceof holds across bundles.
			name: "global Buffer shared by bundles",
			script: `Buffer = require('buffer').Buffer;
				var parse = require('csv-parse/lib/sync'), btoa = require('btoa');
				[JSON.stringify(parse(Buffer.from('a,b\n1,2\n'))), btoa(Buffer.from([226, 156, 147]))].join('|')`,
			want: `[["a","b"],["1","2"]]|4pyT`,
		},
		{
			name: "handlebars",
			script: `var H = require('handlebars');
				H.compile('<b>{{name}}</b>{{#each items}}[{{this}}]{{/each}}')({name: '<x>', items: [1, 2]})`,
			want: `<b>&lt;x&gt;</b>[1][2]`,
		},
		{
			name:   "http-reasons",
			script: `var r = require('http-reasons').lookup(404); r.name + '|' + r.detail.slice(0, 38)`,
			want:   `Not Found|The requested resource could not be fo`,
		},
		{
			name: "events",
			script: `var EventEmitter = require('events'), e = new EventEmitter(), got = [];
				e.on('x', function (a, b) { got.push(a + b); });
				e.once('x', function (a) { got.push('once' + a); });
				e.emit('x', 1, 2); e.emit('x', 3, 4);
				[got.join(','), e.listenerCount('x'), EventEmitter.EventEmitter === EventEmitter].join('|')`,
			want: `3,once1,7|1|true`,
		},
		{
			name: "util",
			script: `var util = require('util');
				[util.format('%s=%d %j', 'a', 1, {b: 2}), util.inspect({a: [1, 'x']}), util.isArray([])].join('|')`,
			want: `a=1 {"b":2}|{ a: [ 1, 'x' ] }|true`,
		},
		{
			name: "path",
			script: `var p = require('path');
				[p.join('/a/b', '../c', 'd.txt'), p.extname('x/y.tar.gz'), p.basename('/a/b.txt', '.txt'),
				 p.dirname('/a/b/c'), p.normalize('a//b/../c/'), p.sep].join('|')`,
			want: `/a/c/d.txt|.gz|b|/a/b|a/c/|/`,
		},
		{
			name: "url",
			script: `var url = require('url');
				var u = url.parse('http://user:pw@Example.com:8080/p/a?x=1&y=2#h', true);
				[u.protocol, u.auth, u.hostname, u.port, u.pathname, u.search, u.query.y, u.hash,
				 url.resolve('http://a.com/b/c', '../d')].join('|')`,
			want: `http:|user:pw|example.com|8080|/p/a|?x=1&y=2|2|#h|http://a.com/d`,
		},
		{
			name: "querystring",
			script: `var qs = require('querystring');
				[qs.stringify({a: '1 2', b: ['x', 'y']}), JSON.stringify(qs.parse('a=1&a=2&b=%20c'))].join('|')`,
			want: `a=1%202&b=x&b=y|{"a":["1","2"],"b":" c"}`,
		},
		{
			name: "string_decoder",
			// U+20AC is E2 82 AC in UTF-8, split across two writes.
			script: `var StringDecoder = require('string_decoder').StringDecoder, Buffer = require('buffer').Buffer;
				var d = new StringDecoder('utf8');
				JSON.stringify([d.write(Buffer.from([0xE2, 0x82])), d.write(Buffer.from([0xAC])), d.end()])`,
			want: `["","` + "\u20ac" + `",""]`,
		},
		{
			name: "punycode",
			script: `var punycode = require('punycode');
				[punycode.toASCII('ma\u00f1ana.com'), punycode.toUnicode('xn--maana-pta.com') === 'ma\u00f1ana.com', punycode.version].join('|')`,
			want: `xn--maana-pta.com|true|1.4.1`,
		},
		{
			name: "stream",
			script: `var stream = require('stream'), out = '', finished = false;
				var w = new stream.Writable({write: function (chunk, enc, cb) { out += chunk.toString(); cb(); }});
				w.on('finish', function () { finished = true; });
				w.write('ab'); w.end('c');
				__runTimers();
				var r = new stream.Readable({read: function () {}});
				r.push('xy'); r.push(null);
				[out, finished, r.read().toString()].join('|')`,
			want: `abc|true|xy`,
		},
		{
			name: "timers",
			// setImmediate falls back to process.nextTick (the queued
			// setTimeout); setTimeout forwards to the runtime's own.
			script: `var timers = require('timers'), ran = false, seen = null;
				timers.setImmediate(function () { ran = true; });
				__runTimers();
				setTimeout = function (fn, ms) { seen = [this === globalThis, ms]; return 42; };
				var h = timers.setTimeout(function () {}, 25);
				[ran, JSON.stringify(seen), h._id].join('|')`,
			want: `true|[true,25]|42`,
		},
		{
			name: "assert",
			script: `var assert = require('assert'), msg = 'no error';
				assert.deepStrictEqual({a: [1]}, {a: [1]});
				try { assert.strictEqual(1, 2); } catch (e) { msg = [e.name, e.code, JSON.stringify(e.message)].join('|'); }
				msg`,
			want: `AssertionError|ERR_ASSERTION|"Expected values to be strictly equal:\n\n1 !== 2\n"`,
		},
		{
			name: "os",
			script: `var os = require('os');
				[os.platform(), os.EOL === '\n', os.type(), os.tmpdir()].join('|')`,
			want: `browser|true|Browser|/tmp`,
		},
	}

	progs := &programs{t: t, cache: map[string]*goja.Program{}}
	tested := map[string]bool{}
	for _, tc := range tests {
		tested[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			vm := newRuntime(t, progs)
			before, err := vm.RunString(`Object.getOwnPropertyNames(globalThis)`)
			if err != nil {
				t.Fatal(err)
			}
			if err := vm.Set("__before", before); err != nil {
				t.Fatal(err)
			}
			// Direct eval inside a function keeps the script's top-level
			// vars out of the global object and returns its completion value.
			fn, err := vm.RunString(`(function (src) { return eval(src); })`)
			if err != nil {
				t.Fatal(err)
			}
			call, _ := goja.AssertFunction(fn)
			got, err := call(goja.Undefined(), vm.ToValue(tc.script))
			if err != nil {
				t.Fatalf("script failed: %v", err)
			}
			if got.String() != tc.want {
				t.Errorf("got  %q\nwant %q", got.String(), tc.want)
			}
			// Loading a library must not add globals.
			leaked, err := vm.RunString(`(function () {
				var mine = ['Buffer', 'console', '__before', '__timers', 'setTimeout', 'clearTimeout', '__runTimers', 'require'];
				return Object.getOwnPropertyNames(globalThis).filter(function (n) {
					return __before.indexOf(n) < 0 && mine.indexOf(n) < 0;
				}).join(',');
			})()`)
			if err != nil {
				t.Fatal(err)
			}
			if leaked.String() != "" {
				t.Errorf("new globals after the script: %s", leaked)
			}
		})
	}
	for _, name := range allNames {
		if !tested[name] {
			t.Errorf("no smoke test for %q", name)
		}
	}
}
