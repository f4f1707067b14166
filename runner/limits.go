package runner

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"
)

// tlsHandshakeTimeout bounds a TLS handshake when no shorter
// --timeout-request applies: a server that accepts the connection and never
// answers the ClientHello must not hang the run (Node has no such bound).
// A variable for the tests.
var tlsHandshakeTimeout = 10 * time.Second

// ErrNotAFile is what Options.OpenFile returns for a path that is not a
// regular file (a directory, a device, a FIFO): Newman's "is not a file".
var ErrNotAFile = errors.New("not a regular file")

// sizeError is a body over one of the run's size limits: a request error.
type sizeError struct {
	msg string
}

func (e *sizeError) Error() string { return e.msg }

// responseTooLarge is postman-request's error for a response over its
// maxResponseSize (the Postman app's "Max response size"), with the limit.
func responseTooLarge(limit int64, encoding string) error {
	what := "the response body"
	if encoding != "" {
		what += " decoded (" + encoding + ")"
	}
	return &sizeError{fmt.Sprintf("Maximum response size reached: %s is larger than %s (--max-response-size)", what, formatSize(limit))}
}

// readAllLimit reads a response body (decoded with encoding, "" for as
// received) to its end, or fails with responseTooLarge as soon as it has
// given more than limit bytes (limit <= 0: no limit).
func readAllLimit(r io.Reader, limit int64, encoding string) ([]byte, error) {
	if limit <= 0 {
		return io.ReadAll(r)
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if int64(len(b)) > limit {
		return nil, responseTooLarge(limit, encoding)
	}
	return b, err
}

// formatSize writes a byte count as the size flags take it: "50MB",
// "512MiB", "1500" bytes.
func formatSize(n int64) string {
	for _, u := range []struct {
		mult int64
		name string
	}{{1 << 30, "GiB"}, {1e9, "GB"}, {1 << 20, "MiB"}, {1e6, "MB"}, {1 << 10, "KiB"}, {1e3, "KB"}} {
		if n >= u.mult && n%u.mult == 0 {
			return strconv.FormatInt(n/u.mult, 10) + u.name
		}
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

const tlsHandshakeTimeoutText = "TLS handshake timeout"

// errTLSHandshakeTimeout is a handshake that took longer than tlsHandshakeTimeout.
func errTLSHandshakeTimeout() error {
	return fmt.Errorf(tlsHandshakeTimeoutText+": the server did not complete the handshake within %v", tlsHandshakeTimeout)
}
