package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/andybalholm/brotli"
)

// zeros writes n bytes of zeros to w from one small buffer (a bomb is
// generated streaming, never held unpacked).
func zeros(w io.Writer, n int64) {
	buf := make([]byte, 64<<10)
	for n > 0 {
		k := min(n, int64(len(buf)))
		w.Write(buf[:k])
		n -= k
	}
}

// bomb compresses n zero bytes with the content-encoding enc.
func bomb(t *testing.T, enc string, n int64) []byte {
	t.Helper()
	var b bytes.Buffer
	var w io.WriteCloser
	switch enc {
	case "gzip":
		w, _ = gzip.NewWriterLevel(&b, gzip.BestSpeed)
	case "deflate":
		w, _ = zlib.NewWriterLevel(&b, zlib.BestSpeed)
	case "br":
		w = brotli.NewWriterLevel(&b, 1)
	}
	zeros(w, n)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// hostileServer answers each connection's request by its path:
//
//	/chunked   an endless chunked body
//	/length    Content-Length: 1 GiB, and as many bytes as the client takes
//	/close     a body delimited by the end of the connection, endless
//	/gzip /deflate /br   a small body that decodes to bombSize bytes
//	/ok        a small JSON body
//
// An endless body stops at streamLimit bytes, so that a courier without a
// size limit fails the test instead of hanging.
func hostileServer(t *testing.T, bombs map[string][]byte) string {
	t.Helper()
	const streamLimit = 64 << 20
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer conn.Close()
				br := bufio.NewReader(conn)
				line, err := br.ReadString('\n')
				if err != nil {
					return
				}
				for { // the request's headers (GET: no body)
					h, err := br.ReadString('\n')
					if err != nil {
						return
					}
					if h == "\r\n" {
						break
					}
				}
				fields := strings.Fields(line)
				if len(fields) < 2 {
					return
				}
				w := bufio.NewWriterSize(conn, 64<<10)
				defer w.Flush()
				switch path := fields[1]; path {
				case "/chunked":
					io.WriteString(w, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
					chunk := make([]byte, 32<<10)
					for sent := 0; sent < streamLimit; sent += len(chunk) {
						fmt.Fprintf(w, "%x\r\n", len(chunk))
						w.Write(chunk)
						if _, err := io.WriteString(w, "\r\n"); err != nil {
							return
						}
					}
					io.WriteString(w, "0\r\n\r\n")
				case "/length":
					io.WriteString(w, "HTTP/1.1 200 OK\r\nContent-Length: 1073741824\r\n\r\n")
					zeros(w, streamLimit)
				case "/close":
					io.WriteString(w, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n")
					zeros(w, streamLimit)
				case "/gzip", "/deflate", "/br":
					b := bombs[path[1:]]
					fmt.Fprintf(w, "HTTP/1.1 200 OK\r\nContent-Encoding: %s\r\nContent-Length: %d\r\n\r\n", path[1:], len(b))
					w.Write(b)
				default:
					io.WriteString(w, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\nConnection: close\r\n\r\n{\"ok\":true}")
				}
			}()
		}
	}()
	return "http://" + ln.Addr().String()
}

// jsonReport is the part of Newman's json report these tests read.
type jsonReport struct {
	Run struct {
		Executions []struct {
			Item         struct{ Name string }
			RequestError any `json:"requestError"`
			Response     *struct{ Code int }
			Assertions   []struct{ Assertion string }
		}
		Failures []struct {
			Error  struct{ Message string }
			Source struct{ Name string }
		}
	}
}

func readJSONReport(t *testing.T, path string) jsonReport {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the json report: %v", err)
	}
	var rep jsonReport
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatalf("the json report is not valid JSON: %v", err)
	}
	return rep
}

