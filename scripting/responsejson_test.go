package scripting

import (
	"context"
	"testing"
)

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
