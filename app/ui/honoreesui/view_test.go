package honoreesui

import (
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/app/report"
	"baocao/app/sample"
	"baocao/app/ui/tablekit"
	"baocao/app/ui/vnentry"
	"baocao/app/vnime"
)

func TestMain(m *testing.M) {
	// Show the step in Vietnamese whatever the machine's locale, as the
	// program does.
	os.Setenv("LC_ALL", "vi_VN.UTF-8")
	os.Setenv("LANGUAGE", "vi")
	if err := RegisterTranslations(); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

// harness is a view in a test window, counting the calls to changed.
type harness struct {
	t       testing.TB
	v       *View
	w       fyne.Window
	r       *report.Report
	changes int
}

func newHarness(t testing.TB, r *report.Report) *harness {
	t.Helper()
	test.NewTempApp(t)
	h := &harness{t: t, r: r}
	h.w = test.NewTempWindow(t, nil)
	h.v = New(h.w, r, func() { h.changes++ })
	h.w.SetContent(h.v.Object())
	h.w.Resize(fyne.NewSize(1200, 700))
	return h
}

// cell returns the text the table shows at display row r, column c, by
// running the table's own update function on a fresh cell.
func cellText(p *pane, row, col int) string {
	o := p.newCell()
	p.updateCell(widget.TableCellID{Row: row, Col: col}, o)
	return o.(*tablekit.Cell).Label.Text
}

// names returns the names the table of kind k shows, top to bottom.
func (h *harness) names(k Kind) []string {
	p := h.v.panes[k]
	out := make([]string, p.list.len())
	for r := range out {
		out[r] = cellText(p, r, 1)
	}
	return out
}

// labels returns the texts of every label laid out in the window: what
// the user can see.
func (h *harness) labels() []string {
	var out []string
	for _, o := range test.LaidOutObjects(h.w.Canvas().Content()) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && l.Text != "" {
			out = append(out, l.Text)
		}
	}
	return out
}

func (h *harness) sees(text string) bool {
	return slices.Contains(h.labels(), text)
}

// headerButton finds the header of the column titled title.
func (h *harness) headerButton(title string) *widget.Button {
	h.t.Helper()
	for _, o := range test.LaidOutObjects(h.w.Canvas().Content()) {
		if b, ok := o.(*widget.Button); ok && b.Visible() && b.Text == title {
			return b
		}
	}
	h.t.Fatalf("no header %q on screen", title)
	return nil
}

func (h *harness) selectRow(k Kind, row int) {
	h.v.showKind(k)
	h.v.panes[k].table.Select(widget.TableCellID{Row: row, Col: 1})
}

func TestAddIndividualThroughForm(t *testing.T) {
	r := &report.Report{}
	h := newHarness(t, r)
	if !h.sees("Chưa có cá nhân nào. Bấm “Thêm” để nhập từng người, hoặc “Nhập từ Excel…” để lấy cả danh sách.") {
		t.Errorf("an empty list should say what to do; labels: %q", h.labels())
	}
	if !h.v.editBtn.Disabled() || !h.v.deleteBtn.Disabled() || !h.v.undoBtn.Disabled() {
		t.Error("edit, delete and undo should be disabled with nothing selected and nothing done")
	}

	test.Tap(h.v.addBtn)
	f := h.v.form
	if f == nil {
		t.Fatal("tapping Thêm opened no form")
	}
	if f.award.Text != DefaultAward {
		t.Errorf("award defaults to %q, want %q", f.award.Text, DefaultAward)
	}
	f.dlg.Submit() // no name yet: the form must refuse
	if len(r.Honorees.Individuals) != 0 || h.changes != 0 {
		t.Fatal("a form without a name was saved")
	}
	if err := f.name.Validate(); err == nil || err.Error() != "Hãy nhập họ và tên." {
		t.Errorf("name validation = %v, want the Vietnamese request for a name", err)
	}

	test.Type(f.name, "  Nguyễn Văn  An ")
	test.Type(f.position, "Chuyên viên")
	test.Type(f.unit, "Văn phòng Sở")
	test.Type(f.achievement, "Giải quyết hồ sơ đúng hạn")
	f.dlg.Submit()

	want := report.Honoree{Name: "Nguyễn Văn An", Position: "Chuyên viên", Unit: "Văn phòng Sở",
		Achievement: "Giải quyết hồ sơ đúng hạn", Award: "Giấy khen"}
	if got := r.Honorees.Individuals; len(got) != 1 || got[0] != want {
		t.Fatalf("individuals = %+v, want [%+v]", got, want)
	}
	if h.changes != 1 {
		t.Errorf("changed called %d times, want 1", h.changes)
	}
	if h.v.form != nil {
		t.Error("the form should be closed after saving")
	}
	if got := h.v.counts.Text; got != "1 cá nhân, 0 tập thể" {
		t.Errorf("counts = %q", got)
	}
	if !h.sees("Nguyễn Văn An") || !h.sees("1") {
		t.Errorf("the new row is not on screen; labels: %q", h.labels())
	}
	if h.v.panes[Individuals].selected != 0 || h.v.editBtn.Disabled() {
		t.Error("the new row should be selected, ready to edit")
	}
}

