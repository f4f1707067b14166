package reporters

import (
	"bufio"
	"bytes"
	"crypto/md5"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/internal/lazyre"
	"github.com/courier-run/courier/internal/sdkjson"
)

// RunInfo is the run context the json reporter writes besides the summary:
// plain data handed over by the CLI.
type RunInfo struct {
	Collection json.RawMessage // the collection as the report shows it
	// Collections, for a command that ran several, are all of them in the
	// command's order (Collection is the first): the json report's
	// courier extension key "collections"
	Collections []json.RawMessage
	Tree        CollectionTree // its items (nil: executions show only id and name)
	Environment Scope
	Globals     Scope
	// VarsStart and VarsEnd are the environment, globals and collection
	// variables as the run began and as it ended, masked (the html
	// report's variables section); nil when not known
	VarsStart, VarsEnd *RunScopes
}

// CollectionTrees is implemented by the tree of a command that ran several
// collections (ids may repeat across them): Collection(i) is the tree of
// the i-th (Execution.CollectionIndex), nil when there is none.
type CollectionTrees interface {
	Collection(i int) CollectionTree
}

// treeOf is the tree of the collection at index i.
func treeOf(t CollectionTree, i int) CollectionTree {
	if m, ok := t.(CollectionTrees); ok {
		if c := m.Collection(i); c != nil {
			return c
		}
	}
	return t
}

// CollectionTree is the collection as Newman's json report shows it
// (postman-collection's toJSON()), item by item.
type CollectionTree interface {
	// Item is the request or folder with this id.
	Item(id string) (json.RawMessage, bool)
	// Parent is the folder holding the item, or the collection.
	Parent(id string) (json.RawMessage, bool)
	// ScriptID is the id of the script of an item's event ("prerequest" or
	// "test") at a location ("collection", "folder NAME", "request NAME").
	ScriptID(itemID, location, event string) string
}

// Scope is a variable scope as written in reports.
type Scope struct {
	Meta   map[string]any  `json:"_,omitempty"` // the file's _postman_* keys, unprefixed
	ID     string          `json:"id"`
	Name   string          `json:"name,omitempty"`
	Values []ScopeVariable `json:"values"`
	// JSON, when set, is the scope as the report writes it (postman-collection's
	// VariableScope#toJSON, values already masked); the fields above are then
	// only for reporters that show the scope's name
	JSON json.RawMessage `json:"-"`
}

// ScopeVariable is one variable of a Scope, as postman-collection's
// Variable#toJSON writes it: meta, id, name, disabled and description when
// the definition has them, then type, value, key and system.
type ScopeVariable struct {
	Meta        map[string]any `json:"_,omitempty"`
	ID          any            `json:"id,omitempty"`
	Name        any            `json:"name,omitempty"`
	Disabled    bool           `json:"disabled,omitempty"`
	Description *Description   `json:"description,omitempty"`
	Type        string         `json:"type"`
	Value       any            `json:"value"`
	Key         string         `json:"key"`
	System      any            `json:"system,omitempty"`
}

// Description is postman-collection's Description: content and type.
type Description struct {
	Content any    `json:"content"`
	Type    string `json:"type"`
}

type jsonCursor struct {
	Position      int    `json:"position"`
	Iteration     int    `json:"iteration"`
	Length        int    `json:"length"`
	Cycles        int    `json:"cycles"`
	Empty         bool   `json:"empty"`
	EOF           bool   `json:"eof"`
	BOF           bool   `json:"bof"`
	CR            bool   `json:"cr"`
	Ref           string `json:"ref"`
	HTTPRequestID string `json:"httpRequestId,omitempty"`
	ScriptID      string `json:"scriptId,omitempty"`  // failures in scripts
	Execution     string `json:"execution,omitempty"` // failures in scripts: that run of the script
}

// toJSONCursor is postman-runtime's cursor: cr and eof are true only past
// the last position, bof at the first of the first iteration.
func toJSONCursor(c events.Cursor) jsonCursor {
	past := c.Length == 0 || c.Position >= c.Length
	return jsonCursor{Position: c.Position, Iteration: c.Iteration, Length: c.Length, Cycles: c.Cycles,
		Empty: c.Length == 0, EOF: past && c.Iteration >= c.Cycles, BOF: c.Length == 0 || c.Position == 0 && c.Iteration == 0,
		CR: past, Ref: c.Ref, HTTPRequestID: derivedID(c.Ref, "http")}
}

