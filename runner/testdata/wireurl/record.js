// Records what Newman 6.2.2's URL handling makes of each case in cases.json,
// using Newman's own dependencies (postman-collection 4.4.0 and
// postman-url-encoder 3.0.5) as postman-runtime chains them:
//
//   url       the collection's URL (a string, or an object's members)
//   string    Url#toString of it (what a pre-request script sees)
//   resolved  that string with the case's variables substituted, parsed
//             again and written out (the cli's URL line)
//   href      toNodeUrl(resolved).href (the encoded URL)
//   target    toNodeUrl(resolved).path (the request target Node sends)
//   host      toNodeUrl(resolved).host (the Host header postman-runtime adds)
//   reported  new Url(href).toJSON() (the json report's request.url)
//   error     the request error, when there is one
//
// and, for each of "hosts", url.domainToASCII (what encodeHost runs).
//
// usage: node record.js > expected.json  (ORACLES: the node_modules holding
// Newman's dependencies, default /work/oracles/node_modules)
const path = require('path');
const fs = require('fs');
const url = require('url');
const net = require('net');
const oracles = process.env.ORACLES || '/work/oracles/node_modules';
const sdk = require(path.join(oracles, 'postman-collection'));
const encoder = require(path.join(oracles, 'postman-url-encoder'));

const cases = JSON.parse(fs.readFileSync(path.join(__dirname, 'cases.json'), 'utf8'));
const out = { urls: [], hosts: [] };
for (const c of cases.urls) {
  const u = new sdk.Url(c.url);
  const r = { string: u.toString(), unresolved: u.toJSON() };
  let s = r.string;
  if (s) { s = sdk.Property.replaceSubstitutions(s, [c.vars || {}]); }
  const resolved = s ? new sdk.Url(s) : u;
  r.resolved = resolved.toString();
  if (!r.resolved) {
    r.error = 'runtime:extensions~request: request url is empty';
  } else {
    const n = encoder.toNodeUrl(resolved, Boolean(c.disableUrlEncoding));
    r.href = n.href;
    r.target = n.path;
    r.host = n.host;
    r.reported = new sdk.Url(n.href).toJSON();
    // postman-request refuses a URL without a host, then one that is not
    // http or https; Node's http refuses a path with characters
    // outside U+0021-U+00FF, and net a port that is no port (asked here)
    if (!n.hostname) {
      r.error = 'Invalid URI "' + url.format(n) + '"';
    } else if (n.protocol !== 'http:' && n.protocol !== 'https:') {
      r.error = 'Invalid protocol: ' + n.protocol;
    } else if (/[^\u0021-\u00ff]/.test(n.path)) {
      r.error = 'Request path contains unescaped characters';
    } else if (n.port) {
      try {
        net.createConnection({ port: n.port, host: '127.0.0.1' }).on('error', () => {}).destroy();
      } catch (e) {
        r.error = e.message;
      }
    }
  }
  out.urls.push(r);
}
for (const h of cases.hosts) { out.hosts.push(url.domainToASCII(h)); }
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
