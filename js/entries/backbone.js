module.exports = require('backbone');
