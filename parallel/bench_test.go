package parallel

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/internal/bench"
	"github.com/courier-run/courier/runner"
)

// BenchmarkParallel20ms runs 1000 requests (the bench collection's 10
// scripted requests, 100 iterations) against a loopback server that waits
// 20 ms before each answer, one unit at a time and 8 at once:
//
//	go test ./parallel -run XXX -bench Parallel20ms -benchtime 1x
//
// The ratio of the two is --parallel 8's speed-up (the target is 6x; the
// ideal 8x, as the server's wait, not the CPU, bounds the run).
func BenchmarkParallel20ms(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(20 * time.Millisecond)
		bench.Handler().ServeHTTP(w, r)
	}))
	b.Cleanup(srv.Close)
	var count int
	h := events.HandlerFunc(func(e events.Event) {
		if _, ok := e.(events.RequestDone); ok {
			count++
		}
	})
	for _, scripts := range []bool{true, false} {
		doc := strings.ReplaceAll(string(bench.Collection(10, scripts)), "{{base}}", srv.URL)
		c, err := collections.Decode("bench.json", []byte(doc))
		if err != nil {
			b.Fatal(err)
		}
		o := baseOptions(c, nil)
		o.Iterations = 100
		runs := []runner.Options{o}
		units, _ := Plan(runs, Split{Iterations: true})
		for _, p := range []int{1, 8} {
			b.Run(fmt.Sprintf("scripts=%v/parallel=%d", scripts, p), func(b *testing.B) {
				for range b.N {
					count = 0
					res, err := Run(context.Background(), runs, units, Options{Parallel: p, Handler: h})
					if err != nil || res.Failed || count != 1000 {
						b.Fatalf("err %v, failed %v, %d requests", err, res.Failed, count)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/run")
			})
		}
	}
}
