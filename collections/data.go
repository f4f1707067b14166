package collections

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"
)

// Row is one iteration's data: variables in file order.
type Row []Variable

// DecodeData reads an iteration-data file: a JSON array of objects, or CSV
// (chosen by content, as Newman does: JSON when the text starts with '[' or '{').
func DecodeData(file string, data []byte) ([]Row, error) {
	text, err := Text(file, data)
	if err != nil {
		return nil, err
	}
	trimmed := bytes.TrimLeft(text, " \t\r\n")
	if len(trimmed) > 0 && (trimmed[0] == '[' || trimmed[0] == '{') {
		return decodeJSONData(file, text)
	}
	return DecodeCSV(file, text)
}

func decodeJSONData(file string, text []byte) ([]Row, error) {
	root, err := parseJSON(file, text)
	if err != nil {
		return nil, err
	}
	w := walker{file: file}
	arr, ok := root.([]any)
	if !ok {
		return nil, w.errf("", "iteration data must be a JSON array of objects, got %s", kind(root))
	}
	// the generic decoder loses key order: read each row's keys from the text
	var order [][]string
	gjson.ParseBytes(text).ForEach(func(_, row gjson.Result) bool {
		var keys []string
		row.ForEach(func(k, _ gjson.Result) bool {
			keys = append(keys, k.String())
			return true
		})
		order = append(order, keys)
		return true
	})
	rows := make([]Row, 0, len(arr))
	for i, e := range arr {
		o, ok := e.(map[string]any)
		if !ok {
			return nil, w.errf(index("", i), "iteration data rows must be objects, got %s", kind(e))
		}
		keys := sortedKeys(o)
		if i < len(order) && len(order[i]) == len(o) {
			keys = order[i]
		}
		row := make(Row, 0, len(o))
		seen := map[string]bool{}
		for _, k := range keys {
			if seen[k] {
				continue // a repeated key: JSON.parse keeps the last value, in the first position
			}
			seen[k] = true
			row = append(row, Variable{Key: k, Value: plain(o[k])})
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// DecodeCSV parses CSV the way Newman's csv-parse settings do: the first
// record is the header; quoted fields may hold commas, quotes ("") and
// newlines; unquoted numeric fields become numbers; a BOM is stripped; quotes
// inside unquoted fields are kept (relaxed quoting).
func DecodeCSV(file string, text []byte) ([]Row, error) {
	text = bytes.TrimPrefix(text, []byte{0xEF, 0xBB, 0xBF})
	recs, err := readCSV(file, string(text))
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, nil
	}
	header := recs[0]
	rows := make([]Row, 0, len(recs)-1)
	for i, rec := range recs[1:] {
		if len(rec.fields) == 1 && rec.fields[0].text == "" && !rec.fields[0].quoted {
			continue // blank line
		}
		if len(rec.fields) != len(header.fields) {
			return nil, &Error{File: file, Line: rec.line, Col: 1,
				Msg: "CSV row " + strconv.Itoa(i+1) + " has " + strconv.Itoa(len(rec.fields)) + " fields, the header has " + strconv.Itoa(len(header.fields))}
		}
		row := make(Row, len(rec.fields))
		for j, f := range rec.fields {
			row[j] = Variable{Key: header.fields[j].text, Value: csvValue(f)}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

type csvField struct {
	text   string
	quoted bool
}

type csvRecord struct {
	line   int
	fields []csvField
}

func csvValue(f csvField) any {
	if f.quoted {
		return f.text
	}
	s := f.text
	if s == "" || strings.TrimSpace(s) != s {
		return s
	}
	// csv-parse's cast: numbers in decimal notation become numbers.
	if isCSVNumber(s) {
		if n, err := strconv.ParseFloat(s, 64); err == nil {
			return n
		}
	}
	return s
}

func isCSVNumber(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	digits, dot := 0, false
	for ; i < len(s); i++ {
		switch {
		case s[i] >= '0' && s[i] <= '9':
			digits++
		case s[i] == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return digits > 0
}

func readCSV(file, s string) ([]csvRecord, error) {
	var recs []csvRecord
	line := 1
	i := 0
	for i <= len(s) {
		if i == len(s) {
			break
		}
		rec := csvRecord{line: line}
		for {
			var f csvField
			if i < len(s) && s[i] == '"' {
				f.quoted = true
				startLine := line
				i++
				var b strings.Builder
				closed := false
				for i < len(s) {
					c := s[i]
					if c == '"' {
						if i+1 < len(s) && s[i+1] == '"' {
							b.WriteByte('"')
							i += 2
							continue
						}
						i++
						closed = true
						break
					}
					if c == '\n' {
						line++
					}
					b.WriteByte(c)
					i++
				}
				if !closed {
					return nil, &Error{File: file, Line: startLine, Col: 1, Msg: "CSV quoted field is not closed"}
				}
				f.text = b.String()
				// relaxed: characters after the closing quote are kept
				for i < len(s) && s[i] != ',' && s[i] != '\n' && s[i] != '\r' {
					f.text += string(s[i])
					i++
				}
			} else {
				j := i
				for j < len(s) && s[j] != ',' && s[j] != '\n' && s[j] != '\r' {
					j++
				}
				f.text = s[i:j]
				i = j
			}
			rec.fields = append(rec.fields, f)
			if i < len(s) && s[i] == ',' {
				i++
				continue
			}
			break
		}
		if i < len(s) && s[i] == '\r' {
			i++
		}
		if i < len(s) && s[i] == '\n' {
			i++
			line++
		}
		recs = append(recs, rec)
	}
	return recs, nil
}
