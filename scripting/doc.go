// Package scripting is courier's JavaScript sandbox: Postman's pm API on goja.
//
// It talks to the run only through Host, which the runner implements, and never
// imports the runner. One Runtime serves one run (or one parallel worker), like
// Newman's single sandbox context. Like Newman's, it has Sugar.js on the
// built-ins, loaded on first use (sugar.go). pm.request, pm.response and the
// variable scopes are courier's own implementation of the postman-collection
// SDK's objects (js/sdk.js, js/sdk-request.js), linked to the SDK bundle when
// a script requires it.
package scripting
