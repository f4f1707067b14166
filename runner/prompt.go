package runner

import (
	"strings"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/vars"
)

// requestText gathers every string of a request that variables can appear in.
func requestText(r *collections.Request) string {
	var b strings.Builder
	add := func(s string) {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	u := r.URL
	add(u.Raw)
	add(u.Protocol)
	for _, h := range u.Host {
		add(h)
	}
	add(u.Port)
	for _, p := range u.Path {
		add(p)
	}
	for _, q := range u.Query {
		if !q.Disabled {
			add(q.Key)
			add(q.Value)
		}
	}
	for _, v := range u.Variables {
		add(collections.ValueString(v.Value))
	}
	for _, h := range r.Headers {
		if !h.Disabled {
			add(h.Key)
			add(h.Value)
			add(string(h.JSON))
		}
	}
	if bd := r.Body; bd != nil && !bd.Disabled {
		add(bd.Raw)
		for _, f := range bd.URLEncoded {
			if !f.Disabled {
				add(f.Key)
				add(f.Value)
				add(string(f.JSON))
			}
		}
		for _, f := range bd.FormData {
			if !f.Disabled {
				add(f.Key)
				add(f.Value)
				add(string(f.JSON))
			}
		}
		if bd.GraphQL != nil {
			add(bd.GraphQL.Query)
			add(bd.GraphQL.Variables)
		}
	}
	if r.Auth != nil {
		for _, p := range r.Auth.Params {
			add(collections.ValueString(p.Value))
		}
	}
	return b.String()
}

// promptMissing asks for every --prompt variable the request uses while it is
// empty, and stores the answer in the scope that holds the variable.
func (r *run) promptMissing(name string, req *collections.Request) error {
	if len(r.opts.PromptVars) == 0 || r.opts.Prompt == nil {
		return nil
	}
	text := ""
	for _, v := range r.opts.PromptVars {
		if val, ok := r.vars.Get(v); ok && collections.ValueString(val) != "" {
			continue
		}
		if text == "" {
			text = requestText(req)
		}
		if !strings.Contains(text, "{{"+v+"}}") {
			continue
		}
		scope := r.scopeHolding(v)
		why := ""
		for _, s := range r.scopes() {
			if vr, ok := s.Variable(v); ok && vr.Description != "" {
				why = r.vars.Resolve(vr.Description)
				break
			}
		}
		answer, err := r.opts.Prompt(r.ctx, PromptQuestion{Request: name, Variable: v, Why: why, Resolve: r.vars.Resolve})
		if err != nil {
			return err
		}
		scope.Set(v, answer)
	}
	return nil
}

// scopeHolding returns the highest-precedence scope that defines key, or the
// collection scope when none does.
func (r *run) scopeHolding(key string) *vars.Scope {
	for _, s := range r.scopes() {
		if _, ok := s.Variable(key); ok {
			return s
		}
	}
	return r.vars.Collection
}

// scopes lists the run's scopes in precedence order, highest first.
func (r *run) scopes() []*vars.Scope {
	return []*vars.Scope{r.vars.Local, r.vars.Data, r.vars.Environment, r.vars.Collection, r.vars.Globals}
}
