package ui

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/report"
)

// Export kinds.
const (
	exportPDF  = "pdf"
	exportXLSX = "xlsx"
)

// reviewStep is step 8: every problem of the report (tap one to go to its
// field), export to PDF and Excel, and the print preview.
type reviewStep struct {
	z        *wizard
	obj      fyne.CanvasObject
	summary  *widget.Label
	list     *widget.List
	pdfBtn   *widget.Button
	xlsxBtn  *widget.Button
	busy     *widget.ProgressBarInfinite
	busyText *widget.Label
	busyBox  *fyne.Container
	result   *fyne.Container
	preview  *previewPane
	lastPath string
}

func newReviewStep(z *wizard) *reviewStep {
	v := &reviewStep{z: z}
	v.summary = widget.NewLabel("")
	v.summary.Wrapping = fyne.TextWrapWord
	v.summary.TextStyle.Bold = true
	v.list = widget.NewList(
		func() int { return len(v.z.problems) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return container.NewBorder(nil, nil, widget.NewIcon(theme.ErrorIcon()), nil, l)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(v.z.problems) {
				return
			}
			p := v.z.problems[id]
			c := o.(*fyne.Container)
			var icon fyne.Resource = theme.NewErrorThemedResource(theme.ErrorIcon())
			if p.Severity == report.Warning {
				icon = theme.NewWarningThemedResource(theme.WarningIcon())
			}
			for _, obj := range c.Objects {
				switch x := obj.(type) {
				case *widget.Icon:
					x.SetResource(icon)
				case *widget.Label:
					x.SetText(v.z.steps[v.z.stepOf(p.Field)].title + ": " + p.Message)
				}
			}
			v.list.SetItemHeight(id, c.MinSize().Height)
		})
	v.list.OnSelected = func(id widget.ListItemID) {
		v.list.UnselectAll()
		if id < len(v.z.problems) {
			v.z.jump(v.z.problems[id].Field)
		}
	}

	v.pdfBtn = widget.NewButtonWithIcon(lang.L("Export PDF…"), theme.DocumentPrintIcon(), func() { v.z.w.Export(exportPDF) })
	v.pdfBtn.Importance = widget.HighImportance
	v.xlsxBtn = widget.NewButtonWithIcon(lang.L("Export Excel…"), theme.GridIcon(), func() { v.z.w.Export(exportXLSX) })
	v.busy = widget.NewProgressBarInfinite()
	v.busy.Stop()
	v.busyText = widget.NewLabel("")
	v.busyBox = container.NewBorder(nil, nil, v.busyText, nil, v.busy)
	v.busyBox.Hide()
	v.result = container.NewHBox()
	v.result.Hide()

	v.preview = newPreviewPane(z.w, func() *report.Report { return v.z.r })
	actions := container.NewVBox(container.NewHBox(v.pdfBtn, v.xlsxBtn), v.busyBox, v.result)
	left := container.NewBorder(container.NewVBox(v.summary, widget.NewSeparator()), actions, nil, nil, v.list)
	split := container.NewHSplit(left, v.preview.Object())
	split.Offset = 0.3
	v.obj = split
	return v
}

// update refreshes the summary and the problem list after validation.
func (v *reviewStep) update() {
	e, w := v.z.problems.Count()
	switch {
	case e == 0 && w == 0:
		v.summary.SetText(lang.L("No problems found. The report is ready to export."))
	case e == 0:
		v.summary.SetText(lang.L("No errors; {{.W}} notes worth a look. Tap one to go to its field. The report can be exported.", map[string]any{"W": w}))
	default:
		v.summary.SetText(lang.L("{{.E}} errors and {{.W}} notes. Fix the errors before exporting: tap one to go to its field.", map[string]any{"E": e, "W": w}))
	}
	v.list.Refresh()
	v.preview.Changed()
}

// shown is called when the step is shown.
func (v *reviewStep) shown() { v.preview.show() }

// setBusy shows the progress bar with text, or hides it when text is "".
func (v *reviewStep) setBusy(text string) {
	if text == "" {
		v.busy.Stop()
		v.busyBox.Hide()
		v.pdfBtn.Enable()
		v.xlsxBtn.Enable()
		return
	}
	v.pdfBtn.Disable()
	v.xlsxBtn.Disable()
	v.busyText.SetText(text)
	v.busyBox.Show()
	v.busy.Start()
}

