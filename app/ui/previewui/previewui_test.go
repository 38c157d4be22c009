package previewui

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"baocao/app/pdftest"
	"baocao/app/printing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"github.com/jung-kurt/gofpdf"
)

var screens = flag.String("screens", "", "write screenshots of the widget into this folder (docs/screens)")

func TestMain(m *testing.M) {
	// The shared engine keeps its compilation cache under the config
	// override, never in the user's cache.
	dir, err := os.MkdirTemp("", "previewui-")
	if err != nil {
		panic(err)
	}
	os.Setenv("BAOCAO_CONFIG_DIR", dir)
	code := m.Run()
	if shared.e != nil {
		shared.e.Close()
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

// testPDF makes an A4 document of n pages with a large page number and a
// black bar on each page.
func testPDF(t testing.TB, n int) []byte {
	t.Helper()
	f := gofpdf.New("P", "mm", "A4", "")
	for k := 1; k <= n; k++ {
		f.AddPage()
		f.SetFont("Helvetica", "B", 40)
		f.Text(30, 60, fmt.Sprintf("Page %d/%d", k, n))
		f.SetFont("Times", "", 13)
		for l := range 30 {
			f.Text(30, 80+float64(l)*6.5, "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.")
		}
		f.SetFillColor(0, 0, 0)
		f.Rect(30, 30, 150, 8, "F")
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// harness is a preview whose refreshes a test can wait for.
type harness struct {
	p       *Preview
	w       fyne.Window
	done    chan error
	large   chan struct{}
	renders atomic.Int32
}

func newHarness(t *testing.T, render func() ([]byte, error), setup func(*Preview)) *harness {
	t.Helper()
	test.NewTempApp(t)
	h := &harness{done: make(chan error, 16), large: make(chan struct{}, 16)}
	// The test driver runs fyne.Do at once on the calling goroutine, so
	// the first rendering waits until the window is built (no UI thread
	// serialises them here).
	ready := make(chan struct{})
	counted := func() ([]byte, error) {
		<-ready
		h.renders.Add(1)
		return render()
	}
	h.p = newPreview(counted, func(p *Preview) {
		p.delay = 50 * time.Millisecond
		p.rendered = func(err error) { h.done <- err }
		p.largeDone = func() { h.large <- struct{}{} }
		if setup != nil {
			setup(p)
		}
	})
	t.Cleanup(h.p.Close)
	h.w = test.NewWindow(h.p.Object())
	h.w.Resize(fyne.NewSize(1000, 720))
	t.Cleanup(h.w.Close)
	close(ready)
	return h
}

// wait returns the next refresh's error.
func (h *harness) wait(t *testing.T) error {
	t.Helper()
	select {
	case err := <-h.done:
		return err
	case <-time.After(60 * time.Second):
		t.Fatal("the preview did not render within 60 s")
		return nil
	}
}

func (h *harness) waitLarge(t *testing.T) {
	t.Helper()
	select {
	case <-h.large:
	case <-time.After(30 * time.Second):
		t.Fatal("the large page was not rendered within 30 s")
	}
}

func TestShowsPagesAndNavigates(t *testing.T) {
	pdf := testPDF(t, 3)
	want := pdftest.Pages(t, pdf)
	h := newHarness(t, func() ([]byte, error) { return pdf, nil }, nil)
	if err := h.wait(t); err != nil {
		t.Fatal(err)
	}
	p := h.p
	if p.NumPages() != want {
		t.Fatalf("preview shows %d pages, pdfinfo counts %d", p.NumPages(), want)
	}
	if got := p.pageLabel.Text; got != "Trang 1/3" {
		t.Errorf("page label %q", got)
	}
	if !p.prev.Disabled() || p.next.Disabled() || p.printBtn.Disabled() {
		t.Errorf("on page 1: prev disabled %v, next disabled %v, print disabled %v",
			p.prev.Disabled(), p.next.Disabled(), p.printBtn.Disabled())
	}
	for _, step := range []struct {
		tap   func()
		page  int
		label string
	}{
		{func() { test.Tap(p.next) }, 1, "Trang 2/3"},
		{func() { test.Tap(p.next) }, 2, "Trang 3/3"},
		{func() { test.Tap(p.prev) }, 1, "Trang 2/3"},
		{func() { p.thumbs.Select(0) }, 0, "Trang 1/3"},
	} {
		step.tap()
		h.waitLarge(t)
		if p.Current() != step.page || p.pageLabel.Text != step.label {
			t.Errorf("after a step: page %d label %q, want %d %q", p.Current(), p.pageLabel.Text, step.page, step.label)
		}
	}

	// Zoom: the large page grows with the zoom and is rendered sharper.
	before := p.page.MinSize()
	beforePx := p.page.Image.Bounds().Dx()
	test.Tap(p.zoomIn)
	h.waitLarge(t)
	after := p.page.MinSize()
	if after.Width <= before.Width || p.zoomLabel.Text != "90 %" {
		t.Errorf("zoom in: %v → %v, label %q", before, after, p.zoomLabel.Text)
	}
	if px := p.page.Image.Bounds().Dx(); px <= beforePx {
		t.Errorf("zoomed page not re-rendered: %d px wide, was %d", px, beforePx)
	}
	// A4 at 90 % on a 96 DPI screen: 595.28 pt × 0.9 × 96/72 ≈ 714 units.
	if w := after.Width; w < 712 || w > 716 {
		t.Errorf("A4 at 90%% is %v units wide, want about 714", w)
	}
	for range 10 {
		test.Tap(p.zoomOut)
	}
	if p.zoomLabel.Text != "50 %" || !p.zoomOut.Disabled() {
		t.Errorf("at the smallest zoom: label %q, zoom-out disabled %v", p.zoomLabel.Text, p.zoomOut.Disabled())
	}
}

// TestChangedDebounces: a burst of changes renders once, after the pause,
// and the new pages replace the old ones.
func TestChangedDebounces(t *testing.T) {
	var mu sync.Mutex
	pages := 2
	h := newHarness(t, func() ([]byte, error) {
		mu.Lock()
		defer mu.Unlock()
		return testPDF(t, pages), nil
	}, nil)
	if err := h.wait(t); err != nil {
		t.Fatal(err)
	}
	if h.p.NumPages() != 2 || h.renders.Load() != 1 {
		t.Fatalf("first render: %d pages after %d renders", h.p.NumPages(), h.renders.Load())
	}
	mu.Lock()
	pages = 5
	mu.Unlock()
	for range 10 {
		h.p.Changed()
		time.Sleep(5 * time.Millisecond)
	}
	if err := h.wait(t); err != nil {
		t.Fatal(err)
	}
	select {
	case <-h.done:
		t.Error("a burst of changes rendered more than once")
	case <-time.After(300 * time.Millisecond):
	}
	if n := h.renders.Load(); n != 2 {
		t.Errorf("%d renders, want 2 (the first and one for the burst)", n)
	}
	if h.p.NumPages() != 5 || h.p.pageLabel.Text != "Trang 1/5" {
		t.Errorf("after the change: %d pages, label %q", h.p.NumPages(), h.p.pageLabel.Text)
	}
}

func TestRenderErrors(t *testing.T) {
	var fail atomic.Bool
	fail.Store(true)
	pdf := testPDF(t, 1)
	h := newHarness(t, func() ([]byte, error) {
		if fail.Load() {
			return nil, errors.New("thiếu số hiệu văn bản")
		}
		return pdf, nil
	}, nil)
	if err := h.wait(t); err == nil {
		t.Fatal("no error from a failing render")
	}
	p := h.p
	if !strings.Contains(p.message.Text, "thiếu số hiệu văn bản") || !strings.Contains(p.message.Text, "Chưa dựng được bản in") {
		t.Errorf("message %q", p.message.Text)
	}
	if !p.printBtn.Disabled() || p.pageLabel.Text != "Chưa có trang" {
		t.Errorf("without pages: print disabled %v, label %q", p.printBtn.Disabled(), p.pageLabel.Text)
	}
	fail.Store(false)
	p.Changed()
	if err := h.wait(t); err != nil {
		t.Fatal(err)
	}
	if p.NumPages() != 1 {
		t.Fatalf("%d pages", p.NumPages())
	}
	// A later failure keeps the pages and says the preview is stale.
	fail.Store(true)
	p.Changed()
	if err := h.wait(t); err == nil {
		t.Fatal("no error")
	}
	if p.NumPages() != 1 || !strings.Contains(p.status.Text, "chưa cập nhật") {
		t.Errorf("after a later failure: %d pages, status %q", p.NumPages(), p.status.Text)
	}
	// Not a PDF at all.
	h2 := newHarness(t, func() ([]byte, error) { return []byte("không phải PDF"), nil }, nil)
	if err := h2.wait(t); err == nil || !strings.Contains(h2.p.message.Text, "PDF") {
		t.Errorf("bad PDF: err %v, message %q", err, h2.p.message.Text)
	}
}

// fakeRunner records the print command instead of printing.
type fakeRunner struct {
	mu   sync.Mutex
	cmds [][]string
}

func (f *fakeRunner) LookPath(file string) (string, error) {
	if file == "lp" {
		return "/usr/bin/lp", nil
	}
	return "", errors.New("not found")
}

func (f *fakeRunner) Run(_ context.Context, name string, args ...string) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.cmds = append(f.cmds, append([]string{name}, args...))
	return []byte("request id is Laser-7 (1 file(s))"), nil
}

func (f *fakeRunner) ShellExecute(verb, file string) error { return errors.New("not Windows") }

func TestPrint(t *testing.T) {
	pdf := testPDF(t, 2)
	dir := t.TempDir()
	old := filepath.Join(dir, "Bao-cao-dan-van-20200101-000000.pdf")
	if err := os.WriteFile(old, []byte("%PDF"), 0o600); err != nil {
		t.Fatal(err)
	}
	past := time.Now().Add(-48 * time.Hour)
	os.Chtimes(old, past, past)
	runner := &fakeRunner{}
	h := newHarness(t, func() ([]byte, error) { return pdf, nil }, func(p *Preview) {
		p.printer = printing.Printer{GOOS: "linux", Runner: runner}
		p.printDir = func() (string, error) { return dir, nil }
	})
	if err := h.wait(t); err != nil {
		t.Fatal(err)
	}
	msg, err := h.p.printNow("")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msg, "Đã gửi báo cáo tới máy in") || !strings.Contains(msg, "Laser-7") {
		t.Errorf("message %q", msg)
	}
	if len(runner.cmds) != 1 {
		t.Fatalf("commands %q", runner.cmds)
	}
	cmd := runner.cmds[0]
	path := cmd[len(cmd)-1]
	if cmd[0] != "/usr/bin/lp" || filepath.Dir(path) != dir {
		t.Errorf("command %q", cmd)
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, pdf) {
		t.Errorf("the printed file is not the rendered PDF (%v)", err)
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("the day-old print copy was not removed (%v)", err)
	}
}

// TestScreenshot renders the widget headless and checks that the large
// page is on screen: white paper with black text at the page's place.
// With -screens DIR it also writes the PNGs for the README.
func TestScreenshot(t *testing.T) {
	pdf := samplePDF(t)
	h := newHarness(t, func() ([]byte, error) { return pdf, nil }, func(*Preview) {
		fyne.CurrentApp().Settings().SetTheme(theme.LightTheme()) //nolint:staticcheck // the look of a default desktop
	})
	if err := h.wait(t); err != nil {
		t.Fatal(err)
	}
	shots := []struct {
		name string
		step func()
	}{
		{"preview-page1", func() {}},
		{"preview-page2-zoom", func() {
			test.Tap(h.p.next)
			h.waitLarge(t)
			test.Tap(h.p.zoomIn)
			h.waitLarge(t)
		}},
	}
	for _, s := range shots {
		s.step()
		img := h.w.Canvas().Capture()
		checkPageOnScreen(t, s.name, img)
		if *screens != "" {
			var buf bytes.Buffer
			if err := png.Encode(&buf, img); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(*screens, s.name+".png"), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// checkPageOnScreen looks in the middle of the page area for white paper
// and dark ink.
func checkPageOnScreen(t *testing.T, name string, img image.Image) {
	t.Helper()
	b := img.Bounds()
	var white, dark int
	for y := b.Min.Y + b.Dy()/4; y < b.Max.Y-b.Dy()/8; y += 2 {
		for x := b.Min.X + b.Dx()/3; x < b.Max.X-b.Dx()/5; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			switch {
			case r > 0xf800 && g > 0xf800 && bl > 0xf800:
				white++
			case r < 0x5000 && g < 0x5000 && bl < 0x5000:
				dark++
			}
		}
	}
	total := (b.Dy() * 5 / 8 / 2) * (b.Dx() * 7 / 15 / 2)
	t.Logf("%s: %d×%d, %d white and %d dark samples of %d", name, b.Dx(), b.Dy(), white, dark, total)
	if white < total/3 || dark < total/200 {
		t.Errorf("%s: the page is not visible (white %d, dark %d of %d)", name, white, dark, total)
	}
}

// TestPrintOnChosenPrinter: "In…" prints on the printer SetPrinterName
// names at the moment it is pressed (lp -d NAME), not on the default.
func TestPrintOnChosenPrinter(t *testing.T) {
	pdf := testPDF(t, 1)
	runner := &fakeRunner{}
	h := newHarness(t, func() ([]byte, error) { return pdf, nil }, func(p *Preview) {
		p.printer = printing.Printer{GOOS: "linux", Runner: runner}
		dir := t.TempDir()
		p.printDir = func() (string, error) { return dir, nil }
	})
	if err := h.wait(t); err != nil {
		t.Fatal(err)
	}
	chosen := "HP_LaserJet_1020"
	h.p.SetPrinterName(func() string { return chosen })
	chosen = "Canon_LBP2900" // read when "In…" is pressed
	done := make(chan string, 1)
	h.p.OnPrint(func(msg string, err error) {
		if err != nil {
			msg = err.Error()
		}
		done <- msg
	})
	test.Tap(h.p.PrintButton())
	var msg string
	select {
	case msg = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Print did not finish in 30 s")
	}
	runner.mu.Lock()
	defer runner.mu.Unlock()
	if len(runner.cmds) != 1 {
		t.Fatalf("commands %q", runner.cmds)
	}
	cmd := strings.Join(runner.cmds[0], " ")
	if !strings.HasPrefix(cmd, "/usr/bin/lp -d Canon_LBP2900 ") {
		t.Errorf("command %q does not print on the chosen printer", cmd)
	}
	if !strings.Contains(msg, "“Canon_LBP2900”") {
		t.Errorf("message %q", msg)
	}
}
