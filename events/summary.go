package events

import (
	"math"
	"time"
)

// Stat counts one kind of thing in a run.
type Stat struct {
	Total   int `json:"total"`
	Pending int `json:"pending"`
	Failed  int `json:"failed"`
}

// Stats are Newman's run.stats.
type Stats struct {
	Iterations        Stat `json:"iterations"`
	Items             Stat `json:"items"`
	Scripts           Stat `json:"scripts"`
	Prerequests       Stat `json:"prerequests"`
	Requests          Stat `json:"requests"`
	Tests             Stat `json:"tests"`
	Assertions        Stat `json:"assertions"`
	TestScripts       Stat `json:"testScripts"`
	PrerequestScripts Stat `json:"prerequestScripts"`
}

// Timings summarise response times (milliseconds, as Newman reports them).
type Timings struct {
	ResponseAverage float64 `json:"responseAverage"`
	ResponseMin     float64 `json:"responseMin"`
	ResponseMax     float64 `json:"responseMax"`
	ResponseSd      float64 `json:"responseSd"`
	// DNS lookup and first-byte times, when the exchanges' phases were recorded
	// and took place (Newman reports them with --verbose).
	DNSAverage       float64 `json:"dnsAverage"`
	DNSMin           float64 `json:"dnsMin"`
	DNSMax           float64 `json:"dnsMax"`
	DNSSd            float64 `json:"dnsSd"`
	FirstByteAverage float64 `json:"firstByteAverage"`
	FirstByteMin     float64 `json:"firstByteMin"`
	FirstByteMax     float64 `json:"firstByteMax"`
	FirstByteSd      float64 `json:"firstByteSd"`
	Started          int64   `json:"started"`   // unix milliseconds
	Completed        int64   `json:"completed"` // unix milliseconds
}

// stat accumulates mean, min, max and standard deviation.
type stat struct {
	n                  int
	sum, sumSq, lo, hi float64
}

func (a *stat) add(v float64) {
	if a.n == 0 || v < a.lo {
		a.lo = v
	}
	if v > a.hi {
		a.hi = v
	}
	a.n++
	a.sum += v
	a.sumSq += v * v
}

func (a *stat) result() (mean, lo, hi, sd float64) {
	if a.n == 0 {
		return 0, 0, 0, 0
	}
	mean = a.sum / float64(a.n)
	v := a.sumSq/float64(a.n) - mean*mean
	if v < 0 {
		v = 0
	}
	return mean, a.lo, a.hi, math.Sqrt(v)
}

// AssertionResult is one assertion of an execution.
type AssertionResult struct {
	Name    string
	Index   int // within its script
	Event   string
	Skipped bool
	Error   *Error
}

// ScriptError is an uncaught error from one script of an execution.
type ScriptError struct {
	Event    string
	Location string
	Error    Error
}

// Execution is one item executed once (one iteration, one position).
type Execution struct {
	Cursor Cursor
	Item   Item
	// Collection is the name of the collection the item belongs to and
	// CollectionIndex its place in the command (0 but for the later
	// collections of courier run a.json b.json: see CollectionStart)
	Collection      string
	CollectionIndex int
	Started         time.Time
	Finished        time.Time
	Request         *Request
	Response        *Response
	RequestError    *Error
	// Retries are the failed attempts of its request that --retry sent
	// again, in order (the last attempt is Request and Response)
	Retries []Retry
	// AuthTokens are the OAuth 2.0 token requests made for it, in order
	AuthTokens []AuthTokenStep
	// SendRequestErrors are the pm.sendRequest calls of its scripts that failed
	SendRequestErrors []SendRequestError
	Assertions        []AssertionResult
	ScriptErrors      []ScriptError
	Console           []Console
	Visualizer        *Visualizer
	Skipped           bool

	// Lane is the parallel unit or merged shard the execution ran in
	// ("worker 3", "shard 2/4"), set by whoever builds the executions;
	// "" is the one lane of a sequential run. The html report's timeline
	// draws one lane per distinct value.
	Lane string
}

// Retry is one failed attempt of an execution's request, sent again.
type Retry struct {
	Attempt, Max int
	Reason       string
	Delay        time.Duration
	Code         int
	Status       string
	Error        *Error
}

