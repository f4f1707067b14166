package contiomock

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestUserAPIAuth(t *testing.T) {
	s, clock := newTestServer(t, nil)
	tok := login(t, s, allScopes)
	tests := []struct {
		name   string
		header string
		status int
		err    string
		desc   string
		wwwAut string
	}{
		{"no token", "", 401, "invalid_token", "Missing access token", `Bearer realm="contio"`},
		{"basic scheme", "Basic abc", 401, "invalid_token", "", `Bearer realm="contio", error="invalid_token"`},
		{"unknown token", "Bearer nope", 401, "invalid_token", "Invalid access token", `Bearer realm="contio", error="invalid_token"`},
		{"refresh token as bearer", "Bearer " + tok.str("refresh_token"), 401, "invalid_token", "Invalid access token", `Bearer realm="contio", error="invalid_token"`},
		{"ID token as bearer", "Bearer " + tok.str("id_token"), 401, "invalid_token", "Invalid access token", `Bearer realm="contio", error="invalid_token"`},
		{"valid token", "Bearer " + tok.str("access_token"), 200, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := call{method: "GET", path: "/v1/partner/user/profile", header: map[string]string{}}
			if tc.header != "" {
				c.header["Authorization"] = tc.header
			}
			r := c.do(t, s)
			if tc.status == 200 {
				r.wantStatus(t, 200)
				return
			}
			r.wantError(t, tc.status, tc.err, tc.desc)
			if h := r.header.Get("WWW-Authenticate"); !strings.HasPrefix(h, tc.wwwAut) {
				t.Errorf("WWW-Authenticate = %q, want prefix %q", h, tc.wwwAut)
			}
		})
	}
	// Access tokens live 24 hours.
	clock.Advance(24*time.Hour - time.Second)
	call{method: "GET", path: "/v1/partner/user/profile", bearer: tok.str("access_token")}.do(t, s).wantStatus(t, 200)
	clock.Advance(time.Second)
	call{method: "GET", path: "/v1/partner/user/profile", bearer: tok.str("access_token")}.do(t, s).
		wantError(t, 401, "invalid_token", "The access token expired")
}

func TestUserAPIScopes(t *testing.T) {
	tests := []struct {
		method, path string
		scope        string
		body         any
	}{
		{"GET", "/v1/partner/user/profile", "profile", nil},
		{"GET", "/v1/partner/user/meetings", "meetings:read", nil},
		{"GET", "/v1/partner/user/meetings/" + SeedMeeting1ID, "meetings:read", nil},
		{"GET", "/v1/partner/user/meetings/" + SeedMeeting1ID + "/participants", "meetings:read", nil},
		{"GET", "/v1/partner/user/meetings/" + SeedMeeting1ID + "/agenda-items", "meetings:read", nil},
		{"POST", "/v1/partner/user/meetings", "meetings:write", map[string]string{"title": "x"}},
		{"PATCH", "/v1/partner/user/meetings/" + SeedMeeting1ID, "meetings:write", map[string]string{"title": "x"}},
		{"GET", "/v1/partner/user/action-items", "action-items:read", nil},
		{"POST", "/v1/partner/user/action-items", "action-items:write", map[string]string{"title": "x", "meeting_id": SeedMeeting1ID}},
		{"DELETE", "/v1/partner/user/action-items/61f0b2d4-7c8e-4f1a-a2b3-c4d5e6f7a801", "action-items:write", nil},
		{"GET", "/v1/partner/user/calendar/events", "calendar:read", nil},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			s, _ := newTestServer(t, nil)
			// Every scope but the one needed: 403.
			var others []string
			for _, sc := range strings.Fields(allScopes) {
				if sc != tc.scope {
					others = append(others, sc)
				}
			}
			without := login(t, s, strings.Join(others, " "))
			r := call{method: tc.method, path: tc.path, bearer: without.str("access_token"), json: tc.body}.do(t, s)
			r.wantError(t, 403, "insufficient_scope", "The access token lacks the required scope: "+tc.scope)
			if h := r.header.Get("WWW-Authenticate"); h != `Bearer realm="contio", error="insufficient_scope", scope="`+tc.scope+`"` {
				t.Errorf("WWW-Authenticate = %q", h)
			}
			// Only the needed scope: 2xx.
			with := login(t, s, tc.scope)
			r = call{method: tc.method, path: tc.path, bearer: with.str("access_token"), json: tc.body}.do(t, s)
			if r.status/100 != 2 {
				t.Errorf("with scope %s: status %d, body %s", tc.scope, r.status, r.raw)
			}
		})
	}
}

