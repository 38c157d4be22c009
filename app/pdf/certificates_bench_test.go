package pdf

import (
	"io"
	"runtime"
	"testing"

	"baocao/app/catalog"
	"baocao/app/certsettings"
	"baocao/app/compose"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/templates"
)

// BenchmarkCertificates composes and renders 1,000 certificates (1,000
// pages), full and onto blanks. Target: under 1 s and 100 MB each.
// peak-MB is the heap in use at its highest, sampled after the render.
func BenchmarkCertificates(b *testing.B) {
	r := sample.WithHonorees(1000)
	r.Decision.Scope = report.ScopeAll
	r.Decision.Number = "12"
	r.Decision.IssueDate = report.NewDate(2016, 11, 10)
	tpl, err := catalog.LoadCertificate(templates.Certificates, r.Profile)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := loadFonts(); err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		opts compose.CertificateOptions
	}{{"full", compose.CertificateOptions{}}, {"blank", compose.CertificateOptions{Blank: true, Offsets: certsettings.Offsets{Global: certsettings.Offset{DX: 1, DY: -1}}}}} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			runtime.GC()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			b.ResetTimer()
			cpu := cpuTime()
			pages := 0
			for i := 0; i < b.N; i++ {
				d, err := compose.Certificates(r, tpl, tc.opts)
				if err != nil {
					b.Fatal(err)
				}
				res, err := RenderDocument(d, io.Discard)
				if err != nil {
					b.Fatal(err)
				}
				pages = res.Pages
			}
			b.StopTimer()
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(pages), "pages")
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/(1<<20), "alloc-MB/op")
			b.ReportMetric(float64(after.Sys)/(1<<20), "sys-MB")
			if c := cpuTime() - cpu; c > 0 {
				b.ReportMetric(c*1000/float64(b.N), "cpu-ms/op")
			}
		})
	}
}
