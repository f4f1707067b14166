package parallel

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"time"

	"github.com/courier-run/courier/events"
)

// The spool codec writes events to bytes and reads them back exactly as
// they were: nil and empty slices, maps and pointers stay apart, a pointer
// to "" stays one, and values in interfaces keep their Go type (what
// reporters distinguish; encoding/json drops the fields tagged "-" and gob
// loses nil-versus-empty). It walks the values by reflection, so a field
// added to an event is spooled without a change here; a new event type or
// a new kind of value in an `any` field must be added to concrete.

// concrete are the types an interface value may hold, by code (the index
// + 1; 0 is nil). Other values in an `any` are written as their JSON and
// read back as encoding/json reads JSON into an `any`.
var concrete = []reflect.Type{
	reflect.TypeFor[events.RunStart](),
	reflect.TypeFor[events.IterationStart](),
	reflect.TypeFor[events.IterationEnd](),
	reflect.TypeFor[events.ItemStart](),
	reflect.TypeFor[events.Script](),
	reflect.TypeFor[events.RequestStart](),
	reflect.TypeFor[events.RequestDone](),
	reflect.TypeFor[events.RequestRetry](),
	reflect.TypeFor[events.Assertion](),
	reflect.TypeFor[events.Console](),
	reflect.TypeFor[events.Visualizer](),
	reflect.TypeFor[events.ItemEnd](),
	reflect.TypeFor[events.RunEnd](),
	reflect.TypeFor[events.CollectionStart](),
	reflect.TypeFor[string](),
	reflect.TypeFor[float64](),
	reflect.TypeFor[bool](),
	reflect.TypeFor[int](),
	reflect.TypeFor[int64](),
	reflect.TypeFor[uint64](),
	reflect.TypeFor[int32](),
	reflect.TypeFor[map[string]any](),
	reflect.TypeFor[[]any](),
	reflect.TypeFor[map[string]string](),
	reflect.TypeFor[json.Number](),
	reflect.TypeFor[json.RawMessage](),
	reflect.TypeFor[[]byte](),
	reflect.TypeFor[[]string](),
	reflect.TypeFor[time.Time](),
	reflect.TypeFor[events.AuthToken](),
}

var concreteCode = func() map[reflect.Type]uint64 {
	m := map[reflect.Type]uint64{}
	for i, t := range concrete {
		m[t] = uint64(i + 1)
	}
	return m
}()

// jsonCode marks an interface value written as its JSON.
const jsonCode = 255

var timeType = reflect.TypeFor[time.Time]()

// appendEvent appends e's encoding to b.
func appendEvent(b []byte, e events.Event) ([]byte, error) {
	enc := encoder{b: b}
	v := reflect.ValueOf(&e).Elem()
	enc.value(v)
	return enc.b, enc.err
}

type encoder struct {
	b   []byte
	err error
}

func (e *encoder) uvarint(n uint64) { e.b = binary.AppendUvarint(e.b, n) }

func (e *encoder) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			e.b = append(e.b, 1)
		} else {
			e.b = append(e.b, 0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.b = binary.AppendVarint(e.b, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.uvarint(v.Uint())
	case reflect.Float32, reflect.Float64:
		e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v.Float()))
	case reflect.String:
		s := v.String()
		e.uvarint(uint64(len(s)))
		e.b = append(e.b, s...)
	case reflect.Slice:
		if v.IsNil() {
			e.uvarint(0)
			return
		}
		e.uvarint(uint64(v.Len()) + 1)
		if v.Type().Elem().Kind() == reflect.Uint8 {
			e.b = append(e.b, v.Bytes()...)
			return
		}
		for i := 0; i < v.Len(); i++ {
			e.value(v.Index(i))
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			e.value(v.Index(i))
		}
	case reflect.Map:
		if v.IsNil() {
			e.uvarint(0)
			return
		}
		e.uvarint(uint64(v.Len()) + 1)
		it := v.MapRange()
		for it.Next() {
			e.value(it.Key())
			e.value(it.Value())
		}
	case reflect.Pointer:
		if v.IsNil() {
			e.b = append(e.b, 0)
			return
		}
		e.b = append(e.b, 1)
		e.value(v.Elem())
	case reflect.Struct:
		if v.Type() == timeType {
			t := v.Interface().(time.Time)
			bin, err := t.MarshalBinary()
			if err != nil {
				e.fail(err)
				return
			}
			e.uvarint(uint64(len(bin)))
			e.b = append(e.b, bin...)
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if !v.Type().Field(i).IsExported() {
				e.fail(fmt.Errorf("%s has an unexported field", v.Type()))
				return
			}
			e.value(v.Field(i))
		}
	case reflect.Interface:
		if v.IsNil() {
			e.uvarint(0)
			return
		}
		inner := v.Elem()
		if code, ok := concreteCode[inner.Type()]; ok {
			e.uvarint(code)
			e.value(inner)
			return
		}
		if v.Type() != reflect.TypeFor[any]() {
			e.fail(fmt.Errorf("cannot spool a %s as %s", inner.Type(), v.Type()))
			return
		}
		js, err := json.Marshal(inner.Interface())
		if err != nil {
			e.fail(err)
			return
		}
		e.uvarint(jsonCode)
		e.uvarint(uint64(len(js)))
		e.b = append(e.b, js...)
	default:
		e.fail(fmt.Errorf("cannot spool a %s", v.Type()))
	}
}

