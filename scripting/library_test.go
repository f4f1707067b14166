package scripting

import (
	"context"
	"strings"
	"sync"
	"testing"
)

// Runtimes in parallel share one Library; each compiles nothing twice.
func TestLibrarySharedByParallelRuntimes(t *testing.T) {
	var mu sync.Mutex
	loads := map[string]int{}
	lib := newLibrary(func(name string) (string, bool) {
		mu.Lock()
		loads[name]++
		mu.Unlock()
		switch name {
		case "lodash":
			return `module.exports = { chunk: function (a) { return [a]; } };`, true
		case "events":
			return `exports.kind = "events";`, true
		}
		return "", false
	})
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rt := New(newFakeHost(), Options{Lib: lib})
			defer rt.Close()
			for j := 0; j < 3; j++ {
				ex := &Execution{Event: "test", Scripts: []Script{{ID: "s", Source: `
					pm.test("lodash " + JSON.stringify(require("lodash").chunk(1)) + " same " + (require("lodash") === require("lodash")));
					pm.test("events " + require("node:events").kind);
					try { require("chai-postman"); } catch (e) { pm.test(e.message); }`}}}
				res, err := rt.Run(context.Background(), ex)
				if err != nil {
					t.Error(err)
					return
				}
				want := "PASS lodash [1] same true\nPASS events events\nPASS Cannot find module 'chai-postman'\n"
				if got := summary(res); got != want {
					t.Errorf("got %q", got)
				}
			}
		}()
	}
	wg.Wait()
	for name, n := range loads {
		// Source is asked for each lookup, but each bundle compiles once
		if n == 0 {
			t.Errorf("%s never loaded", name)
		}
	}
	lib.mu.Lock()
	defer lib.mu.Unlock()
	for key, e := range lib.progs {
		if strings.HasPrefix(key, "module:") && e.prog == nil {
			t.Errorf("%s not compiled", key)
		}
	}
}

func TestRealBundlesLoad(t *testing.T) {
	script := `
		var names = ["ajv", "assert", "atob", "backbone", "btoa", "buffer", "chai", "cheerio", "crypto-js",
			"csv-parse/lib/sync", "events", "lodash", "moment", "os", "path", "punycode", "querystring",
			"stream", "string_decoder", "timers", "tv4", "url", "util", "uuid", "xml2js"];
		names.forEach(function (n) {
			var m = require(n);
			if (m === undefined || m === null) { throw new Error(n + " is empty"); }
		});
		pm.test("all " + names.length);
		pm.test("uuid " + /^[0-9a-f-]{36}$/.test(require("uuid").v4()));
		pm.test("assert " + (function () { try { require("assert").strictEqual(1, 2); } catch (e) { return e.name; } })());
		pm.test("util.format " + require("util").format("%s=%d", "a", 5));
		pm.test("timers " + typeof require("timers").setTimeout);
	`
	res := runOne(t, newFakeHost(), "test", script, jsonResponse(200, "OK", "{}"))
	want := "PASS all 25\nPASS uuid true\nPASS assert AssertionError\nPASS util.format a=5\nPASS timers function\n"
	if got := summary(res); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// Warm compiles the prelude for any script, and chai (with courier's
// chai-postman assertions), the SDK's response side and its request side
// only for scripts that can reach them; runtimes then use what it compiled.
// Nothing else is compiled ahead (loupe, chai.assert, inspect, locale).
func TestWarm(t *testing.T) {
	compiled := func(l *Library, key string) bool {
		l.mu.Lock()
		e := l.progs[key]
		l.mu.Unlock()
		return e != nil && e.prog != nil
	}
	for _, tc := range []struct {
		sources                          []string
		prelude, chai, response, request bool
	}{
		{nil, false, false, false, false},
		{[]string{"pm.variables.set('a', 1);"}, true, false, false, false},
		{[]string{"pm.variables.set('a', 1);", "pm.test('ok', function () { pm.response.to.have.status(200); });"}, true, true, true, false},
		{[]string{"pm.expect(1).to.equal(1);"}, true, true, true, false},
		{[]string{"var chai = require('chai');"}, true, true, true, false},
		{[]string{"tests['ok'] = responseCode.code === 200;"}, true, false, true, false},
		{[]string{"pm.request.headers.add({key: 'a', value: 'b'});"}, true, false, false, true},
		{[]string{"pm.sendRequest('http://x/', function (err, res) { console.log(res.code); });"}, true, false, true, true},
	} {
		l := NewLibrary()
		l.Warm(tc.sources)
		l.warmed.Wait()
		for key, want := range map[string]bool{
			"internal:courier-prelude.js":      tc.prelude,
			"module:chai":                      tc.chai,
			"internal:courier-assertions.js":   tc.chai,
			"internal:courier-sdk-response.js": tc.response,
			"internal:courier-sdk-request.js":  tc.request,
			"vendor:chai-loupe":                false,
			"vendor:chai-assert":               false,
			"vendor:console-teleport":          false,
			"internal:courier-inspect.js":      false,
			"internal:courier-locale.js":       false,
		} {
			if got := compiled(l, key); got != want {
				t.Errorf("%q: %s compiled %v, want %v", tc.sources, key, got, want)
			}
		}
		if !tc.chai {
			continue
		}
		// a runtime started meanwhile uses the programs Warm compiled
		l2 := NewLibrary()
		l2.Warm(tc.sources)
		rt := New(newFakeHost(), Options{Lib: l2})
		res := runIn(t, rt, "test", `pm.test('eq', function () { pm.expect(1).to.equal(1); });`, jsonResponse(200, "OK", `{}`))
		rt.Close()
		if got := summary(res); got != "PASS eq\n" {
			t.Errorf("%q: got %q", tc.sources, got)
		}
		l2.warmed.Wait()
	}
}
