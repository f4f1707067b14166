// Package merge merges the json run reports of shards of one run (courier's
// or Newman's json reporter's output, one per CI machine) into the reports
// one run would have written: a json report, and the summary that
// reporters.WriteJUnit, WriteHTML and WriteCLISummary write from.
//
// # What a merge guarantees
//
//   - Order: executions and failures are in the whole run's order:
//     iteration, then the top-level folder (or request) they are under, in
//     collection order; within that unit, each report's own order. Shards
//     split by collection, top-level folder or iteration therefore merge
//     into the sequential run's order whatever order the reports are given
//     in. A shard's report must carry the whole run's cursors (the
//     iteration's index and count, the position in the whole run's order):
//     --shard writes them so. Reports of `--folder` or data-subset runs made
//     by hand keep their own positions and iteration numbers.
//   - The json report is the sequential run's apart from timings and what
//     is random per run (cursor refs and the ids derived from them, error
//     checksums and timestamps): each execution and failure is copied as
//     its report wrote it (response bodies never re-encoded nor held);
//     collection from the first report; environment and globals from the
//     last (the scopes as the shard given last left them: shards do not
//     share variables); run.error the first report's that has one.
//   - run.stats are the sums of the reports' but for iterations: the
//     number of distinct iteration indices the reports counted (a report
//     counts its first run.stats.iterations.total indices), at least the
//     largest report's count. Shards split by folder each count every
//     iteration once; shards split by iteration add up.
//   - run.timings: started the earliest, completed the latest; response,
//     DNS and first-byte average, minimum, maximum and standard deviation
//     combined from each report's figures weighted by its responses
//     (run.stats requests total minus failed), so pm.sendRequest responses
//     count as in a run. DNS and first-byte figures are exact only when
//     every response had those phases. run.transfers are summed.
//   - Exit code: 3 when a report's run was interrupted or timed out (the
//     merged run is incomplete), else 1 when anything failed or a report
//     has a run error, else 0.
//   - Refused (a one-line *collections.Error naming the file and JSON path,
//     exit code 2): a report that is not a run report, malformed or
//     truncated JSON, members of the wrong type, a report of another
//     collection (collection.info differs: name, schema, description; not the
//     _postman_id alone, which a collection without one gets anew each run)
//     or of another courier version (the report's "courier": {"version"},
//     when a report has it), or of a command that ran several collections
//     (its "collections" key: shard and merge each collection's run on its
//     own).
//   - Memory: the reports are read side by side as streams, one execution
//     of each at a time; the merged json's executions and failures go
//     through a spool (Options.Spool, a temporary file). What is kept per
//     execution for junit and html is its request line, response status,
//     size and time, assertions and errors (no bodies; headers only with
//     Options.Headers): 8 reports of 10,000 executions merge with a peak
//     heap of about 80 MiB, 125 MiB with headers.
//
// # What the junit, html and cli reports lack
//
// They are built from what the json report keeps, which is less than a
// run's events: per-execution start and end times only from courier's json
// reports (its "started" and "completed" members; Newman's have none, and
// junit times are the response times), no console lines, the stacks of failed assertions and
// script errors as the json report writes them (Newman's made-up frames),
// and no executions of items that sent no request
// (pm.execution.skipRequest, --bail in a pre-request script), whose
// failures are still listed. Requests show the URL rebuilt from the
// report's parts.
package merge
