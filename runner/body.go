package runner

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"sync"
	"syscall"

	"github.com/courier-run/courier/collections"
)

// bodyKind is how postman-request is given a body, which decides the
// headers it adds and where.
type bodyKind int

const (
	bodyNone      bodyKind = iota
	bodyData               // a string or buffer (raw, graphql, base64 file content)
	bodyForm               // urlencoded fields (request's form option)
	bodyMultipart          // form-data fields (request's formData option)
	bodyFile               // a file stream (binary body with a src)
)

// formPart is one form-data field.
type formPart struct {
	name        string
	value       []byte
	filename    string
	hasFilename bool
	contentType string
}

// reqBody is a request body as postman-runtime hands it to postman-request.
type reqBody struct {
	kind  bodyKind
	data  []byte     // bodyData, bodyForm, bodyFile
	parts []formPart // bodyMultipart
	path  string     // bodyFile: the file's name, for its media type
	// implied is the Content-Type postman-runtime adds to the request's
	// header list for a raw or graphql body; preAuth says it is added
	// before auth signs the request (a raw json body).
	implied string
	preAuth bool
	// signed is what auth schemes that sign the body see
	signed []byte
	// what loading files did (Newman's report shows it): the binary file
	// failed; form-data fields sent without a file; single-file fields
	// left out because their file failed (postman-runtime disables them)
	fileFailed  bool
	noFile      map[int]bool
	failedField map[int]bool
	// the files of fields whose src is a list that loaded (postman-runtime
	// makes a field of each)
	loadedSrc map[int][]string
	// err: the body's files are over --max-upload-size; the request is
	// not sent and this is its error
	err error
}

// buildBody loads and builds the request body as Newman's pre-send helpers
// and postman-runtime's body builders do. A file that cannot be read is
// warned about (Newman's text) and left out.
func (r *run) buildBody(b *collections.Body, method string, keepBody bool, boundary string, warn func(string)) reqBody {
	if b == nil || b.Disabled {
		return reqBody{}
	}
	var out reqBody
	switch b.Mode {
	case "raw":
		if b.Raw == "" {
			return reqBody{}
		}
		raw := b.Raw
		if b.Language == "json" {
			raw = stripJSONComments(raw)
		}
		ct := languageTypes[b.Language]
		if ct == "" {
			ct = "text/plain"
		}
		out = reqBody{kind: bodyData, data: []byte(raw), implied: ct, preAuth: b.Language == "json"}
	case "graphql":
		if b.GraphQL == nil {
			return reqBody{}
		}
		// postman-runtime writes the query and operationName that are
		// strings and the variables text as given (not re-encoded), and
		// nothing else: a body without them is "{}"
		var parts []string
		if g := b.GraphQL; !g.NoQuery {
			parts = append(parts, `"query":`+jsonString(g.Query))
		}
		if g := b.GraphQL; g.HasOperationName {
			parts = append(parts, `"operationName":`+jsonString(g.OperationName))
		}
		if v := b.GraphQL.Variables; v != "" {
			parts = append(parts, `"variables":`+v)
		}
		out = reqBody{kind: bodyData, data: []byte("{" + strings.Join(parts, ",") + "}"), implied: "application/json"}
	case "urlencoded":
		data, ok := urlencodedBody(b.URLEncoded)
		if !ok {
			return reqBody{}
		}
		out = reqBody{kind: bodyForm, data: data}
	case "formdata":
		parts, noFile, failed, loaded, err := r.formParts(b.FormData, warn)
		if err != nil {
			return reqBody{err: err}
		}
		if len(parts) == 0 {
			return reqBody{noFile: noFile, failedField: failed, loadedSrc: loaded}
		}
		out = reqBody{kind: bodyMultipart, parts: parts, noFile: noFile, failedField: failed, loadedSrc: loaded}
	case "file":
		f := b.File
		if f == nil || f.Src == "" && f.Content == "" {
			return reqBody{}
		}
		if f.Src == "" {
			out = reqBody{kind: bodyData, data: nodeBase64(f.Content)}
			break
		}
		var used int64
		data, err := r.loadFile(f.Src, &used)
		var se *sizeError
		if errors.As(err, &se) {
			return reqBody{err: err}
		}
		if err != nil {
			warn("Binary file load error: " + err.Error())
			return reqBody{fileFailed: true}
		}
		out = reqBody{kind: bodyFile, data: data, path: f.Src}
	default:
		return reqBody{}
	}
	if methodWithoutBody(method) && !keepBody {
		return reqBody{noFile: out.noFile, failedField: out.failedField, loadedSrc: out.loadedSrc}
	}
	out.signed = out.data
	if out.kind == bodyMultipart {
		out.signed = out.multipart(boundary)
	}
	return out
}

