// Builds one CommonJS bundle per module name that courier's script sandbox
// lets a script require(), into ../scripting/jslib/bundles, plus a MANIFEST
// (name, file, sha256). Every option is fixed and the files are written in
// sorted order, so `npm ci && node build.mjs` reproduces the committed bundles
// byte for byte.
//
// The chai bundle carries hooks into courier's native chai utilities, added
// to chai's source as it is bundled (see chaiHooks).
//
// It also writes the code Postman's sandbox runs before every script: Sugar.js
// as postman-sandbox 4.7.1 runs it (see sugarFromBootcode) and sugar-props.tsv,
// every property Sugar adds to or replaces on the built-ins when V8 runs it as
// postman-sandbox does, which courier's sandbox installs lazily.
//
// Usage: cd js && npm ci && node build.mjs

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as vm from 'node:vm';
import * as esbuild from 'esbuild';

const jsDir = dirname(fileURLToPath(import.meta.url));
const outDir = join(jsDir, '..', 'scripting', 'jslib', 'bundles');

// Module name as passed to require() -> entry file under entries/ (and bundle
// file name). Names containing '/' use '__' in the file name.
// extra: per-bundle additions to the common options below.
const CRYPTO_SHIM = 'shims/crypto.js';
const modules = [
  { name: 'ajv' },
  { name: 'assert' },
  { name: 'atob' },
  { name: 'backbone' },
  { name: 'btoa' },
  { name: 'buffer' },
  // chai looks Buffer up when it first uses it (shims/node-globals-lazy.js)
  { name: 'chai', plugins: [chaiHooks(), chaiLazyParts()], globals: 'shims/node-globals-lazy.js', define: { Buffer: 'nodeGlobals.Buffer' }, external: ['buffer'] },
  { name: 'chai-postman' },
  { name: 'cheerio' },
  { name: 'crypto-js' },
  { name: 'csv-parse/lib/sync' },
  { name: 'events' },
  { name: 'handlebars' },
  { name: 'http-reasons' },
  { name: 'lodash' },
  { name: 'lodash3' },
  { name: 'moment' },
  { name: 'os' },
  { name: 'path' },
  { name: 'postman-collection', inject: [CRYPTO_SHIM] },
  { name: 'punycode' },
  { name: 'querystring' },
  { name: 'stream' },
  { name: 'string_decoder' },
  // timers-browserify 1.x calls setTimeout/setInterval with `window` as this.
  { name: 'timers', define: { window: 'globalThis' } },
  { name: 'tv4' },
  { name: 'url' },
  { name: 'util' },
  { name: 'uuid', inject: [CRYPTO_SHIM] },
  { name: 'xml2js' },
];

function fileName(name) {
  return name.split('/').join('__') + '.js';
}

// Node built-in names resolve to the browserify polyfills that postman-sandbox
// bundles for them, wherever a library requires them.
const alias = {
  os: 'os-browserify',
  path: 'path-browserify',
  punycode: './node_modules/punycode/punycode.js',
  querystring: 'querystring-es3',
  stream: 'stream-browserify',
  timers: 'timers-browserify',
};

// The polyfills behind the injected shims count as side-effect free when
// imported from a shim, so a bundle only contains them if its code uses the
// injected global.
const pureShimImports = {
  name: 'pure-shim-imports',
  setup(build) {
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'pure' || !args.importer.includes(`${join(jsDir, 'shims')}/`)) {
        return undefined;
      }
      const result = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'pure',
      });
      if (result.errors.length > 0) {
        return { errors: result.errors };
      }
      if (result.external) {
        return { path: result.path, external: true };
      }
      return { path: result.path, sideEffects: false };
    });
  },
};

