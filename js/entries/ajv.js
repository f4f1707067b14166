module.exports = require('ajv');
