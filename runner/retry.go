package runner

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptrace"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/httpmsg"
	"github.com/courier-run/courier/internal/nodeerr"
)

// Retry says when an item's request is sent again (courier's --retry;
// Newman has none). The zero value retries nothing.
//
// A request is retried after a network error (RetryErrorCodes: the
// connection reset, refused or timed out, the host not found) and, when On
// lists its status, after a response; at most Max times. Only the methods in
// Methods are retried, since sending a POST again may repeat its side effect,
// with one exception: an attempt that never wrote its request (the
// connection was refused, the host not found, the connection timed out) is
// retried whatever its method, as the server cannot have acted on it.
//
// Between attempts the run waits: exponential backoff with full jitter, a
// random wait between 0 and Delay·2^(n-1) for the n-th retry, at most
// MaxDelay; a 429 or 503 response's Retry-After (seconds or an HTTP date)
// is waited for instead, also at most MaxDelay. The wait ends at once when
// the run is interrupted or its --timeout passes.
//
// Scripts see only the last attempt: the pre-request scripts run once
// before the first, the test scripts once after the last. A digest or NTLM
// challenge answered with a replay is not a retry, and pm.sendRequest is
// never retried.
type Retry struct {
	Max      int           // extra attempts; 0 = no retries
	On       StatusSet     // statuses that are retried too (none by default)
	Delay    time.Duration // the backoff's base
	MaxDelay time.Duration // the longest wait; 0 = DefaultRetryMaxDelay
	// Methods are the methods retried after any failure (upper case; "*"
	// for all); nil = DefaultRetryMethods
	Methods []string
	// Jitter returns a number in [0, 1) for each wait (nil = the run's
	// random source); tests make the waits predictable with it
	Jitter func() float64
}

// DefaultRetryMethods are the idempotent methods of RFC 9110 (CONNECT is
// not one that makes sense to retry).
var DefaultRetryMethods = []string{"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"}

// DefaultRetryMaxDelay bounds each wait when Retry.MaxDelay is 0, so that a
// server's Retry-After cannot hold the run for long.
const DefaultRetryMaxDelay = 30 * time.Second

// MaxRetries is the largest Retry.Max the CLI accepts.
const MaxRetries = 100

// RetryErrorCodes are the request errors (Node's codes, as courier reports
// them) that are retried.
var RetryErrorCodes = []string{"ECONNRESET", "ECONNREFUSED", "ECONNABORTED", "EPIPE", "ETIMEDOUT", "ESOCKETTIMEDOUT",
	"ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH"}

// StatusSet is a set of status codes: single codes and whole classes.
type StatusSet []StatusRange

// StatusRange is the codes from Lo to Hi.
type StatusRange struct{ Lo, Hi int }

// Has reports whether code is in the set.
func (s StatusSet) Has(code int) bool {
	for _, r := range s {
		if code >= r.Lo && code <= r.Hi {
			return true
		}
	}
	return false
}

// ParseStatusSet reads --retry-on: a comma-separated list of status codes
// (100-599) and classes ("5xx").
func ParseStatusSet(list string) (StatusSet, error) {
	var s StatusSet
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if len(f) == 3 && f[0] >= '1' && f[0] <= '5' && (f[1] == 'x' || f[1] == 'X') && (f[2] == 'x' || f[2] == 'X') {
			lo := int(f[0]-'0') * 100
			s = append(s, StatusRange{lo, lo + 99})
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || len(f) != 3 || n < 100 || n > 599 {
			return nil, fmt.Errorf("%q is not a status code (100-599) or class (1xx-5xx)", f)
		}
		s = append(s, StatusRange{n, n})
	}
	if len(s) == 0 {
		return nil, errors.New("no status codes given")
	}
	return s, nil
}

