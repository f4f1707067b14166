package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/courier-run/courier/internal/oauth2"
	"github.com/courier-run/courier/runner"
)

// defaultOAuth2CallbackTimeout is how long an authorization_code flow waits
// for the browser's redirect unless --oauth2-callback-timeout says.
const defaultOAuth2CallbackTimeout = 5 * time.Minute

// oauth2Authorizer asks the person at the terminal to authorize an
// authorization_code grant: it prints the authorization URL on stderr and
// waits, at most --oauth2-callback-timeout, for the browser's redirect on
// the auth's loopback redirect_uri. Without a terminal (stdin and stderr
// both not one: CI), in units, or with a redirect_uri courier cannot listen
// on, it says what to do instead, and the run stops (exit 2).
func oauth2Authorizer(a *runArgs, e *env) func(context.Context, runner.OAuth2Authorization) (string, error) {
	return func(ctx context.Context, q runner.OAuth2Authorization) (string, error) {
		what := fmt.Sprintf("%q needs an OAuth 2.0 token from the %s grant, which needs a person at a browser", q.Request, q.Grant)
		const keep = "keep the tokens with --export-environment or --export-collection (later runs refresh them)"
		switch {
		case a.inUnits():
			return "", fmt.Errorf("%s: not with --parallel, --parallel-folders or --shard; run once without them and %s", what, keep)
		case !e.stdinTTY && !e.isTTY(e.stderr):
			return "", fmt.Errorf("%s, and there is no terminal: run courier on a terminal once and %s, or give a token in the auth's accessToken (--no-oauth2-fetch sends the requests without one, as Newman does)", what, keep)
		case q.RedirectURI == "":
			return "", fmt.Errorf("%s, and the auth has no redirect_uri (Callback URL): set one on the loopback, such as http://127.0.0.1:8910/callback, and register it with the authorization server", what)
		}
		cb, err := oauth2.Listen(q.RedirectURI, q.State)
		if errors.Is(err, oauth2.ErrNotLoopback) {
			return "", fmt.Errorf("%s, and its redirect_uri %s is not a loopback URL courier can listen on: register one such as http://127.0.0.1:8910/callback with the authorization server and set it as the auth's Callback URL, or run once in the Postman app and %s", what, q.RedirectURI, keep)
		}
		if err != nil {
			return "", fmt.Errorf("%s: %v", what, err)
		}
		defer cb.Close()
		timeout := a.oauth2CallbackTimeout
		fmt.Fprintf(e.stderr, "\ncourier: %s.\nOpen this URL in a browser and authorize; courier waits %v for the redirect to %s:\n\n  %s\n\n",
			what, timeout, q.RedirectURI, q.URL)
		wctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		code, err := cb.Wait(wctx)
		if err != nil && ctx.Err() == nil && errors.Is(wctx.Err(), context.DeadlineExceeded) {
			return "", fmt.Errorf("%q needs an OAuth 2.0 token from the %s grant, and no redirect with a code came to %s within %v (--oauth2-callback-timeout)",
				q.Request, q.Grant, q.RedirectURI, timeout)
		}
		if err == nil {
			fmt.Fprintf(e.stderr, "courier: authorization received.\n\n")
		}
		return code, err
	}
}
