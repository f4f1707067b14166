package sdkjson

import (
	"bytes"
	"encoding/json"
	"math"
)

// fixedID gives one id: the id of the definition's SDK object in the
// collection tree, which the request's copy keeps.
type fixedID string

func (f fixedID) newID() string { return string(f) }

// ProxyJSON is a request's "proxy" definition (variables resolved) as
// postman-collection's ProxyConfig writes it, with id when the definition
// has none (a run reports the id the collection's copy was given).
func ProxyJSON(def map[string]any, id string) json.RawMessage {
	return encodeJSON(proxy(def, fixedID(id)))
}

// CertificateJSON is a request's "certificate" definition as
// postman-collection's Certificate writes it (no key, certificate or pfx
// contents), with id when the definition has none.
func CertificateJSON(def map[string]any, id string) json.RawMessage {
	return encodeJSON(certificate(def, fixedID(id)))
}

func encodeJSON(v any) json.RawMessage {
	var buf bytes.Buffer
	encode(&buf, v)
	return buf.Bytes()
}

// jsInt32 is JavaScript's ToInt32 (what "x >> 0" makes of a number).
func jsInt32(f float64) int32 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return int32(uint32(int64(math.Mod(math.Trunc(f), 1<<32))))
}
