package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/internal/sdkjson"
	"github.com/courier-run/courier/runner"
	"github.com/courier-run/courier/vars"
)

// The files --export-environment, --export-globals, --export-collection and
// --export-cookie-jar write, byte for byte as Newman 6.2.2 writes them
// (testdata/newman/NAME.export-*.json are Newman's, recorded by record.sh):
// JSON.stringify(content, null, 2) with no final line break, of
//
//   - a scope: postman-collection's VariableScope#toJSON (meta, id, name,
//     values as Variable#toJSON writes them) with "name" defaulting to
//     "environment"/"globals", then _postman_variable_scope,
//     _postman_exported_at and _postman_exported_using;
//   - the collection: its toJSON() with the same three fields and "name":
//     "collection", the scripts that ran marked with _lastExecutionId, and
//     (unlike Newman, postmanlabs/newman#2680) the collection variables the
//     run ended with;
//   - the cookie jar: tough-cookie's serialisation of its jar.
//
// An export path may name an input file (the environment given with -e, say):
// it is replaced, as Newman replaces it, once the run is over — that is what
// the option asks for. The file is written whole or not at all.

// exportUsing is _postman_exported_using.
var exportUsing = "courier/" + courierVersion()

// scopeIDs are the ids the run's environment and globals are written with:
// the file's, or one made for the run (Newman makes one when the file has
// none), the same in the json report and the exports.
type scopeIDs struct{ environment, globals string }

func newScopeIDs(v *vars.Set) scopeIDs {
	id := func(s *vars.Scope) string {
		if s != nil && s.ID != "" {
			return s.ID
		}
		return newUUID()
	}
	if v == nil {
		return scopeIDs{newUUID(), newUUID()}
	}
	return scopeIDs{id(v.Environment), id(v.Globals)}
}

// scriptsRan records which scripts ran (item, location and event), for the
// _lastExecutionId marks of --export-collection.
type scriptsRan struct {
	ran []events.Script
}

func (s *scriptsRan) Handle(ev events.Event) {
	if sc, ok := ev.(events.Script); ok {
		s.ran = append(s.ran, events.Script{Item: events.Item{ID: sc.Item.ID}, Event: sc.Event, Location: sc.Location})
	}
}

// ids is the set of script ids that ran, by the tree's ids.
func (s *scriptsRan) ids(tree *sdkjson.Tree) map[string]bool {
	out := map[string]bool{}
	for _, sc := range s.ran {
		if id := tree.ScriptID(sc.Item.ID, sc.Location, sc.Event); id != "" {
			out[id] = true
		}
	}
	return out
}

// writeExports writes the files the --export-* options ask for.
func writeExports(a *runArgs, coll *collections.Collection, tree *sdkjson.Tree, ran *scriptsRan, res *runner.Result, files [2]*collections.Environment, ids scopeIDs, jarCfg cookieJarConfig, e *env) error {
	now := e.now()
	scope := func(kind string, s *vars.Scope, file *collections.Environment, id string) ([]byte, error) {
		var raw []byte
		if file != nil {
			raw = file.Raw
		}
		return sdkjson.ExportFields(sdkjson.ScopeJSON(kind, raw, id, s.Variables(), nil), kind, now, exportUsing)
	}
	type export struct {
		flag, path string
		content    func() ([]byte, error)
	}
	exports := []export{
		{"--export-environment", a.exportEnvironment, func() ([]byte, error) {
			return scope("environment", res.Variables.Environment, files[0], ids.environment)
		}},
		{"--export-globals", a.exportGlobals, func() ([]byte, error) {
			return scope("globals", res.Variables.Globals, files[1], ids.globals)
		}},
		{"--export-collection", a.exportCollection, func() ([]byte, error) {
			if tree == nil {
				tree = sdkjson.Build(coll)
			}
			ranIDs := ran.ids(tree)
			return tree.Export(res.Variables.Collection.Variables(), func(id string) bool { return ranIDs[id] }, newUUID, now, exportUsing,
				authPatches(coll, res.AuthUpdates))
		}},
		{"--export-cookie-jar", a.exportCookieJar, func() ([]byte, error) {
			return exportCookieJar(jarCfg, res.Jar.Stored())
		}},
	}
	for _, x := range exports {
		if x.path == "" {
			continue
		}
		if x.flag == "--export-collection" && coll.FromV3 && !strings.HasSuffix(strings.ToLower(x.path), ".json") {
			// a v3 tree is exported as a v3 tree (see v3.go)
			if err := exportV3Collection(a, coll, res); err != nil {
				return fmt.Errorf("%s %s: %w", x.flag, x.path, err)
			}
			continue
		}
		data, err := x.content()
		if err == nil {
			err = writeExport(exportPath(x.path, x.flag, now), data)
		}
		if err != nil {
			return fmt.Errorf("%s %s: %w", x.flag, x.path, err)
		}
	}
	return nil
}