func TestProfile(t *testing.T) {
	s, _ := newTestServer(t, nil)
	tok := login(t, s, "openid profile")
	r := call{method: "GET", path: "/v1/partner/user/profile", bearer: tok.str("access_token")}.do(t, s)
	r.wantStatus(t, 200)
	want := map[string]string{
		"display_name": "user", "email": testEmail, "created_at": "2026-03-01T12:00:00Z",
		"workspace_id": SeedWorkspaceID, "workspace_name": "Demo Workspace", "workspace_role": "WORKSPACE_MEMBER",
	}
	for k, v := range want {
		if r.str(k) != v {
			t.Errorf("%s = %q, want %q", k, r.str(k), v)
		}
	}
	// The profile id is the ID token's and the introspection's sub.
	in := call{method: "POST", path: "/oauth2/introspect", basic: demoBasic, form: map[string][]string{"token": {tok.str("access_token")}}}.do(t, s)
	if r.str("id") == "" || r.str("id") != in.str("sub") {
		t.Errorf("profile id %q, token sub %q", r.str("id"), in.str("sub"))
	}
}

func TestMeetings(t *testing.T) {
	s, clock := newTestServer(t, nil)
	bearer := login(t, s, allScopes).str("access_token")
	do := func(method, path string, body any) result {
		return call{method: method, path: path, bearer: bearer, json: body}.do(t, s)
	}
	const base = "/v1/partner/user/meetings"

	// Seeded list, newest first, paginated.
	r := do("GET", base+"?limit=1&offset=1", nil)
	r.wantStatus(t, 200)
	items := r.body["items"].([]any)
	if len(items) != 1 || items[0].(map[string]any)["id"] != SeedMeeting1ID || r.body["total"] != float64(2) || r.body["limit"] != float64(1) || r.body["offset"] != float64(1) {
		t.Errorf("page 2 = %s", r.raw)
	}
	r = do("GET", base+"?offset=5", nil)
	if got := r.body["items"].([]any); len(got) != 0 || r.body["total"] != float64(2) {
		t.Errorf("past the end = %s", r.raw)
	}
	r = do("GET", base+"?start_date=2026-02-01", nil)
	if items := r.body["items"].([]any); len(items) != 1 || items[0].(map[string]any)["id"] != SeedMeeting2ID {
		t.Errorf("start_date filter = %s", r.raw)
	}

	// Seeded meeting, exact JSON.
	r = do("GET", base+"/"+SeedMeeting1ID, nil)
	want := `{"id":"0d7c5b2a-9e4f-4a1b-8c3d-6e5f4a3b2c01","title":"Weekly Partner Sync","status":"completed",` +
		`"workspace_id":"5f0c8a1e-3b7d-4c2a-9e61-2d4b8f7a1c01","created_by_user_id":"8a3e2f10-6c4b-4d9a-b7e5-1f2c3d4e5f01",` +
		`"created_at":"2025-12-29T10:00:00Z","updated_at":"2026-01-05T15:31:00Z","start_time":"2026-01-05T15:00:00Z",` +
		`"end_time":"2026-01-05T15:30:00Z"}` + "\n"
	if r.raw != want {
		t.Errorf("seeded meeting =\n%s\nwant\n%s", r.raw, want)
	}

	// Create, read, patch.
	r = do("POST", base, map[string]string{"title": "  Kickoff ", "start_time": "2030-01-15T10:00:00Z", "end_time": "2030-01-15T10:30:00+00:00"})
	r.wantStatus(t, 201)
	id := r.str("id")
	if r.str("title") != "Kickoff" || r.str("status") != "scheduled" || r.str("end_time") != "2030-01-15T10:30:00Z" ||
		r.str("created_at") != "2026-03-01T12:00:00Z" || r.header.Get("Location") != base+"/"+id || len(id) != 36 {
		t.Errorf("create = %s (Location %q)", r.raw, r.header.Get("Location"))
	}
	if r = do("GET", base+"/"+id, nil); r.str("title") != "Kickoff" {
		t.Errorf("get = %s", r.raw)
	}
	clock.Advance(time.Minute)
	r = do("PATCH", base+"/"+id, map[string]string{"title": "Kickoff (moved)", "start_time": "2030-01-16T10:00:00Z", "end_time": "2030-01-16T11:00:00Z"})
	r.wantStatus(t, 200)
	if r.str("title") != "Kickoff (moved)" || r.str("start_time") != "2030-01-16T10:00:00Z" || r.str("updated_at") != "2026-03-01T12:01:00Z" || r.str("created_at") != "2026-03-01T12:00:00Z" {
		t.Errorf("patch = %s", r.raw)
	}
	r = do("GET", base, nil)
	if r.body["total"] != float64(3) || r.body["items"].([]any)[0].(map[string]any)["id"] != id {
		t.Errorf("new meeting not first: %s", r.raw)
	}
	// A meeting without a start is a draft; setting one schedules it.
	r = do("POST", base, map[string]string{"title": "Draft"})
	if r.str("status") != "draft" {
		t.Errorf("draft = %s", r.raw)
	}
	if r = do("PATCH", base+"/"+r.str("id"), map[string]string{"start_time": "2030-02-01T09:00:00Z"}); r.str("status") != "scheduled" {
		t.Errorf("scheduled draft = %s", r.raw)
	}

	// Participants and agenda items.
	r = do("GET", base+"/"+id+"/participants", nil)
	parts := r.body["items"].([]any)
	if len(parts) != 1 || parts[0].(map[string]any)["email"] != testEmail || parts[0].(map[string]any)["role"] != "OWNER" {
		t.Errorf("participants = %s", r.raw)
	}
	r = do("GET", base+"/"+SeedMeeting1ID+"/agenda-items", nil)
	agenda := r.body["items"].([]any)
	if len(agenda) != 2 || agenda[1].(map[string]any)["item_type"] != "DECISION" || r.body["total"] != float64(2) {
		t.Errorf("agenda = %s", r.raw)
	}
	if r = do("GET", base+"/"+id+"/agenda-items", nil); !strings.Contains(r.raw, `"items":[]`) {
		t.Errorf("empty agenda = %s", r.raw)
	}

	// Errors.
	errs := []struct {
		name, method, path string
		body               any
		status             int
		code, desc         string
	}{
		{"missing meeting", "GET", base + "/nope", nil, 404, "not_found", "Meeting not found"},
		{"patch missing meeting", "PATCH", base + "/nope", map[string]string{"title": "x"}, 404, "not_found", ""},
		{"participants of missing meeting", "GET", base + "/nope/participants", nil, 404, "not_found", ""},
		{"no title", "POST", base, map[string]string{"start_time": "2030-01-01T00:00:00Z"}, 400, "invalid_request", "title is required"},
		{"title not a string", "POST", base, map[string]any{"title": 5}, 400, "invalid_request", "title must be a string"},
		{"bad start", "POST", base, map[string]string{"title": "x", "start_time": "tomorrow"}, 400, "invalid_start_time", ""},
		{"bad end", "POST", base, map[string]string{"title": "x", "start_time": "2030-01-01T10:00:00Z", "end_time": "2030-01-01"}, 400, "invalid_end_time", ""},
		{"end before start", "POST", base, map[string]string{"title": "x", "start_time": "2030-01-01T10:00:00Z", "end_time": "2030-01-01T09:00:00Z"}, 400, "invalid_time_range", ""},
		{"empty title patch", "PATCH", base + "/" + id, map[string]string{"title": " "}, 400, "invalid_request", "title must not be empty"},
		{"patch end before start", "PATCH", base + "/" + id, map[string]string{"end_time": "2020-01-01T00:00:00Z"}, 400, "invalid_time_range", ""},
		{"no body", "POST", base, nil, 400, "invalid_request", "A JSON request body is required"},
		{"limit 0", "GET", base + "?limit=0", nil, 400, "invalid_request", "limit must be an integer between 1 and 100"},
		{"limit 101", "GET", base + "?limit=101", nil, 400, "invalid_request", ""},
		{"negative offset", "GET", base + "?offset=-1", nil, 400, "invalid_request", "offset must be a non-negative integer"},
		{"bad start_date", "GET", base + "?start_date=soon", nil, 400, "invalid_start_date", ""},
	}
	for _, tc := range errs {
		t.Run(tc.name, func(t *testing.T) {
			do(tc.method, tc.path, tc.body).wantError(t, tc.status, tc.code, tc.desc)
		})
	}
}

