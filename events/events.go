package events

import (
	"encoding/json"
	"time"
)

// Cursor locates an event in the run.
type Cursor struct {
	Iteration int    `json:"iteration"` // 0-based
	Position  int    `json:"position"`  // 0-based index in the run order
	Length    int    `json:"length"`    // requests in the run order
	Cycles    int    `json:"cycles"`    // iterations in the run
	Ref       string `json:"ref"`       // unique for one execution of one item
}

// Item identifies a collection item.
type Item struct {
	ID   string   `json:"id"`
	Name string   `json:"name"`
	Path []string `json:"path,omitempty"` // folder names, outermost first
}

// Header is one HTTP header. System marks a request header the runner added
// (Postman's defaults, auth, the body's type and length) rather than the user;
// Disabled one of the request's own headers that was not sent (Newman lists
// them with the request).
type Header struct {
	Key      string `json:"key"`
	Value    string `json:"value"`
	System   bool   `json:"system,omitempty"`
	Disabled bool   `json:"disabled,omitempty"`
	// JSON is a value the collection gives as a number, boolean, null,
	// object or array, typed (Value is its text; an array is sent as the
	// header repeated per element)
	JSON json.RawMessage `json:"-"`
}

// Request is the request as it went on the wire.
type Request struct {
	Method  string   `json:"method"`
	URL     string   `json:"url"`
	Headers []Header `json:"header"`
	Body    []byte   `json:"-"`
	// BodyMode is the collection's body mode ("raw", "urlencoded", …) or "".
	BodyMode string `json:"bodyMode,omitempty"`
	// Display is the URL as Newman's cli shows it: resolved, not yet
	// percent-encoded, no protocol added ("" to show URL).
	Display string `json:"-"`
	// Parts is URL in parts as postman-collection's Url parses it, which is
	// what Newman's json report writes (nil when there is no URL).
	Parts *URL `json:"-"`
	// Phases are the exchange's timing phases (nil when it failed).
	Phases *Phases `json:"-"`
	// Spec is the request as the collection defines it, resolved as it was
	// sent (nil when unknown): Newman's json report shows it beside the wire.
	Spec *RequestSpec `json:"-"`
}

// RequestSpec is a request's definition with its variables resolved.
type RequestSpec struct {
	Description string
	Headers     []SpecField // every header of the definition, disabled ones too
	Body        *BodySpec
	Auth        *AuthSpec // the auth that applied (the request's own or inherited)
	// Proxy and Certificate are the request's own "proxy" and "certificate"
	// definitions (nil when it has none), strings resolved
	Proxy, Certificate map[string]any
	// FalsyProxy and FalsyCertificate: a falsy one given (false, null, …),
	// as JSON, which Newman reports as given
	FalsyProxy, FalsyCertificate json.RawMessage
}

// SpecField is a header, an urlencoded field or a form-data field.
type SpecField struct {
	Key, Value  string
	JSON        json.RawMessage // a value that is not a string, typed (Value is its text)
	NoValue     bool            // url-encoded: no value at all
	NoKey       bool            // url-encoded: no key at all (an object without one)
	Type        string          // form-data: "text" or "file"
	Src         []string        // form-data files
	SrcList     bool            // form-data: src is a list (Src the files that loaded, a field each)
	ContentType string
	Disabled    bool
	System      bool // added by the runtime (OAuth 1.0 body parameters)
	// NoFile marks a form-data file field sent without a file (no source,
	// or not loaded): postman-runtime gives it an empty fileName
	NoFile bool
}

// BodySpec is a request body's definition.
type BodySpec struct {
	Mode    string
	Raw     string          // a raw body's text, resolved (also when it was not sent)
	RawJSON json.RawMessage // a raw body that is not a string, typed
	Fields  []SpecField     // urlencoded or formdata
	// URLEncoded are the urlencoded fields a body of another mode also
	// has (RequestBody keeps them; nothing sends them)
	URLEncoded []SpecField
	FileSrc    string
	// FileFailed: the binary file could not be read (postman-runtime sets
	// the body's file value to null)
	FileFailed bool
	GraphQL    *GraphQLSpec
	Options    map[string]any
	Disabled   bool
}

// GraphQLSpec is a graphql body: no query when NoQuery, an operationName
// when HasOperationName, variables given as JSON (not as a string, Variables
// being its text) when VariablesJSON.
type GraphQLSpec struct {
	Query, Variables, OperationName                        string
	NoQuery, HasOperationName, VariablesJSON, HasVariables bool
	QueryJSON                                              json.RawMessage // a query that is not a string, typed
}

