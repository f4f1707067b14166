package reporters

import (
	"bytes"
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/internal/redact"
)

// htmlOf writes the report of a summary built by hand.
func htmlOf(t *testing.T, s *events.Summary, info RunInfo, o HTMLOptions) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, s, info, o); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// fxExec is an execution for hand-built summaries: status "passed",
// "failed" (a failed assertion) or "skipped".
func fxExec(iteration, cycles int, status, name string, path ...string) *events.Execution {
	x := &events.Execution{
		Cursor: events.Cursor{Iteration: iteration, Cycles: cycles, Ref: name + "@" + strconv.Itoa(iteration)},
		Item:   events.Item{ID: "id-" + name, Name: name, Path: path},
	}
	switch status {
	case "skipped":
		x.Skipped = true
	case "failed":
		x.Assertions = []events.AssertionResult{{Name: "it works", Error: &events.Error{Name: "AssertionError", Message: "no"}}}
	default:
		x.Assertions = []events.AssertionResult{{Name: "it works"}}
	}
	return x
}

// structure is the page's tree as lines: "iteration N", "folder PATH
// requests/passed/failed/skipped open?", "exec ID STATUS", "end".
func structure(page string) []string {
	re := regexp.MustCompile(`<section class="iteration" data-iteration="(\d+)"|<details class="folder[^"]*" data-path="([^"]*)"( open)?>\n<summary>.*?data-requests="(\d+)" data-passed="(\d+)" data-failed="(\d+)" data-skipped="(\d+)"|<details class="exec [a-z]+" id="(x\d+)" data-status="([a-z]+)"|</div></details>`)
	var out []string
	for _, m := range re.FindAllStringSubmatch(page, -1) {
		switch {
		case m[1] != "":
			out = append(out, "iteration "+m[1])
		case strings.HasPrefix(m[0], "<details class=\"folder"):
			line := "folder " + html.UnescapeString(m[2]) + " " + m[4] + "/" + m[5] + "/" + m[6] + "/" + m[7]
			if m[3] != "" {
				line += " open"
			}
			out = append(out, line)
		case m[8] != "":
			out = append(out, "exec "+m[8]+" "+m[9])
		case m[0] == "</div></details>":
			out = append(out, "end")
		}
	}
	return out
}

