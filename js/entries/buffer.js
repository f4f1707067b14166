module.exports = require('buffer');
