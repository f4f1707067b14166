package reporters

import (
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/courier-run/courier/internal/redact"
)

func junitFor(t *testing.T, name string, o JUnitOptions) []byte {
	t.Helper()
	for _, c := range fxCases() {
		if c.name == name {
			var buf bytes.Buffer
			if err := WriteJUnit(&buf, fxSummary(c.stream()), o); err != nil {
				t.Fatal(err)
			}
			return buf.Bytes()
		}
	}
	t.Fatalf("no fixture %q", name)
	return nil
}

func TestJUnitGolden(t *testing.T) {
	for _, c := range fxCases() {
		t.Run(c.name, func(t *testing.T) {
			checkGolden(t, c.name+".junit.xml", junitFor(t, c.name, JUnitOptions{}))
		})
	}
}

// Parsed view of the report for checks written by hand.
type jxRoot struct {
	Name     string    `xml:"name,attr"`
	Tests    int       `xml:"tests,attr"`
	Failures int       `xml:"failures,attr"`
	Errors   int       `xml:"errors,attr"`
	Time     string    `xml:"time,attr"`
	Suites   []jxSuite `xml:"testsuite"`
}

type jxSuite struct {
	Name      string   `xml:"name,attr"`
	ID        string   `xml:"id,attr"`
	Timestamp string   `xml:"timestamp,attr"`
	Tests     int      `xml:"tests,attr"`
	Failures  int      `xml:"failures,attr"`
	Errors    int      `xml:"errors,attr"`
	Skipped   int      `xml:"skipped,attr"`
	Time      string   `xml:"time,attr"`
	Cases     []jxCase `xml:"testcase"`
	SystemOut string   `xml:"system-out"`
}

type jxCase struct {
	Name      string     `xml:"name,attr"`
	Classname string     `xml:"classname,attr"`
	Time      string     `xml:"time,attr"`
	Failure   *jxProblem `xml:"failure"`
	Error     *jxProblem `xml:"error"`
	Skipped   *jxProblem `xml:"skipped"`
}

type jxProblem struct {
	Type    string `xml:"type,attr"`
	Message string `xml:"message,attr"`
	Text    string `xml:",chardata"`
}

