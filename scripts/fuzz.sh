#!/usr/bin/env bash
# Runs every fuzz target in the repository for a short time each (what CI
# does after the tests and linters; `make fuzz-short`, `make fuzz` for longer).
#
#   scripts/fuzz.sh [FUZZTIME] [PACKAGE-PATTERN...]
#
# FUZZTIME is a go test -fuzztime value (default 3s); the packages default to
# ./... . FUZZMINIMIZETIME (default 1s) bounds the minimisation of each new
# input, which otherwise eats most of a short run. Targets are found with `go test -list`, so a new Fuzz function is
# picked up without touching this script. Each package's test binary is built
# once, with the fuzzing instrumentation, and run once per target from the
# package directory (so its testdata/fuzz seed corpus is used). Inputs the
# fuzzer finds interesting go to the usual cache, $(go env GOCACHE)/fuzz. A
# failing input is written to the package's testdata/fuzz/FuzzName/ as go test
# writes it: commit it with the fix, it then runs as a regression test in
# `go test`. Exits 1 if any target fails.
set -uo pipefail
cd "$(dirname "$0")/.."

fuzztime=${1:-3s}
shift || true
[ $# -gt 0 ] || set -- ./...

bindir=$(mktemp -d)
trap 'rm -rf "$bindir"' EXIT
cache="$(go env GOCACHE)/fuzz"

# go test -list prints the matching names, then "ok  <import path> ..." per package
list=$(go test -run '^$' -list '^Fuzz' "$@") || { echo "$list"; exit 1; }
failed=()
count=0
start=$SECONDS
names=()
while read -r first second _; do
  case "$first" in
  Fuzz*) names+=("$first") ;;
  ok)
    pkg=$second
    if [ ${#names[@]} -eq 0 ]; then continue; fi
    dir=$(go list -f '{{.Dir}}' "$pkg") || exit 1
    bin="$bindir/$(echo "$pkg" | tr / _).test"
    if ! go test -c -fuzz=. -o "$bin" "$pkg"; then
      failed+=("$pkg (build)")
      names=()
      continue
    fi
    for name in "${names[@]}"; do
      count=$((count + 1))
      log="$bindir/log"
      if (cd "$dir" && "$bin" -test.run='^$' -test.fuzz="^${name}\$" -test.fuzztime="$fuzztime" \
        -test.fuzzminimizetime="${FUZZMINIMIZETIME:-1s}" \
        -test.fuzzcachedir="$cache/$pkg") >"$log" 2>&1; then
        printf 'ok    %-34s %s\n' "$name" "$pkg"
      elif ! grep -q 'Failing input written' "$log" && grep -qx '    context deadline exceeded' "$log" &&
        [ "$(grep -c -e '^--- FAIL' -e '^    --- FAIL' "$log")" = 1 ]; then
        # Go's fuzzing coordinator can report its own -fuzztime deadline as a
        # failure under CPU contention, with no failing input (go.dev/issue/75804,
        # fixed in Go 1.27): not a finding
        printf 'ok    %-34s %s (stopped by the -fuzztime deadline race, go.dev/issue/75804)\n' "$name" "$pkg"
      else
        printf 'FAIL  %-34s %s\n' "$name" "$pkg"
        cat "$log"
        failed+=("$pkg $name")
      fi
    done
    names=()
    ;;
  esac
done <<<"$list"

echo "$count fuzz targets, ${fuzztime} each, in $((SECONDS - start))s"
if [ ${#failed[@]} -gt 0 ]; then
  printf 'failed: %s\n' "${failed[@]}"
  echo "new failing inputs (commit them with the fix):"
  git status --porcelain --untracked-files=all -- '*/testdata/fuzz/*'
  exit 1
fi
