// The package's browser build calls window.atob; use its Node build.
module.exports = require('atob/node-atob.js');
