package diff

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/courier-run/courier/collections"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// checkGolden compares got with testdata/<dir>/<name>.golden (or rewrites it
// with -update).
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./collections/diff/ -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func loadCollection(t testing.TB, path string) *collections.Collection {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c, err := collections.Decode(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestGoldenCollections(t *testing.T) {
	tests := []struct {
		golden   string // file under testdata/<dir>/
		dir      string
		old, new string // files under testdata/<dir>/ (old.json and new.json when empty)
		opts     Options
		write    WriteOptions
		failOn   []Class
		exit     int
	}{
		{golden: "text.golden", dir: "shop", write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "color.golden", dir: "shop", write: WriteOptions{Format: FormatText, Color: true}, exit: 1},
		{golden: "markdown.golden", dir: "shop", write: WriteOptions{Format: FormatMarkdown}, exit: 1},
		{golden: "json.golden", dir: "shop", write: WriteOptions{Format: FormatJSON}, exit: 1},
		{golden: "summary.golden", dir: "shop", write: WriteOptions{Format: FormatText, Summary: true}, exit: 1},
		{golden: "summary-json.golden", dir: "shop", write: WriteOptions{Format: FormatJSON, Summary: true}, exit: 1},
		{golden: "summary-markdown.golden", dir: "shop", write: WriteOptions{Format: FormatMarkdown, Summary: true}, exit: 1},
		{golden: "ignore-descriptions.golden", dir: "shop", opts: Options{IgnoreDescriptions: true}, write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "fail-on-method.golden", dir: "shop", write: WriteOptions{Format: FormatText, Summary: true}, failOn: []Class{ClassMethod}, exit: 1},
		{golden: "text.golden", dir: "reorder", write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "json.golden", dir: "reorder", write: WriteOptions{Format: FormatJSON}, exit: 1},
		{golden: "ignore-order.golden", dir: "reorder", opts: Options{IgnoreOrder: true}, write: WriteOptions{Format: FormatText}, exit: 0},
		{golden: "fail-on-url.golden", dir: "reorder", write: WriteOptions{Format: FormatText, Summary: true}, failOn: []Class{ClassURL, ClassAuth}, exit: 0},
		{golden: "text.golden", dir: "identical", write: WriteOptions{Format: FormatText}, exit: 0},
		{golden: "markdown.golden", dir: "identical", write: WriteOptions{Format: FormatMarkdown}, exit: 0},
		{golden: "json.golden", dir: "identical", write: WriteOptions{Format: FormatJSON}, exit: 0},
		{golden: "text.golden", dir: "partner", write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "markdown.golden", dir: "partner", write: WriteOptions{Format: FormatMarkdown}, exit: 1},
		{golden: "text.golden", dir: "noids", write: WriteOptions{Format: FormatText}, exit: 1},
		// issue 17's example: no ids, five requests renamed, one added, base_URL
		// renamed to base_url with every use updated
		{golden: "text.golden", dir: "books", write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "verbose.golden", dir: "books", write: WriteOptions{Format: FormatText, Verbose: true}, exit: 1},
		{golden: "color-verbose.golden", dir: "books", write: WriteOptions{Format: FormatText, Verbose: true, Color: true}, exit: 1},
		{golden: "summary.golden", dir: "books", write: WriteOptions{Format: FormatText, Summary: true}, exit: 1},
		{golden: "markdown.golden", dir: "books", write: WriteOptions{Format: FormatMarkdown, Verbose: true}, exit: 1},
		{golden: "json.golden", dir: "books", write: WriteOptions{Format: FormatJSON}, exit: 1},
		{golden: "json-verbose.golden", dir: "books", write: WriteOptions{Format: FormatJSON, Verbose: true}, exit: 1},
		{golden: "no-renames.golden", dir: "books", opts: Options{NoRenames: true}, write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "fail-on-removed.golden", dir: "books", write: WriteOptions{Format: FormatText, Summary: true}, failOn: []Class{ClassRemoved}, exit: 0},
		// one use of {{base_URL}} left behind: the rename is not folded
		{golden: "stale.golden", dir: "books", new: "stale.json", write: WriteOptions{Format: FormatText, Verbose: true}, exit: 1},
		{golden: "stale-json.golden", dir: "books", new: "stale.json", write: WriteOptions{Format: FormatJSON, Summary: true}, exit: 1},
		{golden: "text.golden", dir: "similar", write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "json.golden", dir: "similar", write: WriteOptions{Format: FormatJSON}, exit: 1},
		{golden: "markdown.golden", dir: "similar", write: WriteOptions{Format: FormatMarkdown}, exit: 1},
		{golden: "threshold-20.golden", dir: "similar", opts: Options{RenameThreshold: 20}, write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "no-renames.golden", dir: "similar", opts: Options{NoRenames: true}, write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "ids.golden", dir: "similar", old: "ids-old.json", new: "ids-new.json", write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "ids-json.golden", dir: "similar", old: "ids-old.json", new: "ids-new.json", write: WriteOptions{Format: FormatJSON}, exit: 1},
		{golden: "ids-no-renames.golden", dir: "similar", old: "ids-old.json", new: "ids-new.json", opts: Options{NoRenames: true}, write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "ids-regenerated.golden", dir: "similar", old: "ids-old.json", new: "ids-regenerated.json", write: WriteOptions{Format: FormatText}, exit: 1},
	}
	for _, tt := range tests {
		t.Run(tt.dir+"/"+tt.golden, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join("testdata", tt.dir)
			of, nf := tt.old, tt.new
			if of == "" {
				of = "old.json"
			}
			if nf == "" {
				nf = "new.json"
			}
			old := loadCollection(t, filepath.Join(dir, of))
			new := loadCollection(t, filepath.Join(dir, nf))
			r := Collections(old, new, tt.opts)
			r.Old.Source, r.New.Source = of, nf
			var b bytes.Buffer
			if err := r.Write(&b, tt.write); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join(dir, tt.golden), b.Bytes())
			if got := r.ExitCode(tt.failOn); got != tt.exit {
				t.Errorf("exit code %d, want %d", got, tt.exit)
			}
		})
	}
}

