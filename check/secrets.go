package check

import (
	"net"
	"strings"
	"unicode/utf8"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/internal/redact"
	"github.com/courier-run/courier/vars"
)

// secretWords are the names of values that are credentials: narrower than
// the masking's (which also hides "code", "session", "key", … to be safe),
// since here a match is a finding.
var secretWords = redact.New(redact.Options{NamePatterns: []string{
	"token", "secret", "password", "passwd", "pwd", "passphrase", "api_key", "apikey",
	"credential", "credentials", "access_key", "private_key",
}})

// secretHeader says whether a header's value is a credential.
func secretHeader(name string) bool {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "authorization", "proxy-authorization", "cookie":
		return true
	}
	return secretWords.IsSecretName(name)
}

// authSecrets are the parameters of each auth type that hold a credential.
var authSecrets = map[string][]string{
	"basic":    {"password"},
	"bearer":   {"token"},
	"apikey":   {"value"},
	"digest":   {"password"},
	"ntlm":     {"password"},
	"oauth1":   {"consumerSecret", "tokenSecret", "privateKey"},
	"oauth2":   {"accessToken", "clientSecret", "password", "refreshToken"},
	"awsv4":    {"secretKey", "sessionToken"},
	"hawk":     {"authKey"},
	"edgegrid": {"accessToken", "clientToken", "clientSecret"},
	"jwt":      {"secret", "privateKey"},
	"asap":     {"privateKey"},
}

// literal says whether a value is written out rather than taken from a
// variable: not empty, no {{reference}}, not a <placeholder>.
func literalSecret(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.Contains(s, "{{") {
		return false
	}
	return !(strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">"))
}

// credential is the credential part of an Authorization value ("Bearer
// abc" → "abc").
func credential(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, " \t"); i > 0 && !strings.ContainsAny(v[:i], "=:") {
		return strings.TrimSpace(v[i+1:])
	}
	return v
}

const plainAdvice = "keep it in a variable typed secret, in an environment kept out of the collection, and write {{name}} here"

// checkSecrets looks for credentials written into the collection, secret
// variables not typed secret, and credentials sent over plain http.
func (c *checker) checkSecrets() {
	// the collection's own variables are in the file for everyone to read
	vnode := c.doc.root.get("variable")
	for _, vr := range c.in.Collection.Variables {
		s, ok := vr.Value.(string)
		if !ok || !literalSecret(s) || !(secretWords.IsSecretName(vr.Key) || strings.EqualFold(vr.Type, "secret")) {
			continue
		}
		n, path := findVariable(vnode, pathKey(c.doc.base, "variable"), vr.Key)
		c.add("plain-secret", Warning, c.doc.at(n.get("value"), pathKey(path, "value")), "collection variable %s holds a credential in the collection file: %s", vr.Key, "leave its value empty in the collection and give it in an environment (typed secret) or with --env-var")
	}
	for _, info := range c.items {
		if info.node == nil {
			// a v1 collection: its file's paths do not lead to what runs
			if info.it.Request != nil {
				modelTexts(info.it.Request, func(t text) { c.plainText(t, info) })
				c.plainModelAuth(info.it.Request.Auth, info)
			}
			continue
		}
		if info.it.Folder {
			if a := info.node.get("auth"); a != nil {
				c.plainAuth(a, pathKey(info.path, "auth"), info)
			}
			continue
		}
		r := info.node.get("request")
		rp := pathKey(info.path, "request")
		requestTexts(r, rp, func(t text) {
			if strings.HasPrefix(t.path, pathKey(rp, "auth")) {
				return // below
			}
			c.plainText(t, info)
		})
		if a := r.get("auth"); a != nil {
			c.plainAuth(a, pathKey(rp, "auth"), info)
		}
	}
	if a := c.doc.root.get("auth"); a != nil {
		c.plainAuth(a, pathKey(c.doc.base, "auth"), nil)
	}
	for _, f := range []struct {
		env *collections.Environment
		l   *located
	}{{c.in.Environment, c.env}, {c.in.Globals, c.glob}} {
		if f.env == nil {
			continue
		}
		list, lpath := envValues(f.l)
		for _, vr := range f.env.Values {
			s, ok := vr.Value.(string)
			if !ok || vr.Disabled || !literalSecret(s) || strings.EqualFold(vr.Type, "secret") || !secretWords.IsSecretName(vr.Key) {
				continue
			}
			n, path := findVariable(list, lpath, vr.Key)
			c.add("secret-not-typed", Warning, f.l.at(n, path), "%s looks like a credential but is typed %q, not \"secret\": the Postman app shows it in plain sight (courier masks it in reports either way)", vr.Key, typeOrDefault(vr.Type))
		}
	}
	c.checkPlainHTTP()
}

func typeOrDefault(t string) string {
	if t == "" {
		return "default"
	}
	return t
}

