#!/usr/bin/env bash
# Records Newman 6.2.2's outcome of examples/contio/partner_postman_collection.json
# against a fresh contio-mock (--otp 123456) for each scenario below, into
# examples/contio/testdata/newman-<scenario>.txt. courier's end-to-end tests compare
# their own runs with these files.
#
# usage: examples/contio/testdata/record-newman.sh   (from anywhere; needs go, node and
#        NEWMAN=/path/to/newman or /work/newman/node_modules/.bin/newman)
set -euo pipefail

root=$(cd "$(dirname "$0")/../../.." && pwd)
newman=${NEWMAN:-/work/newman/node_modules/.bin/newman}
out=$root/examples/contio/testdata
tmp=$(mktemp -d)
mock_pid=
cleanup() {
	if [ -n "$mock_pid" ]; then kill "$mock_pid" 2>/dev/null || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT

(cd "$root" && go build -o "$tmp/contio-mock" ./examples/contio/contio-mock)
version=$("$newman" --version)

# record NAME DESCRIPTION [extra newman args...]
record() {
	local name=$1 desc=$2
	shift 2
	"$tmp/contio-mock" --addr 127.0.0.1:0 --otp 123456 >"$tmp/mock.out" 2>"$tmp/mock.err" &
	mock_pid=$!
	local base=
	for _ in $(seq 50); do
		base=$(sed -n '1s#^listening on ##p' "$tmp/mock.out")
		[ -n "$base" ] && break
		sleep 0.1
	done
	[ -n "$base" ] || { echo "contio-mock did not start" >&2; cat "$tmp/mock.err" >&2; exit 1; }

	local args=(run examples/contio/partner_postman_collection.json
		-e examples/contio/contio-mock.postman_environment.json
		--env-var "base_url=$base" "$@")
	local code=0
	(cd "$root" && "$newman" "${args[@]}" -r json --reporter-json-export "$tmp/run.json" >/dev/null 2>&1) || code=$?
	kill "$mock_pid"
	wait "$mock_pid" 2>/dev/null || true
	mock_pid=

	local shown="newman ${args[*]}"
	shown=${shown//$base/http://127.0.0.1:PORT}
	node - "$tmp/run.json" "$out/newman-$name.txt" "$version" "$desc" "$shown" "$code" <<'JS'
const fs = require('fs');
const [file, dest, version, desc, command, code] = process.argv.slice(2);
const run = JSON.parse(fs.readFileSync(file, 'utf8')).run;
const s = run.stats;
const line = (k) => `${k}: executed ${s[k].total}, failed ${s[k].failed}`;
const lines = [
  `# Newman ${version}: ${desc}`,
  `# ${command}`,
  '# regenerate with examples/contio/testdata/record-newman.sh',
  `exit code: ${code}`,
  line('iterations'), line('requests'), line('testScripts').replace('testScripts', 'test-scripts'),
  line('prerequestScripts').replace('prerequestScripts', 'prerequest-scripts'), line('assertions'),
  `failures: ${run.failures.length}`,
];
for (const f of run.failures) {
  const msg = (f.error.message || '').replace(/\s+/g, ' ');
  lines.push(`failure: ${f.source.name} | ${f.error.test || f.error.name} | ${msg}`);
}
fs.writeFileSync(dest, lines.join('\n') + '\n');
JS
	echo "recorded $out/newman-$name.txt (newman exit $code)"
}

record happy-path "happy path (every assertion passes)" \
	--env-var otp_code=123456
record wrong-otp "wrong OTP: step 2 is refused, everything needing a token fails" \
	--env-var otp_code=000000
record wrong-secret "wrong client secret: every Basic-authenticated call is refused" \
	--env-var otp_code=123456 --env-var partner_client_secret=wrong
record insufficient-scope "consent granted only openid: User API calls fail with insufficient_scope" \
	--env-var otp_code=123456 --env-var oauth_scopes=openid
