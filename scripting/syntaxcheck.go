package scripting

import (
	"strings"
	"unicode/utf8"
)

// SyntaxError is a script that does not compile, as `courier run` reports
// it: Message in V8's words ("Unexpected identifier 'is'"), at Line and
// Column of the script (1-based, the column counted in characters; 0 when
// goja does not say where).
type SyntaxError struct {
	Message      string
	Line, Column int
}

func (e *SyntaxError) Error() string { return "SyntaxError: " + e.Message }

// CheckSyntax compiles a script as a run compiles it (as the body of a
// function, lowered with esbuild when goja cannot compile it as written) and
// returns its syntax error, or nil when it compiles. Nothing is run.
func CheckSyntax(src string) *SyntaxError {
	if _, err := compileScript(src); err != nil {
		msg, line, col := syntaxErrorAt(err, src)
		e := &SyntaxError{Message: msg}
		if line > 0 {
			e.Line, e.Column = scriptPosition(src, line, col)
			if strings.HasPrefix(msg, "await is only valid") {
				// goja stops after the await; V8 points at it
				e.Column = awaitBefore(src, e.Line, e.Column)
			}
		}
		return e
	}
	return nil
}

// scriptPosition converts a line and byte column of the wrapped script (see
// scriptPrefix) to the script's own line and character column.
func scriptPosition(src string, line, col int) (int, int) {
	if n := strings.Count(src, "\n") + 1; line > n {
		// past the script's end, in scriptSuffix: its last character
		last := src[strings.LastIndexByte(src, '\n')+1:]
		return n, utf8.RuneCountInString(last) + 1
	}
	if line == 1 {
		col -= len(scriptPrefix)
	}
	if col < 1 {
		col = 1
	}
	off := byteOffset(src, line, col)
	if off < 0 {
		return line, col
	}
	start := strings.LastIndexByte(src[:off], '\n') + 1
	return line, utf8.RuneCountInString(src[start:off]) + 1
}

// awaitBefore is the column of the last "await" on line before col (col
// when there is none).
func awaitBefore(src string, line, col int) int {
	lines := strings.Split(src, "\n")
	if line < 1 || line > len(lines) {
		return col
	}
	rs := []rune(lines[line-1])
	if col-1 < len(rs) {
		rs = rs[:col-1]
	}
	if i := strings.LastIndex(string(rs), "await"); i >= 0 {
		return utf8.RuneCountInString(string(rs)[:i]) + 1
	}
	return col
}