// allocated runs f and returns the bytes the process allocated meanwhile.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// A body bigger than --max-response-size, as received (endless, or with a
// Content-Length of 1 GiB) or as decoded (gzip, deflate and brotli bombs), is
// an error on that request ("Maximum response size reached", as
// postman-request words it; its test script runs without a response, as
// after any request error in Newman), the next request runs,
// the report is written and courier exits 1. The body is never read whole:
// the run allocates a few times the limit, not what the server sends.
func TestMaxResponseSizeHostileBodies(t *testing.T) {
	const unpacked = 24 << 20
	bombs := map[string][]byte{}
	for _, enc := range []string{"gzip", "deflate", "br"} {
		bombs[enc] = bomb(t, enc, unpacked)
	}
	base := hostileServer(t, bombs)
	for _, path := range []string{"/chunked", "/length", "/close", "/gzip", "/deflate", "/br"} {
		t.Run(path[1:], func(t *testing.T) {
			test := `"event":[{"listen":"test","script":{"exec":"pm.test('ran', function () {});"}}]`
			coll := collectionFile(t, `"item":[{"name":"hostile","request":"`+base+path+`",`+test+`},{"name":"next","request":"`+base+`/ok",`+test+`}]`)
			out := filepath.Join(t.TempDir(), "report.json")
			var r result
			n := allocated(func() {
				r = courier(t, "", "run", coll, "--max-response-size", "1MB", "-r", "cli,json", "--reporter-json-export", out)
			})
			if r.code != 1 || !strings.Contains(r.stdout, "Maximum response size reached: the response body") {
				t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
			}
			// a few MiB for the run itself, the limit (twice, as read and
			// decoded) and brotli's window (up to 16 MiB); not the 24 MiB
			// a bomb decodes to, nor the 64 MiB an endless body sends
			if n > 32<<20 {
				t.Errorf("the run allocated %d MiB for a body limited to 1 MB", n>>20)
			}
			rep := readJSONReport(t, out)
			x := rep.Run.Executions
			if len(x) != 2 || x[0].RequestError == nil || x[0].Response != nil || x[1].Response == nil || x[1].Response.Code != 200 || len(x[1].Assertions) != 1 {
				t.Errorf("executions %+v", x)
			}
			if f := rep.Run.Failures; len(f) != 1 || f[0].Source.Name != "hostile" || !strings.HasPrefix(f[0].Error.Message, "Maximum response size reached: the response body") {
				t.Errorf("failures %+v", f)
			}
		})
	}
}

// At the default limit (50MB) a 64 MiB body is refused too; 0 lifts the
// limit (here for a bomb that decodes to 24 MiB).
func TestMaxResponseSizeDefaultAndNone(t *testing.T) {
	bombs := map[string][]byte{"gzip": bomb(t, "gzip", 24<<20)}
	base := hostileServer(t, bombs)
	coll := collectionFile(t, `"item":[{"name":"big","request":"`+base+`/chunked"}]`)
	if r := courier(t, "", "run", coll); r.code != 1 || !strings.Contains(r.stdout, "larger than 50MB (--max-response-size)") {
		t.Errorf("default limit: exit %d\n%s", r.code, r.stdout)
	}
	coll = collectionFile(t, `"item":[{"name":"bomb","request":"`+base+`/gzip",
		"event":[{"listen":"test","script":{"exec":"pm.test('size', function () { pm.expect(pm.response.stream.length).to.equal(24 << 20); });"}}]}]`)
	if r := courier(t, "", "run", coll, "--max-response-size", "0"); r.code != 0 {
		t.Errorf("--max-response-size 0: exit %d\n%s", r.code, r.stdout)
	}
	if r := courier(t, "", "run", coll, "--max-response-size", "lots"); r.code != 2 || !strings.Contains(r.stderr, "--max-response-size") {
		t.Errorf("a bad size: exit %d\n%s", r.code, r.stderr)
	}
}

