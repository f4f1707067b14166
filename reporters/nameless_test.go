package reporters

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/courier-run/courier/events"
)

// A collection and items without names, as Newman 6.2.2 reports them: the
// json report has no "name", the CLI and JUnit show the id instead.
func fxNameless() []events.Event {
	b := newFxStream("", "coll-uuid", 1, 2)
	b.iterationStart(0)
	// the runner already names a nameless folder by its id in Path
	b.item(fxItem{item: events.Item{ID: "item-uuid", Path: []string{"folder-uuid"}},
		req: events.Request{Method: "GET", URL: "http://x/a"}, resp: &events.Response{Code: 200, Status: "OK"},
		asserts: []fxAssert{{name: "fails", err: fxAssertionError("boom")}}}, 5)
	b.item(fxItem{item: events.Item{ID: "named-uuid", Name: "named"},
		req: events.Request{Method: "GET", URL: "http://x/b"}, resp: &events.Response{Code: 200, Status: "OK"}}, 5)
	b.iterationEnd()
	return b.end(false, "", nil)
}

func TestNamelessItemsAndCollection(t *testing.T) {
	s := fxSummary(fxNameless())

	var js bytes.Buffer
	if err := WriteJSON(&js, s, RunInfo{}, JSONOptions{}); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Run struct {
			Executions []struct{ Item map[string]any }
			Failures   []struct{ Source map[string]any }
		}
	}
	if err := json.Unmarshal(js.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if it := rep.Run.Executions[0].Item; it["id"] != "item-uuid" || it["name"] != nil {
		t.Errorf("nameless execution item = %v, want an id and no name", it)
	}
	if it := rep.Run.Executions[1].Item; it["name"] != "named" {
		t.Errorf("named execution item = %v", it)
	}
	if src := rep.Run.Failures[0].Source; src["id"] != "item-uuid" || src["name"] != nil {
		t.Errorf("failure source = %v", src)
	}

	var ju bytes.Buffer
	if err := WriteJUnit(&ju, s, JUnitOptions{}); err != nil {
		t.Fatal(err)
	}
	x := ju.String()
	if strings.Contains(x, "<testsuites name=") {
		t.Errorf("testsuites has a name for a nameless collection:\n%s", x)
	}
	if !strings.Contains(x, `<testsuite name="folder-uuid / item-uuid" id="item-uuid"`) {
		t.Errorf("the nameless item's suite is not named by its id:\n%s", x)
	}

	var cli bytes.Buffer
	h := NewCLI(&cli, CLIOptions{Banner: "courier"})
	for _, e := range fxNameless() {
		h.Handle(e)
	}
	if !strings.Contains(cli.String(), "courier\n\ncoll-uuid\n") {
		t.Errorf("the CLI does not show the collection id:\n%s", cli.String())
	}
	if !strings.Contains(cli.String(), "❏ folder-uuid") {
		t.Errorf("the CLI does not show the folder id:\n%s", cli.String())
	}
}
