// courier's sandbox set-up: defines the globals a Postman script sees (pm,
// postman, console, timers, require and the legacy globals) on the runtime's
// global object and returns the hooks Go calls around every execution and
// script. Part of the prelude: `host` (Go functions) and `sdk` (sdk.js) are
// in scope.

var G = globalThis;

// ------------------------------------------------------------- state

var X = null; // the current execution: { event, info, location, data, request, response, ... }
var S = null; // the current script: { tests, warned, warn, values, proxies, overrides } (objects made on first use)

// ------------------------------------------------------------- libraries

function lib(name) { return host.module(name); }

// part returns what one of courier's own sandbox files that are not in the
// prelude gives (inspect.js, locale.js, assertions.js: see parts.go); each
// is compiled once per process when first needed and run once per runtime,
// with the prelude's values it uses (taken when the prelude ran, before any
// script could replace a built-in).
var parts = {};
function part(name) {
    var p = parts[name];
    if (p === undefined) {
        p = parts[name] = host.part(name)({ JSON: JSON, hasOwn: hasOwn, toStr: toStr, sdk: sdk, lib: lib,
            vendor: host.vendor, lodashShim: lodashShim, AjvShim: AjvShim, isObject: isObject, isString: isString });
    }
    return p;
}

// inspect renders a value as Node's util.inspect (inspect.js)
function inspect(value) { return part('inspect').inspect(value); }

var lodashShim = {
    forOwn: function (obj, fn) { Object.keys(obj).forEach(function (k) { fn(obj[k], k, obj); }); },
    isNumber: function (v) { return typeof v === 'number' || toStr.call(v) === '[object Number]'; },
    isString: function (v) { return isString(v); },
    isPlainObject: function (v) { return lib('lodash').isPlainObject(v); },
    isEqual: function (a, b) { return lib('lodash').isEqual(a, b); },
    has: function (o, p) { return lib('lodash').has(o, p); },
    get: function (o, p, d) { return lib('lodash').get(o, p, d); }
};

function AjvShim(options) {
    var Ajv = lib('ajv');
    return new Ajv(options);
}

var chaiLoaded = null;
function chai() {
    if (chaiLoaded) { return chaiLoaded; }
    // courier's own set-up, not the script's time (Newman loads chai at boot)
    return host.held(function () {
        var c = lib('chai');
        c.use(part('assertions'));
        chaiLoaded = c;
        return c;
    });
}

// pm.request.to and pm.response.to (Newman defines them on those two objects
// only, not on the SDK's prototypes)
var toDescriptor = { get: function () { return chai().expect(this).to; } };

// ------------------------------------------------------------- tests

function currentScript() { return S; }

// addTest reports one assertion with its index: pm.test takes the next one
// when it is called (an asynchronous test too), legacy tests[] entries are
// numbered on from there without advancing the count, as in Newman.
function addTest(state, index, name, passed, skipped, err) {
    if (state !== S || !state) { return; } // a late callback of an earlier script
    host.addTest(name, passed, skipped, err, index);
}

function test(name, fn) {
    var state = S, title = String(name), index = state ? state.index++ : 0;
    if (typeof fn !== 'function') {
        addTest(state, index, title, true, false);
        return pm;
    }
    if (fn.length) {
        var finished = false;
        try {
            fn(function (err) {
                if (finished) { return; }
                finished = true;
                addTest(state, index, title, !err, false, err || undefined);
            });
        } catch (e) {
            if (!finished) {
                finished = true;
                addTest(state, index, title, false, false, e);
            }
        }
        return pm;
    }
    var ret;
    try {
        ret = fn();
    } catch (e) {
        addTest(state, index, title, false, false, e);
        return pm;
    }
    if (ret && typeof ret.then === 'function' && isObject(ret)) {
        ret.then(function () { addTest(state, index, title, true, false); },
            function (e) { addTest(state, index, title, false, false, e === undefined ? new Error('undefined') : e); });
        return pm;
    }
    addTest(state, index, title, true, false);
    return pm;
}
test.skip = function (name) {
    var index = S ? S.index++ : 0;
    addTest(S, index, String(name), true, true);
    return pm;
};
test.index = function () { return S ? S.index : 0; };

