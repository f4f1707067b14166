// postman-sandbox's require('uuid') is a function returning a random (version 4)
// UUID string, with the same function also available as `.v4`. Provide that
// shape on top of the uuid package's v4 generator.
var v4 = require('uuid').v4;

function uuid() {
  return v4();
}

uuid.v4 = uuid;
module.exports = uuid;
