package contiomock

import (
	"net/http"
	"slices"
	"strings"
)

// adminData is the seeded, read-only Admin API data of one partner client.
type adminData struct {
	appID       string
	automations []automationJSON
	deliveries  []webhookDeliveryJSON
	toolkits    []toolkitJSON
}

type automationAction struct {
	Type   string            `json:"type"`
	Config map[string]string `json:"config"`
}

type automationJSON struct {
	ID           string             `json:"id"`
	PartnerAppID string             `json:"partner_app_id"`
	Name         string             `json:"name"`
	Description  string             `json:"description"`
	TriggerType  string             `json:"trigger_type"`
	Status       string             `json:"status"`
	Actions      []automationAction `json:"actions"`
	CreatedAt    string             `json:"created_at"`
	UpdatedAt    string             `json:"updated_at"`
}

type webhookDeliveryJSON struct {
	ID             string `json:"id"`
	PartnerAppID   string `json:"partner_app_id"`
	EventID        string `json:"event_id"`
	EventType      string `json:"event_type"`
	DeliveryStatus string `json:"delivery_status"`
	HTTPStatusCode int    `json:"http_status_code"`
	RetryCount     int    `json:"retry_count"`
	ErrorMessage   string `json:"error_message,omitempty"`
	CreatedAt      string `json:"created_at"`
	DeliveredAt    string `json:"delivered_at,omitempty"`
	NextRetryAt    string `json:"next_retry_at,omitempty"`
}

type toolkitJSON struct {
	ID                         string `json:"id"`
	PartnerAppID               string `json:"partner_app_id"`
	Name                       string `json:"name"`
	Slug                       string `json:"slug"`
	Description                string `json:"description"`
	Version                    string `json:"version"`
	IsActive                   bool   `json:"is_active"`
	OwnershipType              string `json:"ownership_type"`
	AutoInstallOnNewWorkspaces bool   `json:"auto_install_on_new_workspaces"`
	AutoPropagate              bool   `json:"auto_propagate"`
	CreatedAt                  string `json:"created_at"`
	UpdatedAt                  string `json:"updated_at"`
}

// seedAdmin derives a client's Admin API data from its id, so every run of
// the mock reports the same ids.
func seedAdmin(c Client) *adminData {
	appID := stableID("app", c.ID)
	return &adminData{
		appID: appID,
		automations: []automationJSON{{
			ID: stableID("automation", c.ID), PartnerAppID: appID,
			Name:        "Notify on completed action items",
			Description: "Posts a webhook when an action item is completed.",
			TriggerType: "action_item_completed", Status: "active",
			Actions:   []automationAction{{Type: "webhook", Config: map[string]string{"event": "action_item.completed"}}},
			CreatedAt: "2025-11-10T09:00:00Z", UpdatedAt: "2025-11-10T09:00:00Z",
		}},
		deliveries: []webhookDeliveryJSON{
			{
				ID: stableID("delivery-1", c.ID), PartnerAppID: appID,
				EventID: stableID("event-1", c.ID), EventType: "meeting.ended",
				DeliveryStatus: "delivered", HTTPStatusCode: 200,
				CreatedAt: "2026-01-05T15:31:00Z", DeliveredAt: "2026-01-05T15:31:01Z",
			},
			{
				ID: stableID("delivery-2", c.ID), PartnerAppID: appID,
				EventID: stableID("event-2", c.ID), EventType: "action_item.created",
				DeliveryStatus: "failed", HTTPStatusCode: 500, RetryCount: 2,
				ErrorMessage: "partner endpoint returned HTTP 500",
				CreatedAt:    "2026-01-05T15:32:00Z", NextRetryAt: "2026-01-05T16:32:00Z",
			},
		},
		toolkits: []toolkitJSON{{
			ID: stableID("toolkit", c.ID), PartnerAppID: appID,
			Name: "Demo Meeting Toolkit", Slug: "demo-meeting-toolkit",
			Description: "Templates and next steps for partner demos.",
			Version:     "1.0.0", IsActive: true, OwnershipType: "partner",
			CreatedAt: "2025-11-12T09:00:00Z", UpdatedAt: "2025-11-12T09:00:00Z",
		}},
	}
}

// authorizeAdmin checks X-API-Key against the key of the X-Client-ID client.
func (s *Server) authorizeAdmin(req *request) (*Client, *response) {
	key := req.http.Header.Get("X-API-Key")
	id := req.http.Header.Get("X-Client-ID")
	fail := func(desc string) (*Client, *response) {
		r := errorResponse(http.StatusUnauthorized, "unauthorized", desc)
		return nil, &r
	}
	if key == "" {
		return fail("Missing X-API-Key header")
	}
	if id == "" {
		return fail("Missing X-Client-ID header")
	}
	c := s.clients[id]
	if c == nil || c.APIKey == "" || !secretEqual(key, c.APIKey) {
		return fail("Invalid API key for this client")
	}
	return c, nil
}