// ------------------------------------------------------------- variables

// The run's variable scopes (sdk.js newScope): made once, kept in Go.
var scopes = {
    environment: sdk.newScope('environment', 'tracked'),
    globals: sdk.newScope('globals', 'tracked'),
    collectionVariables: sdk.newScope('collectionVariables', 'tracked'),
    iterationData: sdk.newScope('iterationData', 'data')
};
scopes.variables = sdk.newScope('variables', 'local',
    [scopes.iterationData, scopes.environment, scopes.collectionVariables, scopes.globals]);
var scopesLabelled = false;

// ------------------------------------------------------------- pm

function executionRequest() {
    if (!X || !X.hasRequest) { return undefined; }
    if (!X.request) {
        X.requestData = JSON.parse(host.request());
        X.request = sdk.newRequest(X.requestData);
        Object.defineProperty(X.request, 'to', toDescriptor);
        if (X.event === 'prerequest') { X.requestBefore = sdk.requestData(X.request); }
    }
    return X.request;
}

function executionResponse() {
    if (!X || !X.hasResponse) { return undefined; }
    if (!X.response) {
        var d = host.response();
        // after a request error there is no response: Newman's is an empty one
        X.response = d.code ? sdk.newLoadedResponse(d, host.responseLoad) : new sdk.Response();
        Object.defineProperty(X.response, 'to', toDescriptor);
    }
    return X.response;
}

function executionCookies() {
    if (!X) { return undefined; }
    if (!X.cookies) {
        var res = executionResponse();
        X.cookies = new sdk.CookieList(null, res ? res.cookies.all().map(function (c) { return c.toJSON(); }) : []);
        X.cookies.jar = cookieJar;
    }
    return X.cookies;
}

function callbackErr(msg) { return msg ? new Error(msg) : null; }
var jsDecodeURI = decodeURI;

Object.defineProperty(cookieJar, 'name', { value: '', configurable: true });
function cookieJar() {
    // the URL as postman-sandbox hands it to tough-cookie: written out by
    // the SDK's Url with a protocol, then decoded with decodeURI
    function url(u, fn) {
        var s;
        if (sdk.isUrl(u)) { s = u.toString(true); } else if (u && isString(u)) { s = new sdk.Url(String(u)).toString(true); } else {
            throw new TypeError('CookieJar.' + fn + '() requires a valid url');
        }
        try { s = jsDecodeURI(s); } catch (e) { /* tough-cookie keeps it as it is */ }
        return s;
    }
    function cb(callback) {
        return function (err, result) {
            if (typeof callback !== 'function') { return; }
            if (err) { callback(callbackErr(err)); return; }
            callback(null, result);
        };
    }
    return {
        get: function (u, name, callback) {
            u = url(u, 'get');
            if (typeof callback !== 'function') { throw new TypeError('CookieJar.get() requires a callback function'); }
            if (!isString(name)) { throw new TypeError('CookieJar.get() requires cookie name to be a string'); }
            host.jar('get', u, String(name), null, cb(function (err, c) {
                callback(err, err ? undefined : (c ? c.value : null));
            }));
        },
        getAll: function (u, options, callback) {
            u = url(u, 'getAll');
            if (typeof options === 'function' && !callback) { callback = options; options = {}; }
            if (typeof callback !== 'function') { throw new TypeError('CookieJar.getAll() requires a callback function'); }
            if (typeof options !== 'object') { throw new TypeError('CookieJar.getAll() requires options to be an object'); }
            host.jar('getAll', u, '', null, cb(function (err, list) {
                callback(err, err ? undefined : new sdk.CookieList(null, list || []));
            }));
        },
        set: function (u, name, value, callback) {
            u = url(u, 'set');
            if (typeof value === 'function' && !callback) { callback = value; value = null; }
            var c;
            if (name && value) { c = { name: String(name), value: String(value) }; } else if (isObject(name)) { c = { name: name.name || name.key, value: name.value, domain: name.domain, path: name.path, expires: name.expires, maxAge: name.maxAge, secure: name.secure, httpOnly: name.httpOnly, hostOnly: name.hostOnly }; } else if (isString(name)) { c = sdk.Cookie.parse(String(name)); } else { throw new TypeError('CookieJar.set() requires a valid set cookie arguments'); }
            if (c.expires instanceof Date) { c.expires = c.expires.toISOString(); }
            host.jar('set', u, '', JSON.stringify(c), cb(function (err, c2) {
                if (typeof callback === 'function') { callback(err, err ? undefined : new sdk.Cookie(c2)); }
            }));
        },
        unset: function (u, name, callback) {
            u = url(u, 'unset');
            if (!isString(name)) { throw new TypeError('CookieJar.unset() requires cookie name to be a string'); }
            host.jar('unset', u, String(name), null, cb(callback));
        },
        clear: function (u, callback) {
            u = url(u, 'clear');
            host.jar('clear', u, '', null, cb(callback));
        }
    };
}