// chaiHooks edits chai's source files so that the bundle hands its hottest
// utilities to courier's native implementations (scripting/internal/chaicore).
// Each hook is a call `__courier.NAME(fn, ...)`, where fn is chai's own
// function, unchanged, and the other arguments are what the native version
// needs; the call returns the function chai then uses: the native version,
// or fn itself when courier runs chai's own JavaScript (a test compares the
// two). The Assertion constructor's hook instead returns its native body, or
// null. `__courier` is the fourth parameter of the function courier compiles
// the chai bundle into (scripting/library.go).
//
// The anchors are chai's own text around each hook, and every one must be
// there exactly once: a chai version that changes or moves a hooked function
// fails `make js` here rather than shipping natives written for other code.
// When that happens, compare chai's new code with scripting/internal/chaicore
// (which does what it does), then update both.
function chaiHooks() {
  // chai's copying loop in transferFlags, which the native version runs for
  // unusual flags objects (a prototype, primitives)
  const transferLoop = `  for (var flag in flags) {
    if (includeAll ||
        (flag !== 'object' && flag !== 'ssfi' && flag !== 'lockSsfi' && flag != 'message')) {
      object.__flags[flag] = flags[flag];
    }
  }
`;
  // file under node_modules/chai/lib/chai -> its edits, in order. Each finds
  // its anchor, replaces `from` (there exactly once) in it with `to` and
  // appends `append` after it; an anchor alone is only checked (code the
  // native version does too).
  const edits = {
    'utils/flag.js': [{
      // flag(obj, key[, value]); the other functions are a sloppy-mode
      // assignment (for a native [[Set]] that fails) and `new C` (for its
      // exact error when C is not a constructor)
      anchor: `module.exports = function flag(obj, key, value) {
  var flags = obj.__flags || (obj.__flags = Object.create(null));
  if (arguments.length === 3) {
    flags[key] = value;
  } else {
    return flags[key];
  }
};
`,
      append: `module.exports = __courier.flag(module.exports, function (obj, key, value) { obj[key] = value; }, function (C) { return new C(); });
`,
    }],
    'utils/transferFlags.js': [{
      // transferFlags(from, to[, includeAll]), and its loop
      anchor: `module.exports = function transferFlags(assertion, object, includeAll) {
  var flags = assertion.__flags || (assertion.__flags = Object.create(null));

  if (!object.__flags) {
    object.__flags = Object.create(null);
  }

  includeAll = arguments.length === 3 ? includeAll : true;

${transferLoop}};
`,
      append: `module.exports = __courier.transferFlags(module.exports, function (flags, object, includeAll) {
${transferLoop}});
`,
    }],
    'utils/proxify.js': [{
      // proxify(obj[, nonChainableMethodName]): the proxy it makes when
      // proxies are enabled becomes a function of its own (chaiProxy), which
      // the native proxy falls back to for a property it does not have
      anchor: `module.exports = function proxify(obj, nonChainableMethodName) {
  if (!isProxyEnabled()) return obj;

  return new Proxy(obj, {
    get: function proxyGetter(target, property) {
`,
      from: `
  return new Proxy(obj, {`,
      to: `
  return chaiProxy(obj, nonChainableMethodName);
};

function chaiProxy(obj, nonChainableMethodName) {
  return new Proxy(obj, {`,
    }, {
      anchor: `      if (builtins.indexOf(property) === -1 && !flag(target, 'lockSsfi')) {
        flag(target, 'ssfi', proxyGetter);
      }

      return Reflect.get(target, property);
    }
  });
};
`,
      append: `module.exports = __courier.proxify(module.exports, config, chaiProxy);
`,
    }],
    'utils/inspect.js': [{
      // inspect(obj, showHidden, depth, colors): strings' texts memoized
      anchor: `function inspect(obj, showHidden, depth, colors) {
  var options = {
    colors: colors,
    depth: (typeof depth === 'undefined' ? 2 : depth),
    showHidden: showHidden,
    truncate: config.truncateThreshold ? config.truncateThreshold : Infinity,
  };
  return loupe.inspect(obj, options);
}
`,
      append: `module.exports = __courier.inspect(module.exports, config);
`,
    }],
    'assertion.js': [{
      // the Assertion constructor's body
      anchor: `  function Assertion (obj, msg, ssfi, lockSsfi) {
    flag(this, 'ssfi', ssfi || Assertion);
    flag(this, 'lockSsfi', lockSsfi);
    flag(this, 'object', obj);
    flag(this, 'message', msg);
    flag(this, 'eql', config.deepEqual || util.eql);

    return util.proxify(this);
  }
`,
      from: `{
    flag(this, 'ssfi'`,
      to: `{
    if (courierInit) return courierInit(this, obj, msg, ssfi, lockSsfi);
    flag(this, 'ssfi'`,
      append: `  var courierInit = __courier.init(Assertion, util, config);
`,
    }, {
      // Assertion#assert: a passing assertion natively, a failing one in chai
      anchor: `  Assertion.prototype.assert = function (expr, msg, negateMsg, expected, _actual, showDiff) {
    var ok = util.test(this, arguments);
`,
    }, {
      anchor: `      throw new AssertionError(
        msg,
        assertionErrorObjectProperties,
        (config.includeStack) ? this.assert : flag(this, 'ssfi'));
    }
  };
`,
      append: `  Assertion.prototype.assert = __courier.assert(Assertion.prototype.assert, util);
`,
    }],
    'utils/addMethod.js': [{
      // addMethod's wrapper
      anchor: `  var methodWrapper = function () {
`,
    }, {
      anchor: `    if (!flag(this, 'lockSsfi')) {
      flag(this, 'ssfi', methodWrapper);
    }

    var result = method.apply(this, arguments);
    if (result !== undefined)
      return result;

    var newAssertion = new chai.Assertion();
    transferFlags(this, newAssertion);
    return newAssertion;
  };
`,
      append: `  methodWrapper = __courier.method(methodWrapper, method, chai);
`,
    }],
    'utils/addProperty.js': [{
      // addProperty's getter
      anchor: `    { get: function propertyGetter() {
`,
      from: `get: function`,
      to: `get: __courier.property(function`,
    }, {
      anchor: `        if (!isProxyEnabled() && !flag(this, 'lockSsfi')) {
          flag(this, 'ssfi', propertyGetter);
        }

        var result = getter.call(this);
        if (result !== undefined)
          return result;

        var newAssertion = new chai.Assertion();
        transferFlags(this, newAssertion);
        return newAssertion;
      }
    , configurable: true
`,
      from: `
      }
`,
      to: `
      }, getter, chai)
`,
    }],
    'utils/addChainableMethod.js': [{
      // addChainableMethod's getter and the method it returns
      anchor: `    { get: function chainableMethodGetter() {
        chainableBehavior.chainingBehavior.call(this);

        var chainableMethodWrapper = function () {
`,
      from: `get: function`,
      to: `get: __courier.chainable(function`,
    }, {
      anchor: `          if (!flag(this, 'lockSsfi')) {
            flag(this, 'ssfi', chainableMethodWrapper);
          }

          var result = chainableBehavior.method.apply(this, arguments);
          if (result !== undefined) {
            return result;
          }

          var newAssertion = new chai.Assertion();
          transferFlags(this, newAssertion);
          return newAssertion;
        };

        addLengthGuard(chainableMethodWrapper, name, true);

        // Use \`Object.setPrototypeOf\` if available
        if (canSetPrototype) {
          // Inherit all properties from the object by replacing the \`Function\` prototype
          var prototype = Object.create(this);
          // Restore the \`call\` and \`apply\` methods from \`Function\`
          prototype.call = call;
          prototype.apply = apply;
          Object.setPrototypeOf(chainableMethodWrapper, prototype);
        }
`,
    }, {
      anchor: `        transferFlags(this, chainableMethodWrapper);
        return proxify(chainableMethodWrapper);
      }
    , configurable: true
`,
      from: `
      }
`,
      to: `
      }, chainableBehavior, name, chai, addLengthGuard, call, apply, canSetPrototype)
`,
    }],
  };
  const root = join(jsDir, 'node_modules', 'chai', 'lib', 'chai') + sep;
  const fail = (rel, what, text) => {
    throw new Error(`chai hooks: node_modules/chai/lib/chai/${rel}: ${what} (was chai updated? see chaiHooks in js/build.mjs):\n${text}`);
  };
  const once = (s, t) => s.indexOf(t) >= 0 && s.indexOf(t) === s.lastIndexOf(t);
  return {
    name: 'chai-hooks',
    setup(build) {
      const done = new Set();
      build.onLoad({ filter: /[\\/]node_modules[\\/]chai[\\/]lib[\\/]chai[\\/].*\.js$/ }, (args) => {
        const rel = args.path.startsWith(root) ? args.path.slice(root.length).split(sep).join('/') : '';
        if (!Object.hasOwn(edits, rel)) {
          return undefined;
        }
        let src = readFileSync(args.path, 'utf8');
        for (const e of edits[rel]) {
          if (!once(src, e.anchor)) {
            fail(rel, 'this text is not there exactly once', e.anchor);
          }
          let by = e.anchor;
          if (e.from !== undefined) {
            if (!once(by, e.from)) {
              fail(rel, `"${e.from}" is not in this text exactly once`, e.anchor);
            }
            by = by.replace(e.from, () => e.to);
          }
          by += e.append || '';
          src = src.replace(e.anchor, () => by);
        }
        done.add(rel);
        return { contents: src, loader: 'js' };
      });
      build.onEnd((result) => {
        const missing = Object.keys(edits).filter((f) => !done.has(f));
        if (result.errors.length === 0 && missing.length > 0) {
          throw new Error(`chai hooks: the chai bundle does not include ${missing.join(', ')} (was chai updated? see chaiHooks in js/build.mjs)`);
        }
      });
    },
  };
}

