package reporters

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/courier-run/courier/collections/diff"
	"github.com/courier-run/courier/events"
)

// baselineJSON is a hand-written json report of an earlier run: "Login"
// passed its assertion in 10 ms, "Orders" failed one, "Legacy" ran and is
// gone from the current run.
const baselineJSON = `{"run": {
  "executions": [
    {"cursor": {"iteration": 0}, "item": {"name": "Login"}, "response": {"code": 200, "status": "OK", "responseTime": 10},
     "assertions": [{"assertion": "status is 200"}]},
    {"cursor": {"iteration": 0}, "item": {"name": "Orders"}, "response": {"code": 500, "status": "Internal Server Error", "responseTime": 20},
     "assertions": [{"assertion": "orders listed", "error": {"message": "expected 500 to equal 200"}}]},
    {"cursor": {"iteration": 0}, "item": {"name": "Legacy"}, "response": {"code": 200, "status": "OK", "responseTime": 5},
     "assertions": [{"assertion": "still there"}]}
  ],
  "failures": [{"at": "assertion:0 in test-script", "source": {"name": "Orders"}, "cursor": {"iteration": 0},
    "error": {"name": "AssertionError", "message": "expected 500 to equal 200"}}]
}}`

// baselineCurrent is the current run: "Login" now fails and takes 600 ms,
// "Orders" passes, "Search" is new.
func baselineCurrent() []events.Event {
	b := newFxStream("Shop", "c1", 1, 3)
	b.iterationStart(0)
	resp := func(code int, status string, ms int) *events.Response {
		return &events.Response{Code: code, Status: status, ResponseTime: time.Duration(ms) * time.Millisecond}
	}
	b.item(fxItem{item: fxItemNamed("Login"), req: events.Request{Method: "POST", URL: "http://127.0.0.1/login"},
		resp: resp(401, "Unauthorized", 600), asserts: []fxAssert{{name: "status is 200", err: fxAssertionError("expected 401 to equal 200")}}}, 600)
	b.item(fxItem{item: fxItemNamed("Orders"), req: events.Request{Method: "GET", URL: "http://127.0.0.1/orders"},
		resp: resp(200, "OK", 25), asserts: []fxAssert{{name: "orders listed"}}}, 25)
	b.item(fxItem{item: fxItemNamed("Search"), req: events.Request{Method: "GET", URL: "http://127.0.0.1/search"},
		resp: resp(200, "OK", 7), asserts: []fxAssert{{name: "results"}}}, 7)
	b.iterationEnd()
	return b.end(false, "", nil)
}

func testBaseline(t *testing.T) *Baseline {
	t.Helper()
	env := Env{ReadFile: func(p string) ([]byte, error) {
		if p != "first.json" {
			return nil, errors.New("unexpected file " + p)
		}
		return []byte(baselineJSON), nil
	}}
	b, err := newBaseline("cli", env, Options{"baseline": "first.json"})
	if err != nil || b == nil {
		t.Fatalf("newBaseline: %v, %v", b, err)
	}
	return b
}

func TestDiffRunFromSummary(t *testing.T) {
	s := events.NewSummary(events.SummaryOptions{Executions: true})
	fxFeed(s, baselineCurrent())
	r := DiffRun(s, func(s string) string { return strings.ReplaceAll(s, "Search", "S****") })
	if len(r.Executions) != 3 {
		t.Fatalf("executions: %+v", r.Executions)
	}
	l := r.Executions[0]
	if l.Name != "Login" || l.Code != 401 || !l.HasTime || l.Time != 600 || len(l.Assertions) != 1 ||
		!l.Assertions[0].Failed || l.Assertions[0].Message != "expected 401 to equal 200" {
		t.Errorf("Login: %+v", l)
	}
	if r.Executions[2].Name != "S****" {
		t.Errorf("names are not masked: %q", r.Executions[2].Name)
	}
	if len(r.Failures) != 0 {
		t.Errorf("assertion failures are counted through the executions: %+v", r.Failures)
	}
	// a report of the run read back compares equal to the run itself
	if res := diff.Runs(DiffRun(s, nil), DiffRun(s, nil), diff.DefaultRunOptions()); !res.Identical() {
		t.Errorf("a run differs from itself: %+v", res.Changes)
	}
}

