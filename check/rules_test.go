package check

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
)

// Builders of small collections for the rule tables.

func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func coll(extra string, items ...string) string {
	if extra != "" {
		extra = "," + extra
	}
	return `{"info":{"name":"t","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[` + strings.Join(items, ",") + `]` + extra + `}`
}

// item is a request; req is its "request" JSON, more its other members.
func item(name, req string, more ...string) string {
	m := ""
	if len(more) > 0 {
		m = "," + strings.Join(more, ",")
	}
	return `{"name":` + js(name) + `,"request":` + req + m + `}`
}

func folder(name string, more string, items ...string) string {
	if more != "" {
		more = "," + more
	}
	return `{"name":` + js(name) + `,"item":[` + strings.Join(items, ",") + `]` + more + `}`
}

func events(evs ...string) string { return `"event":[` + strings.Join(evs, ",") + `]` }

func ev(listen string, lines ...string) string {
	var q []string
	for _, l := range lines {
		q = append(q, js(l))
	}
	return `{"listen":"` + listen + `","script":{"type":"text/javascript","exec":[` + strings.Join(q, ",") + `]}}`
}

// tested is a test script, so that a request's other findings stand alone.
var tested = ev("test", "pm.test('ok', function () {});")

func jurl(u string) string { return js(u) }

func envFile(vals ...string) *collections.Environment {
	text := `{"id":"e","name":"env","values":[` + strings.Join(vals, ",") + `]}`
	e, err := collections.DecodeEnvironment("env.json", []byte(text))
	if err != nil {
		panic(err)
	}
	e.Raw = []byte(text)
	return e
}

func envVar(key, value, typ string) string {
	return `{"key":` + js(key) + `,"value":` + js(value) + `,"type":` + js(typ) + `,"enabled":true}`
}

// checkText runs Check on a collection's text.
func checkText(t *testing.T, text string, opts ...func(*Input)) *Result {
	t.Helper()
	c, err := collections.Decode("c.json", []byte(text))
	if err != nil {
		t.Fatalf("collection: %v\n%s", err, text)
	}
	in := Input{Collection: c, CollectionFile: "c.json", CollectionText: []byte(text)}
	for _, o := range opts {
		o(&in)
	}
	return Check(in)
}

// brief is a finding as the tables write it: "rule severity path" and the
// script's line:col when it is in one.
func brief(f Finding) string {
	s := f.Rule + " " + f.Severity.String() + " " + f.Location.JSONPath
	if f.Location.Line > 0 {
		s += fmt.Sprintf(" %d:%d", f.Location.Line, f.Location.Column)
	}
	return s
}

type ruleCase struct {
	name string
	coll string
	opts []func(*Input)
	want []string // every finding, in order
	msg  string   // a finding's message must contain this
}

func runCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := checkText(t, tc.coll, tc.opts...)
			var got []string
			for _, f := range r.Findings {
				got = append(got, brief(f))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("findings:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
				for _, f := range r.Findings {
					t.Logf("%s: %s", f.Rule, f.Message)
				}
			}
			if tc.msg != "" {
				found := false
				for _, f := range r.Findings {
					found = found || strings.Contains(f.Message, tc.msg)
				}
				if !found {
					t.Errorf("no message contains %q", tc.msg)
				}
			}
		})
	}
}

func withEnv(e *collections.Environment) func(*Input) {
	return func(in *Input) { in.Environment, in.EnvironmentFile = e, "env.json" }
}

func withFolders(f ...string) func(*Input) { return func(in *Input) { in.Folders = f } }

func TestRuleScriptSyntax(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "array of lines", coll: coll("", item("a", jurl("https://x.test"), events(ev("test", "pm.test('a', function () {", "  x x", "});")))),
			want: []string{"script-syntax error item[0].event[0].script.exec[1] 2:5"}, msg: "SyntaxError: Unexpected identifier 'x'"},
		{name: "one string", coll: coll("", item("a", jurl("https://x.test"), `"event":[{"listen":"prerequest","script":{"exec":"var é = 1;\nvar x = ;"}},`+tested+`]`)),
			want: []string{"script-syntax error item[0].event[0].script.exec 2:9"}, msg: "Unexpected token ';'"},
		{name: "top-level await", coll: coll("", item("a", jurl("https://x.test"), events(ev("prerequest", "const r = await pm.sendRequest('https://x.test');"), tested))),
			want: []string{"top-level-await error item[0].event[0].script.exec[0] 1:11"}, msg: "wrap the code in an async function"},
		{name: "compiles", coll: coll("", item("a", jurl("https://x.test"), events(ev("prerequest", "return;", "async function f() { for await (const x of [1]) {} }"), tested)))},
		{name: "collection script", coll: `{"info":{"name":"t"},"event":[` + ev("test", "var = 1;") + `],"item":[` + item("a", jurl("https://x.test"), events(tested)) + `]}`,
			want: []string{"script-syntax error event[0].script.exec[0] 1:5"}, msg: "Unexpected token '='"},
	})
	// the file's line and column: exec[1] is on line 1 of a one-line file
	text := coll("", item("a", jurl("https://x.test"), events(ev("test", "pm.test('a', function () {", "  x x", "});"))))
	r := checkText(t, text)
	f := r.Findings[0]
	off := strings.Index(text, `"  x x"`) + 1 + 4 // the second x
	if f.Location.FileLine != 1 || f.Location.FileColumn != off+1 {
		t.Errorf("file position %d:%d, want 1:%d", f.Location.FileLine, f.Location.FileColumn, off+1)
	}
}

