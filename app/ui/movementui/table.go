package movementui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// columnWidths are the starting widths of the register's columns.
var columnWidths = [colCount]float32{
	colSTT: 56, colName: 260, colUnit: 200, colKind: 100, colField: 170,
	colStage: 160, colLevel: 170, colYear: 64, colLastYear: 120,
}

// keyTable is the register table with two keys of its own: Delete
// deletes the selected row (Undo brings it back), Enter opens it.
type keyTable struct {
	widget.Table
	v *View
}

// TypedKey implements fyne.Focusable.
func (t *keyTable) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyDelete:
		t.v.deleteSelected()
	case fyne.KeyReturn, fyne.KeyEnter:
		t.v.editSelected()
	default:
		t.Table.TypedKey(e)
	}
}

// newTable builds the register table: widget.Table asks for the visible
// cells only, so 5,000 rows cost what 30 do.
func (v *View) newTable() *keyTable {
	t := &keyTable{v: v}
	t.Length = func() (int, int) { return v.list.len(), int(colCount) }
	t.CreateCell = v.newCell
	t.UpdateCell = v.updateCell
	t.ExtendBaseWidget(t)
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Alignment = widget.ButtonAlignLeading
		b.IconPlacement = widget.ButtonIconTrailingText
		b.Importance = widget.LowImportance
		return b
	}
	t.UpdateHeader = v.updateHeader
	t.StickyColumnCount = 2 // STT and name stay in view when scrolling right
	t.OnSelected = func(id widget.TableCellID) {
		v.selected = v.list.at(id.Row)
		v.selCol = id.Col
		t.Refresh()
		v.refreshButtons()
	}
	for c, w := range columnWidths {
		t.SetColumnWidth(c, w)
	}
	return t
}

// cell is one table cell: a background marking the selected row and the
// text, cut with an ellipsis. A double click opens the row in the form.
type cell struct {
	widget.BaseWidget
	v     *View
	id    widget.TableCellID
	bg    *canvas.Rectangle
	label *widget.Label
}

func (v *View) newCell() fyne.CanvasObject {
	c := &cell{v: v, bg: canvas.NewRectangle(theme.Color(theme.ColorNameSelection)), label: widget.NewLabel("")}
	c.bg.Hide()
	c.label.Truncation = fyne.TextTruncateEllipsis
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer implements fyne.Widget.
func (c *cell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(c.bg, c.label))
}

// Tapped selects the cell's row.
func (c *cell) Tapped(*fyne.PointEvent) { c.v.table.Select(c.id) }

// DoubleTapped opens the cell's row in the form.
func (c *cell) DoubleTapped(*fyne.PointEvent) {
	c.v.table.Select(c.id)
	if i := c.v.list.at(c.id.Row); i >= 0 {
		c.v.openForm(i)
	}
}

func (v *View) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*cell)
	c.id = id
	i := v.list.at(id.Row)
	if i < 0 || id.Col >= int(colCount) {
		c.label.SetText("")
		c.bg.Hide()
		return
	}
	col := column(id.Col)
	s, align := "", fyne.TextAlignLeading
	if col == colSTT {
		s, align = strconv.Itoa(i+1), fyne.TextAlignTrailing
	} else {
		s = oneLine(cellText(&(*v.list.items)[i], col))
	}
	l := c.label
	if l.Text != s || l.TextStyle.Bold != (col == colName) || l.Alignment != align {
		l.Text, l.TextStyle.Bold, l.Alignment = s, col == colName, align
		l.Refresh()
	}
	if i == v.selected {
		c.bg.FillColor = theme.Color(theme.ColorNameSelection)
		c.bg.Show()
	} else {
		c.bg.Hide()
	}
}

// oneLine shows a multi-line text on one line.
func oneLine(s string) string {
	if strings.IndexByte(s, '\n') < 0 {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func (v *View) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	if id.Col < 0 || id.Col >= int(colCount) {
		b.SetText("")
		return
	}
	col := column(id.Col)
	b.Text = columnTitle(col)
	b.Icon = nil
	if v.list.sortCol == col && col != colSTT {
		b.Icon = theme.MenuDropUpIcon()
		if v.list.desc {
			b.Icon = theme.MenuDropDownIcon()
		}
	}
	b.OnTapped = func() { v.sortBy(col) }
	b.Refresh()
}

// columnTitle is the heading of column c.
func columnTitle(c column) string {
	switch c {
	case colSTT:
		return tr("movement.col.stt", "STT")
	case colName:
		return tr("movement.col.name", "Tên")
	case colUnit:
		return tr("movement.col.unit", "Đơn vị")
	case colKind:
		return tr("movement.col.kind", "Loại")
	case colField:
		return tr("movement.col.field", "Lĩnh vực")
	case colStage:
		return tr("movement.col.stage", "Giai đoạn")
	case colLevel:
		return tr("movement.col.level", "Cấp")
	case colYear:
		return tr("movement.col.year", "Năm")
	case colLastYear:
		return tr("movement.col.fromLastYear", "Từ năm trước")
	}
	return ""
}

// sortBy orders the table by column c (its header was clicked); the
// register keeps its order.
func (v *View) sortBy(c column) {
	v.list.sortBy(c)
	v.syncSelection()
	v.table.Refresh()
	switch {
	case v.list.sortCol == colSTT:
		v.setStatus(tr("movement.status.sortRegister", "Đang xếp theo thứ tự trong sổ."))
	case v.list.desc:
		v.setStatus(tr("movement.status.sortDesc", "Đang xếp theo “{{.Column}}”, giảm dần. Bấm lần nữa để về thứ tự trong sổ.", map[string]any{"Column": columnTitle(c)}))
	default:
		v.setStatus(tr("movement.status.sortAsc", "Đang xếp theo “{{.Column}}”, tăng dần. Bấm lần nữa để đảo chiều.", map[string]any{"Column": columnTitle(c)}))
	}
}

// syncSelection keeps the table's selection on the selected entry after
// the rows moved, and forgets an entry the search hides.
func (v *View) syncSelection() {
	if v.selected >= 0 {
		if r := v.list.rowOf(v.selected); r >= 0 {
			v.table.Select(widget.TableCellID{Row: r, Col: v.selCol})
			return
		}
	}
	v.selected = -1
	v.table.UnselectAll()
}
