package reporters

import (
	"bytes"
	"embed"
	"encoding/json"
	"html/template"
	"io"
	"mime"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/courier-run/courier/events"
)

//go:embed assets/report.html.tmpl assets/report.css assets/report.js
var htmlAssets embed.FS

// DefaultHTMLMaxBody is how many bytes of each body the html report shows
// when HTMLOptions.MaxBody is 0.
const DefaultHTMLMaxBody = 64 << 10

// DefaultHTMLMaxFailures is how many failures the failure table lists.
const DefaultHTMLMaxFailures = 1000

// htmlMaxOpen is how many failed executions the page shows open; the
// others start closed, their details parsed only when first opened (a run
// where thousands failed still opens fast).
const htmlMaxOpen = 200

// HTMLOptions configure the html reporter.
type HTMLOptions struct {
	// Title of the page; "" means "<collection> – courier report".
	Title string
	// OmitBodies leaves request and response bodies out.
	OmitBodies bool
	// OmitRequestBodies and OmitResponseBodies leave out only one side's
	// bodies (newman-reporter-htmlextra's omitRequestBodies and
	// omitResponseBodies).
	OmitRequestBodies, OmitResponseBodies bool
	// HideRequestBody and HideResponseBody name requests (by item name)
	// whose request or response body is left out (htmlextra's
	// hideRequestBody and hideResponseBody).
	HideRequestBody, HideResponseBody []string
	// OmitHeaders leaves request and response headers out.
	OmitHeaders bool
	// SkipHeaders names headers (any case) left out of requests and
	// responses (htmlextra's skipHeaders).
	SkipHeaders []string
	// BrowserTitle is the page's <title>; "" means the heading's Title.
	BrowserTitle string
	// Dark starts the page in dark mode whatever the browser prefers
	// (htmlextra's darkTheme).
	Dark bool
	// Location is the time zone times are shown in (nil = UTC).
	Location *time.Location
	// ShowEnvironment and ShowGlobals add a section listing the run's
	// environment or globals (as RunInfo has them, masked).
	ShowEnvironment, ShowGlobals bool
	// SkipEnvironmentVars and SkipGlobalVars name variables left out of
	// those sections (htmlextra's skipEnvironmentVars, skipGlobalVars).
	SkipEnvironmentVars, SkipGlobalVars []string
	// OnlyFailures lists only the executions where something failed (the
	// summary and the failure table are always complete).
	OnlyFailures bool
	// MaxBody caps each body shown, in bytes, after pretty-printing; a
	// longer one is cut with a note. 0 means DefaultHTMLMaxBody, < 0 no cap.
	MaxBody int
	// Mask hides secrets in every text shown (nil = as is).
	Mask func(string) string
	// MaskHeader hides secrets in a header value (nil = Mask).
	MaskHeader func(key, value string) string
	// Baseline, when set, is compared with the run: a section at the top
	// sums up what changed since, and the executions concerned get badges.
	Baseline *Baseline
}

// WriteHTML writes one self-contained HTML page (inline CSS and JS, no
// network fetches, readable in light and dark mode) reporting s: the run's
// numbers, the failures, then every execution with its resolved URL,
// headers, bodies (JSON pretty-printed), assertions, errors, console output
// and pm.visualizer template and data. s should be built with
// events.SummaryOptions{Executions: true, Bodies: true, Headers: true, Console: true}
// (without Bodies or Console those parts are simply absent). Everything
// from the run is HTML-escaped. Executions are written one at a time.
func WriteHTML(w io.Writer, s *events.Summary, info RunInfo, o HTMLOptions) error {
	t, err := htmlTemplate()
	if err != nil {
		return err
	}
	h := &htmlBuilder{s: s, o: o, mask: o.Mask, t: t}
	if h.mask == nil {
		h.mask = func(s string) string { return s }
	}
	if o.MaxBody == 0 {
		h.o.MaxBody = DefaultHTMLMaxBody
	}
	its := htmlTree(s, o.OnlyFailures)
	head := h.head(info)
	head.Charts = h.charts()
	if len(its) > 1 {
		head.Iters = its
	}
	head.Vars = h.variables(info.VarsStart, info.VarsEnd)
	if o.Baseline != nil {
		head.Baseline = h.baseline()
	}
	if err := t.ExecuteTemplate(w, "head", head); err != nil {
		return err
	}
	err = h.writeTree(w, its, func(i int) error {
		e := h.exec(i, s.Executions[i])
		e.Badges = h.badges[i]
		if e.Status == "failed" && h.opened < htmlMaxOpen {
			e.Open = true
			h.opened++
		}
		e.Lazy = !e.Open
		return t.ExecuteTemplate(w, "exec", e)
	})
	if err != nil {
		return err
	}
	return t.ExecuteTemplate(w, "tail", head)
}

