module.exports = require('chai/lib/chai/interface/assert.js');
