package scripting

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/courier-run/courier/internal/lazyre"
)

// goja's parser and V8 disagree on the wording of most syntax errors, and a
// script's syntax error is what a Newman user sees in every report. goja
// says where it stopped and what it found there; v8SyntaxMessage looks at
// the source at that place (the token, and what encloses it) and says it as
// V8 does in postman-sandbox's function body (see scriptPrefix).

var (
	labelExistsRE = lazyre.New(`^Label '(.*)' already exists$`)
	regexpFlagsRE = lazyre.New(`^Invalid flags supplied to RegExp constructor '.*'$`)
)

// byteOffset is the byte offset of line:col (1-based, col counted in bytes
// as goja counts) in src, or -1.
func byteOffset(src string, line, col int) int {
	if line <= 0 || col <= 0 {
		return -1
	}
	off := 0
	for l := 1; l < line; l++ {
		i := strings.IndexByte(src[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	off += col - 1
	if off > len(src) {
		return -1
	}
	return off
}

// v8SyntaxMessage rewrites goja's syntax error msg, reported at byte off of
// the wrapped script src, in V8's words.
func v8SyntaxMessage(msg, src string, off int) string {
	switch {
	case msg == "Illegal continue statement":
		return "Illegal continue statement: no surrounding iteration statement"
	case msg == "Already saw a default in switch":
		return "More than one default clause in switch statement"
	case msg == "Invalid template literal on optional chain":
		return "Invalid tagged template on optional chain"
	case msg == "Assignment to eval or arguments is not allowed in strict mode":
		return "Unexpected eval or arguments in strict mode"
	case regexpFlagsRE().MatchString(msg):
		return "Invalid regular expression flags"
	}
	if m := labelExistsRE().FindStringSubmatch(msg); m != nil {
		return "Label '" + m[1] + "' has already been declared"
	}
	if off < 0 || off > len(src) {
		return unexpectedTokenWording(msg)
	}
	at := src[off:]
	switch {
	case msg == "Unexpected end of input":
		if unclosedComment(src) {
			return "Invalid or unexpected token"
		}
		return msg
	case msg == "Unexpected token ILLEGAL":
		if len(at) > 0 && (at[0] == '\'' || at[0] == '"') {
			if m := stringEscapeError(at); m != "" {
				return m
			}
		}
		return "Invalid or unexpected token"
	case strings.HasPrefix(msg, "Logical expressions and coalesce expressions cannot be mixed"):
		for _, op := range []string{"??", "||", "&&"} {
			if strings.HasPrefix(at, op) {
				return "Unexpected token '" + op + "'"
			}
		}
		return msg
	case msg == "Only one underscore is allowed as numeric separator":
		if off > 0 && src[off-1] == '_' && (len(at) == 0 || !isIdentByte(at[0])) {
			return "Numeric separators are not allowed at the end of numeric literals"
		}
		return msg
	case len(at) > 0 && at[0] == '/' && !strings.HasPrefix(msg, "Invalid regular expression") &&
		!strings.HasPrefix(msg, "Unexpected"):
		// a regular expression literal goja could not compile
		if lit := regexpLiteralAt(at); lit != "" {
			return "Invalid regular expression: " + lit + ": " + msg
		}
		return msg
	}
	if !strings.HasPrefix(msg, "Unexpected ") {
		return msg
	}
	// an unexpected token: what V8 says depends on where it is
	ctx := scanTo(src, off)
	tok := tokenAt(at)
	switch {
	case ctx.top() == '(' && ctx.callParen() && ctx.prevEndsExpression() && tok != ")" && tok != ",":
		return "missing ) after argument list"
	case ctx.top() == 'T' && ctx.prevEndsExpression() && tok != "}":
		return "Missing } in template expression"
	case ctx.prev.text == "await" && ctx.prev.kind == tokIdent &&
		(msg == "Unexpected identifier" || msg == "Unexpected number" || msg == "Unexpected string"):
		return "await is only valid in async functions and the top level bodies of modules"
	case tok == "(" && ctx.prev.text == "function":
		return "Function statements require a function name"
	}
	switch msg {
	case "Unexpected identifier":
		if tok != "" {
			return "Unexpected identifier '" + tok + "'"
		}
	case "Unexpected reserved word":
		switch tok {
		case "import":
			return "Cannot use import statement outside a module"
		case "export":
			return "Unexpected token 'export'"
		}
	}
	return unexpectedTokenWording(msg)
}

// unexpectedTokenWording quotes the token of goja's "Unexpected token X" as
// V8 does ("Unexpected token 'X'"); ILLEGAL is V8's "Invalid or unexpected
// token".
func unexpectedTokenWording(msg string) string {
	t, ok := strings.CutPrefix(msg, "Unexpected token ")
	if !ok || t == "" || strings.ContainsAny(t, " '") {
		return msg
	}
	if t == "ILLEGAL" {
		return "Invalid or unexpected token"
	}
	return "Unexpected token '" + t + "'"
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf
}

func isIdentRune(r rune) bool {
	return r == '_' || r == '$' || unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\u200c' || r == '\u200d' ||
		unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)
}

// identAt is the identifier (or keyword) s starts with.
func identAt(s string) string {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if r == '\\' && n+1 < len(s) && s[n+1] == 'u' {
			size = 2
			for n+size < len(s) && (isHexByte(s[n+size]) || s[n+size] == '{' || s[n+size] == '}') {
				size++
			}
		} else if !isIdentRune(r) {
			break
		}
		n += size
	}
	return s[:n]
}

func isHexByte(c byte) bool { return hexVal(c) >= 0 }

// hexVal is the value of a hex digit, or -1.
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

// tokenAt is the token s starts with, as far as the wording needs it: an
// identifier, or a punctuator.
func tokenAt(s string) string {
	if s == "" {
		return ""
	}
	if id := identAt(s); id != "" {
		return id
	}
	for _, p := range punctuators {
		if strings.HasPrefix(s, p) {
			return p
		}
	}
	_, size := utf8.DecodeRuneInString(s)
	return s[:size]
}

// punctuators, longest first.
var punctuators = []string{
	">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
	"=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=",
	"&=", "|=", "^=", "**", "<<", ">>",
}

// stringEscapeError is V8's message for the first bad escape in the string
// literal s starts with, or "".
func stringEscapeError(s string) string {
	q := s[0]
	for i := 1; i < len(s); i++ {
		c := s[i]
		if c == q || c == '\n' {
			return ""
		}
		if c != '\\' || i+1 >= len(s) {
			continue
		}
		i++
		switch s[i] {
		case 'x':
			if i+2 >= len(s) || !isHexByte(s[i+1]) || !isHexByte(s[i+2]) {
				return "Invalid hexadecimal escape sequence"
			}
		case 'u':
			if i+1 < len(s) && s[i+1] == '{' {
				j, v := i+2, 0
				for j < len(s) && isHexByte(s[j]) {
					v = v*16 + int(hexVal(s[j]))
					if v > 0x10FFFF {
						return "Undefined Unicode code-point"
					}
					j++
				}
				if j == i+2 || j >= len(s) || s[j] != '}' {
					return "Invalid Unicode escape sequence"
				}
				continue
			}
			if i+4 >= len(s) || !isHexByte(s[i+1]) || !isHexByte(s[i+2]) || !isHexByte(s[i+3]) || !isHexByte(s[i+4]) {
				return "Invalid Unicode escape sequence"
			}
		}
	}
	return ""
}

// regexpLiteralAt is the regular expression literal s starts with
// ("/pattern/flags"), or "".
func regexpLiteralAt(s string) string {
	inClass := false
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '\n', '\r':
			return ""
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '/':
			if inClass {
				continue
			}
			j := i + 1
			for j < len(s) && isIdentByte(s[j]) {
				j++
			}
			return s[:j]
		}
	}
	return ""
}

