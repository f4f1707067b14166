package scripting

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/courier-run/courier/collections"
)

// Timers fire by due time, then in creation order, where the due time is
// counted from the moment the loop started the code that set the timer:
// time JavaScript itself takes (here busy loops standing for a slow machine)
// does not reorder them, and intervals do not drift against other timers.
func TestTimersOrderDoesNotDependOnSpeed(t *testing.T) {
	script := `
		var order = [];
		function busy(ms) { var t0 = Date.now(); while (Date.now() - t0 < ms) {} }
		setTimeout(function () { order.push('t40'); }, 40);
		busy(60);
		var n = 0, iv = setInterval(function () {
			n++; order.push('iv' + n); busy(15);
			if (n === 3) { clearInterval(iv); }
		}, 10);
		setTimeout(function () {
			order.push('a10'); busy(50);
			setTimeout(function () { order.push('c10'); }, 10);
		}, 10);
		setTimeout(function () { order.push('b25'); }, 25);
		setImmediate(function () { order.push('immediate'); });
		Promise.resolve().then(function () { order.push('promise'); });
		var set = Date.now();
		setTimeout(function () {
			pm.test(order.join(','));
			pm.test('waited its delay after it was set: ' + (Date.now() - set >= 70));
		}, 70);
	`
	for i := 0; i < 3; i++ {
		res := runOne(t, newFakeHost(), "test", script, jsonResponse(200, "OK", "{}"))
		want := "PASS promise,immediate,iv1,a10,iv2,c10,b25,iv3,t40\nPASS waited its delay after it was set: true\n"
		if got := summary(res); got != want {
			t.Fatalf("run %d:\n%s\nwant:\n%s", i, got, want)
		}
	}
}

// A host result that arrives later moves the loop's clock: timers its
// callback sets are due from then, after the timers due before it arrived.
func TestTimersAfterAHostResult(t *testing.T) {
	h := newFakeHost()
	script := `
		var order = [];
		setTimeout(function () { order.push('t20'); }, 20);
		setTimeout(function () { order.push('t400'); }, 400);
		pm.sendRequest('http://example.test/slow', function () {
			order.push('response');
			setTimeout(function () { order.push('after response +10'); }, 10);
		});
		setTimeout(function () { pm.test(order.join(',')); }, 600);
	`
	h.send = func(ctx context.Context, req *collections.Request) (*Response, error) {
		time.Sleep(150 * time.Millisecond)
		return jsonResponse(200, "OK", "{}"), nil
	}
	res := runOne(t, h, "test", script, jsonResponse(200, "OK", "{}"))
	want := "PASS t20,response,after response +10,t400\n"
	if got := summary(res); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// Loading a library on first use is courier's own work (Newman's sandbox
// has its libraries from the start): it does not count against the
// script's timeout.
func TestLibraryLoadingIsNotTheScriptsTime(t *testing.T) {
	lib := newLibrary(func(name string) (string, bool) {
		if name == "lodash" {
			return `var t0 = Date.now(); while (Date.now() - t0 < 300) {} module.exports = { ok: true };`, true
		}
		return "", false
	})
	rt := New(newFakeHost(), Options{Lib: lib})
	defer rt.Close()
	ex := &Execution{Event: "test", Timeout: 150 * time.Millisecond, Scripts: []Script{{Source: `
		var t0 = Date.now(); while (Date.now() - t0 < 100) {}
		pm.test('loaded ' + require('lodash').ok);`}}}
	res, err := rt.Run(context.Background(), ex)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := summary(res), "PASS loaded true\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// the script's own time still counts
	ex = &Execution{Event: "test", Timeout: 150 * time.Millisecond, Scripts: []Script{{Source: `
		require('lodash');
		var t0 = Date.now(); while (Date.now() - t0 < 1000) {}
		pm.test('not reached');`}}}
	res, err = rt.Run(context.Background(), ex)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := summary(res), "ERROR Error: sandbox: synchronous script execution timeout\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// pm.sendRequest starts its request on a timer of its own, as
// postman-runtime does (setTimeout 0 when the script makes the call): after
// the script's synchronous part and its promise jobs, in order with the
// timers the script sets. The host reports the request's end before the
// callback runs. The order is Newman 6.2.2's for the same script.
func TestSendRequestStartsOnItsOwnTimer(t *testing.T) {
	h := newFakeHost()
	aDone := make(chan struct{})
	h.done = func(url string) {
		if strings.HasSuffix(url, "/A") {
			close(aDone)
		}
	}
	h.send = func(ctx context.Context, req *collections.Request) (*Response, error) {
		if strings.HasSuffix(req.URL.String(), "/B") {
			<-aDone // B's response comes after A's
		}
		return jsonResponse(200, "OK", "{}"), nil
	}
	script := `
		console.log('sync 1');
		pm.sendRequest('http://example.test/A', function () { console.log('cb A'); });
		Promise.resolve().then(function () { console.log('microtask'); });
		setTimeout(function () { console.log('timer 0'); }, 0);
		pm.sendRequest('http://example.test/B', function () { console.log('cb B'); });
		console.log('sync 2');
	`
	runOne(t, h, "test", script, jsonResponse(200, "OK", "{}"))
	want := strings.Join([]string{
		"log: 'sync 1'", "log: 'sync 2'", "log: 'microtask'",
		"request: start http://example.test/A", "log: 'timer 0'", "request: start http://example.test/B",
		"request: done http://example.test/A ok", "log: 'cb A'",
		"request: done http://example.test/B ok", "log: 'cb B'",
	}, "\n") + "\n"
	if got := h.consoleText(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// An interval whose callback takes longer than its delay is always due on
// the wall clock; host results must still be taken between its runs, as
// Node polls for I/O between timer phases (else the callback never runs and
// the script times out).
func TestSlowIntervalDoesNotStarveHostResults(t *testing.T) {
	h := newFakeHost()
	script := `
		var answered = false, ticks = 0;
		pm.sendRequest('http://example.test/x', function () { answered = true; });
		var iv = setInterval(function () {
			ticks++;
			var t = Date.now(); while (Date.now() - t < 3) {}
			if (answered || ticks > 2000) {
				clearInterval(iv);
				pm.test('answered while the interval ran: ' + answered, function () {});
			}
		}, 1);
	`
	res := runOne(t, h, "test", script, jsonResponse(200, "OK", "{}"))
	want := "PASS answered while the interval ran: true\n"
	if got := summary(res); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
