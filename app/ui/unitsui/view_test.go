package unitsui

import (
	"encoding/json"
	"image/color"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"baocao/app/report"
	"baocao/app/sample"
	"baocao/app/units"
)

func TestMain(m *testing.M) {
	// The tests read the Vietnamese texts; the translations are
	// registered as the window does.
	os.Setenv("LC_ALL", "vi_VN.UTF-8")
	os.Setenv("LANGUAGE", "vi")
	if err := RegisterTranslations(); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

type harness struct {
	t       *testing.T
	v       *View
	r       *report.Report
	win     fyne.Window
	changes int
	queue   chan func() // what the background work leaves for the UI goroutine
}

func newHarness(t *testing.T, r *report.Report) *harness {
	t.Helper()
	a := test.NewTempApp(t)
	win := test.NewTempWindow(t, widget.NewLabel(""))
	win.Resize(fyne.NewSize(1024, 700))
	h := &harness{t: t, r: r, win: win, queue: make(chan func(), 4)}
	h.v = New(win, r, func() { h.changes++ }, Options{Prefs: a.Preferences(), Do: func(f func()) { h.queue <- f }})
	win.SetContent(h.v.Object())
	return h
}

// wait waits for the background work started last (forms, collection)
// and runs what it left for the UI goroutine, on this one, as the
// window's queue would.
func (h *harness) wait() {
	h.t.Helper()
	select {
	case f := <-h.queue:
		f()
	case <-time.After(20 * time.Second):
		h.t.Fatal("the background work did not end")
	}
}

func (h *harness) names() []string {
	var out []string
	for _, u := range h.r.Units {
		out = append(out, u.Name)
	}
	return out
}

// cell renders the table cell of unit row in column col the way the
// table does, and returns its text and its dot (nil when hidden).
func (h *harness) cell(row, col int) (string, *canvas.Circle) {
	o := h.v.newCell()
	h.v.updateCell(widget.TableCellID{Row: row, Col: col}, o)
	l, box, sl, dot := cellParts(o)
	if box.Visible() == l.Visible() {
		h.t.Fatalf("cell %d,%d shows both or neither of its parts", row, col)
	}
	if !box.Visible() {
		return l.Text, nil
	}
	return sl.Text, dot
}

func TestEditUnitsWithUndo(t *testing.T) {
	h := newHarness(t, &report.Report{Year: 2016})
	v := h.v
	if !v.formsBtn.Disabled() || !v.collectBtn.Disabled() || !v.empty.Visible() {
		t.Error("without units the forms and collection buttons should be off and the empty text shown")
	}
	add := func(name, short, contact string) {
		test.Tap(v.addBtn)
		f := v.Form()
		if f == nil {
			t.Fatal("Thêm opened no form")
		}
		f.Name.SetText(name)
		f.Short.SetText(short)
		f.Contact.SetText(contact)
		f.Save()
	}
	add("Phòng  Văn hóa ", "PVH", "chị Lan")
	add("Chi bộ Thư viện", "", "")
	add("phòng văn hóa", "", "") // the same unit: refused, the list unchanged
	if got := h.names(); !slices.Equal(got, []string{"Phòng Văn hóa", "Chi bộ Thư viện"}) {
		t.Fatalf("units %q", got)
	}
	if !strings.Contains(v.status.Text, "đã có đơn vị “Phòng Văn hóa” (dòng 1)") {
		t.Errorf("status after a repeat: %q", v.status.Text)
	}
	if text, _ := h.cell(0, colName); text != "Phòng Văn hóa" {
		t.Errorf("name cell %q", text)
	}

	// Edit keeps the id.
	id := h.r.Units[0].ID
	v.selected = 0
	test.Tap(v.editBtn)
	v.Form().Contact.SetText("anh Minh, 0903 222 333")
	v.Form().Name.SetText("Phòng Văn hóa và Thông tin")
	v.Form().Save()
	if u := h.r.Units[0]; u.ID != id || u.Name != "Phòng Văn hóa và Thông tin" || u.Contact != "anh Minh, 0903 222 333" || u.Short != "PVH" {
		t.Errorf("edited %+v", u)
	}

	// Delete, then undo the delete, the edit, the adds.
	v.selected = 0
	test.Tap(v.deleteBtn)
	if got := h.names(); !slices.Equal(got, []string{"Chi bộ Thư viện"}) {
		t.Fatalf("after delete %q", got)
	}
	test.Tap(v.undoBtn)
	if got := h.names(); !slices.Equal(got, []string{"Phòng Văn hóa và Thông tin", "Chi bộ Thư viện"}) || v.selected != 0 {
		t.Fatalf("after undoing the delete %q, selected %d", got, v.selected)
	}
	test.Tap(v.undoBtn)
	if u := h.r.Units[0]; u.Name != "Phòng Văn hóa" || u.Contact != "chị Lan" {
		t.Errorf("after undoing the edit %+v", u)
	}
	test.Tap(v.undoBtn)
	test.Tap(v.undoBtn)
	if len(h.r.Units) != 0 || !v.undoBtn.Disabled() {
		t.Errorf("after undoing everything %q", h.names())
	}
	if h.changes != 8 {
		t.Errorf("%d changes reported, want 8 (3 edits, 1 delete, 4 undos)", h.changes)
	}

	// Paste: Excel's tabs, | and ;, a blank line, a repeat; one undo.
	h.r.AddUnit("Phòng Nội vụ", "", "")
	v.refresh()
	v.Paste("Phòng Văn hóa\tPVH\tchị Lan, 0903 111 222\n\nChi bộ Thư viện | CBTV\nPhòng nội vụ; PNV\r\nTrung tâm Thể thao")
	if got := h.names(); !slices.Equal(got, []string{"Phòng Nội vụ", "Phòng Văn hóa", "Chi bộ Thư viện", "Trung tâm Thể thao"}) {
		t.Fatalf("after paste %q", got)
	}
	if u := h.r.Units[1]; u.Short != "PVH" || u.Contact != "chị Lan, 0903 111 222" {
		t.Errorf("pasted %+v", u)
	}
	if !strings.Contains(v.status.Text, "đã thêm 3 đơn vị (1 đã có)") || !strings.Contains(v.counts.Text, "4 đơn vị") {
		t.Errorf("status %q, counts %q", v.status.Text, v.counts.Text)
	}
	test.Tap(v.undoBtn)
	if got := h.names(); !slices.Equal(got, []string{"Phòng Nội vụ"}) {
		t.Errorf("after undoing the paste %q", got)
	}
	v.Paste("\n \n")
	if len(h.r.Units) != 1 || !strings.Contains(v.status.Text, "Hãy dán mỗi đơn vị một dòng") {
		t.Errorf("an empty paste: %q, %q", h.names(), v.status.Text)
	}
}

func TestSuggestAndImportColumn(t *testing.T) {
	r := sample.Report()
	want := r.Units
	r.Units = nil
	h := newHarness(t, r)
	h.v.Suggest()
	if len(r.Units) != len(want) || len(want) < 10 {
		t.Fatalf("suggested %d units, the sample lists %d", len(r.Units), len(want))
	}
	test.Tap(h.v.undoBtn)
	if len(r.Units) != 0 {
		t.Errorf("undo left %d units", len(r.Units))
	}

	// A column of a workbook, header and repeat left out.
	f := excelize.NewFile()
	for i, s := range []string{"STT", "1", "2", "3"} {
		f.SetCellValue("Sheet1", "A"+string(rune('1'+i)), s)
	}
	for i, s := range []string{"Tên đơn vị", "Phòng Văn hóa", "Chi bộ Thư viện", "phòng văn hóa"} {
		f.SetCellValue("Sheet1", "B"+string(rune('1'+i)), s)
	}
	path := filepath.Join(t.TempDir(), "don-vi.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	h.v.ImportColumn(path, "", "B")
	if got := h.names(); !slices.Equal(got, []string{"Phòng Văn hóa", "Chi bộ Thư viện"}) {
		t.Errorf("imported %q", got)
	}
	h.v.ImportColumn(path, "", "D")
	if len(r.Units) != 2 || !strings.Contains(h.v.status.Text, "cột D") || !strings.Contains(h.v.status.Text, "Hãy mở tệp") {
		t.Errorf("an empty column: %q", h.v.status.Text)
	}
}

// smallSample is the sample with its first three units.
func smallSample() *report.Report {
	r := sample.Report()
	r.Units = r.Units[:3]
	return r
}

func TestCreateForms(t *testing.T) {
	r := smallSample()
	h := newHarness(t, r)
	dir := filepath.Join(t.TempDir(), "bieu-mau")
	h.v.CreateForms(dir)
	h.wait()
	entries, _ := os.ReadDir(dir)
	var got, want []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	for _, u := range r.Units {
		want = append(want, units.FileName(r.Year, u))
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("forms %q, want %q", got, want)
	}
	if !strings.Contains(h.v.status.Text, "Đã tạo 3 biểu mẫu trong "+dir) {
		t.Errorf("status %q", h.v.status.Text)
	}

	// A second time asks first; the files stay until the answer.
	stamp := time.Now().Add(-time.Hour)
	for _, n := range want {
		os.Chtimes(filepath.Join(dir, n), stamp, stamp)
	}
	h.v.CreateForms(dir)
	top := h.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no question before overwriting")
	}
	var confirm, cancel *widget.Button
	walk(top, func(o fyne.CanvasObject) {
		if b, ok := asButton(o); ok {
			switch b.Text {
			case "Ghi đè":
				confirm = b
			case "Hủy":
				cancel = b
			}
		}
	})
	if confirm == nil || cancel == nil {
		t.Fatal("the question has no Ghi đè and Hủy buttons")
	}
	test.Tap(cancel)
	if fi, _ := os.Stat(filepath.Join(dir, want[0])); !fi.ModTime().Equal(stamp) {
		t.Error("a form was overwritten without a yes")
	}
	h.v.CreateForms(dir)
	walk(h.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if b, ok := asButton(o); ok && b.Text == "Ghi đè" {
			test.Tap(b)
		}
	})
	h.wait()
	if fi, _ := os.Stat(filepath.Join(dir, want[0])); fi.ModTime().Equal(stamp) {
		t.Error("Ghi đè did not write the forms")
	}
}