// authPatches places the OAuth 2.0 tokens the run's auths keep in the
// collection: the collection's auth, a folder's or a request's.
func authPatches(coll *collections.Collection, updates []runner.AuthUpdate) []sdkjson.AuthPatch {
	if len(updates) == 0 {
		return nil
	}
	var out []sdkjson.AuthPatch
	for _, u := range updates {
		if u.Auth == coll.Auth {
			out = append(out, sdkjson.AuthPatch{Params: u.Params})
			continue
		}
		coll.Walk(func(it *collections.Item, _ []*collections.Item) bool {
			switch {
			case it.Auth == u.Auth:
				out = append(out, sdkjson.AuthPatch{ItemID: it.ID, Params: u.Params})
			case it.Request != nil && it.Request.Auth == u.Auth:
				out = append(out, sdkjson.AuthPatch{ItemID: it.ID, Request: true, Params: u.Params})
			default:
				return true
			}
			return false
		})
	}
	return out
}

// exportPath is where an export goes, as Newman's export-file decides: an
// existing directory gets newman-<what>-<time>-0.json inside it.
func exportPath(path, flag string, now time.Time) string {
	if isDir(path) {
		return reportPath(path, "newman-"+strings.TrimPrefix(flag, "--export-"), "json", now)
	}
	return filepath.Clean(path)
}