func htmlTemplate() (*template.Template, error) {
	return template.New("report").ParseFS(htmlAssets, "assets/report.html.tmpl")
}

type htmlBuilder struct {
	s    *events.Summary
	o    HTMLOptions
	mask func(string) string
	t    *template.Template
	// opened counts the executions written open
	opened int
	// badges are the baseline marks of executions, by index in s.Executions
	badges map[int][]htmlBadge
}

type htmlHead struct {
	Title, Status, StatusText   string
	BrowserTitle                string
	Dark                        bool
	Scopes                      []htmlScope
	Collection, Environment     string
	Started, Finished, Duration string
	Aborted                     bool
	Reason, RunError            string
	Cards                       []htmlCard
	Stats                       []htmlStat
	Facts                       []string
	Failures                    []htmlFailure
	FailureCount, MoreFailures  int
	Iterations                  bool // more than one: show iteration columns
	OnlyFailures                bool
	ExecCount                   int
	Iters                       []*htmlIteration // the iteration switcher's, when more than one
	Vars                        []htmlVarTable   // the variables at the start and the end
	Baseline                    *htmlBaseline
	Charts                      template.HTML // htmlcharts.go
	CSS                         template.CSS
	JS                          template.JS
}

type htmlCard struct {
	ID, Label, Sub string
	Value, Bad     int
}

type htmlStat struct {
	ID, Label     string
	Total, Failed int
}

type htmlFailure struct {
	N                                int
	Kind, Test, Message, At, Request string
	Anchor                           string
	Iteration                        int
}

type htmlExec struct {
	Anchor, Status, StatusText, Search string
	Method, Name, URL, Facts           string
	Skipped                            bool
	// Open: shown open (failed, one of the first htmlMaxOpen); Lazy: the
	// details are inside a <noscript>, parsed as text until the execution
	// is first opened (see report.js)
	Open, Lazy bool
	// Tab is the tab shown first (request, response, headers, assertions
	// or console); Tabs are the tab buttons' labels
	Tab                     string
	Tabs                    []htmlTab
	ScriptErrors            []htmlScriptError
	RequestError            string
	Retries                 []string // courier's --retry: the attempts sent again
	AuthTokens              []string // courier's OAuth 2.0 token requests
	Assertions              []htmlAssertion
	ReqHeaders, RespHeaders []events.Header
	ReqBody, RespBody       *htmlBody
	Response                string
	Console                 []htmlConsole
	Visualizer              *htmlVisualizer
	Badges                  []htmlBadge
}

// htmlScope is the environment or globals, for showEnvironmentData and
// showGlobalData.
type htmlScope struct {
	ID, Label, Name string
	Vars            []htmlVar
}

type htmlVar struct {
	Key, Value string
	Disabled   bool
	Mark       string // in the end table: new, changed or unset
}

// htmlTab is one of an execution's tabs.
type htmlTab struct{ ID, Label string }

type htmlScriptError struct{ Kind, At, Text string }

type htmlAssertion struct {
	Status, Name, Message string
	// Mark is ✓, ✗ or – as a character reference: a closed execution's
	// details are the text of a <noscript>, which the browser keeps in one
	// byte per character while every character is Latin-1 (a 5,000
	// request page opens a quarter faster)
	Mark    template.HTML
	Skipped bool
}

// htmlBody is a body shown: Text, or when it is JSON HTML (highlighted).
type htmlBody struct {
	Text, Note string
	HTML       template.HTML
}

type htmlConsole struct{ Level, Text string }

