package reporters

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/courier-run/courier/internal/redact"
)

func htmlFor(t *testing.T, name string, info RunInfo, o HTMLOptions) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, fxSummary(fxStreamNamed(t, name)), info, o); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestHTMLGolden(t *testing.T) {
	for _, c := range fxCases() {
		t.Run(c.name, func(t *testing.T) {
			out := htmlFor(t, c.name, RunInfo{Environment: Scope{Name: "staging <eu>"}}, HTMLOptions{})
			checkGolden(t, c.name+".html", []byte(out))
		})
	}
	t.Run("mixed-options", func(t *testing.T) {
		m := redact.New(redact.Options{})
		m.AddValue("secret-token-123")
		out := htmlFor(t, "mixed", RunInfo{}, HTMLOptions{Title: "Nightly <run> & co", OnlyFailures: true, MaxBody: 100, Mask: m.String, MaskHeader: m.Header})
		checkGolden(t, "mixed-options.html", []byte(out))
	})
}

func TestHTMLSummaryAndEscaping(t *testing.T) {
	out := htmlFor(t, "mixed", RunInfo{Environment: Scope{Name: "staging <eu>"}}, HTMLOptions{})
	for _, want := range []string{
		`<title>Shop &lt;API&gt; &amp; &#34;Co&#34; &#39;v1&#39; 🚀 – courier report</title>`,
		`<span id="status" class="status failed">failed</span>`,
		`Environment: staging &lt;eu&gt;`,
		`id="stat-iterations-total">2</td>`, `id="stat-iterations-failed">0</td>`,
		`id="stat-requests-total">6</td>`, `id="stat-requests-failed">2</td>`,
		`id="stat-test-scripts-total">6</td>`, `id="stat-test-scripts-failed">1</td>`,
		`id="stat-prerequest-scripts-total">6</td>`, `id="stat-prerequest-scripts-failed">1</td>`,
		`id="stat-assertions-total">11</td>`, `id="stat-assertions-failed">2</td>`,
		`7 passed · 2 skipped`,
		`<h2>Failures (6)</h2>`,
		`<span id="shown">6</span> of 6)`,
		// the folder tree, with roll-ups per iteration
		`<details class="folder" data-path="Пользователи/Details &lt;x&gt;">`,
		`<summary><span class="folder-name">Details &lt;x&gt;</span> <span class="rollup" data-requests="1" data-passed="0" data-failed="1" data-skipped="0"><span class="passed">0 passed</span> · <span class="failed">1 failed</span></span></summary>`,
		`<span class="name">Get user 😀</span>`,
		`data-search="пользователи / details &lt;x&gt; / get user 😀 get https://api.example.com/users/1?q=a&amp;b=%3cc%3e"`,
		`<span class="name">Create &lt;order&gt; &amp; &#34;pay&#34;</span>`,
		`GET https://api.example.com/users/1?q=a&amp;b=%3Cc%3E`,
		// JSON pretty-printed, highlighted and escaped.
		"<pre class=\"json\">{\n  <span class=\"j-key\">\"id\"</span>: <span class=\"j-num\">1</span>,\n  <span class=\"j-key\">\"name\"</span>: <span class=\"j-str\">\"Иван\"</span>,\n" +
			"  <span class=\"j-key\">\"tags\"</span>: [\n    <span class=\"j-str\">\"a\"</span>,\n    <span class=\"j-str\">\"&lt;b&gt;\"</span>\n  ],",
		// The visualizer template is shown as text, never run.
		`&lt;h1&gt;{{name}}&lt;/h1&gt;&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;`,
		"<pre class=\"vis-data\">{\n  &#34;name&#34;: &#34;Иван&#34;,\n  &#34;tags&#34;: [\n    &#34;a&#34;,\n    &#34;&lt;b&gt;&#34;\n  ]\n}</pre>",
		`<span class="level log">log</span>user loaded: Иван &lt;b&gt;`,
		`<strong>TypeError in prerequest-script (request)</strong>`,
		`connect ECONNREFUSED 127.0.0.1:9`,
		`<a href="#x4">Пользователи / Details &lt;x&gt; / Get user 😀</a>`,
		`<span class="msg">AssertionError: expected &#39;Пётр&#39; to deeply equal &#39;Иван&#39;</span>`,
		`<li class="skipped"><span class="mark">&#8211;</span>later: &lt;feature&gt; &amp; co <span class="note">(skipped)</span></li>`,
		`Bearer secret-token-123`, // no mask given
	} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	for _, bad := range []string{`<script>alert`, `<b>`, `<x>`, `<order>`, `<eu>`} {
		if strings.Contains(out, bad) {
			t.Errorf("page contains unescaped %q", bad)
		}
	}
	// Self-contained: one inline script, no external resources.
	if n := strings.Count(out, "<script"); n != 1 {
		t.Errorf("%d script elements, want 1", n)
	}
	if m := regexp.MustCompile(`(?i)<(link|img|object|embed)\b|\b(src|href|action)\s*=\s*"[^#"]`).FindString(out); m != "" {
		t.Errorf("external resource reference %q", m)
	}
	// pm.visualizer output is rendered only in script-less sandboxed frames filled from data-html
	if n, safe := strings.Count(out, "<iframe"), strings.Count(out, `<iframe class="vis" sandbox="" title="pm.visualizer output" data-html="`); n == 0 || n != safe {
		t.Errorf("%d iframes, %d of them sandboxed visualizer frames", n, safe)
	}
	if !strings.Contains(out, `default-src 'none'`) || !strings.Contains(out, "prefers-color-scheme: dark") {
		t.Error("missing CSP or dark mode styles")
	}
}

