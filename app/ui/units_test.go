package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/app/units"
)

// fillUnitForm writes unit i's form into dir with one person and count
// in the figures' first row ("mười" is a problem).
func fillUnitForm(t *testing.T, w *Window, i int, dir, person string, count any) {
	t.Helper()
	r := w.Report()
	f, err := units.Form(r, r.Units[i])
	if err != nil {
		t.Fatal(err)
	}
	row := []any{1, person, 1980, "Nữ", "Chuyên viên", nil, "Hoàn thành xuất sắc nhiệm vụ", "Giấy khen"}
	if err := f.SetSheetRow(units.SheetIndividuals, "A5", &row); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue(units.SheetFigures, "C6", count); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(filepath.Join(dir, units.FileName(r.Year, r.Units[i]))); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// TestUnitsStep: the step sits before the movement; a collection
// applied there reaches the honorees' and the movement's steps (and the
// window's undo takes it back); Escape closes its dialogs. With
// BAOCAO_UNITS_PNG=folder it renders the step at the default size and
// at 1024×700, and the board, to look at.
func TestUnitsStep(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	z := w.wiz
	if z.steps[StepUnits].title != "Đơn vị" || z.steps[StepUnits+1].title != "Mô hình và số liệu" {
		t.Fatalf("step %d is %q", StepUnits+1, z.steps[StepUnits].title)
	}
	if got := z.stepOf("units[2].name"); got != StepUnits {
		t.Errorf("a problem of the units is shown at step %d", got+1)
	}
	z.show(StepUnits)
	if !strings.Contains(z.progressLabel.Text, "6") || !strings.Contains(z.progressLabel.Text, "10") {
		t.Errorf("heading %q", z.progressLabel.Text)
	}
	wd := z.units.Widgets()

	// Escape closes the paste dialog and the add form.
	for _, b := range []*widget.Button{wd.Paste, wd.Add} {
		test.Tap(b)
		if w.win.Canvas().Overlays().Top() == nil {
			t.Fatalf("%s opened no dialog", b.Text)
		}
		w.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if top := w.win.Canvas().Overlays().Top(); top != nil {
			t.Errorf("Escape left the dialog of %s open", b.Text)
		}
	}

	dir := t.TempDir()
	r := w.Report()
	individuals := len(r.Honorees.Individuals)
	fillUnitForm(t, w, 0, dir, "Lê Thị Mới", 4)
	fillUnitForm(t, w, 2, dir, "Trần Văn Hai", "mười")
	z.units.CollectFolder(dir)
	waitFor(t, w, "the board", func() bool { return overlayButton(w, "Áp dụng") != nil })

	out := os.Getenv("BAOCAO_UNITS_PNG")
	shot := func(name string) {
		if out != "" {
			pump(w)
			capture(t, w, filepath.Join(out, name+".png"))
		}
	}
	shot("units-board")
	// Escape closes the board without applying.
	w.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.win.Canvas().Overlays().Top() != nil || len(r.Honorees.Individuals) != individuals {
		t.Fatal("Escape did not close the board, or it applied it")
	}
	test.Tap(wd.Recollect)
	waitFor(t, w, "the board again", func() bool { return overlayButton(w, "Áp dụng") != nil })
	test.Tap(overlayButton(w, "Áp dụng"))
	if got := len(r.Honorees.Individuals); got != individuals+2 {
		t.Fatalf("%d individuals after applying, want %d", got, individuals+2)
	}
	wd.Table.Select(widget.TableCellID{Row: 2, Col: 1})
	if !strings.Contains(wd.Detail.Text, "trang “Số liệu”, dòng 6") {
		t.Errorf("detail %q", wd.Detail.Text)
	}
	for _, size := range []fyne.Size{{Width: 1100, Height: 740}, {Width: 1024, Height: 700}} {
		w.win.Resize(size)
		shot(fmt.Sprintf("units-%.0fx%.0f", size.Width, size.Height))
		if wd.Recollect.Position().X+wd.Recollect.Size().Width > z.content.Size().Width {
			t.Errorf("at %v the collection buttons do not fit", size)
		}
	}
	w.undo()
	if got := len(r.Honorees.Individuals); got != individuals {
		t.Errorf("%d individuals after undo, want %d", got, individuals)
	}
}
