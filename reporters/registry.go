package reporters

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/courier-run/courier/events"
)

// The reporter registry: every reporter -r can name, its constructor and its
// --reporter-<name>-<option> options, in one table (registry below). The CLI
// resolves -r and the reporter options through it, builds what the run
// selected with Build, feeds the returned Set the run's events and, once the
// run is over, has each Report write its file.
//
// Adding a reporter is one file (its type and constructor) and one row here.

// Support says what courier does with an option a reporter takes.
type Support int

const (
	// Supported options do what their help says.
	Supported Support = iota
	// Ignored options are taken for compatibility with the Newman plug-in of
	// that name, with a warning naming them: they change only how its report
	// looks (a theme, paging, a template), and courier's report is its own.
	Ignored
	// Refused options are an error (exit 2): in the Newman plug-in they keep
	// something out of the report (bodies, headers, named requests) that
	// courier's report would still contain. Their help says what to use.
	Refused
)

// Option is one --reporter-<name>-<option>.
type Option struct {
	// Name is the option's key, the camelCase form Newman hands its reporters
	// (`--reporter-cli-no-summary` and `--reporter-cli-noSummary` are both
	// "noSummary").
	Name string
	// Flag is how the help spells it after --reporter-<name>- ("" = Name).
	Flag string
	// Bool options take no value (a following "true" or "false" is read as
	// one; `=false` turns them off); others take the next argument.
	Bool bool
	// Arg names the value in the help ("path").
	Arg     string
	Help    string
	Support Support
}

// Options are the reporter options given for one reporter, by Option.Name.
type Options map[string]string

// Flag says whether a boolean option is on.
func (o Options) Flag(name string) bool {
	v, ok := o[name]
	return ok && v != "false"
}

// Value is an option's value ("" when it is not given, or given without one).
func (o Options) Value(name string) string {
	if v := o[name]; v != "true" {
		return v
	}
	return ""
}

// Env is what a reporter gets from the CLI. Reporters touch no file and no
// process state themselves: what they need of the outside comes through here.
type Env struct {
	Stdout    io.Writer
	StdoutTTY bool // Stdout is a terminal
	Color     bool
	// Silent is --silent: reporters that print to Stdout print nothing.
	Silent, DisableUnicode, Verbose bool
	Mask                            func(string) string            // hides secrets (nil = as is)
	MaskHeader                      func(key, value string) string // hides credential headers (nil = Mask)
	Getenv                          func(string) string
	// OpenAppend opens a file to append to (the github job summary).
	OpenAppend func(path string) (io.WriteCloser, error)
	// TempFile makes a scratch file, removed when it is closed (the json
	// report's spool).
	TempFile func() (TempFile, error)
	// Tree gives executions their items as the SDK writes them (the json
	// report); it is built on first call.
	Tree func() CollectionTree
	// ReadFile reads a file an option names (a baseline report); nil when
	// there is no file access.
	ReadFile func(path string) ([]byte, error)
	// Summary is the summary shared by the reporters that write from the
	// whole run (Spec.Keeps); Build sets it.
	Summary *events.Summary
}

// TempFile is a scratch file: written, rewound, read; Close removes it.
type TempFile interface {
	io.ReadWriteSeeker
	io.Closer
}

// Reporter sees every event of the run as it happens.
type Reporter interface{ events.Handler }

// Report is a Reporter that writes a report file once the run is over.
type Report interface {
	Reporter
	// FileName is the base name and extension of the file written when no
	// export path is given (newman/<name>-<time>-0.<ext>).
	FileName(collection string) (name, ext string)
	// WriteReport writes the report.
	WriteReport(w io.Writer, info RunInfo) error
}

// Spec is one row of the registry.
type Spec struct {
	Name    string
	Help    string // one line for `courier run --help`
	Options []Option
	// Keeps is set for reporters that write their report from the whole
	// run: what of each execution the run's shared summary must keep
	// (Env.Summary). Streaming reporters keep what they need themselves.
	Keeps func(Options) events.SummaryOptions
	// New builds the reporter; a nil Reporter has nothing to do in this run
	// (a printing reporter under --silent).
	New func(Env, Options) (Reporter, error)
	// SameAs names the reporter this one is another name for: when both are
	// selected only that one runs (-r html,htmlextra writes one html report).
	SameAs string
}

