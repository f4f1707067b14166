package reporters

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/courier-run/courier/internal/events"
)

// RunInfo is the run context the json reporter writes besides the summary:
// plain data handed over by the CLI.
type RunInfo struct {
	Collection  json.RawMessage // the collection document
	Environment Scope
	Globals     Scope
}

// Scope is a variable scope as written in reports.
type Scope struct {
	ID     string          `json:"id,omitempty"`
	Name   string          `json:"name,omitempty"`
	Values []ScopeVariable `json:"values"`
}

// ScopeVariable is one variable of a Scope.
type ScopeVariable struct {
	Key     string `json:"key"`
	Value   any    `json:"value"`
	Type    string `json:"type,omitempty"`
	Enabled bool   `json:"enabled"`
}

type jsonCursor struct {
	Position  int    `json:"position"`
	Iteration int    `json:"iteration"`
	Length    int    `json:"length"`
	Cycles    int    `json:"cycles"`
	Empty     bool   `json:"empty"`
	EOF       bool   `json:"eof"`
	BOF       bool   `json:"bof"`
	CR        bool   `json:"cr"`
	Ref       string `json:"ref"`
}

func toJSONCursor(c events.Cursor) jsonCursor {
	return jsonCursor{Position: c.Position, Iteration: c.Iteration, Length: c.Length, Cycles: c.Cycles,
		BOF: c.Position == 0 && c.Iteration == 0, CR: c.Position == 0 && c.Iteration > 0, Ref: c.Ref}
}

type kv struct {
	Key    string `json:"key"`
	Value  string `json:"value"`
	System bool   `json:"system,omitempty"`
}

// jsonURL is postman-collection's Url#toJSON: members in its order, absent
// ones left out, query and variable always there.
type jsonURL struct {
	Auth     *jsonURLAuth   `json:"auth,omitempty"`
	Protocol string         `json:"protocol,omitempty"`
	Port     *string        `json:"port,omitempty"`
	Path     []string       `json:"path,omitempty"`
	Hash     *string        `json:"hash,omitempty"`
	Host     []string       `json:"host,omitempty"`
	Query    []jsonQuery    `json:"query"`
	Variable []jsonVariable `json:"variable"`
}

type jsonURLAuth struct {
	User     *string `json:"user,omitempty"`
	Password *string `json:"password,omitempty"`
}

type jsonQuery struct {
	Key   *string `json:"key"`
	Value *string `json:"value"`
}

type jsonVariable struct {
	Type string `json:"type"`
	Key  string `json:"key"`
}

type jsonBuffer struct {
	Type string
	Data []byte
}

// MarshalJSON writes Node's Buffer#toJSON shape, {"type":"Buffer","data":[…]},
// with the byte array on one line.
func (b jsonBuffer) MarshalJSON() ([]byte, error) {
	out := make([]byte, 0, 32+4*len(b.Data))
	out = append(out, `{"type":"Buffer","data":[`...)
	for i, c := range b.Data {
		if i > 0 {
			out = append(out, ',')
		}
		out = strconv.AppendInt(out, int64(c), 10)
	}
	return append(out, "]}"...), nil
}

type jsonError struct {
	Name    string `json:"name"`
	Index   *int   `json:"index,omitempty"`
	Test    string `json:"test,omitempty"`
	Message string `json:"message"`
	Stack   string `json:"stack,omitempty"`
}

type jsonAssertion struct {
	Assertion string     `json:"assertion"`
	Skipped   bool       `json:"skipped"`
	Error     *jsonError `json:"error,omitempty"`
}

type jsonRequest struct {
	URL    jsonURL        `json:"url"`
	Header []kv           `json:"header"`
	Method string         `json:"method"`
	Body   map[string]any `json:"body,omitempty"`
}

type jsonResponse struct {
	Status       string     `json:"status"`
	Code         int        `json:"code"`
	Header       []kv       `json:"header"`
	Stream       jsonBuffer `json:"stream"`
	Cookie       []any      `json:"cookie"`
	ResponseTime int64      `json:"responseTime"`
	ResponseSize int        `json:"responseSize"`
}

type jsonItem struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"` // Newman writes no name for an item without one
}

type jsonScriptRun struct {
	Error *jsonError `json:"error,omitempty"`
}

type jsonExecution struct {
	Cursor           jsonCursor      `json:"cursor"`
	Item             jsonItem        `json:"item"`
	Request          *jsonRequest    `json:"request,omitempty"`
	Response         *jsonResponse   `json:"response,omitempty"`
	ID               string          `json:"id"`
	Assertions       []jsonAssertion `json:"assertions,omitempty"`
	PrerequestScript []jsonScriptRun `json:"prerequestScript,omitempty"`
	TestScript       []jsonScriptRun `json:"testScript,omitempty"`
	RequestError     *jsonError      `json:"requestError,omitempty"`
	Skipped          bool            `json:"skipped,omitempty"`
}

type jsonFailure struct {
	Error  jsonError  `json:"error"`
	At     string     `json:"at"`
	Source jsonItem   `json:"source"`
	Cursor jsonCursor `json:"cursor"`
}

