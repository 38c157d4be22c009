package preview

import (
	"bytes"
	"context"
	"testing"

	"baocao/app/pdf"
	"baocao/app/sample"
)

// TestSampleReport renders the sample report through the real PDF export,
// small and with many honorees, and checks the page count against
// pdfinfo and the renderer's own count, and that every page has ink.
func TestSampleReport(t *testing.T) {
	e := engine(t)
	for _, tc := range []struct {
		name     string
		honorees int
	}{{"sample", 0}, {"200 honorees", 200}} {
		t.Run(tc.name, func(t *testing.T) {
			r := sample.Report()
			if tc.honorees > 0 {
				r = sample.WithHonorees(tc.honorees)
			}
			var buf bytes.Buffer
			res, err := pdf.Render(r, &buf)
			if err != nil {
				t.Fatal(err)
			}
			want := pdfinfoPages(t, buf.Bytes())
			if res.Pages != want {
				t.Errorf("pdf.Render says %d pages, pdfinfo %d", res.Pages, want)
			}
			pages, err := e.RenderAll(context.Background(), buf.Bytes(), 40)
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) != want {
				t.Fatalf("preview has %d pages, pdfinfo counts %d", len(pages), want)
			}
			for _, p := range pages {
				b := p.Image.Bounds()
				dark := 0
				for y := b.Min.Y; y < b.Max.Y; y++ {
					for x := b.Min.X; x < b.Max.X; x++ {
						if isDark(p.Image.At(x, y)) {
							dark++
						}
					}
				}
				if dark < 50 {
					t.Errorf("page %d of %d looks blank (%d dark pixels)", p.Index+1, len(pages), dark)
				}
			}
			t.Logf("%d pages", len(pages))
		})
	}
}

// BenchmarkSamplePreview is what the preview widget does after each change
// of a draft with 200 honorees: open the exported PDF, every page as a
// thumbnail (24 DPI) and the first page large (96 DPI). The PDF export
// itself is not timed.
func BenchmarkSamplePreview(b *testing.B) {
	e := engine(b)
	var buf bytes.Buffer
	if _, err := pdf.Render(sample.WithHonorees(200), &buf); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		d, err := e.Open(buf.Bytes())
		if err != nil {
			b.Fatal(err)
		}
		for i := range d.NumPages() {
			if _, err := d.Render(i, 24); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := d.Render(0, 96); err != nil {
			b.Fatal(err)
		}
		d.Close()
	}
}
