package v3

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	goyaml "github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"github.com/courier-run/courier/collections"
)

// A YAML file is read with github.com/goccy/go-yaml's parser into its
// syntax tree (every node with its line and column), which is walked here
// into ynodes: mappings (keys in order), sequences and scalars. Anchors and
// aliases are resolved here, within a budget, so that a file of nested
// aliases cannot expand into gigabytes.

type ykind int

const (
	yMap ykind = iota
	ySeq
	yScalar
)

// Scalar tags, as the YAML 1.2 core schema resolves plain scalars.
const (
	tagStr   = "str"
	tagInt   = "int"
	tagFloat = "float"
	tagBool  = "bool"
	tagNull  = "null"
)

type ynode struct {
	kind      ykind
	line, col int
	// yMap
	keys []string
	kpos [][2]int // each key's line and column
	vals []*ynode
	kidx map[string]int // key → its index
	// ySeq
	items []*ynode
	// yScalar
	tag  string
	text string // a string's value; a number's or bool's text as written
}

func (n *ynode) get(k string) *ynode {
	if n == nil || n.kind != yMap {
		return nil
	}
	if i, ok := n.kidx[k]; ok {
		return n.vals[i]
	}
	return nil
}

func (n *ynode) describe() string {
	switch n.kind {
	case yMap:
		return "a mapping"
	case ySeq:
		return "a list"
	}
	switch n.tag {
	case tagStr:
		return "a string"
	case tagInt, tagFloat:
		return "a number (" + n.text + ")"
	case tagBool:
		return "a boolean (" + n.text + ")"
	}
	return "null"
}

// Limits of a YAML file.
const (
	// MaxFileSize is the largest YAML file read.
	MaxFileSize = 8 << 20
	maxDepth    = 200
	maxNodes    = 4 << 20 // nodes made, aliases expanded included
	// maxKeys bounds a file's mapping keys: the parser's time grows with
	// the square of the keys of one mapping (5,000 take half a second, 20,000 several), and
	// Postman's files have tens
	maxKeys = 10000
)

// parseYAML reads one YAML document. file names the file in errors.
func parseYAML(file string, data []byte) (*ynode, error) {
	if len(data) > MaxFileSize {
		return nil, &collections.Error{File: file, Line: 1, Col: 1, Msg: fmt.Sprintf("file is larger than %d MiB", MaxFileSize>>20)}
	}
	if !utf8.Valid(data) {
		l, c := offsetPos(data, invalidUTF8(data))
		return nil, &collections.Error{File: file, Line: l, Col: c, Msg: "not UTF-8 text"}
	}
	text := strings.TrimPrefix(string(data), "\uFEFF")
	if l, c, ok := tooDeep(text); ok {
		return nil, &collections.Error{File: file, Line: l, Col: c, Msg: fmt.Sprintf("nested more than %d levels deep", maxDepth)}
	}
	f, err := parsePanicFree(text)
	if err != nil {
		return nil, yamlError(file, err)
	}
	var docs []*ast.DocumentNode
	for _, d := range f.Docs {
		if d != nil && d.Body != nil {
			docs = append(docs, d)
		}
	}
	switch {
	case len(docs) == 0:
		return nil, &collections.Error{File: file, Line: 1, Col: 1, Msg: "empty file: expected a YAML mapping"}
	case len(docs) > 1:
		l, c := pos(docs[1].Body)
		return nil, &collections.Error{File: file, Line: l, Col: c, Msg: "a second YAML document: a file holds one"}
	}
	b := &builder{file: file, anchors: map[string]*ynode{}}
	return b.node(docs[0].Body, 0)
}

// parsePanicFree runs the parser, turning a panic inside it into an error.
func parsePanicFree(text string) (f *ast.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("cannot parse YAML: %v", r)
		}
	}()
	tokens := lexer.Tokenize(text)
	keys := 0
	for _, t := range tokens {
		if t.Type == token.MappingValueType {
			keys++
			if keys > maxKeys {
				return nil, &goyaml.SyntaxError{Message: fmt.Sprintf("more than %d keys in one file", maxKeys), Token: t}
			}
		}
	}
	return parser.Parse(tokens, 0)
}