// JSONOptions configure the json reporter.
type JSONOptions struct {
	Mask       func(string) string            // hides secrets (nil = as is)
	MaskHeader func(key, value string) string // hides credential headers (nil = Mask)
	// Spool, when set, holds the executions already written by a JSONSpool;
	// WriteJSON copies them instead of reading the summary's executions.
	Spool io.Reader
}

// JSONSpool writes each execution as soon as its item ends (to a temporary
// file, say), so a long run's json report needs no memory per request.
// Values are masked with what the masker knows when the item ends, which
// includes anything the item's own scripts captured.
type JSONSpool struct {
	w   *bufio.Writer
	o   JSONOptions
	n   int
	err error
}

// NewJSONSpool returns a spool writing to w. Pass its Add to
// events.SummaryOptions.OnExecution, Flush it after the run, and hand what it
// wrote to WriteJSON as JSONOptions.Spool.
func NewJSONSpool(w io.Writer, o JSONOptions) *JSONSpool {
	return &JSONSpool{w: bufio.NewWriterSize(w, 64<<10), o: o}
}

// Add writes one execution.
func (j *JSONSpool) Add(x *events.Execution) {
	if j.err != nil || x.Skipped || x.Request == nil {
		// Newman's report has an execution only for an item that sent its
		// request (not after pm.execution.skipRequest() or a --bail in its
		// pre-request scripts)
		return
	}
	mask, maskHeader := j.o.maskers()
	jw := &jsonWriter{w: j.w}
	if j.n > 0 {
		jw.raw(",")
	}
	jw.raw("\n      ")
	jw.value(toJSONExecution(x, mask, maskHeader), "      ")
	j.err = jw.err
	j.n++
}

// Flush writes out what is buffered and reports the first error.
func (j *JSONSpool) Flush() error {
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}

// Len is the number of executions written.
func (j *JSONSpool) Len() int { return j.n }

func (o JSONOptions) maskers() (func(string) string, func(k, v string) string) {
	mask := o.Mask
	if mask == nil {
		mask = func(s string) string { return s }
	}
	maskHeader := o.MaskHeader
	if maskHeader == nil {
		maskHeader = func(_, v string) string { return mask(v) }
	}
	return mask, maskHeader
}

