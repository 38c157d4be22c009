package honoreesui

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"baocao/app/report"
	"baocao/app/sample"
	"baocao/app/xlsx"
)

// fixture writes a workbook as offices keep them: a title block above the
// header row, column names that differ from ours, a blank row, a row
// without a name, a person already in the sample report and a total line.
func fixture(t *testing.T) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const s = "Sheet1"
	ha := sample.Report().Honorees.Individuals[0]
	rows := [][]any{
		{"ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO"},
		{"DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG “DÂN VẬN KHÉO” NĂM 2016"},
		{},
		{"STT", "Họ tên", "Chức danh", "Đơn vị công tác", "Thành tích", "Hình thức", "Ghi chú"},
		{1, "Trịnh Văn Khoa", "Chuyên viên", "Phòng Quản lý Thể thao", "Vận động câu lạc bộ thể thao phường", "Giấy khen", "Mới"},
		{2, "Lưu Thị Mai", "Thủ thư", "Thư viện Khoa học Tổng hợp", "Mở tủ sách cho công nhân", "Giấy khen", ""},
		{},
		{3, "", "Bảo vệ", "Bảo tàng Lịch sử", "", "", ""},
		{4, ha.Name, ha.Position, ha.Unit, ha.Achievement, ha.Award, ha.Note}, // an exact repeat
		{5, "Kha Minh Đức", "Huấn luyện viên", "Trung tâm Huấn luyện và Thi đấu Thể dục thể thao", "Dạy bơi miễn phí", "Bằng khen", "Ghi chú riêng"},
		{"Tổng cộng: 4 cá nhân"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(s, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "Danh sách Sở VHTT.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// columnMenu finds, among the objects the dialog shows, the menu above
// column col (from 0) of the grid of sheet.
func (h *harness) columnMenu(d *importDialog, sheet string, col int) *columnSelect {
	h.t.Helper()
	su := d.bySheet[sheet]
	d.tabs.Select(su.tab)
	su.grid.ScrollTo(widget.TableCellID{Row: 0, Col: col})
	for _, o := range test.LaidOutObjects(h.w.Canvas().Overlays().Top()) {
		if s, ok := o.(*columnSelect); ok && s.Visible() && s.col == col {
			return s
		}
	}
	h.t.Fatalf("no menu above column %s of sheet %q on screen", columnLetters(col), sheet)
	return nil
}

// waitRead starts fn and waits until the background read it starts has
// been shown.
func (h *harness) waitRead(fn func()) {
	h.t.Helper()
	done := make(chan struct{}, 1)
	h.v.afterRead = func() { done <- struct{}{} }
	fn()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		h.t.Fatal("the workbook was not read within 30 s")
	}
}

func TestImportPreviewThenConfirm(t *testing.T) {
	r := sample.Report()
	before := slices.Clone(r.Honorees.Individuals)
	h := newHarness(t, r)
	h.v.search.SetText("ha") // a search that the new rows do not match
	h.waitRead(func() { h.v.ImportFile(fixture(t)) })

	d := h.v.imp
	if d == nil {
		t.Fatal("no preview shown")
	}
	// Nothing is added before the user agrees.
	if !reflect.DeepEqual(r.Honorees.Individuals, before) || h.changes != 0 {
		t.Fatal("the preview changed the report")
	}
	// The detected columns are shown above the sheet's columns and can be
	// changed.
	for col, want := range []string{"", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng", "Ghi chú"} {
		if got := h.columnMenu(d, "Sheet1", col).Selected; got != want {
			t.Errorf("column %s shows %q, want %q", columnLetters(col), got, want)
		}
	}
	if got := d.headerEntries["Sheet1"].Text; got != "4" {
		t.Errorf("header row shown as %q, want 4", got)
	}
	// Every row is accounted for.
	states := map[lineState][]string{}
	for _, ln := range d.lines {
		states[ln.state] = append(states[ln.state], ln.name)
	}
	if got := states[lineAdd]; !slices.Equal(got, []string{"Trịnh Văn Khoa", "Lưu Thị Mai", "Kha Minh Đức"}) {
		t.Errorf("rows to add: %q", got)
	}
	if got := states[lineDuplicate]; !slices.Equal(got, []string{"Nguyễn Thị Thu Hà"}) {
		t.Errorf("duplicates: %q", got)
	}
	if len(states[lineSkipped]) == 0 {
		t.Error("the row without a name should be listed as skipped")
	}
	for _, ln := range d.lines {
		if ln.state == lineSkipped && ln.line == 8 && !strings.Contains(ln.detail, "Bảo vệ") {
			t.Errorf("the skipped row should show its content: %q", ln.detail)
		}
	}
	if !strings.HasPrefix(d.summary.Text, "Sẽ thêm 3 cá nhân và 0 tập thể; 1 dòng giống hệt một dòng khác") {
		t.Errorf("summary = %q", d.summary.Text)
	}
	if d.confirm.Text != "Thêm 3 dòng vào báo cáo" || d.confirm.Disabled() {
		t.Errorf("confirm button = %q (disabled %v)", d.confirm.Text, d.confirm.Disabled())
	}

	test.Tap(d.confirm)
	got := r.Honorees.Individuals
	if len(got) != 27 || got[24].Name != "Trịnh Văn Khoa" || got[26].Name != "Kha Minh Đức" {
		t.Fatalf("after confirming: %d individuals, last %q", len(got), got[len(got)-1].Name)
	}
	if got[26].Award != "Bằng khen" || got[26].Note != "Ghi chú riêng" || got[24].Source != "Danh sách Sở VHTT.xlsx" {
		t.Errorf("imported row = %+v", got[26])
	}
	if h.changes != 1 || h.v.imp != nil {
		t.Errorf("changes %d, preview still open %v", h.changes, h.v.imp != nil)
	}
	if h.v.counts.Text != "27 cá nhân, 6 tập thể" {
		t.Errorf("counts = %q", h.v.counts.Text)
	}
	if !slices.Contains(h.names(Individuals), "Lưu Thị Mai") {
		t.Error("the table does not show the imported rows")
	}
	// The search was cleared to show the new rows; the message stays.
	if !strings.HasPrefix(h.v.status.Text, "Đã thêm 3 cá nhân, 0 tập thể từ tệp Danh sách Sở VHTT.xlsx.") {
		t.Errorf("status = %q", h.v.status.Text)
	}

	// One undo takes the whole import back.
	test.Tap(h.v.undoBtn)
	if !reflect.DeepEqual(r.Honorees.Individuals, before) {
		t.Error("undo did not remove the imported rows")
	}
}

func TestImportCancelAddsNothing(t *testing.T) {
	r := sample.Report()
	before := slices.Clone(r.Honorees.Individuals)
	h := newHarness(t, r)
	h.waitRead(func() { h.v.ImportFile(fixture(t)) })
	d := h.v.imp
	if d == nil {
		t.Fatal("no preview shown")
	}
	test.Tap(d.cancel)
	if !reflect.DeepEqual(r.Honorees.Individuals, before) || h.changes != 0 || h.v.hist.CanUndo() {
		t.Error("cancelling the import changed the report")
	}
	if !strings.Contains(h.v.status.Text, "Đã hủy nhập") {
		t.Errorf("status = %q", h.v.status.Text)
	}
}

func TestImportRemapColumns(t *testing.T) {
	r := &report.Report{}
	h := newHarness(t, r)
	h.waitRead(func() { h.v.ImportFile(fixture(t)) })
	d := h.v.imp
	// The user says the note column is not wanted, and that the rows are
	// collectives.
	h.waitRead(func() { h.columnMenu(d, "Sheet1", 6).SetSelected("— bỏ qua —") })
	h.waitRead(func() { d.kindSelects["Sheet1"].SetSelected("tập thể") })
	if h.v.imp != d {
		t.Fatal("the preview should stay open after reading again")
	}
	if got := h.columnMenu(d, "Sheet1", 6).Selected; got != "" {
		t.Errorf("note column after re-reading = %q", got)
	}
	if !strings.HasPrefix(d.summary.Text, "Sẽ thêm 0 cá nhân và 4 tập thể") {
		t.Errorf("summary = %q", d.summary.Text)
	}
	if len(r.Honorees.Collectives) != 0 {
		t.Fatal("re-reading added rows")
	}
	test.Tap(d.confirm)
	if len(r.Honorees.Collectives) != 4 || len(r.Honorees.Individuals) != 0 {
		t.Fatalf("collectives %d, individuals %d", len(r.Honorees.Collectives), len(r.Honorees.Individuals))
	}
	for _, c := range r.Honorees.Collectives {
		if c.Note != "" {
			t.Errorf("%s kept its note %q", c.Name, c.Note)
		}
	}
	if h.v.kind() != Collectives {
		t.Error("the view should switch to the tab the rows went to")
	}
}

func TestImportNotAWorkbook(t *testing.T) {
	h := newHarness(t, sample.Report())
	path := filepath.Join(t.TempDir(), "ghi chú.xlsx")
	if err := writeFile(path, "đây không phải bảng tính"); err != nil {
		t.Fatal(err)
	}
	h.waitRead(func() { h.v.ImportFile(path) })
	if h.v.imp != nil {
		t.Fatal("a preview was shown for a file that is not a workbook")
	}
	if !strings.HasPrefix(h.v.status.Text, "Không đọc được danh sách trong tệp ghi chú.xlsx") {
		t.Errorf("status = %q", h.v.status.Text)
	}
	if h.changes != 0 {
		t.Error("a failed import changed the report")
	}
}

func TestExportList(t *testing.T) {
	r := sample.Report()
	h := newHarness(t, r)
	path := filepath.Join(t.TempDir(), "danh sach")
	done := make(chan error, 1)
	h.v.afterWrite = func(err error) { done <- err }
	h.v.ExportTo(path)
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("export did not finish")
	}
	f, err := excelize.OpenFile(path + ".xlsx")
	if err != nil {
		t.Fatalf("the exported file does not open: %v", err)
	}
	defer f.Close()
	var names []string
	for _, sheet := range []string{xlsx.SheetIndividuals, xlsx.SheetCollectives} {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatalf("sheet %s: %v", sheet, err)
		}
		for _, row := range rows {
			names = append(names, row...)
		}
	}
	for _, want := range []string{r.Honorees.Individuals[0].Name, r.Honorees.Individuals[23].Name, r.Honorees.Collectives[5].Name,
		strings.ToUpper(r.IssuingBody)} { // the title block names the issuing body
		if !slices.Contains(names, want) {
			t.Errorf("%q is not in the exported workbook", want)
		}
	}
	if !strings.Contains(h.v.status.Text, "24 cá nhân, 6 tập thể") {
		t.Errorf("status = %q", h.v.status.Text)
	}
	if h.changes != 0 {
		t.Error("exporting is not a change to the draft")
	}
}