// derivedID is a UUID standing for something of the execution ref that
// Newman identifies with a random UUID (the HTTP request, the response, a
// script run): derived, so every place that names it agrees.
func derivedID(ref, what string) string {
	if ref == "" {
		return ""
	}
	h := md5.Sum([]byte(ref + "\x00" + what))
	h[6] = h[6]&0x0f | 0x40
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

type kv struct {
	Key    string `json:"key"`
	Value  any    `json:"value"`
	System bool   `json:"system,omitempty"`
}

// header is a request header as Newman's report writes it; its value is a
// string or, as the collection gave it, typed JSON.
type header struct {
	Description json.RawMessage `json:"description,omitempty"`
	Disabled    any             `json:"disabled,omitempty"` // true, or the definition's value as given
	Key         any             `json:"key"`                // a string, or the definition's key that is not one
	Value       any             `json:"value"`
	System      bool            `json:"system,omitempty"`
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

// jsonBuffer is a response body as Node's Buffer#toJSON writes it,
// {"type":"Buffer","data":[…]}. A report writes the byte array itself,
// straight to its output (see jsonWriter.execution): marshalled, the body
// stands in as a placeholder string, so a large body is never held as text
// and the encoder's indentation never puts each byte on a line of its own.
type jsonBuffer struct {
	Data string
}

// bufferMark is the placeholder a jsonBuffer marshals to; random per
// process, so no value in a report can be taken for it.
var bufferMark = func() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return "courier-buffer-" + hex.EncodeToString(b)
}()

func (b jsonBuffer) MarshalJSON() ([]byte, error) {
	return []byte(`"` + bufferMark + `"`), nil
}

// writeBuffer writes data as Buffer#toJSON's shape, the array on one line.
func writeBuffer(w *bufio.Writer, data string) error {
	if _, err := w.WriteString(`{"type": "Buffer", "data": [`); err != nil {
		return err
	}
	var num [4]byte
	for i := 0; i < len(data); i++ {
		n := num[:0]
		if i > 0 {
			n = append(n, ',')
		}
		n = strconv.AppendUint(n, uint64(data[i]), 10)
		if _, err := w.Write(n); err != nil {
			return err
		}
	}
	_, err := w.WriteString("]}")
	return err
}

type jsonError struct {
	Name    string `json:"name"`
	Index   *int   `json:"index,omitempty"`
	Test    string `json:"test,omitempty"`
	Message string `json:"message"`
	Stack   string `json:"stack,omitempty"`
}

// serialisedError is an error as Newman's summary keeps a failure (and
// postman-runtime a script error): decorated with a checksum, an id, a
// timestamp and the parsed stack.
type serialisedError struct {
	*nodeErrorFields
	Type       string       `json:"type,omitempty"`
	Name       string       `json:"name"`
	Index      *int         `json:"index,omitempty"`
	Test       string       `json:"test,omitempty"`
	Message    string       `json:"message"`
	Stack      string       `json:"stack,omitempty"`
	Checksum   string       `json:"checksum"`
	ID         string       `json:"id"`
	Timestamp  int64        `json:"timestamp"`
	Stacktrace []stackFrame `json:"stacktrace"`
}

type stackFrame struct {
	FileName     string  `json:"fileName"`
	LineNumber   int     `json:"lineNumber"`
	FunctionName string  `json:"functionName"`
	TypeName     string  `json:"typeName"`
	MethodName   *string `json:"methodName"`
	ColumnNumber int     `json:"columnNumber"`
	Native       bool    `json:"native"`
}

func serialise(e serialisedError, seed string, at time.Time) serialisedError {
	sum := md5.Sum([]byte(e.Name + "\x00" + e.Message + "\x00" + e.Stack + "\x00" + seed))
	e.Checksum = hex.EncodeToString(sum[:])
	e.ID = derivedID(seed, "error")
	if !at.IsZero() {
		e.Timestamp = at.UnixMilli()
	}
	e.Stacktrace = parseStack(e.Stack)
	return e
}

// v8Frame is one "at …" line of a V8 stack.
var v8Frame = lazyre.New(`^\s*at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$`)

// parseStack is stack-trace's parse of a V8 stack: one frame per "at" line.
func parseStack(stack string) []stackFrame {
	frames := []stackFrame{}
	for _, line := range strings.Split(stack, "\n")[1:] {
		m := v8Frame().FindStringSubmatch(line)
		if m == nil {
			continue
		}
		fn, file := m[1], m[2]
		if fn == "" && strings.Contains(file, " ") {
			// "at Object.eval sandbox-script.js:1:2)": the function before the file
			if i := strings.LastIndexByte(file, ' '); i >= 0 {
				fn, file = file[:i], file[i+1:]
			}
		}
		f := stackFrame{FileName: file, FunctionName: fn}
		f.LineNumber, _ = strconv.Atoi(m[3])
		f.ColumnNumber, _ = strconv.Atoi(m[4])
		if typ, method, ok := strings.Cut(fn, "."); ok {
			f.TypeName, f.MethodName = typ, &method
		}
		frames = append(frames, f)
	}
	return frames
}

// nodeErrorFields are the properties Node gives a system error, which
// Newman's report shows for a request error.
type nodeErrorFields struct {
	Errno    *int   `json:"errno,omitempty"`
	Code     string `json:"code,omitempty"`
	Syscall  string `json:"syscall,omitempty"`
	Hostname string `json:"hostname,omitempty"`
	Address  string `json:"address,omitempty"`
	Port     *int   `json:"port,omitempty"`
	Connect  *bool  `json:"connect,omitempty"`
	// frame is the stack frame where Node or postman-runtime raised the
	// error, when its code does not tell
	frame string
}

// errnos are libuv's numbers for the codes courier reports.
var errnos = map[string]int{
	"ECONNREFUSED": -111, "ENOTFOUND": -3008, "EAI_AGAIN": -3001, "ECONNRESET": -104, "ETIMEDOUT": -110,
	"EHOSTUNREACH": -113, "ENETUNREACH": -101, "EPIPE": -32, "ECONNABORTED": -103, "EADDRNOTAVAIL": -99,
}

var nodeErrorMessage = lazyre.New(`^(?:(connect|getaddrinfo|read|write|queryA) )?(E[A-Z_]+)\b(?: (\S+))?`)

// requestErrorFields recovers a request error's code, errno, syscall and
// address from its Node-style message ("connect ECONNREFUSED 127.0.0.1:1",
// "getaddrinfo ENOTFOUND host", "ESOCKETTIMEDOUT").
func requestErrorFields(msg string) *nodeErrorFields {
	if msg == "Request path contains unescaped characters" {
		return &nodeErrorFields{Code: "ERR_UNESCAPED_CHARACTERS"} // Node's http module refuses the path
	}
	// Node's http module refuses a header name or value
	if strings.HasPrefix(msg, "Header name must be a valid HTTP token [") {
		return &nodeErrorFields{Code: "ERR_INVALID_HTTP_TOKEN"}
	}
	if strings.HasPrefix(msg, "Invalid character in header content [") {
		return &nodeErrorFields{Code: "ERR_INVALID_CHAR"}
	}
	if strings.HasPrefix(msg, "runtime:extensions~request: ") {
		// postman-runtime's own, before the request is made (no code)
		return &nodeErrorFields{frame: "\n    at Requester.request (postman-runtime/lib/requester/requester.js:421:26)"}
	}
	if strings.HasPrefix(msg, "Port should be >= 0 and < 65536.") {
		return &nodeErrorFields{Code: "ERR_SOCKET_BAD_PORT"} // Node's net.connect
	}
	if strings.HasPrefix(msg, "tunneling socket could not be established, ") {
		return &nodeErrorFields{Code: "ECONNRESET"} // postman-request's tunnel agent
	}
	m := nodeErrorMessage().FindStringSubmatch(msg)
	if m == nil {
		return nil
	}
	f := &nodeErrorFields{Code: m[2], Syscall: m[1]}
	if n, ok := errnos[f.Code]; ok && f.Syscall != "" {
		f.Errno = &n
	}
	switch f.Code {
	case "ESOCKETTIMEDOUT", "ETIMEDOUT":
		connect := f.Code == "ETIMEDOUT" && f.Syscall == "connect"
		f.Connect = &connect
	}
	switch f.Syscall {
	case "getaddrinfo", "queryA":
		f.Hostname = m[3]
	case "connect":
		if host, port, err := net.SplitHostPort(m[3]); err == nil {
			f.Address = host
			if p, err := strconv.Atoi(port); err == nil {
				f.Port = &p
			}
		}
	}
	return f
}

// jsonRequestError is executions[].requestError as Newman's report has it:
// the error's own enumerable properties (Node's code, errno, syscall, …),
// which leave out its name, message and stack (run.failures[] has those);
// {} for an error without them ("request url is empty").
type jsonRequestError struct {
	*nodeErrorFields
}

// jsonRetry is one failed attempt of an execution's request that --retry
// sent again: why, and how long the run waited (milliseconds) before the
// next attempt; the attempt's status or its error.
type jsonRetry struct {
	Attempt int             `json:"attempt"`
	Of      int             `json:"of"`
	Reason  string          `json:"reason"`
	Delay   int64           `json:"delay"`
	Code    int             `json:"code,omitempty"`
	Status  string          `json:"status,omitempty"`
	Error   *jsonRetryError `json:"error,omitempty"`
}

type jsonRetryError struct {
	Name    string `json:"name"`
	Message string `json:"message"`
}

// jsonAuthToken is an OAuth 2.0 token request courier made for the
// execution (a key Newman's report does not have).
type jsonAuthToken struct {
	Grant        string          `json:"grant"`
	URL          string          `json:"url"`
	Code         int             `json:"code,omitempty"`
	Status       string          `json:"status,omitempty"`
	ResponseTime int64           `json:"responseTime"`
	Script       *jsonScriptRef  `json:"script,omitempty"`
	Error        *jsonRetryError `json:"error,omitempty"`
}

// jsonScriptRef names the script whose pm.sendRequest needed the token.
type jsonScriptRef struct {
	Event    string `json:"event"`
	Location string `json:"location"`
}

type jsonAssertion struct {
	Assertion string     `json:"assertion"`
	Skipped   bool       `json:"skipped"`
	Error     *jsonError `json:"error,omitempty"`
}

type jsonRequest struct {
	Description json.RawMessage `json:"description,omitempty"`
	URL         jsonURL         `json:"url"`
	Header      *[]header       `json:"header,omitempty"` // none when an empty URL failed before any was listed
	Method      string          `json:"method"`
	Body        json.RawMessage `json:"body,omitempty"`
	Auth        json.RawMessage `json:"auth,omitempty"`
	Proxy       json.RawMessage `json:"proxy,omitempty"`
	Certificate json.RawMessage `json:"certificate,omitempty"`
}

type jsonResponse struct {
	ID           string     `json:"id"`
	Status       string     `json:"status,omitempty"` // none for a status line without a reason
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
	Error *serialisedError `json:"error,omitempty"`
}

type jsonExecution struct {
	Cursor   jsonCursor      `json:"cursor"`
	Item     json.RawMessage `json:"item"`
	Request  *jsonRequest    `json:"request,omitempty"`
	Response *jsonResponse   `json:"response,omitempty"`
	ID       string          `json:"id"`
	// Started and Completed are when the item began and ended, unix
	// milliseconds with microseconds as the fraction (courier's, not in
	// Newman's report: they give a report merged from shards its timeline)
	Started          float64           `json:"started,omitempty"`
	Completed        float64           `json:"completed,omitempty"`
	RequestError     *jsonRequestError `json:"requestError,omitempty"`
	Retries          []jsonRetry       `json:"retries,omitempty"`    // courier's --retry (not in Newman's report)
	AuthTokens       []jsonAuthToken   `json:"authTokens,omitempty"` // courier's OAuth 2.0 token requests (not in Newman's report)
	Assertions       []jsonAssertion   `json:"assertions,omitempty"`
	PrerequestScript []jsonScriptRun   `json:"prerequestScript,omitempty"`
	TestScript       []jsonScriptRun   `json:"testScript,omitempty"`
}

type jsonFailure struct {
	Error  serialisedError `json:"error"`
	At     string          `json:"at"`
	Source json.RawMessage `json:"source,omitempty"`
	Parent json.RawMessage `json:"parent,omitempty"`
	Cursor jsonCursor      `json:"cursor"`
}

// JSONOptions configure the json reporter.
type JSONOptions struct {
	Mask       func(string) string            // hides secrets (nil = as is)
	MaskHeader func(key, value string) string // hides credential headers (nil = Mask)
	// Tree gives executions and failures their items (nil: id and name only).
	Tree CollectionTree
	// Spool, when set, holds the executions already written by a JSONSpool;
	// WriteJSON copies them instead of reading the summary's executions.
	Spool io.Reader
}

// JSONSpool writes each execution as soon as its item ends (to a temporary
// file, say), so a long run's json report needs no memory per request.
// Values are masked with what the masker knows when the item ends, which
// includes anything the item's own scripts captured.
type JSONSpool struct {
	w     *bufio.Writer
	o     JSONOptions
	n     int
	err   error
	descs descriptionCache
}

// NewJSONSpool returns a spool writing to w. Pass its Add to
// events.SummaryOptions.OnExecution, Flush it after the run, and hand what it
// wrote to WriteJSON as JSONOptions.Spool.
func NewJSONSpool(w io.Writer, o JSONOptions) *JSONSpool {
	return &JSONSpool{w: bufio.NewWriterSize(w, 64<<10), o: o, descs: descriptionCache{}}
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
	jw.execution(toJSONExecution(x, j.o.Tree, j.descs, mask, maskHeader), "      ")
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
	tree := info.Tree
	if tree == nil {
		tree = o.Tree
	}
	if len(info.Collection) == 0 {
		info.Collection = json.RawMessage(`{}`)
	}
	if info.Environment.Values == nil {
		info.Environment.Values = []ScopeVariable{}
	}
	if info.Globals.Values == nil {
		info.Globals.Values = []ScopeVariable{}
	}
	for _, sc := range []*Scope{&info.Environment, &info.Globals} {
		vs := make([]ScopeVariable, len(sc.Values))
		for i, v := range sc.Values {
			if v.Type == "" {
				v.Type = "any" // postman-collection's default
			}
			vs[i] = v
		}
		sc.Values = vs
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	jw := &jsonWriter{w: bw}
	jw.raw("{\n  \"collection\": ")
	jw.compactRaw(maskJSON(info.Collection, mask))
	if len(info.Collections) > 1 {
		jw.raw(",\n  \"collections\": [")
		for i, c := range info.Collections {
			if i > 0 {
				jw.raw(",")
			}
			jw.raw("\n    ")
			jw.compactRaw(maskJSON(c, mask))
		}
		jw.raw("\n  ]")
	}
	for _, sc := range []struct {
		name  string
		scope *Scope
	}{{"environment", &info.Environment}, {"globals", &info.Globals}} {
		jw.raw(",\n  \"" + sc.name + "\": ")
		if len(sc.scope.JSON) > 0 {
			jw.compactRaw(sc.scope.JSON)
		} else {
			jw.value(*sc.scope, "  ")
		}
	}
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
		descs := descriptionCache{}
		for _, x := range s.Executions {
			if x.Skipped || x.Request == nil {
				continue // as in JSONSpool.Add
			}
			if n > 0 {
				jw.raw(",")
			}
			n++
			jw.raw("\n      ")
			jw.execution(toJSONExecution(x, tree, descs, mask, maskHeader), "      ")
		}
		if n > 0 {
			jw.raw("\n    ")
		}
	}
	jw.raw("],\n    \"transfers\": ")
	jw.value(map[string]int64{"responseTotal": s.Transfers}, "    ")
	failures := make([]jsonFailure, 0, len(s.Failures))
	for i, f := range s.Failures {
		failures = append(failures, toJSONFailure(f, i, s.Finished, tree, mask, maskHeader))
	}
	jw.raw(",\n    \"failures\": ")
	jw.value(failures, "    ")
	jw.raw(",\n    \"error\": ")
	var runErr *jsonError
	if s.Error != nil {
		runErr = &jsonError{Name: s.Error.Name, Message: mask(s.Error.Message)}
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

// execution writes one execution like value, its response body's byte
// array written out where the encoder left the body's placeholder (see
// jsonBuffer), so only the rest of the execution is held as text.
func (j *jsonWriter) execution(x jsonExecution, prefix string) {
	if j.err != nil {
		return
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if j.err = enc.Encode(x); j.err != nil {
		return
	}
	out := bytes.TrimRight(buf.Bytes(), "\n")
	if x.Response != nil {
		if at := bytes.Index(out, []byte(`"`+bufferMark+`"`)); at >= 0 {
			if _, j.err = j.w.Write(out[:at]); j.err != nil {
				return
			}
			if j.err = writeBuffer(j.w, x.Response.Stream.Data); j.err != nil {
				return
			}
			out = out[at+len(bufferMark)+2:]
		}
	}
	_, j.err = j.w.Write(out)
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

// defDescriptions are the descriptions of a request definition's headers
// and body fields, which the executed request carries in Newman's report.
type defDescriptions struct {
	request         json.RawMessage // the request's own, as the SDK writes it
	headers, fields []json.RawMessage
	// what the SDK keeps as given, by header and field: a key that is not
	// a string, "disabled" of any value (nil: not given); the body's
	// "disabled"
	headerKeys, headerDisabled, fieldDisabled []json.RawMessage
	bodyDisabled                              json.RawMessage
	// known: read from the collection tree; ownAuth: the request has an
	// auth of its own (not inherited)
	known, ownAuth bool
	// the ids the SDK gave the request's proxy and certificate
	proxyID, certificateID string
}

// defMember is a header or body field of a definition.
type defMember struct {
	Description, Key, Disabled json.RawMessage
}

// given is a definition's member as the SDK keeps it: nil when absent.
func given(raw []json.RawMessage, i int) json.RawMessage {
	if i < 0 || i >= len(raw) || len(raw[i]) == 0 {
		return nil
	}
	return raw[i]
}

// disabledJSON is a "disabled" as the report writes it: the definition's
// value when it gave one, else true or none.
func disabledJSON(def json.RawMessage, disabled bool) any {
	if def != nil {
		return def
	}
	if disabled {
		return true
	}
	return nil
}

// descriptionCache keeps each item's definition descriptions, by
// collection index and id.
type descriptionCache map[descKey]*defDescriptions

type descKey struct {
	coll int
	id   string
}

func (c descriptionCache) get(coll int, id string, tree CollectionTree) *defDescriptions {
	if d, ok := c[descKey{coll, id}]; ok {
		return d
	}
	d := &defDescriptions{}
	if tree != nil {
		if raw, ok := tree.Item(id); ok {
			var it struct {
				Request struct {
					Description json.RawMessage     `json:"description"`
					Proxy       struct{ ID string } `json:"proxy"`
					Certificate struct{ ID string } `json:"certificate"`
					Header      []defMember         `json:"header"`
					Auth        json.RawMessage     `json:"auth"`
					Body        struct {
						Disabled   json.RawMessage `json:"disabled"`
						URLEncoded []defMember     `json:"urlencoded"`
						FormData   []defMember     `json:"formdata"`
					} `json:"body"`
				} `json:"request"`
			}
			if json.Unmarshal(raw, &it) == nil {
				d.request = it.Request.Description
				d.proxyID, d.certificateID = it.Request.Proxy.ID, it.Request.Certificate.ID
				d.known = true
				d.ownAuth = len(it.Request.Auth) > 0 && string(it.Request.Auth) != "null"
				d.bodyDisabled = it.Request.Body.Disabled
				for _, h := range it.Request.Header {
					d.headers = append(d.headers, h.Description)
					d.headerKeys = append(d.headerKeys, h.Key)
					d.headerDisabled = append(d.headerDisabled, h.Disabled)
				}
				for _, f := range append(it.Request.Body.URLEncoded, it.Request.Body.FormData...) {
					d.fields = append(d.fields, f.Description)
					d.fieldDisabled = append(d.fieldDisabled, f.Disabled)
				}
			}
		}
	}
	c[descKey{coll, id}] = d
	return d
}

// maskJSON is a JSON document with the secret values in it masked: masked
// as text, or string by string when that would break the document (a
// secret that looks like part of an escape sequence).
func maskJSON(doc json.RawMessage, mask func(string) string) json.RawMessage {
	text := string(doc)
	masked := mask(text)
	if masked == text {
		return doc
	}
	if json.Valid([]byte(masked)) {
		return json.RawMessage(masked)
	}
	var v any
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	if dec.Decode(&v) != nil {
		return doc
	}
	var walk func(v any) any
	walk = func(v any) any {
		switch t := v.(type) {
		case string:
			return mask(t)
		case []any:
			for i, e := range t {
				t[i] = walk(e)
			}
		case map[string]any:
			for k, e := range t {
				t[k] = walk(e)
			}
		}
		return v
	}
	return marshalJSON(walk(v))
}

// itemJSON is the item as the report shows it: from the collection tree,
// else its id and name.
func itemJSON(it events.Item, tree CollectionTree) json.RawMessage {
	if tree != nil {
		if b, ok := tree.Item(it.ID); ok {
			return b
		}
	}
	return marshalJSON(jsonItem{ID: it.ID, Name: it.Name})
}

func toJSONExecution(x *events.Execution, tree CollectionTree, descs descriptionCache, mask func(string) string, maskHeader func(k, v string) string) jsonExecution {
	tree = treeOf(tree, x.CollectionIndex)
	je := jsonExecution{Cursor: toJSONCursor(x.Cursor), Item: maskJSON(itemJSON(x.Item, tree), mask), ID: x.Item.ID,
		Started: unixMillis(x.Started), Completed: unixMillis(x.Finished)}
	if x.Request != nil {
		d := descs.get(x.CollectionIndex, x.Item.ID, tree)
		je.Request = toJSONRequest(x.Request, d, mask, maskHeader)
		if x.RequestError != nil && d.known && !d.ownAuth {
			// a request that failed is reported as the item's own
			// request, without its parents: an inherited auth is not in it
			// (what it added to the headers is)
			je.Request.Auth = nil
		}
	}
	if x.Response != nil {
		je.Response = toJSONResponse(x.Response, mask, maskHeader)
		je.Response.ID = derivedID(x.Cursor.Ref, "response")
	}
	if x.RequestError != nil {
		f := requestErrorFields(x.RequestError.Message)
		if f == nil {
			f = &nodeErrorFields{}
		}
		je.RequestError = &jsonRequestError{nodeErrorFields: f}
	}
	for _, r := range x.Retries {
		jr := jsonRetry{Attempt: r.Attempt, Of: r.Max, Reason: r.Reason, Delay: r.Delay.Milliseconds(), Code: r.Code, Status: r.Status}
		if r.Error != nil {
			jr.Error = &jsonRetryError{Name: r.Error.Name, Message: mask(r.Error.Message)}
		}
		je.Retries = append(je.Retries, jr)
	}
	for _, t := range x.AuthTokens {
		jt := jsonAuthToken{Grant: t.Grant, URL: mask(t.URL), Code: t.Code, Status: t.Status, ResponseTime: t.Duration.Milliseconds()}
		if t.Script != nil {
			jt.Script = &jsonScriptRef{Event: t.Script.Event, Location: t.Script.Location}
		}
		if t.Error != nil {
			jt.Error = &jsonRetryError{Name: t.Error.Name, Message: mask(t.Error.Message)}
		}
		je.AuthTokens = append(je.AuthTokens, jt)
	}
	for _, a := range x.Assertions {
		ja := jsonAssertion{Assertion: mask(a.Name), Skipped: a.Skipped}
		if a.Error != nil && !a.Skipped {
			ja.Error = assertionError(a.Name, a.Index, *a.Error, x.Cursor, mask)
		}
		je.Assertions = append(je.Assertions, ja)
	}
	for i, se := range x.ScriptErrors {
		e := serialise(scriptError(se.Error, mask), x.Cursor.Ref+"/script/"+strconv.Itoa(i), x.Finished)
		run := jsonScriptRun{Error: &e}
		if se.Event == "prerequest" {
			je.PrerequestScript = append(je.PrerequestScript, run)
		} else {
			je.TestScript = append(je.TestScript, run)
		}
	}
	return je
}

// assertionError is the error Newman reports for a failed assertion, with
// the stack it makes up for it.
func assertionError(name string, index int, e events.Error, c events.Cursor, mask func(string) string) *jsonError {
	idx := index
	return &jsonError{Name: e.Name, Index: &idx, Test: mask(name), Message: mask(e.Message),
		Stack: mask(assertionStack(e, index, c))}
}

func assertionStack(e events.Error, index int, c events.Cursor) string {
	return e.Name + ": " + e.Message + "\n   at Object.eval sandbox-script.js:" + strconv.Itoa(index+1) + ":" + strconv.Itoa(c.Position+1) + ")"
}

func toJSONFailure(f events.Failure, i int, finished time.Time, tree CollectionTree, mask func(string) string, maskHeader func(k, v string) string) jsonFailure {
	at := f.Time
	if at.IsZero() {
		at = finished
	}
	tree = treeOf(tree, f.CollectionIndex)
	seed := f.Cursor.Ref + "/failure/" + strconv.Itoa(i)
	e := serialisedError{Name: f.Error.Name, Message: mask(f.Error.Message)}
	jf := jsonFailure{At: f.At, Cursor: toJSONCursor(f.Cursor)}
	switch {
	case strings.HasPrefix(f.At, "assertion"):
		idx := f.Index
		e.Index, e.Test, e.Stack = &idx, mask(f.Test), mask(assertionStack(f.Error, f.Index, f.Cursor))
	case f.At == "request":
		e.nodeErrorFields = requestErrorFields(f.Error.Message)
		e.Stack = mask(f.Error.Stack)
		if e.Stack == "" || !strings.Contains(e.Stack, "\n") {
			e.Stack = e.Name + ": " + e.Message + nodeFrame(e.nodeErrorFields)
		}
	default: // a script error, as postman-runtime serialised it
		e = scriptError(f.Error, mask)
	}
	if f.Event != "" {
		if tree != nil {
			jf.Cursor.ScriptID = tree.ScriptID(f.Source.ID, f.Location, f.Event)
		}
		jf.Cursor.Execution = derivedID(f.Cursor.Ref, f.Event+"/"+f.Location)
	}
	jf.Error = serialise(e, seed, at)
	if f.SendRequest && f.Request != nil {
		// Newman's source of a pm.sendRequest error is the item postman-runtime
		// made for it: the request, no name, no parent
		src := fmt.Sprintf(`{"id":%q,"request":%s,"response":[],"event":[],"protocolProfileBehavior":{"disableBodyPruning":true}}`,
			derivedID(seed, "source"), marshalJSON(toJSONRequest(f.Request, nil, mask, maskHeader)))
		jf.Source = json.RawMessage(src)
		return jf
	}
	if f.Source.ID != "" || f.Source.Name != "" {
		jf.Source = maskJSON(itemJSON(f.Source, tree), mask)
		if f.Request != nil {
			// Newman's source of a request error holds the request as sent
			// (its proxy and certificate keep the ids the SDK gave them)
			d := descriptionCache{}.get(f.CollectionIndex, f.Source.ID, tree)
			ids := &defDescriptions{proxyID: d.proxyID, certificateID: d.certificateID}
			jf.Source = withMember(jf.Source, "request", marshalJSON(toJSONRequest(f.Request, ids, mask, maskHeader)))
		}
		if tree != nil {
			if p, ok := tree.Parent(f.Source.ID); ok {
				jf.Parent = maskJSON(p, mask)
			}
		}
	}
	return jf
}

// scriptError is a script error as postman-runtime serialises it: with no
// stack, but for --bail's AssertionFailure, which postman-runtime makes itself.
func scriptError(e events.Error, mask func(string) string) serialisedError {
	se := serialisedError{Type: "Error", Name: e.Name, Message: mask(e.Message)}
	if e.Name == "AssertionFailure" {
		se.Type = ""
		se.Stack = "AssertionFailure: " + se.Message + "\n    at postProcessContext (postman-runtime/lib/runner/extensions/event.command.js:41:17)"
	}
	return se
}

// nodeFrame is the frame Node's stack shows for a request error of this
// kind (courier's come from Go's network stack, which has no such frames).
func nodeFrame(f *nodeErrorFields) string {
	if f == nil {
		// errors postman-request and postman-runtime raise themselves
		return "\n    at Request.init (postman-request/request.js:597:31)"
	}
	switch {
	case f.frame != "":
		return f.frame
	case f.Code == "ERR_SOCKET_BAD_PORT":
		return "\n    at lookupAndConnect (node:net:1302:5)"
	case f.Code == "ECONNRESET" && f.Syscall == "":
		return "\n    at ClientRequest.onError (@postman/tunnel-agent/index.js:199:17)"
	case f.Code == "ERR_UNESCAPED_CHARACTERS":
		return "\n    at new ClientRequest (node:_http_client:182:13)"
	case f.Code == "ERR_INVALID_HTTP_TOKEN" || f.Code == "ERR_INVALID_CHAR":
		return "\n    at ClientRequest.setHeader (node:_http_outgoing:657:3)"
	case f.Syscall == "connect":
		return "\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)"
	case f.Syscall == "getaddrinfo":
		return "\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:122:26)"
	case f.Code == "ESOCKETTIMEDOUT":
		return "\n    at ClientRequest.<anonymous> (postman-request/request.js:1148:19)"
	}
	return "\n    at Socket.emit (node:events:524:28)"
}

// withMember is the JSON object obj with member key set to val.
func withMember(obj json.RawMessage, key string, val json.RawMessage) json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(obj))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return obj
	}
	var buf bytes.Buffer
	buf.WriteByte('{')
	n, done := 0, false
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return obj
		}
		k, _ := t.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return obj
		}
		if k == key {
			v, done = val, true
		}
		if n > 0 {
			buf.WriteByte(',')
		}
		n++
		buf.Write(marshalJSON(k))
		buf.WriteByte(':')
		buf.Write(v)
	}
	if !done {
		if n > 0 {
			buf.WriteByte(',')
		}
		buf.Write(marshalJSON(key))
		buf.WriteByte(':')
		buf.Write(val)
	}
	buf.WriteByte('}')
	return buf.Bytes()
}