func TestRuleAPIs(t *testing.T) {
	pre := func(lines ...string) string {
		return coll("", item("a", jurl("https://x.test"), events(ev("prerequest", lines...), tested)))
	}
	test := func(lines ...string) string {
		return coll("", item("a", jurl("https://x.test"), events(ev("test", append([]string{"pm.test('ok', function () {});"}, lines...)...))))
	}
	const p = "item[0].event[0].script.exec"
	runCases(t, []ruleCase{
		{name: "vault", coll: pre("const k = pm.vault.get('k');"), want: []string{"unsupported-api error " + p + "[0] 1:11"}, msg: "vault"},
		{name: "vault by brackets", coll: pre("pm['vault'].get('k');"), want: []string{"unsupported-api error " + p + "[0] 1:1"}},
		{name: "pm.require", coll: pre("const lib = pm.require('@team/lib');"), want: []string{"unsupported-api error " + p + "[0] 1:13"}, msg: "package library"},
		{name: "runRequest", coll: pre("pm.execution.runRequest('id');"), want: []string{"unsupported-api error " + p + "[0] 1:1"}},
		{name: "unknown pm member", coll: pre("pm.state.x = 1;"), want: []string{"unsupported-api error " + p + "[0] 1:1"}, msg: "pm.state is not part of the pm API"},
		{name: "Intl", coll: pre("new Intl.NumberFormat('en').format(1);"), want: []string{"unsupported-api error " + p + "[0] 1:5"}},
		{name: "unknown module", coll: pre("var a = require('axios');"), want: []string{"unsupported-api error " + p + "[0] 1:9"}, msg: "Cannot find module 'axios'"},
		{name: "skipRequest in a test", coll: test("pm.execution.skipRequest();"), want: []string{"unsupported-api error " + p + "[1] 2:1"}},
		{name: "not APIs", coll: pre(
			"if (typeof pm.vault !== 'undefined') {}",
			"pm.helper = function () {}; pm.helper();",
			"// pm.vault.get('k') in a comment",
			"var s = 'pm.require(\"x\")';",
			"var _ = require('lodash'), m = require('moment'), sdk = require('postman-collection');",
			"pm.execution.skipRequest();",
			"var re = /^a$/m;",
			"(5).toLocaleString('en-US'); (5).toLocaleString('de-DE'); new Date().toLocaleString();",
			"pm.sendRequest('https://x.test', function () {});",
		)},
		{name: "multiline RegExp", coll: pre("var re = new RegExp('^a$', 'gm');", "RegExp('b', 'm');"),
			want: []string{"behaves-differently warning " + p + "[0] 1:10", "behaves-differently warning " + p + "[1] 2:1"}},
		{name: "file upload", coll: pre("pm.sendRequest({url: 'https://x.test', method: 'POST', body: {mode: 'formdata', formdata: [{key: 'f', type: 'file', src: 'a.txt'}]}}, function () {});", "pm.sendRequest({url: 'https://x.test', body: {mode: 'raw', raw: 'file'}}, function () {});"),
			want: []string{"behaves-differently warning " + p + "[0] 1:1"}, msg: "without the file"},
		{name: "locale", coll: pre("new Date().toLocaleDateString('fr-FR');", "(1).toLocaleString(['ja-JP']);"),
			want: []string{"behaves-differently warning " + p + "[0] 1:1", "behaves-differently warning " + p + "[1] 2:2"}, msg: "formatted as en-US"},
		{name: "courier extensions", coll: test("globalThis.x = 1;", "require('node:url');", "pm.sendRequest('https://x.test');", "pm.response.cookies.count();", "pm.test('a', async () => {});"),
			want: []string{
				"courier-extension note " + p + "[1] 2:1", "courier-extension note " + p + "[2] 3:1", "courier-extension note " + p + "[3] 4:1",
				"courier-extension note " + p + "[4] 5:1", "courier-extension note " + p + "[5] 6:1",
			}},
	})
}

