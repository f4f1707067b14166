module.exports = require('btoa');
