package scripting

import (
	"context"
	"testing"

	"github.com/dop251/goja"
)

func TestFastJSON(t *testing.T) {
	cases := []struct {
		in   string
		want string // JSON.stringify of the result; "" = must fall back
	}{
		{`{"a":1,"b":[true,false,null],"c":{"d":"e"}}`, `{"a":1,"b":[true,false,null],"c":{"d":"e"}}`},
		{` [ 1 , -2.5e3 , 0.1 , 1e400 , -0 ] `, `[1,-2500,0.1,null,0]`},
		{`"esc \" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00"`, `"esc \" \\ / \b\f\n\r\t é 😀"`},
		{`{"b":1,"a":2,"b":3}`, `{"b":3,"a":2}`},
		{`{"__proto__":{"x":1}}`, `{"__proto__":{"x":1}}`},
		{`12345678901234567890`, `12345678901234567000`},
		{`"ünïcödé"`, `"ünïcödé"`},
		{`[]`, `[]`},
		{`{}`, `{}`},
		{"\ufeff{}", ""},
		{`{"a":1,}`, ""},
		{`[1,]`, ""},
		{`01`, ""},
		{`"\ud800"`, ""},
		{`"tab	inside"`, ""},
		{`{"a" 1}`, ""},
		{`nul`, ""},
		{``, ""},
		{`1 2`, ""},
	}
	vm := goja.New()
	stringify, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	for _, tc := range cases {
		v, ok := fastJSON(vm, tc.in)
		if tc.want == "" {
			if ok {
				t.Errorf("%q: parsed, want fallback", tc.in)
			}
			continue
		}
		if !ok {
			t.Errorf("%q: fell back", tc.in)
			continue
		}
		s, err := stringify(goja.Undefined(), v)
		if err != nil {
			t.Fatal(err)
		}
		if s.String() != tc.want {
			t.Errorf("%q: got %s want %s", tc.in, s, tc.want)
		}
	}
}

// pm.response.json() parses the body once but, like Newman's re-parse,
// returns new objects every time.
func TestResponseJSONFreshEachCall(t *testing.T) {
	cases := []struct{ body, script, want string }{
		{`{"a":{"b":[1,{"c":2}]},"s":"x"}`, `
			var one = pm.response.json(), two = pm.response.json();
			pm.test("same " + (one === two) + " " + (one.a === two.a) + " " + (one.a.b === two.a.b) + " " + (one.a.b[1] === two.a.b[1]));
			one.a.b.push(3); one.a.b[1].c = 9; one.s = "y"; delete one.a; Object.freeze(two);
			pm.test("third " + JSON.stringify(pm.response.json()));
			pm.test("text " + (pm.response.text() === pm.response.text()) + " " + pm.response.text());`,
			"PASS same false false false false\n" +
				`PASS third {"a":{"b":[1,{"c":2}]},"s":"x"}` + "\n" +
				`PASS text true {"a":{"b":[1,{"c":2}]},"s":"x"}` + "\n"},
		{`{"b":1,"a":2,"b":3,"__proto__":{"p":1}}`, `
			var j = pm.response.json();
			pm.test(Object.keys(j).join() + " " + j.b + " " + JSON.stringify(j.__proto__) + " " + (Object.getPrototypeOf(j) === Object.prototype));
			pm.test(JSON.stringify(pm.response.json()));`,
			"PASS b,a,__proto__ 3 {\"p\":1} true\n" +
				`PASS {"b":3,"a":2,"__proto__":{"p":1}}` + "\n"},
		{"\ufeff{\"a\":1}", `
			pm.test("bom " + pm.response.json().a + " " + pm.response.json().a);`,
			"PASS bom 1 1\n"},
		{`{"a":`, `
			try { pm.response.json(); } catch (e) { pm.test(e.name); }
			try { pm.response.json(); } catch (e) { pm.test(e.name); }`,
			"PASS JSONError\nPASS JSONError\n"},
	}
	for _, tc := range cases {
		rt := New(newFakeHost(), Options{Lib: sharedLib})
		res, err := rt.Run(context.Background(), &Execution{Event: "test",
			Scripts:  []Script{{ID: "s", Source: tc.script}},
			Response: jsonResponse(200, "OK", tc.body)})
		rt.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got := summary(res); got != tc.want {
			t.Errorf("body %q:\ngot  %q\nwant %q", tc.body, got, tc.want)
		}
	}
}