// AuthSpec is an auth definition: its type and parameters.
type AuthSpec struct {
	Type   string
	Params []AuthParam
}

// AuthParam is one auth parameter; Value keeps its JSON type.
type AuthParam struct {
	Key   string
	Value any
	Type  string
	// NoValue: the parameter has no value at all (undefined, not null)
	NoValue bool
	// System: postman-runtime stored it (digest nonce, hawk timestamp, …)
	System bool
}

// URL is a URL in postman-collection's parts. A nil Port, Hash or Auth
// member is absent; Host and Path are absent when nil.
type URL struct {
	Protocol  string
	Auth      *URLAuth
	Host      []string
	Port      *string
	Path      []string
	Hash      *string
	Query     []QueryParam
	Variables []string // path variable names (":id")
}

// URLAuth is a URL's user info; nil members are absent.
type URLAuth struct {
	User, Password *string
}

// QueryParam is one query parameter; a nil Key or Value is null ("?a&&b"
// has a parameter with neither, "?flag" one without a value).
type QueryParam struct {
	Key, Value *string
}

// Response is a received response.
type Response struct {
	Code         int           `json:"code"`
	Status       string        `json:"status"`
	Headers      []Header      `json:"header"`
	Body         []byte        `json:"-"`
	ResponseTime time.Duration `json:"responseTime"`
	Size         int           `json:"responseSize"` // body bytes, decoded (postman-request's stream)
}

// Phases are Newman's timing phases of an exchange (zero: did not happen,
// e.g. no DNS lookup or TCP connect on a reused connection).
type Phases struct {
	Prepare, Wait, DNS, TCP, TLS, FirstByte, Download, Process, Total time.Duration
	Secure                                                            bool // a TLS handshake took place
}

// Error is an error as reports show it.
type Error struct {
	Name    string `json:"name"`
	Message string `json:"message"`
	Stack   string `json:"stack,omitempty"`
}

// Event is one of the types below.
type Event interface{ event() }

// RunStart opens the run.
type RunStart struct {
	Collection   string
	CollectionID string
	Iterations   int
	Length       int // requests per iteration in the run order (without setNextRequest jumps)
	Time         time.Time
}

// CollectionStart opens the second and each later collection of a command
// that runs several (courier run a.json b.json): the stream has one
// RunStart (the first collection's) and one RunEnd (after the last), and
// each later collection's events follow its CollectionStart.
type CollectionStart struct {
	Collection   string
	CollectionID string
	Index        int // the collection's place in the command (1 for the second)
	Time         time.Time
	// Iterations and Length are its run's, as RunStart has them
	Iterations, Length int
}

// IterationStart opens an iteration.
type IterationStart struct{ Cursor Cursor }

// IterationEnd closes an iteration.
type IterationEnd struct{ Cursor Cursor }

// ItemStart opens one item's execution.
type ItemStart struct {
	Cursor Cursor
	Item   Item
	Time   time.Time
	// Lane is where a parallel run ran the item ("worker 3"; "" in a
	// sequential run): Execution.Lane
	Lane string
}

// Script reports one script (pre-request or test) of an item.
type Script struct {
	Cursor   Cursor
	Item     Item
	Event    string // "prerequest" or "test"
	Location string // "collection", "folder X", "request"
	Error    *Error // uncaught error, nil when it ran to completion
}

// RequestStart opens one HTTP exchange of an item, as Newman's
// beforeRequest does: the request is resolved, signed and about to be sent
// (or about to fail before it could be). Request holds its method and URL;
// its headers and body are known only when it is done. Console messages
// that come before the RequestDone happened while the request was in flight.
//
// A request a script makes with pm.sendRequest is reported the same way
// (Script says which script made it): Newman counts it in the run's stats,
// its transfer and timing figures and its failures, and prints it in the
// cli, but it is not the item's own request.
type RequestStart struct {
	Cursor  Cursor
	Item    Item
	Request Request
	Script  *ScriptRef // pm.sendRequest's: the script that made it (nil for the item's own request)
	Time    time.Time
}