func yamlError(file string, err error) error {
	var ye goyaml.Error
	if errors.As(err, &ye) {
		l, c := 1, 1
		if t := ye.GetToken(); t != nil && t.Position != nil {
			l, c = t.Position.Line, t.Position.Column
		}
		return &collections.Error{File: file, Line: max(l, 1), Col: max(c, 1), Msg: "invalid YAML: " + ye.GetMessage()}
	}
	return &collections.Error{File: file, Line: 1, Col: 1, Msg: "invalid YAML: " + err.Error()}
}

func pos(n ast.Node) (int, int) {
	switch t := n.(type) {
	case nil:
		return 1, 1
	case *ast.MappingNode:
		// a mapping is where its first key is
		if len(t.Values) > 0 && t.Values[0].Key != nil {
			return pos(t.Values[0].Key)
		}
	case *ast.MappingValueNode:
		if t.Key != nil {
			return pos(t.Key)
		}
	}
	t := n.GetToken()
	if t == nil || t.Position == nil {
		return 1, 1
	}
	return max(t.Position.Line, 1), max(t.Position.Column, 1)
}

type builder struct {
	file    string
	anchors map[string]*ynode
	made    int
}

func (b *builder) errAt(n ast.Node, format string, args ...any) error {
	l, c := pos(n)
	return &collections.Error{File: b.file, Line: l, Col: c, Msg: fmt.Sprintf(format, args...)}
}

func (b *builder) node(n ast.Node, depth int) (*ynode, error) {
	if depth > maxDepth {
		return nil, b.errAt(n, "nested more than %d levels deep", maxDepth)
	}
	b.made++
	if b.made > maxNodes {
		return nil, b.errAt(n, "more than %d YAML nodes (aliases expanded)", maxNodes)
	}
	l, c := pos(n)
	switch t := n.(type) {
	case *ast.MappingNode:
		m := &ynode{kind: yMap, line: l, col: c}
		for _, mv := range t.Values {
			if err := b.pair(m, mv, depth); err != nil {
				return nil, err
			}
		}
		return m, nil
	case *ast.MappingValueNode:
		m := &ynode{kind: yMap, line: l, col: c}
		if err := b.pair(m, t, depth); err != nil {
			return nil, err
		}
		return m, nil
	case *ast.SequenceNode:
		s := &ynode{kind: ySeq, line: l, col: c, items: []*ynode{}}
		for _, v := range t.Values {
			item, err := b.node(v, depth+1)
			if err != nil {
				return nil, err
			}
			s.items = append(s.items, item)
		}
		return s, nil
	case *ast.StringNode:
		return &ynode{kind: yScalar, line: l, col: c, tag: tagStr, text: t.Value}, nil
	case *ast.LiteralNode:
		v := ""
		if t.Value != nil {
			v = t.Value.Value
		}
		return &ynode{kind: yScalar, line: l, col: c, tag: tagStr, text: v}, nil
	case *ast.IntegerNode:
		return &ynode{kind: yScalar, line: l, col: c, tag: tagInt, text: t.Token.Value}, nil
	case *ast.FloatNode:
		return &ynode{kind: yScalar, line: l, col: c, tag: tagFloat, text: t.Token.Value}, nil
	case *ast.InfinityNode:
		return &ynode{kind: yScalar, line: l, col: c, tag: tagFloat, text: t.Token.Value}, nil
	case *ast.NanNode:
		return &ynode{kind: yScalar, line: l, col: c, tag: tagFloat, text: t.Token.Value}, nil
	case *ast.BoolNode:
		return &ynode{kind: yScalar, line: l, col: c, tag: tagBool, text: t.Token.Value}, nil
	case *ast.NullNode:
		return &ynode{kind: yScalar, line: l, col: c, tag: tagNull, text: "null"}, nil
	case *ast.AnchorNode:
		name := ""
		if t.Name != nil {
			name = t.Name.GetToken().Value
		}
		v, err := b.node(t.Value, depth)
		if err != nil {
			return nil, err
		}
		b.anchors[name] = v
		return v, nil
	case *ast.AliasNode:
		name := ""
		if t.Value != nil {
			name = t.Value.GetToken().Value
		}
		v, ok := b.anchors[name]
		if !ok {
			return nil, b.errAt(n, "alias *%s names no anchor defined before it", name)
		}
		b.made += count(v)
		if b.made > maxNodes {
			return nil, b.errAt(n, "more than %d YAML nodes (aliases expanded)", maxNodes)
		}
		return v, nil
	case *ast.TagNode:
		tag := t.Start.Value
		v, err := b.node(t.Value, depth)
		if err != nil {
			return nil, err
		}
		switch tag {
		case "!!str", "!str":
			if v.kind == yScalar {
				cp := *v
				cp.tag = tagStr
				if v.tag == tagNull && t.Value != nil {
					cp.text = ""
				}
				return &cp, nil
			}
		case "!!map", "!!seq", "!!int", "!!float", "!!bool", "!!null":
			return v, nil
		}
		return nil, b.errAt(n, "YAML tag %s is not supported", tag)
	case *ast.MergeKeyNode:
		return nil, b.errAt(n, "YAML merge keys (<<) are not supported")
	case nil:
		return &ynode{kind: yScalar, line: l, col: c, tag: tagNull, text: "null"}, nil
	}
	return nil, b.errAt(n, "unsupported YAML construct (%s)", n.Type())
}

