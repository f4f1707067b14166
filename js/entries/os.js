module.exports = require('os-browserify');
