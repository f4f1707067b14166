package diff

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
)

// folder and req build items for matcher tests; an id of "" means none.
func folder(name, id string, kids ...*collections.Item) *collections.Item {
	return &collections.Item{Name: name, ID: id, Folder: true, Items: kids}
}

func req(name, id, method, url string) *collections.Item {
	return &collections.Item{Name: name, ID: id, Request: &collections.Request{Method: method, URL: collections.ParseURL(url)}}
}

func coll(items ...*collections.Item) *collections.Collection {
	return &collections.Collection{Info: collections.Info{Name: "c"}, Items: items}
}

// describeMatch lists the outcome of matching: "old => new (how)" for pairs in
// new pre-order, then "+ new" for unmatched new items and "- old" for unmatched
// old ones, with paths joined by "/".
func describeMatch(old, new *collections.Collection, renames int) []string {
	ot, nt := buildTree(old), buildTree(new)
	matchTrees(ot, nt, renames)
	var out []string
	for _, n := range nt.nodes[1:] {
		p := strings.Join(n.names, "/")
		if n.match == nil {
			out = append(out, "+ "+p)
			continue
		}
		how := n.how
		if how == "similar" {
			how += fmt.Sprintf(" %d%%", n.score)
		}
		out = append(out, fmt.Sprintf("%s => %s (%s)", strings.Join(n.match.names, "/"), p, how))
	}
	for _, o := range ot.nodes[1:] {
		if o.match == nil {
			out = append(out, "- "+strings.Join(o.names, "/"))
		}
	}
	return out
}

