package merge

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/reporters"
)

// Report is one json run report to merge: Name is how messages name it
// (the file name), R its bytes. Merge reads each R once, from start to end,
// all of them side by side.
type Report struct {
	Name string
	R    io.Reader
}

// Options say what Merge writes and keeps.
type Options struct {
	// JSON, when set, receives the merged json report as it is read. After
	// an error it holds a partial document: write it to a temporary file
	// and rename it only when Merge succeeds.
	JSON io.Writer
	// Spool holds the merged executions and failures while the reports
	// are read (run.stats, which comes first in the report, is known only
	// once they are): a temporary file, as for the json reporter. nil keeps
	// them in memory.
	Spool io.ReadWriteSeeker
	// Executions keeps a record of every execution in Result.Summary (for
	// reporters.WriteJUnit and WriteHTML): its request line, response
	// status, size and time, assertions, errors and retries; never a body.
	Executions bool
	// Headers keeps request and response headers in those records (html).
	Headers bool
}

// Result is the merged run.
type Result struct {
	// Summary is the merged run as the whole-run reporters read it
	// (reporters.WriteJUnit, WriteHTML, WriteCLISummary): stats, timings,
	// data received, failures in run order, the run error, and with
	// Options.Executions the executions in run order. It is built, not
	// folded from events: do not Add to it.
	Summary *events.Summary
	// Info is the merged run's collection, environment and globals as
	// reporters.WriteHTML takes them.
	Info reporters.RunInfo
	// ExitCode is what `courier run` would have exited with for the merged
	// run: 0, 1 (a failure or a run error), 3 (a report's run was
	// interrupted or timed out, so the merged run is incomplete).
	ExitCode int
}

// unit is where an execution or a failure belongs in the whole run's
// order: its iteration, then the top-level item (folder or request) it is
// under. A shard runs whole units; within a unit a report's own order is
// kept.
type unit struct{ iteration, top int }

func (a unit) less(b unit) bool {
	if a.iteration != b.iteration {
		return a.iteration < b.iteration
	}
	return a.top < b.top
}

type stream struct {
	*reader
	idx     int
	raw     json.RawMessage
	key     unit
	ok      bool // raw holds the stream's next element
	exec    jsonExecution
	fail    jsonFailure
	iters   map[int]bool
	lastTop int
}

type merger struct {
	o       Options
	streams []*stream
	w       *bufio.Writer // the spool while reading, then the report
	err     error         // the first write error
	spool   io.ReadWriteSeeker
	execEnd int64 // the spool's executions, then its failures
	runErr  json.RawMessage
	intern  interner
	sum     *events.Summary
	// refs are the executions read, by report and cursor ref: the unit
	// of each (for failures without an item of the collection) and, when
	// kept, its record (for what only run.failures says)
	refs map[refKey]refEntry
}