var exportOption = Option{Name: "export", Arg: "path", Help: "the report's file, or a directory to write it in"}

// baselineOptions compare the run with an earlier one's json report.
var baselineOptions = []Option{
	{Name: "baseline", Arg: "path", Help: "an earlier run's json report (courier's or Newman's): mark what newly\nfails or passes, appeared, disappeared or got slower or faster since"},
	{Name: "baselineTimeThreshold", Flag: "baseline-time-threshold", Arg: "percent", Help: "a response time moved when it changed by this much and 100 ms (default 50%)"},
}

// htmlOptions are the html reporter's options; htmlextra takes them too.
var htmlOptions = []Option{
	exportOption,
	{Name: "title", Arg: "text", Help: "the page title (default \"<collection> – courier report\")"},
	{Name: "omitBodies", Flag: "omit-bodies", Bool: true, Help: "leave request and response bodies out"},
	{Name: "omitHeaders", Flag: "omit-headers", Bool: true, Help: "leave request and response headers out"},
	{Name: "onlyFailures", Flag: "only-failures", Bool: true, Help: "list only the requests where something failed"},
	{Name: "showOnlyFails", Bool: true, Help: "as only-failures (newman-reporter-htmlextra's name)"},
	{Name: "template", Arg: "path", Support: Ignored, Help: "newman-reporter-html's Handlebars template (courier's page is its own)"},
	baselineOptions[0], baselineOptions[1],
}

// registry is the table of reporters, in the order they see events (the
// printing ones in the order they print).
var registry = []Spec{
	{Name: "cli", Help: "Newman's console output", New: newCLIReporter, Options: []Option{
		{Name: "silent", Bool: true, Help: "print nothing"},
		{Name: "noSummary", Flag: "no-summary", Bool: true, Help: "no summary table"},
		{Name: "noFailures", Flag: "no-failures", Bool: true, Help: "no failure table"},
		{Name: "noAssertions", Flag: "no-assertions", Bool: true, Help: "no assertion lines"},
		{Name: "noSuccessAssertions", Flag: "no-success-assertions", Bool: true, Help: "no lines for passed assertions"},
		{Name: "noConsole", Flag: "no-console", Bool: true, Help: "no console output of scripts"},
		{Name: "noBanner", Flag: "no-banner", Bool: true, Help: "no banner"},
		{Name: "showTimestamps", Flag: "show-timestamps", Bool: true, Help: "the local time of each request"},
		baselineOptions[0], baselineOptions[1],
	}},
	{Name: "json", Help: "Newman's run summary as JSON", New: newJSONReport, Options: []Option{exportOption}},
	{Name: "junit", Help: "JUnit XML, one testcase per assertion per iteration", New: newJUnitReport,
		Keeps: func(Options) events.SummaryOptions { return events.SummaryOptions{Executions: true, Console: true} },
		Options: []Option{exportOption,
			{Name: "newmanCompat", Flag: "newman-compat", Bool: true, Help: "write Newman's own junit report (its test names, suite\nids and counting) instead of courier's per-iteration one"},
		}},
	{Name: "html", Help: "one self-contained HTML page", New: newHTMLReport("html"), Keeps: htmlKeeps, Options: htmlOptions},
	{Name: "htmlextra", Help: "the html report under newman-reporter-htmlextra's name and options", SameAs: "html",
		New: newHTMLReport("htmlextra"), Keeps: htmlKeeps, Options: append(append([]Option(nil), htmlOptions...),
			// newman-reporter-htmlextra's own: those that map onto courier's
			// report do what they do there; the rest only change its look
			Option{Name: "browserTitle", Arg: "text", Help: "the page's <title> (default: the title)"},
			Option{Name: "darkTheme", Bool: true, Help: "start in dark mode whatever the browser prefers"},
			Option{Name: "omitRequestBodies", Bool: true, Help: "leave request bodies out"},
			Option{Name: "omitResponseBodies", Bool: true, Help: "leave response bodies out"},
			Option{Name: "hideRequestBody", Arg: "names", Help: "leave out the request body of these requests (comma-separated names)"},
			Option{Name: "hideResponseBody", Arg: "names", Help: "leave out the response body of these requests (comma-separated names)"},
			Option{Name: "skipHeaders", Arg: "names", Help: "leave these request and response headers out (comma-separated names)"},
			Option{Name: "skipSensitiveData", Bool: true, Help: "leave request and response headers and bodies out"},
			Option{Name: "showEnvironmentData", Bool: true, Help: "a section listing the environment's variables (masked)"},
			Option{Name: "showGlobalData", Bool: true, Help: "a section listing the globals (masked)"},
			Option{Name: "skipEnvironmentVars", Arg: "names", Help: "leave these variables out of the environment section (comma-separated)"},
			Option{Name: "skipGlobalVars", Arg: "names", Help: "leave these variables out of the globals section (comma-separated)"},
			Option{Name: "timezone", Arg: "zone", Help: "show times in this IANA time zone (\"Europe/Paris\"; default UTC)"},
			Option{Name: "skipFolders", Arg: "names", Support: Refused, Help: "courier's report lists every request"},
			Option{Name: "skipRequests", Arg: "names", Support: Refused, Help: "courier's report lists every request"},
			Option{Name: "titleSize", Arg: "1-6", Support: Ignored},
			Option{Name: "testPaging", Bool: true, Support: Ignored},
			Option{Name: "logs", Bool: true, Support: Ignored},
			Option{Name: "noSyntaxHighlighting", Bool: true, Support: Ignored},
			Option{Name: "showMarkdownLinks", Bool: true, Support: Ignored},
			Option{Name: "showFolderDescription", Bool: true, Support: Ignored},
			Option{Name: "displayProgressBar", Bool: true, Support: Ignored},
		)},
	{Name: "progress", Help: "a progress bar (on a terminal)", New: newProgressReporter, Options: []Option{
		{Name: "silent", Bool: true, Help: "print nothing"},
	}},
	{Name: "emojitrain", Help: "one emoji per request", New: newEmojitrainReporter},
	{Name: "github", Help: "GitHub Actions annotations and job summary ($GITHUB_STEP_SUMMARY)", New: newGitHubReporter},
	{Name: "tap", Help: "TAP version 13 on standard output, one line per assertion", New: newTAPReporter},
}

