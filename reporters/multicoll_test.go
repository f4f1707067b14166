package reporters

import (
	"bytes"
	"strings"
	"testing"

	"github.com/courier-run/courier/events"
)

// fxTwoCollections is the stream of `courier run tiny.json slow.json`:
// the first RunStart, a CollectionStart for the second collection, one
// RunEnd at the end.
func fxTwoCollections() []events.Event {
	var out []events.Event
	first := fxSingle()
	out = append(out, first[:len(first)-1]...) // without its RunEnd
	second := fxAborted()
	rs := second[0].(events.RunStart)
	out = append(out, events.CollectionStart{Collection: rs.Collection, CollectionID: rs.CollectionID, Index: 1, Time: rs.Time,
		Iterations: rs.Iterations, Length: rs.Length})
	return append(out, second[1:]...)
}

// TAP, GitHub and progress follow the collections of one command.
func TestStreamingReportersSeveralCollections(t *testing.T) {
	var tap bytes.Buffer
	fxFeed(NewTAP(&tap), fxTwoCollections())
	if got := tap.String(); !strings.Contains(got, "# Tiny\n") || !strings.Contains(got, "# Slow\n") ||
		strings.Index(got, "# Slow") < strings.Index(got, "body is pong") {
		t.Errorf("tap: each collection's heading before its tests:\n%s", got)
	}
	var gh, sum bytes.Buffer
	fxFeed(NewGitHub(&gh, &sum), fxTwoCollections())
	if !strings.Contains(sum.String(), "courier: Tiny, Slow") {
		t.Errorf("github summary title:\n%s", sum.String())
	}
	var bar bytes.Buffer
	fxFeed(NewProgress(&bar, true), fxTwoCollections())
	// Tiny: 1 iteration of 2 items, both run; Slow: 3 iterations of 2 planned, 1 run
	if out := bar.String(); !strings.HasSuffix(out, "| 3/8\x1b[K\n") {
		t.Errorf("progress ends %q", out[max(0, len(out)-60):])
	}
}
