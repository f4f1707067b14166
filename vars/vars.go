// Package vars holds variable scopes and resolves {{references}} with
// Postman's precedence. Both the runner and the script sandbox use it.
//
// It is public (not internal/) because runner.Result.Variables and
// scripting.Host name its Set; see package events for the rule.
package vars

import (
	"strings"

	"github.com/courier-run/courier/collections"
)

// Scope names, as the sandbox calls them.
const (
	Globals     = "globals"
	Collection  = "collectionVariables"
	Environment = "environment"
	Data        = "iterationData"
	Local       = "variables"
)

// Scope is an ordered set of variables. The zero value is an empty scope.
// A Scope is not safe for concurrent use.
type Scope struct {
	Name  string
	ID    string // the file's id (environment/globals), for export
	Label string // the file's name, for export
	list  []collections.Variable
	index map[string]int
	soft  int // variables disabled by a value other than true (see ScriptVariable)
	// OnSet, when set, is told of every value stored with Set or SetTyped
	// (e.g. so secret masking learns values scripts capture).
	OnSet func(key string, value any, typ string)
}

// NewScope builds a scope from a variable list; disabled variables are kept
// for export but never resolve; with duplicate keys the last enabled one wins
// (the others stay in the list, as in the SDK's VariableList, for export).
func NewScope(name string, vs []collections.Variable) *Scope {
	s := &Scope{Name: name}
	for _, v := range vs {
		if v.Type != "" {
			// a typed variable holds its value cast to the type, as the SDK's
			// Variable does
			v.Value = collections.CastValue(v.Type, v.Value)
		}
		if v.Disabled {
			s.list = append(s.list, v)
			if v.DisabledValue != nil {
				s.soft++
			}
			continue
		}
		s.add(v)
	}
	return s
}

func (s *Scope) lookup(key string) (int, bool) {
	if s == nil || s.index == nil {
		return 0, false
	}
	i, ok := s.index[key]
	return i, ok
}

func (s *Scope) add(v collections.Variable) {
	if s.index == nil {
		s.index = map[string]int{}
	}
	s.index[v.Key] = len(s.list)
	s.list = append(s.list, v)
}

// Get returns an enabled variable's value.
func (s *Scope) Get(key string) (any, bool) {
	i, ok := s.lookup(key)
	if !ok {
		return nil, false
	}
	return s.list[i].Value, true
}

// Variable returns an enabled variable with its metadata.
func (s *Scope) Variable(key string) (collections.Variable, bool) {
	i, ok := s.lookup(key)
	if !ok {
		return collections.Variable{}, false
	}
	return s.list[i], true
}

// Has reports whether an enabled variable exists.
func (s *Scope) Has(key string) bool { _, ok := s.lookup(key); return ok }

// Set creates or updates a variable, keeping its type and other metadata; the
// value is cast to the variable's type (a "number" variable set to "8" holds
// 8), as the SDK's Variable#set does.
func (s *Scope) Set(key string, value any) {
	if i, ok := s.lookup(key); ok {
		if t := s.list[i].Type; t != "" {
			value = collections.CastValue(t, value)
		}
		s.list[i].Value = value
		if s.OnSet != nil {
			s.OnSet(key, value, s.list[i].Type)
		}
		return
	}
	s.add(collections.Variable{Key: key, Value: value})
	if s.OnSet != nil {
		s.OnSet(key, value, "")
	}
}

// SetTyped is Set with an explicit type (e.g. "secret").
func (s *Scope) SetTyped(key string, value any, typ string) {
	if i, ok := s.lookup(key); ok {
		s.list[i].Type = typ
	} else {
		s.add(collections.Variable{Key: key, Type: typ})
	}
	s.Set(key, value)
}

// Unset removes a variable (every enabled one of that key, as the SDK's
// VariableScope#unset does).
func (s *Scope) Unset(key string) {
	if _, ok := s.lookup(key); !ok {
		return
	}
	kept := s.list[:0]
	for _, v := range s.list {
		if v.Disabled || v.Key != key {
			kept = append(kept, v)
		}
	}
	clear(s.list[len(kept):])
	s.list = kept
	s.reindex()
}

func (s *Scope) reindex() {
	s.index = make(map[string]int, len(s.list))
	s.soft = 0
	for i, v := range s.list {
		switch {
		case !v.Disabled:
			s.index[v.Key] = i
		case v.DisabledValue != nil:
			s.soft++
		}
	}
}

// Clear removes every variable.
func (s *Scope) Clear() {
	s.list = nil
	s.index = nil
	s.soft = 0
}

// CopyFrom makes s hold what o holds (o is not changed afterwards).
func (s *Scope) CopyFrom(o *Scope) {
	s.list = append(s.list[:0], o.list...)
	s.reindex()
}

// ScriptVariable is the variable a script's get and has find, as the SDK's
// VariableList#oneNormalizedVariable picks it: the enabled one, else the last
// one with that key if that one is disabled by a value other than true.
func (s *Scope) ScriptVariable(key string) (collections.Variable, bool) {
	if i, ok := s.lookup(key); ok {
		return s.list[i], true
	}
	if s == nil || s.soft == 0 {
		return collections.Variable{}, false
	}
	for i := len(s.list) - 1; i >= 0; i-- {
		if v := s.list[i]; v.Key == key {
			return v, v.DisabledValue != nil
		}
	}
	return collections.Variable{}, false
}