func writeFile(path, content string) error {
	return os.WriteFile(path, []byte(content), 0o600)
}

// BenchmarkImportPreview10000 shows the preview of 10,000 rows read from a
// workbook and adds them: the preview's table is lazy like the main one.
func BenchmarkImportPreview10000(b *testing.B) {
	test.NewTempApp(b)
	w := test.NewTempWindow(b, nil)
	w.Resize(fyne.NewSize(1200, 760))
	list := sample.WithHonorees(10000).Honorees.Individuals
	res := &xlsx.Result{Files: []string{"lon.xlsx"}, Sheets: []xlsx.Sheet{{Name: "Sheet1", Kind: xlsx.Individual, HeaderRow: 1,
		Columns: xlsx.Mapping{xlsx.FieldName: 1, xlsx.FieldUnit: 2}, Titles: map[int]string{0: "STT", 1: "Họ và tên", 2: "Đơn vị"}}}}
	for i, h := range list {
		res.Rows = append(res.Rows, xlsx.Row{Kind: xlsx.Individual, Honoree: h, Sheet: "Sheet1", Line: i + 2})
	}
	b.ReportAllocs()
	for b.Loop() {
		r := &report.Report{}
		v := New(w, r, nil)
		w.SetContent(v.Object())
		v.showImport("lon.xlsx", nil, res, nil)
		w.Canvas().Capture()
		test.Tap(v.imp.confirm)
		if len(r.Honorees.Individuals) != 10000 {
			b.Fatalf("added %d rows", len(r.Honorees.Individuals))
		}
	}
}

