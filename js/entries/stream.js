module.exports = require('stream-browserify');
