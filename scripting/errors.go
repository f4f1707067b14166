package scripting

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

var (
	userFrameRE   = regexp.MustCompile(`sandbox-script\.js:(\d+):(\d+)`)
	readPropRE    = regexp.MustCompile(`^Cannot read property '(.*)' of (undefined or null|undefined|null)$`)
	noMemberRE    = regexp.MustCompile(`^Object has no member '(.*)'$`)
	notObjectRE   = regexp.MustCompile(`^Value is not an object: (.*)$`)
	gojaSyntaxPos = regexp.MustCompile(`^(?:[^:]*: )?Line (\d+):(\d+) (.*?)(?: \(and \d+ more errors\))?$`)
	unexpTokenRE  = regexp.MustCompile(`^Unexpected token (\S+)$`)
)

// wrapperColumns is the length of "(function () {", which precedes line 1.
const wrapperColumns = 14

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
		e := r.valueErrorInfo(ex.Value())
		if s := stackFor(e.Name, e.Message, ex.Stack()); strings.Contains(s, "\n") {
			e.Stack = s
		}
		return e
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
	msg = v8Message(name, msg)
	e := &ErrorInfo{Name: name, Message: msg, Stack: name + ": " + msg}
	if s := obj.Get("stack"); s != nil && !goja.IsUndefined(s) {
		if m := userFrameRE.FindStringSubmatch(s.String()); m != nil {
			line, _ := strconv.Atoi(m[1])
			col, _ := strconv.Atoi(m[2])
			if line == 1 {
				col -= wrapperColumns
			}
			e.Stack = fmt.Sprintf("%s\n   at Object.eval %s:%d:%d)", e.Stack, scriptFile, line, col)
		}
	}
	return e
}

// v8Message rewrites goja's wording of common errors into V8's, which is
// what Newman users see.
func v8Message(name, msg string) string {
	if name != "TypeError" {
		return msg
	}
	if m := readPropRE.FindStringSubmatch(msg); m != nil {
		of := m[2]
		if of == "undefined or null" {
			of = "undefined"
		}
		return "Cannot read properties of " + of + " (reading '" + m[1] + "')"
	}
	if m := noMemberRE.FindStringSubmatch(msg); m != nil {
		return m[1] + " is not a function"
	}
	if m := notObjectRE.FindStringSubmatch(msg); m != nil {
		return m[1] + " is not a function"
	}
	return msg
}

// syntaxErrorInfo converts a compile error.
func syntaxErrorInfo(err error) *ErrorInfo {
	msg := err.Error()
	var ce *goja.CompilerSyntaxError
	if errors.As(err, &ce) {
		msg = ce.Message
	}
	line := 0
	if m := gojaSyntaxPos.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[3]
	}
	if m := unexpTokenRE.FindStringSubmatch(msg); m != nil && m[1] != "ILLEGAL" {
		msg = "Unexpected token '" + m[1] + "'"
	} else if msg == "Unexpected token ILLEGAL" {
		msg = "Invalid or unexpected token"
	}
	e := &ErrorInfo{Name: "SyntaxError", Message: msg, Stack: "SyntaxError: " + msg}
	if line > 0 {
		e.Stack += fmt.Sprintf("\n   at %s:%d", scriptFile, line)
	}
	return e
}
