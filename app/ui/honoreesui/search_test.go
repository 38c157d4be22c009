package honoreesui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"baocao/app/report"
	"baocao/app/textnorm"
	"baocao/app/ui/tablekit"
)

// officeList is a list as a ward's office writes it: common family and
// middle names, units named after people ("Trường THCS Hoàng Hoa Thám"),
// and "thi đua" in many achievements.
func officeList(n int) []report.Honoree {
	family := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"}
	middle := []string{"Văn", "Thị", "Minh", "Thanh", "Ngọc", "Đức", "Thị Thu", "Hoàng"}
	given := []string{"An", "Bình", "Cường", "Dung", "Hà", "Hải", "Hoa", "Lan", "Mai", "Nam", "Phúc", "Thảo", "Tuấn", "Yến"}
	units := []string{"Trường THCS Hoàng Hoa Thám", "Phòng Thi đua – Khen thưởng", "UBND phường Bến Thành", "Hội Liên hiệp Phụ nữ phường", "Trường Tiểu học Lê Văn Tám"}
	achievements := []string{"Hoàn thành xuất sắc phong trào thi đua “Dân vận khéo”", "Vận động nhân dân hiến đất làm đường", "Tích cực tham gia thi đua yêu nước", "Hòa giải thành 12 vụ việc"}
	out := make([]report.Honoree, n)
	for i := range out {
		out[i] = report.Honoree{
			Name:        family[i%len(family)] + " " + middle[(i/len(family))%len(middle)] + " " + given[(i/7)%len(given)],
			Position:    []string{"Chuyên viên", "Giáo viên", "Tổ trưởng", "Thi đua viên"}[i%4],
			Unit:        units[(i/3)%len(units)],
			Achievement: achievements[(i/5)%len(achievements)],
			Award:       "Giấy khen",
		}
	}
	return out
}

// topRow returns the first row the table shows: the smallest row of the
// cells laid out in view.
func topRow(h *harness, p *pane) int {
	top := -1
	for _, o := range test.LaidOutObjects(h.w.Canvas().Content()) {
		if c, ok := o.(*tablekit.Cell); ok && c.Visible() && c.Label.Text != "" && (top < 0 || c.ID.Row < top) {
			top = c.ID.Row
		}
	}
	return top
}

// TestSearchScrollsToTop: a search typed in a table scrolled far down
// shows its hits from the first row, not empty space.
func TestSearchScrollsToTop(t *testing.T) {
	r := &report.Report{}
	r.Honorees.Individuals = officeList(3000)
	h := newHarness(t, r)
	p := h.v.panes[Individuals]
	p.table.ScrollTo(widget.TableCellID{Row: 2500, Col: 2})
	if got := topRow(h, p); got < 2000 {
		t.Fatalf("the table did not scroll down: top row %d", got)
	}
	test.Type(h.v.search, "hoang thi")
	if n := p.list.len(); n == 0 || n > 100 {
		t.Fatalf("%d hits", n)
	}
	if got := topRow(h, p); got != 0 {
		t.Errorf("after the search the table shows row %d at the top, want 0", got)
	}
}

