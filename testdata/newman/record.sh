#!/usr/bin/env bash
# Records Newman 6.2.2's outcome of every collection in this folder into
# NAME.expected.json, the expectations cmd/courier/differential_test.go holds
# courier to. Each run gets the Go test server (internal/testserver) on a free
# loopback port as --env-var base=http://127.0.0.1:PORT, its raw echo server
# (exact request bytes back) as --env-var raw=http://127.0.0.1:PORT, and writes a json
# report, which the node script below reduces to:
#
#   {"command": [...], "exitCode": N,
#    "stats": {"requests": {"total", "failed"}, "assertions": ..., "testScripts": ..., "prerequestScripts": ...},
#    "executions": [{"item", "iteration", "assertions": [{"name", "status": "pass"|"fail"|"skip", "message"}],
#                    "scriptErrors": [{"event", "name", "message"}]   (only when a script threw)}]}
#
# plus "newmanWroteNoReport": true when the run ended with an error and Newman
# wrote no report (--bail folder): the summary its json reporter would have
# written is taken from the run's done event instead. NAME.keypaths.json is
# the set of key paths of that report (arrays collapsed to []). Runs recorded
# as `JUNIT=1 record NAME ...` also keep Newman's junit report, NAME.junit.xml,
# which --reporter-junit-newman-compat must reproduce; runs recorded as
# `CLI=1 record NAME ...` keep Newman's cli output, NAME.cli.txt, which
# courier's must match but for times and the summary table (of which only
# the total data received counts), and its stderr, NAME.cli.stderr.txt,
# whose "error: …" lines (a run error, printed after the reports) courier's
# stderr must have too.
#
# Runs recorded as `EXPORTS=1 record NAME ...` also keep the four files Newman
# exports (--export-environment, --export-globals, --export-collection,
# --export-cookie-jar) as NAME.export-{environment,globals,collection,cookie-jar}.json,
# normalised as exports.js below says; courier's exports of the same run must
# equal them byte for byte after the same normalisation.
#
# Every run also keeps NAME.requests.json: each execution's request (as the
# json report writes it: postman-collection's Request#toJSON of the request as
# sent) and response (code, status, header), normalised by requests.js below
# and with every value that differs between two runs of Newman marked
# "<varies>"; courier's report must show the same values.
#
# "command" is Newman's arguments after `newman`, as run from this folder, less
# the base and raw variables and the reporter and export flags that both sides add.
#
# usage: testdata/newman/record.sh [NAME...]   (default: every run below; needs
#        go, node and NEWMAN=/path/to/newman or /work/newman/node_modules/.bin/newman)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
newman=${NEWMAN:-/work/newman/node_modules/.bin/newman}
tmp=$(mktemp -d)
server_pid=
cleanup() {
	if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT

version=$("$newman" --version)
if [ "$version" != "6.2.2" ]; then
	echo "record.sh: expected Newman 6.2.2, found $version" >&2
	exit 1
fi

(cd "$root" && go build -o "$tmp/testserver" ./internal/testserver/cmd/testserver)
"$tmp/testserver" --addr 127.0.0.1:0 >"$tmp/server.out" 2>"$tmp/server.err" &
server_pid=$!
base=
raw=
for _ in $(seq 50); do
	base=$(sed -n '1s#^listening on ##p' "$tmp/server.out")
	raw=$(sed -n '2s#^raw on ##p' "$tmp/server.out")
	[ -n "$base" ] && [ -n "$raw" ] && break
	sleep 0.1
done
[ -n "$base" ] && [ -n "$raw" ] || { echo "testserver did not start" >&2; cat "$tmp/server.err" >&2; exit 1; }

# Newman writes no report when the run ends with an error (--bail folder):
# this preload keeps the summary its json reporter would have written.
cat >"$tmp/summary-hook.js" <<'JS'
const EventEmitter = require('events');
const fs = require('fs');
const emit = EventEmitter.prototype.emit;
let run;
EventEmitter.prototype.emit = function (name, err, summary) {
  if (name === 'start' && summary && summary.run) run = summary.run;
  if (name === 'done' && run && process.env.COURIER_RECORD_COLLECTION_VARIABLES) {
    // the collection variables postman-runtime ended the run with
    fs.writeFileSync(process.env.COURIER_RECORD_COLLECTION_VARIABLES,
      JSON.stringify(run.state.collectionVariables.values.toJSON()));
  }
  if (name === 'done' && summary && summary.run && process.env.COURIER_RECORD_SUMMARY) {
    const copy = Object.assign({}, summary);
    delete copy.exports;
    fs.writeFileSync(process.env.COURIER_RECORD_SUMMARY, JSON.stringify(copy, null, 2));
  }
  return emit.apply(this, arguments);
};
JS

# keypaths.js writes the set of key paths of a json report (arrays collapsed
# to []), the shape cmd/courier's TestReportKeyPaths holds courier's report to.
cat >"$tmp/keypaths.js" <<'JS'
const fs = require('fs');
const [file] = process.argv.slice(2);
const paths = new Set();
const walk = (v, p) => {
  if (Array.isArray(v)) {
    paths.add(p + '[]');
    v.forEach((x) => walk(x, p + '[]'));
  } else if (v !== null && typeof v === 'object') {
    paths.add(p || '.');
    Object.keys(v).forEach((k) => walk(v[k], p + '.' + k));
  } else {
    paths.add(p);
  }
};
walk(JSON.parse(fs.readFileSync(file, 'utf8')), '');
process.stdout.write(JSON.stringify([...paths].sort(), null, 1) + '\n');
JS

cat >"$tmp/reduce.js" <<'JS'
const fs = require('fs');
const [file, code, written, ...command] = process.argv.slice(2);
const run = JSON.parse(fs.readFileSync(file, 'utf8')).run;
const stat = (k) => ({ total: run.stats[k].total, failed: run.stats[k].failed });
const scriptErrors = (x) => {
  const out = [];
  for (const [key, event] of [['prerequestScript', 'prerequest'], ['testScript', 'test']]) {
    for (const s of x[key] || []) {
      if (s && s.error) out.push({ event, name: s.error.name || '', message: s.error.message || '' });
    }
  }
  return out;
};
const expected = {
  command,
  exitCode: Number(code),
  ...(written === 'yes' ? {} : { newmanWroteNoReport: true }),
  stats: {
    requests: stat('requests'),
    assertions: stat('assertions'),
    testScripts: stat('testScripts'),
    prerequestScripts: stat('prerequestScripts'),
  },
  executions: run.executions.map((x) => {
    const e = {
      item: x.item.name,
      iteration: x.cursor.iteration,
      assertions: (x.assertions || []).map((a) => ({
        name: a.assertion,
        status: a.skipped ? 'skip' : a.error ? 'fail' : 'pass',
        message: a.error ? a.error.message || '' : '',
      })),
    };
    const errs = scriptErrors(x);
    if (errs.length) e.scriptErrors = errs;
    return e;
  }),
};
process.stdout.write(JSON.stringify(expected, null, 2) + '\n');
JS

# exports.js normalises one file Newman exported, as cmd/courier's
# normaliseExport does courier's: "_postman_exported_at" and the "creation"
# and "lastAccessed" times of cookies become "<time>", "_postman_exported_using"
# "<agent>", every UUID "<uuid>" (times and UUIDs that occur in the run's
# input files stay: they are kept, not made), and the test servers' URLs (the
# base and raw variables) "<base>" and "<raw>". The collection gets the
# collection variables postman-runtime ended the run with in place of the
# ones Newman writes (the ones it started with, postmanlabs/newman#2680): the
# Postman app's runner keeps the new values, and so does courier.
cat >"$tmp/exports.js" <<'JS'
const fs = require('fs');
const [file, kind, collvars, ...inputs] = process.argv.slice(2);
let text = fs.readFileSync(file, 'utf8');
if (kind === 'collection') {
  const doc = JSON.parse(text);
  doc.variable = JSON.parse(fs.readFileSync(collvars, 'utf8'));
  text = JSON.stringify(doc, null, 2);
}
const given = inputs.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
text = text
  .split(process.env.COURIER_BASE).join('<base>')
  .split(process.env.COURIER_RAW).join('<raw>')
  .replace(/"_postman_exported_at": "[^"]*"/g, '"_postman_exported_at": "<time>"')
  .replace(/"_postman_exported_using": "[^"]*"/g, '"_postman_exported_using": "<agent>"')
  .replace(/"(creation|lastAccessed)": "([^"]*)"/g, (m, k, v) => (given.includes(v) ? m : `"${k}": "<time>"`))
  .replace(/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g, (m) => (given.includes(m) ? m : '<uuid>'));
