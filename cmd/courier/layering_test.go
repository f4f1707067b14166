package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The CLI is the only package that touches files, the environment, the
// standard streams and the clock: the packages courier is built from (every
// package of the module cmd/courier imports, directly or not) take them from
// it. TestLayering parses those packages' non-test Go files and names the
// file:line of any use of package os (os/exec, os/signal), of fmt.Print,
// fmt.Printf, fmt.Println, or of time.Now.
//
// time.Now is allowed as a default for a clock the caller did not give
// (`if now == nil { now = time.Now }`): the CLI always gives its own. Other
// exceptions are listed in layeringExceptions with their reasons.

const modulePath = "github.com/courier-run/courier"

// layeringExceptions are "path/file.go:Func" → why it may read the clock.
// They all measure real elapsed time for a limit or a wait: a socket's
// deadline, a script's timeout, a timer's wall-clock due time. The run's
// clock (runner.Options.Now), which a test may fake, must not drive those.
var layeringExceptions = map[string]string{
	"runner/wireconn.go:(*wireClient).try":           "a socket's deadline is a time on the system clock (net.Conn deadlines)",
	"runner/wireconn.go:(*wireClient).putIdle":       "idle connections age on the system clock, as their sockets do",
	"runner/wireconn.go:proxySetupDeadline":          "a proxy handshake's bound is a socket deadline on the system clock",
	"scripting/runtime.go:(*watchdog).start":         "--timeout-script's deadline",
	"scripting/runtime.go:(*watchdog).expired":       "--timeout-script's deadline",
	"scripting/runtime.go:(*watchdog).hold":          "time spent loading a library is not counted against --timeout-script",
	"scripting/sugar.go:(*sugarState).load":          "time spent loading Sugar is not counted against --timeout-script",
	"scripting/memwatch.go:(*watchdog).sampleMemory": "how long ago the memory watchdog last collected",
	"scripting/loop.go:(*loop).begin":                "the event loop's timers wait real time (their order is kept on the loop's own clock)",
	"scripting/loop.go:(*loop).add":                  "a timer's wall-clock due time",
	"scripting/loop.go:(*loop).drain":                "an interval's next wall-clock due time",
}

func TestLayering(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	var problems []string
	used := map[string]bool{}
	for _, dir := range productPackages(t, root) {
		problems = append(problems, checkLayering(t, root, dir, used)...)
	}
	sort.Strings(problems)
	for _, p := range problems {
		t.Error(p)
	}
	for k := range layeringExceptions {
		if !used[k] {
			t.Errorf("layering exception %s is not needed any more: remove it", k)
		}
	}
}

// productPackages are the module's packages cmd/courier imports, directly or
// not (directories relative to root).
func productPackages(t *testing.T, root string) []string {
	seen := map[string]bool{}
	var out []string
	var visit func(dir string)
	visit = func(dir string) {
		if seen[dir] {
			return
		}
		seen[dir] = true
		if dir != "cmd/courier" {
			out = append(out, dir)
		}
		for _, f := range goFiles(t, filepath.Join(root, dir)) {
			file, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range file.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if rest, ok := strings.CutPrefix(p, modulePath+"/"); ok {
					visit(rest)
				}
			}
		}
	}
	visit("cmd/courier")
	sort.Strings(out)
	return out
}

func goFiles(t *testing.T, dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() && strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			out = append(out, filepath.Join(dir, n))
		}
	}
	return out
}

