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
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
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

// SelectEntry is a widget.SelectEntry that passes Escape on, in its text
// and in its drop-down button (Tab reaches both; Fyne's button keeps it).
type SelectEntry struct {
	widget.SelectEntry
	options []string
}

// NewSelectEntry is widget.NewSelectEntry for a SelectEntry.
func NewSelectEntry(options []string) *SelectEntry {
	e := &SelectEntry{}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	drop := NewButton("", theme.MenuDropDownIcon(), e.showMenu)
	drop.Importance = widget.LowImportance
	e.ActionItem = drop // before SetOptions, which would put Fyne's there
	e.SetOptions(options)
	return e
}

// SetOptions sets the choices of the drop-down.
func (e *SelectEntry) SetOptions(options []string) {
	e.options = options
	e.SelectEntry.SetOptions(options)
}

// showMenu shows the choices under the field, as Fyne's button does.
func (e *SelectEntry) showMenu() {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil {
		return
	}
	items := make([]*fyne.MenuItem, len(e.options))
	for i, o := range e.options {
		items[i] = fyne.NewMenuItem(o, func() { e.SetText(o) })
	}
	m := widget.NewPopUpMenu(fyne.NewMenu("", items...), c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
	m.ShowAtPosition(pos.Add(fyne.NewPos(0, e.Size().Height-e.Theme().Size(theme.SizeNameInputBorder))))
	m.Resize(fyne.NewSize(e.Size().Width, m.MinSize().Height))
}

// TypedKey implements fyne.Focusable.
func (e *SelectEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && Escape(e) {
		return
	}
	e.SelectEntry.TypedKey(ev)
}

// ConfirmDialog is dialog.NewCustomConfirm with buttons that pass Escape
// on: Fyne's confirm and form dialogs make their own buttons, which keep
// Escape once Tab has reached them.
type ConfirmDialog struct {
	*dialog.CustomDialog
	confirm, cancel *Button
	ok              bool // confirm pressed: the callback gets true
}

// NewConfirm is dialog.NewCustomConfirm for a ConfirmDialog: callback
// gets true after the confirm button (or Submit), false after the dismiss
// button, Escape or Hide.
func NewConfirm(title, confirm, dismiss string, content fyne.CanvasObject, callback func(bool), parent fyne.Window) *ConfirmDialog {
	d := &ConfirmDialog{CustomDialog: dialog.NewCustomWithoutButtons(title, content, parent)}
	d.cancel = NewButton(dismiss, theme.CancelIcon(), d.Hide)
	d.confirm = NewButton(confirm, theme.ConfirmIcon(), d.Submit)
	d.confirm.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{d.cancel, d.confirm})
	d.SetOnClosed(func() {
		ok := d.ok
		d.ok = false
		if callback != nil {
			callback(ok)
		}
	})
	return d
}

// Submit closes the dialog as the confirm button does, unless that is
// disabled.
func (d *ConfirmDialog) Submit() {
	if d.confirm.Disabled() {
		return
	}
	d.ok = true
	d.Hide()
}

// SetConfirmText and SetDismissText change the buttons' labels.
func (d *ConfirmDialog) SetConfirmText(s string) { d.confirm.SetText(s) }
func (d *ConfirmDialog) SetDismissText(s string) { d.cancel.SetText(s) }

// FormDialog is dialog.NewForm with buttons that pass Escape on; its Save
// is disabled while a field is invalid, as in Fyne's.
type FormDialog struct{ *ConfirmDialog }

// NewForm is dialog.NewForm for a FormDialog: callback gets true after
// Save (only with every field valid), false after Cancel, Escape or Hide.
func NewForm(title, confirm, dismiss string, items []*widget.FormItem, callback func(bool), parent fyne.Window) *FormDialog {
	form := widget.NewForm(items...)
	d := &FormDialog{NewConfirm(title, confirm, dismiss, form, callback, parent)}
	d.setSubmitState(form.Validate())
	form.SetOnValidationChanged(d.setSubmitState)
	return d
}

// setSubmitState enables Save while every field is valid.
func (d *FormDialog) setSubmitState(err error) {
	if err != nil {
		d.confirm.Disable()
	} else {
		d.confirm.Enable()
	}
}
