package honoreesui

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/report"
	"baocao/app/ui/tablekit"
)

// pane is the table of one kind of honoree.
type pane struct {
	v         *View
	kind      Kind
	list      *list
	cols      []column
	table     *tablekit.Table
	empty     *widget.Label
	obj       fyne.CanvasObject
	selected  int // report index of the selected row, -1 for none
	selCol    int // the column clicked in it
	sttWidth  float32
	sttDigits int // the widest number sttWidth was measured for
}

// syncSelection keeps the table's own selection on the selected row after
// the rows moved (a sort, a search, a change), and forgets a selected row
// that the search hides, so that Sửa and Xóa never act on a row out of
// sight.
func (p *pane) syncSelection() {
	if p.selected >= 0 {
		if r := p.list.rowOf(p.selected); r >= 0 {
			p.table.Select(widget.TableCellID{Row: r, Col: p.selCol})
			return
		}
	}
	p.selected = -1
	p.table.UnselectAll()
}

// columnWidths are the starting widths of the columns, in Fyne units.
var columnWidths = map[column]float32{
	colSTT:         56,
	colName:        210,
	colPosition:    150,
	colUnit:        230,
	colAchievement: 330,
	colAward:       150,
	colNote:        160,
	colBirthYear:   96,
	colGender:      96,
}

// columnsFor returns the columns of the table of kind k: the year of
// birth and the gender of individuals only when some row has them, so
// that a list without them keeps its room for the texts.
func columnsFor(k Kind, year, gender bool) []column {
	if k == Collectives {
		return []column{colSTT, colName, colUnit, colAchievement, colAward, colNote}
	}
	cols := []column{colSTT, colName}
	if year {
		cols = append(cols, colBirthYear)
	}
	if gender {
		cols = append(cols, colGender)
	}
	return append(cols, colPosition, colUnit, colAchievement, colAward, colNote)
}

// fitColumns shows the columns the list needs now.
func (p *pane) fitColumns() {
	year, gender := false, false
	if p.kind == Individuals {
		year, gender = p.list.hasBirth()
	}
	cols := columnsFor(p.kind, year, gender)
	if slices.Equal(cols, p.cols) {
		return
	}
	p.cols = cols
	for i, c := range cols {
		p.table.SetColumnWidth(i, columnWidths[c])
	}
	p.sttWidth = 0 // set again by fitSTT
}

func newPane(v *View, k Kind) *pane {
	p := &pane{v: v, kind: k, selected: -1}
	p.cols = columnsFor(k, false, false)
	p.list = newList(k, new([]report.Honoree))

	t := &tablekit.Table{OnDelete: p.v.deleteSelected, OnOpen: p.v.editSelected}
	t.Length = func() (int, int) { return p.list.len(), len(p.cols) }
	t.CreateCell = p.newCell
	t.UpdateCell = p.updateCell
	t.ExtendBaseWidget(t)
	t.ShowHeaderRow = true
	t.CreateHeader = tablekit.NewHeader
	t.UpdateHeader = p.updateHeader
	t.StickyColumnCount = 2 // STT and name stay in view when scrolling right
	t.OnSelected = func(id widget.TableCellID) {
		p.selected = p.list.at(id.Row)
		p.selCol = id.Col
		t.Refresh()
		v.refreshButtons()
		v.showPair()
	}
	for i, c := range p.cols {
		t.SetColumnWidth(i, columnWidths[c])
	}
	p.table = t

	p.empty = widget.NewLabel(p.emptyText())
	p.empty.Wrapping = fyne.TextWrapWord
	p.empty.Alignment = fyne.TextAlignCenter
	p.obj = container.NewStack(t, container.NewCenter(container.NewGridWrap(fyne.NewSize(460, 90), p.empty)))
	return p
}

// setItems points the pane at another slice (another draft).
func (p *pane) setItems(items *[]report.Honoree, scroll bool) {
	p.list = newList(p.kind, items)
	p.selected = -1
	p.table.UnselectAll()
	if scroll { // a new table is at the top already, and scrolling it costs
		p.table.ScrollToTop()
	}
}

// refresh redraws the table after the list changed.
func (p *pane) refresh() {
	if p.selected >= len(*p.list.items) {
		p.selected = -1
	}
	switch {
	case p.list.total() == 0:
		p.empty.SetText(p.emptyText())
		p.empty.Show()
	case p.list.len() == 0:
		p.empty.SetText(tr("honorees.empty.nomatch", "Không có dòng nào khớp với nội dung tìm kiếm. Hãy gõ ít chữ hơn hoặc xóa ô tìm kiếm."))
		p.empty.Show()
	default:
		p.empty.Hide()
	}
	p.fitColumns()
	p.fitSTT()
	p.syncSelection()
	p.table.Refresh()
}

// fitSTT widens the STT column to the largest number it shows, so that
// row 10000 reads "10000" and not "100…".
func (p *pane) fitSTT() {
	digits := len(strconv.Itoa(max(p.list.total(), 1)))
	if digits == p.sttDigits && p.sttWidth > 0 {
		return
	}
	p.sttDigits = digits
	w := max(columnWidths[colSTT], digitsWidth(digits))
	if w != p.sttWidth {
		p.sttWidth = w
		p.table.SetColumnWidth(0, w)
	}
}

