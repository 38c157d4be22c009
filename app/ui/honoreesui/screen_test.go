package honoreesui

import (
	"flag"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/draft"
	"baocao/app/sample"
)

var update = flag.Bool("update", false, "write docs/screens/honorees-vi.png")

// TestScreenshot renders the step with the sample report, a search and a
// sorted column, checks that it is not blank, and with -update stores it
// as docs/screens/honorees-vi.png for the README.
func TestScreenshot(t *testing.T) {
	h := newHarness(t, sample.Report())
	fyne.CurrentApp().Settings().SetTheme(lightTheme{theme.DefaultTheme()})
	h.w.Resize(fyne.NewSize(1100, 640))
	h.selectRow(Individuals, 1)
	h.v.panes[Individuals].table.Select(widget.TableCellID{Row: 1, Col: 1})
	img := h.w.Canvas().Capture()
	if colours(img) < 8 {
		t.Fatalf("the capture has only %d colours: nothing was drawn", colours(img))
	}
	path := filepath.Join(t.TempDir(), "honorees-vi.png")
	if *update {
		path = filepath.Join("..", "..", "..", "docs", "screens", "honorees-vi.png")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := draft.WriteAtomic(path, false, func(w io.Writer) error { return png.Encode(w, img) }); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", path)
}

// TestImportScreenshot renders the import preview, for a look at it; with
// -update it is stored as docs/screens/honorees-import-vi.png.
func TestImportScreenshot(t *testing.T) {
	h := newHarness(t, sample.Report())
	fyne.CurrentApp().Settings().SetTheme(lightTheme{theme.DefaultTheme()})
	h.w.Resize(fyne.NewSize(1100, 760))
	h.waitRead(func() { h.v.ImportFile(fixture(t)) })
	img := h.w.Canvas().Capture()
	if colours(img) < 8 {
		t.Fatalf("the capture has only %d colours: nothing was drawn", colours(img))
	}
	path := filepath.Join(t.TempDir(), "honorees-import-vi.png")
	if *update {
		path = filepath.Join("..", "..", "..", "docs", "screens", "honorees-import-vi.png")
	}
	if err := draft.WriteAtomic(path, false, func(w io.Writer) error { return png.Encode(w, img) }); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", path)
}

// lightTheme is the default theme in its light variant, as offices
// mostly run their desktops.
type lightTheme struct{ fyne.Theme }

func (l lightTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return l.Theme.Color(n, theme.VariantLight)
}

// colours counts the distinct colours of img, up to 1000.
func colours(img image.Image) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
			if len(seen) >= 1000 {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// TestFormScreenshot renders the edit form, for a look at it.
func TestFormScreenshot(t *testing.T) {
	h := newHarness(t, sample.Report())
	fyne.CurrentApp().Settings().SetTheme(lightTheme{theme.DefaultTheme()})
	h.w.Resize(fyne.NewSize(1100, 700))
	h.selectRow(Individuals, 0)
	test.Tap(h.v.addBtn)
	test.Type(h.v.form.name, "Nguyễn Thị Thu Hà")
	test.Type(h.v.form.unit, "Thư viện Khoa học Tổng hợp")
	img := h.w.Canvas().Capture()
	path := filepath.Join(t.TempDir(), "honorees-form-vi.png")
	if *update {
		path = filepath.Join(os.TempDir(), "honorees-form-vi.png")
	}
	if err := draft.WriteAtomic(path, false, func(w io.Writer) error { return png.Encode(w, img) }); err != nil {
		t.Fatal(err)
	}
	if !h.v.form.dup.Visible() {
		t.Error("the duplicate warning is not shown")
	}
}
