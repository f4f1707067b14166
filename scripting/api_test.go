package scripting

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/vars"
)

func TestPrerequestEditsAreWrittenBack(t *testing.T) {
	h := newFakeHost()
	rt := New(h, Options{Lib: sharedLib})
	defer rt.Close()
	req := &collections.Request{
		Method:      "GET",
		URL:         collections.ParseURL("http://{{host}}/orders/:id?a=1&b=two"),
		Headers:     []collections.Header{{Key: "Accept", Value: "application/json"}, {Key: "X-Off", Value: "1", Disabled: true}},
		Proxy:       map[string]any{"host": "proxy.local"},
		Description: "keep me",
	}
	req.URL.Variables = []collections.Variable{{Key: "id", Value: "7"}}
	ex := &Execution{
		Event: "prerequest",
		Scripts: []Script{
			{Source: `pm.request.headers.upsert({key: "Accept", value: "text/plain"});
				pm.request.headers.add({key: "X-Trace", value: "abc"});
				pm.request.url.addQueryParams("c=3");
				pm.request.url.removeQueryParams("a");`},
			// a second script sees the first one's edits
			{Source: `pm.request.method = "put";
				pm.request.body = {mode: "raw", raw: pm.request.headers.get("x-trace"), options: {raw: {language: "json"}}};
				pm.request.auth = {type: "bearer", bearer: [{key: "token", value: "t0k"}]};`},
		},
		Request: req,
	}
	res, err := rt.Run(context.Background(), ex)
	if err != nil {
		t.Fatal(err)
	}
	if s := summary(res); s != "" {
		t.Fatalf("unexpected test output %q", s)
	}
	want := &collections.Request{
		Method: "PUT",
		URL: collections.URL{
			Raw:      "http://{{host}}/orders/:id?b=two&c=3",
			Protocol: "http", Host: []string{"{{host}}"}, Path: []string{"orders", ":id"},
			Query:     []collections.QueryParam{{Key: "b", Value: "two"}, {Key: "c", Value: "3"}},
			Variables: []collections.Variable{{Key: "id", Value: "7"}},
		},
		Headers: []collections.Header{
			{Key: "Accept", Value: "text/plain"},
			{Key: "X-Off", Value: "1", Disabled: true},
			{Key: "X-Trace", Value: "abc"},
		},
		Body:        &collections.Body{Mode: "raw", Raw: "abc", Language: "json", Options: map[string]any{"raw": map[string]any{"language": "json"}}},
		Auth:        &collections.Auth{Type: "bearer", Params: []collections.AuthParam{{Key: "token", Value: "t0k"}}},
		Proxy:       map[string]any{"host": "proxy.local"},
		Description: "keep me",
	}
	// the raw URL is rebuilt from the parts; path variables stay for the runner
	want.URL.Raw = "http://{{host}}/orders/:id?b=two&c=3"
	if !reflect.DeepEqual(ex.Request, want) {
		t.Errorf("request after pre-request scripts:\n got %#v\nwant %#v", ex.Request, want)
	}
}

func TestUntouchedRequestIsNotRewritten(t *testing.T) {
	h := newFakeHost()
	rt := New(h, Options{Lib: sharedLib})
	defer rt.Close()
	req := &collections.Request{Method: "GET", URL: collections.ParseURL("https://example.com/a?x=%41")}
	orig := *req
	ex := &Execution{Event: "prerequest", Request: req, Scripts: []Script{
		{Source: `pm.test("url " + pm.request.url.toString());`},
	}}
	res, err := rt.Run(context.Background(), ex)
	if err != nil {
		t.Fatal(err)
	}
	if got := summary(res); got != "PASS url https://example.com/a?x=%41\n" {
		t.Errorf("got %q", got)
	}
	if !reflect.DeepEqual(*req, orig) {
		t.Errorf("request changed: %#v", req)
	}
}

