package jsonread

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// Value builds the JavaScript value of JSON text in Go, several times
// faster than goja's JSON.parse. It handles valid JSON only: ok is false for
// anything else (and for the rare inputs it does not model, such as lone
// surrogate escapes), and the caller then falls back to JSON.parse, whose
// errors and results are the reference.
func Value(vm *goja.Runtime, text string) (v goja.Value, ok bool) {
	doc, ok := Parse(vm, text)
	if !ok {
		return nil, false
	}
	return doc.Build(vm), true
}

// Doc is a parsed JSON text: a flat list of operations whose primitive
// values are ready-made JavaScript values (immutable, so shared by every
// build). Build makes fresh objects and arrays each time, as a new parse
// would, so one response body is lexed once however often pm.response.json()
// is called.
type Doc struct {
	ops []jsonOp
}

type jsonOp struct {
	kind byte   // jsonValue, jsonObject (n members follow), jsonArray (n items follow)
	n    int32  // members or items
	key  string // an object member's key (on the member's value op)
	val  goja.Value
}

const (
	jsonValue byte = iota
	jsonObject
	jsonArray
)

// Parse parses text for vm; ok is false when Value would fall back.
func Parse(vm *goja.Runtime, text string) (doc *Doc, ok bool) {
	p := fastParser{vm: vm, s: text, ops: make([]jsonOp, 0, estimateJSONValues(text))}
	defer func() {
		if x := recover(); x != nil {
			if _, bad := x.(fastJSONError); !bad {
				panic(x)
			}
			doc, ok = nil, false
		}
	}()
	p.ws()
	p.value(0, "")
	p.ws()
	if p.i != len(p.s) {
		return nil, false
	}
	return &Doc{ops: p.ops}, true
}

// estimateJSONValues is about how many values text holds (exact for JSON
// without empty containers or such characters in strings), to size the op list.
func estimateJSONValues(text string) int {
	n := 1
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case ',', '[', '{':
			n++
		}
	}
	return n
}

// Build makes the document's value, with new objects and arrays each time.
func (d *Doc) Build(vm *goja.Runtime) goja.Value {
	v, _ := d.buildAt(vm, 0)
	return v
}

// buildAt builds the value whose op is at i and returns the index after it.
func (d *Doc) buildAt(vm *goja.Runtime, i int) (goja.Value, int) {
	op := &d.ops[i]
	i++
	switch op.kind {
	case jsonObject:
		obj := vm.NewObject()
		for k := int32(0); k < op.n; k++ {
			key := d.ops[i].key
			var v goja.Value
			v, i = d.buildAt(vm, i)
			if key == "__proto__" {
				_ = obj.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
			} else {
				_ = obj.Set(key, v)
			}
		}
		return obj, i
	case jsonArray:
		if op.n == 0 {
			return vm.NewArray(), i
		}
		items := make([]any, op.n)
		for k := range items {
			items[k], i = d.buildAt(vm, i)
		}
		return vm.NewArray(items...), i
	}
	return op.val, i
}

type fastJSONError struct{}

type fastParser struct {
	vm  *goja.Runtime
	s   string
	i   int
	ops []jsonOp
}

const fastJSONMaxDepth = 5000

func (p *fastParser) bad() { panic(fastJSONError{}) }

func (p *fastParser) ws() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// value parses one value into p.ops; key is its member key in an object.
func (p *fastParser) value(depth int, key string) {
	if p.i >= len(p.s) || depth > fastJSONMaxDepth {
		p.bad()
	}
	var v goja.Value
	switch c := p.s[p.i]; {
	case c == '{':
		p.container(depth, key, jsonObject, '}')
		return
	case c == '[':
		p.container(depth, key, jsonArray, ']')
		return
	case c == '"':
		v = p.vm.ToValue(p.str())
	case c == 't':
		p.lit("true")
		v = p.vm.ToValue(true)
	case c == 'f':
		p.lit("false")
		v = p.vm.ToValue(false)
	case c == 'n':
		p.lit("null")
		v = goja.Null()
	case c == '-' || (c >= '0' && c <= '9'):
		v = p.number()
	default:
		p.bad()
	}
	p.ops = append(p.ops, jsonOp{kind: jsonValue, key: key, val: v})
}