type htmlVisualizer struct{ Template, Data, HTML, Error string }

func executionFailed(x *events.Execution) bool {
	if x.RequestError != nil || len(x.ScriptErrors) > 0 || len(x.SendRequestErrors) > 0 {
		return true
	}
	for _, a := range x.Assertions {
		if a.Error != nil && !a.Skipped {
			return true
		}
	}
	return false
}

func (h *htmlBuilder) time(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if h.o.Location == nil {
		return t.UTC().Format("2006-01-02 15:04:05 UTC")
	}
	return t.In(h.o.Location).Format("2006-01-02 15:04:05 MST (-07:00)")
}

func (h *htmlBuilder) head(info RunInfo) htmlHead {
	s := h.s
	hd := htmlHead{
		Collection: h.mask(s.Collection), Environment: h.mask(info.Environment.Name),
		Started: h.time(s.Started), Finished: h.time(s.Finished),
		Aborted: s.Aborted, Reason: s.Reason, OnlyFailures: h.o.OnlyFailures,
		Dark: h.o.Dark,
	}
	hd.Title = h.o.Title
	if hd.Title == "" {
		hd.Title = "courier report"
		if hd.Collection != "" {
			hd.Title = hd.Collection + " – courier report"
		}
	}
	hd.BrowserTitle = stringOr(h.o.BrowserTitle, hd.Title)
	if h.o.ShowEnvironment {
		hd.Scopes = append(hd.Scopes, h.scope("environment", "Environment", info.Environment, h.o.SkipEnvironmentVars))
	}
	if h.o.ShowGlobals {
		hd.Scopes = append(hd.Scopes, h.scope("globals", "Globals", info.Globals, h.o.SkipGlobalVars))
	}
	dur := time.Duration(0)
	if !s.Started.IsZero() && !s.Finished.IsZero() && s.Finished.After(s.Started) {
		dur = s.Finished.Sub(s.Started)
	}
	hd.Duration = PrettyMS(ms(dur))
	if s.Error != nil {
		hd.RunError = h.mask(eventErrorText(s.Error))
	}
	switch {
	case s.Aborted:
		hd.Status, hd.StatusText = "aborted", "aborted"
	case s.Failed():
		hd.Status, hd.StatusText = "failed", "failed"
	default:
		hd.Status, hd.StatusText = "passed", "passed"
	}
	st := s.Stats
	skipped := 0
	for _, x := range s.Executions {
		for _, a := range x.Assertions {
			if a.Skipped {
				skipped++
			}
		}
		if !h.o.OnlyFailures || executionFailed(x) {
			hd.ExecCount++
		}
		if x.Cursor.Cycles > 1 {
			hd.Iterations = true
		}
	}
	hd.Stats = []htmlStat{
		{"iterations", "iterations", st.Iterations.Total, st.Iterations.Failed},
		{"requests", "requests", st.Requests.Total, st.Requests.Failed},
		{"test-scripts", "test-scripts", st.TestScripts.Total, st.TestScripts.Failed},
		{"prerequest-scripts", "prerequest-scripts", st.PrerequestScripts.Total, st.PrerequestScripts.Failed},
		{"assertions", "assertions", st.Assertions.Total, st.Assertions.Failed},
	}
	passed := st.Assertions.Total - st.Assertions.Failed - skipped
	hd.Cards = []htmlCard{
		{ID: "iterations", Label: "Iterations", Value: st.Iterations.Total, Bad: st.Iterations.Failed},
		{ID: "requests", Label: "Requests", Value: st.Requests.Total, Bad: st.Requests.Failed},
		{ID: "assertions", Label: "Assertions", Value: st.Assertions.Total, Bad: st.Assertions.Failed,
			Sub: strconv.Itoa(max(0, passed)) + " passed · " + strconv.Itoa(skipped) + " skipped"},
		{ID: "scripts", Label: "Script errors", Value: st.TestScripts.Failed + st.PrerequestScripts.Failed,
			Sub: strconv.Itoa(st.PrerequestScripts.Total) + " pre-request · " + strconv.Itoa(st.TestScripts.Total) + " test scripts run"},
		{ID: "failures", Label: "Failures", Value: len(s.Failures)},
	}
	hd.Facts = append(hd.Facts, "total run duration: "+hd.Duration, "total data received: "+FileSize(s.Transfers)+" (approx)")
	if s.Retried > 0 {
		hd.Facts = append(hd.Facts, "retried attempts: "+strconv.Itoa(s.Retried))
	}
	if s.AuthTokens > 0 {
		hd.Facts = append(hd.Facts, "OAuth 2.0 token requests: "+strconv.Itoa(s.AuthTokens))
	}
	if st.Requests.Total-st.Requests.Failed > 0 {
		t := s.Timings
		hd.Facts = append(hd.Facts, "average response time: "+PrettyMS(t.ResponseAverage)+" [min: "+PrettyMS(t.ResponseMin)+", max: "+PrettyMS(t.ResponseMax)+", s.d.: "+PrettyMS(t.ResponseSd)+"]")
	}

	anchors := map[string]string{}
	for i, x := range s.Executions {
		if !h.o.OnlyFailures || executionFailed(x) {
			anchors[x.Cursor.Ref] = "x" + strconv.Itoa(i+1)
		}
	}
	hd.FailureCount = len(s.Failures)
	for i, f := range s.Failures {
		if i == DefaultHTMLMaxFailures {
			hd.MoreFailures = len(s.Failures) - i
			break
		}
		kind := f.Error.Name
		if kind == "" {
			kind = "Error"
			if strings.HasPrefix(f.At, "assertion") {
				kind = "AssertionError"
			}
		}
		at := f.At
		if f.SendRequest {
			at = "pm.sendRequest in " + junitScriptName(f.Event)
		}
		hd.Failures = append(hd.Failures, htmlFailure{
			N: i + 1, Kind: kind, Test: h.mask(f.Test), Message: h.mask(f.Error.Message), At: at,
			Request:   h.mask(strings.Join(append(append([]string(nil), f.Source.Path...), f.Source.Name), " / ")),
			Anchor:    anchors[f.Cursor.Ref],
			Iteration: f.Cursor.Iteration + 1,
		})
	}
	css, _ := htmlAssets.ReadFile("assets/report.css")
	js, _ := htmlAssets.ReadFile("assets/report.js")
	hd.CSS = template.CSS(css)
	hd.JS = template.JS(js)
	return hd
}