// pm.sendRequest calls back with (err, res, history) as Newman's sandbox
// does; without a callback it returns a Promise (newer Postman sandboxes)
// that settles with the same err or res.
function sendRequest(req, callback) {
    var self = this, promise, resolve, reject;
    if (typeof callback !== 'function') {
        promise = new Promise(function (res, rej) { resolve = res; reject = rej; });
    }
    function done(err, res, history) {
        if (typeof callback === 'function') { callback.call(self, err, res, history); return; }
        if (err) { reject(err); } else { resolve(res); }
    }
    if (!req) {
        done(new Error('sendrequest: nothing to request'), undefined, undefined);
        return promise || self;
    }
    var r = sdk.isRequest(req) ? req : new sdk.Request(req);
    host.sendRequest(JSON.stringify(r), function (err, meta, load) {
        // a request error is a plain object of the error's properties
        // (code, errno, ...; no message), with an empty Response
        if (err) { done(err, new sdk.Response(), undefined); return; }
        var res = sdk.newLoadedResponse(meta, load);
        done(null, res, { cookies: res.cookies });
    });
    return promise || self;
}

var visualizer = {
    set: function (template, data, options) {
        if (typeof template !== 'string') { throw new Error('Invalid template. Template must be of type string, found ' + typeof template); }
        if (data && typeof data !== 'object') { throw new Error('Invalid data. Data must be an object, found ' + typeof data); }
        if (options && typeof options !== 'object') { throw new Error('Invalid options. Options must be an object, found ' + typeof options); }
        // rendered with Handlebars as the Postman app renders it; a template
        // that does not compile is reported with the visualizer, not thrown
        var html, renderError;
        try { html = lib('handlebars').compile(template, options || undefined)(data || {}); }
        catch (e) { renderError = String(e && e.message || e); }
        host.visualizer(template, data, options, html, renderError);
    },
    clear: function () { host.visualizerClear(); }
};

var execution = {
    skipRequest: function () {
        if (!X || X.event !== 'prerequest') { throw new TypeError('pm.execution.skipRequest is not a function'); }
        host.skipRequest();
    },
    setNextRequest: function (request) { host.nextRequest(request); }
};
Object.defineProperty(execution.skipRequest, 'name', { value: '', configurable: true });
Object.defineProperty(execution, 'location', { enumerable: true, get: function () { return X ? executionLocation() : []; } });

// pm.info and pm.execution.location are made on first use.
function executionInfo() {
    if (!X.info) { X.info = host.info(); }
    return X.info;
}

