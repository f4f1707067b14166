package merge

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/courier-run/courier/events"
)

// The parts of an execution and a failure the merge reads: the cursor
// (order), and what the junit, html and cli reports show. Bodies and the
// item's definition are skipped by the decoder, never held.

type jsonCursor struct {
	Iteration int    `json:"iteration"`
	Position  int    `json:"position"`
	Length    int    `json:"length"`
	Cycles    int    `json:"cycles"`
	Ref       string `json:"ref"`
	ScriptID  string `json:"scriptId"`
}

func (c jsonCursor) events() events.Cursor {
	return events.Cursor{Iteration: c.Iteration, Position: c.Position, Length: c.Length, Cycles: c.Cycles, Ref: c.Ref}
}

type jsonHeader struct {
	Key      json.RawMessage `json:"key"`
	Value    json.RawMessage `json:"value"`
	Disabled json.RawMessage `json:"disabled"`
	System   bool            `json:"system"`
}

type jsonItemRef struct {
	ID   string          `json:"id"`
	Name json.RawMessage `json:"name"`
}

type jsonRequest struct {
	URL    json.RawMessage `json:"url"`
	Method string          `json:"method"`
	Header []jsonHeader    `json:"header"`
}

type jsonError struct {
	Name      string `json:"name"`
	Index     *int   `json:"index"`
	Test      string `json:"test"`
	Message   string `json:"message"`
	Stack     string `json:"stack"`
	Timestamp int64  `json:"timestamp"`
}

type jsonScriptRun struct {
	Error *jsonError `json:"error"`
}

type jsonExecution struct {
	Cursor    jsonCursor   `json:"cursor"`
	Item      jsonItemRef  `json:"item"`
	ID        string       `json:"id"`
	Started   float64      `json:"started"`   // courier's: unix ms
	Completed float64      `json:"completed"` // courier's: unix ms
	Request   *jsonRequest `json:"request"`
	Response  *struct {
		Code         int          `json:"code"`
		Status       string       `json:"status"`
		Header       []jsonHeader `json:"header"`
		ResponseTime float64      `json:"responseTime"`
		ResponseSize int          `json:"responseSize"`
	} `json:"response"`
	RequestError json.RawMessage `json:"requestError"`
	Retries      []struct {
		Attempt int    `json:"attempt"`
		Of      int    `json:"of"`
		Reason  string `json:"reason"`
		Delay   int64  `json:"delay"`
		Code    int    `json:"code"`
		Status  string `json:"status"`
		Error   *struct {
			Name    string `json:"name"`
			Message string `json:"message"`
		} `json:"error"`
	} `json:"retries"`
	AuthTokens []struct {
		Grant        string  `json:"grant"`
		URL          string  `json:"url"`
		Code         int     `json:"code"`
		Status       string  `json:"status"`
		ResponseTime float64 `json:"responseTime"`
		Script       *struct {
			Event    string `json:"event"`
			Location string `json:"location"`
		} `json:"script"`
		Error *struct {
			Name    string `json:"name"`
			Message string `json:"message"`
		} `json:"error"`
	} `json:"authTokens"`
	Assertions []struct {
		Assertion string     `json:"assertion"`
		Skipped   bool       `json:"skipped"`
		Error     *jsonError `json:"error"`
	} `json:"assertions"`
	PrerequestScript []jsonScriptRun `json:"prerequestScript"`
	TestScript       []jsonScriptRun `json:"testScript"`
}

type jsonFailure struct {
	Error  jsonError `json:"error"`
	At     string    `json:"at"`
	Source *struct {
		ID      string          `json:"id"`
		Name    json.RawMessage `json:"name"`
		Request *jsonRequest    `json:"request"`
	} `json:"source"`
	Cursor jsonCursor `json:"cursor"`
}

// text is a JSON value as the reports show it: a string as is, anything
// else as its JSON text.
func text(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	if isNull(raw) {
		return ""
	}
	return string(raw)
}

