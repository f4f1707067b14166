package diff

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
)

// scoreOf is the similarity in percent of two request items compared alone
// (one request per version: every feature has its base weight).
func scoreOf(a, b *collections.Item) float64 {
	fa, fb := requestFeatures(a), requestFeatures(b)
	r := newRarity([]*reqFeatures{fa}, []*reqFeatures{fb})
	r.weigh(fa)
	r.weigh(fb)
	return float64(similarity(fa, fb)) / percentScale
}

func withTest(it *collections.Item, lines ...string) *collections.Item {
	it.Events = append(it.Events, collections.Event{Listen: "test", Script: collections.Script{Exec: strings.Join(lines, "\n")}})
	return it
}

func withQuery(it *collections.Item, keys ...string) *collections.Item {
	for _, k := range keys {
		it.Request.URL.Query = append(it.Request.URL.Query, collections.QueryParam{Key: k, Value: "1"})
	}
	return it
}

func TestSimilarityScores(t *testing.T) {
	tests := []struct {
		name string
		a, b *collections.Item
		want float64 // percent, worked out by hand from the weights
	}{
		{"identical", req("a", "", "GET", "{{base}}/orders/:id"), req("b", "", "GET", "{{base}}/orders/:id"), 100},
		{"variables normalised", req("a", "", "GET", "{{base_URL}}/books/:bookId"), req("b", "", "GET", "{{base_url}}/books/{{id}}"), 100},
		// {{}} 0.25, orders 1, * 0.25 shared of 1.5 + v2 1: 1.5/2.5
		{"a segment inserted", req("a", "", "GET", "{{base}}/orders/:id"), req("b", "", "GET", "{{base}}/v2/orders/:id"), 60},
		// {{}} and * (0.5) of 1.5
		{"another resource", req("a", "", "GET", "{{base}}/orders/:id"), req("b", "", "GET", "{{base}}/customers/:id"), 100.0 / 3},
		{"method changed", req("a", "", "PUT", "{{base}}/orders/:id"), req("b", "", "PATCH", "{{base}}/orders/:id"), 70},
		// endpoint 1; content: a and b of a, b (2) vs a, c (2) share a: 1/2 → (1 + 0.5)/2
		{"half the query keys", withQuery(req("a", "", "GET", "/x"), "a", "b"), withQuery(req("b", "", "GET", "/x"), "a", "c"), 75},
		// endpoint 1, no shared content: half
		{"same endpoint, other script", withTest(req("a", "", "GET", "/x"), "one()"), withTest(req("b", "", "GET", "/x"), "two()"), 50},
		// endpoint 1/3, content 1: (1/3 + 1)/2
		{"other resource, same script", withTest(req("a", "", "GET", "{{base}}/orders/:id"), "check(1)"), withTest(req("b", "", "GET", "{{base}}/customers/:id"), "check(1)"), 200.0 / 3},
		// a line of punctuation weighs 0.2: content 1 of 1.2
		{"punctuation weighs little", withTest(req("a", "", "GET", "/x"), "check()", "});"), withTest(req("b", "", "GET", "/x"), "check()"), (1 + 1/1.2) * 50},
		{"content on one side only", withQuery(req("a", "", "GET", "/x"), "q"), req("b", "", "GET", "/x"), 50},
		{"both empty", req("a", "", "GET", ""), req("b", "", "GET", ""), 100},
	}
	for _, tt := range tests {
		got := scoreOf(tt.a, tt.b)
		if d := got - tt.want; d > 0.0001 || d < -0.0001 {
			t.Errorf("%s: %.4f%%, want %.4f%%", tt.name, got, tt.want)
		}
		if back := scoreOf(tt.b, tt.a); back != got {
			t.Errorf("%s: not symmetric: %.4f%% and %.4f%%", tt.name, got, back)
		}
	}
}

