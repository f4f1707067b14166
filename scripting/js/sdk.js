// courier's own implementation of the postman-collection SDK objects that
// scripts see (pm.request, pm.response, pm.cookies, the variable scopes and
// everything inside them). Objects are laid out as the SDK lays them out
// (the same own keys, in the same order, with the same enumerability, the
// same prototype members and statics), so that a script cannot tell them
// apart from Newman's; they are cheap to make because nothing is loaded.
//
// The real SDK (the postman-collection bundle) is loaded only when a script
// requires it, or calls one of the rarely used members courier forwards to
// it. Loading it links the two (linkBundle): each courier prototype then
// inherits from the bundle's prototype of the same class and names the
// bundle's class as its constructor, so `pm.request instanceof
// sdk.Request`, `sdk.Url.isUrl(pm.request.url)` and the like hold, while
// courier's own code accepts the bundle's objects by the SDK's own test
// (the `_postman_propertyName` of the constructor or one of its `super_`s).
//
// Part of the prelude: `host` and `lib` are in scope.

var hasOwn = Object.prototype.hasOwnProperty;
var toStr = Object.prototype.toString;

function isString(v) { return typeof v === 'string' || toStr.call(v) === '[object String]'; }
function isNumber(v) { return typeof v === 'number' || toStr.call(v) === '[object Number]'; }
function isFunction(v) { return typeof v === 'function'; }
function isObject(v) { return v !== null && (typeof v === 'object' || typeof v === 'function'); }
function isPlainObject(v) {
    if (!v || typeof v !== 'object' || toStr.call(v) !== '[object Object]') { return false; }
    var p = Object.getPrototypeOf(v);
    if (p === null) { return true; }
    var C = hasOwn.call(p, 'constructor') && p.constructor;
    return typeof C === 'function' && C === Object;
}
function isNil(v) { return v === null || v === undefined; }
// lodash's isNaN: only numbers (and Number objects) that are NaN
function isNaNValue(v) { return isNumber(v) && Number(v) !== Number(v); }
// lodash's has(object, key) for a plain key
function has(o, k) { return o !== null && o !== undefined && hasOwn.call(o, k); }
// lodash's get(object, key, default) for a plain key
function getKey(o, k, d) {
    var v = o === null || o === undefined ? undefined : o[k];
    return v === undefined ? d : v;
}
function noop() { /* nothing */ }

// lodash's isEmpty
function isEmpty(v) {
    if (v === null || v === undefined) { return true; }
    if (typeof v === 'string' || Array.isArray(v) || toStr.call(v) === '[object Arguments]' ||
        (typeof v === 'object' && typeof v.length === 'number' && typeof v.splice === 'function') ||
        ArrayBuffer.isView(v)) {
        return !v.length;
    }
    var tag = toStr.call(v);
    if (tag === '[object Map]' || tag === '[object Set]') { return !v.size; }
    if (typeof v !== 'object' && typeof v !== 'function') { return true; }
    return Object.keys(v).length === 0;
}

// choose returns its first argument that is not empty (lodash's isEmpty)
function choose() {
    for (var i = 0; i < arguments.length; i++) {
        if (!isEmpty(arguments[i])) { return arguments[i]; }
    }
    return undefined;
}

function mergeDefined(target, source) {
    var keys = Object.keys(source);
    for (var i = 0; i < keys.length; i++) {
        var v = source[keys[i]];
        if (v !== undefined) { target[keys[i]] = v; }
    }
    return target;
}

// hideDescriptor is assignHidden's descriptor, reused (defineProperty reads
// it before any other code could run).
var hideDescriptor = { value: undefined, enumerable: false, writable: true, configurable: true };
function assignHidden(obj, key, value) {
    hideDescriptor.value = value;
    Object.defineProperty(obj, key, hideDescriptor);
    hideDescriptor.value = undefined;
    return obj;
}

function ensureEncoded(s) {
    try { s = decodeURIComponent(s); } catch (ignore) { /* kept */ }
    try { return encodeURIComponent(s); } catch (e) { return s; }
}

// cloneElement deep-copies a plain value, serialising whatever has a toJSON.
function cloneElement(v) {
    if (v === null || typeof v !== 'object') {
        if (typeof v === 'function') { return isFunction(v.toJSON) ? v.toJSON() : cloneProps(v, {}); }
        return v;
    }
    if (isFunction(v.toJSON)) { return v.toJSON(); }
    if (Array.isArray(v)) {
        var a = new Array(v.length);
        for (var i = 0; i < v.length; i++) { a[i] = cloneElement(v[i]); }
        return a;
    }
    return cloneProps(v, Object.create(Object.getPrototypeOf(v)));
}
function cloneProps(src, out) {
    for (var k in src) {
        if (hasOwn.call(src, k)) { out[k] = cloneElement(src[k]); }
    }
    return out;
}

// inSuperChain tells whether a constructor or one of its super_s has a key
// of the given value: the SDK's test for "is one of mine".
function inSuperChain(ctor, key, value) {
    while (ctor) {
        if (ctor[key] === value) { return true; }
        ctor = ctor.super_;
    }
    return false;
}
function isA(Class, obj) {
    return Boolean(obj) && (obj instanceof Class ||
        inSuperChain(obj.constructor, '_postman_propertyName', Class._postman_propertyName));
}

function uuid() { return host.uuid(); }

// ------------------------------------------------------------ class set-up

var classes = {}; // name -> courier class, for linking
var classList = []; // the same classes

// defineClass makes Ctor a class as the SDK's lodash inherit() does: a
// `super_`, a prototype that inherits from the base's, with a non-enumerable
// constructor, and members and statics assigned as lodash's assign does.
function defineClass(name, Ctor, Base, members, statics, fnName) {
    if (fnName !== undefined) { Object.defineProperty(Ctor, 'name', { value: fnName, configurable: true }); }
    if (Base !== undefined) {
        Object.defineProperty(Ctor, 'super_', { value: isFunction(Base) ? Base : noop });
        Ctor.prototype = Object.create(Base.prototype, {
            constructor: { value: Ctor, enumerable: false, writable: true, configurable: true }
        });
    }
    assign(Ctor.prototype, members);
    if (statics) { assign(Ctor, statics); }
    classes[name] = Ctor;
    classList.push(Ctor);
    return Ctor;
}

function assign(target, src) {
    var keys = Object.keys(src);
    for (var i = 0; i < keys.length; i++) { target[keys[i]] = src[keys[i]]; }
    return target;
}

// ------------------------------------------------------------ the bundle

var bundled = null;
var twins = []; // [courierClass, bundleClass] pairs once linked

// sdkBundle is require('postman-collection'): the bundle, linked on first use.
function sdkBundle() {
    if (bundled) { return bundled; }
    // loading and linking the bundle is courier's own work, not the script's
    // time (Newman's sandbox has the SDK from the start)
    return host.held(function () {
        var B = lib('postman-collection');
        if (!bundled) {
            bundled = B;
            linkBundle(B);
        }
        return bundled;
    });
}