// Merge reads the json run reports (courier's or Newman's json reporter's
// output) of shards of one run and merges them into one, as if one run had
// produced them; see the package documentation for what is guaranteed.
//
// Problems with the reports (one that is not a run report, is malformed,
// or is of another collection or courier version than the first) are
// *collections.Error values naming the file and the JSON path (exit code
// 2); an error writing Options.JSON is returned as is.
func Merge(reports []Report, o Options) (*Result, error) {
	if len(reports) == 0 {
		return nil, &collections.Error{Msg: "no reports to merge"}
	}
	m := &merger{o: o, refs: map[refKey]refEntry{}, intern: interner{}}
	for i, rp := range reports {
		s := &stream{reader: newReader(rp.Name, rp.R), idx: i, iters: map[int]bool{}}
		if err := s.header(); err != nil {
			return nil, err
		}
		if !s.hasStats {
			return nil, s.errorf("run.stats", "not a run report: missing run.stats (expected the output of courier's or newman's json reporter, -r json)")
		}
		if i > 0 {
			if err := same(m.streams[0], s); err != nil {
				return nil, err
			}
			s.tree.adopt(m.streams[0].tree)
			s.collection = nil // the first report's is the merged run's
		}
		m.streams = append(m.streams, s)
	}
	m.sum = m.header()
	if o.JSON != nil {
		m.spool = o.Spool
		if m.spool == nil {
			m.spool = &memSpool{}
		}
		m.w = bufio.NewWriterSize(m.spool, 64<<10)
	}
	n, err := m.executions()
	if err != nil {
		return nil, err
	}
	if n > 0 {
		m.raw("\n    ")
	}
	m.execEnd = m.written()
	for _, s := range m.streams {
		m.sum.Transfers += s.transfers
	}
	n, err = m.failures()
	if err != nil {
		return nil, err
	}
	if n > 0 {
		m.raw("\n    ")
	}
	res := m.finish()
	if o.JSON != nil {
		if err := m.write(o.JSON, res); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// written is how much the spool holds.
func (m *merger) written() int64 {
	if m.w == nil || m.err != nil {
		return 0
	}
	if m.err = m.w.Flush(); m.err != nil {
		return 0
	}
	var off int64
	off, m.err = m.spool.Seek(0, io.SeekCurrent)
	return off
}

// write writes the merged report: the first report's collection, the last
// report's environment and globals (the scopes as the shard holding the
// run's last units left them), the merged stats and timings, the spooled
// executions, the data received, the spooled failures and the run error.
func (m *merger) write(out io.Writer, res *Result) error {
	end := m.written()
	if m.err != nil {
		return m.err
	}
	if _, err := m.spool.Seek(0, io.SeekStart); err != nil {
		return err
	}
	m.w = bufio.NewWriterSize(out, 64<<10)
	last := m.streams[len(m.streams)-1]
	m.raw("{\n  \"collection\": ")
	m.compactRaw(m.streams[0].collection)
	m.raw(",\n  \"environment\": ")
	m.compactRaw(last.environment)
	m.raw(",\n  \"globals\": ")
	m.compactRaw(last.globals)
	m.raw(",\n  \"run\": {\n    \"stats\": ")
	m.value(res.Summary.Stats)
	m.raw(",\n    \"timings\": ")
	m.value(res.Summary.Timings)
	m.raw(",\n    \"executions\": [")
	m.copySpool(m.execEnd)
	m.raw("],\n    \"transfers\": ")
	m.value(map[string]int64{"responseTotal": res.Summary.Transfers})
	m.raw(",\n    \"failures\": [")
	m.copySpool(end - m.execEnd)
	m.raw("],\n    \"error\": ")
	if m.runErr == nil {
		m.raw("null")
	} else {
		var b bytes.Buffer
		if json.Indent(&b, m.runErr, "    ", "  ") != nil {
			m.raw("null")
		} else if m.err == nil {
			_, m.err = m.w.Write(b.Bytes())
		}
	}
	m.raw("\n  }\n}\n")
	if m.err != nil {
		return m.err
	}
	return m.w.Flush()
}

func (m *merger) copySpool(n int64) {
	if m.err == nil {
		_, m.err = io.CopyN(m.w, m.spool, n)
	}
}

// interner shares the strings that repeat from execution to execution
// (header names and most values) between their records, up to a bound.
type interner map[string]string

func (in interner) get(s string) string {
	if v, ok := in[s]; ok {
		return v
	}
	if len(in) < 1<<16 {
		in[s] = s
	}
	return s
}

// memSpool is a spool in memory.
type memSpool struct {
	b   []byte
	off int
}

func (s *memSpool) Write(p []byte) (int, error) {
	s.b = append(s.b[:s.off], p...)
	s.off = len(s.b)
	return len(p), nil
}

func (s *memSpool) Read(p []byte) (int, error) {
	if s.off >= len(s.b) {
		return 0, io.EOF
	}
	n := copy(p, s.b[s.off:])
	s.off += n
	return n, nil
}

func (s *memSpool) Seek(off int64, whence int) (int64, error) {
	switch whence {
	case io.SeekCurrent:
		off += int64(s.off)
	case io.SeekEnd:
		off += int64(len(s.b))
	}
	if off < 0 || off > int64(len(s.b)) {
		return 0, errors.New("memSpool: seek out of range")
	}
	s.off = int(off)
	return off, nil
}

// same refuses a report of another collection or courier version than the
// first.
func same(first, s *stream) error {
	a, b := infoKey(first.tree.info), infoKey(s.tree.info)
	if !bytes.Equal(a, b) {
		return s.errorf("collection.info", "not a shard of the same run as %s: collection %s, there %s", first.name, s.tree.label(), first.tree.label())
	}
	if s.version != first.version {
		v := func(v string) string {
			if v == "" {
				return "no courier version"
			}
			return "courier " + v
		}
		return s.errorf("courier.version", "written by %s, %s by %s: merge reports of one courier version", v(s.version), first.name, v(first.version))
	}
	return nil
}

// infoKey is a collection's info as compared between shards: all of it
// but _postman_id, since a collection file without an id gets a new one
// for every run (as in Newman), so the shards of one run differ there.
func infoKey(raw json.RawMessage) []byte {
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return compact(raw)
	}
	delete(m, "_postman_id")
	b, err := json.Marshal(m) // keys sorted
	if err != nil {
		return compact(raw)
	}
	return compact(b)
}

func compact(raw json.RawMessage) []byte {
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		return raw
	}
	return b.Bytes()
}

