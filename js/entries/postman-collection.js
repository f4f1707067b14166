module.exports = require('postman-collection');
