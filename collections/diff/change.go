package diff

import (
	"fmt"
	"strings"
)

// Kind says what happened to the thing at a change's path.
type Kind string

// Change kinds.
const (
	Added     Kind = "added"     // present only in the new version
	Removed   Kind = "removed"   // present only in the old version
	Changed   Kind = "changed"   // present in both, different
	Renamed   Kind = "renamed"   // an item (or the collection) got a new name
	Moved     Kind = "moved"     // an item is in another folder
	Reordered Kind = "reordered" // an item has another position in the same folder
)

// Class is the area a change belongs to; --fail-on takes a list of classes.
type Class string

// Change classes, in the order they are counted and printed.
const (
	ClassAdded       Class = "added"       // items (requests, folders) added
	ClassRemoved     Class = "removed"     // items removed
	ClassRenamed     Class = "renamed"     // items or the collection renamed
	ClassMoved       Class = "moved"       // items moved to another folder or reordered
	ClassMethod      Class = "method"      // request method
	ClassURL         Class = "url"         // protocol, host, port, path, query parameters, hash, path variables
	ClassHeaders     Class = "headers"     // request headers
	ClassBody        Class = "body"        // request body
	ClassAuth        Class = "auth"        // auth of a request, folder or the collection
	ClassScripts     Class = "scripts"     // pre-request and test scripts
	ClassVariables   Class = "variables"   // collection, folder and item variables
	ClassDescription Class = "description" // descriptions
	ClassSettings    Class = "settings"    // protocolProfileBehavior, proxy, certificate
	ClassExamples    Class = "examples"    // saved example responses
)

// Classes lists every collection change class in display order.
func Classes() []Class {
	return []Class{ClassAdded, ClassRemoved, ClassRenamed, ClassMoved, ClassMethod, ClassURL,
		ClassHeaders, ClassBody, ClassAuth, ClassScripts, ClassVariables, ClassDescription,
		ClassSettings, ClassExamples}
}

// Item types of a change's item.
const (
	TypeCollection = "collection"
	TypeFolder     = "folder"
	TypeRequest    = "request"
)

// Secret is what a masked credential value is replaced with.
const Secret = "(secret)"

// Change is one difference between the two versions.
type Change struct {
	Kind  Kind  `json:"kind"`
	Class Class `json:"class"`
	// Item holds the names from the collection root down to the item the change
	// is in (the new version's names; the old version's for removed items); it is
	// empty for the collection itself.
	Item     []string `json:"item"`
	ItemType string   `json:"itemType"`
	// Path is the field inside the item, spelled after the collection format:
	// "" for the item itself (added, removed, renamed, moved, reordered),
	// "request.method", "request.url.host", "request.url.query[limit]",
	// "request.header[Accept]", "request.body.raw", "request.auth.basic[password]",
	// "event[test]", "variable[base_url]", "response[Order found]", ...
	// Keys in brackets are written verbatim; the second and later entries
	// with the same key get "#2", "#3", ... after the bracket
	// ("request.url.query[tag]#2"). Secondary fields of an entry follow it:
	// "request.header[Accept].disabled", "variable[token].type".
	Path string `json:"path"`
	// JSONPath locates the change inside a JSON value at Path (a JSON body,
	// GraphQL variables, protocolProfileBehavior): "$.customer.id", "$.items[0]".
	JSONPath string `json:"jsonPath,omitempty"`
	// Old and New are the values before and after; null when absent. Strings for
	// most fields, JSON values for JSON paths, name lists for moves, 1-based
	// positions for reorders.
	Old any `json:"old"`
	New any `json:"new"`
	// Masked is set when a credential value was replaced by "(secret)".
	Masked bool `json:"masked,omitempty"`
	// Diff is a unified line diff of Old and New for scripts, text bodies and
	// descriptions.
	Diff string `json:"diff,omitempty"`
	// Note is extra human-readable detail (what changed in a saved example).
	Note string `json:"note,omitempty"`
	// Score is the similarity in percent of an item paired by similarity
	// (neither its id nor its name and place matched), on its "renamed"
	// change, or on "moved" when the name did not change.
	Score int `json:"score,omitempty"`
	// Uses says, for a renamed variable, how its uses followed the rename.
	Uses *VarUses `json:"uses,omitempty"`
	// Folded are, for a renamed variable whose every use followed, the changes
	// elsewhere that only follow from the rename (a {{base_URL}} → {{base_url}}
	// host): they are not in the result's changes, and are shown with --verbose.
	Folded []Change `json:"folded,omitempty"`

	group int // index of the item the change belongs to, for grouping
}

