module.exports = require('teleport-javascript');
