// The response side of courier's SDK (see sdk.js): Response, the body it
// loads from Go only when read, and the status details. Compiled while the
// first request is in flight (scripting.Library.Warm) and made when a script
// first needs a response (pm.response, pm.sendRequest's callback, ...), so
// that the prelude every runtime waits for is smaller. Its function gets
// sdk.js' internals as I, and returns what sdk.js uses.

var host = I.host,
    lib = I.lib,
    parseJSON = I.parseJSON,
    CookieList = I.CookieList,
    Header = I.Header,
    HeaderList = I.HeaderList,
    Property = I.Property,
    baseToJSON = I.baseToJSON,
    choose = I.choose,
    defineClass = I.defineClass,
    fromTrusted = I.fromTrusted,
    has = I.has,
    isA = I.isA,
    isNil = I.isNil,
    isNumeric = I.isNumeric,
    isObject = I.isObject,
    isString = I.isString,
    merge = I.merge,
    pushNew = I.pushNew,
    requestClasses = I.requestClasses,
    sdkBundle = I.sdkBundle,
    trustedCookie = I.trustedCookie,
    withoutTo = I.withoutTo;

// What a response loaded from Go knows about its body: {load, text,
// loaded, read} (load is host.responseLoad or a
// pm.sendRequest response's loader; loaded the Buffer once made; read
// whether the lazy `stream` has been replaced by a value).
var bodies = new WeakMap();
var pendingLoad = null; // the loader for the Response being made by newLoadedResponse

// goBody is a loaded response's body record while the response still has
// the body it was loaded with (a script may replace stream or set a body).
function goBody(res) {
    var b = bodies.get(res);
    if (!b) { return null; }
    if (b.read && res.stream !== b.loaded) { return null; }
    return b;
}

// status details: http-reasons' entry for the code (looked up in Go:
// host.reason(code) -> [name, detail]); the long detail text is read from
// the http-reasons bundle on first use.
var detailDescriptor = {
    enumerable: true, configurable: true,
    get: function () {
        var r = lib('http-reasons').lookup(this.code), v = r.detail;
        Object.defineProperty(this, 'detail', { value: v, enumerable: true, writable: true, configurable: true });
        return v;
    },
    set: function (v) { Object.defineProperty(this, 'detail', { value: v, enumerable: true, writable: true, configurable: true }); }
};
// reasonDetails returns [details, standard name]: the details have name and
// (lazily) detail when the code is known; code is set by the caller.
function reasonDetails(code) {
    var d = host.reason(code), o = {};
    if (d[0] === undefined) { return [o, undefined]; }
    o.name = d[0];
    Object.defineProperty(o, 'detail', detailDescriptor);
    return [o, d[0]];
}
function cloneDetails(d) {
    var o = {};
    Object.keys(d).forEach(function (k) {
        var desc = Object.getOwnPropertyDescriptor(d, k);
        if (desc.get === detailDescriptor.get) {
            o[k] = undefined;
            Object.defineProperty(o, k, { enumerable: true, configurable: true, get: function () { return d[k]; },
                set: function (v) { Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true }); } });
        } else {
            o[k] = desc.get ? d[k] : desc.value;
        }
    });
    return o;
}

function normalizeStream(stream) {
    if (!stream) { return undefined; }
    if (stream.type === 'Buffer' && Array.isArray(stream.data)) { return lib('buffer').Buffer.from(stream.data); }
    if (stream.type === 'Base64' && typeof stream.data === 'string') { return lib('buffer').Buffer.from(stream.data, 'base64'); }
    return stream;
}

// streamDescriptor makes a loaded response's stream own, enumerable and
// lazy: the body becomes a Buffer only when a script reads it.
var streamDescriptor = {
    enumerable: true, configurable: true,
    get: function () {
        var b = bodies.get(this), buf = b ? b.load('stream') : undefined;
        if (b) { b.loaded = buf; b.read = true; }
        Object.defineProperty(this, 'stream', { value: buf, writable: true, configurable: true, enumerable: true });
        return buf;
    },
    set: function (v) {
        var b = bodies.get(this);
        if (b) { b.read = true; }
        Object.defineProperty(this, 'stream', { value: v, writable: true, configurable: true, enumerable: true });
    }
};

var Response = function PostmanResponse(options) {
    Property.call(this, options); // (Property reads only its definition)
    this.update(options || {});
};

