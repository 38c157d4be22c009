package ui

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"baocao/app/ui/folders"
	"baocao/app/ui/unitsui"
)

// newUnitsStep builds the step of the subordinate units (package
// unitsui): folders with Fyne's folder dialog, a column of units with
// the imports' file dialog. A collection taken into the draft (or
// undone) changes the register and the honoree lists: their steps are
// shown the report again.
func newUnitsStep(z *wizard) *unitsui.View {
	w := z.w
	onError := func(err error) {
		w.showError(fmt.Errorf(lang.L("The file could not be opened. Choose it again, or copy it to this computer first.")+" (%w)", err))
	}
	return unitsui.New(w.win, z.r, w.changed, unitsui.Options{
		ChooseFolder: func(title string, cb func(string)) {
			folders.OpenFolder(w.win, folders.Units, title, cb, onError)
		},
		ChooseImport: func(cb func(string)) {
			folders.Open(w.win, folders.Imports, []string{".xlsx", ".XLSX"}, cb, onError)
		},
		Prefs: w.app.Preferences(),
		Do:    w.do,
		Collected: func() {
			z.movement.SetReport(z.r)
			z.honorees.SetReport(z.r)
			z.refreshMarksLater()
		},
	})
}

func init() {
	RegisterTranslations(unitsui.Translations, "translations")
}
