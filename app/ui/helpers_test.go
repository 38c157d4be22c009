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
	w.win.Resize(fyne.NewSize(1200, 800))
	t.Cleanup(func() {
		w.stopTimers()
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

// waitFor polls cond on the UI goroutine until it holds or a deadline.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		ok := false
		fyne.DoAndWait(func() { ok = cond() })
		if ok {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}