func TestHTMLOptions(t *testing.T) {
	m := redact.New(redact.Options{})
	m.AddValue("secret-token-123")
	tests := []struct {
		name   string
		o      HTMLOptions
		has    []string
		hasNot []string
	}{
		{"omit bodies", HTMLOptions{OmitBodies: true},
			[]string{"<h3>Request headers</h3>"},
			[]string{"<h3>Response body</h3>", "<h3>Request body</h3>"}},
		{"omit headers", HTMLOptions{OmitHeaders: true},
			[]string{"<h3>Response body</h3>", "<h3>Request body</h3>"},
			[]string{"<h3>Request headers</h3>", "<td>Content-Type</td>"}},
		{"only failures", HTMLOptions{OnlyFailures: true},
			[]string{`<h2>Failed requests (<span id="shown">4</span> of 4)</h2>`, `id="x4"`, `id="x5"`, `id="x3"`, `id="x6"`, `<h2>Failures (6)</h2>`,
				`id="stat-assertions-total">11</td>`},
			[]string{`id="x1"`, `id="x2"`, `href="#x1"`}},
		{"no dark, no scopes by default", HTMLOptions{},
			[]string{`<html lang="en">`, "Started 2026-01-02 ", " UTC</span>"},
			[]string{`class="dark"`, `id="environment"`, `id="globals"`}},
		{"title", HTMLOptions{Title: "Nightly <run> & co"},
			[]string{"<title>Nightly &lt;run&gt; &amp; co</title>"}, nil},
		{"body cap", HTMLOptions{MaxBody: 100},
			[]string{"Showing the first 100B of 6.8kB."}, nil},
		{"no body cap", HTMLOptions{MaxBody: -1},
			[]string{strings.Repeat("&lt;p&gt;ok &amp; fine&lt;/p&gt;\n", 400)}, []string{"Showing the first"}},
		// newman-reporter-htmlextra's options (-r htmlextra)
		{"omit request bodies", HTMLOptions{OmitRequestBodies: true},
			[]string{"<h3>Response body</h3>", "<h3>Request headers</h3>"},
			[]string{"<h3>Request body</h3>"}},
		{"omit response bodies", HTMLOptions{OmitResponseBodies: true},
			[]string{"<h3>Request body</h3>"},
			[]string{"<h3>Response body</h3>"}},
		{"hide bodies by request name", HTMLOptions{HideRequestBody: []string{`Create <order> & "pay"`}, HideResponseBody: []string{"Get user 😀"}},
			[]string{"<h3>Response body</h3>", "&lt;p&gt;ok &amp; fine&lt;/p&gt;"},
			[]string{"<h3>Request body</h3>", `"token"`}},
		{"skip headers", HTMLOptions{SkipHeaders: []string{"authorization", "SET-COOKIE"}},
			[]string{"<td>Accept</td>", "<td>Content-Type</td>"},
			[]string{"<td>Authorization</td>", "<td>Set-Cookie</td>", "Bearer secret-token-123", "sid=abc123"}},
		{"browser title", HTMLOptions{Title: "Heading", BrowserTitle: "Tab <t>"},
			[]string{"<title>Tab &lt;t&gt;</title>", `<h1 id="title">Heading `},
			[]string{"<title>Heading</title>"}},
		{"dark", HTMLOptions{Dark: true},
			[]string{`<html lang="en" class="dark">`, ":root.dark {"}, nil},
		{"time zone", HTMLOptions{Location: time.FixedZone("XYZ", 2*3600)},
			[]string{"Started 2026-01-02 05:04:05 XYZ (&#43;02:00)"},
			[]string{" UTC</span>"}},
		{"mask", HTMLOptions{Mask: m.String, MaskHeader: m.Header},
			[]string{`<td>Authorization</td><td>Bearer ********</td>`, `<td>Set-Cookie</td><td>sid=********; Path=/; HttpOnly</td>`, `<span class="j-key">"token"</span>: <span class="j-str">"********"</span>`},
			[]string{"secret-token-123", "abc123"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := htmlFor(t, "mixed", RunInfo{}, tt.o)
			for _, s := range tt.has {
				if !strings.Contains(out, s) {
					t.Errorf("lacks %q", s)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(out, s) {
					t.Errorf("contains %q", s)
				}
			}
		})
	}
}

func TestHTMLBodies(t *testing.T) {
	h := &htmlBuilder{o: HTMLOptions{MaxBody: 5}, mask: func(s string) string { return strings.ReplaceAll(s, "secret", "******") }}
	tests := []struct {
		name string
		body string
		size int
		ct   string
		text string
		note string
	}{
		{"json pretty", `{"a":[1,2]}`, 11, "", "{\n  \"a\": [\n    1,\n    2\n  ]\n}", ""},
		{"text cut at a rune start", "ййй", 6, "text/plain", "йй", "Showing the first 4B of 6B."},
		{"binary", "\x00\x01\x02", 3, "image/png; q=1", "", "Binary body (image/png, 3B) not shown."},
		{"invalid utf8", "\xff\xfe", 2, "", "", "Binary body (unknown type, 2B) not shown."},
		{"kept only in part", `{"a":`, 2000, "", `{"a":`, "Only the first 5B of 2kB were kept."},
		{"not kept", "", 1500, "", "", "Body of 1.5kB not kept."},
		{"masked before the cut", "secret", 6, "", "*****", "Showing the first 5B of 6B."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name != "masked before the cut" && tt.name != "text cut at a rune start" {
				h.o.MaxBody = 1000
			} else {
				h.o.MaxBody = 5
			}
			got := h.body([]byte(tt.body), tt.size, tt.ct)
			if got.Text != tt.text || got.Note != tt.note {
				t.Errorf("body = %q / %q, want %q / %q", got.Text, got.Note, tt.text, tt.note)
			}
		})
	}
}

