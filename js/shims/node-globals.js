// Injected into every bundle: free references to the Node globals `Buffer`
// and `process` resolve to these bindings, so no library depends on the host
// defining them.
//
// Buffer: if the runtime already has a global Buffer when the bundle loads
// (the host should set it to require('buffer').Buffer, as Postman's sandbox
// does), the bundle uses it, so `instanceof Buffer` holds across bundles.
// Otherwise the bundle uses its own copy of the buffer polyfill.
import { Buffer as BufferPolyfill } from 'buffer';
import processPolyfill from 'process/browser.js';

function hostBuffer() {
  var b = globalThis.Buffer;
  return typeof b === 'function' && typeof b.isBuffer === 'function' && typeof b.from === 'function' ? b : undefined;
}

export var Buffer = /* @__PURE__ */ hostBuffer() || BufferPolyfill;
export var process = processPolyfill;