func TestMatcher(t *testing.T) {
	tests := []struct {
		name     string
		old, new *collections.Collection
		renames  int // similarity threshold: 0 the default, -1 none
		want     []string
	}{
		{
			name: "rename keeps the id",
			old:  coll(folder("Orders", "f1", req("Get order", "r1", "GET", "{{base}}/orders/:id"))),
			new:  coll(folder("Orders", "f1", req("Fetch order", "r1", "GET", "{{base}}/v2/orders/:id"))),
			want: []string{"Orders => Orders (id)", "Orders/Get order => Orders/Fetch order (id)"},
		},
		{
			name: "rename without ids: same method and URL",
			old:  coll(folder("Orders", "", req("Get order", "", "GET", "{{base}}/orders/:id"), req("List", "", "GET", "{{base}}/orders"))),
			new:  coll(folder("Orders", "", req("Fetch order", "", "GET", "{{base}}/orders/:id"), req("List", "", "GET", "{{base}}/orders"))),
			want: []string{"Orders => Orders (name)", "Orders/Get order => Orders/Fetch order (method-url)", "Orders/List => Orders/List (name)"},
		},
		{
			name:    "rename without ids and with a new URL is an addition and a removal without similarity",
			old:     coll(req("Get order", "", "GET", "{{base}}/orders/:id")),
			new:     coll(req("Fetch order", "", "GET", "{{base}}/v2/orders/:id")),
			renames: -1,
			want:    []string{"+ Fetch order", "- Get order"},
		},
		{
			// {{base}}, orders and :id (0.25 + 1 + 0.25) of {{base}}, v2,
			// orders and :id (2.5): 60%.
			name: "rename without ids and with a new URL is found by similarity",
			old:  coll(req("Get order", "", "GET", "{{base}}/orders/:id")),
			new:  coll(req("Fetch order", "", "GET", "{{base}}/v2/orders/:id")),
			want: []string{"Get order => Fetch order (similar 60%)"},
		},
		{
			name:    "... unless the threshold is higher",
			old:     coll(req("Get order", "", "GET", "{{base}}/orders/:id")),
			new:     coll(req("Fetch order", "", "GET", "{{base}}/v2/orders/:id")),
			renames: 61,
			want:    []string{"+ Fetch order", "- Get order"},
		},
		{
			name: "move keeps the id",
			old:  coll(folder("Orders", "f1", req("Refund", "r1", "POST", "{{base}}/refund")), folder("Payments", "f2")),
			new:  coll(folder("Orders", "f1"), folder("Payments", "f2", req("Refund", "r1", "POST", "{{base}}/refund"))),
			want: []string{"Orders => Orders (id)", "Payments => Payments (id)", "Orders/Refund => Payments/Refund (id)"},
		},
		{
			name: "move without ids: a unique name",
			old:  coll(folder("Orders", "", req("Refund", "", "POST", "{{base}}/orders/refund"))),
			new:  coll(folder("Orders", ""), folder("Payments", "", req("Refund", "", "POST", "{{base}}/payments/refund"))),
			want: []string{"Orders => Orders (name)", "+ Payments", "Orders/Refund => Payments/Refund (unique-name)"},
		},
		{
			name: "rename and move keep the id",
			old:  coll(req("Upload invoice", "r9", "POST", "{{base}}/invoices")),
			new:  coll(folder("Payments", "f2", req("Upload receipt", "r9", "POST", "{{base}}/receipts"))),
			want: []string{"+ Payments", "Upload invoice => Payments/Upload receipt (id)"},
		},
		{
			name: "rename and move without ids: same method and URL",
			old:  coll(folder("Products", "", req("List products", "", "GET", "{{host}}/products"))),
			new:  coll(folder("Products", ""), folder("Warehouse", "", req("Fetch products", "", "GET", "{{host}}/products"))),
			want: []string{"Products => Products (name)", "+ Warehouse", "Products/List products => Warehouse/Fetch products (method-url)"},
		},
		{
			name: "duplicate names in one folder pair up in order",
			old: coll(folder("Products", "",
				req("Create", "", "POST", "{{host}}/products"),
				req("Create", "", "POST", "{{host}}/products"))),
			new: coll(folder("Products", "",
				req("Create", "", "POST", "{{host}}/products"),
				req("Create", "", "POST", "{{host}}/products"),
				req("Create", "", "POST", "{{host}}/products"))),
			want: []string{"Products => Products (name)", "Products/Create => Products/Create (name)",
				"Products/Create => Products/Create (name)", "+ Products/Create"},
		},
		{
			name: "the same name in two folders stays in its folder",
			old:  coll(folder("A", "", req("Get", "", "GET", "/a")), folder("B", "", req("Get", "", "GET", "/b"))),
			new:  coll(folder("B", "", req("Get", "", "GET", "/b2")), folder("A", "", req("Get", "", "GET", "/a2"))),
			want: []string{"B => B (name)", "B/Get => B/Get (name)", "A => A (name)", "A/Get => A/Get (name)"},
		},
		{
			name: "one of two duplicates moved to a new folder",
			old:  coll(folder("A", "", req("Get", "", "GET", "/1"), req("Get", "", "GET", "/2"))),
			new:  coll(folder("A", "", req("Get", "", "GET", "/1")), folder("B", "", req("Get", "", "GET", "/2"))),
			want: []string{"A => A (name)", "A/Get => A/Get (name)", "+ B", "A/Get => B/Get (unique-name)"},
		},
		{
			name: "an ambiguous name is not a move",
			old:  coll(folder("A", "", req("Ping", "", "GET", "/a")), folder("B", "", req("Ping", "", "GET", "/b"))),
			new:  coll(folder("A", ""), folder("B", ""), folder("C", "", req("Ping", "", "GET", "/c"))),
			want: []string{"A => A (name)", "B => B (name)", "+ C", "+ C/Ping", "- A/Ping", "- B/Ping"},
		},
		{
			name: "duplicate ids are ignored",
			old:  coll(req("One", "dup", "GET", "/1"), req("Two", "dup", "GET", "/2")),
			new:  coll(req("Two", "dup", "GET", "/2"), req("One", "dup", "GET", "/1")),
			want: []string{"Two => Two (name)", "One => One (name)"},
		},
		{
			name: "an id shared by a folder and a request is no match",
			old:  coll(folder("Thing", "x1")),
			new:  coll(req("Thing", "x1", "GET", "/thing")),
			want: []string{"+ Thing", "- Thing"},
		},
		{
			name: "ids beat names",
			old:  coll(req("X", "id1", "GET", "/x"), req("Y", "id2", "GET", "/y")),
			new:  coll(req("Y", "id1", "GET", "/x"), req("X", "id2", "GET", "/y")),
			want: []string{"X => Y (id)", "Y => X (id)"},
		},
		{
			name: "a folder renamed with new ids is matched by its children",
			old: coll(folder("Token Introspection", "f1",
				req("Introspect Access Token", "r1", "POST", "/introspect"),
				req("Introspect Refresh Token", "r2", "POST", "/introspect"))),
			new: coll(folder("Introspection", "g1",
				req("Introspect Access Token", "s1", "POST", "/introspect"),
				req("Introspect Refresh Token", "s2", "POST", "/introspect"))),
			want: []string{"Token Introspection => Introspection (children)",
				"Token Introspection/Introspect Access Token => Introspection/Introspect Access Token (unique-name)",
				"Token Introspection/Introspect Refresh Token => Introspection/Introspect Refresh Token (unique-name)"},
		},
		{
			name: "a new folder taking one of three children is not a rename",
			old:  coll(folder("Stock", "", req("Adjust", "", "POST", "/adjust"), req("Levels", "", "GET", "/levels"), req("Count", "", "GET", "/count"))),
			new:  coll(folder("Warehouse", "", req("Adjust", "", "POST", "/adjust")), folder("Inventory", "", req("Levels", "", "GET", "/levels"), req("Count", "", "GET", "/count"))),
			want: []string{"+ Warehouse", "Stock/Adjust => Warehouse/Adjust (unique-name)", "Stock => Inventory (children)",
				"Stock/Levels => Inventory/Levels (unique-name)", "Stock/Count => Inventory/Count (unique-name)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			renames := tt.renames
			switch renames {
			case 0:
				renames = DefaultRenameThreshold
			case -1:
				renames = 0
			}
			got := describeMatch(tt.old, tt.new, renames)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestItemChanges checks the item-level changes the matcher leads to.
func TestItemChanges(t *testing.T) {
	tests := []struct {
		name     string
		old, new *collections.Collection
		opts     Options
		want     []string // "kind item old new"
	}{
		{
			name: "rename",
			old:  coll(folder("Orders", "f1", req("Get order", "r1", "GET", "/o"))),
			new:  coll(folder("Orders", "f1", req("Fetch order", "r1", "GET", "/o"))),
			want: []string{"renamed Orders / Fetch order: Get order → Fetch order"},
		},
		{
			name: "move",
			old:  coll(folder("Orders", "f1", req("Refund", "r1", "POST", "/r")), folder("Payments", "f2")),
			new:  coll(folder("Orders", "f1"), folder("Payments", "f2", req("Refund", "r1", "POST", "/r"))),
			want: []string{"moved Payments / Refund: Orders → Payments"},
		},
		{
			name: "rename and move out of the top level",
			old:  coll(req("Upload invoice", "r9", "POST", "/i"), folder("Payments", "f2")),
			new:  coll(folder("Payments", "f2", req("Upload receipt", "r9", "POST", "/i"))),
			want: []string{"renamed Payments / Upload receipt: Upload invoice → Upload receipt",
				"moved Payments / Upload receipt: (top level) → Payments"},
		},
		{
			name: "a renamed folder does not move its children",
			old:  coll(folder("Orders", "f1", req("Get", "r1", "GET", "/o"))),
			new:  coll(folder("Sales orders", "f1", req("Get", "r1", "GET", "/o"))),
			want: []string{"renamed Sales orders: Orders → Sales orders"},
		},
		{
			name: "one item moved to the front",
			old:  coll(req("a", "1", "GET", "/a"), req("b", "2", "GET", "/b"), req("c", "3", "GET", "/c"), req("d", "4", "GET", "/d")),
			new:  coll(req("d", "4", "GET", "/d"), req("a", "1", "GET", "/a"), req("b", "2", "GET", "/b"), req("c", "3", "GET", "/c")),
			want: []string{"reordered d: 4 → 1"},
		},
		{
			name: "two adjacent items swapped",
			old:  coll(req("a", "1", "GET", "/a"), req("b", "2", "GET", "/b"), req("c", "3", "GET", "/c")),
			new:  coll(req("a", "1", "GET", "/a"), req("c", "3", "GET", "/c"), req("b", "2", "GET", "/b")),
			want: []string{"reordered c: 3 → 2"},
		},
		{
			name: "an insertion shifts positions without reordering",
			old:  coll(req("a", "1", "GET", "/a"), req("b", "2", "GET", "/b")),
			new:  coll(req("new", "9", "GET", "/n"), req("a", "1", "GET", "/a"), req("b", "2", "GET", "/b")),
			want: []string{"added new: (none) → GET /n"},
		},
		{
			name: "reordering ignored",
			old:  coll(req("a", "1", "GET", "/a"), req("b", "2", "GET", "/b")),
			new:  coll(req("b", "2", "GET", "/b"), req("a", "1", "GET", "/a")),
			opts: Options{IgnoreOrder: true},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Collections(tt.old, tt.new, tt.opts)
			var got []string
			for _, c := range r.Changes {
				got = append(got, fmt.Sprintf("%s %s: %v → %v", c.Kind, c.ItemLabel(), valueText(&c, c.Old), valueText(&c, c.New)))
			}
			if tt.want == nil && len(got) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestLongestIncreasing(t *testing.T) {
	tests := []struct {
		old  []int // old position of each new child, in new order
		keep int   // length of the longest increasing run
		want []int // new positions reported as reordered, when unambiguous
	}{
		{old: []int{0, 1, 2, 3}, keep: 4, want: []int{}},
		{old: []int{3, 0, 1, 2}, keep: 3, want: []int{0}},
		{old: []int{1, 2, 3, 0}, keep: 3, want: []int{3}},
		{old: []int{0, 2, 1, 3, 4, 5}, keep: 5},
		{old: []int{2, 1, 0}, keep: 1},
		{old: []int{4, 0, 1, 2, 3, 9, 5, 6}, keep: 6, want: []int{0, 5}},
	}
	for _, tt := range tests {
		seq := make([]*node, len(tt.old))
		for i, o := range tt.old {
			seq[i] = &node{match: &node{index: o}}
		}
		keep := longestIncreasing(seq)
		var kept, dropped []int
		last := -1
		for i, k := range keep {
			if k {
				kept = append(kept, i)
				if tt.old[i] <= last {
					t.Errorf("%v: kept run %v is not increasing", tt.old, kept)
				}
				last = tt.old[i]
			} else {
				dropped = append(dropped, i)
			}
		}
		if len(kept) != tt.keep {
			t.Errorf("%v: kept %d, want %d", tt.old, len(kept), tt.keep)
		}
		if tt.want != nil {
			if dropped == nil {
				dropped = []int{}
			}
			sort.Ints(dropped)
			if !reflect.DeepEqual(dropped, tt.want) {
				t.Errorf("%v: reordered %v, want %v", tt.old, dropped, tt.want)
			}
		}
	}
}
