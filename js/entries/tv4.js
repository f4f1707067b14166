module.exports = require('tv4');
