package main

import (
	"reflect"
	"testing"

	"github.com/courier-run/courier/collections"
)

// The scripts Warm is given: every enabled one of every collection, folder
// and request.
func TestScriptSources(t *testing.T) {
	doc := `{"info":{"name":"w",` + schema + `},
	 "event":[{"listen":"prerequest","script":{"exec":["coll()"]}}],
	 "item":[{"name":"F","event":[{"listen":"test","script":{"exec":["folder()"]}}],
	   "item":[{"name":"R1","request":"http://x/1","event":[{"listen":"test","script":{"exec":["a()","b()"]}},
	     {"listen":"prerequest","disabled":true,"script":{"exec":["off()"]}}]}]},
	  {"name":"R2","request":"http://x/2"}]}`
	c, err := collections.Decode("w.json", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	c2, err := collections.Decode("w2.json", []byte(`{"info":{"name":"w2",`+schema+`},"item":[{"name":"R","request":"http://x/","event":[{"listen":"test","script":{"exec":"two()"}}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	got := scriptSources([]*collections.Collection{c, c2})
	want := []string{"coll()", "folder()", "a()\nb()", "two()"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := scriptSources([]*collections.Collection{{}}); len(got) != 0 {
		t.Errorf("no scripts: got %q", got)
	}
}
