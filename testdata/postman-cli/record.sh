#!/usr/bin/env bash
# Records the Postman CLI 1.34.0's outcome of each Postman collection format
# v3 tree below (and of examples/contio/partner-v3, the partner collection
# converted to v3, against the Contio stand-in) into NAME.expected.json, which
# cmd/courier/postmancli_test.go holds courier to. The Postman CLI runs local
# v3 trees offline and without login (`postman collection run DIR`); its json
# reporter is refused for them ("multi-protocol collections"), so its cli
# output is what is recorded, reduced by the node script below to
#
#   {"command": [...], "exitCode": N,
#    "stats": {"requests": N, "assertions": N, "failedAssertions": N},
#    "executions": [{"item": NAME, "request": "METHOD /path?query", "code": N,
#                    "assertions": [{"name", "status": "pass"|"fail"|"skip"}]}]}
#
# Trees run from this folder (body files are named relative to it) with the
# Go test server (internal/testserver) as --env-var base=http://127.0.0.1:PORT
# and its raw echo server as --env-var raw=...; "command" is the CLI's
# arguments after `postman collection`, less those two. The partner tree runs
# against contio-mock (--otp 123456) as examples/contio/testdata/record-newman.sh
# runs the v2.1 file, into examples/contio/testdata/postman-cli-NAME.expected.json.
#
# usage: testdata/postman-cli/record.sh   (needs go, node and
#        POSTMAN=/path/to/postman or /work/oracles/node_modules/.bin/postman)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
postman=${POSTMAN:-/work/oracles/node_modules/.bin/postman}
tmp=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	rm -rf "$tmp"
}
trap cleanup EXIT

version=$("$postman" --version)
if [ "$version" != "1.34.0" ]; then
	echo "record.sh: expected the Postman CLI 1.34.0, found $version" >&2
	exit 1
fi

(cd "$root" && go build -o "$tmp/testserver" ./internal/testserver/cmd/testserver && go build -o "$tmp/contio-mock" ./examples/contio/contio-mock)

# wait_line FILE PATTERN: the first line of FILE matching ^PATTERN, less it
wait_line() {
	local v=
	for _ in $(seq 100); do
		v=$(sed -n "s#^$2##p" "$1" | head -n 1)
		[ -n "$v" ] && break
		sleep 0.1
	done
	[ -n "$v" ] || { echo "record.sh: no '$2' in $1" >&2; cat "$1" >&2; exit 1; }
	echo "$v"
}

"$tmp/testserver" --addr 127.0.0.1:0 >"$tmp/server.out" 2>"$tmp/server.err" &
pids+=($!)
base=$(wait_line "$tmp/server.out" "listening on ")
raw=$(wait_line "$tmp/server.out" "raw on ")

cat >"$tmp/reduce.js" <<'JS'
// reduce.js OUTPUT EXITCODE COMMAND_JSON DEST: the Postman CLI's cli output to
// the shape cmd/courier/postmancli_test.go compares.
const fs = require('fs');
const [file, code, command, dest] = process.argv.slice(2);
const lines = fs.readFileSync(file, 'utf8').split('\n');
const out = { command: JSON.parse(command), exitCode: Number(code), stats: {}, executions: [] };
let item = null, exec = null, inConsole = false, summary = false;
for (const line of lines) {
  const t = line.trim();
  if (/^-{10,}$/.test(t)) summary = true; // the summary table, then the failure table
  if (t === '-') { inConsole = !inConsole; continue; }
  if (inConsole) continue;
  let m;
  if (summary) {
    if ((m = /^\|\s+(requests|assertions) \|\s+(\d+) \|\s+(\d+) \|$/.exec(line))) {
      out.stats[m[1]] = Number(m[2]);
      if (m[1] === 'assertions') out.stats.failedAssertions = Number(m[3]);
    }
    continue;
  }
  if ((m = /^(Root|Sub-folder) (.*)$/.exec(line))) { item = m[2]; continue; }
  if ((m = /^Folder (.*)$/.exec(line))) { item = null; continue; }
  if ((m = /^  ([A-Z]+) (\S+) \[(?:(\d+) [^,]*,|errored\])/.exec(line))) {
    const u = new URL(m[2]);
    exec = { item: item, request: m[1] + ' ' + u.pathname + u.search, code: m[3] ? Number(m[3]) : 0, assertions: [] };
    out.executions.push(exec);
    continue;
  }
  if ((m = /^  Pass  (.*)$/.exec(line)) && exec) { exec.assertions.push({ name: m[1], status: 'pass' }); continue; }
  if ((m = /^ {1,4}\d+\. (\S.*)$/.exec(line)) && exec) { exec.assertions.push({ name: m[1], status: 'fail' }); continue; }
  if ((m = /^  -  \[skipped\] (.*)$/.exec(line)) && exec) { exec.assertions.push({ name: m[1], status: 'skip' }); continue; }
}
if (out.stats.requests === undefined) {
  process.stderr.write('reduce.js: no summary table in the output:\n' + lines.join('\n') + '\n');
  process.exit(1);
}
fs.writeFileSync(dest, JSON.stringify(out, null, 1) + '\n');
JS

# record NAME DIR [postman args...]: run the tree DIR (relative to this folder)
record() {
	local name=$1 dir=$2
	shift 2
	local args=(run "$dir" "$@")
	local code=0
	(cd "$here" && "$postman" collection "${args[@]}" --env-var "base=$base" --env-var "raw=$raw" >"$tmp/out.txt" 2>&1) || code=$?
	local command
	command=$(node -e 'process.stdout.write(JSON.stringify(process.argv.slice(1)))' -- "${args[@]}")
	node "$tmp/reduce.js" "$tmp/out.txt" "$code" "$command" "$here/$name.expected.json"
	echo "recorded $name.expected.json (postman exit $code)"
}

record ordering ordering
record inherit inherit
record bodies bodies --env-var who=world
record iterations inherit -n 2

# the partner collection as a v3 tree against the Contio stand-in
partner() {
	local name=$1
	shift
	"$tmp/contio-mock" --addr 127.0.0.1:0 --otp 123456 >"$tmp/mock.out" 2>"$tmp/mock.err" &
	local mock=$!
	local url
	url=$(wait_line "$tmp/mock.out" "listening on ")
	local args=(run examples/contio/partner-v3 -e examples/contio/contio-mock.postman_environment.json "$@")
	local code=0
	(cd "$root" && "$postman" collection "${args[@]}" --env-var "base_url=$url" >"$tmp/out.txt" 2>&1) || code=$?
	kill "$mock"
	wait "$mock" 2>/dev/null || true
	local command
	command=$(node -e 'process.stdout.write(JSON.stringify(process.argv.slice(1)))' -- "${args[@]}")
	node "$tmp/reduce.js" "$tmp/out.txt" "$code" "$command" "$root/examples/contio/testdata/postman-cli-$name.expected.json"
	echo "recorded examples/contio/testdata/postman-cli-$name.expected.json (postman exit $code)"
}

partner happy-path --env-var otp_code=123456
partner wrong-otp --env-var otp_code=000000

# Postman's own v2.1 → v3 conversion, which courier must read back
rm -rf "$here/migrate/rich"
(cd "$tmp" && "$postman" collection migrate "$here/migrate/rich.postman_collection.json" -o rich >/dev/null)
mv "$tmp/rich" "$here/migrate/rich"
echo "recorded migrate/rich (postman collection migrate)"
