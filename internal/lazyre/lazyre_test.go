package lazyre

import "testing"

func TestNew(t *testing.T) {
	re := New(`^a(b+)$`)
	if first, second := re(), re(); first != second {
		t.Error("a second call compiled the expression again")
	}
	if got := re().FindStringSubmatch("abbb"); len(got) != 2 || got[1] != "bbb" {
		t.Errorf("FindStringSubmatch = %q", got)
	}
	bad := New(`(`)
	defer func() {
		if recover() == nil {
			t.Error("an invalid expression did not panic on first use")
		}
	}()
	bad()
}
