module.exports = require('cheerio');
