// Package authsign signs outgoing requests for Postman's 13 auth types
// (noauth, basic, bearer, apikey, oauth2, digest, oauth1, hawk, awsv4, ntlm,
// edgegrid, asap, jwt) the way postman-runtime 7.39.1 (Newman 6.2.2) does,
// including its defaults and quirks (which parameters it reads, when it
// leaves a request unsigned, how it encodes what it adds).
//
// Runner contract:
//
//  1. Resolve variables and auth inheritance; call Sign with the request as
//     Postman's auth step sees it: the user's enabled headers only (not the
//     runner's defaults, which Newman adds after signing and so never signs),
//     the URL encoded as it will be sent (Sign edits URL.RawQuery in place),
//     body the exact body bytes and Env.BodyMode the Postman body mode.
//     OAuth 1.0 may rewrite a urlencoded body: send req.Body, not a copy.
//     A Sign error is a Newman warning ("could not sign the request"): print
//     it and send the request anyway.
//  2. Send. If NeedsChallenge(type, params), call Retry with the response;
//     while it returns ok (at most 3 replays), drain and close the response,
//     send req again and call Retry with the new response. For ntlm the
//     replays must reuse the same keep-alive connection (see Retry).
//  3. Call Observe with the final response (digest nonce counting).
//
// Params may implement Looker (missing vs empty parameters) and Setter
// (postman-runtime's "system" parameters that live on across requests).
package authsign