// ItemLabel is the item's names joined with " / ", "(collection)" for the
// collection ("(environment)", "(globals)" for those files).
func (c *Change) ItemLabel() string {
	if len(c.Item) == 0 {
		switch c.ItemType {
		case TypeEnvironment, TypeGlobals:
			return "(" + c.ItemType + ")"
		}
		return "(collection)"
	}
	return strings.Join(c.Item, " / ")
}

// Source names one side of a comparison.
type Source struct {
	Source string `json:"source"`         // the argument it was read from
	Name   string `json:"name,omitempty"` // the collection's name
}

// Result is the difference between two collections (or two environment or
// globals files).
type Result struct {
	Old, New Source
	// Type is "" for collections, TypeEnvironment or TypeGlobals.
	Type    string
	Changes []Change
	// Requests are the method and URL of the new version of each changed
	// request (the old one for removed requests), by group, for headings.
	requests map[int]string
}

// Identical reports whether no change was found.
func (r *Result) Identical() bool { return len(r.Changes) == 0 }

// Counts returns the number of changes per class.
func (r *Result) Counts() map[Class]int {
	m := map[Class]int{}
	for _, c := range Classes() {
		m[c] = 0
	}
	for i := range r.Changes {
		m[r.Changes[i].Class]++
	}
	return m
}

// ExitCode is diff(1)'s convention: 0 when identical, 1 when different. With a
// non-empty failOn, 1 only when a change of one of those classes is present.
func (r *Result) ExitCode(failOn []Class) int {
	if len(failOn) == 0 {
		if r.Identical() {
			return 0
		}
		return 1
	}
	for i := range r.Changes {
		for _, c := range failOn {
			if r.Changes[i].Class == c {
				return 1
			}
		}
	}
	return 0
}

// ParseClasses reads a comma-separated --fail-on list of collection change classes.
func ParseClasses(s string) ([]Class, error) {
	var names []string
	for _, c := range Classes() {
		names = append(names, string(c))
	}
	got, err := parseList(s, names)
	if err != nil {
		return nil, err
	}
	out := make([]Class, len(got))
	for i, g := range got {
		out[i] = Class(g)
	}
	return out, nil
}

func parseList(s string, known []string) ([]string, error) {
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = strings.ToLower(strings.TrimSpace(part))
		if part == "" {
			continue
		}
		ok := false
		for _, k := range known {
			if k == part {
				ok = true
			}
		}
		if !ok {
			return nil, fmt.Errorf("unknown change class %q (expected %s)", part, strings.Join(known, ", "))
		}
		out = append(out, part)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty list of change classes (expected some of %s)", strings.Join(known, ", "))
	}
	return out, nil
}

// Format is an output format.
type Format string

// Output formats.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatJSON     Format = "json"
)

// ParseFormat reads a --format value ("md" is accepted for markdown).
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "text", "":
		return FormatText, nil
	case "markdown", "md":
		return FormatMarkdown, nil
	case "json":
		return FormatJSON, nil
	}
	return "", fmt.Errorf("unknown format %q (expected text, markdown or json)", s)
}

// WriteOptions select how a result is printed.
type WriteOptions struct {
	Format  Format
	Color   bool // ANSI colours (text only)
	Summary bool // counts only
	// Verbose shows the changes folded into a variable rename (they only
	// follow from it).
	Verbose bool
}
