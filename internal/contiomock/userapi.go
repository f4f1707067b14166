package contiomock

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// authorizeUser checks the bearer access token and that it carries scope.
func (s *Server) authorizeUser(req *request, scope string) (*user, *response) {
	h := req.http.Header.Get("Authorization")
	if h == "" {
		r := errorResponse(http.StatusUnauthorized, "invalid_token", "Missing access token").
			withHeader("WWW-Authenticate", `Bearer realm="contio"`)
		return nil, &r
	}
	scheme, tok, _ := strings.Cut(h, " ")
	tok = strings.TrimSpace(tok)
	if !strings.EqualFold(scheme, "Bearer") || tok == "" {
		r := bearerError("The Authorization header must be \"Bearer <access token>\"")
		return nil, &r
	}
	st := s.state
	at := st.access[tok]
	if at == nil {
		r := bearerError("Invalid access token")
		return nil, &r
	}
	if !req.now.Before(at.expires) {
		delete(st.access, tok)
		r := bearerError("The access token expired")
		return nil, &r
	}
	if !slices.Contains(at.scopes, scope) {
		r := errorResponse(http.StatusForbidden, "insufficient_scope",
			"The access token lacks the required scope: "+scope).
			withHeader("WWW-Authenticate", `Bearer realm="contio", error="insufficient_scope", scope="`+scope+`"`)
		return nil, &r
	}
	u := st.userByID(at.userID)
	if u == nil {
		r := bearerError("The user of this token no longer exists")
		return nil, &r
	}
	if rec := st.consents[consentKey(at.clientID, at.userID)]; rec != nil {
		rec.lastUsed = req.now
	}
	return u, nil
}

// meetingPage authorizes a request for a list that belongs to a meeting
// (participants, agenda items), reads its page and checks the meeting
// exists.
func (s *Server) meetingPage(req *request) (id string, limit, offset int, bad *response) {
	if _, bad = s.authorizeUser(req, "meetings:read"); bad != nil {
		return "", 0, 0, bad
	}
	if limit, offset, bad = pagination(req.http.URL.Query()); bad != nil {
		return "", 0, 0, bad
	}
	id = req.params["id"]
	if s.state.meetingByID(id) == nil {
		nf := notFound("Meeting")
		return "", 0, 0, &nf
	}
	return id, limit, offset, nil
}

func bearerError(desc string) response {
	return errorResponse(http.StatusUnauthorized, "invalid_token", desc).
		withHeader("WWW-Authenticate", `Bearer realm="contio", error="invalid_token", error_description="`+desc+`"`)
}

func notFound(what string) response {
	return errorResponse(http.StatusNotFound, "not_found", what+" not found")
}

type meetingJSON struct {
	ID              string `json:"id"`
	Title           string `json:"title"`
	Status          string `json:"status"`
	WorkspaceID     string `json:"workspace_id"`
	CreatedByUserID string `json:"created_by_user_id"`
	CreatedAt       string `json:"created_at"`
	UpdatedAt       string `json:"updated_at"`
	StartTime       string `json:"start_time,omitempty"`
	EndTime         string `json:"end_time,omitempty"`
	TemplateID      string `json:"template_id,omitempty"`
	CalendarEventID string `json:"calendar_event_id,omitempty"`
}

func (s *Server) meetingView(m *meeting) meetingJSON {
	v := meetingJSON{
		ID: m.id, Title: m.title, Status: m.status, WorkspaceID: s.state.workspace.id,
		CreatedByUserID: m.createdBy, CreatedAt: formatTime(m.created), UpdatedAt: formatTime(m.updated),
		TemplateID: m.templateID, CalendarEventID: m.calendarEventID,
	}
	if m.start != nil {
		v.StartTime = formatTime(*m.start)
	}
	if m.end != nil {
		v.EndTime = formatTime(*m.end)
	}
	return v
}

// GET /v1/partner/user/profile
func (s *Server) handleProfile(req *request) response {
	u, bad := s.authorizeUser(req, "profile")
	if bad != nil {
		return *bad
	}
	return jsonResponse(http.StatusOK, map[string]any{
		"id":             u.id,
		"display_name":   u.displayName,
		"email":          u.email,
		"created_at":     formatTime(u.created),
		"workspace_id":   s.state.workspace.id,
		"workspace_name": s.state.workspace.name,
		"workspace_role": u.role,
		"plan_type":      "team",
	})
}

