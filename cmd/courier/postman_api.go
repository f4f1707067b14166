package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"

	"github.com/courier-run/courier/internal/lazyre"
)

// postmanAPIBase is where --postman-api-key fetches UIDs from, as Newman
// does; COURIER_POSTMAN_API_URL points it elsewhere (a test stand-in, a
// proxy).
const postmanAPIBase = "https://api.postman.com"

// postmanUID is a Postman UID ("<owner>-<uuid>", Newman's UID_REGEX); a
// bare id (the uuid) is accepted too.
var postmanUID = lazyre.New(`(?i)^([0-9A-Z]+-)?[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$`)

// apiPaths are the Postman API paths of what a UID can name.
var apiPaths = map[string]string{"collection": "collections", "environment": "environments"}

// postmanAPI reads collections, environments and other inputs: local files,
// URLs, and through the Postman API (X-Api-Key) UIDs and api.getpostman.com
// URLs, as Newman's fetchJson does. The key is never printed.
type postmanAPI struct {
	key   string
	base  *url.URL
	hosts map[string]bool // hosts that are the Postman API
}

func newPostmanAPI(key string, getenv func(string) string) postmanAPI {
	base := postmanAPIBase
	if v := getenv("COURIER_POSTMAN_API_URL"); v != "" {
		base = v
	}
	u, err := url.Parse(strings.TrimRight(base, "/"))
	if err != nil || u.Host == "" {
		u, _ = url.Parse(postmanAPIBase)
	}
	return postmanAPI{key: key, base: u, hosts: map[string]bool{
		"api.postman.com": true, "api.getpostman.com": true, strings.ToLower(u.Host): true,
	}}
}

// resolve is where src is fetched from and with which API key ("" for none).
func (p postmanAPI) resolve(kind, src string) (string, string) {
	if path, ok := apiPaths[kind]; ok && p.key != "" && postmanUID().MatchString(src) {
		if _, err := os.Stat(src); err != nil { // a file of that name wins, as in Newman
			u := *p.base
			u.Path = strings.TrimRight(u.Path, "/") + "/" + path + "/" + src
			return u.String(), p.key
		}
	}
	if !isURL(src) {
		return src, ""
	}
	u, err := url.Parse(src)
	if err != nil || !p.hosts[strings.ToLower(u.Host)] {
		return src, ""
	}
	key := p.key
	q := u.Query()
	if k := q.Get("apikey"); k != "" {
		key = k
	}
	if q.Has("apikey") {
		q.Del("apikey")
		u.RawQuery = q.Encode()
	}
	return u.String(), key
}

// display is src as messages name it: the API URL for a UID, never a key.
func (p postmanAPI) display(src string) string {
	loc, _ := p.resolve("", src)
	if isURL(src) {
		return loc
	}
	return src
}

// read returns the document at src (kind "collection", "environment",
// "globals" or "" for other inputs).
func (p postmanAPI) read(ctx context.Context, kind, src string) ([]byte, error) {
	loc, key := p.resolve(kind, src)
	if key == "" {
		return readSource(ctx, loc)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, loc, nil)
	if err != nil {
		return nil, &sourceError{loc, err}
	}
	req.Header.Set("X-Api-Key", key)
	req.Header.Set("User-Agent", "courier/"+courierVersion())
	req.Header.Set("Accept", "application/json")
	resp, err := sourceClient.Do(req)
	if err != nil {
		return nil, &sourceError{loc, apiError(err, key)}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxSourceSize))
	if err != nil {
		return nil, &sourceError{loc, apiError(err, key)}
	}
	if resp.StatusCode != http.StatusOK {
		// the Postman API explains itself: {"error": {"name", "message"}}
		var body struct {
			Error struct{ Name, Message string } `json:"error"`
		}
		msg := fmt.Sprintf("the Postman API answered %s", resp.Status)
		if json.Unmarshal(data, &body) == nil && body.Error.Message != "" {
			msg += ": " + strings.TrimSpace(strings.Join(strings.Fields(body.Error.Name+": "+body.Error.Message), " "))
		}
		return nil, &sourceError{loc, apiError(fmt.Errorf("%s", msg), key)}
	}
	if !json.Valid(data) {
		return nil, &sourceError{loc, fmt.Errorf("the Postman API did not answer with JSON")}
	}
	return data, nil
}

// apiError is err with the API key, should it appear, hidden.
func apiError(err error, key string) error {
	msg := err.Error()
	if key != "" && strings.Contains(msg, key) {
		return fmt.Errorf("%s", strings.ReplaceAll(msg, key, "********"))
	}
	return err
}
