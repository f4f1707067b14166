package dist

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// root is the repository's top folder.
const root = "../.."

func readYAML(t *testing.T, name string, into any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, name))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, into); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// goreleaser is the part of .goreleaser.yaml that courier relies on.
type goreleaser struct {
	Version int `yaml:"version"`
	Builds  []struct {
		ID      string   `yaml:"id"`
		Main    string   `yaml:"main"`
		Binary  string   `yaml:"binary"`
		Env     []string `yaml:"env"`
		Goos    []string `yaml:"goos"`
		Goarch  []string `yaml:"goarch"`
		Flags   []string `yaml:"flags"`
		Ldflags []string `yaml:"ldflags"`
	} `yaml:"builds"`
	Archives []struct {
		Formats         []string `yaml:"formats"`
		NameTemplate    string   `yaml:"name_template"`
		Files           []string `yaml:"files"`
		FormatOverrides []struct {
			Goos    string   `yaml:"goos"`
			Formats []string `yaml:"formats"`
		} `yaml:"format_overrides"`
	} `yaml:"archives"`
	Checksum struct {
		NameTemplate string `yaml:"name_template"`
		Algorithm    string `yaml:"algorithm"`
	} `yaml:"checksum"`
}

// TestGoReleaserConfig checks the release configuration for what the
// Action's install step and `courier --version` rely on (make release-check
// runs goreleaser itself).
func TestGoReleaserConfig(t *testing.T) {
	var c goreleaser
	readYAML(t, ".goreleaser.yaml", &c)
	if c.Version != 2 {
		t.Errorf("version: %d, want 2 (GoReleaser v2)", c.Version)
	}
	if len(c.Builds) != 1 {
		t.Fatalf("%d builds, want 1", len(c.Builds))
	}
	b := c.Builds[0]
	if b.Main != "./cmd/courier" || b.Binary != "courier" {
		t.Errorf("build main %q binary %q, want ./cmd/courier and courier", b.Main, b.Binary)
	}
	if !slices.Contains(b.Env, "CGO_ENABLED=0") {
		t.Errorf("build env %v lacks CGO_ENABLED=0 (static binaries)", b.Env)
	}
	for _, os := range []string{"linux", "darwin", "windows"} {
		if !slices.Contains(b.Goos, os) {
			t.Errorf("goos %v lacks %s", b.Goos, os)
		}
	}
	for _, arch := range []string{"amd64", "arm64"} {
		if !slices.Contains(b.Goarch, arch) {
			t.Errorf("goarch %v lacks %s", b.Goarch, arch)
		}
	}
	if !slices.Contains(b.Flags, "-trimpath") {
		t.Errorf("flags %v lack -trimpath", b.Flags)
	}
	ld := strings.Join(b.Ldflags, " ")
	src, err := os.ReadFile(filepath.Join(root, "cmd/courier/version.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"version", "commit", "date"} {
		if !strings.Contains(ld, "-X main."+v+"=") {
			t.Errorf("ldflags %q do not set main.%s", ld, v)
		}
		// the variable the linker sets must exist, as a string variable without a value
		if !regexp.MustCompile(`(?m)^\s+` + v + `\s+string$`).Match(src) {
			t.Errorf("cmd/courier/version.go has no `%s string` variable for -X main.%s", v, v)
		}
	}

	if len(c.Archives) != 1 {
		t.Fatalf("%d archives, want 1", len(c.Archives))
	}
	a := c.Archives[0]
	// action.yml looks for courier_<version>_<os>_<arch>.tar.gz (.zip on Windows)
	if a.NameTemplate != "courier_{{ .Version }}_{{ .Os }}_{{ .Arch }}" {
		t.Errorf("archive name_template %q: action.yml expects courier_{{ .Version }}_{{ .Os }}_{{ .Arch }}", a.NameTemplate)
	}
	if !slices.Equal(a.Formats, []string{"tar.gz"}) {
		t.Errorf("archive formats %v, want [tar.gz]", a.Formats)
	}
	windowsZip := false
	for _, o := range a.FormatOverrides {
		windowsZip = windowsZip || o.Goos == "windows" && slices.Equal(o.Formats, []string{"zip"})
	}
	if !windowsZip {
		t.Error("archives: Windows should get a zip (format_overrides)")
	}
	if !slices.Contains(a.Files, "README.md") {
		t.Errorf("archive files %v lack README.md", a.Files)
	}
	for _, f := range a.Files {
		if m, _ := filepath.Glob(filepath.Join(root, f)); len(m) == 0 {
			t.Errorf("archive file %s does not exist", f)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "LICENSE")); err == nil && !slices.Contains(a.Files, "LICENSE") {
		t.Error("a LICENSE file exists: ship it in the archives")
	}
	if c.Checksum.NameTemplate != "checksums.txt" || c.Checksum.Algorithm != "sha256" {
		t.Errorf("checksum %+v: action.yml verifies a sha256 checksums.txt", c.Checksum)
	}
}

// TestContainerfile checks the image's shape without building it (make
// image-test builds and runs it where buildah can).
func TestContainerfile(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(root, "Containerfile"))
	if err != nil {
		t.Fatal(err)
	}
	var from, user, workdir, entrypoint []string
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), f[0]))
		switch strings.ToUpper(f[0]) {
		case "FROM":
			from = append(from, rest)
		case "USER":
			user = append(user, rest)
		case "WORKDIR":
			workdir = append(workdir, rest)
		case "ENTRYPOINT":
			entrypoint = append(entrypoint, rest)
		}
	}
	if len(from) == 0 || from[len(from)-1] != "scratch" {
		t.Errorf("final stage FROM %v, want scratch", from)
	}
	if len(user) != 1 || !regexp.MustCompile(`^[1-9][0-9]*(:[1-9][0-9]*)?$`).MatchString(user[0]) {
		t.Errorf("USER %v: want one numeric, non-root user", user)
	}
	if !slices.Equal(workdir, []string{"/work"}) {
		t.Errorf("WORKDIR %v, want /work", workdir)
	}
	if !slices.Equal(entrypoint, []string{`["/usr/local/bin/courier"]`}) {
		t.Errorf("ENTRYPOINT %v, want [\"/usr/local/bin/courier\"]", entrypoint)
	}
	// the user the Containerfile names is the one scripts/image.sh writes into /etc/passwd
	script, err := os.ReadFile(filepath.Join(root, "scripts/image.sh"))
	if err != nil {
		t.Fatal(err)
	}
	if len(user) == 1 && !strings.Contains(string(script), "UID_GID="+strings.Split(user[0], ":")[0]) {
		t.Errorf("scripts/image.sh does not write USER %s into the image's /etc/passwd", user[0])
	}
}
