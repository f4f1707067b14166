package collections

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"
	"github.com/tidwall/sjson"
)

// Schema versions courier reads.
const (
	SchemaV200 = "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"
	SchemaV210 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
)

// Collection is a decoded Postman collection.
type Collection struct {
	Info                    Info
	Items                   []*Item
	Events                  []Event
	Variables               []Variable
	Auth                    *Auth
	ProtocolProfileBehavior map[string]any

	// Raw is the original document as UTF-8; exports patch it so that every
	// field courier does not model survives a round trip. For a v1 collection
	// it is the v2.1 document it was converted to.
	Raw []byte

	// FromV1 is set when the file was a Postman collection v1 (converted to
	// v2.1 as Newman converts it).
	FromV1 bool

	// FromV3 is set when the collection was read from a Postman collection
	// format v3 tree (collections/v3); Raw is the v2.1 document it stands for.
	FromV3 bool
}

// Info is the collection's "info" block.
type Info struct {
	PostmanID   string
	Name        string
	Schema      string
	Version     string // "2.0.0" or "2.1.0" as derived from Schema
	Description string
}

// Item is a request or a folder (Folder is true when the item had an "item" array).
type Item struct {
	ID                      string
	IDValue                 any // the id when the collection gives another type than a string (5, true), which Newman keeps
	Name                    string
	Description             string
	Folder                  bool
	Items                   []*Item
	Request                 *Request
	Responses               []Response
	Events                  []Event
	Variables               []Variable
	Auth                    *Auth // folder-level auth; requests carry theirs in Request.Auth
	ProtocolProfileBehavior map[string]any
}

// Response is a saved example response, kept as read.
type Response struct {
	ID     string
	Name   string
	Code   int
	Status string
	Body   string
	Raw    any // the whole JSON object
}

// Request is an HTTP request definition.
type Request struct {
	Method      string
	URL         URL
	Headers     []Header
	Body        *Body
	Auth        *Auth
	Description string
	Proxy       map[string]any
	Certificate map[string]any
	// FalsyProxy and FalsyCertificate are a falsy "proxy" or
	// "certificate" the definition gives (false, null, 0, ""), as JSON:
	// Request keeps it as it is (nil when none is given or it is truthy)
	FalsyProxy, FalsyCertificate json.RawMessage
}

// URL is a request URL in postman-collection's terms: the collection's
// object members, or a string split by ParseURL (Raw holds the string as
// given; an object's "raw" is kept but, as in Newman, never used). A nil Host
// or Path is absent, which String tells from an empty one.
type URL struct {
	Raw       string
	Protocol  string
	Auth      *URLAuth // user info ("user:password@"), nil when absent
	Host      []string
	Port      string
	Path      []string
	Query     []QueryParam
	Hash      string
	Variables []Variable // path variables (":id")
	// EmptyPort and EmptyHash mark a port or hash that is present but empty
	// ("host:/", "x#").
	EmptyPort, EmptyHash bool
}

// URLAuth is a URL's user info; a member is written only when present.
type URLAuth struct {
	User, Password       string
	HasUser, HasPassword bool
}

// QueryParam is one query parameter; NoValue marks "?flag" without "=", NoKey
// a parameter whose key is null (an empty segment in "a&&b").
type QueryParam struct {
	Key      string
	Value    string
	NoKey    bool
	NoValue  bool
	Disabled bool
}

// Header is a request header. A value that is not a string is kept typed
// in JSON (see typed.go); Value is then its text.
type Header struct {
	Key      string
	Value    string
	JSON     json.RawMessage
	Disabled bool
	System   bool // added by the runtime (a request as sent)
}

// Body is a request body in one of Postman's modes.
type Body struct {
	Mode       string          // raw, urlencoded, formdata, file, graphql
	Raw        string          // what is sent
	RawJSON    json.RawMessage // a raw body that is not a string, typed (see typed.go)
	Language   string          // options.raw.language (json, text, xml, html, javascript)
	URLEncoded []FormParam
	FormData   []FormParam
	File       *FileRef
	GraphQL    *GraphQL
	Disabled   bool
	Options    map[string]any
}

