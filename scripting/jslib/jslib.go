package jslib

import (
	"embed"
	"sort"
	"strings"
)

//go:embed bundles/*.js bundles/*.tsv
var bundleFS embed.FS

// bundleFiles maps each name a script can pass to require() to its bundle
// under bundles/. It is never modified.
var bundleFiles = map[string]string{
	"ajv":                "ajv.js",
	"assert":             "assert.js",
	"atob":               "atob.js",
	"backbone":           "backbone.js",
	"btoa":               "btoa.js",
	"buffer":             "buffer.js",
	"chai":               "chai.js",
	"chai-postman":       "chai-postman.js",
	"cheerio":            "cheerio.js",
	"crypto-js":          "crypto-js.js",
	"csv-parse/lib/sync": "csv-parse__lib__sync.js",
	"events":             "events.js",
	"handlebars":         "handlebars.js",
	"http-reasons":       "http-reasons.js",
	"lodash":             "lodash.js",
	"lodash3":            "lodash3.js",
	"moment":             "moment.js",
	"os":                 "os.js",
	"path":               "path.js",
	"postman-collection": "postman-collection.js",
	"punycode":           "punycode.js",
	"querystring":        "querystring.js",
	"stream":             "stream.js",
	"string_decoder":     "string_decoder.js",
	"timers":             "timers.js",
	"tv4":                "tv4.js",
	"url":                "url.js",
	"util":               "util.js",
	"uuid":               "uuid.js",
	"xml2js":             "xml2js.js",
}

// vendorFiles are the files that are not modules a script can require():
// the files Postman's sandbox runs itself before any script, shipped
// unchanged with their licence headers, and the parts of chai that the chai
// bundle loads when first needed (see Vendor). It is never modified.
var vendorFiles = map[string]string{
	// chai 4.4.1's assert interface (chai.assert), bundled alone
	"chai-assert": "chai-assert.js",
	// loupe 2.3.7, which chai prints values with, bundled alone
	"chai-loupe": "chai-loupe.js",
	// teleport-javascript 1.0.0, which postman-sandbox sends console
	// arguments through
	"console-teleport": "console-teleport.js",
	// Sugar 1.3.9 ("Sugar Library vedge", MIT) as postman-sandbox 4.7.1 runs it
	"sugar": "sugar.js",
	// what Sugar adds to or replaces on the built-ins under V8 (js/build.mjs)
	"sugar-props": "sugar-props.tsv",
}

// nodeBuiltins are the names that may also be required with a "node:" prefix
// (the polyfilled Node.js core modules). It is never modified.
var nodeBuiltins = map[string]bool{
	"assert":         true,
	"buffer":         true,
	"events":         true,
	"os":             true,
	"path":           true,
	"punycode":       true,
	"querystring":    true,
	"stream":         true,
	"string_decoder": true,
	"timers":         true,
	"url":            true,
	"util":           true,
}

const nodePrefix = "node:"

// Source returns the CommonJS bundle for name, the string a script passes to
// require(). Node built-ins are also found under their "node:" name (for
// example "node:buffer"). ok is false for any other name.
//
// The bundle's value is whatever it assigns to module.exports when run as the
// body of function(module, exports) { ... }.
func Source(name string) (src string, ok bool) {
	if rest, found := strings.CutPrefix(name, nodePrefix); found {
		if !nodeBuiltins[rest] {
			return "", false
		}
		name = rest
	}
	file, ok := bundleFiles[name]
	if !ok {
		return "", false
	}
	data, err := bundleFS.ReadFile("bundles/" + file)
	if err != nil {
		return "", false
	}
	return string(data), true
}

// Vendor returns one of the files Postman's sandbox runs itself: "sugar"
// (Sugar's module from postman-sandbox 4.7.1's prebuilt bootcode, unchanged
// but for Sugar's licence header put back on top: code to run with `this`
// set to {} where `global`, `self` and `window` are undefined) or
// "sugar-props" (a table of the properties Sugar adds to or replaces on the
// built-ins, written by js/build.mjs from running it in Node), or one of
// the chai bundle's lazily loaded parts, "chai-assert" and "chai-loupe", or
// "console-teleport" (CommonJS bundles like the modules, see js/build.mjs).
// ok is false for any other name.
func Vendor(name string) (src string, ok bool) {
	file, ok := vendorFiles[name]
	if !ok {
		return "", false
	}
	data, err := bundleFS.ReadFile("bundles/" + file)
	if err != nil {
		return "", false
	}
	return string(data), true
}

// Names returns the module names Source accepts (without "node:" forms),
// sorted.
func Names() []string {
	names := make([]string, 0, len(bundleFiles))
	for name := range bundleFiles {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}