// unclosedComment reports whether src ends inside a /* comment.
func unclosedComment(src string) bool {
	c := scanTo(src, len(src))
	return c.inComment
}

// ------------------------------------------------------------ a small scanner

type tokKind int

const (
	tokNone tokKind = iota
	tokIdent
	tokKeyword
	tokNumber
	tokString
	tokTemplateEnd // the end of a template literal (`...` or }...`)
	tokRegexp
	tokPunct
)

type token struct {
	kind tokKind
	text string
}

// scanCtx is what the scanner knows at a place in the source: the last two
// tokens and the open brackets, each '(' call or grouping, '[', '{' block,
// object or class body, 'T' a template's ${.
type scanCtx struct {
	prev, prev2 token
	stack       []bracket
	inComment   bool // the source ended inside a /* comment
}

type bracket struct {
	kind byte // '(', '[', '{', 'T'
	call bool // '(' of a call's arguments
	obj  bool // '{' of an object literal or a class body
}

func (c *scanCtx) top() byte {
	if len(c.stack) == 0 {
		return 0
	}
	return c.stack[len(c.stack)-1].kind
}

func (c *scanCtx) callParen() bool {
	return len(c.stack) > 0 && c.stack[len(c.stack)-1].call
}

// prevEndsExpression reports whether the last token can end an expression
// (so that what follows it needs an operator, a comma or a closing bracket).
func (c *scanCtx) prevEndsExpression() bool {
	return endsExpression(c.prev)
}

func endsExpression(t token) bool {
	switch t.kind {
	case tokIdent, tokNumber, tokString, tokTemplateEnd, tokRegexp:
		return true
	case tokKeyword:
		switch t.text {
		case "this", "super", "null", "true", "false":
			return true
		}
	case tokPunct:
		switch t.text {
		case ")", "]", "}", "++", "--":
			return true
		}
	}
	return false
}

