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

// ShowError is dialog.ShowError with an OK button that passes Escape on.
func ShowError(err error, parent fyne.Window) {
	showSwapped(dialog.NewError(err, parent), parent)
}

// ShowInformation is dialog.ShowInformation with an OK button that passes
// Escape on.
func ShowInformation(title, message string, parent fyne.Window) {
	showSwapped(dialog.NewInformation(title, message, parent), parent)
}

// showSwapped shows Fyne's own error or information dialog d (its look,
// its width and its "OK" in the window's language) and puts a Button in
// the place of its plain one, which Fyne gives no way to set.
func showSwapped(d dialog.Dialog, parent fyne.Window) {
	d.Show()
	if top := parent.Canvas().Overlays().Top(); top != nil {
		if pop, ok := top.(*widget.PopUp); ok {
			SwapButtons(pop.Content)
		}
	}
}

// SwapButtons replaces every plain *widget.Button laid out in containers
// under o by a Button copy of it (text, icon, importance, alignment,
// action and disabled state) and returns the copies by the originals.
func SwapButtons(o fyne.CanvasObject) map[*widget.Button]*Button {
	out := map[*widget.Button]*Button{}
	swapIn(o, out)
	return out
}

func swapIn(o fyne.CanvasObject, out map[*widget.Button]*Button) {
	box, ok := o.(*fyne.Container)
	if !ok {
		return
	}
	for i, k := range box.Objects {
		if b, ok := k.(*widget.Button); ok {
			c := CopyButton(b)
			box.Objects[i] = c
			out[b] = c
			box.Refresh()
			continue
		}
		swapIn(k, out)
	}
}

// CopyButton is a Button that looks and acts as b does now.
func CopyButton(b *widget.Button) *Button {
	k := NewButton(b.Text, b.Icon, b.OnTapped)
	k.Importance, k.Alignment, k.IconPlacement = b.Importance, b.Alignment, b.IconPlacement
	if b.Disabled() {
		k.Disable()
	}
	k.Hidden = b.Hidden
	return k
}

// NewCustom is dialog.NewCustom with a dismiss button that passes Escape
// on (Fyne's: the dismiss text, no icon, standard importance).
func NewCustom(title, dismiss string, content fyne.CanvasObject, parent fyne.Window) *dialog.CustomDialog {
	d := dialog.NewCustomWithoutButtons(title, content, parent)
	d.SetButtons([]fyne.CanvasObject{NewButton(dismiss, nil, d.Hide)})
	return d
}