// WriteJSON writes Newman's json report (the run summary) for s. It streams:
// one execution is converted and written at a time, and response bodies
// (Newman's Buffer byte arrays) are written compactly, so the report costs
// little memory beyond the summary itself. The document has Newman's shape;
// only its whitespace differs.
func WriteJSON(w io.Writer, s *events.Summary, info RunInfo, o JSONOptions) error {
	mask, maskHeader := o.maskers()
	if len(info.Collection) == 0 {
		info.Collection = json.RawMessage(`{}`)
	}
	if info.Environment.Values == nil {
		info.Environment.Values = []ScopeVariable{}
	}
	if info.Globals.Values == nil {
		info.Globals.Values = []ScopeVariable{}
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	jw := &jsonWriter{w: bw}
	jw.raw("{\n  \"collection\": ")
	jw.compactRaw(info.Collection)
	jw.raw(",\n  \"environment\": ")
	jw.value(info.Environment, "  ")
	jw.raw(",\n  \"globals\": ")
	jw.value(info.Globals, "  ")
	jw.raw(",\n  \"run\": {\n    \"stats\": ")
	jw.value(s.Stats, "    ")
	jw.raw(",\n    \"timings\": ")
	jw.value(s.Timings, "    ")
	jw.raw(",\n    \"executions\": [")
	if o.Spool != nil {
		if jw.err == nil {
			n, err := io.Copy(bw, o.Spool)
			jw.err = err
			if n > 0 {
				jw.raw("\n    ")
			}
		}
	} else {
		n := 0
		for _, x := range s.Executions {
			if x.Skipped || x.Request == nil {
				continue // as in JSONSpool.Add
			}
			if n > 0 {
				jw.raw(",")
			}
			n++
			jw.raw("\n      ")
			jw.value(toJSONExecution(x, mask, maskHeader), "      ")
		}
		if n > 0 {
			jw.raw("\n    ")
		}
	}
	jw.raw("],\n    \"transfers\": ")
	jw.value(map[string]int64{"responseTotal": s.Transfers}, "    ")
	failures := make([]jsonFailure, 0, len(s.Failures))
	for _, f := range s.Failures {
		jf := jsonFailure{At: f.At, Source: jsonItem{ID: f.Source.ID, Name: f.Source.Name}, Cursor: toJSONCursor(f.Cursor),
			Error: jsonError{Name: f.Error.Name, Message: mask(f.Error.Message), Stack: mask(f.Error.Stack), Test: mask(f.Test)}}
		if strings.HasPrefix(f.At, "assertion") {
			idx := f.Index
			jf.Error.Index = &idx
		}
		failures = append(failures, jf)
	}
	jw.raw(",\n    \"failures\": ")
	jw.value(failures, "    ")
	jw.raw(",\n    \"error\": ")
	var runErr *jsonError
	if s.Error != nil {
		runErr = &jsonError{Name: s.Error.Name, Message: s.Error.Message}
	}
	jw.value(runErr, "    ")
	jw.raw("\n  }\n}\n")
	if jw.err != nil {
		return jw.err
	}
	return bw.Flush()
}

// jsonWriter writes JSON pieces, remembering the first error.
type jsonWriter struct {
	w   *bufio.Writer
	err error
}

func (j *jsonWriter) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

func (j *jsonWriter) compactRaw(b []byte) {
	if j.err != nil {
		return
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, b); err != nil {
		j.raw("{}")
		return
	}
	_, j.err = j.w.Write(buf.Bytes())
}

// value writes v indented with two spaces under prefix.
func (j *jsonWriter) value(v any, prefix string) {
	if j.err != nil {
		return
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if j.err = enc.Encode(v); j.err != nil {
		return
	}
	_, j.err = j.w.Write(bytes.TrimRight(buf.Bytes(), "\n"))
}

func toJSONExecution(x *events.Execution, mask func(string) string, maskHeader func(k, v string) string) jsonExecution {
	je := jsonExecution{Cursor: toJSONCursor(x.Cursor), Item: jsonItem{ID: x.Item.ID, Name: x.Item.Name}, ID: x.Item.ID, Skipped: x.Skipped}
	if x.Request != nil {
		je.Request = toJSONRequest(x.Request, mask, maskHeader)
	}
	if x.Response != nil {
		je.Response = toJSONResponse(x.Response, mask, maskHeader)
	}
	if x.RequestError != nil {
		je.RequestError = &jsonError{Name: x.RequestError.Name, Message: mask(x.RequestError.Message), Stack: mask(x.RequestError.Stack)}
	}
	for i, a := range x.Assertions {
		ja := jsonAssertion{Assertion: mask(a.Name), Skipped: a.Skipped}
		if a.Error != nil {
			idx := i
			ja.Error = &jsonError{Name: a.Error.Name, Index: &idx, Test: mask(a.Name), Message: mask(a.Error.Message), Stack: mask(a.Error.Stack)}
		}
		je.Assertions = append(je.Assertions, ja)
	}
	for _, se := range x.ScriptErrors {
		run := jsonScriptRun{Error: &jsonError{Name: se.Error.Name, Message: mask(se.Error.Message), Stack: mask(se.Error.Stack)}}
		if se.Event == "prerequest" {
			je.PrerequestScript = append(je.PrerequestScript, run)
		} else {
			je.TestScript = append(je.TestScript, run)
		}
	}
	return je
}

func toJSONRequest(r *events.Request, mask func(string) string, maskHeader func(k, v string) string) *jsonRequest {
	jr := &jsonRequest{Method: r.Method, Header: []kv{}, URL: toJSONURL(r.Parts, mask, maskHeader)}
	for _, h := range r.Headers {
		jr.Header = append(jr.Header, kv{Key: h.Key, Value: maskHeader(h.Key, h.Value), System: h.System})
	}
	if r.BodyMode != "" && len(r.Body) > 0 {
		jr.Body = map[string]any{"mode": "raw", "raw": mask(string(r.Body))}
	}
	return jr
}

func toJSONURL(u *events.URL, mask func(string) string, maskHeader func(k, v string) string) jsonURL {
	ju := jsonURL{Query: []jsonQuery{}, Variable: []jsonVariable{}}
	if u == nil {
		return ju
	}
	str := func(p *string) *string {
		if p == nil {
			return nil
		}
		s := mask(*p)
		return &s
	}
	strs := func(ss []string) []string {
		if ss == nil {
			return nil
		}
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = mask(s)
		}
		return out
	}
	ju.Protocol, ju.Port, ju.Path, ju.Hash, ju.Host = u.Protocol, u.Port, strs(u.Path), str(u.Hash), strs(u.Host)
	if a := u.Auth; a != nil {
		ju.Auth = &jsonURLAuth{User: str(a.User)}
		if a.Password != nil {
			// a credential: masked whole, as a credential header's value is
			pw := maskHeader("X-Api-Key", *a.Password)
			ju.Auth.Password = &pw
		}
	}
	for _, q := range u.Query {
		ju.Query = append(ju.Query, jsonQuery{Key: str(q.Key), Value: str(q.Value)})
	}
	for _, v := range u.Variables {
		ju.Variable = append(ju.Variable, jsonVariable{Type: "any", Key: v})
	}
	return ju
}

func toJSONResponse(r *events.Response, mask func(string) string, maskHeader func(k, v string) string) *jsonResponse {
	jr := &jsonResponse{Status: r.Status, Code: r.Code, Header: []kv{}, Cookie: []any{},
		ResponseTime: r.ResponseTime.Milliseconds(), ResponseSize: r.Size}
	for _, h := range r.Headers {
		jr.Header = append(jr.Header, kv{Key: h.Key, Value: maskHeader(h.Key, h.Value)})
	}
	jr.Stream = jsonBuffer{Type: "Buffer", Data: []byte(mask(string(r.Body)))}
	return jr
}