// chaiLazyParts leaves two of chai's modules out of the chai bundle, each
// replaced by a stub that loads it from a bundle of its own (chaiParts) when
// a script first needs it: courier's host returns that bundle's exports for
// __courier.lazy(name), once per runtime. Most scripts never need them, and
// every runtime that loads chai would otherwise compile them.
//   loupe: chai's inspect calls loupe.inspect, its only use of loupe; and
//     courier's native inspect answers it for strings and numbers
//     (scripting/internal/chaicore), so loupe is loaded to print anything
//     else (an object in a failure message, say).
//   chai/interface/assert: chai.use(assert) makes chai.assert; the stub makes
//     chai.assert a property that runs the real interface when first read
//     (or replaced), as an own enumerable property in the same place. Only
//     its property descriptor, read before that, tells it apart.
const chaiParts = [
  { name: 'chai-assert', globals: 'shims/node-globals-lazy.js', define: { Buffer: 'nodeGlobals.Buffer' }, external: ['buffer'] },
  { name: 'chai-loupe', globals: 'shims/node-globals-lazy.js', define: { Buffer: 'nodeGlobals.Buffer' }, external: ['buffer'] },
];

function chaiLazyParts() {
  const chaiLib = join(jsDir, 'node_modules', 'chai', 'lib') + sep;
  const stubs = {
    loupe: `// loupe, loaded when chai first prints a value loupe has to (courier)
module.exports = {
  inspect: function (obj, options) { return __courier.lazy('chai-loupe').inspect(obj, options); }
};
`,
    'assert-interface': `// chai's assert interface, made when a script first reads chai.assert (courier)
module.exports = function (chai, util) {
  function define(value) {
    Object.defineProperty(chai, 'assert', { value: value, writable: true, enumerable: true, configurable: true });
  }
  function get() {
    __courier.lazy('chai-assert')(chai, util);
    return chai.assert;
  }
  Object.defineProperty(chai, 'assert', { enumerable: true, configurable: true, get: get, set: define });
};
`,
  };
  const seen = new Set();
  return {
    name: 'chai-lazy-parts',
    setup(build) {
      build.onResolve({ filter: /^loupe$/ }, (args) => {
        if (!args.importer.startsWith(chaiLib)) {
          return undefined;
        }
        seen.add('loupe');
        return { path: 'loupe', namespace: 'courier-lazy' };
      });
      build.onResolve({ filter: /^\.\/chai\/interface\/assert$/ }, (args) => {
        if (args.importer !== join(chaiLib, 'chai.js')) {
          return undefined;
        }
        seen.add('assert-interface');
        return { path: 'assert-interface', namespace: 'courier-lazy' };
      });
      build.onLoad({ filter: /.*/, namespace: 'courier-lazy' }, (args) => ({ contents: stubs[args.path], loader: 'js' }));
      build.onEnd((result) => {
        const missing = Object.keys(stubs).filter((k) => !seen.has(k));
        if (result.errors.length === 0 && missing.length > 0) {
          throw new Error(`chai lazy parts: chai no longer imports ${missing.join(', ')} as expected (was chai updated? see chaiLazyParts in js/build.mjs)`);
        }
      });
    },
  };
}