func TestActionItems(t *testing.T) {
	s, _ := newTestServer(t, nil)
	bearer := login(t, s, allScopes).str("access_token")
	do := func(method, path string, body any) result {
		return call{method: method, path: path, bearer: bearer, json: body}.do(t, s)
	}
	const base = "/v1/partner/user/action-items"
	r := do("GET", base, nil)
	if r.body["total"] != float64(2) {
		t.Fatalf("seeded action items = %s", r.raw)
	}
	if r = do("GET", base+"?is_completed=true", nil); r.body["total"] != float64(1) || !strings.Contains(r.raw, `"completed_at":"2026-01-08T12:00:00Z"`) {
		t.Errorf("completed filter = %s", r.raw)
	}

	r = do("POST", base, map[string]string{"title": "Send notes", "meeting_id": SeedMeeting2ID, "due_date": "2030-01-16", "description": "d"})
	r.wantStatus(t, 201)
	id := r.str("id")
	if r.str("status") != "needs_review" || r.body["is_completed"] != false || r.str("due_date") != "2030-01-16" || r.str("meeting_id") != SeedMeeting2ID {
		t.Errorf("create = %s", r.raw)
	}
	if r = do("GET", base+"?meeting_id="+SeedMeeting2ID, nil); r.body["total"] != float64(1) {
		t.Errorf("meeting filter = %s", r.raw)
	}
	if r = do("GET", base+"/"+id, nil); r.str("title") != "Send notes" {
		t.Errorf("get = %s", r.raw)
	}
	r = do("DELETE", base+"/"+id, nil)
	if r.status != 204 || r.raw != "" || r.header.Get("Content-Type") != "" {
		t.Errorf("delete = %d %q %q", r.status, r.raw, r.header.Get("Content-Type"))
	}
	do("DELETE", base+"/"+id, nil).wantError(t, 404, "not_found", "Action item not found")
	do("GET", base+"/"+id, nil).wantError(t, 404, "not_found", "Action item not found")

	errs := []struct {
		name string
		body any
		code string
		desc string
	}{
		{"no title", map[string]string{"meeting_id": SeedMeeting1ID}, "invalid_request", "title is required"},
		{"no meeting", map[string]string{"title": "x"}, "invalid_request", "meeting_id is required"},
		{"unknown meeting", map[string]string{"title": "x", "meeting_id": "nope"}, "invalid_request", "meeting_id does not refer to an existing meeting"},
		{"bad status", map[string]string{"title": "x", "meeting_id": SeedMeeting1ID, "status": "done"}, "invalid_request", ""},
		{"bad due date", map[string]string{"title": "x", "meeting_id": SeedMeeting1ID, "due_date": "16/01/2030"}, "invalid_due_date", ""},
		{"body is an array", []string{"x"}, "invalid_request", "The request body must be a JSON object"},
	}
	for _, tc := range errs {
		t.Run(tc.name, func(t *testing.T) {
			do("POST", base, tc.body).wantError(t, 400, tc.code, tc.desc)
		})
	}
	if r = do("GET", base+"?is_completed=maybe", nil); r.status != 400 {
		t.Errorf("is_completed=maybe: %d", r.status)
	}
}

