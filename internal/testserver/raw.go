package testserver

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The raw echo server answers every request with the exact bytes it
// received, so the differential suite can compare what courier and Newman put
// on the wire byte for byte: request line, header order and spelling,
// Content-Length, URL encoding. It speaks just enough HTTP/1.1 itself
// (net/http would reject or normalise the very requests worth looking at,
// such as a lone "%" in the path).
//
// The answer is JSON:
//
//	{"raw": "GET /x HTTP/1.1\r\n...", "method": "GET", "target": "/x",
//	 "headers": [["User-Agent", "..."], ...], "body": "..."}
//
// with the parts that differ between two runs by design replaced by
// placeholders: the server's own host:port by "HOST" (in the request line,
// Host, Referer, ...), the Postman-Token header's value by
// "<postman-token>", and a multipart boundary by "<boundary>" (its length
// stays visible through Content-Length).

// maxRawRequest bounds one request (head and body) the raw server reads.
const maxRawRequest = 10 << 20

// ServeRaw serves the raw echo on l until l is closed.
func ServeRaw(l net.Listener) error {
	host := l.Addr().String()
	for {
		c, err := l.Accept()
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return nil
			}
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				time.Sleep(10 * time.Millisecond)
				continue
			}
			return err
		}
		go serveRawConn(c, host)
	}
}

func serveRawConn(c net.Conn, host string) {
	defer c.Close()
	br := bufio.NewReader(io.LimitReader(c, 64<<20))
	for {
		_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
		raw, req, err := readRawRequest(br)
		if err != nil {
			if len(raw) > 0 {
				fmt.Fprintf(c, "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s", len(err.Error()), err.Error())
			}
			return
		}
		answer := rawAnswer(raw, req, host)
		rep := rawRoute(req)
		if rep.verified != nil {
			answer["verified"] = *rep.verified
		}
		out, _ := json.Marshal(answer)
		closeConn := strings.EqualFold(req.header("Connection"), "close")
		closeConn = closeConn || rep.eof
		if _, err := c.Write(rep.bytes(req.method, out, closeConn)); err != nil || closeConn {
			return
		}
	}
}

type rawRequest struct {
	method, target string
	headers        [][2]string
	body           []byte
}

func (r *rawRequest) header(name string) string {
	for _, h := range r.headers {
		if strings.EqualFold(h[0], name) {
			return h[1]
		}
	}
	return ""
}

// readRawRequest reads one request: the head up to the blank line, then a
// Content-Length or chunked body. raw is every byte read for it.
func readRawRequest(br *bufio.Reader) (raw []byte, req *rawRequest, err error) {
	var buf bytes.Buffer
	req = &rawRequest{}
	line, err := br.ReadString('\n')
	buf.WriteString(line)
	if err != nil {
		return buf.Bytes(), nil, err
	}
	parts := strings.SplitN(strings.TrimRight(line, "\r\n"), " ", 3)
	if len(parts) != 3 {
		return buf.Bytes(), nil, fmt.Errorf("malformed request line %q", line)
	}
	req.method, req.target = parts[0], parts[1]
	for {
		line, err := br.ReadString('\n')
		buf.WriteString(line)
		if err != nil {
			return buf.Bytes(), nil, err
		}
		if buf.Len() > maxRawRequest {
			return buf.Bytes(), nil, errors.New("request head too large")
		}
		l := strings.TrimRight(line, "\r\n")
		if l == "" {
			break
		}
		k, v, _ := strings.Cut(l, ":")
		req.headers = append(req.headers, [2]string{k, strings.TrimLeft(v, " \t")})
	}
	switch {
	case strings.EqualFold(req.header("Transfer-Encoding"), "chunked"):
		for {
			size, err := br.ReadString('\n')
			buf.WriteString(size)
			if err != nil {
				return buf.Bytes(), nil, err
			}
			n, err := strconv.ParseInt(strings.TrimSpace(strings.SplitN(size, ";", 2)[0]), 16, 64)
			if err != nil || n < 0 || int64(buf.Len())+n > maxRawRequest {
				return buf.Bytes(), nil, fmt.Errorf("bad chunk size %q", size)
			}
			chunk := make([]byte, n+2)
			if _, err := io.ReadFull(br, chunk); err != nil {
				return buf.Bytes(), nil, err
			}
			buf.Write(chunk)
			req.body = append(req.body, chunk[:n]...)
			if n == 0 {
				// trailers up to the blank line (chunk held its CRLF)
				if string(chunk) != "\r\n" {
					for {
						t, err := br.ReadString('\n')
						buf.WriteString(t)
						if err != nil || strings.TrimRight(t, "\r\n") == "" {
							break
						}
					}
				}
				break
			}
		}
	case req.header("Content-Length") != "":
		n, err := strconv.ParseInt(strings.TrimSpace(req.header("Content-Length")), 10, 64)
		if err != nil || n < 0 || int64(buf.Len())+n > maxRawRequest {
			return buf.Bytes(), nil, fmt.Errorf("bad Content-Length %q", req.header("Content-Length"))
		}
		req.body = make([]byte, n)
		if _, err := io.ReadFull(br, req.body); err != nil {
			return buf.Bytes(), nil, err
		}
		buf.Write(req.body)
	}
	return buf.Bytes(), req, nil
}

var (
	postmanTokenRE = regexp.MustCompile(`(?im)^(postman-token:[ \t]*)[^\r\n]*`)
	boundaryRE     = regexp.MustCompile(`boundary=("?)([^";\r\n]+)`)
)

// rawNormalizer replaces what differs between runs by design (see above).
type rawNormalizer struct{ host, boundary string }

func (n rawNormalizer) apply(s string) string {
	if n.boundary != "" {
		s = strings.ReplaceAll(s, n.boundary, "<boundary>")
	}
	s = postmanTokenRE.ReplaceAllString(s, "${1}<postman-token>")
	return strings.ReplaceAll(s, n.host, "HOST")
}

func rawAnswer(raw []byte, req *rawRequest, host string) map[string]any {
	n := rawNormalizer{host: host}
	if m := boundaryRE.FindStringSubmatch(req.header("Content-Type")); m != nil {
		n.boundary = m[2]
	}
	headers := make([][2]string, len(req.headers))
	for i, h := range req.headers {
		headers[i] = [2]string{h[0], n.apply(h[1])}
		if strings.EqualFold(h[0], "Postman-Token") {
			headers[i][1] = "<postman-token>"
		}
	}
	return map[string]any{
		"raw":     n.apply(string(raw)),
		"method":  req.method,
		"target":  n.apply(req.target),
		"headers": headers,
		"body":    n.apply(string(req.body)),
	}
}
