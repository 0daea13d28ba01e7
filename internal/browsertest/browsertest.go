// Package browsertest starts the headless Chromium that browser tests drive (chromedp).
package browsertest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// ChromiumPath is Debian's Chromium, which `make deps` installs (deps/apt.txt).
const ChromiumPath = "/usr/bin/chromium"

// Start starts a headless Chromium for t, stopped when t ends, and returns the context of its
// first tab. The flags keep it off the network: these machines have none, and Chromium would
// otherwise keep trying Google's hosts.
func Start(t testing.TB, ctx context.Context) context.Context {
	t.Helper()
	if _, err := os.Stat(ChromiumPath); err != nil {
		t.Fatalf("%s: %v (make deps installs Debian's chromium)", ChromiumPath, err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(ChromiumPath), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	bctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return bctx
}

// Page is a tab with test helpers that fail the test on error.
type Page struct {
	T   testing.TB
	Ctx context.Context
}

// Do runs steps, each call bounded to 30 s; on failure it reports the page's text.
func (p Page) Do(what string, steps ...chromedp.Action[chromedp.Void]) {
	p.T.Helper()
	ctx, cancel := context.WithTimeout(p.Ctx, timeout)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		body, _ := chromedp.Run(p.Ctx, chromedp.Evaluate[string]("document.body ? document.body.innerText.slice(0, 2000) : ''"))
		p.T.Fatalf("%s: %v\npage text:\n%s", what, err, body)
	}
}

// Text is the visible text of the first element sel matches, waiting (up to 30 s) for one to
// exist.
func (p Page) Text(sel string) string {
	p.T.Helper()
	return p.first(sel, "text", "e.innerText")
}

// Attr is the value of attribute name of the first element sel matches ("" when it has none),
// waiting for one as Text does.
func (p Page) Attr(sel, name string) string {
	p.T.Helper()
	return p.first(sel, "attribute "+name, "(e.getAttribute("+quote(name)+") || '')")
}

// first evaluates value (a JavaScript string expression of e) on the first element sel
// matches, in one script evaluation: pages that redraw themselves replace their nodes, and a
// node one DevTools call found can be gone by the next.
func (p Page) first(sel, what, value string) string {
	p.T.Helper()
	// NUL stands for "no such element": no text or attribute the tests read contains one.
	expr := "(() => { const e = document.querySelector(" + quote(sel) + "); return e === null ? '\\u0000' : " + value + " })()"
	deadline := time.Now().Add(timeout)
	for {
		v, err := chromedp.Run(p.Ctx, chromedp.Evaluate[string](expr))
		if err != nil {
			p.T.Fatalf("%s of %s: %v", what, sel, err)
		}
		if v != "\x00" {
			return v
		}
		if time.Now().After(deadline) {
			p.T.Fatalf("%s of %s: no such element after %v", what, sel, timeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Eval evaluates a JavaScript expression.
func Eval[T any](p Page, expr string) T {
	p.T.Helper()
	v, err := chromedp.Run(p.Ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		p.T.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// Count is how many elements sel matches.
func (p Page) Count(sel string) int {
	p.T.Helper()
	return Eval[int](p, "document.querySelectorAll("+quote(sel)+").length")
}

func quote(s string) string {
	b := []byte{'"'}
	for _, c := range []byte(s) {
		if c == '"' || c == '\\' {
			b = append(b, '\\')
		}
		b = append(b, c)
	}
	return string(append(b, '"'))
}

const timeout = 30 * time.Second
