package reporters

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// The cli and json reporters from the recorded event streams in fixtures_test.go.

func TestCLIGolden(t *testing.T) {
	for _, c := range fxCases() {
		for _, variant := range []struct {
			suffix string
			opts   CLIOptions
		}{
			{"", CLIOptions{}},
			{".plain", CLIOptions{DisableUnicode: true, NoSuccessAssertions: true}},
			{".color", CLIOptions{Color: true, NoBanner: true}},
			{".verbose", CLIOptions{Verbose: true}},
			{".timestamps", CLIOptions{ShowTimestamps: true, NoSummary: true}},
		} {
			t.Run(c.name+variant.suffix, func(t *testing.T) {
				var buf bytes.Buffer
				fxFeed(NewCLI(&buf, variant.opts), c.stream())
				checkGolden(t, c.name+variant.suffix+".cli", buf.Bytes())
			})
		}
	}
}

func TestCLIMaskHoldsItemOutputUntilItEnds(t *testing.T) {
	var buf bytes.Buffer
	secret := "s3cr3t-value"
	known := false
	mask := func(s string) string {
		if known {
			return strings.ReplaceAll(s, secret, "********")
		}
		return s
	}
	cli := NewCLI(&buf, CLIOptions{Mask: mask})
	evs := fxMixed()
	for i, e := range evs {
		// the secret becomes known only while the first item runs, after its lines were produced
		if i == 4 {
			known = true
		}
		cli.Handle(e)
	}
	if strings.Contains(buf.String(), secret) {
		t.Errorf("a value learnt during the item was printed:\n%s", buf.String())
	}
}

func TestJSONGolden(t *testing.T) {
	for _, c := range fxCases() {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			info := RunInfo{Collection: json.RawMessage(`{"info":{"name":"` + c.name + `"},"item":[]}`),
				Environment: Scope{ID: "env", Name: "Env", Values: []ScopeVariable{{Key: "k", Value: "v"}}}}
			if err := WriteJSON(&buf, fxSummary(c.stream()), info, JSONOptions{}); err != nil {
				t.Fatal(err)
			}
			var doc map[string]any
			if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
				t.Fatalf("invalid JSON: %v", err)
			}
			checkGolden(t, c.name+".json", buf.Bytes())
		})
	}
}

func TestJSONShape(t *testing.T) {
	var buf bytes.Buffer
	s := fxSummary(fxMixed())
	if err := WriteJSON(&buf, s, RunInfo{}, JSONOptions{Mask: func(v string) string { return strings.ReplaceAll(v, "Status", "S") }}); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Collection  map[string]any
		Environment struct{ Values []any }
		Run         struct {
			Stats      map[string]map[string]int
			Executions []struct {
				Cursor     map[string]any
				Item       struct{ ID, Name string }
				Assertions []struct {
					Assertion string
					Skipped   bool
					Error     *struct {
						Name, Message, Test string
						Index               int
					}
				}
				Response *struct {
					Stream struct {
						Type string
						Data []int
					}
				}
			}
			Failures []struct{ At string }
			Error    any
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Collection == nil || rep.Environment.Values == nil {
		t.Error("collection and environment must be objects even when empty")
	}
	if len(rep.Run.Executions) != len(s.Executions) || len(rep.Run.Failures) != len(s.Failures) {
		t.Errorf("%d executions, %d failures", len(rep.Run.Executions), len(rep.Run.Failures))
	}
	for _, k := range []string{"iterations", "items", "scripts", "prerequests", "requests", "tests", "assertions", "testScripts", "prerequestScripts"} {
		if _, ok := rep.Run.Stats[k]; !ok {
			t.Errorf("run.stats.%s missing", k)
		}
	}
	for _, x := range rep.Run.Executions {
		for _, a := range x.Assertions {
			if strings.Contains(a.Assertion, "Status") {
				t.Errorf("assertion %q not masked", a.Assertion)
			}
		}
		if x.Response != nil && x.Response.Stream.Type != "Buffer" {
			t.Errorf("stream type %q", x.Response.Stream.Type)
		}
	}
}

func TestMaskJSON(t *testing.T) {
	mask := func(s string) string {
		return strings.NewReplacer("s3cret-token", "********", "u0041", "****").Replace(s)
	}
	for _, tt := range []struct{ in, want string }{
		{`{"auth":{"bearer":[{"value":"s3cret-token"}]}}`, `{"auth":{"bearer":[{"value":"********"}]}}`},
		{`{"a":"plain"}`, `{"a":"plain"}`},
		// masking the text would break the escape: strings are masked one by one
		{`{"a":"\u0041","b":"u0041"}`, `{"a":"A","b":"****"}`},
	} {
		if got := string(maskJSON(json.RawMessage(tt.in), mask)); got != tt.want {
			t.Errorf("maskJSON(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
