package dist

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// action is the part of action.yml the tests read.
type action struct {
	Inputs map[string]struct {
		Required bool    `yaml:"required"`
		Default  *string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Value string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []step `yaml:"steps"`
	} `yaml:"runs"`
}

type step struct {
	Name             string            `yaml:"name"`
	ID               string            `yaml:"id"`
	If               string            `yaml:"if"`
	Shell            string            `yaml:"shell"`
	Run              string            `yaml:"run"`
	Uses             string            `yaml:"uses"`
	With             map[string]string `yaml:"with"`
	Env              map[string]string `yaml:"env"`
	WorkingDirectory string            `yaml:"working-directory"`
}

var expr = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)

func loadAction(t *testing.T) action {
	t.Helper()
	var a action
	readYAML(t, "action.yml", &a)
	if a.Runs.Using != "composite" {
		t.Fatalf("runs.using %q, want composite", a.Runs.Using)
	}
	return a
}

// TestActionShape: inputs reach the shell only through INPUT_* variables
// (no ${{ }} in a script), every expression names an input or a step output
// that exists, and actions used are pinned to a major version.
func TestActionShape(t *testing.T) {
	a := loadAction(t)
	ids := map[string]bool{}
	checkExpr := func(where, s string) {
		for _, m := range expr.FindAllStringSubmatch(s, -1) {
			for _, ref := range regexp.MustCompile(`\b(inputs\.[a-z0-9-]+|steps\.[a-z0-9-]+\.outputs\.[a-z0-9-]+)`).FindAllString(m[1], -1) {
				if name, ok := strings.CutPrefix(ref, "inputs."); ok {
					if _, ok := a.Inputs[name]; !ok {
						t.Errorf("%s: ${{ %s }} names no input", where, m[1])
					}
				} else if id := strings.Split(ref, ".")[1]; !ids[id] {
					t.Errorf("%s: ${{ %s }} names no earlier step", where, m[1])
				}
			}
		}
	}
	for i, s := range a.Runs.Steps {
		where := fmt.Sprintf("step %d (%s)", i+1, s.Name)
		checkExpr(where+" if", s.If)
		checkExpr(where+" working-directory", s.WorkingDirectory)
		for k, v := range s.With {
			checkExpr(where+" with."+k, v)
		}
		for k, v := range s.Env {
			checkExpr(where+" env."+k, v)
			// INPUT_X carries inputs.x and nothing else
			if m := regexp.MustCompile(`^\$\{\{ inputs\.([a-z0-9-]+) \}\}$`).FindStringSubmatch(v); m != nil {
				if want := "INPUT_" + strings.ToUpper(strings.ReplaceAll(m[1], "-", "_")); k != want {
					t.Errorf("%s: env %s carries inputs.%s; name it %s", where, k, m[1], want)
				}
			} else if strings.HasPrefix(k, "INPUT_") {
				t.Errorf("%s: env %s = %q, want ${{ inputs.… }}", where, k, v)
			}
		}
		switch {
		case s.Run != "":
			if s.Shell != "bash" {
				t.Errorf("%s: shell %q, want bash (all runners have it)", where, s.Shell)
			}
			if strings.Contains(s.Run, "${{") {
				t.Errorf("%s: an expression inside run: (script injection); pass it through env", where)
			}
		case s.Uses != "":
			if !regexp.MustCompile(`^actions/[a-z-]+@v[0-9]+$`).MatchString(s.Uses) {
				t.Errorf("%s: uses %q, want an actions/ action pinned to a major version", where, s.Uses)
			}
		default:
			t.Errorf("%s: neither run nor uses", where)
		}
		if s.ID != "" {
			ids[s.ID] = true
		}
	}
	for name, o := range a.Outputs {
		checkExpr("output "+name, o.Value)
	}
	var upload *step
	for i := range a.Runs.Steps {
		if strings.HasPrefix(a.Runs.Steps[i].Uses, "actions/upload-artifact@") {
			upload = &a.Runs.Steps[i]
		}
	}
	if upload == nil || !strings.Contains(upload.If, "always()") {
		t.Error("the reports should be uploaded with actions/upload-artifact under if: always()")
	}
}

