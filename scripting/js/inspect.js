// inspect renders a value the way Node's util.inspect does with the options
// Newman's cli reporter gives it for console output when it is not writing to
// a terminal (depth 25, break length 60 - 16 = 44, at most 100 array items),
// and Node's defaults otherwise (up to three inner levels on one line, long
// arrays of short items grouped in columns). A part of the sandbox
// (parts.go), compiled when a script first prints: `hasOwn`, `toStr` and
// `vendor` (host.vendor) are in scope.

// (Node quotes a key unless it is letters, digits and underscores: even $)
var IDENT_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

function quoteString(s) {
    var q = '\'';
    if (s.indexOf('\'') > -1) {
        if (s.indexOf('"') < 0) { q = '"'; } else if (s.indexOf('`') < 0 && s.indexOf('${') < 0) { q = '`'; }
    }
    var out = '';
    for (var i = 0; i < s.length; i++) {
        var c = s[i], code = s.charCodeAt(i);
        if (c === q || c === '\\') { out += '\\' + c; } else if (c === '\n') { out += '\\n'; } else if (c === '\t') { out += '\\t'; } else if (c === '\r') { out += '\\r'; } else if (c === '\b') { out += '\\b'; } else if (c === '\f') { out += '\\f'; } else if (c === '\v') { out += '\\v'; } else if (code < 0x20 || code === 0x7f) { out += '\\x' + (code < 16 ? '0' : '') + code.toString(16).toUpperCase(); } else { out += c; }
    }
    return q + out + q;
}

function formatKey(k) {
    if (typeof k === 'symbol') { return '[' + k.toString() + ']'; }
    return IDENT_RE.test(k) ? k : quoteString(k);
}

function formatPrimitive(v) {
    switch (typeof v) {
    case 'string': return quoteString(v);
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return String(v) + 'n';
    case 'boolean': return String(v);
    case 'undefined': return 'undefined';
    case 'symbol': return v.toString();
    }
    return 'null';
}

function constructorName(obj) {
    var p = obj;
    while (p) {
        var d = Object.getOwnPropertyDescriptor(p, 'constructor');
        if (d && typeof d.value === 'function' && d.value.name) { return d.value.name; }
        p = Object.getPrototypeOf(p);
    }
    return null;
}

function functionBase(fn) {
    var kind = 'Function';
    var src = '';
    try { src = Function.prototype.toString.call(fn); } catch (e) { src = ''; }
    if (/^class\b/.test(src)) { kind = 'class'; return '[class ' + (fn.name || '(anonymous)') + ']'; }
    if (/^async\s/.test(src)) { kind = /^async\s*function\s*\*/.test(src) ? 'AsyncGeneratorFunction' : 'AsyncFunction'; } else if (/^function\s*\*/.test(src)) { kind = 'GeneratorFunction'; }
    return '[' + kind + (fn.name ? ': ' + fn.name : ' (anonymous)') + ']';
}

function errorString(err) {
    var stack = err.stack;
    var head = String(err.name || 'Error') + (err.message ? ': ' + err.message : '');
    if (typeof stack === 'string' && stack) {
        // goja's frames are "\tat ..."; Node's are four spaces
        return stack.replace(/\n\t/g, '\n    ');
    }
    return '[' + head + ']';
}

function isBelowBreakLength(ctx, output, start, base) {
    var total = output.length + start;
    if (total + output.length > ctx.breakLength) { return false; }
    for (var i = 0; i < output.length; i++) {
        total += output[i].length;
        if (total > ctx.breakLength) { return false; }
    }
    return base === '' || base.indexOf('\n') < 0;
}

