package scripting

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"

	"github.com/courier-run/courier/internal/lazyre"
)

// In JavaScript a multiline regular expression's ^ and $ match at every line
// terminator (\n, \r, \u2028, \u2029); goja's match at \n only, so
// /^(\S+):(.*)$/gm finds one header in "A: 1\r\nB: 2" where V8 finds two.
// Scripts are compiled with each such regular expression literal rewritten:
// ^ and $ outside character classes also match beside the other line
// terminators, and the literal keeps its own source (re.source, String(re))
// through mregexpHelper. (new RegExp(pattern, 'm') is left as goja makes it:
// wrapping the RegExp constructor would cost every script.)

// mregexpHelper is the global function a rewritten literal calls: it gives
// the regular expression the source the script wrote (see prelude.js).
const mregexpHelper = "__courierMultilineRegExp"

// mayHaveMultilineRegExp is a cheap first look: a slash followed by flags
// with m, and an anchor somewhere.
var mayHaveMultilineRegExp = lazyre.New(`/[dgisuyv]*m`)

// compileWrapped parses and compiles a wrapped script, rewriting its
// multiline regular expression literals first when it has any.
func compileWrapped(src string) (*goja.Program, error) {
	prg, err := goja.Parse(scriptFile, src)
	if err != nil {
		return nil, err
	}
	if !strings.ContainsAny(src, "^$") || !mayHaveMultilineRegExp().MatchString(src) {
		return goja.CompileAST(prg, false)
	}
	rewritten, ok := rewriteMultilineRegExps(src, prg)
	if !ok {
		return goja.CompileAST(prg, false)
	}
	return goja.Compile(scriptFile, rewritten, false)
}

// rewriteMultilineRegExps rewrites the multiline regular expression literals
// of src (parsed as prg) that have anchors; ok is false when there are none.
func rewriteMultilineRegExps(src string, prg *ast.Program) (string, bool) {
	var lits []*ast.RegExpLiteral
	collectRegExps(reflect.ValueOf(prg), &lits, map[uintptr]bool{})
	type edit struct {
		at, end int
		text    string
	}
	var edits []edit
	for _, l := range lits {
		if !strings.Contains(l.Flags, "m") {
			continue
		}
		pattern, changed := multilineAnchors(l.Pattern, strings.Contains(l.Flags, "s"))
		if !changed {
			continue
		}
		at := int(l.Idx) - 1
		if at < 0 || at+len(l.Literal) > len(src) || src[at:at+len(l.Literal)] != l.Literal {
			continue
		}
		quoted, _ := json.Marshal(l.Pattern)
		edits = append(edits, edit{at, at + len(l.Literal),
			mregexpHelper + "(/" + pattern + "/" + l.Flags + ", " + string(quoted) + ")"})
	}
	if len(edits) == 0 {
		return "", false
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].at < edits[j].at })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		if e.at < last {
			continue
		}
		b.WriteString(src[last:e.at])
		b.WriteString(e.text)
		last = e.end
	}
	b.WriteString(src[last:])
	return b.String(), true
}

var (
	regExpLiteralType = reflect.TypeOf((*ast.RegExpLiteral)(nil))
	fileType          = reflect.TypeOf((*file.File)(nil))
)

// collectRegExps finds every regular expression literal under v.
func collectRegExps(v reflect.Value, out *[]*ast.RegExpLiteral, seen map[uintptr]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || v.Type() == fileType {
			return
		}
		if v.Type() == regExpLiteralType {
			*out = append(*out, v.Interface().(*ast.RegExpLiteral))
			return
		}
		if seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		collectRegExps(v.Elem(), out, seen)
	case reflect.Interface:
		if !v.IsNil() {
			collectRegExps(v.Elem(), out, seen)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				collectRegExps(v.Field(i), out, seen)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			collectRegExps(v.Index(i), out, seen)
		}
	}
}

const (
	lineStart = `(?:^|(?<=[\r\u2028\u2029]))`
	lineEnd   = `(?:$|(?=[\r\u2028\u2029]))`
)

// multilineAnchors rewrites the ^ and $ of a multiline pattern (outside
// character classes and escapes) to match at every JavaScript line
// terminator, as they do in V8. The lookarounds make goja compile the
// pattern with its other engine (regexp2), whose . matches \u2028 and
// \u2029: without dotAll, . is spelled out as V8 has it.
func multilineAnchors(p string, dotAll bool) (string, bool) {
	if !strings.ContainsAny(p, "^$") {
		return p, false
	}
	var b strings.Builder
	changed, inClass := false, false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			b.WriteByte(c)
			i++
			b.WriteByte(p[i])
			continue
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
		case c == '^':
			b.WriteString(lineStart)
			changed = true
			continue
		case c == '$':
			b.WriteString(lineEnd)
			changed = true
			continue
		case c == '.' && !dotAll:
			b.WriteString(`[^\n\r\u2028\u2029]`)
			continue
		}
		b.WriteByte(c)
	}
	return b.String(), changed
}
