package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"baocao/app/printing"
	"baocao/app/ui/previewui"
)

// printDialog is the print preview that Ctrl+P opens over the window, as
// in Word: the pages as they will print, "In…" as the default button
// (Enter prints) and Escape to close.
type printDialog struct {
	d     dialog.Dialog
	p     *previewui.Preview
	close *keyButton
}

// testPrinter replaces the system's printer in the print preview (tests).
type testPrinter struct {
	p   printing.Printer
	dir string
}

// PrintPreview opens the print preview of the report (Ctrl+P). It does
// nothing on the start screen or while another dialog waits for an answer.
func (w *Window) PrintPreview() {
	if w.doc == nil || w.wiz == nil || w.win.Canvas().Overlays().Top() != nil {
		return
	}
	if w.opts.RenderPDF == nil {
		w.showMessage(lang.L("Print preview"), lang.L("The print preview is not available in this version yet. Export a PDF and open it to see the pages."), theme.InfoIcon())
		return
	}
	// The review step's pane renders what an export would write now (with
	// the draft mark when it would be a draft); the dialog shows the same.
	p := previewui.New(w.wiz.review.preview.render)
	p.OnPrint(w.printed)
	p.OnEscape(func() { escapeTop(w.win.Canvas()) })
	if w.printer != nil {
		p.SetPrinter(w.printer.p, w.printer.dir)
	}
	pd := &printDialog{p: p}
	d := dialog.NewCustomWithoutButtons(lang.L("Print preview — Enter prints, Esc closes"), p.Object(), w.win)
	pd.d = d
	pd.close = newKeyButton(lang.L("Close"), theme.CancelIcon(), w.win.Canvas(), d.Hide)
	d.SetButtons([]fyne.CanvasObject{pd.close})
	d.SetOnClosed(p.Close)
	size := w.win.Canvas().Size()
	d.Resize(fyne.NewSize(max(size.Width-48, 640), max(size.Height-32, 480)))
	showDialog(d, w.win.Canvas(), dialogKeys{cancel: d.Hide, enter: p.Print})
	w.lastPrint = pd
}

// printed repeats in the status line what became of a print. A machine
// without a printing service is told once, until the next thing that
// works.
func (w *Window) printed(msg string, err error) {
	if errors.Is(err, printing.ErrNoPrintService) {
		w.setStatusUntilAction(msg)
		return
	}
	w.setStatus(msg)
}

// setStatusUntilAction shows msg in the status line until the next
// action that works (an edit, a step, a save, an export).
func (w *Window) setStatusUntilAction(msg string) {
	w.setStatus(msg)
	w.statusUntilAction = true
}

// actionDone clears a message shown with setStatusUntilAction.
func (w *Window) actionDone() {
	if w.statusUntilAction {
		w.setStatus("")
	}
}
