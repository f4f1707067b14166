package reporters

import (
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/courier-run/courier/events"
)

// writeJUnitNewman writes the junit report as Newman 6.2.2's junit reporter
// does (JUnitOptions.NewmanCompat), so test histories carried over from
// Newman line up: one <testsuite> per item holding all its executions, one
// <testcase> per assertion name (a later pass hides an earlier failure),
// the suite's tests counted from its last execution, every testcase timed
// with the suite's last response time, request and script errors only in
// <system-err>, skipped tests as passes; laid out as xmlbuilder pretty-prints.
func writeJUnitNewman(w io.Writer, s *events.Summary, o JUnitOptions) error {
	mask := o.Mask
	if mask == nil {
		mask = func(s string) string { return s }
	}
	collClass := newmanClassName(mask(s.Collection))

	// executions by item id, in the order a JavaScript object keeps its keys
	groups := map[string][]*events.Execution{}
	var order []string
	for _, x := range s.Executions {
		if x.Request == nil || x.Skipped {
			continue // not in Newman's run.executions
		}
		id := x.Item.ID
		if _, ok := groups[id]; !ok {
			order = append(order, id)
		}
		groups[id] = append(groups[id], x)
	}
	jsKeyOrder(order)

	timestamp := time.UnixMilli(s.Timings.Started).UTC().Format("2006-01-02T15:04:05.000Z")
	var body strings.Builder
	total := 0.0
	for _, id := range order {
		total += writeNewmanSuite(&body, groups[id], id, timestamp, s, collClass, mask)
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<testsuites`)
	if s.Collection != "" {
		// a collection without a name has none (xmlbuilder leaves out an undefined attribute)
		b.WriteString(` name="` + nmAttr(mask(s.Collection)) + `"`)
	}
	b.WriteString(` tests="` + strconv.Itoa(s.Stats.Tests.Total) + `" time="` + toFixed3(total) + `"`)
	if body.Len() == 0 {
		b.WriteString("/>")
	} else {
		b.WriteString(">\n" + body.String() + "</testsuites>")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// newmanFailure is one failed assertion, with the execution it failed in.
type newmanFailure struct {
	a events.AssertionResult
	c events.Cursor
}

// writeNewmanSuite writes one item's suite and returns the sum of its
// executions' response times (seconds), which make the root's time.
func writeNewmanSuite(b *strings.Builder, execs []*events.Execution, id, timestamp string, s *events.Summary, collClass string, mask func(string) string) float64 {
	it := execs[0].Item
	path := append(append([]string(nil), it.Path...), stringOr(it.Name, it.ID))
	fullName := mask(strings.Join(path, " / "))
	var names []string
	cases := map[string][]newmanFailure{}
	tests, failures, errs := 0, 0, 0
	var errorMessages string
	sum, last := 0.0, 0.0
	for _, x := range execs {
		msg := "Iteration: " + strconv.Itoa(x.Cursor.Iteration) + "\n"
		errored := false
		if e := x.RequestError; e != nil {
			errs++
			errored = true
			msg += "RequestError: " + mask(requestErrorStack(e)) + "\n"
		}
		msg += "\n---\n"
		for _, event := range []string{"test", "prerequest"} {
			for _, se := range x.ScriptErrors {
				if se.Event != event {
					continue
				}
				errs++
				errored = true
				e := scriptError(se.Error, mask)
				msg += event + "ScriptError: " + stringOr(e.Stack, e.Message) + "\n---\n"
			}
		}
		if errored {
			errorMessages += msg
		}
		for _, a := range x.Assertions {
			name := mask(a.Name)
			if _, seen := cases[name]; !seen {
				names = append(names, name)
			}
			if a.Error != nil && !a.Skipped {
				failures++
				cases[name] = append(cases[name], newmanFailure{a, x.Cursor})
			} else {
				cases[name] = []newmanFailure{} // Newman forgets earlier failures of a name that passes
			}
		}
		tests = len(x.Assertions)
		last = 0
		if x.Response != nil {
			last = float64(x.Response.ResponseTime.Milliseconds()) / 1000
		}
		sum += last
	}
	class := newmanClassName(fullName)
	if class == "" {
		class = collClass
	}
	b.WriteString(`  <testsuite name="` + nmAttr(fullName) + `" id="` + nmAttr(id) + `" timestamp="` + timestamp +
		`" tests="` + strconv.Itoa(tests) + `" failures="` + strconv.Itoa(failures) + `" errors="` + strconv.Itoa(errs) +
		`" time="` + toFixed3(sum/float64(len(execs))) + `"`)
	if errorMessages == "" && len(names) == 0 {
		b.WriteString("/>\n")
		return sum
	}
	b.WriteString(">\n")
	if errorMessages != "" {
		b.WriteString("    <system-err>" + nmCDATA(errorMessages) + "</system-err>\n")
	}
	jsKeyOrder(names)
	for _, name := range names {
		b.WriteString(`    <testcase name="` + nmAttr(name) + `" time="` + toFixed3(last) + `" classname="` + nmAttr(class) + `"`)
		fs := cases[name]
		if len(fs) == 0 {
			b.WriteString("/>\n")
			continue
		}
		first := fs[0]
		message := mask(first.a.Error.Message)
		stack := mask(assertionStack(*first.a.Error, first.a.Index, first.c))
		b.WriteString(">\n")
		b.WriteString(`      <failure type="AssertionFailure" message="` + nmAttr(message) + `">` + "\n")
		for _, line := range []string{
			"Failed " + strconv.Itoa(len(fs)) + " times.",
			"Collection JSON ID: " + s.CollectionID + ".",
			"Collection name: " + stringOr(mask(s.Collection), "undefined") + ".", // as JavaScript writes a missing name
			"Request name: " + fullName + ".",
			"Test description: " + name + ".",
			"Error message: " + message + ".",
			"Stacktrace: " + stack + ".",
		} {
			b.WriteString("        " + nmCDATA(line) + "\n")
		}
		b.WriteString("      </failure>\n    </testcase>\n")
	}
	b.WriteString("  </testsuite>\n")
	return sum
}

