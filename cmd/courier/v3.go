package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/courier-run/courier/collections"
	v3 "github.com/courier-run/courier/collections/v3"
	"github.com/courier-run/courier/runner"
)

// Postman's collection format v3: a directory tree of YAML files
// (collections/v3). courier runs a tree, diffs it, exports the run's
// collection as a tree and converts between trees and v2.1 JSON files.

// v3TreeDir says whether src names a v3 tree: a directory with
// .resources/definition.yaml (or .yml), that file itself, or a directory
// without any .json file that holds *.request.yaml files.
func v3TreeDir(src string) (string, bool) {
	if base := filepath.Base(src); (base == "definition.yaml" || base == "definition.yml") && filepath.Base(filepath.Dir(src)) == ".resources" {
		if fi, err := os.Stat(src); err == nil && fi.Mode().IsRegular() {
			return filepath.Dir(filepath.Dir(src)), true
		}
	}
	fi, err := os.Stat(src)
	if err != nil || !fi.IsDir() {
		return "", false
	}
	if v3.IsTree(os.DirFS(src), ".") {
		return src, true
	}
	ents, err := os.ReadDir(src)
	if err != nil {
		return "", false
	}
	requests := false
	for _, d := range ents {
		n := strings.ToLower(d.Name())
		if strings.HasSuffix(n, ".json") && !d.IsDir() {
			return "", false
		}
		if !d.IsDir() && (strings.HasSuffix(n, ".request.yaml") || strings.HasSuffix(n, ".request.yml")) {
			requests = true
		}
	}
	return src, requests
}