func TestRuleVariables(t *testing.T) {
	req := func(u string, more ...string) string {
		return coll("", item("a", u, append([]string{events(tested)}, more...)...))
	}
	env := envFile(envVar("host", "https://x.test", "default"), `{"key":"off","value":"1","enabled":false}`, envVar("unused_env", "1", "default"))
	runCases(t, []ruleCase{
		{name: "undefined in the URL", coll: req(jurl("https://x.test/{{missing}}")),
			want: []string{"undefined-variable error item[0].request"}, msg: "{{missing}} in the URL is defined nowhere"},
		{name: "header, body, auth", coll: req(`{"url":"https://x.test","header":[{"key":"X","value":"{{h}}"},{"key":"Y","value":"{{off_header}}","disabled":true}],"body":{"mode":"raw","raw":"{\"a\": {{b}}}"},"auth":{"type":"bearer","bearer":[{"key":"token","value":"{{tok}}"}]}}`),
			want: []string{
				"undefined-variable error item[0].request.header[0].value",
				"undefined-variable error item[0].request.body.raw",
				"undefined-variable error item[0].request.auth.bearer[0].value",
			}},
		{name: "defined by every scope", coll: coll(`"variable":[{"key":"c","value":"1"}]`,
			item("a", jurl("https://{{host}}/{{c}}/{{d}}/{{g}}/{{o}}/{{$guid}}/{{s}}/{{l}}"), events(ev("prerequest", "pm.environment.set('s', 1); pm.variables.set('l', 2);"), ev("test", "pm.test('ok', function () {}); pm.iterationData.get('d');")))),
			opts: []func(*Input){withEnv(envFile(envVar("host", "x.test", ""))), func(in *Input) {
				in.Data = []collections.Row{{{Key: "d", Value: "1"}}}
				in.DataFile = "data.csv"
				in.EnvVars = []collections.Variable{{Key: "o", Value: "1"}}
				in.Globals = envFile(envVar("g", "1", ""))
				in.GlobalsFile = "globals.json"
			}}},
		{name: "unknown dynamic variable", coll: req(jurl("https://x.test/{{$nope}}")),
			want: []string{"undefined-variable error item[0].request"}, msg: "not a dynamic variable"},
		{name: "disabled", coll: req(jurl("{{host}}/{{off}}")), opts: []func(*Input){withEnv(env)},
			want: []string{"undefined-variable error item[0].request", "unused-variable note values[2]"}, msg: "disabled in env.json values[1]"},
		{name: "a script's get", coll: coll("", item("a", jurl("https://x.test"), events(ev("test", "pm.test('ok', function () { pm.expect(pm.environment.get('nope')).to.equal(1); });")))),
			want: []string{"undefined-variable warning item[0].event[0].script.exec[0] 1:39"}, msg: "pm.environment.get('nope')"},
		{name: "a get of another scope", coll: coll(`"variable":[{"key":"c","value":"1"}]`, item("a", jurl("https://x.test"), events(ev("test", "pm.test('ok', function () {}); pm.globals.get('c'); pm.variables.get('c');")))),
			want: []string{"undefined-variable warning item[0].event[0].script.exec[0] 1:32"}, msg: "no globals given (-g)"},
		{name: "set by a later request", coll: coll("",
			item("first", jurl("https://x.test/{{later}}"), events(tested)),
			item("second", jurl("https://x.test"), events(ev("test", "pm.test('ok', function () {}); pm.collectionVariables.set('later', 1);")))),
			want: []string{"undefined-variable warning item[0].request"}, msg: "set only by a script that runs after it (second test script 1:32)"},
		{name: "set by name computed", coll: coll("",
			item("first", jurl("https://x.test/{{k}}"), events(ev("prerequest", "var n = 'k'; pm.environment.set(n, 1);"), tested))),
			want: []string{"undefined-variable warning item[0].request"}, msg: "computed names"},
		{name: "unused", coll: coll(`"variable":[{"key":"never","value":"1"},{"key":"named","value":"1"}]`,
			item("a", jurl("https://x.test"), events(ev("test", "pm.test('ok', function () {}); ['named'].forEach(function (n) { pm.variables.get(n); });")))),
			want: []string{"unused-variable note variable[0]"}},
		{name: "a folder's variable", coll: coll("", folder("f", `"variable":[{"key":"fv","value":"1"}]`, item("a", jurl("https://x.test/{{fv}}"), events(tested)))),
			want: []string{"undefined-variable error item[0].item[0].request"}, msg: "f defines it among its own variables, which Newman and courier do not resolve"},
		{name: "a reference in a value", coll: coll(`"variable":[{"key":"base","value":"https://{{host}}"}]`, item("a", jurl("{{base}}/x"), events(tested))),
			want: []string{"undefined-variable error variable[0].value"}},
	})
}