// TestImportMixedSheet: a sheet with a heading per group and a name column
// titled for both kinds shows "mixed", and its notes (a second table) are
// shown, not only counted.
func TestImportMixedSheet(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"STT", "Họ và tên / Tên tập thể", "Đơn vị", "Thành tích", "Hình thức khen thưởng"},
		{"I. TẬP THỂ"},
		{1, "Chi bộ Thư viện", "Sở Văn hóa", "Thư viện thân thiện", "Giấy khen"},
		{"II. CÁ NHÂN"},
		{1, "Trần Văn Bình", "Sở Văn hóa", "Hòa giải", "Giấy khen"},
		{},
		{"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"},
		{1, "Lê Thị Cúc", "Chuyên viên", "Văn phòng", "Giấy khen"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "hon-hop.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, sample.Report())
	h.waitRead(func() { h.v.ImportFile(path) })
	d := h.v.imp
	if d == nil {
		t.Fatal("no preview shown")
	}
	if got := d.kindSelects["Sheet1"].Selected; got != tr("honorees.kind.mixed", "theo tiêu đề nhóm (hỗn hợp)") {
		t.Errorf("kind shown as %q, want mixed", got)
	}
	if st := d.bySheet["Sheet1"].status; !strings.Contains(st.Text, "• ") || !st.Visible() {
		t.Errorf("the sheet's notes (a second table) are not shown: %q", st.Text)
	}
}
