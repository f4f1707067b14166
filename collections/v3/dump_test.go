package v3

import (
	"fmt"
	"os"
	"testing"

	"github.com/courier-run/courier/collections"
)

func TestDumpTree(t *testing.T) {
	f := os.Getenv("DUMP")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	c, err := collections.Decode(f, data)
	if err != nil {
		t.Fatal(err)
	}
	tree, err := FromV2(c.Raw, WriteOptions{Name: "x"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range tree.Files {
		fmt.Printf("=== %s\n%s", f.Path, f.Data)
	}
	for _, n := range tree.Notes {
		fmt.Println("NOTE", n)
	}
}