func TestHTMLChromium(t *testing.T) {
	const chromium = "/usr/bin/chromium"
	if _, err := os.Stat(chromium); err != nil {
		t.Skip("chromium not installed (apt-get install chromium)")
	}
	if testing.Short() {
		t.Skip("-short")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, []byte(htmlFor(t, "mixed", RunInfo{}, HTMLOptions{})), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--dump-dom", "file://"+page)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	dom, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{
		`id="stat-assertions-total">11</td>`, `id="stat-assertions-failed">2</td>`,
		`id="stat-requests-total">6</td>`, `id="stat-iterations-failed">0</td>`,
		`<h2>Failures (6)</h2>`,
		// The script ran: it counted the executions it shows.
		`<span id="shown">6</span>`,
	} {
		if !bytes.Contains(dom, []byte(want)) {
			t.Errorf("rendered page lacks %q", want)
		}
	}
	if bytes.Contains(dom, []byte("<script>alert")) {
		t.Error("visualizer template became markup")
	}
}

func TestHTMLScopes(t *testing.T) {
	m := redact.New(redact.Options{})
	m.AddValue("s3cr3t-value")
	info := RunInfo{
		Environment: Scope{Name: "staging <eu>", JSON: []byte(`{"id":"e","values":[` +
			`{"type":"any","value":"https://x.test/<a>","key":"baseUrl"},` +
			`{"type":"secret","value":"********","key":"apiKey"},` +
			`{"type":"any","value":"s3cr3t-value","key":"copied"},` +
			`{"type":"any","value":7,"key":"n","disabled":true},` +
			`{"type":"any","value":"drop me","key":"skipped"}]}`)},
		Globals: Scope{Values: []ScopeVariable{{Key: "g1", Value: "gv", Type: "any"}}},
	}
	out := htmlFor(t, "mixed", info, HTMLOptions{ShowEnvironment: true, ShowGlobals: true, SkipEnvironmentVars: []string{"skipped"}, Mask: m.String})
	for _, want := range []string{
		`<section id="environment" aria-label="Environment">`,
		`<h2>Environment <span class="path">staging &lt;eu&gt;</span></h2>`,
		`<td>baseUrl</td><td>https://x.test/&lt;a&gt;</td>`,
		`<td>apiKey</td><td>********</td>`,
		`<td>copied</td><td>********</td>`,
		`<tr class="disabled"><td>n</td><td>7</td>`,
		`<section id="globals" aria-label="Globals">`,
		`<td>g1</td><td>gv</td>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q", want)
		}
	}
	for _, bad := range []string{"s3cr3t-value", "drop me", "<td>skipped</td>"} {
		if strings.Contains(out, bad) {
			t.Errorf("contains %q", bad)
		}
	}
	if out := htmlFor(t, "mixed", info, HTMLOptions{ShowGlobals: true}); strings.Contains(out, `id="environment"`) || !strings.Contains(out, `id="globals"`) {
		t.Error("ShowGlobals alone: want the globals section only")
	}
}