function executionLocation() {
    if (!X.location) {
        X.location = host.location();
        Object.defineProperty(X.location, 'current', { value: undefined, writable: true, configurable: true, enumerable: false });
        if (S) { setLocationCurrent(S.where); }
    }
    return X.location;
}

function setLocationCurrent(where) {
    var m = /^(?:request|folder) (.*)$/.exec(where || '');
    X.location.current = m ? m[1] : (where === 'collection' ? X.location[0] : where);
}

var pm = {};
function pmGetter(name, fn) { Object.defineProperty(pm, name, { enumerable: false, configurable: false, get: fn }); }
pmGetter('info', function () { return X ? executionInfo() : undefined; });
pmGetter('globals', function () { return scopes.globals; });
pmGetter('environment', function () { return scopes.environment; });
pmGetter('collectionVariables', function () { return scopes.collectionVariables; });
pmGetter('variables', function () { return scopes.variables; });
pmGetter('iterationData', function () { return scopes.iterationData; });
pmGetter('request', executionRequest);
pmGetter('response', executionResponse);
pmGetter('cookies', executionCookies);
pmGetter('visualizer', function () { return visualizer; });
pmGetter('execution', function () { return execution; });
pmGetter('expect', function () { return chai().expect; });
Object.defineProperty(pm, 'sendRequest', { enumerable: false, value: sendRequest });
// (pm.test, pm.execution.skipRequest and pm.cookies.jar are anonymous
// functions in Newman's sandbox: console.log prints them as '[Function]')
Object.defineProperty(test, 'name', { value: '', configurable: true });
Object.defineProperty(pm, 'test', { enumerable: true, value: test });

// ------------------------------------------------------------- console

// formatArgs renders each console argument as Newman's cli reporter shows it
// (inspect.js's formatConsole): util.inspect of what postman-sandbox sends,
// so strings appear quoted ('text') and objects as { a: 1 }.
function formatArgs(args) { return part('inspect').formatConsole(args); }
var sandboxConsole = {};
['log', 'warn', 'debug', 'info', 'error', 'clear'].forEach(function (level) {
    sandboxConsole[level] = function () { host.console(level, formatArgs(arguments)); };
});

// ------------------------------------------------------------- timers

// (the timer functions are anonymous and take one declared parameter in
// Newman's sandbox: name '' and length 1)
function timerSetter(kind) {
    return withLength(1, function (fn, ms) {
        if (typeof fn !== 'function') { return undefined; }
        return host.setTimer(fn, kind === 2 ? 0 : Number(ms) || 0, kind);
    });
}
function withLength(n, fn) {
    Object.defineProperty(fn, 'length', { value: n, configurable: true });
    return fn;
}
function clearTimer(id) { if (id !== undefined && id !== null) { host.clearTimer(Number(id)); } }
Object.defineProperty(clearTimer, 'name', { value: '', configurable: true });

// ------------------------------------------------------------- require

var requirable = {
    'ajv': 1, 'assert': 1, 'atob': 1, 'backbone': 1, 'btoa': 1, 'buffer': 1, 'chai': 1, 'cheerio': 1,
    'crypto-js': 1, 'csv-parse/lib/sync': 1, 'events': 1, 'lodash': 1, 'moment': 1, 'os': 1, 'path': 1,
    'postman-collection': 1, 'punycode': 1, 'querystring': 1, 'stream': 1, 'string_decoder': 1, 'timers': 1,
    'tv4': 1, 'url': 1, 'util': 1, 'uuid': 1, 'xml2js': 1
};
var emptyFS = {};
var nodeBuiltins = {
    'assert': 1, 'buffer': 1, 'events': 1, 'fs': 1, 'os': 1, 'path': 1, 'punycode': 1, 'querystring': 1,
    'stream': 1, 'string_decoder': 1, 'timers': 1, 'url': 1, 'util': 1
};
function require(name) {
    var id = String(name);
    var prefixed = id.indexOf('node:') === 0;
    var bare = prefixed ? id.slice(5) : id;
    if (prefixed && !hasOwn.call(nodeBuiltins, bare)) {
        var e = new Error('Cannot find module \'' + id + '\'');
        e.code = 'MODULE_NOT_FOUND';
        throw e;
    }
    if (bare === 'fs') { return emptyFS; }
    if (bare === 'chai') { return chai(); }
    if (bare === 'postman-collection') { return sdk.bundle(); }
    if (hasOwn.call(requirable, bare)) { return lib(bare); }
    var err = new Error('Cannot find module \'' + id + '\'');
    err.code = 'MODULE_NOT_FOUND';
    throw err;
}

