package check

// Rule describes one kind of finding.
type Rule struct {
	ID       string
	Name     string // SARIF's PascalCase name
	Severity Severity
	Short    string
	Full     string
}

var rules = []Rule{
	{"script-syntax", "ScriptSyntax", Error, "A script does not compile",
		"A pre-request or test script has a syntax error: a run reports it in V8's words as that script's error and runs none of it."},
	{"top-level-await", "TopLevelAwait", Error, "A script uses await outside an async function",
		"Newman and courier run a script as the body of a function, where await is a syntax error; the Postman app's newer sandbox allows it. Wrap the code in an async function."},
	{"unsupported-api", "UnsupportedAPI", Error, "A script uses an API that is not there",
		"pm.vault, pm.require, pm.execution.runRequest, other pm members Newman 6.2.2's sandbox does not have, Intl, require() of a module the sandbox does not provide, pm.execution.skipRequest in a test script: each throws or is undefined when the script runs."},
	{"behaves-differently", "BehavesDifferently", Warning, "A script uses an API courier runs differently from Newman",
		"new RegExp(…, 'm') (goja's ^ and $ match only at line feeds), toLocaleString with a locale other than en-US (goja has no Intl), pm.sendRequest with a file to upload (sent without it): the script may see other results than under Newman."},
	{"courier-extension", "CourierExtension", Note, "A script uses something courier has and Newman 6.2.2 does not",
		"globalThis, require('node:…'), pm.sendRequest as a Promise, pm.response.cookies' contents, an async pm.test that rejects: the script runs in courier but behaves differently under Newman."},
	{"undefined-variable", "UndefinedVariable", Error, "A variable is used but defined nowhere",
		"A {{variable}} of a request (URL, headers, body, auth) or a name a script reads is defined by no collection variable, environment, globals, data column or --env-var, and set by no script (a script that sets it only after its first use is a warning; so is a script's read). A dynamic variable such as {{$guid}} is always defined."},
	{"unused-variable", "UnusedVariable", Note, "A variable is defined and never used",
		"A collection, environment or globals variable or a data column that no {{reference}} and no script names."},
	{"unknown-next-request", "UnknownNextRequest", Error, "setNextRequest names no request the run has",
		"pm.execution.setNextRequest or postman.setNextRequest with a literal name or id that no request of the run has (or a folder): the iteration ends there."},
	{"ambiguous-next-request", "AmbiguousNextRequest", Warning, "setNextRequest names several requests",
		"Several requests have the name setNextRequest gives: the run goes to the last of them."},
	{"unknown-folder", "UnknownFolder", Error, "--folder names nothing",
		"No folder or request has the name or id --folder gives: courier run stops with exit code 2."},
	{"ambiguous-folder", "AmbiguousFolder", Warning, "--folder names several items",
		"Several folders or requests have the name --folder gives: the run runs every one of them."},
	{"no-test", "NoTest", Warning, "A request is not tested",
		"No test script that runs for the request (its own, its folders', the collection's) calls pm.test or sets tests[…]: a run reports no assertion for it."},
	{"plain-secret", "PlainSecret", Warning, "A credential is written into the collection",
		"A literal bearer token, API key, password or other credential in a header, the URL, the body, an auth or a collection variable, instead of a {{variable}} given by an environment kept out of the collection."},
	{"secret-not-typed", "SecretNotTyped", Warning, "A credential variable is not typed secret",
		"An environment or globals variable whose name says it holds a credential has a value but is not typed secret, so the Postman app shows it in plain sight."},
	{"credentials-over-http", "CredentialsOverHTTP", Warning, "Credentials go over plain http",
		"A request with auth, an Authorization or API-key header, or a password field goes to a host other than this machine over http:// (or a URL without a protocol)."},
	{"unknown-auth-type", "UnknownAuthType", Warning, "An auth type has no handler",
		"Newman and courier send a request whose auth type they have no handler for without auth, with a warning."},
}

// Rules lists every rule, in a fixed order.
func Rules() []Rule { return append([]Rule(nil), rules...) }
