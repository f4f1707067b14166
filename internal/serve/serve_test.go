package serve

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
)

func TestRunPrintsAddressServesAndStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	var stderr bytes.Buffer
	started := make(chan net.Addr, 1)
	done := make(chan int, 1)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "hello") })
	go func() {
		done <- Run(ctx, h, Options{Name: "t", Addr: "127.0.0.1:0", Started: func(a net.Addr) { started <- a }}, pw, &stderr)
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	if a := <-started; !strings.HasSuffix(strings.TrimSpace(line), a.String()) {
		t.Errorf("Started got %v, first line %q", a, line)
	}
	url, ok := strings.CutPrefix(strings.TrimSpace(line), "listening on ")
	if !ok || strings.HasSuffix(url, ":0") {
		t.Fatalf("first line %q", line)
	}
	resp, err := http.Get(url + "/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "hello" {
		t.Errorf("served %q", b)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}

func TestRunBadAddress(t *testing.T) {
	var out, errb bytes.Buffer
	if code := Run(context.Background(), http.NotFoundHandler(), Options{Name: "t", Addr: "256.0.0.1:bad"}, &out, &errb); code != 1 || !strings.HasPrefix(errb.String(), "t: ") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}
