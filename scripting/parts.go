package scripting

import (
	_ "embed"
	"fmt"

	"github.com/dop251/goja"
)

// Parts are courier's own sandbox files that are not in the prelude: each
// is compiled the first time a runtime of the process needs it (prelude.js's
// part, sdk.js's responseClasses), or ahead by Library.Warm, so that a run
// whose scripts never print, format a locale string or reach chai does not
// compile them, and the prelude every runtime waits for at start-up stays
// smaller. A part's program evaluates to a function of one
// object, the prelude's values the file uses (see part in prelude.js), and
// that function returns what the file gives the prelude.

//go:embed js/inspect.js
var inspectJS string

//go:embed js/locale.js
var localeJS string

//go:embed js/assertions.js
var assertionsJS string

//go:embed js/sdk-response.js
var sdkResponseJS string

type partFile struct {
	src *string
	// uses declares the prelude's values the file uses; gives is the
	// expression it returns
	uses, gives string
}

var partFiles = map[string]partFile{
	// Node's util.inspect, and console arguments as Newman prints them
	"inspect": {&inspectJS, "var hasOwn = I.hasOwn, toStr = I.toStr, vendor = I.vendor;",
		"{ inspect: inspect, formatConsole: formatConsole }"},
	// en-US number and date formatting for toLocaleString and friends
	"locale": {&localeJS, "", "{ formatLocaleNumber: formatLocaleNumber, formatLocaleDate: formatLocaleDate }"},
	// chai-postman's assertions, the chai plugin used when chai loads
	"assertions": {&assertionsJS, "var sdk = I.sdk, lib = I.lib, lodashShim = I.lodashShim, AjvShim = I.AjvShim, " +
		"isObject = I.isObject, isString = I.isString, toStr = I.toStr;", "chaiPostman"},
	// the SDK's Response (sdk.js's responseClasses; the file takes what it
	// uses from I itself)
	"sdk-response": {&sdkResponseJS, "", "{ Response: Response, newLoadedResponse: newLoadedResponse }"},
}

// partSource is a part's file inside its function: strict as the prelude
// is, with the prelude's JSON (taken before any script could replace it).
func partSource(f partFile) string {
	return "(function (I) {\n'use strict';\nvar JSON = I.JSON;\n" + f.uses + "\n" + *f.src + "\nreturn " + f.gives + ";\n})"
}

// part returns a part's program, compiled on first use.
func (l *Library) part(name string) (*goja.Program, error) {
	f, ok := partFiles[name]
	if !ok {
		return nil, fmt.Errorf("scripting: no part %q", name)
	}
	return l.internal("courier-"+name+".js", func() string { return partSource(f) })
}
