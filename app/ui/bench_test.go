package ui

import (
	"path/filepath"
	"runtime"
	"testing"

	"baocao/app/draft"
	"baocao/app/sample"
)

// BenchmarkOpenLargeDraft opens a draft with 10,000 honorees and shows the
// honorees step (laid out and painted once by the test driver). It reports
// the heap in use with the draft open; the targets are under 500 ms per
// opening and under 300 MB.
func BenchmarkOpenLargeDraft(b *testing.B) {
	path := filepath.Join(b.TempDir(), "lon.json")
	if err := draft.Save(path, sample.WithHonorees(10000), "bench"); err != nil {
		b.Fatal(err)
	}
	w := newTestWindow(b, Options{})
	b.ResetTimer()
	for b.Loop() {
		w.OpenFile(path)
		w.wiz.show(StepHonorees)
		w.win.Canvas().Capture()
	}
	b.StopTimer()
	if n := len(w.Report().Honorees.Individuals) + len(w.Report().Honorees.Collectives); n < 10000 {
		b.Fatalf("opened %d honorees, want at least 10000", n)
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapInuse)/(1<<20), "MB-heap-in-use")
	b.ReportMetric(float64(m.Sys)/(1<<20), "MB-from-OS")
}