// Names lists the reporters -r takes, in the registry's order.
func Names() []string {
	out := make([]string, len(registry))
	for i, s := range registry {
		out[i] = s.Name
	}
	return out
}

// Lookup finds a reporter by name.
func Lookup(name string) (*Spec, bool) {
	for i := range registry {
		if registry[i].Name == name {
			return &registry[i], true
		}
	}
	return nil, false
}

// Specs is the registry (for the CLI's help).
func Specs() []Spec { return registry }

func (s *Spec) option(name string) (Option, bool) {
	for _, o := range s.Options {
		if o.Name == name {
			return o, true
		}
	}
	return Option{}, false
}

// FlagName is the option as the help spells it after --reporter-<name>-.
func (o Option) FlagName() string {
	if o.Flag != "" {
		return o.Flag
	}
	return o.Name
}

// ResolveOption reads a reporter option flag: rest is what follows
// "--reporter-". It returns the reporter it is for ("" when it names none:
// it is then for every reporter that takes it, as in Newman) and the option.
// An option no reporter takes is an error.
func ResolveOption(rest string) (reporter string, opt Option, err error) {
	if name, tail, ok := strings.Cut(rest, "-"); ok {
		if s, ok := Lookup(name); ok {
			key := CamelCase(tail)
			if o, ok := s.option(key); ok {
				return name, o, nil
			}
			return "", Option{}, fmt.Errorf("unknown option --reporter-%s: the %s reporter has no option %q (see courier run --help)", rest, name, tail)
		}
	}
	key := CamelCase(rest)
	for i := range registry {
		if o, ok := registry[i].option(key); ok {
			return "", o, nil
		}
	}
	return "", Option{}, fmt.Errorf("unknown option --reporter-%s: no reporter takes %q (see courier run --help)", rest, rest)
}