func (p *fastParser) lit(w string) {
	if len(p.s)-p.i < len(w) || p.s[p.i:p.i+len(w)] != w {
		p.bad()
	}
	p.i += len(w)
}

// container parses an object (kind jsonObject, a list of "key": value
// members) or an array (jsonArray, a list of values) up to its closing
// bracket, p.i at the opening one.
func (p *fastParser) container(depth int, key string, kind, closing byte) {
	p.i++
	at := len(p.ops)
	p.ops = append(p.ops, jsonOp{kind: kind, key: key})
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == closing {
		p.i++
		return
	}
	for n := int32(1); ; n++ {
		p.ws()
		k := ""
		if kind == jsonObject {
			if p.i >= len(p.s) || p.s[p.i] != '"' {
				p.bad()
			}
			k = p.str()
			p.ws()
			if p.i >= len(p.s) || p.s[p.i] != ':' {
				p.bad()
			}
			p.i++
			p.ws()
		}
		p.value(depth+1, k)
		p.ws()
		if p.i >= len(p.s) {
			p.bad()
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case closing:
			p.i++
			p.ops[at].n = n
			return
		default:
			p.bad()
		}
	}
}

func (p *fastParser) number() goja.Value {
	start := p.i
	if p.s[p.i] == '-' {
		p.i++
	}
	digits := func() int {
		n := 0
		for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.i < len(p.s) && p.s[p.i] == '0' {
		p.i++
	} else if digits() == 0 {
		p.bad()
	}
	isInt := true
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		isInt = false
		if digits() == 0 {
			p.bad()
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		isInt = false
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			p.bad()
		}
	}
	lit := p.s[start:p.i]
	if isInt && len(lit) < 16 && lit != "-0" {
		n, err := strconv.ParseInt(lit, 10, 64)
		if err == nil {
			return p.vm.ToValue(n)
		}
	}
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			p.bad()
		}
	}
	return p.vm.ToValue(f)
}

func hexVal(c byte) rune {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0')
	case c >= 'a' && c <= 'f':
		return rune(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

func (p *fastParser) hex4() rune {
	if len(p.s)-p.i < 4 {
		p.bad()
	}
	var r rune
	for k := 0; k < 4; k++ {
		h := hexVal(p.s[p.i+k])
		if h < 0 {
			p.bad()
		}
		r = r<<4 | h
	}
	p.i += 4
	return r
}

// str reads a string literal (p.i at the opening quote).
func (p *fastParser) str() string {
	p.i++
	start := p.i
	// fast path: no escapes
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c == '"' {
			s := p.s[start:p.i]
			p.i++
			if !utf8.ValidString(s) {
				p.bad()
			}
			return s
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			p.bad()
		}
		p.i++
	}
	buf := []byte(p.s[start:p.i])
	for {
		if p.i >= len(p.s) {
			p.bad()
		}
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			if !utf8.Valid(buf) {
				p.bad()
			}
			return string(buf)
		case c < 0x20:
			p.bad()
		case c != '\\':
			buf = append(buf, c)
			p.i++
			continue
		}
		p.i++
		if p.i >= len(p.s) {
			p.bad()
		}
		e := p.s[p.i]
		p.i++
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r := p.hex4()
			if utf16.IsSurrogate(r) {
				// a pair becomes one rune; a lone surrogate cannot be held in a Go string
				if len(p.s)-p.i < 6 || p.s[p.i] != '\\' || p.s[p.i+1] != 'u' {
					p.bad()
				}
				p.i += 2
				r2 := p.hex4()
				r = utf16.DecodeRune(r, r2)
				if r == utf8.RuneError {
					p.bad()
				}
			}
			buf = utf8.AppendRune(buf, r)
		default:
			p.bad()
		}
	}
}
