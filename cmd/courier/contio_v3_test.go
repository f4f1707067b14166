package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The partner collection as a Postman collection format v3 tree
// (examples/contio/partner-v3, written by `courier convert` from the v2.1 file)
// against the in-process Contio stand-in: courier must give the outcomes the
// Postman CLI 1.34.0 gave for the tree (examples/contio/testdata/postman-cli-*,
// recorded by testdata/postman-cli/record.sh) and Newman 6.2.2 for the v2.1 file
// (newman-*.txt), with every reporter.

const partnerTree = "../../examples/contio/partner-v3"

func TestPartnerV3MatchesPostmanCLIAndNewman(t *testing.T) {
	tests := []struct {
		name, cli, newman string
		args              []string
	}{
		{"happy path", "postman-cli-happy-path.expected.json", "newman-happy-path.txt", []string{"--env-var", "otp_code=" + otp}},
		{"wrong OTP", "postman-cli-wrong-otp.expected.json", "newman-wrong-otp.txt", []string{"--env-var", "otp_code=000000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, _ := contioServer(t, otp)
			dir := t.TempDir()
			report := filepath.Join(dir, "partner.json")
			args := append([]string{"run", partnerTree, "-e", partnerEnv, "--env-var", "base_url=" + srv.URL,
				"-r", "cli,json,junit,html,progress,emojitrain,github,tap",
				"--reporter-json-export", report,
				"--reporter-junit-export", filepath.Join(dir, "partner.xml"),
				"--reporter-html-export", filepath.Join(dir, "partner.html"),
				"--reveal-secrets"}, tt.args...)
			r := courier(t, "", args...)
			want := readCLIExpectation(t, filepath.Join("../../examples/contio/testdata", tt.cli))
			compareCLI(t, reduceForCLI(t, report, r.code), want)
			compareRecorded(t, outcome(t, r.code, report), readRecorded(t, tt.newman))

			// every reporter wrote what it writes
			if !strings.Contains(r.stdout, "Contio Partner API") || !strings.Contains(r.stdout, "1..") {
				t.Errorf("cli and tap output missing:\n%s", r.stdout)
			}
			var suites struct {
				Suites []struct{ Name string } `xml:"testsuite"`
			}
			data, err := os.ReadFile(filepath.Join(dir, "partner.xml"))
			if err != nil {
				t.Fatal(err)
			}
			if err := xml.Unmarshal(data, &suites); err != nil || len(suites.Suites) != 27 {
				t.Errorf("junit: %d suites, %v", len(suites.Suites), err)
			}
			html, err := os.ReadFile(filepath.Join(dir, "partner.html"))
			if err != nil || !strings.Contains(string(html), "Verify OTP") {
				t.Errorf("html report: %v", err)
			}
			var rep struct {
				Collection struct {
					Info struct{ Name string } `json:"info"`
				} `json:"collection"`
			}
			data, _ = os.ReadFile(report)
			if err := json.Unmarshal(data, &rep); err != nil || rep.Collection.Info.Name != "Contio Partner API" {
				t.Errorf("json report collection %q: %v", rep.Collection.Info.Name, err)
			}
		})
	}
}

// The tree reads as the very collection of the v2.1 file: courier diff finds
// no change, and converting it back gives the file's document.
func TestPartnerV3IsTheV2Collection(t *testing.T) {
	r := courier(t, "", "diff", partnerCollection, partnerTree)
	if r.code != 0 || !strings.Contains(r.stdout, "no changes") {
		t.Fatalf("courier diff: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	out := filepath.Join(t.TempDir(), "partner.json")
	if r := courier(t, "", "convert", partnerTree, out); r.code != 0 {
		t.Fatalf("convert: exit %d: %s", r.code, r.stderr)
	}
	sameJSONFile(t, partnerCollection, out)
}

// sameJSONFile compares two JSON files' values (key order aside).
func sameJSONFile(t *testing.T, a, b string) {
	t.Helper()
	var va, vb any
	for _, x := range []struct {
		f string
		v *any
	}{{a, &va}, {b, &vb}} {
		data, err := os.ReadFile(x.f)
		if err != nil {
			t.Fatal(err)
		}
		data = []byte(strings.TrimPrefix(string(data), "\uFEFF"))
		if err := json.Unmarshal(data, x.v); err != nil {
			t.Fatalf("%s: %v", x.f, err)
		}
	}
	ja, _ := json.Marshal(va)
	jb, _ := json.Marshal(vb)
	if string(ja) != string(jb) {
		t.Errorf("%s and %s differ", a, b)
	}
}

// The repository's v3 trees have file names a Go module zip accepts
// (golang.org/x/mod/module.CheckFilePath: letters, digits, spaces and
// !#$%&()+,-.=@[]^_{}~): `go install courier@version` fetches the module
// zip, which a file named with an emoji (as Postman names a folder "🔐 OAuth
// Flow") would break. Such a folder keeps its name in its definition.
func TestRepositoryTreesHaveModuleSafeNames(t *testing.T) {
	for _, root := range []string{partnerTree, postmanCLIDir} {
		err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			for _, r := range d.Name() {
				ok := unicode.IsLetter(r) || '0' <= r && r <= '9' || r < utf8.RuneSelf && strings.ContainsRune("!#$%&()+,-.=@[]^_{}~ ", r)
				if !ok {
					t.Errorf("%s: %q is not allowed in a Go module's file names", p, r)
					break
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
