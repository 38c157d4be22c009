package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// Escape closes every dialog and Enter takes a dialog's default action,
// as in Word. Fyne 2.7's dialogs do neither: keys go to the focused widget,
// or, when none has the focus, to the canvas's typed-key handler, which
// the window sets to typedKey. There Escape acts on the top overlay: the
// keys registered by showDialog, else the dialog's cancel or close button
// (Fyne's own and other packages' dialogs), else a menu is hidden. Buttons
// of the window's own dialogs (keyButton) pass Escape on, so that it also
// works after Tab has put the focus on one of them, and so do the
// program's text fields (vnentry.OnEscape) and the menus, checkboxes,
// tables and buttons of package keys, which the dialogs use instead of
// Fyne's (those keep Escape to themselves once a click or Tab has given
// them the focus).

func init() {
	keys.OnEscape = func(c fyne.Canvas) { escapeTop(c) }
	// An entry with the cursor gets the keys itself: it passes Escape on.
	vnentry.OnEscape = func(e *vnentry.Entry) {
		if a := fyne.CurrentApp(); a != nil {
			if c := a.Driver().CanvasForObject(e); c != nil {
				escapeTop(c)
			}
		}
	}
}

// dialogKeys are what Escape and Enter do while a dialog is on top.
type dialogKeys struct {
	cancel func() // Escape; nil hides nothing
	enter  func() // Enter; nil does nothing
}

// keyed holds the keys of the dialogs on screen, by their overlay (UI
// goroutine only).
var keyed = map[fyne.CanvasObject]dialogKeys{}

// showDialog shows d over canvas c with keys.
func showDialog(d dialog.Dialog, c fyne.Canvas, keys dialogKeys) {
	d.Show()
	top := c.Overlays().Top()
	if top == nil {
		return
	}
	keyed[top] = keys
	d.SetOnClosed(func() { delete(keyed, top) })
}

// typedKey receives the keys typed while no widget has the focus.
func (w *Window) typedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape:
		escapeTop(w.win.Canvas())
	case fyne.KeyReturn, fyne.KeyEnter:
		if k, ok := keyed[w.win.Canvas().Overlays().Top()]; ok && k.enter != nil {
			k.enter()
		}
	}
}

// escapeTop closes the dialog or menu on top of canvas c, the way its
// cancel or close button would, and reports whether there was one.
func escapeTop(c fyne.Canvas) bool {
	top := c.Overlays().Top()
	if top == nil {
		return false
	}
	if k, ok := keyed[top]; ok {
		if k.cancel != nil {
			k.cancel()
		}
		return true
	}
	if m, ok := top.(*widget.PopUpMenu); ok {
		m.Hide()
		return true
	}
	if b := cancelButton(top); b != nil {
		b.OnTapped()
		return true
	}
	return false
}

// cancelButton finds the button that closes a dialog without acting: the
// one with Fyne's cancel icon (Fyne's Cancel, No and Close buttons), else
// one labelled Cancel or Close, else the only button (an information or
// error dialog's OK).
func cancelButton(o fyne.CanvasObject) *widget.Button {
	var all []*widget.Button
	collectButtons(o, &all)
	cancelIcon := theme.CancelIcon().Name()
	labels := map[string]bool{lang.L("Cancel"): true, lang.L("Close"): true}
	var byLabel *widget.Button
	for _, b := range all {
		if b.Icon != nil && b.Icon.Name() == cancelIcon {
			return b
		}
		if byLabel == nil && labels[b.Text] {
			byLabel = b
		}
	}
	if byLabel != nil {
		return byLabel
	}
	if len(all) == 1 {
		return all[0]
	}
	return nil
}

// collectButtons appends the visible, enabled buttons under o that a
// dialog lays out with containers (dialogs' button rows are plain
// containers; scrolls and splits are looked into too).
func collectButtons(o fyne.CanvasObject, out *[]*widget.Button) {
	if o == nil || !o.Visible() {
		return
	}
	switch x := o.(type) {
	case *widget.Button:
		if !x.Disabled() && x.OnTapped != nil {
			*out = append(*out, x)
		}
	case *keyButton:
		if !x.Disabled() && x.OnTapped != nil {
			*out = append(*out, &x.Button)
		}
	case *keys.Button:
		if !x.Disabled() && x.OnTapped != nil {
			*out = append(*out, &x.Button)
		}
	case *widget.PopUp:
		collectButtons(x.Content, out)
	case *fyne.Container:
		for _, k := range x.Objects {
			collectButtons(k, out)
		}
	case *container.Scroll:
		collectButtons(x.Content, out)
	case *container.Split:
		collectButtons(x.Leading, out)
		collectButtons(x.Trailing, out)
	}
}

// keyButton is a dialog button that also answers Escape (it closes the
// dialog) and Enter (it presses the button) while it has the focus.
type keyButton struct {
	widget.Button
	canvas fyne.Canvas // the window's, where the dialog is
}

func newKeyButton(label string, icon fyne.Resource, c fyne.Canvas, tapped func()) *keyButton {
	b := &keyButton{canvas: c}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey implements fyne.Focusable.
func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape:
		escapeTop(b.canvas)
	case fyne.KeyReturn, fyne.KeyEnter:
		b.Tapped(nil)
	default:
		b.Button.TypedKey(ev)
	}
}

// showMessage shows a message with a single button that closes it; Escape
// and Enter close it too.
func (w *Window) showMessage(title, text string, icon fyne.Resource) dialog.Dialog {
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(title, msg, w.win)
	if icon != nil {
		d.SetIcon(icon)
	}
	ok := newKeyButton(lang.L("OK"), nil, w.win.Canvas(), d.Hide)
	ok.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{ok})
	d.Resize(fyne.NewSize(520, 0))
	showDialog(d, w.win.Canvas(), dialogKeys{cancel: d.Hide, enter: d.Hide})
	return d
}
