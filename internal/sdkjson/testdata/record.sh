#!/usr/bin/env bash
# Records what postman-collection (the SDK in Newman 6.2.2's tree) makes of
# each collection: NAME.sdk.json is `new Collection(document).toJSON()` and
# every item's toJSON(), the shape sdkjson.Build must write. The collections
# are this folder's *.postman_collection.json and testdata/newman's.
#
# usage: internal/sdkjson/testdata/record.sh   (needs node and
#        SDK=/path/to/node_modules/postman-collection, default the oracles')
set -euo pipefail
shopt -s nullglob
here=$(cd "$(dirname "$0")" && pwd)
sdk=${SDK:-/work/oracles/node_modules/postman-collection}
for f in "$here"/*.postman_collection.json "$here"/../../../testdata/newman/*.postman_collection.json; do
	name=$(basename "$f" .postman_collection.json)
	node - "$sdk" "$f" >"$here/$name.sdk.json" <<'JS'
const [sdkPath, file] = process.argv.slice(2);
const sdk = require(sdkPath);
const path = require('path');
const fs = require('fs');
let doc = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
while (doc.collection) doc = doc.collection;
if (doc.name && doc.order && doc.requests) {
  // v1: converted as Newman converts it
  const transformer = require(path.join(sdkPath, '..', 'postman-collection-transformer'));
  transformer.convert(doc, { inputVersion: '1.0.0', outputVersion: '2.1.0' }, (err, out) => { if (err) throw err; doc = out; });
}
const c = new sdk.Collection(doc);
const items = {};
c.forEachItem((it) => { items[it.id] = it.toJSON(); });
c.forEachItemGroup((g) => { items[g.id] = g.toJSON(); });
process.stdout.write(JSON.stringify({ collection: c.toJSON(), items }, null, 1) + '\n');
JS
	echo "recorded $name.sdk.json"
done

# stringify.json: JSON.stringify(JSON.parse(s), null, 2) of every document in
# stringify.in.json, the form Newman's export files take (sdkjson.Indent).
(cd "$here" && node -e '
const ins = JSON.parse(require("fs").readFileSync("stringify.in.json", "utf8"));
process.stdout.write(JSON.stringify(ins.map((s) => [s, JSON.stringify(JSON.parse(s), null, 2)]), null, 1) + "\n");
' >stringify.json)
echo "recorded stringify.json"
