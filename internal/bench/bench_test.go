package bench

import (
	"encoding/json"
	"io"
	"net/http/httptest"
	"testing"
)

func TestBodyIsAboutOneKB(t *testing.T) {
	if n := len(Body); n < 800 || n > 1300 {
		t.Errorf("body is %d bytes, want about 1 KB", n)
	}
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL + "/items/1")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	if string(b) != string(Body) || resp.Header.Get("Content-Type") != "application/json" {
		t.Errorf("served %q", b)
	}
}

func TestCollectionIsValidJSON(t *testing.T) {
	for _, scripts := range []bool{false, true} {
		var doc struct {
			Item []struct {
				Event []any `json:"event"`
			} `json:"item"`
		}
		if err := json.Unmarshal(Collection(3, scripts), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Item) != 3 || (len(doc.Item[0].Event) == 2) != scripts {
			t.Errorf("scripts=%v: %+v", scripts, doc)
		}
	}
}
