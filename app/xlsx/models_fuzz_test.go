package xlsx

import (
	"bytes"
	"testing"
	"time"

	"baocao/app/report"
)

// FuzzReadModels: no file makes the models import panic or hang; every
// row taken has a name, a valid kind and stage, a known level or none, a
// plausible year; none is lost (added or listed as a repeat).
func FuzzReadModels(f *testing.F) {
	addFixtures(f, false)
	f.Add(modelList(f, 30))
	f.Add(sheetBook(f, append(append([][]any{}, modelTitle...),
		[]any{"STT", "Tên mô hình", "Đơn vị", "Lĩnh vực", "Giai đoạn", "Được công nhận", "Cấp công nhận", "Năm bắt đầu", "Kết quả", "Ghi chú"},
		[]any{"I. LĨNH VỰC Y TẾ"},
		[]any{1, "A", "U", nil, "đề xuất", "Cấp huyện", "TW", "2015", "r", "n"},
		[]any{2, "A", "U", nil, "đề xuất", "Cấp huyện", "TW", "2015", "r", "n"},
		[]any{"Cộng", 2}), "A5:J5"))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var res *ModelResult
		var err error
		done := make(chan struct{})
		go func() { res, err = ReadModels(bytes.NewReader(data), Options{Source: "fuzz.xlsx"}); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("ReadModels took more than 20 s")
		}
		if err != nil {
			if res != nil {
				t.Fatalf("error %v came with a result", err)
			}
			return
		}
		if res == nil {
			t.Fatal("no error and no result")
		}
		dropped := 0
		for _, r := range res.Rows {
			e := r.Entry
			switch {
			case e.Name == "":
				t.Fatalf("row %d taken without a name", r.Line)
			case !e.Kind.Valid(), !e.Stage.Valid():
				t.Fatalf("row %d: kind %q stage %q", r.Line, e.Kind, e.Stage)
			case e.Level != "" && !e.Level.Valid():
				t.Fatalf("row %d: level %q", r.Line, e.Level)
			case e.StartYear != 0 && (e.StartYear < 1930 || e.StartYear > 2100):
				t.Fatalf("row %d: year %d", r.Line, e.StartYear)
			}
			if r.Dropped() {
				dropped++
			}
		}
		if added := res.ApplyTo(&report.Report{}); added+dropped != len(res.Rows) {
			t.Fatalf("%d rows: %d added, %d listed as repeats", len(res.Rows), added, dropped)
		}
	})
}
