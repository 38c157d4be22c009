package ui

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"baocao/templates"
)

// newTestWindow builds the window on a headless test app with its own
// recovery folder and a short autosave delay.
func newTestWindow(t testing.TB, opts Options) *Window {
	t.Helper()
	a := test.NewTempApp(t)
	if opts.Templates == nil {
		opts.Templates = templates.Builtin
	}
	if opts.RecoveryDir == "" {
		opts.RecoveryDir = filepath.Join(t.TempDir(), "recovery")
	}
	if opts.UserTemplates == "" {
		opts.UserTemplates = filepath.Join(t.TempDir(), "templates")
	}
	if opts.AutosaveDelay == 0 {
		opts.AutosaveDelay = 20 * time.Millisecond
	}
	if opts.Version == "" {
		opts.Version = "test"
	}
	w := New(a, opts)
	q := make(chan func(), 4096)
	w.do = func(f func()) { q <- f }
	testQueues[w] = q
	w.win.Resize(fyne.NewSize(1200, 800))
	t.Cleanup(func() {
		w.stopTimers()
		w.bg.Wait() // nothing may write into the test's folders after it ends
		if w.wiz != nil {
			w.wiz.close()
		}
		SetLanguage(LangVietnamese)
	})
	return w
}

// capture writes the window's canvas to path as PNG.
func capture(t testing.TB, w *Window, path string) {
	t.Helper()
	img := w.win.Canvas().Capture()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// testQueues holds, per test window, the functions its background work
// handed to the UI goroutine; the test's goroutine runs them in pump.
var testQueues = map[*Window]chan func(){}

// pump runs the UI work queued by w's background goroutines.
func pump(w *Window) {
	for {
		select {
		case f := <-testQueues[w]:
			f()
		default:
			return
		}
	}
}

// waitFor runs w's queued UI work until cond holds or a deadline passes.
func waitFor(t testing.TB, w *Window, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		pump(w)
		if cond() {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}