func (h *htmlBuilder) exec(i int, x *events.Execution) htmlExec {
	e := htmlExec{Anchor: "x" + strconv.Itoa(i+1), Name: h.mask(x.Item.Name), Skipped: x.Skipped}
	e.Status = execStatus(x)
	e.StatusText = map[string]string{"failed": "FAIL", "skipped": "SKIP", "passed": "PASS"}[e.Status]
	if x.Request != nil {
		e.Method = x.Request.Method
		e.URL = h.mask(x.Request.URL)
		if !h.o.OmitHeaders {
			e.ReqHeaders = h.headers(x.Request.Headers)
		}
		if !h.o.OmitBodies && !h.o.OmitRequestBodies && !named(h.o.HideRequestBody, x.Item.Name) && len(x.Request.Body) > 0 {
			e.ReqBody = h.body(x.Request.Body, len(x.Request.Body), headerValue(x.Request.Headers, "Content-Type"))
		}
	}
	var facts []string
	if r := x.Response; r != nil {
		e.Response = strconv.Itoa(r.Code) + " " + r.Status
		facts = append(facts, e.Response, PrettyMS(ms(r.ResponseTime)), FileSize(int64(r.Size)))
		if !h.o.OmitHeaders {
			e.RespHeaders = h.headers(r.Headers)
		}
		if !h.o.OmitBodies && !h.o.OmitResponseBodies && !named(h.o.HideResponseBody, x.Item.Name) && (len(r.Body) > 0 || r.Size > 0) {
			e.RespBody = h.body(r.Body, r.Size, headerValue(r.Headers, "Content-Type"))
		}
	}
	if x.RequestError != nil {
		facts = append(facts, "request error")
		e.RequestError = h.mask(eventErrorText(x.RequestError))
	}
	for _, r := range x.Retries {
		e.Retries = append(e.Retries, h.mask(retryText(r)))
	}
	for _, t := range x.AuthTokens {
		e.AuthTokens = append(e.AuthTokens, h.mask(authTokenText(t)))
	}
	if len(x.Retries) == 1 {
		facts = append(facts, "1 retry")
	} else if len(x.Retries) > 1 {
		facts = append(facts, strconv.Itoa(len(x.Retries))+" retries")
	}
	n, failed := len(x.Assertions), 0
	for _, a := range x.Assertions {
		ha := htmlAssertion{Name: h.mask(a.Name), Status: "passed", Mark: "&#10003;", Skipped: a.Skipped}
		switch {
		case a.Skipped:
			ha.Status, ha.Mark = "skipped", "&#8211;"
		case a.Error != nil:
			failed++
			ha.Status, ha.Mark = "failed", "&#10007;"
			ha.Message = h.mask(stringOr(a.Error.Name, "AssertionError") + ": " + a.Error.Message)
		}
		e.Assertions = append(e.Assertions, ha)
	}
	if n > 0 {
		facts = append(facts, strconv.Itoa(n-failed)+"/"+strconv.Itoa(n)+" assertions")
	}
	e.Facts = strings.Join(facts, " · ")
	for _, se := range x.ScriptErrors {
		at := junitScriptName(se.Event)
		if se.Location != "" {
			at += " (" + se.Location + ")"
		}
		e.ScriptErrors = append(e.ScriptErrors, htmlScriptError{Kind: stringOr(se.Error.Name, "Error"), At: h.mask(at), Text: h.mask(eventErrorText(&se.Error))})
	}
	for _, se := range x.SendRequestErrors {
		at := "pm.sendRequest in " + junitScriptName(se.Script.Event)
		if se.Script.Location != "" {
			at += " (" + se.Script.Location + ")"
		}
		at += ": " + se.Request.Method + " " + se.Request.URL
		e.ScriptErrors = append(e.ScriptErrors, htmlScriptError{Kind: stringOr(se.Error.Name, "Error"), At: h.mask(at), Text: h.mask(eventErrorText(&se.Error))})
	}
	for _, c := range x.Console {
		e.Console = append(e.Console, htmlConsole{Level: c.Level, Text: h.mask(strings.Join(c.Messages, " "))})
	}
	if v := x.Visualizer; v != nil {
		var data bytes.Buffer
		enc := json.NewEncoder(&data)
		enc.SetEscapeHTML(false) // the template escapes; keep "<b>" readable
		enc.SetIndent("", "  ")
		text := ""
		if err := enc.Encode(v.Data); err != nil {
			text = "(data not representable as JSON: " + err.Error() + ")"
		} else {
			text = strings.TrimSuffix(data.String(), "\n")
		}
		e.Visualizer = &htmlVisualizer{Template: h.mask(v.Template), Data: h.mask(text), HTML: h.mask(v.HTML), Error: h.mask(v.Error)}
	}
	e.Search = e.Name + " " + e.Method + " " + e.URL
	if len(x.Item.Path) > 0 {
		e.Search = h.mask(strings.Join(x.Item.Path, " / ")) + " / " + e.Search
	}
	e.Search = strings.ToLower(e.Search)
	e.Tab, e.Tabs = execTabs(x, n, failed, len(e.Console))
	return e
}