func TestVariableScopes(t *testing.T) {
	cases := []struct {
		name   string
		setup  func(v *vars.Set)
		script string
		want   string // summary
		check  func(t *testing.T, v *vars.Set)
	}{
		{
			name: "values keep their JavaScript types",
			script: `pm.environment.set("n", 5); pm.environment.set("b", true); pm.environment.set("o", {a: [1, "x"]});
				pm.environment.set("s", "str"); pm.environment.set("u", undefined);
				pm.test("types " + typeof pm.environment.get("n") + " " + typeof pm.environment.get("b") + " " +
					JSON.stringify(pm.environment.get("o")) + " " + pm.environment.get("u"));`,
			// undefined is kept for the script and stored as nil (null) after it
			want: "PASS types number boolean {\"a\":[1,\"x\"]} undefined\n",
			check: func(t *testing.T, v *vars.Set) {
				for key, want := range map[string]any{"n": 5.0, "b": true, "o": map[string]any{"a": []any{1.0, "x"}}, "s": "str", "u": nil} {
					got, ok := v.Environment.Get(key)
					if !ok || !reflect.DeepEqual(got, want) {
						t.Errorf("%s = %#v (%v), want %#v", key, got, ok, want)
					}
				}
			},
		},
		{
			name: "pm.variables reads by precedence and writes the local scope",
			setup: func(v *vars.Set) {
				v.Globals.Set("x", "global")
				v.Collection.Set("x", "collection")
				v.Environment.Set("x", "env")
				v.Data.Set("x", "data")
				v.Globals.Set("g", "only global")
			},
			script: `pm.test("before " + pm.variables.get("x") + " / " + pm.variables.get("g"));
				pm.variables.set("x", "local");
				pm.test("after " + pm.variables.get("x") + " has " + pm.variables.has("g") + " " + pm.variables.has("nope"));
				pm.test("object " + JSON.stringify(pm.variables.toObject()));`,
			want: "PASS before data / only global\nPASS after local has true false\n" +
				"PASS object {\"x\":\"local\",\"g\":\"only global\"}\n",
			check: func(t *testing.T, v *vars.Set) {
				if got, _ := v.Local.Get("x"); got != "local" {
					t.Errorf("local x = %v", got)
				}
				if got, _ := v.Environment.Get("x"); got != "env" {
					t.Errorf("env x changed to %v", got)
				}
			},
		},
		{
			name: "get, has, unset, clear, toObject, toJSON of one scope",
			setup: func(v *vars.Set) {
				v.Collection.Set("a", "1")
				v.Collection.Set("b", 2.0)
			},
			script: `var c = pm.collectionVariables;
				pm.test("get " + c.get("a") + " " + c.get("b") + " " + c.get("zz"));
				pm.test("has " + c.has("a") + " " + c.has("zz"));
				var j = c.toJSON();
				pm.test("id " + /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(j.id));
				delete j.id;
				pm.test("json " + JSON.stringify(j));
				c.unset("a");
				pm.test("object " + JSON.stringify(c.toObject()));
				c.clear();
				pm.test("cleared " + JSON.stringify(c.toObject()));`,
			want: "PASS get 1 2 undefined\nPASS has true false\n" +
				// as Newman's SDK VariableScope (its id, a per-script mutations tracker)
				"PASS id true\n" +
				"PASS json {\"mutations\":{\"autoCompact\":true,\"stream\":[],\"compacted\":{}},\"values\":[{\"type\":\"any\",\"value\":\"1\",\"key\":\"a\"},{\"type\":\"any\",\"value\":2,\"key\":\"b\"}]}\n" +
				"PASS object {\"b\":2}\nPASS cleared {}\n",
			check: func(t *testing.T, v *vars.Set) {
				if n := len(v.Collection.Keys()); n != 0 {
					t.Errorf("collection has %d keys after clear", n)
				}
			},
		},
		{
			name: "replaceIn resolves by precedence or in one scope, dynamic variables included",
			setup: func(v *vars.Set) {
				v.Environment.Set("host", "env.example")
				v.Globals.Set("host", "global.example")
				v.Globals.Set("path", "p")
				v.Dynamic = func(name string) (string, bool) {
					if name == "guid" {
						return "GUID", true
					}
					return "", false
				}
			},
			script: `pm.test(pm.variables.replaceIn("{{host}}/{{path}}/{{missing}}/{{$guid}}"));
				pm.test(pm.globals.replaceIn("{{host}}/{{path}}/{{$guid}}"));
				pm.test(JSON.stringify(pm.environment.replaceIn({u: "{{host}}"})));`,
			want: "PASS env.example/p/{{missing}}/GUID\nPASS global.example/p/GUID\nPASS {\"u\":\"env.example\"}\n",
		},
		{
			name:  "iteration data",
			setup: func(v *vars.Set) { v.Data.Set("user", "ann"); v.Data.Set("n", 3.0) },
			script: `pm.test(pm.iterationData.get("user") + " " + pm.iterationData.get("n") + " " +
				JSON.stringify(pm.iterationData.toObject()) + " " + data.user);`,
			want: "PASS ann 3 {\"user\":\"ann\",\"n\":3} ann\n",
		},
		{
			name: "legacy postman.* variable functions store strings",
			setup: func(v *vars.Set) {
				v.Environment.Set("old", "x")
				v.Globals.Set("g1", "y")
			},
			script: `postman.setEnvironmentVariable("num", 5);
				postman.setGlobalVariable("obj", {a: 1});
				pm.test("env " + postman.getEnvironmentVariable("num") + " " + typeof postman.getEnvironmentVariable("num") +
					" legacy " + environment.num + " " + environment.old);
				postman.clearEnvironmentVariable("old");
				postman.clearGlobalVariables();
				pm.test("after " + postman.getEnvironmentVariable("old") + " " + JSON.stringify(globals));`,
			want: "PASS env 5 string legacy 5 x\nPASS after undefined {}\n",
			check: func(t *testing.T, v *vars.Set) {
				if got, _ := v.Environment.Get("num"); got != "5" {
					t.Errorf("num = %#v", got)
				}
				if n := len(v.Globals.Keys()); n != 0 {
					t.Errorf("globals not cleared: %v", v.Globals.Keys())
				}
			},
		},
		{
			// the SDK's Variable keeps what it is given; Newman hands it on
			// through JSON when the script ends
			name: "objects, functions and undefined are kept by reference for the rest of the script",
			setup: func(v *vars.Set) {
				v.Collection = vars.NewScope(vars.Collection, []collections.Variable{{Key: "typed", Type: "string", Value: "x"}})
			},
			script: `var o = {a: 1, d: new Date(0), f: function () {}, u: undefined};
				pm.environment.set("o", o); o.a = 2;
				var arr = [1]; pm.globals.set("arr", arr); arr.push({b: 2});
				pm.collectionVariables.set("fn", function () { return 7; });
				pm.collectionVariables.set("typed", o);
				pm.variables.set("lu", undefined); pm.environment.set("eu", undefined);
				var o2 = {z: 1}; pm.environment.set("o2", o2); pm.environment.set("o2", "prim");
				pm.test("same " + (pm.environment.get("o") === o) + " " + (pm.variables.get("o") === o) + " " +
					(pm.environment.toObject().o === o) + " " + (pm.variables.toObject().arr === arr) + " " +
					(pm.environment.values.get("o") === o) + " " + pm.globals.get("arr").length);
				pm.test("fn " + pm.collectionVariables.get("fn") + " " + pm.variables.replaceIn("{{fn}} {{o}} {{arr}} [{{lu}}]"));
				pm.test("typed " + typeof pm.collectionVariables.get("typed") + " o2 " + pm.environment.get("o2"));
				pm.test("undefined " + typeof pm.variables.get("lu") + " " + pm.variables.has("lu") + " " + typeof pm.environment.get("eu"));`,
			want: "PASS same true true true true true 2\nPASS fn 7 7 [object Object] 1,[object Object] []\n" +
				"PASS typed string o2 prim\nPASS undefined undefined true undefined\n",
			check: func(t *testing.T, v *vars.Set) {
				for _, c := range []struct {
					sc   *vars.Scope
					key  string
					want any
				}{
					{v.Environment, "o", map[string]any{"a": 2.0, "d": "1970-01-01T00:00:00.000Z"}},
					{v.Globals, "arr", []any{1.0, map[string]any{"b": 2.0}}},
					{v.Collection, "fn", nil},
					{v.Collection, "typed", "[object Object]"},
					{v.Local, "lu", collections.NotJSON("")},
					{v.Environment, "eu", nil},
					{v.Environment, "o2", "prim"},
				} {
					if got, ok := c.sc.Get(c.key); !ok || !reflect.DeepEqual(got, c.want) {
						t.Errorf("%s.%s = %#v (%v), want %#v", c.sc.Name, c.key, got, ok, c.want)
					}
				}
			},
		},
		{
			name: "iteration data changes last only for the script",
			setup: func(v *vars.Set) {
				v.Data = vars.NewScope(vars.Data, []collections.Variable{{Key: "x", Value: "data"}, {Key: "y", Value: "why"}})
			},
			script: `pm.iterationData.set("x", "set"); pm.iterationData.unset("y"); pm.iterationData.set("z", 1);
				pm.test("in script " + pm.iterationData.get("x") + " " + pm.variables.get("x") + " " + pm.iterationData.has("y") + " " + pm.iterationData.get("z"));`,
			want: "PASS in script set set false 1\n",
			check: func(t *testing.T, v *vars.Set) {
				if got := v.Data.Keys(); !reflect.DeepEqual(got, []string{"x", "y"}) {
					t.Errorf("keys %v", got)
				}
				if got, _ := v.Data.Get("x"); got != "data" {
					t.Errorf("x = %#v", got)
				}
			},
		},
		{
			name: "a variable disabled by a value other than true is seen by get, has and toObject, not by replaceIn",
			setup: func(v *vars.Set) {
				v.Collection = vars.NewScope(vars.Collection, []collections.Variable{
					{Key: "soft", Value: "s", Disabled: true, DisabledValue: 1.0},
					{Key: "hard", Value: "h", Disabled: true},
					{Key: "none", Value: collections.NotJSON("")},
				})
			},
			script: `pm.test("get " + pm.collectionVariables.get("soft") + " " + pm.variables.get("soft") + " " + pm.collectionVariables.has("soft") +
					" " + pm.collectionVariables.get("hard") + " " + pm.collectionVariables.has("hard"));
				pm.test("toObject " + JSON.stringify(pm.collectionVariables.toObject()) + " " + JSON.stringify(pm.collectionVariables.values));
				pm.test("replaceIn " + pm.variables.replaceIn("{{soft}} [{{none}}]") + " " + typeof pm.collectionVariables.get("none") + " " + pm.collectionVariables.has("none"));`,
			want: "PASS get s s true undefined false\n" +
				`PASS toObject {"soft":"s"} [{"disabled":1,"type":"any","value":"s","key":"soft"},{"type":"any","key":"none"}]` + "\n" +
				"PASS replaceIn {{soft}} [] undefined true\n",
		},
		{
			name:   "typed set",
			script: `pm.environment.set("tok", "s3cret", "secret");`,
			check: func(t *testing.T, v *vars.Set) {
				vv, ok := v.Environment.Variable("tok")
				if !ok || vv.Type != "secret" || vv.Value != "s3cret" {
					t.Errorf("got %#v", vv)
				}
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := newFakeHost()
			if tc.setup != nil {
				tc.setup(h.vars)
			}
			res := runOne(t, h, "prerequest", tc.script, nil)
			if got := summary(res); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
			if tc.check != nil {
				tc.check(t, h.vars)
			}
		})
	}
}