func (e *encoder) fail(err error) {
	if e.err == nil {
		e.err = err
	}
}

var errTruncated = errors.New("spooled events are truncated")

// readEvent reads one event from b, returning the rest.
func readEvent(b []byte) (events.Event, []byte, error) {
	d := decoder{b: b}
	var e events.Event
	d.value(reflect.ValueOf(&e).Elem())
	return e, d.b, d.err
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.b = nil
}

func (d *decoder) uvarint() uint64 {
	n, k := binary.Uvarint(d.b)
	if k <= 0 {
		d.fail(errTruncated)
		return 0
	}
	d.b = d.b[k:]
	return n
}

func (d *decoder) bytes(n uint64) []byte {
	if uint64(len(d.b)) < n {
		d.fail(errTruncated)
		return nil
	}
	out := d.b[:n:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) byte1() byte {
	if len(d.b) == 0 {
		d.fail(errTruncated)
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

// length reads a slice's or map's length: -1 for nil.
func (d *decoder) length() int {
	n := d.uvarint()
	if n > uint64(len(d.b))+1 && d.err == nil {
		// every element takes at least a byte (but empty structs, which events have none of)
		d.fail(errTruncated)
	}
	return int(n) - 1
}

func (d *decoder) value(v reflect.Value) {
	if d.err != nil {
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(d.byte1() != 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, k := binary.Varint(d.b)
		if k <= 0 {
			d.fail(errTruncated)
			return
		}
		d.b = d.b[k:]
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(d.uvarint())
	case reflect.Float32, reflect.Float64:
		b := d.bytes(8)
		if d.err == nil {
			v.SetFloat(math.Float64frombits(binary.LittleEndian.Uint64(b)))
		}
	case reflect.String:
		v.SetString(string(d.bytes(d.uvarint())))
	case reflect.Slice:
		n := d.length()
		if n < 0 || d.err != nil {
			return
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b := d.bytes(uint64(n))
			s := reflect.MakeSlice(v.Type(), n, n)
			reflect.Copy(s, reflect.ValueOf(b))
			v.Set(s)
			return
		}
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := 0; i < n && d.err == nil; i++ {
			d.value(s.Index(i))
		}
		v.Set(s)
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			d.value(v.Index(i))
		}
	case reflect.Map:
		n := d.length()
		if n < 0 || d.err != nil {
			return
		}
		m := reflect.MakeMapWithSize(v.Type(), n)
		for i := 0; i < n && d.err == nil; i++ {
			k := reflect.New(v.Type().Key()).Elem()
			d.value(k)
			x := reflect.New(v.Type().Elem()).Elem()
			d.value(x)
			m.SetMapIndex(k, x)
		}
		v.Set(m)
	case reflect.Pointer:
		if d.byte1() == 0 {
			return
		}
		p := reflect.New(v.Type().Elem())
		d.value(p.Elem())
		v.Set(p)
	case reflect.Struct:
		if v.Type() == timeType {
			var t time.Time
			if err := t.UnmarshalBinary(d.bytes(d.uvarint())); err != nil {
				d.fail(err)
				return
			}
			v.Set(reflect.ValueOf(t))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			d.value(v.Field(i))
		}
	case reflect.Interface:
		code := d.uvarint()
		switch {
		case code == 0 || d.err != nil:
			return
		case code == jsonCode:
			var x any
			if err := json.Unmarshal(d.bytes(d.uvarint()), &x); err != nil {
				d.fail(err)
				return
			}
			if x != nil {
				v.Set(reflect.ValueOf(x))
			}
		case code <= uint64(len(concrete)):
			x := reflect.New(concrete[code-1]).Elem()
			d.value(x)
			if !x.Type().AssignableTo(v.Type()) {
				d.fail(fmt.Errorf("spooled %s is not a %s", x.Type(), v.Type()))
				return
			}
			v.Set(x)
		default:
			d.fail(fmt.Errorf("spooled events: unknown type code %d", code))
		}
	default:
		d.fail(fmt.Errorf("cannot read a spooled %s", v.Type()))
	}
}
