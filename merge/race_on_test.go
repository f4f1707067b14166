//go:build race

package merge

// raceEnabled: the race detector inflates memory and time.
const raceEnabled = true
