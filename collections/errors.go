package collections

import (
	"fmt"
	"strings"
)

// Error is a problem with an input file. It names the file and, where known, the
// JSON path (e.g. "item[2].request.url") or the line and column.
type Error struct {
	File string
	Path string // JSON path, "" when unknown
	Line int    // 1-based, 0 when unknown
	Col  int    // 1-based, 0 when unknown
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
	}
	switch {
	case e.Line > 0:
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	case e.Path != "":
		b.WriteString(": ")
		b.WriteString(e.Path)
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// ExitCode marks input errors as usage errors (exit code 2).
func (e *Error) ExitCode() int { return 2 }

// ErrorAt is an Error at a byte offset of data, located by line and column
// (an offset outside data is taken as its start or end).
func ErrorAt(file string, data []byte, off int64, msg string) *Error {
	l, c := lineCol(data, off)
	return &Error{File: file, Line: l, Col: c, Msg: msg}
}

// lineCol converts a byte offset into a 1-based line and column (columns count runes).
func lineCol(data []byte, off int64) (int, int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	line, col := 1, 1
	for _, r := range string(data[:off]) {
		if r == '\n' {
			line++
			col = 1
			continue
		}
		col++
	}
	return line, col
}
