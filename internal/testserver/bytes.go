package testserver

import (
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"strconv"
)

// bytesBody answers with exactly the bytes asked for: ?hex= or ?b64=
// (standard or URL-safe base64) is the body, ?type= its Content-Type (none
// at all without it: Go's server sniffs none then either).
func bytesBody(w http.ResponseWriter, r *http.Request) {
	q := pairMap(parsePairs(r.URL.RawQuery))
	var body []byte
	var err error
	if h, ok := q["hex"]; ok {
		body, err = hex.DecodeString(h)
	} else if s, ok := q["b64"]; ok {
		body, err = base64.StdEncoding.DecodeString(s)
		if err != nil {
			body, err = base64.URLEncoding.DecodeString(s)
		}
	}
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": "hex or b64: " + err.Error()})
		return
	}
	if t, ok := q["type"]; ok {
		w.Header().Set("Content-Type", t)
	} else {
		w.Header()["Content-Type"] = nil // no Content-Type, and no sniffing
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body)
}
