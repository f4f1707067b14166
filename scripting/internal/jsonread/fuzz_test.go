package jsonread

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// FuzzReaders checks the two readers against each other and against goja's
// JSON.parse: what Value reads, JSON.parse reads to the same value and
// ErrorMessage finds no fault in; what JSON.parse rejects, Value rejects
// too.
func FuzzReaders(f *testing.F) {
	for _, s := range []string{`{"a":1,"b":[true,false,null],"c":{"d":"e"}}`, ` [ 1 , -2.5e3 , 0.1 , 1e400 , -0 ] `,
		`"esc \" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00"`, `{"b":1,"a":2,"b":3,"10":4,"__proto__":{}}`, `[1,]`, `{"a" 1}`,
		`{"a":1 "b":2}`, `[,1]`, `-.5`, `01`, "\ufeff{}", `"\ud800"`, `{"a":}`, ``, ` `} {
		f.Add(s)
	}
	vm := goja.New()
	json := vm.Get("JSON").ToObject(vm)
	parse, _ := goja.AssertFunction(json.Get("parse"))
	stringify, _ := goja.AssertFunction(json.Get("stringify"))
	f.Fuzz(func(t *testing.T, text string) {
		msg := ErrorMessage(text)
		v, ok := Value(vm, text)
		ref, err := parse(goja.Undefined(), vm.ToValue(text))
		if err != nil {
			// (goja rejects a number beyond float64's range, which V8 and
			// Value read as an infinity)
			if ok && !strings.Contains(err.Error(), "cannot unmarshal number") {
				t.Fatalf("Value read %q, which JSON.parse rejects: %v", text, err)
			}
			return
		}
		if !ok {
			return // Value falls back to JSON.parse
		}
		if msg != "" {
			t.Errorf("Value read %q but ErrorMessage says %q", text, msg)
		}
		got, err1 := stringify(goja.Undefined(), v)
		want, err2 := stringify(goja.Undefined(), ref)
		if err1 != nil || err2 != nil || !got.SameAs(want) {
			t.Errorf("%q: Value gives %v, JSON.parse %v (%v, %v)", text, got, want, err1, err2)
		}
	})
}
