package diff

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// splitPath cuts a change path into its field prefix, the bracketed key (with
// any "#n" occurrence suffix) and what follows: "request.header[Accept].disabled"
// → "request.header", "Accept", ".disabled".
func splitPath(p string) (prefix, key, rest string, keyed bool) {
	i := strings.IndexByte(p, '[')
	if i < 0 {
		return p, "", "", false
	}
	j := strings.LastIndexByte(p, ']')
	if j < i {
		return p, "", "", false
	}
	prefix, key, rest = p[:i], p[i+1:j], p[j+1:]
	if strings.HasPrefix(rest, "#") { // occurrence suffix of a duplicate key
		k := 1
		for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
			k++
		}
		key += " " + rest[:k]
		rest = rest[k:]
	}
	return prefix, key, rest, true
}

// fieldNames are the human names of change paths (without keys).
var fieldNames = map[string]string{
	"info.name":                      "collection name",
	"info.description":               "collection description",
	"description":                    "description",
	"request.description":            "request description",
	"request.method":                 "method",
	"request.url.protocol":           "url protocol",
	"request.url.host":               "url host",
	"request.url.port":               "url port",
	"request.url.path":               "url path",
	"request.url.hash":               "url hash",
	"request.url.query":              "query",
	"request.url.variable":           "path variable",
	"request.header":                 "header",
	"request.body":                   "body",
	"request.body.mode":              "body mode",
	"request.body.disabled":          "body disabled",
	"request.body.raw":               "body",
	"request.body.urlencoded":        "body field",
	"request.body.formdata":          "form field",
	"request.body.file.src":          "body file",
	"request.body.file.content":      "body file content",
	"request.body.graphql.query":     "graphql query",
	"request.body.graphql.variables": "graphql variables",
	"request.body.options":           "body options",
	"request.auth":                   "auth",
	"request.auth.type":              "auth type",
	"auth":                           "auth",
	"auth.type":                      "auth type",
	"variable":                       "variable",
	"values":                         "variable",
	"name":                           "name",
	"protocolProfileBehavior":        "setting",
	"request.proxy":                  "proxy",
	"request.certificate":            "certificate",
	"response":                       "example",
}

// label names a change's field for people: "header Accept", "body $.id",
// "test script", "auth basic password".
func label(c *Change) string {
	prefix, key, rest, keyed := splitPath(c.Path)
	var name string
	switch {
	case prefix == "event":
		switch key {
		case "prerequest":
			name = "pre-request script"
		case "test":
			name = "test script"
		default:
			name = key + " script"
		}
		key = ""
	case strings.HasPrefix(prefix, "request.auth.") || strings.HasPrefix(prefix, "auth."):
		if keyed {
			name = "auth " + prefix[strings.LastIndexByte(prefix, '.')+1:]
		}
	}
	if name == "" {
		name = fieldNames[prefix]
		if name == "" {
			name = prefix
		}
	}
	if key != "" {
		name += " " + key
	}
	if rest != "" {
		name += " " + strings.TrimPrefix(rest, ".")
	}
	if c.JSONPath != "" {
		jp := c.JSONPath
		if c.Class == ClassSettings && strings.HasPrefix(jp, "$.") {
			jp = jp[2:]
		}
		if jp != "$" {
			name += " " + jp
		}
	}
	return name
}

// maxValue is how many characters of a value the text and Markdown outputs show.
const maxValue = 120

