package reporters

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/internal/redact"
)

func fxStreamNamed(t *testing.T, name string) []events.Event {
	t.Helper()
	for _, c := range fxCases() {
		if c.name == name {
			return c.stream()
		}
	}
	t.Fatalf("no fixture %q", name)
	return nil
}

func TestEmojitrain(t *testing.T) {
	tests := []struct {
		fixture, want string
	}{
		{"mixed", "😀 😀 😢 😢 😢 😢  😭\n6 requests (4 failed), 11 assertions (2 failed, 2 skipped)\n"},
		{"single", "😀 😀  😍\n2 requests, 3 assertions (1 skipped)\n"},
		{"aborted", "😢  😭\n1 request (1 failed), 1 assertion (1 failed); run aborted: timeout\n"},
		{"empty", " 😍\n0 requests, 0 assertions\n"},
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			var buf bytes.Buffer
			fxFeed(NewEmojitrain(&buf), fxStreamNamed(t, tt.fixture))
			if buf.String() != tt.want {
				t.Errorf("got\n%q\nwant\n%q", buf.String(), tt.want)
			}
			checkGolden(t, tt.fixture+".emojitrain", buf.Bytes())
		})
	}
}

func TestProgressSilentWithoutTTY(t *testing.T) {
	for _, c := range fxCases() {
		var buf bytes.Buffer
		fxFeed(NewProgress(&buf, false), c.stream())
		if buf.Len() != 0 {
			t.Errorf("%s: wrote %q without a terminal", c.name, buf.String())
		}
	}
}

func TestProgress(t *testing.T) {
	const (
		empty = "----------------------------------------"
		half  = "====================--------------------"
		full  = "========================================"
	)
	tests := []struct {
		fixture string
		want    []string // lines drawn, in order
	}{
		{"single", []string{
			"[" + empty + "] 0% | ETA: ? | 0/2",
			"[" + half + "] 50% | ETA: ? | 1/2",
			"[" + full + "] 100% | ETA: 0s | 2/2",
			"[" + full + "] 100% | ETA: 0s | 2/2",
		}},
		// Aborted after 1 of 6 items: 1*40/6 = 6 cells.
		{"aborted", []string{
			"[" + empty + "] 0% | ETA: ? | 0/6",
			"[======" + empty[6:] + "] 16% | ETA: ? | 1/6",
			"[======" + empty[6:] + "] 16% | ETA: ? | 1/6",
		}},
		{"empty", []string{
			"[" + empty + "] 0% | ETA: 0s | 0/0",
			"[" + empty + "] 0% | ETA: 0s | 0/0",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			var buf bytes.Buffer
			fxFeed(NewProgress(&buf, true), fxStreamNamed(t, tt.fixture))
			var want strings.Builder
			for _, l := range tt.want {
				want.WriteString("\r" + l + "\x1b[K")
			}
			want.WriteString("\n")
			if buf.String() != want.String() {
				t.Errorf("got\n%q\nwant\n%q", buf.String(), want.String())
			}
			checkGolden(t, tt.fixture+".progress", buf.Bytes())
		})
	}
}

func TestProgressLongRunRedrawsSparingly(t *testing.T) {
	var buf bytes.Buffer
	p := NewProgress(&buf, true)
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	p.Handle(events.RunStart{Iterations: 2, Length: 1000, Time: start})
	for i := 0; i < 2000; i++ {
		p.Handle(events.ItemStart{Time: start.Add(time.Duration(i) * time.Millisecond)})
		p.Handle(events.ItemEnd{})
	}
	p.Handle(events.RunEnd{Time: start.Add(2 * time.Second)})
	out := buf.String()
	// One draw per percent (100), one every 100 ms of run time (20), the
	// first and the last: never one per item.
	if n := strings.Count(out, "\r"); n > 125 || n < 100 {
		t.Errorf("%d redraws for 2000 items", n)
	}
	if !strings.HasSuffix(out, "] 100% | ETA: 0s | 2000/2000\x1b[K\n") {
		t.Errorf("last draw %q", out[max(0, len(out)-80):])
	}
	mid := "\r[====================--------------------] 50% | ETA: 1s | 1000/2000\x1b[K"
	if !strings.Contains(out, mid) {
		t.Errorf("no half-way draw %q", mid)
	}
}