defineClass('Response', Response, Property, {
    update: function (options) {
        var load = pendingLoad;
        pendingLoad = null;
        var stream = load ? undefined : normalizeStream(options.stream),
            rd = reasonDetails(options.code), details = this._details = rd[0],
            name = choose(options.reason, options.status);
        if (name !== undefined) { details.name = name; }
        if (options.code !== undefined) { details.code = options.code; }
        if (rd[1] !== undefined) { details.standardName = rd[1]; }
        if (options.originalRequest) { this.originalRequest = new (requestClasses().Request)(options.originalRequest); }
        if (details.name !== undefined) { this.status = details.name; }
        if (options.code !== undefined) { this.code = options.code; }
        var headers = this.headers = new HeaderList(this);
        if (options.headerPairs) {
            // courier's own response data: [key, value, key, value, ...]
            // (what new Header({key, value}) makes)
            var hp = options.headerPairs;
            for (var i = 0; i + 1 < hp.length; i += 2) {
                var h = Object.create(Header.prototype);
                h.key = hp[i] || '';
                h.value = hp[i + 1];
                pushNew(headers, h);
            }
        } else if (options.header) {
            headers.populate(options.header);
        }
        if (options.body !== undefined) { this.body = options.body; }
        if (load) {
            bodies.set(this, { load: load, text: undefined, loaded: undefined, read: false });
            Object.defineProperty(this, 'stream', streamDescriptor);
        } else {
            var s = (options.body && isObject(options.body)) ? options.body : stream;
            if (s !== undefined) { this.stream = s; }
        }
        var cookies = this.cookies = new CookieList(this), oc = options.cookie;
        if (load && Array.isArray(oc)) {
            for (var c = 0; c < oc.length; c++) { pushNew(cookies, trustedCookie(oc[c])); }
        } else if (oc) {
            cookies.populate(oc);
        }
        if (options.responseTime !== undefined) { this.responseTime = options.responseTime; }
        var size = load ? options.responseSize : stream && stream.byteLength;
        if (size !== undefined) { this.responseSize = size; }
    },
    _postman_propertyRequiresId: true,
    toJSON: withoutTo(function () {
        var obj = baseToJSON(this);
        if (obj._details) { delete obj._details; }
        return obj;
    }),
    reason: function () { return this.status || host.reason(this.code)[0]; },
    details: function () {
        if (!this._details || this._details.code !== this.code) {
            this._details = reasonDetails(this.code)[0];
            this._details.code = this.code;
            this._details.standardName = this._details.name;
        }
        return cloneDetails(this._details);
    },
    text: function () {
        var b = goBody(this);
        if (b) {
            if (b.text === undefined) {
                // decoded in Go when UTF-8 (most bodies), else as the SDK
                // decodes the charset (iconv-lite, in the bundle)
                b.text = utf8Body(this, b) ? b.load('text') : bufferToString(b.load('stream'), this.contentInfo().charset);
            }
            return b.text;
        }
        var stream = this.stream;
        if (stream) { return bufferToString(stream, this.contentInfo().charset); }
        return this.body;
    },
    json: function (reviver, strict) {
        var b = isNil(reviver) && goBody(this);
        if (b && b.text === undefined && utf8Body(this, b)) {
            var fast = b.load('json'); // parsed in Go; undefined when the body is not plain JSON
            if (fast !== undefined) { return fast; }
        }
        return parseJSON(this.text(), reviver, strict);
    },
    jsonp: function (reviver, strict) {
        return parseJSON((this.text() || '').replace(/^[^{(].*\(/, '').replace(/\)[^}].*$|\)$/, ''), reviver, strict);
    },
    contentInfo: function () {
        return host.contentInfo(String(this.headers.get('Content-Type') || ''), String(this.headers.get('Content-Disposition') || ''), Boolean(goBody(this)));
    },
    mime: function () {
        throw new Error('`Response#mime` has been discontinued, use `Response#contentInfo` instead.');
    },
    dataURI: function () {
        var ct = this.contentInfo().contentType;
        if (!ct) { return ''; }
        var b = goBody(this), data;
        if (b) {
            data = b.load('base64');
        } else if (!isNil(this.stream)) {
            data = bufferToBase64(this.stream);
        }
        if (!data && !isNil(this.body)) { data = host.base64(String(this.body)); }
        return 'data:' + ct + ';base64, ' + (data || '');
    },
    size: function () {
        var info = { body: 0, header: 0, total: 0 },
            enc = this.headers.get('Content-Encoding'), len = this.headers.get('Content-Length'), compressed = false;
        if (isString(enc)) {
            enc = enc.toLowerCase();
            compressed = enc.indexOf('gzip') > -1 || enc.indexOf('deflate') > -1;
        }
        var b = goBody(this);
        if (len && compressed && isNumeric(len)) {
            info.body = parseInt(len, 10);
        } else if (b) {
            info.body = b.load('size');
        } else if (this.stream) {
            var n = this.stream.byteLength;
            info.body = isNumeric(n) ? n : 0;
        } else if (!isNil(this.body)) {
            info.body = host.byteLength(this.body.toString());
        }
        info.header = ('HTTP/X.X ' + this.code + ' ' + this.reason() + '\r\n\r\n').length + this.headers.contentSize();
        info.total = (info.body || 0) + info.header;
        return info;
    },
    encoding: function () {
        var enc = this.headers.get('Content-Encoding'), source, b = goBody(this);
        if (enc) {
            source = 'header';
        } else if (b) {
            if (b.load('gzip')) { enc = 'gzip'; }
            if (enc) { source = 'body'; }
        } else {
            var body = this.stream || this.body;
            if (body && body[0] === 0x1F && body[1] === 0x8B && body[2] === 0x8) { enc = 'gzip'; }
            if (enc) { source = 'body'; }
        }
        return { format: enc, source: source };
    }
}, merge({
    _postman_propertyName: 'Response',
    isResponse: function (obj) { return isA(Response, obj); },
    createFromNode: function (response, cookies) {
        return new Response({
            cookie: cookies, body: response.body.toString(), stream: response.body, header: response.headers,
            code: response.statusCode, status: response.statusMessage, responseTime: response.elapsedTime
        });
    },
    mimeInfo: function () {
        throw new Error('`Response.mimeInfo` has been discontinued, use `Response#contentInfo` instead.');
    },
    timingPhases: function (timings) {
        if (!(timings && timings.offset)) { return undefined; }
        var o = timings.offset, phases = {
            prepare: o.request, wait: o.socket - o.request, dns: o.lookup - o.socket, tcp: o.connect - o.lookup,
            firstByte: o.response - o.connect, download: o.end - o.response, process: o.done - o.end, total: o.done
        };
        if (o.secureConnect) {
            phases.secureHandshake = o.secureConnect - o.connect;
            phases.firstByte = o.response - o.secureConnect;
        }
        return phases;
    }
}));

