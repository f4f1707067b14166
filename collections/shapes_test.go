package collections

import (
	"reflect"
	"strings"
	"testing"

	"github.com/tidwall/gjson"
)

// The expectations here are what the Postman SDK (postman-collection 4.4.0,
// Newman 6.2.2) makes of each document, as checked with Newman.

func TestDecodeInfolessDocument(t *testing.T) {
	c := mustDecode(t, `{"_postman_id":"pid","name":"Root name","description":"d","variable":[{"key":"k","value":"v"}],
		"item":[{"request":"http://x/a"}]}`)
	if c.Info.Name != "Root name" || c.Info.PostmanID != "pid" || c.Info.Description != "d" || c.Info.Version != "2.1.0" {
		t.Errorf("info = %+v", c.Info)
	}
	if len(c.Items) != 1 || c.Items[0].Name != "" || c.Items[0].ID != "" || len(c.Variables) != 1 {
		t.Errorf("items = %+v, variables = %+v", c.Items, c.Variables)
	}
	info := gjson.GetBytes(c.Raw, "info")
	if info.Get("_postman_id").String() != "pid" || info.Get("name").String() != "Root name" || info.Get("schema").String() != SchemaV210 {
		t.Errorf("Raw info = %s", info.Raw)
	}
	for _, k := range []string{"_postman_id", "name", "description"} {
		if gjson.GetBytes(c.Raw, k).Exists() {
			t.Errorf("Raw still has a top-level %q: %s", k, c.Raw)
		}
	}
	if !gjson.GetBytes(c.Raw, "variable").IsArray() {
		t.Errorf("Raw lost its variables: %s", c.Raw)
	}

	// the id: "id" first, then "_postman_id"; falsy values do not count
	if c := mustDecode(t, `{"id":"","_postman_id":"p2","name":0,"item":[]}`); c.Info.PostmanID != "p2" || c.Info.Name != "" {
		t.Errorf("info = %+v", c.Info)
	}
	// only "info": an empty collection
	if c := mustDecode(t, `{"info":{"name":"x"}}`); len(c.Items) != 0 || c.Info.Name != "x" {
		t.Errorf("collection = %+v", c)
	}
}

func TestDecodeItemShapes(t *testing.T) {
	c := mustDecode(t, wrap(`
		{"name":"no request"},
		{"name":"empty folder","item":[]},
		null,
		{"name":"falsy item","item":"","request":"http://x/f"},
		{"name":"zero item","item":0,"request":"http://x/z"},
		{"name":"object item","item":{"name":"child","request":"http://x/c"}},
		{"info":{"name":"from info","id":"info-id","description":"info d"},"name":"ignored","id":"ignored","request":"http://x/i"},
		{"id":"","_postman_id":"pm","name":"","request":"http://x/p"},
		{"id":0,"name":false,"request":"http://x/n"}`))
	type want struct {
		name, id string
		folder   bool
		children int
	}
	wants := []want{{"no request", "", false, 0}, {"empty folder", "", true, 0}, {"falsy item", "", false, 0},
		{"zero item", "", false, 0}, {"object item", "", true, 1}, {"from info", "info-id", false, 0}, {"", "pm", false, 0}, {"", "", false, 0}}
	if len(c.Items) != len(wants) {
		t.Fatalf("%d items, want %d", len(c.Items), len(wants))
	}
	for i, w := range wants {
		it := c.Items[i]
		if it.Name != w.name || it.ID != w.id || it.Folder != w.folder || len(it.Items) != w.children {
			t.Errorf("item %d = {name %q id %q folder %v children %d}, want %+v", i, it.Name, it.ID, it.Folder, len(it.Items), w)
		}
	}
	if c.Items[0].Request == nil || c.Items[0].Request.Method != "GET" {
		t.Errorf("an item without a request is a GET: %+v", c.Items[0].Request)
	}
	if c.Items[5].Description != "info d" {
		t.Errorf("description from info = %q", c.Items[5].Description)
	}
	if c.Items[4].Items[0].Name != "child" {
		t.Errorf("object item child = %+v", c.Items[4].Items[0])
	}
}

func TestDecodeUnwrapsAPIExport(t *testing.T) {
	c := mustDecode(t, `{"collection":{"info":{"name":"inner"},"item":[]}}`)
	if c.Info.Name != "inner" || strings.Contains(string(c.Raw), `"collection"`) {
		t.Errorf("info = %+v, Raw = %s", c.Info, c.Raw)
	}
	c = mustDecode(t, `{"collection":{"collection":{"info":{"name":"twice"},"item":[]}}}`)
	if c.Info.Name != "twice" {
		t.Errorf("info = %+v", c.Info)
	}
}

