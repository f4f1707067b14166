package events

import "testing"

// The expected sizes are what pm.response.size() and Newman's cli showed
// for the same responses from internal/testserver (Newman 6.2.2).
func TestResponseSDKSize(t *testing.T) {
	date := Header{Key: "Date", Value: "Sun, 06 Dec 2026 14:30:52 GMT"}
	ct := Header{Key: "Content-Type", Value: "application/json; charset=utf-8"}
	for _, c := range []struct {
		name       string
		r          Response
		body, head int
	}{
		{"status 200", Response{Code: 200, Status: "OK", Size: 38,
			Headers: []Header{ct, date, {Key: "Content-Length", Value: "38"}}}, 38, 123},
		{"status 418", Response{Code: 418, Status: "I'm a teapot", Size: 48,
			Headers: []Header{ct, date, {Key: "Content-Length", Value: "48"}}}, 48, 133},
		// a gzip body counts as its Content-Length says, not as decoded
		{"gzip", Response{Code: 200, Status: "OK", Size: 296,
			Headers: []Header{{Key: "Content-Encoding", Value: "gzip"}, ct, date, {Key: "Content-Length", Value: "217"}}}, 217, 148},
		// brotli is not gzip or deflate: the decoded body counts
		{"br", Response{Code: 200, Status: "OK", Size: 294,
			Headers: []Header{{Key: "Content-Encoding", Value: "br"}, ct, date, {Key: "Content-Length", Value: "191"}}}, 294, 146},
		// a Content-Length that is not a number does not count
		{"gzip, odd length", Response{Code: 200, Status: "OK", Size: 10,
			Headers: []Header{{Key: "content-encoding", Value: "X-GZIP"}, {Key: "Content-Length", Value: "abc"}}}, 10, 19 + 26 + 21},
		// header text counts in UTF-16 units (latin1 characters are one each)
		{"latin1", Response{Code: 200, Status: "OK", Headers: []Header{{Key: "X", Value: "é"}}}, 0, 19 + 6},
	} {
		body, head := c.r.SDKSize()
		if body != c.body || head != c.head {
			t.Errorf("%s: SDKSize() = %d, %d, want %d, %d", c.name, body, head, c.body, c.head)
		}
	}
}

func TestRequestSDKSize(t *testing.T) {
	// "GET /a?b=1 HTTP/X.X\r\n\r\n" (23) and "Host: h\r\n" (9); "Content-Length: 3\r\n" (19)
	r := Request{Method: "GET", URL: "http://h/a?b=1#frag", Headers: []Header{{Key: "Host", Value: "h"}, {Key: "X", Value: "y", Disabled: true}}}
	if body, head := r.SDKSize(); body != 0 || head != 23+9 {
		t.Errorf("GET: SDKSize() = %d, %d, want 0, 32", body, head)
	}
	r = Request{Method: "POST", URL: "http://h", Body: []byte("abcdef"), Headers: []Header{{Key: "Content-Length", Value: "3"}}}
	if body, head := r.SDKSize(); body != 3 || head != len("POST / HTTP/X.X\r\n\r\n")+19 {
		t.Errorf("POST: SDKSize() = %d, %d, want 3 (its Content-Length), %d", body, head, len("POST / HTTP/X.X\r\n\r\n")+19)
	}
}