// RequestDone reports the HTTP exchange (or its error).
type RequestDone struct {
	Cursor   Cursor
	Item     Item
	Request  Request
	Response *Response  // nil when the request failed
	Error    *Error     // request error (connection refused, timeout, …)
	Script   *ScriptRef // pm.sendRequest's: the script that made it (nil for the item's own request)
	Time     time.Time  // when the exchange ended
}

// RequestRetry reports an attempt of an item's own request that failed in a
// way --retry covers (a network error, a status of --retry-on) and is to be
// sent again after Delay. It closes that attempt as a RequestDone would; the
// next attempt opens with its own RequestStart, and only the last attempt
// ends with a RequestDone, so the request counts once in the stats.
// pm.sendRequest is never retried.
type RequestRetry struct {
	Cursor  Cursor
	Item    Item
	Request Request       // the failed attempt's request as sent
	Attempt int           // the failed attempt, 1 for the first
	Max     int           // attempts allowed in all (--retry + 1)
	Reason  string        // a Node error code ("ECONNRESET") or the status ("503")
	Delay   time.Duration // the wait before the next attempt
	Code    int           // the failed attempt's status code (0 when it had no response)
	Status  string        // its reason phrase
	Error   *Error        // its request error (nil when it had a response)
	Time    time.Time
}

// AuthToken reports a token request courier made for an OAuth 2.0 auth:
// a token fetched with the auth's grant (client_credentials, password,
// authorization_code) or refreshed with its refresh token (Grant
// "refresh_token"), before the request that needed it (or, after a 401,
// before that request is sent again). Newman makes no such request. It is
// not a request of the collection: it counts in no stats, and a token that
// could not be had is the error of the request that needed it.
type AuthToken struct {
	Cursor Cursor
	Item   Item
	Script *ScriptRef // the script whose pm.sendRequest needed it (nil: the item's own request)
	Grant  string     // the grant_type sent
	URL    string     // the token endpoint
	// Code and Status are the endpoint's answer (0 when there was none)
	Code     int
	Status   string
	Duration time.Duration
	Error    *Error // why no token came (nil: one did)
	Time     time.Time
}

// ScriptRef names one script of an item's execution.
type ScriptRef struct {
	Event    string // "prerequest" or "test"
	Location string // as Script.Location
}

// Assertion reports one pm.test / tests[] result.
type Assertion struct {
	Cursor   Cursor
	Item     Item
	Event    string // the script event it ran in
	Location string // the script's place, as Script.Location
	Name     string
	Index    int // 0-based within the item's execution
	Skipped  bool
	Error    *Error    // nil when it passed
	Time     time.Time // when the script reported it
}

// Console reports one console.* call from a script.
type Console struct {
	Cursor   Cursor
	Item     Item
	Level    string
	Messages []string
	Time     time.Time
}

// Visualizer reports pm.visualizer.set data.
type Visualizer struct {
	Cursor   Cursor
	Item     Item
	Template string
	Data     any
	HTML     string // the template rendered with the data ("" when it failed)
	Error    string // why it could not be rendered
}

// ItemEnd closes one item's execution.
type ItemEnd struct {
	Cursor  Cursor
	Item    Item
	Skipped bool // pm.execution.skipRequest()
	Stopped bool // the item ended before its test scripts (--bail, an interrupt)
	Time    time.Time
}

// RunEnd closes the run.
type RunEnd struct {
	Time    time.Time
	Aborted bool   // --timeout, interrupt or --bail
	Reason  string // why it was aborted
	Error   *Error // a run-level error (e.g. timeout)
}

func (RunStart) event()        {}
func (IterationStart) event()  {}
func (CollectionStart) event() {}
func (IterationEnd) event()    {}
func (ItemStart) event()       {}
func (Script) event()          {}
func (RequestStart) event()    {}
func (RequestDone) event()     {}
func (RequestRetry) event()    {}
func (AuthToken) event()       {}
func (Assertion) event()       {}
func (Console) event()         {}
func (Visualizer) event()      {}
func (ItemEnd) event()         {}
func (RunEnd) event()          {}

// Handler receives events in order, synchronously.
type Handler interface {
	Handle(Event)
}

// HandlerFunc adapts a function to Handler.
type HandlerFunc func(Event)

// Handle calls f.
func (f HandlerFunc) Handle(e Event) { f(e) }

// Multi delivers each event to every handler in order.
type Multi []Handler

// Handle delivers e to every handler.
func (m Multi) Handle(e Event) {
	for _, h := range m {
		h.Handle(e)
	}
}