// ------------------------------------------------------------- legacy

var LEGACY_ALTERNATIVES = {
    tests: 'pm.test()', globals: 'pm.globals', environment: 'pm.environment', data: 'pm.iterationData',
    request: 'pm.request', responseCookies: 'pm.cookies', responseHeaders: 'pm.response.headers',
    responseTime: 'pm.response.responseTime', responseCode: 'pm.response.code', responseBody: 'pm.response.text()',
    iteration: 'pm.info.iteration', _: 'require(\'lodash\')', CryptoJS: 'require(\'crypto-js\')',
    atob: 'require(\'atob\')', btoa: 'require(\'btoa\')', tv4: 'require(\'ajv\')', xml2Json: 'require(\'xml2js\')',
    Backbone: 'require(\'backbone\')', cheerio: 'require(\'cheerio\')',
    'postman.setNextRequest': 'pm.execution.setNextRequest()'
};

function deprecated(key) {
    var s = S;
    if (!s || !s.warn || (s.warned && s.warned[key])) { return; }
    if (!s.warned) { s.warned = {}; }
    s.warned[key] = true;
    var alt = LEGACY_ALTERNATIVES[key];
    host.console('warn', [inspect(alt ? 'Using "' + key + '" is deprecated. Use "' + alt + '" instead.' : 'Using "' + key + '" is deprecated.')]);
}

function legacyProxy(key, target) {
    var warnKey = key === 'postman' ? 'postman.setNextRequest' : key;
    return new Proxy(target, {
        get: function (t, prop) { deprecated(warnKey); return t[prop]; },
        set: function (t, prop, value) { deprecated(key); t[prop] = value; return true; },
        apply: function (t, thisArg, args) { deprecated(key); return t.apply(thisArg, args); }
    });
}

function xml2Json(string) {
    var json = {};
    lib('xml2js').parseString(string, { explicitArray: false, async: false, trim: true, mergeAttrs: false },
        function (_, result) { json = result; });
    return json;
}

function legacyRequest() {
    if (!X.hasRequest) { return {}; }
    // the request as it was when the script started
    var r = S.requestAtStart ? new sdk.Request(JSON.parse(S.requestAtStart)) : null;
    if (!r) {
        if (!X.requestData) { X.requestData = JSON.parse(host.request()); }
        r = new sdk.Request(X.requestData);
    }
    var data = {};
    var body = r.body;
    if (body && !body.isEmpty()) {
        if (body.mode === 'raw') {
            data = body.raw;
        } else if (body.mode === 'urlencoded' || body.mode === 'formdata') {
            data = {};
            body[body.mode].members.forEach(function (p) {
                if (p.disabled) { return; }
                if (data[p.key]) {
                    if (Array.isArray(data[p.key])) { data[p.key].push(p.value); } else { data[p.key] = [data[p.key], p.value]; }
                } else {
                    data[p.key] = p.value;
                }
            });
        } else if (body.mode === 'file') {
            data = (body.file && body.file.content) || {};
        }
        if (data === undefined || data === null || data === '') { data = {}; }
    }
    return {
        id: executionInfo().requestId,
        name: executionInfo().requestName,
        description: X.requestData && X.requestData.description ? String(X.requestData.description) : undefined,
        headers: r.headers.toObject(true, false, true, true),
        method: r.method,
        url: r.url.toString(),
        data: data
    };
}