// checkLayering returns the forbidden uses in one package's files.
func checkLayering(t *testing.T, root, dir string, used map[string]bool) []string {
	var problems []string
	for _, path := range goFiles(t, filepath.Join(root, dir)) {
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		rel := filepath.ToSlash(filepath.Join(dir, filepath.Base(path)))
		names := importNames(file)
		allowed := map[*ast.SelectorExpr]bool{}
		for _, decl := range file.Decls {
			fn, _ := decl.(*ast.FuncDecl)
			ast.Inspect(decl, func(n ast.Node) bool {
				if ifs, ok := n.(*ast.IfStmt); ok {
					markClockDefault(ifs, names["time"], allowed)
				}
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				x, ok := sel.X.(*ast.Ident)
				if !ok || x.Obj != nil {
					return true // not a package name
				}
				var what string
				switch {
				case names["os"] != "" && x.Name == names["os"], names["os/exec"] != "" && x.Name == names["os/exec"], names["os/signal"] != "" && x.Name == names["os/signal"]:
					what = x.Name + "." + sel.Sel.Name
				case x.Name == names["fmt"] && (sel.Sel.Name == "Print" || sel.Sel.Name == "Printf" || sel.Sel.Name == "Println"):
					what = "fmt." + sel.Sel.Name
				case x.Name == names["time"] && sel.Sel.Name == "Now" && !allowed[sel]:
					what = "time.Now"
				}
				if what == "" {
					return true
				}
				key := rel
				if fn != nil {
					key += ":" + funcName(fn)
				}
				if _, ok := layeringExceptions[key]; ok {
					used[key] = true
					return true
				}
				problems = append(problems, fset.Position(sel.Pos()).String()[len(root)+1:]+": "+what+" outside cmd/, in "+key+" (take it from the CLI: see TestLayering)")
				return true
			})
		}
	}
	return problems
}

// importNames maps the import paths of interest to their names in the file.
func importNames(f *ast.File) map[string]string {
	m := map[string]string{}
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		name := p[strings.LastIndex(p, "/")+1:]
		if imp.Name != nil {
			name = imp.Name.Name
		}
		m[p] = name
	}
	return m
}

// markClockDefault allows `if x == nil { x = time.Now }`.
func markClockDefault(ifs *ast.IfStmt, timeName string, allowed map[*ast.SelectorExpr]bool) {
	cond, ok := ifs.Cond.(*ast.BinaryExpr)
	if !ok || cond.Op != token.EQL || timeName == "" {
		return
	}
	if id, ok := cond.Y.(*ast.Ident); !ok || id.Name != "nil" {
		return
	}
	for _, st := range ifs.Body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 {
			continue
		}
		if sel, ok := as.Rhs[0].(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == timeName && sel.Sel.Name == "Now" {
				allowed[sel] = true
			}
		}
	}
}

func funcName(fn *ast.FuncDecl) string {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return fn.Name.Name
	}
	typ := fn.Recv.List[0].Type
	star := ""
	if s, ok := typ.(*ast.StarExpr); ok {
		typ, star = s.X, "*"
	}
	if g, ok := typ.(*ast.IndexExpr); ok {
		typ = g.X
	}
	id, _ := typ.(*ast.Ident)
	name := "?"
	if id != nil {
		name = id.Name
	}
	if star != "" {
		return "(" + star + name + ")." + fn.Name.Name
	}
	return name + "." + fn.Name.Name
}

// TestLayeringFindsUses: the check is not blind (a file that breaks every
// rule, and one that keeps them).
func TestLayeringFindsUses(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "p")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("bad.go", `package p

import (
	"fmt"
	stdos "os"
	"time"
)

func F() {
	fmt.Println(stdos.Getenv("HOME"))
	_ = time.Now()
	var now func() time.Time
	if now != nil {
		now = time.Now
	}
}
`)
	write("good.go", `package p

import (
	"fmt"
	"io"
	"time"
)

func G(w io.Writer, now func() time.Time) {
	if now == nil {
		now = time.Now
	}
	fmt.Fprintln(w, now())
	var os struct{ Args []string }
	_ = os.Args
}
`)
	write("bad_test.go", `package p

import "os"

var _ = os.Args
`)
	got := checkLayering(t, root, "p", map[string]bool{})
	want := []string{"p/bad.go:10:2: fmt.Println", "p/bad.go:10:14: stdos.Getenv", "p/bad.go:11:6: time.Now", "p/bad.go:14:9: time.Now"}
	if len(got) != len(want) {
		t.Fatalf("found %d uses, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]+" outside cmd/") {
			t.Errorf("%d: %q, want %q", i, got[i], want[i])
		}
	}
}
