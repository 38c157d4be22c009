package ui

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/report"
	"baocao/app/ui/keys"
)

// Export kinds.
const (
	exportPDF  = "pdf"
	exportDOCX = "docx"
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
	docxBtn  *widget.Button
	xlsxBtn  *widget.Button
	busy     *widget.ProgressBarInfinite
	busyText *widget.Label
	busyBox  *fyne.Container
	result   *fyne.Container
	preview  *previewPane
	lastPath string

	// The document to export: the final one, or a draft marked "DỰ
	// THẢO" with its round. A report with errors can only be exported
	// as a draft; draft is what the user chose when it has none.
	draftChoice *widget.RadioGroup
	round       *widget.Select
	draft       bool
}

// maxRoundOffered is the highest draft round the round list offers; a
// higher one read from a draft is added to it.
const maxRoundOffered = 20

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
	v.docxBtn = widget.NewButtonWithIcon(lang.L("Export Word…"), theme.DocumentIcon(), func() { v.z.w.Export(exportDOCX) })
	v.xlsxBtn = widget.NewButtonWithIcon(lang.L("Export Excel…"), theme.GridIcon(), func() { v.z.w.Export(exportXLSX) })
	v.busy = widget.NewProgressBarInfinite()
	v.busy.Stop()
	v.busyText = widget.NewLabel("")
	v.busyText.Truncation = fyne.TextTruncateEllipsis // a long name must not move the divider
	v.busyBox = container.NewVBox(v.busyText, v.busy)
	v.busyBox.Hide()
	v.result = container.NewVBox()
	v.result.Hide()

	v.draftChoice = widget.NewRadioGroup([]string{lang.L("Final document"), lang.L("Draft for comment")}, v.chose)
	v.draftChoice.Horizontal = true
	v.draftChoice.Required = true
	v.draftChoice.Selected = lang.L("Final document")
	v.round = widget.NewSelect(roundOptions(0), v.setRound)
	v.round.Disable()
	roundRow := container.NewHBox(widget.NewLabel(lang.L("Draft round:")), v.round)

	v.preview = newPreviewPane(z.w, func() *report.Report { return v.z.r }, v.exportsDraft)
	actions := container.NewVBox(v.draftChoice, roundRow, container.NewHBox(v.pdfBtn, v.docxBtn, v.xlsxBtn), container.NewHBox(z.w.documentsButton()), v.busyBox, v.result)
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
		v.summary.SetText(lang.L("{{.E}} errors and {{.W}} notes. Until they are fixed the report can only be exported as a draft marked “DỰ THẢO”: tap an error to go to its field.", map[string]any{"E": e, "W": w}))
	}
	v.syncDraft()
	v.list.Refresh()
	v.preview.Changed()
}

// syncDraft shows the choice of document for the current problems: a
// report with errors is a draft, one without is what the user chose; and
// the draft's round.
func (v *reviewStep) syncDraft() {
	if v.z.problems.HasErrors() {
		v.draftChoice.Disable() // first: a disabled choice is not the user's
		v.draftChoice.SetSelected(lang.L("Draft for comment"))
	} else {
		v.draftChoice.Enable()
		if v.draft {
			v.draftChoice.SetSelected(lang.L("Draft for comment"))
		} else {
			v.draftChoice.SetSelected(lang.L("Final document"))
		}
	}
	v.syncRound()
}

// syncRound shows the report's draft round, editable for a draft only.
func (v *reviewStep) syncRound() {
	n := 0
	if v.z.r != nil {
		n = v.z.r.DraftRound
	}
	v.round.Options = roundOptions(n)
	v.round.SetSelected(roundText(n))
	if v.exportsDraft() {
		v.round.Enable()
	} else {
		v.round.Disable()
	}
}

// chose is called when the user picks the final document or the draft.
func (v *reviewStep) chose(s string) {
	if v.draftChoice.Disabled() {
		return // set by syncDraft, not by the user
	}
	if d := s == lang.L("Draft for comment"); d != v.draft {
		v.draft = d
		v.preview.Changed()
	}
	v.syncRound()
}

// setRound stores the draft round shown as s in the report.
func (v *reviewStep) setRound(s string) {
	if r := v.z.r; r != nil && roundOf(s) != r.DraftRound {
		r.DraftRound = roundOf(s)
		v.z.w.changed()
		v.syncRound()
		v.preview.Changed()
	}
}

// roundPicker is a second round list, for the export dialog, kept in step
// with the review step's.
func (v *reviewStep) roundPicker() *keys.Select {
	n := 0
	if v.z.r != nil {
		n = v.z.r.DraftRound
	}
	s := keys.NewSelect(roundOptions(n), v.setRound)
	s.SetSelected(roundText(n))
	return s
}

func errorCount(ps report.Problems) int {
	e, _ := ps.Count()
	return e
}

// exportsDraft reports whether an export now would be a draft: the report
// has errors, or the user chose the draft.
func (v *reviewStep) exportsDraft() bool { return v.draft || v.z.problems.HasErrors() }

// roundOptions lists the draft rounds offered: none, 1 … maxRoundOffered,
// and n if it is higher.
func roundOptions(n int) []string {
	opts := []string{roundText(0)}
	for i := 1; i <= maxRoundOffered; i++ {
		opts = append(opts, strconv.Itoa(i))
	}
	if n > maxRoundOffered {
		opts = append(opts, strconv.Itoa(n))
	}
	return opts
}

// roundText is how the round list shows round n (0: no number).
func roundText(n int) string {
	if n <= 0 {
		return lang.L("(no number)")
	}
	return strconv.Itoa(n)
}

