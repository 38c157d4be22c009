package movementui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/tablekit"
)

// columnWidths are the starting widths of the register's columns.
var columnWidths = [colCount]float32{
	colSTT: 56, colName: 260, colUnit: 200, colKind: 100, colField: 170,
	colStage: 160, colLevel: 170, colYear: 64, colLastYear: 120,
}

// newTable builds the register table: widget.Table asks for the visible
// cells only, so 5,000 rows cost what 30 do.
func (v *View) newTable() *tablekit.Table {
	t := &tablekit.Table{OnDelete: v.deleteSelected, OnOpen: v.editSelected}
	t.Length = func() (int, int) { return v.list.len(), int(colCount) }
	t.CreateCell = v.newCell
	t.UpdateCell = v.updateCell
	t.ExtendBaseWidget(t)
	t.ShowHeaderRow = true
	t.CreateHeader = tablekit.NewHeader
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

func (v *View) newCell() fyne.CanvasObject {
	return tablekit.NewCell(func(id widget.TableCellID) { v.table.Select(id) }, func(id widget.TableCellID) {
		v.table.Select(id)
		if i := v.list.at(id.Row); i >= 0 {
			v.openForm(i)
		}
	})
}

func (v *View) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*tablekit.Cell)
	c.ID = id
	i := v.list.at(id.Row)
	if i < 0 || id.Col >= int(colCount) {
		c.Clear()
		return
	}
	col := column(id.Col)
	s, align := "", fyne.TextAlignLeading
	if col == colSTT {
		s, align = strconv.Itoa(i+1), fyne.TextAlignTrailing
	} else {
		s = tablekit.OneLine(cellText(&(*v.list.items)[i], col))
	}
	c.Set(s, col == colName, align, widget.MediumImportance)
	c.SetSelected(i == v.selected)
}

func (v *View) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Col < 0 || id.Col >= int(colCount) {
		o.(*widget.Button).SetText("")
		return
	}
	col := column(id.Col)
	tablekit.SetHeader(o, columnTitle(col), v.list.sortCol == col && col != colSTT, v.list.desc, func() { v.sortBy(col) })
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
