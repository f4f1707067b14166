module.exports = require('loupe');
