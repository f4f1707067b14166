package check

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/courier-run/courier/collections"
)

// analyseAll compiles and reads every script: each distinct one once, on
// every core.
func (c *checker) analyseAll() {
	type job struct{ src, event, key string }
	var jobs []job
	for _, s := range c.scripts {
		key := s.event + "\x00" + s.src
		if _, ok := c.facts[key]; !ok {
			c.facts[key] = nil
			jobs = append(jobs, job{s.src, s.event, key})
		}
	}
	results := make([]*scriptFacts, len(jobs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(jobs) {
					return
				}
				results[i] = analyse(jobs[i].src, jobs[i].event)
			}
		})
	}
	wg.Wait()
	for i, j := range jobs {
		c.facts[j.key] = results[i]
	}
	for _, s := range c.scripts {
		s.facts = c.facts[s.event+"\x00"+s.src]
	}
}

// checkScripts reports scripts that do not compile and the APIs they use.
func (c *checker) checkScripts() {
	c.analyseAll()
	for _, s := range c.scripts {
		f := s.facts
		if e := f.syntax; e != nil {
			loc := c.scriptLoc(s, max(e.Line, 1), max(e.Column, 1))
			if e.Line == 0 {
				loc.Line, loc.Column = 0, 0
			}
			if strings.HasPrefix(e.Message, "await is only valid") {
				c.add("top-level-await", Error, loc, "top-level await: SyntaxError: %s (Newman and courier run a script as the body of a function; the Postman app's newer sandbox allows it): wrap the code in an async function", e.Message)
				continue
			}
			c.add("script-syntax", Error, loc, "SyntaxError: %s", e.Message)
			continue
		}
		for _, u := range f.apis {
			c.add(u.rule, u.sev, c.scriptLoc(s, u.pos.line, u.pos.col), "%s", u.msg)
		}
	}
}

// checkFlow checks --folder names, setNextRequest targets and that every
// request tests something.
func (c *checker) checkFlow() {
	byName := map[string][]*itemInfo{}
	byID := map[string][]*itemInfo{}
	for _, info := range c.items {
		byName[info.it.Name] = append(byName[info.it.Name], info)
		if info.it.ID != "" {
			byID[info.it.ID] = append(byID[info.it.ID], info)
		}
	}
	for i, f := range c.in.Folders {
		loc := Location{JSONPath: "--folder " + f}
		matches := c.folderMatches[i]
		switch {
		case !c.folderFound[i]:
			c.add("unknown-folder", Error, loc, "--folder %q names no folder or request of the collection (by name or id): courier run stops with exit code 2", f)
		case len(matches) > 1:
			var others []string
			for _, m := range matches {
				if m != c.folderChosen[i] {
					others = append(others, m.path)
				}
			}
			c.add("ambiguous-folder", Warning, loc, "--folder %q names %d items: a run (as Newman's) takes only %s, not %s", f, len(matches), c.folderChosen[i].path, strings.Join(others, ", "))
		}
	}
	// setNextRequest: a request's id, else the last request of that name
	// among those the run runs (as the runner looks it up)
	reqByName := map[string][]*itemInfo{}
	reqByID := map[string]*itemInfo{}
	for _, r := range c.requests {
		reqByName[r.it.Name] = append(reqByName[r.it.Name], r)
		if r.it.ID != "" {
			reqByID[r.it.ID] = r
		}
	}
	for _, s := range c.scripts {
		if _, runs := c.scriptTick(s); !runs {
			continue
		}
		for _, n := range s.facts.nexts {
			if n.stop {
				continue
			}
			loc := c.scriptLoc(s, n.pos.line, n.pos.col)
			if reqByID[n.name] != nil {
				continue
			}
			rs := reqByName[n.name]
			switch {
			case len(rs) == 1:
			case len(rs) > 1:
				c.add("ambiguous-next-request", Warning, loc, "setNextRequest(%s): %d requests are named %q; the run goes to the last one (%s, %s)", quoteJS(n.name), len(rs), n.name, strings.Join(rs[len(rs)-1].label, " / "), rs[len(rs)-1].path)
			case len(byName[n.name]) > 0 || len(byID[n.name]) > 0:
				m := append(byID[n.name], byName[n.name]...)[0]
				why := "is outside the folders --folder selects"
				if m.it.Folder {
					why = "is a folder (setNextRequest jumps to requests)"
				}
				c.add("unknown-next-request", Error, loc, "setNextRequest(%s): %q %s: the iteration ends there", quoteJS(n.name), strings.Join(m.label, " / "), why)
			default:
				c.add("unknown-next-request", Error, loc, "setNextRequest(%s) names no request of the collection (by name or id): the iteration ends there", quoteJS(n.name))
			}
		}
	}
	// the items (nil: the collection) whose test scripts test, or do not
	// compile
	tests, broken := map[*itemInfo]bool{}, map[*itemInfo]bool{}
	for _, s := range c.scripts {
		if s.event == "test" {
			tests[s.owner] = tests[s.owner] || s.facts.tests
			broken[s.owner] = broken[s.owner] || s.facts.syntax != nil
		}
	}
	for _, r := range c.requests {
		t, b := tests[nil] || tests[r], broken[nil] || broken[r]
		for _, p := range r.parents {
			t, b = t || tests[p], b || broken[p]
		}
		if !t && !b { // a test script that does not compile is reported as such
			c.add("no-test", Warning, c.itemLoc(r), "no test script of this request, its folders or the collection calls pm.test or sets tests[…]: a run reports no assertion for it")
		}
	}
}

// checkAuthTypes warns about auth types postman-runtime has no handler for.
func (c *checker) checkAuthTypes() {
	check := func(a *collections.Auth, loc Location) {
		if a != nil && !collections.KnownAuthType(a.Type) {
			c.add("unknown-auth-type", Warning, loc, "auth type %q has no handler in Newman or courier: the request is sent without auth (courier warns: runtime: could not find a handler for auth: %s)", a.Type, a.Type)
		}
	}
	check(c.in.Collection.Auth, c.doc.at(c.doc.root.get("auth"), pathKey(c.doc.base, "auth")))
	for _, info := range c.items {
		if info.it.Folder {
			check(info.it.Auth, c.itemLoc(info, "auth"))
		} else if info.it.Request != nil {
			loc := c.itemLoc(info, "request")
			if a := info.node.get("request").get("auth"); a != nil {
				loc = c.doc.at(a, pathKey(pathKey(info.path, "request"), "auth"))
				loc.Item, loc.itemPos = info.label, info.pos
			}
			check(info.it.Request.Auth, loc)
		}
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
