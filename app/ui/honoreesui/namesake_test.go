package honoreesui

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"baocao/app/report"
	"baocao/app/sample"
	"baocao/app/ui/keys"
	"baocao/app/ui/tablekit"
)

// namesakeWorkbook is a unit's list with two people of one name (born
// 1975 and 1988, different positions) and a row typed twice.
func namesakeWorkbook(t *testing.T) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Đơn vị", "Thành tích"},
		{1, "Nguyễn Văn An", 1975, "Nam", "Trưởng phòng", "Phòng Văn hóa", "Vận động xây nhà văn hóa"},
		{2, "Nguyễn Văn An", 1988, "Nam", "Chuyên viên", "Phòng Văn hóa", "Hòa giải ở cơ sở"},
		{3, "Lê Thị Bích", 1990, "Nữ", "Kế toán", "Văn phòng", "Công khai tài chính"},
		{4, "Lê Thị Bích", 1990, "Nữ", "Kế toán", "Văn phòng", "Công khai tài chính"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "trung-ten.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestImportKeepDroppedRow: the preview lists the exact repeat the import
// would drop, with a check to keep it, and the namesakes with their note;
// both namesakes and the kept repeat are added, nothing silently lost.
func TestImportKeepDroppedRow(t *testing.T) {
	r := &report.Report{}
	h := newHarness(t, r)
	h.w.Resize(fyne.NewSize(1024, 700))
	h.waitRead(func() { h.v.ImportFile(namesakeWorkbook(t)) })
	d := h.v.imp
	if d == nil {
		t.Fatal("no preview")
	}
	states := map[int]lineState{}
	var notes []string
	for _, ln := range d.lines {
		states[ln.line] = ln.state
		if ln.state == lineNamesake {
			notes = append(notes, ln.detail)
		}
	}
	if states[2] != lineNamesake || states[3] != lineNamesake || states[4] != lineAdd || states[5] != lineDuplicate {
		t.Fatalf("states by line = %v", states)
	}
	if len(notes) != 2 || !strings.Contains(notes[0], "1975") || !strings.Contains(notes[0], "trùng tên") {
		t.Errorf("namesake notes = %q", notes)
	}
	if d.confirm.Text != "Thêm 3 dòng vào báo cáo" {
		t.Errorf("confirm = %q", d.confirm.Text)
	}
	// The dropped row has a check.
	d.table.ScrollToBottom()
	savePNG(t, h, "import-keep")
	keep := h.keepCheck(d, 5)
	test.Tap(keep)
	if d.confirm.Text != "Thêm 4 dòng vào báo cáo" || !strings.HasPrefix(d.summary.Text, "Sẽ thêm 4 cá nhân và 0 tập thể; 1 cặp có thể trùng tên") {
		t.Errorf("after keeping: confirm %q, summary %q", d.confirm.Text, d.summary.Text)
	}
	test.Tap(d.confirm)
	var got []string
	for _, x := range r.Honorees.Individuals {
		got = append(got, x.Name+" "+string(x.Gender)+" "+strconv.Itoa(x.BirthYear))
	}
	want := []string{"Nguyễn Văn An nam 1975", "Nguyễn Văn An nam 1988", "Lê Thị Bích nữ 1990", "Lê Thị Bích nữ 1990"}
	if !slices.Equal(got, want) {
		t.Errorf("imported %q, want %q", got, want)
	}
}

// keepCheck returns the "Vẫn thêm" check of the preview row of sheet
// line, as the preview's table makes and fills it.
func (h *harness) keepCheck(d *importDialog, line int) *keys.Check {
	h.t.Helper()
	for r, ln := range d.lines {
		if ln.line != line {
			continue
		}
		o := d.table.CreateCell()
		d.updateCell(widget.TableCellID{Row: r, Col: 0}, o)
		if c := o.(*fyne.Container).Objects[1].(*keys.Check); c.Visible() && c.Text == "Vẫn thêm" {
			return c
		}
	}
	h.t.Fatalf("no “Vẫn thêm” check for line %d", line)
	return nil
}

// TestBirthColumns: the year of birth and gender show as columns once a
// row has them, and the form edits them.
func TestBirthColumns(t *testing.T) {
	r := sample.Report()
	h := newHarness(t, r)
	p := h.v.panes[Individuals]
	if slices.Contains(p.cols, colBirthYear) || slices.Contains(p.cols, colGender) {
		t.Fatalf("a list without years of birth shows the column: %v", p.cols)
	}
	h.selectRow(Individuals, 1)
	h.v.editSelected()
	f := h.v.form
	test.Type(f.birth, "19x")
	if f.birth.Validate() == nil {
		t.Error("19x accepted as a year of birth")
	}
	f.birth.SetText("1979")
	f.gender.SetSelected("Nam")
	f.dlg.Submit()
	if x := r.Honorees.Individuals[1]; x.BirthYear != 1979 || x.Gender != report.GenderMale {
		t.Fatalf("saved %+v", x)
	}
	if !slices.Equal(p.cols[:4], []column{colSTT, colName, colBirthYear, colGender}) {
		t.Fatalf("columns after a year of birth: %v", p.cols)
	}
	if got := cellText(p, 1, 2) + " " + cellText(p, 1, 3); got != "1979 Nam" {
		t.Errorf("row 2 shows %q", got)
	}
	h.headerButton("Năm sinh")
	h.headerButton("Giới tính")
	savePNG(t, h, "birth-columns")
	test.Tap(h.v.undoBtn)
	if slices.Contains(p.cols, colBirthYear) {
		t.Error("the column stays after undo took the only year away")
	}
}

// TestFormRepeatAndNamesake: the form tells an exact repeat from a name
// typed without marks and from a namesake, and can confirm two people.
func TestFormRepeatAndNamesake(t *testing.T) {
	r := &report.Report{}
	an := report.Honoree{Name: "Nguyễn Văn An", BirthYear: 1975, Position: "Trưởng phòng", Unit: "Phòng Văn hóa", Award: "Giấy khen"}
	r.Honorees.Individuals = []report.Honoree{{Name: "Lê Thị Bích", Unit: "Văn phòng"}, an}
	h := newHarness(t, r)
	tests := []struct {
		name, unit, position, year string
		want                       string
		confirm                    bool
	}{
		{"NGUYEN VAN AN", "phong van hoa", "", "", "tên gần giống (khác dấu)", false},
		{"Nguyễn Văn An", "Phòng Văn hóa", "Trưởng phòng", "1975", "mọi ô giống hệt", true},
		{"nguyễn văn an", "Phòng Văn hóa", "Chuyên viên", "1988", "có thể là hai người trùng tên", true},
		{"Nguyễn Văn An", "Phòng Văn hóa", "", "", "không có gì phân biệt", true},
		{"Nguyễn Văn Anh", "Phòng Văn hóa", "", "", "", false},
	}
	for _, tt := range tests {
		test.Tap(h.v.addBtn)
		f := h.v.form
		test.Type(f.name, tt.name)
		test.Type(f.unit, tt.unit)
		test.Type(f.position, tt.position)
		test.Type(f.birth, tt.year)
		if tt.want == "" && f.dup.Visible() || tt.want != "" && (!f.dup.Visible() || !strings.Contains(f.dup.Text, tt.want) || !strings.Contains(strings.ToLower(f.dup.Text), "dòng 2")) {
			t.Errorf("%s, %s %s: hint %q (visible %v), want %q", tt.name, tt.position, tt.year, f.dup.Text, f.dup.Visible(), tt.want)
		}
		if f.confirm.Visible() != tt.confirm {
			t.Errorf("%s %s: confirm shown %v", tt.name, tt.year, f.confirm.Visible())
		}
		f.dlg.Hide()
		h.v.form = nil
	}
	// Confirmed in the form: both rows are marked, one undo takes it back.
	test.Tap(h.v.addBtn)
	f := h.v.form
	test.Type(f.name, "Nguyễn Văn An")
	test.Type(f.unit, "Phòng Văn hóa")
	test.Type(f.birth, "1988")
	test.Tap(f.confirm)
	f.dlg.Submit()
	if l := r.Honorees.Individuals; len(l) != 3 || !l[1].Namesake || !l[2].Namesake {
		t.Fatalf("after confirming in the form: %+v", l)
	}
	test.Tap(h.v.undoBtn)
	if l := r.Honorees.Individuals; len(l) != 2 || l[1].Namesake {
		t.Fatalf("after undo: %+v", l)
	}
}

// TestConfirmNamesakesFromTable: a row of a possible namesake pair says so
// when selected, and one button confirms the two people.
func TestConfirmNamesakesFromTable(t *testing.T) {
	r := &report.Report{}
	r.Honorees.Individuals = []report.Honoree{
		{Name: "Nguyễn Văn An", BirthYear: 1975, Unit: "Phòng Văn hóa"},
		{Name: "Lê Thị Bích", Unit: "Văn phòng"},
		{Name: "Nguyễn Văn An", BirthYear: 1988, Unit: "Phòng Văn hóa"},
	}
	h := newHarness(t, r)
	p := h.v.panes[Individuals]
	o := p.newCell()
	p.updateCell(widget.TableCellID{Row: 2, Col: 1}, o)
	if o.(*tablekit.Cell).Label.Importance != widget.WarningImportance {
		t.Error("the name of a possible namesake is not marked")
	}
	h.selectRow(Individuals, 1)
	if h.v.pairBtn.Visible() {
		t.Error("the confirm button shows for a row without a namesake")
	}
	h.selectRow(Individuals, 2)
	if !h.v.pairBtn.Visible() || !strings.Contains(h.v.status.Text, "Dòng 1 và dòng 3") || !strings.Contains(h.v.status.Text, "trùng tên") {
		t.Fatalf("button %v, status %q", h.v.pairBtn.Visible(), h.v.status.Text)
	}
	if h.v.pairBtn.Text != report.NamesakeConfirmLabel {
		t.Errorf("button %q, the review step names %q", h.v.pairBtn.Text, report.NamesakeConfirmLabel)
	}
	savePNG(t, h, "namesake-table")
	test.Tap(h.v.pairBtn)
	if l := r.Honorees.Individuals; !l[0].Namesake || !l[2].Namesake || l[1].Namesake {
		t.Fatalf("after confirming: %+v", l)
	}
	if h.v.pairBtn.Visible() || h.changes != 1 {
		t.Errorf("button still shown %v, changes %d", h.v.pairBtn.Visible(), h.changes)
	}
	if len(r.Validate()) != 0 {
		for _, m := range r.Validate() {
			if strings.Contains(m.Message, "trùng tên") {
				t.Errorf("the review still warns: %s", m.Message)
			}
		}
	}
	test.Tap(h.v.undoBtn)
	if r.Honorees.Individuals[0].Namesake || r.Honorees.Individuals[2].Namesake {
		t.Error("undo did not take the confirmation back")
	}
}

// TestImportNamesRowsDroppedLate: a row that became an exact copy of a row
// of the report after the preview was made is not added, and the status
// line names it.
func TestImportNamesRowsDroppedLate(t *testing.T) {
	r := sample.Report()
	h := newHarness(t, r)
	h.waitRead(func() { h.v.ImportFile(fixture(t)) })
	d := h.v.imp
	var khoa report.Honoree
	for _, row := range d.res.Rows {
		if row.Honoree.Name == "Trịnh Văn Khoa" {
			khoa = row.Honoree
		}
	}
	r.Honorees.Individuals = append(r.Honorees.Individuals, khoa) // meanwhile, by other means
	n := len(r.Honorees.Individuals)
	test.Tap(d.confirm)
	if got := len(r.Honorees.Individuals) - n; got != 2 {
		t.Errorf("%d rows added, want 2 (Lưu Thị Mai, Kha Minh Đức)", got)
	}
	if !strings.Contains(h.v.status.Text, "1 dòng không thêm vì giống hệt một dòng đã có trong báo cáo: Trịnh Văn Khoa.") {
		t.Errorf("status = %q", h.v.status.Text)
	}
}
