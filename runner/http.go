package runner

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/internal/authsign"
	"github.com/courier-run/courier/internal/events"
	"github.com/courier-run/courier/scripting"
)

// clients holds the run's transports: keep-alive connections are reused
// across requests; an insecure transport is made only when needed.
type clients struct {
	mu       sync.Mutex
	opts     Options
	jar      *Jar
	secure   *http.Transport
	insecure *http.Transport
}

func newClients(opts Options, jar *Jar) *clients {
	return &clients{opts: opts, jar: jar}
}

func (c *clients) transport(insecure bool) *http.Transport {
	c.mu.Lock()
	defer c.mu.Unlock()
	if insecure && c.insecure != nil {
		return c.insecure
	}
	if !insecure && c.secure != nil {
		return c.secure
	}
	tlsConf := &tls.Config{InsecureSkipVerify: insecure, RootCAs: c.opts.RootCAs} //nolint:gosec // --insecure / strictSSL false
	var certFor func(addr string) *tls.Certificate
	if len(c.opts.ClientCerts) > 0 {
		certFor = func(addr string) *tls.Certificate {
			return c.clientCertFor(&url.URL{Scheme: "https", Host: addr})
		}
		// connections through a proxy are made by the transport itself
		// (the host is unknown there: the first catch-all certificate, else the first)
		fallback := &c.opts.ClientCerts[0].Cert
		for i, cc := range c.opts.ClientCerts {
			if len(cc.Matches) == 0 {
				fallback = &c.opts.ClientCerts[i].Cert
				break
			}
		}
		tlsConf.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return fallback, nil }
	}
	dial, dialTLS := recordingDialers(&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}, tlsConf, certFor)
	t := &http.Transport{
		Proxy:               c.opts.Proxy,
		DialContext:         dial,
		DialTLSContext:      dialTLS,
		TLSClientConfig:     tlsConf,
		MaxIdleConns:        100,
		MaxIdleConnsPerHost: 16,
		IdleConnTimeout:     90 * time.Second,
		DisableCompression:  true, // Postman sends its own Accept-Encoding and decodes itself
		ForceAttemptHTTP2:   false,
	}
	if insecure {
		c.insecure = t
	} else {
		c.secure = t
	}
	return t
}

// clientCertFor picks the client certificate for a host (first match wins;
// an entry without patterns matches every host).
func (c *clients) clientCertFor(u *url.URL) *tls.Certificate {
	for i, cc := range c.opts.ClientCerts {
		if len(cc.Matches) == 0 {
			return &c.opts.ClientCerts[i].Cert
		}
		for _, m := range cc.Matches {
			if matchHostPattern(m, u) {
				return &c.opts.ClientCerts[i].Cert
			}
		}
	}
	return nil
}

func matchHostPattern(pattern string, u *url.URL) bool {
	p := pattern
	if i := strings.Index(p, "://"); i >= 0 {
		p = p[i+3:]
	}
	if i := strings.IndexByte(p, '/'); i >= 0 {
		p = p[:i]
	}
	ok, _ := path.Match(p, u.Host)
	if !ok {
		ok, _ = path.Match(p, u.Hostname())
	}
	return ok
}

func (c *clients) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, t := range []*http.Transport{c.secure, c.insecure} {
		if t != nil {
			t.CloseIdleConnections()
		}
	}
}

// settings are the protocolProfileBehavior values that apply to one request.
type settings struct {
	followRedirects           bool
	maxRedirects              int
	followOriginalHTTPMethod  bool
	followAuthorizationHeader bool
	removeRefererHeader       bool
	strictSSL                 bool
	disableCookies            bool
	disableBodyPruning        bool
	disableURLEncoding        bool
}