// groupColumns lays out many short array items in aligned columns.
function groupColumns(ctx, output, value) {
    var count = output.length, sep = 2, lens = [], total = 0, maxLen = 0, i, j;
    if (ctx.truncated) { count--; }
    for (i = 0; i < count; i++) {
        lens.push(output[i].length);
        total += output[i].length + sep;
        if (output[i].length > maxLen) { maxLen = output[i].length; }
    }
    var colWidth = maxLen + sep;
    if (!(colWidth * 3 + ctx.indent < ctx.breakLength && (total / colWidth > 5 || maxLen <= 6))) { return output; }
    var bias = Math.sqrt(colWidth - total / output.length);
    var biased = Math.max(colWidth - 3 - bias, 1);
    var cols = Math.min(Math.round(Math.sqrt(2.5 * biased * count) / biased),
        Math.floor((ctx.breakLength - ctx.indent) / colWidth), 3 * 4, 15);
    if (cols <= 1) { return output; }
    var widths = [];
    for (i = 0; i < cols; i++) {
        var w = 0;
        for (j = i; j < output.length; j += cols) { if (lens[j] > w) { w = lens[j]; } }
        widths.push(w + sep);
    }
    var numeric = true;
    if (value !== undefined) {
        for (i = 0; i < output.length; i++) {
            if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') { numeric = false; break; }
        }
    }
    var rows = [];
    for (i = 0; i < count; i += cols) {
        var end = Math.min(i + cols, count), line = '';
        for (j = i; j < end - 1; j++) {
            var cell = output[j] + ', ';
            line += numeric ? cell.padStart(widths[j - i], ' ') : cell.padEnd(widths[j - i], ' ');
        }
        line += numeric ? output[j].padStart(widths[j - i] - sep, ' ') : output[j];
        rows.push(line);
    }
    if (ctx.truncated) { rows.push(output[count]); }
    return rows;
}

function reduceToSingle(ctx, output, base, braces, isArrayLike, depth, value) {
    var entries = output.length;
    if (isArrayLike && entries > 6) { output = groupColumns(ctx, output, value); }
    if (ctx.currentDepth - depth < 3 && entries === output.length) {
        var start = output.length + ctx.indent + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
            var joined = output.join(', ');
            if (joined.indexOf('\n') < 0) {
                return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
            }
        }
    }
    var ind = '\n' + ' '.repeat(ctx.indent);
    return (base ? base + ' ' : '') + braces[0] + ind + '  ' + output.join(',' + ind + '  ') + ind + braces[1];
}

// formatString is Node's for a string: cut after 10,000 characters, and one
// longer than the line has room for split after each of its line feeds, the
// pieces quoted one by one and joined with ' +' at the ends of lines.
function formatString(ctx, v) {
    var trailer = '';
    if (v.length > 10000) {
        var rest = v.length - 10000;
        v = v.slice(0, 10000);
        trailer = '... ' + rest + ' more character' + (rest > 1 ? 's' : '');
    }
    if (v.length > 16 && v.length > ctx.breakLength - ctx.indent - 4 && v.indexOf('\n') > -1) {
        var pieces = [], from = 0, at;
        while ((at = v.indexOf('\n', from)) > -1 && at < v.length - 1) {
            pieces.push(quoteString(v.slice(from, at + 1)));
            from = at + 1;
        }
        pieces.push(quoteString(v.slice(from)));
        return pieces.join(' +\n' + ' '.repeat(ctx.indent + 2)) + trailer;
    }
    return quoteString(v) + trailer;
}

function formatValue(ctx, v, depth) {
    if (typeof v === 'string') { return formatString(ctx, v); }
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) { return formatPrimitive(v); }
    if (ctx.seen.indexOf(v) > -1) {
        // the objects referred to from inside themselves are numbered in the
        // order their first such reference is printed
        var n = ctx.circular.indexOf(v);
        if (n < 0) { n = ctx.circular.push(v) - 1; }
        return '[Circular *' + (n + 1) + ']';
    }
    return formatObject(ctx, v, depth);
}

function formatProperty(ctx, obj, key, depth, arrayItem) {
    var desc = Object.getOwnPropertyDescriptor(obj, key) || { value: obj[key] };
    var str;
    if (desc.get || desc.set) {
        str = desc.get ? (desc.set ? '[Getter/Setter]' : '[Getter]') : '[Setter]';
    } else {
        ctx.indent += 2;
        str = formatValue(ctx, desc.value, depth + 1);
        ctx.indent -= 2;
    }
    if (arrayItem) { return str; }
    return formatKey(key) + ': ' + str;
}

// formatBuffer is Node's Buffer#inspect: the first 50 bytes in hex. (A
// Buffer that reaches the console arrives in Newman as Node's Buffer; here it
// is the buffer bundle's, which marks its instances with _isBuffer.)
function formatBuffer(v) {
    var max = Math.min(v.length, 50), hex = [];
    for (var i = 0; i < max; i++) { hex.push((v[i] < 16 ? '0' : '') + v[i].toString(16)); }
    var rest = v.length - max;
    return '<Buffer ' + hex.join(' ') + (rest > 0 ? ' ... ' + rest + ' more byte' + (rest > 1 ? 's' : '') : '') + '>';
}

