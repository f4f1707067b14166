// Package testserver is a deterministic HTTP echo and test server shared by the
// differential tests (cmd/courier/differential_test.go, through httptest) and by
// testdata/newman/record.sh (through cmd/testserver), so that Newman 6.2.2 and
// courier are compared against exactly the same responses.
//
// Every answer is a pure function of the request: no clocks, random values or
// ports appear in a body (Go's own Date header aside). Endpoints:
//
//	/echo, /echo/...          any method: what the server received (method, path,
//	                          query, headers, body, form fields, multipart parts,
//	                          cookies) as JSON
//	/status/{code}            answers with that status code (200..599)
//	/delay/{ms}               waits (at most 10 s), then echoes
//	/cookies/set?k=v          Set-Cookie k=v; Path=/ for each query parameter
//	/cookies/delete?k         expires the named cookies
//	/cookies                  the cookies received
//	/redirect/{n}             302 to /redirect/{n-1}, ..., /redirect/1 to /echo
//	/redirect-to?url=&status= redirects to url (status 302 unless given)
//	/gzip, /deflate, /brotli  a JSON echo compressed with that encoding
//	/xml, /html               fixed documents
//	/json/{n}                 a JSON document with n generated items (n <= 1000)
//	/basic-auth/{user}/{pass} 200 when HTTP Basic credentials match, else 401
//	/bearer                   200 with a Bearer token, else 401
//	/headers?k=v              response headers set from the query parameters
//	/reflect                  as /echo, and the same JSON in the Echo response
//	                          header (for HEAD requests)
//	/digest-auth/{user}/{pass}[?qop=none]  401 with a fixed Digest challenge
//	                          until the request answers it right, then 200
//	/auth/hawk                checks a Hawk header (ids courier-sha256 and
//	                          courier-sha1): "verified" and the normalized string
//	/oauth1, /oauth1/...      checks an OAuth 1.0a signature (header, query or
//	                          url-encoded body; consumer key courier-consumer,
//	                          token courier-token): "verified" and the base string
//	/bytes?hex=&b64=&type=    exactly those body bytes, with that Content-Type (or none)
//
// The checking endpoints write the server's own host:port as HOST (and a Hawk
// port as PORT) in what they answer, so answers do not depend on the port.
//
// OAuth2 (NewOAuth2) is a separate, stateful OAuth 2.0 authorization and
// resource server for the oauth2 auth's token fetching (see oauth2.go).
//
// The raw echo server (ServeRaw) answers with the exact request bytes; its
// /redirect, /digest, /ntlm and /respond paths shape the response around the
// echo (see rawroutes.go).
package testserver