func (r *run) settingsFor(e *entry) settings {
	s := settings{followRedirects: !r.opts.IgnoreRedirects, maxRedirects: 10, strictSSL: !r.opts.Insecure}
	apply := func(m map[string]any) {
		for k, v := range m {
			b, isBool := v.(bool)
			switch k {
			case "followRedirects":
				if isBool {
					s.followRedirects = b
				}
			case "maxRedirects":
				if f, ok := v.(float64); ok {
					s.maxRedirects = int(f)
				}
			case "followOriginalHttpMethod":
				s.followOriginalHTTPMethod = b
			case "followAuthorizationHeader":
				s.followAuthorizationHeader = b
			case "removeRefererHeaderOnRedirect":
				s.removeRefererHeader = b
			case "strictSSL":
				if isBool && !r.opts.Insecure {
					s.strictSSL = b
				}
			case "disableCookies":
				s.disableCookies = b
			case "disableBodyPruning":
				s.disableBodyPruning = b
			case "disableUrlEncoding":
				s.disableURLEncoding = b
			}
		}
	}
	apply(r.opts.Collection.ProtocolProfileBehavior)
	if e != nil {
		for _, p := range e.parents {
			apply(p.ProtocolProfileBehavior)
		}
		apply(e.item.ProtocolProfileBehavior)
	}
	return s
}

// authParams adapts a resolved auth to authsign.Params (+ Looker and Setter),
// keeping values the scheme stores back for the rest of the run.
type authParams struct {
	auth  *collections.Auth
	state map[string]string
	mu    *sync.Mutex // guards state (pm.sendRequest may sign concurrently)
}

func (a authParams) Lookup(key string) (string, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for i := len(a.auth.Params) - 1; i >= 0; i-- {
		p := a.auth.Params[i]
		if p.Key == key {
			if p.Value == nil {
				break
			}
			v := collections.ValueString(p.Value)
			if v == "" {
				if s, ok := a.state[key]; ok {
					return s, true
				}
			}
			return v, true
		}
	}
	s, ok := a.state[key]
	return s, ok
}

func (a authParams) Get(key string) string { v, _ := a.Lookup(key); return v }

func (a authParams) Set(key, value string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, p := range a.auth.Params {
		if p.Key == key && collections.ValueString(p.Value) != "" {
			if _, stored := a.state[key]; !stored {
				return // the user's own value stays
			}
		}
	}
	a.state[key] = value
}

// emptyURL reports whether a resolved URL writes out as nothing (what
// postman-runtime refuses as "request url is empty"), without writing it.
func emptyURL(u collections.URL) bool {
	if u.Protocol != "" || u.Port != "" || u.EmptyPort || u.Path != nil || u.Hash != "" || u.EmptyHash || u.HasQuery() {
		return false
	}
	if a := u.Auth; a != nil && (a.HasUser || a.HasPassword) {
		return false
	}
	for _, h := range u.Host {
		if h != "" {
			return false
		}
	}
	return len(u.Host) < 2
}

