package runner

import (
	"context"
	"crypto/tls"
	"net/http/httptrace"
	"sync"
	"time"

	"github.com/courier-run/courier/events"
)

// phaseClock records the moments of one exchange (the last request of it,
// after redirects and auth replays) for Newman's timing phases.
type phaseClock struct {
	mu                               sync.Mutex
	now                              func() time.Time
	start, getConn, gotConn          time.Time
	dnsStart, dnsDone                time.Time
	connStart, connDone              time.Time
	tlsStart, tlsDone                time.Time
	wrote, firstByte, read, finished time.Time
	reused                           bool
}

func (p *phaseClock) mark(t *time.Time) {
	p.mu.Lock()
	*t = p.now()
	p.mu.Unlock()
}

func (p *phaseClock) context(ctx context.Context) context.Context {
	return httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		GetConn: func(string) {
			p.mu.Lock()
			// a new request of the exchange: forget the previous one's moments
			p.getConn, p.gotConn, p.dnsStart, p.dnsDone = p.now(), time.Time{}, time.Time{}, time.Time{}
			p.connStart, p.connDone, p.tlsStart, p.tlsDone = time.Time{}, time.Time{}, time.Time{}, time.Time{}
			p.wrote, p.firstByte = time.Time{}, time.Time{}
			p.mu.Unlock()
		},
		GotConn: func(info httptrace.GotConnInfo) {
			p.mark(&p.gotConn)
			p.mu.Lock()
			p.reused = info.Reused
			p.mu.Unlock()
		},
		DNSStart:             func(httptrace.DNSStartInfo) { p.mark(&p.dnsStart) },
		DNSDone:              func(httptrace.DNSDoneInfo) { p.mark(&p.dnsDone) },
		ConnectStart:         func(string, string) { p.mark(&p.connStart) },
		ConnectDone:          func(string, string, error) { p.mark(&p.connDone) },
		TLSHandshakeStart:    func() { p.mark(&p.tlsStart) },
		TLSHandshakeDone:     func(tls.ConnectionState, error) { p.mark(&p.tlsDone) },
		WroteRequest:         func(httptrace.WroteRequestInfo) { p.mark(&p.wrote) },
		GotFirstResponseByte: func() { p.mark(&p.firstByte) },
	})
}

func span(from, to time.Time) time.Duration {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return 0
	}
	return to.Sub(from)
}

// phases turns the moments into Newman's timing phases.
func (p *phaseClock) phases() *events.Phases {
	p.mu.Lock()
	defer p.mu.Unlock()
	ph := &events.Phases{
		Prepare:   span(p.start, p.getConn),
		Wait:      span(p.getConn, p.connStartOr(p.gotConn)),
		DNS:       span(p.dnsStart, p.dnsDone),
		TCP:       span(p.connStart, p.connDone),
		TLS:       span(p.tlsStart, p.tlsDone),
		FirstByte: span(p.wrote, p.firstByte),
		Download:  span(p.firstByte, p.read),
		Process:   span(p.read, p.finished),
		Total:     span(p.start, p.finished),
		Secure:    !p.tlsStart.IsZero(),
	}
	return ph
}

// connStartOr is when the wait for a socket ended: the DNS lookup or the
// connect started, or the pooled connection arrived.
func (p *phaseClock) connStartOr(got time.Time) time.Time {
	for _, t := range []time.Time{p.dnsStart, p.connStart} {
		if !t.IsZero() {
			return t
		}
	}
	return got
}
