package reporters

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/courier-run/courier/events"
)

// fxAuthToken is an item whose OAuth 2.0 token had to be refreshed (the
// refresh token was refused, the grant gave one), then a pm.sendRequest
// whose token request failed.
func fxAuthToken() []events.Event {
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	it := events.Item{ID: "id-me", Name: "Me"}
	c := events.Cursor{Length: 1, Cycles: 1, Ref: "ref-0-0"}
	by := &events.ScriptRef{Event: "test", Location: "request Me"}
	req := events.Request{Method: "GET", URL: "http://x/me", Parts: &events.URL{Protocol: "http", Host: []string{"x"}, Path: []string{"me"}}}
	return []events.Event{
		events.RunStart{Collection: "C", Iterations: 1, Length: 1, Time: t0},
		events.IterationStart{Cursor: c},
		events.ItemStart{Cursor: c, Item: it, Time: t0},
		events.AuthToken{Cursor: c, Item: it, Grant: "refresh_token", URL: "http://x/token", Code: 400, Status: "Bad Request", Duration: 3 * time.Millisecond,
			Error: &events.Error{Name: "Error", Message: "invalid_grant: refresh token already used"}, Time: t0},
		events.AuthToken{Cursor: c, Item: it, Grant: "client_credentials", URL: "http://x/token", Code: 200, Status: "OK", Duration: 12 * time.Millisecond, Time: t0},
		events.RequestStart{Cursor: c, Item: it, Request: req, Time: t0},
		events.RequestDone{Cursor: c, Item: it, Request: req, Response: &events.Response{Code: 200, Status: "OK", Body: []byte("{}"), Size: 2, ResponseTime: 2 * time.Millisecond}, Time: t0},
		events.RequestStart{Cursor: c, Item: it, Script: by, Request: req, Time: t0},
		events.AuthToken{Cursor: c, Item: it, Script: by, Grant: "password", URL: "http://x/token", Duration: time.Millisecond,
			Error: &events.Error{Name: "Error", Message: "connect ECONNREFUSED 127.0.0.1:1"}, Time: t0},
		events.RequestDone{Cursor: c, Item: it, Script: by, Request: req, Error: &events.Error{Name: "Error",
			Message: "OAuth 2.0 token (password) from http://x/token failed: connect ECONNREFUSED 127.0.0.1:1"}, Time: t0},
		events.Script{Cursor: c, Item: it, Event: "test", Location: "request Me"},
		events.ItemEnd{Cursor: c, Item: it, Time: t0},
		events.IterationEnd{Cursor: c},
		events.RunEnd{Time: t0.Add(time.Second)},
	}
}

// The cli shows each token request on a line of its own under the item (a
// failed one in red with why), and their count after the table.
func TestCLIAuthToken(t *testing.T) {
	for _, plain := range []bool{false, true} {
		var buf bytes.Buffer
		fxFeed(NewCLI(&buf, CLIOptions{NoBanner: true, DisableUnicode: plain}), fxAuthToken())
		out := buf.String()
		mark := "↳"
		if plain {
			mark = "Token:"
		}
		want := "  " + mark + ` OAuth 2.0 token (refresh_token) from http://x/token [400 Bad Request, 3ms]
     invalid_grant: refresh token already used
  ` + mark + ` OAuth 2.0 token (client_credentials) from http://x/token [200 OK, 12ms]
  GET http://x/me [200 OK, 21B, 2ms]
  GET http://x/me 
  ` + mark + ` OAuth 2.0 token (password) from http://x/token [errored, 1ms]
     connect ECONNREFUSED 127.0.0.1:1
[errored]
     OAuth 2.0 token (password) from http://x/token failed: connect ECONNREFUSED 127.0.0.1:1
`
		if !strings.Contains(out, want) {
			t.Errorf("cli (plain %v):\n%s\nwant:\n%s", plain, out, want)
		}
		if !strings.Contains(out, "OAuth 2.0 token requests: 3") {
			t.Errorf("the summary lacks the count:\n%s", out)
		}
	}
}

// The json report lists an execution's token requests under courier's
// authTokens key (masked), and nothing of them elsewhere.
func TestJSONAuthTokens(t *testing.T) {
	s := events.NewSummary(events.SummaryOptions{Executions: true, Bodies: true, Headers: true})
	for _, e := range fxAuthToken() {
		s.Add(e)
	}
	var buf bytes.Buffer
	mask := func(v string) string { return strings.ReplaceAll(v, "x/token", "********") }
	if err := WriteJSON(&buf, s, RunInfo{}, JSONOptions{Mask: mask}); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Run struct {
			Stats      map[string]struct{ Total int }
			Executions []struct {
				AuthTokens []map[string]any `json:"authTokens"`
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(rep.Run.Executions[0].AuthTokens)
	want := `[{"code":400,"error":{"message":"invalid_grant: refresh token already used","name":"Error"},"grant":"refresh_token","responseTime":3,"status":"Bad Request","url":"http://********"},` +
		`{"code":200,"grant":"client_credentials","responseTime":12,"status":"OK","url":"http://********"},` +
		`{"error":{"message":"connect ECONNREFUSED 127.0.0.1:1","name":"Error"},"grant":"password","responseTime":1,"script":{"event":"test","location":"request Me"},"url":"http://********"}]`
	if string(got) != want {
		t.Errorf("authTokens\n got %s\nwant %s", got, want)
	}
	if rep.Run.Stats["requests"].Total != 2 {
		t.Errorf("requests %d: token requests are not the collection's", rep.Run.Stats["requests"].Total)
	}
}