// Body files: what is not a regular file (a directory, /dev/zero, a FIFO)
// is "is not a file", warned about and left out as in Newman; the files of
// one request past --max-upload-size are an error on that request, which is
// not sent; the next request runs.
func TestUploadFiles(t *testing.T) {
	var mu sync.Mutex
	var got []string
	srv := recordingServer(t, &mu, &got)
	wd := t.TempDir()
	os.Mkdir(filepath.Join(wd, "adir"), 0o755)
	os.WriteFile(filepath.Join(wd, "small.txt"), []byte("small"), 0o644)
	os.WriteFile(filepath.Join(wd, "big.bin"), make([]byte, 3000), 0o644)
	fifo := filepath.Join(wd, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFO here:", err)
	}
	bin := func(name, src string) string {
		return `{"name":"` + name + `","request":{"method":"POST","url":"` + srv + `/` + name + `","body":{"mode":"file","file":{"src":"` + src + `"}}}}`
	}
	form := func(name string, srcs ...string) string {
		var fs []string
		for i, s := range srcs {
			fs = append(fs, fmt.Sprintf(`{"key":"f%d","type":"file","src":%q}`, i, s))
		}
		return `{"name":"` + name + `","request":{"method":"POST","url":"` + srv + `/` + name + `","body":{"mode":"formdata","formdata":[` + strings.Join(fs, ",") + `]}}}`
	}
	coll := collectionFile(t, `"item":[`+strings.Join([]string{
		bin("dir", "adir"), bin("zero", "/dev/zero"), bin("fifo", "fifo"),
		bin("big", "big.bin"), form("twofiles", "big.bin", "big.bin"), form("fits", "small.txt", "big.bin"),
	}, ",")+`]`)
	out := filepath.Join(t.TempDir(), "report.json")
	r := courier(t, "", "run", coll, "--working-dir", wd, "--max-upload-size", "4KB", "-r", "cli,json", "--reporter-json-export", out)
	if r.code != 1 {
		t.Errorf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{
		`Binary file load error: "adir", is not a file`,
		`Binary file load error: "/dev/zero", is not a file`,
		`Binary file load error: "fifo", is not a file`,
		`Maximum upload size reached: "big.bin" brings the request's files past 4KB (--max-upload-size)`,
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("no %q in\n%s", want, r.stdout)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	// the refused files' requests go out without the file; the one over
	// the limit does not go at all
	if strings.Join(got, " ") != "/dir:0 /zero:0 /fifo:0 /big:3000 /fits" {
		t.Errorf("the server got %q", got)
	}
	x := readJSONReport(t, out).Run.Executions
	if len(x) != 6 || x[4].RequestError == nil || x[3].RequestError != nil || x[5].Response == nil {
		t.Errorf("executions %+v", x)
	}
}

// recordingServer records "path:body length" for each request (the path
// alone for a multipart body).
func recordingServer(t *testing.T, mu *sync.Mutex, got *[]string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer conn.Close()
				br := bufio.NewReader(conn)
				for {
					line, err := br.ReadString('\n')
					if err != nil {
						return
					}
					n, multipart := 0, false
					for {
						h, err := br.ReadString('\n')
						if err != nil {
							return
						}
						if h == "\r\n" {
							break
						}
						k, v, _ := strings.Cut(strings.TrimSpace(h), ":")
						if strings.EqualFold(k, "content-length") {
							fmt.Sscan(v, &n)
						}
						multipart = multipart || strings.Contains(v, "multipart/form-data")
					}
					if _, err := io.CopyN(io.Discard, br, int64(n)); err != nil {
						return
					}
					entry := strings.Fields(line)[1]
					if !multipart {
						entry += fmt.Sprintf(":%d", n)
					}
					mu.Lock()
					*got = append(*got, entry)
					mu.Unlock()
					io.WriteString(conn, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
				}
			}()
		}
	}()
	return "http://" + ln.Addr().String()
}

