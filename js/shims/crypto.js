// Injected into bundles that contain the uuid package (uuid, postman-collection).
// uuid's browser build draws random bytes from `crypto.getRandomValues`, which
// goja does not have. Use the host's implementation when the runtime provides
// one; otherwise fall back to Math.random, which is what postman-sandbox's own
// `require('uuid')` uses.
export const crypto = {
  getRandomValues: function (bytes) {
    var host = globalThis.crypto;
    if (host && typeof host.getRandomValues === 'function') {
      return host.getRandomValues(bytes);
    }
    for (var i = 0; i < bytes.length; i++) {
      bytes[i] = Math.floor(Math.random() * 256);
    }
    return bytes;
  }
};
