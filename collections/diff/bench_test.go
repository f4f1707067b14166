package diff

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"testing"

	"github.com/courier-run/courier/collections"
)

// generated builds a collection document of folders×perFolder requests, each
// with headers, a query, a JSON body, a test script and a saved example.
// version 2 renames, moves, edits and reorders about a tenth of the requests.
func generated(folders, perFolder, version int) []byte {
	type obj = map[string]any
	var items []any
	for f := 0; f < folders; f++ {
		var reqs []any
		for r := 0; r < perFolder; r++ {
			n := f*perFolder + r
			name := fmt.Sprintf("Request %d", n)
			qty := 1
			script := []any{
				"pm.test('Status code is 200', function () {",
				"    pm.response.to.have.status(200);",
				"});",
				"const body = pm.response.json();",
				fmt.Sprintf("pm.test('Has id %d', function () {", n),
				"    pm.expect(body.id).to.be.a('string');",
				"});",
				"pm.collectionVariables.set('last_id', body.id);",
			}
			path := fmt.Sprintf("things/%d", n)
			if version == 2 {
				switch n % 10 {
				case 1:
					name += " (renamed)"
				case 2:
					qty = 2
				case 3:
					script = append(script[:4:4], append([]any{"pm.expect(body.ok).to.eql(true);"}, script[4:]...)...)
				case 4:
					path = fmt.Sprintf("v2/things/%d", n)
				}
			}
			body, _ := json.Marshal(obj{"id": n, "name": name, "items": []any{obj{"sku": "A", "qty": qty}}, "notify": true})
			reqs = append(reqs, obj{
				"id":    fmt.Sprintf("req-%d", n),
				"name":  name,
				"event": []any{obj{"listen": "test", "script": obj{"type": "text/javascript", "exec": script}}},
				"request": obj{
					"method": "POST",
					"header": []any{obj{"key": "Content-Type", "value": "application/json"}, obj{"key": "X-Api-Key", "value": "{{api_key}}"}},
					"body":   obj{"mode": "raw", "raw": string(body), "options": obj{"raw": obj{"language": "json"}}},
					"url": obj{"raw": "{{base_url}}/" + path + "?limit=10", "host": []any{"{{base_url}}"},
						"path": []any{path}, "query": []any{obj{"key": "limit", "value": "10"}}},
				},
				"response": []any{obj{"name": "OK", "code": 200, "status": "OK", "body": string(body)}},
			})
		}
		items = append(items, obj{"id": fmt.Sprintf("folder-%d", f), "name": fmt.Sprintf("Folder %d", f), "item": reqs})
	}
	if version == 2 {
		// Move the first request of every fifth folder into the next folder,
		// and swap the first two folders.
		for f := 0; f+1 < folders; f += 5 {
			from := items[f].(obj)
			to := items[f+1].(obj)
			moved := from["item"].([]any)[0]
			from["item"] = from["item"].([]any)[1:]
			to["item"] = append(to["item"].([]any), moved)
		}
		items[0], items[1] = items[1], items[0]
	}
	doc, _ := json.Marshal(obj{
		"info":     obj{"name": "Generated", "schema": collections.SchemaV210},
		"item":     items,
		"variable": []any{obj{"key": "base_url", "value": "https://example.com"}, obj{"key": "api_key", "value": "k"}},
	})
	return doc
}

