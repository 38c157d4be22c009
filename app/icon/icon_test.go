package icon

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"

	xdraw "golang.org/x/image/draw"
)

var update = flag.Bool("update", false, "rewrite assets/icon.png")

const iconFile = "../../assets/icon.png"

// TestIconFile checks that assets/icon.png is this package's drawing at
// 512 px (-update rewrites it).
func TestIconFile(t *testing.T) {
	want := Draw(512)
	if *update {
		var buf bytes.Buffer
		if err := png.Encode(&buf, want); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(iconFile, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		// Small renders beside the test's temporary folder, to look at.
		for _, n := range []int{16, 32, 48} {
			var b bytes.Buffer
			png.Encode(&b, Draw(n))
			os.WriteFile(filepath.Join(os.TempDir(), "baocao-icon-"+itoa(n)+".png"), b.Bytes(), 0o644)
		}
	}
	f, err := os.Open(iconFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if got.Bounds() != want.Bounds() {
		t.Fatalf("assets/icon.png is %v, want %v (run with -update)", got.Bounds(), want.Bounds())
	}
	diff := 0
	for y := 0; y < 512; y++ {
		for x := 0; x < 512; x++ {
			if !near(got.At(x, y), want.At(x, y), 3) {
				diff++
			}
		}
	}
	if diff > 0 {
		t.Errorf("assets/icon.png differs from the drawing in %d pixels (run go test ./app/icon -run TestIconFile -update)", diff)
	}
}

func itoa(n int) string {
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

func near(a, b color.Color, tol int) bool {
	ar, ag, ab, aa := a.RGBA()
	br, bg, bb, ba := b.RGBA()
	d := func(x, y uint32) bool { return abs(int(x>>8)-int(y>>8)) <= tol }
	return d(ar, br) && d(ag, bg) && d(ab, bb) && d(aa, ba)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// TestReadsSmall checks the icon at the sizes a desktop shows, both drawn
// at that size and scaled down from the 512 px file (what packaging tools
// do): the star's centre is yellow, the page around it red, the corners
// transparent, and the star stands out from the page.
func TestReadsSmall(t *testing.T) {
	big := Draw(512)
	for _, n := range []int{16, 24, 32, 48, 256} {
		scaled := image.NewRGBA(image.Rect(0, 0, n, n))
		xdraw.CatmullRom.Scale(scaled, scaled.Bounds(), big, big.Bounds(), xdraw.Src, nil)
		for name, img := range map[string]*image.RGBA{"drawn": Draw(n), "scaled": scaled} {
			at := func(ux, uy float64) color.RGBA {
				return img.RGBAAt(int(ux*float64(n)/unit), int(uy*float64(n)/unit))
			}
			if c := at(Star.X, Star.Y); !close(c, Yellow, 60) {
				t.Errorf("%d px %s: star centre is %v, want yellow", n, name, c)
			}
			// Left of the star, inside the page.
			if c := at(pageL+14, Star.Y); !close(c, Red, 60) {
				t.Errorf("%d px %s: page is %v, want red", n, name, c)
			}
			if c := img.RGBAAt(0, 0); c.A > 10 {
				t.Errorf("%d px %s: corner is not transparent: %v", n, name, c)
			}
			// Contrast between star and page (relative luminance ratio).
			if r := contrast(at(Star.X, Star.Y), at(pageL+14, Star.Y)); r < 3 {
				t.Errorf("%d px %s: star/page contrast %.1f, want ≥ 3", n, name, r)
			}
		}
	}
}

func close(a, b color.RGBA, tol int) bool {
	return abs(int(a.R)-int(b.R)) <= tol && abs(int(a.G)-int(b.G)) <= tol && abs(int(a.B)-int(b.B)) <= tol && a.A > 200
}

func contrast(a, b color.RGBA) float64 {
	la, lb := lum(a)+0.05, lum(b)+0.05
	if la < lb {
		la, lb = lb, la
	}
	return la / lb
}

func lum(c color.RGBA) float64 {
	f := func(v uint8) float64 {
		x := float64(v) / 255
		if x <= 0.03928 {
			return x / 12.92
		}
		return pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*f(c.R) + 0.7152*f(c.G) + 0.0722*f(c.B)
}

func pow(x, y float64) float64 { return math.Pow(x, y) }

func TestPNG(t *testing.T) {
	for _, n := range []int{16, 256} {
		img, err := png.Decode(bytes.NewReader(PNG(n)))
		if err != nil {
			t.Fatal(err)
		}
		if img.Bounds().Dx() != n || img.Bounds().Dy() != n {
			t.Errorf("PNG(%d) is %v", n, img.Bounds())
		}
		c := color.RGBAModel.Convert(img.At(int(Star.X*float64(n)/unit), int(Star.Y*float64(n)/unit))).(color.RGBA)
		if !close(c, Yellow, 60) {
			t.Errorf("PNG(%d): star centre %v", n, c)
		}
	}
}
