package authsign

import (
	"io"
	"testing"
	"time"
)

// Requests recorded from a Newman 6.2.2 run against a local echo server
// (127.0.0.1:18765), signed here from the request as Newman's auth step saw
// it: the user's headers, plus the Content-Type Newman adds before signing
// for a raw JSON body.
func TestNewmanRecordedRequests(t *testing.T) {
	const host = "http://127.0.0.1:18765"
	newmanTime := func() time.Time { return time.Date(2026, 11, 27, 15, 26, 23, 0, time.UTC) }

	t.Run("awsv4 raw JSON", func(t *testing.T) {
		req := newReq(t, "POST", host+"/p?a=1", `{"a":1}`, "X-User", "u", "Content-Type", "application/json")
		p := params{"accessKey": "AK", "secretKey": "SK", "region": "us-east-1", "service": "service"}
		if err := Sign(req, []byte(`{"a":1}`), "awsv4", p, Env{Now: newmanTime, BodyMode: "raw"}); err != nil {
			t.Fatal(err)
		}
		want := map[string]string{
			"X-Amz-Content-Sha256": "015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862",
			"X-Amz-Date":           "20261127T152623Z",
			"Authorization":        "AWS4-HMAC-SHA256 Credential=AK/20261127/us-east-1/service/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-user, Signature=8e81542fb4ea5435ddd8291dc42c5cc5ccf2d00873ed6c4b4808c5bcfcc887ee",
		}
		for k, v := range want {
			if got := headerGet(req, k); got != v {
				t.Errorf("%s\n got %s\nwant %s", k, got, v)
			}
		}
		if req.Host != "127.0.0.1:18765" {
			t.Errorf("Host = %s", req.Host)
		}
	})

	t.Run("oauth1 parameters in a urlencoded body", func(t *testing.T) {
		body := "s=Hello%20Ladies%20%2B%20Gentlemen%21"
		req := newReq(t, "POST", host+"/o?b=x+y", body)
		p := params{"consumerKey": "ck", "consumerSecret": "cs", "signatureMethod": "HMAC-SHA1", "timestamp": "1700000000",
			"nonce": "n1", "version": "1.0", "addParamsToHeader": "false"}
		if err := Sign(req, []byte(body), "oauth1", p, Env{BodyMode: "urlencoded"}); err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(req.Body)
		wantBody := "s=Hello%20Ladies%20%2B%20Gentlemen%21&oauth_consumer_key=ck&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1700000000&oauth_nonce=n1&oauth_version=1.0&oauth_signature=VVkYbVcKJD4QOe%2FODgKbxyfFkiQ%3D"
		if string(got) != wantBody || req.ContentLength != int64(len(wantBody)) {
			t.Errorf("body\n got %s\nwant %s", got, wantBody)
		}
		if req.URL.RawQuery != "b=x%20y" {
			t.Errorf("query = %s", req.URL.RawQuery)
		}
		if headerGet(req, "Authorization") != "" {
			t.Error("unexpected Authorization header")
		}
	})

	t.Run("hawk payload hash with Newman's JSON Content-Type", func(t *testing.T) {
		req := newReq(t, "POST", host+"/h", "hi", "Content-Type", "application/json")
		p := params{"authId": "id", "authKey": "k", "algorithm": "sha256", "timestamp": "1700000000", "nonce": "abc", "includePayloadHash": "true"}
		if err := Sign(req, []byte("hi"), "hawk", p, Env{BodyMode: "raw"}); err != nil {
			t.Fatal(err)
		}
		want := `Hawk id="id", ts="1700000000", nonce="abc", hash="t98IUredoDbRS7Him1ZJ7V01GtYJU7bqhP7Io8GIeNk=", mac="S0EGZnvsPIFw1wO9UZNoDlYfANFIeLOA+3X4ra1d6kE="`
		if got := headerGet(req, "Authorization"); got != want {
			t.Errorf("Authorization\n got %s\nwant %s", got, want)
		}
	})

	t.Run("apikey in the query keeps the user's Authorization", func(t *testing.T) {
		req := newReq(t, "GET", host+"/k?x=1", "", "Authorization", "user")
		if err := Sign(req, nil, "apikey", params{"key": "my key", "value": "a b&c", "in": "query"}, Env{}); err != nil {
			t.Fatal(err)
		}
		if req.URL.RequestURI() != "/k?x=1&my%20key=a%20b%26c" || headerGet(req, "Authorization") != "user" {
			t.Errorf("got %s, Authorization %q", req.URL.RequestURI(), headerGet(req, "Authorization"))
		}
	})
}
