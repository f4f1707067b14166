// The status descriptions Postman's SDK reports in Response#details().detail
// (used internally by the sandbox; not requirable by scripts, as in Newman).
module.exports = require('http-reasons');
