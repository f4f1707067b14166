package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// baseVersion is the version of this source tree, shown when neither the
// linker nor the module's build info says otherwise (go build, go run, tests).
const baseVersion = "0.1.0"

// Release builds set these with the linker:
//
//	go build -ldflags "-X main.version=1.2.3 -X main.commit=abc1234 -X main.date=2026-12-01T10:00:00Z" ./cmd/courier
//
// .goreleaser.yaml does so. Left empty, courierVersion falls back on the
// module's build info (go install github.com/courier-run/courier/cmd/courier@v1.2.3
// stamps v1.2.3 there), then on baseVersion.
var (
	version string
	commit  string
	date    string
)

// readBuildInfo is debug.ReadBuildInfo; tests replace it.
var readBuildInfo = debug.ReadBuildInfo

// courierVersion is the version courier reports (`courier --version`, the
// User-Agent of Postman API requests, _postman_exported_using), without a
// leading "v", as Newman prints its own.
func courierVersion() string {
	return strings.TrimPrefix(resolveVersion(version, readBuildInfo), "v")
}

// resolveVersion picks the version: the linker's, else the main module's
// (not "(devel)", which go build of a work tree without VCS stamps writes),
// else baseVersion.
func resolveVersion(linked string, info func() (*debug.BuildInfo, bool)) string {
	if v := strings.TrimSpace(linked); v != "" {
		return v
	}
	if bi, ok := info(); ok && bi != nil {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			return v
		}
	}
	return baseVersion
}

// buildDetails is what `courier version` adds under the version line: the
// commit and date the linker or the Go toolchain's VCS stamps give, and the Go
// version and platform the binary was built for.
func buildDetails() string {
	rev, when, dirty := commit, date, false
	if bi, ok := readBuildInfo(); ok && bi != nil {
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if rev == "" {
					rev = s.Value
				}
			case "vcs.time":
				if when == "" {
					when = s.Value
				}
			case "vcs.modified":
				dirty = s.Value == "true" && commit == ""
			}
		}
	}
	var b strings.Builder
	// what a build without git information stamps (GoReleaser writes "none"
	// and the zero time) says nothing
	if rev == "none" || rev == "unknown" {
		rev = ""
	}
	if strings.HasPrefix(when, "0001-01-01") {
		when = ""
	}
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if dirty {
			rev += " (modified)"
		}
		fmt.Fprintf(&b, "commit: %s\n", rev)
	}
	if when != "" {
		fmt.Fprintf(&b, "built:  %s\n", when)
	}
	fmt.Fprintf(&b, "go:     %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return b.String()
}
