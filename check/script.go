package check

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
	"github.com/dop251/goja/token"
	"github.com/evanw/esbuild/pkg/api"

	"github.com/courier-run/courier/internal/lazyre"
	"github.com/courier-run/courier/scripting"
)

// What a script does, read from its syntax tree (goja's parser): the
// variables it sets and reads by literal name, its setNextRequest targets,
// whether it tests anything, and the APIs courier does not have or that
// behave differently. Nothing is run: a name computed at run time is not
// followed (pm.environment.get(name) with a variable name).

// spos is a place in a script: 1-based line and character column.
type spos struct{ line, col int }

// varRef is a variable a script names: scope is the sandbox's scope name
// ("environment", "globals", "collectionVariables", "variables",
// "iterationData").
type varRef struct {
	scope, name string
	pos         spos
}

// nextRef is a setNextRequest call with a literal target (stop: null).
type nextRef struct {
	name string
	stop bool
	pos  spos
}

// apiUse is an API finding in a script.
type apiUse struct {
	rule string
	sev  Severity
	msg  string
	pos  spos
}

type scriptFacts struct {
	syntax      *scripting.SyntaxError
	sets        []varRef
	dynamicSets []spos // a set whose name is computed
	gets, has   []varRef
	templates   []varRef // {{name}} in a replaceIn literal
	nexts       []nextRef
	tests       bool // calls pm.test or sets tests[…]
	apis        []apiUse
	words       map[string]bool // string literals and property names
}

// A script is compiled as the body of a function, as scripting compiles it
// (scriptPrefix and scriptSuffix in scripting/runtime.go), so that its
// top-level return and its line numbers are what a run sees.
const (
	wrapPrefix = "(function (arguments) {;"
	wrapSuffix = "\n;\n})"
)

// analyse reads a script (an event's code; the event tells whether it is a
// pre-request or test script).
func analyse(src, event string) *scriptFacts {
	f := &scriptFacts{words: map[string]bool{}}
	if strings.TrimSpace(src) == "" {
		return f
	}
	if f.syntax = scripting.CheckSyntax(src); f.syntax != nil {
		return f
	}
	wrapped := wrapPrefix + src + wrapSuffix
	prog, err := parser.ParseFile(nil, "", wrapped, 0, parser.WithDisableSourceMaps)
	if err != nil {
		// goja cannot parse for await and async generators: a run lowers
		// the script with esbuild, and so does the check, placing what it
		// finds through esbuild's source map (approximately)
		out := api.Transform(wrapped, api.TransformOptions{
			Loader: api.LoaderJS, Target: api.ES2017, Sourcemap: api.SourceMapInline,
			Sourcefile: "script.js", LogLevel: api.LogLevelSilent,
		})
		if len(out.Errors) > 0 {
			return f
		}
		if prog, err = parser.ParseFile(nil, "", string(out.Code), 0, parser.WithSourceMapLoader(noSourceMapFiles)); err != nil {
			return f
		}
	}
	a := &analyser{f: f, prog: prog, src: src, event: event, assigned: map[string]bool{}}
	a.walk(reflect.ValueOf(prog), nil, map[nodeKey]bool{})
	a.finish()
	return f
}

// noSourceMapFiles refuses to read source maps from files: only esbuild's
// inline map is read.
func noSourceMapFiles(string) ([]byte, error) { return nil, fmt.Errorf("no source map files") }

type analyser struct {
	f     *scriptFacts
	prog  *ast.Program
	src   string
	event string
	// pm members the script assigns itself, and pm member uses to check
	// once the whole script is read
	assigned   map[string]bool
	pmUses     []pmUse
	lineStarts []int
}

type pmUse struct {
	member string
	pos    spos
}

type nodeKey struct {
	p uintptr
	t reflect.Type
}

var astPkg = reflect.TypeOf(ast.Program{}).PkgPath()

