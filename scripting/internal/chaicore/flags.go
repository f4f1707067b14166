package chaicore

import (
	"reflect"

	"github.com/dop251/goja"
)

// flagStore backs the flags objects (an assertion's `__flags`) that the
// native chai utilities create: a goja dynamic object with a null
// prototype whose properties live in Go, so that reading, writing and
// copying flags (dozens of times per assertion) costs no JavaScript
// objects. Scripts see a null-prototype object with plain, writable,
// enumerable, configurable properties in the usual order; what a dynamic
// object cannot do (be frozen, sealed or made non-extensible, hold
// accessors, read-only or non-enumerable properties, or symbol keys) no
// assertion does with its flags.
type flagStore struct {
	keys []string
	vals []goja.Value
	// the first eight flags live here, so that a store is one allocation
	// (the slices grow past them as usual)
	keyBuf [8]string
	valBuf [8]goja.Value
}

var flagStoreType = reflect.TypeOf((*flagStore)(nil))

// newFlags makes an empty flags object (chai: Object.create(null)).
func (c *Core) newFlags() *goja.Object {
	st := &flagStore{}
	st.keys, st.vals = st.keyBuf[:0], st.valBuf[:0]
	o := c.vm.NewDynamicObject(st)
	_ = o.SetPrototype(nil) // never fails for a dynamic object
	return o
}

// storeOf returns the store behind a flags object made by newFlags.
func storeOf(o *goja.Object) *flagStore {
	if o.ExportType() != flagStoreType {
		return nil
	}
	st, _ := o.Export().(*flagStore)
	return st
}

func (f *flagStore) index(key string) int {
	for i, k := range f.keys {
		if k == key {
			return i
		}
	}
	return -1
}

// Get implements goja.DynamicObject.
func (f *flagStore) Get(key string) goja.Value {
	if i := f.index(key); i >= 0 {
		return f.vals[i]
	}
	return nil
}

// Set implements goja.DynamicObject.
func (f *flagStore) Set(key string, v goja.Value) bool {
	if v == nil {
		v = goja.Undefined()
	}
	if i := f.index(key); i >= 0 {
		f.vals[i] = v
		return true
	}
	f.keys = append(f.keys, key)
	f.vals = append(f.vals, v)
	return true
}

// Has implements goja.DynamicObject.
func (f *flagStore) Has(key string) bool { return f.index(key) >= 0 }

// Delete implements goja.DynamicObject.
func (f *flagStore) Delete(key string) bool {
	if i := f.index(key); i >= 0 {
		f.keys = append(f.keys[:i], f.keys[i+1:]...)
		f.vals[i] = nil
		f.vals = append(f.vals[:i], f.vals[i+1:]...)
	}
	return true
}

// Keys implements goja.DynamicObject: an ordinary object's order, array
// indices ascending and then the other keys as they were added.
func (f *flagStore) Keys() []string {
	return f.ordered(make([]string, 0, len(f.keys)))
}

// ordered appends the keys in property order to dst.
func (f *flagStore) ordered(dst []string) []string {
	indices := 0
	for _, k := range f.keys {
		if _, ok := arrayIndex(k); ok {
			indices++
		}
	}
	if indices == 0 {
		return append(dst, f.keys...)
	}
	start := len(dst)
	for _, k := range f.keys {
		if _, ok := arrayIndex(k); ok {
			dst = append(dst, k)
		}
	}
	idx := dst[start:]
	for i := 1; i < len(idx); i++ { // few keys: insertion sort
		for j := i; j > 0; j-- {
			a, _ := arrayIndex(idx[j-1])
			b, _ := arrayIndex(idx[j])
			if a <= b {
				break
			}
			idx[j-1], idx[j] = idx[j], idx[j-1]
		}
	}
	for _, k := range f.keys {
		if _, ok := arrayIndex(k); !ok {
			dst = append(dst, k)
		}
	}
	return dst
}

// arrayIndex reports whether k is an array index (a canonical integer
// below 2^32-1), which ordinary objects list first.
func arrayIndex(k string) (uint64, bool) {
	if k == "" || len(k) > 10 || (len(k) > 1 && k[0] == '0') {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(k); i++ {
		if k[i] < '0' || k[i] > '9' {
			return 0, false
		}
		n = n*10 + uint64(k[i]-'0')
	}
	if n >= 1<<32-1 {
		return 0, false
	}
	return n, true
}
