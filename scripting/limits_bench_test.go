package scripting

import (
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkJSONStringifyDepthCheck compares the depth check JSON.stringify
// now makes with the stringify itself, on a response-like value.
func BenchmarkJSONStringifyDepthCheck(b *testing.B) {
	vm := goja.New()
	v, err := vm.RunString(`var items = []; for (var i = 0; i < 200; i++) items.push({id: i, name: 'item ' + i, tags: ['a', 'b'], owner: {id: i, email: 'x@example.com'}}); ({data: items, page: 1})`)
	if err != nil {
		b.Fatal(err)
	}
	obj := v.(*goja.Object)
	stringify, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	b.Run("stringify", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := stringify(goja.Undefined(), obj); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("check", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if tooDeep(vm, obj, maxJSONDepth) {
				b.Fatal("deep")
			}
		}
	})
}