func TestAddCollective(t *testing.T) {
	r := sample.Report()
	h := newHarness(t, r)
	h.v.showKind(Collectives)
	test.Tap(h.v.addBtn)
	f := h.v.form
	if f == nil || f.kind != Collectives || f.position != nil {
		t.Fatal("the collectives tab should open a collective's form, without a position")
	}
	test.Type(f.name, "Chi bộ Phòng Quản lý Thể thao")
	f.award.SetText("Bằng khen")
	f.dlg.Submit()
	got := r.Honorees.Collectives[len(r.Honorees.Collectives)-1]
	if got.Name != "Chi bộ Phòng Quản lý Thể thao" || got.Award != "Bằng khen" {
		t.Errorf("added %+v", got)
	}
	if h.v.counts.Text != "24 cá nhân, 7 tập thể" {
		t.Errorf("counts = %q", h.v.counts.Text)
	}
}

func TestFormWarnsOfDuplicate(t *testing.T) {
	h := newHarness(t, sample.Report())
	test.Tap(h.v.addBtn)
	f := h.v.form
	test.Type(f.name, "nguyen thi thu ha")
	test.Type(f.unit, "THƯ VIỆN khoa học tổng hợp")
	if !f.dup.Visible() || !strings.Contains(f.dup.Text, "Nguyễn Thị Thu Hà") || !strings.Contains(f.dup.Text, "Dòng 1") {
		t.Errorf("duplicate warning = %q (visible %v)", f.dup.Text, f.dup.Visible())
	}
	f.dlg.Submit() // a warning, not a refusal: namesakes exist
	if n := len(h.r.Honorees.Individuals); n != 25 {
		t.Errorf("%d individuals after saving a namesake, want 25", n)
	}
}

func TestEditAndUndo(t *testing.T) {
	r := sample.Report()
	orig := slices.Clone(r.Honorees.Individuals)
	h := newHarness(t, r)
	h.selectRow(Individuals, 2)
	if h.v.editBtn.Disabled() {
		t.Fatal("edit should be enabled once a row is selected")
	}
	test.Tap(h.v.editBtn)
	f := h.v.form
	if f == nil || f.index != 2 || f.name.Text != orig[2].Name || f.unit.Text != orig[2].Unit {
		t.Fatalf("the edit form should hold row 3 (%q)", orig[2].Name)
	}
	if f.dup.Visible() {
		t.Error("a row being edited is not a duplicate of itself")
	}
	f.position.SetText("")
	test.Type(f.position, "Phó Chánh Văn phòng")
	f.dlg.Submit()
	if got := r.Honorees.Individuals[2].Position; got != "Phó Chánh Văn phòng" {
		t.Fatalf("position after edit = %q", got)
	}
	if cellText(h.v.panes[Individuals], 2, 2) != "Phó Chánh Văn phòng" {
		t.Error("the table does not show the edit")
	}
	if h.changes != 1 || len(r.Honorees.Individuals) != 24 {
		t.Errorf("changes %d, rows %d", h.changes, len(r.Honorees.Individuals))
	}

	test.Tap(h.v.undoBtn)
	if !reflect.DeepEqual(r.Honorees.Individuals, orig) {
		t.Error("undo did not restore the row")
	}
	if h.changes != 2 {
		t.Errorf("undo should call changed too; got %d calls", h.changes)
	}
	if h.v.status.Text != "Đã trả dòng 3 về như trước khi sửa." {
		t.Errorf("status = %q", h.v.status.Text)
	}
}