func TestGitHubAnnotations(t *testing.T) {
	var buf, sum bytes.Buffer
	fxFeed(NewGitHub(&buf, &sum), fxMixed())
	want := strings.Join([]string{
		"::error title=Ops / Health › request (iteration 1)::Error: connect ECONNREFUSED 127.0.0.1:9%0AGET http://127.0.0.1:9/health",
		"::error title=Ops / Health › status is ok (iteration 1)::TypeError: Cannot read properties of undefined (reading 'code')",
		"::error title=Пользователи / Details <x> / Get user 😀 › Name is Иван (iteration 2)::AssertionError: expected 'Пётр' to deeply equal 'Иван'",
		`::error title=Create <order> & "pay" › prerequest-script (iteration 2)::TypeError: Cannot read properties of undefined (reading 'x')%0A    at prerequest.js:3:14`,
		"::error title=Ops / Health › request (iteration 2)::Error: connect ECONNREFUSED 127.0.0.1:9%0AGET http://127.0.0.1:9/health",
		"::error title=Ops / Health › test-script (iteration 2)::ReferenceError: respons is not defined%0A    at test.js:1:1",
	}, "\n") + "\n"
	if buf.String() != want {
		t.Errorf("annotations\n%s\nwant\n%s", buf.String(), want)
	}
	checkGolden(t, "mixed.github", buf.Bytes())
	checkGolden(t, "mixed.github-summary.md", sum.Bytes())

	md := sum.String()
	for _, s := range []string{
		"### ❌ courier: Shop \\<API\\> \\& \"Co\" 'v1' 🚀\n",
		"| iterations | 2 | 0 |\n", // never counted, as in Newman
		"| requests | 6 | 2 |\n",
		"| test-scripts | 6 | 1 |\n",
		"| prerequest-scripts | 6 | 1 |\n",
		"| assertions | 11 | 2 |\n",
		"skipped assertions: 2 · total run duration: 438ms · average response time: 86ms (min 42ms, max 130ms)",
		"| 3 | AssertionError | Пользователи / Details \\<x\\> / Get user 😀 | Name is Иван | 2 | AssertionError: expected 'Пётр' to deeply equal 'Иван' |\n",
	} {
		if !strings.Contains(md, s) {
			t.Errorf("summary lacks %q:\n%s", s, md)
		}
	}
	if n := strings.Count(md, "\n| ") - 9; n != 6 { // 7 lines of counts, 2 of headings
		t.Errorf("%d failure rows, want 6", n)
	}
}

func TestGitHubNoSummaryFile(t *testing.T) {
	var buf bytes.Buffer
	fxFeed(NewGitHub(&buf, nil), fxSingle())
	if buf.Len() != 0 {
		t.Errorf("passing run wrote %q", buf.String())
	}
}

func TestGitHubAbortedAndCapped(t *testing.T) {
	var buf, sum bytes.Buffer
	g := NewGitHub(&buf, &sum)
	g.MaxFailures = 1
	fxFeed(g, fxAborted())
	want := "::error title=Slow call › fast enough (iteration 1)::AssertionError: expected 900 to be below 500\n" +
		"::error title=courier run::Error: callback timed out\n"
	if buf.String() != want {
		t.Errorf("got\n%q\nwant\n%q", buf.String(), want)
	}
	md := sum.String()
	if !strings.Contains(md, "**Run aborted: timeout**") || !strings.Contains(md, "… and 1 more failure (see the annotations and the job log).") {
		t.Errorf("summary:\n%s", md)
	}
	checkGolden(t, "aborted.github-summary.md", sum.Bytes())
}

func TestGitHubMask(t *testing.T) {
	m := redact.New(redact.Options{})
	m.AddValue("Иван")
	var buf, sum bytes.Buffer
	g := NewGitHub(&buf, &sum)
	g.Mask = m.String
	fxFeed(g, fxMixed())
	if strings.Contains(buf.String(), "Иван") || strings.Contains(sum.String(), "Иван") {
		t.Errorf("secret printed:\n%s\n%s", buf.String(), sum.String())
	}
	if !strings.Contains(buf.String(), "› Name is ******** (iteration 2)::") {
		t.Errorf("mask not applied to the title:\n%s", buf.String())
	}
}

func TestGitHubEscape(t *testing.T) {
	tests := []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"},
		{"k: v, w", "k: v, w", "k%3A v%2C w"},
		{"%0A", "%250A", "%250A"},
		{"::set-output name=x::y", "::set-output name=x::y", "%3A%3Aset-output name=x%3A%3Ay"},
	}
	for _, tt := range tests {
		if got := ghEscapeData(tt.in); got != tt.data {
			t.Errorf("ghEscapeData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := ghEscapeProperty(tt.in); got != tt.prop {
			t.Errorf("ghEscapeProperty(%q) = %q, want %q", tt.in, got, tt.prop)
		}
	}
}

func TestMarkdownEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain Иван 😀", "plain Иван 😀"},
		{"a|b", `a\|b`},
		{"<script>&amp;", `\<script\>\&amp;`},
		{"**bold** _x_ `c` [l](u)", `\*\*bold\*\* \_x\_ \` + "`" + `c\` + "`" + ` \[l\](u)`},
		{"@user #1 $x$ ~y~ ![i]", `\@user \#1 \$x\$ \~y\~ \!\[i\]`},
		{"a\nb\r\nc", "a<br>b<br>c"},
		{"bell\x07", "bell\uFFFD"},
		{`back\slash`, `back\\slash`},
	}
	for _, tt := range tests {
		if got := mdEscape(tt.in); got != tt.want {
			t.Errorf("mdEscape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
