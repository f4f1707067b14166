package reporters

import (
	"encoding/json"
	"testing"

	"github.com/courier-run/courier/events"
)

// Newman 6.2.2's json report writes request.url as postman-collection's
// Url#toJSON; the wanted strings are copied from its reports of the urls
// differential collection (testdata/newman), key order included.
func TestJSONReportURLShape(t *testing.T) {
	s := func(v string) *string { return &v }
	port := s("47102")
	host := []string{"127", "0", "0", "1"}
	tests := []struct {
		name string
		url  *events.URL
		want string
	}{
		{"user info", &events.URL{Protocol: "http", Auth: &events.URLAuth{User: s("us%20er"), Password: s("p%40ss%3Aw")}, Port: port, Path: []string{"auth"}, Host: host},
			`{"auth":{"user":"us%20er","password":"p%40ss%3Aw"},"protocol":"http","port":"47102","path":["auth"],"host":["127","0","0","1"],"query":[],"variable":[]}`},
		{"null keys and values", &events.URL{Protocol: "http", Port: port, Path: []string{"q"}, Host: host, Query: []events.QueryParam{
			{Key: s("foo")}, {Key: s("bar"), Value: s("")}, {}, {Key: s("baz")}, {Key: s("")}}},
			`{"protocol":"http","port":"47102","path":["q"],"host":["127","0","0","1"],"query":[{"key":"foo","value":null},{"key":"bar","value":""},{"key":null,"value":null},{"key":"baz","value":null},{"key":"","value":null}],"variable":[]}`},
		{"empty hash", &events.URL{Protocol: "http", Port: port, Path: []string{"h"}, Hash: s(""), Host: host},
			`{"protocol":"http","port":"47102","path":["h"],"hash":"","host":["127","0","0","1"],"query":[],"variable":[]}`},
		{"path variable", &events.URL{Protocol: "http", Port: port, Path: []string{"after", ":id"}, Hash: s("h"), Host: host,
			Query: []events.QueryParam{{Key: s("u"), Value: s("1")}, {}, {Key: s("v")}}, Variables: []string{"id"}},
			`{"protocol":"http","port":"47102","path":["after",":id"],"hash":"h","host":["127","0","0","1"],"query":[{"key":"u","value":"1"},{"key":null,"value":null},{"key":"v","value":null}],"variable":[{"type":"any","key":"id"}]}`},
		{"no URL", nil, `{"query":[],"variable":[]}`},
	}
	id := func(v string) string { return v }
	for _, tt := range tests {
		b, err := json.Marshal(toJSONURL(tt.url, id, func(_, v string) string { return v }))
		if err != nil || string(b) != tt.want {
			t.Errorf("%s:\n got %s %v\nwant %s", tt.name, b, err, tt.want)
		}
	}
	// the password is a credential: masked as credential headers are
	masked := toJSONURL(tests[0].url, id, func(_, v string) string { return "********" })
	if masked.Auth == nil || *masked.Auth.Password != "********" || *masked.Auth.User != "us%20er" {
		t.Errorf("masked user info: %+v", masked.Auth)
	}
}
