package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// NAME.requests.json (record.sh's requests.js) holds, for every execution of
// a recorded run, the request as Newman's json report writes it and the
// response's code, status and headers; values that differed between two
// runs of Newman are "<varies>". courier's report of the same run, reduced
// the same way, must show the same values.

const varies = "<varies>"

// requestValueExceptions are the deliberate differences in those values,
// each with its reason: "run" ("" for every run) and a pattern matched
// against the path of the difference ("[3].request.header[2].value").
var requestValueExceptions = []struct {
	run     string
	pattern *regexp.Regexp
	reason  string
}{
	// OAuth 1.0 and Hawk sign the URL, its port included: the test server's
	// port is not the recording's, so the signatures differ (the server's
	// own checks, in the runs' assertions, verify courier's)
	{"", regexp.MustCompile(`\.request\.header\[\d+\]\.value: newman "(OAuth |Hawk )`), "signed over the test server's port"},
	{"integ-protocol", regexp.MustCompile(`^\[0 oauth1 HMAC-SHA256 in the query\]\.request\.url\.query\[5\]\.value: `), "signed over the test server's port"},
	{"integ-protocol", regexp.MustCompile(`^\[0 oauth1 in a url-encoded body\]\.request\.body\.urlencoded\[6\]\.value: `), "signed over the test server's port"},
	// the length of a body that echoes the request compressed (its random
	// Postman-Token) or a random value varies from run to run; the two
	// recorded runs of Newman happened to agree
	{"integ-bodies", regexp.MustCompile(`^\[0 gzip and deflate\]\.response\.header\[3\]\.value: `), "compressed echo of a random token"},
	{"requests", regexp.MustCompile(`^\[0 gzip response\]\.response\.header\[3\]\.value: `), "compressed echo of a random token"},
	{"integ-sandbox", regexp.MustCompile(`^\[0 r[12] random\]\.response\.header\[2\]\.value: `), "echo of a random value"},
	{"responses", regexp.MustCompile(`^\[0 gzip from the echo server\]\.response\.header\[3\]\.value: `), "compressed echo of a random token"},
	{"integ-sandbox", regexp.MustCompile(`^\[0 form data from dynamic and scope variables\]\.(request|response)\.header\[\d+\]\.value: newman "\d+"`), "lengths of random values"},
	{"integ-protocol", regexp.MustCompile(`^\[0 oauth1 in a url-encoded body\]\.request\.header\[\d+\]\.value: newman "\d+"`), "the length of a body signed over the test server's port"},
	// a file body's Content-Length is in Newman's list only when postman-
	// request wrote the headers out before the response came back: the
	// file's stream ends (one more read) after the server has the whole body
	// and may answer first, and then postman-runtime finds no headers to
	// add. It is a race (with files/hello.txt twelve runs gave it missing
	// once or twice), which the recording of "file" lost; courier lists the
	// Content-Length it sent, Newman's usual outcome
	{"wire", regexp.MustCompile(`^\[0 (file|file of an unknown type|cookie with a file body)\]\.request\.header: newman \[.*\], courier \[.*\{"key":"Content-Length","system":true,"value":"\d+"\}.*\]$`), "a file body's Content-Length: a race in Newman"},
	// knownDifferences: a disabled environment variable is not resolved
	{"variables", regexp.MustCompile(`^\[0 unresolved and disabled\]\.(request\.url\.query\[2\]|response\.header\[2\])\.value: `), "disabled variables stay disabled (knownDifferences)"},
}

type exchange struct {
	Item      string `json:"item"`
	Iteration int    `json:"iteration"`
	Request   any    `json:"request"`
	Response  any    `json:"response"`
}

// reduceRequests is requests.js for one report: courier makes no executions
// for pm.sendRequest and pushes none twice.
func reduceRequests(report []byte, base, raw string) ([]exchange, error) {
	var doc struct {
		Run struct {
			Executions []struct {
				Cursor struct {
					Iteration int `json:"iteration"`
				} `json:"cursor"`
				Item struct {
					Name string `json:"name"`
				} `json:"item"`
				Request  any `json:"request"`
				Response *struct {
					Code   any   `json:"code"`
					Status *any  `json:"status"` // nil: none
					Header []any `json:"header"`
				} `json:"response"`
			} `json:"executions"`
		} `json:"run"`
	}
	dec := json.NewDecoder(strings.NewReader(string(report)))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	hostOf := func(u string) string { return strings.TrimPrefix(u, "http://") }
	portOf := func(u string) string { return u[strings.LastIndexByte(u, ':')+1:] }
	swaps := strings.NewReplacer(base, "<base>", raw, "<raw>", hostOf(base), "<base-host>", hostOf(raw), "<raw-host>",
		":"+portOf(base), ":<base-port>", ":"+portOf(raw), ":<raw-port>")
	var norm func(v any) any
	norm = func(v any) any {
		switch t := v.(type) {
		case string:
			switch t {
			case portOf(base):
				return "<base-port>"
			case portOf(raw):
				return "<raw-port>"
			}
			return swaps.Replace(t)
		case []any:
			for i, e := range t {
				t[i] = norm(e)
			}
		case map[string]any:
			for k, e := range t {
				t[k] = norm(e)
			}
		}
		return v
	}
	out := []exchange{}
	for _, x := range doc.Run.Executions {
		e := exchange{Item: x.Item.Name, Iteration: x.Cursor.Iteration, Request: norm(x.Request)}
		if x.Response != nil {
			header := make([]any, 0, len(x.Response.Header))
			for _, h := range x.Response.Header {
				if m, ok := h.(map[string]any); ok {
					if k, _ := m["key"].(string); strings.EqualFold(k, "date") {
						m["value"] = "<date>"
					}
				}
				header = append(header, h)
			}
			resp := map[string]any{"code": x.Response.Code, "header": header}
			if x.Response.Status != nil {
				resp["status"] = *x.Response.Status
			}
			e.Response = norm(resp)
		}
		out = append(out, e)
	}
	return out, nil
}

