// moment.js is the unminified source of the moment.min.js file postman-sandbox
// bundles; the minified file's locale require() cannot be resolved by esbuild.
module.exports = require('moment/moment.js');
