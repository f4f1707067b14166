package check

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
)

// Format is an output format.
type Format string

// Output formats.
const (
	FormatText   Format = "text"
	FormatJSON   Format = "json"
	FormatGitHub Format = "github"
	FormatSARIF  Format = "sarif"
)

// ParseFormat reads --format.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case FormatText, FormatJSON, FormatGitHub, FormatSARIF:
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q (expected text, json, github or sarif)", s)
}

// WriteOptions say how findings are written.
type WriteOptions struct {
	Format  Format
	Color   bool   // ANSI colours (text only)
	Version string // courier's version, for SARIF's tool
}

// Write writes the result in the chosen format.
func (r *Result) Write(w io.Writer, o WriteOptions) error {
	var b bytes.Buffer
	switch o.Format {
	case FormatJSON:
		r.writeJSON(&b)
	case FormatGitHub:
		r.writeGitHub(&b)
	case FormatSARIF:
		if err := r.writeSARIF(&b, o.Version); err != nil {
			return err
		}
	default:
		r.writeText(&b, o.Color)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// ANSI colours of the text output.
const (
	cReset  = "\x1b[0m"
	cBold   = "\x1b[1m"
	cRed    = "\x1b[31m"
	cYellow = "\x1b[33m"
	cCyan   = "\x1b[36m"
	cDim    = "\x1b[2m"
)

type painter bool

func (p painter) paint(code, s string) string {
	if !p || s == "" {
		return s
	}
	return code + s + cReset
}

var sevColor = map[Severity]string{Error: cBold + cRed, Warning: cYellow, Note: cCyan}

// scriptWhat is "test script 2:6" for a finding in a script.
func scriptWhat(l Location) string {
	if l.Event == "" {
		return ""
	}
	ev := "pre-request script"
	if l.Event == "test" {
		ev = "test script"
	}
	if l.Line > 0 {
		return fmt.Sprintf("%s %d:%d", ev, l.Line, l.Column)
	}
	return ev
}

// filePlace is "c.json:45:21 item[0].request.url" (what is known of it).
func filePlace(l Location) string {
	var parts []string
	switch {
	case l.File != "" && l.FileLine > 0:
		parts = append(parts, fmt.Sprintf("%s:%d:%d", l.File, l.FileLine, l.FileColumn))
	case l.File != "":
		parts = append(parts, l.File)
	}
	if l.JSONPath != "" {
		parts = append(parts, l.JSONPath)
	}
	return strings.Join(parts, " ")
}

func (r *Result) summary() string {
	e, w, n := r.Counts()
	if e+w+n == 0 {
		return "no findings"
	}
	return fmt.Sprintf("%s, %s, %s", plural(e, "error", "errors"), plural(w, "warning", "warnings"), plural(n, "note", "notes"))
}

func (r *Result) writeText(b *bytes.Buffer, color bool) {
	p := painter(color)
	last := ""
	for _, f := range r.Findings {
		label := f.Location.ItemLabel(r.Collection)
		if label != last || b.Len() == 0 {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(p.paint(cBold, label))
			b.WriteByte('\n')
			last = label
		}
		sev := fmt.Sprintf("%-7s", f.Severity)
		msg := f.Message
		if w := scriptWhat(f.Location); w != "" {
			msg = w + ": " + msg
		}
		fmt.Fprintf(b, "  %s %s: %s\n", p.paint(sevColor[f.Severity], sev), f.Rule, msg)
		if place := filePlace(f.Location); place != "" {
			fmt.Fprintf(b, "          %s\n", p.paint(cDim, place))
		}
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	name := r.Collection
	if r.Name != "" {
		name += " (" + r.Name + ")"
	}
	fmt.Fprintf(b, "%s: %s\n", name, r.summary())
}

func (r *Result) writeJSON(b *bytes.Buffer) {
	e, w, n := r.Counts()
	type counts struct {
		Errors   int `json:"errors"`
		Warnings int `json:"warnings"`
		Notes    int `json:"notes"`
	}
	out := struct {
		Collection string    `json:"collection"`
		Name       string    `json:"name,omitempty"`
		Summary    counts    `json:"summary"`
		Findings   []Finding `json:"findings"`
	}{r.Collection, r.Name, counts{e, w, n}, r.Findings}
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(out) // only strings, numbers and lists
}

// GitHub workflow commands: ::error file=…,line=…,col=…,title=…::message.
func (r *Result) writeGitHub(b *bytes.Buffer) {
	cmd := map[Severity]string{Error: "error", Warning: "warning", Note: "notice"}
	for _, f := range r.Findings {
		l := f.Location
		var props []string
		if l.File != "" {
			props = append(props, "file="+ghProperty(filepath.ToSlash(l.File)))
			if l.FileLine > 0 {
				props = append(props, fmt.Sprintf("line=%d", l.FileLine), fmt.Sprintf("col=%d", l.FileColumn))
			}
		}
		props = append(props, "title="+ghProperty("courier check "+f.Rule))
		msg := l.ItemLabel(r.Collection) + ": "
		if w := scriptWhat(l); w != "" {
			msg += w + ": "
		}
		msg += f.Message
		if l.JSONPath != "" {
			msg += " (" + l.JSONPath + ")"
		}
		fmt.Fprintf(b, "::%s %s::%s\n", cmd[f.Severity], strings.Join(props, ","), ghData(msg))
	}
	e, w, n := r.Counts()
	fmt.Fprintf(b, "courier check %s: %d errors, %d warnings, %d notes\n", r.Collection, e, w, n)
}

func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// fileURI is a file path as a SARIF artifact URI (a relative reference,
// percent-encoded).
func fileURI(p string) string {
	u := &url.URL{Path: filepath.ToSlash(p)}
	return u.String()
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string    `json:"id"`
	Name                 string    `json:"name"`
	ShortDescription     sarifText `json:"shortDescription"`
	FullDescription      sarifText `json:"fullDescription"`
	Help                 sarifText `json:"help"`
	DefaultConfiguration struct {
		Level string `json:"level"`
	} `json:"defaultConfiguration"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
		Region *sarifRegion `json:"region,omitempty"`
	} `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

func (r *Result) writeSARIF(b *bytes.Buffer, version string) error {
	run := sarifRun{ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	run.Tool.Driver = sarifDriver{Name: "courier check", Version: version, InformationURI: "https://github.com/courier-run/courier#courier-check"}
	index := map[string]int{}
	for i, rl := range Rules() {
		index[rl.ID] = i
		sr := sarifRule{ID: rl.ID, Name: rl.Name, ShortDescription: sarifText{rl.Short}, FullDescription: sarifText{rl.Full}, Help: sarifText{rl.Full}}
		sr.DefaultConfiguration.Level = rl.Severity.String()
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sr)
	}
	for _, f := range r.Findings {
		l := f.Location
		msg := l.ItemLabel(r.Collection) + ": "
		if w := scriptWhat(l); w != "" {
			msg += w + ": "
		}
		msg += f.Message
		res := sarifResult{RuleID: f.Rule, RuleIndex: index[f.Rule], Level: f.Severity.String(), Message: sarifText{msg}}
		var loc sarifLocation
		file := l.File
		if file == "" {
			file = r.Collection // a command-line option: shown on the collection
		}
		loc.PhysicalLocation.ArtifactLocation.URI = fileURI(file)
		if l.FileLine > 0 {
			loc.PhysicalLocation.Region = &sarifRegion{StartLine: l.FileLine, StartColumn: l.FileColumn}
		} else {
			loc.PhysicalLocation.Region = &sarifRegion{StartLine: 1}
		}
		if len(l.Item) > 0 {
			loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: strings.Join(l.Item, " / "), Kind: "object"}}
		}
		res.Locations = []sarifLocation{loc}
		sum := sha256.Sum256([]byte(f.Rule + "\x00" + l.File + "\x00" + strings.Join(l.Item, "\x00") + "\x00" + l.Event + "\x00" + l.JSONPath + "\x00" + f.Message))
		res.PartialFingerprints = map[string]string{"courierCheck/v1": hex.EncodeToString(sum[:16])}
		props := map[string]any{}
		if l.JSONPath != "" {
			props["jsonPath"] = l.JSONPath
		}
		if l.Event != "" {
			props["event"] = l.Event
		}
		if l.Line > 0 {
			props["scriptLine"], props["scriptColumn"] = l.Line, l.Column
		}
		if len(props) > 0 {
			res.Properties = props
		}
		run.Results = append(run.Results, res)
	}
	log := sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}}
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}
