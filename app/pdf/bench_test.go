package pdf

import (
	"io"
	"testing"

	"baocao/app/report"
	"baocao/app/sample"

	"github.com/jung-kurt/gofpdf"
)

// BenchmarkRender measures a whole export into memory: layout, gofpdf
// drawing, font subsetting and compression. The target on a two-core
// machine: 1,000 honorees under 150 ms and 60 MB, 10,000 under 1.5 s; the
// sample with a register of 5,000 models listed in its appendix under 1 s.
func BenchmarkRender(b *testing.B) {
	for _, n := range []struct {
		name string
		n    int
		make func(int) *report.Report
	}{{"sample", 0, nil}, {"1000", 1000, sample.WithHonorees}, {"10000", 10000, sample.WithHonorees},
		{"register5000", 5000, sample.WithRegister}} {
		b.Run(n.name, func(b *testing.B) {
			r := sample.Report()
			if n.n > 0 {
				r = n.make(n.n)
			}
			if _, err := loadFonts(); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			cpu := cpuTime()
			pages := 0
			for i := 0; i < b.N; i++ {
				res, err := Render(r, io.Discard)
				if err != nil {
					b.Fatal(err)
				}
				pages = res.Pages
			}
			b.ReportMetric(float64(pages), "pages")
			if c := cpuTime() - cpu; c > 0 {
				// CPU time of the whole process, garbage collector included.
				b.ReportMetric(c*1000/float64(b.N), "cpu-ms/op")
			}
		})
	}
}

// BenchmarkLoadFonts measures what is done once per process: reading
// and measuring the four faces.
func BenchmarkLoadFonts(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := readFonts(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGofpdfFonts measures what the fonts cost in every document and
// cannot be shared through gofpdf's API: parsing the three faces the
// Party form uses (AddUTF8FontFromBytes) and, at output, cutting and
// compressing their subsets.
func BenchmarkGofpdfFonts(b *testing.B) {
	fs, err := loadFonts()
	if err != nil {
		b.Fatal(err)
	}
	styles := []Style{Regular, Bold, Italic}
	b.Run("parse", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			p := gofpdf.New("P", "mm", "A4", "")
			for _, s := range styles {
				p.AddUTF8FontFromBytes(family, gofpdfStyle(s), fs.faces[s].Data)
			}
		}
	})
	b.Run("parse+subset", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			p := gofpdf.New("P", "mm", "A4", "")
			p.SetCompression(false)
			p.AddPage()
			for _, s := range styles {
				p.AddUTF8FontFromBytes(family, gofpdfStyle(s), fs.faces[s].Data)
				p.SetFont(family, gofpdfStyle(s), 14)
				p.Text(20, 20, "ĐẢNG CỘNG SẢN VIỆT NAM Thành phố Hồ Chí Minh, ngày 08 tháng 11 năm 2016")
			}
			if err := p.Output(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	})
}
