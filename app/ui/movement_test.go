package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baocao/app/draft"
	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/app/xlsx"
)

// TestNewFromLastYearOnStartScreen goes the start screen's way: last
// year's draft, the year (last + 1 offered), this year's report made as
// "baocao new --from" makes it.
func TestNewFromLastYearOnStartScreen(t *testing.T) {
	w := newTestWindow(t, Options{})
	last := sample.Report()
	path := filepath.Join(t.TempDir(), "bao-cao-2016.bcdv")
	if err := draft.Save(path, last, "test"); err != nil {
		t.Fatal(err)
	}
	w.chooseOpen = func(cb func(string)) { cb(path) }
	test.Tap(w.start.fromLast)
	a := w.lastYearAsk
	if a == nil {
		t.Fatal("no question for the year")
	}
	if a.year.Text != "2017" {
		t.Errorf("year offered %q, want 2017", a.year.Text)
	}
	for _, bad := range []string{"2016", "20x7"} {
		a.year.SetText(bad)
		if a.year.Validate() == nil {
			t.Errorf("year %q accepted", bad)
		}
	}
	a.year.SetText("2017")
	a.dlg.Submit()
	r := w.Report()
	if r == nil || w.wiz == nil {
		t.Fatal("no report opened")
	}
	want, tmpl, err := w.cat.FromLastYear(last, 2017, "bao-cao-2016.bcdv", "")
	if err != nil || tmpl == nil {
		t.Fatalf("core: %v, template %v", err, tmpl)
	}
	switch {
	case r.Year != 2017 || r.Number != "" || len(r.Honorees.Individuals) != 0:
		t.Errorf("year %d, number %q, %d honorees", r.Year, r.Number, len(r.Honorees.Individuals))
	case r.Summary != want.Summary || r.Opening != want.Opening:
		t.Errorf("summary %q, want %q (refilled from the template)", r.Summary, want.Summary)
	case len(r.Movement.Register) != len(last.Movement.Register) || !r.Movement.Register[0].FromLastYear:
		t.Errorf("register not carried: %d entries", len(r.Movement.Register))
	case r.Movement.Baseline == nil || r.Movement.Baseline.Year != 2016:
		t.Errorf("baseline %+v", r.Movement.Baseline)
	case len(r.Movement.Checklist) != len(last.Tasks.Points):
		t.Errorf("checklist has %d tasks, last year %d", len(r.Movement.Checklist), len(last.Tasks.Points))
	}
	if _, dirty := w.Path(); !dirty {
		t.Error("the new report counts as saved")
	}
	if !strings.Contains(w.status, "2017") {
		t.Errorf("status %q", w.status)
	}
	// The movement step shows what was carried.
	w.wiz.show(StepMovement)
	if got := w.wiz.movement.Widgets().Table.Length; got == nil {
		t.Fatal("no table")
	}

	// A file that is not a draft says what to do.
	bad := filepath.Join(t.TempDir(), "khong-phai.json")
	w2 := newTestWindow(t, Options{})
	w2.chooseOpen = func(cb func(string)) { cb(bad) }
	test.Tap(w2.start.fromLast)
	if w2.lastYearAsk != nil || w2.Report() != nil || !strings.Contains(w2.status, "năm trước") {
		t.Errorf("a missing file: status %q", w2.status)
	}
}

// TestReviewLinksToMovement checks that the movement's problems mark the
// new step and a click in the review goes there.
func TestReviewLinksToMovement(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	r := w.Report()
	r.Movement.Register[3].Stage = ""
	w.wiz.movement.SetReport(r)
	w.wiz.show(StepReview)
	if e, _ := w.wiz.Mark(StepMovement); e == 0 {
		t.Fatalf("the movement step is not marked: %v", w.wiz.problems)
	}
	at := -1
	for i, p := range w.wiz.problems {
		if p.Field == movement.FieldRegister+"[3].stage" {
			at = i
		}
	}
	if at < 0 {
		t.Fatalf("no problem for entry 4: %v", w.wiz.problems)
	}
	if got := w.wiz.stepOf(report.FieldMovement + ".figures.total"); got != StepMovement {
		t.Errorf("stepOf(movement.figures…) = %d", got)
	}
	w.wiz.review.list.Select(at)
	if w.wiz.current != StepMovement {
		t.Fatalf("click led to step %d", w.wiz.current+1)
	}
	if w.win.Canvas().Focused() == nil {
		t.Error("nothing focused in the movement step")
	}
	// Ctrl+Z outside a text field undoes in the step.
	n := len(r.Movement.Register)
	test.Tap(w.wiz.movement.Widgets().Delete)
	if len(r.Movement.Register) != n-1 {
		t.Fatalf("delete: %d entries", len(r.Movement.Register))
	}
	w.undo()
	if len(r.Movement.Register) != n || r.Movement.Register[3].Stage != "" {
		t.Errorf("undo: %d entries", len(r.Movement.Register))
	}
}

// TestInsertFigureButtons checks that the opening and the points offer
// "Chèn số liệu…" and that it writes into the report.
func TestInsertFigureButtons(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	g := w.wiz.general
	g.opening.SetText("Có  mô hình.")
	g.opening.CursorRow, g.opening.CursorColumn = 0, 3
	g.insert.Insert("tong_cong_nhan")
	if got := w.Report().Opening; got != "Có {{tong_cong_nhan}} mô hình." {
		t.Errorf("opening %q", got)
	}
	if ps := w.Report().Validate().ForField(report.FieldOpening); len(ps) != 0 {
		t.Errorf("the inserted figure is a problem: %v", ps)
	}
}

// TestImportModelsThroughStep reads the register back from the program's
// own workbook through the step's import: every entry added in one change,
// Undo takes them all back, a second import of the same list adds nothing
// and says why.
func TestImportModelsThroughStep(t *testing.T) {
	src := sample.Report()
	path := filepath.Join(t.TempDir(), "danh-sach-mo-hinh.xlsx")
	if err := xlsx.WriteFile(path, src); err != nil {
		t.Fatal(err)
	}
	w := newTestWindow(t, Options{})
	w.NewFromTemplate(w.cat.Find(sample.TemplateID), 2016)
	w.wiz.show(StepMovement)
	mv := w.wiz.movement
	if mv.Widgets().Import.Hidden {
		t.Fatal("no import button")
	}
	mv.ImportFile(path)
	reg := w.Report().Movement.Register
	if len(reg) != len(src.Movement.Register) {
		t.Fatalf("imported %d entries, the list has %d", len(reg), len(src.Movement.Register))
	}
	for i := range reg {
		if reg[i].Name != src.Movement.Register[i].Name || reg[i].Stage != src.Movement.Register[i].Stage || reg[i].Field != src.Movement.Register[i].Field {
			t.Errorf("entry %d: %+v, want %+v", i+1, reg[i], src.Movement.Register[i])
		}
	}
	if _, dirty := w.Path(); !dirty {
		t.Error("the import did not mark the draft changed")
	}
	mv.ImportFile(path) // the same list again: nothing new
	if got := len(w.Report().Movement.Register); got != len(src.Movement.Register) {
		t.Errorf("a second import added %d entries", got-len(src.Movement.Register))
	}
	if !strings.Contains(mv.Widgets().Status.Text, "Không thêm mô hình nào") {
		t.Errorf("status after a repeated import: %q", mv.Widgets().Status.Text)
	}
	test.Tap(mv.Widgets().Undo)
	if got := len(w.Report().Movement.Register); got != 0 {
		t.Errorf("undo left %d entries", got)
	}
}