func TestExecutionControl(t *testing.T) {
	cases := []struct {
		name, event string
		scripts     []string
		want        string
		check       func(t *testing.T, r *Result)
	}{
		{
			name: "setNextRequest by name", event: "test",
			scripts: []string{`pm.execution.setNextRequest("Login");`},
			check: func(t *testing.T, r *Result) {
				if r.NextRequest != (NextRequest{Set: true, Name: "Login"}) {
					t.Errorf("got %+v", r.NextRequest)
				}
			},
		},
		{
			name: "postman.setNextRequest(null) stops the run; the last call wins", event: "test",
			scripts: []string{`postman.setNextRequest("A");`, `postman.setNextRequest(null);`},
			check: func(t *testing.T, r *Result) {
				if r.NextRequest != (NextRequest{Set: true, Stop: true}) {
					t.Errorf("got %+v", r.NextRequest)
				}
			},
		},
		{
			// as recorded from Newman in testdata/newman/skip-request
			name: "skipRequest ends the execution at once; pending timers never run", event: "prerequest",
			scripts: []string{
				`setTimeout(function () { pm.test("timer ran"); }, 1); pm.test("before"); pm.execution.skipRequest(); pm.test("same script continues");`,
				`pm.test("next script");`,
			},
			want: "PASS before\n",
			check: func(t *testing.T, r *Result) {
				if !r.SkipRequest || len(r.Scripts) != 1 {
					t.Errorf("skip %v, %d scripts", r.SkipRequest, len(r.Scripts))
				}
			},
		},
		{
			name: "skipRequest is not a function in test scripts", event: "test",
			scripts: []string{`pm.execution.skipRequest();`},
			want:    "ERROR TypeError: pm.execution.skipRequest is not a function\n",
		},
		{
			name: "visualizer", event: "test",
			scripts: []string{`pm.visualizer.set("<b>{{n}}</b>", {n: 1}, {x: true});`},
			check: func(t *testing.T, r *Result) {
				want := &Visualizer{Template: "<b>{{n}}</b>", Data: map[string]any{"n": 1.0}, Options: map[string]any{"x": true}, HTML: "<b>1</b>"}
				if !reflect.DeepEqual(r.Visualizer, want) {
					t.Errorf("got %#v", r.Visualizer)
				}
			},
		},
		{
			name: "visualizer template that does not compile", event: "test",
			scripts: []string{`pm.visualizer.set("{{#each}}", {});`},
			check: func(t *testing.T, r *Result) {
				if r.Visualizer == nil || r.Visualizer.HTML != "" || !strings.HasPrefix(r.Visualizer.Error, "Parse error on line 1:") {
					t.Errorf("got %#v", r.Visualizer)
				}
			},
		},
		{
			name: "visualizer.clear and argument checks", event: "test",
			scripts: []string{`pm.visualizer.set("t"); pm.visualizer.clear(); pm.visualizer.set(5);`},
			want:    "ERROR Error: Invalid template. Template must be of type string, found number\n",
			check: func(t *testing.T, r *Result) {
				if r.Visualizer != nil {
					t.Errorf("not cleared: %#v", r.Visualizer)
				}
			},
		},
		{
			name: "pm.info and location", event: "test",
			scripts: []string{`pm.test(JSON.stringify([pm.info.eventName, pm.info.iteration, pm.info.iterationCount,
				pm.info.requestName, pm.info.requestId, pm.execution.location, pm.execution.location.current, iteration]))`},
			want: `PASS ["test",2,5,"Get order","id-9",["Coll","Orders","Get order"],"Orders",2]` + "\n",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := newFakeHost()
			rt := New(h, Options{Lib: sharedLib})
			defer rt.Close()
			ex := &Execution{
				Event:   tc.event,
				Item:    Item{ID: "id-9", Name: "Get order", Path: []string{"Coll", "Orders"}},
				Request: testRequest(),
				Info:    Info{EventName: tc.event, Iteration: 2, IterationCount: 5, RequestName: "Get order", RequestID: "id-9"},
			}
			if tc.event == "test" {
				ex.Response = jsonResponse(200, "OK", `{}`)
			}
			for _, s := range tc.scripts {
				ex.Scripts = append(ex.Scripts, Script{Source: s, Location: "folder Orders"})
			}
			res, err := rt.Run(context.Background(), ex)
			if err != nil {
				t.Fatal(err)
			}
			if got := summary(res); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
			if tc.check != nil {
				tc.check(t, res)
			}
		})
	}
}