// TestActionRunsLocally runs the Action's shell steps as a GitHub runner
// would (bash -eo pipefail, the RUNNER_*/GITHUB_* variables, GITHUB_OUTPUT
// and GITHUB_PATH files, INPUT_* from the step's env), with the install step
// pointed at a release served from a local server: an archive of a courier
// built here and its checksums.txt.
func TestActionRunsLocally(t *testing.T) {
	if os.Getenv("COURIER_INSTALL_TEST") == "" {
		t.Skip("builds courier: run with COURIER_INSTALL_TEST=1 (make install-check)")
	}
	if runtime.GOOS == "windows" {
		t.Skip("the runner emulation needs a Unix bash")
	}
	for _, tool := range []string{"bash", "curl", "tar", "xargs"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("no %s on PATH", tool)
		}
	}
	a := loadAction(t)
	tmp := t.TempDir()

	// a courier release 1.2.3 for this machine, as GoReleaser lays it out
	goos, goarch := runtime.GOOS, runtime.GOARCH
	exe := filepath.Join(tmp, "courier")
	build := exec.Command("go", "build", "-trimpath", "-o", exe, "-ldflags", "-X main.version=1.2.3", "./cmd/courier")
	build.Dir = root
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	archiveName := fmt.Sprintf("courier_1.2.3_%s_%s.tar.gz", goos, goarch)
	archive := tarGz(t, map[string]string{"courier": exe, "README.md": filepath.Join(root, "README.md")})
	sum := sha256.Sum256(archive)
	checksums := fmt.Sprintf("%s  courier_1.2.3_plan9_amd64.tar.gz\n%s  %s\n", strings.Repeat("0", 64), hex.EncodeToString(sum[:]), archiveName)
	var served []string
	tamper := false
	release := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		served = append(served, r.URL.Path)
		dir, file := filepath.Split(r.URL.Path)
		if dir != "/download/v1.2.3/" && dir != "/latest/download/" {
			http.NotFound(w, r)
			return
		}
		switch file {
		case "checksums.txt":
			w.Write([]byte(checksums))
		case archiveName:
			if tamper {
				w.Write(append(bytes.Clone(archive), 0))
				return
			}
			w.Write(archive)
		default:
			http.NotFound(w, r)
		}
	}))
	defer release.Close()

	// the API the collection tests
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"path": %q, "greeting": %q}`, r.URL.Path, r.URL.Query().Get("greeting"))
	}))
	defer api.Close()

	workspace := filepath.Join(tmp, "workspace")
	writeFile(t, filepath.Join(workspace, "api", "ping.postman_collection.json"), `{
  "info": {"name": "ping", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "item": [{"name": "ping", "request": {"method": "GET", "url": "{{base_url}}/ping?greeting={{greeting}}"},
    "event": [{"listen": "test", "script": {"exec": [
      "pm.test('status 200', () => pm.response.to.have.status(200));",
      "pm.test('greeting kept whole', () => pm.expect(pm.response.json().greeting).to.equal(pm.environment.get('expected')));"
    ]}}]}]
}`)
	writeFile(t, filepath.Join(workspace, "api", "local env.json"), `{"name": "local", "values": [
  {"key": "base_url", "value": "`+api.URL+`", "enabled": true},
  {"key": "expected", "value": "hello world", "enabled": true}]}`)

	type result struct {
		outputs map[string]map[string]string
		failed  string // the step that failed
		log     string
		code    int
	}
	// run plays the Action's steps with these inputs, as the runner would.
	run := func(t *testing.T, inputs map[string]string, env ...string) result {
		t.Helper()
		vals := map[string]string{}
		for name, in := range a.Inputs {
			if in.Default != nil {
				vals[name] = *in.Default
			}
		}
		for k, v := range inputs {
			if _, ok := a.Inputs[k]; !ok {
				t.Fatalf("action.yml has no input %q", k)
			}
			vals[k] = v
		}
		res := result{outputs: map[string]map[string]string{}}
		runnerTemp := t.TempDir()
		githubPath := filepath.Join(runnerTemp, "_github_path")
		writeFile(t, githubPath, "")
		eval := func(s string) string {
			return expr.ReplaceAllStringFunc(s, func(m string) string {
				e := expr.FindStringSubmatch(m)[1]
				if name, ok := strings.CutPrefix(e, "inputs."); ok {
					return vals[name]
				}
				if p := strings.Split(e, "."); len(p) == 4 && p[0] == "steps" && p[2] == "outputs" {
					return res.outputs[p[1]][p[3]]
				}
				t.Fatalf("the runner emulation does not know ${{ %s }}", e)
				return ""
			})
		}
		var log strings.Builder
		for i, s := range a.Runs.Steps {
			if res.failed != "" && !strings.Contains(s.If, "always()") {
				continue
			}
			if s.Uses != "" {
				fmt.Fprintf(&log, "[%s] would upload %s as %s\n", s.Name, eval(s.With["path"]), eval(s.With["name"]))
				continue
			}
			if s.If != "" {
				t.Fatalf("step %q: the emulation runs no conditional shell steps", s.Name)
			}
			script := filepath.Join(runnerTemp, fmt.Sprintf("step%d.sh", i))
			writeFile(t, script, s.Run)
			outFile := filepath.Join(runnerTemp, fmt.Sprintf("output%d", i))
			writeFile(t, outFile, "")
			pathDirs, _ := os.ReadFile(githubPath)
			path := os.Getenv("PATH")
			for _, kv := range env {
				if p, ok := strings.CutPrefix(kv, "PATH="); ok {
					path = p // the runner's own PATH, before GITHUB_PATH's
				}
			}
			for _, d := range strings.Fields(string(pathDirs)) {
				path = d + string(os.PathListSeparator) + path
			}
			cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
			cmd.Dir = filepath.Join(workspace, eval(s.WorkingDirectory))
			cmd.Env = append(os.Environ(),
				"PATH="+path, "RUNNER_OS="+runnerOS(), "RUNNER_ARCH="+runnerArch(), "RUNNER_TEMP="+runnerTemp,
				"GITHUB_WORKSPACE="+workspace, "GITHUB_OUTPUT="+outFile, "GITHUB_PATH="+githubPath,
				"GITHUB_ENV="+filepath.Join(runnerTemp, "_github_env"), "GITHUB_JOB=api-tests", "GITHUB_ACTIONS=true", "CI=true",
				"GITHUB_ACTION_PATH="+root, "COURIER_RELEASE_URL="+release.URL)
			for _, kv := range env {
				if !strings.HasPrefix(kv, "PATH=") {
					cmd.Env = append(cmd.Env, kv)
				}
			}
			for k, v := range s.Env {
				cmd.Env = append(cmd.Env, k+"="+eval(v))
			}
			out, err := cmd.CombinedOutput()
			fmt.Fprintf(&log, "[%s]\n%s", s.Name, out)
			outs := map[string]string{}
			data, _ := os.ReadFile(outFile)
			for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
				if k, v, ok := strings.Cut(line, "="); ok {
					outs[k] = v
				}
			}
			if s.ID != "" {
				res.outputs[s.ID] = outs
			}
			if err != nil {
				res.failed, res.code = s.Name, cmd.ProcessState.ExitCode()
			}
		}
		res.log = log.String()
		return res
	}

	t.Run("passing run", func(t *testing.T) {
		res := run(t, map[string]string{
			"version":           "v1.2.3",
			"collections":       "ping.postman_collection.json",
			"environment":       "local env.json",
			"working-directory": "api",
			"reporters":         "cli,json,junit",
			"extra-args":        `--env-var "greeting=hello world" --reporter-cli-no-banner`,
		}, "PATH=/usr/bin:/bin:"+filepath.Dir(mustLook(t, "go")))
		if res.failed != "" {
			t.Fatalf("step %q failed (exit %d):\n%s", res.failed, res.code, res.log)
		}
		if got := res.outputs["install"]["version"]; got != "1.2.3" {
			t.Errorf("install output version = %q, want 1.2.3\n%s", got, res.log)
		}
		run := res.outputs["run"]
		dir := filepath.Join(workspace, "api", "courier-reports")
		if run["exit-code"] != "0" || run["reports-dir"] != dir || run["artifact-name"] != "courier-reports-api-tests" {
			t.Errorf("run outputs %v, want exit-code 0, reports-dir %s, artifact-name courier-reports-api-tests\n%s", run, dir, res.log)
		}
		for _, f := range []string{"courier.json", "courier-junit.xml"} {
			if fi, err := os.Stat(filepath.Join(dir, f)); err != nil || fi.Size() == 0 {
				t.Errorf("report %s not written (%v)", f, err)
			}
		}
		report, _ := os.ReadFile(filepath.Join(dir, "courier.json"))
		if !bytes.Contains(report, []byte(`"failed": 0`)) || !bytes.Contains(report, []byte("greeting kept whole")) {
			t.Errorf("json report does not show the passing assertions:\n%.600s", report)
		}
		if !strings.Contains(res.log, "installed "+archiveName) || !strings.Contains(res.log, "would upload "+dir+" as courier-reports-api-tests") {
			t.Errorf("log:\n%s", res.log)
		}
		if cmdline := regexp.MustCompile(`(?m)^courier run .*$`).FindString(res.log); cmdline == "" || strings.Contains(cmdline, "greeting") {
			t.Errorf("the action's command line %q should leave out the extra arguments (where --env-var secrets go):\n%s", cmdline, res.log)
		} else if !strings.Contains(cmdline, `-e local\ env.json`) || !strings.HasSuffix(cmdline, "(and 3 extra arguments)") {
			t.Errorf("command line %q", cmdline)
		}
		if !containsPath(served, "/download/v1.2.3/"+archiveName) {
			t.Errorf("the release server saw %v", served)
		}
	})

	t.Run("failing assertions", func(t *testing.T) {
		served = nil
		res := run(t, map[string]string{
			"collections":   "api/ping.postman_collection.json",
			"environment":   "api/local env.json",
			"extra-args":    "--env-var greeting=bye",
			"reports-dir":   "out/reports",
			"artifact-name": "mine",
		})
		if res.failed != "Pass on courier's exit code" || res.code != 1 {
			t.Fatalf("failed step %q exit %d, want the last step with courier's 1:\n%s", res.failed, res.code, res.log)
		}
		if res.outputs["run"]["exit-code"] != "1" || !strings.Contains(res.log, "would upload "+filepath.Join(workspace, "out/reports")+" as mine") {
			t.Errorf("outputs %v\n%s", res.outputs, res.log)
		}
		if !containsPath(served, "/latest/download/checksums.txt") {
			t.Errorf("version latest: the release server saw %v", served)
		}
	})

	t.Run("tampered archive", func(t *testing.T) {
		tamper = true
		defer func() { tamper = false }()
		res := run(t, map[string]string{"collections": "api/ping.postman_collection.json"})
		if res.failed != "Install courier" || !strings.Contains(res.log, "does not match its sha256") {
			t.Fatalf("failed step %q, want the install step to refuse the archive:\n%s", res.failed, res.log)
		}
		if strings.Contains(res.log, "falling back") {
			t.Errorf("a checksum mismatch must not fall back on go install:\n%s", res.log)
		}
	})

	t.Run("bad input", func(t *testing.T) {
		for _, c := range []struct {
			inputs map[string]string
			step   string
			msg    string
		}{
			{map[string]string{"collections": "x.json", "version": "1.2.3/../../evil"}, "Install courier", "version must be latest or like 1.2.3"},
			{map[string]string{"collections": "x.json", "install": "curl|sh"}, "Install courier", "install must be auto, release, go or none"},
			{map[string]string{"collections": "  \n "}, "Run courier", "name at least one collection"},
			{map[string]string{"collections": "x.json", "shard": "1/4; rm -rf /"}, "Run courier", "shard: i/n (1/4) or auto"},
			{map[string]string{"collections": "x.json", "reporters": "cli;id"}, "Run courier", "reporters: a comma-separated list"},
			{map[string]string{"collections": `"x.json`}, "Run courier", "collections: unbalanced quotes"},
		} {
			res := run(t, c.inputs)
			if res.failed != c.step || res.code != 2 || !strings.Contains(res.log, c.msg) {
				t.Errorf("inputs %v: failed step %q exit %d, want %q exit 2 saying %q:\n%s", c.inputs, res.failed, res.code, c.step, c.msg, res.log)
			}
		}
	})
}

func runnerOS() string {
	return map[string]string{"linux": "Linux", "darwin": "macOS", "windows": "Windows"}[runtime.GOOS]
}

func runnerArch() string {
	return map[string]string{"amd64": "X64", "arm64": "ARM64"}[runtime.GOARCH]
}

func mustLook(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("no %s on PATH", name)
	}
	return p
}

func containsPath(paths []string, p string) bool {
	for _, q := range paths {
		if q == p {
			return true
		}
	}
	return false
}

func writeFile(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// tarGz is a .tar.gz of the named files (name in the archive → file here).
func tarGz(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for name, src := range files {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o755, Size: int64(len(data)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