// TestSearchWordsInOneField: the words of a query found together in one
// field (a name) beat rows that hold them spread over several.
func TestSearchWordsInOneField(t *testing.T) {
	list := officeList(3000)
	r := &report.Report{}
	r.Honorees.Individuals = list
	h := newHarness(t, r)
	count := func(pred func(report.Honoree) bool) int {
		n := 0
		for _, x := range list {
			if pred(x) {
				n++
			}
		}
		return n
	}
	tests := []struct {
		query string
		want  func(report.Honoree) bool // the rows to show
	}{
		// Hoàng Thị …, not Nguyễn Văn … of Trường THCS Hoàng Hoa Thám
		// with "thi đua" in the achievement.
		{"hoang thi", func(x report.Honoree) bool { return strings.Contains(textnorm.Key(x.Name), "hoang thi") }},
		{"thi dua", func(x report.Honoree) bool {
			return strings.Contains(textnorm.Key(x.Unit+"|"+x.Achievement+"|"+x.Position), "thi dua")
		}},
		// "hoa" begins "Hoa" and "Hoàng": both in the name.
		{"tran hoa", func(x report.Honoree) bool { return containsAll(textnorm.Key(x.Name), []string{"tran", "hoa"}) }},
		// No field holds all the words: every row with them anywhere.
		{"tuan hoa giai", func(x report.Honoree) bool {
			return containsAll(textnorm.Key(x.Name), []string{"tuan"}) && strings.HasPrefix(textnorm.Key(x.Achievement), "hoa giai")
		}},
		{"le thanh tuan", func(x report.Honoree) bool { return textnorm.Key(x.Name) == "le thanh tuan" }},
	}
	for _, tt := range tests {
		h.v.search.SetText("")
		test.Type(h.v.search, tt.query)
		p := h.v.panes[Individuals]
		want := count(tt.want)
		if want == 0 {
			t.Fatalf("%q: the list has no such row; fix the test", tt.query)
		}
		if got := p.list.len(); got != want {
			t.Errorf("%q shows %d rows, want %d", tt.query, got, want)
		}
		for row := 0; row < p.list.len(); row++ {
			if x := list[p.list.at(row)]; !tt.want(x) {
				t.Errorf("%q shows %q (%s; %s)", tt.query, x.Name, x.Unit, x.Achievement)
				break
			}
		}
	}
	h.v.search.SetText("hoang thi")
	if !strings.Contains(h.v.status.Text, "trong cùng một cột") {
		t.Errorf("the status should say rows were left out: %q", h.v.status.Text)
	}
}

// TestSortArrow: the arrow of the sorted column points up for ascending,
// down for descending.
func TestSortArrow(t *testing.T) {
	r := &report.Report{}
	r.Honorees.Individuals = officeList(20)
	h := newHarness(t, r)
	b := h.headerButton("Họ và tên")
	if b.Icon != nil {
		t.Fatal("an unsorted column shows an arrow")
	}
	test.Tap(b)
	if b = h.headerButton("Họ và tên"); b.Icon == nil || b.Icon.Name() != theme.MenuDropUpIcon().Name() {
		t.Errorf("ascending shows %v, want the up arrow", b.Icon)
	}
	test.Tap(b)
	if b = h.headerButton("Họ và tên"); b.Icon == nil || b.Icon.Name() != theme.MenuDropDownIcon().Name() {
		t.Errorf("descending shows %v, want the down arrow", b.Icon)
	}
}

// TestUndoImportScrollsToTop: undoing an import that was scrolled to its
// new rows shows the table from the top again.
func TestUndoImportScrollsToTop(t *testing.T) {
	r := &report.Report{}
	r.Honorees.Individuals = officeList(40)
	h := newHarness(t, r)
	h.w.Resize(fyne.NewSize(1200, 700))
	path := bigWorkbook(t, officeList(400)[40:400])
	h.waitRead(func() { h.v.ImportFile(path) })
	test.Tap(h.v.imp.confirm)
	p := h.v.panes[Individuals]
	if got := topRow(h, p); got < 300 {
		t.Fatalf("after the import the table shows row %d at the top; it should show the new rows", got)
	}
	test.Tap(h.v.undoBtn)
	if len(r.Honorees.Individuals) != 40 {
		t.Fatalf("%d rows after undo", len(r.Honorees.Individuals))
	}
	if got := topRow(h, p); got != 0 {
		t.Errorf("after undoing the import the table shows row %d at the top, want 0", got)
	}
}

func bigWorkbook(t *testing.T, list []report.Honoree) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{{"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng"}}
	for i, x := range list {
		rows = append(rows, []any{i + 1, x.Name, x.Position, x.Unit, x.Achievement, x.Award})
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), fmt.Sprintf("ds-%d.xlsx", len(list)))
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}
