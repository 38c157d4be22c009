package fontmetrics

import (
	"testing"

	"baocao/app/doc"
)

// TestLoad: the four faces are read once, cover Vietnamese, and measure
// as Times New Roman does (its widths in thousandths of an em).
func TestLoad(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := Load(); b != a {
		t.Error("Load must return the same faces the second time")
	}
	for _, r := range "Đảng ủy Sở Văn hóa □" {
		if !a.Covers(r) {
			t.Errorf("the faces lack %q", r)
		}
	}
	if a.Covers(0x1F600) || a.Covers(-1) {
		t.Error("Covers must be false outside the Basic Multilingual Plane")
	}
	for _, c := range []struct {
		st   doc.Style
		r    rune
		want uint16
	}{{doc.Regular, ' ', 250}, {doc.Regular, 'M', 889}, {doc.Bold, 'M', 944}, {doc.Italic, 'M', 833}, {doc.BoldItalic, 'M', 889}} {
		if got := a.Face(c.st).Width[c.r]; got != c.want {
			t.Errorf("style %d width of %q = %d, want %d", c.st, c.r, got, c.want)
		}
	}
	if len(a.Face(doc.Regular).Data) == 0 {
		t.Error("the face keeps its file for the renderers that embed it")
	}
}

func TestMeasureRefusesGarbage(t *testing.T) {
	if _, err := Measure([]byte("not a font")); err == nil {
		t.Error("Measure must refuse a file that is not a font")
	}
}
