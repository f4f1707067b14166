module.exports = require('events');
