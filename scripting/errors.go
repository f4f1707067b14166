package scripting

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/courier-run/courier/internal/lazyre"
)

var (
	userFrameRE   = lazyre.New(`sandbox-script\.js:(\d+):(\d+)`)
	readPropRE    = lazyre.New(`^Cannot read property '(.*)' of (undefined or null|undefined|null)$`)
	noMemberRE    = lazyre.New(`^Object has no member '(.*)'$`)
	notObjectRE   = lazyre.New(`^Value is not an object: (.*)$`)
	gojaSyntaxPos = lazyre.New(`^(?:[^:]*: )?Line (\d+):(\d+) (.*?)(?: \(and \d+ more errors\))?$`)
)

// wrapperColumns is the length of what precedes the script's line 1.
const wrapperColumns = len(scriptPrefix)

// errorInfo converts an error returned by goja.
func (r *runtime) errorInfo(err error) *ErrorInfo {
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		e := &ErrorInfo{Name: "RangeError", Message: "Maximum call stack size exceeded"}
		e.Stack = stackFor(e.Name, e.Message, so.Stack())
		return e
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return r.valueErrorInfo(ex.Value())
	}
	return &ErrorInfo{Name: "Error", Message: err.Error(), Stack: "Error: " + err.Error()}
}

// stackFor writes a stack the way Newman reports one: the error, then the
// script line where it happened.
func stackFor(name, msg string, frames []goja.StackFrame) string {
	head := name + ": " + msg
	for _, f := range frames {
		if f.SrcName() != scriptFile {
			continue
		}
		p := f.Position()
		col := p.Column
		if p.Line == 1 {
			col -= wrapperColumns
		}
		return fmt.Sprintf("%s\n   at Object.eval %s:%d:%d)", head, scriptFile, p.Line, col)
	}
	return head
}

// valueErrorInfo converts a thrown JavaScript value.
func (r *runtime) valueErrorInfo(v goja.Value) *ErrorInfo {
	if v == nil || goja.IsUndefined(v) {
		return &ErrorInfo{Name: "Error", Message: "undefined", Stack: "Error: undefined"}
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		msg := v.String()
		return &ErrorInfo{Name: "Error", Message: msg, Stack: "Error: " + msg}
	}
	name := "Error"
	if n := obj.Get("name"); n != nil && !goja.IsUndefined(n) && n.String() != "" {
		name = n.String()
	}
	msg := ""
	if m := obj.Get("message"); m != nil && !goja.IsUndefined(m) {
		msg = m.String()
	} else if _, isErr := obj.Export().(error); !isErr {
		msg = obj.String()
	}
	line, col := 0, 0
	if s := obj.Get("stack"); s != nil && !goja.IsUndefined(s) {
		if m := userFrameRE().FindStringSubmatch(s.String()); m != nil {
			line, _ = strconv.Atoi(m[1])
			col, _ = strconv.Atoi(m[2])
			if line == 1 {
				col -= wrapperColumns
			}
		}
	}
	msg = v8Message(name, msg, sourceLine(r.curSource, line), col)
	e := &ErrorInfo{Name: name, Message: msg, Stack: name + ": " + msg}
	if line > 0 {
		e.Stack = fmt.Sprintf("%s\n   at Object.eval %s:%d:%d)", e.Stack, scriptFile, line, col)
	}
	return e
}

// sourceLine returns line n (1-based) of src, or "".
func sourceLine(src string, n int) string {
	if n <= 0 {
		return ""
	}
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return src
}

