// Package parallel runs a command's collections as independent units, on
// several goroutines (--parallel N) or as one shard of a split across CI
// machines (--shard i/n), and replays their events as one deterministic
// stream: the stream of the sequential run of the same units, in cursor
// order, whatever order the units finished in.
//
// # Units
//
// A plan is the list of units of a command, in the order a sequential run
// reaches them: for each collection (in the order given), for each
// iteration, each top-level item (with Plan's folders: a folder, or a
// request outside any folder) or the whole collection. Each unit is one
// runner.Run (runner.Options.OnlyIterations, OnlyTop) and has its own
// variable scopes, cookie jar, script runtime and connections: nothing one
// unit does is seen by another. In particular:
//
//   - globals, environment and collection variables a unit sets are not
//     seen by any other unit, also in the same collection: each unit starts
//     from the files' values (and --env-var, --global-var), as the first
//     iteration of a sequential run does. A collection whose later
//     iterations or folders read what earlier ones set needs the
//     sequential run (--parallel 1, no --shard);
//   - cookies set in one unit are not sent by another;
//   - pm.execution.setNextRequest to a request in another unit (another
//     top-level item, with folders as units) is not followed: the unit's
//     iteration ends there, with a warning on the console naming the
//     request;
//   - the variables a run leaves behind are per unit (Result.Units), so
//     the command refuses --export-environment, --export-globals,
//     --export-collection and --export-cookie-jar with units (no unit's
//     values would be the run's).
//
// # Events
//
// Run delivers the events of unit k only once units 0..k-1 have been
// delivered: the first unfinished unit's events go to the handler as they
// come, a later unit's are held, in memory up to Options.MemoryBudget for
// all held units together and beyond that in Options.Spool, until its turn.
// The stream holds, per collection, one RunStart (the first unit's, which
// carries the whole run's iteration count and length), each iteration's
// IterationStart and IterationEnd once, and one RunEnd (aborted when a unit
// was, with the first such unit's reason and error). When the units do not
// interact (above), it is the sequential run's stream apart from times and
// generated ids.
//
// # Bail
//
// With --bail, a unit that bails cancels every unit after it in the plan
// (those running are stopped, the others never start) and their events are
// dropped, as a sequential run would never have reached them; units before
// it run to their end, as in a sequential run. The stream is then the
// sequential run's. An interrupt (the context) stops every unit; the events
// of every unit that started are delivered.
package parallel

import (
	"fmt"

	"github.com/courier-run/courier/runner"
)

// Unit is one independent part of a command's run.
type Unit struct {
	Collection int // the collection's index in the command's order
	Iteration  int // the iteration (0-based); -1: every iteration of the run
	Top        int // the top-level item (index into Collection.Items); -1: the whole collection
}

func (u Unit) String() string {
	s := fmt.Sprintf("collection %d", u.Collection+1)
	if u.Iteration >= 0 {
		s += fmt.Sprintf(" iteration %d", u.Iteration+1)
	}
	if u.Top >= 0 {
		s += fmt.Sprintf(" item %d", u.Top+1)
	}
	return s
}

// Iterations is how many iterations a run of o has: -n, else one per
// data row, else one.
func Iterations(o runner.Options) int {
	if o.Iterations > 0 {
		return o.Iterations
	}
	if len(o.Data) > 0 {
		return len(o.Data)
	}
	return 1
}

// Split says what a plan's units are beside collections.
type Split struct {
	// Iterations: each iteration is a unit (--parallel N above 1, --shard);
	// else a unit runs all of a collection's iterations, one after another
	// as today (variables carry over from one iteration to the next).
	Iterations bool
	// Folders: each top-level item is a unit (--parallel-folders).
	Folders bool
}

// Plan lists the units of a command's runs (one runner.Options per
// collection, in the command's order), in the order a sequential run
// reaches them: collection, then iteration, then top-level item. Folders
// cannot be combined with a run's --folder selection.
func Plan(runs []runner.Options, split Split) ([]Unit, error) {
	folders := split.Folders
	var units []Unit
	for c, o := range runs {
		if o.Collection == nil {
			return nil, &runner.UsageError{Msg: "no collection"}
		}
		tops := []int{-1}
		if folders {
			if len(o.Folders) > 0 {
				return nil, &runner.UsageError{Msg: "--parallel-folders cannot be combined with --folder"}
			}
			if len(o.Collection.Items) > 0 {
				tops = tops[:0]
			}
			for i := range o.Collection.Items {
				tops = append(tops, i)
			}
		}
		its := []int{-1}
		if split.Iterations {
			its = its[:0]
			for it := 0; it < Iterations(o); it++ {
				its = append(its, it)
			}
		}
		for _, it := range its {
			for _, top := range tops {
				units = append(units, Unit{Collection: c, Iteration: it, Top: top})
			}
		}
	}
	return units, nil
}

// unitOptions are the runner options of one unit.
func unitOptions(o runner.Options, u Unit) runner.Options {
	if u.Iteration >= 0 {
		o.OnlyIterations = []int{u.Iteration}
	}
	if u.Top >= 0 {
		o.OnlyTop = []int{u.Top}
	}
	// each unit draws its own random numbers (a shared source is not safe
	// for concurrent runs)
	o.Rand = nil
	return o
}