// walk visits every node of the tree (depth first, each once) with its
// parent. goja has no visitor: the tree is walked through its fields.
func (a *analyser) walk(v reflect.Value, parent ast.Node, seen map[nodeKey]bool) {
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			a.walk(v.Elem(), parent, seen)
		}
	case reflect.Pointer:
		if v.IsNil() || v.Type().Elem().PkgPath() != astPkg {
			return
		}
		k := nodeKey{v.Pointer(), v.Type()}
		if seen[k] {
			return
		}
		seen[k] = true
		if n, ok := v.Interface().(ast.Node); ok {
			a.visit(n, parent)
			parent = n
		}
		a.walk(v.Elem(), parent, seen)
	case reflect.Struct:
		if v.Type().PkgPath() != astPkg {
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				a.walk(v.Field(i), parent, seen)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			a.walk(v.Index(i), parent, seen)
		}
	}
}

// pos is a node's place in the script.
func (a *analyser) pos(n ast.Node) spos {
	p := a.prog.File.Position(int(n.Idx0()) - a.prog.File.Base())
	line, col := p.Line, p.Column
	if line == 1 {
		col -= len(wrapPrefix)
	}
	if line < 1 {
		line = 1
	}
	if col < 1 {
		col = 1
	}
	// the column is in bytes: count characters
	if a.lineStarts == nil {
		a.lineStarts = []int{0}
		for i := 0; i < len(a.src); i++ {
			if a.src[i] == '\n' {
				a.lineStarts = append(a.lineStarts, i+1)
			}
		}
	}
	if line <= len(a.lineStarts) {
		start := a.lineStarts[line-1]
		end := len(a.src)
		if line < len(a.lineStarts) {
			end = a.lineStarts[line] - 1
		}
		if b := start + col - 1; b <= end {
			col = len([]rune(a.src[start:b])) + 1
		}
	}
	return spos{line, col}
}

// Variable scopes by the name scripts reach them with.
var scopeOf = map[string]string{
	"pm.environment":         "environment",
	"pm.globals":             "globals",
	"pm.collectionVariables": "collectionVariables",
	"pm.variables":           "variables",
	"pm.iterationData":       "iterationData",
}

// pmMembers are the members of pm (scripting/js/prelude.js), and what every
// object has.
var pmMembers = map[string]bool{
	"info": true, "globals": true, "environment": true, "collectionVariables": true, "variables": true,
	"iterationData": true, "request": true, "response": true, "cookies": true, "visualizer": true,
	"execution": true, "expect": true, "sendRequest": true, "test": true,
	"constructor": true, "hasOwnProperty": true, "isPrototypeOf": true, "propertyIsEnumerable": true,
	"toLocaleString": true, "toString": true, "valueOf": true, "__proto__": true,
}

// executionMembers are pm.execution's members.
var executionMembers = map[string]bool{"setNextRequest": true, "skipRequest": true, "location": true}

// requirable are the modules require() gives (scripting/js/prelude.js:
// requirable, plus fs, chai and postman-collection), and nodeBuiltins those
// that may also be named with "node:".
var (
	requirable = map[string]bool{
		"ajv": true, "assert": true, "atob": true, "backbone": true, "btoa": true, "buffer": true, "chai": true, "cheerio": true,
		"crypto-js": true, "csv-parse/lib/sync": true, "events": true, "lodash": true, "moment": true, "os": true, "path": true,
		"postman-collection": true, "punycode": true, "querystring": true, "stream": true, "string_decoder": true, "timers": true,
		"tv4": true, "url": true, "util": true, "uuid": true, "xml2js": true, "fs": true,
	}
	nodeBuiltins = map[string]bool{
		"assert": true, "buffer": true, "events": true, "fs": true, "os": true, "path": true, "punycode": true, "querystring": true,
		"stream": true, "string_decoder": true, "timers": true, "url": true, "util": true,
	}
)

// localeRE is what courier formats as Node would: en-US (and German number
// separators).
var localeRE = lazyre.New(`(?i)^(en(-us)?|de(-.*)?)$`)

