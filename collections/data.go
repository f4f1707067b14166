package collections

import (
	"bytes"

	"github.com/tidwall/gjson"
)

// Row is one iteration's data: variables in file order.
type Row []Variable

// DecodeData reads an iteration-data file: a JSON array of objects, or CSV
// (chosen by content: JSON when the text starts with '[' or '{').
func DecodeData(file string, data []byte) ([]Row, error) {
	rows, _, err := DecodeDataWarnings(file, data)
	return rows, err
}

// DecodeDataWarnings is DecodeData that also returns warnings about input
// that is accepted as Newman accepts it but is probably not what was meant
// (CSV rows with more or fewer fields than the header).
func DecodeDataWarnings(file string, data []byte) ([]Row, []string, error) {
	text, err := Text(file, data)
	if err != nil {
		return nil, nil, err
	}
	trimmed := bytes.TrimLeft(text, " \t\r\n")
	if len(trimmed) > 0 && (trimmed[0] == '[' || trimmed[0] == '{') {
		rows, err := decodeJSONData(file, text)
		return rows, nil, err
	}
	p := csvParser{file: file, text: text, lines: 1} // Text dropped the BOM already
	if err := p.parse(); err != nil {
		return nil, nil, err
	}
	// csv-parse casts "-0" to negative zero, but Newman's scripts and
	// substitutions only ever see 0 (values reach the sandbox as JSON)
	for _, row := range p.rows {
		for i, v := range row {
			if f, ok := v.Value.(float64); ok && f == 0 {
				row[i].Value = 0.0
			}
		}
	}
	var warnings []string
	if w := (&CSVResult{Ragged: p.ragged}).RaggedWarning(); w != "" {
		warnings = append(warnings, file+": "+w)
	}
	return p.rows, warnings, nil
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
