package contiomock

import (
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Server is the mock Contio Partner API. It is safe for concurrent use.
type Server struct {
	cfg     Config
	clients map[string]*Client
	routes  []route

	mu    sync.Mutex
	state *state
}

// New returns a Server for cfg, with the deterministic demo data seeded.
func New(cfg Config) *Server {
	cfg = cfg.withDefaults()
	s := &Server{cfg: cfg, clients: make(map[string]*Client, len(cfg.Clients))}
	for i := range cfg.Clients {
		s.clients[cfg.Clients[i].ID] = &s.cfg.Clients[i]
	}
	s.state = newState(s.cfg.Clients)
	s.routes = s.buildRoutes()
	return s
}

// Mailbox returns the OTP codes "e-mailed" to email, oldest first.
func (s *Server) Mailbox(email string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.state.mailbox[normalizeEmail(email)]...)
}

// response is what a handler produces; ServeHTTP writes it after releasing
// the lock, so no handler writes to the network while holding state.
type response struct {
	status int
	header http.Header
	body   any // nil: no body
}

// request is the parsed incoming request handed to handlers.
type request struct {
	http   *http.Request
	body   []byte
	params map[string]string
	now    time.Time
	ip     string
}

type handlerFunc func(req *request) response

type route struct {
	method   string
	segments []string
	handle   handlerFunc
}

// apiError is the JSON shape of every error response.
type apiError struct {
	Error            string `json:"error"`
	ErrorDescription string `json:"error_description"`
	RequestID        string `json:"request_id"`
	RedirectURL      string `json:"redirect_url,omitempty"`
}

func errorResponse(status int, code, description string) response {
	return response{status: status, body: &apiError{Error: code, ErrorDescription: description}}
}

func jsonResponse(status int, body any) response {
	return response{status: status, body: body}
}

func (r response) withHeader(key, value string) response {
	if r.header == nil {
		r.header = http.Header{}
	}
	r.header.Set(key, value)
	return r
}

func serverError() response {
	return errorResponse(http.StatusInternalServerError, "server_error", "The mock server could not complete the request")
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	reqID, err := s.newRequestID()
	s.mu.Unlock()
	if err != nil {
		reqID = "req_unavailable"
	}
	w.Header().Set("X-Request-Id", reqID)

	body, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes+1))
	var resp response
	switch {
	case err != nil:
		resp = errorResponse(http.StatusBadRequest, "invalid_request", "The request body could not be read")
	case len(body) > maxBodyBytes:
		resp = errorResponse(http.StatusRequestEntityTooLarge, "request_too_large", "The request body exceeds 1 MiB")
	default:
		resp = s.dispatch(r, body)
	}
	writeResponse(w, resp, reqID)
}

func (s *Server) dispatch(r *http.Request, body []byte) response {
	s.mu.Lock()
	defer s.mu.Unlock()
	req := &request{http: r, body: body, now: s.cfg.Clock(), ip: clientIP(r)}
	path := r.URL.Path
	var rateHeaders http.Header
	if isOAuthPath(path) && s.cfg.RateLimit > 0 {
		ok, retryAfter, remaining := s.state.limiter.allow(req.ip, req.now, s.cfg.RateLimit, s.cfg.RateWindow)
		if !ok {
			secs := int((retryAfter + time.Second - 1) / time.Second)
			secs = max(secs, 1)
			return errorResponse(http.StatusTooManyRequests, "rate_limit_exceeded",
				"Too many OAuth requests from this address; retry after "+strconv.Itoa(secs)+" seconds").
				withHeader("Retry-After", strconv.Itoa(secs)).
				withHeader("X-RateLimit-Limit", strconv.Itoa(s.cfg.RateLimit)).
				withHeader("X-RateLimit-Remaining", "0")
		}
		rateHeaders = http.Header{}
		rateHeaders.Set("X-RateLimit-Limit", strconv.Itoa(s.cfg.RateLimit))
		rateHeaders.Set("X-RateLimit-Remaining", strconv.Itoa(remaining))
	}
	resp := s.route(req)
	for k, v := range rateHeaders {
		if resp.header == nil {
			resp.header = http.Header{}
		}
		resp.header[k] = v
	}
	return resp
}

func isOAuthPath(path string) bool {
	return strings.HasPrefix(path, "/oauth") || strings.HasPrefix(path, "/auth/")
}

