package scripting

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/scripting/internal/chaicore"
)

// The oracle for courier's chai-postman assertions (js/assertions.js) is the
// real chai-postman 2.0.1 bundle, wired as postman-sandbox wires it:
// chai.use(require('chai-postman')(sdk, lodash, Ajv)) on a chai of its own,
// with the postman-collection bundle as the SDK. Each case evaluates one
// assertion on the same object with pm.expect (courier's chai and plugin)
// and with the oracle, and both must pass or fail alike with the same
// message.

// assertionSubjects are the objects assertions are made on, by name: the
// execution's own pm.response and pm.request (courier's objects), objects a
// script builds with the SDK bundle and with courier's classes, and things
// that are neither.
var assertionSubjects = map[string]string{
	"pm.response":             `pm.response`,
	"pm.request":              `pm.request`,
	"sdk.Response":            `new sdk.Response({code: 200, body: '{"a":{"b":[1,2]},"s":"x"}', header: [{key: 'Content-Type', value: 'application/json'}, {key: 'X-T', value: 'v'}], responseTime: 12})`,
	"sdk.Response 404":        `new sdk.Response({code: 404, body: 'not json', header: [{key: 'X-T', value: 'v'}]})`,
	"sdk.Response 201 reason": `new sdk.Response({code: 201, reason: 'Made', body: '{}'})`,
	"sdk.Response empty":      `new sdk.Response({code: 204})`,
	"sdk.Response stream":     `new sdk.Response({code: 500, stream: {type: 'Buffer', data: [123, 125]}})`,
	"sdk.Request":             `new sdk.Request({url: 'http://x/y', header: [{key: 'X-H', value: 'hv'}]})`,
	"courier Response":        `new (pm.response.constructor)({code: 401, body: '{"err":true}', header: [{key: 'X-T', value: 'w'}]})`,
	"courier Request":         `new (pm.request.constructor)({url: 'http://x/y', header: 'X-H: c'})`,
	"response-like":           `({code: 200, constructor: {_postman_propertyName: 'Response'}, reason: function () { return 'OK'; }, details: function () { return {code: 200}; }, headers: new sdk.HeaderList(null, []), text: function () { return ''; }})`,
	"plain object":            `({code: 200, a: 1})`,
	"number":                  `200`,
	"string":                  `'text'`,
	"null":                    `null`,
}

// assertionChains are applied to every subject.
var assertionChains = []string{
	`.to.have.status(200)`, `.to.have.status(404)`, `.to.have.status('OK')`, `.to.have.status('Not Found')`,
	`.to.not.have.status(200)`, `.to.have.status('200')`,
	`.to.have.statusCode(200)`, `.to.not.have.statusCode(200)`,
	`.to.have.statusReason('OK')`, `.to.have.statusReason('Made')`, `.to.not.have.statusReason('OK')`,
	`.to.have.statusCodeClass(2)`, `.to.have.statusCodeClass(4)`, `.to.not.have.statusCodeClass(2)`,
	`.to.be.info`, `.to.be.success`, `.to.be.redirection`, `.to.be.clientError`, `.to.be.serverError`,
	`.to.not.be.success`, `.to.be.error`, `.to.not.be.error`,
	`.to.be.ok`, `.to.not.be.ok`,
	`.to.be.accepted`, `.to.be.withoutContent`, `.to.be.badRequest`, `.to.be.unauthorised`, `.to.be.unauthorized`,
	`.to.be.forbidden`, `.to.be.notFound`, `.to.be.notAcceptable`, `.to.be.rateLimited`, `.to.not.be.notFound`,
	`.to.have.header('X-T')`, `.to.have.header('x-t', 'v')`, `.to.have.header('X-T', 'nope')`, `.to.not.have.header('X-T')`,
	`.to.have.header('X-H')`, `.to.have.header('X-H', 'hv')`, `.to.have.header('Content-Type')`, `.to.not.have.header('X-Nope')`,
	`.to.be.withBody`, `.to.not.be.withBody`, `.to.be.json`, `.to.not.be.json`,
	`.to.have.body()`, `.to.have.body('not json')`, `.to.have.body({a: {b: [1, 2]}, s: 'x'})`, `.to.have.body(/json/)`,
	`.to.not.have.body(/json/)`, `.to.not.have.body('x')`, `.to.have.body({})`,
	`.to.have.jsonBody()`, `.to.have.jsonBody('a.b[1]')`, `.to.have.jsonBody('a.b', [1, 2])`, `.to.have.jsonBody('a.b', [2])`,
	`.to.not.have.jsonBody('zz')`, `.to.have.jsonBody('zz')`, `.to.not.have.jsonBody()`,
	`.to.have.responseTime`, `.to.have.responseTime.below(100000)`, `.to.have.responseTime.above(100000)`, `.to.have.responseTime(12)`,
	`.to.have.responseSize`, `.to.have.responseSize.above(0)`, `.to.have.responseSize(3)`,
	`.to.be.postmanResponse`, `.to.be.postmanRequest`, `.to.be.postmanRequestOrResponse`, `.to.not.be.postmanResponse`,
	`.to.be.an('object')`, `.to.have.property('code')`, `.to.be.ok.and.have.status(200)`,
}

