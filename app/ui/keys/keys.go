// Package keys holds versions of Fyne's focusable widgets that pass the
// Escape key on. Fyne gives a key to the focused widget only, and its own
// Select, Check, Table and Button drop Escape: a dialog stayed open after
// a menu of it had been used, a row of its table clicked or its button
// reached with Tab. These widgets hand Escape to OnEscape instead, which
// the window sets to close the dialog on top (app/ui, dialogs.go); the
// program's text fields do the same (vnentry.OnEscape).
package keys

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// OnEscape, if set, receives Escape typed while o has the focus; c is the
// canvas o is on.
var OnEscape func(c fyne.Canvas)

// Escape passes Escape typed in o on to OnEscape and reports whether it
// did; a widget of the program calls it from its TypedKey.
func Escape(o fyne.CanvasObject) bool {
	if OnEscape == nil {
		return false
	}
	a := fyne.CurrentApp()
	if a == nil {
		return false
	}
	c := a.Driver().CanvasForObject(o)
	if c == nil {
		return false
	}
	OnEscape(c)
	return true
}

// Select is a widget.Select that passes Escape on.
type Select struct{ widget.Select }

// NewSelect is widget.NewSelect for a Select.
func NewSelect(options []string, changed func(string)) *Select {
	s := &Select{}
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey implements fyne.Focusable.
func (s *Select) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && Escape(s) {
		return
	}
	s.Select.TypedKey(ev)
}

// Check is a widget.Check that passes Escape on.
type Check struct{ widget.Check }

// NewCheck is widget.NewCheck for a Check.
func NewCheck(label string, changed func(bool)) *Check {
	c := &Check{}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey implements fyne.Focusable.
func (c *Check) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && Escape(c) {
		return
	}
	c.Check.TypedKey(ev)
}

// Button is a widget.Button that passes Escape on.
type Button struct{ widget.Button }

// NewButton is widget.NewButtonWithIcon for a Button (icon may be nil).
func NewButton(label string, icon fyne.Resource, tapped func()) *Button {
	b := &Button{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey implements fyne.Focusable.
func (b *Button) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && Escape(b) {
		return
	}
	b.Button.TypedKey(ev)
}

// Table is a widget.Table that passes Escape on (a click in a table gives
// it the focus).
type Table struct{ widget.Table }

// NewTable is widget.NewTable for a Table.
func NewTable(length func() (int, int), create func() fyne.CanvasObject, update func(widget.TableCellID, fyne.CanvasObject)) *Table {
	t := &Table{}
	t.Length, t.CreateCell, t.UpdateCell = length, create, update
	t.ExtendBaseWidget(t)
	return t
}

// TypedKey implements fyne.Focusable.
func (t *Table) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && Escape(t) {
		return
	}
	t.Table.TypedKey(ev)
}

// SelectEntry is a widget.SelectEntry that passes Escape on.
type SelectEntry struct{ widget.SelectEntry }

// NewSelectEntry is widget.NewSelectEntry for a SelectEntry.
func NewSelectEntry(options []string) *SelectEntry {
	e := &SelectEntry{}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.SetOptions(options)
	return e
}

// TypedKey implements fyne.Focusable.
func (e *SelectEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && Escape(e) {
		return
	}
	e.SelectEntry.TypedKey(ev)
}
