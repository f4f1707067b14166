package merge

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/courier-run/courier/collections"
)

// FuzzMerge: whatever a report holds, Merge returns a result or a
// *collections.Error (exit code 2), never panics, and what it writes of a
// report it accepts is valid JSON.
func FuzzMerge(f *testing.F) {
	f.Add([]byte(`{"collection":{"info":{"name":"c"},"item":[{"id":"a","name":"a","item":[{"id":"r","name":"r"}]}]},"environment":{},"globals":{},` +
		`"run":{"stats":{"iterations":{"total":1},"requests":{"total":1,"failed":1}},"timings":{"started":1,"completed":2},` +
		`"executions":[{"cursor":{"iteration":0,"position":0,"ref":"x"},"item":{"id":"r","name":"r"},"id":"r","request":{"url":{"protocol":"http","host":["h"],"path":["p"]},"method":"GET","header":[{"key":"k","value":1}]},"requestError":{},"assertions":[{"assertion":"t","skipped":false,"error":{"name":"AssertionError","index":0,"message":"m"}}],"testScript":[{"error":{"name":"Error","message":"boom"}}]}],` +
		`"transfers":{"responseTotal":3},"failures":[{"error":{"name":"Error","message":"refused"},"at":"request","source":{"id":"r","name":"r","request":{"method":"GET","url":"http://h/p"}},"cursor":{"iteration":0,"ref":"x","scriptId":"s"}}],"error":{"name":"Error","message":"the run was interrupted"}}}`))
	f.Add([]byte(`{"collection":{},"run":{"executions":[],"failures":null}}`))
	f.Add([]byte(`{"collection":{"item":[{"item":{}}]},"run":{"stats":[],"executions":[1]}}`))
	f.Add([]byte(`{"run":{}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, o := range []Options{{Executions: true, Headers: true}, {}} {
			var out bytes.Buffer
			o.JSON = &out
			_, err := Merge([]Report{{Name: "a.json", R: bytes.NewReader(data)}, {Name: "b.json", R: bytes.NewReader(data)}}, o)
			if err != nil {
				var ce *collections.Error
				if !errors.As(err, &ce) {
					t.Fatalf("error %v (%T) is not a *collections.Error", err, err)
				}
				if bytes.ContainsRune([]byte(err.Error()), '\n') {
					t.Fatalf("error on more than one line: %q", err)
				}
				continue
			}
			if !jsonValid(out.Bytes()) {
				t.Fatalf("merged report is not JSON:\n%s", out.Bytes())
			}
		}
	})
}

func jsonValid(b []byte) bool { return json.Valid(b) }
