package main

import (
	"context"
	"fmt"
	"os"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/parallel"
	"github.com/courier-run/courier/runner"
	"github.com/courier-run/courier/vars"
)

// runFunc runs a collection: runner.Run, or a run in units (runInUnits).
type runFunc func(ctx context.Context, opts runner.Options) (*runner.Result, error)

// inUnits says whether the run is split into units (--parallel above 1,
// --parallel-folders, --shard).
func (a *runArgs) inUnits() bool {
	return a.parallel > 1 || a.parallelFolders || a.shard != ""
}

// checkUnits refuses what a run in units cannot do and finds the shard
// (--shard auto reads the CI's variables); it returns nil for a whole
// run.
func checkUnits(a *runArgs, e *env) (*parallel.Shard, error) {
	if !a.inUnits() {
		if a.shardTotal > 0 || len(a.shardTimings) > 0 {
			return nil, usagef("--shard-total and --shard-timings need --shard")
		}
		return nil, nil
	}
	for _, x := range []struct{ flag, value string }{
		{"--export-environment", a.exportEnvironment}, {"--export-globals", a.exportGlobals},
		{"--export-collection", a.exportCollection}, {"--export-cookie-jar", a.exportCookieJar},
	} {
		if x.value != "" {
			return nil, usagef("%s cannot be combined with --parallel, --parallel-folders or --shard: each unit has its own variables and cookies, so no unit's are the run's", x.flag)
		}
	}
	if len(a.prompts) > 0 {
		return nil, usagef("--prompt cannot be combined with --parallel, --parallel-folders or --shard: set the variables with --env-var")
	}
	if a.parallelFolders && len(a.folders) > 0 {
		return nil, usagef("--parallel-folders cannot be combined with --folder")
	}
	switch a.shard {
	case "":
		if a.shardTotal > 0 || len(a.shardTimings) > 0 {
			return nil, usagef("--shard-total and --shard-timings need --shard")
		}
		return nil, nil
	case "auto":
		s, from, err := parallel.AutoShard(func(k string) (string, bool) { v := e.getenv(k); return v, v != "" }, a.shardTotal)
		if err != nil {
			return nil, usagef("%v", err)
		}
		if !a.silent {
			fmt.Fprintf(e.stderr, "courier: shard %s (%s)\n", s, from)
		}
		return &s, nil
	}
	if a.shardTotal > 0 {
		return nil, usagef("--shard-total goes with --shard auto (a Kubernetes Indexed Job)")
	}
	s, err := parallel.ParseShard(a.shard)
	if err != nil {
		return nil, usagef("%v", err)
	}
	return &s, nil
}

// runInUnits is the runFunc of a run in units: the plan (iterations, and
// top-level items with --parallel-folders), this shard's part of it (by
// count, or by --shard-timings), run --parallel at once; the reporters get
// the merged stream. The result's variables are the last delivered
// unit's (the reports' environment and globals).
//
// With several collections (colls), each is a run of its own from the same
// options, and the reporters get one run (combined); without units each
// collection is one unit.
func runInUnits(a *runArgs, e *env, shard *parallel.Shard, colls []*collections.Collection) runFunc {
	return func(ctx context.Context, opts runner.Options) (*runner.Result, error) {
		h := opts.Handler
		runs := []runner.Options{opts}
		if len(colls) > 1 {
			c := &combined{h: h}
			defer c.Close()
			h = c
			runs = runs[:0]
			for _, coll := range colls {
				o := opts
				o.Collection, o.Handler = coll, h
				runs = append(runs, o)
			}
			opts.Handler = h
		}
		units, err := parallel.Plan(runs, parallel.Split{Iterations: a.inUnits(), Folders: a.parallelFolders})
		if err != nil {
			return nil, err
		}
		if shard != nil {
			all := len(units)
			if len(a.shardTimings) > 0 {
				var timings []*parallel.Timings
				for _, p := range a.shardTimings {
					t, err := readTimings(p)
					if err != nil {
						return nil, &runner.UsageError{Msg: err.Error()}
					}
					timings = append(timings, t)
				}
				units = parallel.SplitByDurations(units, parallel.UnitDurations(runs, units, timings), *shard)
			} else {
				units = parallel.SplitByCount(units, *shard)
			}
			if len(units) == 0 && !a.silent {
				fmt.Fprintf(e.stderr, "courier: warning: shard %s has nothing to run (the run has %d units%s)\n", shard, all, map[bool]string{false: "; --parallel-folders makes each top-level folder one", true: ""}[a.parallelFolders])
			}
		}
		if len(units) == 0 {
			// an empty shard still writes its (empty) reports
			emptyRun(opts, e)
			return &runner.Result{Variables: fileVars(opts)}, nil
		}
		o := parallel.Options{Parallel: max(a.parallel, 1), Handler: h, Progress: e.progress}
		if f, err := newTempFile(); err == nil {
			defer f.Close()
			o.Spool = f
		}
		pres, err := parallel.Run(ctx, runs, units, o)
		if pres == nil {
			return nil, err
		}
		res := &runner.Result{Aborted: pres.Aborted, Failed: pres.Failed, Variables: fileVars(opts)}
		for _, u := range pres.Units {
			if !u.Dropped && u.Result != nil {
				res.Variables, res.Jar = u.Result.Variables, u.Result.Jar
			}
		}
		return res, err
	}
}

func readTimings(path string) (*parallel.Timings, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--shard-timings: %v", err)
	}
	defer f.Close()
	return parallel.ReadTimings(path, f)
}

// fileVars are the environment and globals as the files and --env-var,
// --global-var give them.
func fileVars(o runner.Options) *vars.Set {
	env, globals := fileScope(vars.Environment, o.Environment), fileScope(vars.Globals, o.Globals)
	for _, v := range o.EnvVars {
		env.Set(v.Key, v.Value)
	}
	for _, v := range o.GlobalVars {
		globals.Set(v.Key, v.Value)
	}
	return &vars.Set{Environment: env, Globals: globals}
}

// emptyRun gives the reporters a run without units.
func emptyRun(o runner.Options, e *env) {
	if o.Handler == nil {
		return
	}
	length := 0
	for _, it := range o.Collection.Items {
		length += countRequests(it)
	}
	o.Handler.Handle(events.RunStart{Collection: o.Collection.Info.Name, CollectionID: o.Collection.Info.PostmanID,
		Iterations: parallel.Iterations(o), Length: length, Time: e.now()})
	o.Handler.Handle(events.RunEnd{Time: e.now()})
}

// countRequests counts the requests in an item (itself, or a folder's).
func countRequests(it *collections.Item) int {
	if !it.Folder {
		return 1
	}
	n := 0
	for _, ch := range it.Items {
		n += countRequests(ch)
	}
	return n
}
