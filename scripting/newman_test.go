package scripting

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/courier-run/courier/collections"
)

// The files in testdata/newman are probe scripts and what Newman 6.2.2 gave
// for them (one pm.test name per line, "  !! Name: message" for failures),
// run against a local server whose response recordedResponse reproduces.

func recordedResponse() *Response {
	body := `{"id":7,"name":"widget","tags":["a","b"],"nested":{"ok":true,"n":null}}`
	return &Response{
		Code:   200,
		Reason: "OK",
		Headers: []Header{
			{Key: "Date", Value: "Fri, 27 Nov 2026 15:00:00 GMT"},
			{Key: "Content-Type", Value: "application/json"},
			{Key: "X-Custom", Value: "abc"},
			{Key: "Set-Cookie", Value: "sid=123; Path=/"},
			{Key: "Set-Cookie", Value: "theme=dark"},
			{Key: "Connection", Value: "keep-alive"},
			{Key: "Keep-Alive", Value: "timeout=5"},
			{Key: "Content-Length", Value: "71"},
		},
		Body:         []byte(body),
		ResponseTime: 19 * time.Millisecond,
		ResponseSize: len(body),
		Cookies: []Cookie{
			{Name: "sid", Value: "123", Domain: "127.0.0.1", Path: "/", HostOnly: true},
			{Name: "theme", Value: "dark", Domain: "127.0.0.1", Path: "/", HostOnly: true},
		},
	}
}

// recordedRequest is the request as Newman sent it (system headers included).
func recordedRequest(token string) *collections.Request {
	return &collections.Request{
		Method: "GET",
		URL:    collections.ParseURL("http://127.0.0.1:18931/json?a=1&b=two"),
		Headers: []collections.Header{
			{Key: "Accept", Value: "application/json"},
			{Key: "User-Agent", Value: "PostmanRuntime/7.39.1"},
			{Key: "Cache-Control", Value: "no-cache"},
			{Key: "Postman-Token", Value: token},
			{Key: "Host", Value: "127.0.0.1:18931"},
			{Key: "Accept-Encoding", Value: "gzip, deflate, br"},
			{Key: "Connection", Value: "keep-alive"},
		},
	}
}

func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "newman", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// probeLines renders a result the way testdata/newman/*.txt records Newman's.
func probeLines(r *Result) []string {
	var out []string
	for _, s := range r.Scripts {
		for _, t := range s.Tests {
			line := t.Name
			if !t.Passed && !t.Skipped && t.Error != nil {
				line += "  !! " + t.Error.Name + ": " + t.Error.Message
			}
			out = append(out, strings.Split(line, "\n")...)
		}
		if s.Error != nil {
			out = append(out, "SCRIPT ERROR "+s.Error.Name+": "+s.Error.Message)
		}
	}
	return out
}

func TestNewmanRecordings(t *testing.T) {
	cases := []struct {
		probe, event string
		url          string // the request's URL when not the default
		// deviations: a line's label (text before " => ") mapped to what
		// courier prints instead, with the reason in a comment.
		deviations map[string]string
	}{
		{
			probe: "response_api", event: "test",
			deviations: map[string]string{
				// courier fills pm.response.cookies; Newman's list is empty
				"cookiesCount": "cookiesCount => 2",
				"cookieGet":    `cookieGet => "123"`,
				"cookieOne":    `cookieOne => {"name":"sid","expires":null,"maxAge":0,"domain":"127.0.0.1","path":"/","secure":false,"httpOnly":false,"hostOnly":true,"value":"123"}`,
				// system headers are not flagged in courier's request model
				"reqJSON": `reqJSON => {"url":{"protocol":"http","port":"18931","path":["json"],"host":["127","0","0","1"],"query":[{"key":"a","value":"1"},{"key":"b","value":"two"}],"variable":[]},"header":[{"key":"Accept","value":"application/json"},{"key":"User-Agent","value":"PostmanRuntime/7.39.1"},{"key":"Cache-Control","value":"no-cache"},{"key":"Postman-Token","value":"TOKEN"},{"key":"Host","value":"127.0.0.1:18931"},{"key":"Accept-Encoding","value":"gzip, deflate, br"},{"key":"Connection","value":"keep-alive"}],"method":"GET"}`,
			},
		},
		{
			probe: "request_edit", event: "prerequest",
			url: "http://127.0.0.1:18931/echo?a=1&b=two",
		},
		{
			probe: "libraries", event: "test",
			deviations: map[string]string{
				// courier also accepts node:-prefixed built-ins (as newer Postman does)
				"requireNode": `requireNode => ["function","function","a/b"]`,
				// goja has globalThis
				"globalThis": `globalThis => "object"`,
				// node:fs is fs
				"requireNodeFs": `requireNodeFs => {}`,
				// messages a script sees in e.message are goja's; courier
				// rewrites them into V8's words only when it reports them
				// (see TestReportedErrorsUseV8Wording)
				"typeErr":     `typeErr => THROW TypeError: Cannot read property 'b' of undefined`,
				"typeErrNull": `typeErrNull => THROW TypeError: Cannot read property 'x' of undefined`,
				"notFn":       `notFn => THROW TypeError: Object has no member 'foo'`,
				"notFn2":      `notFn2 => THROW TypeError: Value is not an object: 5`,
				"setProp":     `setProp => THROW TypeError: Cannot convert undefined or null to object`,
				"pmRequire":   `pmRequire => THROW TypeError: Object has no member 'require'`,
			},
		},
		{
			probe: "assertions", event: "test",
		},
	}
	for _, tc := range cases {
		t.Run(tc.probe, func(t *testing.T) {
			want := strings.Split(strings.TrimRight(readTestdata(t, tc.probe+".txt"), "\n"), "\n")
			token := ""
			for _, l := range want {
				if i := strings.Index(l, `"postman-token":"`); i >= 0 {
					token = l[i+len(`"postman-token":"`):]
					token = token[:strings.IndexByte(token, '"')]
					break
				}
			}
			src := readTestdata(t, "show.js") + readTestdata(t, tc.probe+".js")
			h := newFakeHost()
			rt := New(h, Options{Lib: sharedLib})
			defer rt.Close()
			ex := &Execution{
				Event:    tc.event,
				Scripts:  []Script{{Source: src, Location: "request R1"}},
				Item:     Item{ID: "rid-1", Name: "R1", Path: []string{"t", "F1"}},
				Request:  recordedRequest(token),
				Response: recordedResponse(),
				Info:     Info{EventName: tc.event, Iteration: 0, IterationCount: 1, RequestName: "R1", RequestID: "rid-1"},
			}
			if tc.url != "" {
				ex.Request = &collections.Request{Method: "GET", URL: collections.ParseURL(tc.url),
					Headers: []collections.Header{{Key: "Accept", Value: "application/json"}}}
			}
			if tc.event == "prerequest" {
				ex.Response = nil
			}
			res, err := rt.Run(context.Background(), ex)
			if err != nil {
				t.Fatal(err)
			}
			got := probeLines(res)
			for i := range want {
				label, _, _ := strings.Cut(want[i], " => ")
				if d, ok := tc.deviations[label]; ok {
					want[i] = strings.ReplaceAll(d, "TOKEN", token)
				}
			}
			for i := 0; i < len(want) || i < len(got); i++ {
				var w, g string
				if i < len(want) {
					w = want[i]
				}
				if i < len(got) {
					g = got[i]
				}
				if w != g {
					t.Errorf("line %d:\n got: %s\nwant: %s", i+1, g, w)
				}
			}
		})
	}
}
