package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func writeText(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// A report path is written without replacing what the user has there
// unless it is a regular file: a FIFO (as /dev/null or /dev/stdout would
// be) stays a FIFO and receives the report, a symbolic link keeps pointing
// at its target, which gets the report, and a directory is refused.
func TestWriteReportKeepsWhatIsThere(t *testing.T) {
	dir := t.TempDir()
	p := func(n string) string { return filepath.Join(dir, n) }

	t.Run("regular file", func(t *testing.T) {
		os.WriteFile(p("r.json"), []byte("old"), 0o644)
		if err := writeReport(p("r.json"), writeText("new")); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(p("r.json")); string(b) != "new" {
			t.Errorf("file holds %q", b)
		}
	})
	t.Run("fifo", func(t *testing.T) {
		if err := syscall.Mkfifo(p("pipe"), 0o600); err != nil {
			t.Skip("no FIFOs here:", err)
		}
		got := make(chan string)
		go func() {
			f, err := os.Open(p("pipe"))
			if err != nil {
				got <- err.Error()
				return
			}
			b, _ := io.ReadAll(f)
			f.Close()
			got <- string(b)
		}()
		if err := writeReport(p("pipe"), writeText("through the pipe")); err != nil {
			t.Fatal(err)
		}
		if s := <-got; s != "through the pipe" {
			t.Errorf("the reader got %q", s)
		}
		if fi, err := os.Lstat(p("pipe")); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
			t.Errorf("the FIFO was replaced: %v %v", fi.Mode(), err)
		}
	})
	t.Run("symlink", func(t *testing.T) {
		os.WriteFile(p("target.json"), []byte("old"), 0o644)
		if err := os.Symlink(p("target.json"), p("link.json")); err != nil {
			t.Skip(err)
		}
		if err := writeReport(p("link.json"), writeText("via link")); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat(p("link.json")); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced: %v %v", fi.Mode(), err)
		}
		if b, _ := os.ReadFile(p("target.json")); string(b) != "via link" {
			t.Errorf("target holds %q", b)
		}
	})
	t.Run("directory", func(t *testing.T) {
		os.Mkdir(p("d"), 0o755)
		err := writeReport(p("d"), writeText("x"))
		if err == nil || !strings.Contains(err.Error(), "directory") {
			t.Errorf("err = %v", err)
		}
	})
}