function legacySetter(target, key, value) {
    if ((value === false || value) && typeof (value && value.toString) === 'function') { value = value.toString(); }
    target[key] = value;
    return value;
}

function legacyPostman() {
    var env = legacyValue('environment', true), glob = legacyValue('globals', true);
    var o = {
        setEnvironmentVariable: function (key, value) {
            value = legacySetter(env, key, value);
            scopes.environment.set(key, value);
        },
        getEnvironmentVariable: function (key) { return scopes.environment.get(key); },
        clearEnvironmentVariables: function () {
            Object.keys(env).forEach(function (k) { delete env[k]; });
            scopes.environment.clear();
        },
        clearEnvironmentVariable: function (key) {
            if (key) { delete env[key]; }
            scopes.environment.unset(key);
        },
        setGlobalVariable: function (key, value) {
            value = legacySetter(glob, key, value);
            scopes.globals.set(key, value);
        },
        getGlobalVariable: function (key) { return scopes.globals.get(key); },
        clearGlobalVariables: function () {
            Object.keys(glob).forEach(function (k) { delete glob[k]; });
            scopes.globals.clear();
        },
        clearGlobalVariable: function (key) {
            if (key) { delete glob[key]; }
            scopes.globals.unset(key);
        },
        setNextRequest: function (what) { host.nextRequest(what); }
    };
    if (X.event === 'test') {
        o.getResponseCookie = function (name) {
            var c = executionCookies();
            return c ? c.one(String(name)) : undefined;
        };
        o.getResponseHeader = function (name) {
            var res = executionResponse();
            var h = res && res.headers && res.headers.one(name);
            return h ? h.value : undefined;
        };
    }
    return o;
}

// raw legacy values, computed once per script on first use
var legacyMakers = {
    tests: function () { return S.tests || (S.tests = {}); },
    globals: function () { return scopes.globals.toObject(); },
    environment: function () { return scopes.environment.toObject(); },
    data: function () { return X.data || (X.data = scopes.iterationData.toObject()); },
    request: legacyRequest,
    iteration: function () { return executionInfo().iteration; },
    postman: legacyPostman,
    responseCookies: function () { return executionCookies() || []; },
    responseHeaders: function () {
        var o = {}, res = executionResponse();
        if (res) { res.headers.each(function (h) { if (h && !h.disabled) { o[h.key] = h.value; } }); }
        return o;
    },
    responseTime: function () { var res = executionResponse(); return res ? res.responseTime : NaN; },
    responseCode: function () {
        var res = executionResponse();
        return res ? res.details() : { code: NaN, name: '', details: '' };
    },
    responseBody: function () { var res = executionResponse(); return res ? res.text() : undefined; },
    _: function () {
        if (lodash3) { return lodash3; }
        if (lodash3Loading) { return undefined; } // lodash reads root._ while loading (noConflict)
        lodash3Loading = true;
        try { lodash3 = lib('lodash3'); } finally { lodash3Loading = false; }
        return lodash3;
    },
    CryptoJS: function () { return lib('crypto-js'); },
    atob: function () { return lib('atob'); },
    btoa: function () { return lib('btoa'); },
    tv4: function () { return lib('tv4'); },
    xml2Json: function () { return xml2Json; },
    Backbone: function () { return lib('backbone'); },
    cheerio: function () { return lib('cheerio'); }
};
var TEST_ONLY = { responseCookies: 1, responseHeaders: 1, responseTime: 1, responseCode: 1, responseBody: 1 };
var TEST_ONLY_KEYS = Object.keys(TEST_ONLY);
var testGlobals = false; // whether the TEST_ONLY globals are defined
var lodash3 = null, lodash3Loading = false;