// dateRange reads optional start/end filters; startKeys and endKeys are the
// accepted parameter names in order of preference.
func dateRange(q url.Values, startKeys, endKeys []string) (from, to *time.Time, bad *response) {
	get := func(keys []string) (string, string) {
		for _, k := range keys {
			if v := q.Get(k); v != "" {
				return k, v
			}
		}
		return "", ""
	}
	if k, v := get(startKeys); v != "" {
		t, ok := parseDateOrTime(v)
		if !ok {
			r := errorResponse(http.StatusBadRequest, "invalid_start_date", k+" must be a date (YYYY-MM-DD) or an RFC 3339 timestamp")
			return nil, nil, &r
		}
		from = &t
	}
	if k, v := get(endKeys); v != "" {
		t, ok := parseDateOrTime(v)
		if !ok {
			r := errorResponse(http.StatusBadRequest, "invalid_end_date", k+" must be a date (YYYY-MM-DD) or an RFC 3339 timestamp")
			return nil, nil, &r
		}
		if len(v) == len(time.DateOnly) {
			t = t.Add(24*time.Hour - time.Second) // a bare end date includes that day
		}
		to = &t
	}
	return from, to, nil
}

// GET /v1/partner/user/meetings
func (s *Server) handleListMeetings(req *request) response {
	if _, bad := s.authorizeUser(req, "meetings:read"); bad != nil {
		return *bad
	}
	q := req.http.URL.Query()
	limit, offset, bad := pagination(q)
	if bad != nil {
		return *bad
	}
	from, to, bad := dateRange(q, []string{"start_date"}, []string{"end_date"})
	if bad != nil {
		return *bad
	}
	var all []meetingJSON
	for _, m := range slices.Backward(s.state.meetings) {
		if from != nil || to != nil {
			if m.start == nil || (from != nil && m.start.Before(*from)) || (to != nil && m.start.After(*to)) {
				continue
			}
		}
		all = append(all, s.meetingView(m))
	}
	return jsonResponse(http.StatusOK, pageOf(all, limit, offset))
}

// GET /v1/partner/user/meetings/{id}
func (s *Server) handleGetMeeting(req *request) response {
	if _, bad := s.authorizeUser(req, "meetings:read"); bad != nil {
		return *bad
	}
	m := s.state.meetingByID(req.params["id"])
	if m == nil {
		return notFound("Meeting")
	}
	return jsonResponse(http.StatusOK, s.meetingView(m))
}

// meetingTimes validates start_time/end_time fields of a create or update.
// cur* are the current values (nil for a new meeting).
func meetingTimes(body map[string]any, curStart, curEnd *time.Time) (start, end *time.Time, bad *response) {
	start, end = curStart, curEnd
	if v, ok, b := optString(body, "start_time"); b != nil {
		return nil, nil, b
	} else if ok {
		t, valid := parseTime(v)
		if !valid {
			r := errorResponse(http.StatusBadRequest, "invalid_start_time", "start_time must be an RFC 3339 timestamp")
			return nil, nil, &r
		}
		start = &t
	}
	if v, ok, b := optString(body, "end_time"); b != nil {
		return nil, nil, b
	} else if ok {
		t, valid := parseTime(v)
		if !valid {
			r := errorResponse(http.StatusBadRequest, "invalid_end_time", "end_time must be an RFC 3339 timestamp")
			return nil, nil, &r
		}
		end = &t
	}
	if end != nil && start == nil {
		r := errorResponse(http.StatusBadRequest, "invalid_time_range", "end_time requires start_time")
		return nil, nil, &r
	}
	if start != nil && end != nil && end.Before(*start) {
		r := errorResponse(http.StatusBadRequest, "invalid_time_range", "end_time must not be before start_time")
		return nil, nil, &r
	}
	return start, end, nil
}

