package diff

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestParseLooseJSON(t *testing.T) {
	tests := []struct {
		in   string
		ok   bool
		text string // jsonText of the result
	}{
		{`{"a": 1}`, true, `{"a":1}`},
		{`{"count": {{n}}, "name": "{{name}}"}`, true, `{"count":{{n}},"name":"{{name}}"}`},
		{`[{{a}}, {{b}}]`, true, `[{{a}},{{b}}]`},
		{`{"s": "a {{b}} \" {{c}}"}`, true, `{"s":"a {{b}} \" {{c}}"}`},
		{`{"html": "<b>&</b>"}`, true, `{"html":"<b>&</b>"}`},
		{`"just a string"`, false, ``},
		{`{"a": 1} trailing`, false, ``},
		{`{"a": }`, false, ``},
		{`hello`, false, ``},
		{``, false, ``},
	}
	for _, tt := range tests {
		v, ok := parseLooseJSON(tt.in)
		if ok != tt.ok {
			t.Errorf("%q: ok %v, want %v", tt.in, ok, tt.ok)
			continue
		}
		if ok {
			if got := jsonText(v); got != tt.text {
				t.Errorf("%q: %s, want %s", tt.in, got, tt.text)
			}
		}
	}
}

func TestDiffJSON(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     []string // "kind path old new" with values as JSON text
	}{
		{name: "equal with other spacing and key order", old: `{"a":1,"b":[1,2]}`, new: "{\n \"b\": [1, 2],\n \"a\": 1\n}", want: nil},
		{name: "numbers compare by value", old: `{"a": 1.0, "b": 1e2}`, new: `{"a": 1, "b": 100}`, want: nil},
		{
			name: "nested field changed, added, removed",
			old:  `{"customer": {"id": 12, "tier": "gold"}, "notify": true}`,
			new:  `{"customer": {"id": "C-12", "since": 2020}, "channel": "web"}`,
			want: []string{
				`added $.channel <nil> "web"`,
				`changed $.customer.id 12 "C-12"`,
				`added $.customer.since <nil> 2020`,
				`removed $.customer.tier "gold" <nil>`,
				`removed $.notify true <nil>`,
			},
		},
		{
			name: "array element inserted at the front",
			old:  `{"items": [{"sku": "A"}, {"sku": "B"}]}`,
			new:  `{"items": [{"sku": "Z"}, {"sku": "A"}, {"sku": "B"}]}`,
			want: []string{`added $.items[0] <nil> {"sku":"Z"}`},
		},
		{
			name: "array element changed in place",
			old:  `[{"sku": "A", "qty": 1}, {"sku": "B", "qty": 1}]`,
			new:  `[{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}]`,
			want: []string{`changed $[0].qty 1 2`},
		},
		{
			name: "array element removed from the end",
			old:  `{"tags": ["a", "b", "c"]}`,
			new:  `{"tags": ["a", "b"]}`,
			want: []string{`removed $.tags[2] "c" <nil>`},
		},
		{
			name: "type change",
			old:  `{"a": {"b": 1}}`,
			new:  `{"a": [1]}`,
			want: []string{`changed $.a {"b":1} [1]`},
		},
		{
			name: "keys that are not identifiers",
			old:  `{"content-type": "a", "x y": 1, "0": 1}`,
			new:  `{"content-type": "b", "x y": 2, "0": 2}`,
			want: []string{`changed $["0"] 1 2`, `changed $["content-type"] "a" "b"`, `changed $["x y"] 1 2`},
		},
		{
			name: "references",
			old:  `{"n": {{count}}}`,
			new:  `{"n": "{{count}}"}`,
			want: []string{`changed $.n {{count}} "{{count}}"`},
		},
	}
	show := func(v any) string {
		if v == nil {
			return "<nil>"
		}
		return jsonText(v)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok1 := parseLooseJSON(tt.old)
			b, ok2 := parseLooseJSON(tt.new)
			if !ok1 || !ok2 {
				t.Fatalf("parse failed: %v %v", ok1, ok2)
			}
			var out []jsonChange
			diffJSON("$", "", a, b, &out)
			var got []string
			for _, c := range out {
				got = append(got, fmt.Sprintf("%s %s %s %s", c.kind, c.path, show(c.old), show(c.new)))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
