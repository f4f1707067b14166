package merge

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
)

// reader reads one json run report as a stream: the members before
// run.executions whole (they are small but for the collection, read once),
// then run.executions and run.failures one element at a time, so a report
// of any length costs the memory of its largest execution.
//
// It expects the member order every json reporter writes (Newman's and
// courier's): collection, environment and globals before run; in run,
// executions before failures. Members it does not know are skipped.
type reader struct {
	name string
	dec  *json.Decoder
	path string // where the reader is, for messages ("run.executions[3]")

	collection   json.RawMessage
	environment  json.RawMessage
	globals      json.RawMessage
	version      string // the report's "courier": {"version"} (none in today's reports)
	hasStats     bool
	stats        events.Stats
	timings      events.Timings
	transfers    int64
	runError     json.RawMessage // run.error unless null
	tree         *tree
	state        int
	n            int // elements read of the current array
	seenFailures bool
}

const (
	stInRun        = iota // inside run, before executions
	stExecutions          // inside run.executions
	stAfterExec           // inside run, after executions
	stFailures            // inside run.failures
	stAfterFailure        // inside run, after failures
	stDone                // the whole document read
)

func newReader(name string, r io.Reader) *reader {
	dec := json.NewDecoder(r)
	dec.UseNumber()
	return &reader{name: name, dec: dec}
}

// errorf is a report problem at the reader's place (exit code 2).
func (r *reader) errorf(path, format string, args ...any) error {
	return &collections.Error{File: r.name, Path: path, Msg: fmt.Sprintf(format, args...)}
}

// jsonErr turns a decoding error into a report problem: the JSON path of
// the value, what was expected, and the byte offset of a syntax error.
func (r *reader) jsonErr(path string, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return r.errorf(path, "invalid JSON at byte %d: %v", r.dec.InputOffset(), se)
	case errors.As(err, &te):
		p := path
		if te.Field != "" {
			p += "." + te.Field
		}
		return r.errorf(p, "expected %s, got %s", goKind(te.Type.Kind().String()), te.Value)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return r.errorf(path, "unexpected end of the report (truncated file?)")
	}
	return r.errorf(path, "%v", err)
}

func goKind(k string) string {
	switch k {
	case "int", "int64", "float64", "int32", "uint", "uint64":
		return "a number"
	case "string":
		return "a string"
	case "bool":
		return "a boolean"
	case "slice", "array":
		return "an array"
	case "struct", "map":
		return "an object"
	}
	return "a " + k
}

// token reads the next token and checks it is the delimiter want.
func (r *reader) delim(path string, want json.Delim) error {
	t, err := r.dec.Token()
	if err != nil {
		return r.jsonErr(path, err)
	}
	if d, ok := t.(json.Delim); !ok || d != want {
		return r.errorf(path, "expected %s, got %s", delimName(want), tokenName(t))
	}
	return nil
}

func delimName(d json.Delim) string {
	switch d {
	case '{':
		return "an object"
	case '[':
		return "an array"
	}
	return strconv.Quote(string(d))
}

