// Injected into every bundle: free references to the Node globals `Buffer`
// and `process` resolve to the browserify polyfills bundled alongside, so no
// library depends on the host defining them.
export { Buffer } from 'buffer';
export { default as process } from 'process/browser.js';