function linkBundle(B) {
    requestClasses();
    responseClasses();
    // courier's prototypes inherit from one another; each is about to
    // inherit from the bundle's prototype of its class instead, so each first
    // gets the members it inherited from courier's own
    var protos = Object.keys(classes).map(function (name) { return classes[name].prototype; });
    var inherited = Object.keys(classes).map(function (name) {
        var proto = classes[name].prototype, out = [];
        for (var p = Object.getPrototypeOf(proto); p && protos.indexOf(p) !== -1; p = Object.getPrototypeOf(p)) {
            Object.keys(p).forEach(function (k) {
                if (!hasOwn.call(proto, k)) { out.push([k, Object.getOwnPropertyDescriptor(p, k)]); }
            });
        }
        return out;
    });
    Object.keys(classes).forEach(function (name, i) {
        var proto = classes[name].prototype;
        inherited[i].forEach(function (m) { if (!hasOwn.call(proto, m[0])) { Object.defineProperty(proto, m[0], m[1]); } });
    });
    Object.keys(classes).forEach(function (name) {
        var C = classes[name], T = B[name];
        if (!isFunction(T) || !T.prototype) { return; }
        Object.setPrototypeOf(C.prototype, T.prototype);
        Object.defineProperty(C.prototype, 'constructor', { value: T, enumerable: false, writable: true, configurable: true });
        twins.push([C, T]);
        // the names Newman's sandbox bundle gives these classes
        if (C.name !== T.name) { Object.defineProperty(T, 'name', { value: C.name, configurable: true }); }
        var S = T.super_;
        if (S && C.super_ && S.name !== C.super_.name) { Object.defineProperty(S, 'name', { value: C.super_.name, configurable: true }); }
    });
    // the bundle's PropertyList#toString recurses forever for a Type without
    // unparse (V8 then throws a RangeError; goja cannot catch that)
    var P = B.PropertyList && B.PropertyList.prototype;
    if (P && isFunction(P.toString)) { bundleListToString = P.toString = listMembers.toString; }
    // goja's multiline $ does not stop before a lone \r
    if (B.Header) { B.Header.parse = Header.parse; }
    // Newman's sandbox wraps these two so that toJSON leaves out `to`
    ['Request', 'Response'].forEach(function (n) {
        var T = B[n];
        if (T && isFunction(T.prototype.toJSON)) { T.prototype.toJSON = withoutTo(T.prototype.toJSON); }
    });
    // a script that replaces a member of the SDK's prototype replaces it for
    // courier's objects too
    twins.forEach(function (pair) {
        var proto = pair[0].prototype, bproto = pair[1].prototype;
        Object.keys(proto).forEach(function (k) {
            var d = Object.getOwnPropertyDescriptor(proto, k), original = bproto[k];
            if (!isFunction(d.value) || !isFunction(original)) { return; }
            var own = d.value, wrapper = function () {
                var f = bproto[k];
                return (f === original ? own : f).apply(this, arguments);
            };
            Object.defineProperty(wrapper, 'name', { value: own.name, configurable: true });
            Object.defineProperty(wrapper, 'length', { value: own.length, configurable: true });
            d.value = wrapper;
            Object.defineProperty(proto, k, d);
        });
    });
}
var bundleListToString = null;

// twin maps a courier class to its bundle class and back (undefined before
// linking).
function twin(C) {
    for (var i = 0; i < twins.length; i++) {
        if (twins[i][0] === C) { return twins[i][1]; }
        if (twins[i][1] === C) { return twins[i][0]; }
    }
    return undefined;
}
function sameType(ctor, Type) { return ctor === Type || (twins.length > 0 && ctor !== undefined && twin(ctor) === Type); }

// forward makes members that call the bundle's implementation: rarely used
// ones whose behaviour is the bundle's by definition.
function forward(className, names) {
    var out = {};
    names.forEach(function (n) {
        out[n] = function () {
            var T = sdkBundle()[className];
            return T.prototype[n].apply(this, arguments);
        };
    });
    return out;
}
function forwardStatic(className, names) {
    var out = {};
    names.forEach(function (n) {
        out[n] = function () {
            var T = sdkBundle()[className];
            return T[n].apply(T, arguments);
        };
    });
    return out;
}

function merge() {
    var o = {};
    for (var i = 0; i < arguments.length; i++) { assign(o, arguments[i]); }
    return o;
}

// -------------------------------------------------------------- PropertyBase

// trusted is set while courier builds objects from its own data, which has
// no "_"-prefixed (meta) keys to look for.
var trusted = false;

var PropertyBase = function PropertyBase(definition) {
    if (!definition || typeof definition === 'string' || trusted) { return; }
    var src = definition && definition.info || definition, meta, n = 0;
    // the keys lodash's pickBy reads: own enumerable ones, and inherited
    // ones when the object has a prototype of its own
    var p = Object.getPrototypeOf(Object(src)),
        keys = p === Object.prototype || p === null ? Object.keys(src) : keysIn(src);
    for (var i = 0; i < keys.length; i++) {
        var k = keys[i];
        // (a key starting with "_", other than "_" itself)
        if (k >= '_' && k < '`' && k !== '_') {
            if (!meta) { meta = {}; }
            meta[k.replace(/^_+/, '')] = src[k];
            n++;
        }
    }
    if (n) {
        this._ = isObject(this._) ? mergeDefined(this._, meta) : meta;
    }
};
function keysIn(o) {
    var out = [];
    for (var k in o) { out.push(k); }
    return out;
}

// fromTrusted runs make() with the meta-key scan off.
function fromTrusted(make) {
    var was = trusted;
    trusted = true;
    try { return make(); } finally { trusted = was; }
}

function baseToJSON(obj) {
    var out = {}, keys = Object.keys(obj);
    for (var i = 0; i < keys.length; i++) {
        var key = keys[i], value = obj[key], t = typeof value;
        if (value === undefined) { continue; }
        if (value === null || (t !== 'object' && t !== 'function')) {
            out[key] = value;
            continue;
        }
        if (value._postman_propertyIsList && !value._postman_proprtyIsSerialisedAsPlural &&
            key[key.length - 1] === 's') {
            key = key.slice(0, -1);
        }
        if (isFunction(value.toJSON)) {
            out[key] = value.toJSON();
        } else if (isString(value)) {
            out[key] = value;
        } else {
            out[key] = cloneElement(value);
        }
    }
    return out;
}

defineClass('PropertyBase', PropertyBase, undefined, merge({
    forEachParent: function (options, iterator) {
        if (isFunction(options)) { iterator = options; options = {}; }
        if (!isFunction(iterator) || !isObject(options)) { return; }
        var parent = this.parent(),
            grandparent = parent && isFunction(parent.parent) && parent.parent();
        while (parent && (grandparent || options.withRoot)) {
            iterator(parent);
            parent = grandparent;
            grandparent = grandparent && isFunction(grandparent.parent) && grandparent.parent();
        }
    },
    findInParents: function (property, customizer) {
        var owner = this.findParentContaining(property, customizer);
        return owner ? owner[property] : undefined;
    },
    findParentContaining: function (property, customizer) {
        var parent = this;
        if (customizer) {
            customizer = customizer.bind(this);
            do {
                if (customizer(parent)) { return parent; }
                parent = parent.__parent;
            } while (parent);
        } else {
            do {
                if (parent[property]) { return parent; }
                parent = parent.__parent;
            } while (parent);
        }
        return undefined;
    },
    toJSON: function () { return baseToJSON(this); }
}, forward('PropertyBase', ['meta']), {
    parent: function () {
        return this && this.__parent && (this.__parent.__parent || this.__parent) || undefined;
    },
    setParent: function (parent) { assignHidden(this, '__parent', parent); }
}), merge({
    _postman_propertyName: 'PropertyBase',
    propertyIsMeta: function (value, key) { return isString(key) && key[0] === '_' && key !== '_'; },
    propertyUnprefixMeta: function (value, key) { return String(key).replace(/^_+/, ''); },
    toJSON: function (obj) { return baseToJSON(obj); }
}), 'e');

// --------------------------------------------------------------- Description

var Description = function PostmanPropertyDescription(definition) {
    if (isString(definition)) { definition = { content: definition, type: 'text/plain' }; }
    if (definition) { this.update(definition); }
};
defineClass('Description', Description, undefined, {
    update: function (content, type) {
        if (isObject(content)) { type = content.type; content = content.content; }
        this.content = content;
        this.type = type || 'text/plain';
    },
    toString: function () { return this.content || ''; },
    toJSON: function () { return { content: this.content, type: this.type }; }
}, {
    _postman_propertyName: 'Description',
    isDescription: function (obj) { return isA(Description, obj); }
});