func BenchmarkCollections1000(b *testing.B) {
	old, err := collections.Decode("old.json", generated(50, 20, 1))
	if err != nil {
		b.Fatal(err)
	}
	new, err := collections.Decode("new.json", generated(50, 20, 2))
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := Collections(old, new, Options{})
		if err := r.Write(io.Discard, WriteOptions{Format: FormatText}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestGeneratedCollections checks the benchmark's input: 1000 requests each,
// and the edits show up as the expected number of changes.
func TestGeneratedCollections(t *testing.T) {
	old, err := collections.Decode("old.json", generated(50, 20, 1))
	if err != nil {
		t.Fatal(err)
	}
	new, err := collections.Decode("new.json", generated(50, 20, 2))
	if err != nil {
		t.Fatal(err)
	}
	count := func(c *collections.Collection) int {
		n := 0
		c.Walk(func(it *collections.Item, _ []*collections.Item) bool {
			if !it.Folder {
				n++
			}
			return true
		})
		return n
	}
	if count(old) != 1000 || count(new) != 1000 {
		t.Fatalf("requests: %d and %d, want 1000 each", count(old), count(new))
	}
	counts := Collections(old, new, Options{}).Counts()
	// 100 renames (n%10 == 1) each also change the body's "name" field and the
	// example; 100 qty edits; 100 script edits; 100 URL path edits; 10 moves
	// (first request of folders 0, 5, ..., 45); 1 reorder (the folder swap).
	want := map[Class]int{ClassRenamed: 100, ClassMoved: 11, ClassBody: 200, ClassScripts: 100, ClassURL: 100, ClassExamples: 200}
	for cl, n := range want {
		if counts[cl] != n {
			t.Errorf("%s: %d changes, want %d", cl, counts[cl], n)
		}
	}
	var b bytes.Buffer
	if err := Collections(old, new, Options{}).Write(&b, WriteOptions{Format: FormatJSON}); err != nil {
		t.Fatal(err)
	}
}

// generatedNoIDs builds a collection document without item ids of
// folders×perFolder requests on paths that share their segments
// (/api/v1/res<k>/:id/sub<j>), with boilerplate and specific test lines, a
// JSON body on writes, all on {{base_URL}}. version 2 renames the base URL
// variable to base_url (every use updated) and every tenth request, so that
// only similarity can pair the renamed ones.
func generatedNoIDs(folders, perFolder, version int) []byte {
	type obj = map[string]any
	base := "base_URL"
	if version == 2 {
		base = "base_url"
	}
	methods := []string{"GET", "POST", "PUT", "DELETE"}
	var items []any
	for f := 0; f < folders; f++ {
		var reqs []any
		for r := 0; r < perFolder; r++ {
			n := f*perFolder + r
			name := fmt.Sprintf("request %d", n)
			if version == 2 && n%10 == 1 {
				name = fmt.Sprintf("renamed request %d", n)
			}
			method := methods[n%4]
			path := []any{"api", "v1", fmt.Sprintf("res%d", n%100), ":id", fmt.Sprintf("sub%d", n/100)}
			request := obj{
				"method": method,
				"header": []any{obj{"key": "Accept", "value": "application/json"}},
				"url": obj{"raw": "{{" + base + "}}/api/v1/...", "host": []any{"{{" + base + "}}"}, "path": path,
					"variable": []any{obj{"key": "id", "value": "1"}}},
			}
			if method == "POST" || method == "PUT" {
				body, _ := json.Marshal(obj{fmt.Sprintf("field%d", n%30): 1, "name": name, "tags": []any{"a"}})
				request["body"] = obj{"mode": "raw", "raw": string(body), "options": obj{"raw": obj{"language": "json"}}}
			}
			reqs = append(reqs, obj{
				"name": name,
				"event": []any{obj{"listen": "test", "script": obj{"type": "text/javascript", "exec": []any{
					"pm.test('Status code is 200', function () {",
					"    pm.response.to.have.status(200);",
					"});",
					fmt.Sprintf("pm.test('kind', () => pm.expect(pm.response.json().kind).to.eql('thing-%d'));", n),
				}}}},
				"request": request,
			})
		}
		items = append(items, obj{"name": fmt.Sprintf("Folder %d", f), "item": reqs})
	}
	doc, _ := json.Marshal(obj{
		"info":     obj{"name": "Generated", "schema": collections.SchemaV210},
		"item":     items,
		"variable": []any{obj{"key": base, "value": "https://example.com"}},
	})
	return doc
}

func decodeGenerated(t testing.TB, version int) *collections.Collection {
	t.Helper()
	c, err := collections.Decode("generated.json", generatedNoIDs(100, 20, version))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// BenchmarkCollections2000Renames compares two 2,000-request versions
// without ids where 200 requests were renamed and the base URL variable too.
func BenchmarkCollections2000Renames(b *testing.B) {
	old, new := decodeGenerated(b, 1), decodeGenerated(b, 2)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := Collections(old, new, Options{})
		if err := r.Write(io.Discard, WriteOptions{Format: FormatText}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestGeneratedRenames checks the benchmark's outcome: the 200 renamed
// requests are paired by similarity (none added or removed), each with its
// own counterpart, and the variable rename folds the 2,000 host changes.
func TestGeneratedRenames(t *testing.T) {
	old, new := decodeGenerated(t, 1), decodeGenerated(t, 2)
	r := Collections(old, new, Options{})
	counts := r.Counts()
	if counts[ClassRenamed] != 200 || counts[ClassAdded] != 0 || counts[ClassRemoved] != 0 || counts[ClassURL] != 0 {
		t.Errorf("counts %v, want 200 renamed and nothing else but the variable", counts)
	}
	for _, c := range r.Changes {
		switch {
		case c.Kind == Renamed && c.Class == ClassRenamed:
			var n int
			if _, err := fmt.Sscanf(c.Old.(string), "request %d", &n); err != nil || c.New != fmt.Sprintf("renamed request %d", n) {
				t.Errorf("%v → %v: not its own counterpart", c.Old, c.New)
			}
			if c.Score != 100 {
				t.Errorf("%v: similarity %d, want 100", c.Old, c.Score)
			}
		case isVariableRename(&c):
			if c.Old != "base_URL" || c.New != "base_url" || c.Uses == nil || c.Uses.Updated != 2000 || c.Uses.Total != 2000 || len(c.Folded) != 2000 {
				t.Errorf("variable rename %v → %v, uses %+v, %d folded", c.Old, c.New, c.Uses, len(c.Folded))
			}
		}
	}
	if r.variableRenames() != 1 {
		t.Errorf("%d variable renames, want 1", r.variableRenames())
	}
}
