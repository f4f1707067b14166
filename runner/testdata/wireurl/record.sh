#!/usr/bin/env bash
# Records expected.json from Newman's own URL code (see record.js); run it
# after changing cases.json. Needs node and Newman 6.2.2's node_modules
# (ORACLES, default /work/oracles/node_modules).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
node "$here/record.js" >"$here/expected.json.tmp"
mv "$here/expected.json.tmp" "$here/expected.json"
echo "recorded $here/expected.json ($(node --version))"