// ------------------------------------------------------------------ Property

var Property = function PostmanProperty(definition) {
    // (PropertyBase reads only its definition, and nothing while trusted)
    if (!trusted) { PropertyBase.call(this, definition); }
    var src = definition && definition.info || definition,
        id = (src && src.id) || this.id || (this._ && this._.postman_id) ||
            (this._postman_propertyRequiresId && uuid());
    if (id) { this.id = id; }
    if (src && src.name) { this.name = src.name; }
    if (definition && hasOwn.call(definition, 'disabled')) { this.disabled = Boolean(definition.disabled); }
    if (src !== null && src !== undefined && hasOwn.call(src, 'description')) { this.description = new Description(src.description); }
};
defineClass('Property', Property, PropertyBase, merge({
    describe: function (content, type) {
        (Description.isDescription(this.description) ? this.description : (this.description = new Description()))
            .update(content, type);
    }
}, forward('Property', ['toObjectResolved', 'findSubstitutions'])), merge({
    _postman_propertyName: 'Property'
}, forwardStatic('Property', ['replaceSubstitutions', 'replaceSubstitutionsIn', 'findSubstitutions'])));

// -------------------------------------------------------------- PropertyList

// lodashCall hands a lodash-style rule that is not a function (an object
// to match, a [path, value] pair, a property path) to lodash itself, as the
// SDK does.
function lodashCall(method, list, rule, extra) {
    var _ = lib('lodash');
    return extra === undefined ? _[method](list, rule) : _[method](list, rule, extra);
}

var PropertyList = function PostmanPropertyList(type, parent, populate) {
    // (PropertyBase, called without a definition, does nothing)
    assignHidden(this, '__parent', parent);
    this.members = this.members || [];
    this.reference = this.reference || {};
    this.Type = type;
    if (type) {
        var f = typeFlags(type);
        if (f[0]) { this._postman_listIndexKey = f[0]; }
        if (f[1]) { this._postman_listIndexCaseInsensitive = f[1]; }
        if (f[2]) { this._postman_listAllowsMultipleValues = f[2]; }
    }
    if (populate) { this.populate(populate); }
};

// typeFlags are a list Type's own index key, case and multiple-value
// statics (when set), remembered for the SDK's and courier's own types.
var flagTypes = [], flagValues = [];
function typeFlags(type) {
    var i = flagTypes.indexOf(type);
    if (i !== -1) { return flagValues[i]; }
    var f = [hasOwn.call(type, '_postman_propertyIndexKey') && type._postman_propertyIndexKey,
        hasOwn.call(type, '_postman_propertyIndexCaseInsensitive') && type._postman_propertyIndexCaseInsensitive,
        hasOwn.call(type, '_postman_propertyAllowsMultipleValues') && type._postman_propertyAllowsMultipleValues];
    if (classList.indexOf(type) !== -1 || twin(type)) {
        flagTypes.push(type);
        flagValues.push(f);
    }
    return f;
}

// index records a member in a list's reference map.
function indexMember(list, item) {
    var index = item[list._postman_listIndexKey];
    if (!index) { return; }
    index = String(index);
    if (!index) { return; }
    if (list._postman_listIndexCaseInsensitive) { index = index.toLowerCase(); }
    var ref = list.reference;
    if (list._postman_listAllowsMultipleValues && hasOwn.call(ref, index)) {
        if (!Array.isArray(ref[index])) { ref[index] = [ref[index]]; }
        ref[index].push(item);
    } else {
        ref[index] = item;
    }
}

// pushNew appends a member that is in no list yet (what insert does then).
function pushNew(list, item) {
    assignHidden(item, '__parent', list);
    list.members.push(item);
    indexMember(list, item);
}

