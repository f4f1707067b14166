//go:build !race

package main

// raceEnabled: the race detector inflates memory and time.
const raceEnabled = false