// TestRarity checks that a feature every request has weighs less: a header
// on all three requests of a version weighs ln 2 / ln 4 = 0.5 of its base.
func TestRarity(t *testing.T) {
	mk := func(path string) *reqFeatures {
		it := req("r", "", "GET", path)
		it.Request.Headers = []collections.Header{{Key: "Accept", Value: "x"}}
		return requestFeatures(it)
	}
	old := []*reqFeatures{mk("/a"), mk("/b"), mk("/c")}
	new := []*reqFeatures{mk("/a"), mk("/b"), mk("/d")}
	r := newRarity(old, new)
	for _, f := range append(old, new...) {
		r.weigh(f)
	}
	if got := old[0].content[0].w; got < 0.2499 || got > 0.2501 { // base 0.5 × 0.5
		t.Errorf("common header weighs %.4f, want 0.25", got)
	}
	if got := old[0].path[0].w; got < 0.9999 || got > 1.0001 { // "a": one request per version
		t.Errorf("rare segment weighs %.4f, want 1", got)
	}
}

func TestMatcherSimilarity(t *testing.T) {
	script := func(it *collections.Item, s string) *collections.Item { return withTest(it, s) }
	tests := []struct {
		name     string
		old, new *collections.Collection
		want     []string
	}{
		{
			name: "the best score wins, whatever the order",
			old: coll(script(req("A", "", "GET", "{{u}}/orders/:id"), "check('a')"),
				script(req("B", "", "GET", "{{u}}/orders/:id"), "check('b')")),
			new:  coll(script(req("C", "", "GET", "{{x}}/orders/{{id}}"), "check('b')")),
			want: []string{"B => C (similar 100%)", "- A"},
		},
		{
			name: "a tie goes to the request in the counterpart folder",
			old:  coll(folder("Admin", "", req("Health", "", "GET", "{{u}}/health")), folder("Public", "", req("Health", "", "GET", "{{u}}/health"))),
			new:  coll(folder("Admin", ""), folder("Public", "", req("Health probe", "", "GET", "{{v}}/health"))),
			want: []string{"Admin => Admin (name)", "Public => Public (name)", "Public/Health => Public/Health probe (similar 100%)", "- Admin/Health"},
		},
		{
			// two new requests are called Pong: no unique-name match
			name: "a tie goes to the request with the same name",
			old:  coll(folder("A", "", req("Ping", "", "GET", "{{u}}/ping")), folder("B", "", req("Pong", "", "GET", "{{u}}/ping"))),
			new:  coll(folder("C", "", req("Pong", "", "GET", "{{v}}/ping")), folder("D", "", req("Pong", "", "GET", "{{v}}/elsewhere/deep"))),
			want: []string{"B => C (similar 100%)", "B/Pong => C/Pong (similar 100%)", "+ D", "+ D/Pong", "- A", "- A/Ping"},
		},
		{
			name: "then to the earlier request",
			old:  coll(req("status 1", "", "GET", "{{u}}/status"), req("status 2", "", "GET", "{{u}}/status")),
			new:  coll(req("status", "", "GET", "{{v}}/status")),
			want: []string{"status 1 => status (similar 100%)", "- status 2"},
		},
		{
			name: "below the threshold: added and removed",
			old:  coll(req("get_customer", "", "GET", "{{u}}/customers/:id")),
			new:  coll(req("get_invoice", "", "GET", "{{u}}/invoices/:id")),
			want: []string{"+ get_invoice", "- get_customer"},
		},
		{
			name: "requests only pair with requests",
			old:  coll(folder("orders", "", req("x", "", "GET", "{{u}}/x"))),
			new:  coll(req("orders", "", "GET", "{{v}}/orders"), req("y", "", "GET", "{{v}}/x")),
			want: []string{"+ orders", "orders/x => y (similar 100%)", "- orders"},
		},
		{
			name: "a folder follows its renamed children",
			old:  coll(folder("Stock", "", req("adjust", "", "POST", "{{u}}/stock/:sku"), req("levels", "", "GET", "{{u}}/stock/:sku/levels"))),
			new:  coll(folder("Inventory", "", req("adjust_inventory", "", "POST", "{{v}}/stock/{{sku}}"), req("inventory_levels", "", "GET", "{{v}}/stock/{{sku}}/levels"))),
			want: []string{"Stock => Inventory (similar 100%)", "Stock/adjust => Inventory/adjust_inventory (similar 100%)", "Stock/levels => Inventory/inventory_levels (similar 100%)"},
		},
		{
			name: "a folder keeping one of three renamed children is not its counterpart",
			old:  coll(folder("Stock", "", req("a", "", "POST", "{{u}}/a"), req("b", "", "GET", "{{u}}/b"), req("c", "", "GET", "{{u}}/c"))),
			new:  coll(folder("Warehouse", "", req("a2", "", "POST", "{{v}}/a"))),
			want: []string{"+ Warehouse", "Stock/a => Warehouse/a2 (similar 100%)", "- Stock", "- Stock/b", "- Stock/c"},
		},
		{
			name: "ids first: a request keeps its counterpart by id though another is more similar",
			old: coll(script(req("Get", "r1", "GET", "{{u}}/orders/:id"), "one()"),
				script(req("Old", "", "GET", "{{u}}/orders/:id/items"), "two()")),
			new: coll(script(req("Get items", "r1", "GET", "{{v}}/orders/:id/items"), "two()"),
				script(req("New", "", "GET", "{{v}}/orders/:id"), "one()")),
			want: []string{"Get => Get items (id)", "+ New", "- Old"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describeMatch(tt.old, tt.new, DefaultRenameThreshold)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestParseRenameThreshold(t *testing.T) {
	for s, want := range map[string]int{"50%": 50, "1": 1, "100%": 100, " 75 % ": 75, "070%": 70} {
		if got, err := ParseRenameThreshold(s); err != nil || got != want {
			t.Errorf("ParseRenameThreshold(%q) = %d, %v; want %d", s, got, err, want)
		}
	}
	for _, s := range []string{"", "%", "0", "0%", "101%", "1000000000000000000000%", "-5%", "50.5%", "abc", "true", "5%%"} {
		if got, err := ParseRenameThreshold(s); err == nil {
			t.Errorf("ParseRenameThreshold(%q) = %d, want an error", s, got)
		}
	}
}

// TestBooksSummary checks issue 17's example directly: five requests renamed,
// one added, none removed, base_URL renamed to base_url with its nine uses.
func TestBooksSummary(t *testing.T) {
	old := loadCollection(t, "testdata/books/old.json")
	new := loadCollection(t, "testdata/books/new.json")
	r := Collections(old, new, Options{})
	items, added, removed := r.totals()
	counts := r.Counts()
	if counts[ClassRenamed] != 5 || added != 1 || removed != 0 || r.variableRenames() != 1 || counts[ClassMoved] != 0 {
		t.Errorf("%d renamed, %d added, %d removed, %d variables renamed (%d items); want 5, 1, 0, 1", counts[ClassRenamed], added, removed, r.variableRenames(), items)
	}
	renamed := map[string]string{}
	for _, c := range r.Changes {
		if c.Kind == Renamed && c.Class == ClassRenamed {
			renamed[fmt.Sprint(c.Old)] = fmt.Sprint(c.New)
			if c.Score < DefaultRenameThreshold || c.Score > 100 {
				t.Errorf("%v: score %d", c.Old, c.Score)
			}
		}
	}
	want := map[string]string{"register_client": "register_api_client", "single_book": "book_details",
		"order_book": "submit_order", "get_orders": "list_orders", "delete_order": "cancel_order"}
	if !reflect.DeepEqual(renamed, want) {
		t.Errorf("renamed %v, want %v", renamed, want)
	}
	for _, c := range r.Changes {
		if c.Class == ClassURL && c.Path == "request.url.host" {
			t.Errorf("%s: a host change that only follows from the variable rename is not folded", c.ItemLabel())
		}
	}
	r = Collections(old, new, Options{NoRenames: true})
	if _, added, removed := r.totals(); added != 6 || removed != 5 {
		t.Errorf("--no-renames: %d added, %d removed; want 6 and 5", added, removed)
	}
}