// TestDoubleClickOpensForm double-clicks the third row on screen.
func TestDoubleClickOpensForm(t *testing.T) {
	h := newHarness(t, sample.Report())
	var third *tablekit.Cell
	for _, o := range test.LaidOutObjects(h.w.Canvas().Content()) {
		if c, ok := o.(*tablekit.Cell); ok && c.Visible() && c.ID.Row == 2 && c.ID.Col == 1 {
			third = c
		}
	}
	if third == nil {
		t.Fatal("row 3 is not on screen")
	}
	test.Tap(third)
	if h.v.panes[Individuals].selected != 2 || h.v.editBtn.Disabled() {
		t.Fatal("a click should select the row and enable Sửa")
	}
	test.DoubleTap(third)
	if h.v.form == nil || h.v.form.index != 2 || h.v.form.name.Text != h.r.Honorees.Individuals[2].Name {
		t.Fatal("double-clicking row 3 should open it in the form")
	}
	if h.v.panes[Individuals].selected != 2 {
		t.Error("double-clicking should select the row as well")
	}
}

func TestKeys(t *testing.T) {
	r := sample.Report()
	h := newHarness(t, r)
	h.selectRow(Individuals, 5)
	p := h.v.panes[Individuals]
	p.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if h.v.form == nil || h.v.form.index != 5 {
		t.Fatal("Enter should open the selected row")
	}
	h.v.form.dlg.Hide()
	h.v.form = nil
	name := r.Honorees.Individuals[5].Name
	p.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if len(r.Honorees.Individuals) != 23 || slices.Contains(namesOf(r.Honorees.Individuals), name) {
		t.Fatal("Delete should delete the selected row")
	}
	p.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) // the table's own keys still work
}

func TestSelectionFollowsSortAndSearch(t *testing.T) {
	h := newHarness(t, sample.Report())
	p := h.v.panes[Individuals]
	h.selectRow(Individuals, 9) // Dương Thị Lan Anh, first by given name
	test.Tap(h.headerButton("Họ và tên"))
	if p.selected != 9 || cellText(p, 0, 1) != "Dương Thị Lan Anh" {
		t.Fatalf("selected %d; row 1 shows %q", p.selected, cellText(p, 0, 1))
	}
	h.v.search.SetText("nguyen")
	if p.selected != -1 || !h.v.deleteBtn.Disabled() {
		t.Error("a selected row hidden by the search must not stay selected: Xóa would act out of sight")
	}
	test.Tap(h.v.addBtn)
	test.Type(h.v.form.name, "Trịnh Công Sơn")
	h.v.form.dlg.Submit()
	if h.v.search.Text != "" || p.selected != 24 || h.v.deleteBtn.Disabled() {
		t.Errorf("a row added while the search hides it: search %q, selected %d", h.v.search.Text, p.selected)
	}
}

func TestEditWithoutChangeIsNoChange(t *testing.T) {
	h := newHarness(t, sample.Report())
	h.selectRow(Individuals, 0)
	test.Tap(h.v.editBtn)
	h.v.form.dlg.Submit()
	if h.changes != 0 || h.v.hist.CanUndo() {
		t.Error("saving an unchanged form should not mark the draft changed")
	}
}

func TestDeleteAndUndo(t *testing.T) {
	r := sample.Report()
	orig := slices.Clone(r.Honorees.Individuals)
	h := newHarness(t, r)
	h.selectRow(Individuals, 3)
	test.Tap(h.v.deleteBtn)
	if len(r.Honorees.Individuals) != 23 || slices.Contains(h.names(Individuals), orig[3].Name) {
		t.Fatalf("row 4 (%s) was not deleted", orig[3].Name)
	}
	if h.v.counts.Text != "23 cá nhân, 6 tập thể" {
		t.Errorf("counts = %q", h.v.counts.Text)
	}
	if !strings.Contains(h.v.status.Text, orig[3].Name) || !strings.Contains(h.v.status.Text, "Hoàn tác") {
		t.Errorf("status should name the deleted row and offer undo: %q", h.v.status.Text)
	}
	// The next row is selected, so that a second delete removes it.
	if h.v.panes[Individuals].selected != 3 {
		t.Errorf("selected %d after delete, want 3", h.v.panes[Individuals].selected)
	}
	test.Tap(h.v.deleteBtn)
	if len(r.Honorees.Individuals) != 22 {
		t.Fatal("second delete did nothing")
	}

	test.Tap(h.v.undoBtn)
	test.Tap(h.v.undoBtn)
	if !reflect.DeepEqual(r.Honorees.Individuals, orig) {
		t.Error("two undos did not bring both rows back in place")
	}
	if !h.v.undoBtn.Disabled() {
		t.Error("nothing left to undo, the button should be disabled")
	}
	if h.changes != 4 {
		t.Errorf("changed called %d times, want 4", h.changes)
	}
	if got := cellText(h.v.panes[Individuals], 3, 1); got != orig[3].Name {
		t.Errorf("row 4 shows %q after undo", got)
	}
}