// urlencodedBody is the body request's form option writes: Node's
// querystring over an object, so a repeated key gathers its values at its
// first place and integer-like keys come first; RFC 3986 escaping.
func urlencodedBody(params []collections.FormParam) ([]byte, bool) {
	type field struct {
		key    string
		values []string
	}
	var fields []field
	for _, p := range params {
		if p.Disabled {
			continue
		}
		values := []string{p.Value}
		if p.JSON != nil {
			values = p.URLEncodedValues() // an array: the key repeated per element
		}
		found := false
		for i := range fields {
			if fields[i].key == p.Key {
				fields[i].values = append(fields[i].values, values...)
				found = true
				break
			}
		}
		if !found {
			fields = append(fields, field{p.Key, values})
		}
	}
	if len(fields) == 0 {
		return nil, false
	}
	jsKeyOrder(fields, func(f field) string { return f.key })
	var b strings.Builder
	for _, f := range fields {
		for _, v := range f.values {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(encodeComponent(f.key))
			b.WriteByte('=')
			b.WriteString(encodeComponent(v))
		}
	}
	return []byte(b.String()), true
}

// formParts loads form-data fields: each file of a file field becomes a part
// (a file that cannot be read is warned about and left out; a field without
// a source is sent empty, with an empty filename). As in postman-runtime,
// a field whose src is an array ends the loading: later file fields are
// sent empty, like a field without a source (but without a warning).
func (r *run) formParts(params []collections.FormParam, warn func(string)) (parts []formPart, noFile, failed map[int]bool, loaded map[int][]string, err error) {
	stopped := false
	var used int64 // file bytes loaded, for --max-upload-size
	mark := func(m *map[int]bool, i int) {
		if *m == nil {
			*m = map[int]bool{}
		}
		(*m)[i] = true
	}
	for i, p := range params {
		if p.Disabled {
			continue
		}
		if p.Type != "file" {
			parts = append(parts, formPart{name: p.Key, value: []byte(p.Value), contentType: p.ContentType})
			continue
		}
		if stopped {
			mark(&noFile, i)
			parts = append(parts, formPart{name: p.Key, hasFilename: true, contentType: p.ContentType})
			continue
		}
		srcs := p.Src
		if !p.SrcList && len(srcs) == 1 && srcs[0] == "" {
			srcs = nil
		}
		if len(srcs) == 0 {
			warn("Form param `" + p.Key + "`, file load error: missing file source")
			mark(&noFile, i)
			parts = append(parts, formPart{name: p.Key, hasFilename: true, contentType: p.ContentType})
			continue
		}
		stopped = p.SrcList
		if p.SrcList {
			if loaded == nil {
				loaded = map[int][]string{}
			}
			loaded[i] = []string{}
		}
		for _, src := range srcs {
			data, err := r.loadFile(src, &used)
			var se *sizeError
			if errors.As(err, &se) {
				return nil, nil, nil, nil, err
			}
			if err != nil {
				warn("Form param `" + p.Key + "`, file load error: " + err.Error())
				if !p.SrcList {
					mark(&failed, i)
				}
				continue
			}
			if p.SrcList {
				loaded[i] = append(loaded[i], src)
			}
			ct := p.ContentType
			if ct == "" {
				ct = mediaType(src)
			}
			parts = append(parts, formPart{name: p.Key, value: data, filename: path.Base(strings.ReplaceAll(src, "\\", "/")), hasFilename: true, contentType: ct})
		}
	}
	return parts, noFile, failed, loaded, nil
}

