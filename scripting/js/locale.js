// en-US formatting for toLocaleString and friends, as Node prints it. goja
// has no Intl: its Number#toLocaleString rejects a locale argument and its
// dates print as 01/15/2024, 13:05:09. Other locales fall back to en-US.
// A part of the sandbox compiled when a script first formats a number or
// date (see part in prelude.js): the prelude installs the methods, which
// call formatLocaleNumber and formatLocaleDate here.

var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
var DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
var CURRENCY_SYMBOLS = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', CNY: 'CN¥', CAD: 'CA$', AUD: 'A$' };

function groupThousands(intPart) {
    var out = '';
    while (intPart.length > 3) {
        out = ',' + intPart.slice(-3) + out;
        intPart = intPart.slice(0, -3);
    }
    return intPart + out;
}

function toFixedDigits(n, digits) {
    // toFixed rounds half away from zero on the decimal string as Intl does for most inputs
    if (Math.abs(n) >= 1e21) { return String(n); }
    return n.toFixed(digits);
}

function formatLocaleNumber(n, options) {
    options = options || {};
    var style = options.style || 'decimal';
    if (typeof n !== 'number') { n = Number(n); }
    if (isNaN(n)) { return 'NaN'; }
    var negative = n < 0 || Object.is(n, -0);
    var abs = Math.abs(n);
    if (style === 'percent') { abs *= 100; }
    var minFrac, maxFrac;
    var currency = style === 'currency' ? String(options.currency || 'USD').toUpperCase() : null;
    var defMin = currency ? (currency === 'JPY' ? 0 : 2) : 0;
    var defMax = currency ? defMin : (style === 'percent' ? 0 : 3);
    minFrac = options.minimumFractionDigits !== undefined ? Number(options.minimumFractionDigits) : defMin;
    maxFrac = options.maximumFractionDigits !== undefined ? Number(options.maximumFractionDigits) : Math.max(defMax, minFrac);
    if (minFrac > maxFrac) {
        if (options.maximumFractionDigits !== undefined && options.minimumFractionDigits !== undefined) {
            throw new RangeError('maximumFractionDigits value is out of range.');
        }
        if (options.minimumFractionDigits === undefined) { minFrac = maxFrac; } else { maxFrac = minFrac; }
    }
    var body;
    if (abs === Infinity) {
        body = '∞';
    } else {
        var fixed = toFixedDigits(abs, maxFrac);
        var parts = fixed.split('.');
        var frac = parts[1] || '';
        while (frac.length > minFrac && frac[frac.length - 1] === '0') { frac = frac.slice(0, -1); }
        var intPart = parts[0];
        if (options.minimumIntegerDigits) {
            while (intPart.length < options.minimumIntegerDigits) { intPart = '0' + intPart; }
        }
        if (options.useGrouping !== false) { intPart = groupThousands(intPart); }
        body = frac ? intPart + '.' + frac : intPart;
        if (negative && /^[0.,]*$/.test(body) && abs === 0 && !Object.is(n, -0)) { negative = false; }
    }
    if (style === 'percent') { body += '%'; }
    if (currency) {
        var display = options.currencyDisplay || 'symbol';
        if (display === 'code') { body = currency + '\u00a0' + body; } else { body = (CURRENCY_SYMBOLS[currency] || currency + '\u00a0') + body; }
    }
    return (negative ? '-' : '') + body;
}

function pad2(n) { return n < 10 ? '0' + n : String(n); }

function dateParts(d, options) {
    var utc = options && options.timeZone && /^(utc|gmt|etc\/utc)$/i.test(String(options.timeZone));
    return {
        year: utc ? d.getUTCFullYear() : d.getFullYear(),
        month: utc ? d.getUTCMonth() : d.getMonth(),
        day: utc ? d.getUTCDate() : d.getDate(),
        weekday: utc ? d.getUTCDay() : d.getDay(),
        hour: utc ? d.getUTCHours() : d.getHours(),
        minute: utc ? d.getUTCMinutes() : d.getMinutes(),
        second: utc ? d.getUTCSeconds() : d.getSeconds()
    };
}

function hasAny(options, keys) {
    if (!options) { return false; }
    for (var i = 0; i < keys.length; i++) { if (options[keys[i]] !== undefined) { return true; } }
    return false;
}

function formatDatePart(p, o) {
    var month = o.month, out;
    if (month === 'long' || month === 'short') {
        var name = month === 'long' ? MONTHS[p.month] : MONTHS[p.month].slice(0, 3);
        out = name;
        if (o.day) { out += ' ' + (o.day === '2-digit' ? pad2(p.day) : p.day); }
        if (o.year) { out += (o.day ? ', ' : ' ') + (o.year === '2-digit' ? pad2(p.year % 100) : p.year); }
    } else {
        var bits = [];
        if (month) { bits.push(month === '2-digit' ? pad2(p.month + 1) : p.month + 1); }
        if (o.day) { bits.push(o.day === '2-digit' ? pad2(p.day) : p.day); }
        if (o.year) { bits.push(o.year === '2-digit' ? pad2(p.year % 100) : p.year); }
        out = bits.join('/');
    }
    if (o.weekday) {
        var wd = o.weekday === 'long' ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
        out = out ? wd + ', ' + out : wd;
    }
    return out;
}

function formatTimePart(p, o) {
    var h12 = o.hour12 !== false && o.hourCycle !== 'h23';
    var hour = p.hour;
    var suffix = '';
    if (h12) {
        suffix = hour < 12 ? ' AM' : ' PM';
        hour = hour % 12;
        if (hour === 0) { hour = 12; }
    }
    var s = (o.hour === '2-digit' || !h12 ? pad2(hour) : String(hour));
    if (o.minute !== undefined) { s += ':' + pad2(p.minute); }
    if (o.second !== undefined) { s += ':' + pad2(p.second); }
    return s + suffix;
}

var DATE_KEYS = ['weekday', 'year', 'month', 'day'];
var TIME_KEYS = ['hour', 'minute', 'second'];

function formatLocaleDate(d, options, which) {
    if (isNaN(d.getTime())) { return 'Invalid Date'; }
    options = options || {};
    var p = dateParts(d, options);
    var wantDate = hasAny(options, DATE_KEYS), wantTime = hasAny(options, TIME_KEYS);
    var o = {};
    Object.keys(options).forEach(function (k) { o[k] = options[k]; });
    if (!wantDate && !wantTime) {
        if (which !== 'time') { o.year = 'numeric'; o.month = 'numeric'; o.day = 'numeric'; wantDate = true; }
        if (which !== 'date') { o.hour = 'numeric'; o.minute = '2-digit'; o.second = '2-digit'; wantTime = true; }
    } else if (which === 'date' && !wantDate) {
        o.year = 'numeric'; o.month = 'numeric'; o.day = 'numeric'; wantDate = true;
    } else if (which === 'time' && !wantTime) {
        o.hour = 'numeric'; o.minute = '2-digit'; o.second = '2-digit'; wantTime = true;
    }
    var parts = [];
    if (wantDate) { parts.push(formatDatePart(p, o)); }
    if (wantTime) { parts.push(formatTimePart(p, o)); }
    return parts.join(wantDate && o.month !== 'long' && o.month !== 'short' ? ', ' : ' at ');
}
