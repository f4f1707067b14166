// courier's lightweight stand-ins for the postman-collection SDK objects that
// scripts see as pm.request, pm.response, pm.cookies and their lists. They
// follow the SDK's documented behaviour (method names, return values, case
// rules) without its start-up cost. Part of the prelude: `host` is in scope.

var hasOwn = Object.prototype.hasOwnProperty;
var toStr = Object.prototype.toString;

function isString(v) { return typeof v === 'string' || toStr.call(v) === '[object String]'; }
function isObject(v) { return v !== null && (typeof v === 'object' || typeof v === 'function'); }
function isPlainObject(v) {
    if (!v || typeof v !== 'object' || toStr.call(v) !== '[object Object]') { return false; }
    var p = Object.getPrototypeOf(v);
    return p === null || p === Object.prototype;
}
function isNil(v) { return v === null || v === undefined; }
// hideDescriptor is hideProp's descriptor, reused (defineProperty reads it
// before it could run any other code).
var hideDescriptor = { value: undefined, enumerable: false, writable: true, configurable: true };
function hideProp(obj, key, value) {
    hideDescriptor.value = value;
    Object.defineProperty(obj, key, hideDescriptor);
    hideDescriptor.value = undefined;
}

// ---------------------------------------------------------------- PropertyList

function PropertyList(Type, parent, populate) {
    if (parent) { hideProp(this, '__parent', parent); }
    this.members = [];
    this.reference = {};
    if (Type && Type !== this.Type) {
        hideProp(this, 'Type', Type);
        hideProp(this, '_postman_listIndexKey', Type._postman_propertyIndexKey || 'id');
        hideProp(this, '_postman_listIndexCaseInsensitive', Boolean(Type._postman_propertyIndexCaseInsensitive));
        hideProp(this, '_postman_listAllowsMultipleValues', Boolean(Type._postman_propertyAllowsMultipleValues));
    }
    if (populate) { this.populate(populate); }
}

PropertyList.prototype._postman_propertyIsList = true;
PropertyList.prototype._postman_listIndexKey = 'id';
PropertyList.prototype._postman_listIndexCaseInsensitive = false;
PropertyList.prototype._postman_listAllowsMultipleValues = false;

PropertyList.prototype._indexOf = function (item) {
    var key = item && item[this._postman_listIndexKey];
    if (isNil(key)) { return undefined; }
    key = String(key);
    if (key === '') { return undefined; }
    return this._postman_listIndexCaseInsensitive ? key.toLowerCase() : key;
};

