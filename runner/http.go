package runner

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/httpmsg"
	"github.com/courier-run/courier/internal/authsign"
	"github.com/courier-run/courier/internal/lazyre"
)

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
	// disabledSystemHeaders: lower-case names of system headers not to send
	disabledSystemHeaders map[string]bool
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
			case "disabledSystemHeaders":
				if m, ok := v.(map[string]any); ok {
					s.disabledSystemHeaders = map[string]bool{}
					for k, on := range m {
						if b, ok := on.(bool); ok && b {
							s.disabledSystemHeaders[strings.ToLower(k)] = true
						}
					}
				}
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
	state *authState
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
				if s, ok := a.state.vals[key]; ok {
					return s, true
				}
			}
			return v, true
		}
	}
	s, ok := a.state.vals[key]
	return s, ok
}

func (a authParams) Get(key string) string { v, _ := a.Lookup(key); return v }

// Set stores what the scheme keeps, as postman-runtime's auth.set: a
// parameter the user gave a value (not null, "" or NaN) keeps it.
func (a authParams) Set(key, value string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, p := range a.auth.Params {
		if p.Key == key && p.Value != nil && collections.ValueString(p.Value) != "" && !isNaN(p.Value) {
			if _, stored := a.state.vals[key]; !stored {
				return // the user's own value stays
			}
		}
	}
	a.state.set(key, value)
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

// sendHooks let an item's run follow its exchanges as they happen (nil for
// pm.sendRequest, whose exchanges are not the run's).
type sendHooks struct {
	// presend: the files are loaded, auth is next (postman-runtime's
	// pre-send helpers, whose warnings come before the request line)
	presend func()
	// starting: the request is about to go (Newman's beforeRequest), once
	// for each exchange, after the pre-send work (files, auth) is done
	starting func(req events.Request)
	// answered: an exchange a digest or NTLM challenge answered with a replay
	answered func(req events.Request, resp *httpmsg.Response)
	// warn replaces the run's warn for this request (pm.sendRequest's go to
	// the item and script that made it, from the goroutine sending it)
	warn func(msg string)
	// own marks the item's own request (not a pm.sendRequest): OAuth 2.0
	// tokens that come for it are kept in its auth and variables, and a
	// person is told which request (itemName) needs one
	own      bool
	itemName string
	// authToken reports an OAuth 2.0 token request made for this request
	// (nil: it is emitted at once with cursor and item)
	authToken func(events.AuthToken)
	cursor    events.Cursor
	item      events.Item
	// oauth records which OAuth 2.0 token signed the request (sendAuthed)
	oauth *oauth2Use
}

// send resolves nothing: req must already be resolved. It builds the
// request as postman-runtime does, signs it, sends it (following redirects,
// replaying it for digest and NTLM challenges) and reads the response. The
// request reported is the original one (URL, method and the headers Newman
// lists: the request's own and system ones, with the Cookie and
// Content-Length that went out), the response the last one; hooks (may be
// nil) hear of each exchange as it starts and of those a challenge answered.
func (r *run) send(ctx context.Context, req *collections.Request, authSource *collections.Auth, st settings, hooks *sendHooks) (events.Request, *httpmsg.Response, error) {
	ev := events.Request{Method: req.Method, Spec: requestSpec(req)}
	if req.Body != nil {
		ev.BodyMode = req.Body.Mode
	}
	w, urlErr := buildWireURL(req.URL, st.disableURLEncoding)
	ev.URL, ev.Display, ev.Parts = w.href, req.URL.String(), reportedURL(w.href)
	// an empty URL fails once postman-runtime's pre-send work (files, auth)
	// is done; one that postman-request or Node refuses once the request is
	// signed and has its headers, which Newman reports with it
	first := hop{url: w.url, target: w.target, href: w.href, basic: w.basic, portErr: w.portErr, proxy: newRequestProxy(req.Proxy)}
	pc := &phaseClock{now: r.opts.Now}
	pc.start = pc.now()
	ctx = pc.context(ctx)
	boundary := fmt.Sprintf("--------------------------%024d", r.entropyUint64()%1e18*1e6+r.entropyUint64()%1e6)
	method := req.Method
	if method == "" {
		method = "GET"
	}
	warn := r.warn
	if hooks != nil && hooks.warn != nil {
		warn = hooks.warn
	}
	body := r.buildBody(req.Body, method, st.disableBodyPruning, boundary, warn)
	reportFileLoading(ev.Spec.Body, &body)
	if hooks != nil && hooks.presend != nil {
		hooks.presend()
	}
	if urlErr == errEmptyURL {
		// Newman reports the request's own headers (none of the system
		// ones), and the host a URL of variables resolved to nothing has
		ev.Headers = withKeyless(ownHeaders(req), req.Headers)
		if len(req.URL.Host) == 1 {
			ev.Parts = &events.URL{Host: []string{""}}
		}
		return ev, nil, urlErr
	}
	if body.err != nil { // over --max-upload-size: nothing is sent
		return ev, nil, body.err
	}

	// postman-runtime's header list: the request's own enabled headers, the
	// Content-Type of a raw json body, what auth adds, the Content-Type of
	// other raw and graphql bodies, then the system headers it lacks
	rt := ownHeaders(req)
	if body.preAuth && findHeader(rt, "Content-Type") < 0 {
		rt = append(rt, events.Header{Key: "Content-Type", Value: body.implied, System: true})
	}
	var a sendAuth
	if req.Auth != nil && req.Auth.Type != "noauth" && collections.KnownAuthType(req.Auth.Type) {
		var err error
		if a, rt, err = r.signRequest(ctx, req, authSource, method, &ev, &first, rt, &body, warn, hooks); err != nil {
			// no OAuth 2.0 token: nothing is sent
			return ev, nil, err
		}
	}
	if !body.preAuth && body.implied != "" && findHeader(rt, "Content-Type") < 0 {
		rt = append(rt, events.Header{Key: "Content-Type", Value: body.implied, System: true})
	}
	rt = r.addSystemHeaders(rt, w.host, st)
	noHost, blacklist := disableSystemHeaders(rt, st.disabledSystemHeaders)
	ev.Body = body.data
	if body.kind == bodyMultipart {
		ev.Body = body.signed
	}

	if urlErr != nil {
		ev.Headers = rt
		return ev, nil, urlErr
	}
	start := r.opts.Now()
	for replays := 0; ; replays++ {
		if hooks != nil && hooks.starting != nil {
			hooks.starting(ev)
		}
		x, err := r.exchange(ctx, method, first, rt, body, boundary, st, noHost, blacklist)
		pc.mark(&pc.read)
		if err != nil {
			ev.Headers = withKeyless(rt, req.Headers)
			if x != nil && x.err != nil {
				err = x.err
			}
			return ev, nil, friendlyError(err, r.opts.TimeoutReq)
		}
		// Newman lists the request's headers with the Cookie and
		// Content-Length its first hop sent
		rep := append([]events.Header(nil), rt...)
		for _, h := range x.first {
			if strings.EqualFold(h.name, "cookie") || strings.EqualFold(h.name, "content-length") {
				rep = upsertHeader(rep, h.name, h.value)
			}
		}
		ev.Headers = withKeyless(rep, req.Headers)
		out, err := r.response(x, r.opts.Now().Sub(start))
		if err != nil {
			return ev, nil, err
		}
		if a.authType != "" && authsign.NeedsChallenge(a.authType, a.ap) && replays < 3 {
			if next, ok := r.answerChallenge(ctx, a, method, first.url, rep, x, body, ev.BodyMode, warn); ok {
				if hooks != nil && hooks.answered != nil {
					hooks.answered(ev, out)
				}
				rt = next
				start = r.opts.Now()
				continue
			}
		}
		pc.mark(&pc.finished)
		ev.Phases = pc.phases()
		if a.ap.state != nil {
			ev.Spec.Auth = withAuthState(a.specAuth, a.ap.state, &r.authMu)
		}
		return ev, out, nil
	}
}

// reportFileLoading records in the request's reported body what loading
// its files did, as Newman's report shows it.
func reportFileLoading(bs *events.BodySpec, body *reqBody) {
	if bs == nil {
		return
	}
	bs.FileFailed = body.fileFailed
	for i := range bs.Fields {
		if body.noFile[i] {
			bs.Fields[i].NoFile = true
		}
		if body.failedField[i] {
			bs.Fields[i].Disabled = true
		}
		if srcs, ok := body.loadedSrc[i]; ok {
			bs.Fields[i].Src, bs.Fields[i].SrcList = srcs, true
		}
	}
}

// ownHeaders are the request's own headers that have a key.
func ownHeaders(req *collections.Request) []events.Header {
	var own []events.Header
	for _, h := range req.Headers {
		if h.Key != "" {
			own = append(own, events.Header{Key: h.Key, Value: h.Value, JSON: h.JSON, Disabled: h.Disabled})
		}
	}
	return own
}

// sendAuth is the auth a request was signed with.
type sendAuth struct {
	authType string
	ap       authParams
	specAuth *events.AuthSpec // the auth as the request defines it, before its state
}

// signRequest signs the request with its auth as postman-runtime does:
// the query parameters auth adds become part of the request reported (ev,
// first), a body OAuth 1.0 rewrites replaces body, and the header list
// comes back with what auth changed.
func (r *run) signRequest(ctx context.Context, req *collections.Request, authSource *collections.Auth, method string,
	ev *events.Request, first *hop, rt []events.Header, body *reqBody, warn func(string), hooks *sendHooks) (sendAuth, []events.Header, error) {
	a := sendAuth{authType: req.Auth.Type}
	key := authSource
	if key == nil {
		key = req.Auth
	}
	r.authMu.Lock()
	state, ok := r.authState[key]
	if !ok {
		state = &authState{vals: map[string]string{}}
		r.authState[key] = state
	}
	r.authMu.Unlock()
	a.ap = authParams{auth: req.Auth, state: state, mu: &r.authMu}
	// the auth reported: a request that fails shows what was stored
	// before it, one that got a response what the scheme left after it
	// (Newman reports the auth postman-runtime's post-send step saw)
	a.specAuth = ev.Spec.Auth
	ev.Spec.Auth = withAuthState(a.specAuth, state, &r.authMu)
	u := first.url
	hreq := authRequest(ctx, method, u, rt)
	before := hreq.Header.Clone()
	env := authsign.Env{Now: r.opts.Now, Rand: r.entropy, BodyMode: ev.BodyMode}
	var params authsign.Params = a.ap
	if a.authType == "oauth2" {
		token, err := r.oauth2Token(ctx, req.Auth, key, hooks)
		if err != nil {
			return a, rt, err
		}
		if token != "" {
			params = oauth2Params{authParams: a.ap, token: token}
		}
	}
	if err := authsign.Sign(hreq, body.signed, a.authType, params, env); err != nil {
		warn("runtime~" + a.authType + ".auth: could not sign the request: " + err.Error())
	}
	if hreq.Body != nil { // oauth1 may rewrite a urlencoded body
		if b, err := io.ReadAll(hreq.Body); err == nil {
			body.data, body.signed = b, b
			if bs := ev.Spec.Body; bs != nil && bs.Mode == "urlencoded" {
				bs.Fields = oauth1Fields(bs.Fields, b)
			}
		}
	}
	if hreq.URL.RawQuery != u.RawQuery {
		// the query parameters auth added are part of the request Newman reports
		*first = first.withQuery(hreq.URL.RawQuery)
		ev.URL, ev.Display, ev.Parts = first.href, "", reportedURL(first.href)
	}
	first.url = hreq.URL
	rt = applyAuthHeaders(rt, before, hreq.Header, a.authType, hreq.URL)
	if a.authType == "apikey" {
		typedAPIKeyHeader(rt, req.Auth)
	}
	return a, rt, nil
}

// answerChallenge prepares the replay of a request whose response is a
// digest or NTLM challenge: postman-runtime replays the request it sent
// (rep), headers and all. ok is false when the scheme does not answer it
// (it has then seen the response).
func (r *run) answerChallenge(ctx context.Context, a sendAuth, method string, u *url.URL, rep []events.Header,
	x *exchanged, body reqBody, bodyMode string, warn func(string)) (next []events.Header, ok bool) {
	hreq := authRequest(ctx, method, u, rep)
	before := hreq.Header.Clone()
	challenge := &http.Response{StatusCode: x.resp.code, Header: x.resp.header, Request: hreq}
	ok, aerr := authsign.Retry(hreq, body.signed, a.authType, a.ap, challenge, authsign.Env{Now: r.opts.Now, Rand: r.entropy, BodyMode: bodyMode})
	if aerr != nil {
		warn("runtime~" + a.authType + ".auth: " + aerr.Error())
	}
	if !ok {
		authsign.Observe(a.authType, a.ap, challenge)
		return nil, false
	}
	return applyAuthHeaders(rep, before, hreq.Header, a.authType, u), true
}

// addSystemHeaders appends the system headers postman-runtime adds that the
// list lacks (unless protocolProfileBehavior disables them).
func (r *run) addSystemHeaders(rt []events.Header, host string, st settings) []events.Header {
	for _, h := range [...]events.Header{
		{Key: "User-Agent", Value: r.opts.UserAgent},
		{Key: "Accept", Value: "*/*"},
		{Key: "Cache-Control", Value: "no-cache"},
		{Key: "Postman-Token", Value: ""},
		{Key: "Host", Value: host},
		{Key: "Accept-Encoding", Value: "gzip, deflate, br"},
		{Key: "Connection", Value: "keep-alive"},
	} {
		if findHeader(rt, h.Key) < 0 && !st.disabledSystemHeaders[strings.ToLower(h.Key)] {
			if h.Key == "Postman-Token" {
				h.Value = r.newRef()
			}
			h.System = true
			rt = append(rt, h)
		}
	}
	return rt
}

// disableSystemHeaders applies protocolProfileBehavior.disabledSystemHeaders:
// what postman-request must not add (Host: noHost) or must take out before
// the request goes (blacklist); the system headers it names are marked
// disabled in rt.
func disableSystemHeaders(rt []events.Header, dis map[string]bool) (noHost bool, blacklist []string) {
	if len(dis) == 0 {
		return false, nil
	}
	if dis["host"] {
		i := findHeader(rt, "host")
		if i >= 0 && rt[i].System {
			rt[i].Disabled = true
		}
		noHost = i < 0 || rt[i].System
	}
	for _, k := range []string{"content-type", "content-length", "accept-encoding", "connection"} {
		if !dis[k] {
			continue
		}
		i := findHeader(rt, k)
		if i >= 0 && rt[i].System {
			rt[i].Disabled = true
		}
		if i < 0 || rt[i].System {
			blacklist = append(blacklist, k)
		}
		if k == "content-length" {
			if j := findHeader(rt, "transfer-encoding"); j < 0 || rt[j].System {
				blacklist = append(blacklist, "transfer-encoding")
			}
		}
	}
	return noHost, blacklist
}

// withKeyless puts the request's headers without a key, which are never
// sent, back where the request has them: Newman's pm.request and reports
// list them.
func withKeyless(hs []events.Header, own []collections.Header) []events.Header {
	var out []events.Header
	for i, h := range own {
		if h.Key != "" {
			continue
		}
		if out == nil {
			out = append(make([]events.Header, 0, len(hs)+1), hs...)
		}
		at := min(i, len(out))
		out = append(out[:at], append([]events.Header{{Value: h.Value, JSON: h.JSON, Disabled: h.Disabled}}, out[at:]...)...)
	}
	if out == nil {
		return hs
	}
	return out
}

// response turns an exchange's final response into what scripts see. A
// body that decodes to more than --max-response-size is an error.
func (r *run) response(x *exchanged, elapsed time.Duration) (*httpmsg.Response, error) {
	decoded, derr := decode(x.resp.header.Get("Content-Encoding"), x.resp.body, r.opts.MaxResponseSize)
	if derr != nil {
		if _, ok := derr.(*sizeError); ok {
			return nil, derr
		}
		decoded = x.resp.body
	}
	out := &httpmsg.Response{
		Code:         x.resp.code,
		Reason:       reason(x.resp),
		Headers:      responseHeaders(x.resp.raw),
		Body:         decoded,
		ResponseTime: elapsed,
		ResponseSize: len(decoded), // postman-request's stream: the body decoded
	}
	// pm.cookies: the jar's cookies for the final URL, as Newman gives them
	// (also when this request neither sent nor stored cookies)
	r.jar.mu.Lock()
	for _, c := range r.jar.matching(x.url) {
		out.Cookies = append(out.Cookies, c.Cookie)
	}
	r.jar.mu.Unlock()
	return out, nil
}

// authRequest is the request auth schemes sign: the URL as it will be
// sent and the header list as a map with its keys as spelled.
func authRequest(ctx context.Context, method string, u *url.URL, hs []events.Header) *http.Request {
	uc := *u
	h := make(http.Header, len(hs))
	for _, x := range hs {
		if !x.Disabled {
			h[x.Key] = append(h[x.Key], wireValues(x)...)
		}
	}
	return (&http.Request{Method: method, URL: &uc, Header: h, Host: u.Host}).WithContext(ctx)
}

// oauth1Fields are a url-encoded body's fields after OAuth 1.0 signing
// rewrote the body to signed, as postman-runtime lists them: its own oauth_*
// fields removed, the ones signing added appended as system fields.
func oauth1Fields(fields []events.SpecField, signed []byte) []events.SpecField {
	out := make([]events.SpecField, 0, len(fields)+8)
	for _, f := range fields {
		if !authsign.IsOAuth1Param(f.Key) {
			out = append(out, f)
		}
	}
	for _, seg := range strings.Split(string(signed), "&") {
		k, v, _ := strings.Cut(seg, "=")
		key, err := url.QueryUnescape(k)
		if err != nil || !authsign.IsOAuth1Param(key) {
			continue
		}
		if val, err := url.QueryUnescape(v); err == nil {
			v = val
		}
		out = append(out, events.SpecField{Key: key, Value: v, System: true})
	}
	return out
}

// awsHeaderOrder is the order in which postman-runtime's awsv4 adds its headers.
var awsHeaderOrder = map[string]int{"x-amz-content-sha256": 1, "host": 2, "x-amz-security-token": 3, "x-amz-date": 4, "authorization": 5}

// applyAuthHeaders brings the header list in line with what auth did to
// the header map: names it removed go, names it changed or added come last
// (every Postman scheme removes its headers and adds them again).
func applyAuthHeaders(hs []events.Header, before, after http.Header, authType string, u *url.URL) []events.Header {
	changed := map[string]bool{}
	for k, vs := range before {
		if nv, ok := after[k]; !ok || !equalValues(vs, nv) {
			changed[k] = true
		}
	}
	var added []string
	for k, vs := range after {
		if ov, ok := before[k]; !ok || !equalValues(ov, vs) {
			added = append(added, k)
		}
	}
	if authType == "awsv4" && findHeader(hs, "Host") < 0 && after.Get("Host") == "" {
		// aws4 adds Host to the headers it signs, and postman-runtime keeps it
		if _, ok := after["Host"]; !ok {
			after = after.Clone()
			after["Host"] = []string{u.Host}
			added = append(added, "Host")
		}
	}
	if len(changed) == 0 && len(added) == 0 {
		return hs
	}
	out := make([]events.Header, 0, len(hs)+len(added))
	for _, h := range hs {
		if h.Disabled || !changed[h.Key] {
			out = append(out, h)
		}
	}
	rank := func(k string) int {
		if n, ok := awsHeaderOrder[strings.ToLower(k)]; ok && authType == "awsv4" {
			return n
		}
		return len(awsHeaderOrder) + 1
	}
	sort.SliceStable(added, func(i, j int) bool {
		if a, b := rank(added[i]), rank(added[j]); a != b {
			return a < b
		}
		return added[i] < added[j]
	})
	for _, k := range added {
		for _, v := range after[k] {
			out = append(out, events.Header{Key: k, Value: v, System: true})
		}
	}
	return out
}

func equalValues(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// exchanged is the outcome of one request through its redirects.
type exchanged struct {
	resp  *hopResponse
	url   *url.URL     // the final hop's URL
	first []wireHeader // the headers the first hop sent
	err   error        // a request error Newman names (TypeError ...)
}

var (
	formCTRE      = lazyre.New(`^application/x-www-form-urlencoded\b`)
	multipartCTRE = lazyre.New(`^multipart/form-data;.*boundary=(?:"([^"]+)"|([^;]+))`)
)

// exchange sends the request as postman-request does, hop by hop through
// redirects: its headers object, the headers it adds (Host, the form's
// Content-Type, Content-Length, Cookie, Referer), what it removes on a
// redirect, and Node's final pass over them.
func (r *run) exchange(ctx context.Context, method string, h hop, rt []events.Header, body reqBody, boundary string, st settings, noHost bool, blacklist []string) (*exchanged, error) {
	u, target := h.url, h.target
	d := dictFrom(rt)
	x := &exchanged{}
	hostName := ""
	origCookie := ""
	redirects := 0
	first, newForm := true, true
	var payload []byte
	for {
		// request.init
		if d.has("host") < 0 && !noHost {
			name := hostName
			if name == "" {
				name = "Host"
			}
			d.set(name, hostHeader(u))
		}
		if newForm && (body.kind == bodyForm || body.kind == bodyMultipart) {
			// request.form: the user's Content-Type stays when it fits (or
			// when disabledSystemHeaders lets it be whatever it is)
			ct, _ := d.get("content-type", ",")
			override := ct == "" || !st.disabledSystemHeaders["content-type"]
			if body.kind == bodyForm {
				if override && !formCTRE().MatchString(ct) {
					d.set("Content-Type", "application/x-www-form-urlencoded")
				}
			} else {
				b := boundary
				var m []string
				if v, ok := d.single("content-type"); ok {
					m = multipartCTRE().FindStringSubmatch(v)
				}
				if m != nil {
					b = m[1] + m[2]
				} else if override {
					d.set("Content-Type", "multipart/form-data; boundary="+b)
				}
				if b == boundary && body.signed != nil {
					body.data = body.signed // the same bytes, not built again
				} else {
					body.data = body.multipart(b)
				}
			}
		}
		newForm = false
		if d.has("accept-encoding") < 0 {
			d.set("Accept-Encoding", "gzip, deflate, br")
		}
		if h.basic != "" && d.has("authorization") < 0 {
			d.set("Authorization", h.basic)
		}
		via, tunnel, err := r.route(u, h.proxy)
		if err != nil {
			return x, err
		}
		if via != nil && !tunnel && via.User != nil && d.has("proxy-authorization") < 0 {
			pass, _ := via.User.Password()
			d.set("Proxy-Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(via.User.Username()+":"+pass)))
		}
		if (body.kind == bodyData || body.kind == bodyForm) && d.has("content-length") < 0 {
			d.set("Content-Length", strconv.Itoa(len(body.data)))
		}
		if !st.disableCookies {
			if first {
				origCookie, _ = d.get("cookie", "; ")
			}
			if cookies := r.jar.cookieHeader(u); cookies != "" {
				if origCookie != "" {
					cookies = origCookie + "; " + cookies
				}
				d.set("Cookie", cookies)
			}
		}
		switch body.kind {
		case bodyMultipart:
			if d.has("content-length") < 0 {
				d.set("Content-Length", strconv.Itoa(len(body.data)))
			}
		case bodyFile:
			if d.has("content-length") < 0 {
				d.set("Content-Length", strconv.Itoa(len(body.data)))
			}
			if d.has("content-type") < 0 {
				d.set("Content-Type", mediaType(body.path))
			}
		case bodyNone:
			if d.has("content-length") < 0 {
				switch method {
				case "GET", "HEAD", "TRACE", "DELETE", "CONNECT", "OPTIONS":
				default:
					d.set("Content-Length", "0")
				}
			}
		}
		payload = body.data
		wire, err := nodeHeaders(d)
		if err != nil {
			x.err = err
			return x, err
		}
		for _, k := range blacklist {
			d.del(k)
			kept := wire[:0]
			for _, h := range wire {
				if !strings.EqualFold(h.name, k) {
					kept = append(kept, h)
				}
			}
			wire = kept
		}
		if first {
			x.first = wire
		}
		switch {
		case via == nil && h.portErr != nil:
			// Node refuses to connect to such a port (through a proxy it
			// is only part of the URL)
			return x, h.portErr
		case via != nil && !tunnel && unescapedChars(u.Host):
			// an absolute-form request's path is the whole URL
			return x, errUnescapedPath
		}
		resp, err := r.client.roundTrip(ctx, &hopRequest{method: method, url: u, target: target, headers: wire, body: payload,
			insecure: !st.strictSSL, proxy: via, tunnel: tunnel}, r.opts.TimeoutReq)
		if err != nil {
			return x, err
		}
		if !st.disableCookies {
			if cs := (&http.Response{Header: resp.header}).Cookies(); len(cs) > 0 {
				r.jar.SetCookies(u, cs)
			}
		}
		x.resp, x.url = resp, u
		if hostName == "" {
			if i := d.has("host"); i >= 0 {
				hostName = d[i].key
			}
		}
		d.del("host")
		loc, hasLoc := resp.header["Location"]
		if !st.followRedirects || resp.code < 300 || resp.code > 399 || !hasLoc {
			return x, nil
		}
		prevHref := h.href
		if redirects >= st.maxRedirects {
			return x, fmt.Errorf("Exceeded maxRedirects. Probably stuck in a redirect loop %s", prevHref)
		}
		redirects++
		next, err := redirectHop(h, loc[0], st.disableURLEncoding)
		if err != nil {
			return x, err
		}
		if next.url.Hostname() != u.Hostname() {
			d.del("host")
			if !st.followAuthorizationHeader {
				d.del("authorization")
			}
		}
		if !st.followOriginalHTTPMethod && resp.code != 401 && resp.code != 307 && resp.code != 308 {
			if method != "HEAD" {
				method = "GET"
			}
			body = reqBody{}
			d.del("content-type")
			d.del("content-length")
		}
		if body.kind == bodyMultipart {
			d.del("content-type")
			d.del("content-length")
			newForm = true
		}
		if !st.removeRefererHeader {
			d.set("Referer", prevHref)
		}
		h = next
		u, target = h.url, h.target
		first = false
	}
}

// hostHeader is the Host postman-request sets on a redirect: the URL's
// host, without the scheme's default port.
func hostHeader(u *url.URL) string {
	if p := u.Port(); p != "" && p == defaultPort(u.Scheme) {
		return u.Hostname()
	}
	return u.Host
}

// hop is one request of a redirect chain.
type hop struct {
	url    *url.URL // where to connect: scheme, host and port
	target string   // the request target as it goes on the wire
	href   string   // the URL as Node writes it (the next hop's Referer)
	basic  string   // the Authorization postman-request makes of the URL's user info
	// portErr: Node cannot connect to the URL's port (wireURL.portErr)
	portErr error
	// proxy is the request's own proxy (nil: the environment's, if any)
	proxy *requestProxy
}

// withQuery is the hop with another query (auth added parameters).
func (h hop) withQuery(q string) hop {
	path, _, _ := strings.Cut(h.target, "?")
	origin, rest := splitOrigin(h.href)
	_, hash, hasHash := strings.Cut(rest, "#")
	h.target = path
	if q != "" {
		h.target += "?" + q
	}
	h.href = origin + h.target
	if hasHash {
		h.href += "#" + hash
	}
	return h
}

// splitOrigin cuts an href after its scheme, user info and host.
func splitOrigin(href string) (origin, rest string) {
	i := strings.Index(href, "://")
	if i < 0 {
		return "", href
	}
	j := strings.IndexAny(href[i+3:], "/?#")
	if j < 0 {
		return href, ""
	}
	return href[:i+3+j], href[i+3+j:]
}

var absoluteURLRE = lazyre.New(`^[^:/?#\s]+://`)

// redirectHop resolves a Location against the current hop as
// postman-url-encoder does (no dot-segment removal) and encodes it as the
// request's own URL is encoded.
func redirectHop(h hop, loc string, disableEncoding bool) (hop, error) {
	origin, _ := splitOrigin(h.href)
	pathname, _, _ := strings.Cut(h.target, "?")
	next := loc
	switch {
	case strings.HasPrefix(loc, "http:") || strings.HasPrefix(loc, "https:"):
	case loc == "":
		next, _, _ = strings.Cut(h.href, "#")
	case strings.HasPrefix(loc, "//") || strings.HasPrefix(loc, `\\`):
		next = h.url.Scheme + ":" + loc
	case loc[0] == '/' || loc[0] == '\\':
		next = origin + loc
	case loc[0] == '#':
		next = origin + h.target + loc
	case loc[0] == '?':
		next = origin + pathname + loc
	case absoluteURLRE().MatchString(loc):
	default:
		next = origin + pathname[:strings.LastIndexByte(pathname, '/')+1] + loc
	}
	w, err := buildWireURL(collections.ParseURL(next), disableEncoding)
	if err != nil {
		return hop{}, err
	}
	return hop{url: w.url, target: w.target, href: w.href, basic: w.basic, portErr: w.portErr, proxy: h.proxy}, nil
}

// responseHeaders lists a response's headers as Newman does: in the order
// received, a name repeated with the same spelling gathered at its first place.
func responseHeaders(raw [][2]string) []httpmsg.Header {
	out := make([]httpmsg.Header, 0, len(raw))
	done := make([]bool, len(raw))
	for i, h := range raw {
		if done[i] {
			continue
		}
		out = append(out, httpmsg.Header{Key: h[0], Value: h[1]})
		for j := i + 1; j < len(raw); j++ {
			if !done[j] && raw[j][0] == h[0] {
				out = append(out, httpmsg.Header{Key: h[0], Value: raw[j][1]})
				done[j] = true
			}
		}
	}
	return out
}

// reason is the status line's reason phrase, or the standard one when the
// server sent none.
func reason(resp *hopResponse) string {
	if s := strings.TrimSpace(resp.reason); s != "" {
		return s
	}
	return http.StatusText(resp.code)
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

// decode undoes a response's content-encoding, reading no more than limit
// (> 0) bytes of the decoded body: a bomb (a few KB that inflate to
// gigabytes) fails with the size error once past it.
func decode(enc string, raw []byte, limit int64) ([]byte, error) {
	name := strings.ToLower(strings.TrimSpace(enc))
	switch name {
	case "", "identity":
		return raw, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, err
		}
		return readAllLimit(zr, limit, name)
	case "deflate":
		if zr, err := zlib.NewReader(bytes.NewReader(raw)); err == nil {
			b, err := readAllLimit(zr, limit, name)
			if err == nil {
				return b, nil
			}
			if _, ok := err.(*sizeError); ok {
				return nil, err
			}
		}
		return readAllLimit(flate.NewReader(bytes.NewReader(raw)), limit, name)
	case "br":
		return readAllLimit(brotli.NewReader(bytes.NewReader(raw)), limit, name)
	}
	return raw, nil
}

func isNaN(v any) bool {
	f, ok := v.(float64)
	return ok && f != f
}

// typedAPIKeyHeader: postman-runtime's apikey adds its header with the
// parameter's value as the auth holds it, so a number or a boolean stays
// one in the request Newman reports (the wire carries its text).
func typedAPIKeyHeader(hs []events.Header, a *collections.Auth) {
	if a.Get("in") == "query" {
		return
	}
	var v any
	for _, p := range a.Params {
		if p.Key == "value" {
			v = p.Value
		}
	}
	switch v.(type) {
	case float64, bool:
	default:
		return
	}
	key := a.Get("key")
	for i := len(hs) - 1; i >= 0; i-- {
		if hs[i].System && hs[i].Key == key {
			if b, err := json.Marshal(v); err == nil {
				hs[i].JSON = b
			}
			return
		}
	}
}