var listMembers = {
    _postman_propertyIsList: true,
    _postman_listIndexKey: 'id',
    _postman_listIndexCaseInsensitive: false,
    _postman_listAllowsMultipleValues: false,
    insert: function (item, before) {
        if (!isObject(item)) { return; }
        var duplicate = this.indexOf(item), owner = item.__parent;
        if (owner && owner !== this && PropertyList.isPropertyList(owner)) { owner.remove(item); }
        assignHidden(item, '__parent', this);
        if (duplicate > -1) { this.members.splice(duplicate, 1); }
        if (before) { before = this.indexOf(before); }
        if (before > -1) { this.members.splice(before, 0, item); } else { this.members.push(item); }
        indexMember(this, item);
    },
    insertAfter: function (item, after) {
        return this.insert(item, this.idx(this.indexOf(after) + 1));
    },
    append: function (item) { return this.insert(item); },
    prepend: function (item) { return this.insert(item, this.idx(0)); },
    add: function (item) {
        if (item === null || item === undefined || isNaNValue(item)) { return; }
        var T = this.Type;
        if (sameType(item.constructor, T)) {
            this.insert(item);
            return;
        }
        if (hasOwn.call(T, 'create')) {
            this.insert(T.create.apply(T, arguments));
            return;
        }
        var made = new T(item);
        if (this.insert === listMembers.insert && this.indexOf === listMembers.indexOf && !made.__parent) {
            pushNew(this, made);
        } else {
            this.insert(made);
        }
    },
    upsert: function (item) {
        if (isNil(item) || isNaNValue(item)) { return null; }
        var existing = this.one(item[this._postman_listIndexKey]);
        if (existing) {
            if (!isFunction(existing.update)) {
                throw new Error('collection: unable to upsert into a list of Type that does not support .update()');
            }
            existing.update(item);
            return false;
        }
        this.add(item);
        return true;
    },
    remove: function (predicate, context) {
        var self = this, match;
        if (!context) { context = this; }
        if (isString(predicate)) {
            match = this._postman_listIndexCaseInsensitive ? predicate.toLowerCase() : predicate;
            predicate = function (item) {
                var id = item[self._postman_listIndexKey];
                if (self._postman_listIndexCaseInsensitive) { id = id.toLowerCase(); }
                return id === match;
            };
        } else if (this.Type && (predicate instanceof this.Type || (twins.length && isFunction(twin(this.Type)) &&
            predicate instanceof twin(this.Type)))) {
            match = predicate;
            predicate = function (item) { return item === match; };
        }
        if (!isFunction(predicate)) { return; }
        var members = this.members, n = members.length, removed = [];
        for (var i = 0; i < n; i++) {
            var item = members[i];
            if (predicate.call(context, item, i, members)) {
                removed.push(i);
                var index = item[this._postman_listIndexKey];
                if (index && (index = String(index))) {
                    if (this._postman_listIndexCaseInsensitive) { index = index.toLowerCase(); }
                    var ref = this.reference[index];
                    if (this._postman_listAllowsMultipleValues && Array.isArray(ref)) {
                        for (var j = ref.length - 1; j >= 0; j--) { if (ref[j] === item) { ref.splice(j, 1); } }
                        if (ref.length === 0) { delete this.reference[index]; }
                        if (this.reference[index].length === 1) { this.reference[index] = this.reference[index][0]; }
                    } else {
                        delete this.reference[index];
                    }
                }
                delete item.__parent;
            }
        }
        for (var r = removed.length - 1; r >= 0; r--) { members.splice(removed[r], 1); }
    },
    clear: function () {
        var all = this.all(), ref = this.reference;
        for (var i = 0; i < all.length; i++) {
            if (all[i] && all[i].__parent) { delete all[i].__parent; }
        }
        this.members.length = 0;
        Object.keys(ref).forEach(function (k) { delete ref[k]; });
    },
    populate: function (items) {
        var T = this.Type;
        if (isString(items) && isFunction(T.parse)) { items = T.parse(items); }
        var add = this.add, i;
        if (Array.isArray(items)) {
            for (i = 0; i < items.length; i++) { add.call(this, items[i], i, items); }
        } else if (isPlainObject(items) && hasOwn.call(T, 'create')) {
            var keys = Object.keys(items);
            for (i = 0; i < keys.length; i++) { add.call(this, items[keys[i]], keys[i], items); }
        } else {
            add.call(this, items, 0, [items]);
        }
    },
    repopulate: function (items) {
        this.clear();
        this.populate(items);
    },
    assimilate: function (source, prune) {
        var members = PropertyList.isPropertyList(source) ? source.members : source,
            list = this, indexer = list._postman_listIndexKey, seen = {};
        if (!Array.isArray(members)) { return; }
        members.forEach(function (item) {
            if (!(item && has(item, indexer))) { return; }
            list.upsert(item);
            seen[item[indexer]] = true;
        });
        if (prune) {
            Object.keys(list.reference).forEach(function (key) {
                if (hasOwn.call(seen, key)) { return; }
                list.remove(key);
            });
        }
    },
    all: function () { return this.members.slice(); },
    one: function (id) {
        var val = this.reference[this._postman_listIndexCaseInsensitive ? String(id).toLowerCase() : id];
        if (this._postman_listAllowsMultipleValues && Array.isArray(val)) {
            return val.length ? val[val.length - 1] : undefined;
        }
        return val;
    },
    get: function (key) {
        var member = this.one(key);
        if (!member) { return undefined; }
        return member.valueOf();
    },
    each: function (iterator, context) {
        if (!isFunction(iterator)) { return; }
        var fn = iterator.bind(context || this.__parent), ms = this.members, n = ms.length;
        for (var i = 0; i < n; i++) {
            if (fn(ms[i], i, ms) === false) { break; }
        }
    },
    filter: function (rule, context) {
        if (!isFunction(rule)) { return lodashCall('filter', this.members, rule); }
        if (isObject(context)) { rule = rule.bind(context); }
        var ms = this.members, n = ms.length, out = [];
        for (var i = 0; i < n; i++) { if (rule(ms[i], i, ms)) { out.push(ms[i]); } }
        return out;
    },
    find: function (rule, context) {
        if (!isFunction(rule)) { return lodashCall('find', this.members, rule); }
        if (isObject(context)) { rule = rule.bind(context); }
        var ms = this.members, n = ms.length;
        for (var i = 0; i < n; i++) { if (rule(ms[i], i, ms)) { return ms[i]; } }
        return undefined;
    },
    map: function (iterator, context) {
        if (!isFunction(iterator)) { return lodashCall('map', this.members, iterator); }
        var fn = iterator.bind(context || this), ms = this.members, n = ms.length, out = new Array(n);
        for (var i = 0; i < n; i++) { out[i] = fn(ms[i], i, ms); }
        return out;
    },
    reduce: function (iterator, accumulator, context) {
        if (!isFunction(iterator)) { return lodashCall('reduce', this.members, iterator, accumulator); }
        var fn = iterator.bind(context || this), ms = this.members, n = ms.length;
        for (var i = 0; i < n; i++) { accumulator = fn(accumulator, ms[i], i, ms); }
        return accumulator;
    },
    count: function () { return this.members.length; },
    idx: function (index) { return this.members[index]; },
    indexOf: function (item) {
        return this.members.indexOf(isString(item) ? this.one(item) : item);
    },
    has: function (item, value) {
        var match, i;
        if (isString(item)) {
            match = this.reference[this._postman_listIndexCaseInsensitive ? item.toLowerCase() : item];
        } else {
            match = this.filter(function (member) { return member === item; });
        }
        if (!match) { return false; }
        if (arguments.length === 1) { return Boolean(Array.isArray(match) ? match.length : match); }
        if (this._postman_listAllowsMultipleValues && Array.isArray(match)) {
            for (i = 0; i < match.length; i++) {
                var val = isFunction(match[i].valueOf) ? match[i].valueOf() : match[i];
                if (val === value) { return true; }
            }
            return false;
        }
        if (isFunction(match.valueOf)) { match = match.valueOf(); }
        return match === value;
    },
    eachParent: function (iterator, context) {
        if (!isFunction(iterator)) { return; }
        if (!context) { context = this; }
        var parent = this.__parent, prev;
        while (parent) {
            iterator.call(context, parent, prev);
            prev = parent;
            parent = parent.__parent;
        }
    },
    toObject: function (excludeDisabled, caseSensitive, multiValue, sanitizeKeys) {
        var obj = {}, key = this._postman_listIndexKey,
            sanitise = this._postman_sanitizeKeys || sanitizeKeys,
            sensitive = !this._postman_listIndexCaseInsensitive || caseSensitive,
            multi = this._postman_listAllowsMultipleValues || multiValue,
            ms = this.members.slice();
        for (var i = 0; i < ms.length; i++) {
            var member = ms[i];
            if (!member || !has(member, key) || (excludeDisabled && member.disabled) || (sanitise && !member[key])) {
                continue;
            }
            var prop = sensitive ? member[key] : String(member[key]).toLowerCase();
            if (multi && has(obj, prop)) {
                if (!Array.isArray(obj[prop])) { obj[prop] = [obj[prop]]; }
                obj[prop].push(member.valueOf());
            } else {
                obj[prop] = member.valueOf();
            }
        }
        return obj;
    },
    toString: function () {
        if (this.Type.unparse) { return this.Type.unparse(this.members); }
        var C = this.constructor;
        if (!C) { return ''; }
        var f = C.prototype.toString;
        // the SDK's own toString would call itself until the stack overflows
        if (f === listMembers.toString || f === bundleListToString) { throw new RangeError('Maximum call stack size exceeded'); }
        return f.call(this);
    },
    toJSON: function () {
        if (!this.count()) { return []; }
        var ms = this.members, out = new Array(ms.length);
        for (var i = 0; i < ms.length; i++) {
            var m = ms[i];
            out[i] = m !== null && m !== undefined && isFunction(m.toJSON) && !isEmpty(m) ? m.toJSON() :
                baseToJSON(m === null || m === undefined ? {} : Object(m));
        }
        return out;
    }
};

defineClass('PropertyList', PropertyList, PropertyBase, listMembers, {
    _postman_propertyName: 'PropertyList',
    _unlinkItemFromParent: function (item) { if (item.__parent) { delete item.__parent; } },
    isPropertyList: function (obj) { return isA(PropertyList, obj); }
});

// -------------------------------------------------------------------- Header

