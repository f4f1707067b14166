package parallel

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/runner"
)

// Timings are the execution times of an earlier run, read from its json
// report (courier's or Newman's): the collection it ran and, per
// execution, its iteration, position and response time.
type Timings struct {
	CollectionID, CollectionName string
	Executions                   []ExecutionTime
}

// ExecutionTime is one execution of an earlier run.
type ExecutionTime struct {
	Iteration, Position int
	Duration            time.Duration
}

// perExecution is what each execution counts for beside its response
// time (scripts, a request that got no response).
const perExecution = time.Millisecond

// ReadTimings reads a json run report, streaming: only the collection's
// id and name and each execution's cursor and response time are kept.
// name names the report in errors.
func ReadTimings(name string, r io.Reader) (*Timings, error) {
	dec := json.NewDecoder(r)
	bad := func(path string, err error) error {
		if err == nil {
			err = errors.New("unexpected shape")
		}
		return &collections.Error{File: name, Path: path, Msg: fmt.Sprintf("not a json run report for --shard-timings (%v)", err)}
	}
	if err := expectDelim(dec, '{'); err != nil {
		return nil, bad("(top)", err)
	}
	t := &Timings{}
	sawRun := false
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, bad("(top)", err)
		}
		switch key {
		case "collection":
			var c struct {
				Info struct {
					ID   string `json:"_postman_id"`
					Name string `json:"name"`
				} `json:"info"`
			}
			if err := dec.Decode(&c); err != nil {
				return nil, bad("collection", err)
			}
			t.CollectionID, t.CollectionName = c.Info.ID, c.Info.Name
		case "run":
			sawRun = true
			if err := readRun(dec, t); err != nil {
				return nil, bad("run", err)
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, bad(fmt.Sprint(key), err)
			}
		}
	}
	if !sawRun {
		return nil, bad("run", errors.New("missing"))
	}
	return t, nil
}

func expectDelim(dec *json.Decoder, d json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != d {
		return fmt.Errorf("want %q, found %v", d, tok)
	}
	return nil
}

func readRun(dec *json.Decoder, t *Timings) error {
	if err := expectDelim(dec, '{'); err != nil {
		return err
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return err
		}
		if key != "executions" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return err
			}
			continue
		}
		if err := expectDelim(dec, '['); err != nil {
			return fmt.Errorf("executions: %w", err)
		}
		for dec.More() {
			var ex struct {
				Cursor struct {
					Iteration int `json:"iteration"`
					Position  int `json:"position"`
				} `json:"cursor"`
				Response *struct {
					ResponseTime float64 `json:"responseTime"`
				} `json:"response"`
			}
			if err := dec.Decode(&ex); err != nil {
				return fmt.Errorf("executions[%d]: %w", len(t.Executions), err)
			}
			d := perExecution
			if ex.Response != nil && ex.Response.ResponseTime > 0 {
				d += time.Duration(ex.Response.ResponseTime * float64(time.Millisecond))
			}
			t.Executions = append(t.Executions, ExecutionTime{Iteration: ex.Cursor.Iteration, Position: ex.Cursor.Position, Duration: d})
		}
		if _, err := dec.Token(); err != nil {
			return err
		}
	}
	_, err := dec.Token()
	return err
}

// UnitDurations are the units' durations in earlier runs: each unit's
// executions' times added up, the timings matched to a collection by its
// id, else by its name. A unit the timings do not cover (a new iteration,
// folder or collection) counts as the mean of the units they do, so it
// is neither piled onto one shard nor ignored.
func UnitDurations(runs []runner.Options, units []Unit, timings []*Timings) []time.Duration {
	out := make([]time.Duration, len(units))
	known := make([]bool, len(units))
	at := map[Unit]int{}
	splitIters, splitTops := map[int]bool{}, map[int]bool{}
	for i, u := range units {
		at[u] = i
		splitIters[u.Collection] = splitIters[u.Collection] || u.Iteration >= 0
		splitTops[u.Collection] = splitTops[u.Collection] || u.Top >= 0
	}
	for c, o := range runs {
		t := matchTimings(o.Collection, timings)
		if t == nil {
			continue
		}
		tops := topOfPositions(o.Collection)
		for _, ex := range t.Executions {
			key := Unit{Collection: c, Iteration: -1, Top: -1}
			if splitIters[c] {
				key.Iteration = ex.Iteration
			}
			if splitTops[c] {
				if ex.Position < 0 || ex.Position >= len(tops) {
					continue
				}
				key.Top = tops[ex.Position]
			}
			if i, ok := at[key]; ok {
				out[i] += ex.Duration
				known[i] = true
			}
		}
	}
	var sum time.Duration
	n := 0
	for i, ok := range known {
		if ok {
			sum += out[i]
			n++
		}
	}
	mean := time.Duration(1)
	if n > 0 {
		mean = max(sum/time.Duration(n), 1)
	}
	for i, ok := range known {
		if !ok {
			out[i] = mean
		}
	}
	return out
}

func matchTimings(c *collections.Collection, timings []*Timings) *Timings {
	for _, t := range timings {
		if t.CollectionID != "" && t.CollectionID == c.Info.PostmanID {
			return t
		}
	}
	for _, t := range timings {
		if t.CollectionName == c.Info.Name {
			return t
		}
	}
	return nil
}

// topOfPositions maps each position of the whole collection's run order to
// its top-level item.
func topOfPositions(c *collections.Collection) []int {
	var out []int
	var count func(it *collections.Item, top int)
	count = func(it *collections.Item, top int) {
		if !it.Folder {
			out = append(out, top)
			return
		}
		for _, ch := range it.Items {
			count(ch, top)
		}
	}
	for i, it := range c.Items {
		count(it, i)
	}
	return out
}