func headers(hs []jsonHeader, in interner) []events.Header {
	if len(hs) == 0 {
		return nil
	}
	out := make([]events.Header, 0, len(hs))
	for _, h := range hs {
		out = append(out, events.Header{Key: in.get(text(h.Key)), Value: in.get(text(h.Value)), System: h.System, Disabled: len(h.Disabled) > 0 && string(h.Disabled) != "false" && !isNull(h.Disabled)})
	}
	return out
}

// urlString is a report's url (postman-collection's Url#toJSON, or a
// string) as text, as Url#toString writes it.
func urlString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var u struct {
		Protocol string `json:"protocol"`
		Auth     *struct {
			User     *string `json:"user"`
			Password *string `json:"password"`
		} `json:"auth"`
		Host  []string `json:"host"`
		Port  *string  `json:"port"`
		Path  []string `json:"path"`
		Hash  *string  `json:"hash"`
		Query []struct {
			Key      *string         `json:"key"`
			Value    *string         `json:"value"`
			Disabled json.RawMessage `json:"disabled"`
		} `json:"query"`
	}
	if json.Unmarshal(raw, &u) != nil {
		return ""
	}
	var b strings.Builder
	if u.Protocol != "" {
		b.WriteString(u.Protocol + "://")
	}
	if u.Auth != nil && (u.Auth.User != nil || u.Auth.Password != nil) {
		if u.Auth.User != nil {
			b.WriteString(*u.Auth.User)
		}
		if u.Auth.Password != nil {
			b.WriteString(":" + *u.Auth.Password)
		}
		b.WriteString("@")
	}
	b.WriteString(strings.Join(u.Host, "."))
	if u.Port != nil {
		b.WriteString(":" + *u.Port)
	}
	if len(u.Path) > 0 {
		b.WriteString("/" + strings.Join(u.Path, "/"))
	}
	var qs []string
	for _, q := range u.Query {
		if len(q.Disabled) > 0 && string(q.Disabled) == "true" {
			continue
		}
		p := ""
		if q.Key != nil {
			p = *q.Key
		}
		if q.Value != nil {
			p += "=" + *q.Value
		}
		qs = append(qs, p)
	}
	if len(qs) > 0 {
		b.WriteString("?" + strings.Join(qs, "&"))
	}
	if u.Hash != nil {
		b.WriteString("#" + *u.Hash)
	}
	return b.String()
}

// item is the events.Item an execution or failure belongs to, its folder
// path from the report's own collection.
func (t *tree) item(id string, name json.RawMessage) events.Item {
	if ti, ok := t.items[id]; ok {
		// the tree's strings, shared by every execution of the item
		it := events.Item{ID: ti.id, Name: ti.name, Path: ti.path}
		if n := text(name); n != ti.name {
			it.Name = n
		}
		return it
	}
	return events.Item{ID: id, Name: text(name)}
}