func TestCalendarEvents(t *testing.T) {
	s, _ := newTestServer(t, nil)
	bearer := login(t, s, "calendar:read").str("access_token")
	r := call{method: "GET", path: "/v1/partner/user/calendar/events", bearer: bearer}.do(t, s)
	r.wantStatus(t, 200)
	items := r.body["items"].([]any)
	if len(items) != 2 {
		t.Fatalf("events = %s", r.raw)
	}
	first := items[0].(map[string]any)
	if first["title"] != "Q1 Roadmap Review" || first["start_time"] != "2026-02-10T17:00:00Z" || first["meeting_id"] != SeedMeeting2ID {
		t.Errorf("first event = %v", first)
	}
	if linked, _ := json.Marshal(first["linked_meetings"]); string(linked) != `["`+SeedMeeting2ID+`"]` {
		t.Errorf("linked_meetings = %s", linked)
	}
	r = call{method: "GET", path: "/v1/partner/user/calendar/events?start=2026-02-11", bearer: bearer}.do(t, s)
	if r.body["total"] != float64(1) {
		t.Errorf("filtered events = %s", r.raw)
	}
}

func TestAdminAPI(t *testing.T) {
	s, _ := newTestServer(t, func(c *Config) {
		c.Clients = append(c.Clients, Client{ID: "nokey", Secret: "s"})
	})
	login(t, s, "openid meetings:read") // creates a connection
	auth := []struct {
		name, key, client string
		desc              string
	}{
		{"no headers", "", "", "Missing X-API-Key header"},
		{"no client id", DemoAPIKey, "", "Missing X-Client-ID header"},
		{"wrong key", "wrong", DemoClientID, "Invalid API key for this client"},
		{"unknown client", DemoAPIKey, "someone", "Invalid API key for this client"},
		{"client without key", "", "nokey", "Missing X-API-Key header"},
		{"empty key matches nothing", " ", "nokey", "Invalid API key for this client"},
	}
	paths := []string{"/app", "/workspaces", "/automations", "/connections", "/webhook-deliveries", "/toolkits"}
	for _, tc := range auth {
		for _, p := range paths {
			t.Run(tc.name+" "+p, func(t *testing.T) {
				h := map[string]string{}
				if tc.key != "" {
					h["X-API-Key"] = tc.key
				}
				if tc.client != "" {
					h["X-Client-ID"] = tc.client
				}
				call{method: "GET", path: "/v1/partner/admin" + p, header: h}.do(t, s).wantError(t, 401, "unauthorized", tc.desc)
			})
		}
	}
	admin := func(p string) result {
		r := call{method: "GET", path: "/v1/partner/admin" + p, header: map[string]string{"X-API-Key": DemoAPIKey, "X-Client-ID": DemoClientID}}.do(t, s)
		r.wantStatus(t, 200)
		return r
	}
	if r := admin("/app"); r.str("client_id") != DemoClientID || r.str("name") != "Demo Partner App" || r.str("slug") != "demo-partner-app" || r.str("status") != "active" {
		t.Errorf("app = %s", r.raw)
	}
	if r := admin("/workspaces"); !strings.Contains(r.raw, `"workspace_id":"`+SeedWorkspaceID+`"`) || !strings.Contains(r.raw, `"user_count":2`) {
		t.Errorf("workspaces = %s", r.raw)
	}
	r := admin("/connections")
	items, _ := r.body["items"].([]any)
	if len(items) != 1 || items[0].(map[string]any)["user_email"] != testEmail || items[0].(map[string]any)["status"] != "active" {
		t.Errorf("connections = %s", r.raw)
	}
	if r := admin("/webhook-deliveries"); r.body["total"] != float64(2) || len(r.body["deliveries"].([]any)) != 2 {
		t.Errorf("deliveries = %s", r.raw)
	}
	for _, p := range []string{"/automations", "/toolkits"} {
		if r := admin(p); r.body["total"] != float64(1) || len(r.body["items"].([]any)) != 1 {
			t.Errorf("%s = %s", p, r.raw)
		}
	}
}