func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	fn(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walk(c, fn)
		}
	}
}

// fillForm writes unit i's form into dir with one individual and, at the
// figures' first row, count (a string: "mười" is a problem).
func fillForm(t *testing.T, r *report.Report, i int, dir, person string, count any) {
	t.Helper()
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

// collect collects dir and applies the board with its Áp dụng button.
func (h *harness) collect(dir string, tap *widget.Button) *units.Board {
	h.t.Helper()
	if tap != nil {
		test.Tap(tap)
	} else {
		h.v.CollectFolder(dir)
	}
	if !h.v.busy || !h.v.activity.Visible() || !h.v.collectBtn.Disabled() {
		h.t.Error("no busy indicator while collecting")
	}
	h.wait()
	b := h.v.pending
	if b == nil || h.v.boardDlg == nil {
		h.t.Fatalf("no board after collecting: %s", h.v.status.Text)
	}
	return b
}

func (h *harness) applyBoard() {
	h.t.Helper()
	var apply *widget.Button
	walk(h.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if b, ok := asButton(o); ok && b.Text == "Áp dụng" {
			apply = b
		}
	})
	if apply == nil {
		h.t.Fatal("the board has no Áp dụng button")
	}
	test.Tap(apply)
}

func count(hs []report.Honoree, name string) int {
	n := 0
	for _, h := range hs {
		if h.Name == name {
			n++
		}
	}
	return n
}