// execution is what the junit, html and cli reports need of one execution:
// no bodies, headers only when asked for. What the json report does not
// carry (start and end times, console lines, the location of a script
// error, a request error's name and message) is left out or filled in from
// run.failures later (see merger.failure).
func (t *tree) execution(je *jsonExecution, keepHeaders bool, in interner) *events.Execution {
	id := je.Item.ID
	if id == "" {
		id = je.ID
	}
	x := &events.Execution{Cursor: je.Cursor.events(), Item: t.item(id, je.Item.Name), Started: fromMillis(je.Started), Finished: fromMillis(je.Completed)}
	if je.Request != nil {
		x.Request = &events.Request{Method: in.get(je.Request.Method), URL: urlString(je.Request.URL)}
		if keepHeaders {
			x.Request.Headers = headers(je.Request.Header, in)
		}
	}
	if r := je.Response; r != nil {
		x.Response = &events.Response{Code: r.Code, Status: in.get(r.Status), ResponseTime: time.Duration(r.ResponseTime * float64(time.Millisecond)), Size: r.ResponseSize}
		if keepHeaders {
			x.Response.Headers = headers(r.Header, in)
		}
	}
	if !isNull(je.RequestError) {
		// its name and message are in run.failures (filled in there)
		x.RequestError = &events.Error{Name: "Error"}
	}
	for _, r := range je.Retries {
		rt := events.Retry{Attempt: r.Attempt, Max: r.Of, Reason: r.Reason, Delay: time.Duration(r.Delay) * time.Millisecond, Code: r.Code, Status: r.Status}
		if r.Error != nil {
			rt.Error = &events.Error{Name: r.Error.Name, Message: r.Error.Message}
		}
		x.Retries = append(x.Retries, rt)
	}
	for _, t := range je.AuthTokens {
		st := events.AuthTokenStep{Grant: t.Grant, URL: t.URL, Code: t.Code, Status: t.Status, Duration: time.Duration(t.ResponseTime * float64(time.Millisecond))}
		if t.Script != nil {
			st.Script = &events.ScriptRef{Event: t.Script.Event, Location: t.Script.Location}
		}
		if t.Error != nil {
			st.Error = &events.Error{Name: t.Error.Name, Message: t.Error.Message}
		}
		x.AuthTokens = append(x.AuthTokens, st)
	}
	for i, a := range je.Assertions {
		ar := events.AssertionResult{Name: in.get(a.Assertion), Index: i, Skipped: a.Skipped}
		if a.Error != nil {
			if a.Error.Index != nil {
				ar.Index = *a.Error.Index
			}
			ar.Error = &events.Error{Name: a.Error.Name, Message: a.Error.Message, Stack: a.Error.Stack}
		}
		x.Assertions = append(x.Assertions, ar)
	}
	for _, s := range []struct {
		event string
		runs  []jsonScriptRun
	}{{"prerequest", je.PrerequestScript}, {"test", je.TestScript}} {
		for _, run := range s.runs {
			if e := run.Error; e != nil {
				x.ScriptErrors = append(x.ScriptErrors, events.ScriptError{Event: s.event, Error: events.Error{Name: e.Name, Message: e.Message, Stack: e.Stack}})
			}
		}
	}
	return x
}

// failure is an entry of run.failures as events.Failure.
func (t *tree) failure(jf *jsonFailure) events.Failure {
	f := events.Failure{
		Error:  events.Error{Name: jf.Error.Name, Message: jf.Error.Message, Stack: jf.Error.Stack},
		At:     jf.At,
		Test:   jf.Error.Test,
		Cursor: jf.Cursor.events(),
	}
	if jf.Error.Index != nil {
		f.Index = *jf.Error.Index
	}
	if jf.Error.Timestamp > 0 {
		f.Time = time.UnixMilli(jf.Error.Timestamp)
	}
	if jf.Source != nil {
		f.Source = t.item(jf.Source.ID, jf.Source.Name)
	}
	if sc, ok := t.scripts[jf.Cursor.ScriptID]; ok {
		f.Location, f.Event = sc.location, sc.event
	}
	if jf.At == "request" && jf.Source != nil && jf.Source.Request != nil {
		f.Request = &events.Request{Method: jf.Source.Request.Method, URL: urlString(jf.Source.Request.URL)}
		if _, known := t.items[jf.Source.ID]; !known && jf.Cursor.ScriptID != "" {
			// a pm.sendRequest's: its source is the item postman-runtime
			// made for it, not one of the collection's
			f.SendRequest = true
		}
	}
	return f
}

// fromMillis is a json report's unix milliseconds (with a fraction) as a
// time; 0 (a report without them: Newman's, or an older courier's) is the
// zero time.
func fromMillis(ms float64) time.Time {
	if ms <= 0 || ms > 1e15 {
		return time.Time{}
	}
	return time.UnixMicro(int64(ms*1000 + 0.5)).UTC()
}
