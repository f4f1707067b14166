package v3

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/courier-run/courier/collections"
)

// treeFS puts a tree's files under dir of a MapFS.
func treeFS(t *Tree, dir string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for _, f := range t.Files {
		fsys[dir+"/"+f.Path] = &fstest.MapFile{Data: f.Data}
	}
	return fsys
}

// firstDifference names the first path where two trees differ.
func firstDifference(a, b any, p string) string {
	ao, aok := a.(*object)
	bo, bok := b.(*object)
	if aok && bok {
		for _, k := range ao.keys {
			if _, ok := bo.vals[k]; !ok {
				return p + "/" + k + " missing after the round trip"
			}
		}
		for _, k := range bo.keys {
			if _, ok := ao.vals[k]; !ok {
				return p + "/" + k + " added by the round trip: " + string(marshalJSON(bo.vals[k], ""))
			}
			if d := firstDifference(ao.vals[k], bo.vals[k], p+"/"+k); d != "" {
				return d
			}
		}
		return ""
	}
	al, alok := a.([]any)
	bl, blok := b.([]any)
	if alok && blok {
		if len(al) != len(bl) {
			return p + ": length " + strconv.Itoa(len(al)) + " became " + strconv.Itoa(len(bl))
		}
		for i := range al {
			if d := firstDifference(al[i], bl[i], p+"/"+itoa(i)); d != "" {
				return d
			}
		}
		return ""
	}
	if !equalJSON(a, b) {
		return p + ": " + string(marshalJSON(a, "")) + " became " + string(marshalJSON(b, ""))
	}
	return ""
}

func itoa(i int) string { return strconv.Itoa(i) }

// roundTrip converts a decoded collection's document to a tree and back
// and returns both documents as trees.
func roundTrip(t *testing.T, name string, c *collections.Collection, pure bool) (orig, back any, tree *Tree, ld *Loaded) {
	t.Helper()
	tree, err := FromV2(c.Raw, WriteOptions{Name: name, Pure: pure})
	if err != nil {
		t.Fatalf("FromV2: %v", err)
	}
	fsys := treeFS(tree, "root/"+name)
	ld, err = Load(fsys, "root/"+name, "/x/"+name)
	if err != nil {
		for _, f := range tree.Files {
			t.Logf("--- %s\n%s", f.Path, f.Data)
		}
		t.Fatalf("Load: %v", err)
	}
	if orig, err = parseJSON(c.Raw); err != nil {
		t.Fatal(err)
	}
	if back, err = parseJSON(ld.Doc); err != nil {
		t.Fatal(err)
	}
	return orig, back, tree, ld
}

func TestRoundTripDifferentialCollections(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/newman/*.postman_collection.json")
	files = append(files, "../../examples/contio/partner_postman_collection.json")
	if len(files) < 10 {
		t.Fatalf("found %d collections", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".postman_collection.json")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			c, err := collections.Decode(f, data)
			if err != nil {
				t.Skipf("not a collection courier runs: %v", err)
			}
			orig, back, tree, ld := roundTrip(t, name, c, false)
			if d := firstDifference(orig, back, ""); d != "" {
				for _, f := range tree.Files {
					t.Logf("--- %s\n%s", f.Path, f.Data)
				}
				t.Fatalf("round trip changed the document: %s", d)
			}
			for _, w := range ld.Warnings {
				t.Errorf("warning: %s", w)
			}
		})
	}
}
