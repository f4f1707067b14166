// courier's chai plugin for pm.response.to / pm.request.to: the assertions
// of chai-postman 2.0.1 with the same checks and the same messages. The
// preliminary checks (is it a response, does it have a code, ...) are done
// directly and only replayed as chai assertions when they fail, so that the
// failure message is chai's own while a passing assertion stays cheap.
// A part of the sandbox (parts.go), compiled with chai: `sdk`, `lib`,
// `lodashShim`, `AjvShim`, `isObject`, `isString` and `toStr` are in scope.

function chaiPostman(chai) {
    var Assertion = chai.Assertion;
    var flag = chai.util.flag;
    var FIRST_LINE = /(.*?)\n.*/g;

    function isResponse(o) { return sdk.Response.isResponse(o); }
    function isRequest(o) { return sdk.isRequest(o); }
    function isNumber(v) { return typeof v === 'number' || toStr.call(v) === '[object Number]'; }

    function requireResponse(obj) {
        if (!isResponse(obj)) { new Assertion(obj).to.be.postmanResponse; } // eslint-disable-line no-new
    }
    function requireProperty(obj, name) {
        if (!(isObject(obj) && name in obj)) { new Assertion(obj).to.have.property(name); } // eslint-disable-line no-new
    }
    function requireType(value, type) {
        var ok = type === 'number' ? isNumber(value) : typeof value === type;
        if (!ok) { new Assertion(value).to.be.a(type); } // eslint-disable-line no-new
    }
    function requireResponseCode(obj) {
        requireResponse(obj);
        requireProperty(obj, 'code');
        requireType(obj.code, 'number');
    }
    function requireFunction(obj, name) {
        requireProperty(obj, name);
        requireType(obj[name], 'function');
    }
    function requestOrResponse(obj) {
        return isRequest(obj) ? 'request' : (isResponse(obj) ? 'response' : undefined);
    }
    function parseError(e) {
        if (e.name === 'JSONError' && e.message) { return e.message.replace(FIRST_LINE, '$1'); }
        return e.name + ': ' + e.message;
    }

    Assertion.addProperty('postmanRequest', function () {
        this.assert(isRequest(this._obj),
            'expecting a postman request object but got #{this}',
            'not expecting a postman request object');
    });
    Assertion.addProperty('postmanResponse', function () {
        this.assert(isResponse(this._obj),
            'expecting a postman response object but got #{this}',
            'not expecting a postman response object');
    });
    Assertion.addProperty('postmanRequestOrResponse', function () {
        this.assert(isResponse(this._obj) || isRequest(this._obj),
            'expecting a postman request or response object but got #{this}',
            'not expecting a postman request or response object');
    });

    function assertClass(assertion, classCode) {
        requireResponseCode(assertion._obj);
        assertion.assert(Math.floor(assertion._obj.code / 100) === classCode,
            'expected response code to be #{exp}XX but found #{act}',
            'expected response code to not be #{exp}XX',
            classCode, assertion._obj.code);
    }
    Assertion.addMethod('statusCodeClass', function (classCode) { assertClass(this, classCode); });
    [['info', 1], ['success', 2], ['redirection', 3], ['clientError', 4], ['serverError', 5]].forEach(function (c) {
        Assertion.addProperty(c[0], function () { assertClass(this, c[1]); });
    });

    Assertion.addProperty('error', function () {
        requireResponseCode(this._obj);
        var cls = Math.floor(this._obj.code / 100);
        this.assert(cls === 4 || cls === 5,
            'expected response code to be 4XX or 5XX but found #{act}',
            'expected response code to not be 4XX or 5XX',
            null, this._obj.code);
    });

    Assertion.addMethod('statusCode', function (code) {
        requireResponseCode(this._obj);
        this.assert(this._obj.code === Number(code),
            'expected response to have status code #{exp} but got #{act}',
            'expected response to not have status code #{act}',
            Number(code), this._obj.code);
    });

    Assertion.addMethod('statusReason', function (reason) {
        requireResponse(this._obj);
        requireFunction(this._obj, 'reason');
        reason = String(reason);
        this.assert(this._obj.reason() === reason,
            'expected response to have status reason #{exp} but got #{act}',
            'expected response to not have status reason #{act}',
            reason, this._obj.reason());
    });

    function assertNamedStatus(assertion, code, name) {
        var obj = assertion._obj;
        requireFunction(obj, 'reason');
        requireFunction(obj, 'details');
        var wanted = name.toUpperCase(),
            actual = String(obj.reason()).toUpperCase(),
            actualCode = Number(obj.details().code);
        assertion.assert(actual === wanted,
            'expected response to have status reason #{exp} but got #{act}',
            'expected response to not have status reason #{act}',
            wanted, actual);
        assertion.assert(actualCode === code,
            'expected response to have status code #{exp} but got #{act}',
            'expected response to not have status code #{act}',
            code, actualCode);
    }
    [
        ['accepted', 202, 'Accepted'], ['withoutContent', 204, 'No Content'], ['badRequest', 400, 'Bad Request'],
        ['unauthorised', 401, 'Unauthorised'], ['unauthorized', 401, 'Unauthorized'], ['forbidden', 403, 'Forbidden'],
        ['notFound', 404, 'Not Found'], ['notAcceptable', 406, 'Acceptable'], ['rateLimited', 429, 'Too Many Requests']
    ].forEach(function (s) {
        Assertion.addProperty(s[0], function () {
            requireResponse(this._obj);
            assertNamedStatus(this, s[1], s[2]);
        });
    });

    Assertion.addProperty('ok', function () {
        if (!isResponse(this._obj)) {
            this.assert(flag(this, 'object'), 'expected #{this} to be truthy', 'expected #{this} to be falsy');
            return;
        }
        assertNamedStatus(this, 200, 'OK');
    });

    Assertion.addMethod('status', function (codeOrReason) {
        var obj = this._obj;
        requireResponse(obj);
        if (isNumber(codeOrReason)) {
            requireProperty(obj, 'code');
            requireType(obj.code, 'number');
            this.assert(obj.code === Number(codeOrReason),
                'expected response to have status code #{exp} but got #{act}',
                'expected response to not have status code #{act}',
                Number(codeOrReason), obj.code);
            return;
        }
        requireFunction(obj, 'reason');
        this.assert(obj.reason() === codeOrReason,
            'expected response to have status reason #{exp} but got #{act}',
            'expected response to not have status reason #{act}',
            codeOrReason, obj.reason());
    });

    Assertion.addMethod('header', function (key, value) {
        var obj = this._obj;
        if (!(isResponse(obj) || isRequest(obj))) { new Assertion(obj).to.be.postmanRequestOrResponse; } // eslint-disable-line no-new
        requireProperty(obj, 'headers');
        var ror = requestOrResponse(obj), has = obj.headers.has(key);
        this.assert(has,
            'expected ' + ror + ' to have header with key \'' + String(key) + '\'',
            'expected ' + ror + ' to not have header with key \'' + String(key) + '\'',
            true, has);
        if (arguments.length < 2) { return; }
        var actual = obj.headers.one(key).value;
        this.assert(actual === value,
            'expected \'' + String(key) + '\' ' + ror + ' header to be #{exp} but got #{act}',
            'expected \'' + String(key) + '\' ' + ror + ' header to not be #{act}',
            value, actual);
    });

    Assertion.addProperty('withBody', function () {
        requireResponse(this._obj);
        requireFunction(this._obj, 'text');
        var text = this._obj.text();
        this.assert(isString(text) && text.length,
            'expected response to have content in body',
            'expected response to not have content in body');
    });

    Assertion.addProperty('json', function () {
        requireResponse(this._obj);
        requireFunction(this._obj, 'json');
        var err;
        try { this._obj.json(); } catch (e) { err = parseError(e); }
        this.assert(!err,
            'expected response body to be a valid json but got error ' + err,
            'expected response body not to be a valid json');
    });

    Assertion.addMethod('body', function (content) {
        var data, obj = this._obj;
        requireResponse(obj);
        if (lodashShim.isPlainObject(content)) {
            requireFunction(obj, 'json');
            try { data = obj.json(); } catch (e) { /* compared as undefined */ }
            this.assert(lodashShim.isEqual(data, content),
                'expected response body json to equal #{exp} but got #{act}',
                'expected response body json to not equal #{exp} but got #{act}',
                content, data);
            return;
        }
        requireFunction(obj, 'text');
        data = obj.text();
        if (arguments.length === 0) {
            this.assert(isString(data) && data.length,
                'expected response to have content in body',
                'expected response to not have content in body');
            return;
        }
        if (content instanceof RegExp) {
            this.assert(content.exec(data) !== null,
                'expected response body text to match #{exp} but got #{act}',
                'expected response body text #{act} to not match #{exp}',
                content, data);
            return;
        }
        this.assert(lodashShim.isEqual(data, content),
            'expected response body to equal #{exp} but got #{act}',
            'expected response body to not equal #{exp}',
            content, data);
    });

    Assertion.addMethod('jsonBody', function (path, value) {
        var obj = this._obj, body, err;
        requireResponse(obj);
        requireFunction(obj, 'json');
        try { body = obj.json(); } catch (e) { err = parseError(e); }
        if (arguments.length === 0) {
            this.assert(!err, 'expected response body to be a valid json but got error ' + err,
                'expected response body not to be a valid json');
            return;
        }
        if (isString(path)) {
            this.assert(lodashShim.has(body, path),
                'expected #{act} in response to contain property #{exp}',
                'expected #{act} in response to not contain property #{exp}',
                path, body);
            if (arguments.length > 1) {
                body = lodashShim.get(body, path);
                this.assert(lodashShim.isEqual(body, value),
                    'expected response body json at "' + path + '" to contain #{exp} but got #{act}',
                    'expected response body json at "' + path + '" to not contain #{exp} but got #{act}',
                    value, body);
            }
        }
    });

    Assertion.addChainableMethod('responseTime', function (value) {
        var time = flag(this, 'number');
        this.assert(isNumber(time),
            'expected response to have a valid response time but got #{act}',
            'expected response to not have a valid response time but got #{act}', null, time);
        if (arguments.length) {
            this.assert(lodashShim.isEqual(time, value),
                'expected response to have a valid response time but got #{act}',
                'expected response to not have a valid response time but got #{act}', null, time);
        }
    }, function () {
        requireResponse(this._obj);
        requireProperty(this._obj, 'responseTime');
        flag(this, 'number', this._obj.responseTime);
        this._obj = this._obj.responseTime;
    });

    Assertion.addChainableMethod('responseSize', function (value) {
        var size = flag(this, 'number');
        this.assert(isNumber(size),
            'expected response to have a valid response size but got #{act}',
            'expected response to not have a valid response size but got #{act}', null, size);
        if (arguments.length) {
            this.assert(lodashShim.isEqual(size, value),
                'expected response size to equal #{act} but got #{exp}',
                'expected response size to not equal #{act} but got #{exp}', value, size);
        }
    }, function () {
        requireResponse(this._obj);
        requireFunction(this._obj, 'size');
        var size = this._obj.size(), total = (size.header || 0) + (size.body || 0);
        flag(this, 'number', total);
        this._obj = total;
    });

    Assertion.addMethod('jsonSchema', function (schema, options) {
        if (!(schema !== null && typeof schema === 'object')) { new Assertion(schema).to.be.an('object'); } // eslint-disable-line no-new
        var opts = Object.assign({ allErrors: true, logger: false }, options), data;
        if (isResponse(this._obj) || (isRequest(this._obj) && typeof this._obj.json === 'function')) {
            data = this._obj.json();
        } else {
            data = this._obj;
        }
        var ajv = new AjvShim(opts), valid = ajv.validate(schema, data);
        this.assert(valid && !ajv.errors,
            'expected data to satisfy schema but found following errors: \n' + ajv.errorsText(),
            'expected data to not satisfy schema', true, valid);
    });
}