func (c *checker) plainAt(t text, info *itemInfo, at int, msg string, args ...any) {
	loc := c.doc.atRune(t.node, t.path, at)
	if info != nil {
		loc.Item, loc.itemPos = info.label, info.pos
	}
	c.add("plain-secret", Warning, loc, msg, args...)
}

// plainText checks one string of a request.
func (c *checker) plainText(t text, info *itemInfo) {
	switch {
	case strings.HasPrefix(t.where, "header ") && t.key != "" && t.where == "header "+t.key:
		if secretHeader(t.key) && literalSecret(t.s) && literalSecret(credential(t.s)) {
			c.plainAt(t, info, 0, "header %s holds a literal credential: %s", t.key, plainAdvice)
		}
	case t.where == "header" || t.where == "headers":
		// "Key: value" lines
		for _, line := range strings.Split(t.s, "\n") {
			k, v, ok := strings.Cut(line, ":")
			if ok && secretHeader(k) && literalSecret(v) && literalSecret(credential(v)) {
				c.plainAt(t, info, utf8.RuneCountInString(t.s[:strings.Index(t.s, line)]), "header %s holds a literal credential: %s", strings.TrimSpace(k), plainAdvice)
			}
		}
	case strings.HasPrefix(t.where, "query parameter ") && t.key != "" && t.where == "query parameter "+t.key:
		if secretWords.IsSecretName(t.key) && literalSecret(t.s) {
			c.plainAt(t, info, 0, "query parameter %s holds a literal credential: %s", t.key, plainAdvice)
		}
	case t.where == "URL password":
		if literalSecret(t.s) {
			c.plainAt(t, info, 0, "the URL's user info holds a literal password: %s", plainAdvice)
		}
	case t.where == "URL":
		u := collections.ParseURL(t.s)
		if u.Auth != nil && u.Auth.HasPassword && literalSecret(u.Auth.Password) {
			c.plainAt(t, info, 0, "the URL's user info holds a literal password: %s", plainAdvice)
		}
		for _, q := range u.Query {
			if !q.NoValue && secretWords.IsSecretName(q.Key) && literalSecret(q.Value) {
				at := strings.Index(t.s, q.Key+"=")
				c.plainAt(t, info, utf8.RuneCountInString(t.s[:max(at, 0)]), "query parameter %s holds a literal credential: %s", q.Key, plainAdvice)
			}
		}
	case strings.HasPrefix(t.where, "body field ") && t.where == "body field "+t.key:
		if secretWords.IsSecretName(t.key) && literalSecret(t.s) {
			c.plainAt(t, info, 0, "body field %s holds a literal credential: %s", t.key, plainAdvice)
		}
	case t.where == "body" || t.where == "body graphql variables":
		for _, k := range jsonSecretKeys(t.s) {
			at := strings.Index(t.s, `"`+k+`"`)
			c.plainAt(t, info, utf8.RuneCountInString(t.s[:max(at, 0)]), "body field %s holds a literal credential: %s", k, plainAdvice)
		}
	}
}

// jsonSecretKeys finds the members of a JSON body (with {{references}} as
// values) whose names are credentials and whose values are literal strings.
func jsonSecretKeys(s string) []string {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "{") && !strings.HasPrefix(t, "[") {
		return nil
	}
	root, err := parseLocated([]byte(varsAsNull(t)))
	if err != nil {
		return nil
	}
	var out []string
	var walk func(n *jnode, depth int)
	walk = func(n *jnode, depth int) {
		if depth > 64 {
			return
		}
		for i, k := range n.kids {
			if n.kind == jObject && k.kind == jString && secretWords.IsSecretName(n.keys[i]) && literalSecret(k.str) {
				out = append(out, n.keys[i])
			}
			walk(k, depth+1)
		}
	}
	walk(root, 0)
	return out
}

// varsAsNull replaces {{references}} outside JSON strings with null, so
// that a body such as {"n": {{count}}} reads as JSON.
func varsAsNull(s string) string {
	var b strings.Builder
	in, esc := false, false
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case in && esc:
			esc = false
		case in && ch == '\\':
			esc = true
		case ch == '"':
			in = !in
		case !in && ch == '{' && strings.HasPrefix(s[i:], "{{"):
			if j := strings.Index(s[i:], "}}"); j > 0 {
				b.WriteString("null")
				i += j + 1
				continue
			}
		}
		b.WriteByte(ch)
	}
	return b.String()
}

// plainAuth checks an auth's credential parameters.
func (c *checker) plainAuth(a *jnode, path string, info *itemInfo) {
	typ := a.get("type")
	if typ == nil || typ.kind != jString {
		return
	}
	secret := map[string]bool{}
	for _, k := range authSecrets[typ.str] {
		secret[k] = true
	}
	authTexts(a, path, func(t text) {
		if secret[t.key] && literalSecret(t.s) {
			c.plainAt(t, info, 0, "auth %s %s is a literal credential: %s", typ.str, t.key, plainAdvice)
		}
	})
}

