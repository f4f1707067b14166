package diff

import (
	"reflect"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
)

// one wraps a request in a collection of one item named "R" with id "r".
func one(r *collections.Request, mod ...func(*collections.Item)) *collections.Collection {
	it := &collections.Item{ID: "r", Name: "R", Request: r}
	for _, m := range mod {
		m(it)
	}
	return coll(it)
}

func get(url string) *collections.Request {
	return &collections.Request{Method: "GET", URL: collections.ParseURL(url)}
}

func withBody(b *collections.Body) *collections.Request {
	r := get("https://x.test/a")
	r.Method = "POST"
	r.Body = b
	return r
}

func withAuth(a *collections.Auth) *collections.Request {
	r := get("https://x.test/a")
	r.Auth = a
	return r
}

func withHeaders(hs ...collections.Header) *collections.Request {
	r := get("https://x.test/a")
	r.Headers = hs
	return r
}

func script(listen, exec string, disabled bool) func(*collections.Item) {
	return func(it *collections.Item) {
		it.Events = append(it.Events, collections.Event{Listen: listen, Disabled: disabled, Script: collections.Script{Exec: exec}})
	}
}

func TestCompareRequests(t *testing.T) {
	tests := []struct {
		name     string
		old, new *collections.Collection
		opts     Options
		want     []string // sign, description and class, as the text output shows them
	}{
		{
			name: "url parts",
			old:  one(get("http://api.x.test:8080/v1/orders/:id?a=1&b=2#top")),
			new:  one(get("https://api.y.test/v2/orders/:id?a=1&c=3&flag")),
			want: []string{
				"~ url protocol: http → https [url]",
				"~ url host: api.x.test → api.y.test [url]",
				"- url port = 8080 [url]",
				"~ url path: v1/orders/:id → v2/orders/:id [url]",
				"+ query c = 3 [url]",
				"+ query flag [url]",
				"- query b = 2 [url]",
				"- url hash = top [url]",
			},
		},
		{
			name: "duplicate query keys pair by occurrence",
			old:  one(get("https://x.test/a?tag=a&tag=b")),
			new:  one(get("https://x.test/a?tag=a&tag=c&tag=d")),
			want: []string{"~ query tag #2: b → c [url]", "+ query tag #3 = d [url]"},
		},
		{
			name: "headers match case-insensitively; credentials are masked",
			old: one(withHeaders(collections.Header{Key: "accept", Value: "text/plain"},
				collections.Header{Key: "Authorization", Value: "Bearer abc"},
				collections.Header{Key: "X-Debug", Value: "1"})),
			new: one(withHeaders(collections.Header{Key: "Accept", Value: "text/plain"},
				collections.Header{Key: "Authorization", Value: "Bearer def"},
				collections.Header{Key: "X-Debug", Value: "1", Disabled: true},
				collections.Header{Key: "X-Api-Key", Value: "{{key}}"})),
			want: []string{
				"~ header Authorization: (changed) [headers]",
				"~ header X-Debug: enabled → disabled [headers]",
				"+ header X-Api-Key = {{key}} [headers]",
			},
		},
		{
			name: "raw text body as a line diff",
			old:  one(withBody(&collections.Body{Mode: "raw", Raw: "<a>\n  <b>1</b>\n</a>"})),
			new:  one(withBody(&collections.Body{Mode: "raw", Raw: "<a>\n  <b>2</b>\n</a>"})),
			want: []string{"~ body [body]"},
		},
		{
			name: "JSON bodies compare as JSON whatever the spacing",
			old:  one(withBody(&collections.Body{Mode: "raw", Raw: `{"a":1,"b":[1,2]}`})),
			new:  one(withBody(&collections.Body{Mode: "raw", Raw: "{\n  \"b\": [1, 2],\n  \"a\": 1\n}"})),
			want: nil,
		},
		{
			name: "JSON body credentials are masked",
			old:  one(withBody(&collections.Body{Mode: "raw", Raw: `{"user":"u","password":"p1"}`})),
			new:  one(withBody(&collections.Body{Mode: "raw", Raw: `{"user":"v","password":"p2"}`})),
			want: []string{"~ body $.password: (changed) [body]", `~ body $.user: "u" → "v" [body]`},
		},
		{
			name: "body mode",
			old:  one(withBody(&collections.Body{Mode: "raw", Raw: "x", Language: "text"})),
			new:  one(withBody(&collections.Body{Mode: "urlencoded", URLEncoded: []collections.FormParam{{Key: "a", Value: "1", Type: "text"}}})),
			want: []string{"~ body mode: raw (text) → urlencoded [body]"},
		},
		{
			name: "body added and removed",
			old:  coll(&collections.Item{ID: "1", Name: "A", Request: get("/a")}, &collections.Item{ID: "2", Name: "B", Request: withBody(&collections.Body{Mode: "raw", Raw: "x"})}),
			new:  coll(&collections.Item{ID: "1", Name: "A", Request: withBody(&collections.Body{Mode: "file", File: &collections.FileRef{Src: "a.bin"}})}, &collections.Item{ID: "2", Name: "B", Request: withBody(&collections.Body{Mode: "raw"})}),
			want: []string{"~ method: GET → POST [method]", "+ url protocol = https [url]", "+ url host = x.test [url]", "+ body = file [body]", "- body = raw [body]"},
		},
		{
			name: "auth type and inheritance",
			old:  coll(&collections.Item{ID: "1", Name: "A", Request: withAuth(&collections.Auth{Type: "bearer"})}, &collections.Item{ID: "2", Name: "B", Request: withAuth(nil)}, &collections.Item{ID: "3", Name: "C", Request: withAuth(&collections.Auth{Type: "basic"})}),
			new:  coll(&collections.Item{ID: "1", Name: "A", Request: withAuth(&collections.Auth{Type: "apikey"})}, &collections.Item{ID: "2", Name: "B", Request: withAuth(&collections.Auth{Type: "noauth"})}, &collections.Item{ID: "3", Name: "C", Request: withAuth(nil)}),
			want: []string{"~ auth type: bearer → apikey [auth]", "+ auth = noauth (was inherited) [auth]", "- auth = basic (now inherited) [auth]"},
		},
		{
			name: "auth parameters: secrets masked, references shown",
			old: one(withAuth(&collections.Auth{Type: "oauth2", Params: []collections.AuthParam{
				{Key: "accessToken", Value: "abc"}, {Key: "tokenType", Value: "Bearer"}, {Key: "clientSecret", Value: "{{secret}}"}}})),
			new: one(withAuth(&collections.Auth{Type: "oauth2", Params: []collections.AuthParam{
				{Key: "accessToken", Value: "def"}, {Key: "tokenType", Value: "MAC"}, {Key: "clientSecret", Value: "s3cr3t"}}})),
			want: []string{"~ auth oauth2 accessToken: (changed) [auth]", "~ auth oauth2 tokenType: Bearer → MAC [auth]", "~ auth oauth2 clientSecret: {{secret}} → (secret) [auth]"},
		},
		{
			name: "scripts: added, disabled, whitespace-only ignored",
			old:  one(get("/a"), script("prerequest", "  \n", false), script("test", "pm.test('a');", false)),
			new:  one(get("/a"), script("prerequest", "console.log(1);", false), script("test", "pm.test('a');", true)),
			want: []string{"+ pre-request script [scripts]", "~ test script: enabled → disabled [scripts]"},
		},
		{
			name: "descriptions, ignored on request",
			old:  one(get("/a"), func(it *collections.Item) { it.Description = "old" }),
			new:  one(get("/a"), func(it *collections.Item) { it.Description = "new" }),
			opts: Options{IgnoreDescriptions: true},
			want: nil,
		},
		{
			name: "settings, proxy and variables",
			old: one(get("/a"), func(it *collections.Item) {
				it.ProtocolProfileBehavior = map[string]any{"followRedirects": true}
				it.Variables = []collections.Variable{{Key: "v", Value: "1"}, {Key: "w", Value: "x", Type: "string"}}
			}),
			new: one(get("/a"), func(it *collections.Item) {
				it.ProtocolProfileBehavior = map[string]any{"followRedirects": false, "strictSSL": false}
				it.Variables = []collections.Variable{{Key: "v", Value: 2.0}, {Key: "w", Value: "x", Type: "secret"}}
				it.Request.Proxy = map[string]any{"host": "proxy.test"}
			}),
			want: []string{
				"~ variable v: 1 → 2 [variables]",
				"~ variable w type: string → secret [variables]",
				"~ setting followRedirects: true → false [settings]",
				"+ setting strictSSL = false [settings]",
				`+ proxy host = "proxy.test" [settings]`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Collections(tt.old, tt.new, tt.opts)
			var got []string
			for i := range r.Changes {
				c := &r.Changes[i]
				got = append(got, sign(c)+" "+describe(c, plainStyle)+" ["+string(c.Class)+"]")
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