func TestSendRequest(t *testing.T) {
	h := newFakeHost()
	h.send = func(ctx context.Context, req *collections.Request) (*Response, error) {
		if req.URL.String() == "http://127.0.0.1:1/fail" {
			return nil, errors.New("connect ECONNREFUSED 127.0.0.1:1")
		}
		body := `{"method":"` + req.Method + `","url":"` + req.URL.String() + `"}`
		if req.Body != nil {
			body = `{"method":"` + req.Method + `","body":` + req.Body.Raw + `}`
		}
		time.Sleep(5 * time.Millisecond)
		return jsonResponse(201, "Created", body), nil
	}
	script := `
		pm.sendRequest("http://127.0.0.1:1/a?x=1", function (err, res) {
			pm.test("callback " + err + " " + res.code + " " + res.status + " " + res.json().url, function () {
				pm.expect(res).to.have.status(201);
				pm.expect(res).to.have.header("X-Custom", "abc");
				pm.expect(res.to).to.equal(undefined); // only pm.response has .to, as in Newman
			});
		});
		pm.sendRequest({url: "http://127.0.0.1:1/b", method: "POST", header: {"Content-Type": "application/json"},
				body: {mode: "raw", raw: JSON.stringify({k: 1})}}, function (err, res) {
			pm.test("object request " + JSON.stringify(res.json()));
		});
		pm.sendRequest("http://127.0.0.1:1/fail", function (err, res, history) {
			// as Newman's sandbox hands a request error over: its properties only
			pm.test("error " + (err instanceof Error) + " " + err.message + " " + JSON.stringify(err) +
				" res " + require('postman-collection').Response.isResponse(res) + " " + res.code + " " + JSON.stringify(res.headers) +
				" history " + history);
		});
		(async function () {
			var res = await pm.sendRequest("http://127.0.0.1:1/promise");
			pm.test("promise " + res.code);
			try { await pm.sendRequest("http://127.0.0.1:1/fail"); } catch (e) { pm.test("rejected " + JSON.stringify(e)); }
		})();
	`
	script += `
		pm.sendRequest("http://127.0.0.1:1/throws", function (err, res) { undefinedInCallback(); });
		pm.cookies.jar().getAll("http://example.com/", function () { throw new Error("jar callback"); });
	`
	res := runOne(t, h, "test", script, jsonResponse(200, "OK", `{}`))
	// errors in callbacks are asynchronous errors (the first one is kept)
	if e := res.Scripts[0].AsyncError; e == nil || res.Scripts[0].Error != nil ||
		!(e.Message == "jar callback" || e.Message == "undefinedInCallback is not defined") {
		t.Errorf("errors %+v %+v", res.Scripts[0].Error, e)
	}
	res.Scripts[0].AsyncError = nil
	lines := strings.Split(strings.TrimSpace(summary(res)), "\n")
	got := map[string]bool{}
	for _, l := range lines {
		got[l] = true
	}
	for _, want := range []string{
		`PASS callback null 201 Created http://127.0.0.1:1/a?x=1`,
		`PASS object request {"method":"POST","body":{"k":1}}`,
		`PASS error false undefined {"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"127.0.0.1","port":1} res true undefined [] history undefined`,
		`PASS promise 201`,
		`PASS rejected {"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"127.0.0.1","port":1}`,
	} {
		if !got[want] {
			t.Errorf("missing %q in\n%s", want, summary(res))
		}
	}
	if len(lines) != 5 {
		t.Errorf("want 5 results, got %d:\n%s", len(lines), summary(res))
	}
	if len(h.sent) != 6 {
		t.Fatalf("sent %d requests", len(h.sent))
	}
	for _, r := range h.sent {
		if r.Method == "POST" {
			if len(r.Headers) != 1 || r.Headers[0].Key != "Content-Type" || r.Headers[0].Value != "application/json" || r.Headers[0].JSON != nil {
				t.Errorf("headers %+v", r.Headers)
			}
		}
	}
}