func TestAssignIDs(t *testing.T) {
	c := mustDecode(t, `{"item":[{"id":"keep","request":"http://x"},{"item":[{"request":"http://y"}]}]}`)
	n := 0
	c.AssignIDs(func() string { n++; return "gen-" + string(rune('0'+n)) })
	if c.Info.PostmanID != "gen-1" || c.Items[0].ID != "keep" || c.Items[1].ID != "gen-2" || c.Items[1].Items[0].ID != "gen-3" {
		t.Errorf("ids: collection %q, items %q %q %q", c.Info.PostmanID, c.Items[0].ID, c.Items[1].ID, c.Items[1].Items[0].ID)
	}
	if got := gjson.GetBytes(c.Raw, "info._postman_id").String(); got != "gen-1" {
		t.Errorf("Raw info._postman_id = %q (%s)", got, c.Raw)
	}
	c.AssignIDs(func() string { t.Fatal("a second call must keep the ids"); return "" })
}

func TestDecodeV1(t *testing.T) {
	c := mustDecode(t, `{"id":"cid","name":"old","order":["a","b"],"folders":[{"id":"f","name":"F","order":["b"]}],
		"requests":[{"id":"a","name":"A","url":"http://x/a","headers":"K: v\n//D: off","tests":"t();"},
		{"id":"b","url":"http://x/b","currentHelper":"basicAuth","helperAttributes":{"username":"u","password":"p"}}]}`)
	if !c.FromV1 || c.Info.Name != "old" || c.Info.PostmanID != "cid" {
		t.Fatalf("collection = %+v", c.Info)
	}
	// folders first, then the root order; request ids are not kept
	if len(c.Items) != 3 || c.Items[0].Name != "F" || !c.Items[0].Folder || c.Items[1].Name != "A" || c.Items[2].Name != "" {
		t.Fatalf("items = %+v", c.Items)
	}
	for _, it := range []*Item{c.Items[0], c.Items[0].Items[0], c.Items[1], c.Items[2]} {
		if it.ID != "" {
			t.Errorf("item %q kept id %q", it.Name, it.ID)
		}
	}
	a := c.Items[1].Request
	if len(a.Headers) != 2 || !reflect.DeepEqual(a.Headers[0], Header{Key: "K", Value: "v"}) || !reflect.DeepEqual(a.Headers[1], Header{Key: "D", Value: "off", Disabled: true}) {
		t.Errorf("headers = %+v", a.Headers)
	}
	if len(c.Items[1].Events) != 1 || c.Items[1].Events[0].Listen != "test" || c.Items[1].Events[0].Script.Exec != "t();" {
		t.Errorf("events = %+v", c.Items[1].Events)
	}
	b := c.Items[2].Request
	if b.Auth == nil || b.Auth.Type != "basic" || b.Auth.Get("username") != "u" || b.Auth.Get("password") != "p" {
		t.Errorf("auth = %+v", b.Auth)
	}
	if gjson.GetBytes(c.Raw, "info.schema").String() != SchemaV210 || !gjson.GetBytes(c.Raw, "item").IsArray() {
		t.Errorf("Raw is not the v2.1 document: %s", c.Raw)
	}
}

// A single object where the SDK takes a list is a list of one
// (PropertyList#populate): an item's event, variables, responses, a URL's
// query, form bodies.
func TestDecodeSingleObjectLists(t *testing.T) {
	c := mustDecode(t, `{"info":{"name":"C"},"variable":{"key":"cv","value":"1"},"event":{"listen":"prerequest","script":{"exec":"a()"}},
		"item":[{"name":"r","event":{"listen":"test","script":{"exec":["b()"]}},"variable":{"key":"iv","value":"2"},
			"response":{"name":"saved","code":200},
			"request":{"method":"POST","url":{"host":["x"],"query":{"key":"q","value":"v"}},
				"body":{"mode":"urlencoded","urlencoded":{"key":"k","value":"w"}}}},
			{"name":"f","request":{"method":"POST","url":"http://x","body":{"mode":"formdata","formdata":{"key":"fk","value":"fv"}}}}]}`)
	if len(c.Variables) != 1 || c.Variables[0].Key != "cv" || len(c.Events) != 1 || c.Events[0].Script.Exec != "a()" {
		t.Errorf("collection variables %+v, events %+v", c.Variables, c.Events)
	}
	it := c.Items[0]
	if len(it.Events) != 1 || it.Events[0].Listen != "test" || it.Events[0].Script.Exec != "b()" {
		t.Errorf("item events %+v", it.Events)
	}
	if len(it.Variables) != 1 || it.Variables[0].Key != "iv" || len(it.Responses) != 1 || it.Responses[0].Name != "saved" {
		t.Errorf("item variables %+v, responses %+v", it.Variables, it.Responses)
	}
	// a query object is Url's key → value map, not one parameter
	if q := it.Request.URL.Query; len(q) != 2 || q[0].Key != "key" || q[0].Value != "q" || q[1].Key != "value" || q[1].Value != "v" {
		t.Errorf("query %+v", q)
	}
	if u := it.Request.Body.URLEncoded; len(u) != 1 || u[0].Key != "k" || u[0].Value != "w" {
		t.Errorf("urlencoded %+v", u)
	}
	if f := c.Items[1].Request.Body.FormData; len(f) != 1 || f[0].Key != "fk" || f[0].Value != "fv" {
		t.Errorf("formdata %+v", f)
	}
}