function options(mod) {
  return {
    absWorkingDir: jsDir,
    entryPoints: [join('entries', fileName(mod.name))],
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2017',
    minify: true,
    legalComments: 'eof',
    charset: 'ascii',
    sourcemap: false,
    metafile: false,
    write: false,
    logLevel: 'warning',
    alias,
    define: { global: 'globalThis', ...(mod.define || {}) },
    inject: [mod.globals || 'shims/node-globals.js', ...(mod.inject || [])],
    external: mod.external || [],
    plugins: [pureShimImports, ...(mod.plugins || [])],
  };
}

const names = modules.map((m) => m.name);
const sorted = [...names].sort();
if (names.join('\n') !== sorted.join('\n')) {
  throw new Error('module list must be sorted');
}

const outputs = [];
for (const mod of modules) {
  const result = await esbuild.build(options(mod));
  if (result.errors.length > 0 || result.outputFiles.length !== 1) {
    throw new Error(`bundling ${mod.name} failed`);
  }
  outputs.push({ name: mod.name, file: fileName(mod.name), contents: result.outputFiles[0].contents });
}

// Vendor files: what Postman's sandbox runs itself, never require()-able;
// MANIFEST names them vendor:NAME.
//
// The two parts of chai that the chai bundle loads only when first used
// (see chaiLazyParts): loupe, which chai prints values with, and chai's
// assert interface; and teleport-javascript, which postman-sandbox 4.7.1
// sends console arguments through (courier's console copies them with it,
// so that they print as Newman prints what arrives).
for (const part of [...chaiParts, { name: 'console-teleport', globals: 'shims/node-globals-lazy.js', define: { Buffer: 'nodeGlobals.Buffer' }, external: ['buffer'] }]) {
  const result = await esbuild.build(options(part));
  if (result.errors.length > 0 || result.outputFiles.length !== 1) {
    throw new Error(`bundling ${part.name} failed`);
  }
  outputs.push({ name: `vendor:${part.name}`, file: fileName(part.name), contents: result.outputFiles[0].contents });
}
const sugarSource = sugarFromBootcode();
outputs.push({ name: 'vendor:sugar', file: 'sugar.js', contents: Buffer.from(sugarSource) });
outputs.push({ name: 'vendor:sugar-props', file: 'sugar-props.tsv', contents: Buffer.from(sugarProps(sugarSource)) });