func TestRateLimit(t *testing.T) {
	s, clock := newTestServer(t, func(c *Config) {
		c.RateLimit = 3
		c.RateWindow = time.Minute
	})
	hit := func(ip, path string) result {
		return call{method: "POST", path: path, ip: ip, basic: demoBasic, form: map[string][]string{"token": {"x"}}}.do(t, s)
	}
	steps := []struct {
		advance    time.Duration
		ip, path   string
		status     int
		retryAfter string
		remaining  string
	}{
		{0, "10.0.0.1", "/oauth2/introspect", 200, "", "2"},                 // t0
		{0, "10.0.0.1", "/auth/initiate", 400, "", "1"},                     // refused requests count too
		{10 * time.Second, "10.0.0.1", "/oauth2/nope", 404, "", "0"},        // t0+10s
		{0, "10.0.0.1", "/oauth2/introspect", 429, "50", ""},                // the t0 hits leave at t0+60s
		{0, "10.0.0.2", "/oauth2/introspect", 200, "", "2"},                 // per address
		{0, "10.0.0.1", "/_mock/mailbox?email=a@b.c", 405, "", ""},          // not an OAuth path
		{30 * time.Second, "10.0.0.1", "/oauth2/introspect", 429, "20", ""}, // t0+40s
		{20 * time.Second, "10.0.0.1", "/oauth2/introspect", 200, "", "1"},  // t0+60s: only the t0+10s hit is left
		{0, "10.0.0.1", "/oauth2/introspect", 200, "", "0"},
		{0, "10.0.0.1", "/oauth2/introspect", 429, "10", ""},
	}
	for i, st := range steps {
		clock.Advance(st.advance)
		r := hit(st.ip, st.path)
		if r.status != st.status {
			t.Fatalf("step %d: status %d, want %d (%s)", i, r.status, st.status, r.raw)
		}
		if st.status == 429 {
			r.wantError(t, 429, "rate_limit_exceeded", "")
		}
		if got := r.header.Get("Retry-After"); got != st.retryAfter {
			t.Errorf("step %d: Retry-After %q, want %q", i, got, st.retryAfter)
		}
		if got := r.header.Get("X-RateLimit-Remaining"); st.remaining != "" && got != st.remaining {
			t.Errorf("step %d: X-RateLimit-Remaining %q, want %q", i, got, st.remaining)
		}
	}
	// The User API is not subject to the OAuth limit.
	for range 5 {
		if r := (call{method: "GET", path: "/v1/partner/user/meetings", ip: "10.0.0.1"}).do(t, s); r.status != 401 {
			t.Fatalf("user API: %d", r.status)
		}
	}
	// A negative limit disables limiting.
	s2, _ := newTestServer(t, func(c *Config) { c.RateLimit = -1 })
	for range 150 {
		if r := (call{method: "POST", path: "/oauth2/introspect", ip: "10.0.0.1"}).do(t, s2); r.status == 429 {
			t.Fatal("limited although RateLimit < 0")
		}
	}
}

