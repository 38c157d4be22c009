package movementui

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/app/draft"
	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/app/ui/tablekit"
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

type harness struct {
	t       testing.TB
	w       fyne.Window
	v       *View
	r       *report.Report
	changes int
	chosen  string // the path the fake draft chooser answers
}

func newHarness(t testing.TB, r *report.Report) *harness {
	t.Helper()
	test.NewTempApp(t)
	h := &harness{t: t, r: r}
	h.w = test.NewTempWindow(t, nil)
	h.v = New(h.w, r, func() { h.changes++ }, Options{
		ChooseDraft: func(cb func(string)) { cb(h.chosen) },
		LoadDraft:   draft.Load,
	})
	h.w.SetContent(h.v.Object())
	h.w.Resize(fyne.NewSize(1100, 700))
	return h
}

// cell returns the text the register shows at display row r, column c,
// by running the table's own update function on a fresh cell.
func (h *harness) cell(row int, c column) string {
	o := h.v.newCell()
	h.v.updateCell(widget.TableCellID{Row: row, Col: int(c)}, o)
	return o.(*tablekit.Cell).Label.Text
}

func (h *harness) names() []string {
	out := make([]string, h.v.list.len())
	for r := range out {
		out[r] = h.cell(r, colName)
	}
	return out
}

func (h *harness) selectRow(r int) {
	h.v.table.Select(widget.TableCellID{Row: r, Col: int(colName)})
}

func registerOf(names ...string) *report.Report {
	r := &report.Report{Year: 2016}
	for i, n := range names {
		r.Movement.Register = append(r.Movement.Register, movement.Entry{Name: n, Unit: "Đơn vị " + n,
			Kind: movement.KindModel, Field: movement.DefaultFields[i%4], Stage: movement.StageRegistered})
	}
	return r
}

func TestTableShowsTheRegister(t *testing.T) {
	r := sample.Report()
	h := newHarness(t, r)
	if got, want := h.v.list.len(), len(r.Movement.Register); got != want || want < 12 {
		t.Fatalf("table has %d rows, register %d", got, want)
	}
	e := r.Movement.Register[0]
	for _, c := range []struct {
		col  column
		want string
	}{
		{colSTT, "1"}, {colName, e.Name}, {colUnit, e.Unit}, {colField, e.Field},
		{colStage, e.Stage.Label()}, {colKind, kindShort(e.Kind)},
	} {
		if got := h.cell(0, c.col); got != c.want {
			t.Errorf("column %d = %q, want %q", c.col, got, c.want)
		}
	}
	if !strings.Contains(h.v.tabItems[TabRegister].Text, "17") {
		t.Errorf("tab title %q lacks the count", h.v.tabItems[TabRegister].Text)
	}
}