// execTabs are an execution's tabs and the one shown first: the
// assertions when one failed, the request when it got no response, else
// the response. (Script and request errors are shown above the tabs.)
func execTabs(x *events.Execution, asserts, failed, console int) (string, []htmlTab) {
	tab := "response"
	switch {
	case failed > 0:
		tab = "assertions"
	case x.Response == nil:
		tab = "request"
	}
	label := "Assertions"
	switch {
	case failed > 0:
		label += " (" + strconv.Itoa(failed) + " failed)"
	case asserts > 0:
		label += " (" + strconv.Itoa(asserts) + ")"
	}
	tabs := []htmlTab{{"request", "Request"}, {"response", "Response"}, {"headers", "Headers"}, {"assertions", label}, {"console", "Console"}}
	if console > 0 {
		tabs[4].Label += " (" + strconv.Itoa(console) + ")"
	}
	return tab, tabs
}

func (h *htmlBuilder) headers(hs []events.Header) []events.Header {
	out := make([]events.Header, 0, len(hs))
	for _, hd := range hs {
		if namedFold(h.o.SkipHeaders, hd.Key) {
			continue
		}
		v := hd.Value
		if h.o.MaskHeader != nil {
			v = h.o.MaskHeader(hd.Key, v)
		} else {
			v = h.mask(v)
		}
		out = append(out, events.Header{Key: h.mask(hd.Key), Value: v})
	}
	return out
}

