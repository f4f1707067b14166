module.exports = require('url');