func TestRuleFlow(t *testing.T) {
	next := func(target string) string {
		return ev("test", "pm.test('ok', function () {});", "pm.execution.setNextRequest("+target+");")
	}
	const p = "item[0].event[0].script.exec[1] 2:1"
	runCases(t, []ruleCase{
		{name: "known targets", coll: coll("", item("a", jurl("https://x.test"), `"id":"id-a"`, events(next("'b'"))), item("b", jurl("https://x.test"), events(next("'id-a'"))), item("c", jurl("https://x.test"), events(next("null"))))},
		{name: "unknown", coll: coll("", item("a", jurl("https://x.test"), events(next("'nope'")))), want: []string{"unknown-next-request error " + p}},
		{name: "a folder", coll: coll("", item("a", jurl("https://x.test"), events(next("'f'"))), folder("f", "", item("b", jurl("https://x.test"), events(tested)))),
			want: []string{"unknown-next-request error " + p}, msg: "is a folder"},
		{name: "ambiguous", coll: coll("", item("a", jurl("https://x.test"), events(next("'b'"))), item("b", jurl("https://x.test"), events(tested)), item("b", jurl("https://x.test"), events(tested))),
			want: []string{"ambiguous-next-request warning " + p}},
		{name: "outside --folder", coll: coll("", folder("f", "", item("a", jurl("https://x.test"), events(next("'b'")))), item("b", jurl("https://x.test"), events(tested))),
			opts: []func(*Input){withFolders("f")},
			want: []string{"unknown-next-request error item[0].item[0].event[0].script.exec[1] 2:1"}, msg: "outside the folders"},
		{name: "folders", coll: coll("", folder("f", "", item("a", jurl("https://x.test"), events(tested))), folder("f", "", item("b", jurl("https://x.test"), events(tested)))),
			opts: []func(*Input){withFolders("f", "a", "zz")},
			want: []string{"ambiguous-folder warning --folder f", "unknown-folder error --folder zz"}}, // a is found inside f (selected already: it runs once)
		{name: "no test", coll: coll("", item("a", jurl("https://x.test")), item("b", jurl("https://x.test"), events(ev("test", "tests['legacy'] = true;")))),
			want: []string{"no-test warning item[0]"}},
		{name: "tested by the folder", coll: coll("", folder("f", events(tested), item("a", jurl("https://x.test"))))},
		{name: "tested by the collection", coll: `{"info":{"name":"t"},` + events(tested) + `,"item":[` + item("a", jurl("https://x.test")) + `]}`},
		{name: "only selected requests", coll: coll("", folder("f", "", item("a", jurl("https://x.test"), events(tested))), item("b", jurl("https://x.test"))), opts: []func(*Input){withFolders("f")}},
		{name: "unknown auth type", coll: coll("", item("a", `{"url":"https://x.test","auth":{"type":"Basic","Basic":[]}}`, events(tested))),
			want: []string{"unknown-auth-type warning item[0].request.auth"}},
	})
}