// FormParam is a urlencoded or form-data field. Type is "text" or "file".
type FormParam struct {
	Key         string
	Value       string
	JSON        json.RawMessage // a value that is not a string, typed (see typed.go); Value is its text
	NoValue     bool            // url-encoded: the field has no value at all
	NoKey       bool            // url-encoded: an object without a key (sent as "undefined", reported without one)
	Type        string
	Src         []string // file paths for type "file"
	SrcList     bool     // src was given as an array (Newman loads those differently)
	ContentType string
	Disabled    bool
}

// FileRef is a binary (file mode) body.
type FileRef struct {
	Src     string
	Content string
}

// GraphQL is a graphql body.
type GraphQL struct {
	Query     string
	Variables string
	// NoQuery: the definition has no query, or one that is not a string
	// (postman-runtime then sends none)
	NoQuery bool
	// OperationName is the definition's operationName when
	// HasOperationName (a string; postman-runtime sends it when it is one)
	OperationName    string
	HasOperationName bool
	// VariablesJSON: the variables were given as JSON that is not a string
	// (an object, …); Variables is its JSON text
	VariablesJSON bool
	// HasVariables: the definition has variables (also "")
	HasVariables bool
	// QueryJSON is a query that is not a string (not sent; RequestBody
	// keeps it as given), typed
	QueryJSON json.RawMessage
}

// Auth is an auth definition: its type and the parameters of that type.
type Auth struct {
	Type   string
	Params []AuthParam
}

// AuthParam is one auth parameter; Value keeps its JSON type.
type AuthParam struct {
	Key   string
	Value any
	Type  string
	// NoValue: the definition gives no value at all (Value is nil, and
	// postman-collection writes the parameter without one, not null)
	NoValue bool
}

// Get returns a parameter as a string ("" when absent).
func (a *Auth) Get(key string) string {
	if a == nil {
		return ""
	}
	for i := len(a.Params) - 1; i >= 0; i-- {
		if a.Params[i].Key == key {
			if a.Params[i].Value == nil {
				return ""
			}
			return ValueString(a.Params[i].Value)
		}
	}
	return ""
}

// Event is a script attached to an item or the collection.
type Event struct {
	ID       string
	Listen   string // "prerequest" or "test"
	Script   Script
	Disabled bool
}

// Script is an event's script.
type Script struct {
	ID   string
	Type string
	Exec string // lines joined with "\n"
	Src  string
	Name string
}

// Variable is a collection, environment, globals, data or path variable.
type Variable struct {
	ID       string
	Key      string
	Value    any // string, float64, bool, nil, []any or map[string]any
	Type     string
	Disabled bool
	// DisabledValue is the "disabled" value as written when it is truthy but
	// not true (1, "yes", "false"): such a variable is not substituted for
	// {{…}}, but a script's get, has and toObject still see it, as the SDK's
	// VariableScope does.
	DisabledValue any
	Description   string
	Extra         map[string]any // fields courier does not model, kept for export
}

// ValueString converts a variable value to the string that is substituted for
// it, as JavaScript's String() does (Newman 6.2.2 substitutes an object as
// "[object Object]", an array as its elements joined with "," and null as "null").
func ValueString(v any) string {
	switch t := v.(type) {
	case nil:
		return "null"
	case string:
		return t
	case bool:
		return strconv.FormatBool(t)
	case float64:
		return FormatNumber(t)
	case int:
		return strconv.Itoa(t)
	case int64:
		return strconv.FormatInt(t, 10)
	case json.Number:
		return t.String()
	case []any:
		parts := make([]string, len(t))
		for i, e := range t {
			if e != nil {
				parts[i] = ValueString(e)
			}
		}
		return strings.Join(parts, ",")
	case map[string]any:
		return "[object Object]"
	case NotJSON:
		return "" // undefined
	}
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}

// StoredValue is a variable's value as the SDK's Variable stores it, which
// reports and exports write (JSON null for NaN and ±Infinity, an array or
// object variable as JSON text): the inverse of CastValue's reading.
func StoredValue(typ string, v any) any {
	switch t := v.(type) {
	case float64:
		if math.IsNaN(t) || math.IsInf(t, 0) {
			return nil
		}
	case NotJSON:
		return string(t)
	case []any, map[string]any:
		if strings.EqualFold(typ, "array") || strings.EqualFold(typ, "object") {
			b, err := json.Marshal(t)
			if err != nil {
				return nil
			}
			return string(b)
		}
	}
	return v
}

