package dist

import (
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// gitlabExample is the GitLab CI example of docs/ci-examples.md.
type gitlabExample struct {
	Tests struct {
		Parallel int      `yaml:"parallel"`
		Script   []string `yaml:"script"`
	} `yaml:"api-tests"`
	Report struct {
		Script []string `yaml:"script"`
	} `yaml:"api-report"`
}

// TestCIExamplesShardAndMerge runs the GitLab example's own script lines
// (docs/ci-examples.md) as GitLab would: each of its parallel jobs with
// CI_NODE_INDEX and CI_NODE_TOTAL set, then the report job's courier merge,
// in bash, against a local server. The merged junit report must hold the
// testcases of a sequential run of the same collection, and the merge job
// must exit with the sequential run's code.
func TestCIExamplesShardAndMerge(t *testing.T) {
	if os.Getenv("COURIER_INSTALL_TEST") == "" {
		t.Skip("builds courier: run with COURIER_INSTALL_TEST=1 (make install-check)")
	}
	if runtime.GOOS == "windows" {
		t.Skip("needs bash")
	}
	bash := mustLook(t, "bash")
	doc, err := os.ReadFile(filepath.Join(root, "docs", "ci-examples.md"))
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile("(?s)## GitLab CI.*?```yaml\n(.*?)```").FindSubmatch(doc)
	if block == nil {
		t.Fatal("docs/ci-examples.md has no GitLab yaml block")
	}
	var ex gitlabExample
	if err := yaml.Unmarshal(block[1], &ex); err != nil {
		t.Fatalf("the GitLab example is not YAML: %v", err)
	}
	if ex.Tests.Parallel < 2 || len(ex.Tests.Script) == 0 || len(ex.Report.Script) == 0 {
		t.Fatalf("the GitLab example lost its shape: %+v", ex)
	}

	tmp := t.TempDir()
	bin := filepath.Join(tmp, "bin")
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "courier"), "./cmd/courier")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/fail") {
			w.WriteHeader(500)
		}
		io.WriteString(w, `{"ok":true}`)
	}))
	defer srv.Close()
	work := filepath.Join(tmp, "work")
	folder := func(name string, reqs ...string) string {
		var items []string
		for _, r := range reqs {
			items = append(items, `{"name":"`+r+`","request":"{{base}}/`+r+`","event":[{"listen":"test","script":{"exec":["pm.test('`+r+` is 200', function () { pm.response.to.have.status(200); });"]}}]}`)
		}
		return `{"name":"` + name + `","item":[` + strings.Join(items, ",") + `]}`
	}
	coll := `{"info":{"name":"api","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[` +
		strings.Join([]string{folder("users", "u1", "u2"), folder("orders", "o1", "fail"), folder("items", "i1"), folder("admin", "a1", "a2"), folder("search", "s1")}, ",") + `]}`
	writeFile(t, filepath.Join(work, "api.postman_collection.json"), coll)
	writeFile(t, filepath.Join(work, "env", "ci.postman_environment.json"), `{"name":"ci","values":[{"key":"base","value":"`+srv.URL+`","enabled":true}]}`)

	sh := func(line string, env ...string) int {
		cmd := exec.Command(bash, "-c", line)
		cmd.Dir = work
		cmd.Env = append(os.Environ(), append(env, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))...)
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			t.Logf("%s: exit %d\n%s", line, ee.ExitCode(), out)
			return ee.ExitCode()
		} else if err != nil {
			t.Fatalf("%s: %v\n%s", line, err, out)
		}
		return 0
	}
	total := ex.Tests.Parallel
	for i := 1; i <= total; i++ {
		for _, line := range ex.Tests.Script {
			if c := sh(line, "CI_NODE_INDEX="+strconv.Itoa(i), "CI_NODE_TOTAL="+strconv.Itoa(total)); c > 1 {
				t.Fatalf("job %d of %d: %q exited %d", i, total, line, c)
			}
		}
	}
	code := 0
	for _, line := range ex.Report.Script {
		code = max(code, sh(line))
	}
	seq := sh("courier run api.postman_collection.json -e env/ci.postman_environment.json -r junit --reporter-junit-export seq.xml")
	if code != seq || seq != 1 {
		t.Errorf("the merge job exited %d, the sequential run %d (want 1: one request fails)", code, seq)
	}
	cases := func(p string) []string {
		b, err := os.ReadFile(filepath.Join(work, p))
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Suites []struct {
				Cases []struct {
					Name    string    `xml:"name,attr"`
					Failure *struct{} `xml:"failure"`
				} `xml:"testcase"`
			} `xml:"testsuite"`
		}
		if err := xml.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		var names []string
		for _, s := range doc.Suites {
			for _, c := range s.Cases {
				names = append(names, c.Name+map[bool]string{true: " FAILED", false: ""}[c.Failure != nil])
			}
		}
		sort.Strings(names)
		return names
	}
	merged, whole := cases("merged/junit.xml"), cases("seq.xml")
	if strings.Join(merged, "\n") != strings.Join(whole, "\n") || len(whole) != 8 {
		t.Errorf("merged junit testcases:\n%s\nsequential:\n%s", strings.Join(merged, "\n"), strings.Join(whole, "\n"))
	}
}
