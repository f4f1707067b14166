#!/usr/bin/env node
// Records how Newman 6.2.2 converts each Postman collection v1 file in this
// folder (NAME.json) to v2.1: the same call Newman's lib/run/options.js makes,
// postman-collection-transformer's convert with {inputVersion: '1.0.0',
// outputVersion: '2.1.0'}, written to NAME.golden.json. collections/v1_test.go
// holds courier's conversion to these files; they come from the transformer,
// never from courier. The transformer makes up an id for a collection that has
// none: that one is left out.
//
// usage: TZ=UTC node collections/testdata/v1/record.js [NODE_MODULES_DIR]
//        (default /work/oracles/node_modules, Newman 6.2.2's tree)
'use strict';
const fs = require('fs');
const path = require('path');

const modules = process.argv[2] || '/work/oracles/node_modules';
const version = require(path.join(modules, 'postman-collection-transformer/package.json')).version;
if (version !== '4.1.8') {
  console.error(`record.js: expected postman-collection-transformer 4.1.8, found ${version}`);
  process.exit(1);
}
if (new Date(0).getTimezoneOffset() !== 0) {
  console.error('record.js: run with TZ=UTC (cookie dates are written in local time)');
  process.exit(1);
}
const transformer = require(path.join(modules, 'postman-collection-transformer'));
const newmanUtil = require(path.join(modules, 'newman/lib/util.js'));

for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.json') && !f.endsWith('.golden.json')).sort()) {
  const input = JSON.parse(fs.readFileSync(path.join(__dirname, file), 'utf8'));
  if (!newmanUtil.isV1Collection(input)) {
    console.error(`${file}: Newman would not treat this as a v1 collection`);
    process.exit(1);
  }
  transformer.convert(input, { inputVersion: '1.0.0', outputVersion: '2.1.0' }, (err, out) => {
    if (err) {
      console.error(`${file}: ${err.message}`);
      process.exit(1);
    }
    if (!input.id) delete out.info._postman_id;
    fs.writeFileSync(path.join(__dirname, file.replace(/\.json$/, '.golden.json')), JSON.stringify(out, null, '\t') + '\n');
    console.log(`recorded ${file.replace(/\.json$/, '.golden.json')}`);
  });
}

// The two hand-made parsers of the conversion, on many inputs: the header
// string parser (lib/common/v1.js parseHeaders) and the URL parser and
// unparser (lib/url.js), into parts.golden.json.
const common = require(path.join(modules, 'postman-collection-transformer/lib/common/v1.js'));
const url = require(path.join(modules, 'postman-collection-transformer/lib/url.js'));
let seed = 7;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const random = (n, pieces) => {
  const out = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const len = 1 + Math.floor(rnd() * 12);
    for (let j = 0; j < len; j++) s += pieces[Math.floor(rnd() * pieces.length)];
    out.push(s);
  }
  return out;
};
const headerInputs = ['Accept: a\n//Off: b', 'A:b:c d:e', '  Lead: x', '//: x', 'X: a\r\n b', 'g\r\n Y: 1\r\nZ: 2']
  .concat(random(500, ['a', 'B-c', ':', ': ', ' ', '\t', '\n', '\r\n', '\r', '//', '// ', 'x:y', '\u2028', '\u00a0', 'é', '\r\n ', '\r\n\t', '::', 'v a l']));
const urlInputs = ['http://u:p@h.com:80/a/:b?c=d&e#f', '{{base}}/x', 'localhost:4041', '  http://x/ ?', 'http:\\\\h\\p']
  .concat(random(500, ['http', '://', ':\\\\', 'a', '.', '/', '\\', ':', '@', '?', '&', '=', '#', '{{', '}}', '{{x.y}}',
    '{{a&b}}', '{{q=1}}', ']', '[', ' ', ':id', '8080', 'é', 'user:pw@']));
const parts = {
  headers: headerInputs.map((s) => ({ in: s, out: common.parseHeaders(s) || [] })),
  urls: urlInputs.map((s) => {
    const parsed = url.parse(s);
    return { in: s, parsed: JSON.parse(JSON.stringify(parsed)), unparsed: url.unparse(parsed) };
  }),
};
fs.writeFileSync(path.join(__dirname, 'parts.golden.json'), JSON.stringify(parts, null, 1) + '\n');
console.log('recorded parts.golden.json');
