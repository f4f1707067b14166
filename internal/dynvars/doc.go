// Package dynvars generates the values of Postman's dynamic variables
// ({{$guid}}, {{$timestamp}}, {{$isoTimestamp}}, {{$randomInt}} and the 114
// {{$random*}} names) as Newman 6.2.2 does through postman-collection 4.4.0
// and faker 5.5.3 (en locale).
//
// Values match the shape of Newman's (format, character classes, lengths,
// numeric ranges), not its exact word lists: the vocabularies here are short
// hand-written lists. Randomness and the clock are injected, so a Generator
// with a fixed seed and clock is deterministic. A Generator is not safe for
// concurrent use; create one per worker.
package dynvars