func TestAddEditDeleteUndo(t *testing.T) {
	r := registerOf("Một", "Hai", "Ba")
	h := newHarness(t, r)

	// Add through the form.
	h.v.openForm(-1)
	f := h.v.form
	f.name.SetText("Mô hình  “Dân vận khéo” mới")
	f.unit.SetText("Thư viện Khoa học Tổng hợp")
	f.kind.SetSelected(movement.KindExemplar.Label())
	f.field.SetSelected(movement.DefaultFields[2])
	f.stage.SetSelected(movement.StageRecognised.Label())
	f.level.SetSelected(movement.LevelDistrict.Label())
	f.year.SetText("2014")
	f.links.SetText("Nguyễn Văn An — Thư viện\n\n Chi bộ 2 ")
	f.carried.SetChecked(true)
	f.dlg.Submit()
	if len(r.Movement.Register) != 4 {
		t.Fatalf("register has %d entries after add", len(r.Movement.Register))
	}
	got := r.Movement.Register[3]
	want := movement.Entry{Name: "Mô hình “Dân vận khéo” mới", Unit: "Thư viện Khoa học Tổng hợp", Kind: movement.KindExemplar,
		Field: movement.DefaultFields[2], Stage: movement.StageRecognised, Level: movement.LevelDistrict, StartYear: 2014, FromLastYear: true,
		Honorees: []movement.HonoreeRef{{Name: "Nguyễn Văn An", Unit: "Thư viện"}, {Name: "Chi bộ 2"}}}
	if !entriesEqual(got, want) || !slices.Equal(got.Honorees, want.Honorees) {
		t.Errorf("added %+v, want %+v", got, want)
	}
	if h.v.selected != 3 || h.changes != 1 {
		t.Errorf("selected %d, changes %d", h.v.selected, h.changes)
	}

	// Edit row 2.
	h.selectRow(1)
	h.v.editSelected()
	h.v.form.name.SetText("Hai (đã sửa)")
	h.v.form.stage.SetSelected(movement.StageProposed.Label())
	h.v.form.dlg.Submit()
	if e := r.Movement.Register[1]; e.Name != "Hai (đã sửa)" || e.Stage != movement.StageProposed || e.Unit != "Đơn vị Hai" {
		t.Errorf("edited entry %+v", e)
	}

	// Delete row 1; the next row is selected.
	h.selectRow(0)
	h.v.deleteSelected()
	if names := entryNames(r); !slices.Equal(names, []string{"Hai (đã sửa)", "Ba", "Mô hình “Dân vận khéo” mới"}) {
		t.Errorf("after delete: %v", names)
	}
	if h.v.selected != 0 {
		t.Errorf("after delete the selection is %d, want the row that took its place", h.v.selected)
	}

	// Undo three times: delete, edit, add.
	h.v.Undo()
	if names := entryNames(r); !slices.Equal(names, []string{"Một", "Hai (đã sửa)", "Ba", "Mô hình “Dân vận khéo” mới"}) {
		t.Errorf("after undoing the delete: %v", names)
	}
	h.v.Undo()
	if e := r.Movement.Register[1]; e.Name != "Hai" || e.Stage != movement.StageRegistered {
		t.Errorf("after undoing the edit: %+v", e)
	}
	h.v.Undo()
	if names := entryNames(r); !slices.Equal(names, []string{"Một", "Hai", "Ba"}) {
		t.Errorf("after undoing the add: %v", names)
	}
	if !h.v.undoBtn.Disabled() {
		t.Error("Undo is enabled with nothing to undo")
	}
	if !slices.Equal(h.names(), []string{"Một", "Hai", "Ba"}) {
		t.Errorf("table shows %v", h.names())
	}
}

func TestFormRefusesNoName(t *testing.T) {
	r := registerOf("Một")
	h := newHarness(t, r)
	h.v.openForm(-1)
	h.v.form.name.SetText("   ")
	if err := h.v.form.name.Validate(); err == nil {
		t.Error("an empty name passes the form")
	}
	h.v.saveForm(h.v.form) // even if forced, nothing nameless is stored
	if len(r.Movement.Register) != 1 {
		t.Errorf("a nameless entry was stored")
	}
	if validStartYear("1800") == nil || validStartYear("") != nil || validStartYear("2015") != nil {
		t.Error("validStartYear")
	}
}

func entryNames(r *report.Report) []string {
	var out []string
	for _, e := range r.Movement.Register {
		out = append(out, e.Name)
	}
	return out
}

func entriesEqual(a, b movement.Entry) bool {
	return a.Name == b.Name && a.Unit == b.Unit && a.Kind == b.Kind && a.Field == b.Field && a.Stage == b.Stage &&
		a.Level == b.Level && a.StartYear == b.StartYear && a.Results == b.Results && a.FromLastYear == b.FromLastYear
}

