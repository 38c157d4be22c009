package preview

import (
	"bytes"
	"context"
	"fmt"
	"image/color"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// needTool returns the path of an outside tool; without it the test fails
// on CI and is skipped elsewhere.
func needTool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is required on CI (poppler-utils): %v", name, err)
		}
		t.Skipf("%s not installed: %v", name, err)
	}
	return p
}

// testPDF makes an A4 document of n pages with gofpdf: on page k (1-based)
// a black square 20 mm wide at (20+5k mm, 30 mm) and the page number in
// text, so that each page is recognisable in its pixels.
func testPDF(t testing.TB, n int) []byte {
	t.Helper()
	f := gofpdf.New("P", "mm", "A4", "")
	f.SetFont("Helvetica", "", 14)
	for k := 1; k <= n; k++ {
		f.AddPage()
		f.SetFillColor(0, 0, 0)
		f.Rect(20+5*float64(k), 30, 20, 20, "F")
		f.SetFillColor(200, 0, 0)
		f.Rect(150, 250, 30, 10, "F")
		f.Text(30, 80, fmt.Sprintf("Page %d of %d", k, n))
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var (
	sharedOnce sync.Once
	shared     *Engine
	sharedErr  error
)

// engine is one engine for the package's tests, with its cache in a
// temporary folder so tests never touch the user's cache.
func engine(t testing.TB) *Engine {
	t.Helper()
	sharedOnce.Do(func() {
		dir, err := os.MkdirTemp("", "preview-cache-")
		if err != nil {
			sharedErr = err
			return
		}
		shared, sharedErr = NewEngine(Options{CacheDir: dir})
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return shared
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared != nil {
		dir := shared.CacheFolder()
		shared.Close()
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// pdfinfoPages is the page count according to poppler, which nobody here
// wrote.
func pdfinfoPages(t *testing.T, pdf []byte) int {
	t.Helper()
	tool := needTool(t, "pdfinfo")
	path := t.TempDir() + "/doc.pdf"
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo printed no page count:\n%s", out)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

func isDark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return r < 0x4000 && g < 0x4000 && b < 0x4000
}

func isWhite(c color.Color) bool {
	r, g, b, a := c.RGBA()
	return r > 0xf000 && g > 0xf000 && b > 0xf000 && a == 0xffff
}

func TestRenderPages(t *testing.T) {
	e := engine(t)
	for _, n := range []int{1, 3, 7} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			pdf := testPDF(t, n)
			want := pdfinfoPages(t, pdf)
			if want != n {
				t.Fatalf("pdfinfo counts %d pages, made %d", want, n)
			}
			const dpi = 72 // one pixel per point: mm → px is ×72/25.4
			pages, err := e.RenderAll(context.Background(), pdf, dpi)
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) != want {
				t.Fatalf("rendered %d pages, pdfinfo counts %d", len(pages), want)
			}
			px := func(mm float64) int { return int(mm * 72 / 25.4) }
			for k, p := range pages {
				b := p.Image.Bounds()
				if abs(b.Dx()-595) > 1 || abs(b.Dy()-842) > 1 {
					t.Errorf("page %d is %v px, want A4 595×842 (±1) at 72 DPI", k+1, b.Size())
				}
				if p.Size.Width < 595 || p.Size.Width > 596 || p.Size.Height < 841 || p.Size.Height > 842 {
					t.Errorf("page %d size %v pt, want A4", k+1, p.Size)
				}
				// The square of this page is black at its centre; where
				// another page's square starts it is paper.
				x := px(20 + 5*float64(k+1) + 10)
				if c := p.Image.At(x, px(40)); !isDark(c) {
					t.Errorf("page %d: pixel in the black square is %v", k+1, c)
				}
				if c := p.Image.At(px(20+5*float64(k+1))-3, px(40)); !isWhite(c) {
					t.Errorf("page %d: pixel left of the square is %v, want white paper", k+1, c)
				}
				if c := p.Image.At(5, 5); !isWhite(c) {
					t.Errorf("page %d: corner is %v, want opaque white", k+1, c)
				}
				r, g, bb, _ := p.Image.At(px(165), px(255)).RGBA()
				if r>>8 < 150 || g>>8 > 60 || bb>>8 > 60 {
					t.Errorf("page %d: red box pixel is %d,%d,%d", k+1, r>>8, g>>8, bb>>8)
				}
			}
		})
	}
}

func TestRenderDPI(t *testing.T) {
	e := engine(t)
	d, err := e.Open(testPDF(t, 2))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	for _, tc := range []struct{ dpi, w, h int }{
		{36, 298, 421}, {96, 794, 1123}, {150, 1240, 1754},
	} {
		p, err := d.Render(1, tc.dpi)
		if err != nil {
			t.Fatal(err)
		}
		sz := p.Image.Bounds().Size()
		if abs(sz.X-tc.w) > 1 || abs(sz.Y-tc.h) > 1 {
			t.Errorf("%d DPI: %v, want about %d×%d", tc.dpi, sz, tc.w, tc.h)
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func TestErrors(t *testing.T) {
	e := engine(t)
	tests := []struct {
		name string
		pdf  []byte
	}{
		{"empty", nil},
		{"not a pdf", []byte("Báo cáo tổng kết — không phải PDF")},
		{"truncated", testPDF(t, 2)[:200]},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := e.Open(tc.pdf)
			if err == nil {
				d.Close()
				t.Fatal("opened a broken PDF without error")
			}
			if !regexp.MustCompile(`[ạ-ỹđ]`).MatchString(err.Error()) {
				t.Errorf("message is not Vietnamese: %q", err)
			}
		})
	}
	d, err := e.Open(testPDF(t, 1))
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []struct{ page, dpi int }{{-1, 72}, {1, 72}, {0, 0}, {0, MaxDPI + 1}} {
		if _, err := d.Render(bad.page, bad.dpi); err == nil {
			t.Errorf("Render(%d, %d) gave no error", bad.page, bad.dpi)
		}
	}
	d.Close()
	if _, err := d.Render(0, 72); err == nil {
		t.Error("Render after Close gave no error")
	}
	if err := d.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// TestConcurrent renders from several goroutines at once; the engine must
// serialise them (run with -race).
func TestConcurrent(t *testing.T) {
	e := engine(t)
	pdf := testPDF(t, 3)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pages, err := e.RenderAll(context.Background(), pdf, 30)
			if err == nil && len(pages) != 3 {
				err = fmt.Errorf("%d pages", len(pages))
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

func TestCancel(t *testing.T) {
	e := engine(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.RenderAll(ctx, testPDF(t, 2), 30); err == nil {
		t.Fatal("cancelled render returned no error")
	}
}

// TestStartupColdWarm starts the engine twice on an empty cache folder and
// logs the time to the first rendered page of each start: cold (compiles
// the module and fills the cache) and warm (loads it from the cache). The
// warm start must be clearly faster, or the cache is not working.
func TestStartupColdWarm(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles PDFium twice; skipped with -short")
	}
	dir := t.TempDir()
	pdf := testPDF(t, 1)
	first := func() (time.Duration, time.Duration) {
		start := time.Now()
		e, err := NewEngine(Options{CacheDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		defer e.Close()
		d, err := e.Open(pdf)
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		if _, err := d.Render(0, 96); err != nil {
			t.Fatal(err)
		}
		return e.Startup, time.Since(start)
	}
	coldStart, cold := first()
	entries, _ := os.ReadDir(dir)
	if len(entries) == 0 {
		t.Fatal("the compilation cache folder is still empty after a start")
	}
	warmStart, warm := first()
	t.Logf("time to first page: cold %v (engine start %v), warm %v (engine start %v)",
		cold.Round(time.Millisecond), coldStart.Round(time.Millisecond),
		warm.Round(time.Millisecond), warmStart.Round(time.Millisecond))
	if warm*2 > cold {
		t.Errorf("warm start %v is not clearly faster than cold %v: cache not used?", warm, cold)
	}
}

// benchFirstPage measures engine start plus the first page at 96 DPI.
func benchFirstPage(b *testing.B, dir func() string) {
	pdf := testPDF(b, 1)
	for b.Loop() {
		e, err := NewEngine(Options{CacheDir: dir()})
		if err != nil {
			b.Fatal(err)
		}
		d, err := e.Open(pdf)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := d.Render(0, 96); err != nil {
			b.Fatal(err)
		}
		d.Close()
		e.Close()
	}
}

// BenchmarkFirstPageCold: a first start on the machine (empty cache).
func BenchmarkFirstPageCold(b *testing.B) {
	benchFirstPage(b, func() string { return b.TempDir() })
}

// BenchmarkFirstPageWarm: later starts (the compiled module is cached).
func BenchmarkFirstPageWarm(b *testing.B) {
	dir := b.TempDir()
	e, err := NewEngine(Options{CacheDir: dir}) // fill the cache
	if err != nil {
		b.Fatal(err)
	}
	e.Close()
	b.ResetTimer()
	benchFirstPage(b, func() string { return dir })
}

// BenchmarkRenderA4 renders one A4 page at the preview's resolutions.
func BenchmarkRenderA4(b *testing.B) {
	e := engine(b)
	d, err := e.Open(testPDF(b, 1))
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	for _, dpi := range []int{40, 110, 200} {
		b.Run(fmt.Sprintf("%ddpi", dpi), func(b *testing.B) {
			for b.Loop() {
				if _, err := d.Render(0, dpi); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
