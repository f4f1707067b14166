package events

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestPublicAPINamesNoInternalType checks the rule in doc.go: no exported
// name of a package outside internal/ (and cmd/, examples/) uses a type from
// an internal package. It reads the source syntactically: exported functions
// and methods of exported types (parameters and results), exported types
// (exported struct fields, interface methods, underlying types), exported
// variables and constants with a declared type.
func TestPublicAPINamesNoInternalType(t *testing.T) {
	root := ".."
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			first := strings.Split(filepath.ToSlash(rel), "/")[0]
			name := d.Name()
			if rel != "." && (first == "internal" || first == "cmd" || first == "examples" ||
				strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules" || name == "js") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		if f.Name.Name == "main" {
			return nil
		}
		checked++
		for _, bad := range internalUses(f) {
			t.Errorf("%s: exported %s uses %s, from an internal package", fset.Position(bad.pos), bad.name, bad.sel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 20 {
		t.Fatalf("checked only %d files: the walk is broken", checked)
	}
}

type internalUse struct {
	pos  token.Pos
	name string
	sel  string
}

// internalUses lists the selectors (pkg.Name) naming an internal package's
// identifiers in f's exported declarations.
func internalUses(f *ast.File) []internalUse {
	internal := map[string]bool{} // local import names of internal packages
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		if !strings.Contains(path, "/internal/") {
			continue
		}
		name := path[strings.LastIndex(path, "/")+1:]
		if imp.Name != nil {
			name = imp.Name.Name
		}
		internal[name] = true
	}
	if len(internal) == 0 {
		return nil
	}
	var out []internalUse
	look := func(owner string, n ast.Node) {
		if n == nil {
			return
		}
		ast.Inspect(n, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && internal[id.Name] {
					out = append(out, internalUse{sel.Pos(), owner, id.Name + "." + sel.Sel.Name})
				}
			}
			return true
		})
	}
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if !d.Name.IsExported() {
				continue
			}
			if d.Recv != nil && !exportedRecv(d.Recv) {
				continue
			}
			look(d.Name.Name, d.Type)
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					if s.Name.IsExported() {
						lookType(s.Name.Name, s.Type, look)
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						if n.IsExported() {
							look(n.Name, s.Type)
						}
					}
				}
			}
		}
	}
	return out
}

// lookType looks at what an exported type shows: its exported fields and
// methods, or the whole type expression otherwise.
func lookType(owner string, typ ast.Expr, look func(string, ast.Node)) {
	var fields *ast.FieldList
	switch t := typ.(type) {
	case *ast.StructType:
		fields = t.Fields
	case *ast.InterfaceType:
		fields = t.Methods
	default:
		look(owner, typ)
		return
	}
	for _, fl := range fields.List {
		if len(fl.Names) == 0 { // embedded
			look(owner, fl.Type)
			continue
		}
		for _, n := range fl.Names {
			if n.IsExported() {
				look(owner+"."+n.Name, fl.Type)
			}
		}
	}
}

func exportedRecv(recv *ast.FieldList) bool {
	if len(recv.List) == 0 {
		return false
	}
	t := recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.IndexExpr:
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		case *ast.Ident:
			return x.IsExported()
		}
		return false
	}
}