func TestHTMLFolderTree(t *testing.T) {
	tests := []struct {
		name  string
		execs []*events.Execution
		o     HTMLOptions
		want  []string
	}{
		{
			// a setNextRequest jump ran A/r3 after B/r2: it is listed under
			// A, which shows once with both its requests
			name: "out of folder order",
			execs: []*events.Execution{
				fxExec(0, 1, "passed", "root1"),
				fxExec(0, 1, "passed", "r1", "A"),
				fxExec(0, 1, "failed", "r2", "B", "C"),
				fxExec(0, 1, "skipped", "r3", "A"),
				fxExec(0, 1, "passed", "r4", "A", "D"),
				fxExec(0, 1, "passed", "root2"),
			},
			want: []string{
				"iteration 0",
				"exec x1 passed",
				"folder A 3/2/0/1", "exec x2 passed", "exec x4 skipped",
				"folder A/D 1/1/0/0", "exec x5 passed", "end",
				"end",
				"folder B 1/0/1/0 open", "folder B/C 1/0/1/0 open", "exec x3 failed", "end", "end",
				"exec x6 passed",
			},
		},
		{
			// iterations in order even when a parallel run's executions
			// interleave; counts per iteration
			name: "iterations",
			execs: []*events.Execution{
				fxExec(1, 2, "failed", "r1", "A"),
				fxExec(0, 2, "passed", "r1", "A"),
				fxExec(1, 2, "passed", "r2", "A"),
				fxExec(0, 2, "passed", "r2", "A"),
			},
			want: []string{
				"iteration 0", "folder A 2/2/0/0", "exec x2 passed", "exec x4 passed", "end",
				"iteration 1", "folder A 2/1/1/0 open", "exec x1 failed", "exec x3 passed", "end",
			},
		},
		{
			// only failures: the roll-ups still count every request, and a
			// folder without failures is left out
			name: "only failures",
			o:    HTMLOptions{OnlyFailures: true},
			execs: []*events.Execution{
				fxExec(0, 1, "passed", "r1", "A"),
				fxExec(0, 1, "failed", "r2", "A"),
				fxExec(0, 1, "passed", "r3", "B"),
			},
			want: []string{"iteration 0", "folder A 2/1/1/0 open", "exec x2 failed", "end"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := htmlOf(t, &events.Summary{Executions: tt.execs}, RunInfo{}, tt.o)
			got := structure(page)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("tree:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestHTMLSeveralCollections(t *testing.T) {
	a, b := fxExec(0, 1, "passed", "r1", "F"), fxExec(0, 1, "failed", "r1", "F")
	a.Collection, b.Collection, b.CollectionIndex = "first", "second <2>", 1
	b.Cursor.Ref = "other"
	got := structure(htmlOf(t, &events.Summary{Executions: []*events.Execution{a, b}}, RunInfo{}, HTMLOptions{}))
	want := []string{"iteration 0",
		"folder first 1/1/0/0", "folder first/F 1/1/0/0", "exec x1 passed", "end", "end",
		"folder second <2> 1/0/1/0 open", "folder second <2>/F 1/0/1/0 open", "exec x2 failed", "end", "end"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("tree:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestHTMLIterationSwitcher(t *testing.T) {
	mixed := htmlFor(t, "mixed", RunInfo{}, HTMLOptions{})
	for _, want := range []string{
		`<nav id="iterations" aria-label="Iterations">`,
		`<button type="button" data-iteration="all" aria-pressed="true">All iterations</button>`,
		`<button type="button" data-iteration="0" aria-pressed="false">Iteration 1 <span class="count bad">1 failed</span></button>`,
		`<button type="button" data-iteration="1" aria-pressed="false">Iteration 2 <span class="count bad">3 failed</span></button>`,
		`<section class="iteration" data-iteration="1" aria-labelledby="iter-1">`,
		`<h3 class="iter-h" id="iter-1">Iteration 2 <span class="iter-rollup" data-requests="3" data-passed="0" data-failed="3" data-skipped="0">0 passed · 3 failed</span></h3>`,
	} {
		if !strings.Contains(mixed, want) {
			t.Errorf("lacks %q", want)
		}
	}
	single := htmlFor(t, "single", RunInfo{}, HTMLOptions{})
	if strings.Contains(single, `id="iterations"`) || strings.Contains(single, `class="iter-h"`) || strings.Count(single, `<section class="iteration" data-iteration="0">`) != 1 {
		t.Error("one iteration: want one iteration section, no switcher and no heading")
	}
	if !strings.Contains(single, `<details class="folder" data-path="Later">`+"\n"+`<summary><span class="folder-name">Later</span> <span class="rollup" data-requests="1" data-passed="0" data-failed="0" data-skipped="1"><span class="passed">0 passed</span> · <span class="skipped">1 skipped</span></span></summary>`) {
		t.Error("the skipped request's folder lacks its roll-up")
	}
}

// Each execution has five tabs, one selected, controlling the panel shown
// first; a failed execution opens on its assertions.
func TestHTMLTabs(t *testing.T) {
	page := htmlFor(t, "mixed", RunInfo{}, HTMLOptions{})
	tabRE := regexp.MustCompile(`<button type="button" role="tab" id="(x\d+)-([a-z]+)-tab" aria-controls="(x\d+)-([a-z]+)" aria-selected="(true|false)"( tabindex="-1")? data-tab="([a-z]+)">`)
	selected := map[string]string{}
	count := map[string]int{}
	for _, m := range tabRE.FindAllStringSubmatch(page, -1) {
		if m[1] != m[3] || m[2] != m[4] || m[2] != m[7] {
			t.Errorf("tab ids disagree: %s", m[0])
		}
		if (m[5] == "true") == (m[6] != "") {
			t.Errorf("a selected tab must be the one in the tab order: %s", m[0])
		}
		count[m[1]]++
		if m[5] == "true" {
			if selected[m[1]] != "" {
				t.Errorf("%s: two tabs selected", m[1])
			}
			selected[m[1]] = m[2]
		}
		panel := `<div role="tabpanel" id="` + m[1] + "-" + m[2] + `" aria-labelledby="` + m[1] + "-" + m[2] + `-tab" data-panel="` + m[2] + `"`
		if m[5] == "true" {
			panel += ` class="on"`
		}
		if !strings.Contains(page, panel+">") {
			t.Errorf("no panel %s", panel)
		}
	}
	want := map[string]string{"x1": "response", "x2": "response", "x3": "assertions", "x4": "assertions", "x5": "response", "x6": "request"}
	for x, tab := range want {
		if count[x] != 5 || selected[x] != tab {
			t.Errorf("%s: %d tabs, %q selected; want 5, %q", x, count[x], selected[x], tab)
		}
	}
	for _, label := range []string{`data-tab="assertions">Assertions (1 failed)</button>`, `data-tab="console">Console (1)</button>`, `data-tab="assertions">Assertions (2)</button>`} {
		if !strings.Contains(page, label) {
			t.Errorf("lacks %q", label)
		}
	}
	// without the script the tab list hides and every panel shows
	css, _ := htmlAssets.ReadFile("assets/report.css")
	for _, rule := range []string{`html:not(.js) [role="tablist"] { display: none; }`, `html.js [role="tabpanel"]:not(.on) { display: none; }`} {
		if !bytes.Contains(css, []byte(rule)) {
			t.Errorf("style sheet lacks %q", rule)
		}
	}
}

// A closed execution's details are the text of a <noscript> (parsed as
// text when scripts run, as elements when not); nothing from the run can
// close it early.
func TestHTMLLazyDetails(t *testing.T) {
	x := fxExec(0, 1, "passed", "evil </noscript><script>alert(1)</script>")
	x.Request = &events.Request{Method: "GET", URL: "http://x.test/</noscript>", Headers: []events.Header{{Key: "X-</noscript>", Value: "</noscript>"}}}
	x.Response = &events.Response{Code: 200, Status: "OK", Body: []byte(`{"a":"</noscript><img src=x>"}`), Size: 30}
	x.Console = []events.Console{{Level: "log", Messages: []string{"</noscript>"}}}
	f := fxExec(0, 1, "failed", "failing")
	f.Cursor.Ref = "f"
	page := htmlOf(t, &events.Summary{Executions: []*events.Execution{x, f}}, RunInfo{}, HTMLOptions{})
	if n, m := strings.Count(page, `<noscript class="lazy">`), strings.Count(page, "</noscript>"); n != 1 || m != 1 {
		t.Errorf("%d lazy blocks, %d </noscript>: want 1 and 1", n, m)
	}
	i, j := strings.Index(page, `<details class="exec passed" id="x1"`), strings.Index(page, `<details class="exec failed" id="x2"`)
	if i < 0 || j < 0 {
		t.Fatal("executions missing")
	}
	lazy := page[i:j]
	if !strings.Contains(lazy, "</summary>\n<noscript class=\"lazy\"><div class=\"body\">") || !strings.HasSuffix(lazy, "</div>\n</div></noscript>\n</details>\n") {
		t.Errorf("the passing execution's details are not in one <noscript>:\n%s", lazy)
	}
	if strings.Contains(page[j:], "noscript") || !strings.Contains(page[j:], `<details class="exec failed" id="x2" data-status="failed" data-search="failing  " open>`) {
		t.Error("a failed execution shows open, its details as elements")
	}
}

// Only the first htmlMaxOpen failed executions show open; the rest start
// closed and lazy.
func TestHTMLMaxOpen(t *testing.T) {
	var xs []*events.Execution
	for i := 0; i < htmlMaxOpen+5; i++ {
		x := fxExec(0, 1, "failed", "r"+strconv.Itoa(i))
		xs = append(xs, x)
	}
	page := htmlOf(t, &events.Summary{Executions: xs}, RunInfo{}, HTMLOptions{})
	if n := strings.Count(page, `data-status="failed" data-search=`); n != htmlMaxOpen+5 {
		t.Fatalf("%d executions", n)
	}
	if n := regexp.MustCompile(`data-status="failed" data-search="[^"]*" open>`).FindAllStringIndex(page, -1); len(n) != htmlMaxOpen {
		t.Errorf("%d open, want %d", len(n), htmlMaxOpen)
	}
	if n := strings.Count(page, `<noscript class="lazy">`); n != 5 {
		t.Errorf("%d lazy, want 5", n)
	}
}

func TestHTMLVariables(t *testing.T) {
	m := redact.New(redact.Options{})
	m.AddValue("s3cr3t")
	start := &RunScopes{
		Environment: Scope{Name: "staging <eu>", Values: []ScopeVariable{
			{Key: "base", Value: "http://x.test/<a>"}, {Key: "token", Value: "s3cr3t"}, {Key: "dup", Value: "1"}, {Key: "dup", Value: "2"},
			{Key: "gone", Value: "g"}, {Key: "off", Value: "o", Disabled: true}, {Key: "skipme", Value: "hidden value"}}},
		Globals:    Scope{Values: []ScopeVariable{{Key: "n", Value: 7.0}}},
		Collection: Scope{Name: "Shop", Values: []ScopeVariable{{Key: "cv", Value: "c1"}}},
	}
	end := &RunScopes{
		Environment: Scope{Name: "staging <eu>", Values: []ScopeVariable{
			{Key: "base", Value: "http://x.test/<a>"}, {Key: "token", Value: "s3cr3t"}, {Key: "dup", Value: "1"}, {Key: "dup", Value: "three"},
			{Key: "off", Value: "o", Disabled: true}, {Key: "new", Value: map[string]any{"a": true}}, {Key: "skipme", Value: "hidden value"}}},
		Globals:    Scope{Values: []ScopeVariable{{Key: "n", Value: 8.0}}},
		Collection: Scope{Name: "Shop", Values: []ScopeVariable{{Key: "cv", Value: "c1"}}},
	}
	page := htmlFor(t, "mixed", RunInfo{VarsStart: start, VarsEnd: end}, HTMLOptions{Mask: m.String, SkipEnvironmentVars: []string{"skipme"}})
	i := strings.Index(page, `<section id="variables"`)
	if i < 0 {
		t.Fatal("no variables section")
	}
	sec := page[i : i+strings.Index(page[i:], "</section>")]
	for _, want := range []string{
		`<table class="headers vars" id="vars-start">`, `<table class="headers vars" id="vars-end">`,
		`<tbody id="vars-start-environment">` + "\n" + `<tr><th colspan="2" scope="rowgroup">Environment <span class="path">staging &lt;eu&gt;</span></th></tr>`,
		`<tr><td>base</td><td>http://x.test/&lt;a&gt;</td></tr>`,
		`<tr><td>token</td><td>********</td></tr>`,
		`<tr class="disabled"><td>off</td><td>o</td></tr>`,
		`<tbody id="vars-end-environment">` + "\n" + `<tr><th colspan="2" scope="rowgroup">Environment <span class="path">staging &lt;eu&gt;</span> <span class="changes">1 changed · 1 new · 1 unset</span></th></tr>`,
		// duplicate keys pair in order: the first dup is unchanged
		`<tr><td>dup</td><td>1</td></tr>` + "\n" + `<tr class="var-changed"><td>dup</td><td>three <span class="badge var-changed">changed</span></td></tr>`,
		`<tr class="var-new"><td>new</td><td>{&#34;a&#34;:true} <span class="badge var-new">new</span></td></tr>`,
		`<tr class="var-unset"><td>gone</td><td><span class="badge var-unset">unset</span></td></tr>`,
		`<tbody id="vars-start-globals">` + "\n" + `<tr><th colspan="2" scope="rowgroup">Globals</th></tr>` + "\n" + `<tr><td>n</td><td>7</td></tr>`,
		`<tr class="var-changed"><td>n</td><td>8 <span class="badge var-changed">changed</span></td></tr>`,
		`<tr><th colspan="2" scope="rowgroup">Collection variables <span class="path">Shop</span> <span class="changes">unchanged</span></th></tr>`,
	} {
		if !strings.Contains(sec, want) {
			t.Errorf("lacks %q", want)
		}
	}
	for _, bad := range []string{"s3cr3t", "skipme", "hidden value"} {
		if strings.Contains(sec, bad) {
			t.Errorf("contains %q", bad)
		}
	}
	// an end the run never reached, and no variables at all
	page = htmlFor(t, "mixed", RunInfo{VarsStart: start}, HTMLOptions{})
	if !strings.Contains(page, `<table class="headers vars" id="vars-end">`+"\n<caption>At the end of the run</caption>\n<tbody><tr><td class=\"empty\">Not known: the run did not get that far.</td></tr></tbody>") {
		t.Error("an unknown end: want a table saying so")
	}
	if page := htmlFor(t, "mixed", RunInfo{}, HTMLOptions{}); strings.Contains(page, `id="variables"`) {
		t.Error("no variables given: want no section")
	}
}
