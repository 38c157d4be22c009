package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"baocao/app/report"
	"baocao/app/ui/previewui"
)

func init() {
	RegisterTranslations(previewui.Translations, "translations")
}

// previewPane is the print preview of the review step (package
// previewui). The preview is only made when the step is first shown, so
// that opening a draft costs no rendering.
type previewPane struct {
	w       *Window
	current func() *report.Report
	draft   func() bool // the export would be a draft: show its mark
	box     *fyne.Container
	p       *previewui.Preview
	visible bool // the review step is shown
	stale   bool // the draft changed while the step was hidden
}

func newPreviewPane(w *Window, current func() *report.Report, draft func() bool) *previewPane {
	pp := &previewPane{w: w, current: current, draft: draft, box: container.NewStack()}
	msg := lang.L("The print preview appears here.")
	if w.opts.RenderPDF == nil {
		msg = lang.L("The print preview is not available in this version yet. Export a PDF and open it to see the pages.")
	}
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	pp.box.Objects = []fyne.CanvasObject{container.NewPadded(widget.NewCard(lang.L("Print preview"), "", l))}
	return pp
}

// Object returns the pane.
func (pp *previewPane) Object() fyne.CanvasObject { return pp.box }

// show makes the preview if needed (the step is being shown), or asks it
// to render again if the draft changed meanwhile.
func (pp *previewPane) show() {
	pp.visible = true
	if pp.p != nil && pp.stale {
		pp.stale = false
		pp.p.Changed()
	}
	if pp.p != nil || pp.w.opts.RenderPDF == nil {
		return
	}
	pp.p = previewui.New(pp.render)
	pp.p.OnPrint(pp.w.printed)
	pp.box.Objects = []fyne.CanvasObject{pp.p.Object()}
	pp.box.Refresh()
}

// hide is called when another step is shown.
func (pp *previewPane) hide() { pp.visible = false }

// Changed asks for a new rendering after the draft changed; while the
// step is hidden it only notes it (a draft with 10,000 honorees takes more
// than a second to render).
func (pp *previewPane) Changed() {
	if pp.p == nil {
		return
	}
	if !pp.visible {
		pp.stale = true
		return
	}
	pp.p.Changed()
}

// Close stops the preview's background work.
func (pp *previewPane) Close() {
	if pp.p != nil {
		pp.p.Close()
	}
}

// render is called by the preview off the UI goroutine: it copies the
// report on the UI goroutine and renders the copy as it would be exported
// now, with the draft mark if the export would be a draft.
func (pp *previewPane) render() ([]byte, error) {
	var snap *report.Report
	draft := false
	fyne.DoAndWait(func() {
		if r := pp.current(); r != nil {
			snap = cloneReport(r)
			draft = pp.draft()
		}
	})
	if snap == nil {
		return nil, errors.New(lang.L("No report is open."))
	}
	return pp.w.opts.RenderPDF(snap, draft)
}