func tokenName(t json.Token) string {
	switch v := t.(type) {
	case json.Delim:
		if v == '{' {
			return "an object"
		}
		if v == '[' {
			return "an array"
		}
		return strconv.Quote(string(v))
	case string:
		return "a string"
	case json.Number, float64:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%v", t)
}

// key reads an object member's key, or reports the object's end.
func (r *reader) key(path string) (string, bool, error) {
	if !r.dec.More() {
		_, err := r.dec.Token() // the closing brace
		if err != nil {
			return "", false, r.jsonErr(path, err)
		}
		return "", false, nil
	}
	t, err := r.dec.Token()
	if err != nil {
		return "", false, r.jsonErr(path, err)
	}
	k, _ := t.(string)
	return k, true, nil
}

func (r *reader) decode(path string, v any) error {
	if err := r.dec.Decode(v); err != nil {
		return r.jsonErr(path, err)
	}
	return nil
}

func isNull(raw json.RawMessage) bool {
	return len(bytes.TrimSpace(raw)) == 0 || string(bytes.TrimSpace(raw)) == "null"
}

// header reads up to the first execution: collection, environment, globals,
// and run's members before executions.
func (r *reader) header() error {
	if err := r.delim("", '{'); err != nil {
		if ce, ok := err.(*collections.Error); ok && ce.Path == "" {
			ce.Msg = "not a run report: " + ce.Msg
		}
		return err
	}
	for {
		k, ok, err := r.key("")
		if err != nil {
			return err
		}
		if !ok {
			return r.errorf("run.executions", "not a run report: missing run.executions (expected the output of courier's or newman's json reporter, -r json)")
		}
		switch k {
		case "collection":
			if err := r.decode(k, &r.collection); err != nil {
				return err
			}
		case "environment":
			if err := r.decode(k, &r.environment); err != nil {
				return err
			}
		case "globals":
			if err := r.decode(k, &r.globals); err != nil {
				return err
			}
		case "collections":
			// courier's key for a command that ran several collections
			var cs []json.RawMessage
			if err := r.decode(k, &cs); err != nil {
				return err
			}
			if len(cs) > 1 {
				return r.errorf(k, "a run of %d collections in one command: merging such reports is not supported; shard and merge each collection's run on its own (one courier run per collection)", len(cs))
			}
		case "courier":
			var c struct {
				Version string `json:"version"`
			}
			if err := r.decode(k, &c); err != nil {
				return err
			}
			r.version = c.Version
		case "run":
			if r.collection == nil {
				return r.errorf("collection", "not a run report: no collection before run (expected the output of courier's or newman's json reporter, -r json)")
			}
			t, err := buildTree(r.collection)
			if err != nil {
				return r.jsonErr("collection", err)
			}
			r.tree = t
			if err := r.delim("run", '{'); err != nil {
				return err
			}
			r.state = stInRun
			return r.runUntil("executions")
		default:
			var skip json.RawMessage
			if err := r.decode(k, &skip); err != nil {
				return err
			}
		}
	}
}

// runUntil reads run's members up to the array want ("executions" or
// "failures") and opens it; without it the array is empty.
func (r *reader) runUntil(want string) error {
	for {
		k, ok, err := r.key("run")
		if err != nil {
			return err
		}
		if !ok {
			if want == "executions" {
				return r.errorf("run.executions", "not a run report: missing run.executions (expected the output of courier's or newman's json reporter, -r json)")
			}
			r.state = stDone
			return r.end()
		}
		path := "run." + k
		switch k {
		case "executions", "failures":
			if k != want {
				return r.errorf(path, "run.failures comes before run.executions: not the order a json reporter writes")
			}
			t, err := r.dec.Token()
			if err != nil {
				return r.jsonErr(path, err)
			}
			if t == nil && k == "failures" {
				continue // null: none
			}
			if d, ok := t.(json.Delim); !ok || d != '[' {
				return r.errorf(path, "expected an array, got %s", tokenName(t))
			}
			r.n = 0
			r.path = path
			if k == "executions" {
				r.state = stExecutions
			} else {
				r.state = stFailures
				r.seenFailures = true
			}
			return nil
		default:
			if err := r.runMember(k, path); err != nil {
				return err
			}
		}
	}
}

// runMember reads one of run's members other than its two arrays: stats,
// timings, transfers and error are kept, anything else is skipped.
func (r *reader) runMember(k, path string) error {
	switch k {
	case "stats":
		if err := r.decode(path, &r.stats); err != nil {
			return err
		}
		r.hasStats = true
	case "timings":
		return r.decode(path, &r.timings)
	case "transfers":
		var t struct {
			ResponseTotal int64 `json:"responseTotal"`
		}
		if err := r.decode(path, &t); err != nil {
			return err
		}
		r.transfers = t.ResponseTotal
	case "error":
		var e json.RawMessage
		if err := r.decode(path, &e); err != nil {
			return err
		}
		if !isNull(e) {
			r.runError = e
		}
	default:
		var skip json.RawMessage
		return r.decode(path, &skip)
	}
	return nil
}

// next reads the next element of the open array into raw; false at its end
// (the reader then moves on: after executions to failures, after failures to
// the end of the document).
func (r *reader) next(raw *json.RawMessage) (bool, error) {
	if r.state != stExecutions && r.state != stFailures {
		return false, nil
	}
	if !r.dec.More() {
		if _, err := r.dec.Token(); err != nil { // ]
			return false, r.jsonErr(r.path, err)
		}
		if r.state == stExecutions {
			r.state = stAfterExec
			if err := r.runUntil("failures"); err != nil {
				return false, err
			}
		} else {
			r.state = stAfterFailure
			if err := r.finish(); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	*raw = (*raw)[:0]
	if err := r.decode(r.here(), raw); err != nil {
		return false, err
	}
	r.n++
	return true, nil
}

// here is the JSON path of the element being read.
func (r *reader) here() string { return r.path + "[" + strconv.Itoa(r.n) + "]" }

// finish reads what follows run.failures: run's remaining members, then the
// document's.
func (r *reader) finish() error {
	for {
		k, ok, err := r.key("run")
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		if err := r.runMember(k, "run."+k); err != nil {
			return err
		}
	}
	r.state = stDone
	return r.end()
}

// end reads the document's members after run and checks nothing follows.
func (r *reader) end() error {
	for {
		k, ok, err := r.key("")
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		var skip json.RawMessage
		if err := r.decode(k, &skip); err != nil {
			return err
		}
	}
	if _, err := r.dec.Token(); err != io.EOF {
		return r.errorf("", "invalid JSON: unexpected data after the top-level value (at byte %d)", r.dec.InputOffset())
	}
	return nil
}

// drain reads the rest of the report (its failures when the merge did not
// ask for them), so that every report is checked whole.
func (r *reader) drain() error {
	var raw json.RawMessage
	for r.state != stDone {
		if _, err := r.next(&raw); err != nil {
			return err
		}
	}
	return nil
}