func loadRun(t testing.TB, path string) *Run {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := ParseRun(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestGoldenRuns(t *testing.T) {
	tests := []struct {
		golden   string // file under testdata/runs/
		old, new string
		opts     RunOptions
		write    WriteOptions
		failOn   []RunClass
		exit     int
	}{
		{golden: "happy-wrong-secret.golden", old: "happy.json", new: "wrong-secret.json", write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "wrong-secret-happy.golden", old: "wrong-secret.json", new: "happy.json", write: WriteOptions{Format: FormatText, Summary: true}, exit: 1},
		{golden: "happy-wrong-secret-md.golden", old: "happy.json", new: "wrong-secret.json", write: WriteOptions{Format: FormatMarkdown, Summary: true}, exit: 1},
		{golden: "happy-v2.golden", old: "happy.json", new: "v2.json", write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "happy-v2-md.golden", old: "happy.json", new: "v2.json", write: WriteOptions{Format: FormatMarkdown}, exit: 1},
		{golden: "happy-slow.golden", old: "happy.json", new: "happy-slow.json", write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "happy-slow-json.golden", old: "happy.json", new: "happy-slow.json", write: WriteOptions{Format: FormatJSON}, exit: 1},
		{golden: "happy-slow-fail-on-failing.golden", old: "happy.json", new: "happy-slow.json", write: WriteOptions{Format: FormatText, Summary: true}, failOn: []RunClass{RunFailing}, exit: 0},
		{golden: "happy-slow-threshold.golden", old: "happy.json", new: "happy-slow.json", opts: RunOptions{TimeThreshold: 1000, MinTimeDelta: 100 * time.Millisecond}, write: WriteOptions{Format: FormatText}, exit: 0},
		{golden: "happy-happy.golden", old: "happy.json", new: "happy.json", write: WriteOptions{Format: FormatText}, exit: 0},
		{golden: "courier.golden", old: "courier-old.json", new: "courier-new.json", write: WriteOptions{Format: FormatText}, exit: 1},
		{golden: "courier-json.golden", old: "courier-old.json", new: "courier-new.json", write: WriteOptions{Format: FormatJSON}, exit: 1},
		{golden: "courier-md.golden", old: "courier-old.json", new: "courier-new.json", write: WriteOptions{Format: FormatMarkdown}, exit: 1},
		{golden: "courier-color.golden", old: "courier-old.json", new: "courier-new.json", write: WriteOptions{Format: FormatText, Color: true}, exit: 1},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			dir := filepath.Join("testdata", "runs")
			opts := tt.opts
			if opts == (RunOptions{}) {
				opts = DefaultRunOptions()
			}
			r := Runs(loadRun(t, filepath.Join(dir, tt.old)), loadRun(t, filepath.Join(dir, tt.new)), opts)
			r.Old.Source, r.New.Source = tt.old, tt.new
			var b bytes.Buffer
			if err := r.Write(&b, tt.write); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join(dir, tt.golden), b.Bytes())
			if got := r.ExitCode(tt.failOn); got != tt.exit {
				t.Errorf("exit code %d, want %d", got, tt.exit)
			}
		})
	}
}
