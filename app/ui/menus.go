package ui

import (
	"io/fs"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/assets"
)

// Keyboard shortcuts.
var (
	shortcutNew    = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutOpen   = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutSave   = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutSaveAs = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutPDF    = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutQuit   = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	// Alt+Z switches Vietnamese typing on and off, as in Unikey.
	shortcutTyping = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierAlt}
)

// mainMenu builds the menu bar: File, Typing, Settings, Help.
func (w *Window) mainMenu() *fyne.MainMenu {
	item := func(label string, sc fyne.Shortcut, icon fyne.Resource, fn func()) *fyne.MenuItem {
		m := fyne.NewMenuItem(label, fn)
		m.Shortcut = sc
		m.Icon = icon
		return m
	}
	quit := item(lang.L("Quit"), shortcutQuit, nil, w.Quit)
	quit.IsQuit = true
	file := fyne.NewMenu(lang.L("File"),
		item(lang.L("New report"), shortcutNew, theme.DocumentCreateIcon(), w.NewReport),
		item(lang.L("Open…"), shortcutOpen, theme.FolderOpenIcon(), w.Open),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Save"), shortcutSave, theme.DocumentSaveIcon(), func() { w.Save(nil) }),
		item(lang.L("Save as…"), shortcutSaveAs, nil, func() { w.SaveAs(nil) }),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Export PDF…"), shortcutPDF, theme.DocumentPrintIcon(), func() { w.Export(exportPDF) }),
		item(lang.L("Export Excel…"), nil, nil, func() { w.Export(exportXLSX) }),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	typing := fyne.NewMenu(lang.L("Typing"), w.typingMenuItems()...)
	settings := fyne.NewMenu(lang.L("Settings"),
		fyne.NewMenuItem(lang.L("Language: Tiếng Việt / English…"), w.chooseLanguage))
	help := fyne.NewMenu(lang.L("Help"), fyne.NewMenuItem(lang.L("About…"), w.About))
	return fyne.NewMainMenu(file, typing, settings, help)
}

// addShortcuts registers the shortcuts on the canvas too, so that they work
// where the system shows no menu bar.
func (w *Window) addShortcuts() {
	c := w.win.Canvas()
	add := func(s *desktop.CustomShortcut, fn func()) {
		c.RemoveShortcut(s)
		c.AddShortcut(s, func(fyne.Shortcut) { fn() })
	}
	add(shortcutNew, w.NewReport)
	add(shortcutOpen, w.Open)
	add(shortcutSave, func() { w.Save(nil) })
	add(shortcutSaveAs, func() { w.SaveAs(nil) })
	add(shortcutPDF, func() { w.Export(exportPDF) })
	add(shortcutQuit, w.Quit)
	add(shortcutTyping, w.ToggleTyping)
}

// About shows the program's version and the licence of its fonts.
func (w *Window) About() {
	licence, err := fs.ReadFile(assets.Fonts, assets.FontLicence)
	if err != nil {
		licence = []byte(err.Error())
	}
	title := widget.NewLabelWithStyle(lang.L("Mass-mobilization report")+" "+w.opts.Version, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	text := widget.NewLabel(lang.L("Drafts the annual “Dân vận khéo” mass-mobilization report and exports it as PDF and Excel. Your drafts stay on this computer."))
	text.Wrapping = fyne.TextWrapWord
	fonts := widget.NewLabel(lang.L("The PDF uses the Liberation Serif fonts, under this licence:"))
	lic := widget.NewLabel(strings.TrimSpace(string(licence)))
	lic.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(lic)
	scroll.SetMinSize(fyne.NewSize(560, 280))
	d := dialog.NewCustom(lang.L("About"), lang.L("Close"), container.NewBorder(container.NewVBox(title, text, fonts), nil, nil, nil, scroll), w.win)
	d.Show()
}

// chooseLanguage lets the user pick the window's language; the choice is
// kept in the preferences and applied at once.
func (w *Window) chooseLanguage() {
	current := w.app.Preferences().StringWithFallback(prefLanguage, LangVietnamese)
	names := []string{"Tiếng Việt", "English"}
	codes := []string{LangVietnamese, LangEnglish}
	radio := widget.NewRadioGroup(names, nil)
	for i, c := range codes {
		if c == current {
			radio.SetSelected(names[i])
		}
	}
	d := dialog.NewCustomConfirm(lang.L("Language"), lang.L("OK"), lang.L("Cancel"), radio, func(ok bool) {
		if !ok {
			return
		}
		for i, n := range names {
			if n == radio.Selected {
				w.SetLanguage(codes[i])
			}
		}
	}, w.win)
	d.Show()
}

// SetLanguage switches the window to code ("vi" or "en"), keeps the choice
// in the preferences and rebuilds the window's content (the report and the
// current step are kept).
func (w *Window) SetLanguage(code string) {
	if err := SetLanguage(code); err != nil {
		w.showError(err)
		return
	}
	w.app.Preferences().SetString(prefLanguage, code)
	w.rebuild()
}

// choice is one button of a choice dialog.
type choice struct {
	label     string
	important bool
	fn        func()
}

// choiceDialog is a question with several answers.
type choiceDialog struct {
	dialog.Dialog
	buttons []*widget.Button
}

// newChoiceDialog builds a question with one button per choice; every
// button closes the dialog, then runs its function (if any).
func newChoiceDialog(title, message string, choices []choice, win fyne.Window) *choiceDialog {
	cd := &choiceDialog{}
	msg := widget.NewLabel(message)
	msg.Wrapping = fyne.TextWrapWord
	var buttons []fyne.CanvasObject
	d := dialog.NewCustomWithoutButtons(title, msg, win)
	for _, c := range choices {
		c := c
		b := widget.NewButton(c.label, func() {
			d.Hide()
			if c.fn != nil {
				c.fn()
			}
		})
		if c.important {
			b.Importance = widget.HighImportance
		}
		cd.buttons = append(cd.buttons, b)
		buttons = append(buttons, b)
	}
	d.SetButtons(buttons)
	d.Resize(fyne.NewSize(480, 0))
	cd.Dialog = d
	return cd
}

// askYesNo asks a yes/no question and runs yes on yes.
func (w *Window) askYesNo(title, message string, yes func()) {
	d := dialog.NewConfirm(title, message, func(ok bool) {
		if ok {
			yes()
		}
	}, w.win)
	d.Show()
}
