package contiomock

import (
	"slices"
	"time"
)

// state is everything the mock remembers; guarded by Server.mu.
type state struct {
	limiter rateLimiter
	mailbox map[string][]string // normalized e-mail -> codes, oldest first

	challenges map[string]*otpChallenge // by the "session" string of /auth/initiate
	sessions   map[string]*loginSession // by session id (cookie)
	codes      map[string]*authCode
	access     map[string]*accessToken
	refresh    map[string]*refreshToken
	idTokens   map[string]*idToken
	consents   map[string]*consentRecord // by consentKey(client, user)

	users     map[string]*user // by normalized e-mail
	workspace workspace

	meetings     []*meeting // creation order
	participants map[string][]*participant
	agenda       map[string][]*agendaItem
	actionItems  []*actionItem // creation order
	calendar     []*calendarEvent

	admin map[string]*adminData // by client id
}

type otpChallenge struct {
	session  string
	clientID string
	email    string
	name     string
	code     string
	expires  time.Time
	attempts int
}

type loginSession struct {
	id       string
	clientID string
	userID   string
	email    string
	expires  time.Time
}

type authCode struct {
	clientID      string
	userID        string
	redirectURI   string
	scopes        []string
	expires       time.Time
	used          bool
	grantID       string
	challenge     string
	challengeMeth string
}

type accessToken struct {
	clientID string
	userID   string
	scopes   []string
	issued   time.Time
	expires  time.Time
	grantID  string
}

type refreshToken struct {
	clientID string
	userID   string
	scopes   []string
	expires  time.Time
	used     bool
	grantID  string
}

type idToken struct {
	clientID string
	userID   string
	email    string
	issuer   string
	issued   time.Time
	expires  time.Time
	grantID  string
}

type consentRecord struct {
	connectionID string
	clientID     string
	userID       string
	scopes       []string
	created      time.Time
	updated      time.Time
	lastUsed     time.Time
}

func consentKey(clientID, userID string) string { return clientID + "\x00" + userID }

type user struct {
	id          string
	email       string
	displayName string
	created     time.Time
	role        string
}

type workspace struct {
	id          string
	name        string
	provisioned time.Time
}

type meeting struct {
	id, title, status string
	createdBy         string
	created, updated  time.Time
	start, end        *time.Time
	templateID        string
	calendarEventID   string
}

type participant struct {
	id, meetingID, email, name, role, userID string
	attended                                 bool
	created                                  time.Time
}

type agendaItem struct {
	id, meetingID, title, description, itemType, sequence, status string
	minutes                                                       int
	created                                                       time.Time
}

type actionItem struct {
	id, meetingID, title, description, status, assignee string
	due                                                 *time.Time
	dueDateOnly                                         bool
	completedAt                                         *time.Time
	created, updated                                    time.Time
}

type calendarEvent struct {
	id, title, description, location, meetingID string
	start, end                                  time.Time
	organizer                                   attendee
	attendees                                   []attendee
}

type attendee struct {
	Email  string `json:"email"`
	Name   string `json:"name"`
	Status string `json:"status"`
	Type   string `json:"type"`
}

// Fixed ids and times of the seeded demo data. Tests and the Postman
// collection may rely on them.
const (
	SeedWorkspaceID   = "5f0c8a1e-3b7d-4c2a-9e61-2d4b8f7a1c01"
	SeedWorkspaceName = "Demo Workspace"
	SeedOwnerID       = "8a3e2f10-6c4b-4d9a-b7e5-1f2c3d4e5f01"
	SeedOwnerEmail    = "owner@demo.contio.test"
	SeedMeeting1ID    = "0d7c5b2a-9e4f-4a1b-8c3d-6e5f4a3b2c01"
	SeedMeeting2ID    = "0d7c5b2a-9e4f-4a1b-8c3d-6e5f4a3b2c02"
)

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

func tp(s string) *time.Time {
	t := ts(s)
	return &t
}