// loadFile reads a body file, with Newman's wording for what goes wrong.
// used counts the file bytes the request has loaded so far: past
// --max-upload-size the file is not read on and the request fails.
func (r *run) loadFile(src string, used *int64) ([]byte, error) {
	var data []byte
	var err error
	switch limit := r.opts.MaxUploadSize; {
	case r.opts.OpenFile != nil:
		var f io.ReadCloser
		var size int64
		f, size, err = r.opts.OpenFile(src)
		if err != nil {
			break
		}
		tooLarge := func() error {
			return &sizeError{fmt.Sprintf("Maximum upload size reached: %q brings the request's files past %s (--max-upload-size)", src, formatSize(limit))}
		}
		if limit > 0 && *used+size > limit {
			f.Close()
			return nil, tooLarge()
		}
		var rd io.Reader = f
		if limit > 0 { // the file may grow while it is read
			rd = io.LimitReader(f, limit-*used+1)
		}
		data, err = io.ReadAll(rd)
		f.Close()
		if limit > 0 && *used+int64(len(data)) > limit {
			return nil, tooLarge()
		}
	case r.opts.ReadFile != nil:
		data, err = r.opts.ReadFile(src)
	default:
		return nil, fmt.Errorf("%q, file access is not available", src)
	}
	switch {
	case err == nil:
		*used += int64(len(data))
		return data, nil
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%q, no such file", src)
	case errors.Is(err, syscall.EISDIR), errors.Is(err, ErrNotAFile):
		return nil, fmt.Errorf("%q, is not a file", src)
	case errors.Is(err, fs.ErrPermission):
		return nil, fmt.Errorf("%q, read permission denied", src)
	}
	return nil, err
}

// multipart is the form-data body with boundary, as the form-data package writes it.
func (b *reqBody) multipart(boundary string) []byte {
	var out []byte
	for _, p := range b.parts {
		out = append(out, "--"...)
		out = append(out, boundary...)
		out = append(out, "\r\nContent-Disposition: form-data; name=\""...)
		out = append(out, p.name...)
		out = append(out, '"')
		if p.hasFilename {
			out = append(out, "; filename=\""...)
			out = append(out, p.filename...)
			out = append(out, '"')
			if !latin1Only(p.filename) {
				out = append(out, "; filename*=UTF-8''"...)
				out = append(out, rfc8187(p.filename)...)
			}
		}
		out = append(out, "\r\n"...)
		if p.contentType != "" {
			out = append(out, "Content-Type: "...)
			out = append(out, p.contentType...)
			out = append(out, "\r\n"...)
		}
		out = append(out, "\r\n"...)
		out = append(out, p.value...)
		out = append(out, "\r\n"...)
	}
	out = append(out, "--"...)
	out = append(out, boundary...)
	return append(out, "--\r\n"...)
}

func latin1Only(s string) bool {
	for _, r := range s {
		if r != '\t' && (r < 0x20 || r == 0x7f || r > 0xff) {
			return false
		}
	}
	return true
}

// rfc8187 is form-data's filename* encoding: encodeURIComponent, then
// '()* escaped (lower-case hex) and |`^ left as they are.
func rfc8187(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-_.!~|`^", c) >= 0:
			b.WriteByte(c)
		case strings.IndexByte("'()*", c) >= 0:
			fmt.Fprintf(&b, "%%%x", c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// nodeBase64 decodes base64 as Node's Buffer.from(s, 'base64') does:
// URL-safe letters accepted, anything else skipped, decoding stops at '='.
func nodeBase64(s string) []byte {
	clean := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '=':
			i = len(s)
		case c == '-':
			clean = append(clean, '+')
		case c == '_':
			clean = append(clean, '/')
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/':
			clean = append(clean, c)
		}
	}
	if len(clean)%4 == 1 {
		clean = clean[:len(clean)-1]
	}
	out, _ := base64.RawStdEncoding.DecodeString(string(clean))
	return out
}

// mediaType is the media type mime-types gives a file name, else
// application/octet-stream.
func mediaType(name string) string {
	if t := mimeLookup(name); t != "" {
		return t
	}
	return "application/octet-stream"
}

var (
	mimeOnce  sync.Once
	mimeByExt map[string]string
)

// mimeLookup is mime-types' lookup: the type for the name's extension (a
// name without a dot is taken as an extension), "" when unknown.
func mimeLookup(name string) string {
	mimeOnce.Do(func() {
		mimeByExt = make(map[string]string, 1200)
		for _, line := range strings.Split(mimeTable, "\n") {
			if ext, typ, ok := strings.Cut(line, " "); ok {
				mimeByExt[ext] = typ
			}
		}
	})
	ext := strings.ToLower(path.Ext("x." + strings.ReplaceAll(name, "\\", "/")))
	if ext == "" {
		return ""
	}
	return mimeByExt[ext[1:]]
}
