// Package contiomock is an in-memory stand-in for the Contio Partner API,
// good enough to run the partner Postman collection
// (examples/contio/partner_postman_collection.json) headlessly, with Newman or
// courier, against 127.0.0.1. examples/contio/contio-mock serves it; the
// demo's README (examples/contio/README.md) says why the code stays here.
//
// It follows /work/shared/contio/partner-api-facts.md and the SDK
// @contio/partner-sdk 1.9.0; where those are silent the choices below are the
// mock's own. All state lives on the Server behind one mutex; nothing is
// persisted.
//
// # OAuth flow
//
//	POST /auth/initiate        Basic client auth; JSON or form {client_id, email, name?}
//	    200 {message, session, challenge_name, challenge_params, user_provisioned, expires_in}
//	    Generates a 6-digit OTP (Config.OTP fixes it) valid 10 minutes and
//	    "mails" it: see Server.Mailbox and GET /_mock/mailbox?email=.
//	    A new initiate replaces earlier OTPs of the same user and client.
//	POST /auth/verify          Basic; {client_id, email, code, session}
//	    200 {success, message, session_id, user_id, expires_in} and
//	    Set-Cookie: session_id=...; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax.
//	    400 invalid_grant "Invalid OTP" for a wrong code (5 wrong codes void
//	    the OTP); 400 invalid_grant "Session expired" when the session string
//	    is unknown, used or older than 10 minutes.
//	POST /oauth2/consent       no client auth; the login session comes from the
//	                           session_id parameter or, failing that, the cookie
//	    {client_id, scope (or scopes), redirect_uri, state?, email?,
//	     response_type? ("code"), consent? (default true),
//	     code_challenge?, code_challenge_method? (S256|plain)}
//	    200 {code, scope, state?, redirect_uri, redirect_url, redirect_to, expires_in}
//	    where redirect_url = redirect_to = redirect_uri?code=...&state=....
//	    The code is single use, lives 10 minutes and is bound to the client,
//	    redirect_uri, user and exactly the requested scopes.
//	    401 login_required without a live session ("Session expired");
//	    400 invalid_request for a missing or unregistered redirect_uri or a
//	    client_id other than the session's; 400 invalid_scope for an unknown
//	    scope; 403 access_denied (with redirect_url carrying
//	    error=access_denied) for consent=false.
//	POST /oauth2/check-consent Basic; {client_id, email, scope, redirect_uri?, state?}
//	    200 {has_consent, requires_consent, session_valid, redirect_url?};
//	    with consent on record, a live session and a redirect_uri it also
//	    issues a code in redirect_url.
//	POST /oauth2/token         Basic (or client_id/client_secret parameters); form or JSON
//	    grant_type=authorization_code&code&redirect_uri[&code_verifier]
//	    grant_type=refresh_token&refresh_token[&scope]
//	    200 {access_token, token_type: "Bearer", expires_in: 86400,
//	         refresh_token, scope, id_token (only with the openid scope)}.
//	    Access and refresh tokens are opaque; the ID token is an HS256 JWT
//	    signed with the client secret (iss, sub, aud, exp, iat, auth_time,
//	    jti, email, email_verified, name), valid 1 hour. Refresh tokens live
//	    30 days and rotate: each use returns a new one.
//	    401 invalid_client (WWW-Authenticate: Basic) for bad client
//	    credentials; 400 invalid_request for a missing parameter or a
//	    redirect_uri mismatch; 400 invalid_grant for an unknown, expired,
//	    foreign or replayed code or refresh token. Replaying a used code or
//	    a rotated refresh token also revokes every token of that grant.
//	POST /oauth2/introspect    Basic; form token=
//	    access token -> {active: true, token_type: "access_token", scope,
//	    client_id, sub, exp, iat, iss, aud, username}; ID token ->
//	    {active: true, token_type: "id_token", sub, email, client_id, exp,
//	    iat, iss, aud}; refresh, unknown, expired or other clients' tokens ->
//	    {active: false}; no token -> 400 invalid_request "Missing token parameter".
//	POST /oauth2/revoke        Basic; token= (RFC 7009). GET /oauth2/scopes  Basic.
//
// # Reproducing "insufficient_scope" (consent skipped or scopes not granted)
//
// Without a consent there is no code and so no token at all. A token that
// lacks scopes comes from a consent that granted fewer scopes: the consent
// grants exactly what it is asked for, so running the collection with
// oauth_scopes=openid (newman ... --env-var oauth_scopes=openid) yields a
// token that every Partner User API call answers with 403
// insufficient_scope and WWW-Authenticate: Bearer error="insufficient_scope".
//
// # Partner User API (Authorization: Bearer <access token>)
//
// Under /v1/partner/user: GET /profile (scope profile); GET /meetings,
// GET /meetings/{id}, GET /meetings/{id}/participants,
// GET /meetings/{id}/agenda-items (meetings:read); POST /meetings (201),
// PATCH /meetings/{id} (meetings:write); GET /action-items,
// GET /action-items/{id} (action-items:read); POST /action-items (201),
// DELETE /action-items/{id} (204) (action-items:write); GET /calendar/events
// (calendar:read). Lists are {items, total, limit, offset} with limit 1..100
// (default 20) and offset >= 0, newest first. Everyone shares one seeded
// workspace with two meetings (SeedMeeting1ID, SeedMeeting2ID), agenda
// items, participants, two action items and two calendar events.
// 401 invalid_token (WWW-Authenticate: Bearer) for a missing, unknown,
// revoked or expired token; 403 insufficient_scope for a missing scope;
// 404 not_found; 400 invalid_request / invalid_start_time / invalid_end_time /
// invalid_time_range / invalid_due_date for bad input.
//
// # Partner Admin API (X-API-Key and X-Client-ID)
//
// Under /v1/partner/admin: GET /app, /workspaces, /automations, /connections
// (one per user who consented to the client), /toolkits ({items, ...}) and
// /webhook-deliveries ({deliveries, total, limit, offset}). A missing or
// wrong key or client id gives 401 unauthorized.
//
// # Everything else
//
// Every response carries X-Request-Id; every error is
// {error, error_description, request_id}. Unknown paths give 404 not_found,
// known paths with another method 405 method_not_allowed with Allow.
// Requests to /oauth* and /auth/* are limited per client address to
// Config.RateLimit per rolling Config.RateWindow (default 100 per 5 minutes);
// beyond that 429 rate_limit_exceeded with Retry-After (seconds).
// GET /_mock/mailbox?email= (test only, not rate limited) returns
// {email, codes} with the newest code last.
package contiomock