PropertyList.prototype.insert = function (item, before) {
    if (!isObject(item)) { return; }
    var dup = this.members.indexOf(item);
    if (dup > -1) { this.members.splice(dup, 1); }
    var at = before === undefined ? -1 : this.members.indexOf(isString(before) ? this.one(before) : before);
    if (at > -1) { this.members.splice(at, 0, item); } else { this.members.push(item); }
    var key = this._indexOf(item);
    if (key === undefined) { return; }
    if (this._postman_listAllowsMultipleValues && hasOwn.call(this.reference, key)) {
        if (!Array.isArray(this.reference[key])) { this.reference[key] = [this.reference[key]]; }
        this.reference[key].push(item);
    } else {
        this.reference[key] = item;
    }
};
PropertyList.prototype.append = function (item) { return this.insert(item); };
PropertyList.prototype.prepend = function (item) { return this.insert(item, this.members[0]); };
PropertyList.prototype.insertAfter = function (item, after) {
    var i = this.members.indexOf(isString(after) ? this.one(after) : after);
    return this.insert(item, this.members[i + 1]);
};
PropertyList.prototype._make = function (item) {
    if (item instanceof this.Type) { return item; }
    return this.Type.create ? this.Type.create.apply(this.Type, arguments) : new this.Type(item);
};
PropertyList.prototype.add = function (item) {
    if (isNil(item) || (typeof item === 'number' && isNaN(item))) { return; }
    if (item instanceof this.Type) { this.insert(item); return; }
    this._push(this._make.apply(this, arguments));
};
// _push appends a member that is in no list yet.
PropertyList.prototype._push = function (item) {
    this.members.push(item);
    var key = item[this._postman_listIndexKey];
    if (key === undefined || key === null || key === '') { return; }
    key = String(key);
    if (this._postman_listIndexCaseInsensitive) { key = key.toLowerCase(); }
    var ref = this.reference;
    if (this._postman_listAllowsMultipleValues && hasOwn.call(ref, key)) {
        if (!Array.isArray(ref[key])) { ref[key] = [ref[key]]; }
        ref[key].push(item);
    } else {
        ref[key] = item;
    }
};
PropertyList.prototype.upsert = function (item) {
    if (isNil(item) || (typeof item === 'number' && isNaN(item))) { return null; }
    var existing = this.one(item[this._postman_listIndexKey]);
    if (existing) {
        if (typeof existing.update !== 'function') {
            throw new Error('collection: unable to upsert into a list of Type that does not support .update()');
        }
        existing.update(item);
        return false;
    }
    this.add(item);
    return true;
};
PropertyList.prototype.remove = function (predicate, context) {
    var self = this, match;
    if (!context) { context = this; }
    if (isString(predicate)) {
        match = this._postman_listIndexCaseInsensitive ? String(predicate).toLowerCase() : String(predicate);
        predicate = function (item) {
            var id = item[self._postman_listIndexKey];
            if (isNil(id)) { return false; }
            id = String(id);
            return (self._postman_listIndexCaseInsensitive ? id.toLowerCase() : id) === match;
        };
    } else if (predicate instanceof this.Type) {
        match = predicate;
        predicate = function (item) { return item === match; };
    }
    if (typeof predicate !== 'function') { return; }
    var kept = [];
    this.members.forEach(function (item, i) {
        if (predicate.call(context, item, i, self.members)) {
            var key = self._indexOf(item);
            if (key !== undefined) {
                var ref = self.reference[key];
                if (Array.isArray(ref)) {
                    ref = ref.filter(function (each) { return each !== item; });
                    if (ref.length === 0) { delete self.reference[key]; } else { self.reference[key] = ref.length === 1 ? ref[0] : ref; }
                } else if (ref === item) {
                    delete self.reference[key];
                }
            }
        } else {
            kept.push(item);
        }
    });
    this.members.length = 0;
    Array.prototype.push.apply(this.members, kept);
};
PropertyList.prototype.clear = function () {
    this.members.length = 0;
    var ref = this.reference;
    Object.keys(ref).forEach(function (k) { delete ref[k]; });
};
PropertyList.prototype.populate = function (items) {
    if (isString(items) && typeof this.Type.parse === 'function') { items = this.Type.parse(items); }
    if (Array.isArray(items)) {
        var T = this.Type;
        // what add(item) does, without its arguments object
        var direct = this.add === PropertyList.prototype.add && this._make === PropertyList.prototype._make &&
            (!T.create || (T === Header && T.create === headerCreate)); // Header.create(item) is new Header(item)
        for (var i = 0; i < items.length; i++) {
            var item = items[i];
            if (!direct) {
                this.add(item);
            } else if (isNil(item) || (typeof item === 'number' && isNaN(item))) {
                continue;
            } else if (item instanceof T) {
                this.insert(item);
            } else {
                this._push(new T(item));
            }
        }
        return;
    }
    var add = this.add.bind(this);
    if (isPlainObject(items) && this.Type.create) {
        Object.keys(items).forEach(function (k) { add(items[k], k); });
        return;
    }
    add(items);
};
PropertyList.prototype.repopulate = function (items) { this.clear(); this.populate(items); };
PropertyList.prototype.assimilate = function (source, prune) {
    var members = source instanceof PropertyList ? source.members : source, list = this,
        key = this._postman_listIndexKey, seen = {};
    if (!Array.isArray(members)) { return; }
    members.forEach(function (item) {
        if (!(item && hasOwn.call(item, key))) { return; }
        list.upsert(item);
        seen[item[key]] = true;
    });
    if (prune) {
        Object.keys(list.reference).forEach(function (k) { if (!hasOwn.call(seen, k)) { list.remove(k); } });
    }
};
PropertyList.prototype.all = function () { return this.members.slice(); };
PropertyList.prototype.one = function (id) {
    var val = this.reference[this._postman_listIndexCaseInsensitive ? String(id).toLowerCase() : id];
    if (!hasOwn.call(this.reference, this._postman_listIndexCaseInsensitive ? String(id).toLowerCase() : id)) { return undefined; }
    if (this._postman_listAllowsMultipleValues && Array.isArray(val)) { return val.length ? val[val.length - 1] : undefined; }
    return val;
};
PropertyList.prototype.get = function (key) {
    var m = this.one(key);
    if (!m) { return undefined; }
    return m.valueOf();
};
PropertyList.prototype.each = function (iterator, context) {
    if (typeof iterator !== 'function') { return; }
    var fn = iterator.bind(context || this.__parent);
    var ms = this.members.slice();
    for (var i = 0; i < ms.length; i++) { if (fn(ms[i], i, ms) === false) { break; } }
};
function ruleFn(rule) {
    if (typeof rule === 'function') { return rule; }
    if (isPlainObject(rule)) {
        return function (m) { return Object.keys(rule).every(function (k) { return m && m[k] === rule[k]; }); };
    }
    if (isString(rule)) { return function (m) { return Boolean(m && m[rule]); }; }
    return function (m) { return Boolean(m); };
}
PropertyList.prototype.filter = function (rule, context) {
    var fn = ruleFn(rule);
    if (typeof rule === 'function' && isObject(context)) { fn = rule.bind(context); }
    return this.members.filter(function (m, i, a) { return fn(m, i, a); });
};
PropertyList.prototype.find = function (rule, context) {
    var fn = ruleFn(rule);
    if (typeof rule === 'function' && isObject(context)) { fn = rule.bind(context); }
    return this.members.find(function (m, i, a) { return fn(m, i, a); });
};
PropertyList.prototype.map = function (iterator, context) {
    if (typeof iterator === 'function') { iterator = iterator.bind(context || this); } else {
        var key = iterator;
        iterator = function (m) { return isNil(key) ? m : m && m[key]; };
    }
    return this.members.map(function (m, i, a) { return iterator(m, i, a); });
};
PropertyList.prototype.reduce = function (iterator, accumulator, context) {
    var fn = iterator.bind(context || this);
    return this.members.reduce(function (acc, m, i, a) { return fn(acc, m, i, a); }, accumulator);
};
PropertyList.prototype.count = function () { return this.members.length; };
PropertyList.prototype.idx = function (i) { return this.members[i]; };
PropertyList.prototype.indexOf = function (item) { return this.members.indexOf(isString(item) ? this.one(item) : item); };
PropertyList.prototype.has = function (item, value) {
    var match;
    if (isString(item)) {
        var k = this._postman_listIndexCaseInsensitive ? String(item).toLowerCase() : String(item);
        match = hasOwn.call(this.reference, k) ? this.reference[k] : undefined;
    } else {
        match = this.members.filter(function (m) { return m === item; });
        if (!match.length) { match = undefined; }
    }
    if (!match) { return false; }
    if (arguments.length === 1) { return Boolean(Array.isArray(match) ? match.length : match); }
    if (Array.isArray(match)) {
        for (var i = 0; i < match.length; i++) {
            var v = typeof match[i].valueOf === 'function' ? match[i].valueOf() : match[i];
            if (v === value) { return true; }
        }
        return false;
    }
    if (typeof match.valueOf === 'function') { match = match.valueOf(); }
    return match === value;
};
PropertyList.prototype.eachParent = function (iterator, context) {
    if (typeof iterator !== 'function') { return; }
    var parent = this.__parent, prev;
    while (parent) { iterator.call(context || this, parent, prev); prev = parent; parent = parent.__parent; }
};
PropertyList.prototype.toObject = function (excludeDisabled, caseSensitive, multiValue, sanitizeKeys) {
    var obj = {}, key = this._postman_listIndexKey,
        sensitive = !this._postman_listIndexCaseInsensitive || caseSensitive,
        multi = this._postman_listAllowsMultipleValues || multiValue;
    this.members.forEach(function (m) {
        if (!m || !hasOwn.call(m, key) || (excludeDisabled && m.disabled) || (sanitizeKeys && !m[key])) { return; }
        var prop = sensitive ? m[key] : String(m[key]).toLowerCase();
        if (multi && hasOwn.call(obj, prop)) {
            if (!Array.isArray(obj[prop])) { obj[prop] = [obj[prop]]; }
            obj[prop].push(m.valueOf());
        } else {
            obj[prop] = m.valueOf();
        }
    });
    return obj;
};
PropertyList.prototype.toString = function () {
    if (this.Type.unparse) { return this.Type.unparse(this.members); }
    return '[object Object]';
};
PropertyList.prototype.toJSON = function () {
    return this.members.map(function (m) { return m && typeof m.toJSON === 'function' ? m.toJSON() : m; });
};
PropertyList.isPropertyList = function (obj) { return obj instanceof PropertyList; };

