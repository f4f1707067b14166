// Package reporters turns a run's event stream into what people and CI read.
//
// Streaming reporters are events.Handlers that hold nothing per request: cli
// (Newman's output), progress, emojitrain and github (workflow annotations and
// a job summary). Whole-run writers read the summary folded from the events:
// json (Newman's run summary), junit (Newman's structure without its bugs) and
// html (one self-contained page). Reporters depend only on package events
// (and internal/sdkjson for the json report's request and collection shapes).
package reporters
