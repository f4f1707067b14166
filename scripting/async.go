package scripting

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/dop251/goja"

	"github.com/courier-run/courier/internal/nodeerr"
)

// jsSendRequest is host.sendRequest(requestJSON, callback(err, meta, load)).
// The host learns of the request at once; it starts on a timer of its own,
// as postman-runtime starts it (setTimeout 0: Node's 1 ms, after what the
// script does synchronously and the timers it set before), runs on another
// goroutine, and the callback runs on the loop once the host has reported
// its end. A request error reaches the callback as postman-sandbox 4 hands
// it over: a plain object with the error's own enumerable properties in Node
// (code, errno, syscall, …), without its name and message.
func (r *runtime) jsSendRequest(c goja.FunctionCall) goja.Value {
	cb, ok := goja.AssertFunction(c.Argument(1))
	if !ok {
		return goja.Undefined()
	}
	req, err := requestFromJSON(c.Argument(0).String())
	if err != nil {
		r.throw("Error", err.Error())
	}
	var sr ScriptRequest = noHostRequest{}
	if r.host != nil {
		var script Script
		if r.cur != nil {
			script = r.cur.Script
		}
		sr = r.host.SendRequest(script, req)
	}
	ctx := r.scriptContext()
	start := r.vm.ToValue(func(goja.FunctionCall) goja.Value {
		sr.Start()
		r.loop.spawn(ctx, func(ctx context.Context) func() {
			res, err := sr.Do(ctx)
			return func() {
				sr.Done()
				if err == nil && res == nil {
					err = errors.New("sendrequest: no response")
				}
				if err != nil {
					props, perr := r.jsonParse(goja.Undefined(), r.vm.ToValue(nodeerr.JSON(nodeerr.Props(err.Error()))))
					if perr != nil {
						r.recordAsyncError(perr)
						return
					}
					r.callback(cb, props)
					return
				}
				b, _ := json.Marshal(responseMeta(res))
				meta, perr := r.jsonParse(goja.Undefined(), r.vm.ToValue(string(b)))
				if perr != nil {
					r.recordAsyncError(perr)
					return
				}
				var cache bodyCache
				body := res.Body
				load := r.vm.ToValue(func(c goja.FunctionCall) goja.Value {
					return r.loadBody(body, &cache, c.Argument(0).String())
				})
				r.callback(cb, goja.Null(), meta, load)
			}
		})
		return goja.Undefined()
	})
	fn, _ := goja.AssertFunction(start)
	r.loop.add(fn, time.Millisecond, nil, false, false)
	return goja.Undefined()
}

// noHostRequest is pm.sendRequest without a host: it fails.
type noHostRequest struct{}

func (noHostRequest) Start() {}
func (noHostRequest) Do(context.Context) (*Response, error) {
	return nil, errors.New("sendrequest: no host")
}
func (noHostRequest) Done() {}

// callback calls a script callback; its exception is an asynchronous error.
func (r *runtime) callback(fn goja.Callable, args ...goja.Value) {
	if r.skip {
		return // the execution ended with pm.execution.skipRequest()
	}
	if _, err := fn(goja.Undefined(), args...); err != nil {
		r.recordAsyncError(err)
	}
}

type jsonCookie struct {
	Name     string `json:"name"`
	Value    any    `json:"value"`
	Domain   string `json:"domain"`
	Path     string `json:"path"`
	Expires  any    `json:"expires"`
	MaxAge   any    `json:"maxAge"`
	HTTPOnly bool   `json:"httpOnly"`
	Secure   bool   `json:"secure"`
	HostOnly bool   `json:"hostOnly"`
}

func (jc jsonCookie) cookie() Cookie {
	c := Cookie{Name: jc.Name, Value: anyString(jc.Value), Domain: jc.Domain, Path: jc.Path,
		HTTPOnly: jc.HTTPOnly, Secure: jc.Secure, HostOnly: jc.HostOnly}
	switch e := jc.Expires.(type) {
	case string:
		for _, layout := range []string{time.RFC3339Nano, time.RFC1123, time.RFC1123Z, "Mon, 02-Jan-2006 15:04:05 MST"} {
			if t, err := time.Parse(layout, e); err == nil {
				c.Expires = t
				break
			}
		}
	case float64:
		c.Expires = time.UnixMilli(int64(e)).UTC()
	}
	switch m := jc.MaxAge.(type) {
	case float64:
		c.MaxAge = int(m)
	case string:
		var f float64
		if json.Unmarshal([]byte(m), &f) == nil {
			c.MaxAge = int(f)
		}
	}
	return c
}