func TestCollectApplyUndoRecollect(t *testing.T) {
	r := smallSample()
	h := newHarness(t, r)
	before, _ := json.Marshal(r)
	dir := t.TempDir()
	fillForm(t, r, 0, dir, "Lê Thị Mới", 4)
	fillForm(t, r, 2, dir, "Trần Văn Hai", "mười") // a count that is not a number
	b := h.collect(dir, nil)
	key := ""
	for k, n := range b.Units[0].Typed {
		if n == 4 {
			key = k
		}
	}
	if key == "" {
		t.Fatalf("the count typed was not read: %v", b.Units[0].Typed)
	}
	if rec, probs, miss := b.Counts(); rec != 2 || probs != 1 || miss != 1 {
		t.Errorf("board counts %d received, %d problems, %d missing", rec, probs, miss)
	}
	if s := []units.Status{b.Units[0].Status, b.Units[1].Status, b.Units[2].Status}; !slices.Equal(s, []units.Status{units.Received, units.Missing, units.Problems}) {
		t.Errorf("statuses %v", s)
	}
	if json, _ := json.Marshal(r); string(json) != string(before) {
		t.Error("collecting changed the draft before Áp dụng")
	}
	h.applyBoard()
	if count(r.Honorees.Individuals, "Lê Thị Mới") != 1 || count(r.Honorees.Individuals, "Trần Văn Hai") != 1 {
		t.Fatalf("individuals after apply: %d, %d", count(r.Honorees.Individuals, "Lê Thị Mới"), count(r.Honorees.Individuals, "Trần Văn Hai"))
	}
	if got, want := r.Movement.Typed[key], 4+ownCount(r, key); got != want {
		t.Errorf("figure %s = %d after apply, want %d (the unit typed 4)", key, got, want)
	}
	for _, c := range []struct {
		row   int
		text  string
		color color.Color
	}{
		{0, "đã nhận", theme.Color(theme.ColorNameSuccess)},
		{1, "chưa gửi", grey},
		{2, "có vấn đề (1)", orange},
	} {
		text, dot := h.cell(c.row, colStatus)
		if text != c.text || dot == nil || dot.FillColor != c.color {
			t.Errorf("row %d: status %q, dot %v; want %q in %s", c.row+1, text, dot, c.text, c.color)
		}
	}
	if text, _ := h.cell(0, colRows); text != "1" {
		t.Errorf("rows of unit 1: %q", text)
	}
	if !strings.Contains(h.v.counts.Text, "2 đã gửi (1 có vấn đề), 1 chưa gửi") {
		t.Errorf("counts %q", h.v.counts.Text)
	}

	// A click on the unit with the problem shows it with sheet and row,
	// and the rows taken with where they came from.
	h.v.table.Select(widget.TableCellID{Row: 2, Col: colName})
	d := h.v.detail.Text
	for _, w := range []string{"có vấn đề", "trang “Số liệu”, dòng 6", "“mười”", "Trần Văn Hai", "trang “Khen thưởng cá nhân”, dòng 5"} {
		if !strings.Contains(d, w) {
			t.Errorf("detail lacks %q:\n%s", w, d)
		}
	}

	// Undo puts the draft back as it was.
	test.Tap(h.v.undoBtn)
	if after, _ := json.Marshal(r); string(after) != string(before) {
		t.Error("undo did not restore the draft")
	}

	// Apply again, then the unit corrects its workbook: collecting again
	// (one click, the folder remembered) replaces its row, not adds.
	h.collect(dir, nil)
	h.applyBoard()
	fillForm(t, r, 0, dir, "Lê Thị Sửa", 5)
	if h.v.recollectBtn.Disabled() || !strings.Contains(h.v.folderLabel.Text, dir) {
		t.Fatalf("Thu thập lại is off or the folder not shown: %q", h.v.folderLabel.Text)
	}
	h.collect("", h.v.recollectBtn)
	h.applyBoard()
	if n, m := count(r.Honorees.Individuals, "Lê Thị Mới"), count(r.Honorees.Individuals, "Lê Thị Sửa"); n != 0 || m != 1 {
		t.Errorf("after re-collecting: %d old rows, %d new", n, m)
	}
	if count(r.Honorees.Individuals, "Trần Văn Hai") != 1 {
		t.Error("re-collecting added the other unit's row twice")
	}
	if !strings.Contains(h.v.status.Text, "thay 2 dòng") {
		t.Errorf("status %q", h.v.status.Text)
	}

	// The folder is remembered across sessions.
	h2 := &harness{t: t, r: r}
	h2.v = New(h.win, r, nil, Options{Prefs: fyne.CurrentApp().Preferences()})
	if h2.v.folder != dir {
		t.Errorf("folder not remembered: %q", h2.v.folder)
	}
}