// v3TreesIn lists the v3 trees directly inside dir (postman/collections),
// sorted by name, when dir has no .json file of its own.
func v3TreesIn(dir string) []string {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, d := range ents {
		if !d.IsDir() {
			if strings.HasSuffix(strings.ToLower(d.Name()), ".json") {
				return nil
			}
			continue
		}
		p := filepath.Join(dir, d.Name())
		if v3.IsTree(os.DirFS(p), ".") {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// loadV3 reads a tree as a collection; warnings go to stderr unless silent.
func loadV3(dir string, e *env, silent bool) (*collections.Collection, error) {
	c, warns, err := v3.Decode(os.DirFS(dir), ".", filepath.Clean(dir))
	if !silent {
		for _, w := range warns {
			fmt.Fprintf(e.stderr, "courier: warning: %s\n", w)
		}
	}
	if err != nil {
		return nil, err
	}
	ensureItemIDs(c)
	return c, nil
}

// readCollectionSource reads courier diff's and courier convert's input: a
// v3 tree (a directory, or its definition file), or a v2.1/v1 document (a
// file, URL or REV:PATH).
func readCollectionSource(ctx context.Context, src string, e *env, silent bool) (*collections.Collection, error) {
	if dir, ok := v3TreeDir(src); ok {
		return loadV3(dir, e, silent)
	}
	if rev, p, ok := gitSpec(src); ok && !fileExists(src) {
		if c, ok, err := gitTree(ctx, src, rev, p, e, silent); ok || err != nil {
			return c, err
		}
	}
	data, err := readRevisionSource(ctx, src)
	if err != nil {
		return nil, err
	}
	return collections.Decode(src, data)
}

// decodeCollectionSource decodes courier diff's collection source, whose
// bytes are read already (nil for a v3 tree directory).
func decodeCollectionSource(ctx context.Context, src string, data []byte, e *env) (*collections.Collection, error) {
	if dir, ok := v3TreeDir(src); ok {
		return loadV3(dir, e, false)
	}
	if rev, p, ok := gitSpec(src); ok && !fileExists(src) {
		if c, ok, err := gitTree(ctx, src, rev, p, e, false); ok || err != nil {
			return c, err
		}
	}
	return collections.Decode(src, data)
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// gitTree reads REV:DIR when DIR is a v3 tree in that revision (ok false
// when it is not a directory there).
func gitTree(ctx context.Context, src, rev, dir string, e *env, silent bool) (*collections.Collection, bool, error) {
	dir = strings.TrimSuffix(filepath.ToSlash(dir), "/")
	list, err := gitOutput(ctx, "ls-tree", "-r", "-z", "--name-only", rev, "--", dir+"/")
	if err != nil || len(list) == 0 {
		return nil, false, nil
	}
	tmp, err := os.MkdirTemp("", "courier-git-tree-")
	if err != nil {
		return nil, true, err
	}
	defer os.RemoveAll(tmp)
	for _, name := range strings.Split(strings.TrimRight(string(list), "\x00"), "\x00") {
		rel := strings.TrimPrefix(name, dir+"/")
		if !strings.HasSuffix(rel, ".yaml") && !strings.HasSuffix(rel, ".yml") || !fs.ValidPath(rel) {
			continue
		}
		data, err := gitShow(ctx, src, rev, name)
		if err != nil {
			return nil, true, err
		}
		p := filepath.Join(tmp, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return nil, true, err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return nil, true, err
		}
	}
	fsys := os.DirFS(tmp)
	if !v3.IsTree(fsys, ".") {
		return nil, false, nil
	}
	c, warns, err := v3.Decode(fsys, ".", src)
	if !silent {
		for _, w := range warns {
			fmt.Fprintf(e.stderr, "courier: warning: %s\n", w)
		}
	}
	return c, true, err
}

// writeV3Tree writes a tree into dir. A directory that exists must be
// empty, or be a v3 tree that replace allows to update (the tree a run
// read, or convert --force): then its YAML files are replaced one by one
// (each written whole, then renamed into place), those no longer in the
// tree removed, and any other file in it kept. A new directory is written
// beside its place and renamed into it, so it appears whole or not at all.
func writeV3Tree(dir string, t *v3.Tree, replace bool) error {
	dir = filepath.Clean(dir)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return writeNewTree(dir, t)
	case err != nil:
		return err
	case !fi.IsDir():
		return fmt.Errorf("%s exists and is not a directory", dir)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	if len(ents) == 0 {
		if err := os.Remove(dir); err != nil {
			return err
		}
		return writeNewTree(dir, t)
	}
	if !v3.IsTree(os.DirFS(dir), ".") {
		return fmt.Errorf("%s exists, is not empty and is not a v3 collection: not replaced", dir)
	}
	if !replace {
		return fmt.Errorf("%s exists and is not empty (add --force to replace the collection in it)", dir)
	}
	return updateTree(dir, t)
}

func writeNewTree(dir string, t *v3.Tree) error {
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return err
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	for _, f := range t.Files {
		p := filepath.Join(tmp, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		return err
	}
	ok = true
	return nil
}

// updateTree replaces a tree's YAML files in place.
func updateTree(dir string, t *v3.Tree) error {
	keep := map[string]bool{}
	for _, f := range t.Files {
		keep[f.Path] = true
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := writeReport(p, func(w io.Writer) error {
			_, err := w.Write(f.Data)
			return err
		}); err != nil {
			return err
		}
	}
	// the tree files of the old tree that the new one has not
	var old []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." && strings.HasPrefix(d.Name(), ".") && d.Name() != ".resources" {
				return filepath.SkipDir
			}
			return nil
		}
		if isTreeFile(rel) && !keep[rel] {
			old = append(old, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	dirs := map[string]bool{}
	for _, p := range old {
		if err := os.Remove(p); err != nil {
			return err
		}
		for d := filepath.Dir(p); d != dir && strings.HasPrefix(d, dir); d = filepath.Dir(d) {
			dirs[d] = true
		}
	}
	// folders the removal emptied, deepest first
	var ds []string
	for d := range dirs {
		ds = append(ds, d)
	}
	sort.Slice(ds, func(i, j int) bool { return len(ds[i]) > len(ds[j]) })
	for _, d := range ds {
		os.Remove(d) // fails, as it should, when something else is left in it
	}
	return nil
}

// isTreeFile: a file a tree consists of (slash path relative to its root).
func isTreeFile(rel string) bool {
	base := path.Base(rel)
	switch {
	case base == "definition.yaml" || base == "definition.yml":
		return path.Base(path.Dir(rel)) == ".resources"
	case strings.HasSuffix(base, ".request.yaml") || strings.HasSuffix(base, ".request.yml"):
		return !strings.Contains("/"+rel, "/.resources/")
	case strings.HasSuffix(base, ".example.yaml") || strings.HasSuffix(base, ".example.yml"):
		return path.Base(path.Dir(rel)) == "examples"
	}
	return false
}

// sameDir says whether two paths are one directory.
func sameDir(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// gitOutput runs git with args and returns its standard output.
func gitOutput(ctx context.Context, args ...string) ([]byte, error) {
	var stdout bytes.Buffer
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Stdout = &stdout
	if err := cmd.Run(); err != nil {
		return nil, err
	}
	return stdout.Bytes(), nil
}

const convertUsage = `Usage: courier convert IN OUT [options]

Converts a collection between Postman's collection formats: a v2.1 (or
v2.0, or v1) JSON file and a v3 tree (collection format 3.0.0: a folder of
YAML files, as the Postman app keeps a collection in Git). OUT's form
decides: a path ending in .json is written as a v2.1 file, any other as a
v3 tree (a directory). IN is a JSON file, an http(s) URL, REV:PATH from
git, or a v3 tree (its directory, or its .resources/definition.yaml).

What both formats hold converts without loss: v2.1 → v3 → v2.1 gives back
the document. What the output's format cannot hold is listed on stderr: v3
has no field for it, so courier keeps it in the file it belongs to under
x-courier (Postman's tools ignore that key; courier applies it while the
file is as written), or v2.1 has none (a request of another protocol than
HTTP and GraphQL, a second auth), so it is left out.

Options:
  --force     replace OUT when it exists (a file, or a v3 tree: its YAML
              files are replaced and other files in it kept)
  --strict    exit 1 when anything is listed
  --pure      a v3 tree without x-courier (what v3 cannot hold is only
              listed, and lost)
  --silent    list nothing

Exit codes: 0 converted; 1 converted, with --strict, and something listed;
2 bad input, or OUT exists without --force; 3 interrupted.
`

type convertArgs struct {
	in, out             string
	force, strict, pure bool
	silent, help        bool
}

func parseConvertArgs(args []string) (*convertArgs, error) {
	a := &convertArgs{}
	var pos []string
	dashes := false
	for _, arg := range args {
		if dashes || !strings.HasPrefix(arg, "-") || arg == "-" {
			pos = append(pos, arg)
			continue
		}
		switch arg {
		case "--":
			dashes = true
		case "--force", "-f":
			a.force = true
		case "--strict":
			a.strict = true
		case "--pure":
			a.pure = true
		case "--silent":
			a.silent = true
		case "--help", "-h":
			a.help = true
		default:
			return nil, usagef("unknown option %s", arg)
		}
	}
	if a.help {
		return a, nil
	}
	if len(pos) != 2 {
		return nil, usagef("expected IN and OUT, got %d argument(s)", len(pos))
	}
	a.in, a.out = pos[0], pos[1]
	return a, nil
}

// convertCommand runs courier convert.
func convertCommand(ctx context.Context, args []string, e *env) int {
	a, err := parseConvertArgs(args)
	if err != nil {
		fmt.Fprintf(e.stderr, "courier: error: %s\nRun \"courier convert --help\" for usage.\n", err)
		return 2
	}
	if a.help {
		fmt.Fprint(e.stdout, convertUsage)
		return 0
	}
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "courier: error: %s\n", err)
		if ctx.Err() != nil {
			return 3
		}
		return 2
	}
	toJSON := strings.HasSuffix(strings.ToLower(a.out), ".json")
	if fi, err := os.Stat(a.out); err == nil {
		switch {
		case !a.force:
			return fail(fmt.Errorf("%s exists (add --force to replace it)", a.out))
		case toJSON && fi.IsDir():
			return fail(fmt.Errorf("%s is a directory, not a .json file", a.out))
		case !toJSON && !fi.IsDir():
			return fail(fmt.Errorf("%s is a file; a v3 collection is a directory", a.out))
		}
	}
	var warns []string
	var c *collections.Collection
	if dir, ok := v3TreeDir(a.in); ok {
		var w []string
		c, w, err = v3.Decode(os.DirFS(dir), ".", filepath.Clean(dir))
		warns = append(warns, w...)
	} else {
		c, err = readCollectionSource(ctx, a.in, e, true)
	}
	if err != nil {
		return fail(err)
	}
	if c.FromV1 && !a.silent {
		fmt.Fprintf(e.stderr, "courier: warning: %s is a Postman collection v1; it is converted to v2.1 as Newman converts it (request ids are not kept)\n", a.in)
	}
	var notes []string
	if toJSON {
		for _, w := range warns {
			notes = append(notes, "not in v2.1: "+w)
		}
		data := append([]byte(nil), c.Raw...)
		if len(data) == 0 || data[len(data)-1] != '\n' {
			data = append(data, '\n')
		}
		if err := writeExport(a.out, data); err != nil {
			return fail(err)
		}
	} else {
		for _, w := range warns {
			notes = append(notes, "as read: "+w)
		}
		name := filepath.Base(filepath.Clean(a.out))
		tree, err := v3.FromV2(c.Raw, v3.WriteOptions{Name: name, Pure: a.pure})
		if err != nil {
			return fail(fmt.Errorf("%s: %v", a.in, err))
		}
		where := "kept under x-courier"
		if a.pure {
			where = "left out (--pure)"
		}
		for _, n := range tree.Notes {
			notes = append(notes, fmt.Sprintf("not in v3 (%s): %s", where, filepath.Join(a.out, filepath.FromSlash(n.File))+": "+strings.TrimPrefix(n.String(), n.File+": ")))
		}
		if err := writeV3Tree(a.out, tree, a.force); err != nil {
			return fail(err)
		}
	}
	if !a.silent {
		for _, n := range notes {
			fmt.Fprintf(e.stderr, "courier: %s\n", n)
		}
	}
	if a.strict && len(notes) > 0 {
		return 1
	}
	return 0
}

// exportV3Collection writes --export-collection for a collection read from
// a v3 tree: the tree as read, with the collection variables the run ended
// with (as the v2.1 export carries them). The target is a directory: one
// that does not exist or is empty, or the tree the run read (updated in
// place); any other existing directory is refused.
func exportV3Collection(a *runArgs, coll *collections.Collection, res *runner.Result) error {
	doc, err := v3.SetVariables(coll.Raw, res.Variables.Collection.Variables())
	if err != nil {
		return err
	}
	target := filepath.Clean(a.exportCollection)
	tree, err := v3.FromV2(doc, v3.WriteOptions{Name: filepath.Base(target)})
	if err != nil {
		return err
	}
	source := ""
	if srcs, err := collectionSources(a.collections); err == nil && len(srcs) == 1 {
		source, _ = v3TreeDir(srcs[0])
	}
	return writeV3Tree(target, tree, source != "" && sameDir(target, source))
}

// checkV3Export refuses, before the run, an --export-collection of a v3
// tree into an existing directory that is not empty and is not the tree
// read, and one into an existing file.
func checkV3Export(a *runArgs, in *runInputs) error {
	if a.exportCollection == "" || len(in.colls) != 1 || !in.coll.FromV3 || strings.HasSuffix(strings.ToLower(a.exportCollection), ".json") {
		return nil
	}
	target := filepath.Clean(a.exportCollection)
	fi, err := os.Stat(target)
	if err != nil {
		return nil
	}
	if !fi.IsDir() {
		return usagef("--export-collection %s: the collection is a v3 tree, written as a directory, and %s is a file (name a .json file for a v2.1 export)", a.exportCollection, target)
	}
	if ents, err := os.ReadDir(target); err == nil && len(ents) == 0 {
		return nil
	}
	if srcs, err := collectionSources(a.collections); err == nil && len(srcs) == 1 {
		if source, ok := v3TreeDir(srcs[0]); ok && sameDir(target, source) {
			return nil
		}
	}
	return usagef("--export-collection %s: the directory exists and is not empty; courier writes a v3 tree only into a new or empty directory, or over the tree the run read", a.exportCollection)
}
