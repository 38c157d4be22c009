package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/vnentry"
	"baocao/app/vnime"
)

// The typing mode is three preferences: the method (Telex or VNI), the
// tone style, and the V/E switch that turns the method on or off (like
// Unikey's). Off by default: most users have Unikey or ibus already.

// typingPrefs returns the saved typing method, style and switch.
func (w *Window) typingPrefs() (vnime.Method, vnime.Style, bool) {
	p := w.app.Preferences()
	m, err := vnime.ParseMethod(p.StringWithFallback(prefTypeMethod, "telex"))
	if err != nil || m == vnime.Off {
		m = vnime.Telex
	}
	s, err := vnime.ParseStyle(p.StringWithFallback(prefTypeStyle, "classic"))
	if err != nil {
		s = vnime.Classic
	}
	return m, s, p.BoolWithFallback(prefTypeOn, false)
}

// applyTypingPrefs sets vnentry's mode from the preferences.
func (w *Window) applyTypingPrefs() {
	m, s, on := w.typingPrefs()
	if !on {
		m = vnime.Off
	}
	vnentry.SetMode(m, s)
}

// SetTyping changes and saves the typing mode: on or off, method (Telex or
// VNI) and style.
func (w *Window) SetTyping(on bool, m vnime.Method, s vnime.Style) {
	p := w.app.Preferences()
	if m != vnime.Off {
		p.SetString(prefTypeMethod, m.String())
	}
	p.SetString(prefTypeStyle, s.String())
	p.SetBool(prefTypeOn, on)
	w.applyTypingPrefs()
	w.win.SetMainMenu(w.mainMenu())
	if w.wiz != nil {
		w.wiz.typing.load()
	}
	if on {
		w.setStatus(lang.L("Vietnamese typing on ({{.Method}}). Alt+Z turns it off.", map[string]any{"Method": methodName(m)}))
	} else {
		w.setStatus(lang.L("Vietnamese typing off: keys are typed as they are (use this with Unikey or ibus). Alt+Z turns it on."))
	}
}

// ToggleTyping flips the V/E switch.
func (w *Window) ToggleTyping() {
	m, s, on := w.typingPrefs()
	w.SetTyping(!on, m, s)
}

func methodName(m vnime.Method) string {
	if m == vnime.VNI {
		return "VNI"
	}
	return "Telex"
}

func (w *Window) typingMenuItems() []*fyne.MenuItem {
	m, s, on := w.typingPrefs()
	toggle := fyne.NewMenuItem(lang.L("Vietnamese typing (V/E)"), w.ToggleTyping)
	toggle.Checked = on
	toggle.Shortcut = shortcutTyping
	telex := fyne.NewMenuItem("Telex", func() { w.SetTyping(true, vnime.Telex, s) })
	telex.Checked = m == vnime.Telex
	vni := fyne.NewMenuItem("VNI", func() { w.SetTyping(true, vnime.VNI, s) })
	vni.Checked = m == vnime.VNI
	classic := fyne.NewMenuItem(lang.L("Classic tone marks (hòa, thủy)"), func() { w.SetTyping(on, m, vnime.Classic) })
	classic.Checked = s == vnime.Classic
	modern := fyne.NewMenuItem(lang.L("Modern tone marks (hoà, thuỷ)"), func() { w.SetTyping(on, m, vnime.Modern) })
	modern.Checked = s == vnime.Modern
	return []*fyne.MenuItem{toggle, fyne.NewMenuItemSeparator(), telex, vni, fyne.NewMenuItemSeparator(), classic, modern}
}

// typingBar is the toolbar switch: a V/E button and the method and style.
type typingBar struct {
	w      *Window
	obj    fyne.CanvasObject
	toggle *widget.Button
	method *widget.Select
	style  *widget.Select
	busy   bool
}

func newTypingBar(w *Window) *typingBar {
	t := &typingBar{w: w}
	t.toggle = widget.NewButton("E", w.ToggleTyping)
	t.method = widget.NewSelect([]string{"Telex", "VNI"}, func(s string) {
		if t.busy {
			return
		}
		m, st, on := w.typingPrefs()
		m = vnime.Telex
		if s == "VNI" {
			m = vnime.VNI
		}
		w.SetTyping(on, m, st)
	})
	t.style = widget.NewSelect([]string{"hòa", "hoà"}, func(s string) {
		if t.busy {
			return
		}
		m, _, on := w.typingPrefs()
		st := vnime.Classic
		if s == "hoà" {
			st = vnime.Modern
		}
		w.SetTyping(on, m, st)
	})
	label := widget.NewLabel(lang.L("Typing:"))
	// "V" is wider than "E": the button keeps the wider one's width, so
	// that nothing beside it moves when the switch flips.
	toggle := container.New(layout.NewGridWrapLayout(toggleSize()), t.toggle)
	t.obj = container.NewHBox(label, toggle, t.method, t.style)
	t.load()
	return t
}

// toggleSize is the size of the V/E button showing the wider letter.
func toggleSize() fyne.Size {
	v, e := widget.NewButton("V", nil).MinSize(), widget.NewButton("E", nil).MinSize()
	return v.Max(e)
}

// load shows the current mode.
func (t *typingBar) load() {
	t.busy = true
	defer func() { t.busy = false }()
	m, s, on := t.w.typingPrefs()
	if on {
		t.toggle.SetText("V")
		t.toggle.Importance = widget.HighImportance
	} else {
		t.toggle.SetText("E")
		t.toggle.Importance = widget.MediumImportance
	}
	t.toggle.Refresh()
	t.method.SetSelected(methodName(m))
	if s == vnime.Modern {
		t.style.SetSelected("hoà")
	} else {
		t.style.SetSelected("hòa")
	}
}