func TestSearchAndSort(t *testing.T) {
	r := sample.Report()
	h := newHarness(t, r)
	tests := []struct {
		query string
		want  func(e movement.Entry) bool
	}{
		{"kinh te", func(e movement.Entry) bool { return e.Field == "Kinh tế" }},
		{"dien hinh", func(e movement.Entry) bool { return e.Kind == movement.KindExemplar }},
		{"tieu bieu", func(e movement.Entry) bool { return e.Stage == movement.StageOutstanding }},
		{"zzzz", func(movement.Entry) bool { return false }},
	}
	for _, tc := range tests {
		h.v.search.SetText(tc.query)
		var want []string
		for _, e := range r.Movement.Register {
			if tc.want(e) {
				want = append(want, e.Name)
			}
		}
		if got := h.names(); !slices.Equal(got, want) {
			t.Errorf("search %q shows %v, want %v", tc.query, got, want)
		}
		if len(want) == 0 && !h.v.empty.Visible() {
			t.Errorf("search %q: no “nothing found” message", tc.query)
		}
	}
	h.v.search.SetText("")
	h.v.sortBy(colStage)
	rank := -1
	for row := 0; row < h.v.list.len(); row++ {
		e := r.Movement.Register[h.v.list.at(row)]
		if e.Stage.Rank() < rank {
			t.Fatalf("sorted by stage, row %d (%s) comes after a later stage", row, e.Stage)
		}
		rank = e.Stage.Rank()
	}
	h.v.sortBy(colStage)
	h.v.sortBy(colStage) // back to the register's order
	if h.v.list.at(0) != 0 || h.v.list.at(h.v.list.len()-1) != len(r.Movement.Register)-1 {
		t.Error("a third click does not give back the register's order")
	}
}

// TestFiguresTableIsTheCore checks that every cell of the on-screen table
// is what movement.Figures gives, in its order.
func TestFiguresTableIsTheCore(t *testing.T) {
	r := sample.Report()
	h := newHarness(t, r)
	h.v.ShowTab(TabFigures)
	f := r.Figures()
	tab := h.v.figures
	if !slices.Equal(tab.cols, f.Columns()) || len(tab.cols) != 5 {
		t.Fatalf("columns %v, want %v (with last year)", tab.cols, f.Columns())
	}
	line := 0
	for _, g := range f.Groups {
		if got := tableCell(tab, line, 0); got != g.Title {
			t.Errorf("line %d = %q, want the group title %q", line, got, g.Title)
		}
		line++
		for _, row := range g.Rows {
			for c, want := range f.Cells(row) {
				if got := tableCell(tab, line, c); got != want {
					t.Errorf("%s column %d = %q, want %q", row.Key, c, got, want)
				}
			}
			line++
		}
	}
	if line != len(tab.lines) {
		t.Errorf("table has %d lines, figures %d", len(tab.lines), line)
	}
	if !strings.Contains(tab.baseline.Text, "2015") {
		t.Errorf("baseline line %q", tab.baseline.Text)
	}

	// A change in the register shows at once.
	before := f.Value(movement.TotalKey(movement.StageRegistered))
	h.v.ShowTab(TabRegister)
	h.selectRow(0)
	h.v.deleteSelected()
	h.v.ShowTab(TabFigures)
	if got := tab.fig.Value(movement.TotalKey(movement.StageRegistered)); got != before-1 {
		t.Errorf("after a delete the table shows %d registered, want %d", got, before-1)
	}
}

func tableCell(tab *figuresTab, row, col int) string {
	l := widget.NewLabel("")
	tab.updateCell(widget.TableCellID{Row: row, Col: col}, l)
	return l.Text
}

// TestChartOneBarPairPerField checks the chart draws a pair of bars per
// field, heights in proportion to the counts.
func TestChartOneBarPairPerField(t *testing.T) {
	r := sample.Report()
	h := newHarness(t, r)
	h.v.ShowTab(TabFigures)
	c := h.v.figures.chart
	c.Resize(fyne.NewSize(800, 260))
	fields := r.Movement.FieldList()
	if len(c.thisRects) != len(fields) || len(c.lastRects) != len(fields) {
		t.Fatalf("%d+%d bars for %d fields", len(c.thisRects), len(c.lastRects), len(fields))
	}
	f := r.Figures()
	maxH, maxV := float32(0), 0
	for i, name := range fields {
		row, _ := f.Row(movement.FieldKey(name))
		if c.bars[i].this != row.This || c.bars[i].last != row.Last {
			t.Errorf("bar %d: %d/%d, table %d/%d", i, c.bars[i].this, c.bars[i].last, row.This, row.Last)
		}
		if row.This > maxV {
			maxV, maxH = row.This, c.thisRects[i].Size().Height
		}
		if c.lastRects[i].Position().X >= c.thisRects[i].Position().X {
			t.Errorf("field %d: last year's bar is not left of this year's", i)
		}
	}
	for i, name := range fields {
		row, _ := f.Row(movement.FieldKey(name))
		want := maxH * float32(row.This) / float32(maxV)
		if got := c.thisRects[i].Size().Height; got < want-1 || got > want+1 {
			t.Errorf("field %d: bar %v high, want %v", i, got, want)
		}
	}

	// The number over each bar is that bar's own (they were swapped:
	// this year's count stood over last year's bar).
	over := func(rect *canvas.Rectangle) string {
		for _, txt := range c.valueTexts {
			if txt.Position().X == rect.Position().X && txt.Position().Y < rect.Position().Y {
				return txt.Text
			}
		}
		return ""
	}
	for i := range fields {
		if got, want := over(c.lastRects[i]), movement.FormatCount(c.bars[i].last); got != want {
			t.Errorf("field %d: %q over last year's bar, want %q", i, got, want)
		}
		if got, want := over(c.thisRects[i]), movement.FormatCount(c.bars[i].this); got != want {
			t.Errorf("field %d: %q over this year's bar, want %q", i, got, want)
		}
	}

	// Without a baseline, one bar per field.
	r.Movement.Baseline = nil
	h.v.figures.load()
	if len(c.thisRects) != len(fields) || len(c.lastRects) != 0 {
		t.Errorf("without a baseline: %d+%d bars", len(c.thisRects), len(c.lastRects))
	}
}