// Node prints at most 100 items of an array (and looks at the 101st to
// decide how to align them). The console's copy keeps only those 101 of a
// longer one, with MORE_ITEMS and the number of the rest as its last item
// (cutArray), so that a large array is not copied whole; arrayLength is the
// length the array had.
var MORE_ITEMS = '\u0000courier: more items ';
function arrayLength(v) {
    var last = v.length === 102 ? v[101] : undefined;
    if (typeof last === 'string' && last.indexOf(MORE_ITEMS) === 0) { return 101 + Number(last.slice(MORE_ITEMS.length)); }
    return v.length;
}

function formatObject(ctx, v, depth) {
    if (ArrayBuffer.isView(v) && v._isBuffer === true) { return formatBuffer(v); }
    var keys, base = '', braces, output = [], isArrayLike = false, i, len = Array.isArray(v) ? arrayLength(v) : v.length;
    var name = constructorName(v);
    var tag = toStr.call(v).slice(8, -1);

    if (typeof v === 'function') {
        base = functionBase(v);
        keys = Object.keys(v);
        if (!keys.length) { return base; }
        braces = ['{', '}'];
    } else if (Array.isArray(v)) {
        isArrayLike = true;
        var prefix = name === 'Array' ? '' : (name === null ? '[Array(' + v.length + '): null prototype] ' : name + '(' + v.length + ') ');
        braces = [prefix + '[', ']'];
        keys = Object.keys(v).filter(function (k) { return !/^(0|[1-9][0-9]*)$/.test(k); });
        if (v.length === 0 && keys.length === 0) { return braces[0] + ']'; }
    } else if (v instanceof Date) {
        base = isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
        keys = Object.keys(v);
        if (!keys.length) { return base; }
        braces = ['{', '}'];
    } else if (v instanceof RegExp) {
        base = RegExp.prototype.toString.call(v);
        keys = Object.keys(v).filter(function (k) { return k !== 'lastIndex'; });
        if (!keys.length) { return base; }
        braces = ['{', '}'];
    } else if (v instanceof Error) {
        base = errorString(v);
        keys = Object.keys(v).filter(function (k) { return k !== 'stack' && k !== 'message'; });
        if (!keys.length) { return base; }
        braces = ['{', '}'];
    } else if (v instanceof Map) {
        braces = [(name || 'Map') + '(' + v.size + ') {', '}'];
        keys = Object.keys(v);
        if (v.size === 0 && !keys.length) { return braces[0] + '}'; }
    } else if (v instanceof Set) {
        braces = [(name || 'Set') + '(' + v.size + ') {', '}'];
        keys = Object.keys(v);
        if (v.size === 0 && !keys.length) { return braces[0] + '}'; }
    } else if (typeof Promise === 'function' && v instanceof Promise) {
        return 'Promise { <pending> }';
    } else if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
        isArrayLike = true;
        braces = [(name || tag) + '(' + v.length + ') [', ']'];
        keys = [];
        if (v.length === 0) { return braces[0] + ']'; }
    } else if (tag === 'String' || tag === 'Number' || tag === 'Boolean') {
        base = '[' + tag + ': ' + formatPrimitive(v.valueOf()) + ']';
        keys = Object.keys(v);
        if (tag === 'String') { keys = keys.filter(function (k) { return !/^(0|[1-9][0-9]*)$/.test(k); }); }
        if (!keys.length) { return base; }
        braces = ['{', '}'];
    } else {
        keys = Object.keys(v);
        var prefix2 = '';
        if (name === null) { prefix2 = '[Object: null prototype] '; } else if (name !== 'Object') { prefix2 = name + ' '; }
        if (tag !== 'Object' && tag !== name && name !== null) { prefix2 = name + ' [' + tag + '] '; }
        braces = [prefix2 + '{', '}'];
        if (!keys.length) { return prefix2 + '{}'; }
    }
    if (depth > ctx.depth) {
        if (Array.isArray(v)) { return '[Array]'; }
        return '[' + (name || 'Object') + ']';
    }
    ctx.seen.push(v);
    ctx.currentDepth = depth;
    ctx.truncated = false;
    if (Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView))) {
        var max = Math.min(len, 100), holes = 0;
        for (i = 0; i < max; i++) {
            if (!Array.isArray(v) || hasOwn.call(v, i)) {
                if (holes) { output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>'); holes = 0; }
                output.push(Array.isArray(v) ? formatProperty(ctx, v, String(i), depth, true) : formatPrimitive(v[i]));
            } else {
                holes++;
            }
        }
        if (holes) { output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>'); }
        if (len > max) {
            ctx.truncated = true;
            output.push('... ' + (len - max) + ' more item' + (len - max > 1 ? 's' : ''));
        }
    } else if (v instanceof Map) {
        ctx.indent += 2;
        v.forEach(function (val, k) { output.push(formatValue(ctx, k, depth + 1) + ' => ' + formatValue(ctx, val, depth + 1)); });
        ctx.indent -= 2;
    } else if (v instanceof Set) {
        ctx.indent += 2;
        v.forEach(function (val) { output.push(formatValue(ctx, val, depth + 1)); });
        ctx.indent -= 2;
        isArrayLike = true;
    }
    for (i = 0; i < keys.length; i++) { output.push(formatProperty(ctx, v, keys[i], depth, false)); }
    ctx.seen.pop();
    var ref = ctx.circular.indexOf(v);
    if (ref > -1) {
        // Node puts the reference at the very beginning
        base = base === '' ? '<ref *' + (ref + 1) + '>' : '<ref *' + (ref + 1) + '> ' + base;
    }
    ctx.truncated = (Array.isArray(v) || ArrayBuffer.isView(v)) && len > 100;
    var res = reduceToSingle(ctx, output, base, braces, isArrayLike && !(v instanceof Set), depth, Array.isArray(v) ? v : undefined);
    return res;
}

function inspect(value) {
    var ctx = { depth: 25, breakLength: 44, indent: 0, currentDepth: 0, seen: [], circular: [], truncated: false };
    return formatValue(ctx, value, 0);
}

// What Newman prints for console arguments: postman-sandbox sends them out of
// its context through teleport-javascript (a JSON with references, so that
// Maps, Sets, Dates, RegExps, Buffers, typed arrays, undefined, NaN, BigInts,
// symbols and cycles survive), after replacing what JSON cannot carry
// (consoleReplacer); Newman's cli reporter then prints what arrives with
// util.inspect. So a function prints as the text '[Function: name]', a
// getter as its value, an object with toJSON (pm.response, a Date) as what
// toJSON gives, an instance of a class as a plain object.
function consoleReplacer(cut) {
    return function (key, value) {
        if (typeof value === 'function') {
            var kind = (value.constructor && value.constructor.name) ? value.constructor.name : 'Function';
            return value.name ? '[' + kind + ': ' + value.name + ']' : '[' + kind + ']';
        }
        if (value instanceof WeakMap) { return '[WeakMap]'; }
        if (value instanceof WeakSet) { return '[WeakSet]'; }
        if (value instanceof ArrayBuffer) { return '[ArrayBuffer { byteLength: ' + value.byteLength + ' }]'; }
        // (not the list of arguments itself)
        if (key !== '' && Array.isArray(value) && value.length > 102) { return cutArray(cut, value); }
        return value;
    };
}

// cutArray returns the first 101 items of a, holes kept, and MORE_ITEMS;
// the same copy for the same array (cut: [array, copy] pairs), so that
// an array that holds itself stays a cycle.
function cutArray(cut, a) {
    for (var i = 0; i < cut.length; i++) {
        if (cut[i][0] === a) { return cut[i][1]; }
    }
    var c = new Array(102);
    for (i = 0; i < 101; i++) {
        if (hasOwn.call(a, i)) { c[i] = a[i]; }
    }
    c[101] = MORE_ITEMS + (a.length - 101);
    cut[cut.length] = [a, c];
    return c;
}

// formatConsole returns each console argument as Newman's cli reporter
// shows it.
function formatConsole(args) {
    var list = new Array(args.length), i, copied = false;
    for (i = 0; i < args.length; i++) {
        var v = args[i], t = typeof v;
        list[i] = v;
        // primitives arrive as they are, but -0 (JSON writes 0) and symbols
        // (sent by their description)
        copied = copied || !(v === null || t === 'string' || t === 'number' || t === 'boolean' || t === 'undefined' || t === 'bigint');
    }
    if (!copied) {
        for (i = 0; i < list.length; i++) { list[i] = inspect(list[i] === 0 ? 0 : list[i]); }
        return list;
    }
    var teleport = vendor('console-teleport');
    var copy = teleport.parse(teleport.stringify(list, consoleReplacer([])));
    var out = new Array(copy.length);
    for (i = 0; i < copy.length; i++) { out[i] = inspect(copy[i]); }
    return out;
}
