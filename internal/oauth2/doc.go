// Package oauth2 holds the OAuth 2.0 client pieces courier uses to get and
// refresh the tokens of a collection's oauth2 auth, as the Postman app does
// and Newman does not: the configuration read from the parameters Postman
// stores in the auth (Config), the token and refresh requests (RFC 6749
// sections 4.1.3, 4.3.2, 4.4.2 and 6), the token endpoint's answers and
// errors (sections 5.1 and 5.2, as JSON or form-encoded), PKCE (RFC 7636)
// and the authorization URL, and the loopback listener that receives an
// authorization code (RFC 8252 section 7.3).
//
// It sends nothing itself: the runner sends the token requests through its
// own HTTP client (proxies, certificates, --max-response-size, timeouts), so
// the package has no clock and touches no file; WaitForCode listens on a
// loopback socket for the CLI.
//
// golang.org/x/oauth2 was considered and is not used: it sends its requests
// with its own client, cannot send refreshRequestParams or parameters in a
// header, reads the clock itself for expiry and puts the endpoint's whole
// answer in its errors.
package oauth2
