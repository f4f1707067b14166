// Package jslib embeds the JavaScript libraries that scripts in courier's
// sandbox can require(): lodash, moment, chai, crypto-js, the
// postman-collection SDK, the browserify polyfills for Node built-ins, and the
// rest of the set Postman's sandbox offers.
//
// Each library is one minified CommonJS bundle (built by js/build.mjs from the
// versions pinned in js/package-lock.json). A bundle expects to run inside a
// function with `module` and `exports` parameters and leaves its value in
// module.exports. Bundles are self-contained: each carries its own copy of
// the polyfills it needs (process, events, ...), so two bundles never share
// module instances. The exception is Buffer: a bundle that uses the Buffer
// global takes the runtime's global Buffer if one exists when it loads (set
// it to require('buffer').Buffer first, as Postman's sandbox does, so that
// instanceof Buffer holds across bundles) and its own copy otherwise.
//
// The chai bundle also expects `__courier` in scope: the object whose
// functions its hooks call (js/build.mjs adds them to chai's source; package
// scripting/internal/chaicore makes the object, and its PlainHooks keeps
// chai's own functions). Two of chai's modules are bundles of their own that
// the chai bundle loads when it first needs them, through the hooks object's
// lazy(name): loupe ("chai-loupe") and chai's assert interface
// ("chai-assert"); the host's lazy returns the exports of that vendor file
// run as a module (once per runtime, with a require for the buffer bundle).
//
// A few bundles guard optional require() calls with try/catch (backbone's
// jquery, moment's locales); a wrapper may pass a require function that
// throws for unknown names, or none at all. ajv's constructor reads the
// global console (its default logger).
//
// Source returns a bundle's text by module name; Names lists the names.
// Vendor returns the files Postman's sandbox runs before every script (Sugar.js
// and the table of what it changes on the built-ins), which are not modules,
// and chai's lazily loaded parts, which no script can require().
package jslib
