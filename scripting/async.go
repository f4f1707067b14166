package scripting

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/dop251/goja"
)

// jsSendRequest is host.sendRequest(requestJSON, callback(err, meta, load)):
// the request runs on another goroutine and the callback on the loop.
func (r *runtime) jsSendRequest(c goja.FunctionCall) goja.Value {
	cb, ok := goja.AssertFunction(c.Argument(1))
	if !ok {
		return goja.Undefined()
	}
	req, err := requestFromJSON(c.Argument(0).String())
	if err != nil {
		r.throw("Error", err.Error())
	}
	host := r.host
	r.loop.spawn(r.scriptContext(), func(ctx context.Context) func() {
		var res *Response
		var err error
		if host == nil {
			err = errors.New("sendrequest: no host")
		} else {
			res, err = host.SendRequest(ctx, req)
		}
		return func() {
			if err != nil {
				r.callback(cb, r.vm.ToValue(err.Error()))
				return
			}
			if res == nil {
				r.callback(cb, r.vm.ToValue("sendrequest: no response"))
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
}

// callback calls a script callback; its exception is an asynchronous error.
func (r *runtime) callback(fn goja.Callable, args ...goja.Value) {
	if _, err := fn(goja.Undefined(), args...); err != nil {
		r.recordAsyncError(err)
	}
}

// later runs fn on the loop as an immediate, so jar callbacks are
// asynchronous as in Postman.
func (r *runtime) later(fn func()) {
	f, _ := goja.AssertFunction(r.vm.ToValue(func(goja.FunctionCall) goja.Value {
		fn()
		return goja.Undefined()
	}))
	r.loop.add(f, 0, nil, false, true)
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
func (r *runtime) jsJar(c goja.FunctionCall) goja.Value {
	op, url, name := c.Argument(0).String(), c.Argument(1).String(), c.Argument(2).String()
	cookieArg := c.Argument(3)
	cb, _ := goja.AssertFunction(c.Argument(4))
	var jar CookieJar
	if r.host != nil {
		jar = r.host.Cookies()
	}
	var result goja.Value = goja.Undefined()
	var err error
	if jar == nil {
		err = errors.New("cookie jar is not available")
	} else {
		switch op {
		case "get":
			var ck *Cookie
			ck, err = jar.Get(url, name)
			if err == nil {
				if ck == nil {
					result = goja.Null()
				} else {
					result = r.cookieValue(*ck)
				}
			}
		case "getAll":
			var cks []Cookie
			cks, err = jar.GetAll(url)
			if err == nil {
				arr := make([]any, 0, len(cks))
				for _, ck := range cks {
					arr = append(arr, cookieJSON(ck))
				}
				result = r.toJS(arr)
			}
		case "set":
			var jc jsonCookie
			if err = json.Unmarshal([]byte(cookieArg.String()), &jc); err == nil {
				var kept Cookie
				// the cookie as the jar keeps it, as tough-cookie's callback has it
				if kept, err = jar.Set(url, jc.cookie()); err == nil {
					result = r.cookieValue(kept)
				}
			}
		case "unset":
			err = jar.Unset(url, name)
		case "clear":
			err = jar.Clear(url)
		}
	}
	if cb != nil {
		r.later(func() {
			if err != nil {
				r.callback(cb, r.vm.ToValue(err.Error()))
				return
			}
			r.callback(cb, goja.Null(), result)
		})
	}
	return goja.Undefined()
}

func (r *runtime) cookieValue(c Cookie) goja.Value {
	return r.toJS(cookieJSON(c))
}
