package main

// The harness of the browser tests of the html report (browser_report_test.go
// has the reports and what they must show): one headless Chromium for the
// whole package, driven through the DevTools protocol with chromedp; a page
// per report and colour scheme that records every request the page makes,
// every console error and every Content-Security-Policy violation; a probe
// that reads the report's DOM contract into Go values; and the checks of
// accessibility (landmarks, text alternatives, contrast, keyboard).
//
// The tests skip, saying why, without /usr/bin/chromium (COURIER_CHROMIUM
// names another) or with -short. CI installs chromium (.ci/run).

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// the browser shared by the package's tests, started by the first that needs it
var browser struct {
	once   sync.Once
	ctx    context.Context
	cancel context.CancelFunc
	err    error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if browser.cancel != nil {
		browser.cancel()
	}
	os.Exit(code)
}

func chromiumPath() string {
	if p := os.Getenv("COURIER_CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

// needBrowser skips the test without a browser and returns the browser's
// context (new tabs are made from it).
func needBrowser(t *testing.T) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: no browser tests")
	}
	path := chromiumPath()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no browser to test the html report in: %s is missing (apt-get install chromium; or COURIER_CHROMIUM=path)", path)
	}
	browser.once.Do(func() {
		opts := append(chromedp.DefaultExecAllocatorOptions[:],
			chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU,
			chromedp.WindowSize(viewportW, viewportH),
			chromedp.Flag("hide-scrollbars", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("mute-audio", true),
		)
		actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
		bctx, bcancel := chromedp.NewContext(actx)
		browser.ctx = bctx
		browser.cancel = func() { bcancel(); acancel() }
		browser.err = chromedp.Do(bctx) // starts the browser
	})
	if browser.err != nil {
		t.Fatalf("starting %s: %v", path, browser.err)
	}
	return browser.ctx
}

const viewportW, viewportH = 1280, 900

// scheme is how a page is shown: the browser's preferred colour scheme and
// whether the report was written with darkTheme (class="dark").
type scheme struct {
	name   string // light, dark, darktheme
	prefer string // prefers-color-scheme
	dark   bool   // the page should look dark
}

var (
	schemeLight     = scheme{"light", "light", false}
	schemeDark      = scheme{"dark", "dark", true}
	schemeDarkTheme = scheme{"darktheme", "light", true} // htmlextra's darkTheme in a light browser
)

// reportPage is one report open in a tab.
type reportPage struct {
	t    *testing.T
	ctx  context.Context
	file string
	url  string
	mu   sync.Mutex
	// requests the page made other than for itself (data: URLs aside)
	requests []string
	// console errors and warnings, exceptions, the browser's log entries
	// of level error and its security warnings (CSP violations among them)
	problems []string
	// how long Navigate took until the load event
	loadTime time.Duration
}

// openReport opens file in a new tab of the shared browser, shown in sc.
func openReport(t *testing.T, file string, sc scheme) *reportPage {
	t.Helper()
	bctx := needBrowser(t)
	ctx, cancel := chromedp.NewContext(bctx)
	t.Cleanup(cancel)
	ctx, cancelT := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancelT)
	abs, err := filepath.Abs(file)
	if err != nil {
		t.Fatal(err)
	}
	p := &reportPage{t: t, ctx: ctx, file: abs, url: (&url.URL{Scheme: "file", Path: abs}).String()}
	if err := chromedp.Do(ctx); err != nil { // attach the tab
		t.Fatal(err)
	}
	if err := chromedp.Listen(ctx, p.event); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: sc.prefer}},
	}); err != nil {
		t.Fatal(err)
	}
	// CSP violations and errors as the page itself sees them (an injected
	// script is not subject to the page's CSP)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__violations = []; window.__errors = [];
