// Command testserver serves internal/testserver on a local address:
//
//	testserver [--addr 127.0.0.1:0]
//
// Its first line on stdout is "listening on http://HOST:PORT" (the real port
// when --addr ends in :0), its second "raw on http://HOST:PORT", the raw echo
// server (testserver.ServeRaw) on --raw-addr. It serves until SIGINT or
// SIGTERM, then exits.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/courier-run/courier/internal/serve"
	"github.com/courier-run/courier/internal/testserver"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("testserver", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:0", "address to listen on (port 0 picks a free port)")
	rawAddr := fs.String("raw-addr", "127.0.0.1:0", "address of the raw echo server")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "testserver: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	rawLn, err := net.Listen("tcp", *rawAddr)
	if err != nil {
		fmt.Fprintf(stderr, "testserver: %v\n", err)
		return 1
	}
	defer rawLn.Close()
	go testserver.ServeRaw(rawLn)
	started := func(net.Addr) {
		fmt.Fprintf(stdout, "raw on http://%s\n", rawLn.Addr())
		if f, ok := stdout.(interface{ Sync() error }); ok {
			_ = f.Sync()
		}
	}
	// A short idle timeout: Newman exits only once its keep-alive
	// connections are closed, and Go keeps idle ones open forever by default.
	return serve.Run(ctx, testserver.New(), serve.Options{Name: "testserver", Addr: *addr, IdleTimeout: time.Second, Grace: 2 * time.Second, Started: started}, stdout, stderr)
}
