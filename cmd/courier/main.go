// Command courier runs Postman collections the way Newman does, faster, in one
// binary. This package is the only place that touches files, the environment,
// standard streams and the clock.
package main

import (
	"context"
	"errors"
	"fmt"
	"github.com/courier-run/courier/parallel"
	"io"
	"math"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"sync"
	"syscall"
	"time"

	"github.com/courier-run/courier/scripting"
)

// softMemoryLimit is the GC's soft limit unless GOMEMLIMIT says otherwise.
const softMemoryLimit = 96 << 20

// gcPercent is the GC target unless GOGC says otherwise.
const gcPercent = 200

// startUpGCPercent is the GC target of `courier run` until its first item
// has ended (unless GOGC says otherwise): starting the script sandbox
// allocates about 12 MB, mostly compiling its JavaScript, and a collection
// in the middle of that costs more (in assists while two programs compile)
// than the MiB or so it would save.
const startUpGCPercent = 400

// startUpGC sets the start-up GC target and returns the function that sets
// the run's (called once its first item has ended, or when it ends).
func startUpGC() (done func()) {
	debug.SetGCPercent(startUpGCPercent)
	return sync.OnceFunc(func() { debug.SetGCPercent(gcPercent) })
}

// raiseMemoryLimitFor keeps the soft memory limit above what a very large
// collection itself needs, so the GC does not run constantly: twice the
// live heap once the collection is loaded, when that is more than the default.
func raiseMemoryLimitFor(e *env) {
	if e.getenv("GOMEMLIMIT") != "" || debug.SetMemoryLimit(-1) == math.MaxInt64 {
		return // set by the user, or no limit (in-process tests)
	}
	// what is allocated so far bounds the live heap: when even that is
	// well under the limit, a collection (which would cost start-up time)
	// is not needed to know the limit can stay
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if int64(ms.HeapAlloc)*2 <= debug.SetMemoryLimit(-1) {
		return
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	if want := int64(ms.HeapAlloc) * 2; want > debug.SetMemoryLimit(-1) {
		debug.SetMemoryLimit(want)
	}
}

// env is everything the CLI takes from the process, so tests can run it in-process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	// environ is the process's environment, for the commands courier runs
	// (--prompt-command); nil: none but what courier adds
	environ func() []string
	now     func() time.Time
	isTTY   func(f any) bool
	// stdinTTY says whether stdin is a terminal (for --prompt).
	stdinTTY bool
	// hurry is closed by a second interrupt: the run is abandoned at once
	// (nil: never).
	hurry <-chan struct{}
	// setMatchTimeout sets the process-wide regular expression match bound
	// (nil in in-process tests, which share the process).
	setMatchTimeout func(time.Duration)
	// progress hears of parallel units starting and ending (nil: nobody)
	progress func(parallel.Progress)
	// startUp sets the process's GC target for a run's start-up and returns
	// the function that ends it (nil in in-process tests, which share the
	// process)
	startUp func() (done func())
}

func main() {
	// A soft memory limit keeps long runs small: the GC works harder as the
	// heap nears it (GOMEMLIMIT, when set, wins).
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softMemoryLimit)
	}
	// Scripts allocate a lot of short-lived objects: collect less often, and
	// let the soft limit bound the heap (GOGC, when set, wins).
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	// the first SIGINT or SIGTERM interrupts the run (see interruptGrace),
	// a second one abandons it at once
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	hurry := make(chan struct{})
	go func() {
		<-sigs
		cancel()
		<-sigs
		close(hurry)
	}()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, environ: os.Environ, now: time.Now, isTTY: isTerminal, stdinTTY: isTerminal(os.Stdin),
		hurry: hurry, setMatchTimeout: scripting.SetMatchTimeout}
	if os.Getenv("GOGC") == "" {
		e.startUp = startUpGC
	}
	os.Exit(Main(ctx, os.Args[1:], e))
}

const usage = `courier — run Postman collections (a faster, single-binary Newman)

Usage:
  courier run <collection.json|URL|folder>... [options]
                                                run one collection or several (Newman's run flags)
  courier diff OLD NEW [options]                review what changed between two collection versions
  courier check COLLECTION [options]            check a collection before a run, without sending anything
  courier merge REPORT.json... [options]        merge the json reports of a run's shards into one run's reports
  courier convert IN OUT [options]              convert between v2.1 JSON and v3 (YAML tree) collections
  courier version                               print the version, commit and Go version
  courier --version                             print the version alone

Run "courier run --help" for the run options.
`

// Main dispatches the subcommands and returns the exit code.
func Main(ctx context.Context, args []string, e *env) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(e.stderr, "courier: internal error: %v (please report this)\n", r)
			code = 4
		}
	}()
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return 2
	}
	switch args[0] {
	case "run":
		if len(args) > 1 && (args[1] == "--help" || args[1] == "-h") {
			fmt.Fprint(e.stdout, runHelpText())
			return 0
		}
		return runCommand(ctx, args[1:], e)
	case "diff":
		return diffMain(ctx, args[1:], e)
	case "check":
		return checkMain(ctx, args[1:], e)
	case "convert":
		return convertCommand(ctx, args[1:], e)
	case "merge":
		if len(args) > 1 && (args[1] == "--help" || args[1] == "-h") {
			fmt.Fprint(e.stdout, mergeUsage)
			return 0
		}
		return mergeCommand(ctx, args[1:], e)
	case "--version", "-v":
		fmt.Fprintf(e.stdout, "courier %s\n", courierVersion())
		return 0
	case "version":
		fmt.Fprintf(e.stdout, "courier %s\n%s", courierVersion(), buildDetails())
		return 0
	case "help", "--help", "-h":
		fmt.Fprint(e.stdout, usage)
		return 0
	}
	fmt.Fprintf(e.stderr, "courier: error: unknown command %q\n\n%s", args[0], usage)
	return 2
}

// exitCoder is implemented by errors that carry an exit code.
type exitCoder interface{ ExitCode() int }

// fail prints one line for err and returns its exit code (2 unless it says otherwise).
func fail(e *env, err error) int {
	fmt.Fprintf(e.stderr, "courier: error: %s\n", err)
	var ec exitCoder
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	return 2
}

func isTerminal(f any) bool {
	if lw, ok := f.(*liveWriter); ok {
		f = lw.file()
	}
	file, ok := f.(*os.File)
	if !ok || file == nil {
		return false
	}
	fi, err := file.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