// plainModelAuth is plainAuth for an auth known only from the model.
func (c *checker) plainModelAuth(a *collections.Auth, info *itemInfo) {
	if a == nil {
		return
	}
	for _, k := range authSecrets[a.Type] {
		if v := a.Get(k); literalSecret(v) {
			c.plainAt(text{}, info, 0, "auth %s %s is a literal credential: %s", a.Type, k, plainAdvice)
		}
	}
}

// checkPlainHTTP finds requests that send credentials over http:// to a
// host that is not this machine.
func (c *checker) checkPlainHTTP() {
	set := c.staticVars()
	for _, r := range c.requests {
		req := r.it.Request
		if req == nil {
			continue
		}
		var creds []string
		if a := c.effectiveAuth(r); a != nil && a.Type != "noauth" && collections.KnownAuthType(a.Type) {
			creds = append(creds, "auth "+a.Type)
		}
		for _, h := range req.Headers {
			if !h.Disabled && secretHeader(h.Key) && strings.TrimSpace(h.Value) != "" {
				creds = append(creds, "header "+h.Key)
			}
		}
		if req.URL.Auth != nil && req.URL.Auth.HasPassword {
			creds = append(creds, "the URL's password")
		}
		for _, q := range req.URL.Query {
			if !q.Disabled && secretWords.IsSecretName(q.Key) {
				creds = append(creds, "query parameter "+q.Key)
			}
		}
		if b := req.Body; b != nil && !b.Disabled {
			fields := b.FormData
			if b.Mode == "urlencoded" {
				fields = b.URLEncoded
			}
			for _, f := range fields {
				if !f.Disabled && secretWords.IsSecretName(f.Key) {
					creds = append(creds, "body field "+f.Key)
				}
			}
			if b.Mode == "raw" {
				for _, k := range jsonKeys(b.Raw) {
					creds = append(creds, "body field "+k)
				}
			}
		}
		if len(creds) == 0 {
			continue
		}
		resolved := set.Resolve(req.URL.WithPathVariables().String())
		u := collections.ParseURL(resolved)
		host := u.HostString()
		if host == "" || strings.Contains(host, "{{") || strings.Contains(u.Protocol, "{{") {
			continue // the check cannot tell where it goes
		}
		proto := strings.ToLower(u.Protocol)
		if proto != "" && proto != "http" || loopback(host) {
			continue
		}
		how := "plain http://"
		if proto == "" {
			how = "plain http:// (the URL has no protocol, and http:// is what a run assumes)"
		}
		c.add("credentials-over-http", Warning, c.itemLoc(r, "request", "url"), "%s goes over %s to %s: anyone on the way can read it; use https://", strings.Join(creds, ", "), how, host)
	}
}

// jsonKeys are the credential-named members of a JSON body, literal or not.
func jsonKeys(s string) []string {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "{") {
		return nil
	}
	root, err := parseLocated([]byte(varsAsNull(t)))
	if err != nil {
		return nil
	}
	var out []string
	for _, k := range root.keys {
		if secretWords.IsSecretName(k) {
			out = append(out, k)
		}
	}
	return out
}

// loopback says whether a host is this machine.
func loopback(host string) bool {
	h := strings.ToLower(strings.Trim(host, "[]"))
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && (ip.IsLoopback() || ip.IsUnspecified())
}

// effectiveAuth is the auth a request is sent with: its own, else its
// nearest folder's, else the collection's.
func (c *checker) effectiveAuth(r *itemInfo) *collections.Auth {
	if r.it.Request != nil && r.it.Request.Auth != nil {
		return r.it.Request.Auth
	}
	for i := len(r.parents) - 1; i >= 0; i-- {
		if a := r.parents[i].it.Auth; a != nil {
			return a
		}
	}
	return c.in.Collection.Auth
}

// staticVars are the values the files and options give (the first data
// row's, the environment's, the collection's, the globals'), to resolve URLs
// as a run would before any script changes them.
func (c *checker) staticVars() *vars.Set {
	env := []collections.Variable(nil)
	if c.in.Environment != nil {
		env = append(env, c.in.Environment.Values...)
	}
	env = append(env, c.in.EnvVars...)
	var glob []collections.Variable
	if c.in.Globals != nil {
		glob = append(glob, c.in.Globals.Values...)
	}
	glob = append(glob, c.in.GlobalVars...)
	var data []collections.Variable
	if len(c.in.Data) > 0 {
		data = c.in.Data[0]
	}
	return &vars.Set{
		Local:       vars.NewScope(vars.Local, nil),
		Data:        vars.NewScope(vars.Data, data),
		Environment: vars.NewScope(vars.Environment, env),
		Collection:  vars.NewScope(vars.Collection, c.in.Collection.Variables),
		Globals:     vars.NewScope(vars.Globals, glob),
	}
}