// send resolves nothing: req must already be resolved. It builds the HTTP
// request, applies auth, follows redirects and reads the response.
func (r *run) send(ctx context.Context, req *collections.Request, authSource *collections.Auth, st settings) (events.Request, *scripting.Response, error) {
	ev := events.Request{Method: req.Method}
	if req.Body != nil {
		ev.BodyMode = req.Body.Mode
	}
	w, err := buildWireURL(req.URL, st.disableURLEncoding)
	ev.URL, ev.Display, ev.Parts = w.href, req.URL.String(), reportedURL(w.href)
	if err != nil {
		return ev, nil, err
	}
	u := w.url
	ctx = withWirePath(ctx, u.String(), w.target, w.basic)
	trk := &connTracker{}
	ctx = trk.context(ctx)
	pc := &phaseClock{now: r.opts.Now}
	pc.start = pc.now()
	ctx = pc.context(ctx)
	boundary := fmt.Sprintf("--------------------------%024d", r.rnd.Uint64()%1e18*1e6+r.rnd.Uint64()%1e6)
	method := req.Method
	if method == "" {
		method = "GET"
	}
	var body []byte
	var ct string
	if !methodWithoutBody(method) || st.disableBodyPruning {
		var err error
		if body, ct, err = bodyBytes(req.Body, r.opts.ReadFile, boundary); err != nil {
			return ev, nil, err
		}
	}
	hreq, err := http.NewRequestWithContext(ctx, method, "/", nil)
	if err != nil {
		return ev, nil, err
	}
	hreq.URL, hreq.Host = u, w.host
	for _, h := range req.Headers {
		if h.Disabled || h.Key == "" {
			continue
		}
		hreq.Header.Add(h.Key, h.Value)
	}
	// Postman adds a raw json body's Content-Type before auth signs the
	// request, and every other implied Content-Type after it.
	userCT := hreq.Header.Get("Content-Type") != ""
	if ct != "" && !userCT && req.Body != nil && req.Body.Mode == "raw" && req.Body.Language == "json" && len(body) > 0 && !noBodyMethod(method) {
		hreq.Header.Set("Content-Type", ct)
		userCT = true
	}
	// auth
	var ap authParams
	authType := ""
	if req.Auth != nil && req.Auth.Type != "" && req.Auth.Type != "noauth" {
		authType = req.Auth.Type
		key := authSource
		if key == nil {
			key = req.Auth
		}
		r.authMu.Lock()
		state, ok := r.authState[key]
		if !ok {
			state = map[string]string{}
			r.authState[key] = state
		}
		r.authMu.Unlock()
		ap = authParams{auth: req.Auth, state: state, mu: &r.authMu}
		env := authsign.Env{Now: r.opts.Now, Rand: randReader{r}, BodyMode: ev.BodyMode}
		if err := authsign.Sign(hreq, body, authType, ap, env); err != nil {
			r.Console("warn", []string{"could not sign the request: " + err.Error()})
		}
		if hreq.Body != nil { // oauth1 may rewrite a urlencoded body
			if b, err := io.ReadAll(hreq.Body); err == nil {
				body = b
			}
		}
	}
	if ct != "" && !userCT && hreq.Header.Get("Content-Type") == "" {
		hreq.Header.Set("Content-Type", ct)
	}
	// Postman's system headers, unless the user set them
	sys := []events.Header{
		{Key: "User-Agent", Value: r.opts.UserAgent},
		{Key: "Accept", Value: "*/*"},
		{Key: "Cache-Control", Value: "no-cache"},
		{Key: "Postman-Token", Value: r.newRef()},
		{Key: "Host", Value: w.host},
		{Key: "Accept-Encoding", Value: "gzip, deflate, br"},
		{Key: "Connection", Value: "keep-alive"},
	}
	for _, h := range sys {
		if _, ok := hreq.Header[http.CanonicalHeaderKey(h.Key)]; !ok {
			hreq.Header.Set(h.Key, h.Value)
		}
	}
	if hreq.Header.Get("Host") != "" {
		hreq.Host = hreq.Header.Get("Host")
	}
	// the order reports and test scripts see: the user's headers, then
	// Postman's system headers, then what auth and the body added
	var order []string
	user := map[string]bool{}
	for _, h := range req.Headers {
		if !h.Disabled && h.Key != "" {
			order = append(order, h.Key)
			user[http.CanonicalHeaderKey(h.Key)] = true
		}
	}
	for _, h := range sys {
		order = append(order, h.Key)
	}

	client := &http.Client{
		Transport: wirePathTransport{base: r.client.transport(!st.strictSSL), proxy: r.opts.Proxy != nil},
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
	if !st.disableCookies {
		client.Jar = r.jar
	}
	if r.opts.TimeoutReq > 0 {
		client.Timeout = r.opts.TimeoutReq
	}
	start := r.opts.Now()
	resp, raw, names, err := r.exchange(client, hreq, body, st, authType, ap, trk)
	pc.mark(&pc.read)
	if err != nil {
		ev.Headers = orderedHeaders(hreq.Header, order, user, len(body))
		ev.Body = body
		return ev, nil, friendlyError(err, r.opts.TimeoutReq)
	}
	elapsed := r.opts.Now().Sub(start)
	ev.Method = resp.Request.Method
	if final := resp.Request.URL.String(); final != u.String() {
		ev.URL, ev.Display = final, "" // redirected: show where it ended
	}
	ev.Headers = orderedHeaders(resp.Request.Header, order, user, len(body))
	ev.Body = body
	decoded, derr := decode(resp.Header.Get("Content-Encoding"), raw)
	if derr != nil {
		decoded = raw
	}
	out := &scripting.Response{
		Code:         resp.StatusCode,
		Reason:       reason(resp),
		Headers:      headerPairs(resp.Header, names),
		Body:         decoded,
		ResponseTime: elapsed,
		ResponseSize: len(raw),
	}
	pc.mark(&pc.finished)
	ev.Phases = pc.phases()
	if client.Jar != nil {
		// pm.cookies: the jar's cookies for the final URL, as Newman gives them
		r.jar.mu.Lock()
		for _, c := range r.jar.matching(resp.Request.URL) {
			out.Cookies = append(out.Cookies, c.Cookie)
		}
		r.jar.mu.Unlock()
	} else {
		for _, c := range resp.Cookies() {
			out.Cookies = append(out.Cookies, scripting.Cookie{Name: c.Name, Value: c.Value, Domain: c.Domain, Path: c.Path, Expires: c.Expires, MaxAge: c.MaxAge, HTTPOnly: c.HttpOnly, Secure: c.Secure})
		}
	}
	return ev, out, nil
}

type randReader struct{ r *run }

func (rr randReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(rr.r.rnd.Uint32())
	}
	return len(p), nil
}