// schemaChains need Ajv, which is slow to set up: they are applied to a few
// subjects only.
var schemaChains = []string{
	`.to.have.jsonSchema({type: 'object', required: ['a']})`, `.to.have.jsonSchema({type: 'object', required: ['zz']})`,
	`.to.not.have.jsonSchema({type: 'object'})`, `.to.have.jsonSchema('nope')`,
}
var schemaSubjects = []string{"pm.response", "sdk.Response 404", "sdk.Request", "plain object", "number"}

// oracleRuntime is a runtime that also has __oracle: the expect of a plain
// chai with the real chai-postman plugin on the postman-collection bundle.
func oracleRuntime(t *testing.T) *runtime {
	t.Helper()
	// (many cases in one script: slow with the race detector)
	rt := New(newFakeHost(), Options{Lib: sharedLib, DefaultTimeout: 10 * time.Minute}).(*runtime)
	t.Cleanup(rt.Close)
	if rt.initErr != nil {
		t.Fatal(rt.initErr)
	}
	prog, ok, err := sharedLib.module("chai")
	if !ok || err != nil {
		t.Fatalf("chai bundle: %v", err)
	}
	fnv, err := rt.vm.RunProgram(prog)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	module, exports := rt.vm.NewObject(), rt.vm.NewObject()
	_ = module.Set("exports", exports)
	// chai's own JavaScript, without courier's native hooks
	hooks := chaicore.PlainHooks(rt.vm)
	_ = hooks.ToObject(rt.vm).Set("lazy", func(call goja.FunctionCall) goja.Value { return rt.loadVendorModule(call.Argument(0).String()) })
	if _, err := fn(goja.Undefined(), module, exports, rt.vm.Get("require"), hooks); err != nil {
		t.Fatal(err)
	}
	if err := rt.vm.Set("__oracleChai", module.Get("exports")); err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]goja.Value{
		"__chaiPostman": rt.loadModule("chai-postman"),
		"__lodash":      rt.loadModule("lodash"),
		"__ajv":         rt.loadModule("ajv"),
	} {
		if err := rt.vm.Set(name, v); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := rt.vm.RunString(`__oracleChai.use(__chaiPostman(require('postman-collection'), __lodash, __ajv));
		var __oracle = __oracleChai.expect;`); err != nil {
		t.Fatal(err)
	}
	return rt
}

type assertionOutcome struct {
	Subject, Chain  string
	Courier, Oracle string
}

func TestAssertionsMatchChaiPostman(t *testing.T) {
	rt := oracleRuntime(t)
	var script strings.Builder
	script.WriteString(`var sdk = require('postman-collection'), out = [];
		function outcome(expect, subject, chain) {
			try {
				chain(expect(subject()));
				return 'pass';
			} catch (e) {
				return (e && e.name) + ': ' + (e && e.message);
			}
		}
		function check(subject, chain, s, c) {
			out.push({Subject: s, Chain: c, Courier: outcome(pm.expect, subject, chain), Oracle: outcome(__oracle, subject, chain)});
		}
`)
	n := 0
	add := func(name, chain string) {
		fmt.Fprintf(&script, "check(function () { return %s; }, function (a) { a%s; }, %q, %q);\n", assertionSubjects[name], chain, name, chain)
		n++
	}
	for name := range assertionSubjects {
		for _, chain := range assertionChains {
			add(name, chain)
		}
	}
	for _, name := range schemaSubjects {
		for _, chain := range schemaChains {
			add(name, chain)
		}
	}
	script.WriteString(`pm.test(JSON.stringify(out));`)
	res, err := rt.Run(context.Background(), &Execution{
		Event:   "test",
		Scripts: []Script{{Source: script.String(), Location: "request R"}},
		Item:    Item{ID: "r", Name: "R"},
		Request: func() *collections.Request {
			r := testRequest()
			r.Headers = append(r.Headers, collections.Header{Key: "X-H", Value: "hv"})
			return r
		}(),
		Response: func() *Response {
			r := jsonResponse(200, "OK", `{"a":{"b":[1,2]},"s":"x"}`)
			r.Headers = append(r.Headers, Header{Key: "X-T", Value: "v"})
			return r
		}(),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Scripts) != 1 || res.Scripts[0].Error != nil || len(res.Scripts[0].Tests) != 1 {
		var e *ErrorInfo
		if len(res.Scripts) == 1 {
			e = res.Scripts[0].Error
		}
		t.Fatalf("the probe script failed: %+v", e)
	}
	var outcomes []assertionOutcome
	if err := json.Unmarshal([]byte(res.Scripts[0].Tests[0].Name), &outcomes); err != nil {
		t.Fatal(err)
	}
	if len(outcomes) != n {
		t.Fatalf("%d outcomes for %d cases", len(outcomes), n)
	}
	passed, failed := 0, 0
	for _, o := range outcomes {
		if o.Courier != o.Oracle {
			t.Errorf("expect(%s)%s\n courier:      %s\n chai-postman: %s", o.Subject, o.Chain, o.Courier, o.Oracle)
		}
		if o.Oracle == "pass" {
			passed++
		} else {
			failed++
		}
	}
	// the table must exercise both outcomes broadly
	if passed < 100 || failed < 100 {
		t.Errorf("only %d passing and %d failing cases", passed, failed)
	}
}