func TestCLIBaseline(t *testing.T) {
	var out bytes.Buffer
	c := NewCLI(&out, CLIOptions{NoBanner: true, Baseline: testBaseline(t)})
	fxFeed(c, baselineCurrent())
	got := out.String()
	checkGolden(t, "cli-baseline.txt", []byte(got))
	i := strings.Index(got, "since the baseline (first.json)\n")
	if i < 0 {
		t.Fatalf("no baseline block:\n%s", got)
	}
	if j := strings.Index(got, "┌"); j < 0 || j > i {
		t.Errorf("the baseline block is not after the summary table:\n%s", got)
	}
	block := got[i:]
	for _, want := range []string{
		"newly failing 1, newly passing 1, appeared 1, disappeared 1, slower 1, faster 0\n",
		`Login: "status is 200" newly fails: expected 401 to equal 200`,
		`Orders: "orders listed" newly passes`,
		"Search: request appeared (1 assertion)",
		"Legacy: request disappeared (had 1 assertion)",
		"Login: slower: 600ms, was 10ms",
	} {
		if !strings.Contains(block, want) {
			t.Errorf("missing %q in\n%s", want, block)
		}
	}
	// the newly failing assertion is listed first
	lines := strings.Split(block, "\n")
	if len(lines) < 3 || !strings.Contains(lines[2], "newly fails") {
		t.Errorf("newly failing not first:\n%s", block)
	}
}

func TestHTMLBaseline(t *testing.T) {
	s := events.NewSummary(htmlKeeps(Options{}))
	fxFeed(s, baselineCurrent())
	var buf bytes.Buffer
	if err := WriteHTML(&buf, s, RunInfo{}, HTMLOptions{Baseline: testBaseline(t)}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if !strings.Contains(page, `content="default-src 'none';`) {
		t.Error("the CSP is gone")
	}
	if regexp.MustCompile(`(src|href)="https?:`).MatchString(page) {
		t.Error("the page fetches something")
	}
	sec := page[strings.Index(page, `<section id="baseline"`):]
	sec = sec[:strings.Index(sec, "</section>")]
	if strings.Index(page, `<section id="baseline"`) > strings.Index(page, `<section class="cards"`) {
		t.Error("the baseline section is not at the top")
	}
	for _, want := range []string{
		`<h2>Since the baseline <span class="path">first.json</span></h2>`,
		`id="baseline-failing">newly failing <strong>1</strong>`,
		`id="baseline-passing">newly passing <strong>1</strong>`,
		`id="baseline-appeared">appeared <strong>1</strong>`,
		`id="baseline-disappeared">disappeared <strong>1</strong>`,
		`id="baseline-slower">slower <strong>1</strong>`,
		`id="baseline-faster">faster <strong>0</strong>`,
		`<a href="#x1">Login</a>: &#34;status is 200&#34; newly fails`,
		`Legacy: request disappeared`,
	} {
		if !strings.Contains(sec, want) {
			t.Errorf("missing %q in the section\n%s", want, sec)
		}
	}
	// the badges of each execution, in its summary line
	badges := func(anchor string) string {
		i := strings.Index(page, `id="`+anchor+`"`)
		if i < 0 {
			t.Fatalf("no execution %s", anchor)
		}
		sum := page[i:]
		sum = sum[:strings.Index(sum, "</summary>")]
		var got []string
		for _, m := range regexp.MustCompile(`class="badge bl-(\w+)"`).FindAllStringSubmatch(sum, -1) {
			got = append(got, m[1])
		}
		return strings.Join(got, ",")
	}
	for anchor, want := range map[string]string{"x1": "failing,slower", "x2": "passing", "x3": "appeared"} {
		if got := badges(anchor); got != want {
			t.Errorf("%s badges %q, want %q", anchor, got, want)
		}
	}
}

func TestBadBaseline(t *testing.T) {
	for _, c := range []struct{ data, want string }{
		{`{"run": {"executions": {}}}`, "bad.json: run.executions: expected an array"},
		{`{"run": {}}`, "bad.json: run.executions: not a run report"},
		{`{"run": `, "bad.json"},
	} {
		env := Env{ReadFile: func(string) ([]byte, error) { return []byte(c.data), nil }}
		_, err := newBaseline("cli", env, Options{"baseline": "bad.json"})
		if err == nil || !strings.HasPrefix(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %v, want one line starting %q", c.data, err, c.want)
		}
	}
	env := Env{ReadFile: func(string) ([]byte, error) { return []byte(baselineJSON), nil }}
	if _, err := newBaseline("cli", env, Options{"baseline": "a.json", "baselineTimeThreshold": "fast"}); err == nil {
		t.Error("a bad threshold is accepted")
	}
}