mkdirSync(outDir, { recursive: true });
for (const entry of readdirSync(outDir).sort()) {
  if (entry.endsWith('.js') || entry.endsWith('.tsv') || entry === 'MANIFEST') {
    rmSync(join(outDir, entry));
  }
}

let manifest = '# name\tfile\tsha256 (generated by js/build.mjs)\n';
for (const out of outputs) {
  writeFileSync(join(outDir, out.file), out.contents);
  const sum = createHash('sha256').update(out.contents).digest('hex');
  manifest += `${out.name}\t${out.file}\t${sum}\n`;
}
writeFileSync(join(outDir, 'MANIFEST'), manifest);
console.log(`wrote ${outputs.length} files to ${outDir}`);

// sugarFromBootcode returns Sugar exactly as Newman runs it. postman-sandbox
// does not run lib/vendor/sugar.js itself but its prebuilt, terser-minified
// bootcode (.cache/bootcode.js, a browserify bundle), whose Sugar differs from
// the vendor file in its functions' names and source text. The result is
// Sugar's licence header from lib/vendor/sugar.js (the minifier dropped it), a
// line saying where the code comes from, and the body of Sugar's browserify
// module, unchanged: code to run with `this` set to {} in a scope without
// `global`, `self` or `window`, as in postman-sandbox's context.
function sugarFromBootcode() {
  const pkg = join(jsDir, 'node_modules', 'postman-sandbox');
  const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
  const vendor = readFileSync(join(pkg, 'lib', 'vendor', 'sugar.js'), 'utf8');
  const headerEnd = vendor.indexOf(' * ---------------------------- */\n');
  if (!vendor.startsWith('/*\n *  Sugar Library vedge\n') || headerEnd < 0 || !vendor.includes('Copyright (c) 2013 Andrew Plummer')) {
    throw new Error('lib/vendor/sugar.js: unexpected licence header');
  }
  const header = vendor.slice(0, headerEnd + ' * ---------------------------- */\n'.length);
  let bootcode;
  createRequire(import.meta.url)(join(pkg, '.cache', 'bootcode.js'))((err, code) => {
    if (err) { throw err; }
    bootcode = code;
  });
  // Sugar's module is the one that starts with Sugar's class list (which the
  // postman modification iterates); it has no dependencies, so it ends with
  // `},{}],N:[`.
  const marker = '"Array,Boolean,Date,Function,Number,String,RegExp".split(",")';
  const at = bootcode.indexOf(marker);
  if (at < 0 || bootcode.indexOf(marker, at + 1) >= 0) {
    throw new Error('bootcode.js: Sugar\'s module not found exactly once');
  }
  const open = 'function(e,t,n){';
  const start = bootcode.lastIndexOf(open, at) + open.length;
  const end = bootcode.slice(at).search(/\},\{\}\],\d+:\[/) + at;
  const body = bootcode.slice(start, end);
  const head = '(function(e){(function(){!function(){';
  const tail = '}).call(this)}).call(this,"undefined"!=typeof global?global:"undefined"!=typeof self?self:"undefined"!=typeof window?window:{})';
  if (start < open.length || end < at || !body.startsWith(head) || !body.endsWith(tail) ||
      !/\d+:\[$/.test(bootcode.slice(Math.max(0, start - open.length - 8), start - open.length))) {
    throw new Error('bootcode.js: Sugar\'s module is not shaped as expected');
  }
  return header + `/* Sugar as postman-sandbox ${version} runs it: the body of its browserify module in .cache/bootcode.js (lib/vendor/sugar.js, minified) */\n` + body + '\n';
}

