// A factory: require('chai-postman')(sdk, lodash, Ajv) returns a chai plugin.
module.exports = require('chai-postman');
