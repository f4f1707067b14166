package main

import (
	"bytes"
	"context"
	"runtime/debug"
	"strings"
	"testing"
)

func TestResolveVersion(t *testing.T) {
	info := func(v string) func() (*debug.BuildInfo, bool) {
		return func() (*debug.BuildInfo, bool) {
			return &debug.BuildInfo{Main: debug.Module{Path: "github.com/courier-run/courier", Version: v}}, true
		}
	}
	none := func() (*debug.BuildInfo, bool) { return nil, false }
	for _, c := range []struct {
		name, linked string
		info         func() (*debug.BuildInfo, bool)
		want         string
	}{
		{"go install @v1.2.3", "", info("v1.2.3"), "v1.2.3"},
		{"go install @pseudo-version", "", info("v0.0.0-20261201100000-abcdef123456"), "v0.0.0-20261201100000-abcdef123456"},
		{"go build in a work tree", "", info("(devel)"), baseVersion},
		{"no build info", "", none, baseVersion},
		{"empty main version", "", info(""), baseVersion},
		{"linker wins", "1.4.0", info("v1.2.3"), "1.4.0"},
		{"linker value trimmed", " 1.4.0\n", none, "1.4.0"},
		{"blank linker value ignored", "  ", info("v1.2.3"), "v1.2.3"},
	} {
		if got := resolveVersion(c.linked, c.info); got != c.want {
			t.Errorf("%s: resolveVersion(%q) = %q, want %q", c.name, c.linked, got, c.want)
		}
	}
}

func TestVersionCommand(t *testing.T) {
	oldInfo, oldVersion, oldCommit, oldDate := readBuildInfo, version, commit, date
	t.Cleanup(func() { readBuildInfo, version, commit, date = oldInfo, oldVersion, oldCommit, oldDate })
	run := func(args ...string) string {
		t.Helper()
		var out, errOut bytes.Buffer
		e := &env{stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
		if code := Main(context.Background(), args, e); code != 0 {
			t.Fatalf("courier %v: exit %d, stderr %q", args, code, errOut.String())
		}
		return out.String()
	}

	readBuildInfo = func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-12-01T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}, true
	}
	version, commit, date = "", "", ""
	for _, flag := range []string{"--version", "-v"} {
		if got := run(flag); got != "courier 1.2.3\n" {
			t.Errorf("courier %s = %q, want the module version without its v", flag, got)
		}
	}
	got := run("version")
	for _, want := range []string{"courier 1.2.3\n", "commit: 0123456789ab (modified)\n", "built:  2026-12-01T10:00:00Z\n", "go:     go"} {
		if !strings.Contains(got, want) {
			t.Errorf("courier version = %q, want it to contain %q", got, want)
		}
	}

	// a snapshot built without git information: nothing said about it
	readBuildInfo = func() (*debug.BuildInfo, bool) { return nil, false }
	version, commit, date = "0.0.1-snapshot", "none", "0001-01-01T00:00:00Z"
	if got := run("version"); strings.Contains(got, "commit") || strings.Contains(got, "built") || !strings.HasPrefix(got, "courier 0.0.1-snapshot\n") {
		t.Errorf("courier version = %q for a build without git information", got)
	}

	// a release build: the linker's values win over the VCS stamps
	version, commit, date = "2.0.0", "fedcba9", "2026-12-02T00:00:00Z"
	if got := run("--version"); got != "courier 2.0.0\n" {
		t.Errorf("courier --version = %q with -X main.version=2.0.0", got)
	}
	got = run("version")
	for _, want := range []string{"courier 2.0.0\n", "commit: fedcba9\n", "built:  2026-12-02T00:00:00Z\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("courier version = %q, want it to contain %q", got, want)
		}
	}
}