// POST /v1/partner/user/meetings
func (s *Server) handleCreateMeeting(req *request) response {
	u, bad := s.authorizeUser(req, "meetings:write")
	if bad != nil {
		return *bad
	}
	body, bad := jsonObject(req)
	if bad != nil {
		return *bad
	}
	title, _, bad := optString(body, "title")
	if bad != nil {
		return *bad
	}
	title = strings.TrimSpace(title)
	if title == "" {
		return invalidRequest("title is required")
	}
	start, end, bad := meetingTimes(body, nil, nil)
	if bad != nil {
		return *bad
	}
	templateID, _, bad := optString(body, "template_id")
	if bad != nil {
		return *bad
	}
	id, err := s.newUUID()
	if err != nil {
		return serverError()
	}
	pid, err := s.newUUID()
	if err != nil {
		return serverError()
	}
	now := req.now.UTC().Truncate(time.Second)
	m := &meeting{
		id: id, title: title, status: "draft", createdBy: u.id,
		created: now, updated: now, start: start, end: end, templateID: templateID,
	}
	if start != nil {
		m.status = "scheduled"
	}
	st := s.state
	st.meetings = append(st.meetings, m)
	st.participants[id] = []*participant{{
		id: pid, meetingID: id, email: u.email, name: u.displayName, role: "OWNER",
		userID: u.id, created: now,
	}}
	return jsonResponse(http.StatusCreated, s.meetingView(m)).
		withHeader("Location", "/v1/partner/user/meetings/"+id)
}

// PATCH /v1/partner/user/meetings/{id}
func (s *Server) handlePatchMeeting(req *request) response {
	if _, bad := s.authorizeUser(req, "meetings:write"); bad != nil {
		return *bad
	}
	m := s.state.meetingByID(req.params["id"])
	if m == nil {
		return notFound("Meeting")
	}
	body, bad := jsonObject(req)
	if bad != nil {
		return *bad
	}
	title, hasTitle, bad := optString(body, "title")
	if bad != nil {
		return *bad
	}
	if hasTitle && strings.TrimSpace(title) == "" {
		return invalidRequest("title must not be empty")
	}
	start, end, bad := meetingTimes(body, m.start, m.end)
	if bad != nil {
		return *bad
	}
	templateID, hasTemplate, bad := optString(body, "template_id")
	if bad != nil {
		return *bad
	}
	if hasTitle {
		m.title = strings.TrimSpace(title)
	}
	if hasTemplate {
		m.templateID = templateID
	}
	m.start, m.end = start, end
	if m.status == "draft" && m.start != nil {
		m.status = "scheduled"
	}
	m.updated = req.now.UTC().Truncate(time.Second)
	return jsonResponse(http.StatusOK, s.meetingView(m))
}

type participantJSON struct {
	ID         string `json:"id"`
	MeetingID  string `json:"meeting_id"`
	Email      string `json:"email"`
	Name       string `json:"name"`
	Role       string `json:"role"`
	UserID     string `json:"user_id,omitempty"`
	IsAttended bool   `json:"is_attended"`
	CreatedAt  string `json:"created_at"`
	UpdatedAt  string `json:"updated_at"`
}

// GET /v1/partner/user/meetings/{id}/participants
func (s *Server) handleListParticipants(req *request) response {
	id, limit, offset, bad := s.meetingPage(req)
	if bad != nil {
		return *bad
	}
	all := []participantJSON{}
	for _, p := range s.state.participants[id] {
		all = append(all, participantJSON{
			ID: p.id, MeetingID: p.meetingID, Email: p.email, Name: p.name, Role: p.role,
			UserID: p.userID, IsAttended: p.attended,
			CreatedAt: formatTime(p.created), UpdatedAt: formatTime(p.created),
		})
	}
	return jsonResponse(http.StatusOK, pageOf(all, limit, offset))
}

type agendaItemJSON struct {
	ID                    string   `json:"id"`
	MeetingID             string   `json:"meeting_id"`
	Title                 string   `json:"title"`
	Description           string   `json:"description,omitempty"`
	ItemType              string   `json:"item_type"`
	Sequence              string   `json:"sequence"`
	Status                string   `json:"status"`
	TimeAllocationMinutes int      `json:"time_allocation_minutes"`
	Presenters            []string `json:"presenters"`
	RestrictedToLeads     bool     `json:"restricted_to_leads"`
	CreatedAt             string   `json:"created_at"`
	UpdatedAt             string   `json:"updated_at"`
}