func TestChecklistAnswersSaved(t *testing.T) {
	r := registerOf("Một")
	r.Movement.Checklist = movement.ChecklistFrom([]movement.TaskText{{Heading: "Tiếp tục phong trào"}, {Heading: "Sơ kết mô hình"}})
	h := newHarness(t, r)
	h.v.ShowTab(TabChecklist)
	tab := h.v.checklist
	if len(tab.answers) != 2 {
		t.Fatalf("%d answer selects for 2 tasks", len(tab.answers))
	}
	tab.answers[0].SetSelected(movement.AnswerYes.Label())
	tab.answers[1].SetSelected(movement.AnswerPartly.Label())
	tab.notes[1].SetText("còn hai đơn vị chưa sơ kết")
	if a := r.Movement.Checklist; a[0].Answer != movement.AnswerYes || a[1].Answer != movement.AnswerPartly || a[1].Note != "còn hai đơn vị chưa sơ kết" {
		t.Errorf("checklist %+v", a)
	}
	if h.changes == 0 {
		t.Error("answers did not mark the draft changed")
	}
	if !strings.Contains(tab.tally.Text, "1 đã thực hiện, 1 thực hiện một phần") {
		t.Errorf("tally %q", tab.tally.Text)
	}
	// Loading another draft's answers does not write back.
	h.changes = 0
	h.v.SetReport(r)
	if h.changes != 0 || tab.answers[0].Selected != movement.AnswerYes.Label() {
		t.Errorf("reload: changes %d, answer %q", h.changes, tab.answers[0].Selected)
	}
}

func TestTypedCounts(t *testing.T) {
	r := registerOf("Một", "Hai")
	h := newHarness(t, r)
	h.v.ShowTab(TabTyped)
	tab := h.v.typed
	keys := r.Movement.TypedKeys()
	if len(tab.entries) != len(keys) {
		t.Fatalf("%d fields for %d keys", len(tab.entries), len(keys))
	}
	key := movement.KindStageKey(movement.KindModel, movement.StageRecognised)
	if !strings.HasPrefix(tab.sources[key].Text, "đếm từ sổ") {
		t.Errorf("source before typing: %q", tab.sources[key].Text)
	}
	tab.entries[key].SetText("1.234")
	if r.Movement.Typed[key] != 1234 {
		t.Fatalf("typed = %v", r.Movement.Typed)
	}
	if !strings.HasPrefix(tab.sources[key].Text, "nhập tay") {
		t.Errorf("source after typing: %q", tab.sources[key].Text)
	}
	if f := r.Figures(); f.Value(key) != 1234 {
		t.Errorf("figures use %d", f.Value(key))
	}
	tab.entries[key].SetText("-3") // refused: the draft keeps 1234
	if r.Movement.Typed[key] != 1234 || tab.entries[key].Validate() == nil {
		t.Errorf("a negative count was taken: %v", r.Movement.Typed)
	}
	tab.entries[key].SetText("")
	if _, ok := r.Movement.Typed[key]; ok {
		t.Error("clearing the field keeps the typed count")
	}
	if h.changes < 2 {
		t.Errorf("changes %d", h.changes)
	}
}

