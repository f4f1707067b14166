package reporters

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/courier-run/courier/events"
)

func TestTAPGolden(t *testing.T) {
	for _, c := range fxCases() {
		t.Run(c.name, func(t *testing.T) {
			var b bytes.Buffer
			fxFeed(NewTAP(&b), c.stream())
			checkGolden(t, c.name+".tap", b.Bytes())
		})
	}
}

// TestTAPIsWellFormed checks what a TAP 13 consumer relies on, for every
// fixture: the version line first, test points numbered 1..N in order, the
// plan matching them, a YAML block after each "not ok" only, and a failing
// line for every failure the summary counts.
func TestTAPIsWellFormed(t *testing.T) {
	point := regexp.MustCompile(`^(not )?ok (\d+) - [^#]*(\\#[^#]*)*( # SKIP)?$`)
	for _, c := range fxCases() {
		t.Run(c.name, func(t *testing.T) {
			evs := c.stream()
			var b bytes.Buffer
			fxFeed(NewTAP(&b), evs)
			lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			if lines[0] != "TAP version 13" {
				t.Fatalf("first line %q", lines[0])
			}
			n, notOK, plan := 0, 0, ""
			for i := 1; i < len(lines); i++ {
				l := lines[i]
				switch {
				case strings.HasPrefix(l, "# "):
				case strings.HasPrefix(l, "1.."):
					plan = l
				case strings.HasPrefix(l, "Bail out! "):
				case point.MatchString(l):
					m := point.FindStringSubmatch(l)
					n++
					if m[2] != strconv.Itoa(n) {
						t.Errorf("test point %s, want %d: %q", m[2], n, l)
					}
					if m[1] != "" {
						notOK++
						if i+1 >= len(lines) || lines[i+1] != "  ---" {
							t.Errorf("no YAML block after %q", l)
							continue
						}
						for i++; i < len(lines) && lines[i] != "  ..."; i++ {
						}
					}
				default:
					t.Errorf("line %d is not TAP: %q", i+1, l)
				}
			}
			if plan != "1.."+strconv.Itoa(n) {
				t.Errorf("plan %q with %d test points", plan, n)
			}
			s := fxSummary(evs)
			want := s.Stats.Assertions.Failed + s.Stats.PrerequestScripts.Failed + s.Stats.TestScripts.Failed + s.Stats.Requests.Failed
			if notOK != want {
				t.Errorf("%d not ok lines, the summary counts %d failures", notOK, want)
			}
		})
	}
}

func TestTAPMasksAndEscapes(t *testing.T) {
	var b bytes.Buffer
	r := NewTAP(&b)
	r.Mask = func(s string) string { return strings.ReplaceAll(s, "s3cret", "********") }
	it := events.Item{Name: "Login #1\nagain"}
	fxFeed(r, []events.Event{
		events.RunStart{Collection: "C"},
		events.Assertion{Item: it, Name: "token s3cret", Error: &events.Error{Name: "AssertionError", Message: "expected \"s3cret\" to be empty"}},
		events.RunEnd{},
	})
	got := b.String()
	if strings.Contains(got, "s3cret") {
		t.Errorf("secret printed:\n%s", got)
	}
	for _, want := range []string{`not ok 1 - Login \#1 again: token ********` + "\n", `  message: "expected \"********\" to be empty"` + "\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}