// AuthTokenStep is one OAuth 2.0 token request made for an execution (an
// AuthToken event).
type AuthTokenStep struct {
	Grant, URL string
	Code       int
	Status     string
	Duration   time.Duration
	Error      *Error
	Script     *ScriptRef
}

// SendRequestError is a failed pm.sendRequest: the script that made it,
// the request and its error.
type SendRequestError struct {
	Script  ScriptRef
	Request *Request
	Error   Error
}

// Failure is one entry of run.failures.
type Failure struct {
	Error  Error
	At     string // "assertion:0 in test-script", "test-script", "prerequest-script", "request"
	Test   string // the assertion name, for assertion failures
	Index  int
	Source Item
	Cursor Cursor
	// Event and Location are the failing script's ("prerequest" or "test";
	// "collection", "folder NAME", "request NAME"), for script and assertion failures
	Event, Location string
	Time            time.Time // when it was reported (zero when unknown)
	Request         *Request  // request failures: the request as sent
	// SendRequest marks the failure of a request a script made with
	// pm.sendRequest (Event and Location name that script; Source is the
	// item it belongs to)
	SendRequest bool
	// CollectionIndex is the place of Source's collection in the command
	// (see Execution.CollectionIndex)
	CollectionIndex int
}

// SummaryOptions say what a Summary keeps. Reporters that print less ask for less.
type SummaryOptions struct {
	Executions bool // keep per-execution records (junit, html)
	Bodies     bool // record request and response bodies
	Headers    bool // record request and response headers
	MaxBody    int  // cap on a recorded body (bytes); 0 = no cap
	Console    bool // record console lines per execution
	// OnExecution, when set, receives each execution when its item ends
	// (e.g. to spool it to disk); without Executions it is then dropped, so
	// the summary's memory does not grow with the run.
	OnExecution func(*Execution)
}

// Summary is built only by folding events (Add).
type Summary struct {
	Collection   string
	CollectionID string
	Started      time.Time
	Finished     time.Time
	Stats        Stats
	Timings      Timings
	Transfers    int64 // Newman's "total data received": response body sizes (Response.SDKSize)
	Retried      int   // attempts --retry sent again (RequestRetry events)
	AuthTokens   int   // OAuth 2.0 token requests courier made (AuthToken events)
	Executions   []*Execution
	Failures     []Failure
	Aborted      bool
	Reason       string
	Error        *Error

	opts    SummaryOptions
	current *Execution
	// the collection whose events are being folded (several in one command)
	curColl      string
	curCollIndex int
	byRef        map[string]*Execution
	n            int
	sum          float64
	sumSq        float64
	dns          stat
	first        stat
}

// NewSummary returns an empty summary that keeps what opts asks for.
func NewSummary(opts SummaryOptions) *Summary {
	return &Summary{opts: opts, byRef: map[string]*Execution{}}
}

// Handle makes Summary a Handler.
func (s *Summary) Handle(e Event) { s.Add(e) }

func (s *Summary) exec(c Cursor, it Item) *Execution {
	if s.current != nil && s.current.Cursor.Ref == c.Ref {
		return s.current
	}
	if x, ok := s.byRef[c.Ref]; ok {
		return x
	}
	x := &Execution{Cursor: c, Item: it, Collection: s.curColl, CollectionIndex: s.curCollIndex}
	s.current = x
	s.byRef[c.Ref] = x
	if s.opts.Executions {
		s.Executions = append(s.Executions, x)
	}
	return x
}

func (s *Summary) capBody(b []byte) []byte {
	if !s.opts.Bodies {
		return nil
	}
	if s.opts.MaxBody > 0 && len(b) > s.opts.MaxBody {
		b = b[:s.opts.MaxBody]
	}
	return append([]byte(nil), b...)
}

