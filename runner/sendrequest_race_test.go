package runner

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/scripting"
)

// TestSendRequestConcurrentWithScript runs many pm.sendRequest calls while
// the same script keeps writing every scope, the cookie jar and the console
// from an interval; run under -race (make test) it catches any state the
// sending goroutines share with the script unguarded. It also checks the
// bound on requests in flight and that a warning raised while sending (a JWT
// with an unknown algorithm) names the item that made it.
func TestSendRequestConcurrentWithScript(t *testing.T) {
	var inFlight, peak, served atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		served.Add(1)
		time.Sleep(10 * time.Millisecond)
		w.Header().Set("Set-Cookie", "s=1; Path=/")
		io.WriteString(w, `{"ok":true}`)
	}))
	defer srv.Close()
	const calls = 300
	script := `
var done = 0;
for (var i = 0; i < 300; i++) {
  pm.sendRequest({url: 'BASE/x?i=' + i, method: 'POST',
      auth: {type: 'jwt', jwt: [{key: 'algorithm', value: 'XX'}]}},
    function (err, res) {
      done++;
      pm.environment.set('cb' + (done % 7), done);
      if (done === 300) { console.log('all answered', err === null); }
    });
}
var n = 0;
var h = setInterval(function () {
  n++;
  pm.environment.set('e' + (n % 5), n);
  pm.collectionVariables.set('c' + (n % 5), n);
  pm.globals.set('g', pm.environment.get('e1'));
  pm.variables.set('v', n);
  pm.cookies.jar().set('BASE', 'k' + (n % 3), String(n), function () {});
  console.log('tick');
  if (done === 300) { clearInterval(h); }
}, 1);`
	js, _ := json.Marshal(strings.ReplaceAll(script, "BASE", srv.URL))
	doc := `{"info":{"name":"T"},"item":[{"name":"maker","request":"BASE/own","event":[{"listen":"prerequest","script":{"exec":` + string(js) + `}}]},` +
		`{"name":"after","request":"BASE/after"}]}`
	o := Options{Collection: collection(t, doc, srv.URL), TimeoutScript: 60 * time.Second,
		Scripts: func(h scripting.Host) scripting.Runtime { return scripting.New(h, scripting.Options{}) }}
	_, evs, s, err := runOpts(t, o)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Stats.Requests.Total; got != calls+2 {
		t.Errorf("requests = %d, want %d", got, calls+2)
	}
	if got := served.Load(); got != calls+2 {
		t.Errorf("the server saw %d requests, want %d", got, calls+2)
	}
	if p := peak.Load(); p > maxScriptRequests {
		t.Errorf("%d requests were in flight at once, the bound is %d", p, maxScriptRequests)
	}
	var answered bool
	warns := 0
	for _, e := range evs.events {
		c, ok := e.(events.Console)
		if !ok {
			continue
		}
		if strings.Join(c.Messages, " ") == "'all answered' true" {
			answered = true
		}
		if c.Level == "warn" {
			warns++
			if c.Item.Name != "maker" {
				t.Errorf("a warning raised while sending names item %q, want maker", c.Item.Name)
			}
		}
	}
	if !answered {
		t.Error("not every callback was called")
	}
	if warns != calls {
		t.Errorf("%d signing warnings, want one per request (%d)", warns, calls)
	}
}
