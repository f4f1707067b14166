#!/bin/sh
# Writes CPU and allocation profiles of courier's start-up and of the scripted
# 1000-request benchmark into a directory (default profiles/, ignored by git),
# with the test binaries pprof needs beside them, and goja's profile of the
# JavaScript a scripted request runs. Read one with
#   go tool pprof -top -cum profiles/startup.cpu.pprof
#   go tool pprof -sample_index=alloc_objects -top profiles/scripted.alloc.pprof
#   go tool pprof -http=: profiles/scripted.js.pprof
# (`make profile`; GO and PROFILES override the go command and the directory).
set -eu
GO=${GO:-go}
dir=${PROFILES:-profiles}
mkdir -p "$dir"

# start-up: `courier run` of a one-request collection with a pre-request and
# a test script, in-process (cmd/courier BenchmarkOneRequestRun)
$GO test ./cmd/courier -run XXX -bench '^BenchmarkOneRequestRun$' -benchtime 60x -benchmem \
	-o "$dir/courier.test" -cpuprofile "$dir/startup.cpu.pprof" -memprofile "$dir/startup.alloc.pprof"
# a new script runtime and its first test script (what each --parallel unit pays)
$GO test ./scripting -run XXX -bench '^BenchmarkNewRuntimeFirstScript$' -benchtime 200x -benchmem \
	-o "$dir/scripting.test" -cpuprofile "$dir/runtime.cpu.pprof" -memprofile "$dir/runtime.alloc.pprof"
# the scripted 1000-request run (runner BenchmarkRun1000Scripts)
$GO test ./runner -run XXX -bench '^BenchmarkRun1000Scripts$' -benchtime 5x -benchmem \
	-o "$dir/runner.test" -cpuprofile "$dir/scripted.cpu.pprof" -memprofile "$dir/scripted.alloc.pprof"
# the JavaScript of one scripted request (its pre-request and test scripts)
$GO test ./scripting -run XXX -bench '^BenchmarkScriptedItem$' -benchtime 5000x -benchmem \
	-o "$dir/scripting.test" -args -jsprofile "$(cd "$dir" && pwd)/scripted.js.pprof"
ls -l "$dir"
