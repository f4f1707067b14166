// Package bench generates the benchmark collections and serves the loopback
// target that `make bench` times courier, Newman and a plain Go HTTP loop against.
package bench

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// Body is the ~1 KB JSON document the target returns.
var Body = func() []byte {
	items := make([]map[string]any, 0, 16)
	for i := 0; i < 16; i++ {
		items = append(items, map[string]any{"id": i, "name": fmt.Sprintf("item-%02d", i), "price": 9.99 + float64(i), "tags": []string{"a", "b"}})
	}
	b, _ := json.Marshal(map[string]any{"ok": true, "count": len(items), "items": items})
	return b
}()

// Handler serves Body for every request.
func Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(Body)
	})
}

// Collection returns a v2.1 collection of n GET requests to {{base}}/items/i;
// with scripts, each request has a pre-request script and a 3-assertion test.
func Collection(n int, scripts bool) []byte {
	var items []string
	for i := 0; i < n; i++ {
		ev := ""
		if scripts {
			ev = `,"event":[{"listen":"prerequest","script":{"exec":["pm.variables.set('started', Date.now());"]}},` +
				`{"listen":"test","script":{"exec":["pm.test('status is 200', function () { pm.response.to.have.status(200); });",` +
				`"pm.test('body is ok', function () { pm.expect(pm.response.json().ok).to.equal(true); });",` +
				`"pm.test('has items', function () { pm.expect(pm.response.json().items).to.have.lengthOf(16); });"]}}]`
		}
		items = append(items, fmt.Sprintf(`{"name":"request %d","request":{"method":"GET","url":"{{base}}/items/%d"}%s}`, i, i, ev))
	}
	return []byte(`{"info":{"name":"bench","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[` + strings.Join(items, ",") + `]}`)
}
