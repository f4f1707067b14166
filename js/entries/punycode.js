module.exports = require('punycode');
