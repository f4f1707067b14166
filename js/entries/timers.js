module.exports = require('timers-browserify');