func TestDefaultRateLimit(t *testing.T) {
	s, _ := newTestServer(t, func(c *Config) { c.RateLimit = 0; c.RateWindow = 0 })
	for i := range 101 {
		r := call{method: "POST", path: "/oauth2/token"}.do(t, s)
		if (i < 100) != (r.status != 429) {
			t.Fatalf("request %d: status %d", i+1, r.status)
		}
		if i == 100 && r.header.Get("Retry-After") != "300" {
			t.Errorf("Retry-After = %q, want 300", r.header.Get("Retry-After"))
		}
	}
}

func TestRoutingAndErrorShape(t *testing.T) {
	s, _ := newTestServer(t, nil)
	tests := []struct {
		method, path string
		status       int
		code, allow  string
	}{
		{"GET", "/nope", 404, "not_found", ""},
		{"GET", "/", 404, "not_found", ""},
		{"GET", "/v1/partner/user/meetings/", 404, "not_found", ""},
		{"GET", "/oauth2/token", 405, "method_not_allowed", "POST"},
		{"PUT", "/v1/partner/user/meetings/x", 405, "method_not_allowed", "GET, PATCH"},
		{"POST", "/v1/partner/admin/app", 405, "method_not_allowed", "GET"},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			r := call{method: tc.method, path: tc.path}.do(t, s)
			r.wantError(t, tc.status, tc.code, "")
			if got := r.header.Get("Allow"); got != tc.allow {
				t.Errorf("Allow = %q, want %q", got, tc.allow)
			}
			if ct := r.header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("Content-Type = %q", ct)
			}
		})
	}
	// Request ids differ between requests.
	a := call{method: "GET", path: "/nope"}.do(t, s).header.Get("X-Request-Id")
	b := call{method: "GET", path: "/nope"}.do(t, s).header.Get("X-Request-Id")
	if a == b || !strings.HasPrefix(a, "req_") {
		t.Errorf("request ids %q, %q", a, b)
	}
	// Oversized bodies are refused.
	big := strings.Repeat("a", maxBodyBytes+1)
	r := call{method: "POST", path: "/oauth2/token", form: map[string][]string{"x": {big}}}.do(t, s)
	r.wantError(t, http.StatusRequestEntityTooLarge, "request_too_large", "")
}