func toJSONRequest(r *events.Request, descs *defDescriptions, mask func(string) string, maskHeader func(k, v string) string) *jsonRequest {
	if descs == nil {
		descs = &defDescriptions{}
	}
	jr := &jsonRequest{Method: r.Method, URL: toJSONURL(r.Parts, mask, maskHeader)}
	if hs := requestHeaders(r, descs, maskHeader); len(hs) > 0 || r.URL != "" {
		jr.Header = &hs // (an empty URL fails before postman-runtime lists any: no list unless the request has its own)
	}
	spec := r.Spec
	if spec == nil {
		if r.BodyMode != "" && len(r.Body) > 0 {
			jr.Body = marshalJSON(map[string]any{"mode": "raw", "raw": mask(string(r.Body))})
		}
		return jr
	}
	jr.Description = requestDescription(spec.Description, descs.request, mask)
	if spec.Body != nil {
		jr.Body = bodyJSON(spec.Body, r.Body, descs, mask)
	}
	if spec.Auth != nil {
		jr.Auth = authJSON(spec.Auth, mask)
	}
	if spec.Proxy != nil {
		jr.Proxy = maskJSON(sdkjson.ProxyJSON(spec.Proxy, descs.proxyID), mask)
	} else if spec.FalsyProxy != nil {
		jr.Proxy = spec.FalsyProxy
	}
	if spec.Certificate != nil {
		jr.Certificate = maskJSON(sdkjson.CertificateJSON(spec.Certificate, descs.certificateID), mask)
	} else if spec.FalsyCertificate != nil {
		jr.Certificate = spec.FalsyCertificate
	}
	return jr
}