func TestJUnitMixedStructure(t *testing.T) {
	out := junitFor(t, "mixed", JUnitOptions{})
	var r jxRoot
	if err := xml.Unmarshal(out, &r); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out)
	}
	if r.Name != `Shop <API> & "Co" 'v1' 🚀` || r.Tests != 15 || r.Failures != 2 || r.Errors != 4 || r.Time != "0.438" {
		t.Errorf("root = %q tests=%d failures=%d errors=%d time=%s; want 15/2/4 0.438", r.Name, r.Tests, r.Failures, r.Errors, r.Time)
	}
	type suiteWant struct {
		name, id, class, time  string
		tests, fail, err, skip int
		cases                  []string
		caseTimes              []string
	}
	want := []suiteWant{
		{
			name: "Пользователи / Details <x> / Get user 😀", id: "item-user", class: "ПользователиDetailsXGetUser", time: "0.122",
			tests: 6, fail: 1, skip: 2,
			cases: []string{
				"Status code is 200 (iteration 1)", "Name is Иван (iteration 1)", "later: <feature> & co (iteration 1)",
				"Status code is 200 (iteration 2)", "Name is Иван (iteration 2)", "later: <feature> & co (iteration 2)",
			},
			// 61 ms per execution over 3 testcases.
			caseTimes: []string{"0.020", "0.020", "0.020", "0.020", "0.020", "0.020"},
		},
		{
			name: `Create <order> & "pay"`, id: "item-order", class: "CreateOrderPay", time: "0.302",
			tests: 5, err: 1,
			cases: []string{
				"Order id present (iteration 1)", "Order id present (iteration 1) (2)",
				"prerequest-script (iteration 2)", "Order id present (iteration 2)", "Order id present (iteration 2) (2)",
			},
			// 151 ms over 2 testcases, then over 3.
			caseTimes: []string{"0.076", "0.076", "0.050", "0.050", "0.050"},
		},
		{
			name: "Ops / Health", id: "item-health", class: "OpsHealth", time: "0.013",
			tests: 4, fail: 1, err: 3,
			cases: []string{"request (iteration 1)", "status is ok (iteration 1)", "request (iteration 2)", "test-script (iteration 2)"},
			// 6 ms over 2, then 7 ms (to the run's end) over 2.
			caseTimes: []string{"0.003", "0.003", "0.004", "0.004"},
		},
	}
	if len(r.Suites) != len(want) {
		t.Fatalf("%d suites, want %d", len(r.Suites), len(want))
	}
	sumT, sumF, sumE := 0, 0, 0
	for i, w := range want {
		s := r.Suites[i]
		sumT += s.Tests
		sumF += s.Failures
		sumE += s.Errors
		if s.Name != w.name || s.ID != w.id || s.Time != w.time {
			t.Errorf("suite %d = %q id=%q time=%s, want %q id=%q time=%s", i, s.Name, s.ID, s.Time, w.name, w.id, w.time)
		}
		if s.Tests != w.tests || s.Failures != w.fail || s.Errors != w.err || s.Skipped != w.skip {
			t.Errorf("suite %q counts %d/%d/%d/%d, want %d/%d/%d/%d", s.Name, s.Tests, s.Failures, s.Errors, s.Skipped, w.tests, w.fail, w.err, w.skip)
		}
		if len(s.Cases) != len(w.cases) {
			t.Errorf("suite %q has %d testcases, want %d", s.Name, len(s.Cases), len(w.cases))
			continue
		}
		f, e, sk := 0, 0, 0
		for j, c := range s.Cases {
			if c.Name != w.cases[j] || c.Classname != w.class || c.Time != w.caseTimes[j] {
				t.Errorf("suite %q case %d = %q class=%q time=%s, want %q %q %s", s.Name, j, c.Name, c.Classname, c.Time, w.cases[j], w.class, w.caseTimes[j])
			}
			if c.Failure != nil {
				f++
			}
			if c.Error != nil {
				e++
			}
			if c.Skipped != nil {
				sk++
			}
		}
		if f != s.Failures || e != s.Errors || sk != s.Skipped {
			t.Errorf("suite %q attributes do not match its testcases: %d/%d/%d", s.Name, f, e, sk)
		}
		if s.Timestamp == "" || !strings.HasPrefix(s.Timestamp, "2026-01-02T03:04:05.") {
			t.Errorf("suite %q timestamp %q", s.Name, s.Timestamp)
		}
	}
	if sumT != r.Tests || sumF != r.Failures || sumE != r.Errors {
		t.Errorf("root counts %d/%d/%d are not the sums %d/%d/%d", r.Tests, r.Failures, r.Errors, sumT, sumF, sumE)
	}

	fail := r.Suites[0].Cases[4].Failure
	if fail == nil || fail.Type != "AssertionFailure" || fail.Message != "expected 'Пётр' to deeply equal 'Иван'" {
		t.Fatalf("failure = %+v", fail)
	}
	for _, line := range []string{
		`Collection name: Shop <API> & "Co" 'v1' 🚀`,
		"Collection JSON ID: c0ffee-1234",
		"Request name: Пользователи / Details <x> / Get user 😀",
		"Iteration: 2",
		"Test description: Name is Иван",
		"Error message: expected 'Пётр' to deeply equal 'Иван'",
		"Stacktrace: AssertionError: expected 'Пётр' to deeply equal 'Иван'\n   at Object.eval test.js:2:7)",
	} {
		if !strings.Contains(fail.Text, line) {
			t.Errorf("failure details lack %q:\n%s", line, fail.Text)
		}
	}
	pre := r.Suites[1].Cases[2].Error
	if pre == nil || pre.Type != "TypeError" || pre.Message != "Cannot read properties of undefined (reading 'x')" ||
		!strings.Contains(pre.Text, "at prerequest.js:3:14") {
		t.Errorf("pre-request error = %+v", pre)
	}
	reqErr := r.Suites[2].Cases[0].Error
	if reqErr == nil || reqErr.Type != "Error" || reqErr.Message != "connect ECONNREFUSED 127.0.0.1:9" ||
		!strings.Contains(reqErr.Text, "Request: GET http://127.0.0.1:9/health\nStacktrace: Error: connect ECONNREFUSED 127.0.0.1:9") {
		t.Errorf("request error = %+v", reqErr)
	}
	if got, want := r.Suites[0].SystemOut, "[iteration 1] log: user loaded: Иван <b>\n[iteration 2] log: user loaded: Иван <b>\n"; got != want {
		t.Errorf("system-out = %q, want %q", got, want)
	}
	if got, want := r.Suites[2].SystemOut, "[iteration 2] error: health check failed\n"; got != want {
		t.Errorf("system-out = %q, want %q", got, want)
	}
}