func (a *analyser) visit(n, parent ast.Node) {
	f := a.f
	switch x := n.(type) {
	case *ast.StringLiteral:
		if len(x.Value) <= 200 {
			f.words[x.Value.String()] = true
		}
	case *ast.DotExpression:
		name := x.Identifier.Name.String()
		f.words[name] = true
		left, ok := dotted(x.Left)
		if !ok {
			return
		}
		a.member(left, name, x, parent)
	case *ast.BracketExpression:
		if s, ok := x.Member.(*ast.StringLiteral); ok {
			if left, ok := dotted(x.Left); ok {
				a.member(left, s.Value.String(), x, parent)
			}
		}
	case *ast.Identifier:
		switch x.Name.String() {
		case "Intl":
			a.api("unsupported-api", Error, x, "Intl is not defined in courier's sandbox (goja has no Intl; Newman's Node has it): use toLocaleString, which courier formats as en-US")
		case "globalThis":
			a.api("courier-extension", Note, x, "globalThis exists in courier's sandbox but not in Newman 6.2.2's: the script behaves differently under Newman")
		}
	case *ast.AssignExpression:
		a.assign(x)
	case *ast.CallExpression:
		a.call(x, x.Callee, x.ArgumentList)
	case *ast.NewExpression:
		if name, ok := dotted(x.Callee); ok && name == "RegExp" {
			a.regexpFlags(x, x.ArgumentList)
		}
	}
}

// member checks a member access left.name (pm.vault, pm.execution.runRequest).
func (a *analyser) member(left, name string, n, parent ast.Node) {
	if u, ok := parent.(*ast.UnaryExpression); ok && u.Operator == token.TYPEOF {
		return // a feature test
	}
	switch left {
	case "pm":
		if !pmMembers[name] {
			a.pmUses = append(a.pmUses, pmUse{member: name, pos: a.pos(n)})
		}
	case "pm.execution":
		if !executionMembers[name] {
			a.pmUses = append(a.pmUses, pmUse{member: "execution." + name, pos: a.pos(n)})
		}
	case "pm.response":
		if name == "cookies" {
			a.api("courier-extension", Note, n, "pm.response.cookies holds the response's cookies in courier; in Newman 6.2.2 it is always empty")
		}
	}
}

// assign notes pm members a script defines itself and legacy tests[…] = ….
func (a *analyser) assign(x *ast.AssignExpression) {
	var left ast.Expression
	var name string
	switch t := x.Left.(type) {
	case *ast.DotExpression:
		left, name = t.Left, t.Identifier.Name.String()
	case *ast.BracketExpression:
		left = t.Left
		if s, ok := t.Member.(*ast.StringLiteral); ok {
			name = s.Value.String()
		}
	default:
		return
	}
	l, ok := dotted(left)
	if !ok {
		return
	}
	switch l {
	case "tests":
		a.f.tests = true
	case "pm":
		a.assigned[name] = true
	case "pm.execution":
		a.assigned["execution."+name] = true
	}
}

