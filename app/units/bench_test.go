package units

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"baocao/app/report"
)

// filledForms writes n units' forms into dir, each filled with rows rows
// (individuals, collectives and models) and a few figures, as excelize.
func filledForms(tb testing.TB, dir string, n, rows int) *report.Report {
	r := &report.Report{Year: 2016}
	for i := range n {
		if _, _, err := r.AddUnit(fmt.Sprintf("Chi bộ số %d", i+1), "", ""); err != nil {
			tb.Fatal(err)
		}
	}
	for ui, u := range r.Units {
		f, err := Form(r, u)
		if err != nil {
			tb.Fatal(err)
		}
		put := func(sheet string, row int, vals ...any) {
			if err := f.SetSheetRow(sheet, "A"+strconv.Itoa(row), &vals); err != nil {
				tb.Fatal(err)
			}
		}
		for i := range rows {
			switch i % 5 {
			case 0:
				put(SheetModels, 5+i/5, i+1, fmt.Sprintf("Mô hình %d của đơn vị %d", i, ui), nil, "Mô hình (tập thể)", "Kinh tế", "Được công nhận", "Cấp cơ sở", 2015, "Kết quả tốt")
			case 1:
				put(SheetCollectives, 5+i/5, i+1, fmt.Sprintf("Tổ công tác %d", i), nil, "Hoàn thành xuất sắc nhiệm vụ", "Giấy khen")
			default:
				put(SheetIndividuals, 5+i, i+1, fmt.Sprintf("Nguyễn Văn Người %d", i), 1970+i%30, "Nam", "Chuyên viên", nil, "Hoàn thành tốt nhiệm vụ", "Giấy khen")
			}
		}
		if err := f.SetCellValue(SheetFigures, "C6", 3); err != nil {
			tb.Fatal(err)
		}
		if err := f.SaveAs(filepath.Join(dir, FileName(2016, u))); err != nil {
			tb.Fatal(err)
		}
		f.Close()
	}
	return r
}

// BenchmarkCollect200: 200 units' workbooks of 50 rows each (target:
// under 3 s and 300 MB).
func BenchmarkCollect200(b *testing.B) {
	dir := b.TempDir()
	r := filledForms(b, dir, 200, 50)
	b.ReportAllocs()
	peak := watchHeap()
	b.ResetTimer()
	for b.Loop() {
		board, err := Collect(dir, r)
		if err != nil {
			b.Fatal(err)
		}
		if rec, _, _ := board.Counts(); rec != 200 {
			b.Fatalf("%d received", rec)
		}
		rr := *r
		if a := board.ApplyTo(&rr); a.Added != 200*50 {
			b.Fatalf("%d rows added", a.Added)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
}

// watchHeap samples the heap in use every 5 ms until the returned
// function is called, which returns the largest sample.
func watchHeap() func() uint64 {
	var mu sync.Mutex
	var top uint64
	done := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
			runtime.ReadMemStats(&ms)
			mu.Lock()
			top = max(top, ms.HeapInuse+ms.StackInuse)
			mu.Unlock()
		}
	}()
	return func() uint64 {
		close(done)
		mu.Lock()
		defer mu.Unlock()
		return top
	}
}