func TestSearch(t *testing.T) {
	r := sample.Report()
	h := newHarness(t, r)
	tests := []struct {
		query string
		want  []string // names of the individuals found, in report order
	}{
		{"nguyen van", []string{"Nguyễn Văn Hùng"}},
		{"NGUYỄN", []string{"Nguyễn Thị Thu Hà", "Nguyễn Văn Hùng"}},
		{"dang thi", []string{"Đặng Thị Hồng Nhung"}},
		{"thu vien  nguyen", []string{"Nguyễn Thị Thu Hà"}},                           // words in any field, in any order
		{"truong phong", []string{"Lê Văn Phúc", "Hồ Văn Nam", "Mai Thị Thanh Thủy"}}, // Phó Trưởng phòng too
		{"hung", []string{"Nguyễn Văn Hùng", "Đỗ Quang Vinh"}},                        // “truyền cảm hứng”
		{"ang", nil}, // not inside “Khang”
		{"không có ai", nil},
		{"", namesOf(r.Honorees.Individuals)},
	}
	for _, tt := range tests {
		h.v.search.SetText("")
		test.Type(h.v.search, tt.query)
		if got := h.names(Individuals); !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("search %q shows %q, want %q", tt.query, got, tt.want)
		}
	}
	h.v.search.SetText("nguyen van")
	if got := h.v.tabItems[Individuals].Text; got != "Cá nhân (1/24)" {
		t.Errorf("tab title while searching = %q", got)
	}
	if got := cellText(h.v.panes[Individuals], 0, 0); got != "15" {
		t.Errorf("STT of the found row = %q, want its place in the report, 15", got)
	}
	h.v.search.SetText("khong co ai")
	if !h.sees("Không có dòng nào khớp với nội dung tìm kiếm. Hãy gõ ít chữ hơn hoặc xóa ô tìm kiếm.") {
		t.Error("an empty search result should say so")
	}
	h.v.search.SetText("")
	if got := h.v.tabItems[Individuals].Text; got != "Cá nhân (24)" {
		t.Errorf("tab title = %q", got)
	}
	if h.changes != 0 {
		t.Error("searching is not a change to the draft")
	}
}

func namesOf(hs []report.Honoree) []string {
	out := make([]string, len(hs))
	for i := range hs {
		out[i] = hs[i].Name
	}
	return out
}