// Check looks at the options a selected reporter was given: a Refused one
// is an error, Ignored ones come back to be warned about.
func Check(name string, o Options) (ignored []string, err error) {
	s, ok := Lookup(name)
	if !ok {
		return nil, fmt.Errorf("unknown reporter %q (available: %s)", name, strings.Join(Names(), ", "))
	}
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		opt, _ := s.option(k)
		switch opt.Support {
		case Refused:
			return nil, fmt.Errorf("option --reporter-%s-%s: courier's %s report cannot leave out what it asks to; %s", name, k, name, opt.Help)
		case Ignored:
			ignored = append(ignored, k)
		}
	}
	return ignored, nil
}

// Select resolves -r: an unknown name is an error; a name given twice, or
// one that another selected reporter stands for (Spec.SameAs), runs once.
func Select(names []string) ([]string, error) {
	seen := map[string]bool{}
	for _, n := range names {
		if _, ok := Lookup(n); !ok {
			return nil, fmt.Errorf("unknown reporter %q (available: %s)", n, strings.Join(Names(), ", "))
		}
		seen[n] = true
	}
	var out []string
	for _, s := range registry {
		if seen[s.Name] && (s.SameAs == "" || !seen[s.SameAs]) {
			out = append(out, s.Name)
		}
	}
	return out, nil
}

// Built is one reporter of the run.
type Built struct {
	Name    string
	Options Options
	Reporter
}

// Set is the run's reporters: Handle passes each event to every reporter,
// then to the summary they share.
type Set struct {
	Reporters []Built
	handlers  events.Multi
}

// Handle implements events.Handler.
func (s *Set) Handle(ev events.Event) { s.handlers.Handle(ev) }

// Close releases what the reporters hold (the json spool, the github
// summary file).
func (s *Set) Close() {
	for _, b := range s.Reporters {
		if c, ok := b.Reporter.(io.Closer); ok {
			c.Close()
		}
	}
}

// Build makes the selected reporters (names from Select) with their options.
func Build(names []string, options func(name string) Options, env Env) (*Set, error) {
	if keep := sharedKeeps(names, options); keep != nil {
		env.Summary = events.NewSummary(*keep)
	}
	set := &Set{}
	for _, n := range names {
		s, ok := Lookup(n)
		if !ok {
			return nil, fmt.Errorf("unknown reporter %q", n)
		}
		o := options(n)
		r, err := s.New(env, o)
		if err != nil {
			set.Close()
			return nil, err
		}
		if r != nil {
			set.Reporters = append(set.Reporters, Built{Name: n, Options: o, Reporter: r})
			set.handlers = append(set.handlers, r)
		}
	}
	if env.Summary != nil {
		set.handlers = append(set.handlers, env.Summary)
	}
	return set, nil
}

// sharedKeeps is what the shared summary keeps for the selected whole-run
// reporters (nil when none is selected).
func sharedKeeps(names []string, options func(name string) Options) *events.SummaryOptions {
	var keep *events.SummaryOptions
	for _, n := range names {
		s, ok := Lookup(n)
		if !ok || s.Keeps == nil {
			continue
		}
		k := s.Keeps(options(n))
		if keep == nil {
			keep = &events.SummaryOptions{}
		}
		keep.Executions = keep.Executions || k.Executions
		keep.Console = keep.Console || k.Console
		keep.Headers = keep.Headers || k.Headers
		if k.Bodies {
			keep.MaxBody = max(keep.MaxBody, k.MaxBody)
		}
		keep.Bodies = keep.Bodies || k.Bodies
	}
	return keep
}

// CamelCase is lodash's camelCase, which Newman applies to reporter option
// names: words split at punctuation and case changes, the first lower-case,
// the others capitalised ("no-summary", "noSummary", "No_Summary" are
// "noSummary").
func CamelCase(s string) string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			continue
		case len(cur) > 0:
			prev := cur[len(cur)-1]
			if unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)) {
				flush() // fooBar
			} else if unicode.IsUpper(prev) && unicode.IsUpper(r) && i+1 < len(rs) && unicode.IsLower(rs[i+1]) {
				flush() // XMLHttp
			} else if unicode.IsDigit(r) != unicode.IsDigit(prev) {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	var b strings.Builder
	for i, w := range words {
		w = strings.ToLower(w)
		if i > 0 {
			r := []rune(w)
			r[0] = unicode.ToUpper(r[0])
			w = string(r)
		}
		b.WriteString(w)
	}
	return b.String()
}