// valueDiffs lists where got differs from want ("<varies>" in want matches
// anything, or nothing), by path.
func valueDiffs(path string, want, got any, out *[]string) {
	if s, ok := want.(string); ok && s == varies {
		return
	}
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			*out = append(*out, fmt.Sprintf("%s: newman %s, courier %s", path, compactJSON(want), compactJSON(got)))
			return
		}
		keys := make([]string, 0, len(w)+len(g))
		for k := range w {
			keys = append(keys, k)
		}
		for k := range g {
			if _, ok := w[k]; !ok {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			wv, inW := w[k]
			gv, inG := g[k]
			switch {
			case !inW:
				*out = append(*out, fmt.Sprintf("%s.%s: newman has none, courier %s", path, k, compactJSON(gv)))
			case !inG:
				if s, ok := wv.(string); !ok || s != varies {
					*out = append(*out, fmt.Sprintf("%s.%s: newman %s, courier has none", path, k, compactJSON(wv)))
				}
			default:
				valueDiffs(path+"."+k, wv, gv, out)
			}
		}
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			*out = append(*out, fmt.Sprintf("%s: newman %s, courier %s", path, compactJSON(want), compactJSON(got)))
			return
		}
		for i := range w {
			valueDiffs(path+"["+strconv.Itoa(i)+"]", w[i], g[i], out)
		}
	default:
		if compactJSON(want) != compactJSON(got) {
			*out = append(*out, fmt.Sprintf("%s: newman %s, courier %s", path, compactJSON(want), compactJSON(got)))
		}
	}
}

func compactJSON(v any) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// checkRequests holds the requests and responses of courier's report of run
// name to Newman's, execution by execution (matched by item, iteration and
// occurrence, as compareRuns matches them).
func checkRequests(t *testing.T, name string, report []byte, base, raw string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(differentialDir, name+".requests.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	var want []exchange
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.UseNumber()
	if err := dec.Decode(&want); err != nil {
		t.Fatalf("%s.requests.json: %v", name, err)
	}
	got, err := reduceRequests(report, base, raw)
	if err != nil {
		t.Fatalf("courier's report: %v", err)
	}
	type key struct {
		item      string
		iteration int
		n         int
	}
	index := func(xs []exchange) map[key]*exchange {
		m := map[key]*exchange{}
		seen := map[[2]any]int{}
		for i := range xs {
			id := [2]any{xs[i].Item, xs[i].Iteration}
			m[key{xs[i].Item, xs[i].Iteration, seen[id]}] = &xs[i]
			seen[id]++
		}
		return m
	}
	gm := index(got)
	var diffs []string
	seen := map[[2]any]int{}
	for i := range want {
		w := &want[i]
		id := [2]any{w.Item, w.Iteration}
		k := key{w.Item, w.Iteration, seen[id]}
		seen[id]++
		g, ok := gm[k]
		if !ok {
			continue // compareRuns reports missing executions
		}
		where := fmt.Sprintf("[%d %s]", w.Iteration, w.Item)
		var ds []string
		valueDiffs(where+".request", roundTrip(w.Request), roundTrip(g.Request), &ds)
		valueDiffs(where+".response", roundTrip(w.Response), roundTrip(g.Response), &ds)
	next:
		for _, d := range ds {
			for _, e := range requestValueExceptions {
				if (e.run == "" || e.run == name) && e.pattern.MatchString(d) {
					continue next
				}
			}
			diffs = append(diffs, d)
		}
	}
	if len(diffs) > 0 {
		t.Errorf("courier's json report shows %d request or response values unlike Newman's:\n\t%s", len(diffs), strings.Join(diffs, "\n\t"))
	}
}

// roundTrip makes v plain decoded JSON (numbers as json.Number).
func roundTrip(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return v
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.UseNumber()
	var out any
	if err := dec.Decode(&out); err != nil {
		return v
	}
	return out
}

func TestValueDiffs(t *testing.T) {
	want := map[string]any{"a": "x", "b": varies, "c": []any{json.Number("1"), map[string]any{"d": true}}, "e": varies}
	got := map[string]any{"a": "y", "c": []any{json.Number("1"), map[string]any{"d": false, "f": 1}}, "g": nil}
	var diffs []string
	valueDiffs("", want, got, &diffs)
	wantDiffs := []string{
		`.a: newman "x", courier "y"`,
		`.c[1].d: newman true, courier false`,
		`.c[1].f: newman has none, courier 1`,
		`.g: newman has none, courier null`,
	}
	if strings.Join(diffs, "\n") != strings.Join(wantDiffs, "\n") {
		t.Errorf("valueDiffs:\n%s\nwant\n%s", strings.Join(diffs, "\n"), strings.Join(wantDiffs, "\n"))
	}
}