func TestCookieJar(t *testing.T) {
	h := newFakeHost()
	script := `
		var jar = pm.cookies.jar();
		jar.set("http://example.com/", "a", "1", function (err, c) {
			pm.test("set " + err + " " + c.name + "=" + c.value);
			jar.get("http://example.com/", "a", function (err, v) {
				pm.test("get " + v);
				jar.set("http://example.com/", {name: "b", value: "2", path: "/", httpOnly: true}, function () {
					jar.getAll("http://example.com/", function (err, list) {
						pm.test("all " + list.count() + " " + JSON.stringify(list.toObject()));
						jar.unset("http://example.com/", "a", function (err) {
							jar.get("http://example.com/", "a", function (err, v) {
								pm.test("after unset " + v);
								jar.clear("http://example.com/", function (err) {
									jar.getAll("http://example.com/", function (err, list) { pm.test("cleared " + list.count()); });
								});
							});
						});
					});
				});
			});
		});
		pm.test("callbacks are asynchronous");
		pm.test("response cookies " + JSON.stringify(pm.cookies.toObject()) + " " + pm.cookies.get("sid"));
		try { jar.get("http://example.com/", "a"); } catch (e) { pm.test(e.name + ": " + e.message); }
	`
	res := runOne(t, h, "test", script, jsonResponse(200, "OK", `{}`))
	want := "PASS callbacks are asynchronous\n" +
		"PASS response cookies {\"sid\":\"123\"} 123\n" +
		"PASS TypeError: CookieJar.get() requires a callback function\n" +
		"PASS set null a=1\nPASS get 1\nPASS all 2 {\"a\":\"1\",\"b\":\"2\"}\nPASS after unset null\nPASS cleared 0\n"
	if got := summary(res); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if c := h.jar.cookies["http://example.com/"]; len(c) != 0 {
		t.Errorf("jar not cleared: %+v", c)
	}
}