// digitsWidth is the width of a cell showing a number of n digits. Text
// measuring is slow the first time for each text, so the widths are kept.
func digitsWidth(n int) float32 {
	size := theme.TextSize()
	key := [2]float32{float32(n), size}
	digitWidths.Lock()
	defer digitWidths.Unlock()
	if w, ok := digitWidths.m[key]; ok {
		return w
	}
	text := fyne.MeasureText(strings.Repeat("0", n), size, fyne.TextStyle{})
	w := float32(math.Ceil(float64(text.Width + 2*theme.InnerPadding() + theme.Padding())))
	if digitWidths.m == nil {
		digitWidths.m = map[[2]float32]float32{}
	}
	digitWidths.m[key] = w
	return w
}

var digitWidths struct {
	sync.Mutex
	m map[[2]float32]float32
}

func (p *pane) emptyText() string {
	if p.kind == Collectives {
		return tr("honorees.empty.collectives", "Chưa có tập thể nào. Bấm “Thêm” để nhập từng tập thể, hoặc “Nhập từ Excel…” để lấy cả danh sách.")
	}
	return tr("honorees.empty.individuals", "Chưa có cá nhân nào. Bấm “Thêm” để nhập từng người, hoặc “Nhập từ Excel…” để lấy cả danh sách.")
}

// scrollTo brings report index i into view, if the search shows it.
func (p *pane) scrollTo(i int) {
	if r := p.list.rowOf(i); r >= 0 {
		p.table.ScrollTo(widget.TableCellID{Row: r, Col: 0})
	}
}

func (p *pane) newCell() fyne.CanvasObject {
	return tablekit.NewCell(func(id widget.TableCellID) { p.table.Select(id) }, func(id widget.TableCellID) {
		p.table.Select(id)
		if i := p.list.at(id.Row); i >= 0 {
			p.v.openForm(p.kind, i)
		}
	})
}

func (p *pane) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*tablekit.Cell)
	c.ID = id
	i := p.list.at(id.Row)
	if i < 0 || id.Col >= len(p.cols) {
		c.Clear()
		return
	}
	col := p.cols[id.Col]
	s, align := "", fyne.TextAlignLeading
	if col == colSTT {
		s = strconv.Itoa(i + 1) // the row's place in the report, as printed
		align = fyne.TextAlignTrailing
	} else {
		s = tablekit.OneLine(field(&(*p.list.items)[i], col))
	}
	imp := widget.MediumImportance
	if col == colName {
		if _, ok := p.list.pairOf(i); ok { // a possible namesake or repeat: see the status line
			imp = widget.WarningImportance
		}
	}
	c.Set(s, col == colName, align, imp)
	c.SetSelected(i == p.selected)
}

func (p *pane) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Col < 0 || id.Col >= len(p.cols) {
		o.(*widget.Button).SetText("")
		return
	}
	col := p.cols[id.Col]
	tablekit.SetHeader(o, p.title(col), p.list.sortCol == col && col != colSTT, p.list.desc, func() { p.sortBy(col) })
}

// title is the heading of column c, as on the printed table.
func (p *pane) title(c column) string {
	switch c {
	case colSTT:
		return tr("honorees.col.stt", "STT")
	case colName:
		if p.kind == Collectives {
			return tr("honorees.col.collective", "Tên tập thể")
		}
		return tr("honorees.col.name", "Họ và tên")
	case colPosition:
		return tr("honorees.col.position", "Chức vụ")
	case colUnit:
		return tr("honorees.col.unit", "Đơn vị")
	case colAchievement:
		return tr("honorees.col.achievement", "Thành tích")
	case colAward:
		return tr("honorees.col.award", "Hình thức khen thưởng")
	case colNote:
		return tr("honorees.col.note", "Ghi chú")
	case colBirthYear:
		return tr("honorees.col.birthYear", "Năm sinh")
	case colGender:
		return tr("honorees.col.gender", "Giới tính")
	}
	return ""
}

// sortBy orders the table by column c (the header was clicked). The
// report keeps its order: STT still shows each row's place in it.
func (p *pane) sortBy(c column) {
	p.list.sortBy(c)
	p.syncSelection() // scrolls to the selected row
	p.table.Refresh()
	p.v.refreshButtons()
	var msg string
	switch {
	case p.list.sortCol == colSTT:
		msg = tr("honorees.status.sortReport", "Đang xếp theo thứ tự trong báo cáo.")
	case p.list.desc:
		msg = tr("honorees.status.sortDesc", "Đang xếp theo “{{.Column}}”, giảm dần. Bấm lần nữa để về thứ tự trong báo cáo.", map[string]any{"Column": p.title(c)})
	default:
		msg = tr("honorees.status.sortAsc", "Đang xếp theo “{{.Column}}”, tăng dần. Bấm lần nữa để đảo chiều.", map[string]any{"Column": p.title(c)})
	}
	p.v.setStatus(msg)
}