// valueText renders a change value for people.
func valueText(c *Change, v any) string {
	var s string
	switch t := v.(type) {
	case nil:
		return "(none)"
	case []string:
		return pathString(t)
	case string:
		if c.JSONPath != "" && !(c.Masked && t == Secret) {
			s = jsonText(t)
		} else {
			s = t
			if t == "" || strings.TrimSpace(t) != t || strings.ContainsAny(t, "\n\r\t") {
				s = strconv.Quote(t)
			}
		}
	case bool:
		s = strconv.FormatBool(t)
	case int:
		s = strconv.Itoa(t)
	default:
		s = jsonText(t)
	}
	return truncate(s, maxValue)
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// style formats the parts of a change line: plain text or Markdown.
type style struct {
	field func(string) string       // a field label
	value func(*Change, any) string // a value
	text  func(string) string       // other text
	verbs bool                      // write "added"/"removed" before fields (no +/- sign)
}

var plainStyle = style{ // lines start with +, - or ~
	field: func(s string) string { return s },
	value: valueText,
	text:  func(s string) string { return s },
}

func (st style) verb(s string) string {
	if st.verbs {
		return st.text(s)
	}
	return ""
}

// describe renders a change as one line without its sign: "header Accept:
// a → b", "query expand = customer", "renamed: Get order → Fetch order".
func describe(c *Change, st style) string {
	arrow := func() string { return st.value(c, c.Old) + " → " + st.value(c, c.New) }
	score := ""
	if c.Score > 0 {
		score = " " + st.text(fmt.Sprintf("(similarity %d%%)", c.Score))
	}
	if c.Path == "" {
		switch c.Kind {
		case Added:
			return st.field("added") + " " + st.value(c, c.New)
		case Removed:
			return st.field("removed") + " " + st.value(c, c.Old)
		case Renamed:
			return st.field("renamed") + ": " + arrow() + score
		case Moved:
			return st.field("moved") + ": " + arrow() + score
		case Reordered:
			return st.field("reordered") + ": " + st.text(fmt.Sprintf("position %v → %v", c.Old, c.New))
		}
	}
	l := label(c)
	note := ""
	if c.Note != "" {
		note = " " + st.text("("+c.Note+")")
	}
	if c.Kind == Renamed {
		if isVariableRename(c) {
			return st.field("variable renamed") + ": " + arrow() + note
		}
		return st.field(l) + ": " + arrow()
	}
	if c.Diff != "" {
		switch c.Kind {
		case Added:
			return st.verb("added ") + st.field(l) + note
		case Removed:
			return st.verb("removed ") + st.field(l) + note
		}
		return st.field(l) + note
	}
	// Request and folder auth that is absent is inherited from the parent.
	inherit := ""
	if strings.HasSuffix(c.Path, "auth") && c.ItemType != TypeCollection {
		if c.Kind == Added {
			inherit = " " + st.text("(was inherited)")
		} else {
			inherit = " " + st.text("(now inherited)")
		}
	}
	switch c.Kind {
	case Added:
		if c.New == nil {
			return st.verb("added ") + st.field(l) + note
		}
		return st.verb("added ") + st.field(l) + " = " + st.value(c, c.New) + inherit + note
	case Removed:
		if c.Old == nil {
			return st.verb("removed ") + st.field(l) + note
		}
		return st.verb("removed ") + st.field(l) + " = " + st.value(c, c.Old) + inherit + note
	}
	if c.Masked && c.Old == Secret && c.New == Secret {
		return st.field(l) + ": " + st.text("(changed)") + note
	}
	if ob, ok := c.Old.(bool); ok && strings.HasSuffix(c.Path, ".disabled") {
		return st.field(strings.TrimSuffix(l, " disabled")) + ": " + st.text(enabled(ob)+" → "+enabled(!ob)) + note
	}
	if c.Class == ClassExamples && c.Old == c.New {
		return st.field(l) + " " + st.value(c, c.New) + note
	}
	return st.field(l) + ": " + arrow() + note
}

// isVariableRename reports whether c is a renamed variable.
func isVariableRename(c *Change) bool {
	if c.Kind != Renamed {
		return false
	}
	prefix, _, rest, keyed := splitPath(c.Path)
	return keyed && rest == "" && (prefix == "variable" || prefix == "values")
}

// sign is the marker of a change line: + added, - removed, ~ anything else.
func sign(c *Change) string {
	switch c.Kind {
	case Added:
		return "+"
	case Removed:
		return "-"
	}
	return "~"
}

func enabled(disabled bool) string {
	if disabled {
		return "disabled"
	}
	return "enabled"
}