func isExprChar(c byte) bool {
	return c == '_' || c == '$' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// calleeAt returns the callee expression of the call whose "(" is at the
// 1-based column col of line, as V8 names it in "x.y is not a function".
func calleeAt(line string, col int) string {
	i := col - 1
	if i <= 0 || i > len(line) || (i < len(line) && line[i] != '(') {
		return ""
	}
	j := i
	for j > 0 && line[j-1] == ' ' {
		j--
	}
	end := j
	for j > 0 && isExprChar(line[j-1]) {
		j--
	}
	return strings.TrimLeft(line[j:end], ".")
}

var setPropRE = lazyre.New(`\.([A-Za-z_$][\w$]*)\s*=[^=]`)

// newRegExpRE finds `RegExp('pattern'[, 'flags'])` with literal arguments.
var newRegExpRE = lazyre.New(`RegExp\(\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)")\s*(?:,\s*['"]([a-z]*)['"]\s*)?\)`)

// destructureRE finds `{ a, … } = expr` (V8 names the first property and the expression).
var destructureRE = lazyre.New(`\{\s*([A-Za-z_$][\w$]*)[^{}]*\}\s*=\s*([^;,)]+)`)

// arrayDestructureRE finds the value of `[a, …] = expr`.
var arrayDestructureRE = lazyre.New(`(?:const|let|var)\s*\[[^\]]*\]\s*=\s*([^;,)]+)`)

// forOfRE finds the iterated expression of `for (… of expr)`.
var forOfRE = lazyre.New(`\bof\s+(.+?)\)\s*\{?`)

// v8Message rewrites goja's wording of common errors into V8's, which is
// what Newman users see.
func v8Message(name, msg, line string, col int) string {
	if name == "SyntaxError" && line != "" && !strings.HasPrefix(msg, "Invalid regular expression") {
		if m := newRegExpRE().FindStringSubmatch(line); m != nil {
			return "Invalid regular expression: /" + m[1] + m[2] + "/" + m[3] + ": " + msg
		}
		return msg
	}
	if name == "RangeError" {
		for _, fn := range []string{"toFixed", "toExponential"} {
			if strings.HasPrefix(msg, fn+"() precision must be") {
				return fn + "() digits argument must be" + strings.TrimPrefix(msg, fn+"() precision must be")
			}
		}
		if strings.HasPrefix(msg, "toPrecision() precision must be") {
			return "toPrecision() argument must be" + strings.TrimPrefix(msg, "toPrecision() precision must be")
		}
		return msg
	}
	if name != "TypeError" {
		return msg
	}
	if msg == "Value is not object coercible" && line != "" {
		if m := destructureRE().FindStringSubmatch(line); m != nil {
			return "Cannot destructure property '" + m[1] + "' of '" + strings.TrimSpace(m[2]) + "' as it is undefined."
		}
	}
	if msg == "object is not iterable" && line != "" {
		if m := forOfRE().FindStringSubmatch(line); m != nil {
			return strings.TrimSpace(m[1]) + " is not iterable"
		}
		if m := arrayDestructureRE().FindStringSubmatch(line); m != nil {
			return strings.TrimSpace(m[1]) + " is not iterable"
		}
	}
	if msg == "Cannot convert undefined or null to object" && line != "" {
		if m := setPropRE().FindStringSubmatch(line); m != nil {
			return "Cannot set properties of undefined (setting '" + m[1] + "')"
		}
	}
	if m := readPropRE().FindStringSubmatch(msg); m != nil {
		of := m[2]
		if of == "undefined or null" {
			of = "undefined"
		}
		return "Cannot read properties of " + of + " (reading '" + m[1] + "')"
	}
	if m := noMemberRE().FindStringSubmatch(msg); m != nil {
		if c := calleeAt(line, col); c != "" && strings.HasSuffix(c, m[1]) {
			return c + " is not a function"
		}
		return m[1] + " is not a function"
	}
	if m := notObjectRE().FindStringSubmatch(msg); m != nil {
		if c := calleeAt(line, col); c != "" {
			return c + " is not a function"
		}
		return m[1] + " is not a function"
	}
	return msg
}

// syntaxErrorInfo converts the compile error of the script src, in V8's
// words (see v8SyntaxMessage).
func syntaxErrorInfo(err error, src string) *ErrorInfo {
	msg, line, _ := syntaxErrorAt(err, src)
	e := &ErrorInfo{Name: "SyntaxError", Message: msg, Stack: "SyntaxError: " + msg}
	if line > 0 {
		e.Stack += fmt.Sprintf("\n   at %s:%d", scriptFile, line)
	}
	return e
}

// syntaxErrorAt is the compile error of the script src in V8's words, and
// where goja stopped: line and byte column in the wrapped script (line 1
// starts with scriptPrefix), 0 when unknown.
func syntaxErrorAt(err error, src string) (msg string, line, col int) {
	msg = err.Error()
	var ce *goja.CompilerSyntaxError
	if errors.As(err, &ce) {
		msg = ce.Message
	}
	if m := gojaSyntaxPos().FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		col, _ = strconv.Atoi(m[2])
		msg = m[3]
	} else if ce != nil && ce.File != nil {
		p := ce.File.Position(ce.Offset)
		line, col = p.Line, p.Column
	}
	wrapped := scriptPrefix + src + scriptSuffix
	return v8SyntaxMessage(msg, wrapped, byteOffset(wrapped, line, col)), line, col
}