// ownCount is the figure key counts from the register's own entries:
// the consolidated figure with every unit's counts left out.
func ownCount(r *report.Report, key string) int {
	c := snapshot(r)
	for i := range c.Units {
		if c.Units[i].Collected != nil {
			cc := *c.Units[i].Collected
			cc.Counts = nil
			c.Units[i].Collected = &cc
		}
	}
	units.Consolidate(c)
	return c.Movement.Typed[key]
}

func TestCollectErrors(t *testing.T) {
	h := newHarness(t, smallSample())
	h.v.CollectFolder(filepath.Join(t.TempDir(), "khong-co"))
	h.wait()
	if h.v.pending != nil || !strings.Contains(h.v.status.Text, "Hãy kiểm tra thư mục còn đó") {
		t.Errorf("a missing folder: %q", h.v.status.Text)
	}
}

// TestBlankFormSentBack: a blank form replaces nothing, but the table
// says the unit sent it with a problem, not that it sent nothing.
func TestBlankFormSentBack(t *testing.T) {
	r := smallSample()
	h := newHarness(t, r)
	dir := t.TempDir()
	f, err := units.Form(r, r.Units[1])
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(filepath.Join(dir, "trang.xlsx")); err != nil {
		t.Fatal(err)
	}
	h.collect(dir, nil)
	h.applyBoard()
	if text, dot := h.cell(1, colStatus); text != "có vấn đề (1)" || dot.FillColor != orange {
		t.Errorf("blank form: %q", text)
	}
	if text, _ := h.cell(0, colStatus); text != "chưa gửi" {
		t.Errorf("unit 1: %q", text)
	}
	if r.Units[1].Collected != nil {
		t.Error("a blank form was recorded as collected")
	}
	h.v.table.Select(widget.TableCellID{Row: 1, Col: colName})
	if !strings.Contains(h.v.detail.Text, "1 vấn đề cần xem lại") {
		t.Errorf("detail %q", h.v.detail.Text)
	}
}
