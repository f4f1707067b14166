package v3

import (
	"errors"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/courier-run/courier/collections"
)

// FuzzLoad reads a definition and a request file: no panic; every error is
// a *collections.Error naming the file and a line and column; what loads
// decodes as a collection without a panic, and writing it as a tree and
// reading that back gives the same document.
func FuzzLoad(f *testing.F) {
	f.Add(minimalDef, "$kind: http-request\nurl: '{{base}}/x?a=1'\nmethod: POST\nqueryParams:\n  - key: b\n    value: '2'\nheaders:\n  A: b\nbody:\n  type: json\n  content: '{}'\nscripts:\n  - type: afterResponse\n    code: pm.test('x', () => {})\norder: 1\n")
	f.Add(minimalDef+"variables:\n  a: b\nauth:\n  type: basic\n  credentials:\n    username: u\n", "$kind: graphql-request\nurl: http://x\nquery: '{ a }'\nvariables: '{}'\n")
	f.Add(minimalDef+"auth:\n  - type: bearer\n    credentials: {token: t}\n  - type: noauth\n", "$kind: http-request\nbody:\n  type: formdata\n  content:\n    - key: f\n      type: file\n      src: x.txt\n")
	f.Add("$kind: collection\nx-courier:\n  fingerprint: '0'\n  patch:\n    - {op: add, path: /x, json: '1'}\n", "$kind: http-request\nurl: &a http://x\ndescription: *a\nsettings:\n  followRedirects: false\n  disabledSystemHeaders: [user-agent]\n")
	f.Add("a: [", "{{x}}: 1")
	f.Fuzz(func(t *testing.T, def, req string) {
		fsys := fstest.MapFS{
			"c/.resources/definition.yaml": &fstest.MapFile{Data: []byte(def)},
			"c/r.request.yaml":             &fstest.MapFile{Data: []byte(req)},
		}
		ld, err := Load(fsys, "c", "c")
		if err != nil {
			var ce *collections.Error
			if !errors.As(err, &ce) || ce.File == "" || ce.Line < 1 || ce.Col < 1 {
				t.Fatalf("error without a file and a position: %T %v", err, err)
			}
			return
		}
		if _, err := collections.Decode("c", ld.Doc); err != nil {
			var ce *collections.Error
			if !errors.As(err, &ce) {
				t.Fatalf("decode error %T %v", err, err)
			}
			return
		}
		tree, err := FromV2(ld.Doc, WriteOptions{Name: "c"})
		if err != nil {
			t.Fatalf("FromV2 of what Load read: %v\n%s", err, ld.Doc)
		}
		back, err := Load(treeFS(tree, "t/c"), "t/c", "c")
		if err != nil {
			t.Fatalf("reading back: %v", err)
		}
		a, _ := parseJSON(ld.Doc)
		b, _ := parseJSON(back.Doc)
		if d := firstDifference(a, b, ""); d != "" {
			t.Fatalf("write and read back changed the document: %s\n%s", d, ld.Doc)
		}
	})
}

// FuzzRoundTrip: any v2.1 document courier decodes converts to a tree that
// reads back as the same document.
func FuzzRoundTrip(f *testing.F) {
	f.Add(`{"info":{"name":"a","schema":"` + collections.SchemaV210 + `"},"item":[{"name":"r","request":"http://x"}]}`)
	f.Add(`{"item":{"name":"one","item":[null,"x",{"request":{"url":{"host":["h"],"path":"/p","query":[{"key":null}]},"header":"A: b","body":{"mode":"RAW","raw":{"a":1}}},"response":{"code":200}}]},"variable":{"key":"k","value":[1]}}`)
	f.Add(`{"info":{"name":"n","description":{"content":"d","type":"text/markdown"}},"event":[{"listen":"test","script":"x","disabled":1}],"auth":{"type":"apikey","apikey":{"key":"k"}},"item":[{"name":"a/b","item":[]},{"name":"A-B","item":[{}]}]}`)
	f.Add(`{"item":[{"name":"e","request":{"method":"post","url":"u","body":{"mode":"formdata","formdata":[{"key":"f","type":"file","src":["a","b"]}]}},"response":[null,{"name":"x","originalRequest":{"url":"v"},"header":null,"_postman_previewlanguage":"raw"}],"protocolProfileBehavior":{"disabledSystemHeaders":{"a":false},"x":1}}]}`)
	f.Fuzz(func(t *testing.T, doc string) {
		c, err := collections.Decode("f.json", []byte(doc))
		if err != nil {
			return
		}
		tree, err := FromV2(c.Raw, WriteOptions{Name: "c"})
		if err != nil {
			t.Fatalf("FromV2: %v", err)
		}
		ld, err := Load(treeFS(tree, "t/c"), "t/c", "c")
		if err != nil {
			t.Fatalf("Load: %v", err)
		}
		a, err := parseJSON(c.Raw)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := parseJSON(ld.Doc)
		if d := firstDifference(a, b, ""); d != "" {
			t.Fatalf("round trip changed the document: %s", d)
		}
	})
}

// FuzzEmitYAML: a string written as a YAML value or key reads back as itself.
func FuzzEmitYAML(f *testing.F) {
	for _, s := range []string{"", " ", "{{base}}/x", "a: b", "line\nline", "  lead\nx", "trail \nx\n", "a\n\n", "tab\tx", "a\r\nb", "#c", "'q'", `"dq"`, "null", "yes", "0x10", "1e3", "\n", "é 🔐", "\x01", "a\u2028b", "- x", "x\n\t\ty", "~", "---", "...", "@a", "%x", "a #b", "a:", "[a]", "{a}", "*a", "&a", "!a", "|", ">", "0o17", ".5", "+1", "-", "?", "`x`"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8Valid(s) {
			return
		}
		o := newObject().set("k", s).set(s, "v")
		if s == "k" {
			o = newObject().set("k", s)
		}
		data := emitYAML(o)
		n, err := parseYAML("f.yaml", data)
		if err != nil {
			t.Fatalf("%q written as\n%s\ndoes not read back: %v", s, data, err)
		}
		if v := n.get("k"); v == nil || v.kind != yScalar || v.tag != tagStr || v.text != s {
			t.Fatalf("value %q written as\n%s\nreads back as %+v", s, data, v)
		}
		if v := n.get(s); s != "k" && (v == nil || v.text != "v") {
			t.Fatalf("key %q written as\n%s\ndoes not read back", s, data)
		}
	})
}

func utf8Valid(s string) bool { return utf8.ValidString(s) }