// Under --no-insecure-file-read a symbolic link is followed before the
// working directory check: one inside the working directory that points
// outside it is refused with the same message as a path outside it; one
// that points inside it is read.
func TestNoInsecureFileReadFollowsSymlinks(t *testing.T) {
	var mu sync.Mutex
	var got []string
	srv := recordingServer(t, &mu, &got)
	wd := t.TempDir()
	outside := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(outside, []byte("secret"), 0o644)
	os.WriteFile(filepath.Join(wd, "inside.txt"), []byte("inside!"), 0o644)
	if err := os.Symlink(outside, filepath.Join(wd, "out-link")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	os.Symlink(filepath.Join(wd, "inside.txt"), filepath.Join(wd, "in-link"))
	os.Symlink("inside.txt", filepath.Join(wd, "rel-link"))
	bin := func(name, src string) string {
		return `{"name":"` + name + `","request":{"method":"POST","url":"` + srv + `/` + name + `","body":{"mode":"file","file":{"src":"` + src + `"}}}}`
	}
	coll := collectionFile(t, `"item":[`+strings.Join([]string{bin("plain", outside), bin("outlink", "out-link"), bin("inlink", "in-link"), bin("rellink", "rel-link")}, ",")+`]`)
	r := courier(t, "", "run", coll, "--working-dir", wd, "--no-insecure-file-read")
	// the cli reporter wraps long warnings in its box
	flat := regexp.MustCompile(`\n\s*│ `).ReplaceAllString(r.stdout, "")
	if n := strings.Count(flat, "Binary file load error: PPERM: insecure file access outside working directory"); n != 2 || r.code != 0 {
		t.Errorf("exit %d, %d refusals\n%s", r.code, n, r.stdout)
	}
	mu.Lock()
	if strings.Join(got, " ") != "/plain:0 /outlink:0 /inlink:7 /rellink:7" {
		t.Errorf("the server got %q", got)
	}
	got = nil
	mu.Unlock()
	// without the flag the link is followed as any path is
	r = courier(t, "", "run", coll, "--working-dir", wd)
	mu.Lock()
	defer mu.Unlock()
	if r.code != 0 || strings.Join(got, " ") != "/plain:6 /outlink:6 /inlink:7 /rellink:7" {
		t.Errorf("without --no-insecure-file-read: exit %d, the server got %q", r.code, got)
	}
}

// A body nested deeper than any parser's stack (8 MiB of '[') must not
// kill courier: pm.response.json() and JSON.parse refuse it with V8's
// RangeError, recorded against that request's test script, and the run
// goes on to the next request.
func TestDeeplyNestedJSONBody(t *testing.T) {
	deep := strings.Repeat("[", 8<<20)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == "/deep" {
			io.WriteString(w, deep)
			return
		}
		io.WriteString(w, `{"ok":true}`)
	}))
	defer srv.Close()
	dir := t.TempDir()
	coll := `{"info":{"name":"deep","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[
{"name":"deep","request":"` + srv.URL + `/deep","event":[{"listen":"test","script":{"exec":[
 "try { pm.response.json(); } catch (e) { pm.test('json(): ' + e.name + ': ' + e.message, function () {}); }",
 "try { JSON.parse(pm.response.text()); } catch (e) { pm.test('parse: ' + e.name + ': ' + e.message, function () {}); }",
 "pm.response.json();"]}}]},
{"name":"next","request":"` + srv.URL + `/next","event":[{"listen":"test","script":{"exec":["pm.test('next ' + pm.response.json().ok, function () {});"]}}]}]}`
	p := filepath.Join(dir, "c.json")
	if err := os.WriteFile(p, []byte(coll), 0o600); err != nil {
		t.Fatal(err)
	}
	rep := filepath.Join(dir, "r.json")
	r := courier(t, "", "run", p, "-r", "json", "--reporter-json-export", rep)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\n%s", r.code, r.stderr)
	}
	data, err := os.ReadFile(rep)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Run struct {
			Executions []struct {
				Assertions []struct {
					Assertion string `json:"assertion"`
				} `json:"assertions"`
				TestScript []struct {
					Error *struct{ Name, Message string } `json:"error"`
				} `json:"testScript"`
			} `json:"executions"`
		} `json:"run"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, x := range got.Run.Executions {
		for _, a := range x.Assertions {
			names = append(names, a.Assertion)
		}
	}
	want := []string{
		"json(): JSONError: Maximum call stack size exceeded",
		"parse: JSONError: Maximum call stack size exceeded", // the sandbox names JSON errors so, as Newman does
		"next true",
	}
	if strings.Join(names, "\n") != strings.Join(want, "\n") {
		t.Errorf("assertions:\n%s\nwant:\n%s", strings.Join(names, "\n"), strings.Join(want, "\n"))
	}
	if len(got.Run.Executions) != 2 || len(got.Run.Executions[0].TestScript) == 0 || got.Run.Executions[0].TestScript[0].Error == nil {
		t.Errorf("the first request's test script should end with the error: %s", data[:min(len(data), 400)])
	}
}