// showResult offers to open the exported file and its folder.
func (v *reviewStep) showResult(path string) {
	v.lastPath = path
	w := v.z.w
	open := widget.NewButtonWithIcon(lang.L("Open the file"), theme.FileIcon(), func() { w.openPath(path) })
	folder := widget.NewButtonWithIcon(lang.L("Open the folder"), theme.FolderOpenIcon(), func() { w.openPath(filepath.Dir(path)) })
	v.result.Objects = []fyne.CanvasObject{widget.NewIcon(theme.NewSuccessThemedResource(theme.ConfirmIcon())),
		widget.NewLabel(filepath.Base(path)), open, folder}
	v.result.Show()
	v.result.Refresh()
}

// Export asks for a file name and exports the report as kind ("pdf" or
// "xlsx"), off the UI goroutine, with a progress bar.
func (w *Window) Export(kind string) {
	if w.doc == nil {
		return
	}
	fn, name, ext := w.opts.ExportPDF, "PDF", ".pdf"
	if kind == exportXLSX {
		name, ext = "Excel", ".xlsx"
		fn = nil
		if x := w.opts.ExportXLSX; x != nil {
			fn = func(path string, r *report.Report) ([]string, error) { return nil, x(path, r) }
		}
	}
	if fn == nil {
		dialog.ShowInformation(lang.L("Not available yet"),
			lang.L("Export to {{.Kind}} is not available in this version yet. Your report is kept in the draft; save it with Ctrl+S.", map[string]any{"Kind": name}), w.win)
		return
	}
	var ps report.Problems
	if w.wiz != nil {
		ps = w.wiz.validate()
	} else {
		ps = w.doc.r.Validate()
	}
	if ps.HasErrors() {
		e, _ := ps.Count()
		d := dialog.NewConfirm(lang.L("The report has errors"),
			lang.L("The report still has {{.E}} errors, so it is not exported yet. Go to the list of problems?", map[string]any{"E": e}),
			func(ok bool) {
				if ok && w.wiz != nil {
					w.wiz.show(StepReview)
				}
			}, w.win)
		d.Show()
		return
	}
	base := strings.TrimSuffix(filepath.Base(w.doc.path), filepath.Ext(w.doc.path))
	if base == "" || base == "." {
		base = lang.L("report") + "-" + fmt.Sprint(w.doc.r.Year)
	}
	w.saveLocation(base+ext, ext, func(path string) { w.exportTo(kind, fn, path) })
}

// exportTo runs fn on another goroutine with a copy of the report, so
// typing may go on meanwhile.
func (w *Window) exportTo(kind string, fn func(string, *report.Report) ([]string, error), path string) {
	snap := cloneReport(w.doc.r)
	var rv *reviewStep
	if w.wiz != nil {
		rv = w.wiz.review
		rv.setBusy(lang.L("Exporting {{.Name}}…", map[string]any{"Name": filepath.Base(path)}))
	}
	w.bg.Add(1)
	go func() {
		defer w.bg.Done()
		warnings, err := fn(path, snap)
		w.do(func() {
			if rv != nil {
				rv.setBusy("")
			}
			if err != nil {
				w.showError(fmt.Errorf(lang.L("The file {{.Name}} was not written. Close it if another program has it open, or choose another folder, then export again.", map[string]any{"Name": filepath.Base(path)})+" (%w)", err))
			} else {
				w.setStatus(lang.L("Exported {{.Path}}.", map[string]any{"Path": path}))
				if rv != nil {
					rv.showResult(path)
				}
				w.showExportWarnings(path, warnings)
			}
			if w.exportDone != nil {
				w.exportDone(path, err)
			}
		})
	}()
}

// maxWarningsShown keeps the export's warning dialog to a screen.
const maxWarningsShown = 8

// showExportWarnings lists what the user should check in the file just
// written; the file itself is complete.
func (w *Window) showExportWarnings(path string, warnings []string) {
	w.lastWarnings = warnings
	if len(warnings) == 0 {
		return
	}
	shown := warnings
	more := ""
	if len(shown) > maxWarningsShown {
		shown = shown[:maxWarningsShown]
		more = "\n" + lang.L("… and {{.N}} more.", map[string]any{"N": len(warnings) - maxWarningsShown})
	}
	text := lang.L("{{.Name}} was written, but check these points before you print it:", map[string]any{"Name": filepath.Base(path)}) +
		"\n\n• " + strings.Join(shown, "\n• ") + more
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("Check the exported file"), lang.L("OK"), container.NewVScroll(msg), w.win)
	d.Resize(fyne.NewSize(620, 420))
	d.Show()
}

// openPath opens a file or folder with the system's program for it.
func (w *Window) openPath(path string) {
	u, err := url.Parse(storage.NewFileURI(path).String())
	if err == nil {
		err = w.openURL(u)
	}
	if err != nil {
		w.showError(fmt.Errorf(lang.L("Could not open {{.Path}}.", map[string]any{"Path": path})+" (%w)", err))
	}
}
