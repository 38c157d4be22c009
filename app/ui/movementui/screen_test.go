package movementui

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
	"fyne.io/fyne/v2/theme"

	"baocao/app/draft"
	"baocao/app/sample"
)

var shots = flag.String("shots", "", "folder to write the step's PNGs into, to look at them")

// TestScreens renders each tab of the step with the sample at the
// window's default content size and at the smallest window (1024×700),
// and checks something was drawn; with -shots DIR it keeps the PNGs.
func TestScreens(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 880, Height: 620}, {Width: 800, Height: 560}} {
		for tab, name := range []string{"register", "typed", "checklist", "figures"} {
			h := newHarness(t, sample.Report())
			fyne.CurrentApp().Settings().SetTheme(lightTheme{theme.DefaultTheme()})
			h.w.Resize(size)
			h.v.ShowTab(tab)
			if tab == TabRegister {
				h.selectRow(2)
			}
			img := h.w.Canvas().Capture()
			if n := colours(img); n < 8 {
				t.Fatalf("%s at %v: only %d colours, nothing was drawn", name, size, n)
			}
			if *shots == "" {
				continue
			}
			path := filepath.Join(*shots, "movement-"+name+"-"+sizeName(size)+".png")
			if err := os.MkdirAll(*shots, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := draft.WriteAtomic(path, false, func(w io.Writer) error { return png.Encode(w, img) }); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func sizeName(s fyne.Size) string {
	if s.Width < 850 {
		return "small"
	}
	return "default"
}

// lightTheme is the default theme in its light variant.
type lightTheme struct{ fyne.Theme }

func (l lightTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return l.Theme.Color(n, theme.VariantLight)
}

// colours counts the distinct colours of img, up to 1000.
func colours(img image.Image) int {
	seen := map[color.RGBA]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), uint8(a >> 8)}] = true
			if len(seen) >= 1000 {
				return len(seen)
			}
		}
	}
	return len(seen)
}
