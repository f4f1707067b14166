package runner

import (
	"math"
	"sync"

	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/internal/authsign"
)

// authState is what an auth scheme stored back into one auth definition
// (postman-runtime's "system" parameters), in the order it first stored
// each key, which is where postman-runtime appends them to the auth.
type authState struct {
	vals  map[string]string
	order []string
}

func (s *authState) set(k, v string) {
	if _, ok := s.vals[k]; !ok {
		s.order = append(s.order, k)
	}
	s.vals[k] = v
}

// withAuthState is the auth that applied as postman-runtime leaves it in the
// request Newman reports: the definition's parameters, those it had empty
// now holding what the scheme stored (and marked system), then the other
// stored ones, appended as system parameters of type any. It reads state
// under mu; a nil state or an empty one leaves a as it is.
func withAuthState(a *events.AuthSpec, state *authState, mu *sync.Mutex) *events.AuthSpec {
	if a == nil || state == nil {
		return a
	}
	mu.Lock()
	if len(state.order) == 0 {
		mu.Unlock()
		return a
	}
	keys := append([]string(nil), state.order...)
	vals := make([]string, len(keys))
	for i, k := range keys {
		vals[i] = state.vals[k]
	}
	mu.Unlock()
	out := &events.AuthSpec{Type: a.Type, Params: append([]events.AuthParam(nil), a.Params...)}
	for i, k := range keys {
		v, ok := authsign.StateValue(a.Type, k, vals[i])
		p := events.AuthParam{Key: k, Value: v, NoValue: !ok, System: true}
		at := -1
		for j := len(out.Params) - 1; j >= 0; j-- {
			if out.Params[j].Key == k {
				at = j
				break
			}
		}
		if at < 0 {
			p.Type = "any"
			out.Params = append(out.Params, p)
			continue
		}
		if own := out.Params[at]; own.System || emptyAuthValue(own) {
			// postman-runtime updates the parameter in place: its type stays
			p.Type = own.Type
			out.Params[at] = p
		}
	}
	return out
}

// emptyAuthValue: a parameter postman-runtime's auth.set may overwrite
// (no value, null, "" or NaN).
func emptyAuthValue(p events.AuthParam) bool {
	if p.NoValue {
		return true
	}
	switch v := p.Value.(type) {
	case nil:
		return true
	case string:
		return v == ""
	case float64:
		return math.IsNaN(v)
	}
	return false
}
