package main

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestPromptCommandHelper is not a test: it is the command the
// --prompt-command tests run (this test binary, re-run), acting as a test
// mailbox. courier sets COURIER_PROMPT_VARIABLE; without it, it does
// nothing. Its arguments after "--": a mode, then the mode's.
func TestPromptCommandHelper(t *testing.T) {
	variable := os.Getenv("COURIER_PROMPT_VARIABLE")
	if variable == "" {
		return
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	switch args[0] {
	case "code-after": // code-after N COUNTER-FILE EMAIL: nothing for the first N runs, then the code for EMAIL
		n, _ := strconv.Atoi(args[1])
		b, _ := os.ReadFile(args[2])
		runs := len(b)
		os.WriteFile(args[2], append(b, '.'), 0o600)
		if runs >= n && args[3] == "user one@example.com" && variable == "code" {
			fmt.Println("  739214  ")
			fmt.Println("second line ignored")
		}
	case "fail":
		fmt.Fprintln(os.Stderr, "connecting to the mailbox…")
		fmt.Fprintln(os.Stderr, "mailbox unreachable")
		os.Exit(3)
	case "hang":
		time.Sleep(time.Minute)
	case "nothing":
	}
	os.Exit(0)
}

// --prompt-command: the value comes from a command (retried while it
// prints nothing), {{variables}} resolved in its words, the answer
// masked; a command that fails, hangs or never answers stops the run with
// exit 2 and says why.
func TestPromptCommand(t *testing.T) {
	srv := echoServer(t)
	coll := collectionFile(t, `"variable":[{"key":"email","value":"user one@example.com"},{"key":"code","value":""}],
"item":[{"name":"Verify","request":"`+srv.URL+`/verify?code={{code}}",
"event":[{"listen":"prerequest","script":{"exec":["console.log('prerequest sees', pm.variables.get('code'))"]}},
{"listen":"test","script":{"exec":["pm.test('the code was sent', function () { pm.expect(pm.response.json().query).to.equal('code=739214'); });"]}}]}]`)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	helper := func(mode ...string) string {
		return strconv.Quote(self) + " -test.run=^TestPromptCommandHelper$ -- " + strings.Join(mode, " ")
	}
	dir := t.TempDir()
	report := filepath.Join(dir, "r.json")

	counter := filepath.Join(dir, "counter")
	r := courier(t, "", "run", coll, "--prompt", "code", "-r", "cli,json", "--reporter-json-export", report,
		"--prompt-command", helper("code-after", "2", counter, "'{{email}}'"), "--prompt-command-interval", "10")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if n := strings.Count(r.stderr, "--prompt-command printed no code yet; trying again in 10ms"); n != 2 {
		t.Errorf("%d retries announced, want 2:\n%s", n, r.stderr)
	}
	if !strings.Contains(r.stderr, `courier: code for "Verify" from --prompt-command`) {
		t.Errorf("stderr:\n%s", r.stderr)
	}
	if !strings.Contains(r.stdout, "prerequest sees") {
		t.Errorf("the pre-request script did not log:\n%s", r.stdout)
	}
	b, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	for what, text := range map[string]string{"stdout": r.stdout, "stderr": r.stderr, "json report": string(b)} {
		if strings.Contains(text, "739214") {
			t.Errorf("the code is in the %s", what)
		}
	}

	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"fails", []string{"--prompt-command", helper("fail")},
			"--prompt-command for code (" + self + "): exited with status 3: mailbox unreachable"},
		{"hangs", []string{"--prompt-command", helper("hang"), "--prompt-command-timeout", "300"},
			"still running after 300ms (--prompt-command-timeout)"},
		{"never answers", []string{"--prompt-command", helper("nothing"), "--prompt-command-retries", "2", "--prompt-command-interval", "5"},
			"printed nothing in 3 runs over 10ms"},
		{"not found", []string{"--prompt-command", filepath.Join(dir, "no-such-command")}, "no such file or directory"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			r := courier(t, "", append([]string{"run", coll, "--prompt", "code"}, tt.args...)...)
			if r.code != 2 || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stderr:\n%s\nwant exit 2 and %q", r.code, r.stderr, tt.want)
			}
			if d := time.Since(start); d > 30*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}

	r = courier(t, "", "run", coll, "--prompt-command", "true")
	if r.code != 2 || !strings.Contains(r.stderr, "--prompt-command answers --prompt VAR") {
		t.Errorf("--prompt-command without --prompt: exit %d\n%s", r.code, r.stderr)
	}
}

func TestSplitWords(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
		err  string
	}{
		{"a b  c", []string{"a", "b", "c"}, ""},
		{`mailbox --email '{{e}} x'`, []string{"mailbox", "--email", "{{e}} x"}, ""},
		{`sh -c "echo \"a b\" \$HOME \x"`, []string{"sh", "-c", `echo "a b" $HOME \x`}, ""},
		{`a\ b 'c'"d"e`, []string{"a b", "cde"}, ""},
		{`'' ""`, []string{"", ""}, ""},
		{"\t\n", nil, ""},
		{"a 'b", nil, "unclosed ' at character 3"},
		{`a "b`, nil, `unclosed " in the command`},
		{`a\`, nil, "a backslash ends the command"},
	} {
		got, err := splitWords(tt.in)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%q: err %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func FuzzSplitWords(f *testing.F) {
	for _, s := range []string{"a b", `'a b' "c\"d" e\ f`, `"`, `'`, `\`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words, err := splitWords(s)
		if err != nil {
			return
		}
		// words joined back, each quoted, split to the same words
		var b strings.Builder
		for _, w := range words {
			b.WriteString("'" + strings.ReplaceAll(w, "'", `'\''`) + "' ")
		}
		again, err := splitWords(b.String())
		if err != nil || !reflect.DeepEqual(again, words) && !(len(again) == 0 && len(words) == 0) {
			t.Fatalf("%q: %q, quoted back %q: %q, %v", s, words, b.String(), again, err)
		}
	})
}
