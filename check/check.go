package check

import (
	"fmt"
	"sort"
	"strings"

	"github.com/courier-run/courier/collections"
)

// Severity is how bad a finding is.
type Severity int

// Severities, lowest first.
const (
	Note Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Note:
		return "note"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "none"
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// ParseSeverity reads --fail-on: error, warning, note or none (0: nothing
// fails).
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "note":
		return Note, nil
	case "none":
		return 0, nil
	}
	return 0, fmt.Errorf("unknown level %q (expected error, warning, note or none)", s)
}

// Location says where a finding is: in which file, under which item, in
// which script and where in it, and where in the file.
type Location struct {
	// File is the file as given on the command line (the collection, or
	// the environment, globals or data file a finding is about); "" for a
	// command-line option (--env-var, --folder).
	File string `json:"file,omitempty"`
	// Item is the path of names from the collection's top to the item
	// (a folder or request); empty for the collection itself or another
	// file.
	Item []string `json:"item,omitempty"`
	// Event is "prerequest" or "test" inside a script.
	Event string `json:"event,omitempty"`
	// Line and Column are the place inside the script (1-based, columns in
	// characters).
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
	// JSONPath is the value's path in the file (item[0].event[1].script.exec[3]).
	JSONPath string `json:"jsonPath,omitempty"`
	// FileLine and FileColumn are that place as a line and column of the
	// file (1-based, columns in characters; 0 when unknown).
	FileLine   int `json:"fileLine,omitempty"`
	FileColumn int `json:"fileColumn,omitempty"`

	itemPos int // the item's walk position, for sorting
}

// ItemLabel is the item's names joined with " / ", "(collection)" for the
// collection itself and the file's name for another file.
func (l Location) ItemLabel(collectionFile string) string {
	if len(l.Item) > 0 {
		return strings.Join(l.Item, " / ")
	}
	if l.File != "" && l.File != collectionFile {
		return "(" + l.File + ")"
	}
	if l.File == "" {
		return "(command line)"
	}
	return "(collection)"
}

// Finding is one problem check found.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	Location Location `json:"location"`

	order []int // sort key: file, item position, event, line, column
}

// Input is what a run would read: the collection, and the environment,
// globals, data file, variables and folders of its command line.
type Input struct {
	Collection *collections.Collection
	// CollectionFile names the collection in findings; CollectionText is
	// the file's bytes, to place findings at lines and columns (optional).
	CollectionFile string
	CollectionText []byte

	Environment, Globals         *collections.Environment
	EnvironmentFile, GlobalsFile string
	Data                         []collections.Row
	DataFile                     string
	// EnvVars and GlobalVars are --env-var and --global-var.
	EnvVars, GlobalVars []collections.Variable
	// Folders are --folder names (or ids).
	Folders []string
}

// Result is everything check found.
type Result struct {
	Collection string    `json:"collection"` // the file
	Name       string    `json:"name,omitempty"`
	Findings   []Finding `json:"findings"`
}

// Counts returns the number of findings of each severity.
func (r *Result) Counts() (errors, warnings, notes int) {
	for _, f := range r.Findings {
		switch f.Severity {
		case Error:
			errors++
		case Warning:
			warnings++
		case Note:
			notes++
		}
	}
	return
}

// ExitCode is 1 when a finding is at or above failOn (0 for none: never),
// else 0.
func (r *Result) ExitCode(failOn Severity) int {
	if failOn == 0 {
		return 0
	}
	for _, f := range r.Findings {
		if f.Severity >= failOn {
			return 1
		}
	}
	return 0
}

// Check runs every rule on in. It sends nothing and runs no script.
func Check(in Input) *Result {
	c := newChecker(in)
	c.checkScripts()
	c.checkVariables()
	c.checkFlow()
	c.checkSecrets()
	c.checkAuthTypes()
	sort.SliceStable(c.findings, func(i, j int) bool { return lessOrder(c.findings[i].order, c.findings[j].order) })
	r := &Result{Collection: in.CollectionFile, Name: in.Collection.Info.Name, Findings: c.findings}
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	return r
}

func lessOrder(a, b []int) bool {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}