// sugarProps runs Sugar as postman-sandbox does (uvm's fresh context made from
// Object.create(null), the module run with {} for `this`) and lists,
// one line per property, what it added to or replaced on the built-ins:
//
//   target  name  flags  kind  details
//
// flags are the descriptor's enumerable/writable/configurable as "ewc" with
// "-" for false. kind is one of:
//   fn      LENGTH NAME   a function Sugar made
//   same    TARGET.NAME   the same function as an earlier line
//   native  TARGET.NAME   a built-in function that existed before Sugar ran
//   wrap    LENGTH NAME   Sugar's function replaced an existing built-in one
//   json    JSON          a primitive or plain data object
//   object                any other object (Sugar's own state)
// Lines follow the targets' order below and each target's own-key order.
function sugarProps(src) {
  const ctx = vm.createContext(Object.create(null));
  const lines = vm.runInContext(`(function (src) {
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
    (0, eval)('(function () {' + src + '\\n})').call({});
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
        if (!('value' in d)) { throw new Error(t[0] + '.' + k + ': Sugar made an accessor'); }
        var v = d.value, path = t[0] + '.' + k, line = [t[0], k, (d.enumerable ? 'e' : '-') + (d.writable ? 'w' : '-') + (d.configurable ? 'c' : '-')];
        if (was && (typeof was.value !== 'function' || typeof v !== 'function')) { throw new Error(path + ': Sugar replaced a value that is not a function'); }
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
        out.push(line.join('\\t'));
      });
      Object.getOwnPropertyNames(b).forEach(function (k) {
        if (!Object.prototype.hasOwnProperty.call(t[1], k)) { throw new Error(t[0] + '.' + k + ': Sugar deleted it'); }
      });
    });
    return out;
  })`, ctx)(src);
  return '# Sugar\'s properties on the built-ins, as V8 runs sugar.js in a context like postman-sandbox\'s (js/build.mjs)\n' +
    '# target\tname\tflags\tkind\tdetails\n' + lines.join('\n') + '\n';
}
