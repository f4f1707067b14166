// Package lazyre compiles a package-level regular expression when it is
// first used rather than when the process starts: every courier command
// pays for its packages' initialisation, and most expressions serve one
// command or one rare case.
package lazyre

import (
	"regexp"
	"sync"
)

// New returns a function that compiles expr on its first call (panicking,
// as regexp.MustCompile does, if it is invalid) and returns the same
// *regexp.Regexp on every call.
func New(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