func count(n *ynode) int {
	k := 1
	for _, v := range n.vals {
		k += count(v)
	}
	for _, v := range n.items {
		k += count(v)
	}
	return k
}

func (b *builder) pair(m *ynode, mv *ast.MappingValueNode, depth int) error {
	if _, ok := mv.Key.(*ast.MergeKeyNode); ok {
		return b.errAt(mv.Key, "YAML merge keys (<<) are not supported")
	}
	k, err := b.node(mv.Key, depth+1)
	if err != nil {
		return err
	}
	if k.kind != yScalar {
		return b.errAt(mv.Key, "a mapping key must be a scalar, not %s", k.describe())
	}
	key := k.text
	if k.tag == tagNull {
		key = ""
	}
	kl, kc := pos(mv.Key)
	if i, ok := m.kidx[key]; ok {
		return b.errAt(mv.Key, "key %q is repeated (first at line %d)", key, m.kpos[i][0])
	}
	if m.kidx == nil {
		m.kidx = map[string]int{}
	}
	m.kidx[key] = len(m.keys)
	v, err := b.node(mv.Value, depth+1)
	if err != nil {
		return err
	}
	m.keys = append(m.keys, key)
	m.kpos = append(m.kpos, [2]int{kl, kc})
	m.vals = append(m.vals, v)
	return nil
}

// tooDeep finds brackets ([ and {) nested more than maxDepth deep before
// the parser's recursion meets them. Quotes are not looked at: a string
// with hundreds of unmatched brackets is refused too.
func tooDeep(text string) (int, int, bool) {
	depth := 0
	line, col := 1, 0
	for _, r := range text {
		col++
		switch r {
		case '\n':
			line, col = line+1, 0
		case '[', '{':
			depth++
			if depth > maxDepth {
				return line, col, true
			}
		case ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return 0, 0, false
}

func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}

func offsetPos(data []byte, off int) (int, int) {
	line, col := 1, 1
	for _, r := range string(data[:off]) {
		if r == '\n' {
			line, col = line+1, 1
			continue
		}
		col++
	}
	return line, col
}