func (a *analyser) call(n ast.Node, callee ast.Expression, args []ast.Expression) {
	f := a.f
	if d, ok := callee.(*ast.DotExpression); ok {
		a.locale(n, d.Identifier.Name.String(), args)
	}
	name, ok := dotted(callee)
	if !ok {
		return
	}
	arg := func(i int) (string, bool) {
		if i < len(args) {
			return literal(args[i])
		}
		return "", false
	}
	recv, method := "", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		recv, method = name[:i], name[i+1:]
	}
	if scope, ok := scopeOf[recv]; ok {
		switch method {
		case "set":
			if s, ok := arg(0); ok {
				if scope != "iterationData" { // lasts only for the script
					f.sets = append(f.sets, varRef{scope, s, a.pos(n)})
				}
			} else if len(args) > 0 {
				f.dynamicSets = append(f.dynamicSets, a.pos(n))
			}
		case "get":
			if s, ok := arg(0); ok {
				f.gets = append(f.gets, varRef{scope, s, a.pos(n)})
			}
		case "has":
			if s, ok := arg(0); ok {
				f.has = append(f.has, varRef{scope, s, a.pos(n)})
			}
		case "replaceIn":
			if s, ok := arg(0); ok {
				for _, r := range references(s) {
					f.templates = append(f.templates, varRef{scope, r.name, a.pos(args[0])})
				}
			}
		}
		return
	}
	switch name {
	case "postman.setEnvironmentVariable", "postman.setGlobalVariable":
		scope := "environment"
		if strings.HasSuffix(name, "GlobalVariable") {
			scope = "globals"
		}
		if s, ok := arg(0); ok {
			f.sets = append(f.sets, varRef{scope, s, a.pos(n)})
		} else if len(args) > 0 {
			f.dynamicSets = append(f.dynamicSets, a.pos(n))
		}
	case "postman.getEnvironmentVariable", "postman.getGlobalVariable":
		scope := "environment"
		if strings.HasSuffix(name, "GlobalVariable") {
			scope = "globals"
		}
		if s, ok := arg(0); ok {
			f.gets = append(f.gets, varRef{scope, s, a.pos(n)})
		}
	case "pm.execution.setNextRequest", "postman.setNextRequest":
		if len(args) == 0 {
			return
		}
		if _, isNull := args[0].(*ast.NullLiteral); isNull {
			f.nexts = append(f.nexts, nextRef{stop: true, pos: a.pos(n)})
		} else if s, ok := arg(0); ok {
			f.nexts = append(f.nexts, nextRef{name: s, pos: a.pos(n)})
		}
	case "pm.test", "pm.test.skip":
		f.tests = true
		if len(args) > 1 && isAsync(args[1]) {
			a.api("courier-extension", Note, n, "an async pm.test that rejects fails that test in courier; Newman 6.2.2 ends the whole run on the unhandled rejection")
		}
	case "pm.sendRequest":
		if len(args) == 1 {
			a.api("courier-extension", Note, n, "pm.sendRequest without a callback returns a Promise in courier (as in newer Postman sandboxes); Newman 6.2.2 returns none")
		}
		if len(args) > 0 && uploadsFile(args[0], 0) {
			a.api("behaves-differently", Warning, n, "pm.sendRequest with a file body or a form-data file: courier sends the request without the file (with a warning); Newman uploads it")
		}
	case "pm.execution.skipRequest":
		if a.event == "test" {
			a.api("unsupported-api", Error, n, "pm.execution.skipRequest in a test script throws TypeError: pm.execution.skipRequest is not a function (only a pre-request script can skip its request)")
		}
	case "require":
		if s, ok := arg(0); ok {
			a.require(n, s)
		}
	case "RegExp":
		a.regexpFlags(n, args)
	}
}

// locale warns about toLocaleString("fr-FR"): courier formats en-US.
func (a *analyser) locale(n ast.Node, method string, args []ast.Expression) {
	switch method {
	case "toLocaleString", "toLocaleDateString", "toLocaleTimeString":
	default:
		return
	}
	if len(args) == 0 {
		return
	}
	loc, ok := literal(args[0])
	if al, isArr := args[0].(*ast.ArrayLiteral); isArr && len(al.Value) > 0 {
		loc, ok = literal(al.Value[0])
	}
	if ok && loc != "" && !localeRE().MatchString(loc) {
		a.api("behaves-differently", Warning, n, fmt.Sprintf("%s(%s) is formatted as en-US by courier (goja has no Intl; only German number separators are followed); Newman formats it for %s", method, quoteJS(loc), loc))
	}
}

func (a *analyser) require(n ast.Node, mod string) {
	if bare, ok := strings.CutPrefix(mod, "node:"); ok {
		if nodeBuiltins[bare] {
			a.api("courier-extension", Note, n, fmt.Sprintf("require(%s) works in courier, not in Newman 6.2.2 (Cannot find module '%s')", quoteJS(mod), mod))
			return
		}
	} else if requirable[mod] {
		return
	}
	a.api("unsupported-api", Error, n, fmt.Sprintf("require(%s) throws Error: Cannot find module '%s' (the sandbox has only its built-in libraries: lodash, moment, chai, crypto-js, ajv, cheerio, xml2js, uuid, …)", quoteJS(mod), mod))
}