// writeExport writes data to path whole: a temporary file beside it, renamed
// into place (replacing what was there, an input file too).
func writeExport(path string, data []byte) error {
	return writeReport(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// toughVersion is the "version" Newman's jar writes: the tough-cookie fork
// postman-request uses.
const toughVersion = "tough-cookie@4.1.3-postman.1"

// cookieJarConfig is the jar's own settings, as tough-cookie serialises them:
// Newman's default jar (postman-request's) is loose and accepts public
// suffixes; a jar read with --cookie-jar takes the file's settings.
type cookieJarConfig struct {
	RejectPublicSuffixes, EnableLooseMode bool
}

var defaultJarConfig = cookieJarConfig{RejectPublicSuffixes: false, EnableLooseMode: true}

// toughJarFile is a serialised tough-cookie jar, as read.
type toughJarFile struct {
	RejectPublicSuffixes any                          `json:"rejectPublicSuffixes"`
	EnableLooseMode      any                          `json:"enableLooseMode"`
	Cookies              []map[string]json.RawMessage `json:"cookies"`
}

// loadCookieJar reads a --cookie-jar file as tough-cookie's
// CookieJar.fromJSON does.
func loadCookieJar(ctx context.Context, src string) ([]runner.StoredCookie, cookieJarConfig, error) {
	if src == "" {
		return nil, defaultJarConfig, nil
	}
	data, err := readSource(ctx, src)
	if err != nil {
		return nil, cookieJarConfig{}, err
	}
	var jar toughJarFile
	if err := json.Unmarshal(data, &jar); err != nil {
		return nil, cookieJarConfig{}, usagef("%s: not a cookie jar file: %v", src, err)
	}
	if jar.Cookies == nil {
		return nil, cookieJarConfig{}, usagef("%s: not a cookie jar file: no \"cookies\" array", src)
	}
	cfg := cookieJarConfig{RejectPublicSuffixes: collections.Truthy(jar.RejectPublicSuffixes), EnableLooseMode: collections.Truthy(jar.EnableLooseMode)}
	var out []runner.StoredCookie
	for i, raw := range jar.Cookies {
		c, err := readToughCookie(raw)
		if err != nil {
			return nil, cookieJarConfig{}, usagef("%s: cookies[%d]: %v", src, i, err)
		}
		out = append(out, c)
	}
	return out, cfg, nil
}

// readToughCookie is tough-cookie's Cookie.fromJSON: every property as given.
func readToughCookie(raw map[string]json.RawMessage) (runner.StoredCookie, error) {
	var c runner.StoredCookie
	str := func(k string) (string, error) {
		var s string
		if v, ok := raw[k]; ok && string(v) != "null" {
			if err := json.Unmarshal(v, &s); err != nil {
				return "", fmt.Errorf("%s: expected a string", k)
			}
		}
		return s, nil
	}
	flag := func(k string) (bool, bool) {
		var b bool
		v, ok := raw[k]
		return b, ok && json.Unmarshal(v, &b) == nil
	}
	date := func(k string) (time.Time, error) {
		s, err := str(k)
		if err != nil || s == "" || s == "Infinity" {
			return time.Time{}, err
		}
		t, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			return time.Time{}, fmt.Errorf("%s: not a date: %q", k, s)
		}
		return t, nil
	}
	var err error
	if c.Name, err = str("key"); err != nil {
		return c, err
	}
	if c.Value, err = str("value"); err != nil {
		return c, err
	}
	if c.Domain, err = str("domain"); err != nil {
		return c, err
	}
	if c.Path, err = str("path"); err != nil {
		return c, err
	}
	if c.ExpiresAttr, err = date("expires"); err != nil {
		return c, err
	}
	if c.Creation, err = date("creation"); err != nil {
		return c, err
	}
	if c.LastAccessed, err = date("lastAccessed"); err != nil {
		return c, err
	}
	c.Expires = c.ExpiresAttr
	if v, ok := raw["maxAge"]; ok {
		var n int
		if json.Unmarshal(v, &n) == nil {
			c.MaxAge = &n
			if n <= 0 {
				c.Expires = time.Unix(0, 0)
			} else if !c.Creation.IsZero() {
				c.Expires = c.Creation.Add(time.Duration(n) * time.Second)
			}
		}
	}
	c.Secure, _ = flag("secure")
	c.HTTPOnly, _ = flag("httpOnly")
	var hostOnlyGiven bool
	c.HostOnly, hostOnlyGiven = flag("hostOnly")
	c.HostOnlyUnset = !hostOnlyGiven
	c.PathIsDefault, _ = flag("pathIsDefault")
	if c.SameSite, err = str("sameSite"); err != nil {
		return c, err
	}
	if v, ok := raw["extensions"]; ok && string(v) != "null" {
		if err := json.Unmarshal(v, &c.Extensions); err != nil {
			return c, fmt.Errorf("extensions: expected an array of strings")
		}
		if c.Extensions == nil {
			c.Extensions = []string{}
		}
	}
	return c, nil
}

// toughCookieOut is one cookie as tough-cookie's Cookie#toJSON writes it:
// properties at their default (an empty key or value, no expiry, no flags)
// are left out.
type toughCookieOut struct {
	Key           string   `json:"key,omitempty"`
	Value         string   `json:"value,omitempty"`
	Expires       string   `json:"expires,omitempty"`
	MaxAge        *int     `json:"maxAge,omitempty"`
	Domain        string   `json:"domain"`
	Path          string   `json:"path"`
	Secure        bool     `json:"secure,omitempty"`
	HTTPOnly      bool     `json:"httpOnly,omitempty"`
	Extensions    []string `json:"extensions,omitempty"`
	HostOnly      *bool    `json:"hostOnly,omitempty"`
	PathIsDefault bool     `json:"pathIsDefault,omitempty"`
	Creation      string   `json:"creation,omitempty"`
	LastAccessed  string   `json:"lastAccessed,omitempty"`
	SameSite      string   `json:"sameSite,omitempty"`
}

// exportCookieJar is tough-cookie's CookieJar#serialize of the run's jar.
func exportCookieJar(cfg cookieJarConfig, cookies []runner.StoredCookie) ([]byte, error) {
	iso := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format("2006-01-02T15:04:05.000Z")
	}
	out := struct {
		Version               string           `json:"version"`
		StoreType             string           `json:"storeType"`
		RejectPublicSuffixes  bool             `json:"rejectPublicSuffixes"`
		EnableLooseMode       bool             `json:"enableLooseMode"`
		AllowSpecialUseDomain bool             `json:"allowSpecialUseDomain"`
		PrefixSecurity        string           `json:"prefixSecurity"`
		Cookies               []toughCookieOut `json:"cookies"`
	}{toughVersion, "MemoryCookieStore", cfg.RejectPublicSuffixes, cfg.EnableLooseMode, true, "silent", []toughCookieOut{}}
	for _, c := range cookies {
		tc := toughCookieOut{Key: c.Name, Value: c.Value, Expires: iso(c.ExpiresAttr), MaxAge: c.MaxAge, Domain: c.Domain, Path: c.Path,
			Secure: c.Secure, HTTPOnly: c.HTTPOnly, Extensions: c.Extensions, PathIsDefault: c.PathIsDefault,
			Creation: iso(c.Creation), LastAccessed: iso(c.LastAccessed), SameSite: c.SameSite}
		if !c.HostOnlyUnset {
			h := c.HostOnly
			tc.HostOnly = &h
		}
		out.Cookies = append(out.Cookies, tc)
	}
	data, err := json.Marshal(out)
	if err != nil {
		return nil, err
	}
	return sdkjson.Indent(data)
}