// ParseRetryMethods reads --retry-methods: a comma-separated list of
// methods, or "*" for every method.
func ParseRetryMethods(list string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(list, ",") {
		f = strings.ToUpper(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		if f != "*" {
			for i := 0; i < len(f); i++ {
				if c := f[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0) {
					return nil, fmt.Errorf("%q is not a method name", f)
				}
			}
		}
		out = append(out, f)
	}
	if len(out) == 0 {
		return nil, errors.New("no methods given")
	}
	return out, nil
}

// maxRetryAfter is where a Retry-After in seconds stops being read (it is
// capped far below anyway).
const maxRetryAfter = 1 << 31

// parseRetryAfter reads a Retry-After header: delay-seconds or an HTTP
// date (a date in the past is no wait). ok is false for anything else.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if v[0] >= '0' && v[0] <= '9' {
		n := 0
		for i := 0; i < len(v); i++ {
			c := v[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			if n < maxRetryAfter {
				n = n*10 + int(c-'0')
			}
		}
		return time.Duration(min(n, maxRetryAfter)) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}

// retryCode is the Node error code of a request error ("" for none).
func retryCode(err error) string {
	if strings.HasPrefix(err.Error(), tlsHandshakeTimeoutText) {
		// courier's own limit (Node has none): a timeout like the others
		return "ETIMEDOUT"
	}
	for _, p := range nodeerr.Props(err.Error()) {
		if p.Key == "code" {
			s, _ := p.Value.(string)
			return s
		}
	}
	return ""
}

// methodRetried reports whether --retry-methods lets method be retried
// after any failure.
func (p *Retry) methodRetried(method string) bool {
	if method == "" {
		method = "GET"
	}
	methods := p.Methods
	if methods == nil {
		methods = DefaultRetryMethods
	}
	for _, m := range methods {
		if m == "*" || strings.EqualFold(m, method) {
			return true
		}
	}
	return false
}

// reason says why an attempt is retried ("" when it is not): its error's
// code or its status. wrote says whether any of its request went out.
func (p *Retry) reason(method string, resp *httpmsg.Response, err error, wrote bool) string {
	if err != nil {
		code := retryCode(err)
		for _, c := range RetryErrorCodes {
			if c == code {
				if wrote && !p.methodRetried(method) {
					return ""
				}
				return code
			}
		}
		return ""
	}
	if resp != nil && p.On.Has(resp.Code) && p.methodRetried(method) {
		return strconv.Itoa(resp.Code)
	}
	return ""
}

// wait is how long to wait before retrying after the given failed attempt
// (1 for the first).
func (p *Retry) wait(attempt int, resp *httpmsg.Response, now time.Time, jitter func() float64) time.Duration {
	ceiling := p.MaxDelay
	if ceiling <= 0 {
		ceiling = DefaultRetryMaxDelay
	}
	if resp != nil && (resp.Code == 429 || resp.Code == 503) {
		for _, h := range resp.Headers {
			if strings.EqualFold(h.Key, "Retry-After") {
				if d, ok := parseRetryAfter(h.Value, now); ok {
					return min(d, ceiling)
				}
				break
			}
		}
	}
	d := max(p.Delay, 0)
	for i := 1; i < attempt && d < ceiling; i++ {
		d *= 2
	}
	d = min(d, ceiling)
	j := jitter()
	if j < 0 || j >= 1 {
		j = 0
	}
	return time.Duration(j * float64(d))
}

// sendItem sends an item's request, and again while --retry says so. Each
// attempt opens with a RequestStart (through hooks); a retried one is closed
// with a RequestRetry, the last is returned for the item's RequestDone.
// started tells runItem whether the returned attempt was announced.
func (r *run) sendItem(req *collections.Request, authSource *collections.Auth, st settings, hooks *sendHooks, started *bool, cur events.Cursor, item events.Item) (events.Request, *httpmsg.Response, error) {
	p := &r.opts.Retry
	if p.Max <= 0 {
		return r.sendAuthed(r.ctx, req, authSource, st, hooks)
	}
	jitter := p.Jitter
	if jitter == nil {
		jitter = r.rnd.Float64
	}
	for attempt := 1; ; attempt++ {
		var wrote atomic.Bool
		ctx := httptrace.WithClientTrace(r.ctx, &httptrace.ClientTrace{WroteRequest: func(httptrace.WroteRequestInfo) { wrote.Store(true) }})
		evReq, resp, err := r.sendAuthed(ctx, req, authSource, st, hooks)
		if attempt > p.Max || r.ctx.Err() != nil {
			return evReq, resp, err
		}
		reason := p.reason(req.Method, resp, err, wrote.Load())
		if reason == "" {
			return evReq, resp, err
		}
		delay := p.wait(attempt, resp, r.opts.Now(), jitter)
		if !*started {
			r.emit(events.RequestStart{Cursor: cur, Item: item, Request: evReq, Time: r.opts.Now()})
		}
		rr := events.RequestRetry{Cursor: cur, Item: item, Request: evReq, Attempt: attempt, Max: p.Max + 1, Reason: reason, Delay: delay, Time: r.opts.Now()}
		if err != nil {
			rr.Error = &events.Error{Name: errorName(err), Message: err.Error()}
		} else {
			rr.Code, rr.Status = resp.Code, resp.Reason
		}
		r.emit(rr)
		if r.opts.Sleep(r.ctx, delay) != nil {
			// interrupted while waiting: the last attempt is the request's outcome
			*started = true
			return evReq, resp, err
		}
		*started = false
		if attempt == 1 {
			// later attempts repeat no pre-send warnings (unknown auth, files)
			h := sendHooks{}
			if hooks != nil {
				h = *hooks
			}
			h.presend, h.warn = nil, func(string) {}
			hooks = &h
		}
	}
}
