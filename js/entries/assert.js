module.exports = require('assert');