func TestJUnitSingleIterationNames(t *testing.T) {
	var r jxRoot
	if err := xml.Unmarshal(junitFor(t, "single", JUnitOptions{}), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Suites) != 2 {
		t.Fatalf("%d suites, want 2", len(r.Suites))
	}
	var names []string
	for _, c := range r.Suites[0].Cases {
		names = append(names, c.Name)
	}
	if got, want := strings.Join(names, "|"), "status 200|body is pong|todo"; got != want {
		t.Errorf("names %q, want %q (no iteration suffix with one iteration)", got, want)
	}
	if s := r.Suites[1]; s.Name != "Later / Skipped one" || s.Tests != 0 {
		t.Errorf("skipped item suite = %+v", s)
	}
	if r.Tests != 3 || r.Failures != 0 || r.Errors != 0 || r.Suites[0].Skipped != 1 {
		t.Errorf("counts %d/%d/%d skipped %d", r.Tests, r.Failures, r.Errors, r.Suites[0].Skipped)
	}
}

func TestJUnitMask(t *testing.T) {
	m := redact.New(redact.Options{})
	m.AddValue("Иван")
	out := string(junitFor(t, "mixed", JUnitOptions{Mask: m.String, Hostname: "ci-host"}))
	if strings.Contains(out, "Иван") {
		t.Error("masked value still in the report")
	}
	if !strings.Contains(out, "Name is ******** (iteration 2)") || !strings.Contains(out, `hostname="ci-host"`) {
		t.Errorf("mask or hostname missing:\n%s", out)
	}
}

func TestJUnitInvalidXMLCharacters(t *testing.T) {
	b := newFxStream("ctl\x01\x1b[31m \xff", "", 1, 1)
	b.iterationStart(0)
	b.item(fxItem{item: fxItemNamed("bad\x00name"), asserts: []fxAssert{{name: "a\x07b", err: fxAssertionError("x\x0bx ]]> <!--")}}}, 1)
	b.iterationEnd()
	var buf bytes.Buffer
	if err := WriteJUnit(&buf, fxSummary(b.end(false, "", nil)), JUnitOptions{}); err != nil {
		t.Fatal(err)
	}
	var r jxRoot
	if err := xml.Unmarshal(buf.Bytes(), &r); err != nil {
		t.Fatalf("invalid XML: %v\n%q", err, buf.String())
	}
	if r.Name != "ctl\uFFFD\uFFFD[31m \uFFFD" || r.Suites[0].Cases[0].Failure.Message != "x\uFFFDx ]]> <!--" {
		t.Errorf("name %q message %q", r.Name, r.Suites[0].Cases[0].Failure.Message)
	}
	junitValidate(t, buf.Bytes())
}