func TestFieldsRenameAndUndo(t *testing.T) {
	r := registerOf("Một", "Hai", "Ba", "Bốn", "Năm")
	h := newHarness(t, r)
	h.v.openFields()
	f := h.v.fields
	f.entries[0].SetText("Kinh tế – dịch vụ")
	f.add("Chuyển đổi số")
	if err := h.v.saveFields(f); err != nil {
		t.Fatal(err)
	}
	if got := r.Movement.Fields; len(got) != 5 || got[0] != "Kinh tế – dịch vụ" || got[4] != "Chuyển đổi số" {
		t.Fatalf("fields %v", got)
	}
	if r.Movement.Register[0].Field != "Kinh tế – dịch vụ" || r.Movement.Register[4].Field != "Kinh tế – dịch vụ" {
		t.Errorf("entries did not follow the rename: %q %q", r.Movement.Register[0].Field, r.Movement.Register[4].Field)
	}
	// Removing a field in use is refused with what to do.
	h.v.openFields()
	f = h.v.fields
	f.entries[1].SetText("")
	err := h.v.saveFields(f)
	if err == nil || !strings.Contains(err.Error(), "hãy chuyển") {
		t.Errorf("removing a field in use: %v", err)
	}
	h.v.Undo()
	if !slices.Equal(r.Movement.FieldList(), movement.DefaultFields) || r.Movement.Register[0].Field != "Kinh tế" {
		t.Errorf("undo: fields %v, entry %q", r.Movement.FieldList(), r.Movement.Register[0].Field)
	}
}

func TestTakeBaselineFromFile(t *testing.T) {
	last := sample.Report()
	dir := t.TempDir()
	path := filepath.Join(dir, "bao-cao-2016.json")
	if err := draft.Save(path, last, "test"); err != nil {
		t.Fatal(err)
	}
	r := registerOf("Một")
	r.Year = last.Year + 1
	h := newHarness(t, r)
	h.v.ShowTab(TabFigures)
	if len(h.v.figures.cols) != 3 {
		t.Fatalf("columns without a baseline: %v", h.v.figures.cols)
	}
	h.chosen = path
	h.v.figures.takeBtn.OnTapped()
	if r.Movement.Baseline == nil || r.Movement.Baseline.Year != last.Year {
		t.Fatalf("baseline %+v", r.Movement.Baseline)
	}
	if len(h.v.figures.cols) != 5 || !strings.Contains(h.v.figures.baseline.Text, "bao-cao-2016.json") {
		t.Errorf("after taking: columns %v, line %q", h.v.figures.cols, h.v.figures.baseline.Text)
	}
	// Undo takes it back, in the figures tab.
	h.v.ShowTab(TabRegister)
	h.v.Undo()
	if r.Movement.Baseline != nil || h.v.tabs.SelectedIndex() != TabFigures || len(h.v.figures.cols) != 3 {
		t.Errorf("undo: baseline %+v, tab %d, columns %v", r.Movement.Baseline, h.v.tabs.SelectedIndex(), h.v.figures.cols)
	}
	// A file of the same year is refused with what to do.
	r2 := registerOf("Một")
	r2.Year = last.Year
	h2 := newHarness(t, r2)
	h2.chosen = path
	h2.v.figures.takeBtn.OnTapped()
	if r2.Movement.Baseline != nil || !strings.Contains(h2.v.status.Text, "hãy chọn") {
		t.Errorf("same year: baseline %+v, status %q", r2.Movement.Baseline, h2.v.status.Text)
	}
	// A missing file says so.
	h2.chosen = filepath.Join(dir, "khong-co.json")
	h2.v.figures.takeBtn.OnTapped()
	if _, err := os.Stat(h2.chosen); !errors.Is(err, os.ErrNotExist) || !strings.Contains(h2.v.status.Text, "Không lấy được") {
		t.Errorf("missing file: status %q", h2.v.status.Text)
	}
}