// Add folds one event into the summary.
func (s *Summary) Add(e Event) {
	switch ev := e.(type) {
	case RunStart:
		s.Collection = ev.Collection
		s.CollectionID = ev.CollectionID
		s.curColl, s.curCollIndex = ev.Collection, 0
		s.Started = ev.Time
		s.Timings.Started = ev.Time.UnixMilli()
	case CollectionStart:
		s.curColl, s.curCollIndex = ev.Collection, ev.Index
		// the run is all of them: reports titled by the collection (junit's
		// root, html's title) name each
		if ev.Collection != "" {
			if s.Collection != "" {
				s.Collection += ", "
			}
			s.Collection += ev.Collection
		}
	case IterationStart:
	case IterationEnd:
		// Newman counts an iteration when it ends (a run aborted by --bail
		// folder leaves its last one uncounted) and never counts one as failed.
		s.Stats.Iterations.Total++
	case ItemStart:
		// Newman counts one prerequest and one test event per item, scripts
		// or not (the test event when the item gets that far: see ItemEnd)
		s.Stats.Items.Total++
		s.Stats.Prerequests.Total++
		x := s.exec(ev.Cursor, ev.Item)
		x.Started = ev.Time
		x.Lane = ev.Lane
	case Script:
		s.addScript(ev)
	case RequestDone:
		s.addRequest(ev)
	case RequestRetry:
		// a retried attempt is not counted as a request: only the last
		// attempt is (RequestDone)
		s.Retried++
		x := s.exec(ev.Cursor, ev.Item)
		x.Retries = append(x.Retries, Retry{Attempt: ev.Attempt, Max: ev.Max, Reason: ev.Reason, Delay: ev.Delay, Code: ev.Code, Status: ev.Status, Error: ev.Error})
	case AuthToken:
		s.AuthTokens++
		x := s.exec(ev.Cursor, ev.Item)
		x.AuthTokens = append(x.AuthTokens, AuthTokenStep{Grant: ev.Grant, URL: ev.URL, Code: ev.Code, Status: ev.Status,
			Duration: ev.Duration, Error: ev.Error, Script: ev.Script})
	case Assertion:
		s.addAssertion(ev)
	case Console:
		if s.opts.Console {
			x := s.exec(ev.Cursor, ev.Item)
			x.Console = append(x.Console, ev)
		}
	case Visualizer:
		x := s.exec(ev.Cursor, ev.Item)
		v := ev
		x.Visualizer = &v
	case ItemEnd:
		s.addItemEnd(ev)
	case RunEnd:
		s.addRunEnd(ev)
	}
}

func (s *Summary) addScript(ev Script) {
	s.Stats.Scripts.Total++
	st := &s.Stats.TestScripts
	at := "test-script"
	if ev.Event == "prerequest" {
		st = &s.Stats.PrerequestScripts
		at = "prerequest-script"
	}
	st.Total++
	if ev.Error == nil {
		return
	}
	if ev.Error.Name == "AssertionFailure" {
		// --bail's error for a script with failed assertions; Newman's
		// location is that of the postman-runtime line that makes it
		at += ":39:17"
	}
	st.Failed++
	s.Stats.Scripts.Failed++
	x := s.exec(ev.Cursor, ev.Item)
	x.ScriptErrors = append(x.ScriptErrors, ScriptError{Event: ev.Event, Location: ev.Location, Error: *ev.Error})
	s.fail(Failure{Error: *ev.Error, At: at, Source: ev.Item, Cursor: ev.Cursor, Event: ev.Event, Location: ev.Location})
}

