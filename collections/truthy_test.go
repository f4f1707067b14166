package collections

import (
	"encoding/json"
	"math"
	"testing"
)

// Truthy is JavaScript's Boolean(v); the expected values are what V8 gives.
func TestTruthy(t *testing.T) {
	for _, c := range []struct {
		v    any
		want bool
	}{
		{nil, false}, {undefined, false}, {false, false}, {true, true},
		{"", false}, {"0", true}, {"false", true},
		{json.Number("0"), false}, {json.Number("-0"), false}, {json.Number("0.0"), false},
		{json.Number("1e-400"), false}, // underflows to 0 in a double
		{json.Number("1e400"), true},   // Infinity
		{json.Number("-2.5"), true},
		{0.0, false}, {math.Copysign(0, -1), false}, {math.NaN(), false}, {math.Inf(-1), true}, {3.0, true},
		{0, false}, {int64(7), true},
		{[]any{}, true}, {map[string]any{}, true},
	} {
		if got := Truthy(c.v); got != c.want {
			t.Errorf("Truthy(%#v) = %v, want %v", c.v, got, c.want)
		}
	}
}
