package runner

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/vars"
)

// testdata/wireurl/expected.json was recorded by testdata/wireurl/record.sh
// from Newman's own URL code (postman-collection and postman-url-encoder, as
// postman-runtime chains them) for each case in cases.json; courier must make
// the same of every one.

type wireURLCases struct {
	URLs []struct {
		URL     json.RawMessage   `json:"url"`
		Vars    map[string]string `json:"vars"`
		Disable bool              `json:"disableUrlEncoding"`
	} `json:"urls"`
	Hosts []string `json:"hosts"`
}

type wireURLExpected struct {
	URLs []struct {
		String     string         `json:"string"`
		Unresolved map[string]any `json:"unresolved"`
		Resolved   string         `json:"resolved"`
		Href       string         `json:"href"`
		Target     string         `json:"target"`
		Host       string         `json:"host"`
		Reported   map[string]any `json:"reported"`
		Error      string         `json:"error"`
	} `json:"urls"`
	Hosts []string `json:"hosts"`
}

func loadWireURLCases(t *testing.T) (wireURLCases, wireURLExpected) {
	t.Helper()
	var c wireURLCases
	var e wireURLExpected
	for name, v := range map[string]any{"cases.json": &c, "expected.json": &e} {
		data, err := os.ReadFile("testdata/wireurl/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if len(c.URLs) != len(e.URLs) || len(c.Hosts) != len(e.Hosts) {
		t.Fatal("expected.json does not match cases.json: run testdata/wireurl/record.sh")
	}
	return c, e
}

func TestDomainToASCIIMatchesNode(t *testing.T) {
	c, e := loadWireURLCases(t)
	for i, h := range c.Hosts {
		if got := domainToASCII(h); got != e.Hosts[i] {
			t.Errorf("domainToASCII(%q) = %q, Node: %q", h, got, e.Hosts[i])
		}
	}
}

func TestWireURLMatchesNewman(t *testing.T) {
	c, e := loadWireURLCases(t)
	for i, tc := range c.URLs {
		want := e.URLs[i]
		name := string(tc.URL)
		doc := `{"info":{"name":"c"},"item":[{"name":"r","request":{"url":` + name + `}}]}`
		coll, err := collections.Decode("c.json", []byte(doc))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		u := coll.Items[0].Request.URL
		if got := u.WithPathVariables().String(); got != want.String {
			t.Errorf("%s: toString %q, Newman %q", name, got, want.String)
		}
		if got := collectionURLJSON(u); !reflect.DeepEqual(got, want.Unresolved) {
			t.Errorf("%s: unresolved\n got %v\nwant %v", name, got, want.Unresolved)
		}
		scope := vars.NewScope(vars.Local, nil)
		for k, v := range tc.Vars {
			scope.Set(k, v)
		}
		empty := func(n string) *vars.Scope { return vars.NewScope(n, nil) }
		vs := &vars.Set{Local: scope, Data: empty(vars.Data), Environment: empty(vars.Environment),
			Collection: empty(vars.Collection), Globals: empty(vars.Globals)}
		req := cloneRequest(coll.Items[0].Request)
		resolveRequest(req, vs)
		if got := req.URL.String(); got != want.Resolved {
			t.Errorf("%s: resolved %q, Newman %q", name, got, want.Resolved)
		}
		w, err := buildWireURL(req.URL, tc.Disable)
		if err == nil {
			err = w.portErr // Node's error when it connects to the server itself
		}
		if want.Error != "" {
			if err == nil || err.Error() != want.Error {
				t.Errorf("%s: error %v, Newman %q", name, err, want.Error)
			}
			if want.Href == "" {
				continue
			}
		} else if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if w.href != want.Href || w.host != want.Host {
			t.Errorf("%s: href %q host %q, Newman %q %q", name, w.href, w.host, want.Href, want.Host)
		}
		if err == nil && w.target != want.Target && !tc.Disable {
			t.Errorf("%s: target %q, Newman %q", name, w.target, want.Target)
		}
		if got := sdkURLJSON(reportedURL(w.href)); !reflect.DeepEqual(got, want.Reported) {
			t.Errorf("%s: reported\n got %v\nwant %v", name, got, want.Reported)
		}
	}
}

// sdkURLJSON writes a reported URL as postman-collection's Url#toJSON,
// decoded into generic JSON values.
func sdkURLJSON(u *events.URL) map[string]any {
	if u == nil {
		return map[string]any{"query": []any{}, "variable": []any{}}
	}
	c := collections.URL{Protocol: u.Protocol, Host: u.Host, Path: u.Path}
	if u.Port != nil {
		c.Port, c.EmptyPort = *u.Port, *u.Port == ""
	}
	if u.Hash != nil {
		c.Hash, c.EmptyHash = *u.Hash, *u.Hash == ""
	}
	if a := u.Auth; a != nil {
		c.Auth = &collections.URLAuth{HasUser: a.User != nil, HasPassword: a.Password != nil}
		if a.User != nil {
			c.Auth.User = *a.User
		}
		if a.Password != nil {
			c.Auth.Password = *a.Password
		}
	}
	for _, q := range u.Query {
		p := collections.QueryParam{NoKey: q.Key == nil, NoValue: q.Value == nil}
		if q.Key != nil {
			p.Key = *q.Key
		}
		if q.Value != nil {
			p.Value = *q.Value
		}
		c.Query = append(c.Query, p)
	}
	for _, k := range u.Variables {
		c.Variables = append(c.Variables, collections.Variable{Key: k})
	}
	return collectionURLJSON(c)
}

// collectionURLJSON writes a URL as Url#toJSON does, decoded into generic
// JSON values.
func collectionURLJSON(u collections.URL) map[string]any {
	out := map[string]any{"query": []any{}, "variable": []any{}}
	strs := func(ss []string) []any {
		a := make([]any, len(ss))
		for i, s := range ss {
			a[i] = s
		}
		return a
	}
	if u.Protocol != "" {
		out["protocol"] = u.Protocol
	}
	if a := u.Auth; a != nil {
		m := map[string]any{}
		if a.HasUser {
			m["user"] = a.User
		}
		if a.HasPassword {
			m["password"] = a.Password
		}
		out["auth"] = m
	}
	if u.Host != nil {
		out["host"] = strs(u.Host)
	}
	if u.Path != nil {
		out["path"] = strs(u.Path)
	}
	if u.Port != "" || u.EmptyPort {
		out["port"] = u.Port
	}
	if u.Hash != "" || u.EmptyHash {
		out["hash"] = u.Hash
	}
	var q []any
	for _, p := range u.Query {
		m := map[string]any{"key": nil, "value": nil}
		if !p.NoKey {
			m["key"] = p.Key
		}
		if !p.NoValue {
			m["value"] = p.Value
		}
		if p.Disabled {
			m["disabled"] = true
		}
		q = append(q, m)
	}
	if q != nil {
		out["query"] = q
	}
	var va []any
	for _, x := range u.Variables {
		m := map[string]any{"type": "any", "key": x.Key}
		if x.Value != nil {
			m["value"] = x.Value
		}
		va = append(va, m)
	}
	if va != nil {
		out["variable"] = va
	}
	return out
}

// Request errors Newman 6.2.2 prints for URLs Node will not send (copied
// from its cli output for these URLs).
func TestWireURLErrorsAsNewman(t *testing.T) {
	tests := []struct{ url, want string }{
		{"http://127.0.0.1:99999/x", "Port should be >= 0 and < 65536. Received type string ('99999')."},
		{"http://127.0.0.1:abc/x", "Port should be >= 0 and < 65536. Received type string ('abc')."},
		{"http:///", `Invalid URI "http:///"`},
		{"ftp://h/x", "Invalid protocol: ftp:"},
		{"http://h/a b", ""},
		{"http://h:080/x", ""},
	}
	for _, tt := range tests {
		w, err := buildWireURL(collections.ParseURL(tt.url), false)
		if err == nil {
			err = w.portErr // raised when connecting to the server itself (not through a proxy)
		}
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("%s: error %q, Newman %q", tt.url, got, tt.want)
		}
	}
	w, _ := buildWireURL(collections.ParseURL("http://h:080/x"), false)
	if w.url.Host != "h:80" || w.host != "h:080" {
		t.Errorf("port 080: dials %q, Host %q", w.url.Host, w.host)
	}
}
