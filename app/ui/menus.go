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
	// Ctrl+P opens the print preview, as in Word.
	shortcutPrint = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutQuit  = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
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
		item(lang.L("Print preview…"), shortcutPrint, theme.DocumentPrintIcon(), w.PrintPreview),
		item(lang.L("Export PDF…"), nil, nil, func() { w.Export(exportPDF) }),
		item(lang.L("Export Word…"), nil, nil, func() { w.Export(exportDOCX) }),
		item(lang.L("Export Excel…"), nil, nil, func() { w.Export(exportXLSX) }),
		item(documentsLabel(), nil, theme.DocumentIcon(), w.Documents),
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
	add(shortcutPrint, w.PrintPreview)
	add(shortcutQuit, w.Quit)
	add(shortcutTyping, w.ToggleTyping)
	// Ctrl+Z reaches the window when no text field has the focus (a text
	// field undoes its own typing): it takes back a removal.
	undo := &fyne.ShortcutUndo{}
	c.RemoveShortcut(undo)
	c.AddShortcut(undo, func(fyne.Shortcut) { w.undo() })
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
	d := dialog.NewCustomWithoutButtons(lang.L("About"), container.NewBorder(container.NewVBox(title, text, fonts), nil, nil, nil, scroll), w.win)
	d.SetButtons([]fyne.CanvasObject{newKeyButton(lang.L("Close"), theme.CancelIcon(), w.win.Canvas(), d.Hide)})
	showDialog(d, w.win.Canvas(), dialogKeys{cancel: d.Hide, enter: d.Hide})
}

// chooseLanguage lets the user pick the window's language, one button
// each (the current one highlighted); the choice is kept in the
// preferences and applied at once.
func (w *Window) chooseLanguage() {
	current := w.app.Preferences().StringWithFallback(prefLanguage, LangVietnamese)
	pick := func(code string) func() { return func() { w.SetLanguage(code) } }
	d := newChoiceDialog(lang.L("Language"), lang.L("Choose the language of the window:"), []choice{
		{"Tiếng Việt", current == LangVietnamese, pick(LangVietnamese)},
		{"English", current == LangEnglish, pick(LangEnglish)},
		{lang.L("Cancel"), false, nil},
	}, w.win)
	w.lastQuestion = d
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
	// The status line said its last message in the old language.
	name := map[string]string{LangVietnamese: "tiếng Việt", LangEnglish: "English"}[code]
	w.setStatus(lang.L("The window is now in {{.Language}}.", map[string]any{"Language": name}))
}

// choice is one button of a choice dialog.
type choice struct {
	label     string
	important bool
	fn        func()
}

// choiceDialog is a question with several answers. Escape answers with
// the choice that does nothing (Cancel); Enter with the highlighted one.
type choiceDialog struct {
	dialog.Dialog
	buttons []*keyButton
	canvas  fyne.Canvas
	keys    dialogKeys
}

// newChoiceDialog builds a question with one button per choice; every
// button closes the dialog, then runs its function (if any).
func newChoiceDialog(title, message string, choices []choice, win fyne.Window) *choiceDialog {
	cd := &choiceDialog{canvas: win.Canvas()}
	msg := widget.NewLabel(message)
	msg.Wrapping = fyne.TextWrapWord
	var buttons []fyne.CanvasObject
	d := dialog.NewCustomWithoutButtons(title, msg, win)
	cd.keys.cancel = d.Hide
	for _, c := range choices {
		c := c
		b := newKeyButton(c.label, nil, cd.canvas, func() {
			d.Hide()
			if c.fn != nil {
				c.fn()
			}
		})
		if c.important {
			b.Importance = widget.HighImportance
			if cd.keys.enter == nil {
				cd.keys.enter = func() { b.Tapped(nil) }
			}
		}
		cd.buttons = append(cd.buttons, b)
		buttons = append(buttons, b)
	}
	d.SetButtons(buttons)
	d.Resize(fyne.NewSize(480, 0))
	cd.Dialog = d
	return cd
}

// Show shows the question, with its keys.
func (cd *choiceDialog) Show() { showDialog(cd.Dialog, cd.canvas, cd.keys) }

// askYesNo asks a yes/no question and runs yes on yes.
func (w *Window) askYesNo(title, message string, yes func()) {
	d := newChoiceDialog(title, message, []choice{
		{lang.L("No"), false, nil},
		{lang.L("Yes"), true, yes},
	}, w.win)
	w.lastQuestion = d
	d.Show()
}