// exchange sends the request, answers auth challenges and follows redirects.
func (r *run) exchange(client *http.Client, req *http.Request, body []byte, st settings, authType string, ap authParams, trk *connTracker) (*http.Response, []byte, []string, error) {
	redirects := 0
	retries := 0
	origHost := req.URL.Host
	for {
		if body != nil {
			req.Body = io.NopCloser(bytes.NewReader(body))
			req.ContentLength = int64(len(body))
			b := body
			req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }
		} else {
			req.Body = nil
			req.ContentLength = 0
		}
		resp, err := client.Do(req)
		if err != nil {
			return nil, nil, nil, err
		}
		names := trk.order() // before the body is read and the connection reused
		raw, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return nil, nil, nil, err
		}
		if authType != "" && authsign.NeedsChallenge(authType, ap) && retries < 3 {
			next := req.Clone(req.Context())
			ok, aerr := authsign.Retry(next, body, authType, ap, resp, authsign.Env{Now: r.opts.Now, Rand: randReader{r}})
			if aerr != nil {
				r.Console("warn", []string{"auth retry failed: " + aerr.Error()})
			}
			if ok {
				retries++
				req = next
				continue
			}
			authsign.Observe(authType, ap, resp)
		}
		if !st.followRedirects || !isRedirect(resp.StatusCode) {
			return resp, raw, names, nil
		}
		loc := resp.Header.Get("Location")
		if loc == "" {
			return resp, raw, names, nil
		}
		if redirects >= st.maxRedirects {
			return nil, nil, nil, fmt.Errorf("Exceeded maxRedirects. Probably stuck in a redirect loop %s", req.URL)
		}
		target, err := req.URL.Parse(loc)
		if err != nil {
			return resp, raw, names, nil
		}
		redirects++
		next := req.Clone(req.Context())
		next.URL = target
		next.Host = target.Host
		next.Header.Set("Host", target.Host)
		if next.Header.Get("Cookie") != "" && client.Jar != nil {
			next.Header.Del("Cookie")
		}
		keepMethod := resp.StatusCode == 307 || resp.StatusCode == 308 || st.followOriginalHTTPMethod && resp.StatusCode != 303
		if !keepMethod && req.Method != "HEAD" {
			next.Method = "GET"
			body = nil
			next.Header.Del("Content-Type")
			next.Header.Del("Content-Length")
		}
		if target.Host != origHost && !st.followAuthorizationHeader {
			next.Header.Del("Authorization")
		}
		if st.removeRefererHeader {
			next.Header.Del("Referer")
		} else {
			next.Header.Set("Referer", req.URL.String())
		}
		req = next
	}
}

