module.exports = require('xml2js');
