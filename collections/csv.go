package collections

import (
	"bytes"
	"math"
	"sort"
	"strconv"
	"strings"
)

// CSV iteration data is read exactly as Newman 6.2.2 reads it: csv-parse
// 4.16.3 with {columns: true, escape: '"', trim: true, relax: true,
// relax_column_count: true, bom: true} and Newman's cast. In short:
//
//   - the first record names the columns; its unquoted values are cast too,
//     so a numeric column name is an error, as in Newman;
//   - the record delimiter is the first of \r\n, \r or \n met outside quotes;
//     the others are then ordinary characters;
//   - spaces, tabs, \r, \n and \f before a field (also before its opening
//     quote) are dropped; an unquoted field loses its trailing JavaScript white
//     space; after a closing quote only such characters may follow;
//   - a quote inside an unquoted field is an ordinary character; inside quotes
//     "" is a quote;
//   - every line, blank ones included, is a record (a blank line becomes
//     {firstColumn: ""}); a final line break does not start another;
//   - a record with fewer fields than columns lacks the missing keys, extra
//     fields are dropped; a repeated column name keeps the last value, in the
//     first one's place, and keys are ordered as in a JavaScript object.

// CSVResult is what DecodeCSVResult reports besides the rows.
type CSVResult struct {
	Rows []Row
	// Ragged lists the lines (1-based, as csv-parse counts them) of records
	// whose field count differs from the header's.
	Ragged []int
}

// DecodeCSV parses CSV iteration data (a UTF-8 BOM is dropped).
func DecodeCSV(file string, text []byte) ([]Row, error) {
	res, err := DecodeCSVResult(file, text)
	if err != nil {
		return nil, err
	}
	return res.Rows, nil
}

// DecodeCSVResult parses CSV iteration data and also reports ragged records.
func DecodeCSVResult(file string, text []byte) (*CSVResult, error) {
	p := csvParser{file: file, text: bytes.TrimPrefix(text, []byte{0xEF, 0xBB, 0xBF}), lines: 1}
	if err := p.parse(); err != nil {
		return nil, err
	}
	return &CSVResult{Rows: p.rows, Ragged: p.ragged}, nil
}

type csvColumn struct {
	name string
}

type csvValue struct {
	v     any // string or float64; nil for an extra field that is dropped
	start int // byte offset where the field starts
}

type csvParser struct {
	file string
	text []byte

	recordDelim []byte // nil until discovered
	quoting     bool
	wasQuoting  bool
	escaping    bool
	wasRowDelim bool
	lines       int
	field       []byte
	fieldStart  int
	record      []csvValue
	columns     []csvColumn // nil until the header record is read
	haveColumns bool
	firstOf     []int // per column: the first column with its name, -1 to skip
	slot        []int // per first column: its place in the row being built
	indexKeys   bool  // some column name is an array index (listed first)

	rows   []Row
	ragged []int
}

func isCSVTrimmable(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'
}

// discover is csv-parse's record delimiter auto-discovery at pos.
func (p *csvParser) discover(pos int) int {
	if pos >= len(p.text) {
		return 0
	}
	switch p.text[pos] {
	case '\r':
		if pos+1 < len(p.text) && p.text[pos+1] == '\n' {
			p.recordDelim = []byte("\r\n")
			return 2
		}
		p.recordDelim = []byte("\r")
		return 1
	case '\n':
		p.recordDelim = []byte("\n")
		return 1
	}
	return 0
}

func (p *csvParser) isRecordDelim(pos int) int {
	d := p.recordDelim
	if d == nil || p.text[pos] != d[0] || (len(d) == 2 && (pos+1 >= len(p.text) || p.text[pos+1] != d[1])) {
		return 0
	}
	return len(d)
}

func (p *csvParser) errAt(off int, msg string) error {
	l, c := lineCol(p.text, int64(off))
	return &Error{File: p.file, Line: l, Col: c, Msg: msg}
}

func (p *csvParser) parse() error {
	text := p.text
	n := len(text)
	quoteStart := 0
	for pos := 0; pos < n; pos++ {
		if p.wasRowDelim {
			p.lines++
			p.wasRowDelim = false
		}
		if !p.quoting && p.recordDelim == nil {
			p.discover(pos)
		}
		c := text[pos]
		if (c == '\r' || c == '\n') && !p.wasRowDelim {
			p.wasRowDelim = true
		}
		if p.escaping {
			p.escaping = false
		} else {
			if p.quoting && c == '"' && pos+1 < n && text[pos+1] == '"' {
				p.escaping = true
				continue
			}
			if c == '"' {
				if p.quoting {
					// csv-parse looks at the next character: the record
					// delimiter discovery there happens whatever it is
					next := pos + 1
					atDelim := 0
					if p.recordDelim == nil {
						atDelim = p.discover(next)
					} else if next < n {
						atDelim = p.isRecordDelim(next)
					}
					p.quoting = false
					p.wasQuoting = true
					if next >= n || text[next] == 0 || text[next] == ',' || isCSVTrimmable(text[next]) || atDelim > 0 {
						continue
					}
					// relax mode puts the quote back in front of the field and
					// then refuses the character after it
					return p.errAt(next, "CSV: unexpected character after a closing quote (only spaces may come before the next comma or line break)")
				} else if len(p.field) == 0 {
					p.quoting = true
					quoteStart = pos
					continue
				}
			}
			if !p.quoting {
				if l := p.isRecordDelim(pos); l > 0 {
					if err := p.onField(); err != nil {
						return err
					}
					if err := p.onRecord(); err != nil {
						return err
					}
					pos += l - 1
					continue
				}
				if c == ',' {
					if err := p.onField(); err != nil {
						return err
					}
					continue
				}
			}
		}
		lappend := p.quoting || len(p.field) != 0 || !isCSVTrimmable(c)
		if lappend && !p.wasQuoting {
			if len(p.field) == 0 {
				p.fieldStart = pos
			}
			p.field = append(p.field, c)
		} else if !isCSVTrimmable(c) {
			return p.errAt(pos, "CSV: unexpected character after a closing quote (only spaces may come before the next comma or line break)")
		}
	}
	if p.quoting {
		return p.errAt(quoteStart, "CSV: quoted field is not closed")
	}
	if p.wasQuoting || len(p.record) != 0 || len(p.field) != 0 {
		if err := p.onField(); err != nil {
			return err
		}
		if err := p.onRecord(); err != nil {
			return err
		}
	}
	return nil
}