function subList(name, Type, extra) {
    var L = function (parent, populate) { PropertyList.call(this, Type, parent, populate); };
    L.prototype = Object.create(PropertyList.prototype);
    L.prototype.constructor = L;
    hideProp(L.prototype, 'Type', Type);
    L.prototype._postman_listIndexKey = Type._postman_propertyIndexKey || 'id';
    L.prototype._postman_listIndexCaseInsensitive = Boolean(Type._postman_propertyIndexCaseInsensitive);
    L.prototype._postman_listAllowsMultipleValues = Boolean(Type._postman_propertyAllowsMultipleValues);
    Object.defineProperty(L, 'name', { value: name });
    if (extra) { Object.keys(extra).forEach(function (k) { L.prototype[k] = extra[k]; }); }
    return L;
}

// --------------------------------------------------------------------- Header

function copyDefined(target, src, keys) {
    keys.forEach(function (k) { if (src[k] !== undefined) { target[k] = src[k]; } });
}

function Header(options, name) {
    if (isString(options)) {
        options = isString(name) ? { key: name, value: options } : Header.parseSingle(options);
    }
    this.update(options || {});
}
Header._postman_propertyIndexKey = 'key';
Header._postman_propertyIndexCaseInsensitive = true;
Header._postman_propertyAllowsMultipleValues = true;
Header.prototype.update = function (options) {
    var k = options.key, v = options.value;
    this.key = k === undefined || k === null ? '' : k;
    this.value = v === undefined || v === null ? '' : v;
    if (options.system === true) { this.system = true; }
    if (options.disabled === true) { this.disabled = true; }
    if (options.description !== undefined) { this.description = options.description; }
};
Header.prototype.valueOf = function () { return this.value; };
Header.prototype.toString = function () { return this.key + ': ' + this.value; };
Header.prototype.toJSON = function () {
    var o = { key: this.key, value: this.value };
    copyDefined(o, this, ['disabled', 'system', 'description']);
    return o;
};
Header.parseSingle = function (str) {
    str = isString(str) ? String(str) : '';
    var i = str.indexOf(':');
    if (i < 0) { return { key: str.trim(), value: '' }; }
    return { key: str.slice(0, i).trim(), value: str.slice(i + 1).trim() };
};
Header.parse = function (str) {
    return String(str).split(/\r?\n/).map(function (l) { return l.trim(); }).filter(Boolean).map(Header.parseSingle);
};
Header.unparseSingle = function (h) { return h && !h.disabled ? h.key + ': ' + h.value : ''; };
Header.unparse = function (list, sep) {
    if (sep === undefined) { sep = '\r\n'; }
    var ms = list instanceof PropertyList ? list.members : (Array.isArray(list) ? list : []);
    return ms.reduce(function (acc, h) { return h && !h.disabled ? acc + Header.unparseSingle(h) + sep : acc; }, '');
};
Header.create = function (value, name) { return new Header(value, name); };
var headerCreate = Header.create;

var HeaderList = subList('HeaderList', Header, {
    contentSize: function () { return this.count() ? Header.unparse(this).length : 0; }
});

// ----------------------------------------------------------------- QueryParam