process.stdout.write(text);
JS

# requests.js reduces one or two json reports to what NAME.requests.json
# holds: per execution (pm.sendRequest's own left out, an execution Newman
# pushes twice for a digest or NTLM replay kept once) the item's name, the
# iteration, the request and the response's code, status and header, with
# the test servers' URLs as "<base>" and "<raw>" (their host:port as
# "<base-host>"/"<raw-host>", their ports, alone or after a colon under
# another host name, as "<base-port>"/"<raw-port>") and the
# Date header as "<date>". Given two reports (two runs of the same
# collection), a value that differs between them is "<varies>": anything, or
# nothing, matches it. cmd/courier's reduceRequests is the same.
cat >"$tmp/requests.js" <<'JS'
const fs = require('fs');
const files = process.argv.slice(2);
const base = process.env.COURIER_BASE, raw = process.env.COURIER_RAW;
const hostOf = (u) => u.replace(/^http:\/\//, ''), portOf = (u) => u.replace(/^.*:/, '');
const swaps = [[base, '<base>'], [raw, '<raw>'], [hostOf(base), '<base-host>'], [hostOf(raw), '<raw-host>'],
  [':' + portOf(base), ':<base-port>'], [':' + portOf(raw), ':<raw-port>']];
const norm = (v) => {
  if (typeof v === 'string') {
    if (v === portOf(base)) return '<base-port>';
    if (v === portOf(raw)) return '<raw-port>';
    for (const [from, to] of swaps) v = v.split(from).join(to);
    return v;
  }
  if (Array.isArray(v)) return v.map(norm);
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v)) o[k] = norm(v[k]);
    return o;
  }
  return v;
};
const reduce = (file) => {
  const out = [], at = new Map();
  for (const x of JSON.parse(fs.readFileSync(file, 'utf8')).run.executions) {
    if (x.cursor && x.cursor.scriptId) continue;
    let response = null;
    if (x.response) {
      const header = (x.response.header || []).map((h) => (String(h.key).toLowerCase() === 'date' ? { ...h, value: '<date>' } : h));
      response = { code: x.response.code, status: x.response.status, header };
    }
    const e = norm({ item: x.item.name, iteration: x.cursor.iteration, request: x.request === undefined ? null : x.request, response });
    if (at.has(x.cursor.ref)) out[at.get(x.cursor.ref)] = e;
    else at.set(x.cursor.ref, out.length) && out.push(e);
  }
  return out;
};
const VARIES = '<varies>';
const merge = (a, b) => {
  if (JSON.stringify(a) === JSON.stringify(b)) return a;
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) return a.map((x, i) => merge(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const o = {};
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) o[k] = k in a && k in b ? merge(a[k], b[k]) : VARIES;
    return o;
  }
  return VARIES;
};
const [first, second] = files.map(reduce);
const merged = second ? merge(first, second) : first;
if (!Array.isArray(merged)) {
  console.error('the two runs made different executions: no requests recorded');
  process.exit(3);
}
process.stdout.write(JSON.stringify(merged, null, 1) + '\n');
JS

