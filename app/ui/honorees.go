package ui

import (
	"fyne.io/fyne/v2"

	"baocao/app/report"
	"baocao/app/ui/honoreesui"
)

// honoreesStep is step 6, built by package honoreesui.
type honoreesStep interface {
	Object() fyne.CanvasObject
	SetReport(r *report.Report)
}

// newHonoreesStep builds step 6.
func newHonoreesStep(win fyne.Window, r *report.Report, changed func()) honoreesStep {
	return honoreesui.New(win, r, changed)
}

func init() {
	RegisterTranslations(honoreesui.Translations, "translations")
}