function QueryParam(options) {
    if (isString(options)) { options = QueryParam.parseSingle(String(options)); }
    this.update(options || {});
}
QueryParam._postman_propertyIndexKey = 'key';
QueryParam._postman_propertyAllowsMultipleValues = true;
QueryParam.prototype.update = function (param) {
    if (isString(param)) { param = QueryParam.parseSingle(String(param)); }
    if (param.disabled === true) { this.disabled = true; }
    if (param.description !== undefined) { this.description = param.description; }
    this.key = isNil(param.key) ? null : String(param.key);
    this.value = isNil(param.value) ? null : String(param.value);
};
QueryParam.prototype.valueOf = function () { return isString(this.value) ? this.value : ''; };
QueryParam.prototype.toString = function () { return QueryParam.unparseSingle(this); };
QueryParam.prototype.toJSON = function () {
    var o = {};
    copyDefined(o, this, ['disabled', 'description']);
    o.key = this.key;
    o.value = this.value;
    return o;
};
// parseSingle: "k=v", "k" (no value), and an empty segment that is not the
// last of a parse (as in "a&&b"), which has neither key nor value
QueryParam.parseSingle = function (param, idx, all) {
    if (param === '' && typeof idx === 'number' && Array.isArray(all) && idx !== all.length - 1) {
        return { key: null, value: null };
    }
    var i = param.indexOf('=');
    if (i < 0) { return { key: param, value: null }; }
    return { key: param.slice(0, i), value: param.slice(i + 1) };
};
QueryParam.parse = function (query) {
    return isString(query) ? String(query).split('&').map(QueryParam.parseSingle) : [];
};
// normalizeParam writes "&" and "#" (and "=" in a key) that would split a
// parameter as %26, %23 and %3D, except inside {{…}} references holding them
function normalizeQueryParam(str, isKey) {
    if (!str || typeof str !== 'string') { return str; }
    if (str.indexOf('&') === -1 && str.indexOf('#') === -1 && !(isKey && str.indexOf('=') !== -1)) { return str; }
    var enc = function (s) {
        s = s.replace(/&/g, '%26').replace(/#/g, '%23');
        return isKey ? s.replace(/=/g, '%3D') : s;
    };
    var out = '', last = 0, re = /{{[^{}]*[&#=][^{}]*}}/g, m;
    while ((m = re.exec(str)) !== null) {
        out += enc(str.slice(last, m.index)) + m[0];
        last = m.index + m[0].length;
    }
    return out + enc(str.slice(last));
}
QueryParam.unparseSingle = function (p) {
    if (!p) { return ''; }
    var key = typeof p.key === 'string' ? normalizeQueryParam(p.key, true) : '';
    if (typeof p.value !== 'string') { return key; }
    return key + '=' + normalizeQueryParam(p.value, false);
};
QueryParam.unparse = function (params) {
    if (!params) { return ''; }
    if (!(params instanceof PropertyList) && !Array.isArray(params)) {
        return Object.keys(params).map(function (k) { return QueryParam.unparseSingle({ key: k, value: params[k] }); }).join('&');
    }
    var ms = params instanceof PropertyList ? params.members : params;
    return ms.filter(function (p) { return p && p.disabled !== true; }).map(QueryParam.unparseSingle).join('&');
};
var QueryParamList = subList('PropertyList', QueryParam);

// ------------------------------------------------------------------ FormParam

function FormParam(options) { this.update(options || {}); }
FormParam._postman_propertyIndexKey = 'key';
FormParam._postman_propertyAllowsMultipleValues = true;
FormParam.prototype.update = function (o) {
    this.key = isNil(o.key) ? '' : o.key;
    this.value = isNil(o.value) ? '' : o.value;
    this.type = o.type === 'file' ? 'file' : 'text';
    if (o.src !== undefined) { this.src = o.src; }
    if (o.contentType !== undefined) { this.contentType = o.contentType; }
    if (o.disabled === true) { this.disabled = true; }
    if (o.description !== undefined) { this.description = o.description; }
};
FormParam.prototype.valueOf = function () { return this.value; };
FormParam.prototype.toString = function () { return this.key + '=' + this.value; };
FormParam.prototype.toJSON = function () {
    var o = { key: this.key, value: this.value, type: this.type };
    copyDefined(o, this, ['src', 'contentType', 'disabled', 'description']);
    return o;
};
var FormParamList = subList('PropertyList', FormParam);

// ------------------------------------------------------------------- Variable

function Variable(options, key) {
    if (!isPlainObject(options) || (key !== undefined && !hasOwn.call(options, 'key'))) {
        options = key !== undefined ? { key: key, value: options } : { value: options };
    }
    this.update(options);
}
Variable._postman_propertyIndexKey = 'key';
Variable.prototype.update = function (o) {
    if (o.key !== undefined) { this.key = o.key; }
    if (hasOwn.call(o, 'value')) { this.value = o.value; }
    if (o.type !== undefined) { this.type = o.type; } else if (this.type === undefined) { this.type = 'any'; }
    if (o.disabled === true) { this.disabled = true; }
    if (o.description !== undefined) { this.description = o.description; }
};
Variable.prototype.valueOf = function () { return this.value; };
Variable.prototype.get = function () { return this.value; };
Variable.prototype.set = function (v) { this.value = v; };
Variable.prototype.toString = function () { return isNil(this.value) ? '' : String(this.value); };
Variable.prototype.toJSON = function () {
    var o = { type: this.type, value: this.value, key: this.key };
    copyDefined(o, this, ['disabled', 'description']);
    return o;
};
Variable.create = function (v, k) { return new Variable(v, k); };
var VariableList = subList('VariableList', Variable, {
    replace: function (str) {
        var self = this;
        return String(str).replace(/\{\{([^{}]+)\}\}/g, function (m, name) {
            var v = self.one(name);
            return v && !v.disabled ? String(v.value) : m;
        });
    }
});

// --------------------------------------------------------------------- Cookie

function Cookie(options) {
    if (isString(options)) { options = Cookie.parse(String(options)); }
    this.update(options || {});
}
Cookie._postman_propertyIndexKey = 'name';
Cookie._postman_propertyAllowsMultipleValues = true;
Cookie.prototype.update = function (o) {
    if (o.name === undefined && o.key !== undefined) { this.name = o.key; }
    // name, expires, maxAge, domain, path, secure, httpOnly, hostOnly,
    // session, extensions and value, in that order
    if (o.name !== undefined) { this.name = o.name; }
    if (o.expires !== undefined) { this.expires = o.expires; }
    if (o.maxAge !== undefined) { this.maxAge = o.maxAge; }
    if (o.domain !== undefined) { this.domain = o.domain; }
    if (o.path !== undefined) { this.path = o.path; }
    if (o.secure !== undefined) { this.secure = o.secure; }
    if (o.httpOnly !== undefined) { this.httpOnly = o.httpOnly; }
    if (o.hostOnly !== undefined) { this.hostOnly = o.hostOnly; }
    if (o.session !== undefined) { this.session = o.session; }
    if (o.extensions !== undefined) { this.extensions = o.extensions; }
    if (o.value !== undefined) { this.value = o.value; }
    if (this.value === undefined) { this.value = ''; }
};
Cookie.prototype.valueOf = function () { return this.value; };
Cookie.prototype.toString = function () {
    var s = this.name + '=' + this.value;
    if (this.expires) { s += '; Expires=' + (this.expires instanceof Date ? this.expires.toUTCString() : this.expires); }
    if (this.maxAge !== undefined) { s += '; Max-Age=' + this.maxAge; }
    if (this.domain) { s += '; Domain=' + this.domain; }
    if (this.path) { s += '; Path=' + this.path; }
    if (this.secure) { s += '; Secure'; }
    if (this.httpOnly) { s += '; HttpOnly'; }
    return s;
};
Cookie.prototype.toJSON = function () {
    var o = {}, self = this;
    Object.keys(this).forEach(function (k) { if (self[k] !== undefined) { o[k] = self[k]; } });
    return o;
};
Cookie.parse = function (str) {
    var parts = String(str).split(';'), first = parts.shift() || '', i = first.indexOf('='), c = {};
    c.name = (i < 0 ? first : first.slice(0, i)).trim();
    c.value = i < 0 ? '' : first.slice(i + 1).trim();
    parts.forEach(function (p) {
        var j = p.indexOf('='), k = (j < 0 ? p : p.slice(0, j)).trim().toLowerCase(), v = j < 0 ? true : p.slice(j + 1).trim();
        if (k === 'expires') { c.expires = v; } else if (k === 'max-age') { c.maxAge = Number(v); } else if (k === 'domain') { c.domain = v; } else if (k === 'path') { c.path = v; } else if (k === 'secure') { c.secure = true; } else if (k === 'httponly') { c.httpOnly = true; }
    });
    return c;
};
Cookie.unparse = function (list) {
    var ms = list instanceof PropertyList ? list.members : list;
    return ms.map(function (c) { return c.name + '=' + c.value; }).join('; ');
};
var CookieList = subList('CookieList', Cookie);
CookieList.isCookieList = function (o) { return o instanceof CookieList; };

// ------------------------------------------------------------------------ Url

function Url(options) {
    this.update(options);
}
Url.prototype.update = function (url) {
    if (!url) { url = ''; }
    if (isString(url)) { url = Url.parse(String(url)); }
    var query = url.query, path = url.path, host = url.host, variable = url.variable;
    if (query) {
        if (isString(query)) { query = QueryParam.parse(String(query)); }
        if (!Array.isArray(query) && !(query instanceof PropertyList) && Object.keys(query).length) {
            query = Object.keys(query).map(function (k) { return { key: k, value: query[k] }; });
        }
    }
    if (isString(path)) {
        path = String(path);
        if (path) { path = path.replace(/^\/((.+))$/, '$1'); }
        path = path ? (path === '/' ? [''] : path.split('/')) : undefined;
    } else if (Array.isArray(path)) {
        path = path.slice();
    }
    if (isString(host)) { host = String(host).split(/\.(?![^{]*\}{2})/g); } else if (Array.isArray(host)) { host = host.slice(); }
    this.auth = url.auth;
    this.protocol = url.protocol;
    this.port = url.port;
    this.path = path;
    this.hash = url.hash;
    this.host = host;
    this.query = new QueryParamList(this, query || []);
    this.variables = new VariableList(this, variable || url.variables || []);
};
Url.prototype.addQueryParams = function (params) {
    if (isString(params)) { params = QueryParam.parse(params); }
    var q = this.query;
    (Array.isArray(params) ? params : [params]).forEach(function (p) { q.add(p); });
};
Url.prototype.removeQueryParams = function (params) {
    var q = this.query;
    (Array.isArray(params) ? params : [params]).forEach(function (p) {
        q.remove(isObject(p) && !(p instanceof QueryParam) ? p.key : (p instanceof QueryParam ? p.key : p));
    });
};
Url.prototype.getHost = function () {
    if (!this.host) { return ''; }
    return Array.isArray(this.host) ? this.host.join('.') : String(this.host);
};
// getPath: ":name" segments take their path variable's value when it is a
// non-empty string, keeping what follows the name (":id.json")
Url.prototype.getPath = function (unresolved) {
    var vars = this.variables, segs = Array.isArray(this.path) ? this.path : [];
    if (!unresolved) {
        segs = segs.map(function (s) {
            if (!isString(s) || s[0] !== ':') { return s; }
            var dot = s.indexOf('.'), key = s.slice(1, dot === -1 ? undefined : dot);
            var v = key ? vars.one(key) : undefined;
            v = v && v.value;
            return v && typeof v === 'string' ? v + s.slice(key.length + 1) : s;
        });
    }
    return '/' + segs.join('/');
};
Url.prototype.getQueryString = function () { return this.query.count() ? QueryParam.unparse(this.query) : ''; };
Url.prototype.getPathWithQuery = function (unresolved) {
    var p = this.getPath(unresolved), q = this.getQueryString();
    return q ? p + '?' + q : p;
};
Url.prototype.getRemote = function (forcePort) {
    var host = this.getHost(), port = this.port && this.port.toString();
    if (forcePort && !port) { port = this.protocol && this.protocol === 'https' ? '443' : '80'; }
    return port ? host + ':' + port : host;
};
Url.prototype.getOAuth1BaseUrl = function () {
    var protocol = this.protocol || 'http', port = this.port ? this.port.toString() : undefined,
        host = this.host.join('.');
    if (!((port === '80' || port === '443' || port === undefined) && host)) { host += ':' + port; }
    protocol = /:\/\/$/.test(protocol) ? protocol : protocol + '://';
    return protocol.toLowerCase() + host.toLowerCase() + this.getPath();
};
Url.prototype.getRaw = function () { throw new Error('`Url#getRaw` has been discontinued, use `Url#toString` instead.'); };
Url.prototype.toString = function (forceProtocol) {
    var s = '', protocol = this.protocol, auth;
    if (forceProtocol && !protocol) { protocol = 'http://'; }
    if (protocol) { s += /:\/\/$/.test(protocol) ? protocol : protocol + '://'; }
    if (this.auth) {
        if (typeof this.auth.user === 'string') { auth = this.auth.user; }
        if (typeof this.auth.password === 'string') { auth = (auth || '') + ':' + this.auth.password; }
        if (typeof auth === 'string') { s += auth + '@'; }
    }
    if (this.host) { s += this.getHost(); }
    if (!isNil(this.port) && typeof this.port.toString === 'function') { s += ':' + this.port.toString(); }
    if (this.path) { s += this.getPath(); }
    if (this.query && this.query.count()) {
        var q = this.getQueryString();
        if (q === '') { q = this.query.find(function (p) { return !(p && p.disabled); }) && ''; }
        if (typeof q === 'string') { s += '?' + q; }
    }
    if (typeof this.hash === 'string') { s += '#' + this.hash; }
    return s;
};
Url.prototype.toJSON = function () {
    var o = {}, self = this;
    ['auth', 'protocol', 'port', 'path', 'hash', 'host'].forEach(function (k) {
        var v = self[k];
        if (v !== undefined) { o[k] = Array.isArray(v) ? v.slice() : (isObject(v) ? JSON.parse(JSON.stringify(v)) : v); }
    });
    o.query = this.query ? this.query.toJSON() : [];
    o.variable = this.variables ? this.variables.toJSON() : [];
    return o;
};
// parse is postman-collection's Url.parse (done in Go, by the parser the
// runner uses)
Url.parse = function (url) { return JSON.parse(host.parseURL(String(url))); };
Url.isUrl = function (o) { return o instanceof Url; };

// ---------------------------------------------------------------- RequestBody

function RequestBody(options) { this.update(options || {}); }
RequestBody.prototype.update = function (o) {
    if (isString(o)) { o = { mode: 'raw', raw: String(o) }; }
    if (!o.mode) { return; }
    this.mode = o.mode;
    if (o.disabled === true) { this.disabled = true; }
    // as postman-collection does: options not given are dropped (raw text then goes as text/plain)
    this.options = isObject(o.options) ? o.options : undefined;
    switch (o.mode) {
    case 'raw': this.raw = isNil(o.raw) ? '' : o.raw; break;
    case 'urlencoded': this.urlencoded = new QueryParamList(this, isString(o.urlencoded) ? QueryParam.parse(o.urlencoded) : o.urlencoded || []); break;
    case 'formdata': this.formdata = new FormParamList(this, o.formdata || []); break;
    case 'file': this.file = isString(o.file) ? { src: o.file } : o.file; break;
    case 'graphql': this.graphql = o.graphql; break;
    }
};
RequestBody.prototype.isEmpty = function () {
    var data = this.mode && this[this.mode];
    if (this.disabled || !data) { return true; }
    if (data instanceof PropertyList) { return data.count() === 0; }
    if (this.mode === 'file') { return !(data.src || data.content); }
    if (this.mode === 'graphql') { return !(data.query || data.variables); }
    return String(data).length === 0;
};
RequestBody.prototype.toString = function () {
    if (this.mode === 'raw') { return String(this.raw); }
    if (this.mode === 'urlencoded') { return QueryParam.unparse(this.urlencoded); }
    return '';
};
RequestBody.prototype.toJSON = function () {
    var o = { mode: this.mode };
    if (this.raw !== undefined) { o.raw = this.raw; }
    if (this.urlencoded) { o.urlencoded = this.urlencoded.toJSON(); }
    if (this.formdata) { o.formdata = this.formdata.toJSON(); }
    if (this.file) { o.file = this.file; }
    if (this.graphql) { o.graphql = this.graphql; }
    if (this.options !== undefined) { o.options = this.options; }
    if (this.disabled) { o.disabled = true; }
    return o;
};

// ---------------------------------------------------------------- RequestAuth

function RequestAuth(options) { this.update(options || {}); }
RequestAuth.prototype.update = function (options, type) {
    if (!options) { return; }
    if (type === undefined && options.type) { type = options.type; }
    if (!type) { return; }
    this.type = type;
    var params = options instanceof VariableList ? options.toJSON() : (Array.isArray(options) ? options : options[type]);
    if (isPlainObject(params)) {
        params = Object.keys(params).map(function (k) { return { key: k, value: params[k] }; });
    }
    if (Array.isArray(params) || !this[type]) {
        var list = this[type] instanceof VariableList ? this[type] : new VariableList(this, []);
        (params || []).forEach(function (p) { list.upsert({ key: p.key, value: p.value, type: p.type }); });
        this[type] = list;
    }
};
RequestAuth.prototype.use = function (type, options) {
    this.type = type;
    if (options) { this.update(options, type); } else if (!this[type]) { this[type] = new VariableList(this, []); }
};
RequestAuth.prototype.current = function () { return this.type; };
RequestAuth.prototype.parameters = function () { return this[this.type]; };
RequestAuth.prototype.clear = function (type) {
    if (type && this[type]) { delete this[type]; }
};
RequestAuth.prototype.toJSON = function () {
    var o = { type: this.type }, self = this;
    Object.keys(this).forEach(function (k) {
        if (self[k] instanceof VariableList) { o[k] = self[k].toJSON(); }
    });
    return o;
};

// -------------------------------------------------------------------- Request
var Request = PostmanRequest;

function PostmanRequest(options) {
    if (isString(options)) { options = { url: String(options) }; }
    options = options || {};
    this.url = new Url(options.url);
    this.method = isNil(options.method) ? 'GET' : String(options.method).toUpperCase();
    this.headers = new HeaderList(this, isString(options.header) ? Header.parse(options.header) : options.header || options.headers || []);
    this.body = options.body ? new RequestBody(options.body) : undefined;
    this.auth = options.auth ? new RequestAuth(options.auth) : undefined;
    if (options.description !== undefined) { this.description = options.description; }
    if (options.id !== undefined) { this.id = options.id; }
    if (options.name !== undefined) { this.name = options.name; }
}
Request.prototype.getHeaders = function (options) {
    options = options || {};
    var out = {};
    this.headers.members.forEach(function (h) {
        if (options.enabled && h.disabled) { return; }
        var k = options.ignoreCase ? String(h.key).toLowerCase() : h.key;
        if (hasOwn.call(out, k)) {
            if (!Array.isArray(out[k])) { out[k] = [out[k]]; }
            out[k].push(h.value);
        } else {
            out[k] = h.value;
        }
    });
    return out;
};
Request.prototype.forEachHeader = function (cb, ctx) {
    this.headers.members.forEach(function (h) { if (!h.disabled) { cb.call(ctx || this, h, this); } }, this);
};
Request.prototype.addHeader = function (h) { this.headers.add(h); };
Request.prototype.upsertHeader = function (h) { if (h && h.key) { this.headers.upsert(h); } };
Request.prototype.removeHeader = function (toRemove, options) {
    var ignoreCase = !options || options.ignoreCase !== false;
    toRemove = isString(toRemove) ? String(toRemove) : toRemove;
    if (isString(toRemove) && !ignoreCase) {
        this.headers.remove(function (h) { return h.key === toRemove; });
        return;
    }
    this.headers.remove(toRemove);
};
Request.prototype.addQueryParams = function (p) { this.url.addQueryParams(p); };
Request.prototype.removeQueryParams = function (p) { this.url.removeQueryParams(p); };
Request.prototype.authorizeUsing = function (type, options) {
    if (isObject(type) && isNil(options)) { options = type; type = options.type; }
    if (type === null) { this.auth = undefined; return; }
    if (!this.auth) { this.auth = new RequestAuth({}); }
    this.auth.use(type, options);
};
Request.prototype.size = function () {
    var body = this.body ? this.body.toString() : '';
    var head = this.method + ' ' + this.url.getPathWithQuery() + ' HTTP/X.X\r\n\r\n';
    var h = Header.unparse(this.headers);
    return { body: body.length, header: head.length + h.length, total: body.length + head.length + h.length };
};
Request.prototype.toJSON = function () {
    var o = { url: this.url instanceof Url ? this.url.toJSON() : this.url };
    o.header = this.headers instanceof PropertyList ? this.headers.toJSON() : this.headers;
    o.method = this.method;
    if (this.body) { o.body = this.body instanceof RequestBody ? this.body.toJSON() : this.body; }
    if (this.auth) { o.auth = this.auth instanceof RequestAuth ? this.auth.toJSON() : this.auth; }
    if (this.description !== undefined) { o.description = this.description; }
    return o;
};
Request.prototype.clone = function () { return new Request(JSON.parse(JSON.stringify(this.toJSON()))); };
Request.isRequest = function (o) { return o instanceof Request; };

// ------------------------------------------------------------------- Response
var Response = PostmanResponse;

// status names (http-reasons) are looked up in Go: host.reason(code) -> [name, detail];
// the long descriptions come from the http-reasons bundle, loaded on first use
function statusDetails(name, code, standardName) {
    var o = { name: name, detail: undefined, code: code, standardName: standardName };
    Object.defineProperty(o, 'detail', {
        enumerable: true, configurable: true,
        get: function () {
            var r = lib('http-reasons').lookup(code);
            Object.defineProperty(o, 'detail', { value: r.detail, enumerable: true, writable: true, configurable: true });
            return r.detail;
        },
        set: function (v) { Object.defineProperty(o, 'detail', { value: v, enumerable: true, writable: true, configurable: true }); }
    });
    return o;
}
function PostmanResponse(options) {
    options = options || {};
    var d = host.reason(options.code);
    this._details = statusDetails(options.reason || options.status || d[0], options.code, d[0]);
    this.status = this._details.name;
    this.code = options.code;
    if (options.headerPairs) {
        // courier's own response data: [key, value, key, value, ...], as
        // populating from [{key, value}, ...] would add them
        var hl = this.headers = new HeaderList(this, []), hp = options.headerPairs;
        for (var i = 0; i + 1 < hp.length; i += 2) { hl._push(new Header(hp[i + 1], hp[i])); }
    } else {
        this.headers = new HeaderList(this, options.header || []);
    }
    this.cookies = new CookieList(this, options.cookie || []);
    this.responseTime = options.responseTime;
    this.responseSize = options.responseSize;
    hideProp(this, '_text', options.body);
    hideProp(this, '_load', options.load);
}
Object.defineProperty(Response.prototype, 'stream', {
    configurable: true,
    get: function () {
        var buf = this._load ? this._load('stream') : require('buffer').Buffer.from(this.text() || '');
        Object.defineProperty(this, 'stream', { value: buf, writable: true, configurable: true, enumerable: false });
        return buf;
    },
    set: function (v) { Object.defineProperty(this, 'stream', { value: v, writable: true, configurable: true }); }
});
Response.prototype.reason = function () { return this.status || host.reason(this.code)[0]; };
Response.prototype.details = function () {
    if (!this._details || this._details.code !== this.code) {
        var d = host.reason(this.code);
        this._details = statusDetails(d[0], this.code, d[0]);
    }
    var c = this._details;
    return statusDetails(c.name, c.code, c.standardName);
};
Response.prototype.text = function () {
    if (this._text === undefined && this._load) { this._text = this._load('text'); }
    return this._text;
};
Response.prototype.json = function (reviver, strict) {
    if (isNil(reviver) && this._load && this._text === undefined) {
        var fast = this._load('json'); // parsed in Go; undefined when the body is not plain JSON
        if (fast !== undefined) { return fast; }
    }
    return parseJSON(this.text(), reviver, strict);
};
Response.prototype.jsonp = function (reviver, strict) {
    var t = this.text() || '';
    var m = /^[^{(].*\(/.exec(t);
    if (m && /\)[\s;]*$/.test(t)) { t = t.slice(m[0].length).replace(/\)[\s;]*$/, ''); }
    return parseJSON(t, reviver, strict);
};
Response.prototype.contentInfo = function () {
    var info = host.contentInfo(this.headers.get('Content-Type') || '', this.headers.get('Content-Disposition') || '');
    return info;
};
Response.prototype.mime = function () {
    throw new Error('`Response#mime` has been discontinued, use `Response#contentInfo` instead.');
};
Response.prototype.dataURI = function () {
    var ct = this.contentInfo().contentType;
    if (!ct) { return ''; }
    return 'data:' + ct + ';base64, ' + (this._load ? this._load('base64') : host.base64(this.text() || ''));
};
Response.prototype.size = function () {
    var info = { body: 0, header: 0, total: 0 },
        enc = this.headers.get('Content-Encoding'), len = this.headers.get('Content-Length'), compressed = false;
    if (isString(enc)) { enc = enc.toLowerCase(); compressed = enc.indexOf('gzip') > -1 || enc.indexOf('deflate') > -1; }
    if (len && compressed && !isNaN(parseFloat(len)) && isFinite(len)) {
        info.body = parseInt(len, 10);
    } else if (this._load) {
        info.body = this._load('size');
    } else if (!isNil(this._text)) {
        info.body = host.byteLength(String(this._text));
    }
    info.header = ('HTTP/X.X ' + this.code + ' ' + this.reason() + '\r\n\r\n').length + this.headers.contentSize();
    info.total = (info.body || 0) + info.header;
    return info;
};
Response.prototype.encoding = function () {
    var enc = this.headers.get('Content-Encoding');
    if (enc) { return { format: enc, source: 'header' }; }
    if (this._load && this._load('gzip')) { return { format: 'gzip', source: 'body' }; }
    return { format: undefined, source: undefined };
};
Response.prototype.toJSON = function () {
    var stream = this.stream;
    return {
        status: this.status, code: this.code, header: this.headers.toJSON(),
        stream: stream && typeof stream.toJSON === 'function' ? stream.toJSON() : stream,
        cookie: this.cookies.toJSON(), responseTime: this.responseTime, responseSize: this.responseSize
    };
};
Response.isResponse = function (o) { return o instanceof Response; };

// parseJSON is liquid-json's parse: a leading byte order mark is dropped
// (an error in strict mode) and errors are named JSONError.
function parseJSON(text, reviver, strict) {
    if (typeof reviver === 'boolean' && strict === null) { strict = reviver; reviver = null; }
    var err;
    try {
        var bom = 0;
        if (typeof text === 'string') {
            var c0 = text.charCodeAt(0);
            if (c0 === 0xFEFF || c0 === 0xBBBF) { bom = 1; } else if ((c0 === 0xFE && text.charCodeAt(1) === 0xFF) || (c0 === 0xFF && text.charCodeAt(1) === 0xFE)) { bom = 2; } else if (c0 === 0xEF && text.charCodeAt(1) === 0xBB && text.charCodeAt(2) === 0xBF) { bom = 3; }
        }
        if (bom) {
            if (strict) { throw new SyntaxError('Unexpected byte order mark found in first ' + bom + ' character(s)'); }
            text = text.slice(bom);
        }
        try {
            return JSON.parse(text, reviver);
        } catch (e) {
            var msg = host.jsonError(typeof text === 'string' ? text : String(text));
            if (msg) { throw new SyntaxError(msg); }
            throw e;
        }
    } catch (e) {
        err = e;
    }
    try { err.name = 'JSONError'; } catch (ignore) { /* frozen */ }
    throw err;
}

var sdk = {
    PropertyList: PropertyList, HeaderList: HeaderList, Header: Header, QueryParam: QueryParam,
    FormParam: FormParam, Variable: Variable, VariableList: VariableList, Cookie: Cookie, CookieList: CookieList,
    Url: Url, RequestBody: RequestBody, RequestAuth: RequestAuth, Request: Request, Response: Response
};
