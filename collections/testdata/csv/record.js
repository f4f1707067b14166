#!/usr/bin/env node
// Records how Newman 6.2.2 reads CSV iteration data into golden.json: every
// case in cases.json (hand-written) plus seeded random ones goes through
// Newman's own iteration-data loader (newman/lib/run/options.js, which calls
// csv-parse 4.16.3 with Newman's options and cast), and the rows it returns,
// or its error, are written down. collections/csv_test.go holds courier's
// parser to them. The expectations therefore come from Newman, never from
// courier.
//
// usage: node collections/testdata/csv/record.js [NEWMAN_DIR]
//        (NEWMAN_DIR defaults to /work/oracles/node_modules/newman)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const newmanDir = process.argv[2] || '/work/oracles/node_modules/newman';
const version = require(path.join(newmanDir, 'package.json')).version;
if (version !== '6.2.2') {
  console.error(`record.js: expected Newman 6.2.2, found ${version}`);
  process.exit(1);
}
const load = require(path.join(newmanDir, 'lib/run/options.js'));
const { detectEncoding } = require(path.join(newmanDir, 'lib/util.js'));

// A value as the Go test compares it: strings as {"s"}, numbers as {"n"}
// with JavaScript's String(n) (and "-0" for negative zero).
const typed = (v) => {
  if (typeof v === 'string') return { s: v };
  if (typeof v === 'number') return { n: Object.is(v, -0) ? '-0' : String(v) };
  return { other: String(v) };
};

// A small deterministic generator (mulberry32) for the random cases.
const rng = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pieces = ['a', 'b', 'x y', '1', '-2', '3.5', '1e3', '0x1F', '007', ' ', '\t', '"', '""', ',', '\n', '\r\n', '\r',
  'é', '+4', '.5', '5.', 'Infinity', '-0', '\f', '\v', 'NaN', '1_0', 'true', '"q"', '  "q" ', 'a"b', '\u00a0', '1,2'];
// Fewer stray quotes: whole quoted fields, so that most cases parse.
const tamePieces = ['a', 'b c', '12', '-3', '4.5', '1e2', '0x10', '0010', ' ', '\t', ',', ',', ',', '\n', '\n', '\r\n',
  '"q,r"', '"x""y"', '""', '"multi\nline"', '  "sp"  ', 'é', '+1', '-0', '.5', 'Infinity', '\u00a0', 'a"b'];
const randomCases = (n, seed, pieces, prefix) => {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const len = 1 + Math.floor(r() * 24);
    for (let j = 0; j < len; j++) s += pieces[Math.floor(r() * pieces.length)];
    out.push({ name: `${prefix} ${i}`, csv: s });
  }
  return out;
};

const cases = JSON.parse(fs.readFileSync(path.join(__dirname, 'cases.json'), 'utf8')).concat(randomCases(400, 9, pieces, 'random'), randomCases(400, 17, tamePieces, 'tame'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csv-golden-'));
const results = [];
const next = (i) => {
  if (i === cases.length) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.writeFileSync(path.join(__dirname, 'golden.json'), JSON.stringify(results, null, 1) + '\n');
    console.log(`recorded ${results.length} cases into golden.json`);
    return;
  }
  const c = cases[i];
  const file = path.join(dir, `case${i}.csv`);
  fs.writeFileSync(file, c.csv, 'utf8');
  load({ iterationData: file }, (err, res) => {
    const out = { name: c.name, csv: c.csv };
    // Newman decodes the file in the encoding chardet guesses; short UTF-8
    // text with a few non-ASCII characters is sometimes taken for Latin-1
    // and garbled. courier reads UTF-8: such cases are marked and skipped.
    const enc = detectEncoding(Buffer.from(c.csv, 'utf8'));
    if (enc !== undefined && Buffer.from(c.csv, 'utf8').toString(enc) !== c.csv) out.encoding = enc;
    if (err) {
      out.error = err.message.replace(/^iteration data could not be loaded\n\s*/, '');
    } else if (!Array.isArray(res.iterationData) || res.iterationData.some((row) => row === null || typeof row !== 'object')) {
      out.json = true; // Newman read it as JSON: not a CSV case
    } else {
      out.rows = res.iterationData.map((row) => Object.keys(row).map((k) => [k, typed(row[k])]));
    }
    results.push(out);
    next(i + 1);
  });
};
next(0);