// legacyValue returns a legacy global's raw value for the current script.
function legacyValue(key, raw) {
    var s = S;
    if (!s.values) { s.values = {}; }
    if (!hasOwn.call(s.values, key)) { s.values[key] = legacyMakers[key](); }
    var v = s.values[key];
    if (raw || !(v && (typeof v === 'object' || typeof v === 'function'))) { return v; }
    if (!s.proxies) { s.proxies = {}; }
    if (!hasOwn.call(s.proxies, key)) { s.proxies[key] = legacyProxy(key, v); }
    return s.proxies[key];
}

// legacyDescriptors holds each legacy global's accessor, made once: the
// test-only ones are defined and deleted whenever the event changes.
var legacyDescriptors = {};

function legacyDescriptor(key) {
    var d = legacyDescriptors[key];
    if (!d) {
        d = legacyDescriptors[key] = {
            configurable: true,
            enumerable: false,
            get: function () {
                if (!S) { return undefined; }
                if (S.overrides && hasOwn.call(S.overrides, key)) { return S.overrides[key]; }
                return legacyValue(key, false);
            },
            set: function (v) { if (S) { (S.overrides || (S.overrides = {}))[key] = v; } }
        };
    }
    return d;
}

function defineLegacy(key) {
    Object.defineProperty(G, key, legacyDescriptor(key));
}

Object.keys(legacyMakers).forEach(function (key) { if (!TEST_ONLY[key]) { defineLegacy(key); } });
// Go defines and deletes the test-only globals (host.setTestGlobals) with
// these accessors: Object.defineProperty(G, key, descriptor) and delete G[key].
host.registerTestGlobals(TEST_ONLY_KEYS, TEST_ONLY_KEYS.map(function (k) { return legacyDescriptor(k).get; }),
    TEST_ONLY_KEYS.map(function (k) { return legacyDescriptor(k).set; }));

// ------------------------------------------------------------- globals

function defineGlobal(name, value) {
    Object.defineProperty(G, name, { value: value, writable: true, configurable: true, enumerable: false });
}
defineGlobal('pm', pm);
defineGlobal('console', sandboxConsole);
defineGlobal('setTimeout', timerSetter(0));
defineGlobal('setInterval', timerSetter(1));
defineGlobal('setImmediate', timerSetter(2));
defineGlobal('clearTimeout', clearTimer);
defineGlobal('clearInterval', clearTimer);
defineGlobal('clearImmediate', clearTimer);
// (Newman's require is its bundle's minified function r(name, ...))
Object.defineProperty(require, 'name', { value: 'r', configurable: true });
Object.defineProperty(require, 'length', { value: 2, configurable: true });
defineGlobal('require', require);
// Newman's legacy sandbox replaces JSON with liquid-json: parse drops a byte
// order mark and both name their errors JSONError.
defineGlobal('JSON', {
    parse: function (text, reviver, relaxed) { return parseJSON(text, reviver, relaxed); },
    stringify: function () {
        try {
            return JSON.stringify.apply(JSON, arguments);
        } catch (e) {
            try { e.name = 'JSONError'; } catch (ignore) { /* frozen */ }
            throw e;
        }
    }
});
Object.defineProperty(G, 'Buffer', {
    configurable: true,
    get: function () {
        var B = lib('buffer').Buffer;
        defineGlobal('Buffer', B);
        return B;
    },
    set: function (v) { defineGlobal('Buffer', v); }
});

// A multiline regular expression literal with ^ or $ is compiled rewritten
// (mregexp.go) and keeps the source the script wrote.
(function (define) {
    define(G, '__courierMultilineRegExp', {
        configurable: true,
        value: function (re, source) {
            define(re, 'source', { value: source, configurable: true });
            return re;
        }
    });
})(Object.defineProperty);

// Newman's sandbox serialises errors as {type, name, message}.
Error.prototype.toJSON = function () {
    return { type: 'Error', name: this.name, message: this.message };
};

