package merge

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
)

func TestMergeRefuses(t *testing.T) {
	srv := server(t)
	c := genCollection(t, srv.URL, closedPort(t))
	good := run(t, c, rows(1), nil, nil).json
	// another collection: another name (the id alone is not compared: a
	// collection without one gets a new id each run)
	other := bytes.Replace(good, []byte(`"name":"Generated"`), []byte(`"name":"Other"`), 1)
	if bytes.Equal(other, good) {
		t.Fatal("the collection name is not where the test expects it")
	}
	withVersion := func(v string) []byte {
		return bytes.Replace(good, []byte("{\n  \"collection\""), []byte(`{"courier":{"version":"`+v+`"},"collection"`), 1)
	}
	badIteration := bytes.Replace(good, []byte(`"iteration": 0`), []byte(`"iteration": "zero"`), 1)
	tests := []struct {
		name   string
		second []byte
		want   string
	}{
		{"another collection", other, `shard2.json: collection.info: not a shard of the same run as shard1.json: collection "Other" (gen-1), there "Generated" (gen-1)`},
		{"another courier version", withVersion("9.9.9"), `shard2.json: courier.version: written by courier 9.9.9, shard1.json by no courier version`},
		{"not json", []byte("<html>"), `shard2.json: not a run report: invalid JSON at byte`},
		{"not an object", []byte(`[]`), `shard2.json: not a run report: expected an object, got an array`},
		{"no executions", []byte(`{"collection":{},"run":{"stats":{}}}`), `shard2.json: run.executions: not a run report: missing run.executions`},
		{"no collection", []byte(`{"run":{"executions":[]}}`), `shard2.json: collection: not a run report: no collection before run`},
		{"truncated", good[:len(good)/2], `shard2.json: run.executions[`},
		{"a wrong type", badIteration, `shard2.json: run.executions[0].cursor.iteration: expected a number, got string`},
		{"data after the report", append(append([]byte(nil), good...), "{}"...), `shard2.json: invalid JSON: unexpected data after the top-level value`},
		{"several collections", bytes.Replace(good, []byte("{\n  \"collection\""), []byte(`{"collections":[{"info":{"name":"a"}},{"info":{"name":"b"}}],"collection"`), 1),
			`shard2.json: collections: a run of 2 collections in one command: merging such reports is not supported`},
		{"stats of the wrong type", bytes.Replace(good, []byte(`"stats": {`), []byte(`"stats": [1], "x": {`), 1), `shard2.json: run.stats: expected an object, got array`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Merge([]Report{{Name: "shard1.json", R: bytes.NewReader(good)}, {Name: "shard2.json", R: bytes.NewReader(tt.second)}}, Options{JSON: &bytes.Buffer{}, Executions: true})
			var ce *collections.Error
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v (%T), want a *collections.Error (exit code 2)", err, err)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, tt.want) || strings.Contains(msg, "\n") {
				t.Errorf("err = %q\nwant one line starting %q", msg, tt.want)
			}
		})
	}
	t.Run("no reports", func(t *testing.T) {
		if _, err := Merge(nil, Options{}); err == nil {
			t.Error("no error")
		}
	})
}
