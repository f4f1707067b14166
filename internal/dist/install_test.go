package dist

import (
	"archive/zip"
	"bytes"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// modulePath is what `go install MODULE/cmd/courier@VERSION` names.
const modulePath = "github.com/courier-run/courier"

// TestGoInstallAtVersion installs courier the way a CI runner does —
// `go install github.com/courier-run/courier/cmd/courier@v1.2.3` with cgo off —
// from a file:// module proxy holding this work tree as v1.2.3 (the
// dependencies come from the local module cache's download folder, so
// nothing is fetched), and checks that the binary is static and says
// `courier 1.2.3`. Then a release build with -ldflags -X main.version.
// It runs only with COURIER_INSTALL_TEST=1 (make install-check, which CI runs).
func TestGoInstallAtVersion(t *testing.T) {
	if os.Getenv("COURIER_INSTALL_TEST") == "" {
		t.Skip("builds courier twice (a minute or more): run with COURIER_INSTALL_TEST=1 (make install-check)")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	top, files := trackedFiles(t)
	goEnv := func(name string) string {
		out, err := exec.Command(goBin, "env", name).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", name, err)
		}
		return strings.TrimSpace(string(out))
	}
	realCache := goEnv("GOMODCACHE")

	tmp := t.TempDir()
	const v = "v1.2.3"
	proxy := filepath.Join(tmp, "proxy")
	writeModuleProxy(t, proxy, top, files, v)

	bin := filepath.Join(tmp, "bin")
	env := append(os.Environ(),
		"GOBIN="+bin,
		"CGO_ENABLED=0",
		"GOTOOLCHAIN=local",
		// a module cache of its own, so the fake v1.2.3 never lands in the real one
		"GOMODCACHE="+filepath.Join(tmp, "modcache"),
		"GOFLAGS=-modcacherw",
		"GOPROXY=file://"+filepath.ToSlash(proxy)+",file://"+filepath.ToSlash(filepath.Join(realCache, "cache", "download"))+",off",
		"GONOSUMDB="+modulePath, "GONOSUMCHECK=1", "GOSUMDB=off",
		"GOWORK=off",
	)
	// -trimpath: the module cache above is new each run, and without it every
	// dependency would be compiled anew (its path is part of the build)
	install := exec.Command(goBin, "install", "-trimpath", modulePath+"/cmd/courier@"+v)
	install.Dir = tmp // outside the module: go install pkg@version ignores the current one anyway
	install.Env = env
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("go install %s/cmd/courier@%s: %v\n%s", modulePath, v, err, out)
	}
	exe := filepath.Join(bin, "courier")
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	if got := runBinary(t, exe, "--version"); got != "courier 1.2.3\n" {
		t.Errorf("installed courier --version = %q, want %q", got, "courier 1.2.3\n")
	}
	if got := runBinary(t, exe, "version"); !strings.HasPrefix(got, "courier 1.2.3\n") || !strings.Contains(got, "go:     "+runtime.Version()) {
		t.Errorf("installed courier version = %q", got)
	}
	checkStatic(t, exe)

	// a release build: -trimpath and the linker's version, commit and date
	rel := filepath.Join(tmp, "courier-release")
	build := exec.Command(goBin, "build", "-trimpath", "-o", rel,
		"-ldflags", "-s -w -X main.version=2.0.0-rc.1 -X main.commit=abc1234 -X main.date=2026-12-01T10:00:00Z", "./cmd/courier")
	build.Dir = top
	build.Env = append(os.Environ(), "CGO_ENABLED=0", "GOTOOLCHAIN=local")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build -ldflags -X main.version: %v\n%s", err, out)
	}
	if got := runBinary(t, rel, "--version"); got != "courier 2.0.0-rc.1\n" {
		t.Errorf("release courier --version = %q", got)
	}
	if got := runBinary(t, rel, "version"); !strings.Contains(got, "commit: abc1234\n") || !strings.Contains(got, "built:  2026-12-01T10:00:00Z\n") {
		t.Errorf("release courier version = %q", got)
	}
	checkStatic(t, rel)
}

// trackedFiles returns the repository root and its files as git tracks them
// (what a tagged release's module zip holds), skipping the test outside a
// git checkout.
func trackedFiles(t *testing.T) (string, []string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git command on PATH")
	}
	top, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		t.Skip("not in a git checkout")
	}
	root := strings.TrimSpace(string(top))
	out, err := exec.Command("git", "-C", root, "ls-files", "-z").Output()
	if err != nil {
		t.Fatalf("git ls-files: %v", err)
	}
	var files []string
	for _, f := range strings.Split(string(out), "\x00") {
		if f != "" {
			files = append(files, f)
		}
	}
	return root, files
}

// writeModuleProxy lays out a GOPROXY folder serving root as modulePath@v.
func writeModuleProxy(t *testing.T, dir, root string, files []string, v string) {
	t.Helper()
	at := filepath.Join(dir, filepath.FromSlash(modulePath), "@v")
	if err := os.MkdirAll(at, 0o755); err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f)))
		if os.IsNotExist(err) {
			continue // deleted in the work tree, not yet committed
		}
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.Create(modulePath + "@" + v + "/" + f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"list":      []byte(v + "\n"),
		v + ".info": []byte(`{"Version":"` + v + `","Time":"2026-12-01T10:00:00Z"}`),
		v + ".mod":  gomod,
		v + ".zip":  zbuf.Bytes(),
	} {
		if err := os.WriteFile(filepath.Join(at, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runBinary runs exe with args and returns its standard output.
func runBinary(t *testing.T, exe string, args ...string) string {
	t.Helper()
	out, err := exec.Command(exe, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", exe, args, err)
	}
	return string(out)
}

// checkStatic fails unless exe is an ELF executable with no dynamic loader
// and no shared libraries (on Linux; other systems only get the build).
func checkStatic(t *testing.T, exe string) {
	t.Helper()
	if runtime.GOOS != "linux" {
		return
	}
	f, err := elf.Open(exe)
	if err != nil {
		t.Fatalf("%s: %v", exe, err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Errorf("%s has a dynamic loader (PT_INTERP): not static", exe)
		}
	}
	if libs, _ := f.ImportedLibraries(); len(libs) > 0 {
		t.Errorf("%s needs shared libraries %v: not static", exe, libs)
	}
}
