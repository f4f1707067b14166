package runner

import (
	"strings"
	"testing"
)

// --seed: Math.random, $randomInt and $guid draw the same values in every
// run with the same seed, other values with another seed or none, and a
// unit (one top-level item of one iteration) draws what the whole run
// draws there.
func TestSeedReproducible(t *testing.T) {
	srv, _ := testServer(t)
	log := `,"event":[{"listen":"prerequest","script":{"exec":["console.log('R', Math.random(), pm.variables.replaceIn('{{$randomInt}} {{$guid}}'))"]}}]`
	item := func(name string) string {
		return `{"name":"` + name + `","request":{"method":"GET","url":"BASE/` + name + `"}` + log + `}`
	}
	c := collection(t, coll(folder("A", item("a1"), item("a2")), item("top"), folder("C", item("c1"))), srv.URL)
	draws := func(o Options) []string {
		o.Collection, o.Iterations = c, 2
		_, capt, _, err := runOpts(t, withScripts(o))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, l := range unitLines(capt.events) {
			if strings.HasPrefix(l, "console R ") || strings.HasPrefix(l, "console 'R' ") {
				out = append(out, l)
			}
		}
		if len(out) == 0 {
			t.Fatal("no draws logged")
		}
		return out
	}
	seed := func(n uint64) *uint64 { return &n }
	whole := draws(Options{Seed: seed(42)})
	if len(whole) != 8 {
		t.Fatalf("whole run: %d draws, want 8:\n%s", len(whole), strings.Join(whole, "\n"))
	}
	if again := draws(Options{Seed: seed(42)}); strings.Join(again, "\n") != strings.Join(whole, "\n") {
		t.Errorf("the same seed drew other values:\n%s\nfirst run:\n%s", strings.Join(again, "\n"), strings.Join(whole, "\n"))
	}
	distinct := map[string]bool{}
	for _, l := range whole {
		v := strings.Fields(l)[2] // Math.random's value
		distinct[v] = true
	}
	if len(distinct) != len(whole) {
		t.Errorf("draws repeat across items and iterations:\n%s", strings.Join(whole, "\n"))
	}
	for _, other := range []Options{{Seed: seed(43)}, {}} {
		got := draws(other)
		for i := range got {
			if got[i] == whole[i] {
				t.Errorf("seed %v drew seed 42's %q", other.Seed, got[i])
			}
		}
	}
	var units []string
	for it := 0; it < 2; it++ {
		for top := 0; top < 3; top++ {
			units = append(units, draws(Options{Seed: seed(42), OnlyTop: []int{top}, OnlyIterations: []int{it}})...)
		}
	}
	if got, want := strings.Join(units, "\n"), strings.Join(whole, "\n"); got != want {
		t.Errorf("units drew:\n%s\nthe whole run:\n%s", got, want)
	}
}