// requestDescription is the executed request's description: the
// definition's (as the SDK keeps it, also when empty), its text content
// resolved as sent.
func requestDescription(content string, def json.RawMessage, mask func(string) string) json.RawMessage {
	if len(def) == 0 || string(def) == "null" {
		if content == "" {
			return nil
		}
		return marshalJSON(map[string]string{"content": mask(content), "type": "text/plain"})
	}
	var d struct {
		Content any `json:"content,omitempty"`
		Type    any `json:"type,omitempty"`
	}
	if json.Unmarshal(def, &d) != nil {
		return nil
	}
	if _, ok := d.Content.(string); ok {
		d.Content = mask(content)
	}
	// the runtime builds the request again from the definition's JSON: a
	// Description whose type is falsy gets text/plain
	switch t := d.Type.(type) {
	case nil:
		d.Type = "text/plain"
	case string:
		if t == "" {
			d.Type = "text/plain"
		}
	case bool:
		if !t {
			d.Type = "text/plain"
		}
	case float64:
		if t == 0 {
			d.Type = "text/plain"
		}
	}
	return marshalJSON(d)
}

// requestHeaders are the request's headers as Newman's report lists them:
// in the runner's order (the definition's, disabled ones too, with what auth
// and the runtime added), the definition's descriptions on its own headers.
func requestHeaders(r *events.Request, def *defDescriptions, maskHeader func(k, v string) string) []header {
	out := make([]header, 0, len(r.Headers))
	var spec []events.SpecField
	descs := def.headers
	if r.Spec != nil {
		spec = r.Spec.Headers
		if len(descs) != len(spec) {
			descs = nil // a script changed the headers: the definition's no longer apply
		}
	}
	next := 0
	for _, h := range r.Headers {
		jh := header{Disabled: disabledJSON(nil, h.Disabled), Key: h.Key, Value: maskHeader(h.Key, h.Value), System: h.System}
		if h.JSON != nil {
			jh.Value = maskJSON(h.JSON, func(s string) string { return maskHeader(h.Key, s) })
		}
		for k := next; k < len(spec); k++ {
			if spec[k].Disabled == h.Disabled && strings.EqualFold(spec[k].Key, h.Key) && (!h.System || strings.EqualFold(h.Key, "cookie") || strings.EqualFold(h.Key, "content-length")) {
				if descs != nil && len(descs[k]) > 0 && string(descs[k]) != "null" {
					jh.Description = descs[k]
				}
				if descs != nil {
					if key := given(def.headerKeys, k); key != nil && key[0] != '"' && string(key) != "null" {
						jh.Key = key // a number or boolean, kept
					}
					jh.Disabled = disabledJSON(given(def.headerDisabled, k), h.Disabled)
				}
				next = k + 1
				break
			}
		}
		out = append(out, jh)
	}
	return out
}