// newLoadedResponse makes a Response whose body stays in Go until read.
function newLoadedResponse(meta, load) {
    return fromTrusted(function () {
        pendingLoad = load;
        return new Response(meta);
    });
}

// utf8Body reports whether a loaded response's body is UTF-8 text for its
// text(): its charset is UTF-8 as iconv-lite names it (the default).
function utf8Body(res, b) {
    if (b.utf8 === undefined) {
        var ct = res.headers.get('Content-Type');
        ct = ct ? String(ct).toLowerCase() : '';
        if (ct.indexOf('charset') < 0 || /charset\s*=\s*"?utf-8"?\s*(;|$)/.test(ct)) {
            b.utf8 = true; // no charset named (the SDK's default is utf8), or utf-8
        } else {
            var cs = String(res.contentInfo().charset).toLowerCase().replace(/[^0-9a-z]/g, '');
            b.utf8 = cs === 'utf8' || cs === 'unicode11utf8';
        }
    }
    return b.utf8;
}
function bufferToString(buf, charset) {
    if (!buf || isString(buf)) { return buf || ''; }
    var B = lib('buffer').Buffer;
    if (B.isBuffer(buf)) {
        if (charset && !/^utf-?8$/i.test(charset)) { return host.held(function () { return sdkBundleText(buf, charset); }); }
        return buf.toString();
    }
    var u = new Uint8Array(buf), s = '';
    for (var i = 0; i < u.length; i++) { s += String.fromCharCode(u[i]); }
    return s;
}
function sdkBundleText(buf, charset) {
    // other charsets are decoded as the SDK decodes them (iconv-lite)
    var R = sdkBundle().Response, r = new R({ stream: buf, header: [{ key: 'Content-Type', value: 'text/plain; charset=' + charset }] });
    return R.prototype.text.call(r);
}
function bufferToBase64(buf) {
    if (!buf) { return ''; }
    if (isString(buf)) { return host.base64(String(buf)); }
    var s = buf.toString('base64') || '';
    if (s === '[object ArrayBuffer]') { return host.base64(bufferToString(buf)); }
    return s;
}