document.addEventListener('securitypolicyviolation', function (e) { window.__violations.push(e.violatedDirective + ' ' + e.blockedURI); });
window.addEventListener('error', function (e) { window.__errors.push(String(e.message || e.type)); }, true);`,
	}); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(viewportW, viewportH), chromedp.Navigate(p.url)); err != nil {
		t.Fatalf("opening %s: %v", file, err)
	}
	p.loadTime = time.Since(start)
	return p
}

// event runs in the tab's event loop: it only records.
func (p *reportPage) event(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		u := ev.Request.URL
		if u != p.url && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "about:") {
			p.requests = append(p.requests, u)
		}
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var args []string
			for _, a := range ev.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			p.problems = append(p.problems, "console."+string(ev.Type)+": "+strings.Join(args, " "))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		text := d.Text
		if d.Exception != nil {
			text += " " + d.Exception.Description
		}
		p.problems = append(p.problems, "exception: "+text)
	case *log.EventEntryAdded:
		// (the browser's own warnings, deprecations say, are not the page's
		// doing; its security warnings are)
		if e := ev.Entry; e.Level == log.EntryLevelError || e.Level == log.EntryLevelWarning && e.Source == log.EntrySourceSecurity {
			p.problems = append(p.problems, "log "+string(e.Source)+" "+string(e.Level)+": "+e.Text)
		}
	}
}

// eval evaluates a JavaScript expression in the page and decodes its value.
func eval[T any](p *reportPage, expr string) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("evaluating %.80q…: %v", expr, err)
	}
	return v
}

// do runs actions in the page's tab.
func (p *reportPage) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		p.t.Fatal(err)
	}
}

// click clicks the first element matching a CSS selector, as a mouse does.
func (p *reportPage) click(sel string) {
	p.t.Helper()
	if n := eval[int](p, `document.querySelectorAll(`+jsString(sel)+`).length`); n == 0 {
		p.t.Fatalf("nothing to click: no %s", sel)
	}
	p.do(chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible))
	p.settle()
}

// settle waits two animation frames: the browser handles mouse input with
// the next frame, so what a click does is done by then.
func (p *reportPage) settle() {
	p.t.Helper()
	eval[bool](p, `new Promise(res => requestAnimationFrame(() => requestAnimationFrame(() => res(true))))`)
}

// checkClean fails the test if the page made a request, logged an error or
// warning, or saw a CSP violation so far.
func (p *reportPage) checkClean() {
	p.t.Helper()
	violations := eval[[]string](p, `window.__violations`)
	errs := eval[[]string](p, `window.__errors`)
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.requests) > 0 {
		p.t.Errorf("the page made %d network requests (it must load nothing): %q", len(p.requests), p.requests)
	}
	for _, v := range violations {
		p.t.Errorf("CSP violation: %s", v)
	}
	for _, e := range errs {
		p.t.Errorf("error event in the page: %s", e)
	}
	for _, m := range p.problems {
		p.t.Errorf("%s", m)
	}
}

// screenshot takes a PNG of the page from the top of the element from
// selects ("": the page's top), up to maxH CSS pixels high, the viewport's
// width; checks it looks light or dark as sc says, and writes it
// to the test's temporary folder and, with COURIER_SCREENSHOTS=dir (make
// screenshots), in light and dark mode (darkTheme looks the same as dark) to
// dir/name.png.
func (p *reportPage) screenshot(name string, sc scheme, from string, maxH int) {
	p.t.Helper()
	top := func() float64 {
		if from == "" {
			return 0
		}
		return eval[float64](p, `Math.max(0, document.querySelector(`+jsString(from)+`).getBoundingClientRect().top + window.scrollY - 16)`)
	}
	// what is drawn only near the viewport (content-visibility: auto) is
	// drawn when the viewport holds the whole clip; its height is known
	// once that is drawn
	y := top()
	p.do(chromedp.EmulateViewport(viewportW, int64(math.Ceil(y)+float64(maxH))))
	p.settle()
	defer p.do(chromedp.EmulateViewport(viewportW, viewportH))
	y = top()
	// (the body's height: the document's is at least the viewport's)
	h := math.Min(eval[float64](p, `Math.ceil(document.body.getBoundingClientRect().bottom + window.scrollY)`)-y, float64(maxH))
	buf, err := chromedp.Run(p.ctx, func(ctx context.Context, t *chromedp.Target) ([]byte, error) {
		r, err := cdp.Call(ctx, t, page.CaptureScreenshot, page.CaptureScreenshotParams{
			Format:                page.CaptureScreenshotFormatPng,
			CaptureBeyondViewport: new(true),
			FromSurface:           new(true),
			Clip:                  &page.Viewport{X: 0, Y: y, Width: viewportW, Height: h, Scale: 1},
		})
		return r.Data, err
	})
	if err != nil {
		p.t.Fatalf("screenshot: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil {
		p.t.Fatalf("screenshot is no PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() < viewportW/2 || b.Dy() < 200 {
		p.t.Errorf("screenshot is %dx%d", b.Dx(), b.Dy())
	}
	lum := meanLuminance(img)
	if sc.dark && lum > 0.35 || !sc.dark && lum < 0.65 {
		p.t.Errorf("screenshot in %s mode has a mean luminance of %.2f: it should look %s", sc.name, lum, map[bool]string{true: "dark", false: "light"}[sc.dark])
	}
	out := filepath.Join(p.t.TempDir(), name+".png")
	if err := os.WriteFile(out, buf, 0o644); err != nil {
		p.t.Fatal(err)
	}
	if dir := os.Getenv("COURIER_SCREENSHOTS"); dir != "" && sc != schemeDarkTheme {
		// kept in the repository: 256 colours, a third of the size
		var small bytes.Buffer
		if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&small, paletted(img)); err != nil {
			p.t.Fatal(err)
		}
		buf = small.Bytes()
		if err := os.MkdirAll(dir, 0o755); err != nil {
			p.t.Fatal(err)
		}
		out = filepath.Join(dir, name+".png")
		if err := os.WriteFile(out, buf, 0o644); err != nil {
			p.t.Fatal(err)
		}
	}
	p.t.Logf("screenshot %s: %dx%d, %d kB, mean luminance %.2f", out, img.Bounds().Dx(), img.Bounds().Dy(), len(buf)/1024, lum)
}

// paletted reduces a screenshot to its 256 most used colours (counted in
// buckets of 5 bits a channel, each the mean of its pixels), every pixel
// taking the palette colour nearest its bucket: flat UI colours stay exact,
// anti-aliased edges move a little.
func paletted(img image.Image) *image.Paletted {
	b := img.Bounds()
	type acc struct{ n, r, g, b uint64 }
	buckets := make([]acc, 1<<15)
	key := func(r, g, bl uint32) int { return int(r>>11)<<10 | int(g>>11)<<5 | int(bl>>11) }
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			a := &buckets[key(r, g, bl)]
			a.n++
			a.r += uint64(r >> 8)
			a.g += uint64(g >> 8)
			a.b += uint64(bl >> 8)
		}
	}
	order := make([]int, 0, len(buckets))
	for k, a := range buckets {
		if a.n > 0 {
			order = append(order, k)
		}
	}
	slices.SortFunc(order, func(i, j int) int { return int(buckets[j].n) - int(buckets[i].n) })
	var pal color.Palette
	for _, k := range order[:min(256, len(order))] {
		a := buckets[k]
		pal = append(pal, color.RGBA{uint8(a.r / a.n), uint8(a.g / a.n), uint8(a.b / a.n), 255})
	}
	nearest := make([]int16, len(buckets))
	for i := range nearest {
		nearest[i] = -1
	}
	out := image.NewPaletted(b, pal)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			k := key(r, g, bl)
			if nearest[k] < 0 {
				nearest[k] = int16(pal.Index(color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), 255}))
			}
			out.Pix[out.PixOffset(x, y)] = uint8(nearest[k])
		}
	}
	return out
}

// meanLuminance is an image's mean relative luminance (0 black, 1 white),
// over a grid of samples.
func meanLuminance(img image.Image) float64 {
	b := img.Bounds()
	var sum float64
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, _ := img.At(x, y).RGBA()
			sum += relLuminance(float64(r)/0xffff, float64(g)/0xffff, float64(bl)/0xffff)
			n++
		}
	}
	return sum / float64(max(n, 1))
}

// relLuminance is WCAG's relative luminance of an sRGB colour (0..1 each).
func relLuminance(r, g, b float64) float64 {
	lin := func(c float64) float64 {
		if c <= 0.04045 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// ---- the DOM contract, read from the page ----

type probeRollup struct {
	Requests int    `json:"requests"`
	Passed   int    `json:"passed"`
	Failed   int    `json:"failed"`
	Skipped  int    `json:"skipped"`
	Text     string `json:"text"`
}

type probeFolder struct {
	Path    string       `json:"path"`
	Summary string       `json:"summary"`
	Rollup  *probeRollup `json:"rollup"`
}

type probeExec struct {
	ID      string `json:"id"`
	Status  string `json:"status"`
	Name    string `json:"name"`
	Folder  string `json:"folder"` // data-path of the closest folder, "" at the root
	Visible bool   `json:"visible"`
}

type probeIteration struct {
	N       string        `json:"n"`
	Visible bool          `json:"visible"`
	Folders []probeFolder `json:"folders"`
	Execs   []probeExec   `json:"execs"`
}

type probeButton struct {
	Iteration string `json:"iteration"`
	Text      string `json:"text"`
	Pressed   string `json:"pressed"`
}

type probeSwitcher struct {
	Label   string        `json:"label"`
	Buttons []probeButton `json:"buttons"`
}

type probeMark struct {
	Tag  string            `json:"tag"`
	Data map[string]string `json:"data"`
	Name string            `json:"name"` // the mark's own <title>, if any
}

type probeFigure struct {
	SVGRole    string      `json:"svgRole"`
	SVGName    string      `json:"svgName"` // from aria-labelledby / aria-label
	Title      string      `json:"title"`
	Desc       string      `json:"desc"`
	Caption    string      `json:"caption"`
	TableRows  [][]string  `json:"tableRows"` // the text alternative's rows (header row first)
	InDetails  bool        `json:"inDetails"` // the table is inside a <details>
	Marks      []probeMark `json:"marks"`
	SVGVisible bool        `json:"svgVisible"`
}

type probeChange struct {
	Class string `json:"class"`
	Text  string `json:"text"`
	Href  string `json:"href"`
}

type probeBadge struct {
	Exec  string `json:"exec"`
	Class string `json:"class"`
	Text  string `json:"text"`
}

type probeBaseline struct {
	Counts  map[string]int `json:"counts"`
	Changes []probeChange  `json:"changes"`
}

type probe struct {
	Iterations   []probeIteration        `json:"iterations"`
	Execs        []probeExec             `json:"execs"` // every exec, in page order
	Switcher     *probeSwitcher          `json:"switcher"`
	ChartsLabel  *string                 `json:"chartsLabel"`
	Figures      map[string]*probeFigure `json:"figures"`
	Baseline     *probeBaseline          `json:"baseline"`
	Badges       []probeBadge            `json:"badges"`
	FailureLinks []string                `json:"failureLinks"`
	Stats        map[string]int          `json:"stats"`
	// the variables tables: #vars-start and #vars-end, key to value text
	Vars map[string]map[string]string `json:"vars"`
	Text string                       `json:"text"` // the page's whole text and attribute values
}

const probeJS = `(() => {
  const txt = el => el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
  const num = (el, a) => { const v = el.getAttribute(a); return v === null ? -1 : Number(v); };
  const visible = el => !!(el.getClientRects().length) && getComputedStyle(el).visibility !== 'hidden';
  const execOf = e => {
    const f = e.parentElement ? e.parentElement.closest('details.folder') : null;
    const name = e.querySelector(':scope > summary .name');
    return {id: e.id, status: e.getAttribute('data-status') || '', name: txt(name),
      folder: f ? (f.getAttribute('data-path') || '') : '', visible: visible(e)};
  };
  const out = {};
  out.iterations = [...document.querySelectorAll('#requests section.iteration')].map(s => ({
    n: s.getAttribute('data-iteration'), visible: visible(s),
    folders: [...s.querySelectorAll('details.folder')].map(d => {
      const sum = d.querySelector(':scope > summary');
      const r = sum ? sum.querySelector('.rollup') : null;
      return {path: d.getAttribute('data-path'), summary: txt(sum),
        rollup: r && {requests: num(r, 'data-requests'), passed: num(r, 'data-passed'), failed: num(r, 'data-failed'), skipped: num(r, 'data-skipped'), text: txt(r)}};
    }),
    execs: [...s.querySelectorAll('details.exec')].map(execOf),
  }));
  out.execs = [...document.querySelectorAll('details.exec')].map(execOf);
  const nav = document.querySelector('nav#iterations');
  out.switcher = nav && {label: nav.getAttribute('aria-label') || '',
    buttons: [...nav.querySelectorAll('button[data-iteration]')].map(b => ({iteration: b.getAttribute('data-iteration'), text: txt(b), pressed: b.getAttribute('aria-pressed') || ''}))};
  const charts = document.querySelector('section#charts');
  out.chartsLabel = charts ? (charts.getAttribute('aria-label') || '') : null;
  out.figures = {};
  for (const id of ['chart-times', 'chart-timeline', 'chart-assertions']) {
    const f = document.getElementById(id);
    if (!f) { out.figures[id] = null; continue; }
    const svg = f.querySelector('svg');
    let name = '';
    if (svg) {
      const lb = svg.getAttribute('aria-labelledby');
      name = lb ? lb.split(/\s+/).map(i => txt(document.getElementById(i))).join(' ').trim() : (svg.getAttribute('aria-label') || '');
    }
    const table = f.querySelector('table');
    out.figures[id] = {
      svgRole: svg ? (svg.getAttribute('role') || '') : '', svgName: name, svgVisible: !!svg && visible(svg),
      title: svg ? txt(svg.querySelector(':scope > title')) : '', desc: svg ? txt(svg.querySelector(':scope > desc')) : '',
      caption: txt(f.querySelector('figcaption')),
      tableRows: table ? [...table.rows].map(r => [...r.cells].map(c => txt(c))) : [],
      inDetails: !!(table && table.closest('details')),
      marks: svg ? [...svg.querySelectorAll('*')].filter(e => Object.keys(e.dataset).length > 0).map(e => ({
        tag: e.tagName.toLowerCase(), data: Object.assign({}, e.dataset),
        name: txt(e.querySelector(':scope > title')) || (e.parentElement && e.parentElement.tagName.toLowerCase() === 'g' ? txt(e.parentElement.querySelector(':scope > title')) : '')})) : [],
    };
  }
  const bl = document.getElementById('baseline');
  out.baseline = bl && {
    counts: Object.fromEntries([...bl.querySelectorAll('.bl-count')].map(c => [c.id.replace(/^baseline-/, ''), Number(txt(c.querySelector('strong')))])),
    changes: [...bl.querySelectorAll('li.bl')].map(li => ({class: [...li.classList].filter(c => c !== 'bl').join(' '), text: txt(li), href: (li.querySelector('a') || {getAttribute: () => ''}).getAttribute('href') || ''})),
  };
  out.badges = [...document.querySelectorAll('details.exec > summary .badge')].filter(b => [...b.classList].some(c => c.startsWith('bl-'))).map(b => ({
    exec: b.closest('details.exec').id, class: [...b.classList].find(c => c.startsWith('bl-')), text: txt(b)}));
  out.failureLinks = [...document.querySelectorAll('#failures a[href^="#"]')].map(a => a.getAttribute('href'));
  out.stats = {};
  for (const td of document.querySelectorAll('#stats td[id^="stat-"]')) { out.stats[td.id.replace(/^stat-/, '')] = Number(txt(td)); }
  out.vars = {};
  for (const id of ['vars-start', 'vars-end']) {
    const tb = document.getElementById(id);
    if (!tb) { continue; }
    out.vars[id] = {};
    for (const tr of tb.querySelectorAll('tr')) {
      if (tr.cells.length === 2 && tr.cells[0].tagName === 'TD') { out.vars[id][txt(tr.cells[0])] = txt(tr.cells[1]); }
    }
  }
  out.text = document.documentElement.outerHTML;
  return out;
})()`

// probe reads the page's DOM contract.
func (p *reportPage) probe() probe {
	p.t.Helper()
	return eval[probe](p, probeJS)
}

// ---- accessibility ----

// checkLandmarks checks the page's landmarks through the browser's
// accessibility tree: one main, a header with the title, the iteration
// navigation when there is one, every section named, every image named.
func (p *reportPage) checkLandmarks(wantNav bool) {
	p.t.Helper()
	tree, err := chromedp.Call(p.ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	if err != nil {
		p.t.Fatal(err)
	}
	roles := map[string][]string{}
	for _, n := range tree.Nodes {
		if n.Ignored || n.Role == nil {
			continue
		}
		role := axString(n.Role)
		roles[role] = append(roles[role], axString(n.Name))
	}
	if n := len(roles["main"]); n != 1 {
		p.t.Errorf("%d main landmarks, want 1", n)
	}
	if wantNav && !contains(roles["navigation"], "Iterations") {
		p.t.Errorf("no navigation landmark named Iterations (navigation landmarks: %q)", roles["navigation"])
	}
	for _, name := range roles["image"] {
		if strings.TrimSpace(name) == "" {
			p.t.Errorf("an image has no text alternative")
		}
	}
	// The DOM side: a header with the title, every section (a region
	// landmark once named) and every svg or img with a text alternative.
	problems := eval[[]string](p, `(() => {
  const out = [];
  const name = el => {
    const lb = el.getAttribute('aria-labelledby');
    if (lb) { return lb.split(/\s+/).map(i => { const r = document.getElementById(i); return r ? r.textContent : ''; }).join(' ').trim(); }
    return (el.getAttribute('aria-label') || '').trim();
  };
  if (!document.querySelector('header h1')) { out.push('no header with the title (h1)'); }
  if (document.querySelectorAll('main').length !== 1) { out.push(document.querySelectorAll('main').length + ' main elements'); }
  const sections = [...document.querySelectorAll('section')];
  const lone = document.querySelectorAll('section.iteration').length === 1;
  for (const s of sections) {
    // a run of one iteration may wrap its tree in an unnamed section
    if (lone && s.classList.contains('iteration')) { continue; }
    if (!name(s)) { out.push('section ' + (s.id ? '#' + s.id : s.className ? '.' + s.className.split(' ').join('.') : '') + ' has no label (aria-label or aria-labelledby)'); }
  }
  for (const g of document.querySelectorAll('svg')) {
    if (g.closest('[aria-hidden="true"]')) { continue; }
    if (g.getAttribute('role') !== 'img' || !name(g)) { out.push('svg ' + (g.parentElement.id || '') + ' is not an image with a name (role="img" and aria-labelledby)'); }
  }
  for (const i of document.querySelectorAll('img')) {
    if (!i.hasAttribute('alt')) { out.push('img without alt'); }
  }
  for (const n of document.querySelectorAll('nav')) {
    if (!name(n)) { out.push('nav ' + n.id + ' has no label'); }
  }
  return out;
})()`)
	for _, s := range problems {
		p.t.Errorf("accessibility: %s", s)
	}
}

func axString(v *accessibility.Value) string {
	if v == nil || len(v.Value) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(v.Value, &s) == nil {
		return s
	}
	return string(v.Value)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// contrastJS opens every <details> (waiting for what their opening renders),
// shows every tab panel, then measures the
// contrast of each visible piece of text (HTML text by its colour, SVG text
// by its fill) against the background painted behind it: the element's and
// its ancestors' background colours, and for SVG text the shapes drawn before
// it under its centre. WCAG AA: 4.5:1, 3:1 for large text (24px, or 18.66px
// bold). It returns the failures, worst first, at most 20.
const contrastJS = `(async () => {
  for (const d of document.querySelectorAll('details')) { d.open = true; }
  // toggle events (which may render what a closed details held) come later
  await new Promise(res => setTimeout(res, 0));
  await new Promise(res => requestAnimationFrame(() => setTimeout(res, 0)));
  for (const d of document.querySelectorAll('details')) { d.open = true; }
  const show = document.createElement('style');
  show.textContent = '[role="tabpanel"] { display: block !important; }';
  document.head.appendChild(show);
  for (const p of document.querySelectorAll('[role="tabpanel"]')) { p.hidden = false; }
  const cv = document.createElement('canvas'); cv.width = cv.height = 1;
  const cx = cv.getContext('2d', {willReadFrequently: true});
  const parse = s => {
    if (!s || s === 'none' || s === 'transparent') { return null; }
    let m = s.match(/^rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
    if (!m) {
      cx.clearRect(0, 0, 1, 1); cx.fillStyle = '#000'; cx.fillStyle = s; cx.fillRect(0, 0, 1, 1);
      const d = cx.getImageData(0, 0, 1, 1).data;
      return {r: d[0], g: d[1], b: d[2], a: d[3] / 255};
    }
    let a = m[4] === undefined ? 1 : (m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]));
    return {r: +m[1], g: +m[2], b: +m[3], a: a};
  };
  const over = (top, under) => ({r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1});
  const lum = c => { const f = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const hex = c => '#' + [c.r, c.g, c.b].map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
  const shapes = 'rect,path,circle,ellipse,polygon,polyline,line';
  const background = el => {
    const layers = [];
    let opacity = 1;
    let html = el;
    if (el instanceof SVGElement) {
      const svg = el.ownerSVGElement || el;
      const box = el.getBoundingClientRect();
      const px = box.left + box.width / 2, py = box.top + box.height / 2;
      const below = [...svg.querySelectorAll(shapes)].filter(s => (s.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) && !s.contains(el));
      for (let i = below.length - 1; i >= 0; i--) {
        const s = below[i], r = s.getBoundingClientRect();
        if (px < r.left || px > r.right || py < r.top || py > r.bottom || r.width === 0 || r.height === 0) { continue; }
        const st = getComputedStyle(s);
        if (st.display === 'none' || st.visibility === 'hidden') { continue; }
        const f = parse(st.fill);
        if (!f || f.a === 0) { continue; }
        f.a *= parseFloat(st.fillOpacity || '1') * parseFloat(st.opacity || '1');
        layers.push(f);
        if (f.a >= 1) { break; }
      }
      html = svg.parentElement;
    }
    if (!layers.length || layers[layers.length - 1].a < 1) {
      for (let n = html; n; n = n.parentElement) {
        const st = getComputedStyle(n);
        const c = parse(st.backgroundColor);
        if (c && c.a > 0) { layers.push(c); if (c.a >= 1) { break; } }
      }
    }
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) { opacity *= parseFloat(getComputedStyle(n).opacity || '1'); }
    let bg = {r: 255, g: 255, b: 255, a: 1};
    if (getComputedStyle(document.documentElement).colorScheme.includes('dark') && !layers.length) { bg = {r: 0, g: 0, b: 0, a: 1}; }
    for (let i = layers.length - 1; i >= 0; i--) { bg = over(layers[i], bg); }
    return {bg, opacity};
  };
  const fails = [];
  let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.nodeValue.trim()) { continue; }
    const el = t.parentElement;
    if (!el || seen.has(el) || el.closest('script,style,title,desc,noscript,option')) { continue; }
    seen.add(el);
    if (!el.getClientRects().length) { continue; }
    const st = getComputedStyle(el);
    if (st.visibility === 'hidden' || st.display === 'none') { continue; }
    const r = document.createRange(); r.selectNodeContents(t);
    if (!r.getClientRects().length) { continue; }
    const isSVG = el instanceof SVGElement;
    let fg = parse(isSVG ? st.fill : st.color);
    if (!fg) { continue; }
    const {bg, opacity} = background(el);
    fg = over({r: fg.r, g: fg.g, b: fg.b, a: fg.a * opacity * (isSVG ? parseFloat(st.fillOpacity || '1') : 1)}, bg);
    const size = parseFloat(st.fontSize), bold = parseInt(st.fontWeight, 10) >= 700;
    const need = (size >= 24 || (size >= 18.66 && bold)) ? 3 : 4.5;
    const c = ratio(fg, bg);
    checked++;
    if (c < need) {
      const where = el.id ? '#' + el.id : el.tagName.toLowerCase() + (el.getAttribute('class') ? '.' + el.getAttribute('class').trim().split(/\s+/).join('.') : '');
      fails.push({ratio: c, text: where + ' "' + t.nodeValue.trim().slice(0, 40) + '": ' + hex(fg) + ' on ' + hex(bg) + ' = ' + c.toFixed(2) + ':1, needs ' + need + ':1'});
    }
  }
  fails.sort((a, b) => a.ratio - b.ratio);
  return {checked, fails: fails.slice(0, 20).map(f => f.text), failed: fails.length};
})()`

type contrastResult struct {
	Checked int      `json:"checked"`
	Failed  int      `json:"failed"`
	Fails   []string `json:"fails"`
}

// checkContrast checks WCAG AA contrast of all the page's text. It opens
// every details element and tab panel: reload the page after it.
func (p *reportPage) checkContrast(sc scheme) {
	p.t.Helper()
	r := eval[contrastResult](p, contrastJS)
	if r.Checked < 20 {
		p.t.Errorf("contrast: only %d text elements measured", r.Checked)
	}
	if r.Failed > 0 {
		p.t.Errorf("contrast in %s mode: %d of %d text elements below WCAG AA, the worst:\n  %s", sc.name, r.Failed, r.Checked, strings.Join(r.Fails, "\n  "))
	}
}

// focused describes the focused element.
type focused struct {
	Tag      string `json:"tag"`
	Href     string `json:"href"`
	Text     string `json:"text"`
	InFailed string `json:"inFailed"` // the failures table, or the id of the failed exec it is in
}

const focusedJS = `(() => {
  const a = document.activeElement;
  if (!a || a === document.body) { return {tag: '', href: '', text: '', inFailed: ''}; }
  const x = a.closest('details.exec');
  return {tag: a.tagName.toLowerCase(), href: a.getAttribute('href') || '', text: a.textContent.replace(/\s+/g, ' ').trim().slice(0, 60),
    inFailed: a.closest('#failures') ? 'failures' : (x && x.getAttribute('data-status') === 'failed' && a.parentElement === x ? x.id : '')};
})()`

// tabTo presses Tab from the top of the page until the focus is on a link
// to #target (true) or maxTabs presses went by. seen collects every link
// target focused on the way.
func (p *reportPage) tabTo(target string, seen map[string]bool, maxTabs int) bool {
	p.t.Helper()
	for i := 0; i < maxTabs; i++ {
		p.do(chromedp.KeyEvent(kb.Tab))
		f := eval[focused](p, focusedJS)
		if f.Href != "" {
			seen[f.Href] = true
		}
		if f.Href == "#"+target {
			return true
		}
	}
	return false
}

// resetFocus puts the focus back at the top of the page.
func (p *reportPage) resetFocus() {
	p.t.Helper()
	eval[bool](p, `(() => { if (document.activeElement) { document.activeElement.blur(); } window.scrollTo(0, 0); document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex'); return true; })()`)
}

// checkKeyboard checks that pressing Tab from the top reaches a link to each
// of the failed executions ids, and that Enter on it opens that execution
// and shows it.
func (p *reportPage) checkKeyboard(failedIDs []string) {
	p.t.Helper()
	for _, id := range failedIDs {
		p.resetFocus()
		seen := map[string]bool{}
		if !p.tabTo(id, seen, 400) {
			p.t.Errorf("keyboard: 400 Tab presses from the top never reach a link to failure #%s (links reached: %d)", id, len(seen))
			continue
		}
		p.do(chromedp.KeyEvent(kb.Enter))
		st := eval[struct {
			Hash    string  `json:"hash"`
			Open    bool    `json:"open"`
			Visible bool    `json:"visible"`
			Top     float64 `json:"top"`
		}](p, `new Promise(res => requestAnimationFrame(() => requestAnimationFrame(() => {
  const x = document.getElementById(`+jsString(id)+`);
  const r = x.getBoundingClientRect();
  res({hash: location.hash, open: x.open, visible: x.checkVisibility({visibilityProperty: true}), top: r.top});
})))`)
		if st.Hash != "#"+id || !st.Open || !st.Visible || st.Top < -1 || st.Top > viewportH {
			p.t.Errorf("keyboard: Enter on the link to failure #%s: location %q, open %v, visible %v, top at %.0fpx; want it opened and scrolled into view", id, st.Hash, st.Open, st.Visible, st.Top)
		}
	}
}

// visibleExecs lists the ids of the executions the page shows: none of
// their ancestors is hidden by its styles (a closed folder's executions
// count: a click shows them).
func (p *reportPage) visibleExecs() []string {
	p.t.Helper()
	return eval[[]string](p, `[...document.querySelectorAll('details.exec')].filter(e => {
  for (let n = e; n; n = n.parentElement) { if (getComputedStyle(n).display === 'none') { return false; } }
  return getComputedStyle(e).visibility !== 'hidden';
}).map(e => e.id)`)
}

func fmtList[T any](xs []T) string {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, x)
	}
	return b.String()
}
