// Package tablekit holds the pieces the window's editable tables share
// (the honorees of step 6, the movement's register): a table with keys of
// its own, the header buttons that sort, and the cell that marks the
// selected row. It holds no data: each step fills the cells from its own
// list. Only the UI imports it.
package tablekit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Table is a widget.Table with two keys of its own: Delete deletes the
// selected row (Undo brings it back), Enter opens it in the form. Call
// ExtendBaseWidget after setting its functions, as for widget.Table.
type Table struct {
	widget.Table
	OnDelete, OnOpen func()
}

// TypedKey implements fyne.Focusable.
func (t *Table) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyDelete:
		t.OnDelete()
	case fyne.KeyReturn, fyne.KeyEnter:
		t.OnOpen()
	default:
		t.Table.TypedKey(e)
	}
}

// NewHeader is the CreateHeader of a table whose headers sort: a flat
// button with the text on the left and the order's arrow after it.
func NewHeader() fyne.CanvasObject {
	b := widget.NewButton("", nil)
	b.Alignment = widget.ButtonAlignLeading
	b.IconPlacement = widget.ButtonIconTrailingText
	b.Importance = widget.LowImportance
	return b
}

// SetHeader shows a header made by NewHeader: its title, the arrow of
// the order when the table is sorted by its column (up: ascending, as in
// spreadsheets), and sort, called on a click.
func SetHeader(o fyne.CanvasObject, title string, sorted, desc bool, sort func()) {
	b := o.(*widget.Button)
	b.Text = title
	b.Icon = nil
	if sorted {
		b.Icon = theme.MenuDropUpIcon()
		if desc {
			b.Icon = theme.MenuDropDownIcon()
		}
	}
	b.OnTapped = sort
	b.Refresh()
}

// Cell is one table cell: a background marking the selected row and the
// text, cut with an ellipsis when it does not fit. A click selects the
// row, a double click opens it.
type Cell struct {
	widget.BaseWidget
	ID    widget.TableCellID // set by the table's UpdateCell
	Label *widget.Label
	bg    *canvas.Rectangle

	tap, doubleTap func(widget.TableCellID)
}

// NewCell returns an empty cell calling tap on a click and doubleTap on a
// double click, with the cell's ID.
func NewCell(tap, doubleTap func(widget.TableCellID)) *Cell {
	c := &Cell{bg: canvas.NewRectangle(theme.Color(theme.ColorNameSelection)), Label: widget.NewLabel(""), tap: tap, doubleTap: doubleTap}
	c.bg.Hide()
	c.Label.Truncation = fyne.TextTruncateEllipsis
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer implements fyne.Widget.
func (c *Cell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(c.bg, c.Label))
}

// Tapped selects the cell's row.
func (c *Cell) Tapped(*fyne.PointEvent) { c.tap(c.ID) }

// DoubleTapped opens the cell's row.
func (c *Cell) DoubleTapped(*fyne.PointEvent) { c.doubleTap(c.ID) }

// Clear empties the cell (a row or column that is no more).
func (c *Cell) Clear() {
	c.Label.SetText("")
	c.bg.Hide()
}

// Set shows text, refreshing the label only when something changed: a
// table updates its visible cells on every scroll.
func (c *Cell) Set(text string, bold bool, align fyne.TextAlign, imp widget.Importance) {
	l := c.Label
	if l.Text != text || l.Importance != imp || l.TextStyle.Bold != bold || l.Alignment != align {
		l.Text, l.Importance, l.TextStyle.Bold, l.Alignment = text, imp, bold, align
		l.Refresh()
	}
}

// SetSelected marks the cell's row as the selected one, or not.
func (c *Cell) SetSelected(selected bool) {
	if selected {
		c.bg.FillColor = theme.Color(theme.ColorNameSelection)
		c.bg.Show()
	} else {
		c.bg.Hide()
	}
}

// OneLine shows a multi-line text on one line.
func OneLine(s string) string {
	if strings.IndexByte(s, '\n') < 0 {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
