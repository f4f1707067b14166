module.exports = require('csv-parse/lib/sync');
