package reporters

import (
	"reflect"
	"strings"
	"testing"

	"github.com/courier-run/courier/events"
)

func TestCamelCaseAsLodash(t *testing.T) {
	// lodash's _.camelCase, which Newman applies to reporter option names
	for in, want := range map[string]string{
		"no-summary": "noSummary", "noSummary": "noSummary", "NoSummary": "noSummary", "no_summary": "noSummary",
		"show-timestamps": "showTimestamps", "export": "export", "omitBodies": "omitBodies",
		"XMLHttp-request": "xmlHttpRequest", "title-size2": "titleSize2", "--x--y--": "xY", "": "",
	} {
		if got := CamelCase(in); got != want {
			t.Errorf("CamelCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestResolveOption(t *testing.T) {
	for _, tt := range []struct{ rest, reporter, key, err string }{
		{"cli-no-summary", "cli", "noSummary", ""},
		{"cli-noSummary", "cli", "noSummary", ""},
		{"json-export", "json", "export", ""},
		{"export", "", "export", ""},
		{"htmlextra-omitBodies", "htmlextra", "omitBodies", ""},
		{"htmlextra-omit-bodies", "htmlextra", "omitBodies", ""},
		{"junit-newman-compat", "junit", "newmanCompat", ""},
		{"htmlextra-darkThem", "", "", `the htmlextra reporter has no option "darkThem"`},
		{"tap-export", "", "", `the tap reporter has no option "export"`},
		{"nope", "", "", `no reporter takes "nope"`},
		{"teamcity-export", "", "", `no reporter takes "teamcity-export"`},
	} {
		r, o, err := ResolveOption(tt.rest)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want %q", tt.rest, err, tt.err)
			}
			continue
		}
		if err != nil || r != tt.reporter || o.Name != tt.key {
			t.Errorf("%s: %q %q %v, want %q %q", tt.rest, r, o.Name, err, tt.reporter, tt.key)
		}
	}
}

func TestSelect(t *testing.T) {
	got, err := Select([]string{"tap", "cli", "htmlextra", "json", "cli", "html"})
	if err != nil {
		t.Fatal(err)
	}
	// the registry's order; once each; htmlextra runs as html when both are asked for
	if want := []string{"cli", "json", "html", "tap"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Select = %v, want %v", got, want)
	}
	if _, err := Select([]string{"cli", "xml"}); err == nil || !strings.Contains(err.Error(), `unknown reporter "xml" (available: cli, json`) {
		t.Errorf("unknown reporter: %v", err)
	}
}

// TestBuildSharesOneSummary: junit and html read one summary that keeps
// what both need; html's bodies only when it shows them.
func TestBuildSharesOneSummary(t *testing.T) {
	for _, tt := range []struct {
		names []string
		opts  Options
		want  *events.SummaryOptions
	}{
		{[]string{"junit"}, nil, &events.SummaryOptions{Executions: true, Console: true}},
		{[]string{"junit", "html"}, nil, &events.SummaryOptions{Executions: true, Console: true, Headers: true, Bodies: true, MaxBody: 1 << 20}},
		{[]string{"html", "junit"}, Options{"omitBodies": "true"}, &events.SummaryOptions{Executions: true, Console: true, Headers: true}},
		{[]string{"cli", "tap", "json"}, nil, nil},
	} {
		opts := func(string) Options { return tt.opts }
		if got := sharedKeeps(tt.names, opts); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%v %v: keeps %+v, want %+v", tt.names, tt.opts, got, tt.want)
		}
		set, err := Build(tt.names, opts, Env{Stdout: &strings.Builder{}, TempFile: func() (TempFile, error) { return nopTemp{}, nil }})
		if err != nil {
			t.Fatal(err)
		}
		var summaries []*events.Summary
		for _, b := range set.Reporters {
			switch r := b.Reporter.(type) {
			case *htmlReport:
				summaries = append(summaries, r.s)
			case *junitReport:
				summaries = append(summaries, r.s)
			}
		}
		for _, s := range summaries {
			if s == nil || s != summaries[0] {
				t.Errorf("%v: the whole-run reporters do not share one summary", tt.names)
			}
		}
		if last, ok := set.handlers[len(set.handlers)-1].(*events.Summary); (tt.want != nil) != ok || (ok && last != summaries[0]) {
			t.Errorf("%v: the shared summary is not fed last", tt.names)
		}
	}
}

func TestReportFileNames(t *testing.T) {
	for _, tt := range []struct{ reporter, coll, name, ext string }{
		{"json", "My API", "newman-run-report", "json"},
		{"junit", "My API", "newman-run-report", "xml"},
		{"html", "My API", "newman-run-report", "html"},
		{"htmlextra", "My API v1.2", "My API v1.2", "html"},
		{"htmlextra", "team/api", "api", "html"},
	} {
		set, err := Build([]string{tt.reporter}, func(string) Options { return nil }, Env{TempFile: func() (TempFile, error) { return nopTemp{}, nil }})
		if err != nil {
			t.Fatal(err)
		}
		name, ext := set.Reporters[0].Reporter.(Report).FileName(tt.coll)
		if name != tt.name || ext != tt.ext {
			t.Errorf("%s %q: %q %q, want %q %q", tt.reporter, tt.coll, name, ext, tt.name, tt.ext)
		}
	}
}

type nopTemp struct{}

func (nopTemp) Read([]byte) (int, error)       { return 0, nil }
func (nopTemp) Write(p []byte) (int, error)    { return len(p), nil }
func (nopTemp) Seek(int64, int) (int64, error) { return 0, nil }
func (nopTemp) Close() error                   { return nil }