// named says whether name is in names.
func named(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// namedFold is named ignoring case (header names).
func namedFold(names []string, name string) bool {
	for _, n := range names {
		if strings.EqualFold(n, name) {
			return true
		}
	}
	return false
}

// scope lists a scope's variables from the json report's form of it
// (values already masked there; masked again here like every text shown).
func (h *htmlBuilder) scope(id, label string, sc Scope, skip []string) htmlScope {
	out := htmlScope{ID: id, Label: label, Name: h.mask(sc.Name)}
	vars := sc.Values
	if len(sc.JSON) > 0 {
		var j struct {
			Values []ScopeVariable `json:"values"`
		}
		if json.Unmarshal(sc.JSON, &j) == nil {
			vars = j.Values
		}
	}
	for _, v := range vars {
		if named(skip, v.Key) {
			continue
		}
		text, ok := v.Value.(string)
		if !ok {
			b, _ := json.Marshal(v.Value)
			text = string(b)
		}
		out.Vars = append(out.Vars, htmlVar{Key: h.mask(v.Key), Value: h.mask(text), Disabled: v.Disabled})
	}
	return out
}

func headerValue(hs []events.Header, key string) string {
	for _, h := range hs {
		if strings.EqualFold(h.Key, key) {
			return h.Value
		}
	}
	return ""
}

// body prepares a body for display: binary bodies are described, not
// shown; JSON is pretty-printed; secrets are masked before the text is cut
// to MaxBody (so no secret is cut in half and shown in part). size is the
// body's full size when known (a Summary may have kept only its start).
func (h *htmlBuilder) body(b []byte, size int, contentType string) *htmlBody {
	size = max(size, len(b))
	if len(b) == 0 {
		return &htmlBody{Note: "Body of " + FileSize(int64(size)) + " not kept."}
	}
	if !utf8.Valid(b) || bytes.IndexByte(b, 0) >= 0 {
		mt, _, _ := mime.ParseMediaType(contentType)
		return &htmlBody{Note: "Binary body (" + stringOr(mt, "unknown type") + ", " + FileSize(int64(size)) + ") not shown."}
	}
	text := string(b)
	isJSON := false
	if len(b) == size && looksJSON(b) {
		var out bytes.Buffer
		if json.Indent(&out, b, "", "  ") == nil {
			text, isJSON = out.String(), true
		}
	} else if len(b) < size && jsonType(contentType) {
		isJSON = true // the start of a JSON body, highlighted as far as it goes
	}
	text = h.mask(text)
	var notes []string
	if len(b) < size {
		notes = append(notes, "Only the first "+FileSize(int64(len(b)))+" of "+FileSize(int64(size))+" were kept.")
	}
	if limit := h.o.MaxBody; limit > 0 && len(text) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		notes = append(notes, "Showing the first "+FileSize(int64(cut))+" of "+FileSize(int64(len(text)))+".")
		text = text[:cut]
	}
	out := &htmlBody{Text: text, Note: strings.Join(notes, " ")}
	if isJSON {
		out.HTML = highlightJSON(text)
	}
	return out
}

// jsonType says whether a Content-Type is JSON's (application/json,
// application/problem+json, …).
func jsonType(contentType string) bool {
	mt, _, _ := mime.ParseMediaType(contentType)
	return mt == "application/json" || strings.HasSuffix(mt, "+json")
}

func looksJSON(b []byte) bool {
	t := bytes.TrimSpace(b)
	return len(t) > 0 && (t[0] == '{' || t[0] == '[') && json.Valid(t)
}