only=("$@")
# record NAME [newman run arguments...]
record() {
	local name=$1
	shift
	if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $name "* ]]; then
		return
	fi
	local code=0 written=yes report="$tmp/$name.json" reporters=(-r json)
	local stdout="$tmp/$name.log" stderr="$tmp/$name.err"
	if [ -n "${CLI:-}" ]; then
		# CLI=1 record ...: also keep Newman's cli output as NAME.cli.txt
		# and what it printed on stderr as NAME.cli.stderr.txt
		reporters=(-r cli,json)
		stdout="$here/$name.cli.txt"
		stderr="$here/$name.cli.stderr.txt"
	fi
	if [ -n "${JUNIT:-}" ]; then
		# JUNIT=1 record ...: also keep Newman's junit report as NAME.junit.xml
		reporters=(-r json,junit --reporter-junit-export "$here/$name.junit.xml")
	fi
	local exports=() kinds=(environment globals collection cookie-jar) kind
	if [ -n "${EXPORTS:-}" ]; then
		for kind in "${kinds[@]}"; do
			exports+=("--export-$kind" "$tmp/$name.export-$kind.json")
		done
	fi
	(cd "$here" && COURIER_RECORD_SUMMARY="$tmp/$name.summary.json" NODE_OPTIONS="--require $tmp/summary-hook.js" \
		COURIER_RECORD_COLLECTION_VARIABLES="$tmp/$name.collection-variables.json" \
		timeout 300 "$newman" "$@" --env-var "base=$base" --env-var "raw=$raw" "${reporters[@]}" \
		--reporter-json-export "$report" "${exports[@]}" >"$stdout" 2>"$stderr") || code=$?
	if [ ! -s "$report" ]; then
		# the run ended with an error: Newman wrote no report; use its summary
		written=no report="$tmp/$name.summary.json"
	fi
	if [ ! -s "$report" ]; then
		echo "newman wrote no report for $name (exit $code):" >&2
		cat "$stdout" "$stderr" >&2
		exit 1
	fi
	node "$tmp/reduce.js" "$report" "$code" "$written" "$@" >"$here/$name.expected.json"
	node "$tmp/keypaths.js" "$report" >"$here/$name.keypaths.json"
	# a second run, for the values that vary from run to run
	local again="$tmp/$name.again.json"
	(cd "$here" && COURIER_RECORD_SUMMARY="$tmp/$name.again.summary.json" NODE_OPTIONS="--require $tmp/summary-hook.js" \
		timeout 300 "$newman" "$@" --env-var "base=$base" --env-var "raw=$raw" -r json \
		--reporter-json-export "$again" >/dev/null 2>&1) || true
	[ -s "$again" ] || again="$tmp/$name.again.summary.json"
	COURIER_BASE=$base COURIER_RAW=$raw node "$tmp/requests.js" "$report" "$again" >"$here/$name.requests.json" ||
		rm -f "$here/$name.requests.json"
	if [ -n "${EXPORTS:-}" ]; then
		# the run's input files: the collection and every file option's value
		local inputs=("$here/$2") i args=("$@")
		for ((i = 2; i < ${#args[@]} - 1; i++)); do
			case ${args[i]} in
			-e | --environment | -g | --globals | -d | --iteration-data | --cookie-jar) inputs+=("$here/${args[i + 1]}") ;;
			esac
		done
		for kind in "${kinds[@]}"; do
			COURIER_BASE=$base COURIER_RAW=$raw node "$tmp/exports.js" "$tmp/$name.export-$kind.json" "$kind" "$tmp/$name.collection-variables.json" \
				"${inputs[@]}" >"$here/$name.export-$kind.json"
		done
	fi
	echo "recorded $name.expected.json and $name.keypaths.json (newman exit $code)"
}

record variables run variables.postman_collection.json \
	-e variables.postman_environment.json -g variables.postman_globals.json \
	-d variables.data.json --env-var overridden_by_cli=cli \
	--global-var g_cli=global-cli --global-var g_file=from-cli
record requests run requests.postman_collection.json --working-dir .
JUNIT=1 record flow run flow.postman_collection.json -n 2 -d flow.data.csv
record cookies-auth run cookies-auth.postman_collection.json
record cookies-auth.ignore-redirects run cookies-auth.postman_collection.json --ignore-redirects
record sandbox run sandbox.postman_collection.json
record timeouts run timeouts.postman_collection.json --timeout-script 400
record empty-scripts run empty-scripts.postman_collection.json
record v1 run v1.postman_collection.json
record infoless run infoless.postman_collection.json
record item-object run item-object.postman_collection.json
record csv-tricky run csv-tricky.postman_collection.json -d csv-tricky.data.csv
record urls run urls.postman_collection.json
record urls-sendrequest run urls-sendrequest.postman_collection.json
record sugar run sugar.postman_collection.json
for fail in pre-assert pre-error request; do
	JUNIT=1 record "bail.$fail" run bail.postman_collection.json -n 2 --env-var "fail=$fail" --bail
done
record bail.coll-pre-assert.failure run bail.postman_collection.json -n 2 --env-var fail=coll-pre-assert --bail failure
record bail.coll-test-assert.failure run bail.postman_collection.json -n 2 --env-var fail=coll-test-assert --bail failure
JUNIT=1 record bail.test-assert run bail.postman_collection.json -n 2 --env-var fail=test-assert --bail
for fail in test-error request; do
	record "bail.$fail.folder" run bail.postman_collection.json -n 2 --env-var "fail=$fail" --bail folder
done
record bail.test-assert.folder-failure run bail.postman_collection.json -n 2 --env-var fail=test-assert --bail folder,failure
JUNIT=1 record reports run reports.postman_collection.json -e reports.postman_environment.json \
	-g reports.postman_globals.json -n 2 --timeout-request 500 --working-dir .
JUNIT=1 record bail.test-assert.folder run bail.postman_collection.json -n 2 --env-var fail=test-assert --bail folder
CLI=1 record console run console.postman_collection.json
record sdk run sdk.postman_collection.json
record sdk-scopes run sdk-scopes.postman_collection.json -e sdk.postman_environment.json -g sdk.postman_globals.json
record wire run wire.postman_collection.json --working-dir .
record redirects run redirects.postman_collection.json
record redirects.ignore-redirects run redirects.postman_collection.json --ignore-redirects
CLI=1 record auth-retry run auth-retry.postman_collection.json
record responses run responses.postman_collection.json
record lenient-bodies run lenient-bodies.postman_collection.json --working-dir .
record lenient-headers run lenient-headers.postman_collection.json
record lenient-events run lenient-events.postman_collection.json
CLI=1 record lenient-auth run lenient-auth.postman_collection.json
record lenient-misc run lenient-misc.postman_collection.json
record lenient-v1-auth run lenient-v1-auth.postman_collection.json
# Newman's own integration suite (test/integration), rewritten against the test server
record integ-vars run integ-vars.postman_collection.json -e integ-vars.postman_environment.json \
	-g integ-vars.postman_globals.json -d integ-vars.data.json -n 3
record integ-clear run integ-clear.postman_collection.json
record integ-inherit run integ-inherit.postman_collection.json -e integ-inherit.postman_environment.json
record integ-flow run integ-flow.postman_collection.json
record integ-flow.folders run integ-flow.postman_collection.json --folder F2 --folder R1 --folder F1.R2 --folder trail
# --folder selection as postman-runtime does it (one value, several, nested, by id)
record folder-select.one run folder-select.postman_collection.json --folder X
record folder-select.nested-one run folder-select.postman_collection.json --folder G
record folder-select.nested run folder-select.postman_collection.json --folder A --folder Y
record folder-select.order run folder-select.postman_collection.json --folder Z --folder A --folder id-w
record integ-v1 run integ-v1.postman_collection.json
record integ-bodies run integ-bodies.postman_collection.json --working-dir .
record integ-sandbox run integ-sandbox.postman_collection.json
record integ-protocol run integ-protocol.postman_collection.json
record integ-encoding run integ-encoding.postman_collection.json -e integ-encoding.postman_environment.json \
	-d integ-encoding.data.csv
record integ-encoding.utf16 run integ-encoding.postman_collection.json \
	-e integ-encoding.utf16.postman_environment.json -d integ-encoding.data.csv
record integ-timeout run integ-timeout.postman_collection.json --timeout 60000 --timeout-request 2500 --timeout-script 500
record integ-urls run integ-urls.postman_collection.json
record integ-jumps run integ-jumps.postman_collection.json
record integ-jumps.folder run integ-jumps.postman_collection.json --folder Fold
record integ-jumps.twice run integ-jumps.postman_collection.json -n 2
record integ-shapes run integ-shapes.postman_collection.json --working-dir .
record integ-typed run integ-typed.postman_collection.json
record script-fidelity run script-fidelity.postman_collection.json
record chai-buffer run chai-buffer.postman_collection.json
CLI=1 record chai-lazy run chai-lazy.postman_collection.json
record fn-names run fn-names.postman_collection.json
CLI=1 record assertion-index run assertion-index.postman_collection.json
CLI=1 record bail.request.folder-cli run bail.postman_collection.json -n 2 --env-var fail=request --bail folder
JUNIT=1 record misc-nameless run misc-nameless.postman_collection.json
record misc-graphql run misc-graphql.postman_collection.json
CLI=1 record misc-proxy run misc-proxy.postman_collection.json
CLI=1 record misc-errors run misc-errors.postman_collection.json
record script-async run script-async.postman_collection.json
record script-async.bail-folder run script-async.postman_collection.json --bail folder \
	--folder 'sync error after the timer was cleared' --folder 'sync error with a timer pending' --folder after
record script-variables run script-variables.postman_collection.json -d script-variables.data.json
CLI=1 record sendrequest run sendrequest.postman_collection.json --timeout-request 1000
record sendrequest-queued run sendrequest-queued.postman_collection.json --timeout-script 500
CLI=1 record skip-request run skip-request.postman_collection.json
EXPORTS=1 record exports run exports.postman_collection.json -e exports.postman_environment.json \
	-g exports.postman_globals.json --cookie-jar exports.cookie-jar.json --env-var from_cli=cli --global-var g_cli=cli
EXPORTS=1 record exports.bare run exports.postman_collection.json --env-var from_cli=cli --global-var g_cli=cli
EXPORTS=1 record exports.array run exports.postman_collection.json -e exports.array.postman_environment.json
record slow-interval run slow-interval.postman_collection.json