// Typed variables as Newman hands them to each script, through JSON (checked
// with Newman 6.2.2, testdata/newman/integ-typed): NaN reaches the next
// script as null (0 for a number variable), an array or object variable
// that is not JSON of its type is undefined, and a type given to set() lasts
// only for the script that gave it.
func TestTypedVariablesAcrossScripts(t *testing.T) {
	h := newFakeHost()
	h.vars.Collection = vars.NewScope(vars.Collection, []collections.Variable{
		{Key: "n", Value: "abc", Type: "number"}, {Key: "a", Value: "[1,", Type: "array"}, {Key: "av", Value: "[1,2]", Type: "array"}})
	rt := New(h, Options{Lib: sharedLib, DefaultTimeout: 5 * time.Second})
	defer rt.Close()
	cv := "var cv = pm.collectionVariables;"
	ex := &Execution{Event: "prerequest", Request: testRequest(), Item: Item{ID: "rid-1", Name: "R1"}, Scripts: []Script{
		{Source: cv + `pm.test("first " + JSON.stringify([cv.get("n"), typeof cv.get("a"), cv.get("av"), cv.has("a")]) + " " + JSON.stringify(cv.toObject()));
			pm.test("replaceIn " + pm.variables.replaceIn("{{n}}|{{a}}|{{av}}"));
			cv.set("typed", "xyz", "number"); cv.set("nan", NaN); cv.set("n", "12");
			pm.test("same " + JSON.stringify([cv.get("typed"), typeof cv.get("typed"), String(cv.get("nan")), cv.get("n")]));`, Location: "request R1"},
		{Source: cv + `pm.test("next " + JSON.stringify([cv.get("typed"), cv.get("nan"), cv.get("n")]));`, Location: "request R1"},
	}}
	res, err := rt.Run(context.Background(), ex)
	if err != nil {
		t.Fatal(err)
	}
	want := "PASS first [0,\"undefined\",[1,2],true] {\"n\":0,\"av\":[1,2]}\nPASS replaceIn 0||1,2\n" +
		"PASS same [null,\"number\",\"NaN\",12]\nPASS next [\"xyz\",null,12]\n"
	if got := summary(res); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// what substitution uses afterwards
	if got := h.vars.Resolve("{{n}} {{a}} {{typed}} {{nan}}"); got != "12  xyz null" {
		t.Errorf("substituted %q", got)
	}
}
