package runner

import "github.com/courier-run/courier/collections"

// unknownAuth handles an auth type postman-runtime has no handler for (a
// typo, a type from a newer app): Newman warns, once before the request is
// sent and once after its response, and sends it without auth (send signs
// only known types). An inherited auth of an unknown type is dropped from
// sent, which the test scripts and the report see: Newman's request keeps
// only its own. It returns the unknown type, "" when the auth is known; the
// caller warns (warnUnknownAuth) before and after the request.
func (r *run) unknownAuth(sent *collections.Request, inherited bool) string {
	if sent.Auth == nil || collections.KnownAuthType(sent.Auth.Type) {
		return ""
	}
	typ := sent.Auth.Type
	if inherited {
		sent.Auth = nil
	}
	return typ
}

func (r *run) warnUnknownAuth(typ string) {
	r.warn("runtime: could not find a handler for auth: " + typ)
}
