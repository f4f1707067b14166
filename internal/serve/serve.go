// Package serve runs the project's local HTTP servers (contio-mock and the
// test server) the same way: listen, print "listening on http://HOST:PORT" as
// the first line of stdout, serve until the context ends, shut down.
package serve

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

// Options configure Run.
type Options struct {
	Name        string        // program name for messages on stderr
	Addr        string        // address to listen on ("127.0.0.1:0" picks a free port)
	IdleTimeout time.Duration // keep-alive idle timeout; 0 = none
	Grace       time.Duration // how long shutdown may take; 0 = 5s
	// Started, when set, runs after the first line is printed.
	Started func(addr net.Addr)
}

// Run serves h until ctx is done and returns the process exit code: 0 after a
// clean shutdown, 1 when listening or serving failed.
func Run(ctx context.Context, h http.Handler, o Options, stdout, stderr io.Writer) int {
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", o.Name, err)
		return 1
	}
	if _, err := fmt.Fprintf(stdout, "listening on http://%s\n", ln.Addr()); err != nil {
		ln.Close()
		return 1
	}
	if f, ok := stdout.(interface{ Sync() error }); ok {
		_ = f.Sync()
	}
	if o.Started != nil {
		o.Started(ln.Addr())
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: o.IdleTimeout}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		fmt.Fprintf(stderr, "%s: %v\n", o.Name, err)
		return 1
	case <-ctx.Done():
	}
	grace := o.Grace
	if grace <= 0 {
		grace = 5 * time.Second
	}
	shutdown, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintf(stderr, "%s: shutdown: %v\n", o.Name, err)
		return 1
	}
	return 0
}