// requestErrorStack is a request error's stack as Node would print it.
func requestErrorStack(e *events.Error) string {
	if strings.Contains(e.Stack, "\n") {
		return e.Stack
	}
	return stringOr(e.Name, "Error") + ": " + e.Message + nodeFrame(requestErrorFields(e.Message))
}

// jsKeyOrder sorts keys as a JavaScript object lists them: array-index-like
// keys ascending first, then the others in insertion order.
func jsKeyOrder(keys []string) {
	sort.SliceStable(keys, func(i, j int) bool {
		a, aok := arrayIndex(keys[i])
		b, bok := arrayIndex(keys[j])
		if aok && bok {
			return a < b
		}
		return aok && !bok
	})
}

func arrayIndex(k string) (uint64, bool) {
	if k == "" || len(k) > 1 && k[0] == '0' {
		return 0, false
	}
	n, err := strconv.ParseUint(k, 10, 32)
	return n, err == nil && n < math.MaxUint32
}

// toFixed3 is JavaScript's Number#toFixed(3).
func toFixed3(f float64) string {
	return strconv.FormatFloat(math.Round(f*1000)/1000, 'f', 3, 64)
}

// newmanClassName is Newman's getClassName: lodash's upperFirst(camelCase(
// name)) with every character that is not an ASCII word character removed.
func newmanClassName(name string) string {
	var b strings.Builder
	for i, w := range classWords(deburr(strings.NewReplacer("'", "", "\u2019", "").Replace(name))) {
		rs := []rune(strings.ToLower(w))
		if i > 0 {
			rs[0] = unicode.ToUpper(rs[0])
		}
		b.WriteString(string(rs))
	}
	var out strings.Builder
	for _, r := range b.String() {
		if r < 128 && (r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			out.WriteRune(r)
		}
	}
	s := out.String()
	if s == "" {
		return ""
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// deburr is lodash's deburr for Latin-1 letters: accents removed.
func deburr(s string) string {
	return deburrer.Replace(s)
}

var deburrer = strings.NewReplacer(
	"À", "A", "Á", "A", "Â", "A", "Ã", "A", "Ä", "A", "Å", "A", "à", "a", "á", "a", "â", "a", "ã", "a", "ä", "a", "å", "a",
	"Ç", "C", "ç", "c", "Ð", "D", "ð", "d", "È", "E", "É", "E", "Ê", "E", "Ë", "E", "è", "e", "é", "e", "ê", "e", "ë", "e",
	"Ì", "I", "Í", "I", "Î", "I", "Ï", "I", "ì", "i", "í", "i", "î", "i", "ï", "i", "Ñ", "N", "ñ", "n",
	"Ò", "O", "Ó", "O", "Ô", "O", "Õ", "O", "Ö", "O", "Ø", "O", "ò", "o", "ó", "o", "ô", "o", "õ", "o", "ö", "o", "ø", "o",
	"Ù", "U", "Ú", "U", "Û", "U", "Ü", "U", "ù", "u", "ú", "u", "û", "u", "ü", "u", "Ý", "Y", "ý", "y", "ÿ", "y",
	"Æ", "Ae", "æ", "ae", "Þ", "Th", "þ", "th", "ß", "ss",
)

// nmAttr escapes an attribute value as xmlbuilder does (">" stays), with
// characters XML cannot carry as U+FFFD (xmlbuilder would refuse them).
func nmAttr(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", `"`, "&quot;", "\t", "&#x9;", "\n", "&#xA;", "\r", "&#xD;").Replace(xmlLegal(s))
}

// nmCDATA is a CDATA section as xmlbuilder writes it: the first "]]>" split.
func nmCDATA(s string) string {
	return "<![CDATA[" + strings.Replace(xmlLegal(s), "]]>", "]]]]><![CDATA[>", 1) + "]]>"
}

// xmlLegal replaces the characters XML 1.0 cannot carry with U+FFFD.
func xmlLegal(s string) string {
	ok := true
	for i, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF || r == '\uFFFD' && isBadUTF8(s, i) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF || r == '\uFFFD' && isBadUTF8(s, i) {
			r = '\uFFFD'
		}
		b.WriteRune(r)
	}
	return b.String()
}