func TestRuleSecrets(t *testing.T) {
	req := func(r string) string { return coll("", item("a", r, events(tested))) }
	runCases(t, []ruleCase{
		{name: "bearer header", coll: req(`{"url":"https://x.test","header":[{"key":"Authorization","value":"Bearer abc.def.ghi"}]}`),
			want: []string{"plain-secret warning item[0].request.header[0].value"}, msg: "header Authorization holds a literal credential"},
		{name: "variables and placeholders", coll: req(`{"url":"https://x.test?api_key={{key}}","header":[{"key":"Authorization","value":"Bearer {{token}}"},{"key":"X-Api-Key","value":"<your key>"},{"key":"Authorization","value":"x","disabled":true}]}`),
			opts: []func(*Input){func(in *Input) { in.EnvVars = []collections.Variable{{Key: "key"}, {Key: "token"}} }}},
		{name: "auth", coll: req(`{"url":"https://x.test","auth":{"type":"basic","basic":[{"key":"username","value":"me"},{"key":"password","value":"hunter2"}]}}`),
			want: []string{"plain-secret warning item[0].request.auth.basic[1].value"}},
		{name: "query and user info", coll: req(`{"url":"https://u:pw@x.test/a?access_token=abc&page=1"}`),
			want: []string{"plain-secret warning item[0].request.url", "plain-secret warning item[0].request.url"}},
		{name: "body fields", coll: req(`{"url":"https://x.test","method":"POST","body":{"mode":"urlencoded","urlencoded":[{"key":"client_secret","value":"s3cr3t"},{"key":"user","value":"me"}]}}`),
			want: []string{"plain-secret warning item[0].request.body.urlencoded[0].value"}},
		{name: "JSON body", coll: req(`{"url":"https://x.test","method":"POST","body":{"mode":"raw","raw":"{\"password\": \"hunter2\", \"n\": {{n}}, \"token\": \"{{t}}\"}"}}`),
			opts: []func(*Input){func(in *Input) { in.EnvVars = []collections.Variable{{Key: "n"}, {Key: "t"}} }},
			want: []string{"plain-secret warning item[0].request.body.raw"}},
		{name: "collection variable", coll: coll(`"variable":[{"key":"api_token","value":"abc123"},{"key":"base","value":"https://x.test"}]`, item("a", jurl("{{base}}/{{api_token}}"), events(tested))),
			want: []string{"plain-secret warning variable[0].value"}},
		{name: "environment variable", coll: req(jurl("https://x.test/{{client_secret}}/{{otp_code}}/{{session_token}}")),
			opts: []func(*Input){withEnv(envFile(envVar("client_secret", "abc", "default"), envVar("otp_code", "", "default"), envVar("session_token", "x", "secret")))},
			want: []string{"secret-not-typed warning values[0]"}},
	})
}

func TestRuleCredentialsOverHTTP(t *testing.T) {
	bearer := `"auth":{"type":"bearer","bearer":[{"key":"token","value":"{{t}}"}]}`
	opts := []func(*Input){func(in *Input) { in.EnvVars = []collections.Variable{{Key: "t"}} }}
	req := func(u, more string) string {
		return item("a", `{"url":`+js(u)+more+`}`, events(tested))
	}
	runCases(t, []ruleCase{
		{name: "http", coll: coll("", req("http://api.example.com/x", ","+bearer)), opts: opts,
			want: []string{"credentials-over-http warning item[0].request.url"}, msg: "auth bearer goes over plain http:// to api.example.com"},
		{name: "no protocol", coll: coll("", req("api.example.com/x", `,"header":[{"key":"Authorization","value":"{{t}}"}]`)), opts: opts,
			want: []string{"credentials-over-http warning item[0].request.url"}, msg: "no protocol"},
		{name: "inherited", coll: coll("", folder("f", bearer, req("http://api.example.com/x", ""))), opts: opts,
			want: []string{"credentials-over-http warning item[0].item[0].request.url"}},
		{name: "from the environment", coll: coll("", req("{{base}}/x", ","+bearer)),
			opts: []func(*Input){withEnv(envFile(envVar("base", "http://10.1.2.3:8080", ""), envVar("t", "", "secret")))},
			want: []string{"credentials-over-http warning item[0].request.url"}, msg: "to 10.1.2.3"},
		{name: "safe", coll: coll("",
			req("https://api.example.com/x", ","+bearer), req("http://localhost:3000/x", ","+bearer), req("http://127.0.0.1/x", ","+bearer),
			req("http://[::1]/x", ","+bearer), req("http://app.localhost/x", ","+bearer), req("http://api.example.com/x", ""),
			req("http://api.example.com/x", `,"auth":{"type":"noauth"}`), req("{{unknown_base}}/x", ","+bearer)),
			opts: append(opts, func(in *Input) { in.EnvVars = append(in.EnvVars, collections.Variable{Key: "unknown_base", Value: ""}) })},
	})
}

// A v1 collection runs as converted to v2.1: its findings name items, not
// places of the v1 file.
func TestV1Collection(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "collections", "testdata", "v1", "auth.json"))
	if err != nil {
		t.Fatal(err)
	}
	r := checkText(t, string(data))
	rules := map[string]int{}
	for _, f := range r.Findings {
		rules[f.Rule]++
		if f.Location.JSONPath != "" || f.Location.FileLine != 0 {
			t.Errorf("%s has a place in the v1 file: %+v", f.Rule, f.Location)
		}
	}
	if rules["plain-secret"] == 0 || rules["no-test"] == 0 {
		t.Errorf("findings %v", rules)
	}
}