// GET /v1/partner/user/meetings/{id}/agenda-items
func (s *Server) handleListAgendaItems(req *request) response {
	id, limit, offset, bad := s.meetingPage(req)
	if bad != nil {
		return *bad
	}
	all := []agendaItemJSON{}
	for _, a := range s.state.agenda[id] {
		all = append(all, agendaItemJSON{
			ID: a.id, MeetingID: a.meetingID, Title: a.title, Description: a.description,
			ItemType: a.itemType, Sequence: a.sequence, Status: a.status,
			TimeAllocationMinutes: a.minutes, Presenters: []string{},
			CreatedAt: formatTime(a.created), UpdatedAt: formatTime(a.created),
		})
	}
	return jsonResponse(http.StatusOK, pageOf(all, limit, offset))
}

type actionItemJSON struct {
	ID                   string `json:"id"`
	Title                string `json:"title"`
	Description          string `json:"description,omitempty"`
	MeetingID            string `json:"meeting_id"`
	Status               string `json:"status"`
	IsCompleted          bool   `json:"is_completed"`
	DueDate              string `json:"due_date,omitempty"`
	CompletedAt          string `json:"completed_at,omitempty"`
	AssignedToUserID     string `json:"assigned_to_user_id,omitempty"`
	HasPartnerAssignment bool   `json:"has_partner_assignment"`
	CreatedAt            string `json:"created_at"`
	UpdatedAt            string `json:"updated_at"`
}

func actionItemView(a *actionItem) actionItemJSON {
	v := actionItemJSON{
		ID: a.id, Title: a.title, Description: a.description, MeetingID: a.meetingID,
		Status: a.status, IsCompleted: a.status == "completed", AssignedToUserID: a.assignee,
		CreatedAt: formatTime(a.created), UpdatedAt: formatTime(a.updated),
	}
	if a.due != nil {
		if a.dueDateOnly {
			v.DueDate = a.due.Format(time.DateOnly)
		} else {
			v.DueDate = formatTime(*a.due)
		}
	}
	if a.completedAt != nil {
		v.CompletedAt = formatTime(*a.completedAt)
	}
	return v
}

const actionItemStatusList = "needs_review accepted in_progress blocked completed cancelled"

// GET /v1/partner/user/action-items
func (s *Server) handleListActionItems(req *request) response {
	if _, bad := s.authorizeUser(req, "action-items:read"); bad != nil {
		return *bad
	}
	q := req.http.URL.Query()
	limit, offset, bad := pagination(q)
	if bad != nil {
		return *bad
	}
	meetingID := q.Get("meeting_id")
	completed := q.Get("is_completed")
	if completed != "" && completed != "true" && completed != "false" {
		return invalidRequest("is_completed must be true or false")
	}
	all := []actionItemJSON{}
	for _, a := range slices.Backward(s.state.actionItems) {
		if meetingID != "" && a.meetingID != meetingID {
			continue
		}
		if completed != "" && (a.status == "completed") != (completed == "true") {
			continue
		}
		all = append(all, actionItemView(a))
	}
	return jsonResponse(http.StatusOK, pageOf(all, limit, offset))
}

// GET /v1/partner/user/action-items/{id}
func (s *Server) handleGetActionItem(req *request) response {
	if _, bad := s.authorizeUser(req, "action-items:read"); bad != nil {
		return *bad
	}
	for _, a := range s.state.actionItems {
		if a.id == req.params["id"] {
			return jsonResponse(http.StatusOK, actionItemView(a))
		}
	}
	return notFound("Action item")
}