func TestJUnitClassName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Folder / Request", "FolderRequest"},
		{"get user by ID", "GetUserById"},
		{"getUserByID", "GetUserById"},
		{"XMLHttpRequest", "XmlHttpRequest"},
		{"Get user 1", "GetUser1"},
		{"2fa check", "2FaCheck"},
		{"Пользователи / Get", "ПользователиGet"},
		{"<>&\"'", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := junitClassName(tt.in); got != tt.want {
			t.Errorf("junitClassName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// junitValidate checks a report against the Jenkins xUnit schema with
// xmllint when it is installed.
func junitValidate(t *testing.T, report []byte) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (apt-get install libxml2-utils)")
	}
	xsd := filepath.Join("..", "..", "shared", "formats", "junit-10.xsd")
	if _, err := os.Stat(xsd); err != nil {
		t.Skipf("schema not found: %v", err)
	}
	f := filepath.Join(t.TempDir(), "report.xml")
	if err := os.WriteFile(f, report, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(xmllint, "--noout", "--schema", xsd, f).CombinedOutput()
	if err != nil {
		t.Errorf("xmllint: %v\n%s", err, out)
	}
}

func TestJUnitSchema(t *testing.T) {
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Skip("xmllint not installed (apt-get install libxml2-utils)")
	}
	for _, c := range fxCases() {
		t.Run(c.name, func(t *testing.T) {
			junitValidate(t, junitFor(t, c.name, JUnitOptions{Hostname: "h"}))
		})
	}
}

func TestJUnitAbortedRun(t *testing.T) {
	var r jxRoot
	if err := xml.Unmarshal(junitFor(t, "aborted", JUnitOptions{}), &r); err != nil {
		t.Fatal(err)
	}
	if r.Tests != 2 || r.Failures != 1 || r.Errors != 1 || len(r.Suites) != 2 {
		t.Fatalf("counts %d/%d/%d, %d suites; want 2/1/1, 2 suites", r.Tests, r.Failures, r.Errors, len(r.Suites))
	}
	run := r.Suites[1]
	if run.Name != "run" || len(run.Cases) != 1 || run.Cases[0].Error == nil {
		t.Fatalf("run suite = %+v", run)
	}
	e := run.Cases[0].Error
	if e.Type != "Error" || e.Message != "callback timed out" || e.Text != "Error: callback timed out\nRun aborted: timeout" {
		t.Errorf("run error = %+v", e)
	}
}

// --reporter-junit-newman-compat: golden files of the fixtures, and the
// Newman behaviours it keeps on purpose (the run-level checks against
// Newman's own output are in cmd/courier's differential suite).
func TestJUnitNewmanCompat(t *testing.T) {
	for _, c := range fxCases() {
		t.Run(c.name, func(t *testing.T) {
			out := junitFor(t, c.name, JUnitOptions{NewmanCompat: true})
			if err := xml.Unmarshal(out, new(jxRoot)); err != nil {
				t.Fatalf("not XML: %v\n%s", err, out)
			}
			checkGolden(t, c.name+".newman.junit.xml", out)
		})
	}
	out := string(junitFor(t, "mixed", JUnitOptions{NewmanCompat: true}))
	for _, want := range []string{
		// one testcase per assertion name across iterations, no iteration suffix
		`<testcase name="Name is Иван"`,
		// a failure that passed later is forgotten, but still counted in failures
		`<![CDATA[Failed 1 times.]]>`,
		// request errors only in <system-err>, iterations counted from 0
		"<system-err><![CDATA[Iteration: 0\nRequestError: Error: connect ECONNREFUSED",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "(iteration") || strings.Contains(out, "<skipped") || strings.HasSuffix(out, "\n") {
		t.Errorf("not Newman's layout:\n%s", out)
	}
}

func TestNewmanClassName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Users / Get user", "UsersGetUser"},
		{"getUserByID", "GetUserById"},
		{"Café crème", "CafeCreme"},
		{"Пользователи / Get", "Get"},
		{"Пользователи", ""},
		{"2fa login", "2FaLogin"},
		{"it's done", "ItsDone"},
		// recorded from lodash 4 (Newman's): upperFirst(camelCase(name).replace(/\W/g, ""))
		{"v2API call", "V2ApiCall"},
		{"HTTPServer", "HttpServer"},
		{"x_y-z", "XYZ"},
		{"a1b2", "A1B2"},
	} {
		if got := newmanClassName(tt.in); got != tt.want {
			t.Errorf("newmanClassName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