// htmlKeeps is what the html report needs of each execution: headers, and
// bodies (masked, then cut to its own smaller cap) unless they are omitted.
func htmlKeeps(o Options) events.SummaryOptions {
	k := events.SummaryOptions{Executions: true, Console: true, Headers: true}
	noBodies := o.Flag("omitBodies") || o.Flag("skipSensitiveData") ||
		(o.Flag("omitRequestBodies") && o.Flag("omitResponseBodies"))
	if !noBodies {
		k.Bodies, k.MaxBody = true, 1<<20
	}
	return k
}

// newmanReportName is the base name Newman's reporters give a report
// without an export path.
const newmanReportName = "newman-run-report"

func newCLIReporter(env Env, o Options) (Reporter, error) {
	// a bad baseline is an error even when nothing is printed
	base, err := newBaseline("cli", env, o)
	if err != nil {
		return nil, err
	}
	if env.Silent || o.Flag("silent") {
		return nil, nil
	}
	return NewCLI(env.Stdout, CLIOptions{
		Baseline:            base,
		Color:               env.Color,
		DisableUnicode:      env.DisableUnicode,
		NoSummary:           o.Flag("noSummary"),
		NoFailures:          o.Flag("noFailures"),
		NoAssertions:        o.Flag("noAssertions"),
		NoSuccessAssertions: o.Flag("noSuccessAssertions"),
		NoConsole:           o.Flag("noConsole"),
		NoBanner:            o.Flag("noBanner"),
		ShowTimestamps:      o.Flag("showTimestamps"),
		Verbose:             env.Verbose,
		Mask:                env.Mask,
	}), nil
}

func newProgressReporter(env Env, o Options) (Reporter, error) {
	if env.Silent || o.Flag("silent") {
		return nil, nil
	}
	return NewProgress(env.Stdout, env.StdoutTTY), nil
}

func newEmojitrainReporter(env Env, _ Options) (Reporter, error) {
	if env.Silent {
		return nil, nil
	}
	return NewEmojitrain(env.Stdout), nil
}

// githubReporter is the GitHub reporter with the job summary file it appends to.
type githubReporter struct {
	*GitHub
	file io.Closer
}

func (g *githubReporter) Close() error {
	if g.file != nil {
		return g.file.Close()
	}
	return nil
}

func newGitHubReporter(env Env, _ Options) (Reporter, error) {
	g := &githubReporter{}
	var summary io.Writer
	if p := env.Getenv("GITHUB_STEP_SUMMARY"); p != "" {
		f, err := env.OpenAppend(p)
		if err != nil {
			return nil, fmt.Errorf("github reporter: cannot open $GITHUB_STEP_SUMMARY %s: %w", p, err)
		}
		g.file, summary = f, f
	}
	g.GitHub = NewGitHub(env.Stdout, summary)
	g.GitHub.Mask = env.Mask
	return g, nil
}

// jsonReport is the json reporter: it spools each execution to a scratch
// file as its item ends, and writes the report around the spool at the end.
type jsonReport struct {
	summary *events.Summary
	spool   *JSONSpool
	file    TempFile
	o       JSONOptions
}

func newJSONReport(env Env, _ Options) (Reporter, error) {
	f, err := env.TempFile()
	if err != nil {
		return nil, fmt.Errorf("json reporter: %w", err)
	}
	j := &jsonReport{file: f, o: JSONOptions{Mask: env.Mask, MaskHeader: env.MaskHeader}}
	so := j.o
	if env.Tree != nil {
		so.Tree = env.Tree()
	}
	j.spool = NewJSONSpool(f, so)
	j.summary = events.NewSummary(events.SummaryOptions{Bodies: true, Headers: true, OnExecution: j.spool.Add})
	return j, nil
}

func (j *jsonReport) Handle(ev events.Event) { j.summary.Handle(ev) }
func (j *jsonReport) Close() error           { return j.file.Close() }

