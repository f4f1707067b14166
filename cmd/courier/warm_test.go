package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"reflect"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"testing"
	"time"

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

// courier run keeps its start-up GC target until its first item has ended:
// startUp is called once, and the function it returns first when the
// server has answered the first request and not yet the second.
func TestStartUpGCEndsAfterFirstItem(t *testing.T) {
	var served atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		w.Write([]byte(`{}`))
	}))
	defer srv.Close()
	coll := collectionFile(t, `"item":[{"name":"a","request":"`+srv.URL+`/a"},{"name":"b","request":"`+srv.URL+`/b"},{"name":"c","request":"`+srv.URL+`/c"}]`)
	var starts, dones int
	servedAtDone := int32(-1)
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
		now: time.Now, isTTY: func(any) bool { return false },
		startUp: func() func() {
			starts++
			return func() {
				if dones == 0 {
					servedAtDone = served.Load()
				}
				dones++
			}
		}}
	if code := Main(context.Background(), []string{"run", coll, "--silent"}, e); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if starts != 1 || dones == 0 || servedAtDone != 1 {
		t.Errorf("startUp called %d times, its end %d times, first with %d requests served; want 1, at least 1, 1", starts, dones, servedAtDone)
	}
}

// startUpGC raises the GC target and its function sets the run's.
func TestStartUpGC(t *testing.T) {
	orig := debug.SetGCPercent(100)
	defer debug.SetGCPercent(orig)
	done := startUpGC()
	if got := debug.SetGCPercent(startUpGCPercent); got != startUpGCPercent {
		t.Errorf("during start-up GC percent %d, want %d", got, startUpGCPercent)
	}
	done()
	if got := debug.SetGCPercent(gcPercent); got != gcPercent {
		t.Errorf("after start-up GC percent %d, want %d", got, gcPercent)
	}
}