// bodyJSON is the request body as postman-collection writes it; a raw
// body's text is what was sent, or the definition's when none was.
func bodyJSON(b *events.BodySpec, sent []byte, def *defDescriptions, mask func(string) string) json.RawMessage {
	descs, disabled := def.fields, def.fieldDisabled
	if b.Mode == "" {
		return json.RawMessage("{}") // RequestBody without a mode keeps nothing
	}
	own := 0 // the definition's fields (what the runtime added comes after)
	for _, f := range b.Fields {
		if !f.System {
			own++
		}
	}
	if len(descs) != own {
		descs, disabled = nil, nil
	}
	type field struct {
		Description json.RawMessage `json:"description,omitempty"`
		Disabled    any             `json:"disabled,omitempty"`
		Key         any             `json:"key,omitempty"`   // a string (also ""), or none
		Value       any             `json:"value,omitempty"` // a string (also ""), typed JSON, or none
		Type        string          `json:"type,omitempty"`
		Src         any             `json:"src,omitempty"`
		ContentType string          `json:"contentType,omitempty"`
		FileName    *string         `json:"fileName,omitempty"`
		System      bool            `json:"system,omitempty"`
	}
	// fields writes the mode's fields (urlencoded or formdata) or, not
	// mode's, the urlencoded ones a body of another mode has
	fields := func(fs []events.SpecField, urlencoded, mode bool) []field {
		out := []field{}
		descs, disabled := descs, disabled
		if !mode {
			descs, disabled = nil, nil // (those are the mode's fields')
		}
		for i, f := range fs {
			jf := field{Disabled: disabledJSON(nil, f.Disabled), Key: mask(f.Key), Type: f.Type, ContentType: f.ContentType, System: f.System}
			if f.NoKey {
				jf.Key = nil
			}
			if d := given(disabled, i); d != nil && !f.NoFile && !(f.Disabled && !truthyJSON(d)) {
				jf.Disabled = d // as given (but a file that failed to load is disabled)
			}
			switch {
			case f.JSON != nil:
				jf.Value = maskJSON(f.JSON, mask)
			case !f.NoValue:
				jf.Value = mask(f.Value)
			}
			if descs != nil && i < len(descs) && len(descs[i]) > 0 && string(descs[i]) != "null" {
				jf.Description = descs[i]
			}
			if urlencoded {
				jf.Type = ""
			} else if f.Type == "file" && (f.JSON != nil || f.Value == "") {
				jf.Value = nil // FormParam#toJSON drops a file field's value unless a string
			}
			if f.NoFile {
				empty := ""
				jf.FileName = &empty
			}
			if f.SrcList {
				// postman-runtime made a field of each file that loaded,
				// in place of the field
				for _, src := range f.Src {
					each := jf
					each.Src = src
					out = append(out, each)
				}
				continue
			}
			switch len(f.Src) {
			case 0:
			case 1:
				jf.Src = f.Src[0]
			default:
				jf.Src = f.Src
			}
			out = append(out, jf)
		}
		return out
	}
	body := struct {
		Mode       string          `json:"mode"`
		Raw        any             `json:"raw,omitempty"`
		URLEncoded *[]field        `json:"urlencoded,omitempty"` // written also when empty
		FormData   *[]field        `json:"formdata,omitempty"`
		File       json.RawMessage `json:"file,omitempty"`
		GraphQL    *map[string]any `json:"graphql,omitempty"` // written also when empty
		Options    map[string]any  `json:"options,omitempty"`
		Disabled   any             `json:"disabled,omitempty"`
	}{Mode: b.Mode, Options: b.Options, Disabled: disabledJSON(def.bodyDisabled, b.Disabled)}
	if b.URLEncoded != nil {
		fs := fields(b.URLEncoded, true, false)
		body.URLEncoded = &fs
	}
	switch b.Mode {
	case "raw":
		switch {
		case b.RawJSON != nil:
			body.Raw = maskJSON(b.RawJSON, mask) // kept typed
		case len(sent) > 0:
			body.Raw = mask(string(sent)) // a json body's comments stripped
		default:
			body.Raw = mask(b.Raw) // also when it was not sent (pruned, disabled)
		}
	case "urlencoded":
		fs := fields(b.Fields, true, true)
		body.URLEncoded = &fs
	case "formdata":
		fs := fields(b.Fields, false, true)
		body.FormData = &fs
	case "file":
		file := map[string]any{}
		if b.FileSrc != "" {
			file["src"] = b.FileSrc
		}
		if b.FileFailed {
			file["value"] = nil
		}
		body.File = marshalJSON(file)
	case "graphql":
		g := map[string]any{} // RequestBody's graphql is at least {}
		body.GraphQL = &g
		if b.GraphQL != nil {
			if !b.GraphQL.NoQuery {
				g["query"] = mask(b.GraphQL.Query)
			} else if b.GraphQL.QueryJSON != nil {
				g["query"] = maskJSON(b.GraphQL.QueryJSON, mask) // as given: a number, …
			}
			if b.GraphQL.HasOperationName {
				g["operationName"] = mask(b.GraphQL.OperationName)
			}
			if v := mask(b.GraphQL.Variables); b.GraphQL.VariablesJSON && json.Valid([]byte(v)) {
				g["variables"] = json.RawMessage(v) // as given: an object, …
			} else if v != "" || b.GraphQL.HasVariables {
				g["variables"] = v
			}
		}
	}
	return marshalJSON(body)
}