func (s *Summary) addRequest(ev RequestDone) {
	s.Stats.Requests.Total++
	req := ev.Request
	if p := req.Phases; p != nil {
		if p.DNS > 0 {
			s.dns.add(float64(p.DNS) / float64(time.Millisecond))
		}
		if p.FirstByte > 0 {
			s.first.add(float64(p.FirstByte) / float64(time.Millisecond))
		}
	}
	req.Body = s.capBody(req.Body)
	if !s.opts.Headers {
		req.Headers = nil
	}
	if !s.opts.Bodies {
		req.Spec = nil // the json report's; others that keep no bodies need none of it
	}
	// a pm.sendRequest counts as a request of the run (stats, data
	// received, times, failures) but is not its item's request
	var x *Execution
	if ev.Script == nil {
		x = s.exec(ev.Cursor, ev.Item)
		x.Request = &req
	}
	if ev.Error != nil {
		s.Stats.Requests.Failed++
		f := Failure{Error: *ev.Error, At: "request", Source: ev.Item, Cursor: ev.Cursor, Time: ev.Time, Request: &req}
		if x != nil {
			x.RequestError = ev.Error
		} else {
			f.SendRequest, f.Event, f.Location = true, ev.Script.Event, ev.Script.Location
			sx := s.exec(ev.Cursor, ev.Item)
			sx.SendRequestErrors = append(sx.SendRequestErrors, SendRequestError{Script: *ev.Script, Request: &req, Error: *ev.Error})
		}
		s.fail(f)
	}
	if ev.Response == nil {
		return
	}
	if x != nil {
		resp := *ev.Response
		resp.Body = s.capBody(resp.Body)
		if !s.opts.Headers {
			resp.Headers = nil
		}
		x.Response = &resp
	}
	s.addResponseFigures(ev.Response)
}

// addResponseFigures adds a response to the data received and the response
// times.
func (s *Summary) addResponseFigures(r *Response) {
	// Newman adds up each response's body size as Response#size() gives it
	// (its head is left out: Newman's sum reads a member named "headers",
	// which does not exist)
	body, _ := r.SDKSize()
	s.Transfers += int64(body)
	ms := float64(r.ResponseTime) / float64(time.Millisecond)
	if s.n == 0 || ms < s.Timings.ResponseMin {
		s.Timings.ResponseMin = ms
	}
	if ms > s.Timings.ResponseMax {
		s.Timings.ResponseMax = ms
	}
	s.n++
	s.sum += ms
	s.sumSq += ms * ms
}

func (s *Summary) addAssertion(ev Assertion) {
	s.Stats.Assertions.Total++
	x := s.exec(ev.Cursor, ev.Item)
	x.Assertions = append(x.Assertions, AssertionResult{Name: ev.Name, Index: ev.Index, Event: ev.Event, Skipped: ev.Skipped, Error: ev.Error})
	if ev.Error != nil && !ev.Skipped {
		s.Stats.Assertions.Failed++
		// Newman says "in test-script" for pre-request assertions too
		at := "assertion:" + itoa(ev.Index) + " in test-script"
		s.fail(Failure{Error: *ev.Error, At: at, Test: ev.Name, Index: ev.Index, Source: ev.Item, Cursor: ev.Cursor,
			Event: ev.Event, Location: ev.Location, Time: ev.Time})
	}
}

func (s *Summary) addItemEnd(ev ItemEnd) {
	if !ev.Skipped && !ev.Stopped {
		s.Stats.Tests.Total++
	}
	x := s.exec(ev.Cursor, ev.Item)
	x.Skipped = ev.Skipped
	x.Finished = ev.Time
	delete(s.byRef, ev.Cursor.Ref)
	s.current = nil
	if s.opts.OnExecution != nil {
		s.opts.OnExecution(x)
	}
}

func (s *Summary) addRunEnd(ev RunEnd) {
	s.Finished = ev.Time
	s.Timings.Completed = ev.Time.UnixMilli()
	s.Aborted = ev.Aborted
	s.Reason = ev.Reason
	s.Error = ev.Error
	if s.n > 0 {
		mean := s.sum / float64(s.n)
		s.Timings.ResponseAverage = mean
		v := s.sumSq/float64(s.n) - mean*mean
		if v < 0 {
			v = 0
		}
		s.Timings.ResponseSd = math.Sqrt(v)
	}
	t := &s.Timings
	t.DNSAverage, t.DNSMin, t.DNSMax, t.DNSSd = s.dns.result()
	t.FirstByteAverage, t.FirstByteMin, t.FirstByteMax, t.FirstByteSd = s.first.result()
}

func (s *Summary) fail(f Failure) {
	f.CollectionIndex = s.curCollIndex
	s.Failures = append(s.Failures, f)
}

// Failed reports whether anything failed (Newman's exit code 1).
func (s *Summary) Failed() bool {
	return len(s.Failures) > 0 || s.Error != nil
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	p := len(b)
	for i > 0 {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		p--
		b[p] = '-'
	}
	return string(b[p:])
}