func TestSortByHeader(t *testing.T) {
	r := sample.Report()
	orig := slices.Clone(r.Honorees.Individuals)
	h := newHarness(t, r)

	test.Tap(h.headerButton("Họ và tên"))
	got := h.names(Individuals)
	// Vietnamese lists sort by given name: Anh, Ánh, Bảo, …, Vinh.
	if want := []string{"Dương Thị Lan Anh", "Trần Ngọc Ánh", "Huỳnh Quốc Bảo"}; !slices.Equal(got[:3], want) {
		t.Errorf("ascending by name starts %q, want %q", got[:3], want)
	}
	if got[len(got)-1] != "Đỗ Quang Vinh" {
		t.Errorf("ascending by name ends with %q", got[len(got)-1])
	}
	if !reflect.DeepEqual(r.Honorees.Individuals, orig) || h.changes != 0 {
		t.Error("sorting the view must not reorder the report")
	}
	if cellText(h.v.panes[Individuals], 0, 0) != "10" {
		t.Error("STT should stay the place in the report")
	}

	test.Tap(h.headerButton("Họ và tên"))
	if got := h.names(Individuals); got[0] != "Đỗ Quang Vinh" || got[len(got)-1] != "Dương Thị Lan Anh" {
		t.Errorf("descending by name = %q…%q", got[0], got[len(got)-1])
	}
	test.Tap(h.headerButton("Họ và tên"))
	if got := h.names(Individuals); !slices.Equal(got, namesOf(orig)) {
		t.Error("a third click should go back to the report's order")
	}

	test.Tap(h.headerButton("Đơn vị"))
	p := h.v.panes[Individuals]
	var units []string
	for row := 0; row < p.list.len(); row++ {
		units = append(units, cellText(p, row, 3))
	}
	if units[0] != "Bảo tàng Lịch sử Thành phố" || units[len(units)-1] != "Văn phòng Sở" {
		t.Errorf("by unit: first %q, last %q", units[0], units[len(units)-1])
	}
	// Sorting and searching together.
	h.v.search.SetText("chuyen vien")
	// Phòng Kế hoạch…, Phòng Tổ chức…, Văn phòng Sở: the position
	// "Chuyên viên". Châu Thị Ngọc Trâm ("chuyên mục" in one field,
	// "Biên tập viên" in another) is left out: some rows hold both words
	// in one field.
	if got, want := h.names(Individuals), []string{"Quách Thị Diễm", "Phan Đức Hiếu", "Phạm Minh Tuấn"}; !slices.Equal(got, want) {
		t.Errorf("sorted search = %q, want %q", got, want)
	}
}

func TestApplySortedOrderToReport(t *testing.T) {
	r := sample.Report()
	orig := slices.Clone(r.Honorees.Individuals)
	h := newHarness(t, r)
	if h.v.orderBtn.Visible() {
		t.Error("nothing to apply in the report's own order")
	}
	test.Tap(h.headerButton("Họ và tên"))
	sorted := h.names(Individuals)
	h.v.search.SetText("nguyen")
	if h.v.orderBtn.Visible() {
		t.Error("a filtered view must not reorder the report")
	}
	h.v.search.SetText("")
	if !h.v.orderBtn.Visible() {
		t.Fatal("a sorted view should offer to reorder the report")
	}
	test.Tap(h.v.orderBtn)
	if got := namesOf(r.Honorees.Individuals); !slices.Equal(got, sorted) {
		t.Errorf("report order = %q, want %q", got, sorted)
	}
	if cellText(h.v.panes[Individuals], 0, 0) != "1" || cellText(h.v.panes[Individuals], 0, 1) != "Dương Thị Lan Anh" {
		t.Error("row 1 should now be the first name in order, STT 1")
	}
	if h.changes != 1 || h.v.orderBtn.Visible() {
		t.Errorf("changes %d, button visible %v", h.changes, h.v.orderBtn.Visible())
	}
	test.Tap(h.v.undoBtn)
	if !reflect.DeepEqual(r.Honorees.Individuals, orig) {
		t.Error("undo should restore the old order")
	}
}

func TestSetReportForgetsTheOldDraft(t *testing.T) {
	a := sample.Report()
	h := newHarness(t, a)
	h.selectRow(Individuals, 0)
	test.Tap(h.v.deleteBtn)
	h.v.search.SetText("nguyen")

	b := &report.Report{}
	b.Honorees.Collectives = []report.Honoree{{Name: "Chi bộ Văn phòng", Award: "Giấy khen"}}
	h.v.SetReport(b)
	if h.v.search.Text != "" || h.v.hist.CanUndo() || !h.v.undoBtn.Disabled() {
		t.Error("another draft should start with no search and nothing to undo")
	}
	if h.v.counts.Text != "0 cá nhân, 1 tập thể" {
		t.Errorf("counts = %q", h.v.counts.Text)
	}
	h.v.showKind(Collectives)
	h.selectRow(Collectives, 0)
	test.Tap(h.v.deleteBtn)
	if len(b.Honorees.Collectives) != 0 || len(a.Honorees.Individuals) != 23 {
		t.Error("delete should act on the new draft only")
	}
	h.v.SetReport(nil) // never panics
	if h.v.counts.Text != "0 cá nhân, 0 tập thể" {
		t.Errorf("counts = %q", h.v.counts.Text)
	}
}

