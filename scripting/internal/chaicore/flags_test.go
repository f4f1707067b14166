package chaicore

import (
	"strings"
	"testing"
)

// A flag store lists its keys as an ordinary object does: array indices
// ascending, then the other keys in the order they were added.
func TestFlagStoreOrder(t *testing.T) {
	var st flagStore
	for _, k := range []string{"b", "10", "a", "2", "01", "4294967295", "4294967294", "0"} {
		st.Set(k, nil)
	}
	st.Set("b", nil) // (a second write keeps the place)
	st.Delete("a")
	got := strings.Join(st.Keys(), ",")
	if want := "0,2,10,4294967294,b,01,4294967295"; got != want {
		t.Errorf("keys %s, want %s", got, want)
	}
	if !st.Has("01") || st.Has("a") || st.Get("b") == nil {
		t.Error("Has/Get disagree with Keys")
	}
}