// regexpFlags warns about RegExp(…, "…m…"): goja's ^ and $ match only at \n.
func (a *analyser) regexpFlags(n ast.Node, args []ast.Expression) {
	if len(args) < 2 {
		return
	}
	if flags, ok := literal(args[1]); ok && strings.Contains(flags, "m") {
		a.api("behaves-differently", Warning, n, "new RegExp(…, '"+flags+"') matches ^ and $ only at line feeds in courier (goja); V8 also matches at \\r, U+2028 and U+2029 (courier rewrites multiline regular expression literals, not the constructor)")
	}
}

func (a *analyser) api(rule string, sev Severity, n ast.Node, msg string) {
	a.f.apis = append(a.f.apis, apiUse{rule: rule, sev: sev, msg: msg, pos: a.pos(n)})
}

// finish reports the pm members the script uses without defining them.
func (a *analyser) finish() {
	for _, u := range a.pmUses {
		if a.assigned[u.member] {
			continue
		}
		var msg string
		switch u.member {
		case "vault":
			msg = "pm.vault is not available: vault secrets exist only in the Postman app (Newman has no pm.vault either); pass the value with -e or --env-var and read it with pm.environment.get"
		case "require":
			msg = "pm.require is not available: Postman's package library exists only in the Postman app and the Postman CLI (Newman has none either)"
		case "execution.runRequest":
			msg = "pm.execution.runRequest is not available: it exists only in the Postman app's newer sandbox (Newman has none either)"
		default:
			if strings.HasPrefix(u.member, "execution.") {
				msg = "pm." + u.member + " is undefined: pm.execution has setNextRequest, skipRequest and location"
			} else {
				msg = "pm." + u.member + " is not part of the pm API (Newman 6.2.2's, which courier provides): it is undefined"
			}
		}
		a.f.apis = append(a.f.apis, apiUse{rule: "unsupported-api", sev: Error, msg: msg, pos: u.pos})
	}
}

// dotted names a member chain: pm.environment.set, pm['vault'].get; ok is
// false for anything else (a call's result, a computed member).
func dotted(e ast.Expression) (string, bool) {
	switch x := e.(type) {
	case *ast.Identifier:
		return x.Name.String(), true
	case *ast.DotExpression:
		l, ok := dotted(x.Left)
		return l + "." + x.Identifier.Name.String(), ok
	case *ast.BracketExpression:
		if s, ok := x.Member.(*ast.StringLiteral); ok {
			l, ok := dotted(x.Left)
			return l + "." + s.Value.String(), ok
		}
	case *ast.OptionalChain:
		return dotted(x.Expression)
	case *ast.Optional:
		return dotted(x.Expression)
	}
	return "", false
}

// literal is a string literal's value (a template without substitutions
// too).
func literal(e ast.Expression) (string, bool) {
	switch x := e.(type) {
	case *ast.StringLiteral:
		return x.Value.String(), true
	case *ast.TemplateLiteral:
		if x.Tag == nil && len(x.Expressions) == 0 && len(x.Elements) == 1 {
			return x.Elements[0].Parsed.String(), true
		}
	}
	return "", false
}

// uploadsFile says whether a request definition a script builds has a file:
// {mode: 'file'} or a form-data field {type: 'file'}.
func uploadsFile(e ast.Expression, depth int) bool {
	if depth > 8 {
		return false
	}
	switch x := e.(type) {
	case *ast.ObjectLiteral:
		for _, p := range x.Value {
			kp, ok := p.(*ast.PropertyKeyed)
			if !ok {
				continue
			}
			key, _ := literal(kp.Key)
			if v, ok := literal(kp.Value); ok && v == "file" && (key == "mode" || key == "type") {
				return true
			}
			if uploadsFile(kp.Value, depth+1) {
				return true
			}
		}
	case *ast.ArrayLiteral:
		for _, v := range x.Value {
			if uploadsFile(v, depth+1) {
				return true
			}
		}
	}
	return false
}

func isAsync(e ast.Expression) bool {
	switch x := e.(type) {
	case *ast.FunctionLiteral:
		return x.Async
	case *ast.ArrowFunctionLiteral:
		return x.Async
	}
	return false
}
