// Package authsign signs outgoing requests for Postman's 13 auth types
// (noauth, basic, bearer, apikey, oauth2, digest, oauth1, hawk, awsv4, ntlm,
// edgegrid, asap, jwt) the way postman-runtime 7.39.1 (Newman 6.2.2) does,
// including its defaults and quirks (which parameters it reads, when it
// leaves a request unsigned, how it encodes what it adds).
//
// Runner contract:
//
//  1. Resolve variables and auth inheritance; call Sign with the request as
//     Postman's auth step sees it: the user's enabled headers, plus one
//     header Newman adds before signing: "Content-Type: application/json"
//     for a raw body whose language is json, when the user set no
//     Content-Type, the body is not empty or disabled and the method is not
//     GET, HEAD, COPY, PURGE or UNLOCK. Not the runner's other defaults
//     (User-Agent, Accept, Postman-Token, Host, Accept-Encoding, Connection,
//     Cache-Control, other implied Content-Types, Content-Length): Newman
//     adds those after signing and so never signs them. The URL must be
//     encoded as it will be sent (Sign edits URL.RawQuery in place; a path
//     kept byte for byte in URL.Opaque "//host/path" is honoured). body is
//     the exact body and Env.BodyMode the Postman body mode. OAuth 1.0 may
//     rewrite a urlencoded body: send req.Body (and req.ContentLength), not a
//     copy. awsv4 sets req.Host. A Sign error is a Newman warning ("could not
//     sign the request"): print it and send the request anyway.
//  2. Send. If NeedsChallenge(type, params), call Retry with the response;
//     while it returns ok (at most 3 replays), drain and close the response,
//     send req again and call Retry with the new response. For ntlm the
//     replays must reuse the same keep-alive connection (see Retry).
//  3. Call Observe with the final response (digest nonce counting).
//
// Params may implement Looker (missing vs empty parameters) and Setter
// (postman-runtime's "system" parameters that live on across requests, as
// Newman's digest and hawk do when requests share a collection-level auth).
package authsign
