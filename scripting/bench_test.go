package scripting

import (
	"context"
	goflag "flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

var jsProfile = goflag.String("jsprofile", "", "write goja's profile of the JavaScript that BenchmarkTypicalTestScript or BenchmarkScriptedItem runs to this file (make profile)")

// profileJS profiles the JavaScript that runs until the returned function
// is called, with -jsprofile (the benchmark's last round is what is kept).
func profileJS(b *testing.B) (stop func()) {
	if *jsProfile == "" {
		return func() {}
	}
	f, err := os.Create(*jsProfile)
	if err != nil {
		b.Fatal(err)
	}
	if err := goja.StartProfile(f); err != nil {
		b.Fatal(err)
	}
	return func() {
		goja.StopProfile()
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// typicalBody is a JSON body of about 2 KB.
func typicalBody() string {
	var b strings.Builder
	b.WriteString(`{"page":1,"total":12,"items":[`)
	for i := 0; i < 12; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"id":%d,"name":"item number %d","price":%d.5,"tags":["alpha","beta"],"active":true,"owner":{"id":%d,"email":"user%d@example.com"}}`, i, i, i*10, i, i)
	}
	b.WriteString(`]}`)
	return b.String()
}

const typicalScript = `
var data = pm.response.json();
pm.test("status is 200", function () {
    pm.response.to.have.status(200);
});
pm.test("has items", function () {
    pm.expect(data.items).to.be.an("array").that.is.not.empty;
    pm.expect(data.total).to.equal(12);
});
pm.test("first item", function () {
    pm.expect(data.items[0].owner.email).to.include("@example.com");
});
`

func typicalExecution(body string) *Execution {
	return &Execution{
		Event:    "test",
		Scripts:  []Script{{ID: "typical", Source: typicalScript, Location: "request R"}},
		Item:     Item{ID: "r", Name: "R"},
		Request:  testRequest(),
		Response: jsonResponse(200, "OK", body),
	}
}

func BenchmarkTypicalTestScript(b *testing.B) {
	body := typicalBody()
	rt := New(newFakeHost(), Options{Lib: sharedLib})
	defer rt.Close()
	ex := typicalExecution(body)
	if res, err := rt.Run(context.Background(), ex); err != nil || summary(res) != "PASS status is 200\nPASS has items\nPASS first item\n" {
		b.Fatalf("unexpected result %v %q", err, summary(res))
	}
	b.ReportAllocs()
	defer profileJS(b)()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := rt.Run(context.Background(), ex); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewRuntimeFirstScript is a run's start-up: a new runtime (with
// the process-wide library already compiled) and its first test script.
func BenchmarkNewRuntimeFirstScript(b *testing.B) {
	body := typicalBody()
	ex := typicalExecution(body)
	warm := New(newFakeHost(), Options{Lib: sharedLib})
	if _, err := warm.Run(context.Background(), ex); err != nil {
		b.Fatal(err)
	}
	warm.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rt := New(newFakeHost(), Options{Lib: sharedLib})
		if _, err := rt.Run(context.Background(), ex); err != nil {
			b.Fatal(err)
		}
		rt.Close()
	}
}

// BenchmarkColdStart is a process's first run: compiling courier's prelude
// and the chai bundle, then one test script.
func BenchmarkColdStart(b *testing.B) {
	ex := typicalExecution(typicalBody())
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rt := New(newFakeHost(), Options{Lib: NewLibrary()})
		if _, err := rt.Run(context.Background(), ex); err != nil {
			b.Fatal(err)
		}
		rt.Close()
	}
}

// The scripts of the runner's BenchmarkRun1000Scripts (internal/bench).
const (
	benchPreScript  = "pm.variables.set('started', Date.now());"
	benchTestScript = "pm.test('status is 200', function () { pm.response.to.have.status(200); });\n" +
		"pm.test('body is ok', function () { pm.expect(pm.response.json().ok).to.equal(true); });\n" +
		"pm.test('has items', function () { pm.expect(pm.response.json().items).to.have.lengthOf(16); });"
)

// benchItemBody is internal/bench's ~1 KB body: 16 items.
func benchItemBody() string {
	var b strings.Builder
	b.WriteString(`{"count":16,"items":[`)
	for i := 0; i < 16; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"id":%d,"name":"item-%02d","price":%g,"tags":["a","b"]}`, i, i, 9.99+float64(i))
	}
	b.WriteString(`],"ok":true}`)
	return b.String()
}

// BenchmarkScriptedItem is one item of BenchmarkRun1000Scripts without the
// HTTP request: its pre-request and its test execution.
func BenchmarkScriptedItem(b *testing.B) {
	rt := New(newFakeHost(), Options{Lib: sharedLib})
	defer rt.Close()
	body := benchItemBody()
	run := func() {
		req := testRequest()
		pre := &Execution{Event: "prerequest", Scripts: []Script{{ID: benchPreScript, Source: benchPreScript, Location: "request R"}},
			Item: Item{ID: "r", Name: "R"}, Request: req}
		if _, err := rt.Run(context.Background(), pre); err != nil {
			b.Fatal(err)
		}
		test := &Execution{Event: "test", Scripts: []Script{{ID: benchTestScript, Source: benchTestScript, Location: "request R"}},
			Item: Item{ID: "r", Name: "R"}, Request: req, Response: jsonResponse(200, "OK", body)}
		res, err := rt.Run(context.Background(), test)
		if err != nil {
			b.Fatal(err)
		}
		if got := summary(res); got != "PASS status is 200\nPASS body is ok\nPASS has items\n" {
			b.Fatalf("unexpected result %q", got)
		}
	}
	run()
	b.ReportAllocs()
	defer profileJS(b)()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		run()
	}
}

// BenchmarkVariableSets is a script that sets and reads many variables:
// strings, numbers and a few objects, in several scopes.
func BenchmarkVariableSets(b *testing.B) {
	const src = `
for (var i = 0; i < 50; i++) {
    pm.environment.set("s" + i, "value " + i);
    pm.collectionVariables.set("n" + i, i);
}
for (var j = 0; j < 5; j++) {
    pm.globals.set("o" + j, {id: j, tags: ["a", "b"], nested: {k: "v"}});
}
var sum = 0;
for (var k = 0; k < 50; k++) {
    sum += pm.variables.get("n" + k) + pm.environment.get("s" + k).length;
}
pm.test("read " + sum + " " + pm.globals.get("o4").nested.k + " " + pm.variables.replaceIn("{{s7}}"));
`
	rt := New(newFakeHost(), Options{Lib: sharedLib})
	defer rt.Close()
	ex := &Execution{Event: "test", Scripts: []Script{{ID: "vars", Source: src, Location: "request R"}},
		Item: Item{ID: "r", Name: "R"}, Request: testRequest(), Response: jsonResponse(200, "OK", "{}")}
	if res, err := rt.Run(context.Background(), ex); err != nil || summary(res) != "PASS read 1615 v value 7\n" {
		b.Fatalf("unexpected result %v %q", err, summary(res))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := rt.Run(context.Background(), ex); err != nil {
			b.Fatal(err)
		}
	}
}
