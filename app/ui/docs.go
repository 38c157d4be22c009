package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/report"
	"baocao/app/ui/docsui"
)

func init() {
	RegisterTranslations(docsui.Translations, "translations")
}

// lastDocs is the documents dialog opened last (tests).
var lastDocs *docsui.View

// Documents opens the documents that follow the report (package docsui):
// the decision on commendation, the proposal and the certificates, each
// with its form, print preview and PDF export, over the window; Escape
// closes it. What is typed there goes into the draft at once.
func (w *Window) Documents() {
	if w.doc == nil || w.wiz == nil || w.win.Canvas().Overlays().Top() != nil {
		return
	}
	h := docsui.Host{
		Window:  w.win,
		Report:  func() *report.Report { return w.doc.r },
		Changed: w.changed,
		Draft: func() bool {
			return w.wiz != nil && (w.wiz.review.exportsDraft() || w.wiz.validate().HasErrors())
		},
		BodyName: func(r *report.Report) string {
			if t := w.template(); t != nil {
				return t.DataFor(r).IssuingBodyName
			}
			return ""
		},
		SaveAs:    w.saveLocation,
		Status:    w.setStatus,
		ShowError: w.showError,
		Printed:   w.printed,
		Escape:    func() { escapeTop(w.win.Canvas()) },
	}
	if w.printer != nil {
		h.PrintWith, h.PrintDir = &w.printer.p, w.printer.dir
	}
	v := docsui.New(h)
	lastDocs = v
	d := dialog.NewCustomWithoutButtons(docsui.DialogTitle(), v.Object(), w.win)
	closeBtn := newKeyButton(lang.L("Close"), theme.CancelIcon(), w.win.Canvas(), d.Hide)
	d.SetButtons([]fyne.CanvasObject{closeBtn})
	size := w.win.Canvas().Size()
	d.Resize(fyne.NewSize(max(size.Width-32, 640), max(size.Height-24, 480)))
	showDialog(d, w.win.Canvas(), dialogKeys{cancel: d.Hide})
	v.Shown() // the tab shown renders its first page
	d.SetOnClosed(func() {
		v.Close()
		w.autosaveNow()
	})
}

// documentsLabel is the menu item's and the review step's button's text.
func documentsLabel() string { return docsui.Title() + "…" }

// documentsButton opens the documents from the review step.
func (w *Window) documentsButton() *widget.Button {
	return widget.NewButtonWithIcon(documentsLabel(), theme.DocumentIcon(), w.Documents)
}