// POST /v1/partner/user/action-items
func (s *Server) handleCreateActionItem(req *request) response {
	u, bad := s.authorizeUser(req, "action-items:write")
	if bad != nil {
		return *bad
	}
	body, bad := jsonObject(req)
	if bad != nil {
		return *bad
	}
	fields := map[string]string{}
	for _, k := range []string{"title", "meeting_id", "description", "due_date", "status"} {
		v, _, b := optString(body, k)
		if b != nil {
			return *b
		}
		fields[k] = v
	}
	title := strings.TrimSpace(fields["title"])
	if title == "" {
		return invalidRequest("title is required")
	}
	if fields["meeting_id"] == "" {
		return invalidRequest("meeting_id is required")
	}
	if s.state.meetingByID(fields["meeting_id"]) == nil {
		return invalidRequest("meeting_id does not refer to an existing meeting")
	}
	status := fields["status"]
	if status == "" {
		status = "needs_review"
	}
	if !slices.Contains(strings.Fields(actionItemStatusList), status) {
		return invalidRequest("status must be one of " + strings.Join(strings.Fields(actionItemStatusList), ", "))
	}
	now := req.now.UTC().Truncate(time.Second)
	a := &actionItem{
		meetingID: fields["meeting_id"], title: title, description: fields["description"],
		status: status, assignee: u.id, created: now, updated: now,
	}
	if d := fields["due_date"]; d != "" {
		t, ok := parseDateOrTime(d)
		if !ok {
			return errorResponse(http.StatusBadRequest, "invalid_due_date", "due_date must be a date (YYYY-MM-DD) or an RFC 3339 timestamp")
		}
		a.due, a.dueDateOnly = &t, len(d) == len(time.DateOnly)
	}
	if status == "completed" {
		a.completedAt = &now
	}
	id, err := s.newUUID()
	if err != nil {
		return serverError()
	}
	a.id = id
	s.state.actionItems = append(s.state.actionItems, a)
	return jsonResponse(http.StatusCreated, actionItemView(a)).
		withHeader("Location", "/v1/partner/user/action-items/"+id)
}

// DELETE /v1/partner/user/action-items/{id}
func (s *Server) handleDeleteActionItem(req *request) response {
	if _, bad := s.authorizeUser(req, "action-items:write"); bad != nil {
		return *bad
	}
	st := s.state
	for i, a := range st.actionItems {
		if a.id == req.params["id"] {
			st.actionItems = slices.Delete(st.actionItems, i, i+1)
			return response{status: http.StatusNoContent}
		}
	}
	return notFound("Action item")
}

type calendarEventJSON struct {
	ID             string     `json:"id"`
	Title          string     `json:"title"`
	Description    string     `json:"description,omitempty"`
	Location       string     `json:"location,omitempty"`
	StartTime      string     `json:"start_time"`
	EndTime        string     `json:"end_time"`
	Organizer      attendee   `json:"organizer"`
	Attendees      []attendee `json:"attendees"`
	MeetingID      string     `json:"meeting_id,omitempty"`
	LinkedMeetings []string   `json:"linked_meetings"`
}

// GET /v1/partner/user/calendar/events
func (s *Server) handleListCalendarEvents(req *request) response {
	if _, bad := s.authorizeUser(req, "calendar:read"); bad != nil {
		return *bad
	}
	q := req.http.URL.Query()
	limit, offset, bad := pagination(q)
	if bad != nil {
		return *bad
	}
	from, to, bad := dateRange(q, []string{"start", "start_date"}, []string{"end", "end_date"})
	if bad != nil {
		return *bad
	}
	events := slices.Clone(s.state.calendar)
	slices.SortStableFunc(events, func(a, b *calendarEvent) int { return a.start.Compare(b.start) })
	all := []calendarEventJSON{}
	for _, e := range events {
		if (from != nil && e.end.Before(*from)) || (to != nil && e.start.After(*to)) {
			continue
		}
		v := calendarEventJSON{
			ID: e.id, Title: e.title, Description: e.description, Location: e.location,
			StartTime: formatTime(e.start), EndTime: formatTime(e.end),
			Organizer: e.organizer, Attendees: slices.Clone(e.attendees), MeetingID: e.meetingID,
			LinkedMeetings: []string{},
		}
		if e.meetingID != "" {
			v.LinkedMeetings = []string{e.meetingID}
		}
		all = append(all, v)
	}
	return jsonResponse(http.StatusOK, pageOf(all, limit, offset))
}
