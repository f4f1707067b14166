// Records what Newman 6.2.2 prints for console.log(EXPR), for every
// expression in cases.txt, into expected.json: Newman runs one request whose
// test script logs each expression, and each console message is rendered
// with the inspector Newman's cli reporter uses (without colours), so that the
// text is the cli reporter's before it wraps it into its box.
//
//   NEWMAN_DIR=/path/to/node_modules/newman node testdata/console/record.js
//
// The request goes to a closed loopback port: its error does not stop the
// test script.
'use strict';
const fs = require('fs');
const path = require('path');

const newmanDir = process.env.NEWMAN_DIR || '/work/oracles/node_modules/newman';
const newman = require(newmanDir);
const version = require(path.join(newmanDir, 'package.json')).version;
if (version !== '6.2.2') {
  throw new Error(`record.js: expected Newman 6.2.2, found ${version}`);
}
const inspect = require(path.join(newmanDir, 'lib/reporters/cli/cli-utils')).inspector({ color: 'off' });

const cases = fs.readFileSync(path.join(__dirname, 'cases.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
const collection = {
  info: { name: 'console', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
  item: [{
    name: 'log',
    request: { method: 'GET', url: 'http://127.0.0.1:1/' },
    event: [{ listen: 'test', script: { exec: cases.map((expr) => `console.log(${expr});`) } }],
  }],
};

const logged = [];
newman.run({ collection, reporters: [] }, (err) => {
  if (err) { throw err; }
  if (logged.length !== cases.length) {
    throw new Error(`record.js: ${logged.length} console messages for ${cases.length} cases`);
  }
  const out = cases.map((expr, i) => ({ expr, want: logged[i] }));
  fs.writeFileSync(path.join(__dirname, 'expected.json'), JSON.stringify(out, null, 2) + '\n');
  console.log(`recorded ${out.length} cases from Newman ${version}`);
}).on('console', (err, o) => {
  if (err) { throw err; }
  logged.push(o.messages.map((m) => inspect(m)).join(', '));
});