var jsKeywords = map[string]bool{
	"break": true, "case": true, "catch": true, "class": true, "const": true, "continue": true,
	"debugger": true, "default": true, "delete": true, "do": true, "else": true, "export": true,
	"extends": true, "finally": true, "for": true, "function": true, "if": true, "import": true,
	"in": true, "instanceof": true, "new": true, "return": true, "switch": true, "throw": true,
	"try": true, "typeof": true, "var": true, "void": true, "while": true, "with": true,
	"yield": true, "this": true, "super": true, "null": true, "true": true, "false": true, "enum": true,
}

// scanTo scans src up to byte end and returns what encloses that place.
func scanTo(src string, end int) *scanCtx {
	c := &scanCtx{}
	push := func(t token) { c.prev2, c.prev = c.prev, t }
	i := 0
	for i < end && i < len(src) {
		ch := src[i]
		switch {
		case ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f':
			i++
			continue
		case ch == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			continue
		case ch == '/' && i+1 < len(src) && src[i+1] == '*':
			j := strings.Index(src[i+2:], "*/")
			if j < 0 {
				c.inComment = true
				return c
			}
			i += j + 4
			continue
		case ch == '\'' || ch == '"':
			j := i + 1
			for j < len(src) && src[j] != ch && src[j] != '\n' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			push(token{tokString, ""})
			i = j + 1
			continue
		case ch == '`':
			i = c.template(src, i+1, push)
			continue
		case ch == '}' && c.top() == 'T':
			c.stack = c.stack[:len(c.stack)-1]
			i = c.template(src, i+1, push)
			continue
		case ch >= '0' && ch <= '9' || ch == '.' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			j := i + 1
			for j < len(src) && (isIdentByte(src[j]) || src[j] == '.' ||
				(src[j] == '+' || src[j] == '-') && (src[j-1] == 'e' || src[j-1] == 'E')) {
				j++
			}
			push(token{tokNumber, src[i:j]})
			i = j
			continue
		case ch == '/' && !(endsExpression(c.prev) && !(c.prev.kind == tokPunct && c.prev.text == "}")):
			lit := regexpLiteralAt(src[i:])
			if lit == "" {
				lit = src[i:]
			}
			push(token{tokRegexp, lit})
			i += len(lit)
			continue
		}
		if id := identAt(src[i:]); id != "" {
			k := tokIdent
			if jsKeywords[id] && (c.prev.kind != tokPunct || (c.prev.text != "." && c.prev.text != "?.")) {
				k = tokKeyword
			}
			push(token{k, id})
			i += len(id)
			continue
		}
		p := tokenAt(src[i:])
		switch p {
		case "(":
			// a call's arguments follow what ends an expression, but not a
			// function's or method's name (its parameters) nor a keyword
			call := endsExpression(c.prev) && c.prev.kind != tokKeyword || c.prev.text == "super" || c.prev.text == "import"
			if call && c.prev.kind == tokIdent {
				if c.prev2.text == "function" || c.prev2.text == "*" {
					call = false
				} else if len(c.stack) > 0 && c.stack[len(c.stack)-1].obj {
					switch c.prev2.text {
					case "{", ",", ";", "}", "get", "set", "async", "static":
						call = false // a method definition
					}
				}
			}
			if c.prev.kind == tokPunct && c.prev.text == "}" {
				call = false
			}
			c.stack = append(c.stack, bracket{kind: '(', call: call})
		case "[":
			c.stack = append(c.stack, bracket{kind: '['})
		case "{":
			obj := false
			switch {
			case c.prev.kind == tokPunct:
				switch c.prev.text {
				case "=", "(", ",", ":", "[", "?", "+=", "||", "&&", "??", "!", "...", "==", "===", "!=", "!==":
					obj = true
				}
			case c.prev.kind == tokKeyword:
				obj = c.prev.text == "return" || c.prev.text == "typeof" || c.prev.text == "case" ||
					c.prev.text == "in" || c.prev.text == "void" || c.prev.text == "delete"
			case c.prev.kind == tokIdent:
				// class NAME { or class NAME extends BASE {
				obj = c.prev2.text == "class" || c.prev2.text == "extends"
			}
			if c.prev.text == "class" {
				obj = true
			}
			c.stack = append(c.stack, bracket{kind: '{', obj: obj})
		case ")", "]", "}":
			if len(c.stack) > 0 {
				c.stack = c.stack[:len(c.stack)-1]
			}
		}
		push(token{tokPunct, p})
		i += len(p)
	}
	return c
}

// template scans a template literal's characters from i (just after ` or
// the } closing a ${...}) to its end or its next ${, and returns where the
// scanner goes on.
func (c *scanCtx) template(src string, i int, push func(token)) int {
	for i < len(src) {
		switch src[i] {
		case '\\':
			i += 2
			continue
		case '`':
			push(token{tokTemplateEnd, ""})
			return i + 1
		case '$':
			if i+1 < len(src) && src[i+1] == '{' {
				c.stack = append(c.stack, bracket{kind: 'T'})
				push(token{tokPunct, "${"})
				return i + 2
			}
		}
		i++
	}
	return i
}
