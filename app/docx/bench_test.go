package docx

import (
	"io"
	"testing"

	"baocao/app/report"
	"baocao/app/sample"
)

// BenchmarkRender measures a whole Word copy into memory: composing,
// the body, the parts, deflating. The target: the report with 1,000
// honorees under 150 ms and 60 MB on a two-core machine.
func BenchmarkRender(b *testing.B) {
	for _, n := range []struct {
		name string
		r    func() *report.Report
	}{
		{"sample", sample.Report},
		{"1000", func() *report.Report { return sample.WithHonorees(1000) }},
		{"10000", func() *report.Report { return sample.WithHonorees(10000) }},
	} {
		b.Run(n.name, func(b *testing.B) {
			r := n.r()
			if err := loadFaces(); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := Render(r, io.Discard, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
