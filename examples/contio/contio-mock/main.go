// Command contio-mock serves internal/contiomock, a stand-in for the Contio
// Partner API, on a local address (examples/contio/README.md):
//
//	contio-mock [--addr 127.0.0.1:8787] [--otp CODE] [--rate-limit N]
//	contio-mock mailbox --url http://HOST:PORT --email ADDRESS
//
// The mailbox form prints the newest one-time code "mailed" to ADDRESS by
// a running stand-in (GET /_mock/mailbox), or nothing when none has come
// yet: what courier's --prompt-command reads in make demo.
//
// Its first line on stdout is "listening on http://HOST:PORT" (the real port
// when --addr ends in :0). It serves until SIGINT or SIGTERM, then shuts down.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/courier-run/courier/internal/contiomock"
	"github.com/courier-run/courier/internal/serve"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run parses args, serves until ctx is done and returns the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "mailbox" {
		return mailbox(ctx, args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("contio-mock", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8787", "address to listen on (port 0 picks a free port)")
	otp := fs.String("otp", "", "fixed 6-digit OTP for every login (default: random)")
	rateLimit := fs.Int("rate-limit", contiomock.DefaultRateLimit, "OAuth requests per 5 minutes per client address (0 or negative: unlimited)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "contio-mock: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *otp != "" && !sixDigits(*otp) {
		fmt.Fprintln(stderr, "contio-mock: --otp must be exactly 6 digits")
		return 2
	}

	cfg := contiomock.DefaultConfig()
	cfg.OTP = *otp
	cfg.RateLimit = *rateLimit
	if cfg.RateLimit <= 0 {
		cfg.RateLimit = -1 // the package reads 0 as "default"; on the command line it means unlimited
	}

	code := serve.Run(ctx, contiomock.New(cfg), serve.Options{Name: "contio-mock", Addr: *addr, Started: func(net.Addr) {
		fmt.Fprintf(stderr, "contio-mock: demo client %q, redirect %s; OTPs readable at GET /_mock/mailbox?email=...\n",
			contiomock.DemoClientID, contiomock.DemoRedirectURI)
	}}, stdout, stderr)
	if code == 0 {
		fmt.Fprintln(stderr, "contio-mock: stopped")
	}
	return code
}

func sixDigits(s string) bool {
	if len(s) != 6 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// mailbox prints the newest code mailed to --email, or nothing.
func mailbox(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("contio-mock mailbox", flag.ContinueOnError)
	fs.SetOutput(stderr)
	base := fs.String("url", "", "the stand-in's address (its \"listening on\" line)")
	email := fs.String("email", "", "the address the code was mailed to")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *base == "" || *email == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "contio-mock mailbox: usage: contio-mock mailbox --url http://HOST:PORT --email ADDRESS")
		return 2
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(*base, "/")+"/_mock/mailbox?email="+url.QueryEscape(*email), nil)
	if err != nil {
		fmt.Fprintf(stderr, "contio-mock mailbox: %v\n", err)
		return 2
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintf(stderr, "contio-mock mailbox: %v\n", err)
		return 1
	}
	defer resp.Body.Close()
	var box struct {
		Codes []string `json:"codes"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&box); err != nil || resp.StatusCode != http.StatusOK {
		fmt.Fprintf(stderr, "contio-mock mailbox: %s: status %d, %v\n", req.URL.Redacted(), resp.StatusCode, err)
		return 1
	}
	if n := len(box.Codes); n > 0 {
		fmt.Fprintln(stdout, box.Codes[n-1])
	}
	return 0
}