// finishSync ends a script's synchronous part: legacy tests[] are recorded
// and deprecation warnings stop.
function finishSync() {
    var s = S;
    if (!s || s.finished) { return; }
    s.finished = true;
    s.warn = false;
    var t = s.tests;
    if (!t) { return; }
    Object.keys(t).forEach(function (name, i) {
        var passed = Boolean(t[name]), err;
        if (!passed) {
            err = new Error('expected ' + String(t[name]) + ' to be truthy');
            err.name = 'AssertionError';
        }
        addTest(s, s.index + i, name, passed, false, err);
    });
}

// ------------------------------------------------------------- locale

// en-US toLocaleString and friends, as Node prints them (locale.js)
(function patchLocale() {
    function define(proto, name, fn) {
        Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
    }
    define(Number.prototype, 'toLocaleString', function toLocaleString(locales, options) {
        if (typeof this !== 'number' && !(this instanceof Number)) { throw new TypeError('Number.prototype.toLocaleString requires that \'this\' be a Number'); }
        var out = part('locale').formatLocaleNumber(Number(this), options);
        // German-style separators ("1.234.567,891") for plain decimals in de-* locales
        var loc = Array.isArray(locales) ? locales[0] : locales;
        if (typeof loc === 'string' && /^de(-|$)/i.test(loc) && (!options || !options.style || options.style === 'decimal')) {
            out = out.replace(/[.,]/g, function (c) { return c === '.' ? ',' : '.'; });
        }
        return out;
    });
    define(Date.prototype, 'toLocaleString', function toLocaleString(locales, options) {
        return part('locale').formatLocaleDate(this, options, 'any');
    });
    define(Date.prototype, 'toLocaleDateString', function toLocaleDateString(locales, options) {
        return part('locale').formatLocaleDate(this, options, 'date');
    });
    define(Date.prototype, 'toLocaleTimeString', function toLocaleTimeString(locales, options) {
        return part('locale').formatLocaleDate(this, options, 'time');
    });
}());

// ------------------------------------------------------------- hooks for Go

function beginScript(where) {
    sdk.scopesNewScript(scopes.variables);
    S = { index: 0, tests: null, warned: null, warn: true, values: null, proxies: null, overrides: null,
        where: where, requestAtStart: X.request ? sdk.requestData(X.request) : null };
    if (X.location) { setLocationCurrent(where); }
    var isTest = X.event === 'test';
    if (isTest !== testGlobals) {
        testGlobals = isTest;
        host.setTestGlobals(isTest);
    }
}

// X is one object, reset for every execution (nothing keeps it).
function beginExecution(event, hasRequest, hasResponse) {
    if (!X) { X = {}; }
    if (!scopesLabelled) {
        // the environment's and globals' names, once the run is known
        scopesLabelled = true;
        sdk.scopeLabel(scopes.environment, host.varScopeName('environment'), host.varScopeID('environment'));
        sdk.scopeLabel(scopes.globals, host.varScopeName('globals'), host.varScopeID('globals'));
    }
    X.event = event;
    X.info = null;
    X.location = null;
    X.hasRequest = hasRequest;
    X.hasResponse = hasResponse;
    X.requestData = null;
    X.requestBefore = null;
    X.request = null;
    X.response = null;
    X.cookies = null;
    X.data = null;
}

return {
    // run starts a script (and, for the first one, its execution), calls it
    // and then records its legacy tests[] before any promise job runs, as
    // Newman does.
    run: function (fn, where, event, hasRequest, hasResponse) {
        if (event !== undefined) { beginExecution(event, hasRequest, hasResponse); }
        beginScript(where);
        var failed = false, err;
        try { fn(); } catch (e) { failed = true; err = e; }
        finishSync();
        if (failed) { throw err; }
    },
    finishSync: finishSync,
    settleRefs: sdk.settleRefs,
    JSON: JSON,
    requestJSON: function () {
        if (!X || !X.request) { return ''; }
        var now = sdk.requestData(X.request);
        return now === X.requestBefore ? '' : now;
    },
    jsonParse: JSON.parse,
    jsonStringify: JSON.stringify
};