func TestConcurrentUse(t *testing.T) {
	s, _ := newTestServer(t, func(c *Config) { c.RateLimit = -1 })
	errs := make(chan string, 4)
	for g := range 4 {
		go func() {
			email := "user" + string(rune('a'+g)) + "@example.com"
			errs <- loginWithoutT(s, email)
		}()
	}
	for range 4 {
		if msg := <-errs; msg != "" {
			t.Error(msg)
		}
	}
	r := call{method: "GET", path: "/v1/partner/admin/connections", header: map[string]string{"X-API-Key": DemoAPIKey, "X-Client-ID": DemoClientID}}.do(t, s)
	if r.body["total"] != float64(4) {
		t.Errorf("connections after 4 parallel logins: %s", r.raw)
	}
}

// loginWithoutT runs the flow from a goroutine, reporting problems as a string.
func loginWithoutT(s http.Handler, email string) string {
	send := func(path string, body map[string]string, basic bool) (int, map[string]any) {
		b, _ := json.Marshal(body)
		r := httptest.NewRequest("POST", path, bytes.NewReader(b))
		r.Header.Set("Content-Type", "application/json")
		if basic {
			r.SetBasicAuth(DemoClientID, DemoClientSecret)
		}
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		var m map[string]any
		_ = json.Unmarshal(w.Body.Bytes(), &m)
		return w.Code, m
	}
	for range 5 {
		st, m := send("/auth/initiate", map[string]string{"email": email}, true)
		if st != 200 {
			return "initiate: " + fmt.Sprint(st, m)
		}
		st, m = send("/auth/verify", map[string]string{"email": email, "code": "123456", "session": fmt.Sprint(m["session"])}, true)
		if st != 200 {
			return "verify: " + fmt.Sprint(st, m)
		}
		st, m = send("/oauth2/consent", map[string]string{"client_id": DemoClientID, "session_id": fmt.Sprint(m["session_id"]),
			"scope": "openid", "redirect_uri": DemoRedirectURI}, false)
		if st != 200 {
			return "consent: " + fmt.Sprint(st, m)
		}
		st, m = send("/oauth2/token", map[string]string{"grant_type": "authorization_code", "code": fmt.Sprint(m["code"]),
			"redirect_uri": DemoRedirectURI}, true)
		if st != 200 || m["access_token"] == nil {
			return "token: " + fmt.Sprint(st, m)
		}
	}
	return ""
}
