package reporters

import (
	"io"

	"github.com/courier-run/courier/events"
)

// WriteCLISummary prints what the cli reporter prints around a run for a
// summary built elsewhere (courier merge's, from several reports): the
// banner and the collection's name, then the summary table and the failure
// list, as at the end of a run. It prints no per-request lines: there are
// no events. Options as for NewCLI (NoBanner, NoSummary, NoFailures,
// DisableUnicode, Color, Verbose for the DNS and first-byte figures, Mask).
func WriteCLISummary(w io.Writer, s *events.Summary, o CLIOptions) error {
	ew := &errWriter{w: w}
	c := NewCLI(ew, o)
	c.summary = s
	if !c.o.NoBanner {
		c.printf("%s\n\n", c.o.Banner)
	}
	if s.Collection != "" {
		c.printf("%s\n", s.Collection)
	} else if s.CollectionID != "" {
		c.printf("%s\n", s.CollectionID)
	}
	if !c.o.NoSummary {
		c.printf("\n%s\n", c.statsTable())
	}
	if !c.o.NoFailures && len(s.Failures) > 0 {
		c.printf("\n%s\n", c.failureTable())
	}
	return ew.err
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
