package honoreesui

import (
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"baocao/app/draft"
	"baocao/app/report"
	"baocao/app/sample"
)

// noHeaderWorkbook writes a list whose column titles the program cannot
// recognise ("Cột 1", "Nội dung"…): the user has to say which is which.
func noHeaderWorkbook(t *testing.T) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"UBND PHƯỜNG BẾN THÀNH"},
		{"Kèm theo tờ trình số 12"},
		{"TT", "Cột 1", "Cột 2", "Cột 3", "Cột 4"},
		{1, "Trần Thị Bé", 1982, "Tổ dân phố 3", "Vận động hiến đất làm đường"},
		{2, "Lý Văn Hai", 1975, "Tổ dân phố 5", "Hòa giải 12 vụ"},
		{3, "Đào Văn Ba", 1990, "Hội Cựu chiến binh", "Xây nhà tình nghĩa"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "to-trinh.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestImportManualMapping: a workbook without a recognisable header row
// leads into the dialog (not an error), where the user clicks the header
// row, assigns the columns and sees the rows as they will be imported.
func TestImportManualMapping(t *testing.T) {
	r := &report.Report{}
	h := newHarness(t, r)
	h.w.Resize(fyne.NewSize(1024, 700))
	h.waitRead(func() { h.v.ImportFile(noHeaderWorkbook(t)) })
	d := h.v.imp
	if d == nil {
		t.Fatalf("no dialog for a file without a header row; status %q", h.v.status.Text)
	}
	if !d.manual || !strings.HasPrefix(d.summary.Text, "Chương trình chưa nhận ra dòng tiêu đề cột") || !d.confirm.Disabled() {
		t.Errorf("manual %v, summary %q, confirm disabled %v", d.manual, d.summary.Text, d.confirm.Disabled())
	}
	su := d.bySheet["Sheet1"]
	if su == nil || len(su.rows) != 6 || su.rows[3][1] != "Trần Thị Bé" {
		t.Fatalf("the sheet's rows are not shown: %+v", su)
	}
	if !h.columnMenu(d, "Sheet1", 1).Disabled() {
		t.Error("the column menus should wait for a header row")
	}
	savePNG(t, h, "import-manual-start")

	// A click on row 3 makes it the header row.
	h.waitRead(func() { su.grid.Select(widget.TableCellID{Row: 2, Col: 1}) })
	if su.header != 3 || d.headerEntries["Sheet1"].Text != "3" {
		t.Fatalf("header row %d, entry %q, want 3", su.header, d.headerEntries["Sheet1"].Text)
	}
	if !strings.Contains(su.status.Text, "Họ và tên / Tên tập thể") {
		t.Errorf("the sheet should ask for the name column: %q", su.status.Text)
	}
	// Then the columns: B the name, C the year of birth, D the unit, E
	// the achievement.
	for col, field := range map[int]string{1: "Họ và tên / Tên tập thể", 2: "Năm sinh", 3: "Đơn vị", 4: "Thành tích"} {
		h.waitRead(func() { h.columnMenu(d, "Sheet1", col).SetSelected(field) })
	}
	if d.manual || d.confirm.Disabled() || d.confirm.Text != "Thêm 3 dòng vào báo cáo" {
		t.Fatalf("after mapping: manual %v, confirm %q (disabled %v), summary %q", d.manual, d.confirm.Text, d.confirm.Disabled(), d.summary.Text)
	}
	// The live preview shows the rows as they will be imported.
	var names []string
	for _, ln := range d.lines {
		if ln.state == lineAdd {
			names = append(names, ln.name+" | "+ln.unit+" | "+ln.detail)
		}
	}
	want := []string{"Trần Thị Bé | Tổ dân phố 3 | 1982 · Vận động hiến đất làm đường",
		"Lý Văn Hai | Tổ dân phố 5 | 1975 · Hòa giải 12 vụ", "Đào Văn Ba | Hội Cựu chiến binh | 1990 · Xây nhà tình nghĩa"}
	if strings.Join(names, "\n") != strings.Join(want, "\n") {
		t.Errorf("preview:\n%s\nwant:\n%s", strings.Join(names, "\n"), strings.Join(want, "\n"))
	}
	// A menu gives its field up when another column takes it.
	h.waitRead(func() { h.columnMenu(d, "Sheet1", 3).SetSelected("Thành tích") })
	if got := h.columnMenu(d, "Sheet1", 4).Selected; got != "" {
		t.Errorf("column E still shows %q after D took its field", got)
	}
	h.waitRead(func() { h.columnMenu(d, "Sheet1", 3).SetSelected("Đơn vị") })
	h.waitRead(func() { h.columnMenu(d, "Sheet1", 4).SetSelected("Thành tích") })
	savePNG(t, h, "import-manual-mapped")

	test.Tap(d.confirm)
	got := r.Honorees.Individuals
	if len(got) != 3 || got[1] != (report.Honoree{Name: "Lý Văn Hai", BirthYear: 1975, Unit: "Tổ dân phố 5", Achievement: "Hòa giải 12 vụ", Source: "to-trinh.xlsx"}) {
		t.Fatalf("imported %+v", got)
	}
}

// headerlessWorkbook writes a list typed straight into a sheet: no title,
// no header row; STT, name, year of birth, gender, unit, award,
// achievement.
func headerlessWorkbook(t *testing.T) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{1, "Phạm Văn Hùng", 1968, "Nam", "Thôn Bắc", "Giấy khen", "Vận động nhân dân hiến 300 m² đất mở rộng đường liên thôn"},
		{2, "Đỗ Thị Mai", 1979, "Nữ", "Hội Phụ nữ xã", "Giấy khen", "Xây dựng mô hình tổ tiết kiệm giúp 15 hội viên thoát nghèo"},
		{3, "Vũ Văn Tâm", 1985, "Nam", "Chi đoàn thôn Nam", "Bằng khen", "Đi đầu trong phong trào thanh niên tình nguyện, làm 2 km đường bê tông"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "danh-sach-go-tay.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestImportWithoutHeaderRow: a list with no header row at all, its data
// from row 1. The user ticks “Không có dòng tiêu đề”: the column menus
// come pre-filled from the data (name, year of birth, gender, award,
// achievement), the user adds the unit by hand, and the rows import
// with every field. A click on row 2 makes the data start there.
func TestImportWithoutHeaderRow(t *testing.T) {
	r := &report.Report{}
	h := newHarness(t, r)
	h.w.Resize(fyne.NewSize(1024, 700))
	h.waitRead(func() { h.v.ImportFile(headerlessWorkbook(t)) })
	d := h.v.imp
	if d == nil || !d.manual {
		t.Fatalf("no manual mapping for a list without header row; status %q", h.v.status.Text)
	}
	su := d.bySheet["Sheet1"]
	if su.dataEntry.Disabled() == false || su.noHeaderBox.Checked {
		t.Fatal("the first data row is asked before “no header row” is chosen")
	}

	h.waitRead(func() { su.noHeaderBox.SetChecked(true) })
	if !su.noHeader || su.dataRow != 1 || su.dataEntry.Text != "1" || !su.headerEntry.Disabled() {
		t.Fatalf("no header: %v, data row %d, entry %q, header entry disabled %v", su.noHeader, su.dataRow, su.dataEntry.Text, su.headerEntry.Disabled())
	}
	savePNG(t, h, "import-no-header-ticked")
	guessed := map[int]string{1: "Họ và tên / Tên tập thể", 2: "Năm sinh", 3: "Giới tính", 5: "Hình thức khen thưởng", 6: "Thành tích"}
	for col := 0; col < 7; col++ {
		m := h.columnMenu(d, "Sheet1", col)
		if m.Disabled() || m.Selected != guessed[col] {
			t.Errorf("column %s: menu %q (disabled %v), want %q", columnLetters(col), m.Selected, m.Disabled(), guessed[col])
		}
	}
	if d.confirm.Disabled() || d.confirm.Text != "Thêm 3 dòng vào báo cáo" {
		t.Fatalf("with the guess: confirm %q (disabled %v), summary %q, status %q", d.confirm.Text, d.confirm.Disabled(), d.summary.Text, su.status.Text)
	}
	h.waitRead(func() { h.columnMenu(d, "Sheet1", 4).SetSelected("Đơn vị") })
	savePNG(t, h, "import-no-header")

	// Data from row 2: the first row is left out.
	h.waitRead(func() { su.grid.Select(widget.TableCellID{Row: 1, Col: 0}) })
	if su.dataRow != 2 || su.dataEntry.Text != "2" || d.confirm.Text != "Thêm 2 dòng vào báo cáo" {
		t.Fatalf("after a click on row 2: data row %d, entry %q, confirm %q", su.dataRow, su.dataEntry.Text, d.confirm.Text)
	}
	h.waitRead(func() { su.dataEntry.SetText("1") })
	if h.columnMenu(d, "Sheet1", 4).Selected != "Đơn vị" {
		t.Error("the unit chosen by hand was lost when the data row changed")
	}

	test.Tap(d.confirm)
	got := r.Honorees.Individuals
	want := report.Honoree{Name: "Đỗ Thị Mai", BirthYear: 1979, Gender: report.GenderFemale, Unit: "Hội Phụ nữ xã", Award: "Giấy khen",
		Achievement: "Xây dựng mô hình tổ tiết kiệm giúp 15 hội viên thoát nghèo", Source: "danh-sach-go-tay.xlsx"}
	if len(got) != 3 || got[1] != want {
		t.Fatalf("imported %+v", got)
	}

	// Unticked, the program looks for a header row again: none.
	h.waitRead(func() { h.v.ImportFile(headerlessWorkbook(t)) })
	d = h.v.imp
	su = d.bySheet["Sheet1"]
	h.waitRead(func() { su.noHeaderBox.SetChecked(true) })
	h.waitRead(func() { su.noHeaderBox.SetChecked(false) })
	if su.noHeader || !d.confirm.Disabled() || !su.dataEntry.Disabled() || h.columnMenu(d, "Sheet1", 1).Selected != "" {
		t.Errorf("unticked: no header %v, confirm disabled %v, data entry disabled %v", su.noHeader, d.confirm.Disabled(), su.dataEntry.Disabled())
	}
}

// TestImportChangeHeaderRow: the user disagrees with the header row found
// and picks another by typing its number.
func TestImportChangeHeaderRow(t *testing.T) {
	h := newHarness(t, sample.Report())
	h.waitRead(func() { h.v.ImportFile(fixture(t)) })
	d := h.v.imp
	su := d.bySheet["Sheet1"]
	if su.header != 4 {
		t.Fatalf("header row found %d, want 4", su.header)
	}
	// Row 5 as the header: its cells are data, no name column is known.
	h.waitRead(func() { d.headerEntries["Sheet1"].SetText("5") })
	if su.header != 5 || !d.confirm.Disabled() {
		t.Errorf("header %d, confirm disabled %v", su.header, d.confirm.Disabled())
	}
	h.waitRead(func() { d.headerEntries["Sheet1"].SetText("4") })
	if su.header != 4 || d.confirm.Disabled() || h.columnMenu(d, "Sheet1", 1).Selected != "Họ và tên / Tên tập thể" {
		t.Errorf("back to row 4: header %d, confirm disabled %v", su.header, d.confirm.Disabled())
	}
}

// savePNG renders the window for a look at it.
func savePNG(t *testing.T, h *harness, name string) {
	t.Helper()
	fyne.CurrentApp().Settings().SetTheme(lightTheme{theme.DefaultTheme()})
	img := h.w.Canvas().Capture()
	path := filepath.Join(pngDir(t), name+".png")
	if err := draft.WriteAtomic(path, false, func(w io.Writer) error { return png.Encode(w, img) }); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", path)
}

// pngDir is where savePNG writes: $BAOCAO_PNG_DIR to keep the pictures,
// else a temporary folder.
func pngDir(t *testing.T) string {
	if d := os.Getenv("BAOCAO_PNG_DIR"); d != "" {
		return d
	}
	return t.TempDir()
}

// TestImportSheetTabsFollowPreview: choosing a sheet's tab brings its rows
// into the preview.
func TestImportSheetTabsFollowPreview(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	if _, err := f.NewSheet("Tập thể"); err != nil {
		t.Fatal(err)
	}
	ind := [][]any{{"STT", "Họ và tên", "Đơn vị"}}
	for i := range 40 {
		ind = append(ind, []any{i + 1, fmt.Sprintf("Nguyễn Văn %c%d", 'A'+i%26, i), "Phòng Văn hóa"})
	}
	col := [][]any{{"STT", "Tên tập thể", "Thành tích"}, {1, "Chi bộ Văn phòng", "Tốt"}}
	for name, rows := range map[string][][]any{"Sheet1": ind, "Tập thể": col} {
		for i, r := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := f.SetSheetRow(name, cell, &r); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "hai-trang.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, &report.Report{})
	h.w.Resize(fyne.NewSize(1024, 700))
	h.waitRead(func() { h.v.ImportFile(path) })
	d := h.v.imp
	if len(d.sheets) != 2 || d.tabs.Items[1].Text != "Trang “Tập thể”" {
		t.Fatalf("sheets %d, tabs %v", len(d.sheets), d.tabs.Items)
	}
	if y := tableOffset(t, &d.table.Table); y != 0 {
		t.Fatalf("the preview starts at %v", y)
	}
	d.tabs.SelectIndex(1)
	if y := tableOffset(t, &d.table.Table); y < 40*30 { // 40 rows of the first sheet above
		t.Errorf("the preview is at %.0f after the second sheet's tab was chosen; its row is further down", y)
	}
}

// tableOffset reads how far table is scrolled down: widget.Table keeps it
// in its scroller, which the package does not export.
func tableOffset(t *testing.T, table *widget.Table) float32 {
	t.Helper()
	for _, o := range test.WidgetRenderer(table).Objects() {
		if v := reflect.ValueOf(o); fmt.Sprintf("%T", o) == "*widget.Scroll" {
			return v.Elem().FieldByName("Offset").Interface().(fyne.Position).Y
		}
	}
	t.Fatal("no scroller in the table")
	return 0
}

// TestImportEmptyWorkbook: a workbook with nothing in it is an error with
// what to do, not a dialog with nothing to choose.
func TestImportEmptyWorkbook(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	path := filepath.Join(t.TempDir(), "trong.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, &report.Report{})
	h.waitRead(func() { h.v.ImportFile(path) })
	if h.v.imp != nil {
		t.Fatal("a dialog was opened for an empty workbook")
	}
	if !strings.HasPrefix(h.v.status.Text, "Không đọc được danh sách trong tệp trong.xlsx") {
		t.Errorf("status = %q", h.v.status.Text)
	}
}