// headerLine finds the next match of /^(\S+):(.*)$/gm in s from index
// `from` by hand: goja's multiline $ does not stop before a lone \r.
function isLineEnd(c) { return c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029'; }
function headerLine(s, from) {
    s = String(s);
    for (var i = from; i < s.length; i++) {
        if (i !== 0 && !isLineEnd(s[i - 1])) { continue; }
        var j = i;
        while (j < s.length && !isLineEnd(s[j])) { j++; }
        var k = i;
        while (k < j && !/\s/.test(s[k])) { k++; }
        var colon = s.lastIndexOf(':', k - 1);
        if (colon > i) { return { key: s.slice(i, colon), value: s.slice(colon + 1, j), end: j }; }
    }
    return null;
}

var Header = function PostmanHeader(options, name) {
    if (isString(options)) {
        options = isString(name) ? { key: name, value: options } : Header.parseSingle(options);
    }
    Property.call(this, options, name);
    this.update(options);
};
defineClass('Header', Header, Property, {
    toString: function () { return this.key + ': ' + this.value; },
    valueOf: function () { return this.value; },
    update: function (options) {
        this.key = getKey(options, 'key') || '';
        this.value = getKey(options, 'value', '');
        if (has(options, 'system')) { this.system = options.system; }
        if (has(options, 'disabled')) { this.disabled = options.disabled; }
    }
}, {
    _postman_propertyName: 'Header',
    _postman_propertyIndexKey: 'key',
    _postman_propertyIndexCaseInsensitive: true,
    _postman_propertyAllowsMultipleValues: true,
    parse: function (headerString) {
        // lines "key: value"; the first is looked for in the string as given,
        // the rest in the string with folded lines joined, as the SDK does
        var headers = [], match = headerLine(headerString, 0);
        headerString = headerString.toString().replace(/\r\n([ \t])/g, '$1');
        while (match) {
            headers.push({ key: match.key, value: match.value.trim() });
            match = headerLine(headerString, match.end);
        }
        return headers;
    },
    parseSingle: function (header) {
        if (!isString(header)) { return { key: '', value: '' }; }
        header = String(header);
        var index = header.indexOf(':');
        if (index < 0) { index = header.length; }
        return { key: header.substr(0, index).trim(), value: header.substr(index + 1).trim() };
    },
    unparse: function (headers, separator) {
        if (separator === undefined) { separator = '\r\n'; }
        if (!Array.isArray(headers) && !PropertyList.isPropertyList(headers)) { return ''; }
        return headers.reduce(function (acc, header) {
            if (header && !header.disabled) { acc += Header.unparseSingle(header) + separator; }
            return acc;
        }, '');
    },
    unparseSingle: function (header) {
        if (!isObject(header)) { return ''; }
        return header.key + ': ' + header.value;
    },
    isHeader: function (obj) { return isA(Header, obj); },
    create: function (value, name) { return new Header(value, name); }
});

var HeaderList = function (parent, headers) {
    PropertyList.call(this, Header, parent, headers);
};
defineClass('HeaderList', HeaderList, PropertyList, {
    contentSize: function () {
        if (!this.count()) { return 0; }
        return Header.unparse(this).length;
    }
}, {
    _postman_propertyName: 'HeaderList',
    isHeaderList: function (obj) { return isA(HeaderList, obj); }
}, 'a');

// ------------------------------------------------------------------ Variable

function jsonIn(val) {
    try { return typeof val === 'string' ? val : JSON.stringify(val); } catch (e) { return 'null'; }
}
var variableTypes = {
    string: String,
    boolean: Boolean,
    number: Number,
    array: {
        in: jsonIn,
        out: function (val) {
            var v;
            try { v = JSON.parse(val); } catch (e) { v = undefined; }
            return Array.isArray(v) ? v : undefined;
        }
    },
    object: {
        in: jsonIn,
        out: function (val) {
            var v;
            try { v = JSON.parse(val); } catch (e) { v = undefined; }
            return (v instanceof Object && !Array.isArray(v)) ? v : undefined;
        }
    },
    any: {
        in: function (val) { return val; },
        out: function (val) { return val; }
    }
};

var Variable = function PostmanVariable(definition) {
    Property.apply(this, arguments);
    var indexer = this.constructor._postman_propertyIndexKey;
    this.type = 'any';
    this.value = undefined;
    if (!isNil(definition)) {
        if (has(definition, indexer)) { this[indexer] = definition[indexer]; }
        this.update(definition);
    }
};
defineClass('Variable', Variable, Property, {
    get: function () {
        return isFunction(this.value) ? this.castOut(this.value()) : this.castOut(this.value);
    },
    set: function (value) {
        this.value = isFunction(value) ? value : this.castIn(value);
    },
    valueOf: function (value) {
        if (arguments.length) { this.set(value); }
        return this.get();
    },
    toString: function () {
        var value = this.valueOf();
        if (value === null) { return 'null'; }
        return (!isNil(value) && isFunction(value.toString)) ? value.toString() : '';
    },
    cast: function (value) { return this.castOut(value); },
    castIn: function (value) {
        var handler = Variable.types[this.type] || Variable.types.any;
        return isFunction(handler) ? handler(value) : handler.in(value);
    },
    castOut: function (value) {
        var handler = Variable.types[this.type] || Variable.types.any;
        return isFunction(handler) ? handler(value) : handler.out(value);
    },
    valueType: function (typeName, noCast) {
        if (!isNil(typeName)) { typeName = typeName.toString().toLowerCase(); }
        if (!Variable.types[typeName]) { return this.type || 'any'; }
        this.type = typeName;
        if (!(noCast || isFunction(this.value))) {
            this.set(this.get());
        }
        return this.type;
    },
    update: function (options) {
        if (!isObject(options)) { return; }
        if (has(options, 'type')) { this.valueType(options.type, has(options, 'value')); }
        if (has(options, 'value')) { this.set(options.value); }
        if (has(options, 'system')) { this.system = options.system; }
        if (has(options, 'disabled')) { this.disabled = options.disabled; }
        if (has(options, 'description')) { this.describe(options.description); }
    }
}, {
    _postman_propertyName: 'Variable',
    _postman_propertyIndexKey: 'key',
    types: variableTypes,
    isVariable: function (obj) { return isA(Variable, obj); }
});

var VariableList = function PostmanVariableList(parent, populate) {
    PropertyList.call(this, Variable, parent, populate);
};
defineClass('VariableList', VariableList, PropertyList, merge(forward('VariableList', ['replace', 'substitute']), {
    syncFromObject: function (obj, track, prune) {
        var list = this, ops = track && { created: [], updated: [], deleted: [] },
            indexer = list._postman_listIndexKey;
        if (!isObject(obj)) { return ops; }
        Object.keys(obj).forEach(function (key) {
            var value = obj[key];
            if (list.has(key)) {
                list.one(key).set(value);
                if (ops) { ops.updated.push(key); }
            } else {
                var tmp = { value: value };
                tmp[indexer] = key;
                list.add(tmp);
                if (ops) { ops.created.push(key); }
            }
        });
        if (prune !== false) {
            Object.keys(list.reference).forEach(function (key) {
                if (has(obj, key)) { return; }
                list.remove(key);
                if (ops) { ops.deleted.push(key); }
            });
        }
        return ops;
    },
    syncToObject: function (obj) {
        var list = this;
        if (!isObject(obj)) { obj = {}; }
        Object.keys(obj).forEach(function (key) {
            if (!has(list.reference, key)) { delete obj[key]; }
        });
        list.each(function (variable) { obj[variable.key] = variable.valueOf(); });
        return obj;
    },
    oneNormalizedVariable: function (name) {
        var indexKey = this._postman_listIndexKey, variable = this.reference[name];
        if (variable && !variable.disabled) { return variable; }
        for (var i = this.members.length - 1; i >= 0; i--) {
            variable = this.members[i];
            if (variable[indexKey] === name && !variable.disabled) {
                this.reference[name] = variable;
                break;
            }
        }
        return this.reference[name];
    }
}), {
    _postman_propertyName: 'VariableList',
    isVariableList: function (obj) { return isA(VariableList, obj); }
});

// ------------------------------------------------------------ MutationTracker

var MutationTracker = function MutationTracker(definition) {
    PropertyBase.call(this, definition);
    definition = definition || {};
    this.autoCompact = Boolean(definition.autoCompact);
    this.stream = Array.isArray(definition.stream) ? definition.stream : [];
    this.compacted = isPlainObject(definition.compacted) ? definition.compacted : {};
};
defineClass('MutationTracker', MutationTracker, PropertyBase, merge({
    addMutation: function (mutation) {
        if (!(mutation && mutation.length <= 2)) { return; }
        if (this.autoCompact) {
            this.addAndCompact(mutation);
            return;
        }
        this.stream.push(mutation);
    },
    addAndCompact: function (mutation) {
        var key = mutation[0];
        key = Array.isArray(key) ? key.join('.') : key;
        this.compacted[key] = mutation;
    },
    track: function (instruction) {
        var payload = Array.prototype.slice.call(arguments, 1);
        if (!instruction) { return; }
        if (!(instruction === 'set' || instruction === 'unset')) { return; }
        this.addMutation(payload);
    },
    compact: function () {
        this.stream.forEach(this.addAndCompact.bind(this));
        this.stream = [];
    },
    count: function () { return this.stream.length + Object.keys(this.compacted).length; }
}, forward('MutationTracker', ['applyOn'])), {
    _postman_propertyName: 'MutationTracker',
    isMutationTracker: function (obj) { return isA(MutationTracker, obj); }
}, 'e');

// -------------------------------------------------------------------- Cookie

var cookieAttributes = {
    httponly: 'httpOnly', secure: 'secure', domain: 'domain', path: 'path',
    'max-age': 'maxAge', session: 'session', expires: 'expires'
};

var Cookie = function PostmanCookie(options) {
    PropertyBase.call(this, options);
    if (isString(options)) { options = Cookie.parse(options); }
    if (options) { this.update(options); }
};

// trustedCookie is what new Cookie(c) makes of a cookie courier's Go side
// describes ({name, expires, maxAge, domain, path, secure, httpOnly,
// hostOnly, value}, all present; expires null or an ISO date).
function trustedCookie(c) {
    var o = Object.create(Cookie.prototype);
    if (c.name !== '') { o.name = c.name; }
    o.expires = typeof c.expires === 'string' ? new Date(c.expires) : c.expires;
    o.maxAge = Number(c.maxAge);
    if (c.domain !== undefined) { o.domain = c.domain; }
    if (c.path !== undefined) { o.path = c.path; }
    o.secure = Boolean(c.secure);
    o.httpOnly = Boolean(c.httpOnly);
    o.hostOnly = Boolean(c.hostOnly);
    if (c.value) { o.value = ensureEncoded(c.value); }
    return o;
}
defineClass('Cookie', Cookie, PropertyBase, {
    update: function (options) {
        mergeDefined(this, {
            name: choose(options.name, options.key),
            expires: isString(options.expires) ? new Date(options.expires) : options.expires,
            maxAge: has(options, 'maxAge') ? Number(options.maxAge) : undefined,
            domain: options.domain,
            path: options.path,
            secure: has(options, 'secure') ? Boolean(options.secure) : undefined,
            httpOnly: has(options, 'httpOnly') ? Boolean(options.httpOnly) : undefined,
            hostOnly: has(options, 'hostOnly') ? Boolean(options.hostOnly) : undefined,
            session: has(options, 'session') ? Boolean(options.session) : undefined,
            value: options.value ? ensureEncoded(options.value) : undefined,
            extensions: options.extensions || undefined
        });
    },
    valueOf: function () {
        try { return decodeURIComponent(this.value); } catch (e) { return this.value; }
    },
    toString: function () {
        var str = Cookie.unparseSingle(this);
        if (this.expires && this.expires instanceof Date) {
            if (!Number.isNaN(this.expires.getTime())) { str += '; Expires=' + this.expires.toUTCString(); }
        } else if (this.expires) {
            str += '; Expires=' + this.expires;
        }
        if (this.maxAge && this.maxAge !== Infinity) { str += '; Max-Age=' + this.maxAge; }
        if (this.domain && !this.hostOnly) { str += '; Domain=' + this.domain; }
        if (this.path) { str += '; Path=' + this.path; }
        if (this.secure) { str += '; Secure'; }
        if (this.httpOnly) { str += '; HttpOnly'; }
        if (this.extensions) {
            this.extensions.forEach(function (e) {
                str += '; ' + e.key;
                str += e.value === true ? '' : '=' + e.value;
            });
        }
        return str;
    }
}, {
    _postman_propertyName: 'Cookie',
    _postman_propertyIndexKey: 'name',
    _postman_propertyIndexCaseInsensitive: true,
    _postman_propertyAllowsMultipleValues: true,
    isCookie: function (obj) { return isA(Cookie, obj); },
    unparse: function (cookies) {
        if (!Array.isArray(cookies) && !PropertyList.isPropertyList(cookies)) { return ''; }
        return cookies.map(Cookie.unparseSingle).join('; ');
    },
    unparseSingle: function (cookie) {
        if (!isObject(cookie)) { return ''; }
        var value = isNil(cookie.value) ? '' : cookie.value;
        if (!cookie.name) { return value; }
        return cookie.name + '=' + value;
    },
    parse: function (str) {
        if (!isString(str)) { return str; }
        var obj = {}, pairs = String(str).split(/; */), nameval = Cookie.splitParam(pairs.shift());
        obj.key = nameval.key;
        obj.value = nameval.value;
        pairs.forEach(function (pair) {
            var kv = Cookie.splitParam(pair), lower = kv.key.toLowerCase();
            if (cookieAttributes[lower]) {
                obj[cookieAttributes[lower]] = kv.value;
            } else {
                obj.extensions = obj.extensions || [];
                obj.extensions.push(kv);
            }
        });
        if (!obj.domain) { obj.hostOnly = true; }
        return obj;
    },
    stringify: function (cookie) { return Cookie.prototype.toString.call(cookie); },
    splitParam: function (param) {
        var split = param.split('='), key = split[0].trim(),
            value = isString(split[1]) ? split[1].trim() : true;
        if (isString(value) && value[0] === '"') { value = value.slice(1, -1); }
        return { key: key, value: value };
    }
});

var CookieList = function (parent, cookies) {
    PropertyList.call(this, Cookie, parent, cookies);
};
defineClass('CookieList', CookieList, PropertyList, {}, {
    _postman_propertyName: 'CookieList',
    isCookieList: function (obj) { return isA(CookieList, obj); }
}, 'a');

// withoutTo wraps Request's and Response's toJSON as Newman's sandbox does
// (to leave out the `to` it adds to pm.request and pm.response): `to` is
// deleted and assigned back, so a request or response without one gets an
// own `to` that is undefined once serialised.
function withoutTo(toJSON) {
    return function toJSONWithoutTo() {
        var tmp = this.to, json;
        Reflect.deleteProperty(this, 'to');
        json = toJSON.apply(this, arguments);
        try { this.to = tmp; } catch (ignore) { /* pm.request.to has no setter */ }
        return json;
    };
}

function isNumeric(n) { return !isNaN(parseFloat(n)) && isFinite(n); }

// ------------------------------------------------------ the request classes

// QueryParam, FormParam, Url, RequestBody, RequestAuth and Request live in
// sdk-request.js, made on first use (requestClasses).
var QueryParam, FormParam, Url, RequestBody, RequestAuth, Request, requestToJSON, requestSide = null;
function requestClasses() {
    if (!requestSide) {
        requestSide = host.sdkRequest()({
            isString: isString,
            isNumber: isNumber,
            isFunction: isFunction,
            isObject: isObject,
            isNil: isNil,
            has: has,
            getKey: getKey,
            noop: noop,
            isEmpty: isEmpty,
            mergeDefined: mergeDefined,
            isA: isA,
            defineClass: defineClass,
            sdkBundle: sdkBundle,
            baseToJSON: baseToJSON,
            withoutTo: withoutTo,
            isNumeric: isNumeric,
            PropertyBase: PropertyBase,
            Property: Property,
            PropertyList: PropertyList,
            HeaderList: HeaderList,
            VariableList: VariableList
        }, host, lib);
        QueryParam = requestSide.QueryParam;
        FormParam = requestSide.FormParam;
        Url = requestSide.Url;
        RequestBody = requestSide.RequestBody;
        RequestAuth = requestSide.RequestAuth;
        Request = requestSide.Request;
        requestToJSON = requestSide.requestToJSON;
    }
    return requestSide;
}
// isRequest is Request.isRequest without making the class: before it is
// made there are no courier requests to be instances of it.
function isRequest(obj) {
    return Boolean(obj) && ((requestSide !== null && obj instanceof Request) ||
        inSuperChain(obj.constructor, '_postman_propertyName', 'Request'));
}
function isUrl(obj) {
    return Boolean(obj) && ((requestSide !== null && obj instanceof Url) ||
        inSuperChain(obj.constructor, '_postman_propertyName', 'Url'));
}

// ------------------------------------------------------------- VariableScope

// pm.environment, pm.globals, pm.collectionVariables, pm.variables and
// pm.iterationData: laid out as the SDK's VariableScope, but kept in Go (the
// run's variables); `values` is a VariableList made from them when read.
// Each script sees fresh `mutations`, as each of Newman's executions does.
var scopeStates = new WeakMap(); // a scope object -> {name, epoch, values, log, mutations, tracking, layers, refs}
var scopeEpoch = 0; // one per script: a scope's values and mutations are per script
var makingScope = false;

var VariableScope = function PostmanVariableScope(definition, layers) {
    if (!makingScope) {
        // a scope a script makes is the SDK's own, in memory
        var T = sdkBundle().VariableScope;
        return new T(definition, layers);
    }
    return this;
};

function scopeOf(s) {
    var st = scopeStates.get(s);
    if (!st) { throw new TypeError('not a variable scope of this run'); }
    if (st.epoch !== scopeEpoch) {
        st.epoch = scopeEpoch;
        st.values = null;
        st.log = null;
        st.mutations = null;
        st.refs = null;
    }
    return st;
}
function scopeValues(s) {
    var st = scopeOf(s);
    if (!st.values) {
        var list = host.varList(st.name), refs = refsEpoch === scopeEpoch && st.refs;
        if (refs) {
            list.forEach(function (d) { if (!d.disabled && d.key in refs) { d.value = refs[d.key]; } });
        }
        st.values = new VariableList(s, list);
    }
    return st.values;
}

// Values kept by reference. The SDK's Variable keeps what a script sets as
// it is given (unless its type casts it), so for the rest of that script get
// returns the very object set (a function is called), changed or not, and
// toObject, values and replaceIn see it as it is now. courier keeps such
// values (objects, arrays, functions, undefined) here, per scope, for the
// running script (refsEpoch); when the script ends, Go stores each as Newman
// hands it on, through JSON (settleRefs, host.varSettle).
var refsEpoch = -1;
var runScopes = {}; // the run's scopes by name
var runStates = []; // and their states
function keepRef(st, key, value, kept) {
    if (kept === true) {
        if (refsEpoch !== scopeEpoch) {
            refsEpoch = scopeEpoch;
            host.keepRefs();
        }
        (st.refs || (st.refs = Object.create(null)))[key] = value;
    } else if (st.refs) {
        delete st.refs[key];
    }
}
function refValue(v) { return typeof v === 'function' ? v() : v; }
// refHolder is the state of the scope whose kept reference answers a lookup
// of key in st (for pm.variables the scope that has key by precedence), or
// null.
function refHolder(st, key) {
    if (refsEpoch !== scopeEpoch) { return null; }
    if (st.layers) {
        // (settleRefs leaves no state of an earlier script with refs)
        for (var i = 0; i < runStates.length; i++) {
            var rs = runStates[i].refs;
            if (rs && key in rs) { break; }
        }
        if (i === runStates.length) { return null; }
        var where = host.varWhere(key);
        if (!where || !runScopes[where]) { return null; }
        st = scopeOf(runScopes[where]);
    }
    return st.refs && key in st.refs ? st : null;
}
// overlayRefs puts the kept references into st's toObject().
function overlayRefs(st, obj) {
    var local = Boolean(st.layers);
    (local ? Object.keys(runScopes) : [st.name]).forEach(function (name) {
        var ost = local ? scopeOf(runScopes[name]) : st;
        if (!ost.refs) { return; }
        Object.keys(ost.refs).forEach(function (k) {
            if (hasOwn.call(obj, k) && (!local || host.varWhere(k) === name)) { obj[k] = refValue(ost.refs[k]); }
        });
    });
}
// refTexts maps "scope\u0000key" to each kept reference's text as the
// SDK's Variable#toString gives it, for replaceIn.
function refTexts() {
    var out = {};
    Object.keys(runScopes).forEach(function (name) {
        var st = scopeOf(runScopes[name]);
        if (!st.refs) { return; }
        Object.keys(st.refs).forEach(function (k) {
            var v = refValue(st.refs[k]);
            out[name + '\u0000' + k] = v === null ? 'null' : (!isNil(v) && isFunction(v.toString)) ? String(v.toString()) : '';
        });
    });
    return out;
}
// settleRefs hands what the script kept by reference to Go as it is now.
function settleRefs() {
    if (refsEpoch !== scopeEpoch) { return; }
    refsEpoch = -1;
    Object.keys(runScopes).forEach(function (name) {
        var st = scopeOf(runScopes[name]), refs = st.refs;
        if (!refs) { return; }
        st.refs = null;
        st.values = null;
        Object.keys(refs).forEach(function (k) { host.varSettle(name, k, refs[k]); });
    });
}
// track records a set or unset as the scope's MutationTracker would, in a
// plain log until a script reads `mutations`.
function track(st, key, value, unset) {
    if (!st.tracking) { return; }
    if (st.mutations) {
        if (unset) { st.mutations.track('unset', key); } else { st.mutations.track('set', key, value); }
        return;
    }
    (st.log || (st.log = [])).push(key, value, unset);
}

var valuesDescriptor = {
    enumerable: true, configurable: true,
    get: function () { return scopeValues(this); },
    set: function (v) { Object.defineProperty(this, 'values', { value: v, enumerable: true, writable: true, configurable: true }); }
};
var mutationsDescriptor = {
    enumerable: true, configurable: true,
    get: function () {
        var st = scopeOf(this);
        if (!st.mutations) {
            var m = st.mutations = new MutationTracker({ autoCompact: true }), log = st.log;
            st.log = null;
            for (var i = 0; log && i < log.length; i += 3) {
                if (log[i + 2]) { m.track('unset', log[i]); } else { m.track('set', log[i], log[i + 1]); }
            }
        }
        return st.mutations;
    },
    set: function (v) { scopeOf(this).mutations = v; }
};
var layersDescriptor = {
    enumerable: true, configurable: true,
    get: function () {
        var st = scopeOf(this);
        return st.layers ? st.layers.map(function (l) { return l.values; }) : undefined;
    },
    set: function (v) { Object.defineProperty(this, '_layers', { value: v, enumerable: true, writable: true, configurable: true }); }
};

// newScope makes one of the run's scopes. kind: 'tracked' (environment,
// globals, collection), 'local' (pm.variables, whose layers are the others)
// or 'data' (pm.iterationData).
function newScope(name, kind, layers) {
    makingScope = true;
    var s = new VariableScope();
    makingScope = false;
    scopeStates.set(s, { name: name, epoch: scopeEpoch, values: null, log: null, mutations: null, tracking: kind !== 'data', layers: layers, refs: null });
    runScopes[name] = s;
    runStates.push(scopeStates.get(s));
    s.id = uuid();
    Object.defineProperty(s, 'values', valuesDescriptor);
    if (kind !== 'data') {
        s._postman_enableTracking = true;
        Object.defineProperty(s, 'mutations', mutationsDescriptor);
    }
    if (kind === 'local') { Object.defineProperty(s, '_layers', layersDescriptor); }
    return s;
}

// scopeLabel gives a scope the id and `name` of its file (environment or
// globals), as the SDK's do: the name right after the id.
function scopeLabel(s, label, id) {
    if (id !== undefined) { s.id = id; }
    if (label === undefined || hasOwn.call(s, 'name')) { return; }
    s.name = label;
    moveToEnd(s, Object.keys(s).filter(function (k) { return k !== 'id' && k !== 'name'; }));
}

// moveToEnd redefines properties so that they come last, in the given order.
function moveToEnd(s, keys) {
    keys.forEach(function (k) {
        var d = Object.getOwnPropertyDescriptor(s, k);
        delete s[k];
        Object.defineProperty(s, k, d);
    });
}

// scopesNewScript starts a script: scopes read their values again and
// track mutations afresh. From the run's second script on, pm.variables
// has its mutations before _postman_enableTracking, as Newman's local scope
// has once a script has returned it with its mutations.
function scopesNewScript(local) {
    scopeEpoch++;
    if (scopeEpoch === 2 && local) { moveToEnd(local, ['_postman_enableTracking', '_layers']); }
}

defineClass('VariableScope', VariableScope, Property, {
    _postman_propertyRequiresId: true,
    variables: function () {
        throw new Error('`VariableScope#variables` has been discontinued, use `VariableScope#syncVariablesTo` instead.');
    },
    toObject: function () {
        var st = scopeOf(this), obj = host.varObject(st.name);
        if (refsEpoch === scopeEpoch) { overlayRefs(st, obj); }
        return obj;
    },
    has: function (key) { return host.varHas(scopeOf(this).name, String(key)); },
    get: function (key) {
        var st = scopeOf(this), k = String(key), h = refsEpoch === scopeEpoch ? refHolder(st, k) : null;
        return h ? refValue(h.refs[k]) : host.varGet(st.name, k);
    },
    set: function (key, value, type) {
        if (isPlainObject(key) && arguments.length === 1) { throw new Error('set: key must be a string'); }
        var st = scopeOf(this), k = String(key);
        var kept = host.varSet(st.name, k, value, isString(type) ? String(type) : '', true);
        st.values = null;
        keepRef(st, k, value, kept);
        track(st, key, value, false);
    },
    unset: function (key) {
        var st = scopeOf(this);
        host.varUnset(st.name, String(key));
        st.values = null;
        if (st.refs) { delete st.refs[String(key)]; }
        track(st, key, undefined, true);
    },
    clear: function () {
        var st = scopeOf(this);
        if (st.tracking) { scopeValues(this).each(function (v) { track(st, v.key, undefined, true); }); }
        host.varClear(st.name);
        st.values = null;
        st.refs = null;
    },
    replaceIn: function (template) {
        var name = scopeOf(this).name, ov = refsEpoch === scopeEpoch ? refTexts() : undefined;
        if (isString(template)) { return host.varReplace(name, String(template), ov); }
        if (Array.isArray(template) || isObject(template)) { return JSON.parse(host.varReplace(name, JSON.stringify(template), ov)); }
        return template;
    },
    enableTracking: function () {
        var st = scopeOf(this);
        if (st.tracking) { return; }
        st.tracking = true;
        this._postman_enableTracking = true;
        st.mutations = null;
        st.log = null;
        if (!hasOwn.call(this, 'mutations')) { Object.defineProperty(this, 'mutations', mutationsDescriptor); }
    },
    disableTracking: function () {
        scopeOf(this).tracking = false;
        this._postman_enableTracking = false;
    },
    applyMutation: function (instruction, key, value) {
        if (this[instruction]) { this[instruction](key, value); }
    },
    syncVariablesFrom: function (obj, track) {
        var ops = track && { created: [], updated: [], deleted: [] }, name = scopeOf(this).name, self = this;
        if (!isObject(obj)) { return ops; }
        Object.keys(obj).forEach(function (key) {
            var had = host.varHas(name, key);
            host.varSet(name, key, obj[key], '');
            if (ops) { ops[had ? 'updated' : 'created'].push(key); }
        });
        Object.keys(host.varObject(name)).forEach(function (key) {
            if (has(obj, key)) { return; }
            host.varUnset(name, key);
            if (ops) { ops.deleted.push(key); }
        });
        scopeOf(self).values = null;
        scopeOf(self).refs = null;
        return ops;
    },
    syncVariablesTo: function (obj) {
        var src = this.toObject();
        if (!isObject(obj)) { obj = {}; }
        Object.keys(obj).forEach(function (k) { if (!has(src, k)) { delete obj[k]; } });
        Object.keys(src).forEach(function (k) { obj[k] = src[k]; });
        return obj;
    },
    toJSON: function () {
        var obj = baseToJSON(this);
        if (obj.value) {
            obj.values = obj.value;
            delete obj.value;
        }
        if (obj._layers) { delete obj._layers; }
        if (obj._postman_enableTracking) { delete obj._postman_enableTracking; }
        return obj;
    },
    addLayer: function () { /* pm.variables' layers are the run's other scopes */ }
}, {
    _postman_propertyName: 'VariableScope',
    isVariableScope: function (obj) { return isA(VariableScope, obj); }
});

// ------------------------------------------------------------------ Response

// Response lives in sdk-response.js, made on first use (responseClasses).
var responseSide = null;
function responseClasses() {
    if (!responseSide) {
        responseSide = host.part('sdk-response')({
            JSON: JSON, host: host, lib: lib, parseJSON: parseJSON,
            CookieList: CookieList,
            Header: Header,
            HeaderList: HeaderList,
            Property: Property,
            baseToJSON: baseToJSON,
            choose: choose,
            defineClass: defineClass,
            fromTrusted: fromTrusted,
            has: has,
            isA: isA,
            isNil: isNil,
            isNumeric: isNumeric,
            isObject: isObject,
            isString: isString,
            merge: merge,
            pushNew: pushNew,
            requestClasses: requestClasses,
            sdkBundle: sdkBundle,
            trustedCookie: trustedCookie,
            withoutTo: withoutTo
        });
    }
    return responseSide;
}
// newLoadedResponse makes a Response whose body stays in Go until read.
function newLoadedResponse(meta, load) { return responseClasses().newLoadedResponse(meta, load); }

// requestData is pm.request as JSON for courier itself: what toJSON gives,
// without the sandbox's wrapper reading (and so making) pm.request.to.
function requestData(req) {
    requestClasses();
    if (req.toJSON === Request.prototype.toJSON) { return JSON.stringify(requestToJSON.call(req)); }
    return JSON.stringify(req);
}

// newRequest makes a Request from courier's own request data.
function newRequest(data) {
    requestClasses();
    return fromTrusted(function () { return new Request(data); });
}

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
            // (V8's own words when there is no text, e.g. a response after a request error)
            if (text === undefined) { throw new SyntaxError('"undefined" is not valid JSON'); }
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
    PropertyBase: PropertyBase, Property: Property, PropertyList: PropertyList, Description: Description,
    Header: Header, HeaderList: HeaderList, Variable: Variable, VariableList: VariableList, MutationTracker: MutationTracker,
    Cookie: Cookie, CookieList: CookieList, VariableScope: VariableScope,
    isA: isA, isRequest: isRequest, isUrl: isUrl, newLoadedResponse: newLoadedResponse, newRequest: newRequest, requestData: requestData,
    bundle: sdkBundle, newScope: newScope, scopeLabel: scopeLabel, scopesNewScript: scopesNewScript, settleRefs: settleRefs
};
['QueryParam', 'FormParam', 'Url', 'RequestBody', 'RequestAuth', 'Request'].forEach(function (name) {
    Object.defineProperty(sdk, name, { enumerable: true, get: function () { return requestClasses()[name]; } });
});
Object.defineProperty(sdk, 'Response', { enumerable: true, get: function () { return responseClasses().Response; } });