// ScriptEach calls fn for what a script's toObject lists, as the SDK's
// PropertyList#toObject does: each key in the order it first appears, with
// the last of its variables that is enabled or disabled by a value other
// than true.
func (s *Scope) ScriptEach(fn func(v collections.Variable)) {
	if s == nil {
		return
	}
	if s.soft == 0 {
		for _, v := range s.list {
			if !v.Disabled {
				fn(v)
			}
		}
		return
	}
	last := make(map[string]int, len(s.list))
	var keys []string
	for i, v := range s.list {
		if v.Disabled && v.DisabledValue == nil {
			continue
		}
		if _, seen := last[v.Key]; !seen {
			keys = append(keys, v.Key)
		}
		last[v.Key] = i
	}
	for _, k := range keys {
		fn(s.list[last[k]])
	}
}

// Keys returns the enabled keys in order (a duplicated key once, at its
// first place).
func (s *Scope) Keys() []string {
	if s == nil {
		return nil
	}
	out := make([]string, 0, len(s.list))
	for _, v := range s.list {
		if !v.Disabled {
			out = append(out, v.Key)
		}
	}
	if len(out) == len(s.index) {
		return out
	}
	seen := make(map[string]bool, len(out))
	kept := out[:0]
	for _, k := range out {
		if !seen[k] {
			seen[k] = true
			kept = append(kept, k)
		}
	}
	return kept
}

// Variables returns a copy of every variable (disabled ones too), for export.
func (s *Scope) Variables() []collections.Variable {
	if s == nil {
		return nil
	}
	return append([]collections.Variable(nil), s.list...)
}

// Clone returns an independent copy.
func (s *Scope) Clone() *Scope {
	if s == nil {
		return nil
	}
	c := &Scope{Name: s.Name, ID: s.ID, Label: s.Label, OnSet: s.OnSet, list: append([]collections.Variable(nil), s.list...)}
	c.reindex()
	return c
}

// Lookup finds a variable's string value for substitution.
type Lookup func(name string) (string, bool)

// Set of scopes in precedence order, highest first: local, data, environment,
// collection, globals. Dynamic resolves "$name" variables not found in any scope.
type Set struct {
	Local, Data, Environment, Collection, Globals *Scope
	Dynamic                                       func(name string) (string, bool)
}

// ByName returns the scope with a sandbox name.
func (v *Set) ByName(name string) *Scope {
	switch name {
	case Local:
		return v.Local
	case Data:
		return v.Data
	case Environment:
		return v.Environment
	case Collection:
		return v.Collection
	case Globals:
		return v.Globals
	}
	return nil
}

// Get returns a value by Postman's precedence.
func (v *Set) Get(key string) (any, bool) {
	for _, s := range [...]*Scope{v.Local, v.Data, v.Environment, v.Collection, v.Globals} {
		if val, ok := s.Get(key); ok {
			return val, true
		}
	}
	return nil, false
}

func (v *Set) lookup(name string) (string, bool) {
	if val, ok := v.Get(name); ok {
		return collections.ValueString(val), true
	}
	if strings.HasPrefix(name, "$") && v.Dynamic != nil {
		return v.Dynamic(name[1:])
	}
	return "", false
}

// Resolve substitutes {{references}} using every scope.
func (v *Set) Resolve(s string) string { return Replace(s, v.lookup) }

// ResolveIn substitutes using a single scope (pm.environment.replaceIn etc.).
func ResolveIn(s string, sc *Scope, dynamic func(string) (string, bool)) string {
	return Replace(s, func(name string) (string, bool) {
		if val, ok := sc.Get(name); ok {
			return collections.ValueString(val), true
		}
		if strings.HasPrefix(name, "$") && dynamic != nil {
			return dynamic(name[1:])
		}
		return "", false
	})
}

// maxPasses bounds recursive substitution as postman-collection's
// Substitutor does (VARS_SUBREPLACE_LIMIT): at most 19 passes, so a chain of
// references deeper than that, or a cycle, stops where the 19th pass leaves it.
const maxPasses = 19

// Replace substitutes {{name}} references (innermost first, so {{a{{b}}}}
// works) until nothing changes; unresolved references stay as written.
func Replace(s string, lookup Lookup) string {
	if !strings.Contains(s, "{{") {
		return s
	}
	for pass := 0; pass < maxPasses; pass++ {
		out, changed := replaceOnce(s, lookup)
		if !changed {
			return out
		}
		s = out
		if !strings.Contains(s, "{{") {
			return s
		}
	}
	return s
}

func replaceOnce(s string, lookup Lookup) (string, bool) {
	var b strings.Builder
	changed := false
	i := 0
	for i < len(s) {
		open := strings.Index(s[i:], "{{")
		if open < 0 {
			break
		}
		open += i
		// the reference is {{name}} where name holds no braces
		j := open + 2
		for j < len(s) && s[j] != '{' && s[j] != '}' {
			j++
		}
		if j+1 < len(s) && s[j] == '}' && s[j+1] == '}' {
			name := s[open+2 : j]
			if val, ok := lookup(name); ok {
				b.WriteString(s[i:open])
				b.WriteString(val)
				changed = true
				i = j + 2
				continue
			}
			b.WriteString(s[i : j+2])
			i = j + 2
			continue
		}
		b.WriteString(s[i : open+1])
		i = open + 1
	}
	if !changed {
		return s, false
	}
	b.WriteString(s[i:])
	return b.String(), true
}
