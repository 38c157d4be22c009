package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"baocao/app/catalog"
	"baocao/app/draft"
	"baocao/app/report"
	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// lastYearAsk is the question "for which year?" after last year's draft
// was chosen (kept for tests).
type lastYearAsk struct {
	dlg  *keys.FormDialog
	year *vnentry.Entry // passes Escape on
}

// NewFromLastYear asks for last year's draft and the year, and starts this
// year's report from it as "baocao new --from" does: bodies, recipients,
// signer and the register carried over, last year's figures beside this
// year's, last year's tasks as a checklist; number, date, honorees and the
// sections' points cleared; the texts refilled from the template.
func (w *Window) NewFromLastYear() {
	w.confirmDiscard(func() {
		w.chooseOpen(func(path string) {
			if path != "" {
				w.newFromLastYearFile(path)
			}
		})
	})
}

// newFromLastYearFile reads last year's draft at path and asks the year.
func (w *Window) newFromLastYearFile(path string) {
	last, err := draft.Load(path)
	if err != nil {
		w.showError(fmt.Errorf(lang.L("Could not read last year's report. Choose the draft file (.bcdv or .json) of last year's report made with this program.")+" (%w)", err))
		return
	}
	a := &lastYearAsk{year: vnentry.New()}
	a.year.SetText(strconv.Itoa(min(last.Year+1, report.MaxYear)))
	a.year.Validator = func(v string) error {
		y, err := strconv.Atoi(strings.TrimSpace(v))
		switch {
		case err != nil || y < report.MinYear || y > report.MaxYear:
			return errText(lang.L("Write a year from {{.Min}} to {{.Max}}.", map[string]any{"Min": report.MinYear, "Max": report.MaxYear}))
		case y <= last.Year:
			return errText(lang.L("Last year's report is for {{.Year}}; write a later year.", map[string]any{"Year": last.Year}))
		}
		return nil
	}
	intro := widget.NewLabel(lang.L("“{{.File}}” is the report for {{.Year}}. The new report carries over its bodies, recipients, signer, register of models and figures (to compare with), and turns its tasks into a checklist; the number, date, honorees and the sections' points start empty.", map[string]any{"File": filepath.Base(path), "Year": last.Year}))
	intro.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{
		{Widget: intro},
		{Text: lang.L("Year of the report"), Widget: a.year},
	}
	a.dlg = keys.NewForm(lang.L("New year's report from last year's"), lang.L("Create"), lang.L("Cancel"), items, func(ok bool) {
		w.lastYearAsk = nil
		if !ok {
			return
		}
		y, _ := strconv.Atoi(strings.TrimSpace(a.year.Text))
		w.startFromLastYear(last, y, filepath.Base(path))
	}, w.win)
	a.dlg.Resize(fyne.NewSize(560, 300))
	w.lastYearAsk = a
	a.dlg.Show()
	w.win.Canvas().Focus(a.year)
}

// startFromLastYear opens this year's report made from last.
func (w *Window) startFromLastYear(last *report.Report, year int, source string) {
	r, t, err := w.cat.FromLastYear(last, year, source, "")
	if err != nil && !errors.Is(err, catalog.ErrNoTemplate) {
		w.showError(fmt.Errorf(lang.L("Could not make this year's report from last year's.")+" (%w)", err))
		return
	}
	w.setDocument(r, "", true)
	msg := lang.L("Made the {{.Year}} report from “{{.File}}”: check the carried texts, fill in the number and date, then answer last year's tasks in “Models and figures”.", map[string]any{"Year": year, "File": source})
	if t == nil {
		msg = lang.L("Made the {{.Year}} report from “{{.File}}”; its template was not found, so the summary, opening and headings are last year's with the year moved on: read them again.", map[string]any{"Year": year, "File": source})
	}
	w.setStatus(msg)
}
