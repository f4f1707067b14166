package reporters

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/courier-run/courier/events"
)

// bigExecution is one executed request whose response body has n bytes.
func bigExecution(n int) *events.Execution {
	body := bytes.Repeat([]byte{0, 7, 200, 255}, n/4)
	return &events.Execution{
		Item:     events.Item{ID: "i1", Name: "big"},
		Request:  &events.Request{Method: "GET", URL: "http://x.test/big"},
		Response: &events.Response{Code: 200, Status: "OK", Body: body, Size: len(body)},
	}
}

// A body is written as Buffer#toJSON's byte array, whole and on one line,
// and the report still parses into Newman's shape.
func TestJSONBodyArrayOnOneLine(t *testing.T) {
	var out bytes.Buffer
	sp := NewJSONSpool(&out, JSONOptions{})
	sp.Add(bigExecution(4000))
	if err := sp.Flush(); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	if lines := strings.Count(text, "\n"); lines > 60 {
		t.Errorf("one execution with a 4000-byte body took %d lines", lines)
	}
	var x struct {
		Response struct {
			Stream struct {
				Type string `json:"type"`
				Data []int  `json:"data"`
			} `json:"stream"`
		} `json:"response"`
	}
	if err := json.Unmarshal([]byte(strings.TrimPrefix(text, ",")), &x); err != nil {
		t.Fatalf("not JSON: %v\n%.300s", err, text)
	}
	if x.Response.Stream.Type != "Buffer" || len(x.Response.Stream.Data) != 4000 {
		t.Fatalf("stream: %s with %d bytes", x.Response.Stream.Type, len(x.Response.Stream.Data))
	}
	want := []int{0, 7, 200, 255}
	for i, b := range x.Response.Stream.Data {
		if b != want[i%4] {
			t.Fatalf("byte %d is %d, want %d", i, b, want[i%4])
		}
	}
	if strings.Contains(text, bufferMark) {
		t.Error("the placeholder was left in the report")
	}
}

// Writing an execution does not hold its body as report text: the bytes
// allocated stay a small multiple of the body (masking copies it once),
// not the ~4 bytes of text per body byte the array takes.
func TestJSONBodyIsNotHeldAsText(t *testing.T) {
	const n = 8 << 20
	x := bigExecution(n)
	sp := NewJSONSpool(io.Discard, JSONOptions{})
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	sp.Add(x)
	if err := sp.Flush(); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 3*n {
		t.Errorf("writing an execution with an %d MiB body allocated %d MiB", n>>20, got>>20)
	}
}