func (p *csvParser) onField() error {
	s := string(p.field)
	var v any
	switch {
	case p.haveColumns && len(p.columns) <= len(p.record):
		// an extra field: csv-parse does not even cast it
	case p.wasQuoting:
		v = s
	default:
		v = newmanCast(jsTrimRight(s))
	}
	p.record = append(p.record, csvValue{v: v, start: p.fieldStart})
	p.field = p.field[:0]
	p.wasQuoting = false
	p.fieldStart = -1
	return nil
}

func (p *csvParser) onRecord() error {
	rec := p.record
	p.record = p.record[:0]
	if !p.haveColumns {
		cols := make([]csvColumn, len(rec))
		for i, f := range rec {
			switch v := f.v.(type) {
			case string:
				cols[i] = csvColumn{name: v}
			case float64:
				return p.errAt(max(f.start, 0), "CSV: column "+strconv.Itoa(i+1)+" of the header is the number "+jsonNumber(v)+
					"; Newman does not accept numbers as column names (quote it: \""+jsonNumber(v)+"\")")
			}
		}
		p.setColumns(cols)
		return nil
	}
	if len(rec) != len(p.columns) {
		p.ragged = append(p.ragged, p.lines)
	}
	// as JavaScript builds {column: value}: a repeated name keeps its first
	// place and its last value; __proto__ is not an own key
	n := min(len(rec), len(p.columns))
	row := make(Row, 0, n)
	for i := 0; i < n; i++ {
		switch f := p.firstOf[i]; {
		case f < 0:
		case f == i:
			p.slot[i] = len(row)
			row = append(row, Variable{Key: p.columns[i].name, Value: rec[i].v})
		default:
			row[p.slot[f]].Value = rec[i].v
		}
	}
	if p.indexKeys {
		row = jsKeyOrder(row)
	}
	p.rows = append(p.rows, row)
	return nil
}

// setColumns records the header and, per column, the first column with the
// same name (-1 for __proto__).
func (p *csvParser) setColumns(cols []csvColumn) {
	p.columns = cols
	p.haveColumns = true
	p.firstOf = make([]int, len(cols))
	p.slot = make([]int, len(cols))
	first := map[string]int{}
	for i, c := range cols {
		if c.name == "__proto__" {
			p.firstOf[i] = -1 // assigning __proto__ a string or number does nothing in JavaScript
			continue
		}
		if _, ok := arrayIndex(c.name); ok {
			p.indexKeys = true
		}
		if f, ok := first[c.name]; ok {
			p.firstOf[i] = f
			continue
		}
		first[c.name] = i
		p.firstOf[i] = i
	}
}

// jsonNumber is JSON.stringify of a number.
func jsonNumber(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return "null"
	}
	if f == 0 {
		return "0"
	}
	return FormatNumber(f)
}

// arrayIndex reports whether k is a canonical array index ("0" to "4294967294"),
// which JavaScript objects list first, in numeric order.
func arrayIndex(k string) (uint64, bool) {
	if k == "" || len(k) > 10 || (len(k) > 1 && k[0] == '0') {
		return 0, false
	}
	n, err := strconv.ParseUint(k, 10, 64)
	if err != nil || n > 4294967294 {
		return 0, false
	}
	return n, true
}

// jsKeyOrder reorders a row's keys as JavaScript lists an object's own keys:
// array indices first, ascending, then the others in insertion order.
func jsKeyOrder(row Row) Row {
	has := false
	for _, v := range row {
		if _, ok := arrayIndex(v.Key); ok {
			has = true
			break
		}
	}
	if !has {
		return row
	}
	sort.SliceStable(row, func(i, j int) bool {
		a, aok := arrayIndex(row[i].Key)
		b, bok := arrayIndex(row[j].Key)
		switch {
		case aok && bok:
			return a < b
		default:
			return aok && !bok
		}
	})
	return row
}

// RaggedWarning describes ragged records for a warning line ("" when none).
func (r *CSVResult) RaggedWarning() string {
	if len(r.Ragged) == 0 {
		return ""
	}
	lines := make([]string, 0, 5)
	for i, l := range r.Ragged {
		if i == 5 {
			lines = append(lines, "…")
			break
		}
		lines = append(lines, strconv.Itoa(l))
	}
	noun := "row has"
	if len(r.Ragged) > 1 {
		noun = "rows have"
	}
	return strconv.Itoa(len(r.Ragged)) + " " + noun + " more or fewer fields than the header (line " + strings.Join(lines, ", ") +
		"): missing columns are left unset and extra fields are ignored, as in Newman"
}
