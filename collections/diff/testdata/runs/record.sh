#!/usr/bin/env bash
# Records Newman 6.2.2 json reports of the Contio partner collection against a
# fresh contio-mock, trimmed to the fields `courier diff --runs` reads (the full
# reports also hold the collection, environment, requests and response bodies):
#   happy.json         old collection, every assertion passes
#   wrong-secret.json  old collection, wrong client secret: Basic-auth calls are refused
#   v2.json            ../partner/new.json (requests renamed, added, removed), happy path
#   happy-slow.json    happy.json with simulated latency: Create Meeting +400 ms,
#                      List Workspaces +80 ms (below the 100 ms minimum)
#
# usage: collections/diff/testdata/runs/record.sh  (needs go, node and
#        NEWMAN=/path/to/newman or /work/newman/node_modules/.bin/newman)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
newman=${NEWMAN:-/work/newman/node_modules/.bin/newman}
tmp=$(mktemp -d)
mock_pid=
cleanup() {
	if [ -n "$mock_pid" ]; then kill "$mock_pid" 2>/dev/null || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT

(cd "$root" && go build -o "$tmp/contio-mock" ./examples/contio/contio-mock)

# record OUT COLLECTION [extra newman args...]
record() {
	local out=$1 coll=$2
	shift 2
	"$tmp/contio-mock" --addr 127.0.0.1:0 --otp 123456 >"$tmp/mock.out" 2>"$tmp/mock.err" &
	mock_pid=$!
	local base=
	for _ in $(seq 50); do
		base=$(sed -n '1s#^listening on ##p' "$tmp/mock.out")
		[ -n "$base" ] && break
		sleep 0.1
	done
	[ -n "$base" ] || { echo "contio-mock did not start" >&2; exit 1; }
	(cd "$root" && "$newman" run "$coll" -e examples/contio/contio-mock.postman_environment.json \
		--env-var "base_url=$base" --env-var otp_code=123456 "$@" \
		-r json --reporter-json-export "$tmp/run.json" >/dev/null 2>&1) || true
	kill "$mock_pid"
	wait "$mock_pid" 2>/dev/null || true
	mock_pid=
	node - "$tmp/run.json" "$here/$out" "$base" <<'JS'
const fs = require('fs');
const [file, dest, base] = process.argv.slice(2);
const run = JSON.parse(fs.readFileSync(file, 'utf8')).run;
const scrub = (s) => (typeof s === 'string' ? s.split(base).join('http://127.0.0.1:PORT') : s);
const err = (e) => e && { name: e.name, message: scrub(e.message) };
const out = { run: {
  stats: run.stats,
  executions: run.executions.map((e) => ({
    cursor: { iteration: e.cursor.iteration, position: e.cursor.position },
    item: { id: e.item.id, name: e.item.name },
    response: e.response && { code: e.response.code, status: e.response.status, responseTime: e.response.responseTime },
    assertions: (e.assertions || []).map((a) => Object.assign({ assertion: a.assertion, skipped: a.skipped }, a.error ? { error: err(a.error) } : {})),
  })),
  failures: run.failures.map((f) => ({ at: f.at, source: { id: f.source.id, name: f.source.name },
    cursor: { iteration: f.cursor.iteration, position: f.cursor.position }, error: err(f.error) })),
} };
fs.writeFileSync(dest, JSON.stringify(out, null, 1) + '\n');
JS
	echo "recorded $here/$out"
}

record happy.json examples/contio/partner_postman_collection.json
record wrong-secret.json examples/contio/partner_postman_collection.json --env-var partner_client_secret=wrong
record v2.json collections/diff/testdata/partner/new.json

node - "$here/happy.json" "$here/happy-slow.json" <<'JS'
const fs = require('fs');
const [src, dest] = process.argv.slice(2);
const rep = JSON.parse(fs.readFileSync(src, 'utf8'));
const add = { 'Create Meeting': 400, 'List Workspaces': 80 };
for (const e of rep.run.executions) {
  if (add[e.item.name] && e.response) e.response.responseTime += add[e.item.name];
}
fs.writeFileSync(dest, JSON.stringify(rep, null, 1) + '\n');
JS
echo "derived $here/happy-slow.json"