// NotJSON is what an "array" or "object" variable holds when its text is not
// JSON of its type: the SDK's Variable keeps the text (exports write it) and
// gives undefined for it, which is substituted as "" and is undefined in
// scripts. NotJSON("") is also the value of a variable defined without one.
type NotJSON string

// FormatNumber prints a float64 as JavaScript's Number#toString does for the
// common cases.
func FormatNumber(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == math.Trunc(f) && math.Abs(f) < 1e21:
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if strings.Contains(s, "e") {
		abs := math.Abs(f)
		if abs >= 1e-6 && abs < 1e21 {
			return strconv.FormatFloat(f, 'f', -1, 64)
		}
		s = strings.Replace(s, "e-0", "e-", 1)
		s = strings.Replace(s, "e+0", "e+", 1)
	}
	return s
}

// Walk calls fn for every item depth-first in folder order with the item's
// ancestors (outermost first). fn returning false skips the item's children.
func (c *Collection) Walk(fn func(it *Item, parents []*Item) bool) {
	var rec func(items []*Item, parents []*Item)
	rec = func(items []*Item, parents []*Item) {
		for _, it := range items {
			if fn(it, parents) && it.Folder {
				rec(it.Items, append(parents[:len(parents):len(parents)], it))
			}
		}
	}
	rec(c.Items, nil)
}

// AssignIDs gives the collection and every item without an id a new one from
// newID, as the Postman SDK does when it loads a collection (a random UUID v4
// in Newman): scripts see it as pm.info.requestId and reports use it. A
// collection without an id also gets one in Raw's "info" (created when
// missing), so that reports and exports carry it as Newman's do.
func (c *Collection) AssignIDs(newID func() string) {
	if c.Info.PostmanID == "" {
		c.Info.PostmanID = newID()
		if len(c.Raw) > 0 {
			path := "info._postman_id"
			if !gjson.GetBytes(c.Raw, "info").IsObject() {
				path = "info"
			}
			var v any = c.Info.PostmanID
			if path == "info" {
				v = map[string]string{"_postman_id": c.Info.PostmanID, "schema": SchemaV210}
			}
			if raw, err := sjson.SetBytes(c.Raw, path, v); err == nil {
				c.Raw = raw
			}
		}
	}
	c.Walk(func(it *Item, _ []*Item) bool {
		if it.ID == "" {
			it.ID = newID()
		}
		return true
	})
}

// CastValue is the value postman-collection's Variable#get gives for a value
// stored in a variable of type typ (its castIn, then castOut): "string" is
// String(v), "boolean" Boolean(v), "number" Number(v), "array" and "object"
// go through JSON (NotJSON when that is not an array, or not an object); any
// other type (any, default, secret, text, ...) keeps the value as it is. The
// type is matched without regard to case, as the SDK does.
func CastValue(typ string, v any) any {
	switch strings.ToLower(typ) {
	case "string":
		return ValueString(v)
	case "boolean":
		return Truthy(v)
	case "number":
		switch t := v.(type) {
		case nil:
			return 0.0
		case bool:
			if t {
				return 1.0
			}
			return 0.0
		case float64:
			return t
		case map[string]any:
			return math.NaN()
		}
		return jsToNumber(ValueString(v))
	case "array", "object":
		var text string
		switch t := v.(type) {
		case string:
			text = t
		case NotJSON:
			text = string(t)
		default:
			b, err := json.Marshal(v)
			if err != nil {
				return NotJSON("null") // JSON.stringify failing: castIn's "null"
			}
			text = string(b)
		}
		var out any
		if json.Unmarshal([]byte(text), &out) != nil {
			return NotJSON(text)
		}
		_, isArr := out.([]any)
		_, isObj := out.(map[string]any)
		if strings.EqualFold(typ, "array") && isArr || strings.EqualFold(typ, "object") && isObj {
			return out
		}
		return NotJSON(text)
	}
	return v
}
