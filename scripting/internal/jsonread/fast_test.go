package jsonread

import (
	"testing"

	"github.com/dop251/goja"
)

func TestValue(t *testing.T) {
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
		v, ok := Value(vm, tc.in)
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