func (j *jsonReport) FileName(string) (string, string) { return newmanReportName, "json" }

func (j *jsonReport) WriteReport(w io.Writer, info RunInfo) error {
	if err := j.spool.Flush(); err != nil {
		return err
	}
	if _, err := j.file.Seek(0, io.SeekStart); err != nil {
		return err
	}
	o := j.o
	o.Spool = j.file
	return WriteJSON(w, j.summary, info, o)
}

// junitReport writes from the shared summary.
type junitReport struct {
	s *events.Summary
	o JUnitOptions
}

func newJUnitReport(env Env, o Options) (Reporter, error) {
	return &junitReport{s: env.Summary, o: JUnitOptions{Mask: env.Mask, NewmanCompat: o.Flag("newmanCompat")}}, nil
}

func (j *junitReport) Handle(events.Event)              {} // the shared summary keeps the run
func (j *junitReport) FileName(string) (string, string) { return newmanReportName, "xml" }
func (j *junitReport) WriteReport(w io.Writer, _ RunInfo) error {
	return WriteJUnit(w, j.s, j.o)
}

// htmlReport writes from the shared summary.
type htmlReport struct {
	name string
	s    *events.Summary
	o    HTMLOptions
}

func newHTMLReport(name string) func(Env, Options) (Reporter, error) {
	return func(env Env, o Options) (Reporter, error) {
		base, err := newBaseline(name, env, o)
		if err != nil {
			return nil, err
		}
		var loc *time.Location
		if z := o.Value("timezone"); z != "" {
			if loc, err = time.LoadLocation(z); err != nil {
				return nil, fmt.Errorf("option --reporter-%s-timezone: unknown time zone %q (an IANA name such as Europe/Paris)", name, z)
			}
		}
		sensitive := o.Flag("skipSensitiveData")
		return &htmlReport{name: name, s: env.Summary, o: HTMLOptions{
			Baseline:            base,
			Title:               o.Value("title"),
			BrowserTitle:        o.Value("browserTitle"),
			Dark:                o.Flag("darkTheme"),
			Location:            loc,
			OmitBodies:          o.Flag("omitBodies") || sensitive,
			OmitRequestBodies:   o.Flag("omitRequestBodies"),
			OmitResponseBodies:  o.Flag("omitResponseBodies"),
			HideRequestBody:     nameList(o.Value("hideRequestBody")),
			HideResponseBody:    nameList(o.Value("hideResponseBody")),
			OmitHeaders:         o.Flag("omitHeaders") || sensitive,
			SkipHeaders:         nameList(o.Value("skipHeaders")),
			ShowEnvironment:     o.Flag("showEnvironmentData"),
			ShowGlobals:         o.Flag("showGlobalData"),
			SkipEnvironmentVars: nameList(o.Value("skipEnvironmentVars")),
			SkipGlobalVars:      nameList(o.Value("skipGlobalVars")),
			OnlyFailures:        o.Flag("onlyFailures") || o.Flag("showOnlyFails"),
			Mask:                env.Mask,
			MaskHeader:          env.MaskHeader,
		}}, nil
	}
}

// nameList splits a comma-separated list of names (htmlextra's array
// options as a command line gives them), dropping empty ones.
func nameList(v string) []string {
	var out []string
	for _, n := range strings.Split(v, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

func (h *htmlReport) Handle(events.Event) {} // the shared summary keeps the run

// FileName is newman-run-report, or for htmlextra the collection's name
// (path.parse(name + ".html").name).
func (h *htmlReport) FileName(collection string) (string, string) {
	if h.name != "htmlextra" {
		return newmanReportName, "html"
	}
	if i := strings.LastIndexByte(collection, '/'); i >= 0 {
		collection = collection[i+1:]
	}
	return collection, "html"
}

// WriteReport writes the page through a buffer: the template writes it
// in many small pieces, each a system call on a file (a 5,000-request page
// took seconds of them).
func (h *htmlReport) WriteReport(w io.Writer, info RunInfo) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := WriteHTML(bw, h.s, info, h.o); err != nil {
		return err
	}
	return bw.Flush()
}