func TestTenThousandRowsAreLazy(t *testing.T) {
	r := sample.WithHonorees(10000)
	h := newHarness(t, r)
	h.w.Canvas().Capture()
	p := h.v.panes[Individuals]
	if rows, cols := p.table.Length(); rows != 10000 || cols != 7 {
		t.Fatalf("table is %d×%d, want 10000×7", rows, cols)
	}
	// Only the visible cells exist: a window 700 units high shows a few
	// dozen rows.
	if n := len(h.labels()); n > 7*40 {
		t.Errorf("%d labels laid out for 10,000 rows: the table is not lazy", n)
	}
	p.table.ScrollToBottom()
	if !h.sees("10000") || !h.sees(r.Honorees.Individuals[9999].Name) {
		t.Error("the last row is not shown after scrolling to the bottom")
	}
	test.Type(h.v.search, "tuyet (416)")
	if got := h.names(Individuals); !slices.Equal(got, []string{"Ông Thị Tuyết (416)"}) {
		t.Errorf("search in 10,000 rows found %q", got)
	}
	if got := cellText(h.v.panes[Individuals], 0, 0); got != strconv.Itoa(415*24+24) {
		t.Errorf("STT of the found row = %s", got)
	}
}

func BenchmarkBuild10000(b *testing.B) {
	test.NewTempApp(b)
	w := test.NewTempWindow(b, nil)
	w.Resize(fyne.NewSize(1200, 700))
	r := sample.WithHonorees(10000)
	b.ReportAllocs()
	for b.Loop() {
		v := New(w, r, nil)
		w.SetContent(v.Object())
		w.Canvas().Capture()
	}
}

// BenchmarkNew10000 is New alone, without laying out or drawing: the
// step's own cost, which must not grow with the rows.
func BenchmarkNew10000(b *testing.B) {
	test.NewTempApp(b)
	w := test.NewTempWindow(b, nil)
	r := sample.WithHonorees(10000)
	b.ReportAllocs()
	for b.Loop() {
		New(w, r, nil)
	}
}

func BenchmarkSearch10000(b *testing.B) {
	test.NewTempApp(b)
	w := test.NewTempWindow(b, nil)
	v := New(w, sample.WithHonorees(10000), nil)
	w.SetContent(v.Object())
	v.search.SetText("x") // fold the rows once, as the first keystroke does
	b.ReportAllocs()
	for b.Loop() {
		v.search.SetText("nguyen van")
		v.search.SetText("nguyen")
	}
}

func BenchmarkSortByName10000(b *testing.B) {
	r := sample.WithHonorees(10000)
	l := newList(Individuals, &r.Honorees.Individuals)
	b.ReportAllocs()
	for b.Loop() {
		l.sortKey = nil
		l.sortBy(colName)
		l.sortBy(colSTT)
	}
}

// TestTelexInForm types a name with Telex, as users without Unikey do.
func TestTelexInForm(t *testing.T) {
	vnentry.SetMode(vnime.Telex, vnime.Classic)
	t.Cleanup(func() { vnentry.SetMode(vnime.Off, vnime.Classic) })
	r := &report.Report{}
	h := newHarness(t, r)
	test.Tap(h.v.addBtn)
	test.Type(h.v.form.name, "Nguyeenx Vawn Bifnh")
	h.v.form.dlg.Submit()
	if len(r.Honorees.Individuals) != 1 || r.Honorees.Individuals[0].Name != "Nguyễn Văn Bình" {
		t.Fatalf("individuals = %+v", r.Honorees.Individuals)
	}
	test.Type(h.v.search, "Bifnh")
	if got := h.names(Individuals); !slices.Equal(got, []string{"Nguyễn Văn Bình"}) {
		t.Errorf("search typed in Telex found %q", got)
	}
}

// BenchmarkOpenForm10000 opens the add form on a list of 10,000 and types
// a name: the duplicate check runs on every key.
func BenchmarkOpenForm10000(b *testing.B) {
	test.NewTempApp(b)
	w := test.NewTempWindow(b, nil)
	v := New(w, sample.WithHonorees(10000), nil)
	w.SetContent(v.Object())
	w.Resize(fyne.NewSize(1200, 700))
	b.ReportAllocs()
	for b.Loop() {
		v.openForm(Individuals, -1)
		test.Type(v.form.name, "Nguyễn Văn")
		v.form.dlg.Hide()
		v.form = nil
	}
}