func newState(clients []Client) *state {
	st := &state{
		limiter:      rateLimiter{hits: map[string][]time.Time{}},
		mailbox:      map[string][]string{},
		challenges:   map[string]*otpChallenge{},
		sessions:     map[string]*loginSession{},
		codes:        map[string]*authCode{},
		access:       map[string]*accessToken{},
		refresh:      map[string]*refreshToken{},
		idTokens:     map[string]*idToken{},
		consents:     map[string]*consentRecord{},
		users:        map[string]*user{},
		participants: map[string][]*participant{},
		agenda:       map[string][]*agendaItem{},
		admin:        map[string]*adminData{},
		workspace: workspace{
			id: SeedWorkspaceID, name: SeedWorkspaceName,
			provisioned: ts("2025-11-03T09:00:00Z"),
		},
	}
	st.users[SeedOwnerEmail] = &user{
		id: SeedOwnerID, email: SeedOwnerEmail, displayName: "Dana Owner",
		created: ts("2025-11-03T09:00:00Z"), role: "WORKSPACE_OWNER",
	}
	st.meetings = []*meeting{
		{
			id: SeedMeeting1ID, title: "Weekly Partner Sync", status: "completed", createdBy: SeedOwnerID,
			created: ts("2025-12-29T10:00:00Z"), updated: ts("2026-01-05T15:31:00Z"),
			start: tp("2026-01-05T15:00:00Z"), end: tp("2026-01-05T15:30:00Z"),
		},
		{
			id: SeedMeeting2ID, title: "Q1 Roadmap Review", status: "scheduled", createdBy: SeedOwnerID,
			created: ts("2026-01-06T11:00:00Z"), updated: ts("2026-01-06T11:00:00Z"),
			start: tp("2026-02-10T17:00:00Z"), end: tp("2026-02-10T18:00:00Z"),
			calendarEventID: "c41e7a90-2f3b-4d5c-8e6f-7a8b9c0d1e01",
		},
	}
	st.participants[SeedMeeting1ID] = []*participant{
		{id: "3b9d1f70-1a2b-4c3d-8e4f-5a6b7c8d9e01", meetingID: SeedMeeting1ID, email: SeedOwnerEmail, name: "Dana Owner",
			role: "OWNER", userID: SeedOwnerID, attended: true, created: ts("2025-12-29T10:00:00Z")},
		{id: "3b9d1f70-1a2b-4c3d-8e4f-5a6b7c8d9e02", meetingID: SeedMeeting1ID, email: "sam.lee@demo.contio.test", name: "Sam Lee",
			role: "EDITOR", attended: true, created: ts("2025-12-29T10:05:00Z")},
	}
	st.participants[SeedMeeting2ID] = []*participant{
		{id: "3b9d1f70-1a2b-4c3d-8e4f-5a6b7c8d9e03", meetingID: SeedMeeting2ID, email: SeedOwnerEmail, name: "Dana Owner",
			role: "OWNER", userID: SeedOwnerID, created: ts("2026-01-06T11:00:00Z")},
	}
	st.agenda[SeedMeeting1ID] = []*agendaItem{
		{id: "9e2a4c6b-3d5f-4a7b-9c1d-2e3f4a5b6c01", meetingID: SeedMeeting1ID, title: "Review last week's action items",
			itemType: "DISCUSSION", sequence: "1", status: "completed", minutes: 10, created: ts("2025-12-29T10:00:00Z")},
		{id: "9e2a4c6b-3d5f-4a7b-9c1d-2e3f4a5b6c02", meetingID: SeedMeeting1ID, title: "Decide on the launch date",
			description: "Pick between the two candidate dates.", itemType: "DECISION", sequence: "2", status: "completed",
			minutes: 15, created: ts("2025-12-29T10:01:00Z")},
	}
	st.agenda[SeedMeeting2ID] = []*agendaItem{
		{id: "9e2a4c6b-3d5f-4a7b-9c1d-2e3f4a5b6c03", meetingID: SeedMeeting2ID, title: "Roadmap walkthrough",
			itemType: "INFORMATION", sequence: "1", status: "pending", minutes: 30, created: ts("2026-01-06T11:00:00Z")},
	}
	st.actionItems = []*actionItem{
		{id: "61f0b2d4-7c8e-4f1a-a2b3-c4d5e6f7a801", meetingID: SeedMeeting1ID, title: "Share the launch checklist",
			description: "Send the checklist to all participants.", status: "accepted", assignee: SeedOwnerID,
			due: tp("2026-01-12T00:00:00Z"), dueDateOnly: true,
			created: ts("2026-01-05T15:31:00Z"), updated: ts("2026-01-05T15:31:00Z")},
		{id: "61f0b2d4-7c8e-4f1a-a2b3-c4d5e6f7a802", meetingID: SeedMeeting1ID, title: "Book the venue",
			status: "completed", completedAt: tp("2026-01-08T12:00:00Z"),
			created: ts("2026-01-05T15:31:00Z"), updated: ts("2026-01-08T12:00:00Z")},
	}
	owner := attendee{Email: SeedOwnerEmail, Name: "Dana Owner", Status: "accepted", Type: "required"}
	st.calendar = []*calendarEvent{
		{id: "c41e7a90-2f3b-4d5c-8e6f-7a8b9c0d1e01", title: "Q1 Roadmap Review", meetingID: SeedMeeting2ID,
			description: "Quarterly roadmap review.", location: "Video call",
			start: ts("2026-02-10T17:00:00Z"), end: ts("2026-02-10T18:00:00Z"),
			organizer: owner, attendees: []attendee{owner}},
		{id: "c41e7a90-2f3b-4d5c-8e6f-7a8b9c0d1e02", title: "Customer onboarding call",
			location: "Video call", start: ts("2026-02-12T14:00:00Z"), end: ts("2026-02-12T14:45:00Z"),
			organizer: owner, attendees: []attendee{owner,
				{Email: "customer@example.org", Name: "Alex Customer", Status: "needsAction", Type: "required"}}},
	}
	for _, c := range clients {
		st.admin[c.ID] = seedAdmin(c)
	}
	return st
}

// userByID finds a user; the user map is small, so a scan is fine.
func (st *state) userByID(id string) *user {
	for _, u := range st.users {
		if u.id == id {
			return u
		}
	}
	return nil
}

func (st *state) meetingByID(id string) *meeting {
	for _, m := range st.meetings {
		if m.id == id {
			return m
		}
	}
	return nil
}

// revokeGrant removes every access, refresh and ID token issued under
// grantID (used when an authorization code or refresh token is replayed).
func (st *state) revokeGrant(grantID string) {
	for k, t := range st.access {
		if t.grantID == grantID {
			delete(st.access, k)
		}
	}
	for k, t := range st.refresh {
		if t.grantID == grantID {
			delete(st.refresh, k)
		}
	}
	for k, t := range st.idTokens {
		if t.grantID == grantID {
			delete(st.idTokens, k)
		}
	}
}

func hasAll(granted, wanted []string) bool {
	for _, w := range wanted {
		if !slices.Contains(granted, w) {
			return false
		}
	}
	return true
}
