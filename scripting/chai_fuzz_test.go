package scripting

import (
	"math"
	"sync"
	"testing"

	"github.com/dop251/goja"

	"github.com/courier-run/courier/scripting/jslib"
)

// chaiInspectors are chai's inspect in a runtime with courier's native
// hooks (strings and numbers printed natively) and in one running chai's own
// JavaScript (loupe), made once per test process.
var chaiInspectors = sync.OnceValues(func() ([2]*runtime, error) {
	plain := newLibrary(jslib.Source)
	plain.plainChai = true
	var rts [2]*runtime
	for i, lib := range []*Library{sharedLib, plain} {
		rt := New(newFakeHost(), Options{Lib: lib}).(*runtime)
		if rt.initErr != nil {
			return rts, rt.initErr
		}
		rts[i] = rt
	}
	return rts, nil
})

// inspectWith prints v with chai's inspect in rt at truncateThreshold th.
func inspectWith(t *testing.T, rt *runtime, v goja.Value, th float64) string {
	t.Helper()
	var out string
	err := rt.vm.Try(func() {
		chai := rt.loadModule("chai").ToObject(rt.vm)
		_ = chai.Get("config").ToObject(rt.vm).Set("truncateThreshold", th)
		inspect, _ := goja.AssertFunction(chai.Get("util").ToObject(rt.vm).Get("inspect"))
		res, err := inspect(goja.Undefined(), v)
		if err != nil {
			panic(err)
		}
		out = res.String()
	})
	if err != nil {
		t.Fatalf("inspect: %v", err)
	}
	return out
}

// courier prints a string or a number for chai natively: exactly as loupe
// prints it, whatever the text, the number and chai's truncateThreshold.
func FuzzChaiInspectNative(f *testing.F) {
	f.Add("length", 40.0, 0.0, false)
	f.Add("it's \"q\"\n\t\b\f\r\v\x00\x1f\x7f\u0085\u00ad\u0600\u070f\u17b4\u200c\u2028\u2060\ufeff\ufff0", 0.0, 0.0, false)
	f.Add("abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz", 10.0, 0.0, false)
	f.Add("é😀\xed\xa0\x80", 3.5, 0.0, false)
	f.Add("", 1.0, 0.0, false)
	f.Add("", 40.0, math.Copysign(0, -1), true)
	f.Add("", 5.0, 1234567.891, true)
	f.Add("", 40.0, 1e21, true)
	f.Add("", 2.0, -1.5e-7, true)
	f.Fuzz(func(t *testing.T, s string, th, n float64, number bool) {
		rts, err := chaiInspectors()
		if err != nil {
			t.Fatal(err)
		}
		if math.IsNaN(th) || th < -1e6 || th > 1e6 {
			th = 40 // (chai takes any number; these only stress Go's float to int)
		}
		var in [2]goja.Value
		for i, rt := range rts {
			if number {
				in[i] = rt.vm.ToValue(n)
			} else {
				in[i] = rt.vm.ToValue(s)
			}
		}
		native, loupe := inspectWith(t, rts[0], in[0], th), inspectWith(t, rts[1], in[1], th)
		if native != loupe {
			t.Errorf("inspect(%q / %v) at truncateThreshold %v:\nnative %q\nloupe  %q", s, n, th, native, loupe)
		}
	})
}