// header merges what the reports say before their executions: stats (sums;
// iterations in finish) and timings.
func (m *merger) header() *events.Summary {
	first := m.streams[0]
	sum := &events.Summary{Collection: first.tree.name, CollectionID: first.tree.id}
	st := &sum.Stats
	var resp, dns, fb combined
	for _, s := range m.streams {
		add := func(to *events.Stat, from events.Stat) {
			to.Total += from.Total
			to.Pending += from.Pending
			to.Failed += from.Failed
		}
		o := s.stats
		add(&st.Iterations, o.Iterations)
		add(&st.Items, o.Items)
		add(&st.Scripts, o.Scripts)
		add(&st.Prerequests, o.Prerequests)
		add(&st.Requests, o.Requests)
		add(&st.Tests, o.Tests)
		add(&st.Assertions, o.Assertions)
		add(&st.TestScripts, o.TestScripts)
		add(&st.PrerequestScripts, o.PrerequestScripts)
		t := s.timings
		// the reporters' figures are over the responses received:
		// requests that did not fail (pm.sendRequest's included)
		n := o.Requests.Total - o.Requests.Failed
		resp.add(n, t.ResponseAverage, t.ResponseMin, t.ResponseMax, t.ResponseSd)
		dns.add(n, t.DNSAverage, t.DNSMin, t.DNSMax, t.DNSSd)
		fb.add(n, t.FirstByteAverage, t.FirstByteMin, t.FirstByteMax, t.FirstByteSd)
		if t.Started > 0 && (sum.Timings.Started == 0 || t.Started < sum.Timings.Started) {
			sum.Timings.Started = t.Started
		}
		sum.Timings.Completed = max(sum.Timings.Completed, t.Completed)
	}
	// iterations are counted again in finish, once the executions have
	// said which iterations each report ran
	st.Iterations.Total = 0
	t := &sum.Timings
	t.ResponseAverage, t.ResponseMin, t.ResponseMax, t.ResponseSd = resp.result()
	t.DNSAverage, t.DNSMin, t.DNSMax, t.DNSSd = dns.result()
	t.FirstByteAverage, t.FirstByteMin, t.FirstByteMax, t.FirstByteSd = fb.result()
	if t.Started > 0 {
		sum.Started = time.UnixMilli(t.Started)
	}
	if t.Completed > 0 {
		sum.Finished = time.UnixMilli(t.Completed)
	}
	return sum
}

// combined merges means, minimums, maximums and (population) standard
// deviations of parts whose sizes are known.
type combined struct {
	n              int
	sum, sumSq     float64
	lo, hi         float64
	seenLo, seenHi bool
}

func (c *combined) add(n int, mean, lo, hi, sd float64) {
	if n <= 0 || mean == 0 && lo == 0 && hi == 0 {
		return // none in that report (Newman's 0s)
	}
	c.n += n
	c.sum += float64(n) * mean
	c.sumSq += float64(n) * (sd*sd + mean*mean)
	if !c.seenLo || lo < c.lo {
		c.lo, c.seenLo = lo, true
	}
	if !c.seenHi || hi > c.hi {
		c.hi, c.seenHi = hi, true
	}
}

func (c *combined) result() (mean, lo, hi, sd float64) {
	if c.n == 0 {
		return 0, 0, 0, 0
	}
	mean = c.sum / float64(c.n)
	v := c.sumSq/float64(c.n) - mean*mean
	if v < 0 {
		v = 0
	}
	return mean, c.lo, c.hi, math.Sqrt(v)
}