// jsJar is host.jar(op, url, name, cookieJSON, callback(err, result)).
//
// postman-sandbox runs tough-cookie in the sandbox on a store whose every
// call goes to Newman's cookie jar and back, each after a setTimeout(0): a
// get or getAll takes one such round (findCookies), a set two (findCookie,
// then putCookie), an unset two (the cookie, then its removal) and a clear
// one plus one per cookie removed. courier takes the same steps, each a 1 ms
// timer of the script's loop, reading or changing the jar when the step
// fires, so that calls a script makes without waiting see the jar when
// Newman's would (a get right after a set finds nothing). What tough-cookie
// refuses before it calls the store (a cookie for another domain) is
// answered at once.
func (r *runtime) jsJar(c goja.FunctionCall) goja.Value {
	op, url, name := c.Argument(0).String(), c.Argument(1).String(), c.Argument(2).String()
	cookieArg := c.Argument(3)
	cb, _ := goja.AssertFunction(c.Argument(4))
	var jar CookieJar
	if r.host != nil {
		jar = r.host.Cookies()
	}
	finish := func(result goja.Value, err error) {
		switch {
		case cb == nil:
		case err != nil:
			r.callback(cb, r.vm.ToValue(err.Error()))
		default:
			r.callback(cb, goja.Null(), result)
		}
	}
	if jar == nil {
		r.storeStep(func() { finish(nil, errors.New("cookie jar is not available")) })
		return goja.Undefined()
	}
	switch op {
	case "get":
		r.storeStep(func() {
			ck, err := jar.Get(url, name)
			var result goja.Value = goja.Null()
			if ck != nil {
				result = r.cookieValue(*ck)
			}
			finish(result, err)
		})
	case "getAll":
		r.storeStep(func() {
			cks, err := jar.GetAll(url)
			arr := make([]any, 0, len(cks))
			for _, ck := range cks {
				arr = append(arr, cookieJSON(ck))
			}
			finish(r.toJS(arr), err)
		})
	case "set":
		var jc jsonCookie
		err := json.Unmarshal([]byte(cookieArg.String()), &jc)
		var kept Cookie
		if err == nil {
			kept, err = jar.Prepare(url, jc.cookie())
		}
		if err != nil {
			// tough-cookie refuses it before it reaches the store
			finish(nil, err)
			break
		}
		r.storeStep(func() {
			r.storeStep(func() {
				jar.Put(kept)
				// the cookie as the jar keeps it, as tough-cookie's callback has it
				finish(r.cookieValue(kept), nil)
			})
		})
	case "unset":
		r.storeStep(func() {
			ck, err := jar.Get(url, name)
			if err != nil || ck == nil {
				finish(goja.Undefined(), err)
				return
			}
			r.storeStep(func() {
				jar.Remove(*ck)
				finish(goja.Undefined(), nil)
			})
		})
	case "clear":
		r.storeStep(func() {
			cks, err := jar.GetAll(url)
			if err != nil || len(cks) == 0 {
				finish(goja.Undefined(), err)
				return
			}
			// one by one, as the sandbox removes them
			var step func()
			step = func() {
				jar.Remove(cks[0])
				if cks = cks[1:]; len(cks) > 0 {
					r.storeStep(step)
					return
				}
				finish(goja.Undefined(), nil)
			}
			r.storeStep(step)
		})
	}
	return goja.Undefined()
}

// storeStep runs fn as a 1 ms timer of the script's loop: one round of
// postman-sandbox's cookie store.
func (r *runtime) storeStep(fn func()) {
	f, _ := goja.AssertFunction(r.vm.ToValue(func(goja.FunctionCall) goja.Value {
		fn()
		return goja.Undefined()
	}))
	r.loop.add(f, time.Millisecond, nil, false, false)
}

func (r *runtime) cookieValue(c Cookie) goja.Value {
	return r.toJS(cookieJSON(c))
}
