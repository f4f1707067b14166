// Package reporters turns a run's event stream into what people and CI read:
// Newman's cli output (streaming) and Newman's json summary (whole run).
// Reporters depend only on the event and summary model (internal/events).
package reporters
