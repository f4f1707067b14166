package scripting

import (
	"bytes"
	"mime"
	"strings"

	"github.com/dop251/goja"
)

// statusNames are the reason names Postman's SDK reports for status codes
// (its http-reasons table), used when a server sends no reason phrase and by
// Response#details(). Never modified.
var statusNames = map[int]string{
	100: "Continue", 101: "Switching Protocols", 102: "Processing (WebDAV) (RFC 2518)", 103: "Checkpoint",
	122: "Request-URI too long",
	200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information (since HTTP/1.1)",
	204: "No Content", 205: "Reset Content", 206: "Partial Content", 207: "Multi-Status (WebDAV) (RFC 4918)",
	208: "Already Reported (WebDAV) (RFC 5842)", 226: "IM Used (RFC 3229)",
	300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
	305: "Use Proxy (since HTTP/1.1)", 306: "Switch Proxy", 307: "Temporary Redirect (since HTTP/1.1)",
	308: "Resume Incomplete",
	400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
	405: "Method Not Allowed", 406: "Not Acceptable", 407: "Proxy Authentication Required",
	408: "Request Timeout", 409: "Conflict", 410: "Gone", 411: "Length Required", 412: "Precondition Failed",
	413: "Request Entity Too Large", 414: "Request-URI Too Long", 415: "Unsupported Media Type",
	416: "Requested Range Not Satisfiable", 417: "Expectation Failed", 418: "I'm a teapot (RFC 2324)",
	422: "Unprocessable Entity (WebDAV) (RFC 4918)", 423: "Locked (WebDAV) (RFC 4918)",
	424: "Failed Dependency (WebDAV) (RFC 4918)", 425: "Unordered Collection (RFC 3648)",
	426: "Upgrade Required (RFC 2817)", 428: "Precondition Required", 429: "Too Many Requests",
	431: "Request Header Fields Too Large", 444: "No Response", 449: "Retry With",
	450: "Blocked by Windows Parental Controls", 499: "Client Closed Request",
	500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
	504: "Gateway Timeout", 505: "HTTP Version Not Supported", 506: "Variant Also Negotiates (RFC 2295)",
	507: "Insufficient Storage (WebDAV) (RFC 4918)", 508: "Loop Detected (WebDAV) (RFC 5842)",
	509: "Bandwidth Limit Exceeded (Apache bw/limited extension)", 510: "Not Extended (RFC 2774)",
	511: "Network Authentication Required", 598: "Network read timeout error",
	599: "Network connect timeout error",
}

// statusReason returns a code's name; detail is empty (courier does not ship
// the SDK's long descriptions).
func statusReason(code int) (name, detail string) {
	return statusNames[code], ""
}

type mimeClass struct{ typ, format string }

// mimeExtensions maps common media types to the extension the SDK reports.
var mimeExtensions = map[string]string{
	"application/json": "json", "text/html": "html", "text/plain": "txt", "application/xml": "xml",
	"text/xml": "xml", "image/png": "png", "image/jpeg": "jpeg", "image/gif": "gif", "image/webp": "webp",
	"image/svg+xml": "svg", "application/pdf": "pdf", "application/octet-stream": "bin",
	"application/javascript": "js", "text/javascript": "js", "text/csv": "csv", "text/css": "css",
	"application/zip": "zip", "application/gzip": "gz", "text/markdown": "md", "application/x-yaml": "yaml",
	"text/yaml": "yaml", "image/x-icon": "ico", "audio/mpeg": "mp3", "video/mp4": "mp4",
}

func classifyMime(ct string) mimeClass {
	base, sub, _ := strings.Cut(ct, "/")
	switch {
	case strings.HasSuffix(sub, "json") || strings.HasSuffix(sub, "+json"):
		return mimeClass{"text", "json"}
	case strings.HasSuffix(sub, "xml") && base != "image":
		return mimeClass{"text", "xml"}
	case sub == "html" || sub == "xhtml+xml":
		return mimeClass{"text", "html"}
	case strings.Contains(sub, "javascript") || sub == "ecmascript":
		return mimeClass{"text", "script"}
	case base == "text":
		return mimeClass{"text", "plain"}
	case base == "image":
		return mimeClass{"image", "image"}
	case base == "audio":
		return mimeClass{"audio", "audio"}
	case base == "video":
		return mimeClass{"video", "video"}
	case ct == "application/pdf":
		return mimeClass{"embed", "pdf"}
	case ct == "application/x-www-form-urlencoded":
		return mimeClass{"text", "plain"}
	}
	return mimeClass{"application", "raw"}
}

// sniffMime recognises a few binary formats when no Content-Type was sent.
func sniffMime(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "image/png"
	case bytes.HasPrefix(b, []byte{0xff, 0xd8, 0xff}):
		return "image/jpeg"
	case bytes.HasPrefix(b, []byte("GIF8")):
		return "image/gif"
	case bytes.HasPrefix(b, []byte("%PDF")):
		return "application/pdf"
	case bytes.HasPrefix(b, []byte{0x1f, 0x8b, 0x08}):
		return "application/gzip"
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return "application/zip"
	}
	return ""
}

// contentInfoValue is Response#contentInfo().
func (r *runtime) contentInfoValue(contentType, disposition string, body []byte) goja.Value {
	ct := strings.TrimSpace(contentType)
	if ct == "" {
		ct = sniffMime(body)
	}
	if ct == "" {
		ct = "text/plain"
	}
	base, params, err := mime.ParseMediaType(ct)
	if err != nil {
		base = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	charset := strings.ToLower(params["charset"])
	if charset == "" || charset == "utf-8" {
		charset = "utf8"
	}
	cls := classifyMime(base)
	o := r.vm.NewObject()
	_ = o.Set("contentType", base)
	_ = o.Set("mimeType", cls.typ)
	_ = o.Set("mimeFormat", cls.format)
	_ = o.Set("charset", charset)
	ext := mimeExtensions[base]
	if ext != "" {
		_ = o.Set("fileExtension", ext)
	}
	name := dispositionFileName(disposition)
	if name == "" {
		name = "response"
		if ext != "" {
			name += "." + ext
		}
	}
	_ = o.Set("fileName", name)
	return o
}

func dispositionFileName(d string) string {
	if d == "" {
		return ""
	}
	if _, params, err := mime.ParseMediaType(d); err == nil {
		if f := params["filename"]; f != "" {
			return f
		}
	}
	return ""
}