// roundOf is the round shown as s (0 for none).
func roundOf(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// shown is called when the step is shown.
func (v *reviewStep) shown() { v.preview.show() }

// setBusy shows the progress bar with text, or hides it when text is "".
func (v *reviewStep) setBusy(text string) {
	if text == "" {
		v.busy.Stop()
		v.busyBox.Hide()
		v.pdfBtn.Enable()
		v.docxBtn.Enable()
		v.xlsxBtn.Enable()
		return
	}
	v.pdfBtn.Disable()
	v.docxBtn.Disable()
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
	// The file's name is cut to the column and the buttons go under it, so
	// that the divider beside the preview stays where it was.
	name := widget.NewLabel(filepath.Base(path))
	name.Truncation = fyne.TextTruncateEllipsis
	v.result.Objects = []fyne.CanvasObject{container.NewBorder(nil, nil,
		widget.NewIcon(theme.NewSuccessThemedResource(theme.ConfirmIcon())), nil, name), container.NewHBox(open, folder)}
	v.result.Show()
	v.result.Refresh()
}

// exporter is the function that writes kind ("pdf" or "xlsx"), its
// name for the user and its file extension; fn is nil when the program
// has none.
func (w *Window) exporter(kind string) (fn func(path string, r *report.Report, draft bool) ([]string, error), name, ext string) {
	if kind == exportDOCX {
		if x := w.opts.ExportDOCX; x != nil {
			fn = func(path string, r *report.Report, draft bool) ([]string, error) { return nil, x(path, r, draft) }
		}
		return fn, "Word", ".docx"
	}
	if kind == exportXLSX {
		if x := w.opts.ExportXLSX; x != nil {
			fn = func(path string, r *report.Report, draft bool) ([]string, error) { return nil, x(path, r, draft) }
		}
		return fn, "Excel", ".xlsx"
	}
	return w.opts.ExportPDF, "PDF", ".pdf"
}

// Export asks for a file name and exports the report as kind ("pdf" or
// "xlsx"), off the UI goroutine, with a progress bar. A report with
// errors is exported only as a draft, marked "DỰ THẢO", after a dialog
// that lists the errors; one without is exported as the review step's
// choice says (the final document unless the user chose the draft).
func (w *Window) Export(kind string) {
	if w.doc == nil {
		return
	}
	fn, name, ext := w.exporter(kind)
	if fn == nil {
		keys.ShowInformation(lang.L("Not available yet"),
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
		w.offerDraft(kind, ext, fn, ps)
		return
	}
	w.askExport(kind, ext, fn, w.wiz != nil && w.wiz.review.exportsDraft())
}

// askExport asks where to write the export and writes it.
func (w *Window) askExport(kind, ext string, fn func(string, *report.Report, bool) ([]string, error), draft bool) {
	base := strings.TrimSuffix(filepath.Base(w.doc.path), filepath.Ext(w.doc.path))
	if base == "" || base == "." {
		base = lang.L("report") + "-" + fmt.Sprint(w.doc.r.Year)
	}
	if draft {
		base += "-" + lang.L("draft")
		if n := w.doc.r.DraftRound; n > 0 {
			base += "-" + strconv.Itoa(n)
		}
	}
	w.saveLocation(base+ext, ext, func(path string) {
		w.exportTo(kind, func(p string, r *report.Report) ([]string, error) { return fn(p, r, draft) }, path, draft)
	})
}

// offerDraft lists the errors that keep the report from its final export
// and offers to export it as a draft, with its round, or to go and fix
// them.
func (w *Window) offerDraft(kind, ext string, fn func(string, *report.Report, bool) ([]string, error), ps report.Problems) {
	var lines []string
	for _, p := range ps {
		if p.Severity != report.Error {
			continue
		}
		msg := p.Message
		if w.wiz != nil {
			msg = w.wiz.steps[w.wiz.stepOf(p.Field)].title + ": " + msg
		}
		lines = append(lines, msg)
	}
	more := ""
	if len(lines) > maxWarningsShown {
		more = "\n" + lang.L("… and {{.N}} more.", map[string]any{"N": len(lines) - maxWarningsShown})
		lines = lines[:maxWarningsShown]
	}
	text := lang.L("The report still has {{.E}} errors, so the final document cannot be exported yet. You can export a draft marked “DỰ THẢO” for the committee to read; fix these errors before the final export:", map[string]any{"E": errorCount(ps)}) +
		"\n\n• " + strings.Join(lines, "\n• ") + more
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	content := fyne.CanvasObject(container.NewVScroll(msg))
	if w.wiz != nil {
		rv := w.wiz.review
		rv.syncRound()
		content = container.NewBorder(nil, container.NewHBox(widget.NewLabel(lang.L("Draft round:")), rv.roundPicker()), nil, nil, content)
	}
	d := keys.NewConfirm(lang.L("The report has errors"), lang.L("Export the draft"), lang.L("Go to the errors"), content,
		func(ok bool) {
			if ok {
				w.askExport(kind, ext, fn, true)
				return
			}
			if w.wiz != nil {
				w.wiz.show(StepReview)
			}
		}, w.win)
	d.Resize(fyne.NewSize(640, 440))
	d.Show()
}

// exportTo runs fn on another goroutine with a copy of the report, so
// typing may go on meanwhile.
func (w *Window) exportTo(kind string, fn func(string, *report.Report) ([]string, error), path string, draft bool) {
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
				if draft {
					w.setStatus(lang.L("Exported the draft {{.Path}}, marked “{{.Mark}}”.", map[string]any{"Path": path, "Mark": snap.DraftMark()}))
				} else {
					w.setStatus(lang.L("Exported {{.Path}}.", map[string]any{"Path": path}))
				}
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
	d := keys.NewCustom(lang.L("Check the exported file"), lang.L("OK"), container.NewVScroll(msg), w.win)
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
