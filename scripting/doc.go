// Package scripting is courier's JavaScript sandbox: Postman's pm API on goja.
//
// It talks to the run only through Host, which the runner implements, and never
// imports the runner. One Runtime serves one run (or one parallel worker), like
// Newman's single sandbox context. Like Newman's, it has Sugar.js on the
// built-ins, loaded on first use (sugar.go). pm.request, pm.response and the
// variable scopes are courier's own implementation of the postman-collection
// SDK's objects (js/sdk.js, js/sdk-request.js, js/sdk-response.js), linked to
// the SDK bundle when a script requires it.
//
// What a runtime runs first is the prelude (js/sdk.js and js/prelude.js);
// everything else is compiled once per process when first needed, or ahead
// by Library.Warm while the run loads and its first request is in flight:
// the SDK's request and response sides, courier's own parts (parts.go:
// console formatting, locale formatting, chai-postman's assertions), the
// library bundles a script requires (jslib), and chai's printer and assert
// interface, which the chai bundle loads lazily.
package scripting
