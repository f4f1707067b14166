// lodash 3.10.2: backs the legacy `_` global of Postman's sandbox.
module.exports = require('lodash3');
