// The chai bundle's version of node-globals.js: the same `process`, but
// `Buffer` (build.mjs defines it as nodeGlobals.Buffer) is looked up when the
// bundle first uses it, not when it loads, and the bundle has no buffer
// polyfill of its own: the host's global Buffer when it has one (as
// node-globals.js takes it), else require('buffer'), the host's buffer
// bundle. chai uses Buffer only to name a Buffer it prints (loupe), so
// loading chai neither runs a buffer polyfill nor loads the buffer bundle.
import processPolyfill from 'process/browser.js';

var buffer;

export var nodeGlobals = {
  get Buffer() {
    if (buffer === undefined) {
      var b = globalThis.Buffer;
      buffer = typeof b === 'function' && typeof b.isBuffer === 'function' && typeof b.from === 'function' ? b : require('buffer').Buffer;
    }
    return buffer;
  }
};
export var process = processPolyfill;