func (m *merger) raw(s string) {
	if m.w != nil && m.err == nil {
		_, m.err = m.w.WriteString(s)
	}
}

func (m *merger) compactRaw(b json.RawMessage) {
	if m.w == nil || m.err != nil {
		return
	}
	if isNull(b) {
		m.raw("{}")
		return
	}
	_, m.err = m.w.Write(compact(b))
}

func (m *merger) value(v any) {
	if m.w == nil || m.err != nil {
		return
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("    ", "  ")
	if m.err = enc.Encode(v); m.err != nil {
		return
	}
	_, m.err = m.w.Write(bytes.TrimRight(buf.Bytes(), "\n"))
}

// element writes one element of an array, as the json reporter does (on a
// line of its own, six spaces in); its text is the report's own, so a
// response body's byte array stays on one line.
func (m *merger) element(n int, raw json.RawMessage) {
	if n > 0 {
		m.raw(",")
	}
	m.raw("\n      ")
	if m.w != nil && m.err == nil {
		_, m.err = m.w.Write(raw)
	}
}

// pick is the stream whose next element comes first in the whole run:
// the lowest unit, the first report on a tie.
func (m *merger) pick() *stream {
	var best *stream
	for _, s := range m.streams {
		if s.ok && (best == nil || s.key.less(best.key)) {
			best = s
		}
	}
	return best
}

// refKey names an execution: its report and cursor ref.
type refKey struct {
	report int
	ref    string
}

type refEntry struct {
	unit unit
	x    *events.Execution // nil unless Options.Executions
}

// loadExecution reads a stream's next execution and its unit.
func (m *merger) loadExecution(s *stream) error {
	ok, err := s.next(&s.raw)
	if err != nil || !ok {
		s.ok = false
		return err
	}
	s.exec = jsonExecution{}
	if err := json.Unmarshal(s.raw, &s.exec); err != nil {
		return s.jsonErr(s.path+"["+strconv.Itoa(s.n-1)+"]", err)
	}
	id := s.exec.Item.ID
	if id == "" {
		id = s.exec.ID
	}
	top := s.lastTop
	if ti, ok := s.tree.items[id]; ok {
		top = ti.top
	}
	s.key, s.lastTop, s.ok = unit{s.exec.Cursor.Iteration, top}, top, true
	s.iters[s.exec.Cursor.Iteration] = true
	return nil
}

func (m *merger) executions() (int, error) {
	return m.interleave(m.loadExecution, func(s *stream) {
		m.sum.Retried += len(s.exec.Retries)
		m.sum.AuthTokens += len(s.exec.AuthTokens)
		e := refEntry{unit: s.key}
		if m.o.Executions {
			e.x = s.tree.execution(&s.exec, m.o.Headers, m.intern)
			if len(m.streams) > 1 {
				e.x.Lane = m.intern.get(filepath.Base(s.name)) // the html timeline's lane: its shard
			}
			m.sum.Executions = append(m.sum.Executions, e.x)
		}
		m.refs[refKey{s.idx, s.exec.Cursor.Ref}] = e
	})
}

// interleave writes the streams' elements (executions or failures, read by
// load) in the whole run's order: the unit that comes first, each of its
// elements written and then handed to each, until every stream is read.
// It returns how many it wrote.
func (m *merger) interleave(load func(*stream) error, each func(*stream)) (int, error) {
	for _, s := range m.streams {
		if err := load(s); err != nil {
			return 0, err
		}
	}
	n := 0
	for {
		s := m.pick()
		if s == nil {
			return n, nil
		}
		cur := s.key
		for s.ok && s.key == cur {
			m.element(n, s.raw)
			n++
			each(s)
			if err := load(s); err != nil {
				return 0, err
			}
		}
	}
}

// loadFailure reads a stream's next failure and its unit: its execution's,
// else its item's, else the one before it in that report.
func (m *merger) loadFailure(s *stream) error {
	ok, err := s.next(&s.raw)
	if err != nil || !ok {
		s.ok = false
		return err
	}
	s.fail = jsonFailure{}
	if err := json.Unmarshal(s.raw, &s.fail); err != nil {
		return s.jsonErr(s.path+"["+strconv.Itoa(s.n-1)+"]", err)
	}
	e, known := m.refs[refKey{s.idx, s.fail.Cursor.Ref}]
	key := e.unit
	if !known {
		key = unit{s.fail.Cursor.Iteration, s.lastTop}
		if s.fail.Source != nil {
			if ti, ok := s.tree.items[s.fail.Source.ID]; ok {
				key.top = ti.top
			}
		}
	}
	s.key, s.lastTop, s.ok = key, key.top, true
	s.iters[s.fail.Cursor.Iteration] = true
	return nil
}

func (m *merger) failures() (int, error) {
	for _, s := range m.streams {
		s.lastTop = 0
	}
	n, err := m.interleave(m.loadFailure, func(s *stream) {
		f := s.tree.failure(&s.fail)
		m.sum.Failures = append(m.sum.Failures, f)
		m.complete(m.refs[refKey{s.idx, f.Cursor.Ref}].x, f)
	})
	if err != nil {
		return 0, err
	}
	for _, s := range m.streams {
		if err := s.drain(); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// complete gives an execution's record what only its failure in
// run.failures says: a request error's name and message, a pm.sendRequest
// error, the location of a script error.
func (m *merger) complete(x *events.Execution, f events.Failure) {
	if x == nil {
		return
	}
	switch {
	case f.SendRequest:
		req := f.Request
		if req == nil {
			req = &events.Request{}
		}
		x.SendRequestErrors = append(x.SendRequestErrors, events.SendRequestError{
			Script: events.ScriptRef{Event: f.Event, Location: f.Location}, Request: req, Error: f.Error})
	case f.At == "request":
		if x.RequestError != nil {
			e := f.Error
			x.RequestError = &e
		}
	case strings.HasPrefix(f.At, "test-script"), strings.HasPrefix(f.At, "prerequest-script"):
		event := "test"
		if strings.HasPrefix(f.At, "prerequest") {
			event = "prerequest"
		}
		for i := range x.ScriptErrors {
			se := &x.ScriptErrors[i]
			if se.Event == event && se.Location == "" && se.Error.Message == f.Error.Message {
				se.Location = f.Location
				break
			}
		}
	}
}

// iterations is the merged iteration count: with the executions read, the
// number of distinct iteration indices the reports counted (a report's
// first run.stats.iterations.total indices, as it counts an iteration when
// it ends), at least the largest report's count.
func (m *merger) iterations() int {
	most := 0
	for _, s := range m.streams {
		most = max(most, s.stats.Iterations.Total)
	}
	counted := map[int]bool{}
	for _, s := range m.streams {
		idx := make([]int, 0, len(s.iters))
		for i := range s.iters {
			idx = append(idx, i)
		}
		sort.Ints(idx)
		if n := max(s.stats.Iterations.Total, 0); len(idx) > n {
			idx = idx[:n]
		}
		for _, i := range idx {
			counted[i] = true
		}
	}
	return max(len(counted), most)
}

func (m *merger) finish() *Result {
	sum := m.sum
	sum.Stats.Iterations.Total = m.iterations()
	res := &Result{Summary: sum}
	for _, s := range m.streams {
		if s.runError != nil {
			m.runErr = s.runError
			break
		}
	}
	if m.runErr != nil {
		var e events.Error
		_ = json.Unmarshal(m.runErr, &e)
		sum.Error = &e
		if e.Message == "the run was interrupted" || strings.HasPrefix(e.Message, "callback timed out") {
			sum.Aborted, sum.Reason = true, "a shard's run was aborted: "+e.Message
			res.ExitCode = 3
		}
	}
	if res.ExitCode == 0 && sum.Failed() {
		res.ExitCode = 1
	}
	first, last := m.streams[0], m.streams[len(m.streams)-1]
	res.Info = reporters.RunInfo{Collection: first.collection,
		Environment: scope(last.environment), Globals: scope(last.globals)}
	return res
}

func scope(raw json.RawMessage) reporters.Scope {
	var s struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	_ = json.Unmarshal(raw, &s)
	sc := reporters.Scope{ID: s.ID, Name: s.Name}
	if !isNull(raw) {
		sc.JSON = compact(raw)
	}
	return sc
}