func (s *Server) route(req *request) response {
	segs := splitPath(req.http.URL.Path)
	method := req.http.Method
	if method == http.MethodHead {
		method = http.MethodGet
	}
	var allowed []string
	for _, rt := range s.routes {
		params, ok := matchSegments(rt.segments, segs)
		if !ok {
			continue
		}
		if rt.method != method {
			allowed = append(allowed, rt.method)
			continue
		}
		req.params = params
		return rt.handle(req)
	}
	if len(allowed) > 0 {
		sort.Strings(allowed)
		return errorResponse(http.StatusMethodNotAllowed, "method_not_allowed",
			"Method "+req.http.Method+" is not allowed for "+req.http.URL.Path).
			withHeader("Allow", strings.Join(allowed, ", "))
	}
	return errorResponse(http.StatusNotFound, "not_found", "No such endpoint: "+req.http.Method+" "+req.http.URL.Path)
}

// splitPath splits a path into segments. A trailing slash leaves an empty
// last segment, so "/meetings/" (an empty id) matches no route.
func splitPath(p string) []string {
	p = strings.TrimPrefix(p, "/")
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}

func matchSegments(pattern, segs []string) (map[string]string, bool) {
	if len(pattern) != len(segs) {
		return nil, false
	}
	var params map[string]string
	for i, p := range pattern {
		if strings.HasPrefix(p, "{") && strings.HasSuffix(p, "}") {
			if segs[i] == "" {
				return nil, false
			}
			if params == nil {
				params = map[string]string{}
			}
			params[p[1:len(p)-1]] = segs[i]
			continue
		}
		if p != segs[i] {
			return nil, false
		}
	}
	return params, true
}

func (s *Server) buildRoutes() []route {
	type def struct {
		method, path string
		h            handlerFunc
	}
	const user = "/v1/partner/user"
	const admin = "/v1/partner/admin"
	defs := []def{
		{"POST", "/auth/initiate", s.handleInitiate},
		{"POST", "/auth/verify", s.handleVerify},
		{"POST", "/oauth2/consent", s.handleConsent},
		{"POST", "/oauth2/check-consent", s.handleCheckConsent},
		{"POST", "/oauth2/token", s.handleToken},
		{"POST", "/oauth2/introspect", s.handleIntrospect},
		{"POST", "/oauth2/revoke", s.handleRevoke},
		{"GET", "/oauth2/scopes", s.handleScopes},

		{"GET", user + "/profile", s.handleProfile},
		{"GET", user + "/meetings", s.handleListMeetings},
		{"POST", user + "/meetings", s.handleCreateMeeting},
		{"GET", user + "/meetings/{id}", s.handleGetMeeting},
		{"PATCH", user + "/meetings/{id}", s.handlePatchMeeting},
		{"GET", user + "/meetings/{id}/participants", s.handleListParticipants},
		{"GET", user + "/meetings/{id}/agenda-items", s.handleListAgendaItems},
		{"GET", user + "/action-items", s.handleListActionItems},
		{"POST", user + "/action-items", s.handleCreateActionItem},
		{"GET", user + "/action-items/{id}", s.handleGetActionItem},
		{"DELETE", user + "/action-items/{id}", s.handleDeleteActionItem},
		{"GET", user + "/calendar/events", s.handleListCalendarEvents},

		{"GET", admin + "/app", s.handleAdminApp},
		{"GET", admin + "/workspaces", s.handleAdminWorkspaces},
		{"GET", admin + "/automations", s.handleAdminAutomations},
		{"GET", admin + "/connections", s.handleAdminConnections},
		{"GET", admin + "/webhook-deliveries", s.handleAdminWebhookDeliveries},
		{"GET", admin + "/toolkits", s.handleAdminToolkits},

		{"GET", "/_mock/mailbox", s.handleMailbox},
	}
	routes := make([]route, len(defs))
	for i, d := range defs {
		routes[i] = route{method: d.method, segments: splitPath(d.path), handle: d.h}
	}
	return routes
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func writeResponse(w http.ResponseWriter, resp response, reqID string) {
	h := w.Header()
	for k, v := range resp.header {
		h[k] = v
	}
	if e, ok := resp.body.(*apiError); ok {
		e.RequestID = reqID
	}
	if resp.body == nil {
		w.WriteHeader(resp.status)
		return
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(resp.body); err != nil {
		h.Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusInternalServerError)
		fallback, _ := json.Marshal(apiError{Error: "server_error", ErrorDescription: "response encoding failed", RequestID: reqID})
		_, _ = w.Write(fallback)
		return
	}
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(resp.status)
	_, _ = w.Write(buf.Bytes())
}
