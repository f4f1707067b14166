package runner

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/internal/bench"
	"github.com/courier-run/courier/scripting"
)

// BenchmarkRun1000 runs a 1000-request collection without scripts against a
// loopback server returning ~1 KB of JSON.
func BenchmarkRun1000(b *testing.B) {
	srv := httptest.NewServer(bench.Handler())
	defer srv.Close()
	doc := strings.ReplaceAll(string(bench.Collection(1000, false)), "{{base}}", srv.URL)
	c, err := collections.Decode("bench.json", []byte(doc))
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := events.NewSummary(events.SummaryOptions{})
		if _, err := Run(context.Background(), Options{Collection: c, Handler: s}); err != nil {
			b.Fatal(err)
		}
		if s.Stats.Requests.Total != 1000 || s.Stats.Requests.Failed != 0 {
			b.Fatalf("stats %+v", s.Stats.Requests)
		}
	}
}

// BenchmarkRun1000Scripts is BenchmarkRun1000 with a pre-request script and a
// 3-assertion test script on every request.
func BenchmarkRun1000Scripts(b *testing.B) {
	srv := httptest.NewServer(bench.Handler())
	defer srv.Close()
	doc := strings.ReplaceAll(string(bench.Collection(1000, true)), "{{base}}", srv.URL)
	c, err := collections.Decode("bench.json", []byte(doc))
	if err != nil {
		b.Fatal(err)
	}
	lib := scripting.NewLibrary()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := events.NewSummary(events.SummaryOptions{})
		_, err := Run(context.Background(), Options{Collection: c, Handler: s,
			Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{Lib: lib}) }})
		if err != nil {
			b.Fatal(err)
		}
		if s.Stats.Assertions.Total != 3000 || s.Stats.Assertions.Failed != 0 {
			b.Fatalf("assertions %+v", s.Stats.Assertions)
		}
	}
}
