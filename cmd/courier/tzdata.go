package main

// The IANA time zone database, built in, so that
// --reporter-htmlextra-timezone works on systems without one (containers).
import _ "time/tzdata"