// adminPage authorizes an Admin API list request and reads its page.
func (s *Server) adminPage(req *request) (c *Client, limit, offset int, bad *response) {
	if c, bad = s.authorizeAdmin(req); bad != nil {
		return nil, 0, 0, bad
	}
	if limit, offset, bad = pagination(req.http.URL.Query()); bad != nil {
		return nil, 0, 0, bad
	}
	return c, limit, offset, nil
}

// GET /v1/partner/admin/app
func (s *Server) handleAdminApp(req *request) response {
	c, bad := s.authorizeAdmin(req)
	if bad != nil {
		return *bad
	}
	ad := s.state.admin[c.ID]
	return jsonResponse(http.StatusOK, map[string]any{
		"id":                    ad.appID,
		"client_id":             c.ID,
		"name":                  c.Name,
		"slug":                  slug(c.Name),
		"description":           "Partner application served by contio-mock",
		"company_name":          "Demo Partner Inc.",
		"primary_contact_email": "partners@example.com",
		"status":                "active",
		"webhook_url":           "https://partner.example.com/webhooks/contio",
		"webhook_enabled":       true,
		"redirect_uris":         slices.Clone(c.RedirectURIs),
		"created_at":            "2025-11-01T09:00:00Z",
		"updated_at":            "2025-11-01T09:00:00Z",
	})
}

func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

type workspaceJSON struct {
	WorkspaceID   string `json:"workspace_id"`
	WorkspaceName string `json:"workspace_name"`
	ProvisionedAt string `json:"provisioned_at"`
	UserCount     int    `json:"user_count"`
}

// GET /v1/partner/admin/workspaces
func (s *Server) handleAdminWorkspaces(req *request) response {
	_, limit, offset, bad := s.adminPage(req)
	if bad != nil {
		return *bad
	}
	ws := s.state.workspace
	all := []workspaceJSON{{
		WorkspaceID: ws.id, WorkspaceName: ws.name,
		ProvisionedAt: formatTime(ws.provisioned), UserCount: len(s.state.users),
	}}
	return jsonResponse(http.StatusOK, pageOf(all, limit, offset))
}

// GET /v1/partner/admin/automations
func (s *Server) handleAdminAutomations(req *request) response {
	c, limit, offset, bad := s.adminPage(req)
	if bad != nil {
		return *bad
	}
	return jsonResponse(http.StatusOK, pageOf(s.state.admin[c.ID].automations, limit, offset))
}

type connectionJSON struct {
	ID          string   `json:"id"`
	UserID      string   `json:"user_id"`
	UserEmail   string   `json:"user_email"`
	UserName    string   `json:"user_name"`
	Status      string   `json:"status"`
	OAuthScopes []string `json:"oauth_scopes"`
	CreatedAt   string   `json:"created_at"`
	UpdatedAt   string   `json:"updated_at"`
	LastUsedAt  string   `json:"last_used_at,omitempty"`
}

// GET /v1/partner/admin/connections: one connection per user who granted
// consent to this client.
func (s *Server) handleAdminConnections(req *request) response {
	c, bad := s.authorizeAdmin(req)
	if bad != nil {
		return *bad
	}
	q := req.http.URL.Query()
	limit, offset, bad := pagination(q)
	if bad != nil {
		return *bad
	}
	status := q.Get("status")
	userID := q.Get("user_id")
	var recs []*consentRecord
	for _, rec := range s.state.consents {
		if rec.clientID == c.ID {
			recs = append(recs, rec)
		}
	}
	slices.SortFunc(recs, func(a, b *consentRecord) int {
		if d := a.created.Compare(b.created); d != 0 {
			return d
		}
		return strings.Compare(a.connectionID, b.connectionID)
	})
	all := []connectionJSON{}
	for _, rec := range recs {
		u := s.state.userByID(rec.userID)
		if u == nil || (status != "" && status != "active") || (userID != "" && userID != u.id) {
			continue
		}
		v := connectionJSON{
			ID: rec.connectionID, UserID: u.id, UserEmail: u.email, UserName: u.displayName,
			Status: "active", OAuthScopes: slices.Clone(rec.scopes),
			CreatedAt: formatTime(rec.created), UpdatedAt: formatTime(rec.updated),
		}
		if !rec.lastUsed.IsZero() {
			v.LastUsedAt = formatTime(rec.lastUsed)
		}
		all = append(all, v)
	}
	return jsonResponse(http.StatusOK, pageOf(all, limit, offset))
}

// GET /v1/partner/admin/webhook-deliveries: {deliveries, total, limit, offset}.
func (s *Server) handleAdminWebhookDeliveries(req *request) response {
	c, limit, offset, bad := s.adminPage(req)
	if bad != nil {
		return *bad
	}
	page := pageOf(s.state.admin[c.ID].deliveries, limit, offset)
	return jsonResponse(http.StatusOK, map[string]any{
		"deliveries": page.Items, "total": page.Total, "limit": page.Limit, "offset": page.Offset,
	})
}

// GET /v1/partner/admin/toolkits
func (s *Server) handleAdminToolkits(req *request) response {
	c, limit, offset, bad := s.adminPage(req)
	if bad != nil {
		return *bad
	}
	return jsonResponse(http.StatusOK, pageOf(s.state.admin[c.ID].toolkits, limit, offset))
}
