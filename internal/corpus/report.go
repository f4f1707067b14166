package corpus

import (
	"encoding/json"
	"fmt"
)

// Run is a json run report (Newman's shape, which courier writes too)
// reduced to what the comparison looks at.
type Run struct {
	ExitCode   int                  `json:"exitCode"`
	Stats      map[string]CountPair `json:"stats"`
	Executions []Execution          `json:"executions"`
	// Error is set when the runner left no report (it refused the input,
	// crashed or timed out): what it said on stderr, shortened.
	Error string `json:"error,omitempty"`
}

// CountPair is one line of run.stats.
type CountPair struct {
	Total  int `json:"total"`
	Failed int `json:"failed"`
}

// Execution is one request the run made, with its scripts' outcome.
type Execution struct {
	Item         string        `json:"item"`
	Iteration    int           `json:"iteration"`
	Method       string        `json:"method,omitempty"`
	URL          string        `json:"url,omitempty"`
	Code         int           `json:"code,omitempty"`
	RequestError string        `json:"requestError,omitempty"` // its code, "(no code)" for an error without one
	Assertions   []Assertion   `json:"assertions"`
	ScriptErrors []ScriptError `json:"scriptErrors,omitempty"`
}

// Assertion is one test result.
type Assertion struct {
	Name    string `json:"name"`
	Status  string `json:"status"` // pass, fail, skip
	Message string `json:"message,omitempty"`
}

// ScriptError is an error a script threw.
type ScriptError struct {
	Event   string `json:"event"`
	Name    string `json:"name"`
	Message string `json:"message"`
}

func (e ScriptError) String() string { return fmt.Sprintf("%s %s: %s", e.Event, e.Name, e.Message) }

// StatKeys are the run.stats lines compared.
var StatKeys = []string{"requests", "assertions", "testScripts", "prerequestScripts"}

// ReduceReport reads a json run report.
func ReduceReport(data []byte, exitCode int) (*Run, error) {
	var rep struct {
		Run struct {
			Stats      map[string]CountPair `json:"stats"`
			Executions []struct {
				ID     string `json:"id"`
				Cursor struct {
					Iteration int `json:"iteration"`
				} `json:"cursor"`
				Item struct {
					Name string `json:"name"`
				} `json:"item"`
				Request *struct {
					Method string          `json:"method"`
					URL    json.RawMessage `json:"url"`
				} `json:"request"`
				Response *struct {
					Code int `json:"code"`
				} `json:"response"`
				RequestError *struct {
					Code string `json:"code"`
				} `json:"requestError"`
				Assertions []struct {
					Assertion string `json:"assertion"`
					Skipped   bool   `json:"skipped"`
					Error     *struct {
						Message string `json:"message"`
					} `json:"error"`
				} `json:"assertions"`
				PrerequestScript []struct {
					Error *struct{ Name, Message string } `json:"error"`
				} `json:"prerequestScript"`
				TestScript []struct {
					Error *struct{ Name, Message string } `json:"error"`
				} `json:"testScript"`
			} `json:"executions"`
		} `json:"run"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, fmt.Errorf("json report: %w", err)
	}
	run := &Run{ExitCode: exitCode, Stats: map[string]CountPair{}, Executions: []Execution{}}
	for _, k := range StatKeys {
		run.Stats[k] = rep.Run.Stats[k]
	}
	prevID := ""
	for _, x := range rep.Run.Executions {
		// Newman pushes the same execution object again for every
		// pm.sendRequest and every digest/NTLM replay (a deliberate difference,
		// see knownDifferences): count it once, or its assertions count twice.
		if x.ID != "" && x.ID == prevID {
			continue
		}
		prevID = x.ID
		ex := Execution{Item: x.Item.Name, Iteration: x.Cursor.Iteration, Assertions: []Assertion{}}
		if x.Request != nil {
			ex.Method = x.Request.Method
			ex.URL = urlString(x.Request.URL)
		}
		if x.Response != nil {
			ex.Code = x.Response.Code
		}
		if x.RequestError != nil {
			// Newman's report keeps only the error's enumerable properties
			// (Node's code, …), not its message
			ex.RequestError = x.RequestError.Code
			if ex.RequestError == "" {
				ex.RequestError = "(no code)"
			}
		}
		for _, a := range x.Assertions {
			ea := Assertion{Name: a.Assertion, Status: "pass"}
			switch {
			case a.Skipped:
				ea.Status = "skip"
			case a.Error != nil:
				ea.Status = "fail"
				ea.Message = a.Error.Message
			}
			ex.Assertions = append(ex.Assertions, ea)
		}
		for _, s := range x.PrerequestScript {
			if s.Error != nil {
				ex.ScriptErrors = append(ex.ScriptErrors, ScriptError{"prerequest", s.Error.Name, s.Error.Message})
			}
		}
		for _, s := range x.TestScript {
			if s.Error != nil {
				ex.ScriptErrors = append(ex.ScriptErrors, ScriptError{"test", s.Error.Name, s.Error.Message})
			}
		}
		run.Executions = append(run.Executions, ex)
	}
	return run, nil
}

// urlString renders a report's request.url: a string, or Newman's URL object
// (protocol, host[], port, path[], query[{key,value}]).
func urlString(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var u map[string]any
	if json.Unmarshal(raw, &u) != nil {
		return string(raw)
	}
	delete(u, "raw") // Newman's object has none; build it the same way for both
	return urlObjectRaw(u)
}