func TestFocusField(t *testing.T) {
	r := sample.Report()
	h := newHarness(t, r)
	h.v.search.SetText("zzzz")
	h.v.Focus("movement.register[5].stage")
	if h.v.tabs.SelectedIndex() != TabRegister || h.v.selected != 5 || h.v.search.Text != "" {
		t.Errorf("tab %d, selected %d, search %q", h.v.tabs.SelectedIndex(), h.v.selected, h.v.search.Text)
	}
	h.v.Focus("movement.typed[models.registered]")
	if h.v.tabs.SelectedIndex() != TabTyped || h.w.Canvas().Focused() != h.v.typed.entries["models.registered"] {
		t.Errorf("typed: tab %d, focus %v", h.v.tabs.SelectedIndex(), h.w.Canvas().Focused())
	}
	h.v.Focus("movement.figures.fields.total")
	if h.v.tabs.SelectedIndex() != TabFigures {
		t.Errorf("figures: tab %d", h.v.tabs.SelectedIndex())
	}
}

func TestFiveThousandRows(t *testing.T) {
	r := sample.WithRegister(5000)
	h := newHarness(t, r)
	if h.v.list.len() != len(r.Movement.Register) || len(r.Movement.Register) < 5000 {
		t.Fatalf("%d rows for %d entries", h.v.list.len(), len(r.Movement.Register))
	}
	h.v.search.SetText("kinh te")
	n := 0
	for _, e := range r.Movement.Register {
		if e.Field == "Kinh tế" {
			n++
		}
	}
	if h.v.list.len() < n || n == 0 {
		t.Errorf("search shows %d rows, %d in Kinh tế", h.v.list.len(), n)
	}
	h.v.search.SetText("")
	h.v.table.ScrollToBottom()
	last := h.v.list.len() - 1
	if got := h.cell(last, colName); got != r.Movement.Register[last].Name {
		t.Errorf("last row %q", got)
	}
}

func TestLinks(t *testing.T) {
	tests := []struct {
		text string
		want []movement.HonoreeRef
	}{
		{"", nil},
		{"Lê Văn Phúc", []movement.HonoreeRef{{Name: "Lê Văn Phúc"}}},
		{"Lê Văn Phúc — Phòng Quản lý Văn hóa", []movement.HonoreeRef{{Name: "Lê Văn Phúc", Unit: "Phòng Quản lý Văn hóa"}}},
		{"Lê Văn Phúc - Phòng A\n  \nChi bộ  Văn phòng", []movement.HonoreeRef{{Name: "Lê Văn Phúc", Unit: "Phòng A"}, {Name: "Chi bộ Văn phòng"}}},
		{"Trần Thị-Mai", []movement.HonoreeRef{{Name: "Trần Thị-Mai"}}}, // a dash inside a name is not a separator
		{"— Chi bộ 2\n—", []movement.HonoreeRef{{Name: "Chi bộ 2"}}},    // no name: the unit is the name; nothing: skipped
	}
	for _, tc := range tests {
		got := parseLinks(tc.text)
		if !slices.Equal(got, tc.want) {
			t.Errorf("parseLinks(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if back := parseLinks(formatLinks(got)); !slices.Equal(back, got) {
			t.Errorf("round trip of %v gives %v", got, back)
		}
	}
}

// TestLabelsAreTheCore's: in Vietnamese the screen names are the core's,
// so a stage picked on screen is the stage the report prints.
func TestLabelsAreTheCores(t *testing.T) {
	for _, k := range movement.Kinds {
		if kindLabel(k) != k.Label() {
			t.Errorf("kind %s: %q on screen, %q in the core", k, kindLabel(k), k.Label())
		}
	}
	for _, s := range movement.Stages {
		if stageLabel(s) != s.Label() {
			t.Errorf("stage %s: %q on screen, %q in the core", s, stageLabel(s), s.Label())
		}
	}
	for _, l := range movement.Levels {
		if levelLabel(l) != l.Label() {
			t.Errorf("level %s: %q on screen, %q in the core", l, levelLabel(l), l.Label())
		}
	}
	for _, a := range movement.Answers {
		if answerLabel(a) != a.Label() {
			t.Errorf("answer %s: %q on screen, %q in the core", a, answerLabel(a), a.Label())
		}
	}
	if stageLabel("la") != "la" {
		t.Error("an unknown stage is not shown as written")
	}
}
