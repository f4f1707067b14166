package check

import (
	"fmt"
	"strings"
	"testing"

	"github.com/courier-run/courier/collections"
)

// BenchmarkCheckPartner is the check of the partner collection with its
// environment (go test ./check -run XXX -bench Check).
func BenchmarkCheckPartner(b *testing.B) {
	in := readInput(b, partnerFile, partnerEnv, nil)
	for b.Loop() {
		Check(in)
	}
}

// largeCollection is n requests in folders of 50, each with a pre-request
// and a test script of its own (no two alike, so none is analysed once for
// many), variables in its URL, headers, body and auth.
func largeCollection(n int) []byte {
	var folders []string
	for f := 0; f*50 < n; f++ {
		var items []string
		for i := f * 50; i < min(n, (f+1)*50); i++ {
			items = append(items, fmt.Sprintf(`{"name":"request %d","event":[%s,%s],"request":{"method":"POST","url":"{{base_url}}/things/%d?page={{page}}","header":[{"key":"Authorization","value":"Bearer {{token}}"},{"key":"X-Req","value":"%d"}],"body":{"mode":"raw","raw":"{\"id\": %d, \"name\": \"{{$randomFirstName}}\"}"}}}`,
				i, ev("prerequest", fmt.Sprintf("pm.variables.set('step', %d);", i), "const started = Date.now();"),
				ev("test", fmt.Sprintf("pm.test('status %d', function () { pm.response.to.have.status(200); });", i),
					"const body = pm.response.json();",
					fmt.Sprintf("pm.collectionVariables.set('last_%d', body.id);", i),
					fmt.Sprintf("if (body.next) { pm.execution.setNextRequest('request %d'); }", (i+1)%n)),
				i, i, i))
		}
		folders = append(folders, fmt.Sprintf(`{"name":"folder %d","item":[%s]}`, f, strings.Join(items, ",")))
	}
	return []byte(`{"info":{"name":"large"},"variable":[{"key":"base_url","value":"https://api.example.com"},{"key":"page","value":"1"},{"key":"token","value":""}],"item":[` + strings.Join(folders, ",") + `]}`)
}

func BenchmarkCheckLarge(b *testing.B) {
	text := largeCollection(2000)
	c, err := collections.Decode("large.json", text)
	if err != nil {
		b.Fatal(err)
	}
	in := Input{Collection: c, CollectionFile: "large.json", CollectionText: text}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if r := Check(in); len(r.Findings) != 0 {
			b.Fatalf("findings: %v", r.Findings[0])
		}
	}
}
