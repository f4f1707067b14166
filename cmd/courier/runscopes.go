package main

import (
	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/internal/redact"
	"github.com/courier-run/courier/reporters"
	"github.com/courier-run/courier/runner"
	"github.com/courier-run/courier/vars"
)

// runScopes are the environment, globals and collection variables the run
// began and ended with, for the html report's variables section: at the
// start as the run sets them up (the files with --env-var and --global-var
// over them, as fileVars has them; the first collection's variables), at
// the end as the run left them (nil when it never ran; a run in units
// that ran none has no collection scope: the start's stands); values
// masked as the json report's are.
func runScopes(in *runInputs, res *runner.Result, m *redact.Masker, reveal bool) (start, end *reporters.RunScopes) {
	value := maskedValue(m, reveal)
	scope := func(s *vars.Scope, name string) reporters.Scope {
		out := reporters.Scope{Name: name}
		for _, v := range s.Variables() {
			out.Values = append(out.Values, reporters.ScopeVariable{Key: v.Key, Value: value(v), Type: v.Type, Disabled: v.Disabled})
		}
		return out
	}
	envName, globalsName := fileName(in.envFile), fileName(in.globalsFile)
	first := fileVars(runner.Options{Environment: in.envFile, Globals: in.globalsFile, EnvVars: in.envVars, GlobalVars: in.globalVars})
	start = &reporters.RunScopes{
		Environment: scope(first.Environment, envName),
		Globals:     scope(first.Globals, globalsName),
		Collection:  scope(vars.NewScope(vars.Collection, in.coll.Variables), in.coll.Info.Name),
	}
	if res != nil && res.Variables != nil {
		end = &reporters.RunScopes{
			Environment: scope(res.Variables.Environment, envName),
			Globals:     scope(res.Variables.Globals, globalsName),
			Collection:  scope(res.Variables.Collection, in.coll.Info.Name),
		}
		if res.Variables.Collection == nil {
			end.Collection = start.Collection
		}
	}
	return start, end
}

func fileName(f *collections.Environment) string {
	if f == nil {
		return ""
	}
	return f.Name
}