func isRedirect(code int) bool {
	switch code {
	case 301, 302, 303, 307, 308:
		return true
	}
	return false
}

func reason(resp *http.Response) string {
	if s := strings.TrimSpace(strings.TrimPrefix(resp.Status, fmt.Sprint(resp.StatusCode))); s != "" {
		return s
	}
	return http.StatusText(resp.StatusCode)
}

// friendlyError turns Go's transport errors into the messages Newman users know.
func friendlyError(err error, timeout time.Duration) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		if timeout > 0 {
			return errors.New("ESOCKETTIMEDOUT") // Newman's message, word for word
		}
		return fmt.Errorf("ETIMEDOUT: %v", err)
	}
	var oe *net.OpError
	if errors.As(err, &oe) {
		var de *net.DNSError
		if errors.As(err, &de) {
			return fmt.Errorf("getaddrinfo ENOTFOUND %s", de.Name)
		}
		if strings.Contains(oe.Error(), "connection refused") {
			return fmt.Errorf("connect ECONNREFUSED %s", nodeAddr(oe.Addr))
		}
		if strings.Contains(oe.Error(), "connection reset") {
			return fmt.Errorf("read ECONNRESET")
		}
	}
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("request aborted: the run was interrupted")
	}
	return err
}

func decode(enc string, raw []byte) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "", "identity":
		return raw, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(zr)
	case "deflate":
		if zr, err := zlib.NewReader(bytes.NewReader(raw)); err == nil {
			if b, err := io.ReadAll(zr); err == nil {
				return b, nil
			}
		}
		return io.ReadAll(flate.NewReader(bytes.NewReader(raw)))
	case "br":
		return io.ReadAll(brotli.NewReader(bytes.NewReader(raw)))
	}
	return raw, nil
}

// headerPairs lists a response's headers in the order received (names as
// the server spelled them), any others after them sorted.
func headerPairs(h http.Header, received []string) []scripting.Header {
	out := make([]scripting.Header, 0, len(h))
	next := map[string]int{}
	for _, name := range received {
		ck := http.CanonicalHeaderKey(name)
		vs := h[ck]
		if next[ck] < len(vs) {
			out = append(out, scripting.Header{Key: name, Value: vs[next[ck]]})
			next[ck]++
		}
	}
	for _, k := range sortedHeaderKeys(h) {
		for _, v := range h[k][next[k]:] {
			out = append(out, scripting.Header{Key: k, Value: v})
		}
	}
	return out
}

func sortedHeaderKeys(h http.Header) []string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

// noBodyMethod lists the methods for which Postman signs no implied Content-Type.
func noBodyMethod(m string) bool {
	switch strings.ToUpper(m) {
	case "GET", "HEAD", "COPY", "PURGE", "UNLOCK":
		return true
	}
	return false
}

// orderedHeaders lists h with the names in order first (in that order, each
// once), then the rest sorted, and a Content-Length for a body, as Newman
// reports the request it sent.
func orderedHeaders(h http.Header, order []string, user map[string]bool, bodyLen int) []events.Header {
	var out []events.Header
	seen := map[string]bool{}
	add := func(k string) {
		ck := http.CanonicalHeaderKey(k)
		if seen[ck] {
			return
		}
		seen[ck] = true
		for _, v := range h[ck] {
			out = append(out, events.Header{Key: k, Value: v, System: !user[ck]})
		}
	}
	for _, k := range order {
		add(k)
	}
	for _, k := range sortedHeaderKeys(h) {
		add(k)
	}
	if bodyLen > 0 && !seen["Content-Length"] {
		out = append(out, events.Header{Key: "Content-Length", Value: strconv.Itoa(bodyLen), System: true})
	}
	return out
}
