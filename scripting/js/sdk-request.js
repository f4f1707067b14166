// The request side of courier's SDK (see sdk.js): QueryParam, FormParam,
// Url, RequestBody, RequestAuth and Request. Compiled and made only when a
// script first needs one of them (pm.request, pm.sendRequest, ...), so that
// runs that never touch a request do not pay for it. Its function gets sdk.js'
// internals as I, and returns the classes.

var isString = I.isString,
    isNumber = I.isNumber,
    isFunction = I.isFunction,
    isObject = I.isObject,
    isNil = I.isNil,
    has = I.has,
    getKey = I.getKey,
    noop = I.noop,
    isEmpty = I.isEmpty,
    mergeDefined = I.mergeDefined,
    isA = I.isA,
    defineClass = I.defineClass,
    sdkBundle = I.sdkBundle,
    baseToJSON = I.baseToJSON,
    withoutTo = I.withoutTo,
    isNumeric = I.isNumeric,
    PropertyBase = I.PropertyBase,
    Property = I.Property,
    PropertyList = I.PropertyList,
    HeaderList = I.HeaderList,
    VariableList = I.VariableList;

// ---------------------------------------------------------------- QueryParam

// encodeReserved percent-encodes what would end a query key or value,
// outside {{variables}} that contain such characters.
function encodeReservedChars(s, equals) {
    if (!s) { return s; }
    if (s.indexOf('&') !== -1) { s = s.replace(/&/g, '%26'); }
    if (s.indexOf('#') !== -1) { s = s.replace(/#/g, '%23'); }
    if (equals && s.indexOf('=') !== -1) { s = s.replace(/=/g, '%3D'); }
    return s;
}
function normalizeParam(s, equals) {
    if (!(s && typeof s === 'string')) { return s; }
    if (s.indexOf('&') === -1 && s.indexOf('#') === -1 && !(equals && s.indexOf('=') !== -1)) { return s; }
    var re = /{{[^{}]*[&#=][^{}]*}}/g, out = '', pointer = 0, m;
    while ((m = re.exec(s)) !== null) {
        out += encodeReservedChars(s.slice(pointer, m.index), equals) + m[0];
        pointer = m.index + m[0].length;
    }
    if (pointer < s.length) { out += encodeReservedChars(s.slice(pointer), equals); }
    return out;
}

var QueryParam = function PostmanQueryParam(options) {
    Property.apply(this, arguments);
    this.update(options);
};
defineClass('QueryParam', QueryParam, Property, {
    toString: function () { return QueryParam.unparseSingle(this); },
    update: function (param) {
        var parsed = isString(param) ? QueryParam.parseSingle(String(param)) : { key: getKey(param, 'key'), value: getKey(param, 'value') };
        this.key = parsed.key;
        this.value = parsed.value;
        if (has(param, 'system')) { this.system = param.system; }
    },
    valueOf: function () { return isString(this.value) ? this.value : ''; }
}, {
    _postman_propertyName: 'QueryParam',
    _postman_propertyIndexKey: 'key',
    _postman_propertyAllowsMultipleValues: true,
    parse: function (query) {
        return isString(query) ? String(query).split('&').map(QueryParam.parseSingle) : [];
    },
    parseSingle: function (param, idx, all) {
        if (param === '' && isNumber(idx) && Array.isArray(all) && idx !== (all && (all.length - 1))) {
            return { key: null, value: null };
        }
        var index = typeof param === 'string' ? param.indexOf('=') : -1, out = {};
        if (index < 0) {
            out.key = param.substr(0, param.length);
            out.value = null;
        } else {
            out.key = param.substr(0, index);
            out.value = param.substr(index + 1);
        }
        return out;
    },
    unparse: function (params) {
        if (!params) { return ''; }
        if (!Array.isArray(params) && !PropertyList.isPropertyList(params)) {
            var result = '';
            Object.keys(Object(params)).forEach(function (key) {
                if (result) { result += '&'; }
                result += QueryParam.unparseSingle({ key: key, value: params[key] });
            });
            return result;
        }
        var first = true;
        return params.reduce(function (acc, param) {
            if (param.disabled === true) { return acc; }
            if (first) { first = false; } else { acc += '&'; }
            return acc + QueryParam.unparseSingle(param);
        }, '');
    },
    unparseSingle: function (obj) {
        if (!obj) { return ''; }
        var key = obj.key, value = obj.value,
            out = typeof key === 'string' ? normalizeParam(key, true) : '';
        if (typeof value === 'string') { out += '=' + normalizeParam(value); }
        return out;
    }
});

// ----------------------------------------------------------------- FormParam

var FormParam = function PostmanFormParam(options) {
    if (options === undefined) { options = {}; }
    Property.apply(this, arguments);
    this.key = options.key || '';
    this.value = options.value || '';
    this.type = options.type;
    this.src = options.src;
    this.contentType = options.contentType;
    this.fileName = options.fileName;
};
defineClass('FormParam', FormParam, Property, {
    toString: function () { return this.key + '=' + this.value; },
    valueOf: function () { return this.value; },
    toJSON: function () {
        var obj = baseToJSON(this);
        if (obj.type === 'file' && (typeof obj.value !== 'string' || !obj.value)) { delete obj.value; }
        return obj;
    }
}, {
    _postman_propertyName: 'FormParam',
    _postman_propertyIndexKey: 'key',
    _postman_propertyAllowsMultipleValues: true,
    parse: noop
});

// ----------------------------------------------------------------------- Url

// Url.parse splits a URL as postman-url-encoder's parser does. {{variables}}
// holding a separator stay whole: each is swapped for one private-use
// character while the string is split, and put back afterwards.
function parseUrl(s) {
    var out = { raw: s, protocol: undefined, auth: undefined, host: undefined, port: undefined, path: undefined, query: undefined, hash: undefined };
    if (!(s && typeof s === 'string')) { return out; }
    out.raw = s = s.replace(/^\s+/, '');
    var vars = [];
    s = s.replace(/{{[^{}]*[.:/?#@&\]][^{}]*}}/g, function (m) {
        vars.push(m);
        return String.fromCharCode(0xE000 + vars.length - 1);
    });
    var restore = vars.length ? function (v) {
        if (typeof v !== 'string' || !v) { return v; }
        return v.replace(/[\uE000-\uF8FF]/g, function (c) {
            var i = c.charCodeAt(0) - 0xE000;
            return i < vars.length ? vars[i] : c;
        });
    } : null;
    var i, protocol, auth, host, port, path, query, hash;
    if ((i = s.indexOf('#')) !== -1) { hash = s.slice(i + 1); s = s.slice(0, i); }
    if ((i = s.indexOf('?')) !== -1) { query = s.slice(i + 1).split('&'); s = s.slice(0, i); }
    s = s.replace(/\\/g, '/');
    if ((i = s.indexOf('://')) !== -1) {
        protocol = s.slice(0, i);
        s = s.slice(i + 3).replace(/^\/+/, protocol.toLowerCase() === 'file' ? '/' : '');
    }
    if ((i = s.indexOf('/')) !== -1) { path = s.slice(i + 1).split('/'); s = s.slice(0, i); }
    if ((i = s.lastIndexOf('@')) !== -1) {
        auth = s.slice(0, i);
        s = s.slice(i + 1);
        var c = auth.indexOf(':');
        auth = c !== -1 ? [auth.slice(0, c), auth.slice(c + 1)] : [auth];
    }
    var p;
    if ((i = s.lastIndexOf(':')) !== -1 && (p = s.slice(i + 1)).indexOf(']') === -1) {
        port = p;
        s = s.slice(0, i);
    }
    if (s) { host = s.split('.'); }
    if (restore) {
        var fix = function (a) { return a && a.map(restore); };
        protocol = restore(protocol);
        auth = fix(auth);
        host = fix(host);
        port = restore(port);
        path = fix(path);
        query = fix(query);
        hash = restore(hash);
    }
    out.protocol = protocol;
    out.auth = auth;
    out.host = host;
    out.port = port;
    out.path = path;
    out.query = query;
    out.hash = hash;
    return out;
}

function pathVariableName(segment) {
    if (String(segment).indexOf(':') === 0) {
        var dot = segment.indexOf('.');
        return segment.slice(1, dot === -1 ? undefined : dot) || null;
    }
    return null;
}

var Url = function PostmanUrl(options) {
    PropertyBase.apply(this, arguments);
    this.update(options);
};
defineClass('Url', Url, PropertyBase, {
    update: function (url) {
        if (!url) { url = ''; }
        var parsed = isString(url) ? Url.parse(url) : url,
            query = parsed.query, variable = parsed.variable, path = parsed.path, host = parsed.host;
        if (query) {
            if (isString(query)) { query = QueryParam.parse(query); }
            if (!Array.isArray(query) && Object.keys(query).length) {
                var q = query;
                query = Object.keys(q).map(function (key) { return { key: key, value: q[key] }; });
            }
        }
        if (Array.isArray(variable)) {
            variable = variable.map(function (v) {
                if (isObject(v)) { v.key = v.key || v.id; }
                return v;
            });
        }
        if (isString(path)) {
            path = String(path);
            if (path) { path = path.replace(/^\/((.+))$/, '$1'); }
            path = path ? (path === '/' ? [''] : path.split('/')) : undefined;
        }
        if (isString(host)) { host = String(host).split(/\.(?![^{]*\}{2})/g); }
        this.auth = parsed.auth;
        this.protocol = parsed.protocol;
        this.port = parsed.port;
        this.path = path;
        this.hash = parsed.hash;
        this.host = host;
        this.query = new PropertyList(QueryParam, this, query || []);
        this.variables = new VariableList(this, variable || []);
    },
    addQueryParams: function (params) {
        params = isString(params) ? QueryParam.parse(String(params)) : params;
        this.query.populate(params);
    },
    removeQueryParams: function (params) {
        params = Array.isArray(params) ? params.map(function (p) { return p.key ? p.key : p; }) : [params];
        this.query.remove(function (param) { return params.indexOf(param.key) !== -1; });
    },
    getRaw: function () {
        throw new Error('`Url#getRaw` has been discontinued, use `Url#toString` instead.');
    },
    toString: function (forceProtocol) {
        var raw = '', protocol = this.protocol, auth;
        if (forceProtocol && !protocol) { protocol = 'http://'; }
        if (protocol) {
            protocol = String(protocol);
            raw += protocol.slice(-3) === '://' ? protocol : protocol + '://';
        }
        if (this.auth) {
            if (typeof this.auth.user === 'string') { auth = this.auth.user; }
            if (typeof this.auth.password === 'string') {
                if (!auth) { auth = ''; }
                auth += ':' + this.auth.password;
            }
            if (typeof auth === 'string') { raw += auth + '@'; }
        }
        if (this.host) { raw += this.getHost(); }
        if (this.port !== null && this.port !== undefined && typeof this.port.toString === 'function') {
            raw += ':' + this.port.toString();
        }
        if (this.path) { raw += this.getPath(); }
        if (this.query && this.query.count()) {
            var qs = this.getQueryString();
            if (qs === '') {
                qs = this.query.find(function (p) { return !(p && p.disabled); }) && '';
            }
            if (typeof qs === 'string') { raw += '?' + qs; }
        }
        if (typeof this.hash === 'string') { raw += '#' + this.hash; }
        return raw;
    },
    getPath: function (unresolved) {
        if (unresolved) { return '/' + this.path.join('/'); }
        var self = this, segments = [];
        (this.path || []).forEach(function (segment) {
            var name = pathVariableName(segment), value = self.variables.get(name);
            if (value && typeof value === 'string') { segment = value + segment.slice(name.length + 1); }
            segments.push(segment);
        });
        return '/' + segments.join('/');
    },
    getQueryString: function () {
        if (!this.query.count()) { return ''; }
        return QueryParam.unparse(this.query.all());
    },
    getPathWithQuery: function () {
        var path = this.getPath(), qs = this.getQueryString();
        if (qs) { path += '?' + qs; }
        return path;
    },
    getHost: function () {
        if (!this.host) { return ''; }
        return Array.isArray(this.host) ? this.host.join('.') : this.host.toString();
    },
    getRemote: function (forcePort) {
        var host = this.getHost(), port = this.port && this.port.toString();
        if (forcePort && !port) { port = this.protocol && this.protocol === 'https' ? '443' : '80'; }
        return port ? host + ':' + port : host;
    },
    getOAuth1BaseUrl: function () {
        var protocol = this.protocol || 'http',
            port = this.port ? this.port.toString() : undefined,
            host = ((port === '80' || port === '443' || port === undefined) && this.host.join('.')) ||
                (this.host.join('.') + ':' + port),
            path = this.getPath();
        protocol = protocol.slice(-3) === '://' ? protocol : protocol + '://';
        return protocol.toLowerCase() + host.toLowerCase() + path;
    }
}, {
    _postman_propertyName: 'Url',
    parse: function (url) {
        url = parseUrl(url);
        var seen = {}, variables = [];
        if (url.auth) { url.auth = { user: url.auth[0], password: url.auth[1] }; }
        if (url.query) { url.query = url.query.map(QueryParam.parseSingle); }
        (url.path || []).forEach(function (segment) {
            var name = pathVariableName(segment);
            if (name && !seen[name]) {
                seen[name] = true;
                variables.push({ key: name });
            }
        });
        url.variable = variables.length ? variables : undefined;
        return url;
    },
    isUrl: function (obj) { return isA(Url, obj); }
});

// --------------------------------------------------------------- RequestBody

var BODY_MODES = { file: 'file', formdata: 'formdata', graphql: 'graphql', raw: 'raw', urlencoded: 'urlencoded' };

var RequestBody = function PostmanRequestBody(options) {
    PropertyBase.apply(this, arguments);
    if (!options) { return; }
    this.update(options);
};
defineClass('RequestBody', RequestBody, PropertyBase, {
    update: function (options) {
        if (isString(options)) { options = { mode: 'raw', raw: options }; }
        if (!options.mode) { return; }
        var mode = BODY_MODES[options.mode.toString().toLowerCase()] || BODY_MODES.raw,
            urlencoded = options.urlencoded, formdata = options.formdata, graphql = options.graphql,
            file = options.file, raw = options.raw;
        if (options.urlencoded) {
            if (isString(urlencoded)) { urlencoded = QueryParam.parse(urlencoded); }
            urlencoded = new PropertyList(QueryParam, this, urlencoded);
        }
        if (options.formdata) { formdata = new PropertyList(FormParam, this, options.formdata); }
        if (options.graphql) {
            graphql = { query: graphql.query, operationName: graphql.operationName, variables: graphql.variables };
        }
        if (isString(options.file)) { file = { src: file }; }
        if (mode === 'raw' && !raw) { raw = ''; }
        if (mode === 'urlencoded' && !urlencoded) { urlencoded = new PropertyList(QueryParam, this, []); }
        if (mode === 'formdata' && !formdata) { formdata = new PropertyList(FormParam, this, []); }
        if (mode === 'graphql' && !graphql) { graphql = {}; }
        this.mode = mode;
        this.raw = raw;
        this.urlencoded = urlencoded;
        this.formdata = formdata;
        this.file = file;
        this.graphql = graphql;
        this.options = isObject(options.options) ? options.options : undefined;
        this.disabled = options.disabled;
    },
    toString: function () {
        if (this.mode === 'formdata' || this.mode === 'file') { return ''; }
        if (this.mode === 'urlencoded') {
            return PropertyList.isPropertyList(this.urlencoded) ? QueryParam.unparse(this.urlencoded.all()) :
                ((this.urlencoded && isFunction(this.urlencoded.toString)) ? this.urlencoded.toString() : '');
        }
        if (this.mode === 'raw') {
            return (this.raw && isFunction(this.raw.toString)) ? this.raw.toString() : '';
        }
        return '';
    },
    isEmpty: function () {
        var mode = this.mode, data = mode && this[mode];
        if (!data) { return true; }
        if (mode === 'file') { return !(data.src || data.content); }
        if (isString(data)) { return data.length === 0; }
        if (isFunction(data.count)) { return data.count() === 0; }
        return isEmpty(data);
    },
    toJSON: function () {
        var obj = baseToJSON(this);
        if (obj.file && obj.file.content && typeof obj.file.content !== 'string') { delete obj.file.content; }
        return obj;
    }
}, {
    _postman_propertyName: 'RequestBody',
    MODES: BODY_MODES
});

// --------------------------------------------------------------- RequestAuth

function isValidAuthType(type) { return isString(type) && type !== 'type'; }

var RequestAuth = function PostmanRequestAuth(options, parent) {
    Property.call(this, options);
    if (parent) { this.setParent(parent); }
    if (has(options, 'type')) { this.use(options.type); }
    if (isObject(options)) {
        var self = this;
        Object.keys(options).forEach(function (k) {
            if (k !== 'type') { self.update(options[k], k); }
        });
    }
};
defineClass('RequestAuth', RequestAuth, Property, {
    update: function (options, type) {
        if (!isObject(options)) { return; }
        if (!type) { type = this.type; }
        if (!isValidAuthType(type)) { return; }
        var parameters = this[type];
        if (!VariableList.isVariableList(parameters)) {
            parameters = this[type] = new VariableList(this);
            parameters._postman_requestAuthType = type;
        }
        if (Array.isArray(options) || VariableList.isVariableList(options)) {
            parameters.assimilate(options);
        } else {
            parameters.syncFromObject(options, false, false);
        }
    },
    use: function (type, options) {
        if (!isValidAuthType(type)) { return; }
        this.type = type;
        var parameters = this[type];
        if (!VariableList.isVariableList(parameters)) { parameters = this[type] = new VariableList(this); }
        if (Array.isArray(options) || VariableList.isVariableList(options)) {
            parameters.assimilate(options);
        } else {
            parameters.syncFromObject(options, false, false);
        }
    },
    current: function () {
        throw new Error('`Request#current` has been discontinued, use `Request#parameters` instead.');
    },
    parameters: function () { return this[this.type]; },
    clear: function (type) {
        if (!(isValidAuthType(type) && VariableList.isVariableList(this[type]))) { return; }
        this[type].clear();
        if (type !== this.type) { delete this[type]; }
    }
}, {
    _postman_propertyName: 'RequestAuth',
    isValidType: isValidAuthType
});

// ------------------------------------------------------------------- Request

function requestToJSON() {
    var obj = baseToJSON(this);
    if (Array.isArray(obj.header) && !obj.header.length) { delete obj.header; }
    return obj;
}

var Request = function PostmanRequest(options) {
    Property.apply(this, arguments);
    if (typeof options === 'string') { options = { url: options }; }
    this.url = new Url();
    this.headers = new HeaderList(this, options && options.header);
    this.method = has(options, 'method') && !isNil(options.method) ? String(options.method).toUpperCase() : 'GET';
    constructing = true;
    try { this.update(options); } finally { constructing = false; }
};
var constructing = false; // Request#update: the constructor has just populated the headers
defineClass('Request', Request, Property, {
    update: function (options) {
        var populated = constructing;
        constructing = false;
        if (!options) { return; }
        if (has(options, 'url')) { this.url.update(options.url); }
        // (the constructor has just populated the headers from the same data)
        if (options.header && !populated) { this.headers.repopulate(options.header); }
        if (has(options, 'method')) {
            this.method = isNil(options.method) ? 'GET' : String(options.method).toUpperCase();
        }
        mergeDefined(this, {
            body: has(options, 'body') ? new RequestBody(options.body) : undefined,
            auth: options.auth ? new RequestAuth(options.auth) : undefined,
            proxy: options.proxy && forwardNew('ProxyConfig', options.proxy),
            certificate: options.certificate && forwardNew('Certificate', options.certificate)
        });
    },
    authorizeUsing: function (type, options) {
        if (isObject(type) && isNil(options)) {
            options = {};
            var t = type;
            Object.keys(t).forEach(function (k) { if (k !== 'type') { options[k] = t[k]; } });
            type = t.type;
        }
        if (type === null) {
            if (has(this, 'auth')) { delete this.auth; }
            return;
        }
        if (!isValidAuthType(type)) { return; }
        if (!this.auth) {
            this.auth = new RequestAuth(null, this);
        } else {
            this.auth.clear(type);
        }
        this.auth.use(type, options);
    },
    getHeaders: function getHeaders(options) {
        if (!options) { options = {}; }
        return this.headers.toObject(options.enabled, !options.ignoreCase, options.multiValue, options.sanitizeKeys);
    },
    forEachHeader: function forEachHeader(callback) {
        var self = this;
        this.headers.all().forEach(function (header) { return callback(header, self); });
    },
    addHeader: function (header) { this.headers.add(header); },
    removeHeader: function (toRemove, options) {
        toRemove = isString(toRemove) ? toRemove : toRemove.key;
        options = options || {};
        if (!toRemove) { return; }
        if (options.ignoreCase) { toRemove = toRemove.toLowerCase(); }
        this.headers.remove(function (header) {
            var key = options.ignoreCase ? header.key.toLowerCase() : header.key;
            return key === toRemove;
        });
    },
    upsertHeader: function (header) {
        if (!(header && header.key)) { return undefined; }
        var existing = this.headers.find(function (h) { return h && h.key === header.key; });
        if (!existing) { return this.headers.add(header); }
        existing.value = header.value;
        return undefined;
    },
    addQueryParams: function (params) { this.url.addQueryParams(params); },
    removeQueryParams: function (params) { this.url.removeQueryParams(params); },
    size: function () {
        var contentLength = this.headers.get('Content-Length'),
            target = this.url.getPathWithQuery(),
            info = { body: 0, header: 0, total: 0, source: 'COMPUTED' };
        if (contentLength && isNumeric(contentLength)) {
            info.body = parseInt(contentLength, 10);
            info.source = 'CONTENT-LENGTH';
        } else if (this.body) {
            info.body = host.byteLength(this.body.toString());
        }
        info.header = (this.method + ' ' + target + ' HTTP/X.X\r\n\r\n').length + this.headers.contentSize();
        info.total = (info.body || 0) + info.header;
        return info;
    },
    toJSON: withoutTo(requestToJSON),
    clone: function () { return new Request(this.toJSON()); }
}, {
    _postman_propertyName: 'Request',
    isRequest: function (obj) { return isA(Request, obj); }
});

function forwardNew(className, options) {
    var T = sdkBundle()[className];
    return new T(options);
}

return {
    QueryParam: QueryParam, FormParam: FormParam, Url: Url, RequestBody: RequestBody,
    RequestAuth: RequestAuth, Request: Request, requestToJSON: requestToJSON
};