// authJSON is the auth that applied, as postman-collection writes it:
// {type, <type>: [{type, value, key}]}.
func authJSON(a *events.AuthSpec, mask func(string) string) json.RawMessage {
	type param struct {
		Type   string `json:"type"`
		Value  any    `json:"value"`
		Key    string `json:"key"`
		System bool   `json:"system,omitempty"`
	}
	type noValue struct {
		Type   string `json:"type"`
		Key    string `json:"key"`
		System bool   `json:"system,omitempty"`
	}
	params := []any{}
	for _, p := range a.Params {
		typ := p.Type
		if typ == "" {
			typ = "any"
		}
		if p.NoValue {
			params = append(params, noValue{Type: typ, Key: p.Key, System: p.System})
			continue
		}
		v := p.Value
		if s, ok := v.(string); ok {
			v = mask(s)
		}
		params = append(params, param{Type: typ, Value: v, Key: p.Key, System: p.System})
	}
	var buf bytes.Buffer
	buf.WriteString(`{"type":`)
	buf.Write(marshalJSON(a.Type))
	if a.Type != "" && a.Type != "type" {
		buf.WriteByte(',')
		buf.Write(marshalJSON(a.Type))
		buf.WriteByte(':')
		buf.Write(marshalJSON(params))
	}
	buf.WriteByte('}')
	return buf.Bytes()
}

func marshalJSON(v any) json.RawMessage {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return json.RawMessage("null")
	}
	return bytes.TrimRight(buf.Bytes(), "\n")
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
	jr.Stream = jsonBuffer{Data: mask(string(r.Body))}
	return jr
}

// truthyJSON is whether a JSON value is truthy in JavaScript.
func truthyJSON(v json.RawMessage) bool {
	switch string(v) {
	case "false", "null", "0", "-0", `""`:
		return false
	}
	return len(v) > 0
}

// unixMillis is t in unix milliseconds with microseconds as the fraction
// (0 for the zero time).
func unixMillis(t time.Time) float64 {
	if t.IsZero() {
		return 0
	}
	return float64(t.UnixMicro()) / 1000
}
