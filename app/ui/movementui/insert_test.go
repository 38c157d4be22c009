package movementui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/app/ui/vnentry"
)

func TestInsertFigureAtCursor(t *testing.T) {
	r := sample.Report()
	h := newHarness(t, r)
	e := vnentry.NewMultiLine()
	e.SetText("Đã có  mô hình.\nDòng hai.")
	e.CursorRow, e.CursorColumn = 0, 6 // between the two spaces
	in := NewInserter(h.w, func() *vnentry.Entry { return e }, func() *report.Report { return r })
	test.Tap(in.Button)
	if in.dlg == nil || len(in.shown) != len(movement.Placeholders(r.Movement.FieldList())) {
		t.Fatalf("the list shows %d figures", len(in.shown))
	}
	in.search.SetText("tong dang ky")
	found := -1
	for i, p := range in.shown {
		if p.Name == "tong_dang_ky" {
			found = i
		}
		if !strings.Contains(strings.ToLower(p.Description), "tổng") && !strings.Contains(p.Name, "tong") {
			t.Errorf("search kept %q (%s)", p.Name, p.Description)
		}
	}
	if found < 0 {
		t.Fatalf("search lost tong_dang_ky: %v", in.shown)
	}
	in.list.Select(found)
	if want := "Đã có {{tong_dang_ky}} mô hình.\nDòng hai."; e.Text != want {
		t.Errorf("text %q, want %q", e.Text, want)
	}
	if in.dlg != nil {
		t.Error("the list stayed open")
	}
	// The report's rendering fills it with the table's number.
	r.Opening = e.Text
	f := r.Figures()
	want := movement.FormatCount(f.Value(movement.TotalKey(movement.StageRegistered)))
	if got := r.Expanded().Opening; !strings.HasPrefix(got, "Đã có "+want+" mô hình.") {
		t.Errorf("expanded %q, want the number %s", got, want)
	}
}

func TestInsertWithoutTarget(t *testing.T) {
	r := sample.Report()
	h := newHarness(t, r)
	in := NewInserter(h.w, func() *vnentry.Entry { return nil }, func() *report.Report { return r })
	test.Tap(in.Button)
	if in.dlg != nil {
		t.Error("the list opened with no field to insert into")
	}
}
